/**
 * Table tests of session 24 (branch precision24): an uncounted bare class (the head noun alone: "drones", "missiles")
 * told by the same side and predicate as a named weapon of that head (a headline's "Russia pounds Ukraine with
 * drones", a hit clause "two drones hit a shop", an agentless "every drone was shot down") is that named weapon told
 * less precisely, not a relation of its own (GUIDELINES: a weapon whose class is also named gives the relation to the
 * named system). Every sentence is written for these tests (none is taken from a corpus), with the real gazetteer.
 * Negative rows: a class stated apart (with its side's demonym, beside another bare class), a launch verb of the body
 * (an earlier night's launch), a unit's own downing told by an active verb, a denial.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes24');

const bareClassOfNamed: RelationCase[] = [
  // The bare class restates the named weapon: the named weapon alone stays.
  ['Russia pounds Ukraine with drones and cruise missiles\n\nRussia launched 37 Shahed drones and five Kh-101 cruise missiles at Ukraine overnight, the air force said.', ['launched russia kh-101 5', 'launched russia shahed-136 37']],
  ['Russia launched 26 Shahed drones at Ukraine overnight, the air force said. Three drones crashed into a warehouse in Kremenchuk.', ['launched russia shahed-136 26']],
  ['Russia launched 40 Shahed drones at Ukraine overnight, the air force said. In Sumy, two drones hit a shop.', ['launched russia shahed-136 40']],
  ['Russia launched 30 Shahed drones at Ukraine overnight, and air defences shot down 24 Shahed drones, the air force said. Every drone heading for Kyiv had been shot down, the city administration said.', ['intercepted ukrainian-air-force shahed-136 24', 'launched russia shahed-136 30']],
  // A class stated apart: beside another bare class, with its side's demonym, by a launch verb of the body.
  ['Russia launched 26 Shahed drones at Ukraine overnight, the air force said. Russian missiles and drones had hit Kharkiv a week earlier.', ['launched russia drone -', 'launched russia missile -', 'launched russia shahed-136 26']],
  ['Russia launched 26 Shahed drones at Ukraine overnight, the air force said. Russian drones hit a depot in Lozova.', ['launched russia drone -', 'launched russia shahed-136 26']],
  ['Russia launched 26 Shahed drones at Ukraine overnight, the air force said. Last month Russia had also launched drones at Odesa.', ['launched russia drone -', 'launched russia shahed-136 26']],
  // A unit's own downing told by an active verb; a denial.
  ['Russia launched 30 Shahed drones at Ukraine overnight, and air defences shot down 24 Shahed drones, the air force said. A mobile fire group of the Territorial Defense Forces shot down a drone near Bucha.', ['intercepted territorial-defense-forces-of-ukraine drone -', 'intercepted ukrainian-air-force shahed-136 24', 'launched russia shahed-136 30']],
  ['Russia launched 26 Shahed drones at Ukraine overnight, the air force said. No drone hit the city, the mayor said.', ['launched russia shahed-136 26']],
];

describe('classes of session 24: a bare class told beside a named weapon of its head', () => {
  it.each(bareClassOfNamed)('%s', (text, expected) => {
    expect(found(text, ['launched', 'intercepted'])).toEqual(expected);
  });
});
