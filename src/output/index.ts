/**
 * The output stage: the registry of writers (graph.json, Turtle, N-Triples, TriG, GEXF, CSV) and the transaction that
 * writes a build folder as one atomic step under an exclusive lock. Downstream of graph and rdf; query and cli use it.
 */
import type { DocumentExtraction } from '../extract/types.ts';
import { trackDocumentChanges, trackEvidenceChanges } from '../graph/changes.ts';
import type { AddReport } from '../graph/build.ts';
import { NeedsWholeGraph, documentKey, partialRead } from '../graph/build.ts';
import { unreadEvidenceOf } from '../graph/relation-days.ts';
import { unreadEventsOf } from '../graph/event-days.ts';
import { dayOfDocument, unreadDocumentsOf } from '../graph/document-days.ts';
import { eventLabel } from '../graph/events.ts';
import type { EventKind } from '../domain/index.ts';
import { documentDay } from '../graph/day.ts';
import { addExtractions } from '../graph/node.ts';
import { readGraphJsonForUpdate, readWithoutMentions } from '../graph/read.ts';
import { hasGraphJson } from '../graph/json-parts.ts';
import { importGraph } from '../rdf/files.ts';
import { checkPartialLayout } from './writers/json.ts';
import type { OutputFormat } from './types.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { OutputTransaction, type ExportOptions } from './generation.ts';
import { DEFAULT_FORMATS } from './registry.ts';
import type { ExportReport } from './types.ts';

export { OutputTransaction, currentGeneration, ensureWritableFolder, formatsIn, CURRENT_LINK, GENERATION_PREFIX, type ExportOptions, type TransactionOptions } from './generation.ts';
export { OUTPUT_WRITERS, OUTPUT_FILES, DEFAULT_FORMATS, normaliseFormats, parseFormats, writerOf } from './registry.ts';
export { OUTPUT_FORMATS, type OutputFormat, type OutputWriter, type OutputFiles, type WriterResult, type ExportReport, type WriteOptions } from './types.ts';
export { changedDays } from './writers/rdf.ts';
import { changedDays } from './writers/rdf.ts';
export { OutputError, LockedError } from './errors.ts';
export { LOCK_FILE } from './lock.ts';
export { FAULT_ENV } from './fault.ts';
export { writeGraphJson } from './writers/json.ts';
export { writeGexf } from './writers/gexf.ts';
export { writeCsv } from './writers/csv.ts';

/**
 * Writes `graph` into build folder `dir` as one transaction: the chosen formats (default graph.json, graph.ttl,
 * graph.nt, graph.trig) go into a fresh generation that replaces the previous build in one atomic step, under the
 * folder's lock. Throws LockedError when another build holds the folder, OutputError when it cannot be written.
 */
export async function exportGraph(graph: KnowledgeGraph, dir: string, options: ExportOptions = {}): Promise<ExportReport> {
  const transaction = OutputTransaction.begin(dir, options);
  try {
    const report = await transaction.write(graph, options.formats ?? DEFAULT_FORMATS, {
      changedDays: options.changedDays,
      changedKeys: options.changedKeys,
      changedEvidence: options.changedEvidence,
      joined: options.joined,
    });
    transaction.commit();
    return report;
  } catch (error) {
    transaction.abort();
    throw error;
  }
}

/** What an update changed: the RDF days and the graph.json documents and events to write again (see ExportOptions). */
export interface UpdateChanges {
  changedDays: Set<string>;
  changedKeys: ReadonlySet<string>;
  /** The days whose relation evidence changed (graph.json's evidence parts of the others are linked). */
  changedEvidence: ReadonlySet<string>;
  report: AddReport;
}

/**
 * Adds `extractions` to a graph read from an earlier build, as `build --update` does, and says what changed: the days
 * of the documents added, replaced or removed and of the event dates their reports join (`changedDays`), plus the
 * days and keys of every document and event the addition touched (a surname merge can reach old days), and the days
 * whose relation evidence changed (`changedEvidence`, for graph.json's evidence parts). `add` is the
 * graph's addition with the project's knowledge (gazetteer, event rules) unless a caller gives another.
 */
