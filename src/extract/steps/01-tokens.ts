/**
 * Step 01: tokens and sentences. One wink-nlp pass gives token values, POS tags and sentence spans;
 * this step adds character offsets into `doc.text` and splits sentences again at line breaks
 * (headlines, datelines and bylines are lines of their own without final punctuation).
 */
import type { ExtractContext, ExtractStep, Sentence, Token } from '../context.ts';
import { winkPass } from '../nlp.ts';

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

/** Fills `context.tokens` and `context.sentences` from one wink pass over `context.doc.text`. */
export function tokenise(context: ExtractContext): void {
  const text = context.doc.text;
  const pass = winkPass(text);
  // 1. Offsets: wink keeps token values verbatim, so each one is found at or after the previous end.
  //    Whitespace tokens (wink emits line breaks as SPACE tokens) are dropped.
  const sentenceOfRaw = new Int32Array(pass.values.length).fill(-1);
  pass.sentences.forEach(([first, last], index) => {
    for (let t = first; t <= last && t < sentenceOfRaw.length; t++) sentenceOfRaw[t] = index;
  });
  const tokens: Token[] = [];
  const sentenceOf: number[] = [];
  let cursor = 0;
  for (let i = 0; i < pass.values.length; i++) {
    const value = pass.values[i] ?? '';
    let start = text.indexOf(value, cursor);
    if (start < 0 || start - cursor > 200) start = cursor;
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    if (pass.pos[i] === 'SPACE' || value.trim() === '') continue;
    tokens.push({ text: value, normal: normaliseToken(value), start, end, pos: pass.pos[i] ?? 'X', sentence: 0 });
    sentenceOf.push(sentenceOfRaw[i] ?? -1);
  }
  // 2. Sentences: wink's sentence boundaries plus a break wherever a line break separates two tokens.
  const sentences: Sentence[] = [];
  let open = 0;
  const close = (endToken: number): void => {
    if (endToken <= open) return;
    const first = tokens[open] as Token;
    const last = tokens[endToken - 1] as Token;
    const index = sentences.length;
    sentences.push({ index, start: first.start, end: last.end, tokenStart: open, tokenEnd: endToken });
    for (let t = open; t < endToken; t++) (tokens[t] as Token).sentence = index;
    open = endToken;
  };
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1] as Token;
    const current = tokens[i] as Token;
    // wink may split "Censor.NET" after the period: no sentence ends without a space.
    if (hasLineBreak(text, previous.end, current.start) || (sentenceOf[i] !== sentenceOf[i - 1] && current.start > previous.end)) close(i);
  }
  close(tokens.length);
  context.tokens = tokens;
  context.sentences = sentences;
}

/** The step object of the pipeline. */
export const tokensStep: ExtractStep = { id: '01-tokens', run: tokenise };
