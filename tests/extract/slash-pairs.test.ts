/**
 * Slash pairs of designations ("Kh-59/69", "Shahed-136/131", "KN-23/24") with the real gazetteer: the pair mentions
 * both systems (step 02, `siblingDesignation`), both mentions span the pair, and the relation rules read the first
 * designation, the one the gold sets take ("Kh-59/69" is an alias of Kh-59). Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { makeDoc } from './helpers.ts';

/** The relations of a text as "predicate subject object count" lines, sorted. */
function relations(text: string): string[] {
  const out = extractDocument(makeDoc(text));
  return out.relations.map((r) => `${r.predicate} ${r.subject} ${r.object} ${r.count ?? '-'}`).sort();
}

/** The weapon entities of a text. */
function weapons(text: string): string[] {
  return extractDocument(makeDoc(text)).entities.filter((e) => e.type === 'WeaponSystem' && !e.generic).map((e) => e.id).sort();
}

const cases: Array<[string, string[], string[]]> = [
  ['Russia launched 12 Kh-59/69 missiles at Odesa overnight.', ['kh-59', 'kh-69'], ['launched russia kh-59 12', 'targeted russia odesa -']],
  ['Russia sent 30 Shahed-136/131 drones against Kharkiv overnight.', ['shahed-131', 'shahed-136'], ['launched russia shahed-136 30', 'targeted russia kharkiv -']],
  // Two names of one class joined by a glued slash are alternatives: the relation goes to the first, as after "or".
  ['Russia fired two Iskander-M/KN-23 ballistic missiles at Kharkiv overnight.', ['iskander-m', 'kn-23'], ['launched russia iskander-m 2', 'targeted russia kharkiv -']],
];

// No pair: a number the gazetteer has no sibling for, or spaces around the slash. The first designation keeps its
// count; the number after the slash is not read as a system (what else it gives is not pinned here).
const noPair: Array<[string, string[], string[]]> = [
  ['Russia launched 12 Kh-59/99 missiles at Odesa overnight.', ['kh-59'], ['launched russia kh-59 12', 'targeted russia odesa -']],
  ['Russia launched 12 Kh-59 / 69 missiles at Odesa overnight.', ['kh-59'], ['launched russia kh-59 12', 'targeted russia odesa -']],
];

describe('slash pairs of designations', () => {
  it.each(cases)('%s', (text, systems, expected) => {
    expect(weapons(text)).toEqual(systems);
    expect(relations(text)).toEqual(expected);
  });
  it.each(noPair)('no pair: %s', (text, systems, expected) => {
    expect(weapons(text)).toEqual(systems);
    expect(relations(text)).toEqual(expect.arrayContaining(expected));
  });
});
