/**
 * Event dates: the time expressions of a sentence ("overnight", "last night", "on Tuesday", "last Friday", "early on Sunday",
 * "on 24 April", "the night of 1 to 2 January", "since December") and the day each one names, resolved against a
 * reference day (the article's dateline or publication date). An overnight attack is dated by the morning it ended,
 * as the Ukrainian Air Force's daily tallies date it: "overnight" and "last night" are the reference day itself, and
 * "Saturday night" is Sunday. Expressions that frame a report ("the air force said on Sunday") are kept apart from
 * those that date the event; periods ("since December", "this year") name no day, and an ordinal before a period
 * ("the twelfth this year") counts events rather than dating one.
 */

/** What a time expression dates. */
export type TimeKind =
  /** a night, dated by the morning it ended */
  | 'night'
  /** a day or a part of it */
  | 'day'
  /** a span of days or more ("since December", "this year"): the event it dates has no day */
  | 'period'
  /** a habit ("has repeatedly hit", "struck most often"): what it dates is no single event */
  | 'habit'
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
  /** Hours with no day named ("at about 4 a.m."): dated by the reference day only for want of a day in the context. */
  hoursOnly?: true;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAY = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\b';
/** A weekday, or a weekday before the reference day ("last Friday", "this past Monday": never the reference day itself). */
const PAST_WEEKDAY = `(?:(?:last|(?:this\\s+)?past)\\s+)?${WEEKDAY}`;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(?:19|20)\\d{2})';
/** "24 April", "April 24", "Apr. 24th, 2024", "24th of April 2024". */
const MONTH_DAY = `(?:${DAY}\\s+(?:of\\s+)?${MONTH}\\b\\.?${YEAR}?|${MONTH}\\b\\.?\\s+${DAY}\\b${YEAR}?)`;
/** An hour of the night before dawn on a clock ("5", "4:30", "03.15"), before "am" or "o'clock in the morning". */
const SMALL_HOUR = '(?:0?[0-6]|12)(?:[:.][0-5]\\d)?';
/** An hour of the evening on a clock: "19:30", "21.00", "9 p.m.", "10pm". */
const EVENING_HOUR = '(?:(?:1[89]|2[0-3])[:.][0-5]\\d|(?:[6-9]|1[01])(?:[:.][0-5]\\d)?\\s*(?:pm\\b|p\\.m\\.))';
/** An hour of the morning on a clock with its half of the day: "7am", "07.30 a.m.", "11 am". */
const MORNING_HOUR = '(?:(?:0?\\d|1[0-2])(?:[:.][0-5]\\d)?\\s*(?:am\\b|a\\.m\\.))';
/** The fall of night, the opening of a night span: "dusk on 6 August", "nightfall on Sunday". */
const NIGHTFALL = '(?:dusk|nightfall|sunset|sundown|dark|(?:late\\s+)?(?:in\\s+)?the\\s+evening\\s+of)';
/** Daybreak, the close of a night span: "dawn on Monday", "the morning of 7 August", "early morning on Monday". */
const DAYBREAK = '(?:dawn|daybreak|sunrise|first\\s+light|(?:the\\s+)?(?:early\\s+)?morning)';
/** What an `EVENING_HOUR` cannot match without: "pm", "p.m" or an hour of 18-23 with its separator ("19:", "21."). */
const EVENING_HOUR_WORDS = ['pm', 'p.m', ...['18', '19', '20', '21', '22', '23'].flatMap((h) => [`${h}:`, `${h}.`])];
/** A holiday of a fixed day: "Christmas Day" (25 December), "Christmas Eve", "New Year's Day", "New Year's Eve". */
const HOLIDAY = "(?:christmas\\s+(?:day|eve)|new\\s+year['’]?s\\s+(?:day|eve))\\b";
/** A day named by weekday, by date (a weekday before it adds nothing: "Friday 31 January") or by a holiday of a fixed day. */
const NAMED_DAY = `(?:${WEEKDAY},?\\s+${MONTH_DAY}|${PAST_WEEKDAY}|${MONTH_DAY}|${HOLIDAY})`;

/* ------------------------------------------------------------------ calendar arithmetic on ISO days */

/** Memo of `dayNumber` and `isoOfDay` (an article names a handful of days; both go through `Date`). */
const dayNumbers = new Map<string, number>();
const isoDays = new Map<number, string>();
const CALENDAR_MEMO_LIMIT = 20_000;

/** Days since the epoch of an ISO day (UTC). */
function dayNumber(iso: string): number {
  const key = iso.slice(0, 10);
  let day = dayNumbers.get(key);
  if (day === undefined) {
    day = Math.floor(Date.parse(`${key}T00:00:00Z`) / 86_400_000);
    if (dayNumbers.size >= CALENDAR_MEMO_LIMIT) dayNumbers.clear();
    dayNumbers.set(key, day);
  }
  return day;
}

function isoOfDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    // Throws a RangeError for NaN (a malformed day), as before: nothing is memoised then.
    iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (isoDays.size >= CALENDAR_MEMO_LIMIT) isoDays.clear();
    isoDays.set(day, iso);
  }
  return iso;
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

/** Each weekday as a whole word, in `WEEKDAYS` order, and a month name as a whole word (compiled once). */
const WEEKDAY_WORDS: readonly RegExp[] = WEEKDAYS.map((w) => new RegExp(`\\b${w}\\b`));
const MONTH_WORD = new RegExp(`\\b(${MONTH})\\b`);
const PAST_WORD = /\b(?:last|past)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/;

