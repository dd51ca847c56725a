/**
 * Ingest: a file or a string becomes one clean `Document` (text without site furniture, plus title, byline,
 * publication date and source URL). Formats: .txt (scraped pages, markdown-ish), .md, .html/.htm.
 *
 *   ingestFile(path, options)            -> Document   (reads and checks the file, then ingestText)
 *   ingestText(text, { id, format, ... }) -> Document
 *   formatOf(path)                       -> DocumentFormat | null
 *
 * A folder may carry a manifest (SOURCES.md or sources.csv: file, date, URL per row, see manifest.ts): it gives
 * the publication date and URL of a file whose text states none.
 *
 * Bad input raises InputError (missing, too large, empty, binary, not UTF-8, not English, nothing left after cleaning).
 */
import { basename, extname } from 'node:path';
import { InputError } from '../errors.ts';
import type { Document, DocumentFormat } from './types.ts';
import { cleanLines, type SourceLine } from './clean.ts';
import { joinWrappedLines, markdownLines, readFrontMatter } from './markdown.ts';
import { parseDate } from './dates.ts';
import { readHtml } from './html.ts';
import { checkEnglish, type LanguageOptions } from './language.ts';
import { readTextFile, type ReadOptions } from './read.ts';
import { manifestEntry, type ManifestEntry } from './manifest.ts';

export type { Document, DocumentFormat, DroppedLine } from './types.ts';
export { DEFAULT_READ_OPTIONS } from './read.ts';

/** File extensions newsgraph reads, and the format of each. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** Options of `ingestText`. */
export interface IngestTextOptions {
  /** Document id (the file name without extension). */
  id: string;
  format: DocumentFormat;
  /** Path for `Document.path` and error messages; defaults to the id. */
  path?: string;
  /** Reject texts that are not English (default true). */
  checkLanguage?: boolean;
  language?: Partial<LanguageOptions>;
  /** "Today", for year-less datelines (default: now). */
  now?: Date;
  /** Metadata from elsewhere (a corpus manifest), used only where the text states none. */
  fallback?: Partial<ManifestEntry>;
}

/** Options of `ingestFile`. */
export interface IngestFileOptions extends Partial<ReadOptions> {
  /** Read the publication date and URL of a file that states none from its folder's manifest (default true). */
  manifest?: boolean;
  checkLanguage?: boolean;
  language?: Partial<LanguageOptions>;
  now?: Date;
}

/** The format of a path by its extension, or null when newsgraph does not read it. */
export function formatOf(path: string): DocumentFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/**
 * The document id of a path: its file name without the extension and without leading dots, so that an output
 * named after it (`<id>.json`) is never a hidden file that a folder walk skips (`.draft.txt` -> `draft`).
 * Empty when nothing is left (`..txt`); `ingestFile` refuses such a file.
 */
export function documentId(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return (ext ? name.slice(0, -ext.length) : name).replace(/^\.+/, '');
}

/**
 * Cleans one text into a Document.
 * 1. markup: HTML through readability, markdown (and markdown-ish .txt) stripped line by line;
 * 2. furniture removal and metadata (clean.ts);
 * 3. checks: something must be left, and it must be English.
 * @throws InputError when nothing is left after cleaning or the text is not English
 */
export function ingestText(text: string, options: IngestTextOptions): Document {
  const where = options.path ?? options.id;
  const source = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  // 1. markup
  let lines: SourceLine[];
  let hints = {};
  // a .txt or .md file that is really a saved HTML page goes through readability too
  const isHtml = options.format === 'html' || /^\s*(?:<!doctype html|<html[\s>])/i.test(source.slice(0, 500));
  if (isHtml) {
    const html = readHtml(source);
    lines = html.lines;
    hints = html.hints;
  } else {
    const raw = source.split('\n');
    const front = readFrontMatter(raw);
    lines = joinWrappedLines(markdownLines(raw.map((l, i) => (i < front.lines ? '' : l))).map((l, i) => ({ line: i + 1, ...l })));
    if (front.lines > 0) {
      hints = {
        ...(front.title ? { title: front.title } : {}),
        ...(front.author ? { byline: front.author } : {}),
        ...(front.date && parseDate(front.date) ? { published: parseDate(front.date) } : {}),
        ...(front.url && /^https?:\/\//.test(front.url) ? { source: front.url } : {}),
      };
    }
  }
  // 2. furniture and metadata
  const cleaned = cleanLines(lines, hints, options.now ? { now: options.now } : {});
  // 3. checks
  if (cleaned.text.trim().length === 0) {
    throw new InputError(where, 'no article text left after removing markup and site furniture; expected an article');
  }
  if (options.checkLanguage !== false) {
    const problem = checkEnglish(cleaned.text, options.language);
    if (problem) throw new InputError(where, `not an English article (${problem}); expected English text`);
  }
  return {
    id: options.id,
    path: options.path ?? options.id,
    format: options.format,
    text: cleaned.text,
    title: cleaned.title,
    published: cleaned.published ?? options.fallback?.published ?? null,
    source: cleaned.source ?? options.fallback?.source ?? null,
    byline: cleaned.byline,
    dropped: cleaned.dropped,
  };
}

/**
 * Reads, checks and cleans one file.
 * @throws InputError for an unsupported extension or any problem `readTextFile` and `ingestText` report
 */
export function ingestFile(path: string, options: IngestFileOptions = {}): Document {
  const format = formatOf(path);
  if (!format) {
    throw new InputError(path, `unsupported file type "${extname(path) || '(none)'}"; expected ${Object.keys(FORMAT_BY_EXTENSION).join(', ')}`);
  }
  const id = documentId(path);
  if (!id) throw new InputError(path, 'no document id left in the file name once the extension and leading dots are removed; expected a name such as article.txt');
  const { checkLanguage, language, now, manifest, ...read } = options;
  const text = readTextFile(path, read);
  const fallback = manifest === false ? null : manifestEntry(path);
  return ingestText(text, {
    id,
    format,
    path,
    ...(fallback ? { fallback } : {}),
    ...(checkLanguage !== undefined ? { checkLanguage } : {}),
    ...(language ? { language } : {}),
    ...(now ? { now } : {}),
  });
}
