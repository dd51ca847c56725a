/**
 * Step 18: the document-level roles (../relations/roles.ts) from the kept candidates: the article's attacker and
 * defender, the explicit launcher of each weapon, the speakers of quotations. Computed once, read by step 19.
 */
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { DocumentRoles } from '../relations/roles.ts';

/** The roles step of the pipeline: kept `decisions` -> `roles`. */
export const rolesStep = defineStep('18-roles', (context: ExtractContext) => {
  context.roles = new DocumentRoles(viewOf(context), context.syntax, keptCandidates(context));
});

/** The candidates the decision step kept, in emission order. */
export function keptCandidates(context: ExtractContext) {
  return context.decisions.filter((d) => d.kept).map((d) => d.candidate);
}
