/**
 * The query API (NewsGraph) on the hand-built fixture graph: alias lookup, relation filters, neighbours, paths,
 * timelines, same-day deduplicated aggregates, and the errors for unknown names and bad options.
 */
import { describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../../src/errors.ts';
import { NewsGraph } from '../../src/query/news-graph.ts';
import { closestNames, editDistance } from '../../src/query/normalize.ts';
import { fixtureGraph } from './fixture.ts';

const g = new NewsGraph(fixtureGraph());
const triple = (r: { subject: { label: string }; predicate: string; object: { label: string } }): string =>
  `${r.subject.label} ${r.predicate} ${r.object.label}`;

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['zelensky', 'zelenskyy', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('editDistance(%j, %j) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('gives up beyond the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('ranks prefix matches before edit-distance matches', () => {
    const names = closestNames('kin', [
      { name: 'Kinzhal', key: 'kinzhal' },
      { name: 'Kyiv', key: 'kyiv' },
      { name: 'Kalibr', key: 'kalibr' },
    ]);
    expect(names[0]).toBe('Kinzhal');
  });
});

describe('entity()', () => {
  it.each([
    ['Zelensky', 'volodymyr-zelenskyy'],
    ['Volodymyr Zelenskyy', 'volodymyr-zelenskyy'],
    ['zelenskiy', 'volodymyr-zelenskyy'],
    ['ZELENSKYY', 'volodymyr-zelenskyy'], // surname of the label
    ['EU', 'european-union'],
    ['e.u.', 'european-union'],
    ['Kiev', 'kyiv'],
    ['u.s.', 'united-states'],
    ['Q159', 'russia'],
    ['russia', 'russia'],
    ['kh 22', 'kh-22'],
    ['Kh-47M2', 'kinzhal'],
    ['generic:cruise-missile', 'generic:cruise-missile'],
  ])('%j resolves to %s', (name, id) => {
    expect(g.entity(name).id).toBe(id);
  });

  it('returns the merged entity with its attributes', () => {
    const russia = g.entity('Moscow');
    expect(russia).toMatchObject({ id: 'russia', label: 'Russia', type: 'Country', wikidata: 'Q159' });
    expect(russia.documents).toBe(6); // every fixture document but dev_09
  });

  it('raises NotFoundError with the closest names for an unknown entity', () => {
    let error: unknown;
    try {
      g.entity('Kinzal');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).suggestions[0]).toBe('Kinzhal');
  });

  it('suggests by prefix too', () => {
    expect(() => g.entity('Patri')).toThrow(NotFoundError);
    try {
      g.entity('Patri');
    } catch (e) {
      expect((e as NotFoundError).suggestions).toContain('Patriot');
    }
  });

  it.each([[''], ['   ']])('rejects the empty name %j', (name) => {
    expect(() => g.entity(name)).toThrow(UsageError);
  });
});

