/**
 * The recogniser of names the gazetteer does not know: each cue family with positive and negative cases.
 * All names here are invented.
 */
import { describe as group, expect, it } from 'vitest';
import { makeDoc, mentionContext, mentionsOf } from './helpers.ts';
import { runSteps } from '../../src/extract/index.ts';

/** The recognised (non-gazetteer) names of a text as `surface|type`. */
function names(text: string): string[] {
  const context = mentionContext(text);
  return context.mentions
    .filter((m) => m.kind === 'name' && context.gazetteer.get(m.entity) === undefined && m.type !== 'WeaponSystem')
    .map((m) => `${text.slice(m.start, m.end)}|${m.type}`);
}

group('person cues', () => {
  const cases: Array<[string, string, string]> = [
    ['title before', 'Mayor Tomas Varga said the bridge held.', 'Tomas Varga|Person'],
    ['lower-case title before', 'The regional governor, Ilse Moravec, asked for calm.', 'Ilse Moravec|Person'],
    ['multi-word title', 'Deputy Prime Minister Karel Dusek visited.', 'Karel Dusek|Person'],
    ['honorific', 'Gen. Pavel Oros inspected the unit.', 'Pavel Oros|Person'],
    ['speech verb after', 'Milena Horak said the shelter was full.', 'Milena Horak|Person'],
    ['speech verb before', '"We are ready," said Ondrej Salek.', 'Ondrej Salek|Person'],
    ['speech verb after a time phrase', 'Milena Horak on Tuesday said the shelter was full.', 'Milena Horak|Person'],
    ['according to', 'According to Lubos Cerny, the shelter was full.', 'Lubos Cerny|Person'],
    ['apposition', 'Jana Brezina, head of the city council, left.', 'Jana Brezina|Person'],
    ['apposition with an article', 'Viktor Lanc, a senior adviser, resigned.', 'Viktor Lanc|Person'],
    ['byline', 'By Lucie Fiala and Marek Holub', 'Lucie Fiala|Person'],
    ['byline, second name', 'By Lucie Fiala and Marek Holub', 'Marek Holub|Person'],
    ['editing credit', '(Reporting by Eva Kubat; Editing by Jiri Polak)', 'Jiri Polak|Person'],
    ['a labelled role line', 'Market note on the grid\n\nAnalyst: Marta Kolar\n\nPrices rose.', 'Marta Kolar|Person'],
    ["a correspondent's byline", 'Port burns after strikes\n\nFrom Ivo Dragan in Strelsau\n\nThe port burned.', 'Ivo Dragan|Person'],
    ['comma-enclosed after a description', 'Its spokesman, Radek Mraz, denied it.', 'Radek Mraz|Person'],
    ['name alone on a byline line', 'Petra Vlk —\n\nThe storm passed.', 'Petra Vlk|Person'],
    ['coordinated with a known person', 'Mayor Ales Koci and Hana Benes condemned it.', 'Hana Benes|Person'],
    ['comma-enclosed before a speech verb', 'Our reporter in Zenda, Irena Sokol, said the lights went out.', 'Irena Sokol|Person'],
    ['comma-enclosed after a title and its "of" phrase', 'The representative of Ruritania, Pavel Dvorak, citing the army, said the sky was clear.', 'Pavel Dvorak|Person'],
    ['a signature line closing a letter', 'Dear editor, the shelters were full.\n\nYours,\n\nTereza Malik', 'Tereza Malik|Person'],
    ['closing a sentence after a titled description', 'Sirens sounded at dawn, reported the head of the district council, Marta Kral.', 'Marta Kral|Person'],
    ['post-nominal letters after, not part of the name', 'A question was tabled by Hana Koval-Brandt MP on Monday.', 'Hana Koval-Brandt|Person'],
    ['post-nominal letters before a speech verb', 'Pieter Vos MEP said the vote would wait.', 'Pieter Vos|Person'],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(names(text)).toContain(expected);
  });

  const negatives: Array<[string, string]> = [
    ['a weekday before a speech verb', 'On Monday said nothing new.'],
    ['a demonym is no person', 'The Ruritanian said nothing.'],
    ['a title alone', 'The President said nothing.'],
    ['a section heading', 'International Response\n\nThe storm passed.'],
    ['a sentence-initial common word', 'Falling debris damaged cars.'],
    ['a job title after a byline', 'By Lucie Fiala, Staff Correspondent'],
    ['a list of places closing a sentence', 'Shelling went on in the towns of the district, Zenda Kovalyk.'],
  ];
  it.each(negatives)('no person from %s', (_name, text) => {
    const found = names(text).filter((n) => n.endsWith('|Person'));
    expect(found.filter((n) => !n.startsWith('Lucie Fiala'))).toEqual([]);
  });

  it('post-nominal letters alone name nobody', () => {
    expect(names('Pieter Vos MEP said the vote would wait. The MEP said more.').filter((n) => n.includes('MEP'))).toEqual([]);
  });
});

