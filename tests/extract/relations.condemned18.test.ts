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
