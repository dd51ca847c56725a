/**
 * Session 26 (branch targeted26): targeted recall on varied wording.
 *
 * Class 1, a structure coming down before an impact noun: "a block in the X district collapsed after a direct hit",
 * "the collapse of a block in X after a direct hit", "a bakery in Y was flattened by a direct hit". The clause told
 * harm only through damage words, so a collapse (lexicon class collapseVerb, grown from WordNet: collapse, cave in,
 * crumble, crumple, raze, flatten, tear down) named no target; and a passive participle of harm or collapse whose
 * "by" agent is an impact noun is now read like "after" (rule targeted:after-impact).
 * Class 2, an impact noun after "direct" with "on" (lexicon directHitNouns): "made a direct hit on a depot in X",
 * "scored direct hits on Y" name the places hit like an attack noun (rule targeted:noun).
 * Class 3, a noun of firing with an "of" phrase of weapons and a target preposition (lexicon aimedLaunchNouns: launch,
 * launching, firing): "the firing of 90 drones at Ukraine" aims the launch at the place like "the launch of ..." did
 * (rule targeted:launched-at).
 * Every sentence is written for these tests; negative rows hold debris, weather, a denial, a hypothetical, a
 * question, a downing place and a speaker's seat.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const targets = (text: string): string[] => relationsFound(text, ['targeted'], 'classes26');
const LEAD = 'Russia attacked Ukraine overnight with drones and missiles, the air force said.';
const places = (text: string): string[] =>
  targets(text)
    .map((r) => r.split(' ')[2] ?? '')
    .filter((p) => p !== 'ukraine');

describe('a structure that came down before an impact noun was hit (collapseVerb, targeted:after-impact)', () => {
  const cases: [string, string, string[]][] = [
    ['collapsed after a direct hit', `${LEAD} A block of flats in the Obolonskyi district of Kyiv collapsed after a direct hit.`, ['kyiv', 'obolonskyi-district']],
    ['the noun collapse', `${LEAD} The collapse of a school gym in Poltava after a direct hit left two dead.`, ['poltava']],
    ['crumbled after an impact', `${LEAD} Part of a warehouse in Rivne crumbled after a direct impact.`, ['rivne']],
    ['razed after the strike', `${LEAD} A grain store in Uman was razed after the strike.`, ['uman']],
    ['flattened by a direct hit', `${LEAD} A family bakery in Sumy was flattened by a direct hit before dawn.`, ['sumy']],
    // negatives: debris, weather, a denial, a hypothetical, a question, a speaker's seat, a downing place
    ['debris', `${LEAD} A shed in Poltava collapsed after falling debris struck it.`, []],
    ['weather', `${LEAD} A roof in Poltava collapsed after heavy snow.`, []],
    ['a denial', `${LEAD} Officials in Rivne denied that any block had collapsed after a direct hit.`, []],
    ['a hypothetical', `${LEAD} Engineers warned that the dam in Poltava could collapse after a direct hit.`, []],
    ['a question', `${LEAD} Would the bridge in Sumy collapse after a direct hit?`, []],
    ['a speaker seat', `${LEAD} The mayor of Lutsk said nothing collapsed.`, []],
    ['flattened by a storm', `${LEAD} A barn in Uman was flattened by a storm last week.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a direct hit on a place is an attack noun (directHitNouns, targeted:noun)', () => {
  const cases: [string, string, string[]][] = [
    ['made a direct hit on', `${LEAD} A Shahed made a direct hit on a boiler house in Kovel, in the Volyn region.`, ['kovel', 'volyn-oblast']],
    ['scored direct hits on', `${LEAD} Two missiles scored direct hits on a rail depot in Fastiv.`, ['fastiv']],
    // negatives: debris instead of a hit, a denial, a question, a downing place
    ['debris instead', `${LEAD} Debris, not a direct hit on the plant in Kovel, started the fire.`, []],
    ['a denial', `${LEAD} The governor denied there had been a direct hit on the refinery in Kovel.`, []],
    ['a question', `${LEAD} Could a direct hit on the dam in Kovel flood the valley?`, []],
    ['a downing place', `${LEAD} A drone was shot down over Kovel without a direct hit.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a noun of firing aims its weapons at the place after a target preposition (aimedLaunchNouns, targeted:launched-at)', () => {
  const cases: [string, string[]][] = [
    ['The firing of 90 Russian drones at Ukraine overnight ended at dawn, the air force said.', ['ukraine']],
    ['Radar tracked the firing of two Russian missiles at Kharkiv and 40 drones at Sumy.', ['kharkiv', 'sumy']],
    // negatives: an origin, air defence fire over a place, a plan
    ['The firing of Russian missiles from Belgorod at night has become routine.', []],
    ["Ukraine's firing of air defence missiles over Kharkiv lit up the sky.", []],
    ['Russia is preparing the firing of 40 missiles at Kyiv, officials warned.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(targets(text).map((r) => r.split(' ')[2] ?? '')).toEqual(expected);
  });
});
