/**
 * Table tests of session 22's `requested` and `condemned` classes, in sentences of our own (classes seen across the
 * read check sets, not one sentence each). Every table has negatives: plans, questions, negations, deliveries that
 * did arrive and the enemy's weapons still give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const requested = (text: string): string[] => relationsFound(text, ['requested']);

// A place that waits, over its auxiliaries and a reporting aside ("the city has long been waiting for ...", "the
// town, she said, has been waiting ..."): the side that waits depends on deliveries, so the speaker asks.
const waitingPlace: Array<[string, string[]]> = [
  ['Russian drones hit Sumy. Artem Kobzar said the city had been waiting for the IRIS-T launchers it was promised in May.', ['requested person:artem-kobzar iris-t -']],
  ['Russian drones hit Sumy. Artem Kobzar said the city has been waiting six weeks for two Skynex guns.', ['requested person:artem-kobzar skynex 2']],
  ['Russian drones hit Sumy. The city, Artem Kobzar said, has been waiting four months for the Gepard guns.', ['requested person:artem-kobzar gepard -']],
  ['Russian drones hit Sumy. Artem Kobzar said the city was still waiting for the NASAMS launchers to arrive.', ['requested person:artem-kobzar nasams -']],
  // Negatives: the waiting is negated, is a question, or is for the enemy's drones to pass.
  ['Russian drones hit Sumy. Artem Kobzar said the city has not been waiting for the IRIS-T launchers.', []],
  ['Russian drones hit Sumy. "Has the city been waiting for the IRIS-T launchers?" Artem Kobzar asked.', []],
  ['Russian drones hit Sumy. Artem Kobzar said the city had been waiting for the Shahed drones to pass.', []],
  ['Russian drones hit Sumy. Artem Kobzar said the city had been waiting for the Patriot missiles to run out.', []],
];

describe('requested: a place that waits, over its auxiliaries and an aside', () => {
  it.each(waitingPlace)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

// Weapons asked for or promised that have not arrived ("the guns the city requested in May have still not arrived",
// "the launchers Berlin promised the region have yet to come"): the complaint asks for them, by its speaker, else by
// the side that asked in the relative clause (rule requested:undelivered).
const undelivered: Array<[string, string[]]> = [
  ['Russian drones hit Sumy. Artem Kobzar complained that the Gepard anti-aircraft guns the city requested in May have still not arrived.', ['requested person:artem-kobzar gepard -']],
  ['Russian drones hit Sumy. The Skynex guns that Sumy asked for in March have yet to arrive.', ['requested sumy skynex -']],
  ['Russian drones hit Sumy. The Sumy Regional Military Administration complained that the IRIS-T launchers Germany had promised the region had never come.', ['requested sumy-oblast-military-administration iris-t -']],
  // Negatives: the weapons arrived, the enemy's own deliveries, a question, a delivery only planned.
  ['Russian drones hit Sumy. Artem Kobzar said the Gepard guns the city requested in May have arrived.', []],
  ['Russian drones hit Sumy. Artem Kobzar said the Shahed drones that Russia ordered from Iran have not arrived.', []],
  ['Russian drones hit Sumy. Have the Gepard guns the city requested in May still not arrived?', []],
  ['Russian drones hit Sumy. Artem Kobzar said the city plans to ask for Gepard guns, which have not arrived anywhere yet.', []],
];

describe('requested: weapons asked for or promised that have not arrived', () => {
  it.each(undelivered)('%s', (sentence, expected) => {
    expect(requested(sentence)).toEqual(expected);
  });
});

const condemned = (text: string): string[] => relationsFound(text, ['condemned']);

// A time noun heading the object of a verb that characterises ("called the night ...", "described the two nights
// as ...") stands for that time's attack: a moral judgement after it condemns the attacker.
const judgedNight: Array<[string, string[]]> = [
  ['Russia launched 60 drones at Odesa overnight. Oleh Kiper called the night "a deliberate hunt for sleeping families".', ['condemned oleh-kiper russia -']],
  ['Russia launched 60 drones at Odesa overnight. Oleh Kiper described the two nights as "deliberate terror against families asleep in their homes".', ['condemned oleh-kiper russia -']],
  // (A state named in the quotation that opens the sentence is not the subject of ", calling ...".)
  ['Russia launched 60 drones at Odesa overnight. "Russia prefers missiles to talks," Oleh Kiper said, calling the night "a deliberate hunt for families".', ['condemned oleh-kiper russia -']],
  ['Russia launched 60 drones at Odesa overnight. "Russia prefers missiles to talks," Oleh Kiper said, calling the attack "a deliberate hunt for families".', ['condemned oleh-kiper russia -']],
  // Negatives: no judgement after the time noun, a negation, a question.
  ['Russia launched 60 drones at Odesa overnight. Oleh Kiper described the night as long and loud.', []],
  ['Russia launched 60 drones at Odesa overnight. Oleh Kiper called the night "a great success" for the gunners.', []],
  ['Russia launched 60 drones at Odesa overnight. Oleh Kiper did not call the night "a war crime".', []],
  // (A negated verb that characterises withholds the judgement it frames, whatever its object.)
  ['Russia launched 60 drones at Odesa overnight. Oleh Kiper did not call the attack "a war crime".', []],
  ['Russia launched 60 drones at Odesa overnight. Did Oleh Kiper call the night "a deliberate hunt for families"?', []],
];

describe('condemned: a night characterised by a moral judgement', () => {
  it.each(judgedNight)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});
