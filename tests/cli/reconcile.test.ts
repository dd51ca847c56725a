/**
 * `newsgraph reconcile`: the command's formats, help and one-line errors on the query fixture's graph and the small
 * hand-made table (tests/fixtures/official/tallies.csv), then the real run: the real articles of ../shared built into
 * a graph and lined up with the Air Force tallies of ../shared/reference (both skipped when ../shared is absent).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { exportGraph } from '../../src/output/index.ts';
import { hasGraphJson } from '../../src/graph/json-parts.ts';
import { RECONCILE_REASONS, type ReconcileReport } from '../../src/query/reconcile.ts';
import { fixtureGraph } from '../query/fixture.ts';
import { cli, newsgraph, repoRoot } from './run-cli.ts';

const FIXTURE_CSV = join(repoRoot, 'tests', 'fixtures', 'official', 'tallies.csv');
const SHARED = join(repoRoot, '..', 'shared');
const REAL_TABLE = join(SHARED, 'reference', 'air-force-tallies', 'missile_attacks_daily.csv');
const REAL_CORPUS = join(SHARED, 'corpus', 'real');

let dir = '';


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-reconcile-'));
  await exportGraph(fixtureGraph(), join(dir, 'graph'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph reconcile', () => {
  it('credits the digitiser of the tallies in its help', async () => {
    const { stdout } = await cli('reconcile', '--help');
    expect(stdout).toContain('Petro Ivaniuk');
    expect(stdout).toContain('--official <csv>');
  });

  it('prints the rows and the share in each format', async () => {
    const graph = join(dir, 'graph');
    const json = await cli('reconcile', '--official', FIXTURE_CSV, '--graph', graph, '--format', 'json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as ReconcileReport;
    // The fixture's events are of 2023; the hand-made table covers March 2030: nothing is compared.
    expect(report.summary.compared).toBe(0);
    expect(report.summary.share).toBeNull();
    expect(report.summary.notCovered["outside the table's dates"]).toBe(report.rows.filter((r) => r.reason === "outside the table's dates").length);
    expect(report.rows.length).toBeGreaterThan(0);
    const csv = await cli('reconcile', '--official', FIXTURE_CSV, '--graph', graph, '--format', 'csv');
    const records = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(records.length).toBe(report.rows.length);
    expect(Object.keys(records[0] ?? {})).toEqual(['event date', 'weapon', 'figure', 'news', 'official', 'status', 'reason', 'note', 'table models', 'event']);
    const table = await cli('reconcile', '--official', FIXTURE_CSV, '--graph', graph);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^0 of 0 news figures agree with the official record \(-\)$/m);
    expect(table.stdout).toMatch(/^models with no gazetteer weapon \(their rows count for none\): Mystery-7 \(1\)$/m);
  });

  const bad: [string, () => string[], number][] = [
    ['a missing CSV', () => ['--official', join(dir, 'nope.csv'), '--graph', join(dir, 'graph')], 1],
    ['a CSV without the needed columns', () => ['--official', join(dir, 'bad.csv'), '--graph', join(dir, 'graph')], 1],
    ['a missing graph', () => ['--official', FIXTURE_CSV, '--graph', join(dir, 'no-graph')], 1],
    ['an unknown format', () => ['--official', FIXTURE_CSV, '--graph', join(dir, 'graph'), '--format', 'xml'], 2],
  ];
  it.each(bad)('refuses %s with one line and no stack trace', async (_name, args, code) => {
    writeFileSync(join(dir, 'bad.csv'), 'date,weapon,count\n2030-01-01,Kalibr,3\n');
    const result = await cli('reconcile', ...args());
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^newsgraph: [^\n]+\n$/);
  });

  it('asks for --official', async () => {
    const result = await cli('reconcile', '--graph', join(dir, 'graph'));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--official');
  });
});

const realMissing = !existsSync(REAL_TABLE) || !existsSync(REAL_CORPUS);
describe.skipIf(realMissing)(`newsgraph reconcile on the real articles${realMissing ? ' (skipped: ../shared is missing)' : ''}`, () => {
  it('agrees with the official record on most figures and gives a reason for every disagreement', async () => {
    const out = join(dir, 'real');
    await newsgraph(['build', REAL_CORPUS, '--out', out], repoRoot);
    expect(hasGraphJson(out)).toBe(true);
    const { code, stdout } = await cli('reconcile', '--official', REAL_TABLE, '--graph', out, '--format', 'json');
    expect(code).toBe(0);
    const { rows, summary } = JSON.parse(stdout) as ReconcileReport;
    // Measured when written: 15 of 18 figures agree (83.3%); the README lists the three disagreements.
    expect(summary.compared).toBeGreaterThanOrEqual(15);
    expect(summary.share).toBeGreaterThanOrEqual(0.8);
    for (const row of rows) {
      if (row.status === 'agrees') expect(row.official).toBe(row.news);
      if (row.status === 'disagrees') expect(RECONCILE_REASONS).toContain(row.reason);
    }
    expect(summary.table.rows).toBeGreaterThan(3000);
  }, 120_000);
});
