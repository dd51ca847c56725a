/**
 * Which documents and event nodes a batch of changes touched, as the graph's own events report them: a document or
 * event node added, dropped or given new attributes, or one of its edges (a document's `mentions`, an event's role
 * edges) added, dropped or changed. `build --update` uses it to rewrite only the parts of graph.json (and the RDF
 * days) that hold them; everything else is reused from the previous build. Browser-safe (graphology events only).
 */
import { documentDay } from './day.ts';
import type { EdgeAttributes, EvidenceRecord, KnowledgeGraph, NodeAttributes } from './types.ts';

/** What `trackDocumentChanges` saw, until `stop()`. */
export interface DocumentChanges {
  /**
   * Keys of the documents (`doc:<id>`) and event nodes (`event:…`) touched: added, removed, replaced, relabelled, or
   * whose own edges (mentions, event roles) changed; after `stop()`, without those that ended as they began.
   */
  readonly keys: ReadonlySet<string>;
  /** Publication days (see `documentDay`) of the documents among them, before and after the change. */
  readonly days: ReadonlySet<string>;
  /** Stops listening and drops the keys that ended as they began (call it before the export). */
  stop(): void;
}

/** What an owner (a document or event node) was before its first change: its attributes and its own out-edges. */
type Snapshot = { attributes: NodeAttributes; edges: Map<string, { target: string; attributes: EdgeAttributes }> } | 'absent' | 'unknown';

/** Whether two JSON values are equal (members that are undefined count as absent, as in graph.json). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => sameValue(value, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keysOf = (record: Record<string, unknown>): string[] => Object.keys(record).filter((key) => record[key] !== undefined);
  const keys = keysOf(x);
  return keys.length === keysOf(y).length && keys.every((key) => key in y && sameValue(x[key], y[key]));
}

/** Whether an edge is its source's own (a document's mentions, an event's role edges). */
function owned(attributes: EdgeAttributes): boolean {
  return attributes.kind === 'mentions' || attributes.kind === 'event-role';
}

/**
 * Starts recording the documents and events that changes to `graph` touch (see `DocumentChanges`). A mentions edge
 * counts for its source document, an event's role edge for its event. Each one's state before its first change is
 * kept (a copy of its attributes and own edges), and `stop()` leaves out those that end as they began: an event
 * group merged again into the same event nodes, a document given again unchanged. Changes made by mutating an
 * attribute object in place are not seen: the graph's builders (graph/build.ts) replace or merge attributes through
 * graphology, or drop an edge of the same document beside the one they mutate (a surname merged into a full name);
 * a replaced document is dropped and added again, so both its old and its new day are seen.
 */
