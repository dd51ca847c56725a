/**
 * Table tests of the tag corrections (src/extract/syntax/tags.ts) that have no table of their own elsewhere: each row
 * is a sentence of my own, the word whose tag is read, and whether the layer must tag it as a verb.
 */
import { describe, expect, it } from 'vitest';
import { Tag } from '../../../src/extract/syntax/index.ts';
import { layerOf } from './helpers.ts';

function tagIsVerb(sentence: string, word: string): boolean {
  const { layer, context } = layerOf(sentence);
  const i = context.tokens.findIndex((t) => t.text === word);
  expect(i, word).toBeGreaterThanOrEqual(0);
  return layer.tag[i] === Tag.VERB;
}

const T10: [string, string, boolean][] = [
  // A participle right after "which"/"who" (after a comma), before the start of a noun phrase, is the relative's verb.
  ['We thank the air force, which neutralised 139 of the drones.', 'neutralised', true],
  ['We thank the crews, who downed 40 drones over the city.', 'downed', true],
  // Before a bare noun the participle modifies it: the relative's verb comes later.
  ['The depot, which armed guards watched, was empty.', 'armed', false],
];

describe('syntax: tag corrections', () => {
  it.each(T10)('T10 %s [%s] verb: %s', (sentence, word, verb) => {
    expect(tagIsVerb(sentence, word)).toBe(verb);
  });
});
