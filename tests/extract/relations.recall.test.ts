/**
 * Table tests of the recall error classes of issue 10 found on the spent check set (tests/fixtures/checkset):
 * participle clauses the tagger reads as adjectives, place lists that go on after "as well as"/"including",
 * locative phrases before a place, counts that would reach into the previous line, and the further classes below.
 * Every sentence is written for this test (none is taken from a corpus); each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

type Case = [string, string[]];

/** ", damaging/hitting ... in X": an -ing participle clause after a comma has the main clause's attacker. */
const participleClause: Case[] = [
  ['Russian drones struck Kyiv late on Monday, damaging shops in the Podilskyi district.', ['targeted russia kyiv -', 'targeted russia podilskyi-district -']],
  ['Russia fired missiles at Lviv, hitting a depot in Dnipro as well.', ['targeted russia dnipro -', 'targeted russia lviv -']],
  // A participle that is no attack verb, and debris with no attacker, name no target.
  ['Russian drones circled over Kyiv, watching roads in the Podilskyi district.', []],
  ['Firefighters worked through the night, clearing rubble in Kharkiv.', []],
];

/** A place list goes on after "as well as", "including", "along with"; "across" opens the places of an attack noun. */
const listAdditions: Case[] = [
  ['Russia launched drones at Ukraine. Substations were damaged in Lviv, as well as in Odesa and Dnipro.', ['targeted russia dnipro -', 'targeted russia lviv -', 'targeted russia odesa -', 'targeted russia ukraine -']],
  ['Russia fired missiles overnight. Five people died in strikes across the country, including in Kharkiv and Dnipro.', ['targeted russia dnipro -', 'targeted russia kharkiv -']],
  // Places named beside an attack that only locate a speaker or an aid effort are not added.
  ['Russia fired missiles overnight. Rescuers from Lviv, as well as from Odesa, helped in Kharkiv.', []],
];

/** "a depot on the outskirts of X", "a plant at the edge of X": the locative phrase reaches its place. */
const locativePhrase: Case[] = [
  ['A Russian missile hit a depot on the outskirts of Kharkiv.', ['launched russia missile -', 'targeted russia kharkiv -']],
  ['Russian drones struck a plant at the edge of Odesa overnight.', ['launched russia drone -', 'targeted russia odesa -']],
  // A time after "on" is no place; a place after "near" is not where the weapon hit.
  ['A Russian missile hit a depot on Monday.', ['launched russia missile -']],
];

/** A number on the line before a sentence (a date line's year) is not the count of the weapons that open it. */
const countWithinSentence: Case[] = [
  ['Posted 3 March 2025\nRussian drones attacked Odesa overnight.', ['launched russia drone -', 'targeted russia odesa -']],
  ['Russia launched 40 drones at Odesa overnight.', ['launched russia drone 40', 'targeted russia odesa -']],
];

describe('recall classes: targeted places', () => {
  it.each(participleClause)('participle clause: %s', (text, expected) => expect(relationsOf(text, 'targeted')).toEqual(expected));
  it.each(listAdditions)('list additions: %s', (text, expected) => expect(relationsOf(text, 'targeted')).toEqual(expected));
  it.each(locativePhrase)('locative phrase: %s', (text, expected) => expect(relationsOf(text)).toEqual(expected));
  it.each(countWithinSentence)('count within its sentence: %s', (text, expected) => expect(relationsOf(text)).toEqual(expected));
});

/** An ellipsis repeats the trigger's frame with its own subject: "as did Y", "and so did Y". */
const ellipsis: Case[] = [
  ['Russian missiles hit Kyiv. Poland condemned the raid on Monday, as did Washington.', ['condemned poland russia -', 'condemned united-states russia -']],
  ['Russian missiles hit Kyiv. NATO condemned the strike, and so did the EU.', ['condemned european-union russia -', 'condemned nato russia -']],
  ['Zelenskyy asked Washington for more Patriot systems, as did Kuleba.', []],
  // No ellipsis: "as did" after a clause with no relation, and "so did" with an object of its own.
  ['Russian missiles hit Kyiv. Poland sent aid quickly, as did Washington.', []],
];

/** A state after "against" is the victim of the act condemned, not its doer. */
const victimOfAct: Case[] = [
  ['Russian missiles hit Kyiv. Poland strongly condemns this cruelty against Ukrainian civilians.', ['condemned poland russia -']],
  ['Russian missiles hit Kyiv. NATO condemned the terror against Ukraine.', ['condemned nato russia -']],
  // The doer named before "against" stays the condemned side.
  ['Russian missiles hit Kyiv. Later the EU condemned this cruelty by Russia against Ukrainians.', ['condemned european-union russia -']],
];

describe('recall classes: condemned', () => {
  it.each(ellipsis)('ellipsis: %s', (text, expected) => expect(relationsOf(text, 'condemned')).toEqual(expected));
  it.each(victimOfAct)('victim of the act: %s', (text, expected) => expect(relationsOf(text, 'condemned')).toEqual(expected));
});

describe('recall classes: requested ellipsis', () => {
  it('an ellipsis after a request repeats it for its subject', () => {
    expect(relationsOf('Zelenskyy asked Washington for more Patriot systems, as did Kuleba.', 'requested')).toEqual([
      'requested dmytro-kuleba patriot - @united-states',
      'requested volodymyr-zelenskyy patriot - @united-states',
    ]);
  });
});
