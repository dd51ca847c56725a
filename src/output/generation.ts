/**
 * A build as one transaction. A build folder looks like this:
 *
 *   graph/.lock                  the exclusive lock, while a build runs (lock.ts)
 *   graph/.gen-<id>/graph.json   one complete generation: every file of one build
 *   graph/.current -> .gen-<id>  the pointer to the live generation
 *   graph/graph.json -> .current/graph.json   fixed links: the paths every reader uses
 *   graph/rdf -> .current/rdf                 the RDF parts (src/rdf/parts.ts), by the same kind of link
 *
 * A build writes all its files into a fresh generation folder, flushes them to disk, and then switches `.current`
 * with one rename(2) of a symlink, which is atomic: a reader, or a build killed at any instant, sees either the
 * complete old generation or the complete new one, never a mix. Leftovers of a killed build (an unfinished
 * generation, temporary files) are removed at the start of the next build, under the lock. A folder written by an
 * older newsgraph (regular files) is first snapshotted into a generation by hard links, so it converts without a
 * moment of mixed files.
 */
import { writeFileSync, closeSync, createWriteStream, existsSync, fsyncSync, linkSync, copyFileSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readWithoutMentions } from '../graph/read.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { removeStaleTemps, tempPathFor } from '../util/atomic.ts';
import { TextSink } from '../util/text-sink.ts';
import { OutputError } from './errors.ts';
import { faultArmed, faultPoint } from './fault.ts';
import { describeFsError, lockFolder, type FolderLock } from './lock.ts';
import { normaliseFormats, OUTPUT_FILES, OUTPUT_WRITERS, writerOf } from './registry.ts';
import type { ExportReport, OutputFormat, WriteOptions, WriterResult } from './types.ts';

/** Name of the pointer to the live generation. */
export const CURRENT_LINK = '.current';
/** Prefix of generation folders. */
export const GENERATION_PREFIX = '.gen-';
/** Folders of a generation shown at the top of the build folder by a fixed link, like the files: graph.json's and the RDF parts. */
const OUTPUT_FOLDERS: readonly string[] = ['json', 'rdf'];

/** Options of `OutputTransaction.begin`. */
export interface TransactionOptions {
  /** Who is writing, for messages (default "output"): "build --out", "import --out". */
  where?: string;
  /** Receives notes (a stale lock taken over, leftovers removed), one line each; default: dropped. */
  onNote?: (line: string) => void;
}

/** The live generation folder of build folder `dir` (absolute), or null when it has none. */
export function currentGeneration(dir: string): string | null {
  const link = join(resolve(dir), CURRENT_LINK);
  try {
    const target = resolve(dirname(link), readlinkSync(link));
    return statSync(target).isDirectory() ? target : null;
  } catch {
    return null;
  }
}

/**
 * Creates folder `dir` when missing and checks that files can be written in it (a probe file is written and removed
 * unless `probe` is false); throws OutputError naming `where` and the folder otherwise. Returns the first folder it
 * created, if any. Commands call it before any extraction, so a bad --out is reported at once.
 */
export function ensureWritableFolder(dir: string, where: string, probe = true): string | undefined {
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) {
    throw new OutputError(`${where}: ${dir} is a file; expected a folder (it is created when missing)`);
  }
  let created: string | undefined;
  try {
    created = mkdirSync(root, { recursive: true });
  } catch (error) {
    throw new OutputError(`${where}: cannot create ${dir}: ${describeFsError(error)}; expected a folder newsgraph can write`);
  }
  if (probe) {
    const file = tempPathFor(join(root, 'probe'));
    try {
      writeFileSync(file, '', { flag: 'wx' });
    } catch (error) {
      throw new OutputError(`${where}: cannot write in ${dir}: ${describeFsError(error)}; expected a folder newsgraph can write`);
    } finally {
      rmSync(file, { force: true });
    }
  }
  return created;
}

