/**
 * Loading graphs into the explorer: graph.json (graphology export with a format version) from a URL or a dropped
 * file, and Turtle files through ./turtle.ts. Everything here is browser-safe (no Node APIs, no sigma).
 */
import { MultiDirectedGraph } from 'graphology';
import { InputError } from '../../errors.ts';
import { GRAPH_FORMAT_VERSION } from '../../graph/types.ts';
import type { KnowledgeGraph, LoadedGraph, SerializedKnowledgeGraph } from './types.ts';

export type { LoadedGraph, KnowledgeGraph } from './types.ts';

/**
 * Parses the text of a graph.json into a typed graph.
 * Throws InputError when the text is not JSON, not a graphology export, or of a newer format version.
 */
export function parseGraphJson(text: string, source: string): KnowledgeGraph {
  // 1. JSON
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(source, `not valid JSON (${(error as Error).message}); expected a graph.json from newsgraph build`);
  }
  // 2. Shape: { attributes?, nodes: [], edges: [] }
  if (!isSerializedGraph(data)) {
    throw new InputError(source, 'not a graph export; expected an object with "nodes" and "edges" arrays');
  }
  // 3. Version
  const version = data.attributes?.formatVersion;
  if (typeof version === 'number' && version > GRAPH_FORMAT_VERSION) {
    throw new InputError(source, `graph format version ${version} is newer than this explorer; expected <= ${GRAPH_FORMAT_VERSION}`);
  }
  // 4. Import (the serialized `options` are ignored: the knowledge graph is always a multi directed graph)
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  try {
    graph.import({ attributes: data.attributes ?? { formatVersion: GRAPH_FORMAT_VERSION }, nodes: data.nodes, edges: data.edges });
  } catch (error) {
    throw new InputError(source, `graph could not be imported (${(error as Error).message}); expected unique node keys and edges between existing nodes`);
  }
  return graph;
}

function isSerializedGraph(value: unknown): value is SerializedKnowledgeGraph {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Array.isArray(record.nodes) && Array.isArray(record.edges);
}

/** FNV-1a over the node and edge keys: identifies a graph's structure (positions excluded). */
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
  graph.forEachEdge((key, _attributes, source, target) => feed(`${key}\u0000${source}\u0000${target}`));
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

/** Wraps a parsed graph with its hash and provenance. */
export function toLoaded(graph: KnowledgeGraph, source: string): LoadedGraph {
  return { graph, hash: graphHash(graph), source, hasPositions: hasAllPositions(graph) };
}

/** Fetches and parses a graph.json. */
export async function loadGraphFromUrl(url: string): Promise<LoadedGraph> {
  const response = await fetch(url);
  if (!response.ok) throw new InputError(url, `HTTP ${response.status}; expected graph.json next to the page (run \`npm start\` or \`newsgraph build\`)`);
  const text = await response.text();
  return toLoaded(parseGraphJson(text, url), url);
}

/** Reads a dropped or picked file: `.ttl` through the Turtle mapping, anything else as graph.json. */
export async function loadGraphFromFile(file: File): Promise<LoadedGraph> {
  const text = await file.text();
  if (/\.(ttl|turtle)$/i.test(file.name)) {
    const { parseTurtleGraph } = await import('./turtle.ts');
    return toLoaded(await parseTurtleGraph(text, file.name), file.name);
  }
  return toLoaded(parseGraphJson(text, file.name), file.name);
}

/** Serializes the graph (with its current positions) as graph.json text. */
export function exportGraphJson(graph: KnowledgeGraph): string {
  graph.setAttribute('laidOut', true);
  graph.setAttribute('formatVersion', graph.getAttribute('formatVersion') ?? GRAPH_FORMAT_VERSION);
  return JSON.stringify(graph.export());
}
