/**
 * `pushGraph` against a loopback Graph Store server (tests/push/server.ts): every quad of graph.trig arrives in its
 * article graph, in the dataset and per-graph modes; transient failures are retried; an interrupted push resumes
 * without resending acknowledged batches; Digest and Basic credentials work and missing ones fail clearly.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { exportGraph } from '../../src/output/index.ts';
import { GRAPH_IRI } from '../../src/rdf/vocabulary.ts';
import { checkEndpoint, credentialsFromEnv, EndpointError, parseDigest } from '../../src/query/http.ts';
import { pushGraph, PUSH_STATE_FILE, type PushOptions } from '../../src/query/push.ts';
import { fixtureGraph } from '../query/fixture.ts';
import { startMockServer, type MockServer } from './server.ts';
import { outputText } from '../rdf/helpers.ts';

let dir: string;
let expected: Set<string>;
let server: MockServer | null = null;

/** Every quad of the TriG of build folder `folder` (its parts joined) as an N-Quads-like key, with default-graph quads moved to the graph's IRI. */
function expectedQuads(folder: string): Set<string> {
  const quads = new Parser({ format: 'TriG' }).parse(outputText(folder, 'graph.trig'));
  return new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id} ${q.graph.termType === 'DefaultGraph' ? GRAPH_IRI : q.graph.value}`));
}

function receivedQuads(mock: MockServer): Set<string> {
  return new Set(mock.store.getQuads(null, null, null, null).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.id} ${q.graph.value}`));
}

const FAST_RETRY = { backoffMs: 1, maxBackoffMs: 5 };

async function push(options: Partial<PushOptions> & { endpoint: string }): Promise<Awaited<ReturnType<typeof pushGraph>>> {
  return pushGraph({ dir, retry: FAST_RETRY, ...options });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-push-'));
  await exportGraph(fixtureGraph(), dir);
  expected = expectedQuads(dir);
});

