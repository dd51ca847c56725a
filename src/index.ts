/**
 * The public API of newsgraph (`import { loadGraph } from 'newsgraph'`): open a built graph or build one from texts,
 * then query it with the `NewsGraph` methods (entity, relations, neighbors, shortestPath, timeline, aggregate);
 * SPARQL in-process with `LocalSparql`; push to a remote store with `pushGraph`.
 */
export { loadGraph, DEFAULT_GRAPH_DIR } from './query/load.ts';
export { NewsGraph } from './query/news-graph.ts';
export { buildGraphFromTexts, type TextInput, type FromTextsOptions } from './query/from-texts.ts';
export { LocalSparql, queryEndpoint, type SparqlResult, type SparqlTerm } from './query/sparql.ts';
export { pushGraph, type PushOptions, type PushReport, type PushMode } from './query/push.ts';
export { NewsgraphError, InputError, NotFoundError, UsageError } from './errors.ts';
export { EndpointError } from './query/http.ts';
export type {
  AggregateBy,
  AggregateOptions,
  AggregateRow,
  Direction,
  EntityInfo,
  EntityRef,
  Neighbor,
  NeighborOptions,
  Path,
  Relation,
  RelationQuery,
  TimelineEntry,
} from './query/types.ts';
export type { KnowledgeGraph, EvidenceRecord } from './graph/types.ts';
export type { DocumentExtraction } from './extract/types.ts';
export type { EntityType, Predicate } from './domain/index.ts';
