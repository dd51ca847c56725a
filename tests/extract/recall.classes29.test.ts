/**
 * Session 29 (branch recall29), issue 10: launched and intercepted recall on varied wording.
 *
 * 1. A bare whole quantifier opening an absolute clause after a weapon phrase and its comma ("25 Shahed drones, all
 *    destroyed", "two Kalibr missiles at Mykolaiv, both shot down", "..., every one destroyed", "each one shot down")
 *    stands for that phrase's whole coordinated group, as "all of them" does: each weapon downed with its own count.
 *    Not when no weapon phrase stands before the comma ("hit three warehouses, all destroyed"), nor with a negative
 *    quantifier or a verb of launch or of hitting.
 * 2. A whole told by its class and downed whole ("all six were shot down", "every one of the nine was destroyed")
 *    goes with its breakdown told after the class ("six missiles, four Kh-101s and two Kalibrs,", "nine drones:
 *    seven Shaheds and two Orlan-10s"): each named member is downed with its own count, when every member has a
 *    count, shares the class's head noun and the counts sum to the whole. Not for a part of the whole, nor when the
 *    counts do not add up.
 *
 * Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

type Case = [name: string, text: string, expected: string[]];

const absoluteCases: Case[] = [
  ['", all destroyed" after a counted named weapon and its target', 'Russia launched 25 Shahed drones at Kharkiv overnight, all destroyed.', ['intercepted ukraine shahed-136 25', 'launched russia shahed-136 25']],
  ['", both shot down" after two missiles', 'Russia fired two Kalibr missiles at Mykolaiv, both shot down.', ['intercepted ukraine kalibr 2', 'launched russia kalibr 2']],
  ['", every one destroyed" after a coordinated list', 'The southern command gave its tally: three Orlan-10 drones and five Lancet drones, every one destroyed.', ['intercepted defence-forces-of-the-south-of-ukraine lancet 5', 'intercepted defence-forces-of-the-south-of-ukraine orlan-10 3', 'launched russia lancet 5', 'launched russia orlan-10 3']],
  ['", each one shot down" before another launched weapon', 'Russia sent 12 Shahed drones, each one shot down, and two Kh-59 missiles.', ['intercepted ukraine shahed-136 12', 'launched russia kh-59 2', 'launched russia shahed-136 12']],
  // negatives
  ['no weapon phrase before the comma', 'Russian drones hit three warehouses in Lviv, all destroyed.', ['launched russia drone -']],
  ['a negative quantifier', 'Russia launched 25 Shahed drones at Kharkiv overnight, none destroyed.', ['launched russia shahed-136 25']],
  ['a participle of launch', 'Russia used 25 Shahed drones overnight, all launched from the Kursk region.', ['launched russia shahed-136 25']],
  ['a relative clause of hitting', 'Russia launched 25 Shahed drones at Kharkiv overnight, all of which hit their targets.', ['launched russia shahed-136 25']],
];

const breakdownCases: Case[] = [
  ['"all six" after a breakdown in an apposition', 'Russia fired six missiles at Dnipro before dawn, four Kh-101 cruise missiles and two Kalibr cruise missiles, and all six were shot down.', ['intercepted ukraine kalibr 2', 'intercepted ukraine kh-101 4', 'intercepted ukraine missile 6', 'launched russia kalibr 2', 'launched russia kh-101 4', 'launched russia missile 6']],
  ['"every one of the nine" after a breakdown after a colon', 'The air force said Russia had sent nine drones over the south: seven Shahed-136 drones and two Orlan-10 drones. Every one of the nine was destroyed.', ['intercepted ukrainian-air-force drone 9', 'intercepted ukrainian-air-force orlan-10 2', 'intercepted ukrainian-air-force shahed-136 7', 'launched russia drone 9', 'launched russia orlan-10 2', 'launched russia shahed-136 7']],
  // (held before: the members' counts and the whole's make the sum that rule 3 of passiveObjects reads)
  ['"all 16" after a breakdown', 'Russia launched 16 drones at Odesa: 12 Shahed drones and four Lancet drones. All 16 were shot down.', ['intercepted ukraine drone 16', 'intercepted ukraine lancet 4', 'intercepted ukraine shahed-136 12', 'launched russia drone 16', 'launched russia lancet 4', 'launched russia shahed-136 12']],
  // negatives
  ['counts that do not add up to the whole', 'Russia launched 16 drones at Odesa: 12 Shahed drones and two Lancet drones. All 16 were shot down.', ['intercepted ukraine drone 16', 'launched russia drone 16', 'launched russia lancet 2', 'launched russia shahed-136 12']],
  ['a part of the whole', 'Russia launched 16 drones at Odesa: 12 Shahed drones and four Lancet drones. Ten were shot down.', ['intercepted ukraine drone 10', 'launched russia drone 16', 'launched russia lancet 4', 'launched russia shahed-136 12']],
  ['none of the whole', 'Russia launched 16 drones at Odesa: 12 Shahed drones and four Lancet drones. None of the 16 was shot down.', ['launched russia drone 16', 'launched russia lancet 4', 'launched russia shahed-136 12']],
];

describe('a bare whole quantifier opening an absolute clause after weapons stands for all of them (session 29)', () => {
  it.each(absoluteCases)('%s', (_name, text, expected) => {
    expect(relationsFound(text, ['launched', 'intercepted'])).toEqual(expected);
  });
});

describe('a whole told by its class and downed whole goes with its breakdown (session 29)', () => {
  it.each(breakdownCases)('%s', (_name, text, expected) => {
    expect(relationsFound(text, ['launched', 'intercepted'])).toEqual(expected);
  });
});
