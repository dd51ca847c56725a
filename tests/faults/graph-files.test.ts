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

type Json = { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: Array<{ key: string; attributes: Record<string, unknown> & { evidence?: Array<Record<string, unknown>> } }> };
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
  ['a node without a key', (g) => delete (g.nodes[1] as { key?: string }).key, /node #1: no string "key"/],
];

describe('broken graph.json', () => {
  it.each(CASES)('%s: one InputError naming the file, the item and the field', (_name, breakIt, expected) => {
    const json = good();
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
});