group('outlets in mastheads and datelines', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a dateline parenthesis before its dash', 'STRELSAU, May 2, 2024 (Borduria Wire) — Shelling went on.', ['Borduria Wire|Organisation']],
    ['a masthead line with a separator', 'ZBN News | World\n\nShelling went on.', ['ZBN News|Organisation']],
    ['a masthead line that opens with "The"', 'Port burns after strikes\n\nThe Strelsau Ledger\nMarch 6, 2025\n\nShelling went on.', ['The Strelsau Ledger|Organisation']],
    // Negative rows: an all-caps section label, a common word before a media head.
    ['an all-caps section label', 'AIR WAR WEEKLY | Analysis\n\nShelling went on.', []],
    ['a heading of common words', 'Breaking Wire | Home\n\nShelling went on.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(names(text).filter((n) => n.endsWith('|Organisation'))).toEqual(expected);
  });
});

group('speaker labels of a transcript', () => {
  it('a name in capitals labelling a line, with its surname labelling a later line, is a person', () => {
    const found = mentionsOf('HOST: What happened?\n\nILSE MORAVEC: Drones came at night.\n\nHOST: And then?\n\nMORAVEC: Fires.').filter((m) => m.includes('|Person|'));
    expect(found).toEqual(['ILSE MORAVEC|name|Person|person:ilse-moravec', 'MORAVEC|name|Person|person:ilse-moravec']);
  });
  it('a capitalised name with a role in parentheses before the colon is a person', () => {
    expect(mentionsOf('Ilse Moravec (analyst): Drones came at night.')).toContain('Ilse Moravec|name|Person|person:ilse-moravec');
  });
  it('a heading in capitals and a one-word role label name nobody', () => {
    expect(mentionsOf('KEY EVENTS: Drones came at night.\n\nHOST: What next?\n\nLATE NEWS: Fires.').filter((m) => m.includes('|Person|'))).toEqual([]);
  });
  it("a verbatim record's turn ('Name, on behalf of the X Group. - ...') opens with a person", () => {
    expect(mentionsOf('Marta Lindqvist, on behalf of the Renew Group. - Madam President, the drones came at night.')).toContain('Marta Lindqvist|name|Person|person:marta-lindqvist');
  });
  it('a comma and a full stop without the dash, or a dash on the next line, make no turn', () => {
    expect(mentionsOf('Marta Lindqvist, a quiet town, woke up.').filter((m) => m.includes('|Person|'))).toEqual([]);
    expect(mentionsOf('Marta Lindqvist, on behalf of the Renew Group.\n- Madam President, the drones came.').filter((m) => m.includes('|Person|'))).toEqual([]);
  });
});

group('the portfolio of a title names no body', () => {
  const cases: Array<[string, string, string[]]> = [
    ['"Minister for the" before an organisation head', 'Answered by Karel Dusek, Minister for the Armed Forces, on Monday.', []],
    ['"Commissioner for" before an organisation head', 'The Commissioner for Border Services spoke.', []],
    ['the same phrase owned by a state is a body', 'The Ruritanian Armed Forces said so.', ['Ruritanian Armed Forces|Organisation']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(names(text).filter((n) => n.endsWith('|Organisation'))).toEqual(expected);
  });
});

group('organisation cues', () => {
  it('an acronym in parentheses and its later uses are the organisation it follows', () => {
    const context = mentionContext('The Centre for Border Studies (CBS) said so. CBS said more.');
    const orgs = context.mentions.filter((m) => m.type === 'Organisation').map((m) => m.entity);
    expect(orgs).toEqual(['organisation:centre-for-border-studies', 'organisation:centre-for-border-studies', 'organisation:centre-for-border-studies']);
  });

  it('a surname that speaks is the person, not an organisation', () => {
    const found = names('Mayor Tomas Varga arrived. Varga said little.');
    expect(found).toContain('Varga|Person');
    expect(found).not.toContain('Varga|Organisation');
  });

  const cases: Array<[string, string]> = [
    ['The State Rescue Service reported two fires.', 'State Rescue Service|Organisation'],
    ['Officials of the Zenda City Military Administration spoke.', 'Zenda City Military Administration|Organisation'],
    ['State news agency Velkopress cited him.', 'Velkopress|Organisation'],
    ['Grid operator said the lines held. Elektrosit said repairs began.', 'Elektrosit|Organisation'],
    ['The Centre for Border Studies (CBS) said so. CBS said more.', 'CBS|Organisation'],
    ['(Photo: Tomas Varga/Global Images Ruritania via Picture Service)', 'Picture Service|Organisation'],
    // heads of clubs, leagues, schools, registers and analysts' firms
    ['The match was postponed by the Zendan Premier League on Friday.', 'Zendan Premier League|Organisation'],
    ['Supporters of FC Dravec gathered outside the ground.', 'FC Dravec|Organisation'],
    ['Pupils of the Strelsau Lyceum were sent home.', 'Strelsau Lyceum|Organisation'],
    ['A note by Borderland Energy Analytics put the loss at 2 GW.', 'Borderland Energy Analytics|Organisation'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });
});

