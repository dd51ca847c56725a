/**
 * Event dates: the time expressions of a sentence ("overnight", "last night", "on Tuesday", "early on Sunday",
 * "on 24 April", "the night of 1 to 2 January", "since December") and the day each one names, resolved against a
 * reference day (the article's dateline or publication date). An overnight attack is dated by the morning it ended,
 * as the Ukrainian Air Force's daily tallies date it: "overnight" and "last night" are the reference day itself, and
 * "Saturday night" is Sunday. Expressions that frame a report ("the air force said on Sunday") are kept apart from
 * those that date the event; periods ("since December", "this year") name no day.
 */

/** What a time expression dates. */
export type TimeKind =
  /** a night, dated by the morning it ended */
  | 'night'
  /** a day or a part of it */
  | 'day'
  /** a span of days or more ("since December", "this year"): the event it dates has no day */
  | 'period'
  /** the day of a statement ("the air force said on Sunday"): the event's day when nothing else dates it */
  | 'report'
  /** the day of something else ("a photo released on August 11"): the event it stands by has a day the text does not tell */
  | 'other';

/** A time expression in a document, with the day it names (null when it names none or cannot be resolved). */
export interface TimeExpression {
  /** Offsets into the text that was searched. */
  start: number;
  end: number;
  kind: TimeKind;
  date: string | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAY = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\b';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(?:19|20)\\d{2})';
/** "24 April", "April 24", "Apr. 24th, 2024", "24th of April 2024". */
const MONTH_DAY = `(?:${DAY}\\s+(?:of\\s+)?${MONTH}\\b\\.?${YEAR}?|${MONTH}\\b\\.?\\s+${DAY}\\b${YEAR}?)`;
/** A day named by weekday or by date. */
const NAMED_DAY = `(?:${WEEKDAY}|${MONTH_DAY})`;

/* ------------------------------------------------------------------ calendar arithmetic on ISO days */

/** Days since the epoch of an ISO day (UTC). */
function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** `iso` moved by `days` days. */
export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** True for a well-formed calendar day `YYYY-MM-DD`. */
export function isIsoDay(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return false;
  return isoOfDay(dayNumber(value)) === value.slice(0, 10);
}

/** The latest day on or before `reference` that falls on `weekday` (0 = Sunday). */
export function weekdayOnOrBefore(reference: string, weekday: number): string {
  const day = dayNumber(reference);
  const referenceWeekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return isoOfDay(day - ((referenceWeekday - weekday + 7) % 7));
}

/**
 * A month and day without a year, placed in the year that puts it nearest before `reference` (a date up to a week
 * after the reference is read as ahead in the same year: an announced day).
 */
export function monthDayNear(reference: string, month: number, day: number): string | null {
  const year = Number(reference.slice(0, 4));
  for (const y of [year, year - 1]) {
    const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!isIsoDay(iso)) return null;
    if (dayNumber(iso) <= dayNumber(reference) + 7) return iso;
  }
  return null;
}

