/**
 * The heap cap of the CLI's long jobs. V8 sizes its heap when the process starts (a late
 * `v8.setFlagsFromString('--max-old-space-size=…')` leaves `heap_size_limit` unchanged: measured), so bin/newsgraph.js
 * plans the cap here and, when one applies, runs the job in a child node process started with
 * `--max-old-space-size`. Without a cap V8 collects lazily and a 100,000-article build peaked at 1.9-2.9 GB of RSS;
 * capped at 1,600 MB it peaked at 1.74 GB. When the cap is reached, V8 prints its own report and aborts; `OomFilter`
 * keeps that report off the user's terminal so that the parent can print one line naming the job and the option.
 */
import { closeSync, type Dirent, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';

/**
 * The smallest heap cap (MB) a long job gets when the user sets none: a 100,000-article build fits in it, under 2 GB
 * of RSS. A larger job gets a cap sized from its articles (`capForArticles`).
 */
export const DEFAULT_MAX_MEMORY_MB = 1600;

/**
 * The heap a job needs per article of its graph (KB), for the cap sized from the job. Measured (README, "Session 17"
 * and "Session 18" under "Storage that grows with the news"): the graph's live heap grows by about 7.9 KB an article,
 * the export adds about 12 %, and a capped heap needs room above its live set (the 100,000-article build peaked at
 * 1.65-1.70 GB of RSS under a 1,600 MB cap, which holds about 120,000 articles: 13.7 KB an article). 14 KB keeps the
 * 1,600 MB floor up to 117,000 articles and gives 300,000 articles 4,200 MB.
 */
export const HEAP_KB_PER_ARTICLE = 14;

/**
 * graph.json's bytes per article, for a build whose manifest predates its document count (measured on the bench's
 * generated news: 4,743 at 10,000 articles, 4,604 at 101,000 and at 300,000).
 */
export const GRAPH_JSON_BYTES_PER_ARTICLE = 4600;

/** Triples per article, for a build with RDF parts and no graph.json (the same news: 151 at 101,000, 157 at 10,000). */
export const TRIPLES_PER_ARTICLE = 150;

/** The share of the machine's memory a sized cap may take at most (the rest: the first process, the OS, the disk cache). */
export const MACHINE_SHARE = 0.75;

/** Caps are whole hundreds of MB (rounded up from the estimate, down from the machine's ceiling). */
const STEP_MB = 100;

/** The option that sets the cap, and the environment variable that sets it for every run (the option wins). */
export const MAX_MEMORY_OPTION = '--max-memory';
export const MAX_MEMORY_ENV = 'NEWSGRAPH_MAX_MEMORY';

/** Set in the child's environment so that it does not start a child of its own. */
export const CAPPED_ENV = 'NEWSGRAPH_HEAP_CAPPED';

/** Subcommands that load or build a whole graph: the ones the cap is for. The short ones run in the first process. */
export const LONG_JOBS: ReadonlySet<string> = new Set(['build', 'import', 'query', 'events', 'sparql', 'push', 'serve']);

/** The smallest cap accepted (a smaller one cannot even start the CLI). */
const MIN_MB = 16;

/** What bin/newsgraph.js does about the heap. */
export interface HeapPlan {
  /** The arguments for the CLI with `--max-memory` and its value taken out. */
  args: string[];
  /** The subcommand, or null when there is none (help, version). */
  job: string | null;
  /** The cap to start the child with (MB); null when this process runs the job itself. */
  capMb: number | null;
  /** Where the cap (or its absence) comes from, for the error line and the tests. */
  source: 'option' | 'environment' | 'node-options' | 'default' | 'short-job' | 'child';
  /** With the `default` source: the articles the job was sized for (the graph's and the new inputs). */
  articles?: number;
}

/** What sizing a job looks at: the articles it will hold and the machine's memory. */
export interface JobProbe {
  /** The articles job `job` with the CLI arguments `args` (the job's name first) will hold in its graph. */
  articles(job: string, args: readonly string[]): number;
  /** The machine's memory in MB. */
  totalMb: number;
}

/**
 * The heap cap (MB) for a job whose graph holds `articles` articles on a machine of `totalMb` MB: the articles times
 * `HEAP_KB_PER_ARTICLE`, rounded up to a hundred MB, never below `DEFAULT_MAX_MEMORY_MB`, and never above
 * `MACHINE_SHARE` of the machine's memory (rounded down to a hundred MB) unless that is below the floor itself.
 */
export function capForArticles(articles: number, totalMb: number): number {
  const wanted = Math.ceil((Math.max(0, articles) * HEAP_KB_PER_ARTICLE) / 1024 / STEP_MB) * STEP_MB;
  const ceiling = Math.max(DEFAULT_MAX_MEMORY_MB, Math.floor((totalMb * MACHINE_SHARE) / STEP_MB) * STEP_MB);
  return Math.min(Math.max(DEFAULT_MAX_MEMORY_MB, wanted), ceiling);
}

/** A `--max-memory` value or environment value that is not a number of megabytes. */
export class MemoryOptionError extends Error {
  override name = 'MemoryOptionError';
}

/** Parses a cap in MB: a whole number >= 16, or 0 for V8's own limit. */
export function parseMaxMemory(value: string, where: string): number {
  const text = value.trim();
  if (!/^\d+$/.test(text)) throw new MemoryOptionError(`${where} must be a whole number of megabytes (for example 3200), not "${value}"`);
  const mb = Number(text);
  if (mb !== 0 && mb < MIN_MB) throw new MemoryOptionError(`${where} must be at least ${MIN_MB} MB (or 0 for V8's own limit), not ${mb}`);
  return mb;
}

/** True when node options (NODE_OPTIONS or node's own arguments) already set the old-space size. */
function setsHeap(options: string | readonly string[] | undefined): boolean {
  const text = Array.isArray(options) ? options.join(' ') : String(options ?? '');
  return /--max[-_]old[-_]space[-_]size/.test(text);
}

/**
 * Plans the heap of one run from its arguments (process.argv without node and the script), its environment and
 * node's own arguments. Order: `--max-memory` given on the command line, then the user's NODE_OPTIONS or node
 * arguments with `--max-old-space-size` (left as they are), then NEWSGRAPH_MAX_MEMORY, then the default, sized from the
 * job by `probe` (`capForArticles` of the articles it will hold). 0 means no cap.
 */
export function planHeap(argv: readonly string[], env: NodeJS.ProcessEnv, execArgv: readonly string[] = [], probe: JobProbe = machineProbe()): HeapPlan {
  const args: string[] = [];
  let option: number | null = null;
  let job: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg === MAX_MEMORY_OPTION || arg.startsWith(`${MAX_MEMORY_OPTION}=`)) {
      const value = arg === MAX_MEMORY_OPTION ? argv[(i += 1)] : arg.slice(MAX_MEMORY_OPTION.length + 1);
      if (value === undefined) throw new MemoryOptionError(`${MAX_MEMORY_OPTION} needs a number of megabytes (for example ${MAX_MEMORY_OPTION} 3200)`);
      option = parseMaxMemory(value, MAX_MEMORY_OPTION);
      continue;
    }
    if (job === null && !arg.startsWith('-')) job = arg;
    args.push(arg);
  }
  const plan = (capMb: number | null, source: HeapPlan['source']): HeapPlan => ({ args, job, capMb: capMb === 0 ? null : capMb, source });
  if (env[CAPPED_ENV] === '1') return plan(null, 'child');
  if (job === null || !LONG_JOBS.has(job)) return plan(null, 'short-job');
  if (option !== null) return plan(option, 'option');
  if (setsHeap(env.NODE_OPTIONS) || setsHeap(execArgv)) return plan(null, 'node-options');
  const fromEnv = env[MAX_MEMORY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return plan(parseMaxMemory(fromEnv, MAX_MEMORY_ENV), 'environment');
  const articles = probe.articles(job, args);
  return { ...plan(capForArticles(articles, probe.totalMb), 'default'), articles };
}

