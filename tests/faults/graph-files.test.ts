/**
 * Broken graph.json files through the Node side (`parseGraph`, `loadGraph`): one InputError naming the file, the
 * node or edge and the field, never a TypeError later in the query API. The explorer runs the same check
 * (tests/faults/explorer.test.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGraph, serializeGraph } from '../../src/graph/serialize.ts';
import { loadGraph } from '../../src/query/load.ts';
import { InputError } from '../../src/errors.ts';
import { buildSampleGraph } from '../web/fixtures/sample-graph.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { TEST_KNOWLEDGE, sampleEventArticles } from '../graph/event-fixture.ts';

type Json = { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: Array<{ key: string; attributes: Record<string, unknown> & { evidence?: Array<Record<string, unknown>> } }> };
/** The sample graph has no events; event cases start from a graph built of the event fixture's articles. */
const withEvents = (): Json => JSON.parse(serializeGraph(buildGraph(sampleEventArticles(), { knowledge: TEST_KNOWLEDGE }))) as Json;
const good = (): Json => JSON.parse(serializeGraph(buildSampleGraph())) as Json;
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-graph-files-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CASES: Array<[string, (g: Json) => void, RegExp]> = [
  ['an entity without aliases', (g) => delete g.nodes.find((n) => n.key === 'City:kyiv')!.attributes.aliases, /node "City:kyiv": aliases: .*expected array/],
  ['a node with empty attributes', (g) => (g.nodes[0]!.attributes = {}), /node "[^"]+": kind/],
  ['an entity of an unknown type', (g) => (g.nodes.find((n) => n.key === 'Country:russia')!.attributes.type = 'Planet'), /node "Country:russia": type/],
  ['a label that is a number', (g) => (g.nodes.find((n) => n.key === 'City:kyiv')!.attributes.label = 7), /node "City:kyiv": label: .*expected string/],
  ['a relation without evidence', (g) => delete g.edges.find((e) => e.attributes.kind === 'relation')!.attributes.evidence, /edge "rel\|[^"]+": evidence/],
  ['an evidence offset that is text', (g) => (g.edges.find((e) => e.attributes.kind === 'relation')!.attributes.evidence![0]!.start = 'x'), /evidence\.0\.start/],
  ['an unknown predicate', (g) => (g.edges.find((e) => e.attributes.kind === 'relation')!.attributes.predicate = 'bombed'), /predicate/],
  ['an event whose weapon line has a launched count in words', (g) => ((g.nodes.find((n) => n.attributes.kind === 'event')!.attributes.weapons as Array<Record<string, unknown>>)[0]!.launched = 'many'), /node "event:[^"]+": weapons\.0\.launched/],
  ['an event without its reports', (g) => delete g.nodes.find((n) => n.attributes.kind === 'event')!.attributes.reports, /node "event:[^"]+": reports/],
  ['an event edge of an unknown role', (g) => (g.edges.find((e) => e.attributes.kind === 'event-role')!.attributes.role = 'bystander'), /edge "[^"]+": role/],
  ['a node without a key', (g) => delete (g.nodes[1] as { key?: string }).key, /node #1: no string "key"/],
];

describe('broken graph.json', () => {
  it.each(CASES)('%s: one InputError naming the file, the item and the field', (name, breakIt, expected) => {
    const json = name.startsWith('an event') ? withEvents() : good();
    breakIt(json);
    let error: unknown;
    try {
      parseGraph(JSON.stringify(json), 'broken.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^broken\.json: /);
    expect((error as InputError).message).toMatch(expected);
    expect((error as InputError).message).not.toMatch(/\n/);
  });

  it('loadGraph (query, sparql) refuses an entity without aliases with the same InputError', async () => {
    const json = good();
    delete json.nodes.find((n) => n.key === 'City:kyiv')!.attributes.aliases;
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(json));
    await expect(loadGraph(dir)).rejects.toBeInstanceOf(InputError);
  });

  it('a graph written by serializeGraph passes the check unchanged', () => {
    const text = serializeGraph(buildSampleGraph());
    expect(serializeGraph(parseGraph(text))).toBe(text);
  });

  it('a graph with event nodes and event-role edges passes the check unchanged', () => {
    const graph = buildGraph(sampleEventArticles(), { knowledge: TEST_KNOWLEDGE });
    expect(graph.filterNodes((_, a) => a.kind === 'event').length).toBeGreaterThan(0);
    const text = serializeGraph(graph);
    expect(serializeGraph(parseGraph(text))).toBe(text);
  });
});
