/**
 * Output formats of the query commands: an aligned text table, CSV (RFC 4180) and JSON.
 * Cells may hold text from articles, which is untrusted: the table strips control characters and bidirectional
 * controls (no terminal escape sequence or reversed reading order gets through) and CSV defuses cells that a spreadsheet would run as a formula (src/util/csv.ts).
 */
import { UsageError } from '../errors.ts';
import { csvRecord } from '../util/csv.ts';

/** Output formats of `newsgraph query` and `newsgraph sparql`. */
export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A cell value: numbers stay numbers in JSON. */
export type Cell = string | number | boolean | null;

/** Rows under named columns. */
export interface Table {
  columns: string[];
  rows: Cell[][];
  /**
   * Columns that hold counts: null there is a number no source gave, shown as "?" in a text table (empty in CSV,
   * null in JSON), never as 0.
   */
  counts?: string[];
}

/** How a text table shows a count no source gave. */
export const UNKNOWN_COUNT = '?';

/** Checks a --format value. */
export function checkFormat(format: string, where: string): OutputFormat {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`${where}: unknown --format "${format}"; expected ${OUTPUT_FORMATS.join(', ')}`);
  }
  return format as OutputFormat;
}

/** Options of `formatTable`. */
export interface TableOptions {
  /** Longest cell shown; longer cells are cut with an ellipsis (default 80). */
  maxWidth?: number;
  /** Never cut a cell (`--wide`); overrides maxWidth. */
  wide?: boolean;
}

/** An aligned plain-text table with a header line and a rule; "(no rows)" when empty. */
export function formatTable(table: Table, options: TableOptions = {}): string {
  const maxWidth = options.wide ? Number.POSITIVE_INFINITY : (options.maxWidth ?? 80);
  const countColumns = new Set((table.counts ?? []).map((name) => table.columns.indexOf(name)));
  const show = (cell: Cell, column: number): string => {
    if (cell === null) return countColumns.has(column) ? UNKNOWN_COUNT : '';
    const text = String(cell).replace(/[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, ' ');
    return text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  };
  const body = table.rows.map((row) => row.map(show));
  const widths = table.columns.map((name, i) => Math.max(name.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out = [line(table.columns), line(widths.map((w) => '-'.repeat(w)))];
  for (const row of body) out.push(line(row));
  if (body.length === 0) out.push('(no rows)');
  return `${out.join('\n')}\n`;
}

/** RFC 4180 CSV with a header row and CRLF line ends; text cells that could run as a formula are neutralised. */
export function formatCsv(table: Table): string {
  return [table.columns, ...table.rows].map(csvRecord).join('');
}

/** Pretty JSON of any value, ending with a newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
