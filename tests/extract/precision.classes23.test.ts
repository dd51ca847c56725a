/**
 * Table tests of the false-positive classes of session 23 (branch precision23): relation FPs read with
 * `eval --verbose` over every read set, grouped into classes and counted by set (docs/history/quality.md, session 23).
 * Every sentence is written for these tests (none is taken from a corpus), with the real gazetteer. Each table has
 * rows that must give nothing more and rows that must still give the relation.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'precision23');

const classToldByItsNamedSystem: RelationCase[] = [
  // A launch verb with an uncounted class, and the same side's launch of a named system of exactly that class: one
  // launch, the named system keeps the relation (GUIDELINES: a weapon whose class is also named).
  ['Russian bombers fired a wave of cruise missiles at Ukrainian towns before dawn. According to the air force, Russia launched 38 Kh-101 cruise missiles.', ['launched russia kh-101 38']],
  ['Russia attacked Ukraine with ballistic missiles overnight. The air force said Russia fired nine Iskander-M ballistic missiles from Kursk Oblast.', ['launched russia iskander-m 9']],
  ['Cruise missiles were launched at the capital from the Caspian Sea. The barrage comprised 12 Kalibr cruise missiles, the air force said.', ['launched russia kalibr 12']],
  ['Ballistic missiles, which Russia fired from Belgorod Oblast, hit Kharkiv at dawn. Russia launched three Iskander-M ballistic missiles, the air force said.', ['launched russia iskander-m 3']],
  // A hit told of the class (not a launch verb), a counted class, a named system of another class, the other side's
  // named system, and a denied launch keep what they gave.
  ['Russia sent 50 drones at Ukraine overnight. Russian cruise missiles struck a power plant in Lviv. Russia also fired 20 Kh-101 cruise missiles.', ['launched russia cruise-missile -', 'launched russia drone 50', 'launched russia kh-101 20']],
  ['Russia fired 30 cruise missiles at Ukraine overnight. Among them were 20 Kh-101 cruise missiles.', ['launched russia cruise-missile 30']],
  ['Russia fired cruise missiles at Kharkiv overnight. Russia also launched four Iskander-M ballistic missiles.', ['launched russia cruise-missile -', 'launched russia iskander-m 4']],
  ['Russia fired cruise missiles at Odesa overnight. Ukraine fired two Neptune cruise missiles at Crimea.', ['launched russia cruise-missile -', 'launched ukraine neptune 2']],
  ['Russia did not fire cruise missiles at Lviv. Russia launched 14 Kh-101 cruise missiles at Kyiv.', ['launched russia kh-101 14']],
];

const stateOfItsSpeaker: RelationCase[] = [
  // "<state>'s <title>, <name>" condemning: the official and the state are two readings of one condemnation.
  ['Russia fired 40 drones at Kyiv overnight. Latvia\'s foreign minister, Baiba Braze, condemned the attack, calling the raids on sleeping towns "pure terror".', ['condemned person:baiba-braze russia -']],
  ['Russia fired 40 drones at Kyiv overnight. The Swedish ambassador, Erik Lundberg, condemned the strike, calling it "a war crime against civilians".', ['condemned person:erik-lundberg russia -']],
  // The state condemning in its own clause or sentence, or another state's official, stays a condemnation of its own.
  ['Russia fired 40 drones at Kyiv overnight. Germany condemned the attack, and its foreign minister, Annalena Baerbock, called it terror.', ['condemned annalena-baerbock russia -', 'condemned germany russia -']],
  ['Russia fired 40 drones at Kyiv overnight. Latvia condemned the attack. Its foreign minister, Baiba Braze, called it barbaric.', ['condemned latvia russia -', 'condemned person:baiba-braze russia -']],
  ['Russia fired 40 drones at Kyiv overnight. Poland condemned the strike, and the French president, Emmanuel Macron, called it a war crime.', ['condemned emmanuel-macron russia -', 'condemned poland russia -']],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['a class told by its named system', classToldByItsNamedSystem, 'launched'],
  ['a state and its own official condemning in one sentence', stateOfItsSpeaker, 'condemned'],
];

describe.each(TABLES)('classes of session 23 (precision): %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
