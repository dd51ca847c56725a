/**
 * Session 23: event numbers as classes that recur across the read sets (collected from check sets 27-29, the sets
 * that were guards until this session, then 26, 23, 12, 13, 15, 16 and 18). Sentences written for these tests, each
 * class with negative rows (denials, plans, questions, debris, an ambiguous antecedent).
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { eventBrief, eventsOf, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes23');
const PUBLISHED = '2025-05-06';

describe('an interception told by "V N out of the sky", the object between verb and phrase', () => {
  // The fixed phrase after the object makes the verb an interception ("knocked 44 of them out of the sky"); the
  // contiguous form ("were shot out of the sky") was already in the class.
  const cases: [string, string, string[]][] = [
    [
      'knock ... out of the sky, a partitive pronoun',
      'Russia launched 50 cruise missiles at Ukraine overnight. Anti-aircraft crews knocked 41 of them out of the sky, the general said.',
      ['attack 2025-05-06 russia: cruise-missile 50/41'],
    ],
    [
      'swat ... out of the sky, a partitive of the class',
      'Russia sent 90 drones against Ukraine overnight. The air force swatted 70 of the drones out of the sky.',
      ['attack 2025-05-06 russia: drone 90/70'],
    ],
    [
      'pluck ... out of the sky, a counted noun',
      'Russia launched 35 drones at Ukraine overnight, the air force said. Mobile fire groups plucked 30 drones out of the sky.',
      ['attack 2025-05-06 russia: drone 35/30'],
    ],
    // negatives: a denial, a plan, weapons that fell by themselves, an invented figure (pluck out of the air is not a downing)
    ['a denial', 'The air force denied reports that it had knocked 12 Russian drones out of the sky over Kyiv.', []],
    ['a hope', 'Gunners hope to knock more drones out of the sky once the new guns arrive.', []],
    [
      'a drone that fell by itself',
      'Russia launched 40 drones at Odesa overnight. One of them simply fell out of the sky over a field.',
      ['attack 2025-05-06 russia: drone 40/-'],
    ],
    ['an invented figure', 'Bloggers said the figure of 300 drones was plucked out of the air.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });

  it('the relation of a separable phrase is an interception of the counted part', () => {
    expect(found('Russia launched 60 drones at Ukraine overnight. The air force knocked 45 of them out of the sky.', ['intercepted'])).toEqual([
      'intercepted ukraine drone 45',
    ]);
    // a comma between the object and the phrase: no separable verb
    expect(found('Russia launched 60 drones at Ukraine overnight. Gusts knocked 45 of them, out of the sky and onto fields.', ['intercepted'])).toEqual([]);
  });
});

describe('a bare count after a limiting adverb is the downed part of the weapon told before ("brought down only 53")', () => {
  const cases: [string, string, string[]][] = [
    [
      'only, after a comma clause',
      'Russia sent 119 drones against Ukraine overnight, and this time air defence brought down only 48, fewer than half.',
      ['attack 2025-05-06 russia: drone 119/48'],
    ],
    [
      'only, in the next sentence',
      'Russia launched 76 drones at Ukraine overnight. The gunners of the air force shot down only 22; most of the rest were jammed.',
      ['attack 2025-05-06 russia: drone 76/22'],
    ],
    ['only, a count in words', 'Russia launched 40 drones at Ukraine overnight. Air defence intercepted only nine.', ['attack 2025-05-06 russia: drone 40/9']],
    // negatives: two counted weapons before it (which one is not said), a question, a noun after the number
    [
      'two counted weapons before it',
      'Russia launched 40 drones and 30 missiles at Ukraine overnight. Air defence brought down only 20.',
      ['attack 2025-05-06 russia: drone 40/-, missile 30/-'],
    ],
    ['a question', 'Russia launched 40 drones at Ukraine overnight. Did air defence bring down only 12?', ['attack 2025-05-06 russia: drone 40/-']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });
});

describe('a downing repeated by "as" and its auxiliary, the perfect\'s "had" included ("..., as had the four Kh-101s")', () => {
  const cases: [string, string, string[]][] = [
    [
      'as had, a counted definite phrase',
      'Russia launched 20 drones and four Kh-101 cruise missiles at Ukraine overnight. The air force said all 20 drones had been destroyed, as had the four Kh-101 missiles.',
      ['attack 2025-05-06 russia: drone 20/20, kh-101 4/4'],
    ],
    [
      'as had, the phrase followed by its launch participle',
      'Russia launched 30 drones and six Kalibr missiles at Ukraine overnight. The air force said 24 drones had been shot down, as had the six Kalibrs fired from ships in the Black Sea.',
      ['attack 2025-05-06 russia: drone 30/24, kalibr 6/6'],
    ],
    [
      'as had, a partitive',
      'Russia launched 20 drones and four Kh-101 cruise missiles at Ukraine overnight. The air force said 15 drones had been destroyed, as had two of the Kh-101s.',
      ['attack 2025-05-06 russia: drone 20/15, kh-101 4/2'],
    ],
    // negatives: "as had" opening a clause of its own, no weapon after it
    [
      'as had been reported',
      'Russia launched 20 drones and four Kh-101 cruise missiles at Ukraine overnight. The air force said 15 drones had been destroyed, as had been reported by the mayor.',
      ['attack 2025-05-06 russia: drone 20/15, kh-101 4/-'],
    ],
    [
      'as had happened',
      'Russia launched 20 drones at Ukraine overnight. The air force said 15 drones had been destroyed, as had happened the night before.',
      ['attack 2025-05-06 russia: drone 20/15'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });
});
