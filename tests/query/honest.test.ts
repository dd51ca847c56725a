/**
 * Honest numbers and dates: a count no source gave is null (JSON), "?" (table) or empty (CSV), never 0; date bounds
 * are real calendar dates and a reversed range is a usage error; date columns say which date they hold.
 */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { buildGraph } from '../../src/graph/build.ts';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { checkDateRange, dateBoundProblem, daysInMonth } from '../../src/query/dates.ts';
import { formatCsv, formatJson, formatTable } from '../../src/query/format.ts';
import { NewsGraph } from '../../src/query/news-graph.ts';
import { aggregateTable, relationsTable, timelineTable } from '../../src/query/tables.ts';

describe('date bounds', () => {
  it.each([
    ['2024', null],
    ['2024-02', null],
    ['2024-02-29', null],
    ['2000-02-29', null],
    ['2024-12-31', null],
    ['2023-02-29', '2023-02 has no day 29, it has 28'],
    ['1900-02-29', '1900-02 has no day 29, it has 28'],
    ['2024-02-30', '2024-02 has no day 30, it has 29'],
    ['2024-04-31', '2024-04 has no day 31, it has 30'],
    ['2024-13', 'month 13 does not exist'],
    ['2024-00', 'month 00 does not exist'],
    ['2024-01-00', '2024-01 has no day 00, it has 31'],
    ['24-01', 'not a date'],
    ['2024/01/02', 'not a date'],
    ['May 2024', 'not a date'],
    ['2024-1-2', 'not a date'],
    ['', 'not a date'],
  ])('%j -> %j', (text, problem) => {
    expect(dateBoundProblem(text)).toBe(problem);
  });

  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2024, 9, 30],
    [2024, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    ['2024-05-10', '2024-05'],
    ['2024-05', '2024-05-01'],
    ['2024', '2024-01-01'],
    ['2023-12-31', '2024'],
    ['2024-03-01', '2024-03-01'],
  ])('accepts from %s to %s', (from, to) => {
    expect(checkDateRange(from, to, 'test')).toEqual({ from, to });
  });

  it.each([
    ['2024-06', '2024-05-31'],
    ['2024', '2023-12'],
    ['2024-03-02', '2024-03-01'],
  ])('refuses the reversed range from %s to %s', (from, to) => {
    expect(() => checkDateRange(from, to, 'test')).toThrow(UsageError);
    expect(() => checkDateRange(from, to, 'test')).toThrow(/reversed date range/);
  });
});

/**
 * Two articles, one attack each: Kyiv struck with four Kinzhals, Lviv struck by drones nobody counted (the events),
 * with the strikes and launches as relations too.
 */
function graph(): NewsGraph {
  const entities = [
    { id: 'russia', label: 'Russia', type: 'Country' as const, aliases: [], generic: false, wikidata: null },
    { id: 'kyiv', label: 'Kyiv', type: 'City' as const, aliases: [], generic: false, wikidata: null },
    { id: 'lviv', label: 'Lviv', type: 'City' as const, aliases: [], generic: false, wikidata: null },
    { id: 'kinzhal', label: 'Kinzhal', type: 'WeaponSystem' as const, aliases: [], generic: false, wikidata: null },
    { id: 'shahed', label: 'Shahed', type: 'WeaponSystem' as const, aliases: [], generic: false, wikidata: null },
  ];
  const rel = (predicate: 'targeted' | 'launched', object: string, count: number | null, text: string) => ({
    subject: 'russia',
    predicate,
    object,
    count,
    addressee: null,
    evidence: { text, start: 0, end: text.length },
  });
  const doc = (id: string, published: string, place: string, weapon: string, count: number | null, texts: [string, string]): DocumentExtraction => {
    const evidence = texts.map((text) => ({ text, start: 0, end: text.length }));
    const lines = [{ weapon, launched: count, intercepted: null }];
    return {
      document: { id, title: id, published, source: null, byline: null },
      entities,
      relations: [rel('targeted', place, null, texts[0]), rel('launched', weapon, count, texts[1])],
      events: [{ id: `${id}#e1`, kind: 'attack', date: published, attacker: 'russia', claimedBy: [], weapons: lines, targets: [place], evidence, claims: [{ claimedBy: null, weapons: lines, evidence }] }],
    };
  };
  return new NewsGraph(
    buildGraph([
      doc('a', '2024-03-01', 'kyiv', 'kinzhal', 4, ['Russia struck the capital overnight.', 'Four missiles came in.']),
      doc('b', '2024-03-02', 'lviv', 'shahed', null, ['The western city was hit.', 'Drones were launched.']),
    ]),
  );
}

