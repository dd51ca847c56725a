/**
 * Table tests of session 17's `requested` classes: a request verb whose object comes before it (the head of a
 * relative clause, reduced or not, and an object fronted to the start of the sentence). Every class has rows that
 * must give nothing: questions, negations, plans, and weapons that are no object of the request. And a request noun
 * that is the subject of a passive verb of uttering ("A call for X was made by Y") is asked by the verb's agent; named
 * systems joined by "or" are each asked for.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const gapped: Array<[string, string[]]> = [
  // The head of a reduced or "that" relative clause whose request verb has no object of its own.
  ['The IRIS-T launchers Kuleba had asked NATO for in March were still in Germany.', ['requested dmytro-kuleba iris-t - @nato']],
  ['The Patriot batteries that Zelenskyy requested last winter are now in service.', ['requested volodymyr-zelenskyy patriot -']],
  ['More Patriot batteries Kuleba requested of Poland on Monday, in a letter to its defence minister.', ['requested dmytro-kuleba patriot -']],
  ['The Patriot and IRIS-T systems Kuleba asked NATO for had still not arrived, he said.', ['requested dmytro-kuleba iris-t - @nato', 'requested dmytro-kuleba patriot - @nato']],
  // A fronted object set off by a comma, the slot after the verb left empty ("requested from", a stranded "for").
  ['Two Patriot batteries, Kuleba told the press on Monday, Ukraine had requested from Poland in May.', ['requested ukraine patriot 2']],
  ['More IRIS-T launchers, the minister said, Zelenskyy had asked NATO for in the spring.', ['requested volodymyr-zelenskyy iris-t - @nato']],
  // Negatives: a question about the weapons, a negated or planned request, the enemy's weapons, a verb with its own object.
  ['The Patriot batteries Kuleba asked about were never discussed.', []],
  ['The Patriot batteries Kuleba never asked NATO for would not help Lviv.', []],
  ['The IRIS-T launchers Zelenskyy may ask NATO for next year are costly.', []],
  ['The Kalibr missiles Zelenskyy asked NATO about were fired from the sea.', []],
  ['Two Patriot batteries, Kuleba said, guard Lviv, and Ukraine asked NATO for help.', []],
];

describe('requested: an object before its request verb', () => {
  it.each(gapped)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});

const passives: Array<[string, string[]]> = [
  ['A call for more air defence systems was also made by Kuleba during a visit to Poland.', ['requested dmytro-kuleba air-defense-system -']],
  ['A fresh plea for Patriot batteries was issued by Zelenskyy on Monday.', ['requested volodymyr-zelenskyy patriot -']],
  // The verb is no uttering (the agent refused, answered, received the plea), or a plan: nothing.
  ['A plea for Patriot batteries was rejected by Poland.', []],
  ['A request for IRIS-T launchers was received by NATO on Monday.', []],
  ['A call for more Patriot systems could be made by Kuleba next week.', []],
];

describe('requested: a request noun uttered in the passive', () => {
  it.each(passives)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});

const alternatives: Array<[string, string[]]> = [
  ['Kuleba renewed his plea for a Patriot or IRIS-T battery for the south.', ['requested dmytro-kuleba iris-t -', 'requested dmytro-kuleba patriot -']],
  ['Kuleba asked NATO for a Patriot or IRIS-T battery.', ['requested dmytro-kuleba iris-t - @nato', 'requested dmytro-kuleba patriot - @nato']],
  // An indirect question about them asks for neither.
  ['Kuleba asked NATO whether a Patriot or IRIS-T battery could come.', []],
];

describe('requested: systems named as alternatives', () => {
  it.each(alternatives)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});
