/**
 * graph.json in parts: where a build keeps it and how readers read it without a joined file. Node-only.
 *
 * A build writes graph.json's lines into its generation folder (src/output/writers/json.ts):
 *
 *   .gen-<id>/json/<sha1>.part    a run of lines that depend on one document or one event alone (three quarters)
 *   .gen-<id>/json/_head.json     every other piece back to back: the header line, the entity and relation lines and
 *                                 the separators; serialised again by every build
 *   .gen-<id>/json/parts.json     the order: `{"version":2,"bytes":N,"order":[[0,120],"<sha1>",[120,4711],...]}`,
 *                                 a pair being a byte range [start, end) of `_head.json` and a string a part's name
 *   .gen-<id>/graph.json          the joined file, only with `build --joined`
 *
 * The pieces in that order are the bytes of graph.json. `graphJsonSource` finds them for a build folder (its live
 * generation), a generation folder or a path to graph.json, and falls back to a joined graph.json (a folder written by
 * an older newsgraph, or with --joined); `graphJsonStream` reads them as one byte stream, so a reader of graph.json
 * needs no joined file and an update writes no file that grows with the whole graph but the head's lines.
 *
 * A part is opened only when the stream reaches it (a year of news has thousands of parts, more than some systems let
 * one process hold open). A build that commits while a reader is between parts removes the old generation: the next
 * part is then missing, and the stream fails with `GenerationChanged`, which `readGraphJson` answers by reading the new
 * generation from the start. Parts are never changed in place, so a read that finds every part is one generation.
 */
import { closeSync, createReadStream, existsSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';

/** Folder of graph.json's parts inside a generation. */
export const JSON_PARTS_FOLDER = 'json';
/** The file of the lines serialised on every build (header, entity and relation lines, separators). */
export const JSON_HEAD_FILE = '_head.json';
/** The order of the pieces. */
export const JSON_MANIFEST = 'parts.json';
/** Extension of the parts' files. */
export const JSON_PART_EXT = '.part';
/**
 * Beside the parts, for `build --update` (./read.ts `readGraphJsonForUpdate`), both written by every build:
 * the parts that hold mentions lines alone, in order, with their first and last line keys and their documents
 * (`{"version":1,"parts":[{"name":..,"first":..,"last":..,"owners":[..]}]}`), and every entity's mention tally
 * (`{"version":1,"entities":{"<key>":[documents,[[label,n]..],[[name,n]..]]}}`). Neither is part of graph.json's bytes.
 */
export const JSON_MENTIONS_INDEX = 'mentions.json';
export const JSON_TALLIES = 'tallies.json';
/** Version of both files' layout; another version is not read (the update then reads the whole graph). */
export const JSON_SIDECAR_VERSION = 1;
/** Version of the manifest's layout; another version is not read (the joined file, if any, is). */
export const JSON_MANIFEST_VERSION = 2;
/** The pointer to the live generation of a build folder (the same name as src/output's CURRENT_LINK). */
const CURRENT = '.current';

/** One piece of graph.json: a byte range of the head file, or a whole part. */
export type JsonPiece = readonly [number, number] | string;

/** What parts.json holds. */
export interface JsonManifest {
  version: number;
  /** Bytes of graph.json (the pieces' total). */
  bytes: number;
  order: JsonPiece[];
}

/** graph.json of one build: its pieces in order (or one joined file), their bytes, and the name messages use. */
export interface GraphJsonSource {
  /** The parts folder (absolute, real path) or null for a joined file. */
  folder: string | null;
  /** The pieces, or null for a joined file. */
  order: JsonPiece[] | null;
  /** The joined file, when there are no parts. */
  file: string | null;
  bytes: number;
  /** What messages name: the build folder's graph.json (the pieces are its bytes). */
  label: string;
}

/** The stream met a part that is gone: a build replaced the generation during the read. */
export class GenerationChanged extends Error {
  constructor(readonly path: string) {
    super(`${path} disappeared during the read: a build replaced the graph meanwhile`);
  }
}

/** Reads a parts manifest; null when it is missing, unreadable or of another version. */
export function readJsonManifest(folder: string): JsonManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, JSON_MANIFEST), 'utf8')) as Partial<JsonManifest>;
    if (manifest.version !== JSON_MANIFEST_VERSION || !Array.isArray(manifest.order) || typeof manifest.bytes !== 'number') return null;
    return manifest as JsonManifest;
  } catch {
    return null;
  }
}

