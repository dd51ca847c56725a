/**
 * Table tests of session 24 (branch requested24): requests and condemnations on varied wording. (1) A verb of asking
 * for or of condemning (classes requestVerb, condemnVerb: "pestered", "lobbied", "implored", "deplored",
 * "lambasted") after an unknown two-word name cues a person, as a speech verb does. (2) "the use of <weapon>" (a noun
 * of the launch class with "of" and a weapon) names the act that a call or a description judges. (3) ", and" opening
 * a clause with its own subject ends the object of a condemnation verb. Every sentence is written for these tests
 * (none is taken from a corpus), with the real gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes24');

const LEAD = 'Russian missiles hit a hospital in Kharkiv overnight. ';

const stanceVerbNames: RelationCase[] = [
  // An unknown name before a verb of asking for or of condemning is a person (with or without an auxiliary).
  [`${LEAD}Ostap Hrytsenko pestered the Ministry of Defence for Gepard guns.`, ['requested person:ostap-hrytsenko gepard -']],
  [`${LEAD}Ostap Hrytsenko has lobbied the Ministry of Defence for IRIS-T launchers.`, ['requested person:ostap-hrytsenko iris-t -']],
  [`${LEAD}Ostap Hrytsenko implored the government for more NASAMS.`, ['requested person:ostap-hrytsenko nasams -']],
  [`${LEAD}Marta Lindqvist deplored the attack on the hospital.`, ['condemned person:marta-lindqvist russia -']],
  [`${LEAD}Marta Lindqvist lambasted the strike on the hospital.`, ['condemned person:marta-lindqvist russia -']],
  // Negative rows: a noun of the class ("appeal") is no verb; a title ending after a preposition is no name; a
  // denial and a question stay what they are.
  [`${LEAD}The Ostap Hrytsenko appeal for Gepard guns was read out in court.`, []],
  [`${LEAD}The Minister for Foreign Affairs deplored the attack on the hospital.`, []],
  [`${LEAD}Ostap Hrytsenko denied that he had pestered the ministry for Gepard guns.`, []],
  [`${LEAD}Has Ostap Hrytsenko lobbied the ministry for IRIS-T launchers?`, []],
];

const useOfWeapon: RelationCase[] = [
  // "called/described the use of W ... a judgement": the use of a weapon is the act judged, its user the doer.
  [`${LEAD}Finland's foreign minister, Elina Valtonen, called Russia's use of the Iranian-made attack drones against sleeping patients "a war crime".`, ['condemned person:elina-valtonen russia -']],
  [`${LEAD}The delegate of Austria described the use of cluster munitions in a crowded market as "indefensible under international law".`, ['condemned austria russia -']],
  [`${LEAD}The envoy of Austria called the use of guided bombs against a city of a million people "an atrocity".`, ['condemned austria russia -']],
  // Negative rows: a judgement that condemns nothing, a delivery ("the supply of W") that is no use, a use of no weapon.
  [`${LEAD}The delegate of Austria described the use of cluster munitions in a crowded market as "regrettable".`, []],
  [`${LEAD}The delegate of Austria called the supply of cluster munitions to the region "a crime".`, []],
  [`${LEAD}The delegate of Austria called the use of the old runway "a disgrace".`, []],
];

const clauseEndsObject: RelationCase[] = [
  // ", and the delegate of Y described ...": a second clause, whose state is no doer of the act condemned.
  [`${LEAD}Italy's delegate condemned the Russian Federation, and the representative of Austria described the strike as "indefensible".`, ['condemned austria russia -', 'condemned italy russia -']],
  [`${LEAD}Italy condemned Russia, and the delegate of Austria called the strike "barbaric".`, ['condemned austria russia -', 'condemned italy russia -']],
  // Negative rows: a coordinated verb or a coordinated object is still part of the first clause.
  [`${LEAD}Italy's delegate condemned the attacks on Ukraine and Moldova, and pledged help.`, ['condemned italy russia -']],
  [`${LEAD}Italy condemned the strikes on Odesa, and the attack on Kharkiv.`, ['condemned italy russia -']],
];

const TABLES: [string, RelationCase[], Predicate[]][] = [
  ['a verb of asking for or of condemning cues a person name', stanceVerbNames, ['requested', 'condemned']],
  ['the use of a weapon is the act judged', useOfWeapon, ['condemned']],
  ['a clause of its own ends the object of a condemnation', clauseEndsObject, ['condemned']],
];

describe.each(TABLES)('classes of session 24: %s', (_title, rows, predicates) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, predicates)).toEqual(expected);
  });
});
