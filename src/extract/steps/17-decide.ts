/**
 * Step 17: the decision step. Every candidate the rules proposed gets its features and a score from the reviewed
 * weights of ../relations/decision.ts; the `decisions` layer keeps them all (kept and dropped, for `--explain`),
 * and the steps after it read only the kept ones.
 */
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { decideAll } from '../relations/decision.ts';

/** The decision step of the pipeline: `candidates` -> `decisions`. */
export const decideStep = defineStep('17-decide', (context: ExtractContext) => {
  context.decisions.push(...decideAll(viewOf(context), context.syntax, context.candidates));
});
