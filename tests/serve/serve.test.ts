/**
 * `newsgraph serve` as a user runs it: the compiled CLI spawned on a random loopback port over the sample corpus
 * graph. It answers SPARQL with the same rows as `newsgraph sparql` (JSON, CSV, TSV by Accept), the JSON API with the
 * same answers as the library, 200 concurrent requests without an error, a query past the time limit with a clear
 * error while it keeps serving, a reload after a new build; SIGTERM and SIGINT stop it with no process left.
 */
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdtempSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/cli/commands/build.ts';
import { loadGraph } from '../../src/query/load.ts';
import type { NewsGraph } from '../../src/query/news-graph.ts';
import { bindParams, listQueries } from '../../src/query/ready.ts';
import { LocalSparql, parseResultsJson } from '../../src/query/sparql.ts';
import { newsgraph, repoRoot } from '../cli/run-cli.ts';
import { sampleGraphDir } from '../query/sample-graph.ts';

/** A spawned server and what it printed. */
interface Served {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Spawns `newsgraph serve --port 0` and waits until /health says ok (or, with `until`, until it says that). */
async function serve(graph: string, ...args: string[]): Promise<Served> {
  return serveUntil(graph, (health) => health.status === 'ok', ...args);
}

async function serveUntil(graph: string, until: (health: Record<string, unknown>) => boolean, ...args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/newsgraph.js'), 'serve', '--graph', graph, '--port', '0', '--host', '127.0.0.1', ...args]);
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const deadline = Date.now() + 60_000;
  let url = '';
  while (Date.now() < deadline) {
    url ||= /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1] ?? '';
    if (url) {
      const health = (await (await fetch(`${url}health`)).json()) as Record<string, unknown>;
      if (until(health)) return { child, url, stderr: () => stderr, exited };
      if (health.status === 'failed') break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`serve did not become ready: ${stderr}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let graphDir: string;
let server: Served;
let api: NewsGraph;
let local: LocalSparql;

beforeAll(async () => {
  graphDir = await sampleGraphDir();
  api = await loadGraph(graphDir);
  local = LocalSparql.open(graphDir);
  server = await serve(graphDir);
});

afterAll(async () => {
  local?.close();
  if (server && alive(server.child.pid as number)) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

const get = async (path: string, headers: Record<string, string> = {}): Promise<Response> => fetch(new URL(path, server.url), { headers });

describe('SPARQL endpoint', () => {
  it.each(listQueries().map((q) => [q.name]))('%s: the same rows as newsgraph sparql', async (name) => {
    const ready = listQueries().find((q) => q.name === name)!;
    const text = bindParams(ready.text, ready.params, {});
    const response = await fetch(new URL('sparql', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: text }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    const remote = parseResultsJson(await response.text(), 'serve');
    expect(remote).toEqual(local.query(text));
    expect(remote.kind === 'select' && remote.bindings.length).toBeGreaterThan(0);
  });

  it('answers GET, POST application/sparql-query, CSV and TSV by Accept, with the predeclared prefixes', async () => {
    const query = 'SELECT ?label WHERE { ent:kinzhal skos:prefLabel ?label }';
    const csv = await get(`sparql?query=${encodeURIComponent(query)}`, { Accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toBe('label\r\nKinzhal\r\n');
    const tsv = await fetch(new URL('sparql', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', Accept: 'text/tab-separated-values' },
      body: query,
    });
    expect(await tsv.text()).toBe('?label\n"Kinzhal"\n');
  });

  it('refuses updates, unknown formats and bad queries with one clear line', async () => {
    const update = await fetch(new URL('sparql', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ update: 'CLEAR ALL' }),
    });
    expect(update.status).toBe(403);
    expect((await get('sparql?query=ASK%7B%7D', { Accept: 'image/png' })).status).toBe(406);
    const bad = await get(`sparql?query=${encodeURIComponent('SELECT ?x WHERE { ?x ng:agent ?y ')}`);
    expect(bad.status).toBe(400);
    expect((await bad.text()).trim()).toMatch(/^sparql: parse error at line 1, column \d+ .*the query ended$/);
  });

  it('newsgraph sparql --server prints what it prints in-process', async () => {
    const [remote, here] = await Promise.all([
      newsgraph(['sparql', 'condemnations', '--server', server.url, '-f', 'csv'], repoRoot),
      newsgraph(['sparql', 'condemnations', '--graph', graphDir, '-f', 'csv'], repoRoot),
    ]);
    expect(remote.code).toBe(0);
    expect(remote.stdout).toBe(here.stdout);
    expect(remote.stderr).toBe('');
  });
});

describe('a triple store behind /sparql (--sparql-endpoint)', () => {
  // The store here is another serve's /sparql (CI also runs the ready-made queries against Virtuoso in
  // tests/push/virtuoso.test.ts): what matters is that the forwarding server answers as the in-process one does.
  let front: Served;
  beforeAll(async () => {
    front = await serve(graphDir, '--sparql-endpoint', `${server.url}sparql`, '--cache-mb', '0');
  });
  afterAll(async () => {
    if (front && alive(front.child.pid as number)) {
      front.child.kill('SIGTERM');
      await front.exited;
    }
  });

  it('answers every ready-made query with the rows of the in-process store, and says where they come from', async () => {
    for (const ready of listQueries()) {
      const text = bindParams(ready.text, ready.params, {});
      const response = await fetch(new URL('sparql', front.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: text }),
      });
      expect(response.status, ready.name).toBe(200);
      expect(parseResultsJson(await response.text(), 'serve'), ready.name).toEqual(local.query(text));
    }
    const health = (await (await fetch(new URL('health', front.url))).json()) as { status: string; sparql: { endpoint: string; ready: number } };
    expect(health.status).toBe('ok');
    expect(health.sparql).toMatchObject({ endpoint: `${server.url}sparql`, ready: 1 });
    expect(front.stderr()).toMatch(/forwarding queries to http:\/\/127\.0\.0\.1:\d+\/sparql/);
  });

  it('keeps the prefixes, CSV and the one-line parse error, and the API answers from graph.json', async () => {
    const query = 'SELECT ?label WHERE { ent:kinzhal skos:prefLabel ?label }';
    const csv = await fetch(new URL(`sparql?query=${encodeURIComponent(query)}`, front.url), { headers: { Accept: 'text/csv' } });
    expect(await csv.text()).toBe('label\r\nKinzhal\r\n');
    const bad = await fetch(new URL(`sparql?query=${encodeURIComponent('SELECT ?x WHERE { ?x ng:agent ?y ')}`, front.url));
    expect(bad.status).toBe(400);
    expect((await bad.text()).trim()).toMatch(/^sparql: parse error at line 1, column \d+ .*the query ended$/);
    const entity = await fetch(new URL('api/entity?name=Kinzhal', front.url));
    expect(entity.status).toBe(200);
    expect(await entity.json()).toEqual(JSON.parse(JSON.stringify(api.entity('Kinzhal'))));
  });

  it('names an endpoint that does not answer in one line and exits 1', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', () => done()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    const result = await newsgraph(['serve', '--graph', graphDir, '--port', '0', '--sparql-endpoint', `http://127.0.0.1:${port}/sparql`], repoRoot);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`the store at http://127\\.0\\.0\\.1:${port}/sparql cannot be queried \\(.*connection refused`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad --sparql-endpoint as a usage error', async () => {
    const result = await newsgraph(['serve', '--graph', graphDir, '--port', '0', '--sparql-endpoint', 'ftp://store/sparql'], repoRoot);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('newsgraph: serve: bad --sparql-endpoint protocol "ftp:"; expected http: or https:');
  });
});

