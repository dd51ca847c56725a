/**
 * Which documents and event nodes a batch of changes touched, as the graph's own events report them: a document or
 * event node added, dropped or given new attributes, or one of its edges (a document's `mentions`, an event's role
 * edges) added, dropped or changed. `build --update` uses it to rewrite only the parts of graph.json (and the RDF
 * days) that hold them; everything else is reused from the previous build. Browser-safe (graphology events only).
 */
import { documentDay } from './day.ts';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from './types.ts';

/** What `trackDocumentChanges` saw, until `stop()`. */
export interface DocumentChanges {
  /**
   * Keys of the documents (`doc:<id>`) and event nodes (`event:…`) touched: added, removed, replaced, relabelled, or
   * whose own edges (mentions, event roles) changed.
   */
  readonly keys: ReadonlySet<string>;
  /** Publication days (see `documentDay`) of the documents among them, before and after the change. */
  readonly days: ReadonlySet<string>;
  /** Stops listening (call it before the graph is used for anything else). */
  stop(): void;
}

/**
 * Starts recording the documents and events that changes to `graph` touch (see `DocumentChanges`). A mentions edge
 * counts for its source document, an event's role edge for its event. Changes made by mutating an attribute object in place are not seen: the graph's builders
 * (graph/build.ts) replace or merge attributes through graphology, or drop the edge beside the one they mutate; a
 * replaced document is dropped and added again, so both its old and its new day are seen.
 */
export function trackDocumentChanges(graph: KnowledgeGraph): DocumentChanges {
  const keys = new Set<string>();
  const days = new Set<string>();
  const touchNode = (key: string, attributes: NodeAttributes | undefined): void => {
    if (attributes?.kind === 'event') keys.add(key);
    if (attributes?.kind !== 'document') return;
    keys.add(key);
    days.add(documentDay(attributes.published));
  };
  const touchEdge = (source: string, attributes: EdgeAttributes | undefined): void => {
    if (attributes?.kind !== 'mentions' && attributes?.kind !== 'event-role') return;
    keys.add(source);
    if (graph.hasNode(source)) touchNode(source, graph.getNodeAttributes(source));
  };
  const onNode = (payload: { key: string; attributes: NodeAttributes }): void => touchNode(payload.key, payload.attributes);
  const onEdge = (payload: { key: string; source: string; attributes: EdgeAttributes }): void => touchEdge(payload.source, payload.attributes);
  const onEdgeUpdate = (payload: { key: string; attributes: EdgeAttributes }): void => {
    if (graph.hasEdge(payload.key)) touchEdge(graph.source(payload.key), payload.attributes);
  };
  const listeners = {
    nodeAdded: onNode,
    nodeDropped: onNode,
    nodeAttributesUpdated: onNode,
    edgeAdded: onEdge,
    edgeDropped: onEdge,
    edgeAttributesUpdated: onEdgeUpdate,
  } as const;
  // graphology's events are untyped on KnowledgeGraph's emitter: register through one loose view.
  const emitter = graph as unknown as { on(name: string, f: (payload: never) => void): void; removeListener(name: string, f: (payload: never) => void): void };
  for (const [name, listener] of Object.entries(listeners)) emitter.on(name, listener);
  const cleared = (): void => {
    throw new Error('trackDocumentChanges: the graph was cleared while its changes were tracked');
  };
  emitter.on('cleared', cleared);
  return {
    keys,
    days,
    stop(): void {
      for (const [name, listener] of Object.entries(listeners)) emitter.removeListener(name, listener);
      emitter.removeListener('cleared', cleared);
    },
  };
}
