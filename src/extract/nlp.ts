/**
 * The one NLP pass of extraction: wink-nlp (English lite web model) tokenises, splits sentences and tags
 * parts of speech once per document. Everything after it is plain array work over the tokens.
 * Runs of non-space characters are capped first (`capLongTokens`): wink's tokeniser costs the square of a run's
 * length, so one base64 blob or long URL could otherwise hold a run for minutes.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/** The shared wink-nlp instance (loaded on first use; loading the model takes ~100 ms). */
export function nlp(): Wink {
  if (!instance) instance = winkNLP(model, ['sbd', 'pos']);
  return instance;
}

/**
 * Longest run of non-space characters handed to wink-nlp whole (no article word or URL of the corpora comes near;
 * the longest is 132). Past it, tokenising one run costs more than a line of words.
 */
export const MAX_TOKEN_CHARS = 256;

/** True for the characters that always end a run for wink (ASCII whitespace). */
function isRunBreak(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * `text` with every run of non-space characters longer than `max` cut to its first `max` characters, the rest
 * replaced by spaces. The length is unchanged, so offsets into the capped text are offsets into `text`; a text
 * without long runs is returned as it is. Only ASCII whitespace ends a run here: wink splits at least there, so no
 * token it sees can be longer than `max`.
 */
export function capLongTokens(text: string, max = MAX_TOKEN_CHARS): string {
  let out: string[] | null = null;
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isRunBreak(text.charCodeAt(i))) continue;
    if (i - runStart > max) {
      // never cut between the two halves of a surrogate pair
      const high = text.charCodeAt(runStart + max - 1);
      const keep = high >= 0xd800 && high <= 0xdbff ? max - 1 : max;
      out ??= [];
      out.push(text.slice(copied, runStart + keep), ' '.repeat(i - runStart - keep));
      copied = i;
    }
    runStart = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * The letter wink-nlp reads in place of each letter of Latin Extended-A/B and Latin Extended Additional
 * (U+0100-U+024F, U+1E00-U+1EFF): its base letter ("ș" -> "s", "Ł" -> "L"), else "x"/"X". wink's tokeniser takes
 * these letters for symbols and cuts a word at each ("Popșoi" -> "Pop", "ș", "oi"; "Łukasz" -> "Ł", "ukasz"), so
 * Romanian, Polish, Czech, Turkish and Croatian names were broken apart. Every replacement is one UTF-16 unit for one,
 * so offsets are kept.
 */
const WINK_LETTERS: ReadonlyMap<number, string> = (() => {
  const out = new Map<number, string>();
  const special: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', Ŀ: 'L', ŀ: 'l', ĸ: 'k', Ŋ: 'N', ŋ: 'n', Ɨ: 'I', ƚ: 'l', Ƶ: 'Z', ƶ: 'z' };
  const add = (from: number, to: number): void => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      if (!/\p{L}/u.test(ch)) continue;
      const base = special[ch] ?? ch.normalize('NFD').charAt(0);
      const ascii = /^[A-Za-z]$/.test(base) ? base : ch === ch.toLowerCase() ? 'x' : 'X';
      out.set(c, ascii);
    }
  };
  add(0x100, 0x24f);
  add(0x1e00, 0x1eff);
  return out;
})();

/** `text` with the letters wink cuts words at (`WINK_LETTERS`) replaced one for one; the text itself when it has none. */
export function foldForWink(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100 || (c > 0x24f && (c < 0x1e00 || c > 0x1eff))) continue;
    const letter = WINK_LETTERS.get(c);
    if (letter === undefined) continue;
    out ??= [];
    out.push(text.slice(copied, i), letter);
    copied = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Raw output of the wink pass over a text: token values, POS tags, and sentence token spans. */
export interface WinkPass {
  values: string[];
  /**
   * The lexeme id of each token (`lexemeOf`): one id per distinct wink lexeme, given in the order lexemes are first
   * met, stable for the life of the process; -1 for none.
   */
  ids: number[];
  pos: string[];
  /** Inclusive [first, last] token indices of each sentence. */
  sentences: Array<[number, number]>;
}

/** wink lexeme ids above this get no lexeme id of ours (keeps the id-indexed tables dense arrays). */
const MAX_WINK_ID = 4_000_000;

/**
 * Our lexeme id of each wink lexeme id, plus one (0: not met yet). wink numbers its vocabulary of about 87,000 words
 * in alphabetical order ("and" 3361, "said" 66281, "the" 77124), so the memo tables indexed by its ids (normal forms,
 * word classes and shapes of the syntax layer, the relation view's phrase entries, the gazetteer's token entries)
 * were read at scattered places for the commonest words, a cache miss per table and token. A lexeme id is given in
 * the order lexemes are first met: the words of the first documents, the commonest, sit together at the start of
 * every table. One id per distinct wink lexeme, stable for the life of the process.
 */