/** Formats whose files are all present in generation folder `generation`. */
export function formatsIn(generation: string): OutputFormat[] {
  return OUTPUT_WRITERS.filter((w) => (w.present ? w.present(generation) : w.files.every((file) => existsSync(join(generation, file))))).map((w) => w.id);
}

/** fsync of a folder, so a rename or a new entry in it survives a power cut. */
function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** lstat that answers undefined for a missing path. */
function lstatOrNull(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Points the symlink at `path` to `target`, replacing what is there with one rename. */
function replaceWithSymlink(path: string, target: string): void {
  const temp = tempPathFor(path);
  symlinkSync(target, temp);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A fresh generation folder name. */
function generationName(): string {
  return `${GENERATION_PREFIX}${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Where a transaction stands. */
type State = 'open' | 'switched' | 'closed';

/**
 * One build's output transaction: `begin` (lock, clean up, new generation folder), `write` (the chosen formats),
 * `commit` (switch) or `abort` (drop the new generation). The old build stays live until `commit` switches.
 */
export class OutputTransaction {
  /** The build folder as given, and resolved. */
  readonly dir: string;
  private readonly root: string;
  /** The new generation folder (absolute). */
  readonly generation: string;
  /** The live generation when the transaction began (absolute), or null for a folder without a build. */
  readonly current: string | null;
  private readonly lock: FolderLock;
  private readonly created: string | undefined;
  private readonly where: string;
  private state: State = 'open';
  private readonly onSignal: (signal: NodeJS.Signals) => void;

  private constructor(dir: string, options: TransactionOptions) {
    this.dir = dir;
    this.root = resolve(dir);
    this.where = options.where ?? 'output';
    const note = options.onNote ?? (() => undefined);
    // 1. The folder: created when missing; a file in the way or an unwritable folder is an OutputError now,
    //    before any extraction work.
    this.created = ensureWritableFolder(dir, this.where, false);
    // 2. The lock (its creation is the writability check).
    try {
      this.lock = lockFolder(this.root, this.where);
    } catch (error) {
      this.removeCreatedFolder();
      throw error;
    }
    if (this.lock.tookOver) {
      note(`note: ${this.where}: took over the lock of ${dir} left by pid ${this.lock.tookOver.pid}, which no longer runs`);
    }
    faultPoint('locked');
    // 3. Clean-up of an interrupted build, and conversion of an old-style folder.
    try {
      const removed = this.cleanUp();
      if (removed.length) note(`note: ${this.where}: removed ${removed.length} leftover(s) of an interrupted build in ${dir} (${removed.join(', ')})`);
      faultPoint('cleaned');
      this.current = currentGeneration(this.root);
      // 4. The new generation folder.
      this.generation = join(this.root, generationName());
      mkdirSync(this.generation);
    } catch (error) {
      this.lock.release();
      throw error instanceof OutputError ? error : new OutputError(`${this.where}: cannot prepare ${dir}: ${describeFsError(error)}; expected a folder newsgraph can write`);
    }
    // 5. Ctrl-C or SIGTERM during the build: drop the new generation and the lock, then exit as the signal would.
    this.onSignal = (signal) => {
      this.abort();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  /**
   * Starts a transaction on build folder `dir`: creates it if needed, takes its lock (LockedError when another build
   * holds it, OutputError when it cannot be written), cleans up after an interrupted build and opens a new generation.
   */
  static begin(dir: string, options: TransactionOptions = {}): OutputTransaction {
    return new OutputTransaction(dir, options);
  }

  /** Formats of the live generation (those whose files are all there); empty without a build. */
  currentFormats(): OutputFormat[] {
    return this.current ? formatsIn(this.current) : [];
  }

  /**
   * Writes `formats` (registry order, each once) into the new generation, file by file, each streamed and flushed
   * to disk. Nothing is visible to readers until `commit`.
   */
  async write(graph: KnowledgeGraph, formats: readonly OutputFormat[], options: WriteOptions = {}): Promise<ExportReport> {
    this.assertOpen('write');
    if (readWithoutMentions(graph)) throw new Error(`${this.where}: the graph was read without its mentions edges (for queries); read it whole to write it`);
    const chosen = normaliseFormats(formats);
    const report: ExportReport = { dir: this.dir, generation: this.generation, formats: chosen, files: [], triples: 0, quads: 0, ms: {} };
    // The writers of this export share what they all make from the graph (the RDF head's quads, made once).
    const shared = new Map<string, unknown>();
    for (const format of chosen) {
      const started = performance.now();
      const writer = writerOf(format);
      const sinks = new Map<string, TextSink>();
      const open = (file: string): TextSink => {
        if (!writer.files.includes(file)) throw new Error(`output writer ${writer.id} opened ${file}, which it does not declare`);
        const existing = sinks.get(file);
        if (existing) return existing;
        const phase = `write:${file}`;
        // `flush: true` makes the stream fsync the file before it closes.
        const sink = new TextSink(createWriteStream(join(this.generation, file), { flush: true }), faultArmed(phase) ? { flushChars: 1, afterFirstFlush: () => faultPoint(phase) } : {});
        sinks.set(file, sink);
        return sink;
      };
      let result: WriterResult;
      try {
        result = await writer.write(graph, { open, folder: this.generation, previous: this.current, changedDays: options.changedDays, changedKeys: options.changedKeys, changedEvidence: options.changedEvidence, joined: options.joined, shared, formats: chosen });
        for (const file of writer.files) {
          if (!sinks.has(file) && writer.optional?.includes(file)) continue;
          await open(file).end();
          faultPoint(`wrote:${file}`);
          report.files.push(join(this.dir, file));
        }
      } catch (error) {
        for (const sink of sinks.values()) sink.destroy();
        throw error;
      }
      report.ms[format] = performance.now() - started;
      if (result.triples !== undefined) report.triples = result.triples;
      if (result.quads !== undefined) report.quads = result.quads;
    }
    return report;
  }

  /**
   * Makes the new generation the live one: flushes its folder entry, adds the fixed links of new file names,
   * switches `.current` in one rename, then removes the old generation and links to files it no longer has, and
   * releases the lock.
   */
  commit(): void {
    this.assertOpen('commit');
    const files = readdirSync(this.generation).filter((name) => OUTPUT_FILES.includes(name) || OUTPUT_FOLDERS.includes(name));
    // 1. Everything of the new generation on disk.
    syncFolder(this.generation);
    faultPoint('written');
    // 2. Fixed links for file names the folder does not show yet (they point into `.current`, so they show the old
    //    generation's file, or nothing, until the switch).
    for (const file of files) this.ensureLink(file);
    faultPoint('linked');
    // 3. The switch.
    replaceWithSymlink(join(this.root, CURRENT_LINK), this.generationLinkTarget());
    syncFolder(this.root);
    this.state = 'switched';
    faultPoint('switched');
    // 4. The old generation and links to files this build did not write.
    this.removeOldGenerations(this.generation);
    this.removeDanglingLinks();
    faultPoint('pruned');
    this.close();
  }

  /** Drops the new generation (unless it is already live) and releases the lock; safe to call more than once. */
  abort(): void {
    if (this.state === 'closed') return;
    const switched = this.state === 'switched';
    if (!switched) {
      rmSync(this.generation, { recursive: true, force: true });
      this.removeDanglingLinks();
    }
    this.close();
    if (!switched && this.current === null) this.removeCreatedFolder();
  }

  private close(): void {
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
    this.lock.release();
    this.state = 'closed';
  }

  private assertOpen(step: string): void {
    if (this.state !== 'open') throw new Error(`output transaction on ${this.dir}: ${step} after the transaction ended`);
  }

  /** The relative target of `.current` (relative links keep a moved or copied folder working). */
  private generationLinkTarget(): string {
    return this.generation.slice(this.root.length + 1);
  }

  /** Makes `<dir>/<file>` the symlink `.current/<file>` unless it already is. */
  private ensureLink(file: string): void {
    const path = join(this.root, file);
    const target = join(CURRENT_LINK, file);
    const stat = lstatOrNull(path);
    if (stat?.isSymbolicLink() && readlinkSync(path) === target) return;
    if (stat?.isDirectory()) throw new OutputError(`${this.where}: ${join(this.dir, file)} is a folder; expected a file written by newsgraph build`);
    replaceWithSymlink(path, target);
  }

  /**
   * Removes what an interrupted build left (temporary files of dead processes, generations that are not live,
   * links to files the live generation lacks) and converts an old-style folder. Returns the names removed.
   */
  private cleanUp(): string[] {
    const removed = removeStaleTemps(this.root);
    this.convertRegularFiles();
    removed.push(...this.removeOldGenerations(null), ...this.removeDanglingLinks());
    return removed;
  }

  /**
   * An old-style folder (or one where a file was put by hand) holds regular files under output names. They are
   * snapshotted into a generation by hard links (or copies), `.current` is switched to it, and then each file is
   * replaced by its fixed link: at every instant each name shows the same bytes.
   */
  private convertRegularFiles(): void {
    const regular = OUTPUT_FILES.filter((file) => lstatOrNull(join(this.root, file))?.isFile());
    if (regular.length === 0) return;
    // 1. Snapshot of what each output name shows now.
    const snapshot = join(this.root, generationName());
    mkdirSync(snapshot);
    for (const file of OUTPUT_FILES) {
      const path = join(this.root, file);
      if (!existsSync(path) || !statSync(path).isFile()) continue;
      const source = realpathSync(path);
      try {
        linkSync(source, join(snapshot, file));
      } catch {
        copyFileSync(source, join(snapshot, file));
      }
    }
    syncFolder(snapshot);
    faultPoint('convert:snapshot');
    // 2. `.current` to the snapshot.
    replaceWithSymlink(join(this.root, CURRENT_LINK), snapshot.slice(this.root.length + 1));
    syncFolder(this.root);
    faultPoint('convert:switched');
    // 3. Each regular file becomes its fixed link.
    for (const [i, file] of regular.entries()) {
      replaceWithSymlink(join(this.root, file), join(CURRENT_LINK, file));
      if (i === 0) faultPoint('convert:relinking');
    }
    syncFolder(this.root);
  }

  /** Removes every generation folder but the live one and `keep`; returns their names. */
  private removeOldGenerations(keep: string | null): string[] {
    const live = currentGeneration(this.root);
    const removed: string[] = [];
    for (const name of readdirSync(this.root)) {
      if (!name.startsWith(GENERATION_PREFIX)) continue;
      const path = join(this.root, name);
      if (path === live || path === keep) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
    }
    return removed;
  }

  /** Removes output-name links whose file the live generation lacks; returns their names. */
  private removeDanglingLinks(): string[] {
    const removed: string[] = [];
    for (const file of [...OUTPUT_FILES, ...OUTPUT_FOLDERS]) {
      const path = join(this.root, file);
      if (lstatOrNull(path)?.isSymbolicLink() && !existsSync(path)) {
        rmSync(path, { force: true });
        removed.push(file);
      }
    }
    return removed;
  }

  /** After an abort of a build into a folder this transaction created: removes the folders it made, if empty. */
  private removeCreatedFolder(): void {
    if (!this.created) return;
    for (let dir = this.root; dir.length >= this.created.length; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        return;
      }
      if (dir === this.created) return;
    }
  }
}

/** Options of `exportGraph`. */
export interface ExportOptions extends TransactionOptions, WriteOptions {
  /** Formats to write (default DEFAULT_FORMATS: json, ttl, nt, trig). */
  formats?: readonly OutputFormat[];
}