describe('relations()', () => {
  it('finds Russia launched Kinzhal from an alias', () => {
    const [r, ...rest] = g.relations({ subject: 'Moscow', predicate: 'launched', object: 'Kinzhals' });
    expect(rest).toHaveLength(0);
    expect(triple(r!)).toBe('Russia launched Kinzhal');
    expect(r!.documents).toBe(3);
    expect(r!.firstDate).toBe('2023-05-16');
    expect(r!.lastDate).toBe('2023-05-20');
    // dev_01 and wire_01 report the same night (6 each): counted once, plus 2 on 2023-05-20.
    expect(r!.count).toBe(8);
  });

  it.each([
    [{ subject: 'Russia', predicate: 'launched' as const }, ['Russia launched Kinzhal', 'Russia launched Kalibr', 'Russia launched Kh-22', 'Russia launched cruise missile', 'Russia launched Shahed-136', 'Russia launched Kh-101']],
    [{ predicate: 'condemned' as const }, ['European Union condemned Russia', 'Josep Borrell condemned Russia']],
    [{ object: 'Patriot' }, ['Volodymyr Zelenskyy requested Patriot', 'Yurii Ihnat requested Patriot']],
    [{ predicate: 'requested' as const, object: 'Patriot', from: '2023' }, ['Yurii Ihnat requested Patriot']],
    [{ subject: 'Russia', predicate: 'targeted' as const, minSources: 2 }, ['Russia targeted Kyiv']],
    [{ subject: 'Russia', predicate: 'launched' as const, to: '2022-12' }, ['Russia launched cruise missile']],
    [{ subject: 'EU', object: 'Ukraine' }, []],
  ])('%j', (query, expected) => {
    expect(g.relations(query).map(triple).sort()).toEqual([...expected].sort());
  });

  it('sorts the most-reported relations first', () => {
    const list = g.relations({ subject: 'Russia' });
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.documents).toBeGreaterThanOrEqual(list[i]!.documents);
    // Kinzhal and Kyiv both have 3 documents; ties go by predicate order (launched before targeted).
    expect(list.slice(0, 2).map(triple)).toEqual(['Russia launched Kinzhal', 'Russia targeted Kyiv']);
  });

  it('recomputes documents, dates and counts inside a date range', () => {
    const [r] = g.relations({ subject: 'Russia', object: 'Kinzhal', from: '2023-05-17' });
    expect(r).toMatchObject({ documents: 1, firstDate: '2023-05-20', lastDate: '2023-05-20', count: 2 });
    expect(r!.evidence.map((e) => e.document)).toEqual(['wire_02']);
  });

  it('returns every relation without filters', () => {
    expect(g.relations()).toHaveLength(g.size.relations);
  });

  it.each([
    [{ predicate: 'fired' as never }, UsageError],
    [{ from: '16/05/2023' }, UsageError],
    [{ minSources: -1 }, UsageError],
    [{ minSources: 1.5 }, UsageError],
    [{ subject: 'Atlantis' }, NotFoundError],
    [{ object: 'Zeppelin' }, NotFoundError],
  ])('rejects %j', (query, errorClass) => {
    expect(() => g.relations(query)).toThrow(errorClass);
  });
});

describe('neighbors()', () => {
  it('lists both directions by default', () => {
    const list = g.neighbors('Russia');
    const out = list.filter((n) => n.direction === 'out').map((n) => n.entity.label).sort();
    const into = list.filter((n) => n.direction === 'in').map((n) => n.entity.label).sort();
    expect(out).toEqual(['cruise missile', 'Dnipro', 'Kalibr', 'Kh-22', 'Kinzhal', 'Kyiv', 'Kh-101', 'Lviv', 'Odesa', 'Shahed-136'].sort());
    expect(into).toEqual(['European Union', 'Josep Borrell']);
  });

  it.each([
    ['Kinzhal', { direction: 'in' as const }, ['Russia', 'Ukraine']],
    ['Kinzhal', { direction: 'in' as const, predicate: 'intercepted' as const }, ['Ukraine']],
    ['Kinzhal', { direction: 'out' as const }, []],
    ['Russia', { direction: 'out' as const, predicate: 'targeted' as const }, ['Dnipro', 'Kyiv', 'Lviv', 'Odesa']],
  ])('%s %j', (name, options, expected) => {
    expect(g.neighbors(name, options).map((n) => n.entity.label).sort()).toEqual(expected);
  });

  it('rejects a bad direction', () => {
    expect(() => g.neighbors('Russia', { direction: 'up' as never })).toThrow(UsageError);
  });
});

describe('shortestPath()', () => {
  it('links two entities through relations in either direction', () => {
    const path = g.shortestPath('Borrell', 'Kinzhal');
    expect(path?.entities.map((e) => e.label)).toEqual(['Josep Borrell', 'Russia', 'Kinzhal']);
    expect(path?.steps.map(triple)).toEqual(['Josep Borrell condemned Russia', 'Russia launched Kinzhal']);
  });

  it('walks against edge direction where needed', () => {
    const path = g.shortestPath('Ihnat', 'Zelensky');
    expect(path?.entities.map((e) => e.label)).toEqual(['Yurii Ihnat', 'Patriot', 'Volodymyr Zelenskyy']);
    expect(path?.steps.map(triple)).toEqual(['Yurii Ihnat requested Patriot', 'Volodymyr Zelenskyy requested Patriot']);
  });

  it('returns null when no relation links them (an addressee is not an edge)', () => {
    expect(g.shortestPath('Washington', 'Kyiv')).toBeNull();
    expect(g.shortestPath('Ihnat', 'Russia')).toBeNull();
  });

  it('gives a one-entity path from an entity to itself', () => {
    expect(g.shortestPath('Kyiv', 'Kiev')?.entities.map((e) => e.id)).toEqual(['kyiv']);
  });

  it('throws NotFoundError for an unknown end', () => {
    expect(() => g.shortestPath('Kyiv', 'Narnia')).toThrow(NotFoundError);
  });
});

