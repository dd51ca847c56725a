/**
 * The shallow syntactic layer over wink-nlp's tokens and tags: noun-phrase chunks with quantities, coordination,
 * appositions, verb groups with voice, negation and modality, shallow subject-verb-object frames with
 * prepositional attachments, clauses, quotations and their speakers, and the headline, bullet and dateline forms
 * of news text. Relation rules and the event model read arguments from it instead of scanning windows.
 *
 * `buildSyntax({ tokens, sentences, mentions })` is the one entry point: a step-shaped function that reads the
 * token layer (and optionally the mention layer) and returns a `SyntaxLayer`. It is linear in the number of
 * tokens and allocates a fixed set of typed arrays per document. The steps, per sentence:
 *
 *   1. tags       tag codes, word classes, shapes; corrections of wink's frequent errors   (tags.ts)
 *   2. chunks     noun phrases with determiners, quantities, modifiers, possessors, "of"  (chunks.ts)
 *   3. verbs      verb groups; bare participles: main verb, reduced relative or headline  (verbs.ts)
 *   4. coord      coordination of chunks and appositions                                   (chunks.ts)
 *   5. clauses    bullet, dateline, topic label; clause boundaries                         (clauses.ts)
 *   6. frames     subject, objects, agent, prepositional phrases, governors, ellipses      (verbs.ts)
 *   7. speakers   speakers of complements and report tags, then of quotations (document)  (clauses.ts)
 */
import * as types from './types.ts';
import { syntaxLexicon, type SyntaxLexicon } from './lexicon.ts';
import { SyntaxLayer, type SyntaxInput } from './layer.ts';
import { correctTags, retagTitleCase, sentenceShape, tagTokens } from './tags.ts';
import { appositions, chunkSentence, coordinate, markPrepositions } from './chunks.ts';
import { decideBareVerbs, frames, verbGroups } from './verbs.ts';
import { buildClauses, clauseSpeakers, pairQuotes, quoteFrames, sentenceForms } from './clauses.ts';

// Local copies of the constant tables (an imported binding is a getter under the tsx loader).
const { CL_SIZE, CO_SIZE, NP_SIZE, PP_SIZE, Q_SIZE, S, S_SIZE, SF, VG_SIZE } = types;

export { SyntaxLayer, RecordTable, type SyntaxInput } from './layer.ts';
export * from './types.ts';
export { W, syntaxLexicon, compileSyntaxLexicon, type SyntaxLexicon } from './lexicon.ts';

/** Id of the layer as a pipeline step (not wired into the pipeline yet). */
export const SYNTAX_STEP_ID = 'syntax';

/** Options of `buildSyntax`. */
export interface SyntaxOptions {
  /** The word classes to use (default: ontology/lexicon/syntax.json). */
  lexicon?: SyntaxLexicon;
}

/** Builds the syntactic layer of one document from its tokens, sentences and (optionally) mentions. */
export function buildSyntax(input: SyntaxInput, options: SyntaxOptions = {}): SyntaxLayer {
  const layer = new SyntaxLayer(input, options.lexicon ?? syntaxLexicon(), { s: S_SIZE, np: NP_SIZE, co: CO_SIZE, vg: VG_SIZE, pp: PP_SIZE, cl: CL_SIZE, q: Q_SIZE });
  const { sentences, nps, vgs } = layer;
  // 1. Tags (whole document), then quotation marks (they may span sentences).
  tagTokens(layer);
  pairQuotes(layer);
  for (const sentence of input.sentences) {
    const start = sentence.tokenStart;
    const end = sentence.tokenEnd;
    const s = sentences.add();
    sentences.set(s, S.start, start);
    sentences.set(s, S.end, end);
    const shape = sentenceShape(layer, start, end);
    sentences.set(s, S.flags, shape);
    if (shape & SF.TITLE_CASE) retagTitleCase(layer, start, end);
    correctTags(layer, start, end);
    // 2. Chunks.
    sentences.set(s, S.npStart, nps.size);
    chunkSentence(layer, s, start, end);
    sentences.set(s, S.npEnd, nps.size);
    markPrepositions(layer, sentences.get(s, S.npStart), nps.size, start);
    // 5a. Sentence forms (they need chunks; verb groups and clauses need the body start).
    sentenceForms(layer, s);
    const body = sentences.get(s, S.body);
    const flags = sentences.get(s, S.flags);
    // 3. Verb groups.
    sentences.set(s, S.vgStart, vgs.size);
    verbGroups(layer, s, start, end);
    sentences.set(s, S.vgEnd, vgs.size);
    decideBareVerbs(layer, sentences.get(s, S.vgStart), vgs.size, start, body, end, (flags & (SF.HEADLINE | SF.BULLET | SF.TOPIC)) !== 0);
    // 4. Coordination and apposition. A colon after a verb opens a list whose items may be split by semicolons.
    coordinate(layer, sentences.get(s, S.npStart), nps.size, start, listColon(layer, body, end));
    appositions(layer, sentences.get(s, S.npStart), nps.size, end);
    // 5b. Clauses, 6. frames, 7. speakers of the sentence's clauses.
    buildClauses(layer, s);
    frames(layer, s);
    clauseSpeakers(layer, s);
  }
  // 7. Speakers of quotations (a frame may follow a quotation that spans sentences).
  quoteFrames(layer);
  return layer;
}

/** The colon after a verb that opens a list ("the attack comprised: ..."), or -1. */
function listColon(layer: SyntaxLayer, body: number, end: number): number {
  for (let k = body + 1; k < end; k++) if (layer.word(k) === ':' && layer.vgOf[k - 1]! >= 0) return k;
  return -1;
}
