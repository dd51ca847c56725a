/**
 * RDF on disk: the streaming writer of Turtle, N-Triples and TriG (used by the output writers in src/output), the
 * quad reader, and `importGraph`, which reads any built graph back. RDF is written by n3's Writer from RDF/JS quads
 * (never by string concatenation), block by block with the disk's backpressure respected. Node only (uses node:fs).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { StreamParser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError, NotFoundError } from '../errors.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { readGraphJson } from '../graph/read.ts';
import { graphJsonSource, hasGraphJson } from '../graph/json-parts.ts';
import { TextSink } from '../util/text-sink.ts';
import { quadBlocks, type QuadOptions } from './quads.ts';
import { quadsToGraph } from './fromQuads.ts';
import { RDF_FILES, rdfSource, rdfStream, type RdfFormat } from './parts.ts';
import { PREFIXES } from './vocabulary.ts';

export type { RdfFormat } from './parts.ts';

/** n3's name, file name and quad options of each syntax. */
export const RDF_FORMATS: Record<RdfFormat, { n3: string; file: string; quads: QuadOptions; prefixes: boolean }> = {
  turtle: { n3: 'Turtle', file: RDF_FILES.turtle.file, quads: { namedGraphs: false }, prefixes: true },
  ntriples: { n3: 'N-Triples', file: RDF_FILES.ntriples.file, quads: { namedGraphs: false }, prefixes: false },
  trig: { n3: 'TriG', file: RDF_FILES.trig.file, quads: { namedGraphs: true }, prefixes: true },
};

/**
 * Streams `graph` as RDF in `format` into `sink` (see `TextSink`), block by block, flushing whenever a block is
 * ready; resolves to the number of quads written. The caller ends the sink.
 */
export function writeRdfToSink(graph: KnowledgeGraph, format: RdfFormat, sink: TextSink): Promise<number> {
  return writeQuadBlocks(quadBlocks(graph, RDF_FORMATS[format].quads), format, sink);
}

/**
 * Writes quad blocks as RDF in `format` into `sink`, flushing between blocks; resolves to the number of quads.
 * With `header: false` the prefix lines are left out, so that parts written separately (the RDF shards) can be
 * joined after one header into the same bytes as one writer would give. The caller ends the sink.
 */
export async function writeQuadBlocks(blocks: Iterable<Quad[]>, format: RdfFormat, sink: TextSink, header = true): Promise<number> {
  const writer = new QuadBlockWriter(format, sink, header);
  for (const block of blocks) {
    writer.add(block);
    await writer.flushIfFull();
  }
  return writer.end();
}

/**
 * One syntax's writer of quad blocks into a sink (what `writeQuadBlocks` does, a block at a time), so that one pass
 * over the quads can feed several syntaxes (src/output/writers/rdf.ts writes a day's part of all three at once).
 */
export class QuadBlockWriter {
  private readonly writer: Writer;
  /** Quads added so far. */
  count = 0;

  constructor(
    format: RdfFormat,
    private readonly sink: TextSink,
    header = true,
  ) {
    const spec = RDF_FORMATS[format];
    // n3's Writer writes into the sink, which `flushIfFull` flushes between blocks. It writes its prefix lines as it
    // is made: they are dropped when the header is not wanted.
    let keep = header;
    const target = {
      write(chunk: string, _encoding?: string, done?: () => void): boolean {
        if (keep) sink.write(chunk);
        done?.();
        return true;
      },
      end(done?: () => void): void {
        done?.();
      },
    };
    // n3's types only accept a node Writable; the target implements the two methods Writer calls.
    this.writer = new Writer(target as unknown as Writable, { format: spec.n3, prefixes: spec.prefixes ? PREFIXES : {} });
    keep = true;
  }

  /** Writes one block of quads into the sink (never waits). */
  add(block: readonly Quad[]): void {
    for (const q of block) this.writer.addQuad(q);
    this.count += block.length;
  }

  /** Flushes the sink when it holds a block worth writing. */
  async flushIfFull(): Promise<void> {
    if (this.sink.full) await this.sink.flush();
  }

  /** Closes the last statement into the sink and flushes it; resolves to the number of quads. The caller ends the sink. */
  async end(): Promise<number> {
    await new Promise<void>((resolve, reject) => this.writer.end((error: Error | null) => (error ? reject(error) : resolve())));
    await this.sink.flush();
    return this.count;
  }
}

/**
 * Streams `graph` as RDF in `format` into `out`, waiting for `out` to drain between blocks; resolves to the number
 * of quads written. `out` is left open.
 */
export function writeRdf(graph: KnowledgeGraph, format: RdfFormat, out: Writable): Promise<number> {
  return writeRdfToSink(graph, format, new TextSink(out));
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
  return parseQuads(() => createReadStream(path), format, path);
}

/** Parses RDF in n3 syntax `format` from the stream `open` gives; InputError naming `path` on a syntax error. */
function parseQuads(open: () => Readable, format: string, path: string): Promise<Quad[]> {
  const quads: Quad[] = [];
  const parser = new StreamParser({ format });
  return new Promise<Quad[]>((resolve, reject) => {
    const input = open();
    input.on('error', (error) => reject(new InputError(path, `cannot read (${error.message}); expected a readable file`)));
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', (error: Error) => reject(new InputError(path, `not valid ${format} (${error.message}); expected RDF from newsgraph build`)));
    parser.on('end', () => resolve(quads));
    input.pipe(parser);
  });
}

/** Files of a graph folder that `importGraph` can read, in the order it tries them (the RDF ones, or their parts). */
export const IMPORTABLE_FILES = ['graph.json', 'graph.trig', 'graph.ttl', 'graph.nt'] as const;
/** The RDF syntaxes of a graph folder in the order `importGraph` tries them after graph.json. */
const IMPORTABLE_RDF: readonly RdfFormat[] = ['trig', 'turtle', 'ntriples'];

/**
 * Reads a built graph back: a folder (its graph.json, else graph.trig, graph.ttl or graph.nt), a graph.json file, or
 * an RDF export (.ttl, .nt, .trig, .nq).
 * Throws NotFoundError for a missing path and InputError for a file that is not a newsgraph export.
 */
export async function importGraph(path: string): Promise<KnowledgeGraph> {
  // A build folder's graph.json named by its path: kept in parts beside it (src/graph/json-parts.ts), not as a file.
  if (!existsSync(path) && basename(path) === 'graph.json' && graphJsonSource(path)) return readGraphJson(path);
  if (!existsSync(path)) throw new NotFoundError(`${path}: no such file or folder; expected a graph folder, graph.json or graph.ttl`);
  if (statSync(path).isDirectory() && !hasGraphJson(path)) {
    // A folder without graph.json: its RDF, read from the parts (one stream, the joined file's bytes).
    for (const format of IMPORTABLE_RDF) {
      const source = rdfSource(path, format);
      if (source) return quadsToGraph(await parseQuads(() => rdfStream(source), RDF_FORMATS[format].n3, source.label), source.label);
    }
  }
  // A folder with graph.json (joined or in parts) is read from it; the RDF of a folder without parts was tried above.
  if (statSync(path).isDirectory() && hasGraphJson(path)) return readGraphJson(join(path, 'graph.json'));
  const file = statSync(path).isDirectory() ? (IMPORTABLE_FILES.map((name) => join(path, name)).find((f) => existsSync(f)) ?? join(path, 'graph.json')) : path;
  if (!existsSync(file)) throw new NotFoundError(`${file}: no such file; expected a folder written by newsgraph build`);
  if (extname(file).toLowerCase() === '.json') return readGraphJson(file);
  return quadsToGraph(await readQuads(file), file);
}
