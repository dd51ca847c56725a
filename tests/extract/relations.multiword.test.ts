/**
 * Table tests of the multi-word and newly classed triggers (issue 10 item 1, branch lexicon6): phrasal verbs and
 * idioms of each predicate's lexicon class ("fended off", "swatted down", "shot out of the sky", "made the case
 * for", "came down hard on", "zeroed in on"), the matcher's support for separable phrasal verbs with the particle
 * after the object ("took 30 drones down"; in PhraseSet, not wired into the classes yet: see lexicon.ts), and negative rows: the same expressions denied, planned,
 * asked about, or in a sense that names no relation. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../src/extract/lexicon.ts';
import { relationsOf } from './relations-helpers.ts';

const launched: Array<[string, string[]]> = [
  ['Russia threw 27 Shahed drones at Odesa overnight.', ['launched russia shahed-136 27']],
  ['Russia fired 11 Kalibr missiles off the coast of Crimea.', ['launched russia kalibr 11']],
  ['Russia let loose 35 drones before dawn.', ['launched russia drone 35']],
  ['Russia fired off 11 Kh-101 missiles overnight.', ['launched russia kh-101 11']],
  // A participle clause after a comma takes the main verb's doer, not the owner in its object.
  ["Russia went after Ukraine's gas fields again, throwing 58 missiles at them.", ['launched russia missile 58']],
  // Negative rows.
  ['Russia did not throw any Kinzhal missiles at Kyiv this week.', []],
  ['Russia could throw 100 drones at Lviv in one night, analysts warned.', []],
];

const intercepted: Array<[string, string[]]> = [
  ["Ukraine's air defences fended off 25 Shahed drones overnight.", ['intercepted ukraine shahed-136 25']],
  ["Ukraine's air force swatted down 13 drones overnight.", ['intercepted ukraine drone 13']],
  // A particle right after the verb is no platform preposition ("off the coast").
  ["Ukraine's air defences held off 14 drones over Kyiv.", ['intercepted ukraine drone 14']],
  ['Sixteen cruise missiles were shot out of the sky over Dnipro.', ['intercepted ukraine cruise-missile 16']],
  // Negative rows: denied, questioned, planned; "took ... out of" is no phrasal verb.
  ['Poland denied that it had fended off Russian drones.', []],
  ['Will NATO swat down Russian drones over Lviv?', []],
  ["Ukraine plans to take the Shahed drones down with jets next winter.", []],
  ['Crews took 12 drones out of storage in Belgorod.', []],
];

const requested: Array<[string, string[]]> = [
  ['Zelenskyy made the case for more Patriot systems on Monday.', ['requested volodymyr-zelenskyy patriot -']],
  // The addressee after "from" is not read yet (see the README of tests/fixtures/paraphrase).
  ['Kuleba sought more IRIS-T systems from the EU.', ['requested dmytro-kuleba iris-t -']],
  // Negative rows: "seek to" is a plan, and a denied request.
  ['Kuleba sought to buy time before the vote.', []],
  ['Kuleba did not make the case for Patriot systems at the meeting.', []],
];

const condemned: Array<[string, string[]]> = [
  ['Borrell hit out at Russia over the strike on Odesa.', ['condemned josep-borrell russia -']],
  ['NATO came down hard on Russia after the attack on Kyiv.', ['condemned nato russia -']],
  ['Borrell spoke out against the Russian strikes on Dnipro.', ['condemned josep-borrell russia -']],
  // Negative rows: a denied condemnation, and "came down" in a sense that is no condemnation.
  ['Debris from two drones came down on a field near Lviv.', []],
  ['Peskov said Moscow would not hit out at NATO.', []],
];

const targeted: Array<[string, string[]]> = [
  ['Russia zeroed in on Odesa overnight.', ['targeted russia odesa -']],
  ['Russia went after energy facilities in Kharkiv on Monday.', ['targeted russia kharkiv -']],
  ['Russian forces hammered Dnipro for a third night.', ['targeted russia dnipro -']],
  // Negative rows: planned, denied; a plural noun "homes in" is no verb.
  ['Debris damaged homes in Kharkiv and Odesa.', []],
  ['Russia plans to go after Lviv next.', []],
  ['Moscow denied that it had hammered Kharkiv.', []],
];

function rows(table: Array<[string, string[]]>, predicate: string): Array<[string, string, string[]]> {
  return table.map(([sentence, expected]) => [predicate, sentence, expected]);
}

describe('relations: multi-word and newly classed triggers', () => {
  it.each([
    ...rows(launched, 'launched'),
    ...rows(intercepted, 'intercepted'),
    ...rows(requested, 'requested'),
    ...rows(condemned, 'condemned'),
    ...rows(targeted, 'targeted'),
  ])('%s: %s', (predicate, sentence, expected) => {
    expect(relationsOf(sentence, predicate)).toEqual(expected);
  });
});

describe('PhraseSet: separable phrasal verbs', () => {
  const set = new PhraseSet(['shot down', 'took down', 'took out'], 0, [['shot', 'down'], ['took', 'down'], ['took', 'out']]);
  const words = (text: string): string[] => text.toLowerCase().split(' ');
  it.each([
    ['shot down 20 drones', 2],
    ['shot 20 drones down', 1],
    ['shot the two attack drones down', 1],
    ['took 12 drones out', 1],
    // Too far, across a clause or list boundary, or "out of" (a preposition).
    ['shot at the drones for an hour before it went down', 0],
    ['shot 20 drones , and down', 0],
    ['took 12 drones out of storage', 0],
    ['shot 20 drones', 0],
  ] as const)('%s -> %i', (text, length) => {
    expect(set.match(words(text), 0)).toBe(length);
  });
});
