/**
 * The one NLP pass of extraction: wink-nlp (English lite web model) tokenises, splits sentences and tags
 * parts of speech once per document. Everything after it is plain array work over the tokens.
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
 * Runs wink-nlp once over `text`: read, tokens, POS tags, lexeme ids, sentence spans. The bench's bare pass is
 * read + tokens + POS tags.
 */
export function winkPass(text: string): WinkPass {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value) as string[],
    ids: tokens.out(its.uniqueId) as unknown as number[],
    pos: tokens.out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  };
}
