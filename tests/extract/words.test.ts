/**
 * The shared word array of a token layer (src/extract/words.ts): the normal forms in token order, one array object per
 * layer, never one layer's words for another's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/extract/index.ts';
import { tokensStep } from '../../src/extract/steps/01-tokens.ts';
import { wordsOf } from '../../src/extract/words.ts';

const tokensOf = (text: string) => runSteps({ id: 'w', text, title: null, published: null, source: null, byline: null } as never, { steps: [tokensStep] }).tokens;

describe('wordsOf', () => {
  const rows: [string, string[]][] = [
    ['Russia fired 40 drones.', ['russia', 'fired', '40', 'drones', '.']],
    ['KYIV’S “Patriot” batteries', ['kyiv', "'s", '"', 'patriot', '"', 'batteries']],
    ['', []],
  ];
  it.each(rows)('%s', (text, words) => {
    const tokens = tokensOf(text);
    expect(wordsOf(tokens)).toEqual(tokens.map((t) => t.normal));
    expect(wordsOf(tokens)).toEqual(words);
  });

  it('gives the same array for a layer and another array for another layer', () => {
    const a = tokensOf('The crews downed nine missiles.');
    const b = tokensOf('The crews downed nine missiles.');
    expect(wordsOf(a)).toBe(wordsOf(a));
    expect(wordsOf(b)).not.toBe(wordsOf(a));
    expect(wordsOf(b)).toEqual(wordsOf(a));
    expect(wordsOf(tokensOf('Sirens sounded.'))).not.toEqual(wordsOf(a));
  });
});