export function trackDocumentChanges(graph: KnowledgeGraph): DocumentChanges {
  const keys = new Set<string>();
  const days = new Set<string>();
  const before = new Map<string, Snapshot>();
  const ownEdges = (key: string): Map<string, { target: string; attributes: EdgeAttributes }> => {
    const edges = new Map<string, { target: string; attributes: EdgeAttributes }>();
    graph.forEachOutEdge(key, (edge, attributes, _source, target) => {
      if (owned(attributes)) edges.set(edge, { target, attributes: structuredClone(attributes) });
    });
    return edges;
  };
  /** Keeps `key`'s state before its first change (`snapshot` is called only then). */
  const first = (key: string, snapshot: () => Snapshot): void => {
    if (!before.has(key)) before.set(key, snapshot());
  };
  const touchNode = (key: string, attributes: NodeAttributes | undefined): void => {
    if (attributes?.kind === 'event') keys.add(key);
    if (attributes?.kind !== 'document') return;
    keys.add(key);
    days.add(documentDay(attributes.published));
  };
  const touchEdge = (source: string, attributes: EdgeAttributes | undefined): void => {
    if (!attributes || !owned(attributes)) return;
    keys.add(source);
    if (graph.hasNode(source)) touchNode(source, graph.getNodeAttributes(source));
  };
  const listeners = {
    nodeAdded: (payload: { key: string; attributes: NodeAttributes }): void => {
      first(payload.key, () => 'absent');
      touchNode(payload.key, payload.attributes);
    },
    // Its own edges were dropped (and seen) before it: when this is its first change, it had none.
    nodeDropped: (payload: { key: string; attributes: NodeAttributes }): void => {
      first(payload.key, () => ({ attributes: structuredClone(payload.attributes), edges: new Map() }));
      touchNode(payload.key, payload.attributes);
    },
    nodeAttributesUpdated: (payload: { key: string; attributes: NodeAttributes }): void => {
      first(payload.key, () => 'unknown');
      touchNode(payload.key, payload.attributes);
    },
    edgeAdded: (payload: { key: string; source: string; attributes: EdgeAttributes }): void => {
      if (owned(payload.attributes)) {
        first(payload.source, () => {
          const edges = ownEdges(payload.source);
          edges.delete(payload.key);
          return { attributes: structuredClone(graph.getNodeAttributes(payload.source)), edges };
        });
      }
      touchEdge(payload.source, payload.attributes);
    },
    // The source still exists while its edges are dropped (graphology drops a node's edges first).
    edgeDropped: (payload: { key: string; source: string; target: string; attributes: EdgeAttributes }): void => {
      if (owned(payload.attributes) && graph.hasNode(payload.source)) {
        first(payload.source, () => {
          const edges = ownEdges(payload.source);
          edges.set(payload.key, { target: payload.target, attributes: structuredClone(payload.attributes) });
          return { attributes: structuredClone(graph.getNodeAttributes(payload.source)), edges };
        });
      }
      touchEdge(payload.source, payload.attributes);
    },
    edgeAttributesUpdated: (payload: { key: string; attributes: EdgeAttributes }): void => {
      if (!graph.hasEdge(payload.key)) return;
      const source = graph.source(payload.key);
      if (owned(payload.attributes)) first(source, () => 'unknown');
      touchEdge(source, payload.attributes);
    },
  } as const;
  // graphology's events are untyped on KnowledgeGraph's emitter: register through one loose view.
  const emitter = graph as unknown as { on(name: string, f: (payload: never) => void): void; removeListener(name: string, f: (payload: never) => void): void };
  for (const [name, listener] of Object.entries(listeners)) emitter.on(name, listener);
  const cleared = (): void => {
    throw new Error('trackDocumentChanges: the graph was cleared while its changes were tracked');
  };
  emitter.on('cleared', cleared);
  /** Whether `key` ends as it began. */
  const unchanged = (key: string): boolean => {
    const snapshot = before.get(key) ?? 'unknown';
    if (snapshot === 'unknown') return false;
    if (snapshot === 'absent') return !graph.hasNode(key);
    if (!graph.hasNode(key) || !sameValue(snapshot.attributes, graph.getNodeAttributes(key))) return false;
    const now = ownEdges(key);
    if (now.size !== snapshot.edges.size) return false;
    for (const [edge, then] of snapshot.edges) {
      const current = now.get(edge);
      if (!current || current.target !== then.target || !sameValue(current.attributes, then.attributes)) return false;
    }
    return true;
  };
  return {
    keys,
    days,
    stop(): void {
      for (const [name, listener] of Object.entries(listeners)) emitter.removeListener(name, listener);
      emitter.removeListener('cleared', cleared);
      for (const key of [...keys]) if (unchanged(key)) keys.delete(key);
      before.clear();
    },
  };
}

/** What `trackEvidenceChanges` saw, until `stop()`. */
export interface EvidenceChanges {
  /** After `stop()`: the publication days (see `documentDay`) whose relation evidence differs from the start. */
  readonly days: ReadonlySet<string>;
  /** Compares every relation edge's evidence with its state at the start (call it before the export). */
  stop(): void;
}

/**
 * Starts recording which publication days' relation evidence a batch of changes alters, so that graph.json's
 * evidence parts (output/writers/json.ts, one per day) of the other days can be linked from the previous build. It
 * keeps each relation edge's evidence list as it is now (the list, not the records: a few MB at 100,000 articles) and,
 * at `stop()`, compares each edge's records of each day, by identity, with those kept: a day differs when an edge
 * gains, loses or reorders a record of that day, or is added or dropped with records of that day. The graph's
 * builders never change a record in place (a renamed addressee gives a new record, graph/build.ts).
 */
export function trackEvidenceChanges(graph: KnowledgeGraph): EvidenceChanges {
  const kept = new Map<string, readonly EvidenceRecord[]>();
  graph.forEachEdge((key, attributes) => {
    if (attributes.kind === 'relation') kept.set(key, attributes.evidence.slice());
  });
  const days = new Set<string>();
  return {
    days,
    stop(): void {
      const seen = new Set<string>();
      graph.forEachEdge((key, attributes) => {
        if (attributes.kind !== 'relation') return;
        seen.add(key);
        const then = kept.get(key) ?? [];
        const now = attributes.evidence;
        if (now.length === then.length && now.every((record, i) => record === then[i])) return;
        for (const day of daysThatDiffer(then, now)) days.add(day);
      });
      for (const [key, then] of kept) if (!seen.has(key)) for (const record of then) days.add(documentDay(record.published));
      kept.clear();
    },
  };
}

/** The days whose records (in order, by identity) differ between two evidence lists. */
function daysThatDiffer(then: readonly EvidenceRecord[], now: readonly EvidenceRecord[]): Set<string> {
  const group = (records: readonly EvidenceRecord[]): Map<string, EvidenceRecord[]> => {
    const byDay = new Map<string, EvidenceRecord[]>();
    for (const record of records) {
      const day = documentDay(record.published);
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push(record);
    }
    return byDay;
  };
  const a = group(then);
  const b = group(now);
  const out = new Set<string>();
  for (const day of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(day) ?? [];
    const y = b.get(day) ?? [];
    if (x.length !== y.length || x.some((record, i) => record !== y[i])) out.add(day);
  }
  return out;
}
