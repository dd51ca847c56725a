/**
 * Helpers of the syntax-layer tests: build the layer over a sentence of our own (tokens only, or with the mention
 * layer over the mini gazetteer) and read it back through the explain views.
 */
import type { ExtractContext } from '../../../src/extract/context.ts';
import { MENTION_STEPS, runSteps } from '../../../src/extract/index.ts';
import { tokensStep } from '../../../src/extract/steps/01-tokens.ts';
import { buildSyntax, S, type SyntaxLayer } from '../../../src/extract/syntax/index.ts';
import { frameView, sentenceView, type FrameView, type SentenceView } from '../../../src/extract/syntax/explain.ts';
import { makeDoc, MINI_GAZETTEER } from '../helpers.ts';

/** The layer over `text`: tokens only, or with mentions (`withMentions`) from the mini gazetteer. */
export function layerOf(text: string, withMentions = false): { layer: SyntaxLayer; context: ExtractContext } {
  const context = runSteps(makeDoc(text), { gazetteer: MINI_GAZETTEER, steps: withMentions ? MENTION_STEPS : [tokensStep] });
  const layer = buildSyntax({ tokens: context.tokens, sentences: context.sentences, mentions: withMentions ? context.mentions : [] });
  return { layer, context };
}

/** The view of the first sentence of `text`. */
export function firstSentence(text: string, withMentions = false): SentenceView {
  return sentenceView(layerOf(text, withMentions).layer, 0);
}

/** Every frame of every sentence of `text`, in order. */
export function framesOf(text: string, withMentions = false): FrameView[] {
  const { layer } = layerOf(text, withMentions);
  const out: FrameView[] = [];
  for (let s = 0; s < layer.sentences.size; s++) {
    for (let g = layer.sentence(s, S.vgStart); g < layer.sentence(s, S.vgEnd); g++) out.push(frameView(layer, g));
  }
  return out;
}

/** The frame whose verb chain is `verb` (the first one), for a row that checks one verb of a longer sentence. */
export function frameOf(text: string, verb: string, withMentions = false): FrameView | undefined {
  return framesOf(text, withMentions).find((f) => f.verb === verb);
}
