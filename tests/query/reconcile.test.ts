/**
 * `reconcile` and the reader of the official table, on a small CSV written for these tests
 * (tests/fixtures/official/tallies.csv: invented attacks of March 2030 in the columns of the Air Force tallies):
 * how rows are dated and mapped to gazetteer weapons, which rows count on a day, and the verdict and reason of each
 * news figure, as a table of cases. Bad CSV files are refused with an InputError.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOfficialMapping, parseOfficialTable, readOfficialTable } from '../../src/query/official.ts';
import { NOT_COVERED_REASONS, RECONCILE_REASONS, isRounded, projectReconcileOptions, reconcile, type ReconcileFigure, type ReconcileRow } from '../../src/query/reconcile.ts';
import type { EventRow } from '../../src/query/types.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'official', 'tallies.csv');
const mapping = loadOfficialMapping();
const table = readOfficialTable(FIXTURE, mapping);
const options = projectReconcileOptions(mapping);

describe('the official table', () => {
  it('dates each row by the day its attack ended and maps models to gazetteer weapons', () => {
    expect(table.rows.map((r) => [r.line, r.date, r.parts, r.main])).toEqual([
      [2, '2030-03-02', [['shahed-136', 'shahed-131']], true],
      [3, '2030-03-02', [['kh-101', 'kh-555'], ['kalibr']], true],
      [4, '2030-03-02', [['iskander-m', 'kn-23']], true],
      [5, '2030-03-02', [['kh-59']], false],
      [6, '2030-03-03', [['shahed-136', 'shahed-131']], true],
      [7, '2030-03-03', [['s-300']], true],
      [8, '2030-03-04', [['orlan-10']], false],
      [9, '2030-03-04', [['drone']], false],
      [10, '2030-03-04', [], false],
    ]);
    expect(table.rows[0]).toMatchObject({ launched: 100, destroyed: 80, start: '2030-03-01 19:00', end: '2030-03-02 08:30' });
    expect(table.rows[8]?.destroyed).toBeNull();
    expect([...table.unmapped]).toEqual([['Mystery-7', 1]]);
    expect([table.first, table.last]).toEqual(['2030-03-02', '2030-03-04']);
  });

  it('reads every row of a table without a source column as the main command', () => {
    const t = parseOfficialTable('time_start,time_end,model,launched,destroyed\n2030-05-01,2030-05-01,Kalibr,3,2\n', 'inline.csv', mapping);
    expect(t.rows.map((r) => [r.main, r.parts, r.launched, r.destroyed])).toEqual([[true, [['kalibr']], 3, 2]]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-official-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const header = 'time_start,time_end,model,launched,destroyed\n';
  const bad: [string, string | null][] = [
    ['a missing file', null],
    ['an empty file', ''],
    ['a file without the model column', 'time_start,time_end,launched,destroyed\n2030-01-01,2030-01-01,1,1\n'],
    ['a time_end that is no date', `${header}2030-01-01,next morning,Kalibr,1,1\n`],
    ['a time_end on a day that does not exist', `${header}2030-02-30,2030-02-30,Kalibr,1,1\n`],
    ['a launched count that is no number', `${header}2030-01-01,2030-01-01,Kalibr,many,1\n`],
    ['a negative destroyed count', `${header}2030-01-01,2030-01-01,Kalibr,3,-1\n`],
    ['an empty model', `${header}2030-01-01,2030-01-01,,3,1\n`],
    ['an unclosed quote', `${header}2030-01-01,2030-01-01,"Kalibr,3,1\n`],
  ];
  it.each(bad)('refuses %s with an InputError naming the file', (_name, text) => {
    const file = join(dir, `${_name.replace(/\W+/g, '-')}.csv`);
    if (text !== null) writeFileSync(file, text);
    let error: unknown;
    try {
      readOfficialTable(file, mapping);
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('InputError');
    expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a folder', () => {
    expect(() => readOfficialTable(dir, mapping)).toThrow(expect.objectContaining({ name: 'InputError' }));
  });
});

/** An event row of one weapon line, as `NewsGraph.events()` gives it. */
function line(date: string | null, weapon: string, launched: number | null, intercepted: number | null, attacker = 'russia'): EventRow {
  const ref = (id: string, type: 'Country' | 'WeaponSystem') => ({ id, label: options.label(id), type });
  return {
    event: `event:${date ?? 'undated'}/${attacker}/1`,
    kind: 'attack',
    date,
    attacker: ref(attacker, 'Country'),
    weapon: ref(weapon, 'WeaponSystem'),
    launched,
    intercepted,
    launchedRule: null,
    interceptedRule: null,
    conflict: false,
    targets: [],
    claimants: [],
    reports: 1,
    documents: ['invented'],
    figures: [],
  };
}

