/**
 * Step 01: tokens and sentences. One wink-nlp pass gives token values, POS tags and sentence spans;
 * this step adds character offsets into `doc.text` and splits sentences again at line breaks
 * (headlines, datelines and bylines are lines of their own without final punctuation).
 * Writes the layers `tokens`, `sentences` and `lexemeIds`.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import type { Sentence, Token } from '../layers.ts';
import { foldForWink, winkPass } from '../nlp.ts';

/** Lower-cases a token and straightens curly quotes and apostrophes. */
export function normaliseToken(value: string): string {
  const lower = value.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 0x2bc) return lower.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
  }
  return lower;
}

/** True when text[from, to) holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** True for the characters `String.prototype.trim` removes. */
function isTrimmedSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** True when `value` is empty or only whitespace (as `value.trim() === ''`, without allocating). */
function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isTrimmedSpace(value.charCodeAt(i))) return false;
  return true;
}

/**
 * Where token `value` starts in `text` at or after `cursor` (as `text.indexOf(value, cursor)`): tokens almost always
 * start right after the whitespace at the cursor, so that position is tried first.
 */
function findToken(text: string, value: string, cursor: number): number {
  const first = value.charCodeAt(0);
  let p = cursor;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === first || !isTrimmedSpace(c)) break;
    p++;
  }
  // No occurrence can start on the whitespace skipped (it differs from the value's first character).
  return text.startsWith(value, p) ? p : text.indexOf(value, p);
}

/**
 * Longest sentence, in tokens, that the later steps see; a longer one is cut into pieces of this size. The relation
 * rules compare the mentions of a sentence pairwise, so one endless sentence (a page with no full stop) costs the
 * square of its length; article sentences stay far below (the longest in the corpora has 62 tokens).
 */
export const MAX_SENTENCE_TOKENS = 200;

/** Normal form by lexeme id (one id per distinct token text): the same string object for every document. */
const normalById: Array<string | undefined> = [];
const MAX_LEXEME_ID = 4_000_000;

/** `normaliseToken(value)` for a token with lexeme id `id`, memoised per id. */
function normalOf(value: string, id: number): string {
  if (id < 0 || id > MAX_LEXEME_ID) return normaliseToken(value);
  let normal = id < normalById.length ? normalById[id] : undefined;
  if (normal === undefined) {
    normal = normaliseToken(value);
    while (normalById.length <= id) normalById.push(undefined);
    normalById[id] = normal;
  }
  return normal;
}

/**
 * Fills `context.tokens` and `context.sentences` from one wink pass over `context.doc.text`, and `context.lexemeIds`
 * with the lexeme id of every token (one id per distinct wink lexeme, in the order first met, stable for the
 * process; `lexemeOf` in ../nlp.ts): later steps use them to memoise per-token work without hashing strings.
 */
export function tokenise(context: ExtractContext): void {
  const text = context.doc.text;
  // wink reads a copy with the letters it would cut words at replaced one for one (`foldForWink`); tokens keep the
  // article's own letters, and such a token has no lexeme id (its look-ups go by word).
  const read = foldForWink(text);
  const pass = winkPass(read);
  const values = pass.values;
  const pos = pass.pos;
  const spans = pass.sentences;
  // The lexeme ids of the kept tokens (kept as `context.lexemeIds`) and their wink sentences, in one buffer.
  const buffer = new Int32Array(2 * values.length);
  const ids = buffer.subarray(0, values.length);
  const sentenceOf = buffer.subarray(values.length);
  // 1. Offsets: wink keeps token values verbatim, so each one is found at or after the previous end.
  //    Whitespace tokens (wink emits line breaks as SPACE tokens) are dropped. The wink sentence of each kept
  //    token is read off the sentence spans with one cursor (spans are in order and do not overlap).
  const tokens: Token[] = [];
  let cursor = 0;
  let span = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let start = value.length === 0 ? read.indexOf(value, cursor) : findToken(read, value, cursor);
    if (start < 0 || start - cursor > 200) start = cursor;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    const tag = pos[i] ?? 'X';
    if (tag === 'SPACE' || isBlank(value)) continue;
    const own = read === text ? value : text.slice(start, end);
    const id = own === value ? (pass.ids[i] ?? -1) : -1;
    ids[tokens.length] = id;
    tokens.push({ text: own, normal: normalOf(own, id), start, end, pos: tag, sentence: 0 });
    while (span < spans.length && (spans[span] as [number, number])[1] < i) span++;
    sentenceOf[tokens.length - 1] = span < spans.length && (spans[span] as [number, number])[0] <= i ? span : -1;
  }
  // 2. Sentences: wink's sentence boundaries plus a break wherever a line break separates two tokens, and a cut
  //    after MAX_SENTENCE_TOKENS tokens.
  const sentences: Sentence[] = [];
  let open = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length) {
      const previous = tokens[i - 1] as Token;
      const current = tokens[i] as Token;
      // wink may split "Censor.NET" after the period: no sentence ends without a space.
      const breaks =
        hasLineBreak(text, previous.end, current.start) ||
        (sentenceOf[i] !== sentenceOf[i - 1] && current.start > previous.end && !afterAbbreviation(tokens, i)) ||
        i - open >= MAX_SENTENCE_TOKENS;
      if (!breaks) continue;
    }
    const index = sentences.length;
    sentences.push({ index, start: (tokens[open] as Token).start, end: (tokens[i - 1] as Token).end, tokenStart: open, tokenEnd: i });
    for (let t = open; t < i; t++) (tokens[t] as Token).sentence = index;
    open = i;
  }
  context.lexemeIds = ids.subarray(0, tokens.length);
  context.tokens = tokens;
  context.sentences = sentences;
}

/**
 * wink ends a sentence after a short lower-case abbreviation ("1 pc. of each type", "approx. 40 drones"); a sentence
 * goes on when the word after the period is in lower case and the word before it is a lower-case word of at most four
 * letters.
 */
function afterAbbreviation(tokens: readonly Token[], i: number): boolean {
  const period = tokens[i - 1] as Token;
  const word = tokens[i - 2];
  const next = (tokens[i] as Token).text;
  return period.text === '.' && word !== undefined && word.end === period.start && /^[a-z]{1,4}$/.test(word.text) && /^[a-z]/.test(next);
}

/** The step object of the pipeline. */
export const tokensStep = defineStep('01-tokens', tokenise);