afterEach(async () => {
  await server?.close();
  server = null;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('pushGraph modes', () => {
  it('dataset mode: N-Quads batches spanning several article graphs, every quad in its graph', async () => {
    server = await startMockServer();
    const report = await push({ endpoint: server.url, batchSize: 100, restart: true });
    expect(report.mode).toBe('dataset');
    expect(receivedQuads(server)).toEqual(expected);
    expect(report.triples).toBe(expected.size);
    expect(report.batches).toBe(Math.ceil(expected.size / 100));
    expect(report.graphs).toBe(8); // seven articles plus the entities' graph
    const dataRequests = server.requests.filter((r) => r.status === 204 && r.graph === null);
    expect(dataRequests.length).toBe(report.batches + 1); // plus the empty probe
  });

  it('graph mode (auto, when the endpoint answers N-Quads with an HTML page): one PUT per graph', async () => {
    server = await startMockServer({ dataset: false });
    const report = await push({ endpoint: server.url, restart: true });
    expect(report.mode).toBe('graph');
    expect(receivedQuads(server)).toEqual(expected);
    const puts = server.requests.filter((r) => r.method === 'PUT');
    expect(new Set(puts.map((r) => r.graph))).toEqual(new Set(receivedGraphs(server)));
  });

  it('graph mode splits a graph larger than the batch into PUT then POSTs, in order', async () => {
    server = await startMockServer({ dataset: false });
    const report = await push({ endpoint: server.url, mode: 'graph', batchSize: 20, restart: true });
    expect(receivedQuads(server)).toEqual(expected);
    expect(report.batches).toBeGreaterThan(report.graphs);
    const entityRequests = server.requests.filter((r) => r.graph === GRAPH_IRI);
    expect(entityRequests[0]!.method).toBe('PUT');
    expect(entityRequests.slice(1).every((r) => r.method === 'POST')).toBe(true);
  });

  it('dataset mode refuses an HTML page as an acknowledgement', async () => {
    server = await startMockServer({ dataset: false });
    await expect(push({ endpoint: server.url, mode: 'dataset', restart: true })).rejects.toBeInstanceOf(EndpointError);
  });
});

function receivedGraphs(mock: MockServer): string[] {
  return [...new Set(mock.store.getQuads(null, null, null, null).map((q) => q.graph.value))];
}

describe('retries and resume', () => {
  it('retries transient 503s with backoff', async () => {
    server = await startMockServer({ transientFailures: 3 });
    const messages: string[] = [];
    const report = await push({ endpoint: server.url, batchSize: 200, restart: true, concurrency: 1, log: (m) => messages.push(m) });
    expect(receivedQuads(server)).toEqual(expected);
    expect(messages.filter((m) => /HTTP 503; retry/.test(m))).toHaveLength(3);
    expect(report.batches).toBe(Math.ceil(expected.size / 200));
  });

  it('gives up after the retries with an EndpointError', async () => {
    server = await startMockServer({ transientFailures: 100 });
    await expect(push({ endpoint: server.url, restart: true, retry: { ...FAST_RETRY, retries: 2 } })).rejects.toMatchObject({ status: 503 });
  });

  it('resumes an interrupted push without resending acknowledged batches', async () => {
    // 1. The first run stops for good after two acknowledged batches.
    server = await startMockServer({ failAfter: 2 });
    await expect(push({ endpoint: server.url, batchSize: 100, concurrency: 1, restart: true })).rejects.toBeInstanceOf(EndpointError);
    const state = readFileSync(join(dir, PUSH_STATE_FILE), 'utf8').trim().split('\n');
    expect(state.filter((line) => line.includes('"ack"'))).toHaveLength(2);
    // 2. The second run (same endpoint, the server healthy again) sends only the rest.
    server.settings.failAfter = null;
    const before = server.requests.length;
    const report = await push({ endpoint: server.url, batchSize: 100, concurrency: 1 });
    expect(report.skippedBatches).toBe(2);
    expect(report.batches).toBe(Math.ceil(expected.size / 100) - 2);
    // data requests only (dataset mode empties each graph with a DELETE before its first quads)
    expect(server.requests.slice(before).filter((r) => r.method === 'POST').length).toBe(report.batches);
    expect(receivedQuads(server)).toEqual(expected);
    // 3. A third run finds nothing left to do.
    const again = await push({ endpoint: server.url, batchSize: 100 });
    expect(again.batches).toBe(0);
    expect(again.skippedBatches).toBe(Math.ceil(expected.size / 100));
  });

  it('starts over when the settings change', async () => {
    server = await startMockServer();
    await push({ endpoint: server.url, batchSize: 100, restart: true });
    const report = await push({ endpoint: server.url, batchSize: 150 });
    expect(report.skippedBatches).toBe(0);
    expect(report.batches).toBe(Math.ceil(expected.size / 150));
  });
});

describe('credentials', () => {
  it.each([['digest' as const], ['basic' as const]])('authenticates with %s', async (auth) => {
    server = await startMockServer({ auth });
    const report = await push({ endpoint: server.url, restart: true, credentials: { user: 'tester', password: 'secret' } });
    expect(receivedQuads(server)).toEqual(expected);
    expect(report.triples).toBe(expected.size);
  });

  it.each([
    ['no credentials', null],
    ['a wrong password', { user: 'tester', password: 'wrong' }],
  ])('fails with 401 given %s', async (_label, credentials) => {
    server = await startMockServer({ auth: 'digest' });
    await expect(push({ endpoint: server.url, restart: true, credentials })).rejects.toMatchObject({ status: 401 });
  });

  it('reads credentials only from the environment', () => {
    expect(credentialsFromEnv({ NEWSGRAPH_ENDPOINT_USER: 'u', NEWSGRAPH_ENDPOINT_PASSWORD: 'p' })).toEqual({ user: 'u', password: 'p' });
    expect(credentialsFromEnv({})).toBeNull();
  });

  it.each([['http://dba:dba@127.0.0.1:8890/sparql'], ['ftp://example.org/'], ['not a url']])('rejects the endpoint %j', (endpoint) => {
    expect(() => checkEndpoint(endpoint, 'push')).toThrow(UsageError);
  });

  it('parses a Digest challenge', () => {
    expect(parseDigest('Digest realm="r", nonce="n1", qop="auth,auth-int", opaque="o", algorithm=MD5')).toMatchObject({
      realm: 'r',
      nonce: 'n1',
      qop: 'auth',
      opaque: 'o',
      algorithm: 'MD5',
    });
  });
});