export function addForUpdate(
  graph: KnowledgeGraph,
  extractions: readonly DocumentExtraction[],
  add: (graph: KnowledgeGraph, extractions: readonly DocumentExtraction[]) => AddReport = addExtractions,
): UpdateChanges {
  if (readWithoutMentions(graph)) throw new Error('update: the graph was read without its mentions edges (for queries); read it whole to update it');
  const days = changedDays(graph, extractions);
  const changes = trackDocumentChanges(graph);
  const evidence = trackEvidenceChanges(graph);
  const report = add(graph, extractions);
  changes.stop();
  evidence.stop();
  for (const day of changes.days) days.add(day);
  return { changedDays: days, changedKeys: changes.keys, changedEvidence: evidence.days, report };
}

/** Formats a graph read in part can be written in (the others write every mentions edge). */
const PARTIAL_FORMATS: readonly OutputFormat[] = ['json', 'ttl', 'nt', 'trig'];

/** What `updateGraph` did: the graph with the batch added, what changed, and how much of the graph it read. */
export interface UpdatedGraph extends UpdateChanges {
  graph: KnowledgeGraph;
  /** Whether it left some documents' mentions unread (see `readGraphJsonForUpdate`). */
  partial: boolean;
  /** Why it read the whole graph after a start in part (a surname merge, an entity without a tally...), if it did. */
  wholeBecause: string | null;
  /** Time spent reading the graph (both reads when it read it twice), in ms. */
  readMs: number;
  /** CPU time of the addition that was kept (the last one), in ms: the bench reports it. */
  addCpuMs: number;
}

/**
 * `build --update` of the live generation `generation` with `extractions`, for output in `formats`: reads the graph
 * in part when it can (every node and edge but the mentions of the documents the batch leaves alone, when the build
 * has the sidecar files and every format is graph.json or RDF), adds the batch, and checks that what it changed lies
 * within what it read; when not (a surname merge reaching old documents, a day whose RDF is written again holding
 * unread mentions, new lines falling inside an unread part), it reads the whole graph and adds the batch again, so
 * the result is always the one a whole read gives. Otherwise as `addForUpdate`.
 */
export async function updateGraph(
  generation: string,
  extractions: readonly DocumentExtraction[],
  formats: readonly OutputFormat[],
  add: (graph: KnowledgeGraph, extractions: readonly DocumentExtraction[]) => AddReport = addExtractions,
): Promise<UpdatedGraph> {
  const started = performance.now();
  if (formats.every((format) => PARTIAL_FORMATS.includes(format)) && hasGraphJson(generation)) {
    const graph = await readGraphJsonForUpdate(generation, extractions);
    const readMs = performance.now() - started;
    try {
      const cpu = process.cpuUsage();
      const changes = addForUpdate(graph, extractions, add);
      const addCpuMs = cpuMs(cpu);
      checkWithinRead(graph, changes);
      return { graph, ...changes, partial: partialRead(graph) !== undefined, wholeBecause: null, readMs, addCpuMs };
    } catch (error) {
      if (!(error instanceof NeedsWholeGraph)) throw error;
      const again = performance.now();
      const whole = await importGraph(generation);
      const wholeRead = performance.now() - again;
      const cpu = process.cpuUsage();
      const changes = addForUpdate(whole, extractions, add);
      return { graph: whole, ...changes, partial: false, wholeBecause: error.message, readMs: readMs + wholeRead, addCpuMs: cpuMs(cpu) };
    }
  }
  const graph = await importGraph(generation);
  const readMs = performance.now() - started;
  const cpu = process.cpuUsage();
  const changes = addForUpdate(graph, extractions, add);
  return { graph, ...changes, partial: false, wholeBecause: null, readMs, addCpuMs: cpuMs(cpu) };
}

/** CPU time (user + system) since `start`, in ms. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Throws `NeedsWholeGraph` when an update of a graph read in part changed a document it did not read the mentions of,
 * must write again the RDF of a day holding such a document, or cannot write graph.json around its unread parts.
 */
