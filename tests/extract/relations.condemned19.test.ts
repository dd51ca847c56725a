/**
 * Table tests of session 19's `condemned` classes, in sentences of our own. Rows without a judging verb, or with a
 * plan, a question or a denial, give nothing.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

// 'X called the strike on Y "another Russian war crime"': a state among the judgement's own modifiers is the doer of
// the act judged, not a victim of the place phrase before it; a state after "against" in the judgement still is one.
const judgementDoer: Array<[string, string[]]> = [
  ['Russian missiles hit a depot in Dnipro. Annalena Baerbock called the strike on the depot "another Russian war crime".', ['condemned annalena-baerbock russia -']],
  ['Russian drones hit Kharkiv. Annalena Baerbock called the raid on Kharkiv another Russian war crime.', ['condemned annalena-baerbock russia -']],
  ['Russian drones hit Kharkiv. Annalena Baerbock called the raid on the city "a crime against Ukraine".', ['condemned annalena-baerbock russia -']],
  // Negatives: no judgement, a denial, a question.
  ['Russian drones hit Kharkiv. Annalena Baerbock called the raid on the city "another Russian night".', []],
  ['Russian drones hit Kharkiv. Annalena Baerbock did not call the raid on the city another Russian war crime.', []],
  ['Russian drones hit Kharkiv. Will Annalena Baerbock call the raid on the city another Russian war crime?', []],
];

describe('condemned: a state in the judgement is the doer of the act judged', () => {
  it.each(judgementDoer)('%s', (sentence, expected) => {
    expect(relationsFound(sentence, ['condemned'])).toEqual(expected);
  });
});

// "The academy denounced ...": a definite description whose head ends the name of an organisation named earlier is
// that organisation, not the last person named; a body's head never falls back to a person.
const describedBody: Array<[string, string[]]> = [
  ['The Kharkiv Puppet Theatre Academy lost its roof. Russian drones hit Kharkiv. The academy denounced the attack as murder.', ['condemned organisation:kharkiv-puppet-theatre-academy russia -']],
  ['Ihor Terekhov visited the ruins. Russian drones hit Kharkiv. The committee condemned the attack.', []],
  // Negatives: a question and a denial.
  ['The Kharkiv Puppet Theatre Academy lost its roof. Russian drones hit Kharkiv. Will the academy denounce the attack?', []],
  ['The Kharkiv Puppet Theatre Academy lost its roof. Russian drones hit Kharkiv. The academy did not denounce the attack.', []],
];

describe('condemned: a described organisation named earlier', () => {
  it.each(describedBody)('%s', (sentence, expected) => {
    expect(relationsFound(sentence, ['condemned'])).toEqual(expected);
  });
});

// A verdict told as a whole: '"<judgement>" was the verdict of X' (lexicon verdictNouns), "... was the description
// offered by X", 'What X called the night was "<judgement>"', "...: that was how X judged the strike"; "regards the
// strikes as a war crime" (characteriseVerb grows judge, regard, consider). A verdict with no moral judgement, a
// question or a denial gives nothing.
const verdicts: Array<[string, string[]]> = [
  ['Russian missiles hit Kyiv. "A crime against sleeping families" was the verdict of Annalena Baerbock.', ['condemned annalena-baerbock russia -']],
  ['Russian missiles hit Kyiv. "An act of barbarism, plain and simple" was the description offered by Annalena Baerbock.', ['condemned annalena-baerbock russia -']],
  ['Russian drones hit Odesa. What the minister, Annalena Baerbock, called the night was "terror against a port city".', ['condemned annalena-baerbock russia -']],
  ['Russian missiles hit Kyiv. An act of terror against sleeping families: that was how Annalena Baerbock judged the strike.', ['condemned annalena-baerbock russia -']],
  ['Russian missiles hit Kyiv. An act of terror against sleeping families: that was how Foreign Minister Annalena Baerbock judged the strike.', ['condemned annalena-baerbock russia -']],
  ['Russian missiles hit Kyiv. Annalena Baerbock regards the strikes on depots as a war crime.', ['condemned annalena-baerbock russia -']],
  // Negatives: no moral judgement, a question, a denial.
  ['Russian missiles hit Kyiv. "A long night for everyone" was the verdict of Annalena Baerbock.', []],
  ['Russian missiles hit Kyiv. What Annalena Baerbock called the night was long.', []],
  ['Russian missiles hit Kyiv. Was "a crime against sleeping families" the verdict of Annalena Baerbock?', []],
  ['Russian missiles hit Kyiv. Annalena Baerbock does not regard the strikes on depots as a war crime.', []],
];

describe('condemned: a verdict told as a whole', () => {
  it.each(verdicts)('%s', (sentence, expected) => {
    expect(relationsFound(sentence, ['condemned'])).toEqual(expected);
  });
});
