/**
 * Bench section "scale": a year of news (bench/news.ts) at several sizes (default 10k, 30k and 100k articles; set
 * BENCH_SCALE_SIZES=10000,30000 to choose). Measures, per size:
 * 1. build and export (graph.json, ttl, nt, trig) in a child process: wall time, peak RSS, file sizes, triples, and
 *    which predicates the triples are (the profile that says what to slim);
 * 2. `newsgraph serve` on the result: cold start (to /health ok, i.e. API and one SPARQL store loaded) and the
 *    latency of each ready-made query and of three API calls, through HTTP;
 * 3. `build --update` with the next 1,000 articles (the following days' news) in a child process, with the bytes it
 *    read and wrote.
 * Extractions are made once and cached in bench/out/cache/news-<seed>-<key>.ndjson (a corpus of N is the first N lines;
 * the key is a hash of the generator and the extraction, bench/cache.ts; BENCH_SCALE_WORKERS extracts side by side).
 * Heavy: run it alone, in the background (`npm run bench -- scale`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bindParams, listQueries } from '../src/query/ready.ts';
import type { BenchCell, BenchOptions, BenchSection } from './index.ts';
import { ensureExtractions } from './cache.ts';

const ROOT = resolve(import.meta.dirname, '..');
const UPDATE_SIZE = 1000;
const SPARQL_RUNS = 5;
const API_RUNS = 20;

/** Runs bench/scale-child.ts in a child process and returns its JSON report. */
function child(args: string[]): Record<string, unknown> {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', join(ROOT, 'bench', 'scale-child.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`scale child ${args.join(' ')} failed (exit ${String(run.status)}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** CPU time (user + system, all threads) a running process has used so far, from /proc; null elsewhere. */
function cpuMsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    // After the command: state is field 3, utime and stime are fields 14 and 15 (clock ticks of 1/100 s on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * One ready-made query through `serve`: its first answer (computed by the store: `firstMs` over HTTP, `engineMs` in
 * the store) and the median of the repeats (`ms`, answered from the server's answer cache).
 */
interface QueryTiming {
  firstMs: number;
  engineMs: number;
  ms: number;
  rows: number;
  bytes: number;
}

/** Starts `newsgraph serve` on the folder, times its cold start, then times queries over HTTP. */
async function measureServe(dir: string): Promise<{
  coldStartMs: number;
  coldStartCpuMs: number | null;
  apiReadyMs: number | null;
  queries: Record<string, QueryTiming>;
  api: Record<string, number>;
}> {
  const t0 = performance.now();
  const server = spawn(process.execPath, [join(ROOT, 'bin', 'newsgraph.js'), 'serve', '--graph', dir, '--port', '0', '--sparql-workers', '1', '--no-watch', '--query-timeout', '120000'], { cwd: ROOT });
  let stderr = '';
  let apiReadyMs: number | null = null;
  server.stderr.on('data', (b: Buffer) => {
    stderr += b.toString();
    if (apiReadyMs === null && stderr.includes('API ready')) apiReadyMs = performance.now() - t0;
  });
  try {
    let url = '';
    for (;;) {
      if (server.exitCode !== null) throw new Error(`serve exited: ${stderr}`);
      url ||= /listening on (http:\/\/[\d.:]+\/)/.exec(stderr)?.[1] ?? '';
      if (url) {
        const health = (await (await fetch(`${url}health`)).json()) as { status: string };
        if (health.status === 'ok') break;
        if (health.status === 'failed') throw new Error(`serve failed: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const coldStartMs = performance.now() - t0;
    const coldStartCpuMs = cpuMsOf(server.pid as number);
    const queries: Record<string, QueryTiming> = {};
    for (const query of listQueries()) {
      const text = bindParams(query.text, query.params, {});
      const times: number[] = [];
      let firstMs = Number.NaN;
      let engineMs = Number.NaN;
      let rows = 0;
      let bytes = 0;
      for (let i = 0; i <= SPARQL_RUNS; i++) {
        const started = performance.now();
        const response = await fetch(`${url}sparql`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ query: text }) });
        const raw = await response.text();
        if (!response.ok) throw new Error(`${query.name}: HTTP ${response.status}`);
        const body = JSON.parse(raw) as { results?: { bindings: unknown[] } };
        rows = body.results?.bindings.length ?? 0;
        bytes = Buffer.byteLength(raw);
        if (i > 0) times.push(performance.now() - started);
        else {
          // The first run is computed by the store (its own time in Server-Timing; the rest is JSON and HTTP); the
          // repeats come from the server's answer cache.
          firstMs = performance.now() - started;
          engineMs = Number(/sparql;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? Number.NaN);
        }
      }
      queries[query.name] = { firstMs, engineMs, ms: median(times), rows, bytes };
    }
    const api: Record<string, number> = {};
    for (const path of ['api/entity?name=Zelensky', 'api/relations?subject=Russia&predicate=launched&object=Shahed-136', 'api/aggregate?by=weapon']) {
      const times: number[] = [];
      for (let i = 0; i <= API_RUNS; i++) {
        const started = performance.now();
        await (await fetch(`${url}${path}`)).arrayBuffer();
        if (i > 0) times.push(performance.now() - started);
      }
      api[path] = median(times);
    }
    return { coldStartMs, coldStartCpuMs, apiReadyMs, queries, api };
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
}