/** The probe of this machine: the articles from the file system (relative to the working folder), its memory. */
export function machineProbe(): JobProbe {
  return { articles: (job, args) => jobArticles(job, args), totalMb: totalmem() / 1024 / 1024 };
}

/** Folder of a build's live generation, and of its graph.json parts and RDF parts inside a generation. */
const CURRENT = '.current';
/** Files a build reads as articles or extractions (src/cli/inputs.ts, with the extraction files of `build`). */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.json']);
/** Options of the long jobs that take a value (so that the value is not taken for an input). */
const VALUE_OPTIONS = new Set(['-o', '--out', '-f', '--format', '-g', '--graph']);

/** The value of option `names` in `args` (`--out dir`, `--out=dir`, `-o dir`), or `fallback`. */
function optionValue(args: readonly string[], names: readonly string[], fallback: string): string {
  let value = fallback;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') break;
    if (names.includes(arg) && i + 1 < args.length) value = args[(i += 1)] as string;
    for (const name of names) if (name.startsWith('--') && arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  }
  return value;
}

/** The arguments after the job's name that are no option nor an option's value. */
function positionals(args: readonly string[]): string[] {
  const found: string[] = [];
  let rest = false;
  for (let i = 1; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (rest || !arg.startsWith('-')) found.push(arg);
    else if (arg === '--') rest = true;
    else if (VALUE_OPTIONS.has(arg)) i += 1;
  }
  return found;
}