group('place cues', () => {
  const cases: Array<[string, string]> = [
    ['Debris fell on the Dolni district overnight.', 'Dolni district|Region'],
    ['A blast shook the villages of Lhota and Ves.', 'Lhota|City'],
    ['An earlier strike on Dravec damaged a barn.', 'Dravec|City'],
    ['A blast shook the villages of Lhota and Ves.', 'Ves|City'],
    ['Two people died in Kravsko on Friday.', 'Kravsko|City'],
    ['Children played in Hradek Park all day.', 'Hradek Park|Region'],
    ['Boats waited off Cape Morin.', 'Cape Morin|Region'],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(names(text)).toContain(expected);
  });

  const negatives: Array<[string, string]> = [
    ['a month after "in"', 'The talks resumed in January.'],
    ['a name followed by a noun', 'It was added to the list in Danger list form.'],
    ['a street', 'A shell hit Lipova Street.'],
    ['a treaty', 'They cited the Velka Convention.'],
    ['a headline label', 'In Pictures: the night in the shelters'],
  ];
  it.each(negatives)('no place from %s', (_name, text) => {
    expect(names(text).filter((n) => n.endsWith('|City') || n.endsWith('|Region'))).toEqual([]);
  });
});

group('surnames link to the full name', () => {
  it('a later surname is the same person', () => {
    const context = mentionContext('Mayor Tomas Varga spoke first. Varga said the city was calm.');
    const persons = context.mentions.filter((m) => m.type === 'Person' && m.kind === 'name');
    expect(persons.map((m) => m.entity)).toEqual(['person:tomas-varga', 'person:tomas-varga']);
  });
  it('a lone surname after a title is linked later too', () => {
    const context = mentionContext('Deputy FM Varga met the envoy. Varga said the city was calm.');
    const persons = context.mentions.filter((m) => m.type === 'Person' && m.kind === 'name');
    expect(persons.map((m) => m.entity)).toEqual(['person:varga', 'person:varga']);
  });
  it('a lone capitalised word with no title before it links nothing', () => {
    const context = mentionContext('Varga met the envoy. Varga said the city was calm.');
    expect(context.mentions.filter((m) => m.type === 'Person' && m.kind === 'name')).toEqual([]);
  });
  it('two romanisations of one full name are one person', () => {
    const context = mentionContext('Mayor Andriy Holub spoke first. Later Mayor Andrii Holub added a word.');
    const persons = context.mentions.filter((m) => m.type === 'Person' && m.kind === 'name');
    expect(new Set(persons.map((m) => m.entity)).size).toBe(1);
  });
  it('a spelling variant of a gazetteer person is that person', () => {
    expect(mentionsOf('Rudolf Elfberg said the border was calm.')).toContain('Rudolf Elfberg|name|Person|rudolf-elphberg');
  });
  it('two people who share a surname stay apart', () => {
    const context = mentionContext('Mayor Olena Holub spoke. Judge Ivan Holub spoke too.');
    const persons = context.mentions.filter((m) => m.type === 'Person' && m.kind === 'name');
    expect(new Set(persons.map((m) => m.entity)).size).toBe(2);
  });
  it('a gazetteer person is found by surname', () => {
    expect(mentionsOf('Rudolf Elphberg arrived. Later Elphberg left.').filter((m) => m.includes('|name|'))).toEqual([
      'Rudolf Elphberg|name|Person|rudolf-elphberg',
      'Elphberg|name|Person|rudolf-elphberg',
    ]);
  });
  it("a gazetteer surname after someone else's full name is that someone", () => {
    expect(mentionsOf('Our adjuster, Ilse Elphberg, counted the loss. In Elphberg\'s view, it will grow.').filter((m) => m.includes('|Person|'))).toEqual([
      'Ilse Elphberg|name|Person|person:ilse-elphberg',
      'Elphberg|name|Person|person:ilse-elphberg',
    ]);
  });
  it('a gazetteer surname stays the gazetteer person when the article names both in full', () => {
    const found = mentionsOf('Mayor Ilse Elphberg spoke. Rudolf Elphberg answered. Elphberg left.').filter((m) => m.startsWith('Elphberg|'));
    expect(found).toEqual(['Elphberg|name|Person|rudolf-elphberg']);
  });
});

