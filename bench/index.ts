/**
 * `npm run bench`: runs every benchmark section that exists and prints one table per section; each section's
 * figures also go to bench/out/<name>.json.
 *
 * A section is a module bench/<name>.ts that exports
 *
 *   export async function run(options: BenchOptions): Promise<BenchSection>
 *
 * Known sections run in this order when their file exists: extract, build, query; any other bench/*.ts that exports
 * `run` (found by reading its source, so plain scripts such as bench/web.ts are never imported) runs after them.
 * Usage: `npm run bench [-- <section>...] [--quick] [--seed N]`. `--quick` asks sections for a small smoke-test run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../src/util/atomic.ts';

/** What every section receives. */
export interface BenchOptions {
  /** Small run for smoke tests (sections choose their own small sizes). */
  quick: boolean;
  /** Seed for generated corpora. */
  seed: number;
}

/** A value in a result table. */
export type BenchCell = string | number | null;

/** What a section returns: a table (printed) and data (written to bench/out/<name>.json). */
export interface BenchSection {
  /** File-safe name, e.g. "extract"; also the output file name. */
  name: string;
  /** Heading printed above the table. */
  title: string;
  /** Column keys in print order; each row maps them to values. */
  columns: string[];
  rows: Record<string, BenchCell>[];
  /** Lines printed under the table (ratios, aims met or not, machine notes). */
  notes?: string[];
  /** Written to bench/out/<name>.json; defaults to the whole section. */
  data?: unknown;
}

/** The signature of a section's `run`. */
export type BenchRun = (options: BenchOptions) => Promise<BenchSection>;

const BENCH_DIR = resolve(import.meta.dirname);
const KNOWN_ORDER = ['extract', 'build', 'query'];
const NOT_SECTIONS = new Set(['index', 'corpus']);

/** Section names found in bench/, known ones first. */
export function findSections(dir: string = BENCH_DIR): string[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !NOT_SECTIONS.has(n))
    .filter((n) => /export\s+(?:async\s+)?function\s+run\b|export\s+const\s+run\b/.test(readFileSync(join(dir, `${n}.ts`), 'utf8')));
  return [...KNOWN_ORDER.filter((n) => names.includes(n)), ...names.filter((n) => !KNOWN_ORDER.includes(n)).sort()];
}

function formatCell(value: BenchCell): string {
  if (value === null) return '-';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    if (Number.isInteger(value)) return value.toLocaleString('en-US');
    return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
  }
  return value;
}

/** Renders a section as a markdown table (pasteable into the README). */
export function formatSection(section: BenchSection): string {
  const header = section.columns;
  const body = section.rows.map((row) => header.map((c) => formatCell(row[c] ?? null)));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const out = [`## ${section.title}`, '', line(header), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`];
  for (const r of body) out.push(line(r));
  if (section.notes?.length) out.push('', ...section.notes.map((n) => `- ${n}`));
  return out.join('\n');
}

/** Runs the chosen sections (all by default) and returns them. */
export async function runBench(names: string[], options: BenchOptions): Promise<BenchSection[]> {
  const available = findSections();
  const chosen = names.length ? names : available;
  const results: BenchSection[] = [];
  for (const name of chosen) {
    const file = join(BENCH_DIR, `${name}.ts`);
    if (!existsSync(file) || !available.includes(name)) {
      process.stderr.write(`bench: no section "${name}"; expected one of ${available.join(', ') || '(none)'}\n`);
      process.exitCode = 2;
      continue;
    }
    let section: BenchSection;
    try {
      const module = (await import(pathToFileURL(file).href)) as { run: BenchRun };
      section = await module.run(options);
    } catch (error) {
      // one failing section does not hide the others' figures
      process.stderr.write(`bench: section "${name}" failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 1;
      continue;
    }
    results.push(section);
    process.stdout.write(`${formatSection(section)}\n\n`);
    writeFileAtomic(join(BENCH_DIR, 'out', `${section.name}.json`), `${JSON.stringify(section.data ?? section, null, 2)}\n`);
  }
  return results;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(BENCH_DIR, 'index.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const options: BenchOptions = {
    quick: args.includes('--quick') || process.env.BENCH_QUICK === '1',
    seed: seedAt >= 0 ? Number(args[seedAt + 1]) : 20240321,
  };
  const names = args.filter((a, i) => !a.startsWith('--') && (seedAt < 0 || i !== seedAt + 1));
  await runBench(names, options);
}
