/**
 * graph.json in parts: where a build keeps it and how readers read it without a joined file. Node-only.
 *
 * A build writes graph.json's lines into its generation folder (src/output/writers/json.ts):
 *
 *   .gen-<id>/json/<sha1>.part    a run of lines that depend on one document or one event alone (three quarters)
 *   .gen-<id>/json/evidence-<day>.part   the relation evidence of the documents published that day: for each relation
 *                                 edge in key order, its records of that day as they stand inside its line
 *   .gen-<id>/json/_head.json     every other piece back to back: the header line, the entity lines, the relation
 *                                 lines around their evidence, and the separators; serialised again by every build
 *   .gen-<id>/json/parts.json     the order: `{"version":3,"bytes":N,"documents":D,"order":[[0,120],"<sha1>",[120,4711],
 *                                 ["evidence-2024-03-01",0,905],...]}`, a pair being a byte range [start, end) of
 *                                 `_head.json`, a string a part's name and a triple a byte range of a part
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
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
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
/**
 * Also beside the parts, written by every build: each relation edge's evidence aggregates by publication day
 * (`{"version":1,"relations":{"<edge>":{"<day>":[documents,first,last,{addressee:[documents]}?]}}}`, see
 * ./relation-days.ts), so that an update reads only the evidence parts of the days it needs.
 */
export const JSON_RELATIONS = 'relations.json';
/**
 * Also beside the parts, written by every build: one record per event node and the list of the parts of event lines
 * alone (`{"version":1,"parts":[{"name":..,"section":"nodes"|"edges","first":..,"last":..,"owners":[..]}],
 * "events":{"<event>":[date,attacker,kind,label,[documents],[targets],[[weapon,launched]..],[entities]]}}`, see
 * ./event-days.ts), so that an update reads only the event parts of the dates it touches.
 */
export const JSON_EVENTS = 'events.json';
/**
 * Also beside the parts, written by every build (since session 22): every document's publication day and the list of
 * the parts holding document node lines (`{"version":1,"parts":[{"name":..,"first":..,"last":..,"owners":[..]}],
 * "days":{"<document>":"<day>"}}`, see ./document-days.ts), so that an update reads only the document nodes it needs.
 */
export const JSON_DOCUMENTS = 'documents.json';
/** Version of both files' layout; another version is not read (the update then reads the whole graph). */
export const JSON_SIDECAR_VERSION = 1;
/**
 * Version of the manifest's layout; another version is not read (the joined file, if any, is). Version 3 (session 16):
 * ranges of parts, for the relation evidence kept by day.
 */
export const JSON_MANIFEST_VERSION = 3;
/** Versions read: 2 (sessions 14-15) has no ranges of parts, and is otherwise the same layout. */
const READ_MANIFEST_VERSIONS: readonly number[] = [2, JSON_MANIFEST_VERSION];
/** Name (without `JSON_PART_EXT`) of the part holding the relation evidence of publication day `day` (see ./day.ts). */
export function evidencePartName(day: string): string {
  return `evidence-${day}`;
}
/** The pointer to the live generation of a build folder (the same name as src/output's CURRENT_LINK). */
const CURRENT = '.current';

/** One piece of graph.json: a byte range of the head file, a whole part, or a byte range [start, end) of a part. */
export type JsonPiece = readonly [number, number] | string | readonly [string, number, number];

/** What parts.json holds. */
export interface JsonManifest {
  version: number;
  /** Bytes of graph.json (the pieces' total). */
  bytes: number;
  /**
   * Document nodes of the graph (since session 18; absent in older manifests): what the CLI sizes a job's heap cap
   * from (src/cli/memory.ts reads it from the manifest's first bytes, so it comes before the order).
   */
  documents?: number;
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

/** Reads a parts manifest; null when it is missing, unreadable or of a version not read (see READ_MANIFEST_VERSIONS). */
export function readJsonManifest(folder: string): JsonManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, JSON_MANIFEST), 'utf8')) as Partial<JsonManifest>;
    if (!READ_MANIFEST_VERSIONS.includes(manifest.version as number) || !Array.isArray(manifest.order) || typeof manifest.bytes !== 'number') return null;
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

/**
 * The bytes of graph.json from `source`, in blocks of about `highWaterMark` bytes (see the file comment). `skip`: the
 * whole parts not to open (an update's untouched mentions); `skipRange`: the parts whose ranges to leave out (an
 * update's untouched days of relation evidence): a relation line then lists the records of the other days only (its
 * next range read loses its leading comma when the ranges before it in the line were all left out).
 */
