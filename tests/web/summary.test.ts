/**
 * The explorer's summary of a graph (src/graph/summary.ts, what `newsgraph serve` sends as /graph.json): it
 * holds no document, evidence sentence or event report, yet every filter, count and chart the explorer draws from
 * it equals what it draws from the whole graph. Checked on the sample corpus's real build and on invented articles
 * whose documents report the figures of different claimants.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import type { EvidenceRecord, KnowledgeGraph, RelationAttributes } from '../../src/graph/types.ts';
import { loadGraph } from '../../src/query/load.ts';
import { claimStatements, dailySeries, eventCatalogue, eventRows, placeEvents, UNCLAIMED } from '../../src/web/events/index.ts';
import { applyFilters, defaultFilters, documentOutlets, filterDomain, sourcesInRange } from '../../src/web/filters/index.ts';
import type { FilterState } from '../../src/web/filters/types.ts';
import { distinctFigures, isSummary, sourceGroups, summaryGraph } from '../../src/graph/summary.ts';
import { TEST_KNOWLEDGE, article } from '../graph/event-fixture.ts';
import { sampleGraphDir } from '../query/sample-graph.ts';

const UAF = 'ukrainian-air-force';
const MOD = 'russian-ministry-of-defence';

/** Invented nights reported by three articles of two outlets, and one relation stated by all three. */
function inventedGraph(): KnowledgeGraph {
  const graph = buildGraph(
    [
      article('w1', '2024-02-03', [{ date: '2024-02-03', targets: ['kyiv'], claims: [{ by: UAF, lines: [['shahed-136', 35, 30], ['kh-101', 10, 8]] }] }]),
      article('w2', '2024-02-04', [{ date: '2024-02-03', targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 30, null]] }] }]),
      article('w3', '2024-02-05', [{ date: '2024-02-05', attacker: 'ukraine', kind: 'interception', claims: [{ by: MOD, lines: [['drone', null, 20]] }] }]),
    ],
    { knowledge: TEST_KNOWLEDGE },
  );
  const sources: Record<string, string> = { w1: 'https://www.first.example/a', w2: 'https://second.example/b', w3: 'https://first.example/c' };
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'document') graph.replaceNodeAttributes(key, { ...attributes, source: sources[key.slice(4)] ?? null });
  });
  const sentence = (document: string, published: string): EvidenceRecord => ({ document, text: `An invented sentence of ${document}.`, start: 0, end: 10, published, count: null, addressee: null });
  graph.addDirectedEdgeWithKey('rel|russia|launched|shahed-136', 'russia', 'shahed-136', {
    kind: 'relation', predicate: 'launched', firstDate: '2024-02-03', lastDate: '2024-02-05', documents: 3,
    evidence: [sentence('w1', '2024-02-03'), sentence('w1', '2024-02-03'), sentence('w2', '2024-02-04'), sentence('w3', '2024-02-05')],
  });
  return graph;
}

const filters = (edit: Partial<FilterState> = {}): FilterState => ({ ...defaultFilters(), ...edit });

/** Filter states that exercise the date range, outlets, claimants and the minimum of sources. */
const FILTERS: Array<[string, Partial<FilterState>]> = [
  ['none', {}],
  ['from a day', { from: '2024-02-04' }],
  ['to a day', { to: '2024-02-03' }],
  ['one day', { from: '2024-02-04', to: '2024-02-04' }],
  ['an outlet', { outlets: new Set(['first.example']) }],
  ['no outlet', { outlets: new Set<string>() }],
  ['a claimant', { claimants: new Set([UAF]) }],
  ['the article itself', { claimants: new Set([UNCLAIMED]) }],
  ['a claimant and a date', { claimants: new Set([UAF, MOD]), from: '2024-02-05' }],
  ['two sources', { minSources: 2 }],
  ['sample dates', { from: '2023-01-01', to: '2024-06-30' }],
];

/** What the explorer draws from a graph under a filter state, documents and mentions left out. */
function drawn(graph: KnowledgeGraph, state: FilterState) {
  const hidden = applyFilters(graph, state);
  const relations: Record<string, boolean> = {};
  graph.forEachEdge((key, attributes) => {
    if (attributes.kind === 'relation') relations[key] = !hidden.edges.has(key);
  });
  const entities: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'entity' && !hidden.nodes.has(key)) entities.push(key);
  });
  const catalogue = eventCatalogue(graph);
  const rows = eventRows(catalogue, state).map(({ documents: _documents, ...row }) => row);
  return { relations, entities, rows, series: dailySeries(catalogue, state, filterDomain(graph).dates) };
}

/** Source counts of each relation with the maps the explorer builds (outlets by document, claimants by document). */
function counted(graph: KnowledgeGraph, state: FilterState): Record<string, number> {
  const outlets = documentOutlets(graph);
  const claimants = eventCatalogue(graph).documentClaimants;
  const out: Record<string, number> = {};
  graph.forEachEdge((key, attributes) => {
    if (attributes.kind === 'relation') out[key] = sourcesInRange(attributes, state, outlets, state.claimants ? claimants : undefined);
  });
  return out;
}

