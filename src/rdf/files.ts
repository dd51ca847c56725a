/**
 * Export and import of a built graph on disk: graph/graph.json, graph.ttl, graph.nt and graph.trig.
 * RDF is written by n3's Writer from RDF/JS quads (never by string concatenation), block by block with the disk's
 * backpressure respected, and every file is written atomically. Node only (uses node:fs).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { extname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { StreamParser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError, NotFoundError } from '../errors.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { parseGraph, serializeGraphChunks } from '../graph/serialize.ts';
import { writeStreamAtomic } from '../util/atomic.ts';
import { quadBlocks, type QuadOptions } from './quads.ts';
import { quadsToGraph } from './fromQuads.ts';
import { PREFIXES } from './vocabulary.ts';

/** RDF syntaxes newsgraph writes. */
export type RdfFormat = 'turtle' | 'ntriples' | 'trig';

/** n3's name, file name and quad options of each syntax. */
export const RDF_FORMATS: Record<RdfFormat, { n3: string; file: string; quads: QuadOptions; prefixes: boolean }> = {
  turtle: { n3: 'Turtle', file: 'graph.ttl', quads: { namedGraphs: false }, prefixes: true },
  ntriples: { n3: 'N-Triples', file: 'graph.nt', quads: { namedGraphs: false }, prefixes: false },
  trig: { n3: 'TriG', file: 'graph.trig', quads: { namedGraphs: true }, prefixes: true },
};

/** Characters buffered before they are handed to the file stream. */
const FLUSH_BYTES = 1 << 20;
/**
 * Bytes the file stream may hold before the writer waits for it: a few pieces in flight let the disk work while
 * the next piece is serialised, and memory stays bounded.
 */
const IN_FLIGHT_BYTES = 8 * FLUSH_BYTES;

/** Hands `text` to `out`; waits only when more than IN_FLIGHT_BYTES are queued. */
async function send(out: Writable, text: string): Promise<void> {
  out.write(text);
  if (out.writableLength > IN_FLIGHT_BYTES) await once(out, 'drain');
}

/**
 * Streams `graph` as RDF in `format` into `out`, waiting for `out` to drain between blocks; resolves to the number
 * of quads written.
 */
export async function writeRdf(graph: KnowledgeGraph, format: RdfFormat, out: Writable): Promise<number> {
  const spec = RDF_FORMATS[format];
  // 1. n3's Writer writes into an in-memory sink that the loop below empties into `out`.
  let buffer = '';
  const sink = {
    write(chunk: string, _encoding?: string, done?: () => void): boolean {
      buffer += chunk;
      done?.();
      return true;
    },
    end(done?: () => void): void {
      done?.();
    },
  };
  // n3's types only accept a node Writable; the sink implements the two methods Writer calls.
  const writer = new Writer(sink as unknown as Writable, { format: spec.n3, prefixes: spec.prefixes ? PREFIXES : {} });
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const text = buffer;
    buffer = '';
    await send(out, text);
  };
  // 2. Quads block by block.
  let count = 0;
  for (const block of quadBlocks(graph, spec.quads)) {
    for (const q of block) writer.addQuad(q);
    count += block.length;
    if (buffer.length >= FLUSH_BYTES) await flush();
  }
  // 3. The writer closes its last statement into the sink.
  await new Promise<void>((resolve, reject) => writer.end((error: Error | null) => (error ? reject(error) : resolve())));
  await flush();
  return count;
}

/** Streams graph.json (see `serializeGraphChunks`) into `out`, in pieces of about 1 MB, waiting for it to drain. */
export async function writeGraphJson(graph: KnowledgeGraph, out: Writable): Promise<void> {
  let buffer = '';
  for (const chunk of serializeGraphChunks(graph)) {
    buffer += chunk;
    if (buffer.length >= FLUSH_BYTES) {
      const text = buffer;
      buffer = '';
      await send(out, text);
    }
  }
  if (buffer.length) out.write(buffer);
}

/** What `exportGraph` wrote. */
export interface ExportReport {
  dir: string;
  files: string[];
  /** Triples in graph.ttl / graph.nt. */
  triples: number;
  /** Quads in graph.trig (a direct edge counts once per document that states it). */
  quads: number;
}

/** Options of `exportGraph`. */
export interface ExportOptions {
  /** RDF syntaxes to write besides graph.json (default: all three). */
  formats?: RdfFormat[];
}

/** Defaults of `ExportOptions`. */
export const DEFAULT_EXPORT_OPTIONS: Required<ExportOptions> = { formats: ['turtle', 'ntriples', 'trig'] };

/** Writes graph.json and the RDF files of `graph` into `dir`, each atomically. */
export async function exportGraph(graph: KnowledgeGraph, dir: string, options: ExportOptions = {}): Promise<ExportReport> {
  const settings = { ...DEFAULT_EXPORT_OPTIONS, ...options };
  const report: ExportReport = { dir, files: [], triples: 0, quads: 0 };
  // 1. graph.json.
  const json = join(dir, 'graph.json');
  await writeStreamAtomic(json, (out) => writeGraphJson(graph, out));
  report.files.push(json);
  // 2. RDF, one syntax after the other.
  for (const format of settings.formats) {
    const path = join(dir, RDF_FORMATS[format].file);
    let count = 0;
    await writeStreamAtomic(path, async (out) => {
      count = await writeRdf(graph, format, out);
    });
    if (format === 'trig') report.quads = count;
    else report.triples = count;
    report.files.push(path);
  }
  return report;
}

const PARSER_FORMAT: Record<string, string> = {
  '.ttl': 'Turtle',
  '.nt': 'N-Triples',
  '.trig': 'TriG',
  '.nq': 'N-Quads',
};

/** Parses an RDF file with n3 (syntax from the extension) into quads; InputError naming the file on a syntax error. */
export async function readQuads(path: string): Promise<Quad[]> {
  const format = PARSER_FORMAT[extname(path).toLowerCase()];
  if (!format) throw new InputError(path, 'unknown RDF file extension; expected .ttl, .nt, .trig or .nq');
  const quads: Quad[] = [];
  const parser = new StreamParser({ format });
  await new Promise<void>((resolve, reject) => {
    const input = createReadStream(path);
    input.on('error', (error) => reject(new InputError(path, `cannot read (${error.message}); expected a readable file`)));
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', (error: Error) => reject(new InputError(path, `not valid ${format} (${error.message}); expected RDF from newsgraph build`)));
    parser.on('end', () => resolve());
    input.pipe(parser);
  });
  return quads;
}

/**
 * Reads a built graph back: a folder (its graph.json), a graph.json file, or an RDF export (.ttl, .nt, .trig, .nq).
 * Throws NotFoundError for a missing path and InputError for a file that is not a newsgraph export.
 */
export async function importGraph(path: string): Promise<KnowledgeGraph> {
  if (!existsSync(path)) throw new NotFoundError(`${path}: no such file or folder; expected a graph folder, graph.json or graph.ttl`);
  const file = statSync(path).isDirectory() ? join(path, 'graph.json') : path;
  if (!existsSync(file)) throw new NotFoundError(`${file}: no such file; expected a folder written by newsgraph build`);
  if (extname(file).toLowerCase() === '.json') return parseGraph(readFileSync(file, 'utf8'), file);
  return quadsToGraph(await readQuads(file), file);
}