describe('timeline()', () => {
  it("lists Kinzhal's events by date, one entry per relation and day", () => {
    const entries = g.timeline('Kinzhal');
    expect(entries.map((e) => [e.date, e.subject.label, e.predicate, e.count, e.documents.length])).toEqual([
      ['2023-05-16', 'Russia', 'launched', 6, 2],
      ['2023-05-16', 'Ukraine', 'intercepted', 6, 1],
      ['2023-05-20', 'Russia', 'launched', 2, 1],
    ]);
    expect(entries[0]!.text.length).toBeGreaterThan(0);
  });

  it('is sorted by date for a busy entity', () => {
    const dates = g.timeline('Russia').map((e) => e.date as string);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2022-10-10');
  });
});

describe('aggregate() asked again', () => {
  it('gives the same rows as a fresh index, and a caller that changes its rows changes no later answer', () => {
    const first = g.aggregate({ by: 'weapon' });
    const fresh = new NewsGraph(fixtureGraph()).aggregate({ by: 'weapon' });
    expect(first).toEqual(fresh);
    first[0]!.count = -1;
    first.pop();
    expect(g.aggregate({ by: 'weapon' })).toEqual(fresh);
    // Other options are other answers, and a bad option is refused every time.
    expect(g.aggregate({ by: 'weapon', predicate: 'intercepted' })).not.toEqual(fresh);
    for (let i = 0; i < 2; i++) expect(() => g.aggregate({ by: 'colour' as never })).toThrow(UsageError);
  });
});

describe('aggregate()', () => {
  // The fixture's events, by hand: 2022-10-10 Kyiv (84 cruise missiles, dev_04); 2023-01-14 Dnipro (5 Kh-22, dev_03);
  // 2023-05-16 Kyiv (6 Kinzhal, 6 downed, and 9 Kalibr; dev_01 and wire_01); 2023-05-20 no target (2 Kinzhal,
  // wire_02); 2023-05-28 Odesa (4 Kh-101) and 2023-05-30 Lviv (30 Shahed-136, 25 downed), both in dev_05.
  it('sums launched counts by weapon from the events, one night counted once', () => {
    const rows = g.aggregate({ by: 'weapon' });
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, [r.count, r.events, r.documents]]));
    expect(byLabel).toEqual({ 'cruise missile': [84, 1, 1], 'Shahed-136': [30, 1, 1], Kalibr: [9, 1, 1], Kinzhal: [8, 2, 3], 'Kh-22': [5, 1, 1], 'Kh-101': [4, 1, 1] });
    expect(rows.map((r) => r.label)).toEqual(['cruise missile', 'Shahed-136', 'Kalibr', 'Kinzhal', 'Kh-22', 'Kh-101']);
    expect(g.aggregate({ by: 'weapon', predicate: 'intercepted' }).filter((r) => r.count !== null).map((r) => [r.label, r.count])).toEqual([['Shahed-136', 25], ['Kinzhal', 6]]);
  });

  it('can leave generic classes out', () => {
    expect(g.aggregate({ by: 'weapon', generic: false }).map((r) => r.label)).not.toContain('cruise missile');
  });

  it('credits a place only with the weapons of the events that targeted it', () => {
    const rows = g.aggregate({ by: 'place' });
    // Kyiv: 84 + 6 + 9; Lviv: the 30 Shahed-136 of its night only, not the Kh-101 that dev_05 reports for Odesa.
    expect(rows.map((r) => [r.label, r.count, r.events, r.documents])).toEqual([
      ['Kyiv', 99, 2, 3],
      ['Lviv', 30, 1, 1],
      ['Dnipro', 5, 1, 1],
      ['Odesa', 4, 1, 1],
    ]);
    expect(g.aggregate({ by: 'weapon', object: 'Lviv' }).map((r) => [r.label, r.count])).toEqual([['Shahed-136', 30]]);
  });

  it('groups by month of the event date in calendar order', () => {
    const rows = g.aggregate({ by: 'month', predicate: 'launched' });
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['2022-10', 84],
      ['2023-01', 5],
      ['2023-05', 6 + 9 + 2 + 4 + 30],
    ]);
  });

  it('groups by predicate (events for launched, intercepted, targeted) and by subject', () => {
    const byPredicate = Object.fromEntries(g.aggregate({ by: 'predicate' }).map((r) => [r.key, [r.events, r.count]]));
    expect(byPredicate).toEqual({ launched: [6, 84 + 5 + 15 + 2 + 4 + 30], intercepted: [2, 31], targeted: [5, null], condemned: [3, null], requested: [3, null] });
    const bySubject = g.aggregate({ by: 'subject', predicate: 'condemned' }).map((r) => r.label);
    expect(bySubject.sort()).toEqual(['European Union', 'Josep Borrell']);
  });

  it('filters by subject and event date', () => {
    const rows = g.aggregate({ by: 'weapon', subject: 'Russia', from: '2023-05', to: '2023-05-29' });
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      ['Kalibr', 9],
      ['Kinzhal', 8],
      ['Kh-101', 4],
    ]);
    // dev_03 was published on 2023-01-16; its strike happened on 2023-01-14.
    expect(g.aggregate({ by: 'weapon', from: '2023-01-15', to: '2023-01-31' })).toEqual([]);
  });

  it('rejects an unknown grouping', () => {
    expect(() => g.aggregate({ by: 'colour' as never })).toThrow(UsageError);
  });
});

