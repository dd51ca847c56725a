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
  mentionsKey,
  parseExtraction,
  relationKey,
  removeDocument,
  DEFAULT_BUILD_OPTIONS,
  type AddReport,
  type BuildOptions,
} from './build.ts';
export { parseGraph, serializeGraph, stableStringify, type SerializedKnowledgeGraph } from './serialize.ts';
export { wellFormed } from './text.ts';
export * from './types.ts';
