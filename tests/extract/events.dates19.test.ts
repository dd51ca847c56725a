/**
 * Session 19: days told to compare or as a kind of day, a summary's day of issue, hours around midnight, a backstory
 * year in the lede, and a night's scene that keeps its event. Sentences and short articles written for these tests,
 * each class with a negative row.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

const events = eventsOf;
const brief = eventBrief;

describe('time expressions of session 19', () => {
  // Reference day: Thursday 12 September 2024.
  const REF = '2024-09-12';
  const cases: [string, [string, string, string | null][]][] = [
    // A summary's day of issue is the day of a statement: "overnight" in its sentence ended that morning.
    ['Per the summary issued at 08:30 local on 10 September, the enemy used 61 drones overnight.', [['on 10 September', 'report', '2024-09-10'], ['overnight', 'night', '2024-09-10']]],
    ['According to a report released on Tuesday, drones hit the depot overnight.', [['on Tuesday', 'report', '2024-09-10'], ['overnight', 'night', '2024-09-10']]],
    // negative: a publication's day ("photo published on ...") still dates nothing
    ['The photo, published on 10 September, shows the depot.', [['on 10 September', 'other', null]]],
    // A day named in the possessive to compare is no time of the sentence.
    ['The drones came in at twice Monday\'s number.', []],
    ['There were fewer missiles than Monday\'s total.', []],
    // negative: a possessive day that is not compared dates its event
    ["Monday's raid hit the port.", [['Monday', 'day', '2024-09-09']]],
    // An indefinite weekday is a kind of day.
    ['The hall hosted a Sunday school and a Friday market.', []],
    // negative: a weekday after "on" is a day
    ['The hall was hit on Sunday.', [['on Sunday', 'day', '2024-09-08']]],
    // Hours around midnight are the night the reference day ended.
    ["Between midnight and three o'clock the city heard blasts.", [['Between midnight and', 'night', REF]]],
    ['Just before midnight the first sirens sounded.', [['Just before midnight', 'night', REF]]],
    ['Shortly after midnight a drone hit a shop.', [['Shortly after midnight', 'night', REF]]],
    // negative: "midnight" as a modifier is no time
    ['The midnight train was cancelled.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text, REF)).toEqual(expected);
  });
});

describe('events dated by session 19 classes', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a backstory year does not void the night the lede names',
      'The old library of the town, built in 1962 and restored in 2011, burned in the early hours of Tuesday.\n\nA drone hit its roof at about 2am. Russia launched 70 drones at Ukraine, the air force said.',
      '2024-09-14',
      ['attack 2024-09-10 russia: drone 70/-'],
    ],
    [
      // negative: a period of the year of writing still leaves the lede without one day
      'a period of this year is no backstory',
      'Drones have come every week since March, and the old library burned in the early hours of Tuesday.\n\nA drone hit its roof at about 2am. Russia launched 70 drones at Ukraine, the air force said.',
      '2024-09-14',
      ['attack 2024-09-14 russia: drone 70/-'],
    ],
    [
      'a story of one night told by its hours around midnight is dated by the reference day',
      'By dawn the fires were out.\n\nBetween midnight and four o\'clock the port saw drone after drone.\n\nThe air force said Russia launched 90 drones at Ukraine; 70 were shot down.',
      '2024-09-12',
      ['attack 2024-09-12 russia: drone 90/70'],
    ],
    [
      'a summary issued on a day dates the overnight attack by that morning, not by the day of writing',
      'Per the air force summary issued at 09:00 local on 10 September, Russia launched 80 drones against Ukraine overnight. 60 of them were shot down.',
      '2024-09-12',
      ['attack 2024-09-10 russia: drone 80/60'],
    ],
    [
      'a night that sets the scene keeps the weapons told after it, though they were told of an earlier night too',
      'On the night into Monday, Russia fired 12 missiles at Kyiv, and 9 of the missiles were shot down.\n\nLast night it was different. Russia sent 200 drones, more than double Monday\'s number, and just three missiles. 150 drones and two of the missiles were destroyed.',
      '2024-09-11',
      ['attack 2024-09-09 russia: missile 12/9', 'attack 2024-09-11 russia: drone 200/150, missile 3/2'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(events(text, published).map(brief)).toEqual(expected);
  });
});
