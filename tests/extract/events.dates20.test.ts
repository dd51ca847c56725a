/**
 * Session 20: dates read on check sets 23 and 24 as classes: a weekday after a possessive ("their Sunday shifts") is a
 * kind of day; a decade of an earlier time ("in the 1990s") is the story's past and leaves the lede its day; a night
 * taken up by its rank without a comma ("On the first night 36 drones were downed"). Sentences and short articles
 * written for these tests, each class with a negative row.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('a weekday after a possessive', () => {
  // Reference day: Wednesday 11 June 2025.
  const REF = '2025-06-11';
  const cases: [string, [string, string, string | null][]][] = [
    ['The workers gave up their Sunday shifts to rebuild the hall.', []],
    ['Our Saturday market reopened in May.', [['in May', 'period', null]]],
    // negative: a weekday with no determiner is a day of its own
    ['The hall was hit on Sunday.', [['on Sunday', 'day', '2025-06-08']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text, REF)).toEqual(expected);
  });
});

describe('events dated by session 20 classes', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a decade of an earlier time leaves the lede its day',
      'The old cinema died on the morning of 7 June 2025, hit by a missile.\n\nIn the 1980s it was the largest hall in the region. Shortly after seven, Russia fired two Iskander-M missiles at the town, the regional administration said.',
      '2025-06-09',
      ['attack 2025-06-07 russia: iskander-m 2/-'],
    ],
    [
      // negative: a period of the year of writing still leaves the lede without one day
      'a period of this year is no story past',
      'The old cinema died on the morning of 7 June 2025, hit by a missile.\n\nSince the spring of 2025 it had been closed. Shortly after seven, Russia fired two Iskander-M missiles at the town, the regional administration said.',
      '2025-06-09',
      ['attack null russia: iskander-m 2/-'],
    ],
    [
      'a night taken up by its rank without a comma',
      'Three nights in a row the drones came. On the night into Saturday, Russia sent 60 drones at Odesa. On the night into Sunday, Russia sent 200 drones at Kyiv.\n\nOn the first night 30 drones were downed. On the second night 150 were brought down.',
      '2025-06-09',
      ['attack 2025-06-07 russia: drone 60/30', 'attack 2025-06-08 russia: drone 200/150'],
    ],
    [
      // negative: "the second night in a row" is this night, no rank
      '"for the second night in a row" is no rank',
      'On the night into Saturday, Russia sent 60 drones at Odesa.\n\nFor the second night in a row, Russia sent 200 drones at Kyiv.',
      '2025-06-09',
      ['attack 2025-06-07 russia: drone 60/-', 'attack 2025-06-09 russia: drone 200/-'],
    ],
    [
      // negative: "the first" that is no night of the story ("the first time")
      'a rank of something else takes up no night',
      'On the night into Saturday, Russia sent 60 drones at Odesa. On the night into Sunday, Russia sent 200 drones at Kyiv.\n\nFor the first time 150 drones were brought down.',
      '2025-06-09',
      ['attack 2025-06-07 russia: drone 60/-', 'attack 2025-06-08 russia: drone 200/150'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});
