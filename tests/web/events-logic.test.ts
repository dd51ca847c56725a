/**
 * Unit tests of the explorer's event logic (src/web/events/index.ts, DOM-free): the catalogue of event nodes, the
 * filters on events (event date, place, weapon, claimant), the per-day series of the chart, the rows of the event
 * list and of a place's panel, who claimed what, unknown numbers, the claimant filter on relation evidence, and the
 * URL state and caption of the new filters. The articles are invented, built by the graph's own merge.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import type { FigureRule, RelationAttributes } from '../../src/graph/types.ts';
import { ruleText } from '../../src/web/events/panels.ts';
import { captionLines } from '../../src/web/export/legend.ts';
import {
  UNCLAIMED, claimStatements, dailySeries, eventCatalogue, eventDateInRange, eventRows, figureText, formatCount, placeEvents, statementText,
} from '../../src/web/events/index.ts';
import { defaultFilters, documentsInFilters, filterDomain } from '../../src/web/filters/index.ts';
import type { FilterState } from '../../src/web/filters/types.ts';
import { decodeViewState, defaultViewState, encodeViewState } from '../../src/web/state/url.ts';
import { TEST_KNOWLEDGE, article } from '../graph/event-fixture.ts';

const UAF = 'ukrainian-air-force';
const MOD = 'russian-ministry-of-defence';
const NIGHT_A = 'event:2024-02-03/russia/1';
const NIGHT_B = 'event:2024-02-05/ukraine/1';
const NIGHT_C = 'event:2024-02-05/russia/1';
const UNDATED = 'event:undated/russia/1';

/**
 * Night A (3 Feb) told by two articles: the Air Force's 35 of 35 Shahed-136 and 8 of 10 Kh-101, and an unattributed
 * 30 Shahed-136; night B (5 Feb): the Defence Ministry's 20 drones shot down (no launch figure); night C (5 Feb):
 * Kalibr named without a number; an undated attack on Kyiv with 5 missiles launched.
 */
function graph() {
  return buildGraph(
    [
      article('w1', '2024-02-03', [
        { date: '2024-02-03', targets: ['kyiv', 'lviv'], claims: [{ by: UAF, lines: [['shahed-136', 35, 35], ['kh-101', 10, 8]] }] },
        { date: null, targets: ['kyiv'], claims: [{ by: UAF, lines: [['missile', 5, null]] }] },
      ]),
      article('w2', '2024-02-04', [{ date: '2024-02-03', targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 30, null]] }] }]),
      article('w3', '2024-02-05', [
        { date: '2024-02-05', attacker: 'ukraine', kind: 'interception', claims: [{ by: MOD, lines: [['drone', null, 20]] }] },
        { date: '2024-02-05', targets: ['odesa'], claims: [{ by: null, lines: [['kalibr', null, null]] }] },
      ]),
    ],
    { knowledge: TEST_KNOWLEDGE },
  );
}

const filters = (edit: Partial<FilterState> = {}): FilterState => ({ ...defaultFilters(), ...edit });
const DAYS = ['2024-02-02', '2024-02-03', '2024-02-04', '2024-02-05'];

describe('event catalogue', () => {
  it('lists every event node by date, undated last, with the claimants of its figures', () => {
    const catalogue = eventCatalogue(graph());
    expect(catalogue.events.map((entry) => entry.key)).toEqual([NIGHT_A, NIGHT_C, NIGHT_B, UNDATED]);
    expect([...(catalogue.events[0]?.claimants ?? [])].sort()).toEqual([UNCLAIMED, UAF].sort());
    expect(catalogue.claimantCounts.get(UNCLAIMED)).toBe(2);
    expect(catalogue.claimantCounts.get(UAF)).toBe(2);
    expect(catalogue.claimantCounts.get(MOD)).toBe(1);
    expect([...(catalogue.documentClaimants.get('w3') ?? [])].sort()).toEqual([UNCLAIMED, MOD].sort());
  });

  it('adds the event dates to the time slider\'s days (these articles have no relation, so no publication date is one)', () => {
    expect(filterDomain(graph()).dates).toEqual(['2024-02-03', '2024-02-05']);
  });
});

