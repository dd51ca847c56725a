/**
 * Session 29 (dates29): event dates of outlet forms and of varied wording, three classes.
 * (1) A late hour of a named day told with no span into the night ("drones came late on Monday") is that day, as an
 *     evening with no verb of starting before it is, still a night's wave (told apart from the daytime's); a verb of
 *     starting before it ("began late on Monday"), a clause running on into the night ("... until dawn", "... and
 *     overnight", "... into Tuesday") or a text that tells of the night ("overnight", "last night") keeps the night that
 *     ended the next morning.
 * (2) A year-less dateline is placed in the year in which every weekday its paragraph names falls nearest on or before
 *     the dateline's day (the day of writing and the days just before it), not by the first weekday alone: "May 9 -
 *     ... on Sunday, officials said on Monday" is a Monday 9 May.
 * (3) The publication day of a page whose date line carries no year or was dropped as furniture: a year-less date
 *     beside its weekday on a short head line ("Saturday 7 June", the year the head writes when the weekday falls
 *     there), and a head line above the first prose dropped for another part of it (a subscriber count) that holds a
 *     full date.
 * Sentences and short articles written for these tests (none taken from a corpus); month and year ends included.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { pickPublished, resolveYearless } from '../../src/ingest/dates.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('a late hour of a named day with no span into the night is that day', () => {
  const cases: [string, string, [string, string, string | null][]][] = [
    // across a year end: Monday 1 January 2024, told on Tuesday the 2nd
    ['Russian drones came late on Monday, the air force said on Tuesday.', '2024-01-02', [['late on Monday', 'night', '2024-01-01'], ['on Tuesday', 'report', '2024-01-02']]],
    // across the end of a leap February: Thursday 29 February, told on Friday 1 March
    ['A drone hit a grain store late Thursday, regional officials said.', '2024-03-01', [['late Thursday', 'night', '2024-02-29']]],
    ['Two glide bombs fell on the river port late on Sunday evening.', '2025-12-01', [['late on Sunday evening', 'night', '2025-11-30']]],
    // negatives: a verb of starting before it, a clause that runs on into the night, "late on Monday night", a statement
    ['The raid started late on Monday and went on for hours.', '2024-01-02', [['late on Monday', 'night', '2024-01-02']]],
    ['Drones came late on Monday and kept coming until dawn.', '2024-01-02', [['late on Monday', 'night', '2024-01-02']]],
    ['Drones came late on Wednesday and overnight, the air force said.', '2025-01-02', [['late on Wednesday', 'night', '2025-01-02'], ['overnight', 'night', '2025-01-02']]],
    ['Drones came late on Tuesday and into Wednesday.', '2025-01-01', [['late on Tuesday', 'night', '2025-01-01'], ['Wednesday', 'day', '2025-01-01']]],
    ['Drones came late on Monday night.', '2024-01-02', [['late on Monday night', 'night', '2024-01-02']]],
    // a text that tells of the night ("overnight"): the late hours open that night
    ['Russia launched drones overnight. Blasts were heard in the city late on Monday.', '2024-01-02', [['overnight', 'night', '2024-01-02'], ['late on Monday', 'night', '2024-01-02']]],
    ['The governor said late on Monday that the fires were out.', '2024-01-02', [['late on Monday', 'report', '2024-01-01']]],
  ];
  it.each(cases)('%s (%s)', (text, reference, expected) => {
    expect(times(text, reference)).toEqual(expected);
  });

  it('dates the event by that day, apart from a daytime wave of the same day', () => {
    const text =
      'River desk\n\nRussian jets dropped three glide bombs on the port on Monday afternoon, the regional governor said.\n\nSeparately, Russia launched 20 attack drones at the country late on Monday, and 15 of them were shot down, the air force said on Tuesday.';
    expect(eventsOf(text, '2025-12-02').map(eventBrief)).toEqual(['attack 2025-12-01 russia: glide-bomb 3/-', 'attack 2025-12-01 russia: attack-drone 20/15']);
  });
  it('keeps the night when the wave ran on until morning (negative)', () => {
    const text = 'Night desk\n\nRussia launched 20 attack drones late on Monday and on into the early hours, and 15 of them were shot down, the air force said.';
    expect(eventsOf(text, '2025-12-02').map(eventBrief)).toEqual(['attack 2025-12-02 russia: attack-drone 20/15']);
  });
});

describe('a year-less dateline takes the year every weekday of its paragraph fits nearest', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  const cases: [string, string | null][] = [
    // the statement's Monday is the dateline's day, the Sunday before it the day of the strike
    ['ODESA, May 9 - Drones struck the port on Sunday, officials said on Monday.', '2022-05-09'],
    // across a year end: a Wednesday 1 January with the Tuesday before it
    ['KYIV, Jan 1 - Russia fired drones late on Tuesday, the air force said on Wednesday.', '2025-01-01'],
    // negatives: one weekday is the dateline's day itself; no weekday names no year
    ['LVIV, Dec 31 - The mayor said on Tuesday that the tram lines were repaired.', '2024-12-31'],
    ['ROME, Mar 1 - Officials said that talks would go on.', null],
  ];
  it.each(cases)('%s -> %s', (text, expected) => {
    expect(resolveYearless(text, now)).toBe(expected);
  });
});

describe('the publication day of a head line with a year-less date beside its weekday, or dropped as furniture', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  it('reads a year-less date beside its weekday on a short head line, in the year the head writes', () => {
    expect(pickPublished(['TOWN FOOTBALL CLUB', 'Summer League 2025, Match report 4 (Saturday 7 June)'], now)).toBe('2025-06-07');
    // with no year written, the latest year before now in which the day fell on that weekday
    expect(pickPublished(['TOWN FOOTBALL CLUB', 'Match report 4 (Saturday 7 June)'], now)).toBe('2025-06-07');
    // across a year end: Tuesday 31 December, a year the head writes
    expect(pickPublished(['WINTER CUP 2024', 'Round 3, Tuesday, December 31'], now)).toBe('2024-12-31');
  });
  it('reads no year-less date without its weekday beside it, nor in prose (negatives)', () => {
    expect(pickPublished(['TOWN FOOTBALL CLUB', 'Match report 4 (7 June)'], now)).toBeNull();
    expect(
      pickPublished(['A headline', 'The club met on Saturday 7 June, when the sirens began during the second half and everyone went down to the cellar.'], now),
    ).toBeNull();
  });
  it('takes the full date of a head line dropped as furniture when the page names no other', () => {
    const doc = ingestText(
      'Parish letter from the Podil choir\nParish letter 9 | Friday, 3 May 2024 | sent to 900 subscribers\n\nDear friends, the drones came again last night and kept most of the street awake until the early hours of the morning.',
      { id: 'dropped-date', format: 'txt', checkLanguage: false },
    );
    expect(doc.published).toBe('2024-05-03');
  });
  it('keeps the page\'s own date line before a dropped one (negative)', () => {
    const doc = ingestText(
      'Parish letter from the Podil choir\nPublished: 2 May 2024\nParish letter 9 | Friday, 3 May 2024 | sent to 900 subscribers\n\nDear friends, the drones came again last night and kept most of the street awake until the early hours of the morning.',
      { id: 'dropped-date-neg', format: 'txt', checkLanguage: false },
    );
    expect(doc.published).toBe('2024-05-02');
  });
});
