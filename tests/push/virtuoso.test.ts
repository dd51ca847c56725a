/**
 * Push to a real Virtuoso Open Source server and query it back: the sample corpus graph arrives graph by graph,
 * and every ready-made query answers in Virtuoso exactly as in oxigraph and as the API says.
 * Runs when NEWSGRAPH_VIRTUOSO_URL is set (by .ci/run, after scripts/virtuoso.sh start/wait), e.g.
 *   NEWSGRAPH_VIRTUOSO_URL=http://127.0.0.1:8890 NEWSGRAPH_ENDPOINT_USER=dba NEWSGRAPH_ENDPOINT_PASSWORD=dba
 * and is reported as skipped otherwise.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialsFromEnv, HttpClient } from '../../src/query/http.ts';
import { loadGraph, type NewsGraph } from '../../src/index.ts';
import { pushGraph } from '../../src/query/push.ts';
import { bindParams, listQueries } from '../../src/query/ready.ts';
import { column, LocalSparql, queryEndpoint, resultTable, type SparqlResult } from '../../src/query/sparql.ts';
import { GRAPH_IRI, BASE } from '../../src/rdf/vocabulary.ts';
import { sampleGraphDir } from '../query/sample-graph.ts';
import { fixtureExtractions } from '../query/fixture.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { exportGraph } from '../../src/output/index.ts';
import { outputText } from '../rdf/helpers.ts';

const base = process.env.NEWSGRAPH_VIRTUOSO_URL?.replace(/\/+$/, '');
const credentials = credentialsFromEnv() ?? { user: 'dba', password: 'dba' };
const crud = `${base}/sparql-graph-crud-auth`;
const update = `${base}/sparql-auth`;
const sparql = `${base}/sparql`;

let dir: string;
let local: LocalSparql;
let api: NewsGraph;
let client: HttpClient;
let perGraph: Map<string, number>;

/** Rows as sorted strings, with space-separated lists (GROUP_CONCAT, whose order SPARQL leaves open) sorted too. */
function normalised(result: SparqlResult): string[] {
  return resultTable(result)
    .rows.map((row) => row.map((cell) => (typeof cell === 'string' && /^\S+( \S+)+$/.test(cell) && /\d{4}-\d{2}-\d{2}|dev_/.test(cell) ? cell.split(' ').sort().join(' ') : cell)).join('|'))
    .sort();
}

async function remote(query: string): Promise<SparqlResult> {
  return queryEndpoint(client, sparql, query);
}

/** Removes every newsgraph graph from the store. */
async function clearStore(): Promise<void> {
  const response = await client.send({
    method: 'POST',
    url: update,
    headers: { 'Content-Type': 'application/sparql-update' },
    body: `DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${BASE}")) }`,
  });
  expect(response.status).toBeLessThan(300);
}

