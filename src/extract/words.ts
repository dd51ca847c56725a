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
    // Built by `push`, not `new Array(n)`: a packed array, whose reads (`DocView.word`, every phrase match) skip the
    // hole check that a holey one costs on each element load.
    words = [];
    for (let i = 0; i < tokens.length; i++) words.push((tokens[i] as Token).normal);
    wordsByLayer.set(tokens, words);
  }
  return words;
}

/**
 * Does a mixed wave continue at token `at`, right after a typed class ("120 drones of the Shahed type[, together with
 * decoys]", "[... and of other types]")? One or more joiners (lexicon waveJoiners, commas), then a filler of the wave
 * (`filler`: a class of lexicon waveFillers starts there) or "other" and a type noun.
 */
export function mixedWaveAt(words: readonly string[], at: number, joiners: ReadonlySet<string>, typeNouns: ReadonlySet<string>, filler: (k: number) => boolean): boolean {
  let k = at;
  for (let steps = 0; steps < 4 && (words[k] === ',' || joiners.has(words[k] ?? '')); steps++) k++;
  if (k === at) return false;
  return filler(k) || (words[k] === 'other' && typeNouns.has(words[k + 1] ?? ''));
}
