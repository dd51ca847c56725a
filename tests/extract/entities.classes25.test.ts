/**
 * Table tests of the entity classes of session 25 (branch entities25): people named in credit lines, which
 * GUIDELINES.md annotates ("Bylines, photo credits and source attributions ... are annotated"). Every text is written
 * for these tests (none is taken from a corpus); the articles go through ingest and the whole pipeline with the
 * project's gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

/** The entities of one plain-text article of the given type, as labels sorted. */
function entitiesOf(text: string, type: string): string[] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument(doc)
    .entities.filter((e) => e.type === type)
    .map((e) => e.label)
    .sort();
}

const BODY = 'Russia sent forty drones at the Poltava region overnight, and the air force said it shot down thirty of them.';

describe('credit labels of images and live pages (lexicon creditLabels)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['an image credit closing the article', `${BODY}\n\nImages: Oksana Melnyk`, ['Oksana Melnyk']],
    ['a picture credit in parentheses before an outlet', `${BODY} (Picture: Oksana Melnyk / The Evening Post)`, ['Oksana Melnyk']],
    ['a picture credit', `${BODY}\n\nPictures: Roman Tkach`, ['Roman Tkach']],
    ['a live desk of two', `Live desk: Laura Benning and Petro Shulga\n\n${BODY}`, ['Laura Benning', 'Petro Shulga']],
    // Negative rows: a label before a place, a common noun that looks like a name, a label mid-sentence.
    ['a picture label before a region', `${BODY}\n\nThe picture: Kyiv Oblast was hit again.`, []],
    ['an image of a town', `${BODY}\n\nImage: Lozova after the strike.`, []],
    ['a desk with no name after it', `${BODY}\n\nLive desk: updates resume at noon.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(entitiesOf(text, 'Person')).toEqual(expected);
  });
});

describe('people each placed by "in" in a list ("reporting by X in P and Y in Q")', () => {
  const cases: Array<[string, string, string[]]> = [
    ['two correspondents', `${BODY} (Reporting by Olena Hrab in Kyiv and Mykola Derkach in Lviv; Editing by Tim Ross)`, ['Mykola Derkach', 'Olena Hrab', 'Tim Ross']],
    ['a correspondent in a region', `${BODY} Additional reporting by Olena Hrab in Kyiv and Iryna Savchuk in Crimea.`, ['Iryna Savchuk', 'Olena Hrab']],
    // Negative rows: a place after "and", no person before the first place, a longer name inside a place name.
    ['a region after "and"', `${BODY} Officials met Olena Hrab in Kyiv and Lviv Oblast in Lviv.`, ['Olena Hrab']],
    ['no person before the first place', `${BODY} Drones fell in Kyiv and Mykola Derkach in Lviv.`, []],
    ['a known place in the slot', `${BODY} The talks were led, said Olena Hrab in Kyiv and Kharkiv in May.`, ['Olena Hrab']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(entitiesOf(text, 'Person')).toEqual(expected);
  });
});
