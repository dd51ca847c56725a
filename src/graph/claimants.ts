/**
 * Who states an event's figures: the claimants of its figures and of its reports' claims, per event and per
 * reporting document. Shared by the explorer (src/web/events) and the summary it is served (./summary.ts), so both
 * count claimants the same way. Browser-safe.
 */
import type { EventAttributes, KnowledgeGraph } from './types.ts';

/** The claimant key of figures that no one is said to have stated (the article gives them itself). */
export const UNCLAIMED = '(unattributed)';

/** Claimants of an event's figures and claims: every figure's and report claim's `claimedBy` (null as UNCLAIMED). */
export function claimantsOf(attributes: EventAttributes): Set<string> {
  const claimants = new Set<string>();
  for (const line of attributes.weapons) for (const figure of line.figures) claimants.add(figure.claimedBy ?? UNCLAIMED);
  for (const report of attributes.reports) for (const claim of report.claims) claimants.add(claim.claimedBy ?? UNCLAIMED);
  for (const claimant of attributes.claimants) claimants.add(claimant);
  return claimants;
}

/**
 * Adds, for each report of one event, the claimants whose figures or claims that report gives to the set of its
 * document (id without `doc:`) in `byDocument`; a report without any still gets its (empty) set.
 */
export function addDocumentClaimants(attributes: EventAttributes, byDocument: Map<string, Set<string>>): void {
  for (const report of attributes.reports) {
    const set = byDocument.get(report.document) ?? new Set<string>();
    for (const claim of report.claims) set.add(claim.claimedBy ?? UNCLAIMED);
    for (const line of attributes.weapons) {
      for (const figure of line.figures) if (figure.document === report.document) set.add(figure.claimedBy ?? UNCLAIMED);
    }
    byDocument.set(report.document, set);
  }
}

/** The claimants each document reports, over every event of the graph (see addDocumentClaimants). */
export function documentClaimants(graph: KnowledgeGraph): Map<string, Set<string>> {
  const byDocument = new Map<string, Set<string>>();
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === 'event') addDocumentClaimants(attributes, byDocument);
  });
  return byDocument;
}
