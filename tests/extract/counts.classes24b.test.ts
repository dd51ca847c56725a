/**
 * Session 24 (branch numbers24b): launch counts told without a launch verb, by a verb that gives a number (WordNet's
 * "total, number, amount": lexicon countVerbs and launchConstructions). Two constructions: an attack noun as the
 * subject with the counted weapons as object ("the first wave numbered 52 drones"), and the weapons themselves as the
 * subject with the figure after the verb ("drones numbered 120"), where a plural noun of downing as the head
 * ("drone interceptions numbered 83") counts downings instead. Every sentence is written for these tests; negative
 * rows count people, buildings, nights, strikes, and hold a question, a denial and a forecast.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { eventBrief, eventsOf, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes24b');
const PUBLISHED = '2025-05-06';

describe('a verb of number after an attack noun counts the weapons it names', () => {
  const cases: [string, string, string[]][] = [
    [
      'numbered N weapons',
      'Russia sent drones against Ukraine overnight, the air force said. The first wave numbered 52 drones. Of those, 40 were shot down.',
      ['attack 2025-05-06 russia: drone 52/40'],
    ],
    ['totalled N weapons', 'Russia sent missiles against Ukraine overnight, the air force said. The attack totalled 16 cruise missiles.', ['attack 2025-05-06 russia: cruise-missile 16/-']],
    ['amounted to N and M weapons', 'Russia attacked Kyiv overnight. The barrage amounted to 30 drones and six missiles, officials said.', ['attack 2025-05-06 russia: drone 30/-, missile 6/-']],
    // negatives: people, buildings, a forecast
    ['a count of people', 'Russia attacked Kharkiv with drones overnight. The wounded numbered 14.', ['attack 2025-05-06 russia: drone -/-']],
    ['a forecast', 'Russia attacked Kharkiv with drones overnight. Officials fear the next wave will total 200 drones.', ['attack 2025-05-06 russia: drone -/-']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });
});

describe('weapons as the subject of a verb of number are launched that many times (launched:counted-subject)', () => {
  const cases: [string, string, string[]][] = [
    [
      'bare plural, figure then an aside',
      'Russia attacked Ukraine overnight, the air force said on Sunday. Drones numbered 120, twice the usual figure. Of the drones, 100 were downed.',
      ['attack 2025-05-04 russia: drone 120/100'],
    ],
    ['definite plural, totalled', 'Russia attacked Lviv overnight. The cruise missiles totalled 9 by the air force count, and all were shot down.', ['attack 2025-05-06 russia: cruise-missile 9/9']],
    // negatives: buildings, nights, downings, a question, a denial
    ['a count of buildings', 'Russia attacked Kharkiv with drones overnight. Damaged buildings totalled 30.', ['attack 2025-05-06 russia: drone -/-']],
    ['a count of nights', 'Russia attacked Kharkiv with drones overnight. The nights without an alert numbered only 3 this month.', ['attack 2025-05-06 russia: drone -/-']],
    ['a question', 'Russia attacked Kharkiv with drones overnight. Was it true that the drones numbered 50?', ['attack 2025-05-06 russia: drone -/-']],
    ['a denial', 'Russia attacked Kharkiv with drones overnight. The governor denied that the drones numbered 50.', ['attack 2025-05-06 russia: drone -/-']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });

  it.each([
    // a plural noun of downing as the head counts the weapons downed (intercepted:counted-noun), not launched
    ['interceptions numbered N', 'Russia attacked Kharkiv with drones overnight. Drone interceptions numbered 83.', ['attack 2025-05-06 russia: drone -/83']],
    ['interceptions totalled N, of one weapon of two', 'Russia attacked Kharkiv with drones and missiles overnight. Missile interceptions totalled 12, the air force said.', ['attack 2025-05-06 russia: drone -/-, missile -/12']],
    // negatives: a noun of strikes, a question, a denial
    ['a count of strikes', 'Russia attacked Kharkiv with drones overnight. Drone strikes numbered 12 this week.', ['attack 2025-05-06 russia: drone -/-']],
    ['a question of downings', 'Russia attacked Kharkiv with drones overnight. Did drone interceptions number 83?', ['attack 2025-05-06 russia: drone -/-']],
    ['a denial of downings', 'Russia attacked Kharkiv with drones overnight. The governor denied that drone interceptions numbered 83.', ['attack 2025-05-06 russia: drone -/-']],
  ])('%s', (_name, text, expected) => {
    expect(eventsOf(text as string, PUBLISHED).map(eventBrief)).toEqual(expected);
  });

  it('the relation carries the count', () => {
    expect(found('Russia attacked Ukraine overnight. Drones numbered 120, the air force said.', ['launched'])).toContain('launched russia drone 120');
  });
});
