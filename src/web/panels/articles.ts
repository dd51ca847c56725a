/**
 * The article facts a panel shows beside a sentence (title, link, publication date, outlet), from the document
 * nodes of a whole graph or from what /api/documents answered for a summary graph. DOM-free.
 */
import { outletOf } from '../../graph/outlets.ts';
import type { RemoteDocument } from '../graph/remote.ts';
import type { KnowledgeGraph } from '../graph/types.ts';

/** One article as the panels show it. */
export interface ArticleFacts {
  title: string;
  url: string | null;
  published: string | null;
  outlet: string;
}

/** The facts of a document id (without `doc:`), or null when the graph or the server does not know it. */
export type ArticleLookup = (document: string) => ArticleFacts | null;

/** Articles from a whole graph's document nodes (`doc:<id>`, or `<id>` in older graphs); `outlets` by document id. */
export function graphArticles(graph: KnowledgeGraph, outlets: ReadonlyMap<string, string>): ArticleLookup {
  return (document) => {
    for (const key of [`doc:${document}`, document]) {
      if (!document || !graph.hasNode(key)) continue;
      const attributes = graph.getNodeAttributes(key);
      if (attributes.kind !== 'document') return null;
      return { title: attributes.title ?? attributes.label, url: attributes.source, published: attributes.published, outlet: outlets.get(document) ?? outletOf(attributes) };
    }
    return null;
  };
}

/** Articles from the documents a server sent (see ../graph/remote.ts); the outlet is derived as for a document node. */
export function remoteArticles(documents: ReadonlyMap<string, RemoteDocument>): ArticleLookup {
  return (document) => {
    const found = documents.get(document);
    if (!found) return null;
    return { title: found.title ?? found.id, url: found.source, published: found.published, outlet: outletOf(found) };
  };
}
