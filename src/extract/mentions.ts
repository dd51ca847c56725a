/**
 * Helpers the mention steps (02-05) share: reading tokens (capitalisation), writing the mention layer (push, sort),
 * the folded-key layer, recording recognised names, and the "<Head> of X" test of larger names.
 * Steps import these from here, never from each other's files.
 */
import type { EntityType } from '../domain/index.ts';
import type { ExtractContext } from './context.ts';
import type { Mention, Token } from './layers.ts';
import type { Lexicon } from './lexicon.ts';
import { foldKey, recognisedKey } from '../domain/names.ts';

/** True when the token starts with an upper-case letter (ASCII checked by char code; other letters by case mapping). */
export function isCapitalised(token: Token | undefined): boolean {
  if (!token || token.text.length === 0) return false;
  const c = token.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = token.text[0] as string;
  return ch !== ch.toLowerCase() && ch.toLowerCase() !== ch.toUpperCase();
}

/** True when tokens a and b both exist and touch (no space between them). */
export function glued(tokens: readonly Token[], a: number, b: number): boolean {
  const left = tokens[a];
  const right = tokens[b];
  return left !== undefined && right !== undefined && left.end === right.start;
}

/**
 * True when token t is a lower-case collective head (lexicon collectiveHeads) glued by a hyphen to the word after it:
 * it opens a compound modifier ("Ukraine's military-industrial complex", "army-run") and names no force.
 */
export function compoundModifierHead(lex: Lexicon, tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  return token !== undefined && token.text === token.normal && lex.collectiveHeads.has(token.normal) && tokens[t + 1]?.normal === '-' && glued(tokens, t, t + 1) && glued(tokens, t + 1, t + 2);
}

/**
 * True when the token at `start` is joined by a hyphen, without spaces, to a capitalised word before it that no match
 * covers ("Novo-Zenda", "the Nordic-Ukrainian Chamber").
 */
export function hyphenGluedBefore(tokens: readonly Token[], start: number, covered: Uint8Array): boolean {
  return tokens[start - 1]?.normal === '-' && glued(tokens, start - 2, start - 1) && glued(tokens, start - 1, start) && isCapitalised(tokens[start - 2]) && !covered[start - 2];
}

/** True for a token in capitals of two letters or more ("KYIV", "NATO"). */
export function isAllCaps(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/** True for a headline in title case ("Russian Missiles Hit Kyiv Overnight"): most longer words capitalised. */
export function titleCased(tokens: readonly Token[], start: number, end: number): boolean {
  // Headlines carry no final period.
  if ((tokens[end - 1] as Token).normal === '.') return false;
  let words = 0;
  let capitalised = 0;
  for (let t = start; t < end; t++) {
    const token = tokens[t] as Token;
    if (token.text.length < 4 || token.pos === 'PUNCT') continue;
    words++;
    if (isCapitalised(token)) capitalised++;
  }
  return words >= 3 && capitalised >= 0.8 * words;
}

/** Adds a mention to the context (call `sortMentions` once a step has added its mentions). */
export function pushMention(context: ExtractContext, tokenStart: number, tokenEnd: number, fields: Pick<Mention, 'type' | 'kind' | 'entity' | 'generic'>): Mention {
  const first = context.tokens[tokenStart] as Token;
  const last = context.tokens[tokenEnd - 1] as Token;
  const mention: Mention = {
    id: context.mentions.length,
    start: first.start,
    end: last.end,
    sentence: first.sentence,
    tokenStart,
    tokenEnd,
    // Fields copied one by one (not spread): every mention gets the same hidden class.
    type: fields.type,
    kind: fields.kind,
    entity: fields.entity,
    generic: fields.generic,
  };
  context.mentions.push(mention);
  return mention;
}

/** Sorts the mention layer by start (longest first at one start) and renumbers `id` to the index. */
export function sortMentions(context: ExtractContext): void {
  context.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  context.mentions.forEach((m, index) => (m.id = index));
}

/** The folded key of every token (the `tokenKeys` layer, written by step 02; computed here when it is empty). */
export function tokenKeysOf(context: ExtractContext): string[] {
  if (context.tokenKeys.length !== context.tokens.length) context.tokenKeys = context.tokens.map((t) => foldKey(t.text));
  return context.tokenKeys;
}

/** True when "<Head> of [the]" right before a mention makes it the end of a larger name ("Battle of Kyiv"). */
export function closesLargerName(lex: Lexicon, tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.normal === 'the') k--;
  if (tokens[k]?.normal !== 'of') return false;
  const head = tokens[k - 1];
  return head !== undefined && isCapitalised(head) && lex.ofNameHeads.has(head.normal);
}

/**
 * The key of a recognised name, recording its label and type in `entityInfo` the first time it is seen. The key is
 * made from `keyName` (default: the label), so that surface variants of one name share it ("French Foreign
 * Ministry" and "France's Foreign Ministry" are both keyed by "France Foreign Ministry").
 */
export function recognisedName(context: ExtractContext, type: EntityType, label: string, keyName: string = label): string {
  const key = recognisedKey(type, keyName);
  if (!context.entityInfo.has(key)) context.entityInfo.set(key, { label, type, generic: false });
  return key;
}
