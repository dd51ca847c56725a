/**
 * Session 24: event numbers as classes seen in the freshly read check sets 30-33 and again in older read sets (7, 8,
 * 9, 4, 6, 32). Sentences written for these tests, each class with negative rows (a single part, questions, denials,
 * hypotheticals, other subjects of "neither ... nor").
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { eventBrief, eventsOf, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes24');
const PUBLISHED = '2025-05-06';

describe('"every one of the N" with the noun left out is the whole of the earlier weapon, not one of it', () => {
  // A distributive before "one of the N" takes the whole ("each one of the 16"), as it already did with a noun
  // ("every one of the Kh-101s") and as the active object ("downed every one of the ten"); the passive subject read
  // "one" as a part of one.
  const cases: [string, string, string[]][] = [
    [
      'every one of the N, passive subject',
      'Russia launched 28 Shahed drones at Ukraine overnight, the air force said. It said every one of the 28 was destroyed, most of them over the south.',
      ['attack 2025-05-06 russia: shahed-136 28/28'],
    ],
    [
      'each one of the N',
      'Russia sent 16 drones against Odesa overnight. Each one of the 16 was shot down over the sea, the navy said.',
      ['attack 2025-05-06 russia: drone 16/16'],
    ],
    // negatives: a part of one stays one; a question and a denial give no downing
    [
      'only one of the N',
      'Russia launched 40 drones at Kharkiv overnight. Only one of the 40 was shot down, the mayor said.',
      ['attack 2025-05-06 russia: drone 40/1'],
    ],
    ['a question', 'Russia launched 30 drones at Kharkiv overnight. Was every one of the 30 shot down?', ['attack 2025-05-06 russia: drone 30/-']],
    [
      'a denial',
      'Russia launched 30 drones at Kharkiv overnight. The governor denied that every one of the 30 had been shot down.',
      ['attack 2025-05-06 russia: drone 30/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });

  it('the relation counts the whole', () => {
    expect(found('Russia sent 16 drones against Odesa overnight. Each one of the 16 was shot down over the sea.', ['intercepted'])).toEqual([
      'intercepted ukraine drone 16',
    ]);
  });
});

describe('"none of which" after a list of weapons, after a passive launch, or with "could be"', () => {
  // The relative of none takes up the whole coordinated list right before it, not only its last item; a passive
  // launch clause ("were fired at Kharkiv overnight") between the weapon and the relative is that weapon's phrase; "none
  // of which could be stopped" is a denial of downing as "none of which was stopped" is.
  const cases: [string, string, string[]][] = [
    [
      'a list of three counted weapons',
      'Overnight Russia fired four Kinzhals, three Kh-22s and two Kh-31Ps, none of which was stopped, the air force said.',
      ['attack 2025-05-06 russia: kh-22 3/0, kh-31 2/0, kinzhal 4/0'],
    ],
    [
      'could be, after a passive launch',
      'Six S-300 missiles were fired at Kharkiv overnight, none of which could be stopped, the air force said.',
      ['attack 2025-05-06 russia: s-300 6/0'],
    ],
    [
      'was, after a passive launch with its origin',
      'Three Iskander-M missiles were launched from Crimea at Odesa overnight, none of which was shot down, the air force said.',
      ['attack 2025-05-06 russia: iskander-m 3/0'],
    ],
    [
      'a tally list with no launch verb: each count is launched',
      'Russia attacked Ukraine overnight, and the air force gave its tally: 30 drones, 26 of them downed; then five Kh-59s, two Kh-22s and one Kh-31P, not a single one of which was stopped.',
      ['attack 2025-05-06 russia: drone 30/26, kh-22 2/0, kh-31 1/0, kh-59 5/0'],
    ],
    // negatives: a hypothetical of weapons not counted, a relative after a clause of its own, a list broken by a clause
    [
      'a hypothetical of uncounted weapons',
      'Russia launched 30 drones at Kyiv overnight, and the air force said gunners downed 25 of them; the army fears more Kinzhals, none of which could be stopped.',
      ['attack 2025-05-06 russia: drone 30/25'],
    ],
    [
      'a relative after its own clause',
      'Russia launched 50 drones and four Kinzhals at Kyiv overnight. The air force downed 45 drones, the mayor said, and two Kh-22s hit Odesa, none of which was intercepted.',
      ['attack 2025-05-06 russia: drone 50/45, kh-22 2/0, kinzhal 4/-'],
    ],
    [
      'an earlier phrase with its own place',
      'Russia fired 25 drones at Poltava overnight and two Kh-22 missiles launched from Bryansk, none of which was intercepted.',
      ['attack 2025-05-06 russia: drone 25/-, kh-22 2/0'],
    ],
    [
      'a list broken by a clause',
      'Russia launched six Kinzhals overnight, air defence tracked four Kh-22s, none of which was intercepted.',
      ['attack 2025-05-06 russia: kh-22 4/0, kinzhal 6/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });
});

it('the counts of a listed weapon none of which was stopped are launch relations', () => {
  const text =
    'Russia attacked Ukraine overnight, and the air force gave its tally: 30 drones, 26 of them downed; then five Kh-59s, two Kh-22s and one Kh-31P, not a single one of which was stopped.';
  expect(found(text, ['launched'])).toEqual(['launched russia drone 30', 'launched russia kh-22 2', 'launched russia kh-31 1', 'launched russia kh-59 5']);
});

describe('"neither X nor Y was downed": both coordinated weapons downed 0 times', () => {
  // The "neither" form took up to three words before its verb ("neither missile was stopped"); with "nor" each of the
  // two phrases is named.
  const cases: [string, string, string[]][] = [
    [
      'two plural phrases',
      'Russia launched two Kinzhal missiles and three Iskander-M missiles at Kyiv overnight. Neither the Kinzhals nor the Iskanders were intercepted, the air force said.',
      ['attack 2025-05-06 russia: iskander-m 3/0, kinzhal 2/0'],
    ],
    [
      'two singular phrases',
      'Russia fired a Kh-22 missile and a Kinzhal at Dnipro overnight, the air force said. Neither the Kh-22 nor the Kinzhal was shot down.',
      ['attack 2025-05-06 russia: kh-22 1/0, kinzhal 1/0'],
    ],
    // negatives: people as the subjects, questions of place and means
    [
      'people as the subjects',
      'Russia fired two Kinzhal missiles at Kyiv overnight, the air force said. Neither the mayor nor the governor said whether they were shot down.',
      ['attack 2025-05-06 russia: kinzhal 2/-'],
    ],
    [
      'neither where nor which',
      'Russia fired two Kinzhal missiles at Kyiv overnight, and both were destroyed, though the air force said neither where they fell nor which battery had brought them down.',
      ['attack 2025-05-06 russia: kinzhal 2/2'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });
});
