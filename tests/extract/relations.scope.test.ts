/**
 * Table tests of the error classes found on unseen articles (lead feedback R2-R11 and the weak spots of the
 * relation rules): partitive launch counts, counted back-references to a named system, the scope of negation
 * and of sentence-level cues, claims disputed later in the sentence, and "including" after a partial interception.
 * Every sentence is written for this test; each class has positive and negative cases.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

type Case = [string, string[]];

/** R2: "destroyed two of the seven missiles" also says that the seven were launched (by the attacker). */
const partitiveLaunch: Case[] = [
  ['Ukrainian gunners destroyed three of the eleven missiles over the sea.', ['intercepted ukraine missile 3', 'launched russia missile 11']],
  ['Russia struck Lviv. Air defences downed 17 of 25 drones, the air force said.', ['intercepted ukraine drone 17', 'launched russia drone 25', 'targeted russia lviv -']],
  // The explicit launcher of "launched by" wins; no partitive, no launch count; "87 of the missiles" has no whole.
  ['Russian air defences shot down 9 of 12 drones launched by Ukraine.', ['intercepted russia drone 9', 'launched ukraine drone 12']],
  ['Air defences shot down 40 missiles.', ['intercepted ukraine missile 40']],
  // An elliptical partitive ("31 of the 36.") refers back to the earlier weapons with that count.
  ['Russia fired 6 missiles and 36 drones. Air defences destroyed 31 of the 36.', ['intercepted ukraine drone 31', 'launched russia drone 36', 'launched russia missile 6']],
  ['Russia fired 6 missiles and 36 drones. Thirty-one of the 36 were destroyed.', ['intercepted ukraine drone 31', 'launched russia drone 36', 'launched russia missile 6']],
  ['Air defences shot down 40 of the missiles.', ['intercepted ukraine missile 40']],
];

/** R3: "all four missiles" / "the three missiles" after "four Kh-101 ..." is the named system when the counts agree. */
const backReference: Case[] = [
  ['Russia fired four Kh-101 missiles at Odesa. All four missiles were shot down.', ['intercepted ukraine kh-101 4', 'launched russia kh-101 4', 'targeted russia odesa -']],
  ['Russia fired three Kalibr cruise missiles overnight. The air force said the three missiles were intercepted.', ['intercepted ukraine kalibr 3', 'launched russia kalibr 3']],
  ['Russia fired six Kh-101 missiles. Air defences destroyed four of the six missiles.', ['intercepted ukraine kh-101 4', 'launched russia kh-101 6']],
  // Different counts: the anaphor is the whole salvo, not the named part.
  ['Russia fired 30 missiles, including two Iskander missiles. All 30 missiles were shot down.', ['intercepted ukraine missile 30', 'launched russia iskander 2', 'launched russia missile 30']],
  // A bare number without "the"/"all" is no back-reference.
  ['Russia fired five Kalibr missiles. Later Ukraine shot down five missiles over Kharkiv.', ['intercepted ukraine missile 5', 'launched russia kalibr 5']],
];

/** R4: a negation or cue scopes over its own independent clause (";", ", but", ", while", "whereas"). */
const negationScope: Case[] = [
  ['The air force said 31 drones were shot down; it gave no figure for missiles and did not say whether any were intercepted.', ['intercepted ukraine drone 31']],
  ['Officials did not say whether cruise missiles were used, but the air force said it destroyed 12 drones.', ['intercepted ukraine drone 12']],
  ['Moscow denied hitting civilians, while Ukraine said Russia fired 14 Iskander missiles.', ['launched russia iskander 14']],
  ['Russia launched 26 Shahed drones, whereas no missiles were fired.', ['launched russia shahed-136 26']],
  // The cue still blocks its own clause and a plain comma does not end its scope.
  ['Russia fired 26 Shahed drones; it did not fire any Kinzhals.', ['launched russia shahed-136 26']],
  ['If Russia fires Kinzhals again, Ukraine will need more Patriots.', []],
  ['Ukraine shot down 12 drones, but Russia denied that any Kinzhals were intercepted.', ['intercepted ukraine drone 12']],
  // A fronted concessive clause ends at its comma; the cue still blocks its own clause.
  ['Although Moscow denied it, the air force said Russia fired nine Kalibr missiles.', ['launched russia kalibr 9']],
  ['Although Russia denied firing any Kinzhals, Kyiv was attacked overnight.', ['targeted russia kyiv -']],
  ['The air force reported 19 drones shot down while Moscow gave no comment.', ['intercepted ukraine drone 19']],
];

/** A claim disputed later in the sentence (", which Moscow denied") is dropped; other relative clauses are not. */
const disputed: Case[] = [
  ['Ukraine said it shot down a Russian Kinzhal over Kyiv, which Moscow denied.', []],
  ['Kyiv said Russia fired two Iskander missiles at Kharkiv, a claim the Russian Defence Ministry rejected.', []],
  ['Russia fired 12 drones at Odesa, which was left without power for hours.', ['launched russia drone 12', 'targeted russia odesa -']],
  ['Ukraine said it downed 16 drones, something Russia has not commented on.', ['intercepted ukraine drone 16']],
];

/** R11: "including" after a partial interception belongs to the launched whole; after "all N" to both. */
const including: Case[] = [
  ['Air defences intercepted 25 of the 31 missiles, including Kinzhal missiles, the air force said.', ['intercepted ukraine missile 25', 'launched russia kinzhal -', 'launched russia missile 31']],
  ['Twenty of the 26 missiles, including four Kinzhals, were shot down.', ['intercepted ukraine missile 20', 'launched russia kinzhal 4', 'launched russia missile 26']],
  ['Russia fired 16 cruise missiles. Air defences shot down 12 of them, including all four Kalibr missiles.', ['intercepted ukraine cruise-missile 12', 'intercepted ukraine kalibr 4', 'launched russia cruise-missile 16', 'launched russia kalibr 4']],
  ['Russia fired 14 missiles. Air defences destroyed all 14 missiles, including five Kinzhals.', ['intercepted ukraine kinzhal 5', 'intercepted ukraine missile 14', 'launched russia kinzhal 5', 'launched russia missile 14']],
];

function check(cases: Case[]): void {
  it.each(cases)('%s', (sentence, expected) => {
    const found = relationsOf(sentence).filter((r) => !r.startsWith('requested') && !r.startsWith('condemned'));
    expect(found).toEqual(expected);
  });
}

describe('relations: generalisation classes', () => {
  describe('R2 partitive launch count', () => check(partitiveLaunch));
  describe('R3 counted back-reference', () => check(backReference));
  describe('R4 negation scope', () => check(negationScope));
  describe('disputed claims', () => check(disputed));
  describe('R11 including', () => check(including));
});
