/**
 * Step 10: the relation view. Builds the `view` layer the relation rules scan: normalised words, the mention
 * covering each token, the kinds of mention each sentence holds, and (on first use) the lexicon classes of each
 * token. Runs once the mention layer is final.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import { DocView } from '../relations/view.ts';

/** The view step of the pipeline. */
export const relationViewStep = defineStep('10-relation-view', (context: ExtractContext) => {
  context.view = new DocView(context, context.lexemeIds, context.syntax);
});
