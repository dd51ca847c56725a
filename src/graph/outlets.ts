/**
 * Outlets: the host name of each document's source URL, as the explorer's outlet filter, colours and panels name
 * them, and as the summary the explorer is served (./summary.ts) counts them. Browser-safe.
 */
import type { DocumentAttributes, KnowledgeGraph } from './types.ts';

/** The outlet of documents without a usable source URL. */
export const UNKNOWN_OUTLET = 'unknown outlet';

/** The outlet of a document: the host name of its source URL without "www.", else UNKNOWN_OUTLET. */
export function outletOf(document: Pick<DocumentAttributes, 'source'>): string {
  if (!document.source) return UNKNOWN_OUTLET;
  try {
    const url = new URL(document.source);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return UNKNOWN_OUTLET;
    return url.hostname.toLowerCase().replace(/^www\./, '') || UNKNOWN_OUTLET;
  } catch {
    return UNKNOWN_OUTLET;
  }
}

/** Outlet of every document of the graph, by document id (without `doc:`). */
export function documentOutlets(graph: KnowledgeGraph): Map<string, string> {
  const outlets = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'document') outlets.set(key.startsWith('doc:') ? key.slice(4) : key, outletOf(attributes));
  });
  return outlets;
}
