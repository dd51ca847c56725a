/**
 * Possessives in the one wink pass (src/extract/nlp.ts `splitPossessives`): wink-nlp learns a word that ends in "'s"
 * whole when it meets it before punctuation ("linked to Lviv's,") and then stops splitting it for the rest of the
 * process, so an article tokenised after another came out different. Every "X's" is split into "X" and "'s",
 * whatever was read before, and the extraction of an article no longer depends on what was extracted before it.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { splitPossessives, winkPass } from '../../src/extract/nlp.ts';
import { makeDoc } from './helpers.ts';

/** Token values and tags of a text. */
function tokens(text: string): string[] {
  const pass = winkPass(text);
  return pass.values.map((v, i) => `${v}/${pass.pos[i]}`);
}

describe('possessives split the same way whatever was read before', () => {
  // Words unlikely to be in wink's vocabulary, each first met glued before a comma.
  const cases: { teach: string; text: string; word: string }[] = [
    { teach: 'The grid of Moldova is tied to Zviahel\'s, engineers said.', text: 'A drone hit Zviahel\'s depot at night.', word: 'Zviahel' },
    { teach: 'Its lines run past Novoselytsk’s, the operator said.', text: 'Crews repaired Novoselytsk’s substation.', word: 'Novoselytsk' },
    { teach: 'The decision was Hrynchukova\'s.', text: 'Hrynchukova\'s office said two drones fell.', word: 'Hrynchukova' },
  ];
  it.each(cases)('"$word" is its own token before and after wink met "$word\'s" whole', ({ teach, text, word }) => {
    const before = tokens(text);
    const taught = tokens(teach);
    const after = tokens(text);
    expect(after).toEqual(before);
    expect(after.some((t) => t.startsWith(`${word}/`))).toBe(true);
    expect(taught.some((t) => t.startsWith(`${word}/`))).toBe(true);
  });

  it.each([
    // negative rows: what is no glued possessive stays one token
    ['the drones\' range', ['the', 'drones', "'", 'range']],
    ['it is 5 o\'clock', ['it', 'is', '5', "o'clock"]],
    ['the 1990s were calm', ['the', '1990s', 'were', 'calm']],
  ])('leaves "%s" as wink gives it', (text, values) => {
    expect(winkPass(text).values).toEqual(values);
  });

  it('keeps sentence spans on the split tokens', () => {
    const pass = splitPossessives({ values: ['Lviv\'s', ',', 'yes', '.', 'Next', '.'], ids: [1, 2, 3, 4, 5, 4], pos: ['PROPN', 'PUNCT', 'INTJ', 'PUNCT', 'ADJ', 'PUNCT'], sentences: [[0, 3], [4, 5]] });
    expect(pass.values).toEqual(['Lviv', "'s", ',', 'yes', '.', 'Next', '.']);
    expect(pass.pos.slice(0, 2)).toEqual(['PROPN', 'PART']);
    expect(pass.ids.slice(0, 3)).toEqual([-1, -1, 2]);
    expect(pass.sentences).toEqual([[0, 4], [5, 6]]);
  });
});

describe('extraction does not depend on the articles extracted before', () => {
  const article = 'Russia launched 12 drones at Sumy overnight, the third attack on Ukraine\'s north this week.';
  const teacher = 'Sumy Oblast borders Russia, and its grid is linked to Ukraine\'s, officials said.';
  it('gives the same relations and events before and after another article', () => {
    const first = extractDocument(makeDoc(article, 'a'));
    extractDocument(makeDoc(teacher, 'b'));
    const second = extractDocument(makeDoc(article, 'a'));
    expect(second.relations).toEqual(first.relations);
    expect(second.events).toEqual(first.events);
    expect(second.relations.some((r) => r.predicate === 'targeted' && r.object === 'ukraine')).toBe(true);
  });
});
