/**
 * Session 24: event targets as classes of target assignment (issue 9), collected from the read sets' target misses
 * and extras (check sets 6, 28, 30, 31). Sentences written for these tests, each class with negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../src/extract/types.ts';
import { eventsOf } from './helpers.ts';

const PUBLISHED = '2025-05-06';

/** Each event as "kind date attacker: targets" (targets sorted). */
const targetsOf = (text: string): string[] => eventsOf(text, PUBLISHED).map((e: ExtractedEvent) => `${e.kind} ${e.date ?? 'null'} ${e.attacker}: ${[...e.targets].sort().join(', ')}`);

describe('a state named inside a longer name locates no target ("the Poltava region, the Ukrainian Air Force said")', () => {
  // The state's mention that only begins an organisation's name is no apposition of the place before it: the state
  // named as attacked elsewhere in the sentence stays a target.
  const cases: [string, string, string[]][] = [
    [
      'the air force as the claimant after a region',
      'Russia fired 40 drones at Ukraine overnight, most of them at the Sumy region, the Ukrainian Air Force said.',
      ['attack 2025-05-06 russia: sumy-oblast, ukraine'],
    ],
    [
      'the general staff as the claimant after a city',
      'Russia attacked Ukraine overnight with 25 drones, hitting a depot in Lutsk, the Ukrainian General Staff reported.',
      ['attack 2025-05-06 russia: lutsk, ukraine'],
    ],
    // negatives: the state itself in apposition still only locates; a state named as no target stays out
    [
      'the state in apposition after a city',
      'Russian drones hit a depot in Lutsk, Ukraine, overnight, the Ukrainian Air Force said.',
      ['attack 2025-05-06 russia: lutsk'],
    ],
    [
      'the state named only as the claimant',
      'Russian drones hit a depot in Lutsk overnight, the Ukrainian Air Force said.',
      ['attack 2025-05-06 russia: lutsk'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targetsOf(text)).toEqual(expected);
  });
});

describe('a part of a region is no bearing from it ("in the south of the Sumy region")', () => {
  // "X, in the south of the Y region" places X inside Y, which is attacked too (as "X, in the Y region" is);
  // "X, south of Y" places X outside Y, which only locates it.
  const cases: [string, string, string[]][] = [
    [
      'in the south of',
      'Russian drones struck Okhtyrka, in the south of the Sumy region, overnight.',
      ['attack 2025-05-06 russia: okhtyrka, sumy-oblast'],
    ],
    [
      'in the far west of',
      'Overnight a Russian missile hit Kovel, in the far west of the Volyn region.',
      ['attack 2025-05-06 russia: kovel, volyn-oblast'],
    ],
    // negatives: a bearing from a place outside it still only locates
    ['a bearing with a distance', 'Russian drones struck Bucha, 25 km northwest of Kyiv, overnight.', ['attack 2025-05-06 russia: bucha']],
    ['a bare bearing', 'Overnight Russian drones struck a depot in Fastiv, southwest of Kyiv.', ['attack 2025-05-06 russia: fastiv']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targetsOf(text)).toEqual(expected);
  });
});

describe("the attacker's own undated claim of its strikes is of the story's main event, not of a background attack", () => {
  // "Russia's defence ministry said it had struck ..." with no time of its own, in a paragraph after an earlier attack
  // given for background, reports the news of the day; the earlier attack keeps only its own places.
  const cases: [string, string, string[]][] = [
    [
      'after an earlier attack dated by its weekday',
      'Russia launched 70 drones at Ukraine overnight, the air force said, and 52 were shot down. On Sunday, Russian drones had hit a market in Kherson.\n\nRussia\'s defence ministry said it had struck "military targets" in Mykolaiv.',
      ['attack 2025-05-06 russia: mykolaiv, ukraine', 'attack 2025-05-04 russia: kherson'],
    ],
    [
      'after an earlier attack dated by its day of the month',
      'Russia fired 30 drones at Ukraine overnight, the air force said. On 2 May, a Russian missile had struck a school in Sumy.\n\nThe Russian Ministry of Defence claimed its forces had hit an arms depot in Dnipro.',
      ['attack 2025-05-06 russia: dnipro, ukraine', 'attack 2025-05-02 russia: sumy'],
    ],
    // negatives: the other side's undated claim, a claim told with a time of its own, the other side's shoot-downs
    [
      "the other side's claim stays with the latest event",
      'Russia launched 70 drones at Ukraine overnight. On Sunday, Russian drones had hit a market in Kherson.\n\nUkraine\'s air force said the drones had also hit Mykolaiv.',
      ['attack 2025-05-06 russia: ukraine', 'attack 2025-05-04 russia: kherson, mykolaiv'],
    ],
    [
      'a claim dated by its own sentence',
      'Russia launched 70 drones at Ukraine overnight. On Sunday, Russian drones had hit a market in Kherson.\n\nRussia\'s defence ministry said it had struck "military targets" in Mykolaiv on Sunday.',
      ['attack 2025-05-06 russia: ukraine', 'attack 2025-05-04 russia: kherson, mykolaiv'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targetsOf(text)).toEqual(expected);
  });
});
