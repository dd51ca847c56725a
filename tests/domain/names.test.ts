/**
 * The name normalisers of src/domain/names.ts, one table per purpose: each keeps the rules its stage's outputs
 * depend on, and the tables show where they differ on the same input.
 */
import { describe, expect, it } from 'vitest';
import {
  descriptionPhrase, entitySlug, foldKey, genericClassKey, lookupKey, mergeKey, mergeName, recognisedKey, scoreName, surfaceForm, wellFormed,
} from '../../src/domain/names.ts';

describe('foldKey (gazetteer matcher)', () => {
  it.each([
    ['Shahed-136', 'shahed136'],
    ['U.S.', 'us'],
    ['Przewodów', 'przewodow'],
    ['Łódź', 'lodz'],
    ['Київ', ''], // the matcher folds Latin script only
    ['kyiv', 'kyiv'],
  ])('%j -> %j', (input, key) => expect(foldKey(input)).toBe(key));
});

describe('entity keys (extract)', () => {
  it.each([
    ['Tomás Varga', 'tomas-varga'],
    ['  RM-70 Vampire ', 'rm-70-vampire'],
    ['!!!', 'x'],
  ])('entitySlug(%j) = %j', (label, slug) => expect(entitySlug(label)).toBe(slug));

  it('builds `<type>:<slug>` and `generic:<slug>` keys', () => {
    expect(recognisedKey('Person', 'Tomás Varga')).toBe('person:tomas-varga');
    expect(recognisedKey('WeaponSystem', 'Su-35')).toBe('weaponsystem:su-35');
    expect(genericClassKey('attack drone')).toBe('generic:attack-drone');
    // Unlike entitySlug, the class key keeps edge dashes and does not fold diacritics.
    expect(genericClassKey(' drone ')).toBe('generic:-drone-');
  });
});

describe('surface forms and description phrases (extract)', () => {
  it.each([
    ['Kyiv', 'Kyiv'],
    ["Ruritania's", 'Ruritania'],
    ['Ruritania’', 'Ruritania'],
    ['Rudolf\n  Elphberg', 'Rudolf Elphberg'],
  ])('surfaceForm(%j) = %j', (text, surface) => expect(surfaceForm(text)).toBe(surface));

  it.each([
    ['The Alliance', 'alliance'],
    ['the  ministry', 'ministry'],
    ['theatre', 'theatre'],
  ])('descriptionPhrase(%j) = %j', (text, phrase) => expect(descriptionPhrase(text)).toBe(phrase));
});

describe('merge, lookup and score keys (graph, query, eval)', () => {
  const cases: Array<[string, string, string, string]> = [
    // input, mergeName, lookupKey, scoreName
    ['U.S.', 'us', 'us', 'us'],
    ["Volodymyr  Zelens'kyy", 'volodymyr zelenskyy', 'volodymyrzelenskyy', 'volodymyrzelenskyy'],
    ['António Guterres', 'antonio guterres', 'antonioguterres', 'antónioguterres'],
    ['Shahed-136', 'shahed 136', 'shahed136', 'shahed136'],
    ['Київ', 'киів', 'киів', 'київ'],
    ['!!!', '', '', ''],
  ];
  it.each(cases)('%j -> merge %j, lookup %j, score %j', (input, merge, lookup, score) => {
    expect(mergeName(input)).toBe(merge);
    expect(lookupKey(input)).toBe(lookup);
    expect(scoreName(input)).toBe(score);
  });

  it('prefixes the merge key with the type and keeps strings well formed', () => {
    expect(mergeKey('Country', 'The U.S.')).toBe('Country|the us');
    expect(wellFormed('a\ud800b\ufffe')).toBe('a\ufffdb\ufffd');
  });
});
