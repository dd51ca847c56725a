/**
 * Table tests of the error classes of session 22 (branch relations22): launched, intercepted and targeted misses and
 * false positives read with `eval --verbose` over every read set, grouped into classes and ranked by the number of
 * sets each class occurs in. Every sentence is written for these tests (none is taken from a corpus), with the real
 * gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes22');

const waveFillers: RelationCase[] = [
  // Decoys named without a figure beside a counted wave of their head noun are part of the wave, no weapon of their own.
  ['Russia sent 140 attack drones, Shaheds and decoys among them, at Ukraine overnight.', ['launched russia attack-drone 140', 'launched russia shahed-136 -']],
  ['Russia sent 300 attack drones and decoys at Ukraine overnight.', ['launched russia attack-drone 300']],
  ['Russia sent 140 attack drones, Shaheds and decoys, together with two Iskander-M ballistic missiles.', ['launched russia attack-drone 140', 'launched russia iskander-m 2', 'launched russia shahed-136 -']],
  // Counted decoys, decoys without a counted wave, and a named decoy type keep their relation.
  ['Russia sent 60 decoy drones at Ukraine overnight.', ['launched russia decoy-drone 60']],
  ['Russia sent 200 attack drones and 80 decoys at Ukraine overnight.', ['launched russia attack-drone 200', 'launched russia decoy-drone 80']],
  ['Russia sent drones in larger waves, mixing decoys with armed ones.', ['launched russia decoy-drone -', 'launched russia drone -']],
  ['Russia sent 90 Shahed and Gerbera drones at Ukraine overnight.', ['launched russia drone 90', 'launched russia gerbera -', 'launched russia shahed-136 -']],
];

const typedMixedWave: RelationCase[] = [
  // "N <class> of the <name> type" joined to the rest of a mixed wave: the class counts the wave, the type is named.
  ['Russia sent 120 drones of the Shahed type and decoys at Ukraine.', ['launched russia drone 120', 'launched russia shahed-136 -']],
  ['Fifty strike drones of the Shahed type, mixed with decoys, were sent across the border.', ['launched russia attack-drone 50', 'launched russia shahed-136 -']],
  ['Russia used 170 drones of the Shahed type and of other types overnight.', ['launched russia drone 170', 'launched russia shahed-136 -']],
  // A typed class alone keeps the count on the type (the tallies' reading), and so does one joined to another weapon.
  ['Russia sent 108 attack drones of the Shahed type at Ukraine overnight.', ['launched russia shahed-136 108']],
  ['Russia sent 108 drones of the Shahed type and two Iskander-M missiles at Ukraine.', ['launched russia iskander-m 2', 'launched russia shahed-136 108']],
];

const typedMixedWaveDowned: RelationCase[] = [
  // The part downed later is a part of the wave's class.
  ['Russia used 170 drones of the Shahed type and of other types. The air force shot down 139 of the drones.', ['intercepted ukraine drone 139']],
  ['Russia sent 120 drones of the Shahed type, together with decoys. Of those, 100 were shot down.', ['intercepted ukraine drone 100']],
  // A typed class alone stays the antecedent.
  ['Russia sent 108 drones of the Shahed type at Ukraine. The air force shot down 90 of the drones.', ['intercepted ukraine shahed-136 90']],
];

const knockedOut: RelationCase[] = [
  // "knock out" (WordNet: eliminate) with a weapon as what it puts out of action: air defence downing it.
  ['Russia sent 50 drones at Ukraine overnight. Air defence knocked out 40 drones.', ['intercepted ukraine drone 40']],
  ['Russia sent 50 drones at Ukraine overnight. Mobile fire groups knocked out 12 of the drones over Kharkiv.', ['intercepted ukraine drone 12']],
  // Power, a building, or a failed attempt: no interception.
  ['Russia sent 50 drones at Ukraine overnight. The strikes knocked out power in Kharkiv.', []],
  ['Russia sent 50 drones at Ukraine overnight. A drone knocked out a substation in Lozova.', []],
  ['Russia sent 50 drones at Ukraine overnight. Air defence failed to knock out the drones.', []],
];

const cameDownNear: RelationCase[] = [
  // A weapon that came down on, in, next to or near a site hit the place of that site.
  ['Russia sent 50 drones at Ukraine. An Iskander-M came down next to a school in Izium.', ['targeted russia izium -', 'targeted russia ukraine -']],
  ['Russia sent 50 drones at Ukraine. The missile landed near a clinic in the Podilskyi district.', ['targeted russia podilskyi-district -', 'targeted russia ukraine -']],
  ['Russia sent 50 drones at Ukraine. Strikes came down on a depot in Lozova.', ['targeted russia lozova -', 'targeted russia ukraine -']],
  // Debris, a downed weapon, or a landing denied: no hit.
  ['Russia sent 50 drones at Ukraine. Debris came down next to a school in Izium.', ['targeted russia ukraine -']],
  ['Russia sent 50 drones at Ukraine. A downed drone came down near a house in Lozova.', ['targeted russia ukraine -']],
  ['Russia sent 50 drones at Ukraine. The missile did not land near Izium.', ['targeted russia ukraine -']],
];

const landmarks: RelationCase[] = [
  // A park, a square or a street inside a town locates a hit; it is never the place attacked.
  ['Russia sent 50 drones at Ukraine. A missile landed beside a fountain in Shevchenko Park.', ['targeted russia ukraine -']],
  ['Russia sent 50 drones at Ukraine. A missile struck a cafe in Shevchenko Park.', ['targeted russia ukraine -']],
  // A district or a town is.
  ['Russia sent 50 drones at Ukraine. A missile struck a cafe in the Podilskyi district.', ['targeted russia podilskyi-district -', 'targeted russia ukraine -']],
];

const restatedByPart: RelationCase[] = [
  // "Most of the drones were Shaheds": a part of the whole told again as a definite class, restated by its types.
  ['Russia sent 90 drones at Ukraine overnight. Most of the drones were Shaheds.', ['launched russia drone 90', 'launched russia shahed-136 -']],
  ['Russia sent 90 drones at Ukraine overnight. Nearly all of the drones were Shahed drones, the rest decoys.', ['launched russia drone 90', 'launched russia shahed-136 -']],
  // A restatement by class only, or a part of something else, names no type.
  ['Russia sent 90 drones at Ukraine overnight. Most of the drones were decoys without warheads.', ['launched russia drone 90']],
  ['Russia sent 90 drones at Ukraine overnight. Most of the wreckage was Shahed parts, investigators said.', ['launched russia drone 90']],
];

const allButBare: RelationCase[] = [
  // (Lead.) "All but N" with no "of them" after it: the whole of the earlier counted weapon less N, as "all but N of them".
  ['Russia sent 40 Shahed drones at Ukraine overnight. All but two were shot down.', ['intercepted ukraine shahed-136 38']],
  ['Russia sent 40 Shahed drones at Ukraine overnight. Air defence shot down all but three of them.', ['intercepted ukraine shahed-136 37']],
  ['Russia sent Shahed drones at Ukraine overnight. All but two were shot down.', ['intercepted ukraine shahed-136 -']],
  // Two counted weapons: which got through is not said, so each is downed without a count.
  ['Russia sent 40 Shahed drones and five Kalibr missiles at Ukraine. All but two were shot down.', ['intercepted ukraine kalibr -', 'intercepted ukraine shahed-136 -']],
  // A bare number with no "all but" stays the part it names; "all" alone is the whole.
  ['Russia sent 40 Shahed drones at Ukraine overnight. Two were shot down.', ['intercepted ukraine shahed-136 2']],
  ['Russia sent 40 Shahed drones at Ukraine overnight. All were shot down.', ['intercepted ukraine shahed-136 40']],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['a part of a definite class restated by its types', restatedByPart, 'launched'],
  ['a weapon that came down next to a site', cameDownNear, 'targeted'],
  ['a landmark inside a town', landmarks, 'targeted'],
  ['a weapon knocked out', knockedOut, 'intercepted'],
  ['decoys beside a counted wave', waveFillers, 'launched'],
  ['a typed class of a mixed wave', typedMixedWave, 'launched'],
  ['a typed class of a mixed wave, then downed', typedMixedWaveDowned, 'intercepted'],
  ['all but N, with no "of them"', allButBare, 'intercepted'],
];

describe.each(TABLES)('classes of session 22: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
