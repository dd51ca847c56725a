/**
 * The registry of output writers: every format `newsgraph build --format` can choose, in the order they are written.
 * To add a format, write a writer in writers/ and list it here (see docs/architecture.md).
 */
import { UsageError } from '../errors.ts';
import { csvWriter } from './writers/csv.ts';
import { gexfWriter } from './writers/gexf.ts';
import { jsonWriter } from './writers/json.ts';
import { ntriplesWriter, trigWriter, turtleWriter } from './writers/rdf.ts';
import { OUTPUT_FORMATS, type OutputFormat, type OutputWriter } from './types.ts';

/** Every writer, in writing order; `id`s match OUTPUT_FORMATS. */
export const OUTPUT_WRITERS: readonly OutputWriter[] = [jsonWriter, turtleWriter, ntriplesWriter, trigWriter, gexfWriter, csvWriter];

/** Formats written when none are chosen: graph.json, graph.ttl, graph.nt and graph.trig. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['json', 'ttl', 'nt', 'trig'];

/** The writer of `format`. */
export function writerOf(format: OutputFormat): OutputWriter {
  const writer = OUTPUT_WRITERS.find((w) => w.id === format);
  if (!writer) throw new UsageError(`output: no writer for format "${format}"; expected one of ${OUTPUT_FORMATS.join(', ')}`);
  return writer;
}

/** Every file name any writer writes (the user-facing names of a build folder). */
export const OUTPUT_FILES: readonly string[] = OUTPUT_WRITERS.flatMap((w) => w.files);

/** Sorts `formats` into registry order without duplicates; UsageError for a format no writer has. */
export function normaliseFormats(formats: Iterable<OutputFormat>): OutputFormat[] {
  const chosen = new Set(formats);
  for (const format of chosen) writerOf(format);
  return OUTPUT_WRITERS.map((w) => w.id).filter((id) => chosen.has(id));
}

/**
 * Reads a `--format` value: a comma-separated list of formats, or `all`. UsageError naming `where` for an unknown
 * or empty list.
 */
export function parseFormats(text: string, where: string): OutputFormat[] {
  const names = text.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0);
  if (names.includes('all')) return [...OUTPUT_FORMATS];
  const unknown = names.filter((name) => !(OUTPUT_FORMATS as readonly string[]).includes(name));
  if (unknown.length || names.length === 0) {
    throw new UsageError(`${where}: unknown --format "${unknown.length ? unknown.join(',') : text}"; expected a comma-separated list of ${OUTPUT_FORMATS.join(', ')} (or all)`);
  }
  return normaliseFormats(names as OutputFormat[]);
}
