/**
 * Table tests of session 20's `condemned` classes, in sentences of our own. Every table has negatives: plans,
 * questions, denials, hypotheticals and rumours still give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const condemned = (text: string): string[] => relationsFound(text, ['condemned']);

// "Outrageous was how French Foreign Minister X described ...": a demonym among the title words before the judge.
const howDescribed: Array<[string, string[]]> = [
  ['Russian missiles hit Kyiv. Outrageous and cowardly was how French Foreign Minister Jean-Noël Barrot described the bombardment of a hospital.', ['condemned jean-noel-barrot russia -']],
  ['Russian missiles hit Kyiv. Barbaric was how the Polish Prime Minister Donald Tusk described the strike.', ['condemned donald-tusk russia -']],
  // Negatives: a question, a denial, a hypothetical, a rumour.
  ['Russian missiles hit Kyiv. Was barbaric how French Foreign Minister Jean-Noël Barrot described the strike?', []],
  ['Russian missiles hit Kyiv. Jean-Noël Barrot denied that barbaric was how he had described the strike.', []],
  ['Russian missiles hit Kyiv. If barbaric were how French Foreign Minister Jean-Noël Barrot described the strike, Moscow would protest.', []],
  ['Russian missiles hit Kyiv. Jean-Noël Barrot dismissed rumours that barbaric was how he described the strike.', []],
];

describe('condemned: "ADJ was how X described the act" over a demonym title', () => {
  it.each(howDescribed)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});

// "..., a judgement echoed by Y", "a view shared by Y and Z": whoever echoes a judgement condemns the same act.
const echoed: Array<[string, string[]]> = [
  ['Ukrainian drones hit a refinery in Ryazan. Dmitry Peskov called the raids "terrorist attacks", a judgement echoed by the Russian foreign ministry.', ['condemned dmitry-peskov ukraine -', 'condemned ministry-of-foreign-affairs-of-russia ukraine -']],
  ['Russian missiles hit Kyiv. Jean-Noël Barrot called the strike "a war crime", a view shared by Poland and Sweden.', ['condemned jean-noel-barrot russia -', 'condemned poland russia -', 'condemned sweden russia -']],
  // Negatives: a view disputed, no judgement before it, a question, a denial.
  ['Russian missiles hit Kyiv. Jean-Noël Barrot called the strike "a war crime", a view disputed by Hungary.', ['condemned jean-noel-barrot russia -']],
  ['Russian missiles hit Kyiv. Jean-Noël Barrot visited the site, an assessment shared by Poland.', []],
  ['Russian missiles hit Kyiv. Did Jean-Noël Barrot call the strike "a war crime", a view shared by Poland?', []],
  ['Russian missiles hit Kyiv. Jean-Noël Barrot denied calling the strike "a war crime", a view shared by Poland.', []],
];

describe('condemned: a judgement echoed by another actor', () => {
  it.each(echoed)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});

// Whose act a bare judgement condemns: not a state after "to" ("the EU's envoy to Kyiv"); the side that launched the
// weapon the judgement names, when one side alone did.
const judgedAct: Array<[string, string[]]> = [
  ['Russian missiles hit a power station near Kyiv. A crime and nothing less was the verdict of the European Union\'s envoy to Kyiv, Katarina Mathernova, who wrote that the strike showed Moscow\'s intent.', ['condemned person:katarina-mathernova russia -']],
  ['Russia fired five Iskander-M ballistic missiles at Dnipro. Ukraine\'s drones hit a depot in Rostov. Kaja Kallas said that sending ballistic missiles into a city centre was "criminal".', ['condemned kaja-kallas russia -']],
  // Negatives: a judgement of the speaker's own side's weapons, a question, a hypothetical.
  ['Russia fired five Iskander-M ballistic missiles at Dnipro. Dmitry Peskov said that sending ballistic missiles was "justified".', []],
  ['Russia fired five Iskander-M ballistic missiles at Dnipro. Did Kaja Kallas say that sending ballistic missiles into a city centre was "criminal"?', []],
  ['Russia fired five Iskander-M ballistic missiles at Dnipro. Kaja Kallas denied saying that sending ballistic missiles into a city centre was "criminal".', []],
];

describe('condemned: whose act a bare judgement condemns', () => {
  it.each(judgedAct)('%s', (sentence, expected) => {
    expect(condemned(sentence)).toEqual(expected);
  });
});
