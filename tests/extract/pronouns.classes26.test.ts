/**
 * Session 26 (branch pronoun26): actor pronouns ("it", "its") resolved in step 05 (issue 10: document roles from one
 * place).
 *
 * 1. A pronoun that opens a reported clause, right after a verb of saying or after its "that", is the reporter, not a
 *    state named inside the report ("the ministry said that Ukraine had sent drones and that its air defences downed
 *    nine": the ministry's air defences).
 * 2. A capital that is the subject of a verb of saying ("Moscow said", "Moscow, for its part, claimed") is its state's
 *    government: an antecedent of "its" and "it", read as the state; a capital after a preposition ("the office in
 *    Vienna said") or a determiner is a place.
 * 3. "It" that opens a sentence before a verb of saying or of downing, after a sentence that ends in a postposed
 *    attribution (", the air force said."), is that reporter (the defender downs), not the attacker the sentence
 *    named first; a verb of launching keeps the sentence's subject.
 *
 * Every sentence is written for these tests. Negative rows: "it" a weapon, a state quoted about another, Russia's claim
 * of Ukrainian drones downed by Russia, a launch verb after the attribution, a capital as a place.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['intercepted', 'launched'], 'classes26');

describe('a pronoun that opens a reported clause is the reporter', () => {
  const cases: [string, string, string[]][] = [
    [
      'that-clause after a clause naming the other side',
      "Russia's defence ministry said on Tuesday that Ukraine had aimed drones at the Tula region and that its air defences had destroyed nine of them.",
      ['intercepted russia drone 9', 'launched ukraine drone -'],
    ],
    [
      'second that-clause, no complementiser on the first',
      'The Russian defence ministry said Ukraine had sent drones toward Crimea in the night and that its air defences had downed 11 of them.',
      ['intercepted russia drone 11', 'launched ukraine drone -'],
    ],
    // negatives: a state quoted about another, the claim of the other side's drones downed, "it" a weapon
    ['a possessive inside the report, not opening it', 'Poland said Russia had launched drones from its territory toward Ukraine.', ['launched russia drone -']],
    [
      "Russia's claim of Ukrainian drones it downed",
      "Russia's defence ministry said its air defences had destroyed 12 Ukrainian drones over the Kursk region.",
      ['intercepted russia drone 12', 'launched ukraine drone 12'],
    ],
    // (Session 28: the passive downing of "it", the one missile told before, is read too: the ministry's claim.)
    ['"it" a weapon before a passive', "Russia's defence ministry said Ukraine had fired a Neptune missile at Crimea and that it was shot down over the sea.", ['intercepted russia neptune 1', 'launched ukraine neptune 1']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a capital that speaks is its state', () => {
  const cases: [string, string, string[]][] = [
    [
      'capital, an aside, a verb of claiming',
      'Hungary stayed silent. Moscow, for its part, claimed that its air defences had destroyed seven Ukrainian drones over the Bryansk region.',
      ['intercepted russia drone 7', 'launched ukraine drone 7'],
    ],
    [
      'capital, an adverb aside, a verb of saying',
      'Poland voiced concern. Moscow, meanwhile, said its air defences had shot down 14 Ukrainian drones over the Kursk region.',
      ['intercepted russia drone 14', 'launched ukraine drone 14'],
    ],
    // negatives: a capital after a preposition, a capital as the place struck
    [
      'a capital after a preposition',
      'An office of the Energy Community Secretariat in Vienna said Russia had fired 30 drones at Ukraine and that its strikes hit power plants.',
      ['launched russia drone 30'],
    ],
    ['a capital struck, then its mayor', 'Russian drones struck Kyiv overnight. Its mayor said air defences shot down 20 drones.', ['intercepted ukraine drone 20', 'launched russia drone -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('"it" after a postposed attribution is the reporter when it reports or downs', () => {
  const cases: [string, string, string[]][] = [
    [
      'downed after an attribution to the air force',
      'Russia fired 80 drones at Ukraine overnight, the air force said. It shot down 61 drones over the east.',
      ['intercepted ukraine drone 61', 'launched russia drone 80'],
    ],
    [
      'reported downed after a launch told by the air force',
      'Russia sent 60 drones at Ukraine overnight, the Ukrainian Air Force said. It reported 45 of the drones shot down.',
      ['intercepted ukrainian-air-force drone 45', 'launched russia drone 60'],
    ],
    // negatives: a launch verb keeps the attacker; a fronted attribution is read as before
    ['a launch verb after the attribution', 'Russia launched 50 drones at Ukraine overnight, the Ukrainian Air Force said. It also fired three missiles.', ['launched russia drone 50', 'launched russia missile 3']],
    ['downed after a plain statement', "Russia launched 90 drones at Ukraine overnight, Ukraine's air force said. It shot down 70 of them.", ['intercepted ukraine drone 70', 'launched russia drone 90']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
