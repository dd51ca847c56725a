/**
 * Types of the ingest stage: a file on disk becomes one clean `Document`.
 * Every character offset used later in newsgraph points into `Document.text`.
 */

/** The input formats newsgraph reads. */
export type DocumentFormat = 'txt' | 'html' | 'md';

/** A line removed from the text as site furniture, kept so `--explain` can show it. */
export interface DroppedLine {
  /** 1-based line number in the source text (after HTML-to-text for HTML). */
  line: number;
  text: string;
  /** Why it was dropped, e.g. "subscription appeal", "related-articles list". */
  reason: string;
}

/** One article, cleaned, with its metadata. */
export interface Document {
  /** Input file name without extension; unique within a corpus. */
  id: string;
  /** Path the document was read from. */
  path: string;
  format: DocumentFormat;
  /** Cleaned article text (furniture removed, markup stripped). */
  text: string;
  title: string | null;
  /** Publication date, ISO 8601 (YYYY-MM-DD), from the page text; null when none is found. */
  published: string | null;
  /** Source URL when the page names one. */
  source: string | null;
  byline: string | null;
  /** Lines dropped as furniture, with reasons. */
  dropped: DroppedLine[];
}
