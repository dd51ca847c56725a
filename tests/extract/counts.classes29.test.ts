/**
 * Session 29 (branch numbers29): event numbers of single weapons on new text (issue 9).
 *
 * 1. A weapon named with the indefinite article is launched once in more list positions: after a list addition of
 *    lexicon `listAdditions` ("along with an Iskander-M", "as well as a Kh-59"), as the first item of a list after a
 *    colon, and as the first of two single weapons coordinated before their launch verb ("An Iskander-M and a Kh-59
 *    were fired").
 * 2. A quantifier of none takes up two single weapons coordinated by "and a" ("an Iskander-M and a Kh-59 ...;
 *    neither was brought down") and the weapons' phrase right before a second reported clause (", and that neither
 *    was shot down").
 * 3. A named weapon told only as one downed ("air defence also shot down a Kh-59 guided missile") in an attack whose
 *    launches are told was launched once and downed once.
 *
 * Every sentence is written for these tests; negative rows keep a weapon that only modifies another noun, a hit with
 * no launch, a count of many before a single weapon, a clause of none not right after the weapons, a description of
 * two names, a bare class downed over a place, the attacker's claim about the other side's missile, and a downing
 * of another month.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

type Row = [name: string, text: string, expected: string[]];
const DAY = '2024-01-09';
const briefs = (text: string): string[] => eventsOf(text, DAY).map(eventBrief);
const NIGHT = 'Russia sent 40 Shahed drones against Ukraine overnight, and 35 of them were destroyed, the air force said on Tuesday.';

describe('a weapon named with the indefinite article is launched once in more list positions', () => {
  const cases: Row[] = [
    [
      'after "along with"',
      'Russia launched 40 Shahed attack drones at Ukraine overnight along with an Iskander-M ballistic missile, the air force said on Tuesday.',
      ['attack 2024-01-09 russia: iskander-m 1/-, shahed-136 40/-'],
    ],
    [
      'after "as well as"',
      'Russia launched 40 Shahed drones at Ukraine overnight, as well as a Kh-59 guided missile, the air force said on Tuesday.',
      ['attack 2024-01-09 russia: kh-59 1/-, shahed-136 40/-'],
    ],
    [
      'the first item of a list after a colon',
      'Across Ukraine, Russia launched 50 Shahed drones and two missiles overnight, the air force said: an Iskander-M ballistic missile and a Kh-59 guided missile.',
      ['attack 2024-01-09 russia: iskander-m 1/-, kh-59 1/-, shahed-136 50/-'],
    ],
    [
      'the first of two single weapons before their passive launch',
      `${NIGHT} An Iskander-M ballistic missile and a Kh-59 missile were also fired at the south.`,
      ['attack 2024-01-09 russia: iskander-m 1/-, kh-59 1/-, shahed-136 40/35'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('none of two single weapons downed', () => {
  const cases: Row[] = [
    [
      'two single weapons coordinated before a semicolon',
      `${NIGHT} An Iskander-M ballistic missile and a Kh-59 missile were fired at the south; neither was brought down.`,
      ['attack 2024-01-09 russia: iskander-m 1/0, kh-59 1/0, shahed-136 40/35'],
    ],
    [
      'a second reported clause right after the weapons',
      `${NIGHT} It said Russia had also fired two missiles from Crimea, an Iskander-M and a Kh-59, and that neither was shot down.`,
      ['attack 2024-01-09 russia: iskander-m 1/0, kh-59 1/0, shahed-136 40/35'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('a named weapon told only as one downed was launched once', () => {
  const cases: Row[] = [
    ['shot down a named missile, with an owner', `${NIGHT} Air defence also shot down a Russian Kh-59 guided missile.`, ['attack 2024-01-09 russia: kh-59 1/1, shahed-136 40/35']],
    [
      'a named missile as the subject of a passive downing',
      'Russia sent 40 Shahed drones against Ukraine overnight, the air force said on Tuesday. A Kh-59 guided missile was also shot down over the Dnipro district.',
      ['attack 2024-01-09 russia: kh-59 1/1, shahed-136 40/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('negative rows: figures that stay', () => {
  const cases: Row[] = [
    [
      'a weapon that only modifies the noun after it',
      'Russia fired 40 Shahed drones overnight along with a Kh-59 missile attack on the port, the air force said on Tuesday.',
      ['attack 2024-01-09 russia: kh-59 -/-, shahed-136 40/-'],
    ],
    [
      'two single weapons that hit, with no launch',
      'Russia fired 40 Shahed drones at Ukraine overnight, the air force said on Tuesday. A Shahed drone and a Kh-59 guided missile hit a warehouse.',
      ['attack 2024-01-09 russia: kh-59 -/-, shahed-136 40/-'],
    ],
    [
      'a count of many before a single weapon, then neither',
      'Russia fired 40 Shahed drones and a Kh-59 missile at Ukraine overnight; neither was brought down.',
      ['attack 2024-01-09 russia: kh-59 1/0, shahed-136 40/-'],
    ],
    [
      'a clause of none not right after the weapons',
      'Russia fired 40 Shahed drones at Ukraine overnight, the air force said on Tuesday, and that none of them was shot down.',
      ['attack 2024-01-09 russia: shahed-136 40/-'],
    ],
    [
      'a description of two names before a clause of none',
      'Russia fired 40 Shahed drones at Ukraine overnight, the air force said on Tuesday. Two ballistic missiles were also fired at Sumy; the air force describes them as Iskander-M or KN-23 and reports that neither was intercepted.',
      ['attack 2024-01-09 russia: ballistic-missile 2/-, shahed-136 40/-'],
    ],
    [
      'a bare class downed over a place',
      'Russia fired 40 Shahed drones at Ukraine overnight, the air force said on Tuesday. A drone was shot down over the Brovary district and its debris fell on a road.',
      ['attack 2024-01-09 russia: shahed-136 40/-'],
    ],
    [
      "the attacker's claim about the other side's missile",
      'The Russian defence ministry said on Tuesday its air defences had downed a Ukrainian Neptune missile over the Bryansk region.',
      ['interception 2024-01-09 ukraine: neptune -/-'],
    ],
    [
      'a downing of another month',
      'Russia sent 40 Shahed drones against Ukraine overnight, the air force said on Tuesday. Ukraine first brought down a Kh-59 earlier this month.',
      ['attack 2024-01-09 russia: shahed-136 40/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});