let lexemeByWinkId = new Int32Array(1 << 17);
let lexemeCount = 0;

/**
 * The value of each lexeme by our lexeme id. wink's token value (`its.value`) is the value of the token's lexeme
 * (`cache.value(uniqueId)`), and wink's lexicon only grows, so the value of a lexeme met before is read here, from a
 * table in the order first met, instead of by a second pass of wink's over the tokens that reads its vocabulary list
 * by the scattered wink id (session 29).
 */
const valueByLexeme: string[] = [];

/** Our lexeme id of wink lexeme id `id` (given when first met), or -1 for an id outside the tables. */
function lexemeOf(id: number): number {
  if (id < 0 || id > MAX_WINK_ID) return -1;
  if (id >= lexemeByWinkId.length) {
    let size = lexemeByWinkId.length;
    while (size <= id) size *= 2;
    const grown = new Int32Array(size);
    grown.set(lexemeByWinkId);
    lexemeByWinkId = grown;
  }
  let lexeme = lexemeByWinkId[id] as number;
  if (lexeme === 0) {
    lexeme = ++lexemeCount;
    lexemeByWinkId[id] = lexeme;
  }
  return lexeme - 1;
}

/**
 * Runs wink-nlp once over `text` (long runs capped): read, tokens, POS tags, lexeme ids, sentence spans, with
 * possessives split (`splitPossessives`). The bench's bare pass is read + tokens + POS tags. The token values are the
 * values of their lexemes (`valueByLexeme`; wink's own `its.value` only for a lexeme met the first time).
 */
export function winkPass(text: string): WinkPass {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(capLongTokens(text));
  const tokens = doc.tokens();
  const winkIds = tokens.out(its.uniqueId) as unknown as number[];
  const values: string[] = [];
  const ids: number[] = [];
  for (let i = 0; i < winkIds.length; i++) {
    const lexeme = lexemeOf(winkIds[i] as number);
    let value = lexeme >= 0 ? valueByLexeme[lexeme] : undefined;
    if (value === undefined) {
      value = tokens.itemAt(i).out(its.value) as string;
      if (lexeme >= 0) valueByLexeme[lexeme] = value;
    }
    values.push(value);
    ids.push(lexeme);
  }
  return splitPossessives({
    values,
    ids,
    pos: tokens.out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  });
}

/** The character codes of an apostrophe before a possessive "s": ' and the right single quotation mark. */
const APOSTROPHES: ReadonlySet<number> = new Set([0x27, 0x2019]);

/** True for a token that is a word followed by a possessive or contracted "'s" ("Kyiv's", "Kyiv’s"). */
function isGluedPossessive(value: string): boolean {
  const n = value.length;
  if (n < 3 || (value.charCodeAt(n - 1) | 0x20) !== 0x73 || !APOSTROPHES.has(value.charCodeAt(n - 2))) return false;
  return /[\p{L}\p{N}]/u.test(value.charAt(n - 3));
}

/**
 * wink-nlp splits "Kyiv's" into "Kyiv" and "'s", but a word it once met whole (before a comma: "linked to Kyiv's,")
 * joins its vocabulary and is never split again in the process, so one article changed how every later article was
 * tokenised (and extraction depended on the order of a corpus). Every such token is split here the way wink splits
 * it the first time: the word keeps the token's tag, the "'s" is a particle (an auxiliary after a pronoun: "it's").
 * The parts have no lexeme id (-1: their look-ups go by word). A pass without such tokens is returned as it is.
 */
export function splitPossessives(pass: WinkPass): WinkPass {
  const { values, ids, pos, sentences } = pass;
  let first = -1;
  for (let i = 0; i < values.length; i++) if (isGluedPossessive(values[i] as string)) {
    first = i;
    break;
  }
  if (first < 0) return pass;
  const out: WinkPass = { values: values.slice(0, first), ids: ids.slice(0, first), pos: pos.slice(0, first), sentences: [] };
  /** The index in `out` of each token of `pass` (its first part when split), and one past the end. */
  const at = new Int32Array(values.length + 1);
  for (let i = 0; i < first; i++) at[i] = i;
  for (let i = first; i < values.length; i++) {
    at[i] = out.values.length;
    const value = values[i] as string;
    const tag = pos[i] ?? 'X';
    if (!isGluedPossessive(value)) {
      out.values.push(value);
      out.ids.push(ids[i] ?? -1);
      out.pos.push(tag);
      continue;
    }
    out.values.push(value.slice(0, -2), value.slice(-2));
    out.ids.push(-1, -1);
    out.pos.push(tag, tag === 'PRON' ? 'AUX' : 'PART');
  }
  at[values.length] = out.values.length;
  // A sentence [a, b] ends on the last part of its token b.
  out.sentences = sentences.map(([a, b]) => [at[a] as number, (at[b + 1] as number) - 1]);
  return out;
}
