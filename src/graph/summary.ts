/**
 * The summary of a graph that `newsgraph serve` sends to the explorer (src/web) as /graph.json, whatever the graph's
 * size, so that no browser parses a whole graph: what the first view, the search, the filters, the chart and the
 * event list need, and nothing that only a panel shows. Browser-safe (the server builds it; the explorer reads it).
 *
 *   kept                  entity nodes as they are; relation edges with their counts and dates
 *   in groups             a relation's evidence becomes its documents counted by publication day, outlet and
 *                         claimants (`sources`), which is all the date, outlet and claimant filters and the colours
 *                         by outlet or claimant read, so they count sources as on the whole graph
 *   trimmed               event nodes without their reports; each weapon line keeps its distinct stated figures
 *                         (claimant and numbers, without the document), which is what the claimant view shows
 *   left out              documents, mentions, evidence sentences, reports, event-role edges
 *
 * A panel asks the server's API for the rest when it opens (src/web/graph/remote.ts): /api/relations for an edge's evidence,
 * /api/documents for article titles and links, /api/event for an event's reports.
 */
import { claimantsOf, documentClaimants } from './claimants.ts';
import { documentOutlets, UNKNOWN_OUTLET } from './outlets.ts';
import type { EventAttributes, EventFigure, EvidenceRecord, KnowledgeGraph, SourceGroup } from './types.ts';

/** Whether a graph is a summary (the panels then fetch what it leaves out). */
export function isSummary(graph: KnowledgeGraph): boolean {
  return graph.getAttribute('summary') === true;
}

/**
 * The documents of one relation's evidence in groups of the same publication day, outlet and claimants, ordered
 * by day (undated first), outlet and claimants. A document counts once, in the group of its first sentence.
 */
export function sourceGroups(evidence: readonly EvidenceRecord[], outlets: ReadonlyMap<string, string>, claimants: ReadonlyMap<string, ReadonlySet<string>>): SourceGroup[] {
  const seen = new Set<string>();
  const groups = new Map<string, SourceGroup>();
  for (const record of evidence) {
    if (seen.has(record.document)) continue;
    seen.add(record.document);
    const day = record.published?.slice(0, 10) ?? null;
    const outlet = outlets.get(record.document) ?? UNKNOWN_OUTLET;
    const stated = [...(claimants.get(record.document) ?? [])].sort();
    const key = JSON.stringify([day, outlet, stated]);
    const group = groups.get(key);
    if (group) group.documents += 1;
    else groups.set(key, { day, outlet, claimants: stated, documents: 1 });
  }
  const order = (group: SourceGroup): string => JSON.stringify([group.day ?? '', group.outlet, group.claimants]);
  return [...groups.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** An event's figures without their documents, each distinct (claimant, weapon, numbers) once, in first-seen order. */
export function distinctFigures(figures: readonly EventFigure[]): EventFigure[] {
  const seen = new Set<string>();
  const out: EventFigure[] = [];
  for (const figure of figures) {
    const key = JSON.stringify([figure.claimedBy, figure.weapon, figure.launched, figure.intercepted]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...figure, document: '' });
  }
  return out;
}

/**
 * An event node as the summary keeps it: no reports, distinct figures, and every claimant (UNCLAIMED included, those
 * of the reports' claims too) in the order the event panel states them, not sorted.
 */
export function summaryEvent(attributes: EventAttributes): EventAttributes {
  return {
    ...attributes,
    claimants: [...claimantsOf(attributes)],
    weapons: attributes.weapons.map((line) => ({ ...line, figures: distinctFigures(line.figures) })),
    reports: [],
  };
}

/** The summary of a whole graph (see the file's head); `summary: true` among its graph attributes. */
export function summaryGraph(graph: KnowledgeGraph): KnowledgeGraph {
  const outlets = documentOutlets(graph);
  const claimants = documentClaimants(graph);
  const summary = graph.emptyCopy();
  summary.replaceAttributes({ ...graph.getAttributes(), summary: true });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'document') summary.dropNode(key);
    else if (attributes.kind === 'event') summary.replaceNodeAttributes(key, summaryEvent(attributes));
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (attributes.kind !== 'relation') return;
    summary.addDirectedEdgeWithKey(key, source, target, { ...attributes, evidence: [], sources: sourceGroups(attributes.evidence, outlets, claimants) });
  });
  return summary;
}
