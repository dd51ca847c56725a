/**
 * Table tests of session 17's `condemned` classes: a judgement whose judge is named by a frame with no verb of
 * saying: "in the judgement of X", "in X's view", a fronted "For X, the strike was ...", a relative "X, for whom the
 * attack was ...", and "...: that was how X described the strike". Rows with no judgement word, no actor in the frame,
 * or a judgement that is concern only give nothing. And the act a verb of judging names when the latest attack told is
 * the judge's own side's: the article's main attack, when that is the other side's.
 */
import { describe, expect, it } from 'vitest';
import { makeDoc } from './helpers.ts';
import { runSteps } from '../../src/extract/index.ts';
import { relationsOf } from './relations-helpers.ts';

/** Relations of one predicate over the whole pipeline, as `subject object`. */
const predicateOf = (text: string, predicate: string): string[] =>
  runSteps(makeDoc(text))
    .relations.filter((r) => r.predicate === predicate)
    .map((r) => `${r.subject} ${r.object}`)
    .sort();

const viewpoints: Array<[string, string[]]> = [
  ['In the judgement of Josep Borrell, the strike on Kharkiv was a war crime.', ['condemned josep-borrell russia -']],
  ["In Borrell's view, the attack on Lviv was barbaric.", ['condemned josep-borrell russia -']],
  ['That Russian missiles should hit Kyiv on a holiday was, in the eyes of Josep Borrell, "pure terror".', ['condemned josep-borrell russia -']],
  ['For Poland, the strike on Lviv was "an act of terror against sleeping families".', ['condemned poland russia -']],
  // An apposition's person speaks for the phrase.
  ["For the European Union's top diplomat, Josep Borrell, the drone attack on Odesa was cowardly.", ['condemned josep-borrell russia -']],
  ['The sharpest words came from Josep Borrell, for whom the attack on Kyiv was "a crime against children".', ['condemned josep-borrell russia -']],
  ['Terror against a sleeping city: that was how Josep Borrell described the strike on Dnipro.', ['condemned josep-borrell russia -']],
  // Negatives: no judgement word, concern only, no actor in the frame, a "for" that names a beneficiary.
  ['In the view of Josep Borrell, the strike on Kharkiv was a turning point.', []],
  ['For Josep Borrell, the attack on Lviv was a cause of deep concern.', []],
  ['In the eyes of many residents, the strike on Kyiv was terror.', []],
  ['The aid for Poland, the strike on Lviv was said to be terror.', []],
  ['Is the strike on Kyiv, in the judgement of Josep Borrell, a war crime?', []],
];

describe('condemned: a judge named by a frame with no verb of saying', () => {
  it.each(viewpoints)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});

const ownSide: Array<[string, string[]]> = [
  // The latest attack told is Ukraine's; a Ukrainian judge's verb names the main (Russian) attack.
  ['Russian missiles hit Kharkiv and Lviv overnight, and Russian drones hit Odesa. Ukrainian drones struck Belgorod, officials said. Kuleba called the strike barbaric.', ['condemned dmytro-kuleba russia -']],
  // The main attack is the judge's own side's too: nothing.
  ['Ukrainian drones struck Belgorod overnight. Kuleba called the strike barbaric.', []],
];

describe("condemned: the act judged is not the judge's own side's", () => {
  it.each(ownSide)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});

// A statement filed under a heading block: the actor that makes up the line right above the statement's title is the
// "we" of the statement. No such line (a forum or a date above the title), or a line that is more than a name: nothing.
const headings: Array<[string, string, string[]]> = [
  ['condemned', 'REF/88/25\n12 May 2025\n\nPermanent Council\n\nEuropean Union\n\nSTATEMENT ON THE WAR AGAINST UKRAINE\n\nRussian missiles hit Odesa on Sunday. We condemn this attack on a sleeping city.', ['european-union russia']],
  ['requested', 'REF/88/25\n12 May 2025\n\nEuropean Union\n\nStatement on air defence for Ukraine\n\nWe call on all partners to send Ukraine more Patriot systems before the winter.', ['european-union patriot']],
  ['condemned', 'REF/88/25\n12 May 2025\n\nSTATEMENT ON THE WAR AGAINST UKRAINE\n\nRussian missiles hit Odesa on Sunday. We condemn this attack on a sleeping city.', []],
  ['condemned', 'REF/88/25\nNotes from the European Union visit\n\nSTATEMENT ON THE WAR AGAINST UKRAINE\n\nRussian missiles hit Odesa on Sunday. We condemn this attack on a sleeping city.', []],
];

describe('condemned and requested: the body above a statement title speaks its "we"', () => {
  it.each(headings)('%s: %s', (predicate, text, expected) => {
    expect(predicateOf(text, predicate)).toEqual(expected);
  });
});

// A condemnation noun that is the subject of a passive: its agents condemn, and what was condemned ends at the verb.
const passiveNouns: Array<[string, string[]]> = [
  ['Condemnation of the Russian strike on Odesa was voiced by Poland and the United States.', ['condemned poland russia -', 'condemned united-states russia -']],
  ['Condemnation of the Russian strike on Odesa could be voiced by Poland next week.', []],
  ['Condemnation of the strike on Kyiv was issued by Josep Borrell within the hour.', ['condemned josep-borrell russia -']],
  ['Condemnation of the strike on Kyiv was rejected by Dmitry Peskov.', []],
];

describe('condemned: a condemnation noun uttered in the passive', () => {
  it.each(passiveNouns)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'condemned')).toEqual(expected);
  });
});
