/**
 * The relation lexicon: phrase matching (longest phrase first), the shipped file compiles, and a malformed
 * lexicon is refused with an InputError.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon, PhraseSet, relationLexicon } from '../../src/extract/relations/lexicon.ts';

describe('relations lexicon', () => {
  it.each([
    [['shot', 'down', 'six'], 0, 2],
    [['shot', 'six'], 0, 0],
    [['the', 'shot', 'down'], 1, 2],
    [['down', 'ed'], 0, 1],
  ])('matches %j at %i with length %i', (words, index, length) => {
    const set = new PhraseSet(['shot down', 'down', 'shoot down']);
    expect(set.match(words, index)).toBe(length);
  });

  it('compiles the shipped lexicon with every list the rules read', () => {
    const lex = relationLexicon();
    expect(lex.launch.match(['fired'], 0)).toBe(1);
    expect(lex.intercept.match(['shot', 'down'], 0)).toBe(2);
    expect(lex.opponents.get('russia')).toBe('ukraine');
    expect(lex.numberWords.get('dozen')).toBe(12);
    expect(lex.byFirstWord.get('shot')?.includes(lex.intercept)).toBe(true);
  });

  it('refuses a lexicon without a required list', () => {
    expect(() => compileLexicon({ launch: ['fire'] })).toThrowError(expect.objectContaining({ name: 'InputError' }));
    expect(() => compileLexicon({ launch: 'fire' })).toThrowError(expect.objectContaining({ name: 'InputError' }));
  });
});
