/**
 * The public API of newsgraph (`import { extractDocument, loadGraph } from 'newsgraph'`), small and named:
 *  - the pipeline: `ingestFile` / `ingestText` (a file or text to a cleaned `Document`), `extractDocument` (entities
 *    and relations of one document; `extractDocuments` for a list, with less work per document), `buildGraph` / `addExtractions` (the corpus graph), `exportGraph` /
 *    `importGraph` (graph.json and RDF files on disk);
 *  - queries: open a built graph or build one from texts, then use the `NewsGraph` methods (entity, relations,
 *    neighbors, shortestPath, timeline, aggregate, events); SPARQL in-process with `LocalSparql`; push with `pushGraph`;
 *    the events beside the Air Force's official tallies with `readOfficialTable` and `reconcileGraph`;
 *  - the error classes and the domain's types.
 * More of each stage is behind the subpaths `newsgraph/extract`, `newsgraph/graph` and `newsgraph/rdf`.
 */
export { ingestFile, ingestText, type Document, type IngestFileOptions, type IngestTextOptions } from './ingest/index.ts';
export { extractDocument, extractDocuments, type ExtractOptions } from './extract/index.ts';
export { addExtractions, buildGraph } from './graph/node.ts';
export type { AddReport, BuildOptions } from './graph/build.ts';
export { importGraph } from './rdf/files.ts';
export { exportGraph, OUTPUT_FORMATS, type ExportOptions, type ExportReport, type OutputFormat } from './output/index.ts';
export { loadGraph, DEFAULT_GRAPH_DIR } from './query/load.ts';
export { NewsGraph } from './query/news-graph.ts';
export { buildGraphFromTexts, type TextInput, type FromTextsOptions } from './query/from-texts.ts';
export { LocalSparql, queryEndpoint, type SparqlResult, type SparqlTerm } from './query/sparql.ts';
export { pushGraph, type PushOptions, type PushReport, type PushMode } from './query/push.ts';
export { readOfficialTable, type OfficialRow, type OfficialTable } from './query/official.ts';
export { reconcileGraph, type ReconcileReport, type ReconcileRow, type ReconcileSummary } from './query/reconcile.ts';
export { NewsgraphError, InputError, NotFoundError, UsageError } from './errors.ts';
export { EndpointError } from './query/http.ts';
export type {
  AggregateBy,
  AggregateOptions,
  AggregateRow,
  Direction,
  DocumentInfo,
  EntityInfo,
  EntityRef,
  EventFigureRow,
  EventQuery,
  EventRow,
  EvidenceOutlet,
  EvidencePage,
  EvidencePageQuery,
  Neighbor,
  NeighborOptions,
  Path,
  Relation,
  RelationQuery,
  TimelineEntry,
} from './query/types.ts';
export type { KnowledgeGraph, EvidenceRecord, EventAttributes, EventWeaponLine, EventFigure, EventReport, FigureRule } from './graph/types.ts';
export type { DocumentExtraction, ExtractedEntity, ExtractedRelation } from './extract/types.ts';
export type { EntityType, Predicate } from './domain/index.ts';
