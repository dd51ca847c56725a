/**
 * graph/graph.json: graphology's serialisation (`export()` shape) plus `formatVersion`, written canonically
 * (nodes and edges sorted by key, object keys sorted, one node or edge per line) so the same graph always gives the
 * same bytes. Browser-safe (no node: imports): the explorer parses graph.json with `parseGraph`.
 */
import { MultiDirectedGraph } from 'graphology';
import { InputError } from '../errors.ts';
import { GRAPH_FORMAT_VERSION, type EdgeAttributes, type GraphAttributes, type KnowledgeGraph, type NodeAttributes } from './types.ts';
import { compareStrings } from './text.ts';
import { checkGraphItems } from './schema.ts';

/** The JSON document of graph/graph.json. */
export interface SerializedKnowledgeGraph {
  formatVersion: number;
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  attributes: GraphAttributes;
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}

/**
 * JSON.stringify with object keys sorted at every level (arrays keep their order). Same output as
 * `JSON.stringify` for JSON data: undefined members are left out (null in arrays), non-finite numbers are null.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const record = value as Record<string, unknown>;
  let out = '';
  for (const key of Object.keys(record).sort(compareStrings)) {
    const member = record[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    out += `${out ? ',' : ''}${JSON.stringify(key)}:${stableStringify(member)}`;
  }
  return `{${out}}`;
}

/** The first line of graph.json (graph-level header) and the opening of the nodes, without its bracket. */
export function graphJsonHeader(graph: KnowledgeGraph): string {
  const attributes = { ...graph.getAttributes(), formatVersion: GRAPH_FORMAT_VERSION };
  return `{"formatVersion":${GRAPH_FORMAT_VERSION},"options":{"allowSelfLoops":true,"multi":true,"type":"directed"},"attributes":${stableStringify(attributes)},\n"nodes":`;
}

/** The graph.json line of node `key` (without separator). */
export function nodeLine(graph: KnowledgeGraph, key: string): string {
  return stableStringify({ key, attributes: graph.getNodeAttributes(key) });
}

/** The graph.json line of edge `key` (without separator). */
export function edgeLine(graph: KnowledgeGraph, key: string): string {
  return stableStringify({ key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) });
}

/** Between the nodes and the edges of graph.json (`empty`: whether the nodes were an empty list). */
export function betweenNodesAndEdges(empty: boolean): string {
  return empty ? '],\n"edges":' : '\n],\n"edges":';
}

/** The end of graph.json (`empty`: whether the edges were an empty list). */
export function graphJsonEnd(empty: boolean): string {
  return empty ? ']}\n' : '\n]}\n';
}

/**
 * The canonical JSON text of `graph` in pieces (header, one piece per node or edge line, closing brackets), so a
 * large graph can be streamed to disk without one giant string. Joined, the pieces are `serializeGraph(graph)`.
 */
export function* serializeGraphChunks(graph: KnowledgeGraph): Generator<string> {
  // 1. Graph-level header.
  yield graphJsonHeader(graph);
  // 2. Nodes and edges in key order, one per line.
  const nodes = graph.nodes().sort(compareStrings);
  yield nodes.length ? '[\n' : '[';
  for (const [i, key] of nodes.entries()) yield `${i ? ',\n' : ''}${nodeLine(graph, key)}`;
  yield betweenNodesAndEdges(nodes.length === 0);
  const edges = graph.edges().sort(compareStrings);
  yield edges.length ? '[\n' : '[';
  for (const [i, key] of edges.entries()) yield `${i ? ',\n' : ''}${edgeLine(graph, key)}`;
  yield graphJsonEnd(edges.length === 0);
}

/** The canonical JSON text of `graph` (ends with a newline). */
export function serializeGraph(graph: KnowledgeGraph): string {
  let text = '';
  for (const chunk of serializeGraphChunks(graph)) text += chunk;
  return text;
}

/**
 * Parses graph.json (text or an already parsed object) into a KnowledgeGraph.
 * Throws InputError (naming `where`) for anything that is not a newsgraph graph of a known format version, or
 * whose nodes and edges do not have the attributes of src/graph/types.ts (checked by `checkGraphItems`).
 */
export function parseGraph(input: string | unknown, where = 'graph.json'): KnowledgeGraph {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new InputError(where, `not valid JSON (${(error as Error).message}); expected graph.json from newsgraph build`);
    }
  }
  const record = data as Partial<SerializedKnowledgeGraph> | null;
  if (!record || typeof record !== 'object' || !Array.isArray(record.nodes) || !Array.isArray(record.edges)) {
    throw new InputError(where, 'no "nodes" and "edges" arrays; expected graph.json from newsgraph build');
  }
  const version = record.formatVersion ?? record.attributes?.formatVersion;
  if (version !== GRAPH_FORMAT_VERSION) {
    throw new InputError(where, `format version ${String(version)}; expected ${GRAPH_FORMAT_VERSION}`);
  }
  checkGraphItems(record.nodes, record.edges, where);
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  try {
    graph.import({ attributes: { ...record.attributes, formatVersion: GRAPH_FORMAT_VERSION }, nodes: record.nodes, edges: record.edges });
  } catch (error) {
    throw new InputError(where, `inconsistent graph (${(error as Error).message}); expected graph.json from newsgraph build`);
  }
  return graph;
}
