/**
 * Table tests of the recall classes of session 23 (branch recall23): launched, intercepted and targeted misses read
 * with `eval --verbose` over every read set (check sets 27-29 first), grouped into word classes and constructions
 * that carry to new text. Every sentence is written for these tests (none is taken from a corpus), with the real
 * gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes23');

const LEAD = 'Russia sent 80 drones at Ukraine overnight, the air force said.';

const skyRemoval: RelationCase[] = [
  // Any verb whose weapon object (or passive participle) is followed by "out of the sky/air" is a downing.
  [`${LEAD} Mobile fire groups swatted 40 of the drones out of the sky.`, ['intercepted ukrainian-air-force drone 40']],
  [`${LEAD} Gunners plucked 25 of them out of the air over Cherkasy.`, ['intercepted ukrainian-air-force drone 25']],
  [`${LEAD} Twelve of the drones were plucked out of the sky near Uman.`, ['intercepted ukrainian-air-force drone 12']],
  [`${LEAD} Air defence crews knocked 30 of them out of the sky.`, ['intercepted ukrainian-air-force drone 30']],
  // No weapon between the verb and the phrase, a negation, or a plan: nothing downed.
  [`${LEAD} One drone fell out of the sky onto a barn.`, []],
  [`${LEAD} The crews did not knock any drones out of the sky.`, []],
  [`${LEAD} The crews hope to pluck more drones out of the sky next winter.`, []],
  // A passive whose subject only names the weapons ("the tally of N drones") is the idiom of a made-up figure.
  [`${LEAD} Critics said the tally of 90 drones had been plucked out of the air.`, []],
];

const collision: RelationCase[] = [
  // A weapon as the subject of a verb of forceful motion (class collisionVerb) and a preposition of contact.
  [`${LEAD} Shortly after 2am a drone rammed into a bakery in Uman.`, ['targeted russia ukraine -', 'targeted russia uman -']],
  [`${LEAD} One of the drones smacked into a gym in Izium.`, ['targeted russia izium -', 'targeted russia ukraine -']],
  [`${LEAD} Two drones came crashing down onto a depot in Lozova.`, ['targeted russia lozova -', 'targeted russia ukraine -']],
  [`${LEAD} A drone ploughed straight into a warehouse in Fastiv.`, ['targeted russia fastiv -', 'targeted russia ukraine -']],
  // A vehicle or people as the subject, or the verb in a clause of its own after "where": no strike.
  [`${LEAD} A lorry ploughed into a bus stop in Lozova.`, ['targeted russia ukraine -']],
  [`${LEAD} Drones hit Izium, where a van rammed into a fence in Lozova.`, ['targeted russia izium -', 'targeted russia ukraine -']],
  [`${LEAD} Debris of a downed drone smashed into a roof in Uman.`, ['targeted russia ukraine -']],
];

const approach: RelationCase[] = [
  // A weapon as the subject of a verb of travel (class approachVerb) and "towards" / "in the direction of" a place.
  [`${LEAD} The drones fanned out towards Uman and Fastiv.`, ['targeted russia fastiv -', 'targeted russia ukraine -', 'targeted russia uman -']],
  [`${LEAD} The rest of the drones went towards Izium.`, ['targeted russia izium -', 'targeted russia ukraine -']],
  [`${LEAD} Two of the drones flew in the direction of Lozova.`, ['targeted russia lozova -', 'targeted russia ukraine -']],
  // People as the subject, or a modal: no strike.
  [`${LEAD} Refugees streamed towards Uman.`, ['targeted russia ukraine -']],
  [`${LEAD} The drones could fly towards Fastiv.`, ['targeted russia ukraine -']],
];

const subjectLocative: RelationCase[] = [
  // A passive subject placed by "at", "near" or "outside" (lexicon subjectLocatives) stands in that place, as with "in".
  [`${LEAD} The power plant at Burshtyn was hit overnight.`, ['targeted russia burshtyn -', 'targeted russia ukraine -']],
  [`${LEAD} A grain store near Uman was struck twice.`, ['targeted russia ukraine -', 'targeted russia uman -']],
  // A relative aside between the subject and its passive verb does not cut the subject's place off.
  [`${LEAD} A grain store near Uman, which a state firm runs, was struck twice.`, ['targeted russia ukraine -', 'targeted russia uman -']],
  // Debris or a downed weapon near a place: no hit of that place.
  [`${LEAD} Debris fell near Uman.`, ['targeted russia ukraine -']],
  [`${LEAD} A drone shot down near Uman was destroyed.`, ['targeted russia ukraine -']],
  // A rumour whose content follows a phrase of where it ran, then denied or unverified: no hit.
  [`${LEAD} Claims on Russian channels that a depot near Uman had been knocked out were rejected by the air force.`, ['targeted russia ukraine -']],
  [`${LEAD} Posts on Telegram claiming that a depot in Uman had been hit could not be verified.`, ['targeted russia ukraine -']],
];

const ownWeaponsDowned: RelationCase[] = [
  // A possessive resolved to the side that launched the weapons an anaphor names: its opponent downed them.
  ['Russia launched 70 drones at Ukraine overnight, the Ukrainian Air Force said. Its crews shot down 32 of them.', ['intercepted ukraine drone 32']],
  ['Russia launched 70 drones at Ukraine overnight, the Ukrainian Air Force said. Its gunners knocked 20 of them out of the sky.', ['intercepted ukraine drone 20']],
  // Weapons named in the downing sentence keep the side that downed them.
  ['Ukraine launched 40 drones at Russia overnight. Russian air defences shot down 30 drones over Kursk, Moscow said.', ['intercepted russia drone 30']],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['a verb with a weapon object and "out of the sky"', skyRemoval, 'intercepted'],
  ['a weapon subject of a collision verb with "into"', collision, 'targeted'],
  ['a weapon subject of a travel verb with "towards"', approach, 'targeted'],
  ['a passive subject placed by "at"/"near"', subjectLocative, 'targeted'],
  ['a possessive resolved to the launching side', ownWeaponsDowned, 'intercepted'],
];

describe.each(TABLES)('classes of session 23: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
