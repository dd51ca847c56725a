/**
 * Session 25 (branch lines25): which weapon lines an event has. Sentences written for these tests; each class with
 * negative rows that must keep their lines as they were (coordinated counted weapons, another class, a verb after the
 * names, a denial, a request).
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { eventBrief, eventsOf, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes25');
const PUBLISHED = '2025-06-14';

describe('named systems set off after a launched class are its members: each is launched and has a line of its own', () => {
  // "104 attack drones, Shaheds and Gerberas, ...", "137 UAVs (Shahed, Gerbera and other types)": the gold of check
  // sets 13, 20, 28, 29 and 31 gives the class its figures and each named member a launch and a line without figures.
  // (A verb's object list, "Russia sent 90 drones, Shaheds and Gerberas", already named them; these launches are read
  // by other rules, the inverted verb, the tally and the total, which stopped at the class.)
  const cases: [string, string, string[]][] = [
    [
      'after an inverted verb of coming',
      'Russia attacked Ukraine overnight. Alongside them came 90 attack drones, Shaheds and Gerberas, the air force said.',
      ['launched russia attack-drone 90', 'launched russia gerbera -', 'launched russia shahed-136 -'],
    ],
    [
      'a bracketed list with other types',
      'Russia attacked Ukraine overnight. Then came 85 drones (Shahed, Gerbera and other types) from the east.',
      ['launched russia drone 85', 'launched russia gerbera -', 'launched russia shahed-136 -'],
    ],
    [
      'a member beside the wave fillers, after a total, in a tally',
      "Russia attacked Ukraine overnight. The air force's figures: 64 Russian drones in all, Shaheds and decoys, plus three S-300 missiles.",
      ['launched russia drone 64', 'launched russia s-300 3', 'launched russia shahed-136 -'],
    ],
    [
      'members joined by a wave joiner, in a tally',
      'Russia attacked Ukraine overnight. The tally: 85 drones in total, Shaheds and Gerberas, plus six Kalibr missiles.',
      ['launched russia drone 85', 'launched russia gerbera -', 'launched russia kalibr 6', 'launched russia shahed-136 -'],
    ],
    // negatives: counted weapons coordinated after the class, another class, a verb after the names, a denial, a request
    [
      'counted weapons after the comma are a list of launches',
      'Russia launched 70 drones, 12 Kalibr missiles and four Kh-101 missiles at Ukraine overnight.',
      ['launched russia drone 70', 'launched russia kalibr 12', 'launched russia kh-101 4'],
    ],
    ['another class after the comma', 'Russia launched 70 drones, missiles and glide bombs at Ukraine overnight.', ['launched russia drone 70', 'launched russia glide-bomb -', 'launched russia missile -']],
    ['a name that begins a clause of its own', 'Russia launched 70 drones, Shaheds hit a depot in Lviv.', ['launched russia drone 70', 'launched russia shahed-136 -']],
    ['a denial of the launch', 'The Kremlin denied that Russia had launched 70 drones, Shaheds and Gerberas, at Ukraine overnight.', []],
    ['a request', 'Ukraine asked its allies for 70 drones, Shaheds and Gerberas excluded, for its own strikes.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text, ['launched'])).toEqual(expected);
  });

  it('the members are lines of the event beside the counted class', () => {
    const text = 'Russia attacked Ukraine overnight. Alongside them came 90 attack drones, Shaheds and Gerberas, the air force said. Air defences shot down 71 of the drones.';
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(['attack 2025-06-14 russia: attack-drone 90/71, gerbera -/-, shahed-136 -/-']);
  });
});