describe('launched and intercepted per day', () => {
  it('adds up the events of each day with their reconciled numbers; a day without events stays empty', () => {
    const series = dailySeries(eventCatalogue(graph()), filters(), DAYS);
    expect(series.map((day) => [day.date, day.events, day.launched, day.intercepted])).toEqual([
      ['2024-02-02', 0, null, null],
      ['2024-02-03', 1, 45, 43],
      ['2024-02-04', 0, null, null],
      ['2024-02-05', 2, null, 20],
    ]);
    // 5 Feb: neither event gives a launch figure, one gives no interception figure: unknown, never 0
    expect(series[3]).toMatchObject({ unknownLaunched: 2, unknownIntercepted: 1 });
  });

  it('ignores the date range (the chart marks it) but follows place, weapon and claimant', () => {
    const catalogue = eventCatalogue(graph());
    expect(dailySeries(catalogue, filters({ from: '2024-02-05' }), DAYS)[1]?.launched).toBe(45);
    expect(dailySeries(catalogue, filters({ place: 'odesa' }), DAYS).map((day) => day.events)).toEqual([0, 0, 0, 1]);
    expect(dailySeries(catalogue, filters({ weapon: 'drone' }), DAYS).map((day) => day.events)).toEqual([0, 1, 0, 1]);
  });

  it('with a claimant chosen, shows that claimant\'s own figures', () => {
    const catalogue = eventCatalogue(graph());
    const unattributed = dailySeries(catalogue, filters({ claimants: new Set([UNCLAIMED]) }), DAYS);
    // the unattributed report of night A gave 30 Shahed-136 and nothing else
    expect([unattributed[1]?.launched, unattributed[1]?.intercepted]).toEqual([30, null]);
    const ministry = dailySeries(catalogue, filters({ claimants: new Set([MOD]) }), DAYS);
    expect(ministry.map((day) => day.events)).toEqual([0, 0, 0, 1]);
    expect(ministry[3]?.intercepted).toBe(20);
  });
});

describe('event list and place panel rows', () => {
  it('filters events by event date; an undated event only without a date range', () => {
    const catalogue = eventCatalogue(graph());
    expect(eventRows(catalogue, filters()).map((row) => row.key)).toEqual([NIGHT_A, NIGHT_C, NIGHT_B, UNDATED]);
    expect(eventRows(catalogue, filters({ from: '2024-02-04' })).map((row) => row.key)).toEqual([NIGHT_C, NIGHT_B]);
    expect(eventRows(catalogue, filters({ to: '2024-02-03' })).map((row) => row.key)).toEqual([NIGHT_A]);
  });

  it.each<[string, string | null, string | null, boolean]>([
    ['inside', '2024-02-01', '2024-02-03', true],
    ['on the first day', '2024-02-03', null, true],
    ['after the range', null, '2024-02-02', false],
    ['open range', null, null, true],
  ])('event date %s', (_name, from, to, inside) => {
    expect(eventDateInRange('2024-02-03', { from, to })).toBe(inside);
  });

  it('hides the events of other claimants', () => {
    const catalogue = eventCatalogue(graph());
    expect(eventRows(catalogue, filters({ claimants: new Set([MOD]) })).map((row) => row.key)).toEqual([NIGHT_B]);
    expect(eventRows(catalogue, filters({ claimants: new Set([UAF]) })).map((row) => row.key)).toEqual([NIGHT_A, UNDATED]);
  });

  it('answers what hit a place: its events with weapons, numbers and reports, and how many lie outside the filters', () => {
    const catalogue = eventCatalogue(graph());
    const all = placeEvents(catalogue, 'kyiv', filters());
    expect(all.rows.map((row) => row.key)).toEqual([NIGHT_A, UNDATED]);
    expect(all.outside).toBe(0);
    const nightA = all.rows[0];
    expect(nightA?.documents).toEqual(['w1', 'w2']);
    expect(nightA?.lines.map((line) => [line.weapon, line.launched, line.intercepted, line.conflict])).toEqual([
      ['shahed-136', 35, 35, true],
      ['kh-101', 10, 8, false],
    ]);
    expect(all.rows[1]?.lines.map((line) => [line.weapon, formatCount(line.launched), formatCount(line.intercepted)])).toEqual([['missile', '5', 'unknown']]);
    const dated = placeEvents(catalogue, 'kyiv', filters({ from: '2024-02-01' }));
    expect([dated.rows.map((row) => row.key), dated.outside]).toEqual([[NIGHT_A], 1]);
    expect(placeEvents(catalogue, 'odesa', filters()).rows[0]?.lines.map((line) => [line.launched, line.intercepted])).toEqual([[null, null]]);
  });
});

