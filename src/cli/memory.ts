/**
 * The heap cap of the CLI's long jobs. V8 sizes its heap when the process starts (a late
 * `v8.setFlagsFromString('--max-old-space-size=…')` leaves `heap_size_limit` unchanged: measured), so bin/newsgraph.js
 * plans the cap here and, when one applies, runs the job in a child node process started with
 * `--max-old-space-size`. Without a cap V8 collects lazily and a 100,000-article build peaked at 1.9-2.9 GB of RSS;
 * capped at 1,600 MB it peaked at 1.74 GB. When the cap is reached, V8 prints its own report and aborts; `OomFilter`
 * keeps that report off the user's terminal so that the parent can print one line naming the job and the option.
 */

/** The heap cap (MB) of a long job when the user sets none: a 100,000-article build fits in it, under 2 GB of RSS. */
export const DEFAULT_MAX_MEMORY_MB = 1600;

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
 * arguments with `--max-old-space-size` (left as they are), then NEWSGRAPH_MAX_MEMORY, then the default. 0 means no cap.
 */
export function planHeap(argv: readonly string[], env: NodeJS.ProcessEnv, execArgv: readonly string[] = []): HeapPlan {
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
  return plan(DEFAULT_MAX_MEMORY_MB, 'default');
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