describe('date ranges (indexed) agree with filtering the evidence', () => {
  const brute = (from?: string, to?: string): string[] =>
    g
      .relations()
      .map((r) => {
        const kept = r.evidence.filter((e) => e.published !== null && (!from || e.published >= from) && (!to || e.published.slice(0, to.length) <= to));
        if (kept.length === 0) return null;
        const byDay = new Map<string, number | null>();
        for (const e of kept) {
          const previous = byDay.get(e.published!) ?? null;
          byDay.set(e.published!, e.count === null ? previous : Math.max(previous ?? e.count, e.count));
        }
        const counts = [...byDay.values()].filter((c): c is number => c !== null);
        const dates = kept.map((e) => e.published!).sort();
        return `${triple(r)} ${new Set(kept.map((e) => e.document)).size} ${counts.length ? counts.reduce((a, b) => a + b, 0) : null} ${dates[0]} ${dates.at(-1)} ${kept.length}`;
      })
      .filter((x): x is string => x !== null)
      .sort();

  it.each([
    ['2023-05-16', '2023-05-16'],
    ['2023-05-17', undefined],
    [undefined, '2023-05'],
    ['2022', '2022'],
    ['2023-01-16', '2023-05-16'],
    ['2024', undefined],
  ])('from %s to %s', (from, to) => {
    const fast = g.relations({ from, to }).map((r) => `${triple(r)} ${r.documents} ${r.count} ${r.firstDate} ${r.lastDate} ${r.evidence.length}`).sort();
    expect(fast).toEqual(brute(from, to));
  });
});