type Expect = [status: ReconcileRow['status'], reason: ReconcileRow['reason'], official: number | null];
// [case, the event line, the figure, what reconcile says of it]
const CASES: [string, EventRow, ReconcileFigure, Expect][] = [
  ['a system, as the table counts it', line('2030-03-02', 'shahed-136', 100, null), 'launched', ['agrees', null, 100]],
  ['the destroyed count', line('2030-03-02', 'shahed-136', null, 80), 'intercepted', ['agrees', null, 80]],
  ['a class: the rows of its systems', line('2030-03-02', 'drone', 100, null), 'launched', ['agrees', null, 100]],
  ['a class over a grouped row and alternatives', line('2030-03-02', 'missile', 24, null), 'launched', ['agrees', null, 24]],
  ['a class that holds every part of a grouped row', line('2030-03-02', 'cruise-missile', 20, 15), 'launched', ['agrees', null, 20]],
  ['an alternative of a model (Iskander-M/KN-23)', line('2030-03-02', 'kn-23', 4, null), 'launched', ['agrees', null, 4]],
  ['a system the table groups with another', line('2030-03-02', 'kh-101', 12, null), 'launched', ['disagrees', 'weapon grouped differently', 20]],
  ['a figure the table gives for a wider class', line('2030-03-03', 'iskander-m', 3, null), 'launched', ['disagrees', 'weapon grouped differently', null]],
  ['the night before', line('2030-03-02', 'shahed-136', 50, null), 'launched', ['disagrees', 'different night', 100]],
  ['the night after', line('2030-03-03', 'iskander-m', 4, null), 'launched', ['disagrees', 'different night', null]],
  ['a weapon with no row that day', line('2030-03-03', 'kalibr', 7, null), 'launched', ['disagrees', 'not in table', null]],
  ['a weapon only regional commands reported, on a day of the main report', line('2030-03-02', 'kh-59', 2, null), 'launched', ['disagrees', 'not in table', null]],
  ['a round figure', line('2030-03-03', 'shahed-136', null, 40), 'intercepted', ['disagrees', 'rounded', 41]],
  ['part of the figure', line('2030-03-03', 'shahed-136', 30, null), 'launched', ['disagrees', 'partial figure', 50]],
  ['more than the table', line('2030-03-02', 'missile', 26, null), 'launched', ['disagrees', 'above the official figure', 24]],
  ['S-300 by name', line('2030-03-03', 's-300', 3, 0), 'launched', ['agrees', null, 3]],
  ['S-300 counted as a missile', line('2030-03-03', 'missile', 3, null), 'launched', ['agrees', null, 3]],
  ['a day of regional reports only', line('2030-03-04', 'drone', 6, 5), 'launched', ['agrees', null, 6]],
  ['a day of regional reports only (destroyed)', line('2030-03-04', 'drone', 6, 5), 'intercepted', ['agrees', null, 5]],
  ['a figure the news does not give', line('2030-03-02', 'iskander-m', 4, null), 'intercepted', ['no news figure', null, 1]],
  ['an undated event', line(null, 'shahed-136', 100, null), 'launched', ['not covered', 'undated', null]],
  ['another attacker', line('2030-03-02', 'drone', null, 100, 'ukraine'), 'intercepted', ['not covered', 'other attacker', null]],
  ["a date outside the table's", line('2030-04-01', 'shahed-136', 100, null), 'launched', ['not covered', "outside the table's dates", null]],
];

describe('reconcile', () => {
  it.each(CASES)('%s', (_name, event, figure, [status, reason, official]) => {
    const report = reconcile([event], table, options);
    const row = report.rows.find((r) => r.figure === figure);
    expect(row, `a row for ${figure}`).toBeDefined();
    expect([row?.status, row?.reason, row?.official]).toEqual([status, reason, official]);
    expect(row?.news).toBe(event[figure]);
    if (status === 'disagrees') expect(row?.note).toBeTruthy();
  });

  it('leaves out a figure neither side gives', () => {
    expect(reconcile([line('2030-03-03', 'kalibr', null, null)], table, options).rows).toEqual([]);
  });

  it('counts the share that agrees over the compared figures only', () => {
    const events = CASES.map(([, event]) => event);
    const { rows, summary } = reconcile(events, table, options);
    const compared = rows.filter((r) => r.status === 'agrees' || r.status === 'disagrees');
    expect(summary.compared).toBe(compared.length);
    expect(summary.agree).toBe(rows.filter((r) => r.status === 'agrees').length);
    expect(summary.share).toBeCloseTo(summary.agree / summary.compared, 10);
    expect(Object.values(summary.reasons).reduce((a, b) => a + b, 0)).toBe(summary.compared - summary.agree);
    expect(Object.keys(summary.reasons)).toEqual([...RECONCILE_REASONS]);
    expect(Object.keys(summary.notCovered)).toEqual([...NOT_COVERED_REASONS]);
    expect(summary.table).toMatchObject({ rows: 9, first: '2030-03-02', last: '2030-03-04', unmapped: [{ model: 'Mystery-7', rows: 1 }] });
  });

  it('reads a round figure only as a multiple of ten within 10%', () => {
    const table: [number, number, boolean][] = [
      [40, 41, true],
      [200, 188, true],
      [200, 170, false],
      [15, 16, false],
      [50, 50, false],
    ];
    for (const [news, official, rounded] of table) expect(isRounded(news, official), `${news} vs ${official}`).toBe(rounded);
  });
});
