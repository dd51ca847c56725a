/**
 * A corpus manifest: the table a collector keeps beside the articles, one row per file with the date it was
 * published and where it came from (`SOURCES.md` as a Markdown table, or `sources.csv`). Columns are found by
 * their header (`file`; `date`/`published`; `url`/`source`/`link`), in any order. Articles often lose their date
 * line when saved as text; the manifest gives it back. It is a fallback: a date or URL the article states wins.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDate } from './dates.ts';

/** What a manifest says of one file. */
export interface ManifestEntry {
  /** Publication date, YYYY-MM-DD. */
  published: string | null;
  /** Address of the article. */
  source: string | null;
}

/** File names a folder's manifest may have, in the order they are looked for. */
export const MANIFEST_NAMES: readonly string[] = ['SOURCES.md', 'sources.md', 'sources.csv', 'SOURCES.csv'];

const FILE_COLUMNS = new Set(['file', 'filename', 'file name', 'path']);
const DATE_COLUMNS = new Set(['date', 'published', 'publication date', 'published date']);
const URL_COLUMNS = new Set(['url', 'source', 'link', 'address']);

/** Manifests read, by path, with the modification time they were read at. */
const cache = new Map<string, { mtimeMs: number; entries: Map<string, ManifestEntry> }>();

/** The rows of a table given as header and cells: file name -> entry. Rows without a file name are skipped. */
function entriesOf(header: readonly string[], rows: readonly (readonly string[])[]): Map<string, ManifestEntry> {
  const names = header.map((h) => h.trim().toLowerCase());
  const file = names.findIndex((n) => FILE_COLUMNS.has(n));
  const date = names.findIndex((n) => DATE_COLUMNS.has(n));
  const url = names.findIndex((n) => URL_COLUMNS.has(n));
  const out = new Map<string, ManifestEntry>();
  if (file < 0 || (date < 0 && url < 0)) return out;
  for (const row of rows) {
    const name = basename((row[file] ?? '').trim().replace(/^`|`$/g, ''));
    if (!name) continue;
    // "2025-04-13 (not in excerpt; from content)": the first date of the cell.
    const published = date >= 0 ? parseDate(row[date] ?? '') : null;
    const address = url >= 0 ? ((row[url] ?? '').trim().match(/https?:\/\/\S+/)?.[0] ?? null) : null;
    out.set(name, { published, source: address });
  }
  return out;
}

/** The cells of a Markdown table row ("| a | b |"), or null for a line that is no row or a separator row. */
function markdownCells(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return null;
  const cells = trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  return cells.every((c) => /^:?-{3,}:?$/.test(c)) ? null : cells;
}

/** Parses a manifest's text: the first Markdown table of a `.md` file, or a CSV file with a header row. */
export function parseManifest(text: string, format: 'md' | 'csv'): Map<string, ManifestEntry> {
  if (format === 'csv') {
    const rows = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
    const [header, ...body] = rows;
    return header ? entriesOf(header, body) : new Map();
  }
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const cells = markdownCells(line);
    if (cells) rows.push(cells);
    else if (rows.length > 0 && !/^\s*\|/.test(line)) break; // the first table only
  }
  const [header, ...body] = rows;
  return header ? entriesOf(header, body) : new Map();
}

/**
 * What the manifest in the folder of `path` says of that file, or null when the folder has no manifest, the
 * manifest cannot be read or parsed, or it has no row for the file. A manifest is read once per change.
 */
export function manifestEntry(path: string): ManifestEntry | null {
  const dir = dirname(path);
  for (const name of MANIFEST_NAMES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    try {
      const { mtimeMs } = statSync(file);
      let cached = cache.get(file);
      if (!cached || cached.mtimeMs !== mtimeMs) {
        cached = { mtimeMs, entries: parseManifest(readFileSync(file, 'utf8'), name.toLowerCase().endsWith('.csv') ? 'csv' : 'md') };
        cache.set(file, cached);
      }
      return cached.entries.get(basename(path)) ?? null;
    } catch {
      // An unreadable or malformed manifest gives nothing: the articles are read as they are.
      return null;
    }
  }
  return null;
}