describe('events()', () => {
  const row = (r: ReturnType<typeof g.events>[number]) => [r.date, r.attacker?.label ?? null, r.weapon?.label ?? null, r.launched, r.intercepted, r.targets.map((t) => t.label).join('+'), r.reports];

  it('gives one row per event and weapon line, by event date, one night reported twice counted once', () => {
    expect(g.events().map(row)).toEqual([
      ['2022-10-10', 'Russia', 'cruise missile', 84, null, 'Kyiv', 1],
      ['2023-01-14', 'Russia', 'Kh-22', 5, null, 'Dnipro', 1],
      ['2023-05-16', 'Russia', 'Kinzhal', 6, 6, 'Kyiv', 2],
      ['2023-05-16', 'Russia', 'Kalibr', 9, null, 'Kyiv', 2],
      ['2023-05-20', 'Russia', 'Kinzhal', 2, null, '', 1],
      ['2023-05-28', 'Russia', 'Kh-101', 4, null, 'Odesa', 1],
      ['2023-05-30', 'Russia', 'Shahed-136', 30, 25, 'Lviv', 1],
    ]);
    const kinzhal = g.events({ weapon: 'Kinzhal', to: '2023-05-16' })[0]!;
    expect(kinzhal).toMatchObject({ event: 'event:2023-05-16/russia/1', kind: 'attack', documents: ['dev_01', 'wire_01'], claimants: [{ id: 'ukraine', label: 'Ukraine', type: 'Country' }] });
    expect(kinzhal.figures.map((f) => [f.document, f.published, f.claimedBy?.label ?? null, f.launched, f.intercepted])).toEqual([
      ['dev_01', '2023-05-16', 'Ukraine', 6, 6],
      ['wire_01', '2023-05-16', null, 6, null],
    ]);
  });

  it.each([
    ['the event date, not the publication date', { from: '2023-01-14', to: '2023-01-14' }, ['2023-01-14 Kh-22']],
    ['nothing on the publication day of dev_03', { from: '2023-01-16', to: '2023-01-16' }, []],
    ['a month', { from: '2023-05', to: '2023-05' }, ['2023-05-16 Kinzhal', '2023-05-16 Kalibr', '2023-05-20 Kinzhal', '2023-05-28 Kh-101', '2023-05-30 Shahed-136']],
    ['a place (any alias)', { place: 'Lvov' }, ['2023-05-30 Shahed-136']],
    ['a weapon', { weapon: 'Kinzhals' }, ['2023-05-16 Kinzhal', '2023-05-20 Kinzhal']],
    ['a claimant', { claimedBy: 'Ukraine' }, ['2023-05-16 Kinzhal', '2023-05-16 Kalibr']],
    ['an attacker', { attacker: 'Moscow', place: 'Kyiv', from: '2023' }, ['2023-05-16 Kinzhal', '2023-05-16 Kalibr']],
    ['another attacker', { attacker: 'Ukraine' }, []],
  ])('filters by %s', (_name, query, expected) => {
    expect(g.events(query).map((r) => `${r.date} ${r.weapon?.label}`)).toEqual(expected);
  });

  it.each([
    [{ from: 'May 2023' }, UsageError],
    [{ from: '2023-06', to: '2023-05' }, UsageError],
    [{ kind: 'raid' as never }, UsageError],
    [{ place: 'Atlantis' }, NotFoundError],
  ])('rejects %j', (query, errorClass) => {
    expect(() => g.events(query)).toThrow(errorClass);
  });
});

describe('documents() and event(): what the explorer\'s panels fetch over a summary graph', () => {
  it.each<[string, string[], string[]]>([
    ['known ids, in the order asked', ['wire_01', 'dev_01'], ['wire_01', 'dev_01']],
    ['an id asked twice, once', ['dev_01', 'dev_01'], ['dev_01']],
    ['unknown ids left out', ['dev_01', 'no-such-article', 'doc:dev_01'], ['dev_01']],
    ['nothing asked, nothing found', [], []],
  ])('documents: %s', (_name, ids, found) => {
    expect(g.documents(ids).map((document) => document.id)).toEqual(found);
  });

  it('gives each article its title, date, source and byline as the graph holds them', () => {
    const [info] = g.documents(['dev_01']);
    const node = g.graph.getNodeAttributes('doc:dev_01');
    expect(node.kind).toBe('document');
    if (node.kind === 'document') expect(info).toEqual({ id: 'dev_01', title: node.title, published: node.published, source: node.source, byline: node.byline });
  });

  it('refuses more than 200 ids at once', () => {
    expect(() => g.documents(Array.from({ length: 201 }, (_, i) => `d${i}`))).toThrow(UsageError);
    expect(g.documents(Array.from({ length: 200 }, (_, i) => `d${i}`))).toEqual([]);
  });

  it('gives an event node with every report, and NotFoundError or UsageError for a bad key', () => {
    const event = g.event('event:2023-05-16/russia/1');
    expect(event.reports.map((report) => report.document)).toEqual(['dev_01', 'wire_01']);
    expect(event.reports.every((report) => report.evidence.length > 0)).toBe(true);
    expect(() => g.event('event:2023-05-16/russia/9')).toThrow(NotFoundError);
    expect(() => g.event('doc:dev_01')).toThrow(NotFoundError);
    expect(() => g.event('kinzhal')).toThrow(NotFoundError);
    expect(() => g.event(' ')).toThrow(UsageError);
  });
});

