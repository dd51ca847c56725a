/**
 * The normal forms of a document's tokens as one array of strings (what the phrase sets match against), built once
 * per token layer and shared by every reader: the relation view, the event model and the list readers of step 03
 * each mapped the tokens to it again, and the event model once per launch statement it checked.
 * Token layers are never changed after step 01, so the array stays right for the life of its layer.
 */
import type { Token } from './layers.ts';

const wordsByLayer = new WeakMap<readonly Token[], string[]>();

/**
 * `tokens.map((t) => t.normal)`, the same array object for every call with the same token layer. Read-only for
 * everyone: a reader that needs to change it copies it first.
 */
export function wordsOf(tokens: readonly Token[]): readonly string[] {
  let words = wordsByLayer.get(tokens);
  if (words === undefined || words.length !== tokens.length) {
    words = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) words[i] = (tokens[i] as Token).normal;
    wordsByLayer.set(tokens, words);
  }
  return words;
}
