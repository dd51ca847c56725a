/**
 * Table tests of the error classes of session 15, found on the spent check sets 15 and 16 and written as sentences
 * of my own (none is taken from a corpus), with the real gazetteer: weapons sent against an unnamed country, "knocked
 * out of the sky", debris words, a facility near a place, "the main targets were the X and Y regions", a blow that
 * landed on a place, and an ordinal standing for a weapon just told. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

type Case = RelationCase;

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'session15');

const launches: Case[] = [
  // A verb of sending with a hostile direction is a launch, whatever the target is called; sent to a state is a delivery.
  ['Russia struck Lviv. Twelve missiles and 30 Shahed drones were sent against the country overnight.', ['launched russia missile 12', 'launched russia shahed-136 30']],
  ['Germany said two Patriot systems were sent to Ukraine in May.', []],
  // "knocked out of the sky" is an interception; "knocked out power" is damage, no interception.
  ['The air force said nine Shahed drones had also been knocked out of the sky over Poltava.', ['intercepted ukrainian-air-force shahed-136 9', 'launched russia shahed-136 -']],
  ['Russian drones knocked out power in Poltava.', ['launched russia drone -']],
];

launches.push(
  // A relative clause of downing after a weapon whose class noun has a participle the tagger reads as a verb.
  ['Russia fired a Kh-59 guided missile, which was shot down.', ['intercepted ukraine kh-59 1', 'launched russia kh-59 1']],
  ['Russia fired a Kh-59 guided missile, which hit a bridge.', ['launched russia kh-59 1']],
);

describe('session 15: sending, knocking out of the sky', () => {
  it.each(launches)('%s', (text, expected) => {
    expect(found(text, ['launched', 'intercepted'])).toEqual(expected);
  });
});

const targets: Case[] = [
  // Shrapnel and a fragment of a downed weapon hit nothing that was attacked.
  ["Shrapnel from intercepted missiles fell on Kyiv's Podilskyi district overnight.", []],
  ['A fragment of a downed Kalibr damaged the roof of a house in Fontanka.', []],
  // A facility near a place locates the hit there; debris near a place and a downing near one do not.
  ['Russian Kh-101 missiles struck a plant in Rivne and a fuel depot near Lutsk overnight.', ['targeted russia lutsk -', 'targeted russia rivne -']],
  ['Debris fell near Lutsk. The missiles were shot down near Lviv.', []],
  // "The main targets were the X and Y regions": a determiner before the places after the copula.
  ['Russian drones hit Lviv. The main targets were the Dnipropetrovsk and Kyiv regions, the air force said.', ['targeted russia dnipropetrovsk-oblast -', 'targeted russia kyiv-oblast -', 'targeted russia lviv -']],
  // A blow (WordNet: a stroke with a weapon) that landed on a place; a blow to morale is no attack.
  ["Overnight, the main blow landed on Kharkiv's Kyivskyi district, where a dormitory caught fire.", ['targeted russia kharkiv -', 'targeted russia region:kyivskyi-district -']],
  ['The strike on Lviv was a blow to morale in Kharkiv.', ['targeted russia lviv -']],
  // An ordinal subject stands for the weapons told before; with no weapon told, it stands for nothing.
  ['Russia fired two Iskander-M missiles. The second hit a school in Kharkiv.', ['targeted russia kharkiv -']],
  ['The first round of talks ended. The second hit a snag in Kharkiv.', []],
  // The nominal launch aims at the places after "against"; where it was launched from is no target.
  ['The air force reported the launch of four Iskander-M missiles and 20 Shahed drones against Ukraine.', ['targeted russia ukraine -']],
  ['The air force reported the launch of four Iskander-M missiles from Crimea.', []],
  // A weapon "heading for" a place aims at it; a person heading somewhere travels.
  ['Russia fired a Kh-59 missile overnight. The Kh-59 had been heading for Kryvyi Rih.', ['targeted russia kryvyi-rih -']],
  ['Zelenskyy was heading for Kharkiv on Monday.', []],
];

describe('session 15: debris, near, copular targets, blows, ordinals', () => {
  it.each(targets)('%s', (text, expected) => {
    expect(found(text, ['targeted'])).toEqual(expected);
  });
});
