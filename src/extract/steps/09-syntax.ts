/**
 * Step 09: the shallow syntactic layer (src/extract/syntax) over the final mention layer: noun phrases with
 * quantities, coordination, appositions, verb groups with voice and polarity, subject/object/agent frames, clauses,
 * quotations and their speakers. The relation rules read arguments from it; the decision step reads voice and
 * polarity; the roles step reads speakers.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import { buildSyntax } from '../syntax/index.ts';

/** The syntax step of the pipeline. */
export const syntaxStep = defineStep('09-syntax', (context: ExtractContext) => {
  context.syntax = buildSyntax({ tokens: context.tokens, sentences: context.sentences, mentions: context.mentions, lexemeIds: context.lexemeIds });
});
