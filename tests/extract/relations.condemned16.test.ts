/**
 * Table tests of session 16's `condemned` classes, over the whole pipeline (the writer of a letter is found by step
 * 05): a letter's or opinion piece's own words, outside quotation marks, are its writer's judgement; a script's cue
 * line names who speaks the quotation under it. Concern, quotations of others and reports with no first-person
 * writer give nothing.
 */
import { describe, expect, it } from 'vitest';
import { makeDoc } from './helpers.ts';
import { runSteps } from '../../src/extract/index.ts';
import { relationsOf } from './relations-helpers.ts';

const condemned = (text: string): string[] =>
  runSteps(makeDoc(text))
    .relations.filter((r) => r.predicate === 'condemned')
    .map((r) => `${r.subject} ${r.object}`)
    .sort();

const writers: Array<[string, string, string[]]> = [
  ['a signed letter', 'Sir, Russian drones hit Lviv again last night. I live two streets away. To aim drones at a sleeping city is a war crime.\n\nMarta Kolar\nLeeds', ['person:marta-kolar russia']],
  ['a closing note on the writer', 'Russian missiles hit Kryvyi Rih on Saturday. I grew up there. It was terrorism against a city of workers.\n\nDmytro Kuleba is a columnist based in Kyiv.', ['dmytro-kuleba russia']],
  // No first-person writer: a report's own words judge nothing.
  ['a report with a signature but no "I"', 'Russian drones hit Lviv again last night. To aim drones at a sleeping city is a war crime.\n\nMarta Kolar\nLeeds', []],
  // The judgement is a quotation of someone who is no actor, or no judgement at all.
  ['a quotation inside the letter', 'Sir, Russian drones hit Lviv again last night. My neighbour said: "It was a war crime." I agree.\n\nMarta Kolar\nLeeds', []],
  ['concern only', 'Sir, Russian drones hit Lviv again last night. I am deeply concerned for the city.\n\nMarta Kolar\nLeeds', []],
];

const cues: Array<[string, string, string[]]> = [
  ['a cue line naming the speaker', 'PRESENTER: Russian drones hit Kyiv overnight.\n\n[CLIP: Dmytro Kuleba, foreign minister]\n"Choosing the city\'s birthday for this is a vile act."', ['dmytro-kuleba russia']],
  ['a cue line with no person', 'PRESENTER: Russian drones hit Kyiv overnight.\n\n[MUSIC: theme]\n"Choosing the city\'s birthday for this is a vile act."', []],
];

describe('condemned: the writer of a letter or opinion piece', () => {
  it.each(writers)('%s', (_name, text, expected) => {
    expect(condemned(text)).toEqual(expected);
  });
});

describe("condemned: a script's cue line", () => {
  it.each(cues)('%s', (_name, text, expected) => {
    expect(condemned(text)).toEqual(expected);
  });
});

// A state's government asks and condemns as the state (the project gazetteer: a body the text calls "the
// government"); a ministry is a body of its own.
const predicateOf = (text: string, predicate: string): string[] =>
  runSteps(makeDoc(text))
    .relations.filter((r) => r.predicate === predicate)
    .map((r) => `${r.subject} ${r.object}`)
    .sort();

const governments: Array<[string, string, string[]]> = [
  ['requested', "Ukraine's Government have asked Britain for more short-range air defence.", ['ukraine air-defense-system']],
  ['condemned', 'The Ukrainian government condemned the Russian strike on Odesa.', ['ukraine russia']],
  ['condemned', 'The Russian government condemned the Ukrainian strike on Belgorod.', ['russia ukraine']],
  ['requested', 'The Ukrainian defence ministry asked Germany for more IRIS-T systems.', ['ministry-of-defence-of-ukraine iris-t']],
];

describe("requested and condemned: a state's government is the state", () => {
  it.each(governments)('%s: %s', (predicate, text, expected) => {
    expect(predicateOf(text, predicate)).toEqual(expected);
  });
});

// A pronoun that opens its sentence goes on with the subject of the sentence before (step 05), not with a state named
// inside that sentence's phrases; a subject inside a fronted phrase is none, and the nearest state is taken.
const itsOf = (text: string): string[] =>
  runSteps(makeDoc(text))
    .mentions.filter((m) => text.slice(m.start, m.end) === 'Its')
    .map((m) => m.entity);

const openingPronouns: Array<[string, string[]]> = [
  ['Lithuania came down hard on Russia after the largest attack on Ukraine. Its foreign ministry called the assault a crime.', ['lithuania']],
  ['On Monday, Poland summoned the Russian ambassador over the drones. Its foreign minister spoke to reporters.', ['poland']],
  ['After talks with Poland on Monday, Ukraine asked for more air defence. Its foreign minister spoke to reporters.', ['ukraine']],
];

describe('coreference: a sentence-opening "Its" is the subject of the sentence before', () => {
  it.each(openingPronouns)('%s', (text, expected) => {
    expect(itsOf(text)).toEqual(expected);
  });
});

describe('condemned: the body of the state a sentence-opening "Its" stands for', () => {
  it('gives the condemnation of "Its foreign ministry" to the state of the sentence before', () => {
    expect(predicateOf('Lithuania came down hard on Russia after the largest attack on Ukraine. Its foreign ministry called the assault a deliberate crime against civilians.', 'condemned')).toEqual(['lithuania russia']);
  });
});