describe('who claimed what', () => {
  it('says each claimant\'s figures, per weapon, without adding claims up', () => {
    const g = graph();
    const night = g.getNodeAttributes(NIGHT_A);
    if (night.kind !== 'event') throw new Error('expected an event node');
    const label = (key: string): string => ({ [UAF]: 'Ukrainian Air Force', [UNCLAIMED]: 'Unattributed' })[key] ?? key;
    expect(claimStatements(night).map((statement) => statementText(statement, label)).sort()).toEqual([
      'Ukrainian Air Force: 35 of 35 shahed-136 shot down, 8 of 10 kh-101 shot down',
      'Unattributed: 30 shahed-136 launched',
    ]);
  });

  it.each<[number | null, number | null, string]>([
    [35, 35, '35 of 35 Shahed shot down'],
    [40, null, '40 Shahed launched'],
    [null, 12, '12 Shahed shot down'],
    [null, null, 'Shahed named, no figure'],
    [0, 0, '0 of 0 Shahed shot down'],
  ])('figure %s launched, %s intercepted reads "%s"', (launched, intercepted, text) => {
    expect(figureText('Shahed', launched, intercepted)).toBe(text);
  });

  it.each<[FigureRule | null, FigureRule | null, string]>([
    ['official-latest', 'official-latest', 'official figure, latest report'],
    ['largest', 'official-latest', 'launched: largest stated figure; intercepted: official figure, latest report'],
    [null, 'largest', 'intercepted: largest stated figure'],
    [null, null, ''],
  ])('says how a line\'s numbers were chosen (%s, %s)', (launched, intercepted, text) => {
    expect(ruleText(launched, intercepted)).toBe(text);
  });

  it('shows an unknown number as unknown and zero as 0', () => {
    expect([formatCount(null), formatCount(0), formatCount(12)]).toEqual(['unknown', '0', '12']);
  });
});

describe('claimant filter on relation evidence', () => {
  it('counts a sentence only from documents that report a chosen claimant\'s figures', () => {
    const attributes: RelationAttributes = {
      kind: 'relation', predicate: 'launched', firstDate: '2024-02-03', lastDate: '2024-02-05', documents: 3,
      evidence: ['w1', 'w2', 'w3'].map((document) => ({ document, text: 'An invented sentence.', start: 0, end: 21, published: '2024-02-04', count: null, addressee: null })),
    };
    const claimants = eventCatalogue(graph()).documentClaimants;
    expect([...documentsInFilters(attributes, filters({ claimants: new Set([MOD]) }), undefined, claimants)]).toEqual(['w3']);
    expect([...documentsInFilters(attributes, filters({ claimants: new Set([UAF]) }), undefined, claimants)]).toEqual(['w1']);
    expect([...documentsInFilters(attributes, filters(), undefined, claimants)]).toEqual(['w1', 'w2', 'w3']);
  });
});

describe('URL state and caption of the event filters', () => {
  it('round-trips claimants, place, weapon and claimant colours', () => {
    const state = { ...defaultViewState(), color: 'claimant' as const };
    state.filters.claimants = new Set([UAF, UNCLAIMED]);
    state.filters.place = 'kyiv';
    state.filters.weapon = 'shahed-136';
    const fragment = encodeViewState(state);
    expect(fragment).toContain('color=claimant');
    expect(decodeViewState(fragment)).toEqual(state);
    expect(encodeViewState(defaultViewState())).toBe('');
  });

  it('names the chosen claimants, place and weapon and counts the events in the caption', () => {
    const lines = captionLines({
      mode: 'graph', filters: filters({ claimants: new Set([UAF]), place: 'kyiv' }), allTypes: ['City'], allPredicates: ['launched'],
      dates: DAYS, shownNodes: 3, shownEdges: 2, sources: 1, origin: 'graph.json', events: 2,
      label: (key) => (key === UAF ? 'Ukrainian Air Force' : key === 'kyiv' ? 'Kyiv' : key),
    });
    expect(lines[0]).toContain(', 2 events');
    expect(lines[2]).toContain('claimants: Ukrainian Air Force');
    expect(lines[2]).toContain('events at Kyiv');
    expect(captionLines({ mode: 'graph', filters: filters(), allTypes: [], allPredicates: [], dates: [], shownNodes: 0, shownEdges: 0, sources: 0, origin: 'g' })[2]).toContain('all claimants');
  });
});
