/**
 * Step 17: the decision step. The candidates an ellipsis repeats ("as did Y") are added first; then every candidate the rules proposed gets its features and a score from the reviewed
 * weights of ../relations/decision.ts; the `decisions` layer keeps them all (kept and dropped, for `--explain`),
 * and the steps after it read only the kept ones.
 */
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { decideAll } from '../relations/decision.ts';
import { ellipsisCandidates } from '../relations/candidates.ts';

/** The decision step of the pipeline: `candidates` -> `decisions`. */
export const decideStep = defineStep('17-decide', (context: ExtractContext) => {
  // "..., as did Y": the candidates an elliptical clause repeats, with its subject.
  context.candidates.push(...ellipsisCandidates(viewOf(context), context.syntax, context.candidates));
  context.decisions.push(...decideAll(viewOf(context), context.syntax, context.candidates));
});