describe('JSON API', () => {
  const json = async (path: string): Promise<unknown> => (await get(path)).json();
  const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it.each([
    ['api/entity?name=Zelensky', () => api.entity('Zelensky')],
    ['api/relations?subject=Russia&predicate=launched', () => api.relations({ subject: 'Russia', predicate: 'launched' })],
    ['api/relations?predicate=condemned&from=2023&minSources=1', () => api.relations({ predicate: 'condemned', from: '2023', minSources: 1 })],
    ['api/neighbors?name=Kinzhal&direction=in', () => api.neighbors('Kinzhal', { direction: 'in' })],
    ['api/timeline?name=Kinzhal', () => api.timeline('Kinzhal')],
    ['api/path?from=Josep%20Borrell&to=Kinzhal', () => api.shortestPath('Josep Borrell', 'Kinzhal')],
    ['api/aggregate?by=weapon', () => api.aggregate({ by: 'weapon' })],
    ['api/aggregate?by=place', () => api.aggregate({ by: 'place' })],
    ['api/search?q=kyi', () => api.search('kyi')],
    ['api/events', () => api.events()],
    ['api/events?place=Kyiv&from=2023-05', () => api.events({ place: 'Kyiv', from: '2023-05' })],
    ['api/events?weapon=missile&attacker=Russia', () => api.events({ weapon: 'missile', attacker: 'Russia' })],
    ['api/events?claimedBy=Ukrainian%20Air%20Force&kind=attack', () => api.events({ claimedBy: 'Ukrainian Air Force', kind: 'attack' })],
  ])('%s = the library', async (path, library) => {
    expect(await json(path)).toEqual(roundTrip(library()));
  });

  it('answers /api/documents and /api/event (the explorer\'s panels over the summary) as the library', async () => {
    const documents = api.graph.filterNodes((_key, attributes) => attributes.kind === 'document').slice(0, 3).map((key) => key.slice(4));
    const event = api.graph.filterNodes((_key, attributes) => attributes.kind === 'event')[0] as string;
    expect(documents.length).toBe(3);
    const asked = new URLSearchParams([...documents, 'no-such-article'].map((id) => ['id', id]));
    expect(await json(`api/documents?${asked}`)).toEqual(roundTrip(api.documents(documents)));
    expect(await json(`api/event?key=${encodeURIComponent(event)}`)).toEqual(roundTrip(api.event(event)));
    expect((await get('api/event?key=event%3A2024-01-01%2Fnobody%2F1')).status).toBe(404);
    expect((await get('api/event')).status).toBe(400);
    expect((await get('api/documents')).status).toBe(400);
    expect((await get(`api/documents?${new URLSearchParams(Array.from({ length: 201 }, (_, i) => ['id', `d${i}`]))}`)).status).toBe(400);
  });

  it('answers /api/evidence (the edge panel\'s pages) as the library, and refuses a bad page', async () => {
    const busiest = [...api.relations()].sort((a, b) => b.evidence.length - a.evidence.length)[0];
    if (!busiest) throw new Error('the sample graph has no relation');
    const { subject, predicate, object } = { subject: busiest.subject.id, predicate: busiest.predicate, object: busiest.object.id };
    for (const [offset, limit] of [[0, 2], [2, 2], [0, 500], [busiest.evidence.length, 5]] as const) {
      const asked = new URLSearchParams({ subject, predicate, object, offset: String(offset), limit: String(limit) });
      expect(await json(`api/evidence?${asked}`)).toEqual(roundTrip(api.evidence(subject, predicate, object, { offset, limit })));
    }
    expect(await json(`api/evidence?${new URLSearchParams({ subject, predicate, object })}`)).toEqual(roundTrip(api.evidence(subject, predicate, object)));
    for (const bad of [{ limit: '0' }, { limit: '501' }, { offset: '-1' }, { offset: 'two' }, { page: '1' }] as Record<string, string>[]) {
      expect((await get(`api/evidence?${new URLSearchParams({ subject, predicate, object, ...bad })}`)).status).toBe(400);
    }
    expect((await get(`api/evidence?${new URLSearchParams({ subject: object, predicate, object: subject })}`)).status).toBe(404);
    expect((await get(`api/evidence?${new URLSearchParams({ subject, object })}`)).status).toBe(400);
  });

  it('serves the events of the graph, with unknown numbers as null', async () => {
    const rows = (await json('api/events')) as { launched: number | null; targets: { label: string }[] }[];
    expect(rows.length).toBe(api.events().length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.targets.some((t) => t.label === 'Kyiv'))).toBe(true);
    for (const r of rows) expect(r.launched === null || typeof r.launched === 'number').toBe(true);
  });

  it('gives 404 with the closest names, 400 for bad parameters and dates', async () => {
    const missing = await get('api/entity?name=Kinzal');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ suggestions: expect.arrayContaining(['Kinzhal']) });
    expect((await get('api/relations?from=2024-02-30')).status).toBe(400);
    expect((await get('api/relations?colour=red')).status).toBe(400);
    expect((await get('api/events?from=2024-13')).status).toBe(400);
    expect((await get('api/events?from=2024-05&to=2024-04')).status).toBe(400);
    expect((await get('api/events?target=Kyiv')).status).toBe(400);
    expect((await get('api/events?place=Kyev')).status).toBe(404);
  });

  it('newsgraph query --server prints what it prints in-process', async () => {
    const args = ['query', '--aggregate', 'weapon', '--subject', 'Russia', '-f', 'csv'];
    const [remote, here] = await Promise.all([newsgraph([...args, '--server', server.url], repoRoot), newsgraph([...args, '--graph', graphDir], repoRoot)]);
    expect(remote.code).toBe(0);
    expect(remote.stdout).toBe(here.stdout);
    const unknown = await newsgraph(['query', '--entity', 'Kinzal', '--server', server.url], repoRoot);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no entity named "Kinzal".*closest: Kinzhal/);
  });

  it('falls back to the graph folder when no server answers', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', () => done()));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((done) => probe.close(() => done()));
    const result = await newsgraph(['query', '--entity', 'Kyiv', '--server', `http://127.0.0.1:${port}/`, '--graph', graphDir, '-f', 'json'], repoRoot);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'kyiv' });
    expect(result.stderr).toMatch(new RegExp(`no server answers at http://127\\.0\\.0\\.1:${port}`));
  });
});

