/**
 * Table tests of session 18's `condemned` class: "X denounced what she called <a characterisation of the act>". The
 * object phrase is the act as the judge describes it, so a state it names after a place word ("the east of Ukraine",
 * "the people of Ukraine") is where the act fell, not its doer; the doer is the attacker (or a "by" agent). Rows
 * without a judging verb, or with a plan, a question or a denial, give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const characterised: Array<[string, string[]]> = [
  ['Russian missiles struck Odesa. Josep Borrell condemned what he called "an effort to freeze the people of Ukraine into surrender".', ['condemned josep-borrell russia -']],
  ['Russian drones hit Kharkiv overnight. Josep Borrell denounced what he called "a plan to break the will of Ukraine before spring".', ['condemned josep-borrell russia -']],
  ['Russian missiles struck Odesa. Poland deplored what it described as a scheme to leave the east of Ukraine without heat.', ['condemned poland russia -']],
  // A state named as the doer in the characterisation still counts through its "by" agent.
  ['Ukrainian drones struck Belgorod. Josep Borrell condemned what he called "the bombing of Kharkiv by Russia".', ['condemned josep-borrell russia -']],
  // Negatives: no judging verb, a plan, a question, a denial.
  ['Russian drones hit Kharkiv overnight. Josep Borrell discussed what he called "the winter in the east of Ukraine".', []],
  ['Russian drones hit Kharkiv overnight. Josep Borrell plans to denounce what he calls "a war on the people of Ukraine" next week.', []],
  ['Russian drones hit Kharkiv overnight. Did Josep Borrell denounce what he called "a war on the people of Ukraine"?', []],
  ['Russian drones hit Kharkiv overnight. Josep Borrell did not denounce what critics called "a war on the people of Ukraine".', []],
];

describe('condemned: "denounced what X called ..." names the act, not its victim state', () => {
  it.each(characterised)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});

// "X condemned/deplored the damage to Y": the harm done, with "to" as with "of", names the act, whose doer is the
// attacker. Damage that is no object of a judging verb, or a judgement denied or planned, gives nothing.
const damageTo: Array<[string, string[]]> = [
  ['Russian drones hit Odesa overnight. Poland deplored the damage to the historic centre.', ['condemned poland russia -']],
  ['Russian missiles struck Lviv. NATO, which met in Lviv last year, condemned the damage to its churches.', ['condemned nato russia -']],
  ['Russian missiles struck Lviv. Poland condemned the destruction of the power plant.', ['condemned poland russia -']],
  ['Russian drones hit Odesa overnight. Poland assessed the damage to the historic centre.', []],
  ['Russian drones hit Odesa overnight. Poland did not condemn the damage to the historic centre.', []],
  ['Russian drones hit Odesa overnight. Poland will consider whether to condemn the damage to the historic centre.', []],
];

describe('condemned: "the damage to X" is the act judged', () => {
  it.each(damageTo)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});

// A strike read as a side's on its own place (here the targeted rules misread "aimed at ... our city" in a quotation)
// is no attack for a later third party's "condemned the damage" to point at: the act stays the attacker's.
const ownPlace: Array<[string, string[]]> = [
  [
    'Russian drones hit Kharkiv overnight. Dmytro Kuleba called the strike "terror aimed at the oldest streets of our city". Poland deplored the damage to the historic centre.',
    ['condemned dmytro-kuleba russia -', 'condemned poland russia -'],
  ],
  // A real strike by the other side stays the latest attack a bare judgement points at.
  ['Russian drones hit Kharkiv overnight. Ukrainian drones struck Belgorod on Monday. Such terror must stop, Poland said.', ['condemned poland ukraine -']],
];

describe("condemned: a side's strike on its own place is no attack to point at", () => {
  it.each(ownPlace)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});
