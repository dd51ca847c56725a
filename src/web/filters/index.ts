/**
 * Filters: which nodes and edges are visible. A filter state is applied to the graph once per change and yields
 * the sets of hidden nodes and edges that the reducers read; the graph itself is never modified.
 */
import { PREDICATES } from '../../domain/index.ts';
import { NODE_TYPES } from '../appearance/index.ts';
import type { EdgeAttributes, KnowledgeGraph, RelationAttributes } from '../graph/types.ts';
import type { FilterDomain, FilterState } from './types.ts';

export type { FilterDomain, FilterState } from './types.ts';

/** The default filters: every entity type (documents hidden), every predicate, all dates, one source. */
export function defaultFilters(): FilterState {
  return {
    types: new Set(NODE_TYPES.filter((type) => type !== 'Document')),
    predicates: new Set(PREDICATES),
    from: null,
    to: null,
    minSources: 1,
  };
}

/** Copies a filter state. */
export function cloneFilters(filters: FilterState): FilterState {
  return { ...filters, types: new Set(filters.types), predicates: new Set(filters.predicates) };
}

/** Counts types, predicates, dates and the largest number of sources. */
export function filterDomain(graph: KnowledgeGraph): FilterDomain {
  const typeCounts = new Map<string, number>(NODE_TYPES.map((type) => [type, 0]));
  const predicateCounts = new Map<string, number>(PREDICATES.map((predicate) => [predicate, 0]));
  const dates = new Set<string>();
  let maxSources = 1;
  graph.forEachNode((_key, attributes) => typeCounts.set(attributes.type, (typeCounts.get(attributes.type) ?? 0) + 1));
  graph.forEachEdge((_key, attributes) => {
    if (attributes.kind !== 'relation') return;
    predicateCounts.set(attributes.predicate, (predicateCounts.get(attributes.predicate) ?? 0) + 1);
    for (const record of attributes.evidence) if (record.published) dates.add(record.published.slice(0, 10));
    maxSources = Math.max(maxSources, attributes.documents);
  });
  return { typeCounts, predicateCounts, dates: [...dates].sort(), maxSources };
}

/** Number of distinct documents among the evidence inside the date range. */
export function sourcesInRange(attributes: RelationAttributes, filters: FilterState): number {
  if (filters.from === null && filters.to === null) return attributes.documents;
  const documents = new Set<string>();
  for (const record of attributes.evidence) {
    const date = record.published?.slice(0, 10) ?? null;
    if (date === null) continue;
    if (filters.from !== null && date < filters.from) continue;
    if (filters.to !== null && date > filters.to) continue;
    documents.add(record.document);
  }
  return documents.size;
}

/** Whether an edge passes the filters (its extremities are checked separately). */
export function edgePasses(attributes: EdgeAttributes, filters: FilterState): boolean {
  if (attributes.kind !== 'relation') return filters.types.has('Document');
  if (!filters.predicates.has(attributes.predicate)) return false;
  return sourcesInRange(attributes, filters) >= Math.max(1, filters.minSources);
}

/** The hidden nodes and edges under a filter state. */
export function applyFilters(graph: KnowledgeGraph, filters: FilterState): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((key, attributes) => {
    if (!filters.types.has(attributes.type)) nodes.add(key);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (nodes.has(source) || nodes.has(target) || !edgePasses(attributes, filters)) edges.add(key);
  });
  return { nodes, edges };
}
