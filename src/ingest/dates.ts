/**
 * Publication dates from page text: finds dates written the ways news sites write them
 * ("March 21, 2024", "21 March 2024", "2024-03-21", "Jan. 14, 2023", "07.11.2022", "Dec 22" with a weekday)
 * and picks the one that dates the article. Dates are returned as written (no time-zone shifts), ISO `YYYY-MM-DD`.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

/** The written date forms, each with a function that reads year, month and day from its match. */
const FULL_DATE_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  // 2024-03-21, 2024-03-21T10:00:00Z
  { pattern: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?![\\d])`, 'g'), read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // March 21, 2024 / Jan. 14, 2023 / Dec 22 2022
  { pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'), read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])] },
  // 26-Jan-2023 / 26/Jan/2023 (a log or wire time stamp)
  { pattern: new RegExp(`\\b${DAY}([-/])${MONTH}\\2${YEAR}\\b`, 'gi'), read: (m) => [Number(m[4]), monthNumber(m[3]!), Number(m[1])] },
  // 21 March 2024 / 31 Dec, 2023 / 9th of October 2022 / 21 March ,2024
  { pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?(?:\\s*,\\s*|\\s+)${YEAR}\\b`, 'gi'), read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])] },
  // 2024/03/21 / 2024.03.21
  { pattern: new RegExp(`(?<![\\d.])${YEAR}[./](\\d{1,2})[./](\\d{1,2})(?![\\d])`, 'g'), read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 07.11.2022 / 16/11/2022 / 18-11-2024 (day first; month first only when the day-first reading is impossible)
  {
    pattern: new RegExp(`(?<![\\d.-])(\\d{1,2})([./-])(\\d{1,2})\\2${YEAR}(?![\\d])`, 'g'),
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      return b > 12 && a <= 12 ? [Number(m[4]), a, b] : [Number(m[4]), b, a];
    },
  },
];

/**
 * A day-first date with a two-digit year, "24.06.23" or "24/06/23": read only on a short line of the head (a date
 * line), never in prose, where it could be a score or a version; the year is of this century.
 */
const SHORT_YEAR_FORM = /(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./-])/;

/**
 * The day-first date with a two-digit year of a short line (twelve words at most: a date line, not prose), when it
 * is a calendar day not after `now`; else null.
 */
export function shortYearDate(line: string, now: Date = new Date()): string | null {
  if (line.split(/\s+/).length > 12) return null;
  const m = SHORT_YEAR_FORM.exec(line);
  const iso = m ? isoDate(2000 + Number(m[4]), Number(m[3]), Number(m[1])) : null;
  return iso && Date.parse(`${iso}T00:00:00Z`) <= now.getTime() ? iso : null;
}