/**
 * graph.json of `path`: a build folder (the parts of its live generation), a generation folder (its parts), or a path
 * named graph.json (the parts of the folder it is in when the file is not there, else the file). Null when there is
 * neither parts nor a file.
 */
export function graphJsonSource(path: string): GraphJsonSource | null {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  if (!isDir && basename(path) !== 'graph.json') return existsSync(path) ? joined(path, path) : null;
  const dir = isDir ? path : dirname(path);
  const label = join(dir, 'graph.json');
  for (const base of [join(dir, CURRENT), dir]) {
    const folder = join(base, JSON_PARTS_FOLDER);
    if (!existsSync(join(folder, JSON_MANIFEST))) continue;
    const real = realpathSync(folder);
    const manifest = readJsonManifest(real);
    if (manifest) return { folder: real, order: manifest.order, file: null, bytes: manifest.bytes, label };
  }
  return existsSync(label) && statSync(label).isFile() ? joined(realpathSync(label), label) : null;
}

function joined(file: string, label: string): GraphJsonSource {
  return { folder: null, order: null, file, bytes: statSync(file).size, label };
}

/** Whether `dir` (a build or generation folder) holds graph.json, joined or in parts. */
export function hasGraphJson(dir: string): boolean {
  return graphJsonSource(join(dir, 'graph.json')) !== null;
}

/** Opens a file for reading; a missing one is `GenerationChanged`. */
function openPiece(path: string): number {
  try {
    return openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GenerationChanged(path);
    throw error;
  }
}

/** The bytes of graph.json from `source`, in blocks of about `highWaterMark` bytes (see the file comment). */
export async function* graphJsonChunks(source: GraphJsonSource, highWaterMark = 1 << 20, skip?: (part: string) => boolean): AsyncGenerator<Buffer> {
  if (source.file !== null) {
    const fd = openPiece(source.file);
    for await (const chunk of createReadStream('', { fd, highWaterMark, autoClose: true })) yield chunk as Buffer;
    return;
  }
  const folder = source.folder as string;
  // The head is opened first and kept open: its ranges come between the parts.
  const head = openPiece(join(folder, JSON_HEAD_FILE));
  try {
    for (const piece of source.order as JsonPiece[]) {
      if (typeof piece === 'string') {
        // A part the reader does not want (an update's untouched mentions) is not opened at all.
        if (skip?.(piece)) continue;
        const fd = openPiece(join(folder, `${piece}${JSON_PART_EXT}`));
        for await (const chunk of createReadStream('', { fd, highWaterMark, autoClose: true })) yield chunk as Buffer;
      } else if (piece[1] > piece[0]) {
        for await (const chunk of createReadStream('', { fd: head, start: piece[0], end: piece[1] - 1, highWaterMark, autoClose: false })) yield chunk as Buffer;
      }
    }
  } finally {
    closeSync(head);
  }
}

/** graph.json of `source` as one byte stream (what the joined file would give). */
export function graphJsonStream(source: GraphJsonSource, skip?: (part: string) => boolean): Readable {
  return Readable.from(graphJsonChunks(source, 1 << 20, skip), { objectMode: false });
}

/** The whole text of graph.json (for small graphs and tests: the joined file's text). */
export async function readGraphJsonText(source: GraphJsonSource): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of graphJsonChunks(source)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The same, synchronously (small graphs and tests). */
export function readGraphJsonTextSync(source: GraphJsonSource): string {
  if (source.file !== null) return readFileSync(source.file, 'utf8');
  const folder = source.folder as string;
  const head = readFileSync(join(folder, JSON_HEAD_FILE));
  const pieces = (source.order as JsonPiece[]).map((piece) => (typeof piece === 'string' ? readFileSync(join(folder, `${piece}${JSON_PART_EXT}`)) : head.subarray(piece[0], piece[1])));
  return Buffer.concat(pieces).toString('utf8');
}
