/**
 * Gazetteer mentions: longest match, case, possessives, plurals, hyphen/space variants, demonyms,
 * capitals as states or cities, and city names inside larger names.
 */
import { describe as group, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';
import { foldKey } from '../../src/domain/names.ts';

group('gazetteer longest match', () => {
  const cases: Array<[string, string, string[]]> = [
    ['possessive', "Ruritania's radar saw it.", ['Ruritania|name|Country|ruritania']],
    ['plural of a weapon', 'They fired two Storm Lances at dawn.', ['Storm Lances|name|WeaponSystem|storm-lance']],
    ['plural of a designation letter after a hyphen', 'They fired three Lance-Ks at dawn.', ['Lance-Ks|name|WeaponSystem|lance-k']],
    ['hyphen variant', 'A Hornet-7 crashed.', ['Hornet-7|name|WeaponSystem|hornet-7']],
    ['space variant', 'A Hornet 7 crashed.', ['Hornet 7|name|WeaponSystem|hornet-7']],
    ['other designation', 'A Wasp-2 crashed.', ['Wasp-2|name|WeaponSystem|hornet-7']],
    ['acronym with periods', 'The U.S. sent aid.', ['U.S.|name|Country|united-states']],
    ['longest alias wins (its demonym also mentions the state)', 'The Ruritanian Defence Ministry spoke.', ['Ruritanian Defence Ministry|name|Organisation|ruritanian-defence-ministry', 'Ruritanian|demonym|Country|ruritania']],
    ['diacritics fold', 'Officials in Zénda counted damage.', ['Zénda|name|City|zenda']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(mentionsOf(text).filter((m) => !m.includes('|pronoun|'))).toEqual(expected);
  });

  it('keeps short acronyms case-sensitive: "us" is not the United States', () => {
    expect(mentionsOf('Let us wait for news.')).toEqual([]);
    expect(mentionsOf('The US will wait.')).toEqual(['US|name|Country|united-states']);
  });

  it('requires a capital letter for a capitalised alias', () => {
    expect(mentionsOf('a zenda of apples')).toEqual([]);
  });

  it('folds keys to letters and digits', () => {
    expect(foldKey('Shahed-136')).toBe('shahed136');
    expect(foldKey('U.S.')).toBe('us');
    expect(foldKey('Przewodów')).toBe('przewodow');
  });
});

group('demonyms', () => {
  const cases: Array<[string, string[]]> = [
    ['Ruritanian missiles hit the depot.', ['Ruritanian|demonym|Country|ruritania', 'missiles|generic|WeaponSystem|generic:missile']],
    ['The Bordurians fired again.', ['Bordurians|demonym|Country|borduria']],
    ['An American-made radar.', ['American|demonym|Country|united-states']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('does not read a dating prefix ("Ruritanian-era") as a mention', () => {
    expect(mentionsOf('An old Ruritanian-era bunker.')).toEqual([]);
  });
});

group('capitals: state or city', () => {
  const state = (name: string): string => `${name}|capital|Country|`;
  const city = (name: string): string => `${name}|name|City|`;
  const cases: Array<[string, string, string]> = [
    ['subject of a speech verb', 'Strelsau said the strike failed.', state('Strelsau')],
    ['subject of another verb', 'Strelsau vowed to respond.', state('Strelsau')],
    ['possessive of a request', "Strelsau's request was refused.", state('Strelsau')],
    ['regime', 'The Strelsau regime denied it.', state('Strelsau')],
    ['object of a supply verb', 'Allies keep arming Strelsau with shells.', state('Strelsau')],
    ['agent after "by"', 'The claim was rejected by Strelsau.', state('Strelsau')],
    ['time words before the verb', 'Strelsau last week declared victory.', state('Strelsau')],
    ['after "in"', 'Sirens sounded in Strelsau overnight.', city('Strelsau')],
    ['object of an attack verb', 'Drones were targeting Strelsau at night.', city('Strelsau')],
    ['dateline', 'STRELSAU, May 3 - The talks ended.', city('STRELSAU')],
    ['possessive with a place noun', "Strelsau's centre was hit.", city('Strelsau')],
    ['passive harm', 'Strelsau was hit by debris.', city('Strelsau')],
    ['after "of"', 'A village southwest of Strelsau burned.', city('Strelsau')],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const found = mentionsOf(text).find((m) => m.toLowerCase().startsWith('strelsau'));
    expect(found?.startsWith(expected)).toBe(true);
  });

  it('reads a capital coordinated with a state as the state', () => {
    expect(mentionsOf('A pact between Borduria and Strelsau worries many.')).toContain('Strelsau|capital|Country|ruritania');
  });

  it('a non-capital city is always the city', () => {
    expect(mentionsOf('Zenda said nothing.')).toEqual(['Zenda|name|City|zenda']);
  });
});

group('a city inside a larger name is not a mention of the city', () => {
  const cases: Array<[string, string]> = [
    ['The Strelsau Independent reported it.', 'Strelsau Independent'],
    ['Traffic on the Zenda bridge stopped.', 'Zenda bridge'],
    ['By Anna Kral, Strelsau correspondent', 'Strelsau correspondent'],
  ];
  it.each(cases)('%s', (text) => {
    expect(mentionsOf(text).some((m) => m.includes('|City|'))).toBe(false);
  });

  it('a title-case headline keeps its place names', () => {
    expect(mentionsOf('Bordurian Drones Strike Zenda Overnight Again')).toContain('Zenda|name|City|zenda');
  });

  it('a name closing "<Day> of ..." is part of the larger name', () => {
    expect(mentionsOf('They marked the Day of Ruritanian Air Force on Sunday.').some((m) => m.includes('|Organisation|'))).toBe(false);
    expect(mentionsOf('The Ruritanian Air Force flew on Sunday.')).toContain('Ruritanian Air Force|name|Organisation|ruritanian-air-force');
  });

  it('every item of a list closed by a plural region word is a region', () => {
    const found = mentionsOf('Strikes hit the Zenda, Dolina and Strelsau regions.');
    expect(found).toContain('Zenda|name|Region|zenda-oblast');
    expect(found.filter((m) => m.includes('|Region|')).length).toBe(3);
    expect(found.some((m) => m.includes('|City|'))).toBe(false);
  });

  it('a city before "Governor" is the region the governor heads', () => {
    expect(mentionsOf('Zenda Governor Ilse Moravec spoke.')).toContain('Zenda|name|Region|zenda-oblast');
  });

  it('a region word after a city makes the region', () => {
    expect(mentionsOf('Shelling hit the Zenda region again.')).toContain('Zenda region|name|Region|zenda-oblast');
  });
});

group('people and possessive states', () => {
  it('a gazetteer surname after another given name is another person', () => {
    const found = mentionsOf('By Maria Elphberg and Tom Hale');
    expect(found.some((m) => m.includes('rudolf-elphberg'))).toBe(false);
    expect(found).toEqual(['Maria Elphberg|name|Person|person:maria-elphberg', 'Tom Hale|name|Person|person:tom-hale']);
  });
  it('the gazetteer spelling of the full name still matches', () => {
    expect(mentionsOf('Rudolph Elphberg spoke.')).toEqual(['Rudolph Elphberg|name|Person|rudolf-elphberg']);
  });
  it('a possessive state opening a longer name is a mention of the state too', () => {
    const found = mentionsOf("Ruritania's air force said nothing.");
    expect(found).toContain("Ruritania's air force|name|Organisation|ruritanian-air-force");
    expect(found).toContain('Ruritania|name|Country|ruritania');
  });
});

group('ambiguous aliases pick the entry of the nearest state', () => {
  it('Defence Ministry after Borduria is the Bordurian one', () => {
    const found = mentionsOf('Borduria denied it. The Defence Ministry said no strike took place.');
    expect(found).toContain('Defence Ministry|name|Organisation|bordurian-defence-ministry');
  });
  it('Defence Ministry after Ruritania is the Ruritanian one', () => {
    const found = mentionsOf('Ruritania denied it. The Defence Ministry said no strike took place.');
    expect(found).toContain('Defence Ministry|name|Organisation|ruritanian-defence-ministry');
  });
  it('a city of the same sentence stands for its state ("In Strelsau, the Defence Ministry")', () => {
    const found = mentionsOf('Borduria denied it. In Strelsau, the Defence Ministry said no strike took place.');
    expect(found).toContain('Defence Ministry|name|Organisation|ruritanian-defence-ministry');
  });
  it('a city of an earlier sentence does not', () => {
    const found = mentionsOf('Sirens sounded in Strelsau. Borduria denied it. The Defence Ministry said no strike took place.');
    expect(found).toContain('Defence Ministry|name|Organisation|bordurian-defence-ministry');
  });
});

group('matches joined to what follows or precedes them', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a sibling designation after a slash', 'A Hornet-7/8 crashed.', ['Hornet-7/8|name|WeaponSystem|hornet-7', 'Hornet-7/8|name|WeaponSystem|hornet-8']],
    ['no sibling the gazetteer lacks', 'A Hornet-7/9 crashed.', ['Hornet-7|name|WeaponSystem|hornet-7']],
    ['no sibling across spaces', 'A Hornet-7 / 8 crashed.', ['Hornet-7|name|WeaponSystem|hornet-7']],
    ['a place with a capitalised word after a hyphen', 'Two died in Zenda-Kovalyk.', ['Zenda-Kovalyk|name|City|city:zenda-kovalyk']],
    ['a place with a capitalised word before a hyphen', 'Two died in Novo-Zenda.', ['Novo-Zenda|name|City|city:novo-zenda']],
    ['two known places joined by a hyphen', 'The Zenda-Strelsau road was cut.', ['Zenda|name|City|zenda', 'Strelsau|name|City|strelsau']],
    ['a place before a lower-case word', 'A Zenda-based unit left.', ['Zenda|name|City|zenda']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

group('a demonym opening the name of its own state\'s organisation', () => {
  const state = 'Ruritanian|demonym|Country|ruritania';
  const cases: Array<[string, string, boolean]> = [
    ['an armed force', 'The Ruritanian Air Force scrambled jets.', true],
    ['a ministry', 'Officials of the Ruritanian Defence Ministry met.', true],
    ['a name closing a larger name', 'The Museum of the Ruritanian Air Force reopened.', false],
    ['an organisation of another state', 'The Bordurian Air Force scrambled jets.', false],
  ];
  it.each(cases)('%s', (_name, text, mentioned) => {
    expect(mentionsOf(text).includes(state)).toBe(mentioned);
  });
});
