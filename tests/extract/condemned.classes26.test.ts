/**
 * Session 26 (branch condemned26): the object of a condemnation or of a characterising call told by a noun outside the
 * attack nouns (issue 10).
 *
 * 1. A noun that names a judged act or a course of acts (lexicon class judgedActNoun, grown from WordNet: "campaign",
 *    "crusade", "killing", "pattern") heads the object of a condemnation verb ("condemned a campaign against heat")
 *    or of a verb that characterises ("called the killing of the teacher a war crime", "called the pattern terror").
 * 2. A time noun (class temporalExpression) heading the object of a condemnation verb stands for the attack of that
 *    time, as it already did for a characterising call: 'deplored "another night in which homes were the target"'
 *    (a quotation mark may open the object).
 *
 * 3. The "as" phrase of a condemnation verb characterises the act ("condemned the strikes on X as Russian terror
 *    against Y"): a state among the judgement's modifiers is the doer, and a state after the judgement word is its
 *    victim, not a place attacked whose enemy would be the doer.
 *
 * 4. No actor condemns itself: a state told again in the object phrase by a possessive pronoun ("in a statement by its
 *    foreign ministry") is dropped before an ellipsis ("So did Y", "as did Y") repeats the frame for another actor.
 *
 * Every sentence is written for these tests; negative rows hold concern, calls for talks or restraint, regret, a
 * condemnation denied, planned or asked for, the attacker's own denial, praise, and a campaign that is no act judged.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const found = (text: string): string[] => relationsFound(text, ['condemned'], 'classes26');
const STRIKE = 'Russian missiles struck Lviv overnight, killing a teacher. ';
const MINISTER = "Lithuania's foreign minister, Gabrielius Landsbergis,";
const LANDSBERGIS = ['condemned gabrielius-landsbergis russia -'];

describe('a noun that names a judged act or a course of acts heads the object (class judgedActNoun)', () => {
  const cases: [string, string, string[]][] = [
    ['called the killing ... a war crime', `${STRIKE}${MINISTER} called the killing of the teacher "a war crime".`, LANDSBERGIS],
    ['described the killings as barbaric', `${STRIKE}${MINISTER} described the killings of civilians as barbaric.`, LANDSBERGIS],
    ['called the pattern terror', `${STRIKE}${MINISTER} called the pattern "terror in instalments".`, LANDSBERGIS],
    ['condemned a campaign against heat', `${STRIKE}${MINISTER} condemned "a campaign against heat, waged on families".`, LANDSBERGIS],
    ['denounced the crusade against the grid', `${STRIKE}${MINISTER} denounced the crusade against the power grid.`, LANDSBERGIS],
    // negatives: concern, calls for talks, regret, a denied or asked-for condemnation, praise, no judgement
    ['concern about a campaign', `${STRIKE}${MINISTER} voiced concern about the campaign against the grid.`, []],
    ['calls for talks', `${STRIKE}${MINISTER} called for talks to end the campaign.`, []],
    ['regret over the killing', `${STRIKE}${MINISTER} expressed regret over the killing of the teacher.`, []],
    ['a condemnation denied', `${STRIKE}${MINISTER} did not condemn the campaign against the grid.`, []],
    ['a condemnation asked for', `${STRIKE}Reporters asked whether ${MINISTER} would condemn the campaign.`, []],
    ['praise of a campaign', `${STRIKE}${MINISTER} called the fundraising campaign "a wonderful effort".`, []],
    ['a campaign called nothing moral', `${STRIKE}${MINISTER} called the campaign long and costly.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a time noun heading the object of a condemnation verb stands for the attack of that time', () => {
  const DRONES = 'Russian drones struck Lviv overnight. ';
  const cases: [string, string, string[]][] = [
    ['deplored another night (quoted)', `${DRONES}${MINISTER} deplored "another night in which homes were the target".`, LANDSBERGIS],
    ['condemned the night of fear', `${DRONES}${MINISTER} condemned the night of fear in the city in a post on X.`, LANDSBERGIS],
    ['decried a third night', `${DRONES}${MINISTER} decried a third night of fear for the city.`, LANDSBERGIS],
    // negatives: a plan, a question, the attacker's own denial, solidarity, restraint
    ['a condemnation planned', `${DRONES}${MINISTER} will condemn the night in a speech on Friday.`, []],
    ['a question', `${DRONES}Did ${MINISTER} condemn the night?`, []],
    ['the attacker denies', `${DRONES}Moscow denied that the night was an attack on homes.`, []],
    ['solidarity only', `${DRONES}${MINISTER} said Lithuania stood with Lviv after another night of sirens.`, []],
    ['restraint', `${DRONES}${MINISTER} urged restraint after the night.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the "as" phrase of a condemnation verb names the doer among its modifiers, not the victim after it', () => {
  const NIGHT = 'Russian missiles struck Odesa and Mykolaiv overnight. ';
  const cases: [string, string, string[]][] = [
    ['as Russian terror against the people of Ukraine', `${NIGHT}${MINISTER} condemned the strikes on Odesa and Mykolaiv as "Russian terror against the people of Ukraine".`, LANDSBERGIS],
    ['as the latest of Russian crimes against Ukraine', `${NIGHT}${MINISTER} denounced the strike as "the latest in a string of Russian crimes against Ukraine's cities".`, LANDSBERGIS],
    ['as Russian savagery against Ukraine, over a place', `${NIGHT}${MINISTER} condemned the strike on Mykolaiv as "Russian savagery against Ukraine's children".`, LANDSBERGIS],
    // negatives: concern, a denied condemnation, restraint, the attacker's own denial
    ['concern about the strikes', `${NIGHT}${MINISTER} was concerned about the strikes on Odesa and Mykolaiv.`, []],
    ['a denied condemnation', `${NIGHT}${MINISTER} did not condemn the strikes on Odesa as terror against Ukraine.`, []],
    ['calls for restraint', `${NIGHT}${MINISTER} called on all sides to show restraint after the strikes on Odesa.`, []],
    ['the attacker denies', `${NIGHT}Moscow denied that the strikes on Odesa were terror against Ukraine.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('no actor condemns itself, and an ellipsis does not carry the first actor over as an object', () => {
  const DRONES = 'Russian drones struck Odesa overnight. ';
  const BY_ITS = 'Finland condemned the Russian attack in a statement by its foreign ministry';
  const cases: [string, string, string[]][] = [
    ['so did Y in the next sentence', `${DRONES}${BY_ITS}. So did Norway.`, ['condemned finland russia -', 'condemned norway russia -']],
    ['as did Y', `${DRONES}${BY_ITS}, as did Norway.`, ['condemned finland russia -', 'condemned norway russia -']],
    ['Y did too', `${DRONES}${BY_ITS}. Norway did too.`, ['condemned finland russia -', 'condemned norway russia -']],
    // negatives: an ellipsis of concern, a denied ellipsis, a condemnation planned, calls for talks
    ['an ellipsis of concern', `${DRONES}Finland voiced concern in a statement by its foreign ministry. So did Norway.`, []],
    ['neither did Y', `${DRONES}Finland did not condemn the attack in a statement by its foreign ministry, and neither did Norway.`, []],
    ['a condemnation planned', `${DRONES}Finland will condemn the attack in a statement by its foreign ministry on Monday. So will Norway.`, []],
    ['calls for talks', `${DRONES}Finland called for talks in a statement by its foreign ministry. So did Norway.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