const groups: Array<[string, string[]]> = [
  // A name after a title and a comma is an apposition, not a second actor; a list with "and" is coordination.
  ['Russia struck Odesa. The envoy named by Biden, Borrell, called the strike "collective punishment of civilians".', ['condemned josep-borrell russia -']],
  ['Russia struck Odesa. Biden, Borrell and Kuleba condemned the strike.', ['condemned dmytro-kuleba russia -', 'condemned joe-biden russia -', 'condemned josep-borrell russia -']],
  ['Russia struck Odesa. Biden, Borrell, and Kuleba condemned the strike.', ['condemned dmytro-kuleba russia -', 'condemned joe-biden russia -', 'condemned josep-borrell russia -']],
  // "collective punishment" is a judgement; a punishment that is no judgement of an attack is none.
  ['Russia struck Odesa. Borrell described the strikes as collective punishment.', ['condemned josep-borrell russia -']],
  ['Russia struck Odesa. Borrell described the new sanctions as a punishment for Moscow.', []],
];

describe('condemned: appositions and lists of who condemns; collective punishment', () => {
  it.each(groups)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});

// A joint statement speaks as the body its heading names after the issuers' title ("Joint statement of the foreign
// ministers of the Lublin Triangle"), and "We, the ministers of A, B and C, ..., condemn" is that "we", not the states
// inside the apposition; a list of states in a report is each state.
const statements: Array<[string, string, string[]]> = [
  ['condemned', 'JOINT STATEMENT OF THE FOREIGN MINISTERS OF THE LUBLIN TRIANGLE\n\n1. We, the Ministers of Foreign Affairs of Poland, Lithuania and Ukraine, meeting in Warsaw, condemn the Russian strike on Odesa.', ['lublin-triangle russia']],
  ['requested', 'JOINT STATEMENT OF THE FOREIGN MINISTERS OF THE LUBLIN TRIANGLE\n\n2. We call on all partners to speed up the delivery of air defence systems to Ukraine.', ['lublin-triangle air-defense-system']],
  ['condemned', 'Poland, Lithuania and Ukraine condemned the Russian strike on Odesa.', ['lithuania russia', 'poland russia', 'ukraine russia']],
  ['condemned', 'Drones hit Odesa overnight.\n\nWe, the residents of Odesa, condemn the Russian strike on our city.', []],
];

describe('condemned and requested: joint statements and their "we"', () => {
  it.each(statements)('%s: %s', (predicate, text, expected) => {
    expect(predicateOf(text, predicate)).toEqual(expected);
  });
});

// A transcript's speaker label speaks as "I": a "he" in the speaker's turn is someone else (here the person asked
// about); a summary's topic label before a verb is the subject, and "his" is the label's person.
const labels: Array<[string, string, string[]]> = [
  ['requested', 'JENSEN: What is President Volodymyr Zelenskyy asking for?\n\nBRANDT: In his nightly address he once more asked partners for more IRIS-T systems.', ['volodymyr-zelenskyy iris-t']],
  ['requested', 'Volodymyr Zelenskyy: condemned the strike and repeated his call for more Patriot systems.', ['volodymyr-zelenskyy patriot']],
];

describe('requested: pronouns in a speaker turn and after a topic label', () => {
  it.each(labels)('%s: %s', (predicate, text, expected) => {
    expect(predicateOf(text, predicate)).toEqual(expected);
  });
});

// A photo credit's person is no antecedent of "she" (with no one else named, nobody speaks); a person named in the
// text is.
const credits: Array<[string, string, string[]]> = [
  ['condemned', 'Russian drones hit a factory in Zhytomyr (Photo by Dmytro Kovalchuk/Halyard Images). "This is murder," she said.', []],
  ['condemned', 'Russian drones hit a factory in Zhytomyr, reported Olena Bilyk. "This is murder," she said.', ['person:olena-bilyk russia']],
];

describe('condemned: a credited photographer is not who speaks', () => {
  it.each(credits)('%s: %s', (predicate, text, expected) => {
    expect(predicateOf(text, predicate)).toEqual(expected);
  });
});

// A parliamentary record's speaker labels: a name with its constituency, party and item in parentheses, and the
// holder of a title in parentheses, speak the turn (a holder not known as a person is no one, not the label before);
// a line with parentheses but no colon is no label.
const records: Array<[string, string, string[]]> = [
  ['condemned', 'House of Commons\n\nMarta Kolar (Leeds North) (Lab) (Urgent Question): Russian drones hit Kyiv on Saturday. It was a barbaric act.', ['person:marta-kolar russia']],
  ['condemned', 'House of Commons\n\nMarta Kolar (Leeds North) (Lab): I thank the Minister.\n\nThe Minister for the Armed Forces (Dmytro Kuleba): Russian drones hit Kyiv on Saturday. It was a barbaric act.', ['dmytro-kuleba russia']],
  ['condemned', 'House of Commons\n\nMarta Kolar (Leeds North) (Lab): I thank the Minister.\n\nThe Minister for the Armed Forces (Ivo Dragan): Russian drones hit Kyiv on Saturday. It was a barbaric act.', []],
  ['condemned', 'House of Commons\n\nMarta Kolar (Leeds North) (Lab) spoke first. Russian drones hit Kyiv on Saturday. It was a barbaric act.', []],
];

describe('condemned: speaker labels of a parliamentary record', () => {
  it.each(records)('%s: %s', (predicate, text, expected) => {
    expect(predicateOf(text, predicate)).toEqual(expected);
  });
});
