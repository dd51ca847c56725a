/**
 * Table tests of session 21's `condemned` classes, in sentences of our own. Every table has negatives: plans,
 * questions, denials, hypotheticals and rumours still give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const condemned = (text: string): string[] => relationsFound(text, ['condemned']);

// A bare judgement that names a weapon: launches whose subject is left open are the document's attacker's, so a kind
// both sides launched does not hand the judgement to the side that launched it last.
const weaponSide: Array<[string, string[]]> = [
  ['Russia sent 90 drones into Ukraine overnight. Drones hit a school in Sumy. Moscow said it downed 12 Ukrainian drones over Kursk. Kaja Kallas said that sending drones into schools "is a war crime".', ['condemned kaja-kallas russia -']],
  ['Russia fired five Iskander-M ballistic missiles at Dnipro. Ukrainian drones hit a depot in Rostov. Kaja Kallas said that sending ballistic missiles into a city centre was "criminal".', ['condemned kaja-kallas russia -']],
  // Negatives: a question, a denial, a hypothetical, a plan.
  ['Russia sent 90 drones into Ukraine overnight. Moscow said it downed 12 Ukrainian drones over Kursk. Did Kaja Kallas say that sending drones into schools "is a war crime"?', []],
  ['Russia sent 90 drones into Ukraine overnight. Moscow said it downed 12 Ukrainian drones over Kursk. Kaja Kallas denied saying that sending drones into schools "is a war crime".', []],
  ['Russia sent 90 drones into Ukraine overnight. Moscow said it downed 12 Ukrainian drones over Kursk. If Kaja Kallas said that sending drones into schools was criminal, Moscow would protest.', []],
];

describe('condemned: a judgement naming a weapon both sides launched', () => {
  it.each(weaponSide)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});

// "Condemnation of the attack came from X": the condemnation noun's own "of" phrase before the verb of coming; an
// apposition's person speaks for the office.
const cameFrom: Array<[string, string[]]> = [
  ['Russian drones hit Lviv overnight. Condemnation of the attack came from the Energy Community Secretariat, the body that oversees the power sector.', ['condemned organisation:energy-community-secretariat russia -']],
  ['Russian drones hit Lviv overnight. Condemnation of the strike on Lviv came quickly from Poland and Lithuania.', ['condemned lithuania russia -', 'condemned poland russia -']],
  ['Russian drones hit Lviv overnight. A denunciation of the strike came from the Ukrainian Parliament Commissioner for Human Rights, Dmytro Lubinets.', ['condemned dmytro-lubinets russia -']],
  // Negatives: none came, a hypothetical, a question, a rumour.
  ['Russian drones hit Lviv overnight. No condemnation of the attack came from Hungary.', []],
  ['Russian drones hit Lviv overnight. Condemnation of the attack may yet come from Hungary.', []],
  ['Russian drones hit Lviv overnight. Did condemnation of the attack come from Hungary?', []],
  ['Russian drones hit Lviv overnight. Rumours that condemnation of the attack came from Hungary were denied.', []],
];

describe('condemned: a condemnation noun with its own phrase, then "came from X"', () => {
  it.each(cameFrom)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});

// "Outrage at the strikes was expressed by X": the agent of a passive verb of expression whose subject is the
// judgement noun (a noun opening the sentence, tagged as a name, counts).
const expressedBy: Array<[string, string[]]> = [
  ["Russian drones hit Lviv overnight. Outrage at the strikes was also expressed by Poland's foreign minister, Radosław Sikorski, on a visit to Vilnius.", ['condemned radosaw-sikorski russia -']],
  ['Russian drones hit Lviv overnight. Indignation was voiced by Lithuania.', ['condemned lithuania russia -']],
  // Negatives: none expressed, a modal, a question, concern (no judgement).
  ['Russian drones hit Lviv overnight. No outrage was expressed by Hungary.', []],
  ['Russian drones hit Lviv overnight. Outrage may be expressed by Hungary later.', []],
  ['Russian drones hit Lviv overnight. Was outrage expressed by Hungary?', []],
  ['Russian drones hit Lviv overnight. Concern was expressed by Hungary.', []],
];

describe('condemned: a judgement noun expressed in the passive by X', () => {
  it.each(expressedBy)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});

// A judgement fronted before its judge: "A war crime, X called the strike" (a call verb after the subject), "Terror
// pure and simple, wrote Y's commissioner, X, of the missile" (an inverted verb of saying over a possessive title).
const fronted: Array<[string, string[]]> = [
  ['Russian missiles hit Lviv overnight. A war crime, the Polish foreign ministry called the strike on the power plant.', ['condemned polish-ministry-of-foreign-affairs russia -']],
  ['Russian missiles hit Lviv overnight. Barbaric, Andriy Sadovyi called the strike.', ['condemned andriy-sadovyi russia -']],
  ["Russian missiles hit Lviv overnight. Terror pure and simple, wrote Ukraine's human rights commissioner, Dmytro Lubinets, of the missile that fell in the city.", ['condemned dmytro-lubinets russia -']],
  // Negatives: a denial, a hypothetical, no judgement fronted, regret.
  ['Russian missiles hit Lviv overnight. A war crime, Andriy Sadovyi did not call the strike.', []],
  ['Russian missiles hit Lviv overnight. Barbaric, Andriy Sadovyi might call the strike if asked.', []],
  ['Russian missiles hit Lviv overnight. In the evening, Andriy Sadovyi called the governor.', []],
  ['Russian missiles hit Lviv overnight. Regrettable, Hungary called the strike.', []],
];

describe('condemned: a judgement fronted before its judge', () => {
  it.each(fronted)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});

// "a war on civilians": a campaign called a war waged on civilians is a moral judgement (lexicon moralJudgement).
const warOnCivilians: Array<[string, string[]]> = [
  ['Russian drones hit Lviv overnight. Ruben Brekelmans told reporters that a campaign aimed at substations is "a war on civilians and nothing else".', ['condemned person:ruben-brekelmans russia -']],
  ['Russian drones hit Lviv overnight. Andriy Sadovyi called the strikes a war on civilians.', ['condemned andriy-sadovyi russia -']],
  // Negatives: a denial, a question, a hypothetical.
  ['Russian drones hit Lviv overnight. Ruben Brekelmans denied that the campaign was a war on civilians.', []],
  ['Russian drones hit Lviv overnight. Is the campaign a war on civilians, Ruben Brekelmans asked?', []],
  ['Russian drones hit Lviv overnight. If the campaign were a war on civilians, Ruben Brekelmans said, NATO would act.', []],
];

describe('condemned: a war on civilians', () => {
  it.each(warOnCivilians)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});
