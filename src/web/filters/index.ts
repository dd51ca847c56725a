/**
 * Filters: which nodes and edges are visible. A filter state is applied to the graph once per change and yields
 * the sets of hidden nodes and edges that the reducers read; the graph itself is never modified.
 * An entity that the filters leave without a visible relation is hidden too (unless `showIsolated`), so the first
 * view and every filtered view show connected entities only.
 */
import { PREDICATES } from '../../domain/index.ts';
import { NODE_TYPES } from '../appearance/index.ts';
import { eventCatalogue } from '../events/index.ts';
import type { EdgeAttributes, KnowledgeGraph, RelationAttributes, SourceGroup } from '../graph/types.ts';
import { documentOutlets, UNKNOWN_OUTLET } from '../../graph/outlets.ts';
import type { FilterDomain, FilterResult, FilterState } from './types.ts';

export type { FilterDomain, FilterResult, FilterState } from './types.ts';
export { documentOutlets, outletOf, UNKNOWN_OUTLET } from '../../graph/outlets.ts';

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
    claimants: null,
    place: null,
    weapon: null,
  };
}

/** Copies a filter state. */
export function cloneFilters(filters: FilterState): FilterState {
  return {
    ...filters,
    types: new Set(filters.types),
    predicates: new Set(filters.predicates),
    outlets: filters.outlets ? new Set(filters.outlets) : null,
    claimants: filters.claimants ? new Set(filters.claimants) : null,
  };
}

/** Counts types, predicates, dates (published and event dates), outlets, claimants and the largest number of sources. */
export function filterDomain(graph: KnowledgeGraph): FilterDomain {
  const typeCounts = new Map<string, number>(NODE_TYPES.map((type) => [type, 0]));
  const predicateCounts = new Map<string, number>(PREDICATES.map((predicate) => [predicate, 0]));
  const outlets = documentOutlets(graph);
  const outletCounts = new Map<string, number>();
  const dates = new Set<string>();
  let maxSources = 1;
  graph.forEachNode((_key, attributes) => {
    typeCounts.set(attributes.type, (typeCounts.get(attributes.type) ?? 0) + 1);
    // event dates are steps of the time slider too (events are filtered by their date, relations by publication)
    if (attributes.kind === 'event' && attributes.date) dates.add(attributes.date);
  });
  graph.forEachEdge((_key, attributes) => {
    if (attributes.kind !== 'relation') return;
    predicateCounts.set(attributes.predicate, (predicateCounts.get(attributes.predicate) ?? 0) + 1);
    const seen = new Set<string>();
    for (const record of attributes.evidence) {
      if (record.published) dates.add(record.published.slice(0, 10));
      seen.add(outlets.get(record.document) ?? UNKNOWN_OUTLET);
    }
    // a summary graph's relations carry their documents in groups instead of evidence (src/graph/summary.ts)
    for (const group of attributes.sources ?? []) {
      if (group.day) dates.add(group.day);
      seen.add(group.outlet);
    }
    for (const outlet of seen) outletCounts.set(outlet, (outletCounts.get(outlet) ?? 0) + 1);
    maxSources = Math.max(maxSources, attributes.documents);
  });
  const sortedOutlets = new Map([...outletCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return { typeCounts, predicateCounts, dates: [...dates].sort(), maxSources, outletCounts: sortedOutlets, claimantCounts: eventCatalogue(graph).claimantCounts };
}

/**
 * The distinct documents of a relation's evidence inside the filters' date range (on the publication date: a
 * sentence is dated by its article), outlets and claimants (`outlets` maps document ids to outlets, without it every
 * outlet passes; `claimants` maps document ids to the claimants of the figures they report, see eventCatalogue,
 * without it every claimant passes).
 */
export function documentsInFilters(attributes: RelationAttributes, filters: FilterState, outlets?: Map<string, string>, claimants?: Map<string, Set<string>>): Set<string> {
  const documents = new Set<string>();
  for (const record of attributes.evidence) {
    if (filters.from !== null || filters.to !== null) {
      const date = record.published?.slice(0, 10) ?? null;
      if (date === null) continue;
      if (filters.from !== null && date < filters.from) continue;
      if (filters.to !== null && date > filters.to) continue;
    }
    if (filters.outlets && !filters.outlets.has(outlets?.get(record.document) ?? UNKNOWN_OUTLET)) continue;
    if (filters.claimants && claimants) {
      const chosen = filters.claimants;
      const stated = claimants.get(record.document);
      if (!stated || ![...stated].some((claimant) => chosen.has(claimant))) continue;
    }
    documents.add(record.document);
  }
  return documents;
}

/**
 * The source groups of a summary graph's relation (`attributes.sources`) inside the filters' date range, outlets
 * and, when `byClaimants`, claimants: the same documents documentsInFilters keeps on the whole graph, counted.
 */
export function groupsInFilters(groups: readonly SourceGroup[], filters: FilterState, byClaimants: boolean): SourceGroup[] {
  return groups.filter((group) => {
    if (filters.from !== null || filters.to !== null) {
      if (group.day === null) return false;
      if (filters.from !== null && group.day < filters.from) return false;
      if (filters.to !== null && group.day > filters.to) return false;
    }
    if (filters.outlets && !filters.outlets.has(group.outlet)) return false;
    if (byClaimants && filters.claimants) {
      const chosen = filters.claimants;
      if (!group.claimants.some((claimant) => chosen.has(claimant))) return false;
    }
    return true;
  });
}

/** Number of distinct documents among the evidence inside the date range (and the outlets and claimants, given their maps). */
export function sourcesInRange(attributes: RelationAttributes, filters: FilterState, outlets?: Map<string, string>, claimants?: Map<string, Set<string>>): number {
  if (filters.from === null && filters.to === null && !filters.outlets && !(filters.claimants && claimants)) return attributes.documents;
  if (attributes.sources) return groupsInFilters(attributes.sources, filters, claimants !== undefined).reduce((sum, group) => sum + group.documents, 0);
  return documentsInFilters(attributes, filters, outlets, claimants).size;
}

/** Whether an edge passes the filters (its extremities are checked separately). */
export function edgePasses(attributes: EdgeAttributes, filters: FilterState, outlets?: Map<string, string>, claimants?: Map<string, Set<string>>): boolean {
  if (attributes.kind !== 'relation') return filters.types.has('Document');
  if (!filters.predicates.has(attributes.predicate)) return false;
  return sourcesInRange(attributes, filters, outlets, claimants) >= Math.max(1, filters.minSources);
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
  const claimants = filters.claimants ? eventCatalogue(graph).documentClaimants : undefined;
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
    if (nodes.has(source) || nodes.has(target) || !edgePasses(attributes, filters, outlets, claimants)) {
      edges.add(key);
      return;
    }
    connected.add(source);
    connected.add(target);
    if (attributes.kind === 'relation') for (const id of documentsInFilters(attributes, filters, outlets, claimants)) documents.add(id);
  });
  // 3. Isolated nodes
  if (!filters.showIsolated) {
    graph.forEachNode((key) => {
      if (!connected.has(key)) nodes.add(key);
    });
  }
  return { nodes, edges, documents };
}