describe('load', () => {
  it('answers 200 concurrent requests (API, SPARQL, health) without an error', async () => {
    const paths = [
      'health',
      'api/entity?name=Kyiv',
      'api/relations?subject=Russia',
      'api/aggregate?by=month',
      `sparql?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Launch }')}`,
    ];
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => get(paths[i % paths.length] as string)));
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 200 }, () => 200));
    await Promise.all(responses.map((r) => r.arrayBuffer()));
  });

  it('serves the explorer its summary of the graph as graph.json, whatever the graph\'s size', async () => {
    const response = await get('graph.json');
    expect(response.status).toBe(200);
    const graph = (await response.json()) as { attributes: { summary?: boolean }; nodes: Array<{ attributes: { kind: string } }>; edges: Array<{ attributes: { kind: string; evidence: unknown[] } }> };
    expect(graph.attributes.summary).toBe(true);
    expect(graph.nodes.length).toBe(api.size.entities + api.size.events);
    expect(graph.nodes.filter((node) => node.attributes.kind === 'document')).toEqual([]);
    expect(graph.edges.length).toBe(api.size.relations);
    expect(graph.edges.every((edge) => edge.attributes.kind === 'relation' && edge.attributes.evidence.length === 0)).toBe(true);
  });
});

describe('limits, reload and shutdown', () => {
  it('stops a query past the time limit with a clear error and keeps serving', async () => {
    const slow = await serve(graphDir, '--query-timeout', '300', '--sparql-workers', '1', '--no-watch');
    try {
      const endless = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
      const started = Date.now();
      const response = await fetch(`${slow.url}sparql?query=${encodeURIComponent(endless)}`);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/^sparql: the query ran past the time limit of 0\.3 s and was stopped/);
      expect(Date.now() - started).toBeLessThan(5000);
      // The API answers at once; SPARQL answers again once the replacement worker has loaded the store.
      expect((await fetch(`${slow.url}api/entity?name=Kyiv`)).status).toBe(200);
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = (await fetch(`${slow.url}sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(200);
      const health = (await (await fetch(`${slow.url}health`)).json()) as { sparql: { timeouts: number } };
      expect(health.sparql.timeouts).toBe(1);
    } finally {
      slow.child.kill('SIGTERM');
      await slow.exited;
    }
  });

  it('answers the API while the SPARQL store is still loading, and /health says which side is ready', async () => {
    // The N-Triples head part is a named pipe that is written only after the API has answered: the store cannot
    // finish loading before.
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-early-'));
    // verbatimSymlinks: `.current` must point at the copy's generation, not at the sample's.
    cpSync(graphDir, dir, { recursive: true, verbatimSymlinks: true });
    const nt = join(dir, readlinkSync(join(dir, '.current')), 'rdf', 'ntriples', '_head.nt');
    const triples = readFileSync(realpathSync(nt));
    rmSync(nt);
    execFileSync('mkfifo', [nt]);
    const early = await serveUntil(dir, (health) => health.api === 'ready', '--sparql-workers', '1', '--no-watch');
    try {
      const health = (await (await fetch(`${early.url}health`)).json()) as { status: string; sparql: { ready: number } };
      expect(health).toMatchObject({ status: 'loading', sparql: { ready: 0 } });
      const entity = await fetch(`${early.url}api/entity?name=Kinzhal`);
      expect(entity.status).toBe(200);
      expect(await entity.json()).toEqual(JSON.parse(JSON.stringify(api.entity('Kinzhal'))));
      const sparql = await fetch(`${early.url}sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
      expect(sparql.status).toBe(503);
      expect((await sparql.text()).trim()).toMatch(/^sparql: the store is loading/);
      // Once the triples arrive, SPARQL answers too.
      await pipeline(Readable.from([triples]), createWriteStream(nt));
      for (let i = 0; i < 300; i++) {
        if (((await (await fetch(`${early.url}health`)).json()) as { status: string }).status === 'ok') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const answered = await fetch(`${early.url}sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
      expect(((await answered.json()) as { boolean: boolean }).boolean).toBe(true);
    } finally {
      early.child.kill('SIGTERM');
      await early.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reloads when a build changes the graph folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-reload-'));
    cpSync(graphDir, dir, { recursive: true });
    const watched = await serve(dir, '--sparql-workers', '1');
    try {
      const before = (await (await fetch(`${watched.url}health`)).json()) as { entities: number };
      // A repeated query is answered from the cache (Server-Timing says so) until the graph changes.
      const count = async (): Promise<{ n: string; timing: string }> => {
        const response = await fetch(`${watched.url}sparql?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?e ng:key ?key }')}`);
        const n = ((await response.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value;
        return { n, timing: response.headers.get('server-timing') ?? '' };
      };
      const first = await count();
      const again = await count();
      expect(first.timing).not.toMatch(/cache/);
      expect(again).toEqual({ n: first.n, timing: expect.stringMatching(/cache;desc="hit"/) });
      await runBuild([join(repoRoot, 'corpus', 'dev_01.txt')], { out: dir, update: false, progress: false });
      let entities = before.entities;
      for (let i = 0; i < 150 && entities === before.entities; i++) {
        await new Promise((r) => setTimeout(r, 200));
        entities = ((await (await fetch(`${watched.url}health`)).json()) as { entities: number }).entities;
      }
      expect(entities).toBeLessThan(before.entities);
      // The log line is written as the new build goes live; under load it may reach the pipe after the HTTP answer.
      for (let i = 0; i < 50 && !/switched to the new build/.test(watched.stderr()); i++) await new Promise((r) => setTimeout(r, 100));
      expect(watched.stderr()).toMatch(/switched to the new build/);
      // The new generation computes its own answer: not the cached count of the old graph.
      const after = await count();
      expect(after.timing).not.toMatch(/cache/);
      expect(Number(after.n)).toBeLessThan(Number(first.n));
    } finally {
      watched.child.kill('SIGTERM');
      await watched.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([['SIGTERM'], ['SIGINT']] as const)('%s stops it gracefully with exit 0 and leaves no process', async (signal) => {
    const running = await serve(graphDir, '--sparql-workers', '2');
    const pid = running.child.pid as number;
    running.child.kill(signal);
    expect(await running.exited).toBe(0);
    expect(alive(pid)).toBe(false);
    expect(running.stderr()).toMatch(new RegExp(`${signal}: closing`));
  });

  it('names a missing graph folder in one line and exits 1', async () => {
    const result = await newsgraph(['serve', '--graph', join(tmpdir(), 'no-such-graph-folder'), '--port', '0'], repoRoot);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no such graph folder/);
  });
});
