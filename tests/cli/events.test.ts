/**
 * `newsgraph events` on the query fixture's graph (tests/query/fixture.ts, events written by hand): one row per event
 * and weapon line, filters on the event date, place, weapon, attacker and claimant, "?" (table) or an empty cell (CSV)
 * or null (JSON) for a number no report gave, and one-line errors with exit codes. Runs the CLI in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { exportGraph } from '../../src/output/index.ts';
import { fixtureGraph } from '../query/fixture.ts';
import { cli } from './run-cli.ts';

let dir = '';


beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-events-'));
  await exportGraph(fixtureGraph(), dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsgraph events', () => {
  it('prints a table, one row per event and weapon line, "?" for a number no report gave', async () => {
    const { code, stdout } = await cli('events', '--graph', dir, '--from', '2023-05-16', '--to', '2023-05-16');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^event date\s+attacker\s+weapon\s+launched\s+intercepted\s+targets\s+claimants\s+reports\s+event$/);
    expect(lines.slice(2)).toEqual([
      expect.stringMatching(/^2023-05-16\s+Russia\s+Kinzhal\s+6\s+6\s+Kyiv\s+Ukraine\s+2\s+event:2023-05-16\/russia\/1$/),
      expect.stringMatching(/^2023-05-16\s+Russia\s+Kalibr\s+9\s+\?\s+Kyiv\s+Ukraine\s+2\s+event:2023-05-16\/russia\/1$/),
    ]);
  });

  it('filters by place, weapon, attacker and claimant, and writes CSV with empty cells for unknown numbers', async () => {
    const { stdout } = await cli('events', '--graph', dir, '--place', 'Kyiv', '--weapon', 'Kalibr', '--attacker', 'Russia', '--claimed-by', 'Ukraine', '--format', 'csv');
    const rows = parseCsv(stdout, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(rows).toEqual([{ 'event date': '2023-05-16', attacker: 'Russia', weapon: 'Kalibr', launched: '9', intercepted: '', targets: 'Kyiv', claimants: 'Ukraine', reports: '2', event: 'event:2023-05-16/russia/1' }]);
  });

  it('writes the API rows as JSON (null for unknown numbers)', async () => {
    const { stdout } = await cli('events', '--graph', dir, '--place', 'Odesa', '--format', 'json');
    const rows = JSON.parse(stdout) as { date: string; weapon: { label: string }; launched: number | null; intercepted: number | null }[];
    expect(rows.map((r) => [r.date, r.weapon.label, r.launched, r.intercepted])).toEqual([['2023-05-28', 'Kh-101', 4, null]]);
  });

  it.each([
    [['--from', 'yesterday'], 2, /bad --from date "yesterday"/],
    [['--format', 'xml'], 2, /unknown --format "xml"/],
    [['--place', 'Atlantis'], 1, /no entity named "Atlantis"/],
  ])('rejects %j with one line and exit code %i', async (args, exitCode, message) => {
    const { code, stderr } = await cli('events', '--graph', dir, ...args);
    expect(code).toBe(exitCode);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
