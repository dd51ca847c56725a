/**
 * The output stage: the registry of writers (graph.json, Turtle, N-Triples, TriG, GEXF, CSV) and the transaction that
 * writes a build folder as one atomic step under an exclusive lock. Downstream of graph and rdf; query and cli use it.
 */
import type { DocumentExtraction } from '../extract/types.ts';
import { trackDocumentChanges } from '../graph/changes.ts';
import type { AddReport } from '../graph/build.ts';
import { addExtractions } from '../graph/node.ts';
import { readWithoutMentions } from '../graph/read.ts';
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
    const report = await transaction.write(graph, options.formats ?? DEFAULT_FORMATS, { changedDays: options.changedDays, changedKeys: options.changedKeys, joined: options.joined });
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
  report: AddReport;
}

/**
 * Adds `extractions` to a graph read from an earlier build, as `build --update` does, and says what changed: the days
 * of the documents added, replaced or removed and of the event dates their reports join (`changedDays`), plus the
 * days and keys of every document and event the addition touched (a surname merge can reach old days). `add` is the
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
  const report = add(graph, extractions);
  changes.stop();
  for (const day of changes.days) days.add(day);
  return { changedDays: days, changedKeys: changes.keys, report };
}
