/**
 * The character tests that stand in for regular expressions in the relation primitives: each must answer as the
 * expression it replaced, on tokens of every shape (words, numbers, punctuation, glued brackets, blanks, empty).
 */
import { describe, expect, it } from 'vitest';
import { isColon } from '../../src/extract/relations/frames.ts';
import { isBlankWord } from '../../src/extract/relations/view.ts';

const TOKENS = ['', ' ', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\n', ' x', 'x ', ':', '):', '"):', "']:", 'a:', '::', ':)', 'drones', 'Kh-101', '1,000', '"', '—', '\u200b'];

describe('isBlankWord answers as /^\\s*$/', () => {
  it.each(TOKENS.map((t) => [JSON.stringify(t), t]))('%s', (_label, token) => {
    expect(isBlankWord(token)).toBe(/^\s*$/.test(token));
  });
  it('takes a zero-width space for a character, as \\s does', () => {
    expect(isBlankWord('\u200b')).toBe(false);
    expect(isBlankWord(' \u2028 ')).toBe(true);
  });
});

describe('isColon answers as /^[)"\'\\]]*:$/', () => {
  it.each(TOKENS.map((t) => [JSON.stringify(t), t]))('%s', (_label, token) => {
    expect(isColon(token)).toBe(/^[)"'\]]*:$/.test(token));
  });
  it('reads a colon glued to closing marks, not one glued to a word', () => {
    expect(isColon('):')).toBe(true);
    expect(isColon('a:')).toBe(false);
  });
});
