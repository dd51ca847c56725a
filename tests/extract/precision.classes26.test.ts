/**
 * Session 26 (branch precision26): spurious relations.
 *
 * 1. A launch whose firing side the article never refers to: an interception report that names no attacker ("Air
 *    defence crews downed 27 drones over the south, the air force said") gave on main a launched relation from the
 *    lexicon's default attacker (rule launched:event-line; a launch verb's own rule is left as it was).
 *    A relation joins entities the article mentions (GUIDELINES), so none is made; the interception stays. The side
 *    counts as referred to when a mention names it or when a noun for the attacking side stands for it ("the
 *    enemy", "the aggressor"). Negatives (the launch still comes out): the
 *    attacker named in the same or another sentence, by a demonym, by its capital, or by "the enemy".
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

describe('no launch from a side the article never refers to', () => {
  const cases: [string, string, string[]][] = [
    ['downing with a count, air force claim', 'Air defence crews downed 27 drones over the south, the air force said on Monday.', []],
    ['named system downed, no attacker', 'Gunners in the Odesa region took out 14 Shahed drones before dawn, officials reported.', []],
    ['nominal downing of two classes', 'The air force reported the destruction of 19 drones and two cruise missiles on Friday.', []],
    ['passive downing', 'Eleven cruise missiles were brought down over central Ukraine, the air force said.', []],
    // negatives: the side is referred to, and the launch comes out beside the interception
    ['attacker named in another sentence', 'Russia attacked the south overnight. Air defence crews downed 27 drones over the region, the air force said.', ['launched russia drone -']],
    ['attacker by a demonym', 'Air defence crews downed 27 Russian drones over the south, the air force said on Monday.', ['launched russia drone 27']],
    ['attacker by its capital', 'Moscow sent drones at the south overnight. Air defence crews downed 27 of them, the air force said.', ['launched russia drone -']],
    ['attacker as "the enemy"', 'The enemy attacked the south at night. Air defence crews downed 27 drones over the region, the air force said.', ['launched russia drone -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsFound(text, ['launched'])).toEqual(expected);
  });

  it('the interception itself stays when no attacker is named', () => {
    expect(relationsFound('Air defence crews downed 27 drones over the south, the air force said on Monday.', ['intercepted'])).toEqual(['intercepted ukrainian-air-force drone 27']);
    expect(relationsFound('Eleven cruise missiles were brought down over central Ukraine, the air force said.', ['intercepted']).length).toBe(1);
  });
});