describe('evidence(): one page of a relation\'s evidence for the explorer\'s edge panel', () => {
  /** The fixture graph plus a relation with undated, dated and repeated-document sentences from two outlets. */
  function pagedGraph(): NewsGraph {
    const graph = fixtureGraph();
    const sources: Record<string, string | null> = { wire_01: 'https://wire.example/a', wire_02: 'https://www.wire.example/b', dev_01: null, dev_03: 'https://daily.example/c' };
    for (const [id, source] of Object.entries(sources)) graph.mergeNodeAttributes(`doc:${id}`, { source });
    const line = (document: string, published: string | null, count: number | null, text: string) => ({ document, text, start: 0, end: text.length, published, count, addressee: null });
    graph.addDirectedEdgeWithKey('rel|russia|launched|lviv', 'russia', 'lviv', {
      kind: 'relation', predicate: 'launched', firstDate: '2023-01-16', lastDate: '2023-05-20', documents: 4,
      evidence: [
        line('wire_02', '2023-05-20', 12, 'An invented later line.'),
        line('dev_01', null, null, 'An invented undated line.'),
        line('wire_01', '2023-05-16', 8, 'An invented first wire line.'),
        line('wire_01', '2023-05-16', 12, 'An invented second wire line.'),
        line('dev_03', '2023-01-16', null, 'An invented oldest line.'),
      ],
    });
    return new NewsGraph(graph);
  }
  const paged = pagedGraph();

  it.each<[string, { offset?: number; limit?: number }, string[]]>([
    ['the first page, undated first, then oldest first, one date in the graph\'s order', { limit: 3 }, ['An invented undated line.', 'An invented oldest line.', 'An invented first wire line.']],
    ['the next page', { offset: 3, limit: 3 }, ['An invented second wire line.', 'An invented later line.']],
    ['a page past the end is empty', { offset: 9, limit: 3 }, []],
    ['the default page holds every sentence of a short relation', {}, ['An invented undated line.', 'An invented oldest line.', 'An invented first wire line.', 'An invented second wire line.', 'An invented later line.']],
  ])('%s', (_name, page, texts) => {
    const answer = paged.evidence('Russia', 'launched', 'Lviv', page);
    expect(answer.records.map((record) => record.text)).toEqual(texts);
    expect(answer.total).toBe(5);
    expect(answer.documents).toBe(4);
    // the articles of the page's sentences, each once
    expect(answer.articles.map((article) => article.id)).toEqual([...new Set(answer.records.map((record) => record.document))]);
  });

  it('says who reports the whole relation on every page: outlets by documents, distinct figures ascending', () => {
    const expected = [
      { outlet: 'wire.example', documents: 2, counts: [8, 12] },
      { outlet: 'daily.example', documents: 1, counts: [] },
      { outlet: 'unknown outlet', documents: 1, counts: [] },
    ];
    expect(paged.evidence('Russia', 'launched', 'Lviv', { limit: 1 }).outlets).toEqual(expected);
    expect(paged.evidence('Russia', 'launched', 'Lviv', { offset: 4, limit: 1 }).outlets).toEqual(expected);
  });

  it('pages the fixture\'s relations the same as relations() lists their evidence', () => {
    for (const relation of g.relations()) {
      const all = g.evidence(relation.subject.id, relation.predicate, relation.object.id, { limit: 500 });
      expect(all.records.length).toBe(relation.evidence.length);
      expect(new Set(all.records)).toEqual(new Set(relation.evidence));
      const pieces = [0, 1, 2].flatMap((page) => g.evidence(relation.subject.id, relation.predicate, relation.object.id, { offset: page, limit: 1 }).records);
      expect(pieces).toEqual(all.records.slice(0, 3));
    }
  });

  it.each<[string, () => unknown, typeof UsageError | typeof NotFoundError]>([
    ['an unknown subject', () => g.evidence('Atlantis', 'launched', 'Kinzhal'), NotFoundError],
    ['a relation the graph does not hold', () => g.evidence('Ukraine', 'launched', 'Kinzhal'), NotFoundError],
    ['the reversed relation', () => g.evidence('Kinzhal', 'launched', 'Russia'), NotFoundError],
    ['an unknown predicate', () => g.evidence('Russia', 'fired' as 'launched', 'Kinzhal'), UsageError],
    ['a negative offset', () => g.evidence('Russia', 'launched', 'Kinzhal', { offset: -1 }), UsageError],
    ['a fractional limit', () => g.evidence('Russia', 'launched', 'Kinzhal', { limit: 2.5 }), UsageError],
    ['a limit of 0', () => g.evidence('Russia', 'launched', 'Kinzhal', { limit: 0 }), UsageError],
    ['a limit over 500', () => g.evidence('Russia', 'launched', 'Kinzhal', { limit: 501 }), UsageError],
  ])('refuses %s', (_name, call, errorClass) => {
    expect(call).toThrow(errorClass);
  });
});
