/**
 * Step 09: the shallow syntactic layer (src/extract/syntax) over the final mention layer: noun phrases with
 * quantities, coordination, appositions, verb groups with voice and polarity, subject/object/agent frames, clauses,
 * quotations and their speakers. The relation rules read arguments from it; the decision step reads voice and
 * polarity; the roles step reads speakers. Capitals are read again from it as their state or the place
 * (src/extract/capitals.ts): step 02 gave them a first reading by lexical cues.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import { buildSyntax } from '../syntax/index.ts';
import { readCapitals } from '../capitals.ts';

/** The syntax step of the pipeline. */
export const syntaxStep = defineStep('09-syntax', (context: ExtractContext) => {
  context.syntax = buildSyntax({ tokens: context.tokens, sentences: context.sentences, mentions: context.mentions, lexemeIds: context.lexemeIds });
  readCapitals(context, context.syntax);
});
