/**
 * Organisations recognised from the structure of their phrase (src/extract/organisations.ts and the organisation
 * cues of step 03): bodies named after their state or place, sub-bodies of a named organisation, outlets named after
 * an organisation or a place, outlet and agency credits, acronyms told as sources. Names are invented; the mini
 * gazetteer gives Ruritania (capital Strelsau), Borduria, the city Zenda and a few organisations.
 */
import { describe as group, expect, it } from 'vitest';
import { mentionContext } from './helpers.ts';

/** Organisation mentions of a text as `surface|entity`. */
function organisations(text: string): string[] {
  const context = mentionContext(text);
  return context.mentions.filter((m) => m.type === 'Organisation').map((m) => `${text.slice(m.start, m.end)}|${m.entity}`);
}

/** Every mention of a text as `surface|type`. */
function mentions(text: string): string[] {
  const context = mentionContext(text);
  return context.mentions.map((m) => `${text.slice(m.start, m.end)}|${m.type}`);
}

group('organisations owned by a state or a place', () => {
  const cases: Array<[string, string, string]> = [
    ['demonym before an organisation phrase', 'The Bordurian Foreign Ministry summoned the envoy.', 'Bordurian Foreign Ministry|organisation:ministry-of-foreign-affairs-of-borduria'],
    ['possessive state', "Borduria's Interior Ministry denied the report.", "Borduria's Interior Ministry|organisation:ministry-of-internal-affairs-of-borduria"],
    ['possessive state, a body the formal names lack', "Borduria's Grain Agency denied the report.", "Borduria's Grain Agency|organisation:borduria-grain-agency"],
    ['capital in possessive, description of a gazetteer body', "Strelsau's civil protection service counted the damage.", "Strelsau's civil protection service|ruritanian-civil-protection"],
    ['demonym, description of a gazetteer body', 'The Ruritanian Civil Protection Service put out the fires.', 'Ruritanian Civil Protection Service|ruritanian-civil-protection'],
    ['place before an administration', 'The Zenda Regional Military Administration reported damage.', 'Zenda Regional Military Administration|organisation:zenda-regional-military-administration'],
    ['connectors inside the phrase', 'The Bordurian Ministry of Foreign Affairs protested.', 'Bordurian Ministry of Foreign Affairs|organisation:ministry-of-foreign-affairs-of-borduria'],
    // A state body the gazetteer lacks, in lower case after a demonym or a possessive, is a body of its own, named
    // formally where the lexicon gives the form (stateBodyNames: "foreign ministry" is the Ministry of Foreign Affairs).
    ['lower-case body after a possessive', "Borduria's foreign ministry spoke.", "Borduria's foreign ministry|organisation:ministry-of-foreign-affairs-of-borduria"],
    ['lower-case body after a demonym', 'The Bordurian interior ministry denied it.', 'Bordurian interior ministry|organisation:ministry-of-internal-affairs-of-borduria'],
    ['lower-case embassy with its host city', 'The Bordurian embassy in Zenda lowered its flag.', 'Bordurian embassy in Zenda|organisation:embassy-of-borduria'],
    ['lower-case body without a formal name', "Borduria's culture ministry spoke.", "Borduria's culture ministry|organisation:borduria-culture-ministry"],
    // A capitalised word hyphenated before the owner opens another body's name.
    ['hyphenated opener', 'The Nordic-Bordurian Chamber of Commerce condemned the strike.', 'Nordic-Bordurian Chamber of Commerce|organisation:nordic-bordurian-chamber-of-commerce'],
    // A town's own body in lower case after its name is named as its capitalised form would be.
    ['lower-case town administration', 'The Zenda city administration says it asked for help.', 'Zenda city administration|organisation:zenda-city-administration'],
    ['lower-case town council', 'Zenda city council met on Monday.', 'Zenda city council|organisation:zenda-city-council'],
    // The place's own alias may hold the settlement word ("Zenda city"): the head right after it names the body.
    ['town council after an alias with its settlement word', 'The Zenda city council voted on Monday.', 'Zenda city council|organisation:zenda-city-council'],
    ['town administration after an alias with its settlement word', 'The Zenda city administration asked for help.', 'Zenda city administration|organisation:zenda-city-administration'],
  ];
  it.each(cases)('%s: %s', (_name, text, expected) => {
    expect(organisations(text)).toContain(expected);
  });

  it('gives one entity to two forms of one owned body', () => {
    const found = organisations("The Bordurian Foreign Ministry protested. Later Borduria's Foreign Ministry added a note.");
    expect(new Set(found.map((f) => f.split('|')[1]))).toEqual(new Set(['organisation:ministry-of-foreign-affairs-of-borduria']));
  });

  it('gives one entity to the lower-case, the capitalised and the formal form of one body', () => {
    const found = organisations("Borduria's foreign ministry protested. The Bordurian Foreign Ministry added a note. The Ministry of Foreign Affairs of Borduria said no more.");
    expect(new Set(found.map((f) => f.split('|')[1]))).toEqual(new Set(['organisation:ministry-of-foreign-affairs-of-borduria']));
  });

  it('keeps a capital inside a lower-case embassy as the place it names', () => {
    expect(mentions('The Bordurian embassy in Strelsau said so.')).toContain('Strelsau|City');
  });

  it('keeps the state mentioned, and drops a place inside a larger name', () => {
    expect(mentions('The Bordurian Foreign Ministry summoned the envoy.')).toContain('Bordurian|Country');
    expect(mentions('The Zenda Regional Military Administration reported damage.').filter((m) => m.endsWith('|City'))).toEqual([]);
  });

  const negatives: Array<[string, string]> = [
    ['a title, not a body', 'The Bordurian Foreign Minister spoke first.'],
    ['a collective word in a headline', 'Bordurian Forces Shell Border Post'],
    ['a collective word before a noun', 'Ruritanian jets struck Bordurian military depots.'],
    ['a lower-case phrase without a state-body head', "Borduria's foreign policy unit spoke."],
    ['a lower-case body after a bare state name', 'In Borduria foreign ministry staff spoke.'],
    ['a town before a head with no body word before it', 'Zenda council members spoke.'],
    ['a town possessive before a hall', "Zenda's city hall was hit."],
    ['a town body before a building noun', 'The Zenda city administration building was hit.'],
    ['a town body before a building noun, after an alias with its settlement word', 'Zenda city council building was hit.'],
  ];
  it.each(negatives)('no organisation from %s', (_name, text) => {
    expect(organisations(text)).toEqual([]);
  });
});

