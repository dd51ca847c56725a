/**
 * Bench section "query": query latency on the generated 10,000-article graph (the same generator as the build
 * section: the sample corpus extracted once, each generated article a renamed, re-dated copy of one sample).
 * Measures
 * 1. the typed API: index construction, then each lookup (median and 95th percentile over many calls; aim < 1 ms);
 * 2. oxigraph in-process: loading graph.nt, then each ready-made SPARQL query (median of several runs; aim < 100 ms);
 * 3. when NEWSGRAPH_VIRTUOSO_URL is set (Virtuoso started by scripts/virtuoso.sh): push throughput in triples/s,
 *    per-graph Graph Store Protocol and SPARQL Update batches (on a 1,000-article graph of the same generator).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDocument } from '../src/extract/index.ts';
import { ingestText } from '../src/ingest/index.ts';
import { buildGraph } from '../src/graph/build.ts';
import { exportGraph } from '../src/output/index.ts';
import { NewsGraph } from '../src/query/news-graph.ts';
import { credentialsFromEnv } from '../src/query/http.ts';
import { pushGraph, type PushMode } from '../src/query/push.ts';
import { bindParams, listQueries } from '../src/query/ready.ts';
import { LocalSparql, sparqlSources } from '../src/query/sparql.ts';
import { generateExtractions } from './build.ts';
import { loadSamples } from './corpus.ts';
import type { BenchCell, BenchOptions, BenchSection } from './index.ts';

const SAMPLE_DIR = resolve(import.meta.dirname, '..', 'corpus');
const FULL_SIZE = 10_000;
const QUICK_SIZE = 500;
const API_AIM_MS = 1;
const SPARQL_AIM_MS = 100;
/** Articles of the graph pushed to Virtuoso (see step 4). */
const PUSH_SIZE = 1_000;

interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Times `fn` `runs` times after `warmup` calls; milliseconds. */
function time(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { median: at(0.5), p95: at(0.95), runs };
}