/** A date without a year: "Dec 22", "May 16", "22 December". */
const YEARLESS_FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number] }[] = [
  { pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY}\\b(?!,?\\s*\\d)`, 'i'), read: (m) => [monthNumber(m[1]!), Number(m[2])] },
  { pattern: new RegExp(`\\b${DAY}\\s+${MONTH}\\b(?!\\.?,?\\s*\\d)`, 'i'), read: (m) => [monthNumber(m[2]!), Number(m[1])] },
];

/** A date found in a line, with its position. */
export interface FoundDate {
  iso: string;
  /** Where the written date starts in the text, and its length. */
  index: number;
  length: number;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 April and the like
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every full date (with a year) in `text`, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const form of FULL_DATE_FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(text); m; m = form.pattern.exec(text)) {
      const [y, mo, d] = form.read(m);
      const iso = isoDate(y, mo, d);
      const start = m.index;
      const end = start + m[0].length;
      if (iso && !found.some((f) => start < f.index + f.length && f.index < end)) found.push({ iso, index: start, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Parses one date string (the first date in it), e.g. a meta tag's content; null when there is none. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

/**
 * Resolves a year-less date ("Dec 22") in `paragraph` by the weekdays the paragraph names ("on Thursday"): the days a
 * report names are the day of writing and the days just before it, so the year is the one in which every weekday
 * named falls nearest on or before that day ("ODESA, May 9 - ... on Sunday, officials said on Monday": the year in which
 * 9 May was a Monday, not a Sunday with the Monday six days before); of equally near years, the latest
 * not after `now`. Null without a weekday and a date.
 */
export function resolveYearless(paragraph: string, now: Date = new Date()): string | null {
  const wanted = [...new Set([...paragraph.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)].map((m) => WEEKDAYS.indexOf(m[1]!.toLowerCase())))];
  if (wanted.length === 0) return null;
  for (const form of YEARLESS_FORMS) {
    const m = form.pattern.exec(paragraph);
    if (!m) continue;
    const [month, day] = form.read(m);
    let best: { iso: string; span: number } | null = null;
    for (let year = now.getUTCFullYear(); year >= now.getUTCFullYear() - 15; year--) {
      const iso = isoDate(year, month, day);
      if (!iso) break;
      const date = new Date(`${iso}T00:00:00Z`);
      if (date.getTime() > now.getTime()) continue;
      // how far back the earliest weekday named lies from the day: 0 when every weekday named is the day itself
      const span = Math.max(...wanted.map((w) => (date.getUTCDay() - w + 7) % 7));
      if (best === null || span < best.span) best = { iso, span };
    }
    if (best) return best.iso;
  }
  return null;
}

/**
 * The date a page's URL carries in its path, as news sites write it ("/2024/03/08/slug", "/2025-09-10/slug",
 * "/20240308/"); null when the path has none.
 */
export function dateOfUrl(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/)/.exec(path);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Labels that introduce the publication date of a page (also a bulletin's "Issued: 25 November 2025"). */
const PUBLISHED_LABEL = /^\s*(?:first\s+)?(?:published|posted|date|dated|released|issued)(?:\s+on)?\b\s*:?/i;
const UPDATED_LABEL = /^\s*(?:last\s+)?(?:updated|modified)\b/i;

/** Where a head line splits into labelled parts: a bar or a middle dot between spaces, or a full stop before a capital. */
const LINE_PARTS = /\s+[|·•]\s+|(?<=\.)\s+(?=\p{Lu})/u;

/** A weekday right before or after a year-less day and month: "Sunday 14 April", "Sunday, April 14", "14 April, Sunday". */
const WEEKDAY_BESIDE_DATE = new RegExp(
  `\\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\\s+(?:${DAY}\\s+${MONTH}|${MONTH}\\.?\\s+${DAY})\\b|\\b(?:${DAY}\\s+${MONTH}|${MONTH}\\.?\\s+${DAY}),?\\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b`,
  'i',
);

/** A verb of publishing right before the date's preposition in prose: "were posted on", "was first published on". */
const PUBLISHED_IN_PROSE = /\b(?:(?:was|were|is|are|been)\s+)(?:first\s+)?(?:posted|published|filed)\s+on\s+$/i;

/**
 * Picks the publication date from the head of an article (the lines before and including its first
 * few prose paragraphs), in this order:
 * 1. a line labelled "Published"/"Posted"/"Date" that carries a date;
 * 2. the first full date in the head (a dateline, a byline with a date, a date line);
 * 3. a day-first date with a two-digit year on a short line ("Bulletin: 24.06.23, 09:00");
 * 4. a year-less dateline ("WASHINGTON, Dec 22 - ... on Thursday") resolved by its weekday;
 * 5. a year-less date with its weekday on a short head line ("Match report 4 (Saturday 7 June)"): the year the head
 *    writes when the weekday falls on that day there ("Summer League 2025"), else as a dateline's.
 */
export function pickPublished(headLines: string[], now: Date = new Date()): string | null {
  // 1. labelled lines, or labelled parts of a line ("Reporting period: 24 Nov (18:00) to 25 Nov. Issued: 25 November
  //    2025", "No. 35 | Issued 1 September 2025 | For clients only")
  for (const line of headLines) {
    for (const part of line.split(LINE_PARTS)) {
      if (PUBLISHED_LABEL.test(part) && !UPDATED_LABEL.test(part)) {
        const iso = parseDate(part);
        if (iso) return iso;
      }
    }
  }
  // 2. the first full date in the head; inside prose, dates after a preposition ("since 24 February 2022",
  //    "on March 3, 2024") are dates of events, not of the page, unless a verb of publishing stands before the
  //    preposition ("These entries were posted on 12 November 2025")
  for (const line of headLines) {
    const prose = line.split(/\s+/).length >= 15;
    for (const found of findDates(line)) {
      const before = line.slice(Math.max(0, found.index - 30), found.index);
      if (prose && /\b(?:since|from|until|till|before|after|by|in|of|on|between|and|to|through|during)\s+(?:the\s+)?$/i.test(before) && !PUBLISHED_IN_PROSE.test(before)) continue;
      return found.iso;
    }
  }
  // 3. a two-digit year on a short line of the head
  for (const line of headLines) {
    const iso = shortYearDate(line, now);
    if (iso) return iso;
  }
  // 4. a year-less dateline, dated by the weekday of the same paragraph
  for (const line of headLines) {
    if (/^[\p{Lu}][\p{Lu} .'/-]+,\s/u.test(line)) {
      const iso = resolveYearless(line, now);
      if (iso) return iso;
    }
  }
  // 5. a year-less date beside its weekday on a short line of the head (a date line, not prose)
  const written = headLines.flatMap((line) => [...line.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1])));
  for (const line of headLines) {
    if (line.split(/\s+/).length > 15 || !WEEKDAY_BESIDE_DATE.test(line)) continue;
    const iso = resolveYearless(line, now);
    if (!iso) continue;
    const year = written.find((y) => resolveYearless(line, new Date(Date.UTC(y, 11, 31))) === `${y}${iso.slice(4)}`);
    return year !== undefined ? `${year}${iso.slice(4)}` : iso;
  }
  return null;
}