group('organisations named with their state after them', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a ministry of a state', 'The Ministry of Energy of Ruritania reported damage.', ['Ministry of Energy of Ruritania|organisation:ministry-of-energy-of-ruritania']],
    ['an embassy with its host', 'The Embassy of Ruritania in Borduria condemned the attack.', ['Embassy of Ruritania in Borduria|organisation:embassy-of-ruritania-in-borduria']],
    ['an upper-case heading', 'MINISTRY OF DEFENCE OF BORDURIA\n\nThe strike was repelled.', ['MINISTRY OF DEFENCE OF BORDURIA|organisation:ministry-of-defence-of-borduria']],
    ['"the Embassy" later is that embassy', 'The Embassy of Ruritania in Borduria condemned the attack. The Embassy said more.', ['Embassy of Ruritania in Borduria|organisation:embassy-of-ruritania-in-borduria', 'Embassy|organisation:embassy-of-ruritania-in-borduria']],
    ['a head in lower case: no name', 'The ministry of Ruritania said nothing.', []],
  ];
  it.each(cases)('%s: %s', (_name, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

group('sub-bodies, outlets and credits', () => {
  const cases: Array<[string, string, string]> = [
    ['a body of a named organisation', 'A colonel of the General Staff of the Bordurian Armed Forces spoke.', 'General Staff of the Bordurian Armed Forces|bordurian-armed-forces'],
    ['an outlet named after an organisation', 'NP News | Updated 4 May', 'NP News|organisation:np-news'],
    ['an outlet named after a place', 'The Strelsau Times reported the blast.', 'Strelsau Times|organisation:strelsau-times'],
    ['an outlet credit opening a paragraph', '(VELKOWIRE) Three people died in the strike.', 'VELKOWIRE|organisation:velkowire'],
    ['an outlet credit after a dateline dash', 'STRELSAU — (Velkowire) — Three people died.', 'Velkowire|organisation:velkowire'],
    ['an agency before a photographer', '(Photo: VPA/TOMAS VARGA)', 'VPA|organisation:vpa'],
    ['an acronym told as a source', 'An official told VRN that no jets flew.', 'VRN|organisation:vrn'],
  ];
  it.each(cases)('%s: %s', (_name, text, expected) => {
    expect(organisations(text)).toContain(expected);
  });

  it('reads the photographer after an agency as a person, in any case', () => {
    expect(mentions('REUTERS/TOMAS VARGA A man walks past the crater.')).toContain('TOMAS VARGA|Person');
    expect(mentions('(Photo: VPA/TOMAS VARGA)')).toContain('TOMAS VARGA|Person');
  });

  const misses: Array<[string, string, string]> = [
    ['a person before an agency', '(Tomas Varga/Global Images Ruritania via Picture Service)', 'Tomas Varga'],
    ['an acronym inside a sentence in parentheses', 'The shells hit the depot (NW) at dawn.', 'NW'],
    ['a time zone', 'Updated May 3, 2024 at 4:15 PM CDT', 'CDT'],
    ['a time mark', 'Updated May 3, 2024 at 4:15 PM CDT', 'PM'],
  ];
  it.each(misses)('no organisation from %s', (_name, text, surface) => {
    expect(organisations(text).filter((o) => o.startsWith(`${surface}|`))).toEqual([]);
  });

  it('reads no person from a time mark or a word that qualifies a noun', () => {
    expect(mentions('Updated May 3, 2024 at 4:15 PM CDT').filter((m) => m.endsWith('|Person'))).toEqual([]);
    expect(mentions('The footage came from the official Velkogram account of the mayor.').filter((m) => m.endsWith('|Person'))).toEqual([]);
  });
});

group('military units, missions and offices', () => {
  const cases: Array<[string, string, string]> = [
    ['a numbered unit', 'Soldiers of the 92nd Rifle Brigade held the bridge.', '92nd Rifle Brigade|organisation:92nd-rifle-brigade'],
    ['a numbered unit of a state', "Borduria's 14th Guards Regiment lost two tanks.", '14th Guards Regiment|organisation:14th-guards-regiment'],
    ['a body of an organisation', 'The NP Border Monitoring Mission counted the shells.', 'NP Border Monitoring Mission|organisation:northern-pact-border-monitoring-mission'],
    ['a mission closed by a state', 'The Human Rights Monitoring Mission in Ruritania counted the dead.', 'Human Rights Monitoring Mission in Ruritania|organisation:human-rights-monitoring-mission-in-ruritania'],
    ['an office with a title complement, opening a line', 'Chancellery of the Prime Minister of Borduria / VPA General Tomas Varga (center) spoke.', 'Chancellery of the Prime Minister of Borduria|organisation:chancellery-of-the-prime-minister-of-borduria'],
  ];
  it.each(cases)('%s: %s', (_name, text, expected) => {
    expect(organisations(text)).toContain(expected);
  });

  it('links a later bare phrase to the owned body', () => {
    const found = organisations('The Bordurian Interior Ministry spoke. The Interior Ministry then added a note.');
    expect(found).toEqual(['Bordurian Interior Ministry|organisation:ministry-of-internal-affairs-of-borduria', 'Interior Ministry|organisation:ministry-of-internal-affairs-of-borduria']);
  });

  const negatives: Array<[string, string, string]> = [
    ['a number before a body that is no unit', 'The 3rd Ministry of Culture event opened.', '3rd'],
    ['a city that only says where a body is', 'The Defence Council in Strelsau met on Monday.', 'Defence Council in Strelsau'],
  ];
  it.each(negatives)('not from %s', (_name, text, surface) => {
    expect(organisations(text).filter((o) => o.startsWith(surface))).toEqual([]);
  });
});


group('outlet and company heads', () => {
  it.each([
    ['Siverian Power Networks said drones hit two substations.', 'Siverian Power Networks|Organisation'],
    ['The Inhul Courier reported the strike.', 'Inhul Courier|Organisation'],
    ['The Lowland Review reported the strike.', 'Lowland Review|Organisation'],
    ['Ardent Risk Partners advised clients to leave.', 'Ardent Risk Partners|Organisation'],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });
});