describe.each<[string, () => Promise<KnowledgeGraph>]>([
  ['invented articles', () => Promise.resolve(inventedGraph())],
  ['the sample corpus', async () => (await loadGraph(await sampleGraphDir())).graph],
])('summary of %s', (_name, make) => {
  let whole: KnowledgeGraph;
  let summary: KnowledgeGraph;
  beforeAll(async () => {
    whole = await make();
    summary = summaryGraph(whole);
  });

  it('keeps entities, relations and events; leaves out documents, evidence and reports', () => {
    expect(isSummary(summary)).toBe(true);
    expect(isSummary(whole)).toBe(false);
    const kinds = (graph: KnowledgeGraph): Record<string, number> => {
      const count: Record<string, number> = {};
      graph.forEachNode((_key, attributes) => (count[attributes.kind] = (count[attributes.kind] ?? 0) + 1));
      graph.forEachEdge((_key, attributes) => (count[`edge:${attributes.kind}`] = (count[`edge:${attributes.kind}`] ?? 0) + 1));
      return count;
    };
    const full = kinds(whole);
    expect(full.document).toBeGreaterThan(0);
    expect(full.event).toBeGreaterThan(0);
    expect(kinds(summary)).toEqual({ entity: full.entity, event: full.event, 'edge:relation': full['edge:relation'] });
    summary.forEachEdge((_key, attributes) => expect((attributes as RelationAttributes).evidence).toEqual([]));
    summary.forEachNode((_key, attributes) => {
      if (attributes.kind === 'event') expect(attributes.reports).toEqual([]);
    });
    expect(JSON.stringify(summary.export()).length).toBeLessThan(JSON.stringify(whole.export()).length / 2);
  });

  it('has the filter domain of the whole graph (days, outlets, claimants, predicates)', () => {
    const full = filterDomain(whole);
    const short = filterDomain(summary);
    expect(short.dates).toEqual(full.dates);
    expect([...short.outletCounts]).toEqual([...full.outletCounts]);
    expect([...short.claimantCounts]).toEqual([...full.claimantCounts]);
    expect([...short.predicateCounts]).toEqual([...full.predicateCounts]);
    expect(short.maxSources).toBe(full.maxSources);
  });

  it.each(FILTERS)('counts and shows the same under the filter "%s"', (_filter, edit) => {
    const state = filters(edit);
    const full = drawn(whole, state);
    const short = drawn(summary, state);
    expect(short.relations).toEqual(full.relations);
    expect(short.entities).toEqual(full.entities);
    expect(short.rows).toEqual(full.rows);
    expect(short.series).toEqual(full.series);
    expect(counted(summary, state)).toEqual(counted(whole, state));
  });

  it('says who claimed what, and what hit each place, as the whole graph does', () => {
    const full = eventCatalogue(whole);
    const short = eventCatalogue(summary);
    expect(short.events.map((entry) => [entry.key, claimStatements(entry.attributes)])).toEqual(full.events.map((entry) => [entry.key, claimStatements(entry.attributes)]));
    for (const place of full.placeCounts.keys()) {
      const strip = (rows: ReturnType<typeof placeEvents>) => ({ outside: rows.outside, rows: rows.rows.map(({ documents: _documents, ...row }) => row) });
      expect(strip(placeEvents(short, place, filters()))).toEqual(strip(placeEvents(full, place, filters())));
    }
  });
});

describe('source groups', () => {
  const record = (document: string, published: string | null): EvidenceRecord => ({ document, text: 'x', start: 0, end: 1, published, count: null, addressee: null });
  const outlets = new Map([['a', 'one.example'], ['b', 'one.example'], ['c', 'two.example']]);
  const claimants = new Map([['a', new Set([UAF])], ['b', new Set([UAF])], ['c', new Set([MOD, UAF])]]);

  it.each<[string, EvidenceRecord[], Array<[string | null, string, string[], number]>]>([
    ['one document with two sentences counts once', [record('a', '2024-02-03T08:00:00Z'), record('a', '2024-02-03T08:00:00Z')], [['2024-02-03', 'one.example', [UAF], 1]]],
    ['two documents of one day, outlet and claimant share a group', [record('a', '2024-02-03'), record('b', '2024-02-03')], [['2024-02-03', 'one.example', [UAF], 2]]],
    ['another day is another group', [record('a', '2024-02-03'), record('b', '2024-02-04')], [['2024-02-03', 'one.example', [UAF], 1], ['2024-02-04', 'one.example', [UAF], 1]]],
    ['another outlet and claimants are another group', [record('a', '2024-02-03'), record('c', '2024-02-03')], [['2024-02-03', 'one.example', [UAF], 1], ['2024-02-03', 'two.example', [MOD, UAF].sort(), 1]]],
    ['an undated document with no outlet or claimant', [record('z', null)], [[null, 'unknown outlet', [], 1]]],
    ['no evidence, no group', [], []],
  ])('%s', (_name, evidence, expected) => {
    expect(sourceGroups(evidence, outlets, claimants).map((group) => [group.day, group.outlet, group.claimants, group.documents])).toEqual(expected);
  });

  it('keeps each distinct figure once, without its document', () => {
    const figure = (document: string, claimedBy: string | null, launched: number | null) => ({ document, claimedBy, weapon: 'shahed-136', launched, intercepted: null });
    expect(distinctFigures([figure('a', UAF, 30), figure('b', UAF, 30), figure('b', null, 30), figure('c', UAF, 31)])).toEqual([
      figure('', UAF, 30), figure('', null, 30), figure('', UAF, 31),
    ]);
  });
});
