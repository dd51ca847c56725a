/**
 * The corpus knowledge graph (browser-safe): build it from extractions, serialise it as graph.json, parse it back.
 */
export {
  addExtraction,
  addExtractions,
  buildGraph,
  compareEvidence,
  createGraph,
  documentKey,
  graphBuilder,
  mentionsKey,
  parseExtraction,
  relationKey,
  removeDocument,
  DEFAULT_BUILD_OPTIONS,
  type AddReport,
  type BuildOptions,
  type GraphBuilder,
} from './build.ts';
export { parseGraph, serializeGraph, stableStringify, type SerializedKnowledgeGraph } from './serialize.ts';
export { wellFormed } from './text.ts';
export * from './types.ts';
