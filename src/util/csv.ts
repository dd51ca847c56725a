/**
 * CSV cells (RFC 4180) that are safe to open in a spreadsheet. Text in cells comes from articles and servers, so
 * it is untrusted: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by
 * Excel, LibreOffice and Google Sheets (`-2+3+cmd|' /C calc'!A0`), and is always written with a leading
 * apostrophe, whatever follows. Numbers stay numbers. The one CSV cell function of newsgraph: the query commands
 * and the CSV graph writer both use it. Browser-safe (no node: imports).
 */

/** A value written to one cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** First characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` with a leading apostrophe when a spreadsheet would take it as a formula; otherwise unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell: null and undefined are empty, numbers and booleans are written as they are, text is neutralised
 * (`neutraliseFormula`) and then quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return Number.isNaN(value) ? '' : String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record: the cells joined with commas (no line end). */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}
