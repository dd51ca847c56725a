/**
 * Filters: which nodes and edges are visible. A filter state is applied to the graph once per change and yields
 * the sets of hidden nodes and edges that the reducers read; the graph itself is never modified.
 * An entity that the filters leave without a visible relation is hidden too (unless `showIsolated`), so the first
 * view and every filtered view show connected entities only.
 */
import { PREDICATES } from '../../domain/index.ts';
import { NODE_TYPES } from '../appearance/index.ts';
import type { DocumentAttributes, EdgeAttributes, KnowledgeGraph, RelationAttributes } from '../graph/types.ts';
import type { FilterDomain, FilterResult, FilterState } from './types.ts';

export type { FilterDomain, FilterResult, FilterState } from './types.ts';

/** The outlet of documents without a usable source URL. */
export const UNKNOWN_OUTLET = 'unknown outlet';

/** The default filters: every entity type (documents hidden), every predicate and outlet, all dates, one source, no isolated entities. */
export function defaultFilters(): FilterState {
  return {
    types: new Set(NODE_TYPES.filter((type) => type !== 'Document')),
    predicates: new Set(PREDICATES),
    from: null,
    to: null,
    minSources: 1,
    outlets: null,
    showIsolated: false,
  };
}

/** Copies a filter state. */
export function cloneFilters(filters: FilterState): FilterState {
  return {
    ...filters,
    types: new Set(filters.types),
    predicates: new Set(filters.predicates),
    outlets: filters.outlets ? new Set(filters.outlets) : null,
  };
}

/** The outlet of a document: the host name of its source URL without "www.", else UNKNOWN_OUTLET. */
export function outletOf(document: Pick<DocumentAttributes, 'source'>): string {
  if (!document.source) return UNKNOWN_OUTLET;
  try {
    const url = new URL(document.source);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return UNKNOWN_OUTLET;
    return url.hostname.toLowerCase().replace(/^www\./, '') || UNKNOWN_OUTLET;
  } catch {
    return UNKNOWN_OUTLET;
  }
}

/** Outlet of every document of the graph, by document id (without `doc:`). */
export function documentOutlets(graph: KnowledgeGraph): Map<string, string> {
  const outlets = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'document') outlets.set(key.startsWith('doc:') ? key.slice(4) : key, outletOf(attributes));
  });
  return outlets;
}

/** Counts types, predicates, dates, outlets and the largest number of sources. */
export function filterDomain(graph: KnowledgeGraph): FilterDomain {
  const typeCounts = new Map<string, number>(NODE_TYPES.map((type) => [type, 0]));
  const predicateCounts = new Map<string, number>(PREDICATES.map((predicate) => [predicate, 0]));
  const outlets = documentOutlets(graph);
  const outletCounts = new Map<string, number>();
  const dates = new Set<string>();
  let maxSources = 1;
  graph.forEachNode((_key, attributes) => typeCounts.set(attributes.type, (typeCounts.get(attributes.type) ?? 0) + 1));
  graph.forEachEdge((_key, attributes) => {
    if (attributes.kind !== 'relation') return;
    predicateCounts.set(attributes.predicate, (predicateCounts.get(attributes.predicate) ?? 0) + 1);
    const seen = new Set<string>();
    for (const record of attributes.evidence) {
      if (record.published) dates.add(record.published.slice(0, 10));
      seen.add(outlets.get(record.document) ?? UNKNOWN_OUTLET);
    }
    for (const outlet of seen) outletCounts.set(outlet, (outletCounts.get(outlet) ?? 0) + 1);
    maxSources = Math.max(maxSources, attributes.documents);
  });
  const sortedOutlets = new Map([...outletCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return { typeCounts, predicateCounts, dates: [...dates].sort(), maxSources, outletCounts: sortedOutlets };
}

/**
 * The distinct documents of a relation's evidence inside the filters' date range and outlets (`outlets` maps
 * document ids to outlets; without it every outlet passes).
 */
export function documentsInFilters(attributes: RelationAttributes, filters: FilterState, outlets?: Map<string, string>): Set<string> {
  const documents = new Set<string>();
  for (const record of attributes.evidence) {
    if (filters.from !== null || filters.to !== null) {
      const date = record.published?.slice(0, 10) ?? null;
      if (date === null) continue;
      if (filters.from !== null && date < filters.from) continue;
      if (filters.to !== null && date > filters.to) continue;
    }
    if (filters.outlets && !filters.outlets.has(outlets?.get(record.document) ?? UNKNOWN_OUTLET)) continue;
    documents.add(record.document);
  }
  return documents;
}

/** Number of distinct documents among the evidence inside the date range (and the outlets, given their map). */
export function sourcesInRange(attributes: RelationAttributes, filters: FilterState, outlets?: Map<string, string>): number {
  if (filters.from === null && filters.to === null && !filters.outlets) return attributes.documents;
  return documentsInFilters(attributes, filters, outlets).size;
}

/** Whether an edge passes the filters (its extremities are checked separately). */
export function edgePasses(attributes: EdgeAttributes, filters: FilterState, outlets?: Map<string, string>): boolean {
  if (attributes.kind !== 'relation') return filters.types.has('Document');
  if (!filters.predicates.has(attributes.predicate)) return false;
  return sourcesInRange(attributes, filters, outlets) >= Math.max(1, filters.minSources);
}

/**
 * The hidden nodes and edges under a filter state:
 *  1. nodes of a hidden type;
 *  2. edges that fail the filters or touch a hidden node;
 *  3. unless `showIsolated`, every node left without a visible edge.
 * Also returns the documents behind the visible relations.
 */
export function applyFilters(graph: KnowledgeGraph, filters: FilterState): FilterResult {
  const outlets = documentOutlets(graph);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const documents = new Set<string>();
  const connected = new Set<string>();
  // 1. Types
  graph.forEachNode((key, attributes) => {
    if (!filters.types.has(attributes.type)) nodes.add(key);
  });
  // 2. Edges
  graph.forEachEdge((key, attributes, source, target) => {
    if (nodes.has(source) || nodes.has(target) || !edgePasses(attributes, filters, outlets)) {
      edges.add(key);
      return;
    }
    connected.add(source);
    connected.add(target);
    if (attributes.kind === 'relation') for (const id of documentsInFilters(attributes, filters, outlets)) documents.add(id);
  });
  // 3. Isolated nodes
  if (!filters.showIsolated) {
    graph.forEachNode((key) => {
      if (!connected.has(key)) nodes.add(key);
    });
  }
  return { nodes, edges, documents };
}