/** Runs the section. */
export async function run(options: BenchOptions): Promise<BenchSection> {
  const size = options.quick ? QUICK_SIZE : FULL_SIZE;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-query-'));
  const rows: Record<string, BenchCell>[] = [];
  const notes: string[] = [];
  const data: Record<string, unknown> = { articles: size, seed: options.seed };
  try {
    // 1. The generated graph, exported (graph.nt for oxigraph, graph.trig for push).
    const samples = loadSamples(SAMPLE_DIR).map((s) => extractDocument(ingestText(s.text, { id: s.id, format: 'txt' })));
    const graph = buildGraph(generateExtractions(samples, size, options.seed));
    const exported = await exportGraph(graph, dir, { formats: ['json', 'nt', 'trig'] });
    data.triples = exported.triples;
    data.quads = exported.quads;

    // 2. The typed API.
    let t0 = performance.now();
    const g = new NewsGraph(graph);
    const indexMs = performance.now() - t0;
    rows.push({ part: 'API', operation: 'new NewsGraph(graph): build the indexes', result: `${g.size.entities} entities, ${g.size.relations} relations`, 'median ms': indexMs, 'p95 ms': null, aim: null });
    const busiest = g.relations()[0]!;
    const weapon = g.aggregate({ by: 'weapon' })[0]!.label;
    const lookups: [string, () => unknown, boolean][] = [
      ["entity('Zelensky') (alias)", () => g.entity('Zelensky'), true],
      [`entity('${busiest.subject.label.toUpperCase()}') (case-folded)`, () => g.entity(busiest.subject.label.toUpperCase()), true],
      ["relations({ subject: 'Russia', predicate: 'launched' })", () => g.relations({ subject: 'Russia', predicate: 'launched' }), true],
      [`relations({ subject, predicate, object }) (one edge)`, () => g.relations({ subject: busiest.subject.label, predicate: busiest.predicate, object: busiest.object.label }), true],
      ["relations({ predicate: 'condemned', minSources: 2 })", () => g.relations({ predicate: 'condemned', minSources: 2 }), true],
      ["relations({ object: 'Kyiv', from: '2023-01', to: '2023-06' })", () => g.relations({ object: 'Kyiv', from: '2023-01', to: '2023-06' }), true],
      ["neighbors('Russia')", () => g.neighbors('Russia'), true],
      [`timeline('${weapon}')`, () => g.timeline(weapon), false],
      ["shortestPath('Zelensky', 'Kinzhal')", () => g.shortestPath('Zelensky', 'Kinzhal'), false],
      ["aggregate({ by: 'weapon' })", () => g.aggregate({ by: 'weapon' }), false],
      ["aggregate({ by: 'month' })", () => g.aggregate({ by: 'month' }), false],
      ["entity('Kinzal') -> NotFoundError with suggestions", () => {
        try {
          g.entity('Kinzal');
        } catch {
          return null;
        }
        return null;
      }, false],
    ];
    const api: Record<string, Timing & { result: number | null }> = {};
    for (const [name, fn, isLookup] of lookups) {
      const result = fn();
      const t = time(fn, options.quick ? 50 : 300);
      const count = Array.isArray(result) ? result.length : null;
      api[name] = { ...t, result: count };
      rows.push({
        part: 'API',
        operation: name,
        result: count === null ? '' : `${count} rows`,
        'median ms': t.median,
        'p95 ms': t.p95,
        aim: isLookup ? (t.median < API_AIM_MS ? `< ${API_AIM_MS} ms: met` : `< ${API_AIM_MS} ms: NOT met`) : 'analysis',
      });
    }
    data.api = { indexMs, lookups: api };

    // 3. oxigraph in-process.
    const ntBytes = sparqlSources(dir).bytes;
    t0 = performance.now();
    const store = LocalSparql.open(dir);
    const loadMs = performance.now() - t0;
    rows.push({
      part: 'oxigraph',
      operation: 'load the N-Triples parts',
      result: `${store.size} triples, ${(ntBytes / 1e6).toFixed(0)} MB, ${Math.round(store.size / (loadMs / 1000)).toLocaleString('en-US')} triples/s`,
      'median ms': loadMs,
      'p95 ms': null,
      aim: null,
    });
    const sparql: Record<string, Timing & { rows: number }> = {};
    try {
      for (const query of listQueries()) {
        const text = bindParams(query.text, query.params, {});
        const result = store.query(text);
        const t = time(() => store.query(text), options.quick ? 3 : 5, 1);
        const count = result.kind === 'select' ? result.bindings.length : 0;
        // Large answers cost oxigraph's JSON serialisation and our parse, whatever the query plan.
        const kilobytes = Math.round(JSON.stringify(result).length / 1000);
        sparql[query.name] = { ...t, rows: count };
        rows.push({
          part: 'oxigraph',
          operation: `queries/${query.name}.rq`,
          result: `${count} rows, ${kilobytes} kB of JSON results`,
          'median ms': t.median,
          'p95 ms': t.p95,
          aim: t.median < SPARQL_AIM_MS ? `< ${SPARQL_AIM_MS} ms: met` : `< ${SPARQL_AIM_MS} ms: NOT met`,
        });
      }
    } finally {
      store.close();
    }
    data.oxigraph = { loadMs, triples: exported.triples, queries: sparql };

    // 4. Push to Virtuoso, when one is running.
    const base = process.env.NEWSGRAPH_VIRTUOSO_URL?.replace(/\/+$/, '');
    if (base) {
      // A push of the whole graph would take many minutes on a shared CI machine: the rate is measured on a
      // smaller generated graph of the same kind (same generator and seed).
      const pushSize = Math.min(size, options.quick ? 200 : PUSH_SIZE);
      const pushDir = join(dir, 'push');
      const pushExport = await exportGraph(buildGraph(generateExtractions(samples, pushSize, options.seed)), pushDir, { formats: ['json', 'trig'] });
      data.pushArticles = pushSize;
      notes.push(`push: measured on a ${pushSize.toLocaleString('en-US')}-article graph of the same generator (${pushExport.quads.toLocaleString('en-US')} quads), into a running Virtuoso`);
      const credentials = credentialsFromEnv() ?? { user: 'dba', password: 'dba' };
      const pushes: Record<string, unknown> = {};
      const runs: [PushMode, string, number][] = [
        ['graph', `${base}/sparql-graph-crud-auth`, 20_000],
        ['update', `${base}/sparql-auth`, 20_000],
      ];
      for (const [mode, endpoint, batchSize] of runs) {
        try {
          const report = await pushGraph({ endpoint, dir: pushDir, mode, batchSize, credentials, restart: true, concurrency: 4 });
          const perSecond = report.triples / report.seconds;
          pushes[mode] = { ...report, perSecond };
          rows.push({
            part: 'Virtuoso',
            operation: `push --mode ${mode} (${mode === 'graph' ? 'one PUT per article graph' : `INSERT DATA batches of ${batchSize.toLocaleString('en-US')} triples`})`,
            result: `${report.triples.toLocaleString('en-US')} triples, ${report.batches.toLocaleString('en-US')} requests, ${Math.round(perSecond).toLocaleString('en-US')} triples/s`,
            'median ms': report.seconds * 1000,
            'p95 ms': null,
            aim: null,
          });
        } catch (error) {
          notes.push(`push --mode ${mode} to ${endpoint} failed: ${(error as Error).message}`);
        }
      }
      data.virtuoso = pushes;
    } else {
      notes.push('push throughput: skipped (set NEWSGRAPH_VIRTUOSO_URL after `scripts/virtuoso.sh start && scripts/virtuoso.sh wait`)');
    }
    notes.push(
      `graph: ${size.toLocaleString('en-US')} generated articles, ${exported.triples.toLocaleString('en-US')} triples (graph.nt), ${exported.quads.toLocaleString('en-US')} quads (graph.trig)`,
      `API lookups: median of ${options.quick ? 50 : 300} calls after warm-up; SPARQL: median of ${options.quick ? 3 : 5} runs after one warm-up`,
      `CPU: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}; Node ${process.version}; the machine may be shared (figures are noisy)`,
    );
    return {
      name: 'query',
      title: `Query latency and push throughput: ${size.toLocaleString('en-US')} generated articles`,
      columns: ['part', 'operation', 'result', 'median ms', 'p95 ms', 'aim'],
      rows,
      notes,
      data,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Allow `npx tsx bench/query.ts [--quick]` on its own.
if (process.argv[1] && /bench[\\/]query\.ts$/.test(process.argv[1])) {
  const quick = process.argv.includes('--quick');
  const section = await run({ quick, seed: 1 });
  const { formatSection } = await import('./index.ts');
  console.log(formatSection(section));
}
