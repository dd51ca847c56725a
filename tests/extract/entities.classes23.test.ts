/**
 * Table tests of the entity classes of session 23 (branch entities23): organisation misses and false positives read
 * with `eval --verbose` over every read set, grouped into classes. Every text is written for these tests (none is taken
 * from a corpus); the articles go through ingest and the whole pipeline with the project's gazetteer. Each table has
 * negative rows.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

/** The entities of one article, each as its id and its names (label and aliases). */
function namedEntities(text: string): Array<{ id: string; names: string[] }> {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument(doc).entities.map((e) => ({ id: e.id, names: [e.label, ...e.aliases] }));
}

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