/** The month and day of each holiday of `HOLIDAY`. */
const HOLIDAYS: readonly [RegExp, number, number][] = [
  [/\bchristmas\s+day\b/, 12, 25],
  [/\bchristmas\s+eve\b/, 12, 24],
  [/\bnew\s+year['’]?s\s+day\b/, 1, 1],
  [/\bnew\s+year['’]?s\s+eve\b/, 12, 31],
];

/** Memo of `resolveNamedDay` by reference day and text (a corpus names few distinct days against few reference days). */
const namedDayMemo = new Map<string, string | null>();

/** The day a weekday, a written date or a holiday of a fixed day names, against the reference day. */
export function resolveNamedDay(text: string, reference: string | null): string | null {
  const key = `${reference ?? ''}\u0000${text}`;
  let day = namedDayMemo.get(key);
  if (day === undefined) {
    day = namedDayOf(text, reference);
    if (namedDayMemo.size >= CALENDAR_MEMO_LIMIT) namedDayMemo.clear();
    namedDayMemo.set(key, day);
  }
  return day;
}

function namedDayOf(text: string, reference: string | null): string | null {
  const lower = text.toLowerCase().replace(/[,.]/g, ' ');
  // "the 14th" with no month: that day of the reference day's month, or of the month before when it would fall more
  // than a week after the reference day.
  const ordinal = /^\s*(?:on\s+)?(?:the\s+)?([0-3]?\d)(?:st|nd|rd|th)\s*$/.exec(lower);
  if (ordinal) {
    if (!reference) return null;
    const d = Number(ordinal[1]);
    const [y, m] = [Number(reference.slice(0, 4)), Number(reference.slice(5, 7))];
    const [year, month] = d <= Number(reference.slice(8, 10)) + 7 ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return isIsoDay(iso) ? iso : null;
  }
  const holiday = HOLIDAYS.find(([pattern]) => pattern.test(lower));
  if (holiday) return reference ? monthDayNear(reference, holiday[1], holiday[2]) : null;
  const weekday = WEEKDAY_WORDS.findIndex((w) => w.test(lower));
  const year = /\b((?:19|20)\d{2})\b/.exec(lower);
  const month = MONTH_WORD.exec(lower);
  const day = /\b([0-3]?\d)(?:st|nd|rd|th)?\b/.exec(lower.replace(/\b(?:19|20)\d{2}\b/g, ' '));
  if (month && day) {
    const m = MONTHS[month[1] as string] ?? 0;
    const d = Number(day[1]);
    let iso: string | null = null;
    if (year) {
      const written = `${year[1]}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      iso = isIsoDay(written) ? written : null;
    } else iso = reference ? monthDayNear(reference, m, d) : null;
    // "Sunday, 11 March" when 11 March is a Monday: the text contradicts itself and names no day a reader can tell.
    if (iso !== null && weekday >= 0 && weekdayOnOrBefore(iso, weekday) !== iso) return null;
    return iso;
  }
  // "last Friday" said on a Friday is a week before; said on any other day, the latest Friday before it.
  if (weekday >= 0 && reference) return weekdayOnOrBefore(PAST_WORD.test(lower) ? addDays(reference, -1) : reference, weekday);
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
  /**
   * Words the pattern cannot match without (`Needs`), as indexes into `NEED_WORDS`: a text that lacks every word of
   * one group is not scanned with this form.
   */
  needs: readonly (readonly number[])[];
  /**
   * An evening: the start of the night that the next morning's tally counts only when a verb of starting stands
   * before it ("the attack began on Monday evening"); else the evening is that day ("a drone hit a car on Monday
   * evening").
   */
  evening?: boolean;
  /**
   * Hours of a day ("in the small hours", "shortly before 4am"): the day a named day of the same text gives ("On
   * Friday, drones came in the small hours"), else the reference day.
   */
  hours?: boolean;
  /**
   * A span whose two ends each name their day ("between 18:00 Sunday and 07:30 Monday"): the capture group that holds
   * the day it opens on. The span is dated by the day it closes on (a night by the morning it ended) when that day is
   * the opening day or the one after it; over more days it is a period.
   */
  opening?: number;
  /**
   * A night told from its evening on ("since Thursday evening"): that night only when it ended on the day of the
   * statement or of writing; told days before, the span runs over several and is a period.
   */
  since?: boolean;
  /**
   * A late hour of a day ("late on Monday"): that day, as an evening with no verb of starting before it is, unless the
   * text runs on into the night ("late on Monday and on until dawn", "late on Monday and overnight"): then the night.
   */
  late?: boolean;
  /** A day counted back from the reference day ("two days ago"): the shift read off the match, for `resolve`'s. */
  back?: (match: string) => number;
}

/**
 * What a form needs: groups of lower-case ASCII words; the form can match only a text holding a word of every group
 * (case aside). A necessary condition read off the pattern, never a sufficient one: the pattern still decides.
 */
type Needs = readonly (readonly string[])[];

/** Every word some form needs, by index (the per-text presence test is made once per word). */
const NEED_WORDS: string[] = [];

/** Index 0-35 of an ASCII digit or lower-case letter, -1 for any other character code. */
function alnumIndex(c: number): number {
  if (c >= 97 && c <= 122) return c - 87;
  return c >= 48 && c <= 57 ? c - 48 : -1;
}

/**
 * The need words by their first two characters, in one flat table: the words of pair `p` (`alnumIndex(a) * 36 +
 * alnumIndex(b)`) are `words[start[p]]` ... `words[start[p + 1] - 1]`; `other` holds those that fit no pair.
 */
let needIndex: { start: Int32Array; words: Int32Array; other: number[] } | null = null;

/** The result buffer of `presentWords`, reused. */
let presentBuffer = new Uint8Array(0);

/** Builds `needIndex` (once, after every form has added its words). */
function buildNeedIndex(): { start: Int32Array; words: Int32Array; other: number[] } {
  const byPair = Array.from({ length: 36 * 36 }, (): number[] => []);
  const other: number[] = [];
  NEED_WORDS.forEach((word, w) => {
    const a = alnumIndex(word.charCodeAt(0));
    const b = alnumIndex(word.charCodeAt(1));
    if (word.length >= 2 && a >= 0 && b >= 0) (byPair[a * 36 + b] as number[]).push(w);
    else other.push(w);
  });
  const start = new Int32Array(36 * 36 + 1);
  byPair.forEach((list, p) => (start[p + 1] = (start[p] as number) + list.length));
  return { start, words: Int32Array.from(byPair.flat()), other };
}

/**
 * Which need words `lower` (a lower-cased text) holds, as `lower.includes(word)` for each: 1 present, 0 absent (one
 * buffer, overwritten by the next call). One pass over the text: at each position, only the words that start with its
 * two characters are compared (read from one flat table: most pairs start no word).
 */
function presentWords(lower: string): Uint8Array {
  needIndex ??= buildNeedIndex();
  const { start, words, other } = needIndex;
  // One buffer for every call (the caller reads it before the next call): no typed array per sentence.
  if (presentBuffer.length !== NEED_WORDS.length) presentBuffer = new Uint8Array(NEED_WORDS.length);
  const present = presentBuffer.fill(0);
  for (const w of other) if (lower.includes(NEED_WORDS[w] as string)) present[w] = 1;
  let b = lower.length > 0 ? alnumIndex(lower.charCodeAt(0)) : -1;
  for (let i = 0; i + 1 < lower.length; i++) {
    const a = b;
    b = alnumIndex(lower.charCodeAt(i + 1));
    if (a < 0 || b < 0) continue;
    const p = a * 36 + b;
    for (let j = start[p] as number, end = start[p + 1] as number; j < end; j++) {
      const w = words[j] as number;
      if (present[w] === 0 && lower.startsWith(NEED_WORDS[w] as string, i)) present[w] = 1;
    }
  }
  return present;
}

/**
 * True when `present` (`presentWords`) holds a word of every group of `needs`: plain loops, as this runs for every form
 * on every sentence read (the closures of `every` and `some` were allocated per form and call).
 */
function needsMet(needs: readonly (readonly number[])[], present: Uint8Array): boolean {
  for (let g = 0; g < needs.length; g++) {
    const group = needs[g] as readonly number[];
    let found = false;
    for (let k = 0; k < group.length && !found; k++) found = present[group[k] as number] === 1;
    if (!found) return false;
  }
  return true;
}

/** The words a day named by weekday or date needs: every weekday ends in "day", and every month form starts with one of these. */
const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NAMED_WORDS = ['day', ...MONTH_WORDS, 'eve'];

/** A small count in words or digits: "a", "one" ... "ten", "2". */
const COUNT_WORD = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]';
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * A night or a day told as coming after the event told before, opening its sentence: "Two nights later, ...", "Three
 * days later ...", "The night that followed." (see `laterDays` for how many). Not inside a clause, "fewer than half of
 * what would come two nights later": a comparison with another night, not the time of the sentence's own.
 */
export const LATER_TIME = new RegExp(`^\\W*(?:(?:and|but|then)\\s+)?(?:(?:${COUNT_WORD})\\s+(?:nights?|days?)\\s+later\\b|the\\s+(?:night|day)\\s+that\\s+followed\\b)`, 'i');
/** The nights of `LATER_TIME`: a scene-setting sentence ("The night that followed.", "Two nights later the wave doubled."). */
export const LATER_NIGHT = new RegExp(`^\\W*(?:(?:and|but|then)\\s+)?(?:(?:${COUNT_WORD})\\s+nights?\\s+later\\b|the\\s+night\\s+that\\s+followed\\b)`, 'i');

/** How many days after the event told before a text's `LATER_TIME` puts its own ("two nights later" 2); 1 without one. */
export function laterDays(text: string): number {
  const m = /\b(\w+)\s+(?:nights?|days?)\s+later\b/i.exec(text);
  if (!m) return 1;
  const word = (m[1] as string).toLowerCase();
  const n = COUNTS[word] ?? Number(word);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/**
 * The shift of a day counted back from the reference day: "the day before yesterday" -2, "two days ago" -2, "a week
 * ago" -7, "three nights ago" -2 (last night ended on the reference day itself).
 */
function countedBack(match: string): number {
  const lower = match.toLowerCase();
  if (/\byesterday\b/.test(lower)) return -2;
  const word = /^\W*(\w+)/.exec(lower)?.[1] ?? '';
  const n = COUNTS[word] ?? Number(word);
  if (/\bnights\b/.test(lower)) return -(n - 1);
  return /\bweeks?\b/.test(lower) ? -7 * n : -n;
}

/**
 * A span of the evening that closes at midnight: "between 8 p.m. and midnight", "from 20:00 until midnight". A text
 * that bounds its attack so tells of an evening, not of a night that the next morning's tally counts.
 */
const EVENING_TO_MIDNIGHT = new RegExp(`\\b(?:between|from)\\s+(?:(?:about|around|roughly)\\s+)?(?:${EVENING_HOUR}|(?:[6-9]|1[01])\\s*(?:pm\\b|p\\.m\\.)|(?:1[89]|2[0-3])[:.]?00)\\s+(?:and|to|until|till)\\s+(?:(?:about|around|shortly\\s+before|just\\s+before)\\s+)?midnight\\b`, 'i');
/** What in an evening expression names the hours after midnight ("from Friday night until dawn"). */
const NIGHT_PAST_MIDNIGHT = /\b(?:morning|dawn|daybreak|hours|am|a\.m\.)\b|\bafter\s+midnight\b/i;
/** The last text asked about and its answer (the event model asks sentence by sentence over one document). */
let lastClosed: { text: string; closed: boolean } | null = null;

/** A night told by the reference day: "overnight", "last night", "during the night". */
const TOLD_NIGHT = /\b(?:overnight|last\s+night|(?:during|through|in)\s+the\s+night)\b/i;
/** The last text asked about and whether it tells of a night (`TOLD_NIGHT`). */
let lastNight: { text: string; night: boolean } | null = null;

function tellsNight(text: string): boolean {
  if (lastNight === null || lastNight.text !== text) lastNight = { text, night: TOLD_NIGHT.test(text) };
  return lastNight.night;
}

function eveningClosedAtMidnight(text: string): boolean {
  if (lastClosed === null || lastClosed.text !== text) lastClosed = { text, closed: text.includes('midnight') && EVENING_TO_MIDNIGHT.test(text) };
  return lastClosed.closed;
}

const NAMED = (shift = 0): Resolve => ({ from: 'named', shift });
const REFERENCE = (shift = 0): Resolve => ({ from: 'reference', shift });
const NONE: Resolve = { from: 'none' };
function form(source: string, kind: TimeKind, resolve: Resolve, needs: Needs, group?: number, evening = false): Form {
  const indexes = needs.map((words) =>
    words.map((word) => {
      const at = NEED_WORDS.indexOf(word);
      return at >= 0 ? at : NEED_WORDS.push(word) - 1;
    }),
  );
  return { pattern: new RegExp(source, 'gi'), kind, resolve, needs: indexes, ...(group !== undefined ? { group } : {}), ...(evening ? { evening } : {}) };
}

/**
 * The forms, most specific first: an expression claims its span, and later forms that overlap it are ignored.
 * Nights: "the night of 1 to 2 January" and "overnight into Sunday" name the morning; "Saturday night" the next day.
 */
const FORMS: readonly Form[] = [
  // the night of 1 to 2 January / the night of January 1-2 / the night from Saturday to Sunday / overnight on March 30 to 31
  // (also the night between 13 and 14 March, the night between Sunday and Monday, overnight on 13/14 March)
  form(`\\b(?:night\\s+(?:of|from|between)|overnight(?:\\s+(?:on|of|from|between))?)\\s+(?:${NAMED_DAY}|[0-3]?\\d(?:st|nd|rd|th)?)\\s*(?:to|into|-|–|—|and|/)\\s*(${NAMED_DAY}|[0-3]?\\d(?:st|nd|rd|th)?(?:\\s+${MONTH}\\.?)?${YEAR}?)`, 'night', NAMED(), [['night']], 1),
  // the night to 3 October / the night into Sunday / the third night, into Wednesday: the morning it ran into
  // (also "on Monday night into Tuesday": the weekday before the night is its evening, not the day of the event)
  form(`\\b(?:(?:late\\s+)?(?:on\\s+)?${PAST_WEEKDAY}\\s*-?\\s*)?night,?\\s+(?:to|into)\\s+(${NAMED_DAY})`, 'night', NAMED(), [['night'], NAMED_WORDS], 1),
  // Thursday's overnight attack, Sunday's pre-dawn raid: the night that ended on the morning of the day named
  form(`\\b(${WEEKDAY})['’]s\\s+(?:overnight|night-?time|pre-?dawn|early-morning|small-hours)\\b`, 'night', NAMED(), [['overnight', 'night', 'dawn', 'morning', 'hours'], ['day']], 1),
  // Saturday-Sunday night / Saturday to Sunday night
  form(`\\b${WEEKDAY}\\s*(?:-|–|to|into)\\s*(${WEEKDAY})\\s+night\\b`, 'night', NAMED(), [['night'], ['day']], 1),
  // overnight into Sunday / overnight on Sunday / overnight Sunday / overnight to 2 January
  form(`\\bovernight\\s+(?:(?:into|to|on|of)\\s+)?(${NAMED_DAY})`, 'night', NAMED(), [['overnight'], NAMED_WORDS], 1),
  // (late) on Saturday night / Saturday night / on the night of Saturday
  form(`\\b(?:late\\s+)?(?:on\\s+)?(${PAST_WEEKDAY})\\s*-?\\s*night\\b`, 'night', NAMED(1), [['night'], ['day']], 1),
  form(`\\bon\\s+the\\s+night\\s+of\\s+(${PAST_WEEKDAY})\\b`, 'night', NAMED(1), [['night'], ['day']], 1),
  // in the early hours of Friday / early on Sunday / early Sunday / Sunday morning / before dawn on Sunday
  form(`\\b(?:in\\s+the\\s+)?(?:early|small|wee)\\s+hours\\s+of\\s+(?:on\\s+)?(${NAMED_DAY})`, 'night', NAMED(), [['early', 'small', 'wee'], ['hours'], NAMED_WORDS], 1),
  // in the early hours of the 14th: a day of the month the reference day's month gives (see `namedDayOf`)
  form(`\\b(?:in\\s+the\\s+)?(?:early|small|wee)\\s+hours\\s+of\\s+(the\\s+[0-3]?\\d(?:st|nd|rd|th))\\b(?!\\s+(?:of\\s+)?${MONTH}\\b)`, 'night', NAMED(), [['early', 'small', 'wee'], ['hours'], ['st', 'nd', 'rd', 'th']], 1),
  form(`\\b(?:early|before\\s+dawn)\\s+(?:on\\s+)?(${NAMED_DAY})`, 'night', NAMED(), [['early', 'dawn'], NAMED_WORDS], 1),
  form(`\\b(?:on\\s+)?(${NAMED_DAY})\\s+(?:morning|before\\s+dawn)\\b`, 'night', NAMED(), [['morning', 'dawn'], NAMED_WORDS], 1),
  // the night before Friday / the night before last Friday / the night before 24 April: the night that ended on the
  // morning of the day named (not "the night before last", nor "the night before the vote": no day named)
  form(`\\bthe\\s+night\\s+before\\s+(${NAMED_DAY})`, 'night', NAMED(), [['night'], ['before'], NAMED_WORDS], 1),
  // the night before last / two nights ago: the night that ended the morning before the reference day
  form('\\bthe\\s+night\\s+before\\s+last\\b|\\btwo\\s+nights\\s+ago\\b', 'night', REFERENCE(-1), [['night', 'nights']]),
  // the night before / the previous night (the night that ended on the reference day)
  form('\\b(?:the\\s+)?(?:previous|preceding)\\s+night\\b|\\bthe\\s+night\\s+before\\b', 'night', REFERENCE(), [['night']]),
  // between 18:00 Sunday and 07:30 Monday, from 7pm on Sunday to 8am on Monday, between dusk on 6 August and the
  // morning of 7 August: a span from an evening of one day to a morning of the next, each end naming its day, is the
  // night that ended on the closing day (group 2: the closing day; group 1: the opening day)
  { ...form(`\\b(?:between|from)\\s+(?:(?:about|around)\\s+)?(?:${EVENING_HOUR}|\\d{1,2}[:.]\\d{2}|${NIGHTFALL})\\s+(?:on\\s+)?(${NAMED_DAY})\\s+(?:and|to|until|till)\\s+(?:(?:about|around)\\s+)?(?:${MORNING_HOUR}|\\d{1,2}[:.]\\d{2}|${DAYBREAK})\\s+(?:on\\s+|of\\s+)?(${NAMED_DAY})`, 'night', NAMED(), [['between', 'from'], NAMED_WORDS], 2), opening: 1 },
  // between 19:00 on Thursday and the early morning: the night that ended on the next morning
  form(`\\b(?:between|from)\\s+(?:\\d{1,2}[:.]\\d{2}|\\d{1,2}\\s*(?:pm|p\\.m\\.))\\s+(?:on\\s+)?(${PAST_WEEKDAY})\\s+(?:and|to|until|till)\\s+(?:the\\s+)?(?:early\\s+)?(?:morning|dawn|hours)\\b`, 'night', NAMED(1), [['between', 'from'], ['morning', 'dawn', 'hours']], 1),
  // between Saturday evening and 8am, from Friday night until dawn: the night that ended on the next morning
  form(`\\b(?:between|from)\\s+(?:late\\s+)?(?:on\\s+)?(${PAST_WEEKDAY})\\s+(?:evening|night)\\s+(?:and|to|until|till)\\s+(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|a\\.m\\.)|(?:the\\s+)?(?:early\\s+)?(?:morning|dawn|hours))`, 'night', NAMED(1), [['between', 'from'], ['evening', 'night']], 1),
  // from 19:30 on 13 May, since 9 p.m. on Saturday: a span that opens at an evening hour is the night the next
  // morning's tally counts (a point in the evening, "shortly after 6 p.m. on Saturday", stays that day)
  form(`\\b(?:from|since|starting\\s+(?:at|from))\\s+(?:about\\s+|around\\s+)?${EVENING_HOUR}\\s+(?:on\\s+)?(${NAMED_DAY})`, 'night', NAMED(1), [['from', 'since', 'starting'], EVENING_HOUR_WORDS, NAMED_WORDS], 1),
  // "since Thursday evening", "since late on Sunday", "since the evening of 13 May": the night after that evening, when
  // it ended on the day of the statement or of writing (else a period: see `findTimeExpressions`)
  { ...form(`\\bsince\\s+(?:(?:late\\s+(?:on\\s+)?|(?:dusk|nightfall|sunset|sundown|dark)\\s+on\\s+|the\\s+evening\\s+of\\s+)(${NAMED_DAY})|(${PAST_WEEKDAY})\\s+(?:evening|night))`, 'night', NAMED(1), [['since'], NAMED_WORDS]), since: true },
  // between Friday and Saturday, from Tuesday to Wednesday: two weekdays in a row are the night between them, dated by
  // the morning it ended (over more days, "from Monday until Thursday", a period: see `opening`)
  { ...form(`\\b(?:between|from)\\s+(${PAST_WEEKDAY})\\s+(?:and|to|into|until|till)\\s+(${WEEKDAY})`, 'night', NAMED(), [['between', 'from'], ['day']], 2), opening: 1 },
  // ranges: between 30 December and 7 February, from 1 to 5 May, from Monday until Thursday
  form(`\\b(?:between|from)\\s+(?:${NAMED_DAY}|[0-3]?\\d(?:st|nd|rd|th)?)\\s*(?:and|to|until|till|through|-|–)\\s*${NAMED_DAY}`, 'period', NONE, [['between', 'from'], NAMED_WORDS]),
  // the second night in a row, for the third consecutive night: this night (an ordinal counts nights up to this one)
  form(`\\b(?:for\\s+)?the\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?:consecutive\\s+|straight\\s+)?night(?:\\s+in\\s+a\\s+row|\\s+running)?\\b`, 'night', REFERENCE(), [['night']]),
  // periods: since December, this year, in recent weeks, over the past month, in January, in 2023, every night
  form(`\\bsince\\s+(?:the\\s+(?:start|beginning)\\s+of\\s+)?(?:${NAMED_DAY}|${MONTH}\\b|(?:19|20)\\d{2}|the\\s+(?:[\\w-]+\\s+){0,2}(?:start|beginning|war|invasion|summer|spring|autumn|winter)|last\\s+\\w+|early\\s+\\w+|then)`, 'period', NONE, [['since']]),
  form('\\b(?:throughout|during|over\\s+the\\s+course\\s+of|in\\s+the\\s+course\\s+of)\\s+the\\s+(?:[\\w-]+\\s+){0,2}(?:war|invasion|conflict)\\b', 'period', NONE, [['war', 'invasion', 'conflict']]),
  form('\\b(?:so\\s+far\\s+|earlier\\s+|later\\s+)?(?:this|last|next|that)\\s+(?:year|month|week|spring|summer|autumn|fall|winter|weekend)\\b', 'period', NONE, [['this', 'last', 'next', 'that'], ['year', 'month', 'week', 'spring', 'summer', 'autumn', 'fall', 'winter']]),
  form('\\b(?:in|over|during|for)\\s+(?:the\\s+)?(?:recent|past|last|previous|coming|next)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+|\\d+\\s+)?(?:days|weeks|months|years|nights)\\b', 'period', NONE, [['recent', 'past', 'last', 'previous', 'coming', 'next'], ['days', 'weeks', 'months', 'years', 'nights']]),
  form(`\\bin\\s+(?:the\\s+)?(?:(?:first|last|final|early|late)\\s+(?:days|weeks|months|hours)\\s+of\\s+)?(?:(?:early|late|mid-?)\\s*)?${MONTH}\\b(?!\\.?\\s+[0-3]?\\d\\b)(?:${YEAR}|\\s+(?:19|20)\\d{2})?`, 'period', NONE, [MONTH_WORDS]),
  form('\\bin\\s+(?:(?:early|late|mid-?)\\s*)?(?:19|20)\\d{2}\\b', 'period', NONE, [['19', '20']]),
  // for months, for several weeks, for two years; in the first five months of the year; habits ("struck most often")
  form('\\bfor\\s+(?:(?:many|several|some|a\\s+few|two|three|four|five|six|\\d+)\\s+)?(?:days|weeks|months|years)\\b', 'period', NONE, [['for'], ['days', 'weeks', 'months', 'years']]),
  form('\\bin\\s+the\\s+(?:first|last|past|final|opening)\\s+(?:[\\w-]+\\s+)?(?:days|weeks|months|years)\\s+of\\s+(?:the\\s+)?(?:year|war|invasion|conflict|(?:19|20)\\d{2})\\b', 'period', NONE, [['days', 'weeks', 'months', 'years'], ['year', 'war', 'invasion', 'conflict', '19', '20']]),
  form('\\b(?:most|more|so)\\s+(?:often|frequently)\\b', 'habit', NONE, [['often', 'frequently']]),
  form('\\b(?:has|have)\\s+(?:been\\s+)?(?:repeatedly|often|frequently|regularly|routinely|constantly)\\b', 'habit', NONE, [['has', 'have'], ['repeatedly', 'often', 'frequently', 'regularly', 'routinely', 'constantly']]),
  // a habit of raids: "Nightly raids of more than 100 drones", "such attacks have become routine"
  form('\\b(?:nightly|daily)\\s+(?:(?:drone|missile|air|russian|ukrainian)\\s+)?(?:raids|attacks|strikes|barrages|bombardments|waves|salvos)\\b', 'habit', NONE, [['nightly', 'daily']]),
  form('\\b(?:has|have)\\s+become\\s+(?:routine|commonplace|the\\s+norm|a\\s+(?:daily|nightly|regular)\\s+(?:occurrence|event|routine))\\b', 'habit', NONE, [['become']]),
  form('\\b(?:every|each)\\s+(?:night|day)\\b|\\bnightly\\b|\\bfor\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:consecutive\\s+|straight\\s+)?nights?\\s+in\\s+a\\s+row\\b|\\bnight\\s+after\\s+night\\b', 'period', NONE, [['night', 'day']]),
  // an evening starts the night that the next morning's tally counts: late on Monday, Monday evening
  // (told with no span into the night, "drones came late on Monday", it is that day, as "on Monday evening" is: see `late`)
  { ...form(`\\blate\\s+(?:on\\s+)?(${NAMED_DAY})(?:\\s+(?:afternoon|evening))?`, 'night', NAMED(1), [['late'], NAMED_WORDS], 1), late: true },
  form(`\\b(?:on\\s+)?(${NAMED_DAY})\\s+evening\\b`, 'night', NAMED(1), [['evening'], NAMED_WORDS], 1, true),
  // between the evening of 14 April and midday on the 15th: the night that ended on the next morning
  form(`\\bbetween\\s+the\\s+evening\\s+of\\s+(${NAMED_DAY})\\s+and\\s+[^.;]{0,30}?\\b(?:morning|midday|noon|dawn|am\\b|a\\.m\\.)(?:\\s+on\\s+the\\s+[0-3]?\\d(?:st|nd|rd|th)\\b)?`, 'night', NAMED(1), [['between'], ['evening'], NAMED_WORDS], 1),
  form(`\\b(?:on\\s+)?the\\s+evening\\s+of\\s+(${NAMED_DAY})`, 'night', NAMED(1), [['evening'], NAMED_WORDS], 1, true),
  // on the 14th: a day of the month the reference day's month gives (after the spans that close on one)
  form(`\\bon\\s+(the\\s+[0-3]?\\d(?:st|nd|rd|th))\\b(?=\\s*(?:[,.;:)]|$|(?:at|when|as|and|after|before)\\b))`, 'day', NAMED(), [['on'], ['st', 'nd', 'rd', 'th']], 1),
  // a named day: on Tuesday, on 24 April, April 24, 2024 (a weekday of a statement is told apart below)
  form(`\\b(?:earlier\\s+)?(?:on\\s+)?(${NAMED_DAY})(?:\\s+afternoon)?`, 'day', NAMED(), [NAMED_WORDS], 1),
  // relative to the reference day
  form('\\b(?:overnight|last\\s+night|this\\s+night|during\\s+the\\s+night|through\\s+the\\s+night|in\\s+the\\s+night|at\\s+night|early\\s+(?:this\\s+morning|today)\\b|this\\s+morning)(?:\\s+morning)?', 'night', REFERENCE(), [['night', 'morning', 'today']]),
  // an evening that closed at midnight, "between 8 p.m. and midnight": hours of the day a named day of the text gives,
  // else of the day the lede tells (see `eveningClosedAtMidnight`)
  { ...form(EVENING_TO_MIDNIGHT.source, 'day', REFERENCE(), [['midnight']]), hours: true },
  // (not "in the early hours of that day", "of the same day": the day told before, which the event model takes up)
  { ...form('\\b(?:in\\s+the\\s+)?(?:early|small|wee)\\s+hours(?:\\s+morning)?(?!\\s+of\\s+(?:that|the\\s+same|the\\s+next|the\\s+following)\\s+(?:day|night|morning)\\b)', 'night', REFERENCE(), [['hours']]), hours: true },
  // a time of the small hours: "shortly before 5am", "at around 3 a.m.", "from about four o'clock in the morning"
  { ...form(`\\b(?:(?:shortly|just|soon|right)\\s+)?(?:at|before|after|around|about|from|by|until|till|since)\\s+(?:(?:about|around|roughly|approximately|some|exactly)\\s+)?(?:${SMALL_HOUR}\\s*(?:am\\b|a\\.m\\.)|(?:${SMALL_HOUR}|one|two|three|four|five|six)\\s+(?:o['’]clock\\s+)?in\\s+the\\s+morning\\b)`, 'night', REFERENCE(), [['am', 'a.m', 'morning']]), hours: true },
  // hours around midnight: "between midnight and four o'clock", "just before midnight", "shortly after midnight"
  // (an hour before midnight opens the night the next morning ends, as one after it falls in it)
  { ...form('\\b(?:between\\s+midnight\\s+and|(?:(?:shortly|just|soon|right|a\\s+little|not\\s+long)\\s+)?(?:before|after|past|around|about|at|from|until|till|since)\\s+midnight)\\b', 'night', REFERENCE(), [['midnight']]), hours: true },
  // "another night of drones": the night just past, told as one more of a series
  form('\\banother\\s+night\\b', 'night', REFERENCE(), [['night']]),
  form('\\b(?:over|in|during)\\s+the\\s+(?:past|last|previous)\\s+(?:24\\s+hours|day)\\b', 'night', REFERENCE(), [['past', 'last', 'previous'], ['hours', 'day']]),
  // a day earlier / one night earlier / the previous day / the day before: the day before the event just told (the event
  // model takes it up as "the night before"); not "the day before yesterday", "the day before the summit"
  form('\\b(?:a|one)\\s+(?:day|night)\\s+earlier\\b|\\bthe\\s+(?:previous|preceding)\\s+day\\b|\\bthe\\s+day\\s+before(?=\\s*[,.;:]|\\s*$)', 'night', REFERENCE(), [['earlier', 'previous', 'preceding', 'before'], ['day', 'night']]),
  // counted back from the day of writing: "two days ago", "a week ago", "the day before yesterday" (days and weeks
  // before it), "three nights ago" (the night that ended that many mornings back, "last night" being the first)
  // (also "a week ago today": the "today" tells what the week is counted from, no day of its own)
  { ...form(`\\bthe\\s+day\\s+before\\s+yesterday\\b|\\b(?:${COUNT_WORD})\\s+(?:days?|weeks?)\\s+ago(?:\\s+today)?\\b`, 'day', REFERENCE(), [['ago', 'yesterday']]), back: countedBack },
  { ...form(`\\b(?:${COUNT_WORD})\\s+nights\\s+ago\\b`, 'night', REFERENCE(), [['ago']]), back: countedBack },
  form('\\b(?:earlier\\s+)?today\\b|\\bthis\\s+afternoon\\b', 'day', REFERENCE(), [['today', 'afternoon']]),
  form('\\b(?:yesterday\\s+evening|last\\s+evening|this\\s+evening)\\b', 'night', REFERENCE(), [['evening']]),
  form('\\byesterday\\b(?:\\s+(?:morning|afternoon))?', 'day', REFERENCE(-1), [['yesterday']]),
];

/** Words that may stand between a verb of saying and the day of the statement: "said in a statement on Telegram on Sunday". */
const REPORT_FILLER = '(?:\\s+(?:in|on|at|late|early|a|an|the|its|his|her|their|statement|statements|telegram|messaging|app|post|video|address|interview|briefing|channel|social|media|x|to|reporters|journalists|state|tv|television|news|conference|update|evening|morning|afternoon|nightly|daily|official|website|separately|also|later|earlier))*';
// (also "according to Russian state television on Saturday": a source of up to four words after "according to")
const REPORT_BEFORE = new RegExp(
  `\\b(?:(?:said|says|say|saying|reported|reports|announced|announces|stated|states|claimed|claims|added|adds|wrote|writes|posted|told|confirmed|noted|warned|updated|according)${REPORT_FILLER}|according\\s+to(?:\\s+[\\p{L}'’.-]+){1,4})\\s*$`,
  'iu',
);
/**
 * What follows a day that opens its sentence as the day of a statement: a subject of up to five words, no comma, then
 * a verb of saying ("On Thursday morning the ministry said ...", "On Sunday, the air force reported ..."); the
 * statement's day, not the event's, as "said on Thursday" is.
 */
const REPORT_AFTER = /^\s*,?\s*(?:[\p{L}][\p{L}'’.-]*\s+){1,5}(?:said|says|reported|reports|announced|announces|claimed|claims|stated|states|confirmed|wrote|posted|told)\b/iu;
/** Only an opening stands before a day that opens its sentence (the start of the text searched, or a sentence's end). */
const SENTENCE_OPENING = /(?:^|[.!?]\s+|\n)\s*$/;
/** A verb of starting right before an evening: the evening opens the night ("the attack began on Sunday evening"). */
const START_BEFORE = /\b(?:began|begun|begin|begins|started|starts|start|starting|beginning|launched|from)(?:\s+(?:late|early|on|in|the))*\s*$/i;
/**
 * What carries a late hour on into the night after it, in the rest of its clause: "late on Monday and into Tuesday",
 * "late on Monday until dawn", "late on Monday and overnight", "late on Monday night".
 */
const INTO_NIGHT_AFTER = /^[^.;]*?(?:\b(?:night|overnight|after\s+midnight)\b|\b(?:until|till|to|into|through|and)\s+(?:the\s+)?(?:early\s+|small\s+|wee\s+)?(?:morning|dawn|daybreak|sunrise|first\s+light|hours|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b)/i;
/** A comparison, not the time of the event: "for the first time since June", "the largest attack since 2022". */
const COMPARISON_BEFORE = /\b(?:first\s+time|(?:largest|biggest|heaviest|highest|greatest|fiercest|deadliest|worst|longest|strongest|most\s+\w+)(?:\s+[\w-]+){0,12})\s+$/i;
/**
 * An ordinal that counts events within a period: "the twelfth this year", "its third such attack this month", "its
 * eighth major assault on Ukraine's energy system since March".
 */
const ORDINAL_BEFORE = /\b(?:the|its|their|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d+(?:st|nd|rd|th))(?:\s+[\w'’-]+){0,8}\s+$/i;
/**
 * A day that dates a publication, not an event: "published on August 11", "photo released on ...", "Correction, 24
 * May:", "the summary issued at 09:00 local on 18 March" (a clock time may stand before the day).
 */
const META_BEFORE =
  /\b(?:(?:published|released|posted|updated|taken|filed|dated|issued|corrected|amended)\s+(?:at\s+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:local|kyiv|gmt|utc|cet)(?:\s+time)?)?\s+)?(?:on\s+)?|(?:correction|clarification|update|editor['’]s\s+note)\s*[,:(]?\s*)$/i;
/** A summary or report issued on a day: the day of a statement (a "report"), not of a publication. */
const ISSUED_BEFORE = /\b(?:summary|report|update|tally|statement|bulletin|briefing)(?:\s+|\s*,\s*)(?:was\s+)?(?:issued|released|published|posted)\s+(?:at\s+[^,;]{1,30}?\s+)?(?:on\s+)?$/i;
/**
 * A day named in the possessive inside a comparison, "more than double Sunday's number", "fewer than on Sunday":
 * another event's day, told to compare, not the time of the sentence's own.
 */
const COMPARED_BEFORE = /\b(?:than|double|twice|triple|thrice|half|compared\s+(?:with|to)|as\s+(?:many|much)\s+as|(?:up|down)\s+(?:on|from))\s+(?:(?:on|of|the|that\s+of)\s+)?$/i;
/**
 * An indefinite weekday, "a Saturday market", "every Sunday", or one after a possessive, "pooled their Sunday shifts":
 * a kind of day, no day of its own.
 */
const WEEKDAY_ONLY = new RegExp(`^(?:on\\s+)?${WEEKDAY}$`, 'i');
const INDEFINITE_BEFORE = /\b(?:a|an|every|each|any|their|our|his|her|its|my|your)\s+$/i;

/**
 * Every time expression of `text` between `from` and `to`, with its day. Days of statements ("said on Sunday") are
 * `report`s; relative days ("overnight", "this morning") are resolved against the day of the statement in the same
 * text when there is one ("the air force said on Sunday that ... overnight": that Sunday), else against `reference`.
 */
export function findTimeExpressions(text: string, reference: string | null, from = 0, to = text.length): TimeExpression[] {
  const slice = text.slice(from, to);
  // Which needed words the text holds (`presentWords`, one pass): a form is scanned only when the
  // text holds a word of each of its groups. Lower-casing can only add ASCII letters the pattern would not match
  // (the dotted I, the Kelvin sign), so a form is never skipped where it could match.
  const present = presentWords(slice.toLowerCase());
  const claimed: TimeExpression[] = [];
  const ignored: { start: number; end: number }[] = [];
  const pendingRelative: { expression: TimeExpression; shift: number; hours: boolean }[] = [];
  const sinceNights: TimeExpression[] = [];
  /** The days named (not days of statements) in the text: the day that hours of a day belong to. */
  const namedDays: TimeExpression[] = [];
  /** The day that opens a statement ("On Thursday the ministry said ..."), when one does. */
  let openingDay: string | null = null;
  for (const f of FORMS) {
    if (!needsMet(f.needs, present)) continue;
    f.pattern.lastIndex = 0;
    for (let m = f.pattern.exec(slice); m; m = f.pattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (m[0].length === 0 || claimed.some((c) => start < c.end && c.start < end) || ignored.some((c) => start < c.end && c.start < end)) continue;
      const before = text.slice(Math.max(0, start - 120), start);
      if ((f.kind === 'period' || f.kind === 'habit') && (COMPARISON_BEFORE.test(before) || ORDINAL_BEFORE.test(before))) {
        ignored.push({ start, end });
        continue;
      }
      // ("Per the summary issued at 09:00 on 18 March, ... overnight": the day of a summary is that of a statement.)
      const issued = f.kind === 'day' && f.resolve.from === 'named' && ISSUED_BEFORE.test(before);
      if (META_BEFORE.test(before) && !issued) {
        claimed.push({ start, end, kind: 'other', date: null });
        continue;
      }
      // "more than double Sunday's number": a day told to compare; "a Saturday market": no day at all.
      if (f.kind === 'day' && f.resolve.from === 'named' && /^['’]s\b/.test(text.slice(end, end + 3)) && COMPARED_BEFORE.test(before)) {
        ignored.push({ start, end });
        continue;
      }
      if (f.kind === 'day' && f.resolve.from === 'named' && INDEFINITE_BEFORE.test(before) && WEEKDAY_ONLY.test(m[0])) {
        ignored.push({ start, end });
        continue;
      }
      let kind = f.kind;
      let date: string | null = null;
      if (f.resolve.from === 'named') {
        const named = f.group !== undefined ? (m[f.group] ?? m[0]) : m[0];
        // A span over more than a night ("between 18:00 on 3 May and 06:00 on 6 May") names no one day.
        if (f.opening !== undefined) {
          const open = resolveNamedDay(m[f.opening] ?? '', reference);
          const close = resolveNamedDay(named, reference);
          if (open === null || close === null || (close !== open && close !== addDays(open, 1))) {
            claimed.push({ start, end, kind: 'period', date: null });
            continue;
          }
        }
        // A bare number is a day of the month that the other end of the range names ("the night of 1 to 2 January").
        const day = resolveNamedDay(/^\s*[0-3]?\d(?:st|nd|rd|th)?\s*$/.test(named) ? `${named} ${m[0]}` : named, reference);
        // The day of a statement ("said on Sunday", "said late on Sunday") is that day, never the next morning.
        const report = issued || ((kind === 'day' || f.resolve.shift === 1) && REPORT_BEFORE.test(before));
        // "On Thursday morning the ministry said ... during the night": a day opening a statement is the day the
        // relative times of the statement are told from (it keeps its kind: with no other time it dates the event).
        if (!report && day !== null && openingDay === null && (kind === 'day' || /\b(?:morning|afternoon)$/i.test(m[0])) && f.opening === undefined) {
          if (SENTENCE_OPENING.test(text.slice(Math.max(from, start - 120), start)) && REPORT_AFTER.test(text.slice(end, to))) openingDay = day;
        }
        // An evening without a verb of starting before it is that day ("a drone hit a car on Friday evening").
        const sameDay = f.evening === true && !START_BEFORE.test(before);
        // "Drones came late on Monday": that day's late hours, still a night's wave (told apart from the daytime's), but
        // dated by the day named, as the evening is.
        // (Not in a text that tells of a night, "overnight" or "last night": the late hours open that night, which the
        // next morning's tally counts.)
        const lateHours = f.late === true && !START_BEFORE.test(before) && !INTO_NIGHT_AFTER.test(text.slice(end, Math.min(to, end + 100))) && !tellsNight(text);
        // "late on Sunday" in a text whose attack ran "between 8 p.m. and midnight": an evening that closed before the
        // night began is that day, not the next morning's.
        const closed = !report && !sameDay && f.resolve.shift === 1 && f.since !== true && !NIGHT_PAST_MIDNIGHT.test(m[0]) && eveningClosedAtMidnight(text);
        if (report) kind = 'report';
        else if (sameDay || closed) kind = 'day';
        date = day === null ? null : addDays(day, report || sameDay || closed || lateHours ? 0 : f.resolve.shift);
      }
      // "the air force said last night", "the ministry reported this morning": the time of the statement, told from
      // the reference day like any relative time, not the time of the event.
      if (f.resolve.from === 'reference' && (kind === 'night' || kind === 'day') && REPORT_BEFORE.test(before)) kind = 'report';
      const expression: TimeExpression = { start, end, kind, date };
      claimed.push(expression);
      if (f.since === true) sinceNights.push(expression);
      if (f.resolve.from === 'reference') pendingRelative.push({ expression, shift: f.back ? f.back(m[0]) : f.resolve.shift, hours: f.hours === true });
      else if (f.resolve.from === 'named' && kind === 'day' && date !== null) namedDays.push(expression);
    }
  }
  // Relative days: against the day of the statement that frames them, else the reference day.
  const reportDay = claimed.find((c) => c.kind === 'report' && c.date !== null)?.date ?? null;
  const base = reportDay ?? openingDay ?? reference;
  for (const night of sinceNights) {
    if (night.date !== null && night.date === base) continue;
    night.kind = 'period';
    night.date = null;
  }
  for (const { expression, shift, hours } of pendingRelative) {
    // "On Friday, Russia fired 31 drones in the small hours": the hours of the one day the text names.
    const day = hours && namedDays.length === 1 ? (namedDays[0] as TimeExpression).date : null;
    expression.date = day ?? (base ? addDays(base, shift) : null);
    if (hours && day === null && reportDay === null && openingDay === null) expression.hoursOnly = true;
  }
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
  // The event model asks up to three times per document in a row: the last answer is kept.
  if (lastReference !== null && lastReference.text === text && lastReference.published === published) return lastReference.day;
  const day = readReferenceDay(text, published);
  lastReference = { text, published, day };
  return day;
}

/** The last `referenceDay` asked for and its answer. */
let lastReference: { text: string; published: string | null; day: string | null } | null = null;

function readReferenceDay(text: string, published: string | null): string | null {
  const publishedDay = isIsoDay(published) ? published.slice(0, 10) : null;
  const head = text.slice(0, 3000);
  for (let from = 0; from <= head.length; ) {
    let to = head.indexOf('\n', from);
    if (to < 0) to = head.length;
    const lineStart = from;
    from = to + 1;
    // A line whose first visible character is ASCII but no capital letter cannot open a dateline (a cheap test
    // before the line is copied and trimmed).
    let p = lineStart;
    while (p < to && (head.charCodeAt(p) === 32 || (head.charCodeAt(p) >= 9 && head.charCodeAt(p) <= 13))) p++;
    const c = p < to ? head.charCodeAt(p) : 0;
    if (c < 128 && !(c >= 65 && c <= 90)) continue;
    const line = head.slice(lineStart, to).trim();
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