export async function* graphJsonChunks(
  source: GraphJsonSource,
  highWaterMark = 1 << 20,
  skip?: (part: string) => boolean,
  skipRange?: (part: string) => boolean,
): AsyncGenerator<Buffer> {
  if (source.file !== null) {
    const fd = openPiece(source.file);
    for await (const chunk of createReadStream('', { fd, highWaterMark, autoClose: true })) yield chunk as Buffer;
    return;
  }
  const folder = source.folder as string;
  // The head is opened first and kept open: its ranges come between the parts.
  const head = openPiece(join(folder, JSON_HEAD_FILE));
  // The evidence parts are read in ranges, each many times over (once per relation with evidence that day): they stay
  // open while the stream runs, a year of news having a few hundred of them.
  const ranged = new RangedParts(folder);
  // Consecutive ranges (a relation's evidence of many days, a few KB each) are gathered into blocks.
  let block: Buffer[] = [];
  let blockBytes = 0;
  // Within one relation line's ranges: whether a range came before (the first is stored without its comma), and
  // whether one was read (when not, the next one read drops its comma).
  let inLine = false;
  let readInLine = false;
  try {
    for (const piece of source.order as JsonPiece[]) {
      const isRange = typeof piece !== 'string' && piece.length === 3;
      if (isRange && skipRange?.(piece[0] as string)) {
        inLine = true;
        continue;
      }
      let from = isRange ? (piece[1] as number) : 0;
      if (isRange) {
        if (inLine && !readInLine) from += 1;
        inLine = true;
        readInLine = true;
      } else {
        inLine = false;
        readInLine = false;
      }
      // Ranges of parts, and the short ranges of the head between them (a relation line's text around its evidence),
      // are read in place.
      const small = typeof piece !== 'string' && piece.length === 2 && piece[1] - piece[0] <= SMALL_RANGE;
      if (isRange || small) {
        const bytes = small ? readRange(head, piece[0] as number, piece[1] as number, JSON_HEAD_FILE) : ranged.read(piece[0] as string, from, piece[2] as number);
        block.push(bytes);
        blockBytes += bytes.length;
        if (blockBytes >= highWaterMark) {
          yield Buffer.concat(block);
          block = [];
          blockBytes = 0;
        }
        continue;
      }
      if (blockBytes > 0) {
        yield Buffer.concat(block);
        block = [];
        blockBytes = 0;
      }
      if (typeof piece === 'string') {
        // A part the reader does not want (an update's untouched mentions) is not opened at all.
        if (skip?.(piece)) continue;
        const fd = openPiece(join(folder, `${piece}${JSON_PART_EXT}`));
        for await (const chunk of createReadStream('', { fd, highWaterMark, autoClose: true })) yield chunk as Buffer;
      } else {
        const [start, end] = piece as readonly [number, number];
        if (end > start) for await (const chunk of createReadStream('', { fd: head, start, end: end - 1, highWaterMark, autoClose: false })) yield chunk as Buffer;
      }
    }
    if (blockBytes > 0) yield Buffer.concat(block);
  } finally {
    closeSync(head);
    ranged.close();
  }
}

/** Head ranges up to this size are read in place into the current block rather than streamed. */
const SMALL_RANGE = 64 * 1024;

/** Bytes [start, end) of an open file. */
function readRange(fd: number, start: number, end: number, name: string): Buffer {
  const bytes = Buffer.allocUnsafe(end - start);
  let done = 0;
  while (done < bytes.length) {
    const n = readSync(fd, bytes, done, bytes.length - done, start + done);
    if (n === 0) throw new Error(`${name}: ends before byte ${end}; expected the file its build wrote`);
    done += n;
  }
  return bytes;
}

/** The parts read in ranges during one stream, each opened once (a missing one is `GenerationChanged`). */
class RangedParts {
  private readonly open = new Map<string, number>();
  constructor(private readonly folder: string) {}

  read(name: string, start: number, end: number): Buffer {
    let fd = this.open.get(name);
    if (fd === undefined) this.open.set(name, (fd = openPiece(join(this.folder, `${name}${JSON_PART_EXT}`))));
    return readRange(fd, start, end, `${name}${JSON_PART_EXT}`);
  }

  close(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }
}

/** graph.json of `source` as one byte stream (what the joined file would give). */
export function graphJsonStream(source: GraphJsonSource, skip?: (part: string) => boolean, skipRange?: (part: string) => boolean): Readable {
  return Readable.from(graphJsonChunks(source, 1 << 20, skip, skipRange), { objectMode: false });
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
  const parts = new Map<string, Buffer>();
  const part = (name: string): Buffer => {
    let bytes = parts.get(name);
    if (!bytes) parts.set(name, (bytes = readFileSync(join(folder, `${name}${JSON_PART_EXT}`))));
    return bytes;
  };
  const pieces = (source.order as JsonPiece[]).map((piece) => {
    if (typeof piece === 'string') return part(piece);
    if (piece.length === 3) return part(piece[0]).subarray(piece[1], piece[2]);
    return head.subarray(piece[0], piece[1]);
  });
  return Buffer.concat(pieces).toString('utf8');
}
