/**
 * Table tests of the error classes of session 18, found on check set 21 (spent this session) and written as sentences
 * of my own (none is taken from a corpus), with the real gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'session18');

const months: RelationCase[] = [
  // The month "May" next to a day number is no modal verb.
  ['On 12 May Russia fired 30 drones at Sumy.', ['launched russia drone 30']],
  ['May 12: Russia fired 30 drones at Sumy.', ['launched russia drone 30']],
  ['Early on 12 May the enemy attacked Sumy with 30 drones.', ['launched russia drone 30']],
  // The modal still makes a launch a possibility only.
  ['Russia may fire 30 drones at Sumy tonight.', []],
  ['May Russia fire drones at Sumy again? Nobody knows.', []],
];

const participles: RelationCase[] = [
  // A participle right after a preposition modifies the place: the aim after it still counts.
  ['Russia fired four Kalibr missiles from occupied Crimea at Mykolaiv.', ['targeted russia mykolaiv -']],
  ['Russia launched 20 drones from the occupied south at Zaporizhzhia.', ['targeted russia zaporizhzhia -']],
  // An "-ed" modifier after a possessive or an article inside the object phrase does not end it.
  ["Two missiles hit the utility's combined heat and power plant in Sumy.", ['targeted russia sumy -']],
  ['A drone hit the reinforced shelter in Nikopol.', ['targeted russia nikopol -']],
  // A verb of its own after the weapons still ends the phrase that can name the aim.
  ['Russia fired drones produced at a plant in Yelabuga.', []],
  // "-ed" after a noun is the next clause's verb: the houses it damaged are not the object's place.
  ['Russia fired drones overnight, and the debris damaged houses in Sumy.', []],
]

const TABLES: [string, RelationCase[], Predicate][] = [
  ['the month May is no modal', months, 'launched'],
  ['participles inside place phrases', participles, 'targeted'],
];

describe.each(TABLES)('session 18: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
