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

/** Raw output of the wink pass over a text: token values, POS tags, and sentence token spans. */
export interface WinkPass {
  values: string[];
  /** wink's lexeme id of each token: one id per distinct value, stable for the life of the process. */
  ids: number[];
  pos: string[];
  /** Inclusive [first, last] token indices of each sentence. */
  sentences: Array<[number, number]>;
}

/**
 * Runs wink-nlp once over `text` (long runs capped): read, tokens, POS tags, lexeme ids, sentence spans. The
 * bench's bare pass is read + tokens + POS tags.
 */
export function winkPass(text: string): WinkPass {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(capLongTokens(text));
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value) as string[],
    ids: tokens.out(its.uniqueId) as unknown as number[],
    pos: tokens.out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  };
}