group('region words after a modifier', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a border region', 'Shelling hit the Zenda border region.', ['Zenda|name|Region|zenda-oblast']],
    ['a front-line region', 'Shelling hit the Zenda frontline region.', ['Zenda|name|Region|zenda-oblast']],
    ['coordinated border regions', 'Shelling hit the Zenda and Strelsau border regions.', ['Zenda|name|Region|zenda-oblast', 'Strelsau|name|Region|region:strelsau-region']],
    ['a modifier without a region word', 'Zenda border guards fired.', ['Zenda|name|City|zenda']],
    ['a modifier without a place', 'The border region was calm.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

group('places that only name the facilities of a list', () => {
  const places = (text: string): string[] => mentionsOf(text).filter((m) => m.includes('|City|') || m.includes('|Region|'));
  const cases: Array<[string, string, string[]]> = [
    ['airports including', 'Drones hit airports, including Strelsau and Zenda.', []],
    ['refineries such as', 'Drones hit refineries such as Zenda and Strelsau.', []],
    ['depots after a colon', 'Two depots were hit: Zenda and Strelsau.', ['Zenda|name|City|zenda', 'Strelsau|name|City|strelsau']],
    ['depots before a colon', 'Drones hit two depots: Zenda, Strelsau and Kovalyk.', []],
    ['a list of cities', 'Drones hit cities, including Strelsau and Zenda.', ['Strelsau|name|City|strelsau', 'Zenda|name|City|zenda']],
    ['a noun that also names a settlement', 'Drones hit ports, including Strelsau and Zenda.', ['Strelsau|name|City|strelsau', 'Zenda|name|City|zenda']],
    ['a place after a preposition in the list', 'Drones hit hospitals in Zenda, including one in Strelsau.', ['Zenda|name|City|zenda', 'Strelsau|name|City|strelsau']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

group('hyphenated place names', () => {
  it('a hyphenated name after a place preposition and its conjunct are places', () => {
    expect(names('Three died in Kovalyk-Dolyna and Novo-Petrivka.')).toEqual(['Kovalyk-Dolyna|City', 'Novo-Petrivka|City']);
  });

  it('a name of three words stays untyped', () => {
    expect(names('Three died in Kovalyk Dolyna Petrivka.')).toEqual([]);
  });
});

group('a list closed by "districts" names districts (the project gazetteer)', () => {
  const regions = (text: string): string[] =>
    runSteps(makeDoc(text))
      .mentions.filter((m) => m.type === 'Region')
      .map((m) => m.entity);
  it.each([
    ['Missiles hit the Kharkiv and Chuhuiv districts.', ['kharkiv-raion', 'chuhuiv-raion']],
    ['Missiles hit the Kharkiv and Poltava regions.', ['kharkiv-oblast', 'poltava-oblast']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

group('"the X district of Y" names the city Y (the project gazetteer)', () => {
  it('keeps Kyiv a city after "district of"', () => {
    const mentions = runSteps(makeDoc('Blasts hit the Shevchenkivskyi district of Kyiv overnight.')).mentions.map((m) => `${m.entity}|${m.type}`);
    expect(mentions).toContain('kyiv|City');
    expect(mentions).not.toContain('kyiv-oblast|Region');
  });
});

group('a list of unknown districts closed by "districts" (the project gazetteer)', () => {
  it('names every item, the last read as one name included, and each was struck', () => {
    const context = runSteps(makeDoc('Officials said that the Zendivskyi, Dolnivskyi and Hornivskyi districts were struck overnight.'));
    const regions = context.mentions.filter((m) => m.type === 'Region').map((m) => m.entity);
    expect(regions).toEqual(['region:zendivskyi-district', 'region:dolnivskyi-district', 'region:hornivskyi-district']);
    const targeted = context.relations.filter((r) => r.predicate === 'targeted').map((r) => r.object).sort();
    expect(targeted).toEqual(['region:dolnivskyi-district', 'region:hornivskyi-district', 'region:zendivskyi-district']);
  });
});

group('"I" in a letter signed at its end is the writer (the project gazetteer)', () => {
  const first = (text: string): string[] =>
    runSteps(makeDoc(text))
      .mentions.filter((m) => text.slice(m.start, m.end) === 'I')
      .map((m) => m.entity);
  it.each([
    ['a signed letter', 'Sir, drones hit Lviv again last night. I urge the government to send more air defence.\n\nMarta Kolar\nLeeds', ['person:marta-kolar']],
    ['an interview with a byline, no signature', 'Q: What do you need?\nA: I need more air defence.\n\nBy Ivo Dragan', []],
    ['a quotation inside the letter', 'Sir, my neighbour said: "I saw the drone." It hit Lviv.\n\nMarta Kolar\nLeeds', []],
  ])('%s', (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});