/**
 * The articles a long job will hold: for `build`, the article and extraction files it is given (with `--update`, plus
 * the graph in `--out`); for `import`, the graph or RDF file it reads; for the others, the graph of `--graph`. An
 * estimate for sizing the heap, never an error: a path that cannot be read counts 0.
 */
export function jobArticles(job: string, args: readonly string[]): number {
  if (job === 'build') {
    const inputs = countArticleFiles(positionals(args));
    const update = args.includes('-u') || args.includes('--update');
    return inputs + (update ? graphArticles(optionValue(args, ['-o', '--out'], 'graph')) : 0);
  }
  if (job === 'import') return graphArticles(positionals(args)[0] ?? '');
  return graphArticles(optionValue(args, ['-g', '--graph'], 'graph'));
}

/** The article and extraction files under `paths` (folders walked as `expandInputs` walks them: hidden entries skipped, each folder once). */
export function countArticleFiles(paths: readonly string[]): number {
  const seen = new Set<string>();
  let count = 0;
  const visit = (path: string, named: boolean): void => {
    let stat: ReturnType<typeof statSync>;
    let real: string;
    try {
      stat = statSync(path);
      real = realpathSync(path);
    } catch {
      return;
    }
    if (!stat.isDirectory()) {
      if ((named || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) && !seen.has(real)) {
        seen.add(real);
        count += 1;
      }
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isFile()) {
        // Its real path without a call per file: the folder's real path and its name (a link to a file is a link).
        const file = join(real, entry.name);
        if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !seen.has(file)) {
          seen.add(file);
          count += 1;
        }
      } else if (entry.isDirectory() || entry.isSymbolicLink()) visit(join(path, entry.name), false);
    }
  };
  for (const path of paths) visit(path, true);
  return count;
}