/** Triples per graph of the graph.trig in `folder` (default graph -> the graph's IRI). */
function triplesPerGraph(folder: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of new Parser({ format: 'TriG' }).parse(outputText(folder, 'graph.trig'))) {
    const g = q.graph.termType === 'DefaultGraph' ? GRAPH_IRI : q.graph.value;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

async function countsPerGraph(): Promise<Map<string, number>> {
  const result = await remote(`SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${BASE}")) } GROUP BY ?g`);
  return new Map(resultTable(result).rows.map((r) => [r[0] as string, Number(r[1])]));
}

describe.skipIf(!base)('push to Virtuoso', () => {
  beforeAll(async () => {
    // 1. A private copy of the sample graph (push writes its state file into the graph folder).
    const sample = await sampleGraphDir();
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-virtuoso-'));
    cpSync(sample, dir, { recursive: true, verbatimSymlinks: true });
    local = LocalSparql.open(dir);
    api = await loadGraph(dir);
    client = new HttpClient(credentials);
    // 2. Triples per graph in graph.trig (default graph -> the graph's IRI), to compare with the store.
    perGraph = new Map();
    for (const q of new Parser({ format: 'TriG' }).parse(outputText(dir, 'graph.trig'))) {
      const g = q.graph.termType === 'DefaultGraph' ? GRAPH_IRI : q.graph.value;
      perGraph.set(g, (perGraph.get(g) ?? 0) + 1);
    }
    await clearStore();
  });

  afterAll(() => {
    local?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('pushes every article graph through the Graph Store Protocol (digest auth)', async () => {
    const report = await pushGraph({ endpoint: crud, dir, credentials, restart: true });
    expect(report.mode).toBe('graph'); // Virtuoso does not take N-Quads at the dataset level
    expect(report.graphs).toBe(perGraph.size);
    expect(report.triples).toBe([...perGraph.values()].reduce((a, b) => a + b, 0));
    expect(await countsPerGraph()).toEqual(perGraph);
  });

  it('gives the oxigraph answers for every ready-made query', async () => {
    for (const query of listQueries()) {
      const text = bindParams(query.text, query.params, {});
      expect(normalised(await remote(text)), query.name).toEqual(normalised(local.query(text)));
    }
  });

  it('gives the API answers: Russia launched Kinzhal (dev_01), the EU and Patriot requests', async () => {
    const edge = listQueries().find((q) => q.name === 'edge-sources')!;
    const docs = column(await remote(bindParams(edge.text, edge.params, { subject: 'Russia', predicate: 'launched', object: 'Kinzhal' })), 'document');
    const fromApi = [...new Set(api.relations({ subject: 'Russia', predicate: 'launched', object: 'Kinzhal' })[0]!.evidence.map((e) => e.document))];
    expect(new Set(docs)).toEqual(new Set(fromApi));
    expect(docs).toContain('dev_01');
    const condemnations = listQueries().find((q) => q.name === 'condemnations')!;
    const pairs = resultTable(await remote(condemnations.text)).rows.map((r) => `${r[0]}|${r[1]}|${r[2]}`).sort();
    expect(pairs).toEqual(api.relations({ predicate: 'condemned' }).map((r) => `${r.subject.label}|${r.object.label}|${r.documents}`).sort());
    const requests = listQueries().find((q) => q.name === 'requests')!;
    const patriot = resultTable(await remote(requests.text)).rows.filter((r) => r[0] === 'Patriot').map((r) => r[1]);
    expect(new Set(patriot)).toEqual(new Set(api.relations({ predicate: 'requested', object: 'Patriot' }).map((r) => r.subject.label)));
  });

  it('a second push resumes with nothing left to send', async () => {
    const report = await pushGraph({ endpoint: crud, dir, credentials });
    expect(report.batches).toBe(0);
    expect(report.skippedBatches).toBeGreaterThan(0);
  });

  it('SPARQL Update mode (large multi-graph batches) stores the same graphs', async () => {
    await clearStore();
    const report = await pushGraph({ endpoint: update, dir, credentials, mode: 'update', batchSize: 2_000, restart: true });
    expect(report.batches).toBe(Math.ceil(report.triples / 2_000));
    expect(await countsPerGraph()).toEqual(perGraph);
  });

  // A re-push after the export changed (one article removed, one changed) leaves Virtuoso holding exactly the new
  // export: it used to keep the stale triples (update mode 7,976 vs 7,076) and the removed article's graph.
  it.each([
    ['graph', crud],
    ['update', update],
  ] as const)('a re-push in %s mode replaces what the last push sent', async (mode, endpoint) => {
    await clearStore();
    const work = mkdtempSync(join(tmpdir(), 'newsgraph-virtuoso-replace-'));
    try {
      await exportGraph(buildGraph(fixtureExtractions()), work);
      await pushGraph({ endpoint, dir: work, credentials, mode, batchSize: 50 });
      expect(await countsPerGraph()).toEqual(triplesPerGraph(work));
      const changed = fixtureExtractions()
        .filter((d) => d.document.id !== 'wire_02')
        .map((d) => (d.document.id !== 'dev_01' ? d : { ...d, relations: d.relations.filter((r) => r.object !== 'kalibr').map((r) => (r.object === 'kinzhal' ? { ...r, count: 7 } : r)) }));
      await exportGraph(buildGraph(changed), work);
      const report = await pushGraph({ endpoint, dir: work, credentials, mode, batchSize: 50 });
      expect(report.dropped).toBe(1);
      expect(await countsPerGraph()).toEqual(triplesPerGraph(work));
    } finally {
      rmSync(work, { recursive: true, force: true });
      await clearStore();
    }
  });
});
