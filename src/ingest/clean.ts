/**
 * From the lines of a page to a clean article: drops site furniture (with reasons), finds the title, byline,
 * publication date and source URL, and joins what is left into the document text.
 * Kept lines are never rewritten inside (only trimmed and whitespace-collapsed), so article sentences stay intact.
 * In the text, "\n" separates lines of one block (a list, a caption under a date) and "\n\n" separates paragraphs.
 */
import type { DroppedLine } from './types.ts';
import { APPEAL_OPENER, APPEAL_SIGNAL, countWords, isListHeader, isMenuLine, matchLineRule } from './furniture.ts';
import { dateOfUrl, findDates, pickPublished, shortYearDate } from './dates.ts';

/** One line of the source after markup was stripped. */
export interface SourceLine {
  /** 1-based line number in the source text. */
  line: number;
  text: string;
  /** 1-6 when the source marked the line as a heading, else 0. */
  heading: number;
  /** URLs the line linked to. */
  urls: string[];
}

/** Metadata known before the text is read (from HTML meta tags); each wins over what the text says. */
export interface MetaHints {
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  source?: string | null;
}

/** What cleaning produced. */
export interface CleanResult {
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  source: string | null;
  dropped: DroppedLine[];
}

/** Options of `cleanLines`. */
export interface CleanOptions {
  /** "Today", for dates written without a year (resolved to the latest matching year not after it). */
  now: Date;
}