/** The first bytes of a file (empty when it cannot be read). */
function firstBytes(path: string, n: number): string {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(n);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, n, 0));
  } catch {
    return '';
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** A file's size in bytes, 0 when it cannot be read. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * The articles of the graph at `path`: a build folder (its live generation), a generation folder, a graph.json, or an
 * RDF file. From graph.json's parts manifest (its document count; in an older manifest, its bytes), else the joined
 * graph.json's bytes, else the RDF parts' triple counts (shards.json), else an RDF file's bytes.
 */
export function graphArticles(path: string): number {
  if (!path) return 0;
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    if (basename(path) !== 'graph.json') return 0;
  }
  if (!isDir) {
    const ext = extname(path).toLowerCase();
    if (ext === '.json') return basename(path) === 'graph.json' && sizeOf(path) === 0 ? graphArticles(dirname(path)) : Math.round(sizeOf(path) / GRAPH_JSON_BYTES_PER_ARTICLE);
    // N-Triples and N-Quads hold about 27.6 KB of text an article, Turtle and TriG about 8.5 KB (the same news).
    const perArticle = ext === '.nt' || ext === '.nq' ? 27_600 : 8_500;
    return Math.round(sizeOf(path) / perArticle);
  }
  for (const base of [join(path, CURRENT), path]) {
    const head = firstBytes(join(base, 'json', 'parts.json'), 512);
    const documents = /"documents":(\d+)/.exec(head);
    if (documents) return Number(documents[1]);
    const bytes = /"bytes":(\d+)/.exec(head);
    if (bytes) return Math.round(Number(bytes[1]) / GRAPH_JSON_BYTES_PER_ARTICLE);
  }
  const joined = sizeOf(join(path, 'graph.json'));
  if (joined > 0) return Math.round(joined / GRAPH_JSON_BYTES_PER_ARTICLE);
  for (const base of [join(path, CURRENT), path]) {
    for (const syntax of ['ntriples', 'turtle', 'trig']) {
      try {
        const shards = JSON.parse(readFileSync(join(base, 'rdf', syntax, 'shards.json'), 'utf8')) as { quads?: Record<string, number> };
        const quads = Object.values(shards.quads ?? {}).reduce((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
        return Math.round(quads / TRIPLES_PER_ARTICLE);
      } catch {
        // no parts of this syntax: try the next
      }
    }
  }
  return 0;
}

/** The one line printed when a job ran out of its heap. */
export function outOfMemoryLine(job: string, capMb: number): string {
  const more = Math.max(capMb * 2, 512);
  return `newsgraph: ${job} ran out of memory (heap capped at ${capMb.toLocaleString('en-US')} MB); raise the cap with ${MAX_MEMORY_OPTION} <MB> (for example ${MAX_MEMORY_OPTION} ${more}) or ${MAX_MEMORY_ENV}`;
}

/** The lines that open V8's report of a fatal error, after which nothing of the job's own output follows. */
const MARKERS = ['<--- Last few GCs --->', 'FATAL ERROR:'];
/** Words of V8's report that say the heap was full (other fatal errors are passed on as they are). */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|allocation failed/i;
/** How much of V8's report is kept to decide what it was. */
const KEEP = 64 * 1024;

/**
 * Passes the child's stderr through unchanged until V8's fatal-error report starts, and keeps that report back.
 * `write` returns the text to pass on now; `end` says whether the report was about memory, or returns its text
 * when it was another fatal error (so that nothing is lost).
 */
export class OomFilter {
  private held = '';
  private report: string | null = null;

  /** Takes one chunk of the child's stderr; returns what to write to the user's stderr now. */
  write(chunk: string): string {
    if (this.report !== null) {
      if (this.report.length < KEEP) this.report += chunk.slice(0, KEEP - this.report.length);
      return '';
    }
    const text = this.held + chunk;
    this.held = '';
    let at = -1;
    for (const marker of MARKERS) {
      const i = text.indexOf(marker);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at >= 0) {
      this.report = text.slice(at, at + KEEP);
      // V8 opens its report with a blank line: keep that back too.
      return text.slice(0, at).replace(/(^|\n)\n+$/, '$1');
    }
    // Hold back a tail that could be the start of a marker split between two chunks.
    let hold = 0;
    for (const marker of MARKERS) {
      for (let k = Math.min(marker.length - 1, text.length); k > hold; k -= 1) {
        if (text.endsWith(marker.slice(0, k))) {
          hold = k;
          break;
        }
      }
    }
    this.held = text.slice(text.length - hold);
    return text.slice(0, text.length - hold);
  }

  /** At the child's end: `oom` when V8 reported a full heap, else the text still to write (held tail or report). */
  end(): { oom: boolean; rest: string } {
    if (this.report !== null && OUT_OF_MEMORY.test(this.report)) return { oom: true, rest: '' };
    const rest = this.held + (this.report ?? '');
    this.held = '';
    this.report = null;
    return { oom: false, rest };
  }
}
