/**
 * Table tests of the entity classes of session 23 (branch entities23): organisation misses and false positives read
 * with `eval --verbose` over every read set, grouped into classes. Every text is written for these tests (none is taken
 * from a corpus); the articles go through ingest and the whole pipeline with the project's gazetteer. Each table has
 * negative rows.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

/** The entities of one plain-text article, as "Type label" sorted. */
function entitiesOf(text: string, type?: string): string[] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument(doc)
    .entities.filter((e) => !type || e.type === type)
    .map((e) => `${e.type} ${e.label}`)
    .sort();
}

/** The entities of one article, each as its id and its names (label and aliases). */
function namedEntities(text: string): Array<{ id: string; names: string[] }> {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument(doc).entities.map((e) => ({ id: e.id, names: [e.label, ...e.aliases] }));
}

const BODY = 'Russia sent forty drones at the Kharkiv region overnight, and the air force said it shot down thirty of them.';
const HEADLINE = 'Drones hit a depot on the edge of Lozova overnight';

describe('mastheads: the publisher printed in capitals above the article', () => {
  const cases: Array<[string, string, string[]]> = [
    // 1. A masthead alone above the headline (ingest drops it as furniture): the outlet is an organisation.
    ['a paper', `THE OSPREY LEDGER\n\n${HEADLINE}\n\n${BODY}`, ['Organisation The Osprey Ledger']],
    ['a company letterhead without its legal form', `ORLAN OPTICS LLC\n\n${HEADLINE}\n\n${BODY}`, ['Organisation Orlan Optics']],
    ['a name before its section', `FULMAR RADIO | EVENING DESK\n\n${HEADLINE}\n\n${BODY}`, ['Organisation Fulmar Radio']],
    ['a station before its frequency', `RADIO ZORIA 99.1 FM | NEWSROOM\n\n${HEADLINE}\n\n${BODY}`, ['Organisation Radio Zoria']],
    ['a name before its city', `ZAKHID TRANSLATION BUREAU, RIVNE\n\n${HEADLINE}\n\n${BODY}`, ['Organisation Zakhid Translation Bureau']],
    ['a council', `VARVA VILLAGE COUNCIL\n\n${HEADLINE}\n\n${BODY}`, ['Organisation Varva Village Council']],
    // 2. A masthead line kept in the text (with its section and date): one organisation, no shorter name inside it.
    ['a masthead kept with its date', `THE AMBER HERALD | OPINION | 4 April 2025\n\n${HEADLINE}\n\n${BODY}`, ['Organisation The Amber Herald']],
    // 3. A letterhead read as the title: a publisher when its name ends in an organisation head.
    ['a long letterhead taken as title', `KREMENCHUK STATE UNIVERSITY OF ROADS AND BRIDGES\nTo all staff and students\n\n${BODY}`, ['Organisation Kremenchuk State University of Roads and Bridges']],
    // Negative rows: genre and section headings, navigation after the masthead, a place, a code, an all-caps headline.
    ['a genre heading', `PRESS RELEASE\n\n${HEADLINE}\n\n${BODY}`, []],
    ['a section bar', `WORLD NEWS | EUROPE\n\n${HEADLINE}\n\n${BODY}`, []],
    ['a programme bulletin', `EVENING BULLETIN - transcript\n\n${HEADLINE}\n\n${BODY}`, []],
    ['a newsletter by its periodicity', `SKY WAR WEEKLY\n\n${HEADLINE}\n\n${BODY}`, []],
    ['a masthead above navigation', `THE OSPREY LEDGER\nHome  Local  Frontline  Sport  Weather\n\n${HEADLINE}\n\n${BODY}`, []],
    ['a place as section label', `POLTAVA\n\n${HEADLINE}\n\n${BODY}`, []],
    ['a document code', `SEC.DOC/4471/25\n\n${HEADLINE}\n\n${BODY}`, []],
    ['an all-caps headline as title', `RUSSIA HITS LOZOVA WITH FORTY DRONES OVERNIGHT\n\n${BODY}`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const organisations = entitiesOf(text, 'Organisation').filter((e) => e !== 'Organisation Ukrainian Air Force');
    expect(organisations).toEqual(expected);
  });

  it('the masthead is no mention of the place inside its name', () => {
    expect(entitiesOf(`THE POLTAVA HERALD | OPINION | 4 April 2025\n\n${HEADLINE}\n\n${BODY}`, 'City')).not.toContain('City Poltava');
  });

  it("an acronym of the masthead's name in the text is the same publisher", () => {
    const text = `DESNA RIVER NEWS AGENCY\n\n${HEADLINE}\n\n${BODY} Nobody was hurt, the mayor told DRNA.`;
    const named = namedEntities(text).filter((e) => e.names.includes('DRNA') || e.names.includes('Desna River News Agency'));
    expect(named).toHaveLength(1);
    expect(named[0]?.names).toEqual(expect.arrayContaining(['DRNA', 'Desna River News Agency']));
  });
});

describe("a state's ministry or command named by its formal 'of <state>' form (gazetteer aliases)", () => {
  // The entity carries the formal form among its names, whichever form the article used.
  const cases: Array<[string, string, string, string]> = [
    ['Russian ministry, formal form', 'The Ministry of Defence of Russia said 40 drones were downed over Kursk.', 'russian-ministry-of-defence', 'Ministry of Defence of Russia'],
    ['Russian ministry, American spelling', 'The Ministry of Defense of Russia said 40 drones were downed over Kursk.', 'russian-ministry-of-defence', 'Ministry of Defence of Russia'],
    ['Russian ministry, short form', 'The Russian Defence Ministry said 40 drones were downed over Kursk.', 'russian-ministry-of-defence', 'Ministry of Defence of Russia'],
    ['Romanian ministry, formal form', 'The Ministry of National Defence of Romania said a drone fell near Tulcea.', 'romanian-ministry-of-national-defence', 'Ministry of National Defence of Romania'],
    ['Romanian ministry, short form', 'The Romanian Defence Ministry said a drone fell near Tulcea.', 'romanian-ministry-of-national-defence', 'Ministry of National Defence of Romania'],
    ['southern command', 'The Southern Defence Forces said 12 drones were downed near Kherson.', 'defence-forces-of-the-south-of-ukraine', 'Southern Defence Forces of Ukraine'],
  ];
  it.each(cases)('%s', (_name, text, id, name) => {
    expect(namedEntities(text).find((e) => e.id === id)?.names).toContain(name);
  });

  // Negative rows: another state's ministry of the same form is not the Russian one.
  it.each([
    ['The Ministry of Defence of Ukraine said 40 drones were downed over Kharkiv.'],
    ['The Ministry of National Defence of Poland said no drone entered its airspace.'],
  ])('%s', (text) => {
    const ids = namedEntities(text).map((e) => e.id);
    expect(ids).not.toContain('russian-ministry-of-defence');
    expect(ids).not.toContain('romanian-ministry-of-national-defence');
  });
});
