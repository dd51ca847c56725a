/**
 * A re-push after the export changed replaces what the last push sent: the store then holds exactly the new
 * export (an article's changed graph has no stale triples left, a removed article's graph is dropped), in the
 * graph, update and dataset modes, also after an interrupted push and with --restart. Against a loopback store
 * backed by oxigraph (tests/faults/store-server.ts); the same against Virtuoso in tests/push/virtuoso.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import oxigraph from 'oxigraph';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import { exportGraph } from '../../src/output/index.ts';
import { GRAPH_IRI } from '../../src/rdf/vocabulary.ts';
import { pushGraph, type PushMode } from '../../src/query/push.ts';
import { fixtureExtractions } from '../query/fixture.ts';
import { startStoreServer, type StoreServer } from './store-server.ts';
import { outputText } from '../rdf/helpers.ts';

let dir: string;
let server: StoreServer;
const FAST = { backoffMs: 1, maxBackoffMs: 5 };

/** The first export: the whole fixture. */
const firstExport = () => buildGraph(fixtureExtractions());
/** The second: one article removed (wire_02), one changed (dev_01 loses a relation and a count changes). */
const secondExport = () =>
  buildGraph(
    fixtureExtractions()
      .filter((d) => d.document.id !== 'wire_02')
      .map((d) =>
        d.document.id !== 'dev_01'
          ? d
          : { ...d, relations: d.relations.filter((r) => r.object !== 'kalibr').map((r) => (r.object === 'kinzhal' ? { ...r, count: 7 } : r)) },
      ),
  );

/** The quads of the export in `dir` as the store should hold them (the default graph in the graph's IRI). */
function exported(): string[] {
  const store = new oxigraph.Store();
  store.load(outputText(dir, 'graph.trig'), { format: 'application/trig' });
  const quads = store
    .match()
    .map((q) => `${q.subject.toString()} ${q.predicate.toString()} ${q.object.toString()} ${q.graph.termType === 'DefaultGraph' ? `<${GRAPH_IRI}>` : q.graph.toString()}`)
    .sort();
  (store as unknown as { free(): void }).free();
  return quads;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-replace-'));
  server = await startStoreServer();
});

afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each<[PushMode]>([['graph'], ['update'], ['dataset']])('re-push in %s mode', (mode) => {
  it('leaves the store equal to the new export: changed graphs replaced, the removed article dropped', async () => {
    await exportGraph(firstExport(), dir);
    await pushGraph({ endpoint: server.url, dir, mode, batchSize: 40, retry: FAST });
    expect(server.quads()).toEqual(exported());
    await exportGraph(secondExport(), dir);
    const report = await pushGraph({ endpoint: server.url, dir, mode, batchSize: 40, retry: FAST });
    expect(server.quads()).toEqual(exported());
    expect(report.dropped).toBe(1);
    expect(server.quads().some((q) => q.includes('wire_02'))).toBe(false);
  });

  it('converges after an interrupted re-push, and with --restart', async () => {
    await exportGraph(firstExport(), dir);
    await pushGraph({ endpoint: server.url, dir, mode, batchSize: 40, retry: FAST });
    await exportGraph(secondExport(), dir);
    // 1. The re-push stops after its first acknowledged batch.
    let sent = 0;
    const stop = new Error('interrupted');
    await expect(
      pushGraph({
        endpoint: server.url, dir, mode, batchSize: 40, concurrency: 1, retry: { ...FAST, retries: 0 },
        onProgress: () => {
          sent += 1;
          if (sent === 1) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    // 2. The resumed push finishes the job.
    await pushGraph({ endpoint: server.url, dir, mode, batchSize: 40, retry: FAST });
    expect(server.quads()).toEqual(exported());
    // 3. --restart sends everything again and still drops nothing it should keep.
    await pushGraph({ endpoint: server.url, dir, mode, batchSize: 40, retry: FAST, restart: true });
    expect(server.quads()).toEqual(exported());
  });
});

it('a changed --default-graph drops the old one', async () => {
  await exportGraph(firstExport(), dir);
  await pushGraph({ endpoint: server.url, dir, mode: 'graph', retry: FAST });
  await pushGraph({ endpoint: server.url, dir, mode: 'graph', retry: FAST, defaultGraph: 'https://newsgraph.example.org/entities' });
  const graphs = new Set(server.quads().map((q) => q.split(' ').at(-1)));
  expect(graphs.has(`<${GRAPH_IRI}>`)).toBe(false);
  expect(graphs.has('<https://newsgraph.example.org/entities>')).toBe(true);
});
