/**
 * Fault injection (issue 13): a build and an --update killed with SIGKILL at every phase of the output transaction
 * (through the test-only NEWSGRAPH_FAULT hook, src/output/fault.ts) leave the complete old build or the complete
 * new one, never a mix: every file shows the bytes of one reference build, and every format counts the same
 * documents. The next build then takes over the dead lock and removes the leftovers. A folder written by an older
 * newsgraph is killed while it converts; two builds into one folder get the lock error, or one after the other.
 *
 * Kill runs use tests/output/build-driver.mjs (the build command alone, cheaper to start than the whole CLI); the
 * lock error and the follow-up build go through bin/newsgraph.js.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPhases, runBuild } from '../../src/cli/commands/build.ts';
import { CONVERT_PHASES, FAULT_ENV } from '../../src/output/fault.ts';
import { DEFAULT_FORMATS, OUTPUT_FORMATS, OutputTransaction } from '../../src/output/index.ts';
import { V } from '../../src/rdf/vocabulary.ts';
import { Parser } from 'n3';
import { outputText } from '../rdf/helpers.ts';
import { hasGraphJson } from '../../src/graph/json-parts.ts';

const root = resolve(import.meta.dirname, '../..');
const DRIVER = join(root, 'tests/output/build-driver.mjs');
const CLI = join(root, 'bin/newsgraph.js');
const FIXTURES = join(root, 'tests/fixtures/extractions');
const ALL = [...OUTPUT_FORMATS];
/** Kill runs at once: they spend most of their time loading modules. */
const CONCURRENCY = 3;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node <script> <args>`; `started` gets the child as soon as it exists. */
function run(script: string, args: string[], env: Record<string, string> = {}, started?: (child: ChildProcess) => void): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: work, env: { ...process.env, ...env, NO_COLOR: '1' } });
    started?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/** Runs `tasks` with at most `limit` at a time. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}

/**
 * Visible name -> SHA-256 of what a reader gets there (links followed). A link to nothing (the name of a format the
 * live build does not have) gives a reader "no such file", as a missing name does, so it is left out.
 */
function shown(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
    if (existsSync(join(dir, name))) out[name] = hashOf(join(dir, name));
  }
  return out;
}

/** SHA-256 of a file, or of a folder's names and files (recursively: the RDF parts behind the `rdf` link). */
function hashOf(path: string): string {
  if (!statSync(path).isDirectory()) return createHash('sha256').update(readFileSync(path)).digest('hex');
  const hash = createHash('sha256');
  for (const name of readdirSync(path).sort()) hash.update(`${name}:${hashOf(join(path, name))}\n`);
  return hash.digest('hex');
}

const hidden = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.')).sort();

/** Documents counted by each format present in `dir`: they must agree for a consistent build. */
async function documentCounts(dir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const has = (file: string) => existsSync(join(dir, file));
  if (hasGraphJson(dir)) {
    const nodes = JSON.parse(outputText(dir, 'graph.json')).nodes as { attributes: { kind: string } }[];
    counts.json = nodes.filter((n) => n.attributes.kind === 'document').length;
  }
  // Each RDF syntax from its joined file (a legacy folder) or its parts.
  for (const [file, format] of [['graph.ttl', 'Turtle'], ['graph.nt', 'N-Triples'], ['graph.trig', 'TriG']] as const) {
    let text: string;
    try {
      text = outputText(dir, file);
    } catch {
      continue;
    }
    const quads = new Parser({ format }).parse(text);
    counts[file] = new Set(quads.filter((q) => q.predicate.equals(V.type) && q.object.equals(V.Document)).map((q) => q.subject.value)).size;
    if (file === 'graph.trig') counts.namedGraphs = new Set(quads.map((q) => q.graph.value).filter((g) => g !== '')).size;
  }
  if (has('graph.gexf')) counts.gexf = (readFileSync(join(dir, 'graph.gexf'), 'utf8').match(/<attvalue for="kind" value="document"\/>/g) ?? []).length;
  if (has('nodes.csv')) counts.csv = readFileSync(join(dir, 'nodes.csv'), 'utf8').split('\r\n').filter((line) => line.startsWith('doc:')).length;
  return counts;
}

let work = '';
const input = (name: string) => join(work, `${name}.json`);
/** Reference builds: what each folder must show before (old) and after (new) the build under test. */
const ref = { oldAll: '', newAll: '', oldDefault: '', newDefault: '', oldJoined: '' };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-fault-'));
  for (const name of ['fx_alpha', 'fx_beta', 'fx_gamma']) copyFileSync(join(FIXTURES, `${name}.json`), input(name));
  const build = async (name: string, inputs: string[], formats: readonly (typeof ALL)[number][], joined = false) => {
    const out = join(work, 'ref', name);
    await runBuild(inputs.map(input), { out, update: false, formats, progress: false, joined });
    return out;
  };
  ref.oldAll = await build('old-all', ['fx_alpha', 'fx_beta'], ALL);
  ref.newAll = await build('new-all', ['fx_alpha', 'fx_beta', 'fx_gamma'], ALL);
  ref.oldDefault = await build('old-default', ['fx_alpha', 'fx_beta'], DEFAULT_FORMATS);
  ref.newDefault = await build('new-default', ['fx_alpha', 'fx_beta', 'fx_gamma'], DEFAULT_FORMATS);
  ref.oldJoined = await build('old-joined', ['fx_alpha', 'fx_beta'], DEFAULT_FORMATS, true);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of reference folder `from` (links kept as links) to run a build on. */
function copyOf(from: string, name: string): string {
  const dir = join(work, 'runs', name.replace(/[^\w-]/g, '_'));
  cpSync(from, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

/**
 * After a kill: the folder shows exactly `expected` and its formats agree on `documents`; then a new transaction
 * takes over the dead lock (when one was left) and removes the leftovers without changing what the folder shows.
 */
async function expectConsistentThenClean(dir: string, expected: string, documents: number, lockLeft: boolean): Promise<void> {
  expect(shown(dir)).toEqual(shown(expected));
  const counts = await documentCounts(dir);
  expect(Object.keys(counts).length).toBeGreaterThanOrEqual(2);
  expect(new Set(Object.values(counts)), JSON.stringify(counts)).toEqual(new Set([documents]));
  const notes: string[] = [];
  OutputTransaction.begin(dir, { onNote: (line) => notes.push(line) }).abort();
  if (lockLeft) expect(notes[0]).toMatch(/took over the lock of .* left by pid \d+/);
  expect(shown(dir)).toEqual(shown(expected));
  expect(hidden(dir)).toEqual(['.current', expect.stringMatching(/^\.gen-[\w-]+$/)]);
}

/** One kill scenario: its phase and the reference it must equal. */
interface Scenario {
  phase: string;
  dir: string;
  expected: string;
  documents: number;
}

/** Runs `args` on a copy of `from` once per phase, each killed there, CONCURRENCY at a time. */
async function killEach(label: string, from: string, args: string[], phases: string[], after: (phase: string) => { expected: string; documents: number }): Promise<(Scenario & { result: Run })[]> {
  return pool(
    phases.map((phase) => async () => {
      const dir = copyOf(from, `${label}-${phase}`);
      const result = await run(DRIVER, [...args, '--out', dir], { [FAULT_ENV]: phase });
      return { phase, dir, result, ...after(phase) };
    }),
    CONCURRENCY,
  );
}

describe('kill -9 at every phase', () => {
  it('of a build (adding GEXF and CSV to the four formats): the old build until the switch, the new one from then on', async () => {
    const phases = buildPhases(ALL, false);
    // 5 files half and fully written: graph.gexf and the CSV files (graph.json and the RDF are in parts, no joined
    // files); with --joined also graph.json, graph.ttl, graph.nt and graph.trig
    expect(phases).toHaveLength(2 + 1 + 10 + 4);
    expect(buildPhases(ALL, false, true)).toHaveLength(2 + 1 + 18 + 4);
    const switchAt = phases.indexOf('switched');
    const scenarios = await killEach('build', ref.oldDefault, ['fx_alpha.json', 'fx_beta.json', 'fx_gamma.json', '--format', 'all'], phases, (phase) =>
      phases.indexOf(phase) < switchAt ? { expected: ref.oldDefault, documents: 2 } : { expected: ref.newAll, documents: 3 },
    );
    for (const s of scenarios) {
      expect(s.result.signal, `${s.phase}: ${s.result.stderr}`).toBe('SIGKILL');
      await expectConsistentThenClean(s.dir, s.expected, s.documents, true);
    }
  }, 180_000);

  it('of an --update (formats kept from the build it updates): likewise, reading the old generation', async () => {
    const phases = buildPhases(DEFAULT_FORMATS, true);
    expect(phases).toContain('loaded');
    const switchAt = phases.indexOf('switched');
    const scenarios = await killEach('update', ref.oldDefault, ['--update', 'fx_gamma.json'], phases, (phase) =>
      phases.indexOf(phase) < switchAt ? { expected: ref.oldDefault, documents: 2 } : { expected: ref.newDefault, documents: 3 },
    );
    for (const s of scenarios) {
      expect(s.result.signal, `${s.phase}: ${s.result.stderr}`).toBe('SIGKILL');
      await expectConsistentThenClean(s.dir, s.expected, s.documents, true);
    }
  }, 180_000);

  it('while converting a folder of regular files written by an older newsgraph: it shows the same bytes throughout', async () => {
    // An older newsgraph wrote the four files as regular files (the RDF joined, no parts).
    const legacy = join(work, 'legacy');
    const legacyRef = join(work, 'legacy-ref');
    for (const dir of [legacy, legacyRef]) {
      mkdirSync(dir);
      for (const file of ['graph.json', 'graph.ttl', 'graph.nt', 'graph.trig']) writeFileSync(join(dir, file), readFileSync(join(ref.oldJoined, file)));
    }
    const scenarios = await killEach('convert', legacy, ['fx_alpha.json', 'fx_beta.json', 'fx_gamma.json'], [...CONVERT_PHASES], () => ({ expected: legacyRef, documents: 2 }));
    for (const s of scenarios) {
      expect(s.result.signal, `${s.phase}: ${s.result.stderr}`).toBe('SIGKILL');
      await expectConsistentThenClean(s.dir, s.expected, s.documents, true);
    }
  }, 120_000);

  it('the next build through the CLI notes the dead lock, cleans up and completes', async () => {
    const dir = copyOf(ref.oldAll, 'next-build');
    const killed = await run(DRIVER, ['fx_alpha.json', '--format', 'all', '--out', dir], { [FAULT_ENV]: 'write:graph.gexf' });
    expect(killed.signal).toBe('SIGKILL');
    expect(hidden(dir)).toEqual(['.current', expect.stringMatching(/^\.gen-/), expect.stringMatching(/^\.gen-/), '.lock']);
    const next = await run(CLI, ['build', 'fx_alpha.json', 'fx_beta.json', 'fx_gamma.json', '--format', 'all', '--out', dir]);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/note: build --out: took over the lock of .* left by pid \d+, which no longer runs/);
    expect(next.stderr).toMatch(/removed 1 leftover/);
    expect(shown(dir)).toEqual(shown(ref.newAll));
    expect(hidden(dir)).toEqual(['.current', expect.stringMatching(/^\.gen-/)]);
  }, 60_000);
});

describe('two builds into one folder', () => {
  it('the second gets a one-line lock error naming the folder and the pid of the first, which then completes', async () => {
    const dir = copyOf(ref.oldDefault, 'concurrent');
    // The first build stops itself (SIGSTOP) once it has extracted: it holds the lock, as a long build would.
    let first: ChildProcess | undefined;
    const firstRun = run(DRIVER, ['fx_alpha.json', 'fx_beta.json', 'fx_gamma.json', '--out', dir], { [FAULT_ENV]: 'stop:extracted' }, (child) => (first = child));
    const stopped = async () => {
      for (let i = 0; i < 600; i++) {
        const state = readFileSync(`/proc/${first!.pid}/stat`, 'utf8').split(') ')[1]?.[0];
        if (state === 'T') return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the first build did not stop');
    };
    await stopped();
    const second = await run(CLI, ['build', 'fx_alpha.json', '--out', dir]);
    expect(second.code).not.toBe(0);
    const lines = second.stderr.split('\n').filter((l) => l.trim() && !/nodedir|ExperimentalWarning|--trace-warnings/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(dir);
    expect(lines[0]).toContain(`pid ${first!.pid}`);
    expect(shown(dir)).toEqual(shown(ref.oldDefault));
    first!.kill('SIGCONT');
    const result = await firstRun;
    expect(result.code, result.stderr).toBe(0);
    expect(shown(dir)).toEqual(shown(ref.newDefault));
    expect(hidden(dir)).toEqual(['.current', expect.stringMatching(/^\.gen-/)]);
  }, 90_000);

  it('started at the same moment: each one succeeds or gets the lock error, and the folder holds one complete build', async () => {
    const dir = copyOf(ref.oldDefault, 'race');
    const inputs = [['fx_alpha.json'], ['fx_alpha.json', 'fx_beta.json', 'fx_gamma.json']];
    const results = await Promise.all(inputs.map((files) => run(DRIVER, [...files, '--out', dir])));
    const winners = results.flatMap((r, i) => (r.code === 0 ? [i] : []));
    for (const r of results) if (r.code !== 0) expect(r.stderr).toMatch(/is locked by another newsgraph build \(pid \d+/);
    expect(winners.length).toBeGreaterThanOrEqual(1);
    const references = await Promise.all(
      winners.map(async (i) => {
        const out = join(work, 'ref', `race-${i}`);
        await runBuild(inputs[i]!.map((f) => join(work, f)), { out, update: false, progress: false });
        return shown(out);
      }),
    );
    expect(references).toContainEqual(shown(dir));
    expect(hidden(dir)).toEqual(['.current', expect.stringMatching(/^\.gen-/)]);
  }, 90_000);
});
