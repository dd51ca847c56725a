/**
 * Session 28 (branch recall28), issue 10: launched and intercepted recall on varied wording.
 *
 * 1. The singular pronoun "it" as the subject of a passive downing ("It was shot down over the sea") stands for the
 *    one singular weapon told last (a count of one, or no count and a singular form), also when coreference gave the
 *    pronoun the state that launched the weapon. Not with a verb that also tells damage ("it was destroyed": as
 *    likely a depot), not when the weapons told last are plural or of two kinds.
 * 2. A relevance conditional ("If you follow the news, ...", "If I read it right, ..."): "if", the writer or the
 *    reader as subject, a verb of taking in the news (class perceiveVerb, grown from WordNet: read, follow, hear, see,
 *    watch, understand, remember and their synonyms), closed by a comma, puts no condition on what the sentence then
 *    tells. A real condition (another subject, another verb, a past perfect counterfactual, an "if" clause that holds
 *    the event itself) stays one.
 * 3. A coordinated clause of interception after ", and" ("..., and air defence shot down 22 drones") ends the object
 *    list of the launch verb before it: its weapons are the downed ones, not more launched ones.
 *
 * Every sentence is written for these tests; negative rows are denials, questions, hypotheticals, real conditions,
 * debris, damage to a place and plural or other weapons.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

type Case = [name: string, text: string, expected: string[]];

const pronounCases: Case[] = [
  // The count 1: one weapon launched once and said downed without a figure was downed once (branch numbers28).
  ['"it" after a sentence with one missile', 'Russia fired a Kh-59 guided missile at Mykolaiv before dawn, the air force said. It was shot down over the estuary.', ['intercepted ukrainian-air-force kh-59 1']],
  ['"it" after a colon, the missile named by its class', 'Russia fired a Kh-59 guided missile at Mykolaiv before dawn, the air force said. The missile did not get far: it was brought down near the coast.', ['intercepted ukrainian-air-force kh-59 1']],
  ['"it" with a past perfect and an agent of another state', 'Polish officials said radar had followed one drone into Polish airspace near Chelm and that it had been shot down by a Polish fighter.', ['intercepted poland drone 1']],
  ['"it" after a possessive class noun', 'Russia also fired one Kh-31P missile at Odesa overnight, the air force said. The missile\'s flight was short: it was downed over the sea.', ['intercepted ukrainian-air-force kh-31 1']],
  // negatives
  ['plural weapons told last', 'Russia launched 20 Shahed drones at Kharkiv overnight, the air force said. It was shot down over the city.', []],
  ['a verb that also tells damage', 'A Russian Kh-59 missile hit a grain depot in Izmail overnight, the governor said. It was destroyed by fire.', []],
  ['a denial', 'Russia fired a Kh-59 guided missile at Mykolaiv before dawn, the air force said. It was not shot down.', []],
  ['a question', 'Russia fired a Kh-59 guided missile at Mykolaiv before dawn, the air force said. Was it shot down?', []],
  ['a hypothetical', 'Russia is expected to fire a Kh-59 guided missile at Mykolaiv, officials said. It could be shot down over the sea.', []],
];

const conditionalCases: Case[] = [
  ['"if I read it right"', 'If I read the summary right, Russia launched 48 Shahed drones at Ukraine overnight.', ['launched russia shahed-136 48']],
  ['"if you follow" before a claim of the other side', 'If you follow Russian state television, you will have heard that the defence ministry says its air defences destroyed nine Ukrainian drones over Kursk overnight.', ['intercepted russia drone 9', 'launched ukraine drone 9']],
  ['"if you heard" with an adverb', 'If you really heard the explosions at 3am, Russia fired six Kalibr missiles at Odesa from the Black Sea.', ['launched russia kalibr 6']],
  ['"if you have been following"', 'If you have been following the reports, air defence shot down 31 Shahed drones over the Kyiv region last night.', ['intercepted ukraine shahed-136 31']],
  // negatives
  ['another subject: a real condition', 'If Russia launches 40 Shahed drones tonight, air defence will try to shoot them down.', []],
  ['a counterfactual past perfect', 'If we had seen the drones earlier, we would have shot down all 30 of them.', []],
  ['the "if" clause holds the event', 'If you heard that Russia fired 40 drones at Lviv, do not believe it.', []],
  ['another verb than one of taking in the news', 'If you send us more Patriot systems, we will shoot down every missile Russia fires.', []],
  ['a question', 'If you follow the news, did Russia really launch 40 drones at Lviv?', []],
];

const coordinatedCases: Case[] = [
  ['", and air defence shot down"', 'Russia launched 64 Shahed drones at Ukraine overnight, and air defence shot down 51 drones.', ['intercepted ukraine drone 51', 'launched russia shahed-136 64']],
  ['", and the air force downed" after two weapons', 'Russia launched 30 Shahed drones and two Kh-59 missiles overnight, and the air force downed 25 drones.', ['intercepted ukraine drone 25', 'launched russia kh-59 2', 'launched russia shahed-136 30']],
  // negatives: a coordinated list of launched weapons goes on
  ['", and" before another launched weapon', 'Russia launched 30 Shahed drones, and two Kh-59 missiles, at Odesa overnight.', ['launched russia kh-59 2', 'launched russia shahed-136 30']],
  ['debris of a downing in the second clause', 'Russia launched 30 Shahed drones at Odesa overnight, and debris of a downed drone hit a warehouse.', ['launched russia shahed-136 30']],
];

describe('"it" as the subject of a passive downing stands for the one singular weapon told last (session 28)', () => {
  it.each(pronounCases)('%s', (_name, text, expected) => {
    expect(relationsFound(text, ['intercepted'])).toEqual(expected);
  });
});

describe('a relevance conditional puts no condition on the launch or downing told after it (session 28)', () => {
  it.each(conditionalCases)('%s', (_name, text, expected) => {
    expect(relationsFound(text, ['launched', 'intercepted'])).toEqual(expected);
  });
});

describe('a coordinated clause of interception ends the launch verb\'s object list (session 28)', () => {
  it.each(coordinatedCases)('%s', (_name, text, expected) => {
    expect(relationsFound(text, ['launched', 'intercepted'])).toEqual(expected);
  });
});
