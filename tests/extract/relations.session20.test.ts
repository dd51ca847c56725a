/**
 * Table tests of the error classes of session 20, found on check sets 23 and 24 (read and spent this session) and
 * written as sentences of my own (none is taken from a corpus), with the real gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'session20');

const destroyedInPlace: RelationCase[] = [
  // An agentless passive of a verb of both classes ("destroyed") strikes a subject that stands in a place.
  ['Russia sent 50 drones at Kyiv Oblast. A barn in the Obukhiv district was destroyed.', ['targeted russia kyiv-oblast -', 'targeted russia obukhiv-raion -']],
  ['Russia sent 50 drones at Kyiv Oblast. The roof of a clinic in Bila Tserkva was destroyed overnight.', ['targeted russia bila-tserkva -', 'targeted russia kyiv-oblast -']],
  // A downed weapon, a part of weapons told before, or a number is an interception's subject, never a target.
  ['Russia sent 50 drones at Kyiv Oblast. Twelve drones over the Obukhiv district were destroyed.', ['targeted russia kyiv-oblast -']],
  ['Russia sent 50 drones at Kyiv Oblast. The rest in the Obukhiv district were destroyed.', ['targeted russia kyiv-oblast -']],
  ['Russia sent 50 drones at Kyiv Oblast. Most of them in the Obukhiv district were destroyed.', ['targeted russia kyiv-oblast -']],
  // Nothing placed in the subject: no target.
  ['Russia sent 50 drones at Kyiv Oblast. The bridge was destroyed.', ['targeted russia kyiv-oblast -']],
];

const placedMainTarget: RelationCase[] = [
  // "X was the main target" where X stands in a place: the place, also past an apposition or a reporting aside.
  ['Russia fired 20 missiles overnight. The refinery in Kremenchuk was the main target.', ['targeted russia kremenchuk -']],
  ['Russia fired 20 missiles overnight. The depot in Kremenchuk, officials said, was the principal target.', ['targeted russia kremenchuk -']],
  ['Russia fired 20 missiles overnight. The grain terminal in Izmail, a port on the Danube that ships most of the harvest, was the chief target.', ['targeted russia izmail -']],
  // A present or a modal tells what may come.
  ['Russia fired 20 missiles overnight. The refinery in Kremenchuk is a likely target.', []],
  ['Russia fired 20 missiles overnight. The refinery in Kremenchuk could be the next target.', []],
  // A weapon in the subject is no place attacked.
  ['Russia fired 20 missiles overnight. Drones over Odesa were the main target of the gunners.', []],
];

const frontedAside: RelationCase[] = [
  // "In X, in (neighbouring) Y, ...": the aside that locates the fronted place is a place attacked too.
  ['Russia launched 70 drones overnight. In Shostka, in neighbouring Sumy Oblast, drones hit a depot.', ['targeted russia shostka -', 'targeted russia sumy-oblast -']],
  ['Russia launched 70 drones overnight. In Fastiv, in the Kyiv region, a drone struck a warehouse.', ['targeted russia fastiv -', 'targeted russia kyiv-oblast -']],
  // An aside of time or manner is no place.
  ['Russia launched 70 drones overnight. In Shostka, in the early hours, drones hit a depot.', ['targeted russia shostka -']],
  // Debris still marks no target.
  ['Russia launched 70 drones overnight. In Shostka, in neighbouring Sumy Oblast, debris fell on a depot.', []],
];

const partOfCountedWhole: RelationCase[] = [
  // A name told as part of a counted class ("most of them Shaheds", "mainly Kh-101s") leaves a later anaphor with
  // the class.
  ['Russia launched 90 attack drones, most of them Shaheds, at Ukraine. Air defence shot down 70 of the drones.', ['intercepted ukraine attack-drone 70']],
  ['Russia launched 30 cruise missiles, mainly Kh-101s, at Ukraine. Air defence shot down 25 of the missiles.', ['intercepted ukraine cruise-missile 25']],
  // A name counted alone stays the anaphor's antecedent.
  ['Russia launched 30 Shaheds at Ukraine. Air defence shot down 25 of the drones.', ['intercepted ukraine shahed-136 25']],
  // No comma, no apposition: the name is the antecedent.
  ['Russia launched 30 Kh-101 cruise missiles at Ukraine. Air defence shot down 25 of the missiles.', ['intercepted ukraine kh-101 25']],
];

const pastReportAsides: RelationCase[] = [
  // "as were ..." after a reporting aside goes on with the downing, every item of its list.
  [
    'Russia fired ten Kh-101s, four Kalibrs and two Kinzhals. Eight of the ten Kh-101s were shot down, the air force said, as were three of the four Kalibrs and one of the two Kinzhals.',
    ['intercepted ukrainian-air-force kalibr 3', 'intercepted ukrainian-air-force kh-101 8', 'intercepted ukrainian-air-force kinzhal 1'],
  ],
  // A pronoun part as the subject, the aside between it and its verb.
  ['Russia fired four Kh-59 missiles at the port. Three of them, the governor said, were shot down over the bay.', ['intercepted ukraine kh-59 3']],
  // A denied downing past the aside is still denied.
  ['Russia fired four Kh-59 missiles at the port. None of them, the governor said, were shot down.', []],
];

const observersAimNothing: RelationCase[] = [
  // Who records or detects weapons aimed at a place is no attacker of it.
  ['Russia launched 40 drones overnight. The air force also detected three Iskander-M missiles aimed at Poltava.', ['targeted russia poltava -']],
  ['Russia launched 40 drones overnight. The air force also tracked four Kh-101s fired at Lutsk.', ['targeted russia lutsk -']],
  // A pronoun that reports is no place: "in six places, it added".
  ['Russia launched 40 drones at Ukraine. Blasts were recorded in a dozen places, it added.', ['targeted russia ukraine -']],
];

const remainderParts: RelationCase[] = [
  // "the other two missiles" after four named ones is a part of them, not two missiles of a new kind.
  ['Russia fired four Iskander-M missiles at Sumy Oblast. Two hit Sumy. The other two missiles were aimed at Konotop.', ['launched russia iskander-m 4']],
  // A number with no remainder word and another count is new weapons.
  ['Russia fired four Iskander-M missiles at Sumy Oblast. Two missiles were aimed at Konotop.', ['launched russia iskander-m 4', 'launched russia missile 2']],
];

const codeBeforeClassNoun: RelationCase[] = [
  // A class written as a capitalised code before a class noun of its own kind is one weapon.
  ['Russian aircraft struck Kherson with KAB glide bombs overnight.', ['launched russia guided-aerial-bomb -']],
  // Two classes in plain words are two weapons.
  ['Russian aircraft struck Kherson with guided bombs and glide bombs overnight.', ['launched russia glide-bomb -', 'launched russia guided-aerial-bomb -']],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['a code before a class noun of its kind', codeBeforeClassNoun, 'launched'],
  ['past a reporting aside: "as were", a pronoun part', pastReportAsides, 'intercepted'],
  ['observers aim nothing; a reporting pronoun is no place', observersAimNothing, 'targeted'],
  ['the other N: a part of the weapons told before', remainderParts, 'launched'],
  ['a locative aside after a fronted place', frontedAside, 'targeted'],
  ['a name told as part of a counted class', partOfCountedWhole, 'intercepted'],
  ['destroyed with no agent: a thing placed in X', destroyedInPlace, 'targeted'],
  ['a placed subject is the main target', placedMainTarget, 'targeted'],
];

describe.each(TABLES)('session 20: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
