/**
 * Step 18: the document-level roles (../relations/roles.ts) from the kept candidates: the article's attacker and
 * defender, the explicit launcher of each weapon, the speakers of quotations. Computed once, read by step 19.
 */
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { DocumentRoles } from '../relations/roles.ts';
import type { RelationCandidate } from '../relations/candidates.ts';

/** The roles step of the pipeline: kept `decisions` -> `roles`. */
export const rolesStep = defineStep('18-roles', (context: ExtractContext) => {
  context.roles = new DocumentRoles(viewOf(context), context.syntax, keptCandidates(context));
});

/**
 * The candidates the decision step kept, in emission order, with those it kept for the events only (a place hit only
 * by debris: `Decision.eventOnly`); step 19 gives the latter to `statedRelations` and to no relation.
 */
export function keptCandidates(context: ExtractContext) {
  return context.decisions.filter((d) => d.kept || d.eventOnly).map((d) => d.candidate);
}

/** The candidates kept for the event model only (`Decision.eventOnly`). */
export function eventOnlyCandidates(context: ExtractContext): ReadonlySet<RelationCandidate> {
  return new Set(context.decisions.filter((d) => d.eventOnly).map((d) => d.candidate));
}
