/**
 * The RDF of a build folder in parts: where the parts of each syntax live, their order, and one byte stream over
 * them. `newsgraph build` writes each syntax as a head part and one part per day (src/output/writers/rdf.ts):
 *
 *   <generation>/rdf/<format>/_head.<ext>        the graph node, entities, summaries and direct edges
 *   <generation>/rdf/<format>/<YYYY-MM-DD>.<ext>  the documents published that day and the events of that date
 *   <generation>/rdf/<format>/shards.json         the parts in order (keys of `quads`), with their quad counts
 *
 * The parts joined in the manifest's order are the bytes of the whole file (graph.nt, graph.ttl, graph.trig), which a
 * build writes only when asked (`build --joined`). Readers (`sparql`, `serve`, `push`, `import`) read the parts
 * through `rdfSource`, which falls back to the joined file of a folder written without parts.
 */
import { closeSync, createReadStream, existsSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/** RDF syntaxes newsgraph writes (files.ts, which imports this module, re-exports the type). */
export type RdfFormat = 'turtle' | 'ntriples' | 'trig';

/** Version of the parts' layout; parts of a previous generation with another version are never reused. */
export const SHARD_LAYOUT_VERSION = 2;
/** Name of the head part (without extension). */
export const HEAD_PART = '_head';
/** Name of the manifest in each syntax's parts folder. */
export const SHARD_MANIFEST = 'shards.json';
/** The pointer to the live generation of a build folder (the same name as src/output's CURRENT_LINK). */
const CURRENT = '.current';

/** File name of the joined file and extension of the parts of each syntax (files.ts's RDF_FORMATS reads the names). */
export const RDF_FILES: Record<RdfFormat, { file: string; ext: string }> = {
  turtle: { file: 'graph.ttl', ext: '.ttl' },
  ntriples: { file: 'graph.nt', ext: '.nt' },
  trig: { file: 'graph.trig', ext: '.trig' },
};

/** The manifest of one syntax's parts. */
export interface ShardManifest {
  version: number;
  /** Quads per part, by part name (`_head` or a day), in the order the parts are joined. */
  quads: Record<string, number>;
}

/** The parts folder of `format` inside a generation (or any folder holding `rdf/`). */
export function partsFolder(generation: string, format: RdfFormat): string {
  return join(generation, 'rdf', format);
}

/** Reads a parts manifest; null when it is missing, unreadable or of another layout version. */
export function readShardManifest(folder: string): ShardManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(folder, SHARD_MANIFEST), 'utf8')) as Partial<ShardManifest>;
    return manifest.version === SHARD_LAYOUT_VERSION && manifest.quads && typeof manifest.quads === 'object' ? (manifest as ShardManifest) : null;
  } catch {
    return null;
  }
}

/** The RDF of one syntax in a build folder: its files in order, their total bytes, and a name for messages. */
export interface RdfSource {
  format: RdfFormat;
  /** The parts in the manifest's order (absolute, inside one generation), or the one joined file. */
  paths: string[];
  bytes: number;
  /** What messages name: the joined file's path (the parts are its bytes). */
  label: string;
  /** Quads in all parts (from the manifest), or null for a joined file. */
  quads: number | null;
}

/**
 * The RDF of `format` in build folder `dir`: the parts of its live generation (resolved once, so a build that commits
 * meanwhile does not mix two generations), else the parts of `dir` itself (a generation folder), else the joined
 * file (`graph.nt` etc.: a folder written by an older newsgraph or with `--joined`). Null when there is neither.
 */
export function rdfSource(dir: string, format: RdfFormat): RdfSource | null {
  const { file, ext } = RDF_FILES[format];
  const label = join(dir, file);
  for (const base of [join(dir, CURRENT), dir]) {
    const folder = partsFolder(base, format);
    if (!existsSync(join(folder, SHARD_MANIFEST))) continue;
    const real = realpathSync(folder);
    const manifest = readShardManifest(real);
    if (!manifest) continue;
    const paths = Object.keys(manifest.quads).map((part) => join(real, `${part}${ext}`));
    if (!paths.every((path) => existsSync(path))) continue;
    const bytes = paths.reduce((sum, path) => sum + statSync(path).size, 0);
    const quads = Object.values(manifest.quads).reduce((sum, n) => sum + n, 0);
    return { format, paths, bytes, label, quads };
  }
  if (existsSync(label) && statSync(label).isFile()) return { format, paths: [label], bytes: statSync(label).size, label, quads: null };
  return null;
}

/**
 * Opens every file of `source` at once, so that the set read is the one resolved even when a build replaces the
 * generation meanwhile (an open file outlives its removal). The caller closes the descriptors (`closeAll`) unless it
 * hands them to `rdfStream`.
 */
export function openAll(source: RdfSource): number[] {
  const fds: number[] = [];
  try {
    for (const path of source.paths) fds.push(openSync(path, 'r'));
  } catch (error) {
    closeAll(fds);
    throw error;
  }
  return fds;
}

/** Closes file descriptors, ignoring errors. */
export function closeAll(fds: readonly number[]): void {
  for (const fd of fds) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }
}

/**
 * One byte stream over the files of `source`, in order: the bytes of the joined file. Every file is opened before the
 * first byte is read (see `openAll`); each is closed when read or when the stream is destroyed.
 */
export function rdfStream(source: RdfSource, highWaterMark = 1 << 20): Readable {
  const fds = openAll(source);
  let next = 0;
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for (; next < fds.length; next += 1) {
        const stream = createReadStream('', { fd: fds[next] as number, highWaterMark, autoClose: true });
        for await (const chunk of stream) yield chunk as Buffer;
      }
    } finally {
      closeAll(fds.slice(next + 1));
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
