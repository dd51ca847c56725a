/**
 * Table tests of the entity classes of session 24 (branch entities24): entity misses read with `eval --verbose` over
 * the read sets, grouped into classes. Every text is written for these tests (none is taken from a corpus); the
 * articles go through ingest and the whole pipeline with the project's gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

/** The entities of one plain-text article of one type, as their labels sorted. */
function labelsOf(text: string, type: string): string[] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument(doc)
    .entities.filter((e) => e.type === type && !e.generic)
    .map((e) => e.label)
    .sort();
}

const LEAD = 'Russia sent thirty drones overnight, and the air force said it shot down twenty of them.';

describe("a town's or region's body told with a possessive or an 'of' phrase", () => {
  const cases: Array<[string, string, string[]]> = [
    // 1. The place in the possessive, the body in lower case after it.
    ['an oblast in the possessive', "Poltava Oblast's military administration said a depot burned near Lubny.", ['Poltava Oblast Military Administration']],
    ['a region word in the possessive', "Ivan Hrab, the Sumy region's military administration head, asked for more guns.", ['Sumy Oblast Military Administration']],
    ['a city in the possessive', "Kryvyi Rih's city military administration said two schools lost their windows.", ['Kryvyi Rih City Military Administration']],
    // 2. The body before "of" and the place.
    ['a city body of a gazetteer city', 'Petro Lys, head of the military administration of Kryvyi Rih, said a plant was hit.', ['Kryvyi Rih City Military Administration']],
    ['a city body the gazetteer lacks', 'Marta Ilyk of the city military administration of Kramatorsk said the sirens ran for hours.', ['Kramatorsk City Military Administration']],
    ['a regional body of an oblast', 'The regional military administration of Sumy Oblast reported a fire at a farm.', ['Sumy Oblast Military Administration']],
    // Negative rows: a head with no modifier, a building of the body, a body of no place.
    ['a head alone before "of"', 'The head of the administration of Kryvyi Rih spoke to reporters after the strike.', []],
    ['the body described with no place', 'The city military administration said no one was hurt in the strike.', []],
    ['a building of the body', "A drone struck Kharkiv's regional administration building, shattering the windows.", []],
    ['a body of no place', 'The city council of the future was the theme of a youth forum held in a shelter.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const bodies = labelsOf(`${LEAD} ${text}`, 'Organisation').filter((e) => /Administration|Council/.test(e));
    expect(bodies).toEqual(expected);
  });

  it('the place named in the possessive or after "of" keeps its own mention', () => {
    expect(labelsOf(`${LEAD} Poltava Oblast's military administration said a depot burned.`, 'Region')).toContain('Poltava Oblast');
    expect(labelsOf(`${LEAD} Petro Lys, head of the military administration of Kryvyi Rih, spoke.`, 'City')).toContain('Kryvyi Rih');
  });
});

describe('a clerical or academic title before a name is no part of the name', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a priest, abbreviated', 'Fr Andrii Sobko said the church roof had burned.', ['Andrii Sobko']],
    ['a priest, in full', 'Father Mykola Hrab said the parish hall would stay open as a shelter.', ['Mykola Hrab']],
    ['a professor', 'Professor Olena Sas told students to go down to the shelter.', ['Olena Sas']],
    ['an abbreviated professor', 'Prof. Ivan Lis said the laboratory had lost power.', ['Ivan Lis']],
    ['an archbishop after a rank', 'Major Archbishop Andrii Boiko condemned the strike on the cathedral.', ['Andrii Boiko']],
    ['a bishop', 'Bishop Taras Hlib led prayers for the dead.', ['Taras Hlib']],
    // Negative rows: the word as a common noun or inside a name that is no person.
    ['a father as a kinship noun', 'Her father said the shelter was full by midnight.', []],
    ['a professor as a job', 'A professor of physics said the glass could not be replaced before winter.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(labelsOf(`${LEAD} ${text}`, 'Person')).toEqual(expected);
  });

  const surnames: Array<[string, string, string[]]> = [
    ['the surname after its title, later', 'Professor Olena Sas said the laboratory was hit. Professor Sas said the students were safe.', ['Olena Sas']],
    ['the surname after its title, by a priest', 'Fr Andrii Sobko said the roof had burned. Fr Sobko asked for tarpaulins.', ['Andrii Sobko']],
    // Negative rows: two people share the surname; the titled surname matches no one named in full.
    ['a surname two people share', 'Professor Olena Sas and Ivan Sas said the laboratory was hit. Professor Sas said the students were safe.', ['Ivan Sas', 'Olena Sas', 'Sas']],
    ['a surname of no one named in full', 'Professor Olena Sas said the laboratory was hit. Professor Hnat said the students were safe.', ['Hnat', 'Olena Sas']],
  ];
  it.each(surnames)('%s', (_name, text, expected) => {
    expect(labelsOf(`${LEAD} ${text}`, 'Person')).toEqual(expected);
  });
});

describe('a person named after a role label or as the last of a serial-comma list', () => {
  const BODY = 'Russia sent thirty drones at Lutsk overnight, and the air force said it shot down twenty of them.';
  const cases: Array<[string, string, string[]]> = [
    // 1. A label of several words with a title or credit word, then a colon and the name.
    ['a duty officer by initial', `${BODY}\n\nDuty officer: K. Hrab`, ['K. Hrab']],
    ['a secretary of a body', `${BODY}\n\nSecretary of the Board: V. Tkach`, ['V. Tkach']],
    ['a judge by initial', `${BODY}\n\nPresiding judge: S. Bondar.`, ['S. Bondar']],
    ['an author of a version', `${BODY}\n\nAuthor of the translation: Ioana Popescu`, ['Ioana Popescu']],
    ['a reader', `${BODY}\n\nReader: Olena Marchuk`, ['Olena Marchuk']],
    ['an attendance list', `${BODY}\n\nPresent: Iryna Melnyk (chair)`, ['Iryna Melnyk']],
    // 2. "X, Y, and Z": the last name joined by a serial comma.
    ['a serial-comma list of names', `${BODY}\n\nAnalysts: Olha Dir, Ivan Pas, and Tom Fielding`, ['Ivan Pas', 'Olha Dir', 'Tom Fielding']],
    // Negative rows: a label without a role word, a role label before a place, a serial-comma list of places.
    ['a label with no role', `${BODY}\n\nFiled under: Volyn Region`, []],
    ['a role label before a city', `${BODY}\n\nDuty editor: Lutsk`, []],
    ['a list of places', 'Drones hit Lutsk, Rivne, and Kovel overnight, officials said.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(labelsOf(text, 'Person').sort()).toEqual([...expected].sort());
  });
});