/** Runs the section. */
export async function run(options: BenchOptions): Promise<BenchSection> {
  const sizes = options.quick ? [300, 900] : (process.env.BENCH_SCALE_SIZES ?? '10000,30000,100000').split(',').map(Number);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const max = Math.max(...sizes);
  const { path: cache, perSecond } = await ensureExtractions(options.seed, max + UPDATE_SIZE, log, { workers: Number(process.env.BENCH_SCALE_WORKERS ?? 1) });
  const rows: Record<string, BenchCell>[] = [];
  const data: Record<string, unknown> = { sizes, extractionPerSecond: perSecond, machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg() } };
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `newsgraph-scale-${size}-`));
    try {
      log(`scale: build ${size.toLocaleString('en-US')}`);
      const build = child(['build', cache, String(size), dir]);
      log(`scale: serve ${size.toLocaleString('en-US')}`);
      let serve: Awaited<ReturnType<typeof measureServe>> | { error: string };
      try {
        serve = await measureServe(dir);
      } catch (error) {
        serve = { error: (error as Error).message.slice(0, 500) };
      }
      log(`scale: update ${size.toLocaleString('en-US')} + ${UPDATE_SIZE}`);
      const update = child(['update', cache, String(size), String(UPDATE_SIZE), dir]);
      data[String(size)] = { build, serve, update };
      const files = build.files as Record<string, number>;
      const served = 'coldStartMs' in serve ? serve : null;
      rows.push({
        articles: size,
        'build s': (build.ms as number) / 1000,
        'build CPU s': (build.cpuMs as number) / 1000,
        'peak MB': build.maxRssMB as number,
        'graph.json MB': (files['graph.json'] ?? 0) / 1e6,
        'graph.nt MB': (files['graph.nt'] ?? 0) / 1e6,
        triples: build.triples as number,
        relations: build.relations as number,
        'serve cold s': served ? served.coldStartMs / 1000 : null,
        'serve cold CPU s': served?.coldStartCpuMs != null ? served.coldStartCpuMs / 1000 : null,
        ...Object.fromEntries(
          listQueries().map((q) => {
            const t = served?.queries[q.name];
            return [`${q.name} ms: first (store) / cached`, t ? `${t.firstMs.toFixed(0)} (${t.engineMs.toFixed(0)}) / ${t.ms.toFixed(0)}` : null];
          }),
        ),
        'update 1k s': (update.ms as number) / 1000,
        // The update's own CPU (graph read to commit), not the child's skip through the cache's first lines.
        'update CPU s': ((update.updateCpuMs ?? update.cpuMs) as number) / 1000,
        'update peak MB': update.maxRssMB as number,
        // bytes read and written from the graph's read to the commit (null off Linux)
        'update read / written MB': update.io ? `${(update.io as { readMB: number }).readMB} / ${(update.io as { writtenMB: number }).writtenMB}` : null,
        // events the update left unread (their dates untouched) beside those it read, and why it read the whole graph
        'update events unread / read': `${(update.unreadEvents as number | undefined) ?? 0} / ${update.events as number}`,
        'update whole read because': (update.wholeBecause as string | null) ?? null,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    name: 'scale',
    title: 'Scale: a year of generated news (build, serve, update)',
    columns: Object.keys(rows[0] ?? {}),
    rows,
    notes: [
      `extraction of new articles: ${perSecond === null ? 'cached' : `${perSecond.toFixed(0)} articles/s`}`,
      `machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (shared: figures are noisy)`,
    ],
    data,
  };
}
