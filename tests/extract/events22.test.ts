/**
 * Session 22: event dates and numbers as classes that recur across the read sets (collected from check sets 1-26, dev
 * and real; each class found in its first looks). Sentences and short articles written for these tests, each class with
 * negative rows.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('a night span whose two ends name their days ("between 18:00 Sunday and 07:30 Monday")', () => {
  // 2025-03-12 is a Wednesday: Sunday is 9 March, Monday 10 March.
  const REF = '2025-03-12';
  const cases: [string, [string, string | null][]][] = [
    ['Drones flew in between 21:00 Sunday and 06:15 Monday.', [['night', '2025-03-10']]],
    ['Drones flew in from 8pm on Sunday until 5am on Monday.', [['night', '2025-03-10']]],
    ['Drones flew in between nightfall on 9 March and dawn on 10 March.', [['night', '2025-03-10']]],
    ['Drones flew in between dusk on Sunday and the early morning of Monday.', [['night', '2025-03-10']]],
    // both ends in the small hours of one day: the night into that day
    ['Drones flew in between 01:30 Monday and 04:00 Monday.', [['night', '2025-03-10']]],
    // negatives: a span over several nights names no day; a span of days with no hours stays a period
    ['Drones flew in between 21:00 on 7 March and 05:00 on 10 March.', [['period', null]]],
    ['Drones flew in between 7 March and 10 March.', [['period', null]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text, REF).map(([, k, d]) => [k, d])).toEqual(expected);
  });
});

describe('events dated by a night span', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'the launch of a night told from an evening hour to a morning hour',
      'The air force said Russia launched 64 drones at Ukraine between 19:00 on Sunday and 07:00 on Monday. 51 were shot down.',
      '2025-03-12',
      ['attack 2025-03-10 russia: drone 64/51'],
    ],
    [
      'from dusk of one day to the morning of the next',
      'Russia fired 30 drones at Odesa between dusk on 9 March and the morning of 10 March, officials said.',
      '2025-03-12',
      ['attack 2025-03-10 russia: drone 30/-'],
    ],
    // negative: an evening hour with no closing day stays the day of the evening when no verb of starting opens it
    [
      'a strike at an evening hour of a day is that day',
      'Russia fired 30 drones at Odesa at 21:00 on Sunday, officials said.',
      '2025-03-12',
      ['attack 2025-03-09 russia: drone 30/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});

describe('a negation of downing with its verb left out ("neither missile was", ", which was not")', () => {
  const cases: [string, string, string[]][] = [
    [
      '"and neither missile was" after a clause of downing',
      'Overnight Russia sent 50 drones and two Iskander-M missiles at Kharkiv; 41 of the drones were shot down, and neither missile was.',
      ['attack 2025-03-12 russia: drone 50/41, iskander-m 2/0'],
    ],
    [
      '"but neither Kh-22 was" (a weapon name with digits after "neither")',
      'Overnight Russia fired 30 drones and two Kh-22 missiles at Odesa. Air defence destroyed 25 of the drones but neither Kh-22 was.',
      ['attack 2025-03-12 russia: drone 30/25, kh-22 2/0'],
    ],
    [
      '"neither Kh-22 was intercepted" (the full negation, the same weapon name)',
      'Overnight Russia fired 30 drones and two Kh-22 missiles at Odesa. Neither Kh-22 was intercepted.',
      ['attack 2025-03-12 russia: drone 30/-, kh-22 2/0'],
    ],
    [
      '", which was not" after the phrase of one weapon, beside a counted relative of downing',
      'Overnight Russia launched 14 Kh-101 missiles at Lviv, 11 of which were intercepted, and one 3M22 Zircon missile, which was not.',
      ['attack 2025-03-12 russia: kh-101 14/11, zircon 1/0'],
    ],
    // negatives: "neither" with no downing told; a restrictive relative counts the part missed; a relative of a place
    [
      '"neither ... was" with no clause of downing says nothing of downing',
      'Overnight Russia fired 30 drones and two Kh-22 missiles at Odesa. Neither Kh-22 was a surprise.',
      ['attack 2025-03-12 russia: drone 30/-, kh-22 2/-'],
    ],
    [
      '"the missiles that were not" is a restrictive relative: no zero',
      'Overnight Russia launched 14 Kh-101 missiles at Lviv, and 11 were intercepted. The missiles that were not hit a depot.',
      ['attack 2025-03-12 russia: kh-101 14/11'],
    ],
    [
      '", which was not" after a place names no weapon',
      'Overnight Russia launched 14 Kh-101 missiles at Lviv, 11 of which were destroyed. Two Kinzhal missiles were also fired at Lutsk, which was not.',
      ['attack 2025-03-12 russia: kh-101 14/11, kinzhal 2/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, '2025-03-12').map(eventBrief)).toEqual(expected);
  });
});

describe('a total set off after the weapons it counts ("the drones, 157 in all, ...", ": 171 of them")', () => {
  const cases: [string, string, string[]][] = [
    [
      '": N of them, the air force said" counts a launch told without a number',
      'Overnight Russia again sent a swarm of drones against the Sumy region: 140 of them, the air force said.',
      ['attack 2025-03-12 russia: drone 140/-'],
    ],
    [
      '", N in all," after an uncounted launch',
      'Overnight Russia sent drones at Poltava, 95 in all, and three Kh-101 missiles.',
      ['attack 2025-03-12 russia: drone 95/-, kh-101 3/-'],
    ],
    [
      '"The drones, N in all, came ..., and M of them were destroyed": the count of the interception\'s weapons',
      'Russia attacked Kyiv overnight with drones and missiles. The drones, 120 in all, came in two waves, and 98 of them were destroyed.',
      ['attack 2025-03-12 russia: drone 120/98, missile -/-'],
    ],
    // negatives: a part told with a verb or a noun of its own is no total; a total after another weapon is that one's
    [
      '", N of them shot down" is the part downed',
      'Russia sent drones at Sumy overnight, 140 of them shot down, the air force said.',
      ['attack 2025-03-12 russia: drone -/140'],
    ],
    [
      '", N of them Shaheds" is a part of a kind',
      'Russia sent drones at Sumy overnight, 30 of them Shaheds.',
      ['attack 2025-03-12 russia: shahed-136 -/-'],
    ],
    [
      'a total after another weapon named between counts nothing of the first',
      'Overnight Russia sent drones at Poltava and three Kh-101 missiles at Lviv, 12 in all.',
      ['attack 2025-03-12 russia: drone -/-, kh-101 3/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, '2025-03-12').map(eventBrief)).toEqual(expected);
  });
});