/** The day a weekday or a written date names, against the reference day. */
export function resolveNamedDay(text: string, reference: string | null): string | null {
  const lower = text.toLowerCase().replace(/[,.]/g, ' ');
  const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(lower));
  const year = /\b((?:19|20)\d{2})\b/.exec(lower);
  const month = new RegExp(`\\b(${MONTH})\\b`).exec(lower);
  const day = /\b([0-3]?\d)(?:st|nd|rd|th)?\b/.exec(lower.replace(/\b(?:19|20)\d{2}\b/g, ' '));
  if (month && day) {
    const m = MONTHS[month[1] as string] ?? 0;
    const d = Number(day[1]);
    if (year) {
      const iso = `${year[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return isIsoDay(iso) ? iso : null;
    }
    return reference ? monthDayNear(reference, m, d) : null;
  }
  if (weekday >= 0 && reference) return weekdayOnOrBefore(reference, weekday);
  return null;
}

/* ------------------------------------------------------------------ the expressions */

/** How the day of a matched expression is found: from the named day in it, or from the reference day. */
type Resolve = { from: 'named'; shift: number } | { from: 'reference'; shift: number } | { from: 'none' };

interface Form {
  pattern: RegExp;
  kind: TimeKind;
  resolve: Resolve;
  /** Which capture group holds the named day (default: the whole match). */
  group?: number;
}

const NAMED = (shift = 0): Resolve => ({ from: 'named', shift });
const REFERENCE = (shift = 0): Resolve => ({ from: 'reference', shift });
const NONE: Resolve = { from: 'none' };

function form(source: string, kind: TimeKind, resolve: Resolve, group?: number): Form {
  return { pattern: new RegExp(source, 'gi'), kind, resolve, ...(group !== undefined ? { group } : {}) };
}

/**
 * The forms, most specific first: an expression claims its span, and later forms that overlap it are ignored.
 * Nights: "the night of 1 to 2 January" and "overnight into Sunday" name the morning; "Saturday night" the next day.
 */
const FORMS: readonly Form[] = [
  // the night of 1 to 2 January / the night of January 1-2 / the night from Saturday to Sunday
  form(`\\bnight\\s+(?:of|from)\\s+(?:${NAMED_DAY}|[0-3]?\\d(?:st|nd|rd|th)?)\\s*(?:to|into|-|–|—|and)\\s*(${NAMED_DAY}|[0-3]?\\d(?:st|nd|rd|th)?(?:\\s+${MONTH}\\.?)?${YEAR}?)`, 'night', NAMED(), 1),
  // Saturday-Sunday night / Saturday to Sunday night
  form(`\\b${WEEKDAY}\\s*(?:-|–|to|into)\\s*(${WEEKDAY})\\s+night\\b`, 'night', NAMED(), 1),
  // overnight into Sunday / overnight on Sunday / overnight Sunday / overnight to 2 January
  form(`\\bovernight\\s+(?:(?:into|to|on|of)\\s+)?(${NAMED_DAY})`, 'night', NAMED(), 1),
  // (late) on Saturday night / Saturday night / on the night of Saturday
  form(`\\b(?:late\\s+)?(?:on\\s+)?(${WEEKDAY})\\s*-?\\s*night\\b`, 'night', NAMED(1), 1),
  form(`\\bon\\s+the\\s+night\\s+of\\s+(${WEEKDAY})\\b`, 'night', NAMED(1), 1),
  // in the early hours of Friday / early on Sunday / early Sunday / Sunday morning / before dawn on Sunday
  form(`\\b(?:in\\s+the\\s+)?early\\s+hours\\s+of\\s+(?:on\\s+)?(${NAMED_DAY})`, 'night', NAMED(), 1),
  form(`\\b(?:early|before\\s+dawn)\\s+(?:on\\s+)?(${NAMED_DAY})`, 'night', NAMED(), 1),
  form(`\\b(?:on\\s+)?(${NAMED_DAY})\\s+(?:morning|before\\s+dawn)\\b`, 'night', NAMED(), 1),
  // the night before / the previous night (the night that ended on the reference day)
  form('\\b(?:the\\s+)?(?:previous|preceding)\\s+night\\b|\\bthe\\s+night\\s+before\\b', 'night', REFERENCE()),
  // ranges: between 30 December and 7 February, from 1 to 5 May, from Monday until Thursday
  form(`\\b(?:between|from)\\s+(?:${NAMED_DAY}|[0-3]?\\d(?:st|nd|rd|th)?)\\s*(?:and|to|until|till|through|-|–)\\s*${NAMED_DAY}`, 'period', NONE),
  // periods: since December, this year, in recent weeks, over the past month, in January, in 2023, every night
  form(`\\bsince\\s+(?:the\\s+(?:start|beginning)\\s+of\\s+)?(?:${NAMED_DAY}|${MONTH}\\b|(?:19|20)\\d{2}|the\\s+(?:[\\w-]+\\s+){0,2}(?:start|beginning|war|invasion|summer|spring|autumn|winter)|last\\s+\\w+|early\\s+\\w+|then)`, 'period', NONE),
  form('\\b(?:throughout|during|over\\s+the\\s+course\\s+of|in\\s+the\\s+course\\s+of)\\s+the\\s+(?:[\\w-]+\\s+){0,2}(?:war|invasion|conflict)\\b', 'period', NONE),
  form('\\b(?:so\\s+far\\s+|earlier\\s+|later\\s+)?(?:this|last|next|that)\\s+(?:year|month|week|spring|summer|autumn|fall|winter|weekend)\\b', 'period', NONE),
  form('\\b(?:in|over|during|for)\\s+(?:the\\s+)?(?:recent|past|last|previous|coming|next)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+|\\d+\\s+)?(?:days|weeks|months|years|nights)\\b', 'period', NONE),
  form(`\\bin\\s+(?:the\\s+)?(?:(?:first|last|final|early|late)\\s+(?:days|weeks|months|hours)\\s+of\\s+)?(?:(?:early|late|mid-?)\\s*)?${MONTH}\\b(?!\\.?\\s+[0-3]?\\d\\b)(?:${YEAR}|\\s+(?:19|20)\\d{2})?`, 'period', NONE),
  form('\\bin\\s+(?:(?:early|late|mid-?)\\s*)?(?:19|20)\\d{2}\\b', 'period', NONE),
  form('\\b(?:every|each)\\s+(?:night|day)\\b|\\bnightly\\b|\\bfor\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:consecutive\\s+|straight\\s+)?nights?\\s+in\\s+a\\s+row\\b|\\bnight\\s+after\\s+night\\b', 'period', NONE),
  // an evening starts the night that the next morning's tally counts: late on Monday, Monday evening
  form(`\\blate\\s+(?:on\\s+)?(${NAMED_DAY})(?:\\s+(?:afternoon|evening))?`, 'night', NAMED(1), 1),
  form(`\\b(?:on\\s+)?(${NAMED_DAY})\\s+evening\\b`, 'night', NAMED(1), 1),
  // a named day: on Tuesday, on 24 April, April 24, 2024 (a weekday of a statement is told apart below)
  form(`\\b(?:earlier\\s+)?(?:on\\s+)?(${NAMED_DAY})(?:\\s+afternoon)?`, 'day', NAMED(), 1),
  // relative to the reference day
  form('\\b(?:overnight|last\\s+night|during\\s+the\\s+night|through\\s+the\\s+night|in\\s+the\\s+night|at\\s+night|early\\s+(?:this\\s+morning|today)\\b|this\\s+morning|(?:in\\s+the\\s+)?early\\s+hours)(?:\\s+morning)?', 'night', REFERENCE()),
  form('\\b(?:over|in|during)\\s+the\\s+(?:past|last|previous)\\s+(?:24\\s+hours|day)\\b', 'night', REFERENCE()),
  form('\\b(?:earlier\\s+)?today\\b|\\bthis\\s+afternoon\\b', 'day', REFERENCE()),
  form('\\b(?:yesterday\\s+evening|last\\s+evening|this\\s+evening)\\b', 'night', REFERENCE()),
  form('\\byesterday\\b(?:\\s+(?:morning|afternoon))?', 'day', REFERENCE(-1)),
];

/** Words that may stand between a verb of saying and the day of the statement: "said in a statement on Telegram on Sunday". */
const REPORT_FILLER = '(?:\\s+(?:in|on|at|late|early|a|an|the|its|his|her|their|statement|statements|telegram|messaging|app|post|video|address|interview|briefing|channel|social|media|x|to|reporters|journalists|state|tv|television|news|conference|update|evening|morning|afternoon|nightly|daily|official|website|separately|also|later|earlier))*';
const REPORT_BEFORE = new RegExp(`\\b(?:said|says|say|saying|reported|reports|announced|announces|stated|states|claimed|claims|added|adds|wrote|writes|posted|told|confirmed|noted|warned|updated|according)${REPORT_FILLER}\\s*$`, 'i');
/** A comparison, not the time of the event: "for the first time since June", "the largest attack since 2022". */
const COMPARISON_BEFORE = /\b(?:first\s+time|(?:largest|biggest|heaviest|deadliest|worst|longest|strongest|most\s+\w+)(?:\s+[\w-]+){0,6})\s+$/i;
/** A day that dates a publication, not an event: "published on August 11", "photo released on ...". */
const META_BEFORE = /\b(?:published|released|posted|updated|taken|filed|dated|issued)\s+(?:on\s+)?$/i;

/**
 * Every time expression of `text` between `from` and `to`, with its day. Days of statements ("said on Sunday") are
 * `report`s; relative days ("overnight", "this morning") are resolved against the day of the statement in the same
 * text when there is one ("the air force said on Sunday that ... overnight": that Sunday), else against `reference`.
 */
export function findTimeExpressions(text: string, reference: string | null, from = 0, to = text.length): TimeExpression[] {
  const slice = text.slice(from, to);
  const claimed: TimeExpression[] = [];
  const ignored: { start: number; end: number }[] = [];
  const pendingRelative: { expression: TimeExpression; shift: number }[] = [];
  for (const f of FORMS) {
    f.pattern.lastIndex = 0;
    for (let m = f.pattern.exec(slice); m; m = f.pattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || claimed.some((c) => start < c.end && c.start < end) || ignored.some((c) => start < c.end && c.start < end)) continue;
      const before = text.slice(Math.max(0, start - 60), start);
      if (f.kind === 'period' && COMPARISON_BEFORE.test(before)) {
        ignored.push({ start, end });
        continue;
      }
      if (META_BEFORE.test(before)) {
        claimed.push({ start, end, kind: 'other', date: null });
        continue;
      }
      let kind = f.kind;
      let date: string | null = null;
      if (f.resolve.from === 'named') {
        const named = f.group !== undefined ? (m[f.group] ?? m[0]) : m[0];
        // A bare number is a day of the month that the other end of the range names ("the night of 1 to 2 January").
        const day = resolveNamedDay(/^\s*[0-3]?\d(?:st|nd|rd|th)?\s*$/.test(named) ? `${named} ${m[0]}` : named, reference);
        // The day of a statement ("said on Sunday", "said late on Sunday") is that day, never the next morning.
        const report = (kind === 'day' || f.resolve.shift === 1) && REPORT_BEFORE.test(before);
        if (report) kind = 'report';
        date = day === null ? null : addDays(day, report ? 0 : f.resolve.shift);
      }
      const expression: TimeExpression = { start, end, kind, date };
      claimed.push(expression);
      if (f.resolve.from === 'reference') pendingRelative.push({ expression, shift: f.resolve.shift });
    }
  }
  // Relative days: against the day of the statement that frames them, else the reference day.
  const reportDay = claimed.find((c) => c.kind === 'report' && c.date !== null)?.date ?? null;
  const base = reportDay ?? reference;
  for (const { expression, shift } of pendingRelative) expression.date = base ? addDays(base, shift) : null;
  return claimed.sort((a, b) => a.start - b.start);
}

/** A dateline at the head of a paragraph: "KYIV, Aug 28 (Reuters) -", "LVIV, Ukraine, 3 March -". */
const DATELINE = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{M} .'’/-]{1,40},(?:\\s*[\\p{Lu}][\\p{L}. ]{1,25},)?\\s+(${MONTH_DAY})\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—:]`, 'imu');

/**
 * The reference day of an article: its dateline's day when the dateline names one (placed in the year of the
 * publication date, or the year before across a new year), else the publication date; null when there is neither.
 * Only the head of the text is searched: a dateline opens the story.
 */
export function referenceDay(text: string, published: string | null): string | null {
  const publishedDay = isIsoDay(published) ? published.slice(0, 10) : null;
  const head = text.slice(0, 3000);
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    if (!/^[\p{Lu}][\p{Lu}\s.'’/-]*,/u.test(line)) continue;
    const m = DATELINE.exec(line);
    if (!m) continue;
    const hasYear = /\b(?:19|20)\d{2}\b/.test(m[1] as string);
    if (!hasYear && !publishedDay) continue;
    const day = resolveNamedDay(m[1] as string, publishedDay);
    if (day) return day;
  }
  return publishedDay;
}
