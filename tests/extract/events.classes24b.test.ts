/**
 * Session 24 (branch headline24b): one event per attack across a dateline, the headline and the body. Two classes seen
 * in read check sets 29, 32 and 33 (a dateline over the headline): the number right before a weapon is no count when
 * a line break lies between them or when it is the year of a date ("Thursday 14 March 2024" over "Kinzhals get
 * through ..."); a dateline over the headline is the day of publication, not a scene that dates the headline, so a
 * headline with no time of its own joins the body's event. Sentences written for these tests; negative rows: a
 * headline that names its own night, two real nights in one article, a diary heading in the body.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

type Row = [name: string, text: string, published: string, expected: string[]];

describe('a dateline over the headline: its year is no count and its day is no scene', () => {
  const cases: Row[] = [
    [
      'weekday dateline over a got-through headline',
      'THURSDAY 14 MARCH 2024\n\nKinzhals get through in Russia\'s strike on western Ukraine\n\nRussia fired three Kinzhal missiles at the Lviv region on Wednesday, the air force said. None of them was shot down.',
      '2024-03-14',
      ['attack 2024-03-13 russia: kinzhal 3/0'],
    ],
    [
      'month-first dateline',
      'March 14, 2024\n\nKinzhals get through as Russia strikes the west\n\nRussia launched three Kinzhal missiles at the Lviv region on Wednesday, the air force said. None of them was shot down.',
      '2024-03-14',
      ['attack 2024-03-13 russia: kinzhal 3/0'],
    ],
    [
      'drones over a night the body dates',
      "Saturday 9 November 2024\n\nDrones get through to Kharkiv's substations\n\nRussia sent 20 Shahed drones at the Kharkiv region overnight into Friday, the air force said on Friday. Twelve of them were shot down, it said.",
      '2024-11-09',
      ['attack 2024-11-08 russia: shahed-136 20/12'],
    ],
    [
      'day-first dateline over a lede',
      '10 November 2024\n\nShaheds get through to Odesa, leaving the port dark\n\nRussia sent 20 Shahed drones at Odesa on Friday night, the navy said. Fourteen of them were downed.',
      '2024-11-10',
      ['attack 2024-11-09 russia: shahed-136 20/14'],
    ],
    [
      'a counted headline joins the body it counts with',
      'Thursday 14 March 2024\n\nThree Kinzhals get through in Russia\'s strike on western Ukraine\n\nRussia fired three Kinzhal missiles at the Lviv region on Wednesday, the air force said. None of them was shot down.',
      '2024-03-14',
      ['attack 2024-03-13 russia: kinzhal 3/0'],
    ],
    [
      'the year of a date in running text',
      'In March 2024 Kinzhals got through to Kyiv for the first time, the air force said on Friday.',
      '2024-03-20',
      [],
    ],
    // negatives: a headline that names its own night stays apart; two nights stay two; a diary heading still dates
    [
      'a headline that names its own night',
      'Thursday 14 March 2024\n\nKinzhals get through on Monday night; Russia strikes the west again\n\nRussia fired three Kinzhal missiles at the Lviv region on Wednesday, the air force said. None of them was shot down.',
      '2024-03-14',
      ['attack 2024-03-12 russia: kinzhal -/-', 'attack 2024-03-13 russia: kinzhal 3/0'],
    ],
    [
      'two real nights in one article',
      'Thursday 14 March 2024\n\nTwo nights of Russian strikes on the west\n\nRussia fired three Kinzhal missiles at the Lviv region on Wednesday, the air force said. None of them was shot down. On Monday night Russia had sent 30 drones at Rivne, 25 of which were downed.',
      '2024-03-14',
      ['attack 2024-03-13 russia: kinzhal 3/0', 'attack 2024-03-12 russia: drone 30/25'],
    ],
    [
      'a diary heading in the body',
      'Strikes on the west: a diary\n\nThe air force keeps count of every night, and this week it had much to count.\n\nMonday, 11 March\n\nRussia sent 30 drones at Rivne. Air defences shot down 25 of them.\n\nWednesday, 13 March\n\nRussia fired three Kinzhal missiles at Lviv. None of them was shot down.',
      '2024-03-14',
      ['attack 2024-03-11 russia: drone 30/25', 'attack 2024-03-13 russia: kinzhal 3/0'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});
