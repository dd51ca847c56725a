/**
 * Events across articles (src/graph/events.ts): reports of one attack merge into one event node; two nights, two
 * sides, undated reports and reports of one article stay apart as GUIDELINES.md and issue 9 say; figures are
 * reconciled by the stated rule and never summed; a generated corpus of 300 reports of 20 nights gives 20 events;
 * updates and removals give what a fresh build gives.
 */
import { describe, expect, it } from 'vitest';
import { addExtractions, buildGraph, removeDocument } from '../../src/graph/build.ts';
import { projectEventKnowledge } from '../../src/graph/knowledge.ts';
import { reconcileFigure } from '../../src/graph/events.ts';
import type { EventAttributes, EventFigure, KnowledgeGraph } from '../../src/graph/types.ts';
import { snapshot } from '../rdf/helpers.ts';
import { TEST_KNOWLEDGE, article, nightsCorpus } from './event-fixture.ts';

const knowledge = TEST_KNOWLEDGE;

function events(graph: KnowledgeGraph): [string, EventAttributes][] {
  const out: [string, EventAttributes][] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === 'event') out.push([key, a]);
  });
  return out.sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

const line = (event: EventAttributes, weapon: string) => event.weapons.find((w) => w.weapon === weapon);

describe('merging reports into events', () => {
  it('merges two articles reporting one night into one event listing both reports and their figures', () => {
    const g = buildGraph(
      [
        article('a1', '2024-01-02', [{ date: '2024-01-02', targets: ['kyiv'], claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', 35, 30]] }] }]),
        article('a2', '2024-01-03', [{ date: '2024-01-02', targets: ['lviv'], claims: [{ by: null, lines: [['shahed-136', 35, null], ['kh-101', 10, 8]] }] }]),
      ],
      { knowledge },
    );
    const all = events(g);
    expect(all.map(([key]) => key)).toEqual(['event:2024-01-02/russia/1']);
    const [, e] = all[0]!;
    expect(e.reports.map((r) => [r.document, r.event, r.published])).toEqual([['a1', 'a1#e1', '2024-01-02'], ['a2', 'a2#e1', '2024-01-03']]);
    expect(e.documents).toBe(2);
    expect(e.targets).toEqual(['kyiv', 'lviv']);
    expect(e.claimants).toEqual(['ukrainian-air-force']);
    expect(line(e, 'shahed-136')).toMatchObject({ launched: 35, intercepted: 30, conflict: false, launchedRule: 'official-latest' });
    expect(line(e, 'shahed-136')?.figures.map((f) => [f.document, f.claimedBy, f.launched])).toEqual([['a1', 'ukrainian-air-force', 35], ['a2', null, 35]]);
    expect(line(e, 'kh-101')).toMatchObject({ launched: 10, intercepted: 8, launchedRule: 'largest' });
    // Typed edges to attacker, weapons, targets, claimants and documents.
    const roles = g.outEdges('event:2024-01-02/russia/1').map((k) => `${g.getEdgeAttribute(k, 'role' as never)}:${g.target(k)}`).sort();
    expect(roles).toEqual(['attacker:russia', 'claimant:ukrainian-air-force', 'report:doc:a1', 'report:doc:a2', 'target:kyiv', 'target:lviv', 'weapon:kh-101', 'weapon:shahed-136']);
  });

  const table: [string, Parameters<typeof article>[2][], string[]][] = [
    [
      'two nights in one article are two events',
      [[
        { date: '2024-01-01', targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 20, null]] }] },
        { date: '2024-01-02', targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 30, null]] }] },
      ]],
      ['event:2024-01-01/russia/1', 'event:2024-01-02/russia/1'],
    ],
    [
      'one night, no shared weapon or target: two events',
      [[{ date: '2024-01-02', targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 20, null]] }] }], [{ date: '2024-01-02', targets: ['odesa'], claims: [{ by: null, lines: [['kalibr', 4, null]] }] }]],
      ['event:2024-01-02/russia/1', 'event:2024-01-02/russia/2'],
    ],
    [
      'a class and a system of it overlap ("drone" and Shahed-136)',
      [[{ date: '2024-01-02', claims: [{ by: null, lines: [['drone', 20, null]] }] }], [{ date: '2024-01-02', claims: [{ by: null, lines: [['shahed-136', 20, 18]] }] }]],
      ['event:2024-01-02/russia/1'],
    ],
    [
      'a null date never merges by date alone',
      [[{ date: null, targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 20, null]] }] }], [{ date: null, targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 20, null]] }] }]],
      ['event:undated/russia/1', 'event:undated/russia/2'],
    ],
    [
      'same weapons on two dates stay apart',
      [[{ date: '2024-01-02', claims: [{ by: null, lines: [['shahed-136', 20, null]] }] }], [{ date: '2024-01-03', claims: [{ by: null, lines: [['shahed-136', 20, null]] }] }]],
      ['event:2024-01-02/russia/1', 'event:2024-01-03/russia/1'],
    ],
    [
      'another attacker the same night is another event',
      [[{ date: '2024-01-02', targets: ['kyiv'], claims: [{ by: null, lines: [['drone', 20, null]] }] }], [{ date: '2024-01-02', attacker: 'ukraine', targets: ['kyiv'], claims: [{ by: null, lines: [['drone', 20, null]] }] }]],
      ['event:2024-01-02/russia/1', 'event:2024-01-02/ukraine/1'],
    ],
  ];
  it.each(table)('%s', (_name, perArticle, expected) => {
    const g = buildGraph(perArticle.map((reports, i) => article(`t${i}`, '2024-01-05', reports)), { knowledge });
    expect(events(g).map(([key]) => key)).toEqual(expected);
  });

  it('never puts two reports of one article into one event, even when a third article overlaps both', () => {
    const g = buildGraph(
      [
        article('a1', '2024-01-02', [
          { date: '2024-01-02', kind: 'attack', targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 40, null], ['kinzhal', 2, null]] }] },
          { date: '2024-01-02', kind: 'interception', targets: ['lviv'], claims: [{ by: 'poland', lines: [['shahed-136', null, 2]] }] },
        ]),
        article('a2', '2024-01-02', [{ date: '2024-01-02', targets: ['kyiv', 'lviv'], claims: [{ by: null, lines: [['shahed-136', 40, null], ['kinzhal', 2, null]] }] }]),
      ],
      { knowledge },
    );
    const all = events(g);
    expect(all).toHaveLength(2);
    for (const [, e] of all) expect(new Set(e.reports.map((r) => r.document)).size).toBe(e.reports.length);
    // The attack report joins the report that shares more with it.
    expect(all.map(([, e]) => [e.eventKind, e.reports.map((r) => r.event)])).toEqual([['attack', ['a1#e1', 'a2#e1']], ['interception', ['a1#e2']]]);
  });

  it("keeps two sides' claims of one night as two claims of one event, never summed", () => {
    const g = buildGraph(
      [
        article('a1', '2024-01-02', [
          {
            date: '2024-01-02',
            targets: ['kyiv'],
            claims: [
              { by: 'ukrainian-air-force', lines: [['kh-101', 40, 30]] },
              { by: 'russian-ministry-of-defence', lines: [['kh-101', null, 0]] },
            ],
          },
        ]),
        article('a2', '2024-01-02', [{ date: '2024-01-02', targets: ['kyiv'], claims: [{ by: 'russian-ministry-of-defence', lines: [['kh-101', 45, null]] }] }]),
      ],
      { knowledge },
    );
    const [[, e]] = events(g) as [[string, EventAttributes]];
    expect(e.claimants).toEqual(['russian-ministry-of-defence', 'ukrainian-air-force']);
    const kh = line(e, 'kh-101')!;
    expect(kh.figures.map((f) => [f.claimedBy, f.launched, f.intercepted])).toEqual([
      ['ukrainian-air-force', 40, 30],
      ['russian-ministry-of-defence', null, 0],
      ['russian-ministry-of-defence', 45, null],
    ]);
    // The attacked side's figures win; the other side's stay listed; nothing is added up.
    expect([kh.launched, kh.intercepted, kh.launchedRule, kh.interceptedRule, kh.conflict]).toEqual([40, 30, 'official-latest', 'official-latest', true]);
  });

  it('folds a class line into the one system of that class, keeping the figure with the name its report used', () => {
    const g = buildGraph(
      [
        article('a1', '2024-01-02', [{ date: '2024-01-02', claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', 40, 35]] }] }]),
        article('a2', '2024-01-02', [{ date: '2024-01-02', claims: [{ by: null, lines: [['drone', 50, null]] }] }]),
      ],
      { knowledge },
    );
    const [[, e]] = events(g) as [[string, EventAttributes]];
    expect(e.weapons.map((w) => w.weapon)).toEqual(['shahed-136']);
    const shahed = line(e, 'shahed-136')!;
    expect(shahed.figures.map((f) => [f.weapon, f.launched])).toEqual([['shahed-136', 40], ['drone', 50]]);
    // Figures naming the system beat figures naming only its class.
    expect([shahed.launched, shahed.launchedRule, shahed.classes]).toEqual([40, 'official-latest', ['kamikaze-drone', 'drone']]);
    // Without the knowledge of classes, the lines stay apart (and no claimant is official).
    const plain = events(buildGraph([article('a1', '2024-01-02', [{ date: '2024-01-02', claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', 40, 35]] }] }])]));
    expect(plain[0]![1].weapons[0]).toMatchObject({ launchedRule: 'largest', classes: [] });
  });

  it('keeps class and system apart when one article names both', () => {
    const g = buildGraph(
      [article('a1', '2024-01-02', [{ date: '2024-01-02', claims: [{ by: null, lines: [['drone', 60, null], ['shahed-136', 40, null]] }] }])],
      { knowledge },
    );
    expect(events(g)[0]![1].weapons.map((w) => [w.weapon, w.launched])).toEqual([['drone', 60], ['shahed-136', 40]]);
  });
});

describe('reconcileFigure: the stated rule', () => {
  const published: Record<string, string | null> = { a: '2024-01-02', b: '2024-01-03', c: null };
  const f = (document: string, claimedBy: string | null, weapon: string, launched: number | null): EventFigure => ({ document, claimedBy, weapon, launched, intercepted: null });
  const official = (c: string | null): boolean => c === 'af';
  const table: [string, EventFigure[], number | null, string | null][] = [
    ['no figure: unknown, not 0', [f('a', null, 'x', null)], null, null],
    ['the official claimant of the latest report', [f('a', 'af', 'x', 30), f('b', 'af', 'x', 32), f('b', null, 'x', 50)], 32, 'official-latest'],
    ['an undated report counts as the oldest', [f('c', 'af', 'x', 99), f('a', 'af', 'x', 30)], 30, 'official-latest'],
    ['no official figure: the largest', [f('a', null, 'x', 30), f('b', 'tass', 'x', 20)], 30, 'largest'],
    ['the system beats its class', [f('a', 'af', 'drone', 60), f('b', null, 'x', 40)], 40, 'largest'],
    ['only the class: its figures count', [f('a', null, 'drone', 60)], 60, 'largest'],
  ];
  it.each(table)('%s', (_name, figures, value, rule) => {
    expect(reconcileFigure('x', figures, 'launched', (d) => published[d] ?? null, official)).toEqual({ value, rule });
  });
});

describe('a corpus of 300 reports of 20 nights', () => {
  const { articles, nights } = nightsCorpus(20, 300);
  const graph = buildGraph(articles, { knowledge });
  const all = events(graph);

  it('gives 20 events, one per night, holding all 300 reports', () => {
    expect(articles.length).toBeLessThan(300);
    expect(articles.flatMap((a) => a.events)).toHaveLength(300);
    expect(all).toHaveLength(20);
    expect(all.map(([, e]) => e.date).sort()).toEqual(nights.map((n) => n.date).sort());
    expect(all.reduce((sum, [, e]) => sum + e.reports.length, 0)).toBe(300);
    for (const [, e] of all) expect(e.reports.every((r) => r.date === e.date)).toBe(true);
  });

  it("reconciles each night's figures to the Air Force's, without adding reports up", () => {
    let official = 0;
    for (const [, e] of all) {
      const night = nights.find((n) => n.date === e.date)!;
      for (const w of e.weapons) {
        const truth = night.official[w.weapon];
        if (!truth) continue;
        if (w.launchedRule === 'official-latest') {
          expect([w.launched, w.intercepted]).toEqual(truth);
          official += 1;
        }
        const stated = w.figures.map((f) => f.launched).filter((n): n is number => n !== null);
        if (w.launched !== null) expect(stated).toContain(w.launched);
      }
    }
    expect(official).toBeGreaterThanOrEqual(40);
  });

  it('gives the same graph built in one go, in two batches, in reverse order, or after removing and re-adding articles', () => {
    const whole = snapshot(graph);
    const twice = buildGraph([], { knowledge });
    addExtractions(twice, articles.slice(150), { knowledge });
    addExtractions(twice, articles.slice(0, 150), { knowledge });
    expect(snapshot(twice)).toEqual(whole);
    expect(snapshot(buildGraph([...articles].reverse(), { knowledge }))).toEqual(whole);
    const edited = buildGraph(articles, { knowledge });
    for (const a of articles.slice(0, 40)) removeDocument(edited, a.document.id, { knowledge });
    expect(events(edited).reduce((sum, [, e]) => sum + e.reports.length, 0)).toBe(300 - articles.slice(0, 40).reduce((n, a) => n + a.events.length, 0));
    addExtractions(edited, articles.slice(0, 40), { knowledge });
    expect(snapshot(edited)).toEqual(whole);
  });

  it('replaces an article given again instead of adding its reports twice', () => {
    const g = buildGraph(articles, { knowledge });
    addExtractions(g, articles.slice(0, 5), { knowledge });
    expect(snapshot(g)).toEqual(snapshot(graph));
  });
});

describe('project knowledge (gazetteer and lexicon)', () => {
  const k = projectEventKnowledge();
  it('knows weapon classes nearest first and the side each claimant speaks for', () => {
    expect(k.weaponClasses('shahed-136')).toEqual(['kamikaze-drone', 'attack-drone', 'drone']);
    expect(k.weaponClasses('kh-101')).toEqual(['cruise-missile', 'missile']);
    expect(k.weaponClasses('drone')).toEqual([]);
    expect(['ukrainian-air-force', 'yurii-ihnat', 'russian-ministry-of-defence', 'reuters', 'ukraine'].map((e) => k.sideOf(e))).toEqual(['ukraine', 'ukraine', 'russia', null, 'ukraine']);
    expect(k.opponentOf('russia')).toBe('ukraine');
  });
});
