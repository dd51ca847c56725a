/**
 * One CSV field (RFC 4180) from a value, safe to open in a spreadsheet. Text may come from articles, which is
 * untrusted: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula (or
 * hide one), so it gets a leading apostrophe, which spreadsheets show as text. Numbers and booleans are written
 * as they are: they are values, never formulas.
 */

/** A CSV cell value; null is an empty cell. */
export type CsvValue = string | number | boolean | null;

/** Text that a spreadsheet would read as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that needs quoting. */
const NEEDS_QUOTES = /[",\r\n]/;

/** Neutralises a text cell that a spreadsheet would run as a formula (see the file banner). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The CSV field of `value`: formula-neutralised when text, quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with CRLF line end. */
export function csvRecord(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i ? ',' : '') + csvField(values[i] ?? null);
  return `${line}\r\n`;
}