function checkWithinRead(graph: KnowledgeGraph, changes: UpdateChanges): void {
  const partial = partialRead(graph);
  if (!partial) return;
  for (const key of changes.changedKeys) {
    if (partial.skippedDocuments.has(key)) throw new NeedsWholeGraph(`the batch changed ${key}, whose mentions were not read`);
  }
  for (const key of partial.skippedDocuments) {
    // Its node may be unread too (json/documents.json gives its day then).
    const day = dayOfDocument(graph, key);
    if (day === null) throw new NeedsWholeGraph(`${key}, whose mentions were not read, is gone`);
    if (changes.changedDays.has(day)) throw new NeedsWholeGraph(`the RDF of ${day} is written again, and the mentions of ${key} were not read`);
  }
  checkDocumentsRead(graph, changes);
  checkPartialLayout(graph);
  checkEvidenceRead(graph, changes);
  checkEventsRead(graph, changes);
}

/**
 * Throws `NeedsWholeGraph` when an update of a graph read without some document nodes made such a document again,
 * changed it, or must write again the RDF of its day: each would change a line or a part left unread.
 */
function checkDocumentsRead(graph: KnowledgeGraph, changes: UpdateChanges): void {
  const unread = unreadDocumentsOf(graph);
  if (!unread?.days.size) return;
  for (const [key, day] of unread.days) {
    if (graph.hasNode(key)) throw new NeedsWholeGraph(`${key} was not read and is made again`);
    if (changes.changedKeys.has(key)) throw new NeedsWholeGraph(`the batch changed ${key}, whose node was not read`);
    if (changes.changedDays.has(day)) throw new NeedsWholeGraph(`the RDF of ${day} is written again, and the node of ${key} was not read`);
  }
}

/**
 * Throws `NeedsWholeGraph` when an update of a graph read without some events must write again the RDF of such an
 * event's date, made an event again under its key, dropped an entity it names, or relabelled its attacker (its label
 * says the attacker's name): each would change a line or a part left unread.
 */
function checkEventsRead(graph: KnowledgeGraph, changes: UpdateChanges): void {
  const unread = unreadEventsOf(graph);
  if (!unread?.events.size) return;
  for (const day of changes.changedDays) if (unread.days.has(day)) throw new NeedsWholeGraph(`the RDF of ${day} is written again, and events of that date were not read`);
  for (const [key, [date, attacker, kind, label, , , , entities]] of unread.events) {
    if (graph.hasNode(key)) throw new NeedsWholeGraph(`${key} was not read and is made again`);
    for (const entity of entities) if (!graph.hasNode(entity)) throw new NeedsWholeGraph(`${entity}, named by ${key} (not read), is gone`);
    const name = attacker === null ? null : graph.hasNode(attacker) ? (graph.getNodeAttribute(attacker, 'label') as string) : attacker;
    if (eventLabel(kind as EventKind, date, name) !== label) throw new NeedsWholeGraph(`the attacker of ${key} (not read) is relabelled`);
  }
}

/**
 * Throws `NeedsWholeGraph` when an update of a graph read without some days' relation evidence changed evidence of
 * such a day, must write again the RDF of such a day, or of an event reported by a document of such a day (the
 * event's RDF points at that document's evidence).
 */
function checkEvidenceRead(graph: KnowledgeGraph, changes: UpdateChanges): void {
  const unread = unreadEvidenceOf(graph);
  if (!unread?.days.size) return;
  for (const day of changes.changedEvidence) if (unread.days.has(day)) throw new NeedsWholeGraph(`the evidence of ${day} changed and was not read`);
  for (const day of changes.changedDays) if (unread.days.has(day)) throw new NeedsWholeGraph(`the RDF of ${day} is written again, and its evidence was not read`);
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'event' || !changes.changedDays.has(documentDay(attributes.date))) return;
    for (const report of attributes.reports) {
      const document = documentKey(report.document);
      const day = dayOfDocument(graph, document);
      if (day !== null && unread.days.has(day)) throw new NeedsWholeGraph(`${key} is written again, and the evidence of its report in ${document} (${day}) was not read`);
    }
  });
}