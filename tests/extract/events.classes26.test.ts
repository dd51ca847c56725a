/**
 * Session 26 (events26): date forms of varied wording that the resolver did not read.
 * - days counted back from the day of writing: "two days ago", "a week ago", "the day before yesterday", "three
 *   nights ago";
 * - the night between two days ("the night between Wednesday and Thursday", "overnight on 13/14 March");
 * - a weekday in the possessive before a night ("Thursday's overnight attack");
 * - a day of the month with no month ("in the early hours of the 14th", "on the 28th"): the reference day's month,
 *   or the month before;
 * - an evening that closed at midnight ("late on Sunday", "between 8 p.m. and midnight"): that day, not the next
 *   morning's.
 * Every sentence was written for these tests; negative rows keep publication days, anniversaries, plans, reports and
 * background attacks of earlier years apart.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('date forms of varied wording', () => {
  const cases: [string, string, [string, string, string | null][]][] = [
    // days counted back from the day of writing (Saturday 16 March 2024)
    ['Drones struck a depot in Sumy two days ago.', '2024-03-16', [['two days ago', 'day', '2024-03-14']]],
    ['A missile fell on the harbour a week ago.', '2024-03-16', [['a week ago', 'day', '2024-03-09']]],
    ['The plant was hit the day before yesterday.', '2024-03-16', [['the day before yesterday', 'day', '2024-03-14']]],
    ['Three nights ago the sirens sounded over Poltava.', '2024-03-16', [['Three nights ago', 'night', '2024-03-14']]],
    // across a month's end in a leap year, and across a year's end
    ['Three nights ago the sirens sounded over Poltava.', '2024-03-02', [['Three nights ago', 'night', '2024-02-29']]],
    ['Drones struck a depot in Sumy two days ago.', '2024-01-01', [['two days ago', 'day', '2023-12-30']]],
    // the night between two days
    ['Drones flew over Vinnytsia in the night between Wednesday and Thursday.', '2024-03-16', [['night between Wednesday and Thursday', 'night', '2024-03-14']]],
    ['Sirens sounded on the night between 31 December and 1 January.', '2024-01-03', [['night between 31 December and 1 January.', 'night', '2024-01-01']]],
    ['The port was targeted overnight on 13/14 March.', '2024-03-16', [['overnight on 13/14 March.', 'night', '2024-03-14']]],
    // a weekday in the possessive before a night
    ["Thursday's overnight attack left the district without water.", '2024-03-16', [["Thursday's overnight", 'night', '2024-03-14']]],
    // a day of the month with no month: this month, or the month before (across a year's end too)
    ['Drones came in the early hours of the 14th.', '2024-03-16', [['in the early hours of the 14th', 'night', '2024-03-14']]],
    ['A missile hit the bridge on the 28th.', '2024-03-03', [['on the 28th', 'day', '2024-02-28']]],
    ['A missile hit the bridge on the 30th, when the river was high.', '2024-01-02', [['on the 30th', 'day', '2023-12-30']]],
    // an evening that closed at midnight is that day
    ['Missiles hit the port late on Sunday, between 8 p.m. and midnight.', '2023-11-06', [['late on Sunday', 'day', '2023-11-05'], ['between 8 p.m. and midnight', 'day', '2023-11-05']]],
    ['The raid came late on Thursday, from 21:00 until midnight.', '2023-12-01', [['late on Thursday', 'day', '2023-11-30'], ['from 21:00 until midnight', 'day', '2023-11-30']]],
    // negatives: a count of attacks, a report, an evening that ran past midnight, a plan, an anniversary
    // (an ordinal before a period counts attacks: no time at all)
    ['It was the 14th attack on the city this year.', '2024-03-16', []],
    ['Two drones hit the depot, the governor said two days ago.', '2024-03-16', [['two days ago', 'report', '2024-03-14']]],
    ['The raid began late on Sunday, just before midnight, and went on until dawn.', '2023-11-06', [['late on Sunday', 'night', '2023-11-06'], ['just before midnight', 'night', '2023-11-06']]],
    ['Another wave is expected next week.', '2024-03-16', [['next week', 'period', null]]],
    ['The strike fell two years to the day after the first one.', '2024-03-16', []],
  ];
  it.each(cases)('%s (%s)', (text, reference, expected) => {
    expect(times(text, reference)).toEqual(expected);
  });
});

describe('events dated by the new forms', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a day counted back dates the attack, not the day of publication',
      'Night Desk\n\nRussia launched 30 Shahed drones at Odesa two days ago, and air defences shot down 25 of them.',
      '2024-03-16',
      ['attack 2024-03-14 russia: shahed-136 30/25'],
    ],
    [
      'the night between the last day of the year and the first',
      'Night Desk\n\nIn the night between 31 December and 1 January, Russia launched 90 Shahed drones at Ukraine. Air defences destroyed 87 of them.',
      '2024-01-03',
      ['attack 2024-01-01 russia: shahed-136 90/87'],
    ],
    [
      'an evening that closed at midnight, its lede and its figures one day',
      'Night Desk\n\nRussian missiles hit the port of Odesa late on Sunday, officials said on Monday.\n\nThe air force said Russia had fired 12 Shahed drones and two Kh-59 missiles between 8 p.m. and midnight, and that nine drones were shot down.',
      '2023-11-06',
      ['attack 2023-11-05 russia: kh-59 2/-, shahed-136 12/9'],
    ],
    [
      // negative: an evening that ran into the small hours is the next morning's night
      'an evening that ran past midnight stays the night',
      'Night Desk\n\nThe raid on Odesa began late on Sunday and lasted until dawn. Russia fired 12 Shahed drones, and nine were shot down, the air force said.',
      '2023-11-06',
      ['attack 2023-11-06 russia: shahed-136 12/9'],
    ],
    [
      // negative: a plan for next week and an anniversary date nothing
      'a plan and an anniversary leave the night of the report',
      'Night Desk\n\nOvernight Russia launched 40 Shahed drones at Kharkiv, and 33 were shot down. The strike came a year to the day after the first raid on the plant; more drones are expected next week.',
      '2024-03-16',
      ['attack 2024-03-16 russia: shahed-136 40/33'],
    ],
    [
      // negative: a background attack of an earlier year neither dates the night nor makes an event of the night
      'a background attack of an earlier year leaves the night alone',
      'Night Desk\n\nOvernight Russia launched 40 Shahed drones at Kharkiv, and 33 were shot down. Two years ago, in March 2022, Russian missiles destroyed the same plant.',
      '2024-03-16',
      ['attack 2024-03-16 russia: shahed-136 40/33'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});