describe('counts no source gave', () => {
  const g = graph();

  it('aggregate gives null, not 0, for a group without a stated count', () => {
    expect(g.aggregate({ by: 'place' })).toEqual([
      { key: 'kyiv', label: 'Kyiv', count: 4, events: 1, documents: 1 },
      { key: 'lviv', label: 'Lviv', count: null, events: 1, documents: 1 },
    ]);
    const weapons = g.aggregate({ by: 'weapon' });
    expect(weapons.map((r) => [r.label, r.count])).toEqual([
      ['Kinzhal', 4],
      ['Shahed', null],
    ]);
  });

  it('a month with one counted and one uncounted event sums what was stated', () => {
    expect(g.aggregate({ by: 'month', predicate: 'launched' }).map((r) => [r.key, r.count, r.events])).toEqual([['2024-03', 4, 2]]);
  });

  it('prints "?" in a table, an empty cell in CSV and null in JSON', () => {
    const table = aggregateTable(g.aggregate({ by: 'place' }));
    expect(formatTable(table).split('\n')[3]).toMatch(/^lviv\s+Lviv\s+\?\s+1\s+1$/);
    expect(formatCsv(table).split('\r\n')[2]).toBe('lviv,Lviv,,1,1');
    expect(JSON.parse(formatJson(g.aggregate({ by: 'place' })))[1].count).toBeNull();
  });

  it.each([
    ['relations', () => relationsTable(g.relations({ predicate: 'targeted' }))],
    ['timeline', () => timelineTable(g.timeline('Kyiv'))],
  ])('%s tables show "?" for an unknown count', (_name, make) => {
    const table = make();
    const column = table.columns.indexOf('count');
    expect(column).toBeGreaterThanOrEqual(0);
    const lines = formatTable(table).split('\n').slice(2, -1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/\s\?\s/);
  });

  it('date columns say which date they are', () => {
    expect(relationsTable([]).columns).toEqual(expect.arrayContaining(['first published', 'last published']));
    expect(timelineTable([]).columns[0]).toBe('published');
    expect(aggregateTable([], 'month').columns[0]).toBe('published month');
    // Launches, interceptions and strikes are counted from the events, by the event's date.
    expect(aggregateTable([], 'month', 'launched').columns[0]).toBe('event month');
    expect(aggregateTable([], 'month', 'condemned').columns[0]).toBe('published month');
  });

  it('relations and aggregate refuse impossible dates and reversed ranges', () => {
    expect(() => g.relations({ from: '2024-02-30' })).toThrow(UsageError);
    expect(() => g.aggregate({ by: 'place', from: '2024-13' })).toThrow(UsageError);
    expect(() => g.relations({ from: '2024-04', to: '2024-03' })).toThrow(/reversed/);
  });
});

describe('--wide', () => {
  it('cuts long cells at 80 characters by default and never with wide', () => {
    const long = 'x'.repeat(200);
    const table = { columns: ['text'], rows: [[long]] };
    expect(formatTable(table).split('\n')[2]).toHaveLength(80);
    expect(formatTable(table, { wide: true }).split('\n')[2]).toBe(long);
  });
});
