/**
 * Letters beyond Latin-1 in the one wink pass (src/extract/nlp.ts `foldForWink`, step 01): wink-nlp takes the letters
 * of Latin Extended-A/B for symbols and cut a word at each of them, so a Romanian, Polish, Czech or Turkish name
 * came out in pieces ("Pop", "ș", "oi") and gave a wrong person or none. wink now reads a copy with each such letter
 * replaced by one ASCII letter; the tokens keep the article's own letters and offsets.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument, runSteps } from '../../src/extract/index.ts';
import { foldForWink } from '../../src/extract/nlp.ts';
import { makeDoc } from './helpers.ts';

describe('foldForWink', () => {
  it.each([
    ['Popșoi', 'Popsoi'],
    ['Łukasz Wróbel', 'Lukasz Wróbel'],
    ['Erdoğan', 'Erdogan'],
    ['Čaputová', 'Caputová'],
    ['Đukić', 'Dukic'],
    ['Ağrı', 'Agri'],
  ])('reads %s as %s, one letter for one', (text, read) => {
    expect(foldForWink(text)).toBe(read);
    expect(foldForWink(text).length).toBe(text.length);
  });

  it.each([
    // negative rows: Latin-1 letters, Cyrillic and plain text are read as they are (the same string)
    'Kraków and Øresund',
    'Київ',
    'Russia launched 40 drones.',
  ])('leaves "%s" as it is', (text) => {
    expect(foldForWink(text)).toBe(text);
  });
});

describe('names with such letters are one token and one mention', () => {
  const cases: { text: string; token: string; entity: string }[] = [
    { text: 'Foreign Minister Mihai Popșoi spoke to his Ukrainian counterpart.', token: 'Popșoi', entity: 'Mihai Popșoi' },
    { text: 'The talks were held in Chișinău on Monday.', token: 'Chișinău', entity: 'Chișinău' },
    { text: 'Deputy Minister Łukasz Wróbel said the plan was ready.', token: 'Łukasz', entity: 'Łukasz Wróbel' },
  ];
  it.each(cases)('$token in "$text"', ({ text, token, entity }) => {
    const context = runSteps(makeDoc(text, 'letters'));
    const hit = context.tokens.find((t) => t.text === token);
    expect(hit).toBeDefined();
    expect(text.slice(hit?.start, hit?.end)).toBe(token);
    const names = extractDocument(makeDoc(text, 'letters')).entities.map((e) => e.label);
    expect(names).toContain(entity);
    expect(names.some((n) => n === 'Pop' || n === 'Ł')).toBe(false);
  });
});
