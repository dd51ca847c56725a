/**
 * Table tests of the entity classes of session 29 (branch entities29): entity misses and false positives read with
 * `eval --verbose` over the just-released check sets 50-53 first, then counted in the older read sets. Fixed here:
 * a name inside a phrase after a possessor, which must not take a relation from the person who wrote there ("X, on
 * the city's Telegram channel, called ..."; the branch also made Telegram and Instagram gazetteer organisations, which
 * the lead took out at the merge: dev, seeds and real, the sets nearest the held-out outlet text, leave them out); Ukraine's
 * southern command told in lower case (a gazetteer alias of the Defence Forces of the South); and a city's name
 * that only names a time zone ("09:00 Kyiv time", lexicon timeZoneNouns). Every text is written for these tests
 * (none is taken from a corpus). Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import { namedEntitiesOf, relationsFound } from './helpers.ts';

const HEADLINE = 'Drones hit a depot on the edge of Lozova overnight';

/** The named entities of `type` of one article under the common headline, as "Type <label>", sorted. */
function entitiesOf(text: string, type: string): string[] {
  return namedEntitiesOf(`${HEADLINE}\n\n${text}`, type);
}

describe('a name inside a phrase after a possessor is no doer ("on the city\'s Telegram channel")', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      "a platform after a common noun's possessive",
      `Mayor Anna Kovalenko, in a statement on the city's Telegram channel, called the attack "Russian terror".`,
      ['condemned person:anna-kovalenko russia -'],
    ],
    [
      'a platform after a possessive pronoun',
      `Mayor Anna Kovalenko, in a video on her Telegram channel, called the strike "a crime of Russia".`,
      ['condemned person:anna-kovalenko russia -'],
    ],
    // Negative row: a body that is itself the subject, not inside a phrase, still condemns.
    ['the subject itself', 'NATO condemned the Russian strike on the depot.', ['condemned nato russia -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsFound(`${HEADLINE}\n\n${text}`, ['condemned'])).toEqual(expected);
  });
});

describe("Ukraine's southern command told in lower case is the Defence Forces of the South (a gazetteer alias)", () => {
  const cases: Array<[string, string, string[]]> = [
    ['the southern command said', 'Four drones fell into the sea, the southern command said.', ['Organisation Defence Forces of the South of Ukraine']],
    ["Ukraine's southern military command", "A spokeswoman for Ukraine's southern military command said the depot burned for hours.", ['Organisation Defence Forces of the South of Ukraine']],
    // Negative rows: "southern" and "command" apart.
    ['southern districts and a command post', 'The southern districts lost power, and a command post was moved.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(entitiesOf(text, 'Organisation')).toEqual(expected);
  });
});

describe('a city before a time-zone noun names the zone, not the place (lexicon timeZoneNouns)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a clock time', 'The alert lasted from 02:10 to 04:45 Kyiv time.', []],
    ['a heading of a live page', 'All times are Kyiv time.', []],
    ["another state's capital", 'The drones were launched at about 23:00 Moscow time.', []],
    // Negative rows: the city as a place, a comma between, a capitalised name after the city.
    ['the city as a place', 'Debris fell on a house in Kyiv overnight.', ['City Kyiv']],
    ['a comma after the city', 'In Kyiv, time seemed to stop during the alert.', ['City Kyiv']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(entitiesOf(text, 'City').filter((e) => e !== 'City Lozova')).toEqual(expected);
  });
});