const URL_LABEL = /^(?:original url|original article|source url|source link|url|canonical(?: url| link)?|permalink|link to (?:the )?(?:original|article)|source)\s*:\s*(\S*)\s*$/i;
const BARE_URL = /^<?(https?:\/\/[^\s>]+)>?$/i;
const BYLINE = /^by\s+(\S.*)$/i;
const AUTHOR_LABEL = /^(?:author|authors|written by|words by|text)\s*:?\s+(\S.*)$/i;
const NAME_DASH = /^([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s*[—–-]\s*$/u;
const PHOTO_CREDIT = /^(?:photo|photos|photograph|image|images|image source|picture|credit|credits|illustration|video)\s*:|\bphotograph:|\bvia getty images\b|\((?:photo|image)\s*:|^[©(]/i;
const ROLE_WORD = /\b(?:reporter|correspondent|editor|writer|staff|journalist|contributor|analyst|columnist|bureau|desk|in [\p{Lu}])/iu;

/** A byline line ("By Jane Roe", "Author: Jane Roe", "Jane Roe —"); callers limit its length. */
function isBylineLine(text: string): boolean {
  return BYLINE.test(text) || AUTHOR_LABEL.test(text) || NAME_DASH.test(text);
}

/** Reads the author names out of a byline line ("by Jane Roe  May 5, 2024 2 min read" -> "Jane Roe"). */
export function parseByline(text: string): string | null {
  let m = BYLINE.exec(text) ?? AUTHOR_LABEL.exec(text) ?? NAME_DASH.exec(text);
  if (!m) {
    m = /^\(?reporting by\s+([^;)]+)/i.exec(text);
    if (!m) return null;
    return m[1]!.replace(/\s+in\s+[\p{Lu}][\p{L}-]+/gu, '').trim() || null;
  }
  let names = m[1]!;
  // 1. cut at a date, a time, a reading time or a menu separator
  const date = findDates(names)[0];
  if (date) names = names.slice(0, date.index);
  names = names.split(/\s{2,}|\s*[|·•]\s*|\s+\d+\s*min(?:ute)?s?\s+read|\s+\d{1,2}:\d{2}|\s+(?:updated|published)\b/i)[0]!;
  // 2. drop a role after a comma ("Jane Roe, Europe reporter")
  const comma = names.indexOf(',');
  if (comma > 0 && ROLE_WORD.test(names.slice(comma + 1))) names = names.slice(0, comma);
  names = names.replace(/[\s,;:—–-]+$/, '').trim();
  return names.length > 0 && countWords(names) <= 12 ? names : null;
}

/** The first sentence of a paragraph, for a title taken from prose. */
function firstSentence(text: string): string {
  const m = /^(.{20,}?[.!?])\s+(?=["“\p{Lu}])/u.exec(text);
  const sentence = m ? m[1]! : text;
  return sentence.length > 200 ? `${sentence.slice(0, 197).trimEnd()}...` : sentence;
}

const LEADING_DATE_GATE = /^\s*(?:(?:published|posted|date|dated|updated)\s*:?\s*)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Splits "date 2025-04-24 According to ..." (a date glued before the first paragraph) into two lines. */
function splitLeadingDate(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    // cheap gate: the date must start the line, right after an optional label
    if (!LEADING_DATE_GATE.test(l.text)) {
      out.push(l);
      continue;
    }
    const label = /^\s*(?:(?:published|posted|date|dated|updated)\s*:?\s*)?/i.exec(l.text)![0];
    const date = findDates(l.text.slice(0, label.length + 40))[0];
    if (date && date.index === label.length) {
      const rest = l.text.slice(date.index + date.length).replace(/^[\s,|·—–-]+/, '');
      if (countWords(rest) >= 8 && /^["“\p{Lu}]/u.test(rest)) {
        out.push({ ...l, text: l.text.slice(0, date.index + date.length).trim() }, { ...l, text: rest });
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

/**
 * Cleans the lines of one page.
 * @param lines the page's lines, markup already stripped
 * @param hints metadata from outside the text (HTML meta tags) that wins over the text
 */
export function cleanLines(lines: SourceLine[], hints: MetaHints = {}, options: Partial<CleanOptions> = {}): CleanResult {
  const now = options.now ?? new Date();
  // 1. normalise whitespace; split a date glued to the first paragraph
  const items = splitLeadingDate(
    lines.map((l) => ({
      ...l,
      text: /[\u200b-\u200d\u2060\ufeff\u00a0\u2007\u202f\u2009\t]/.test(l.text)
        ? l.text
            .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
            .replace(/[\u00a0\u2007\u202f\u2009]/g, ' ')
            .replace(/\t/g, '  ')
            .trim()
        : l.text.trim(),
    })),
  );
  const drop: (string | null)[] = items.map(() => null);
  const blank = items.map((l) => l.text.length === 0);
  // per-line facts, computed once
  const words = items.map((l) => countWords(l.text));
  const proseAt = (i: number) => words[i]! >= 15 && /[.!?]["”’)]?$/.test(items[i]!.text);
  const dateCache = new Map<number, boolean>();
  const dateLineAt = (i: number) => {
    let v = dateCache.get(i);
    if (v === undefined) dateCache.set(i, (v = words[i]! <= 14 && (findDates(items[i]!.text).length > 0 || shortYearDate(items[i]!.text, now) !== null)));
    return v;
  };
  const bylineAt = (i: number) => words[i]! <= 20 && isBylineLine(items[i]!.text);
  const protectedAt = (i: number) => dateLineAt(i) || bylineAt(i) || PHOTO_CREDIT.test(items[i]!.text);
  let source: string | null = hints.source ?? null;

  // 2. source URL lines ("Original url:" and the link after it)
  for (let i = 0; i < items.length; i++) {
    const m = URL_LABEL.exec(items[i]!.text);
    if (!m) continue;
    let url = m[1] && /^<?https?:\/\//i.test(m[1]) ? m[1].replace(/^<|>$/g, '') : null;
    if (m[1] && !url) continue; // "Source: Air Force of Ukraine" is an attribution, not a link
    if (!url) {
      let j = i + 1;
      while (j < items.length && blank[j]) j++;
      const next = items[j] ? BARE_URL.exec(items[j]!.text) : null;
      if (!next) continue;
      url = next[1]!;
      drop[j] = 'source URL (kept as metadata)';
    }
    source ??= url;
    drop[i] = 'source URL (kept as metadata)';
  }

  // 3. single-line furniture
  for (let i = 0; i < items.length; i++) {
    if (blank[i] || drop[i]) continue;
    const text = items[i]!.text;
    const rule = matchLineRule(text, words[i]);
    if (rule) drop[i] = rule.reason;
    else if (words[i]! <= 40 && isMenuLine(text) && !protectedAt(i)) drop[i] = 'navigation';
  }

  // 4. link lists: a header and everything after it until article prose resumes (two prose paragraphs in a row)
  for (let i = 0; i < items.length; i++) {
    if (blank[i] || words[i]! > 6 || !isListHeader(items[i]!.text)) continue;
    const header = items[i]!.text.replace(/\s*:$/, '');
    drop[i] = `"${header}" list header`;
    let j = i + 1;
    for (; j < items.length; j++) {
      if (blank[j]) continue;
      // a heading or a byline starts an article (a list at the top of the page ends there)
      if (items[j]!.heading > 0 || (bylineAt(j) && parseByline(items[j]!.text))) break;
      if (proseAt(j)) {
        let k = j + 1;
        while (k < items.length && blank[k]) k++;
        if (k < items.length && proseAt(k) && !drop[k]) break;
      }
      drop[j] ??= `in "${header}" list`;
    }
    i = j - 1;
  }

  // 4b. reader appeals that open with "A message from ...:" / "Dear readers": the opener and what follows, until
  //     article prose without first or second person resumes (two such paragraphs in a row)
  const impersonalProse = (i: number) => proseAt(i) && !/\b(?:we|our|us|you|your)\b/i.test(items[i]!.text);
  // a letter to readers is an appeal only when it asks for money or sign-ups within its first lines ("Dear
  // supporters," opens a club's or an embassy's notice as often as a newsroom's plea)
  const appealConfirmed = (i: number) => {
    for (let j = i, seen = 0; j < items.length && seen < 4; j++) {
      if (blank[j]) continue;
      seen++;
      const text = items[j]!.text;
      if (APPEAL_SIGNAL.test(text) || matchLineRule(text, words[j]!)?.id === 'appeal') return true;
    }
    return false;
  };
  for (let i = 0; i < items.length; i++) {
    if (blank[i] || drop[i] || words[i]! > 40 || !APPEAL_OPENER.test(items[i]!.text)) continue;
    if (!appealConfirmed(i)) continue;
    drop[i] = 'subscription or membership appeal';
    let j = i + 1;
    for (; j < items.length; j++) {
      if (blank[j]) continue;
      if (isListHeader(items[j]!.text) && words[j]! <= 6) break;
      if (impersonalProse(j)) {
        let k = j + 1;
        while (k < items.length && blank[k]) k++;
        if (k >= items.length || impersonalProse(k)) break;
      }
      drop[j] ??= 'in a reader appeal';
    }
    i = j - 1;
  }

  // 4c. short lines wedged between furniture (newsletter names in a sign-up form, button labels)
  for (let i = 0; i < items.length; i++) {
    if (blank[i] || drop[i] || words[i]! > 8 || /[.!?]["”’]?$/.test(items[i]!.text) || protectedAt(i) || items[i]!.heading > 0) continue;
    let p = i - 1;
    while (p >= 0 && blank[p]) p--;
    let n = i + 1;
    while (n < items.length && blank[n]) n++;
    const furniture = (k: number) => k >= 0 && k < items.length && drop[k] !== null && !drop[k]!.startsWith('source URL');
    if (furniture(p) && furniture(n) && (i - p <= 2 || n - i <= 2)) drop[i] = 'between furniture lines';
  }

  // 5. repeated lines (a headline or standfirst printed twice)
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    if (blank[i] || drop[i]) continue;
    if (words[i]! < 4) continue;
    const key = items[i]!.text.toLowerCase();
    if (seen.has(key)) drop[i] = 'repeated line';
    seen.add(key);
  }

  // 6. title: a marked heading before the first prose, else the first headline-like line;
  //    short lines above it are mastheads and section labels
  const kept = items.map((_, i) => i).filter((i) => !blank[i] && !drop[i]);
  const firstProse = kept.find((i) => proseAt(i)) ?? Infinity;
  let titleIndex = kept.find((i) => i <= firstProse && items[i]!.heading > 0);
  if (titleIndex === undefined) {
    titleIndex = kept.find((i) => {
      const t = items[i]!.text;
      const allCaps = t === t.toUpperCase() && /\p{Lu}/u.test(t);
      return words[i]! >= 4 && !dateLineAt(i) && !bylineAt(i) && !PHOTO_CREDIT.test(t) && (!allCaps || words[i]! >= 5);
    });
  }
  // a short first candidate (a site tagline, a section name) gives way to a longer headline right after it
  if (titleIndex !== undefined && items[titleIndex]!.heading === 0 && words[titleIndex]! <= 5) {
    const next = kept.find((i) => i > titleIndex! && !dateLineAt(i));
    if (next !== undefined && next - titleIndex <= 3 && words[next]! >= 6 && !proseAt(next) && !bylineAt(next) && items[next]!.heading === 0) {
      titleIndex = next;
    }
  }
  let title = hints.title ?? null;
  if (titleIndex !== undefined) {
    title ??= proseAt(titleIndex) || words[titleIndex]! > 30 ? firstSentence(items[titleIndex]!.text) : items[titleIndex]!.text.replace(/\s+/g, ' ');
    for (const i of kept) {
      if (i >= titleIndex) break;
      if (words[i]! <= 5 && !protectedAt(i)) drop[i] = 'masthead or section label';
    }
  }

  // 7. head of the article: lines up to the third prose paragraph; byline and date come from there
  const head: number[] = [];
  let prose = 0;
  for (const i of kept) {
    if (drop[i]) continue;
    head.push(i);
    if (proseAt(i) && ++prose >= 3) break;
  }
  let byline = hints.byline ?? null;
  if (!byline) {
    for (const i of head) {
      if (bylineAt(i)) {
        byline = parseByline(items[i]!.text);
        if (byline) break;
      }
    }
  }
  if (!byline) {
    const credit = kept.find((i) => !drop[i] && /^\(?reporting by\s/i.test(items[i]!.text));
    if (credit !== undefined) byline = parseByline(items[credit]!.text);
  }
  // The page text first; else the date in the path of the page's own URL; else a date line above the first prose that
  // was dropped as furniture for another part of it ("Parish letter 9 | Friday, 3 May 2024 | 900 subscribers"): the
  // page carries that date, though the line is not kept.
  const droppedHead = items.map((_, i) => i).filter((i) => i < firstProse && drop[i] && !blank[i]);
  const headDate = pickPublished(head.map((i) => items[i]!.text), now);
  const published = hints.published ?? headDate ?? dateOfUrl(source) ?? pickPublished(droppedHead.map((i) => items[i]!.text), now);

  // 8. join the kept lines: "\n" inside a block, "\n\n" between blocks
  const dropped: DroppedLine[] = [];
  let text = '';
  let gap = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (blank[i]) {
      gap = true;
      continue;
    }
    if (drop[i]) {
      dropped.push({ line: item.line, text: item.text.replace(/\s+/g, ' '), reason: drop[i]! });
      gap = true;
      continue;
    }
    if (text.length > 0) text += gap ? '\n\n' : '\n';
    text += /\s\s|[^\S ]/.test(item.text) ? item.text.replace(/\s+/g, ' ') : item.text;
    gap = false;
  }
  return { text, title, byline, published, source, dropped };
}
