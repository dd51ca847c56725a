/**
 * nodes.csv, edges.csv, evidence.csv and events.csv: the graph as tables for spreadsheets (and Gephi's spreadsheet
 * import, whose column names Id, Label, Source, Target, Type and Weight they use). RFC 4180 with a header row and CRLF
 * line ends, UTF-8; text cells a spreadsheet would run as a formula are neutralised (util/csv.ts). Lists (aliases,
 * addressees) are joined with "; ". Rows come in key order, streamed one at a time.
 */
import type { EdgeAttributes, EventAttributes, EventFigure, KnowledgeGraph, NodeAttributes } from '../../graph/types.ts';
import { compareStrings } from '../../graph/text.ts';
import { csvRecord, type CsvValue } from '../../util/csv.ts';
import type { TextSink } from '../../util/text-sink.ts';
import type { OutputWriter } from '../types.ts';

/** Separator of list items inside one cell. */
export const CSV_LIST_SEPARATOR = '; ';

/** Columns of nodes.csv. */
export const NODE_COLUMNS = ['Id', 'Label', 'kind', 'type', 'aliases', 'generic', 'wikidata', 'documents', 'title', 'published', 'source', 'byline', 'x', 'y'] as const;
/** Columns of edges.csv. */
export const EDGE_COLUMNS = ['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', 'kind', 'predicate', 'documents', 'firstDate', 'lastDate', 'aliases'] as const;
/** Columns of evidence.csv: one row per evidence record of a relation edge. */
export const EVIDENCE_COLUMNS = ['edge', 'subject', 'predicate', 'object', 'document', 'published', 'count', 'addressee', 'start', 'end', 'text'] as const;
/**
 * Columns of events.csv: one row per event and weapon line (an event without lines has one row with an empty
 * weapon). `date` is the event date; `launched`/`intercepted` are the reconciled numbers (empty: no report gave one),
 * with the rule that chose them; `figures` lists every stated figure as `document (claimant): launched/intercepted`.
 */
export const EVENT_COLUMNS = [
  'event', 'kind', 'date', 'attacker', 'weapon', 'launched', 'intercepted', 'launchedRule', 'interceptedRule', 'conflict',
  'targets', 'claimants', 'reports', 'documents', 'firstPublished', 'lastPublished', 'figures',
] as const;

const list = (items: readonly string[] | null | undefined): CsvValue => (items ? items.join(CSV_LIST_SEPARATOR) : null);

/** The nodes.csv row of one node. */
function nodeRow(key: string, a: NodeAttributes): CsvValue[] {
  const entity = a.kind === 'entity' ? a : null;
  const doc = a.kind === 'document' ? a : null;
  const event = a.kind === 'event' ? a : null;
  return [
    key,
    a.label,
    a.kind,
    a.type,
    list(entity?.aliases),
    entity ? entity.generic : null,
    entity?.wikidata ?? null,
    entity ? entity.documents : event ? event.documents : null,
    doc?.title ?? null,
    doc?.published ?? null,
    doc?.source ?? null,
    doc?.byline ?? null,
    a.x ?? null,
    a.y ?? null,
  ];
}

/** The edges.csv row of one edge. */
function edgeRow(key: string, source: string, target: string, a: EdgeAttributes): CsvValue[] {
  if (a.kind === 'relation') {
    return [source, target, 'Directed', key, a.predicate, a.documents, a.kind, a.predicate, a.documents, a.firstDate, a.lastDate, null];
  }
  if (a.kind === 'event-role') return [source, target, 'Directed', key, a.role, 1, a.kind, null, null, null, null, null];
  return [source, target, 'Directed', key, a.label ?? null, 1, a.kind, null, null, null, null, list(a.aliases)];
}

/** `document (claimant): launched/intercepted`, `?` for a number the figure does not give. */
function figureText(f: EventFigure, label: (key: string) => string): string {
  const claimant = f.claimedBy === null ? '' : ` (${label(f.claimedBy)})`;
  return `${f.document}${claimant}: ${f.launched ?? '?'}/${f.intercepted ?? '?'}`;
}

/** The events.csv rows of one event. */
function eventRows(key: string, a: EventAttributes, label: (key: string) => string): CsvValue[][] {
  const common = (weapon: string | null): CsvValue[] => [key, a.eventKind, a.date, a.attacker === null ? null : label(a.attacker), weapon === null ? null : label(weapon)];
  const tail: CsvValue[] = [
    list(a.targets.map(label)),
    list(a.claimants.map(label)),
    a.reports.length,
    list([...new Set(a.reports.map((r) => r.document))]),
    a.firstPublished,
    a.lastPublished,
  ];
  if (a.weapons.length === 0) return [[...common(null), null, null, null, null, null, ...tail, null]];
  return a.weapons.map((w) => [
    ...common(w.weapon),
    w.launched,
    w.intercepted,
    w.launchedRule,
    w.interceptedRule,
    w.conflict,
    ...tail,
    list(w.figures.map((f) => figureText(f, label))),
  ]);
}

/** Streams the four tables of `graph` into their sinks (the caller ends the sinks). */
export async function writeCsv(graph: KnowledgeGraph, nodes: TextSink, edges: TextSink, evidence: TextSink, events: TextSink): Promise<void> {
  // 1. nodes.csv.
  nodes.write(csvRecord(NODE_COLUMNS));
  for (const key of graph.nodes().sort(compareStrings)) {
    nodes.write(csvRecord(nodeRow(key, graph.getNodeAttributes(key))));
    if (nodes.full) await nodes.flush();
  }
  await nodes.flush();
  // 2. edges.csv and evidence.csv, in edge key order.
  edges.write(csvRecord(EDGE_COLUMNS));
  evidence.write(csvRecord(EVIDENCE_COLUMNS));
  for (const key of graph.edges().sort(compareStrings)) {
    const source = graph.source(key);
    const target = graph.target(key);
    const attributes = graph.getEdgeAttributes(key);
    edges.write(csvRecord(edgeRow(key, source, target, attributes)));
    if (attributes.kind === 'relation') {
      for (const e of attributes.evidence) {
        evidence.write(csvRecord([key, source, attributes.predicate, target, e.document, e.published, e.count, list(e.addressee), e.start, e.end, e.text]));
      }
      if (evidence.full) await evidence.flush();
    }
    if (edges.full) await edges.flush();
  }
  await edges.flush();
  await evidence.flush();
  // 3. events.csv, in event key order.
  const label = (key: string): string => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
  events.write(csvRecord(EVENT_COLUMNS));
  const eventKeys: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === 'event') eventKeys.push(key);
  });
  for (const key of eventKeys.sort(compareStrings)) {
    for (const row of eventRows(key, graph.getNodeAttributes(key) as EventAttributes, label)) events.write(csvRecord(row));
    if (events.full) await events.flush();
  }
  await events.flush();
}

/** The CSV writer. */
export const csvWriter: OutputWriter = {
  id: 'csv',
  files: ['nodes.csv', 'edges.csv', 'evidence.csv', 'events.csv'],
  description: 'nodes.csv, edges.csv, evidence.csv, events.csv: tables for spreadsheets and Gephi (formula cells neutralised)',
  async write(graph, files) {
    await writeCsv(graph, files.open('nodes.csv'), files.open('edges.csv'), files.open('evidence.csv'), files.open('events.csv'));
    return {};
  },
};
