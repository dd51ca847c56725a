/**
 * The corpus graph builders as the public API and the CLI use them in Node: `buildGraph`, `addExtractions` and `graphBuilder` of
 * ./build.ts with the project's event knowledge (./knowledge.ts: weapon classes and sides from the gazetteer) unless
 * the options bring their own. Node only.
 */
import type { DocumentExtraction } from '../extract/types.ts';
import {
  addExtractions as addBrowserSafe,
  buildGraph as buildBrowserSafe,
  graphBuilder as builderBrowserSafe,
  type AddReport,
  type BuildOptions,
  type GraphBuilder,
} from './build.ts';
import { projectEventKnowledge } from './knowledge.ts';
import type { KnowledgeGraph } from './types.ts';

function withKnowledge(options: BuildOptions): BuildOptions {
  return options.knowledge ? options : { ...options, knowledge: projectEventKnowledge() };
}

/** `buildGraph` of ./build.ts, merging events with the project's knowledge unless `options.knowledge` is given. */
export function buildGraph(extractions: readonly DocumentExtraction[], options: BuildOptions = {}): KnowledgeGraph {
  return buildBrowserSafe(extractions, withKnowledge(options));
}

/** `addExtractions` of ./build.ts, merging events with the project's knowledge unless `options.knowledge` is given. */
export function addExtractions(graph: KnowledgeGraph, extractions: readonly DocumentExtraction[], options: BuildOptions = {}): AddReport {
  return addBrowserSafe(graph, extractions, withKnowledge(options));
}

/** `graphBuilder` of ./build.ts, merging events with the project's knowledge unless `options.knowledge` is given. */
export function graphBuilder(graph: KnowledgeGraph, options: BuildOptions = {}): GraphBuilder {
  return builderBrowserSafe(graph, withKnowledge(options));
}
