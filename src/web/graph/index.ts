/**
 * Loading graphs into the explorer: graph.json (graphology export with a format version) from a URL or a dropped
 * file, and Turtle files through ./turtle.ts. Everything here is browser-safe (no Node APIs, no sigma).
 */
import { InputError } from '../../errors.ts';
import { parseGraph, serializeGraph } from '../../graph/serialize.ts';
import type { KnowledgeGraph, LoadedGraph } from './types.ts';

export type { LoadedGraph, KnowledgeGraph } from './types.ts';

/**
 * Parses the text of a graph.json into a typed graph, with the graph helper's browser-safe parser
 * (src/graph/serialize.ts). Throws InputError when the text is not a newsgraph graph of a known format version.
 */
export function parseGraphJson(text: string, source: string): KnowledgeGraph {
  return parseGraph(text, source);
}

/** FNV-1a over the node keys and edge keys (which name their extremities): identifies a graph's structure, not its positions. */
export function graphHash(graph: KnowledgeGraph): string {
  let hash = 0x811c9dc5;
  const feed = (text: string): void => {
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x0a;
    hash = Math.imul(hash, 0x01000193);
  };
  graph.forEachNode((key) => feed(key));
  graph.forEachEdge((key) => feed(key));
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${graph.order}-${graph.size}`;
}

/** True when every node has numeric x and y. */
export function hasAllPositions(graph: KnowledgeGraph): boolean {
  let all = true;
  graph.forEachNode((_key, attributes) => {
    if (typeof attributes.x !== 'number' || typeof attributes.y !== 'number' || !Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) all = false;
  });
  return all;
}

/**
 * Wraps a parsed graph with its hash and provenance.
 * @throws InputError when the graph has no entity to show (an empty canvas would look like a broken page)
 */
export function toLoaded(graph: KnowledgeGraph, source: string): LoadedGraph {
  let entities = 0;
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === 'entity') entities += 1;
  });
  if (entities === 0) throw new InputError(source, 'no entities to show; expected a graph built from at least one article');
  return { graph, hash: graphHash(graph), source, hasPositions: hasAllPositions(graph) };
}

/** Fetches and parses a graph.json. */
export async function loadGraphFromUrl(url: string): Promise<LoadedGraph> {
  const response = await fetch(url);
  if (!response.ok) throw new InputError(url, `HTTP ${response.status}; expected graph.json next to the page (run \`npm start\` or \`newsgraph build\`)`);
  const text = await response.text();
  return toLoaded(parseGraphJson(text, url), url);
}

/** Reads a dropped or picked file: RDF (.ttl, .nt, .trig, .nq) through ./rdf.ts, anything else as graph.json. */
export async function loadGraphFromFile(file: File): Promise<LoadedGraph> {
  const text = await file.text();
  const { rdfFormatOf, parseRdfGraph } = await import('./rdf.ts');
  const format = rdfFormatOf(file.name);
  if (format) return toLoaded(parseRdfGraph(text, format, file.name), file.name);
  return toLoaded(parseGraphJson(text, file.name), file.name);
}

/** Serializes the graph with its current positions as canonical graph.json text (src/graph/serialize.ts). */
export function exportGraphJson(graph: KnowledgeGraph): string {
  graph.setAttribute('laidOut', true);
  return serializeGraph(graph);
}
