/**
 * Each document node by its day: what an update that leaves a document's node line unread still needs of it. A build
 * keeps, beside graph.json's parts (json/documents.json, written by output/writers/json.ts), the publication day of
 * every document (`documentDay`) and the list of the parts that hold document node lines. `build --update`
 * (./read.ts `readGraphJsonForUpdate`) then reads the document node parts it needs only: those of the documents of
 * the days it touches, of its own documents (new, replaced) and where its new documents' lines fall, of the documents
 * whose mentions it reads and of those reporting an event it reads. The others are linked by the writer as they are;
 * the RDF keeps their days (src/rdf/quads.ts), graph.json's manifest counts them, and a change that would reach one
 * (its day's RDF written again, its key made again) makes the update read the whole graph (src/output `updateGraph`).
 * At 100,000 articles the document node lines are 26 MB of graph.json, which every update read before session 22.
 * Browser-safe.
 */
import { documentDay } from './day.ts';
import { compareStrings, lastAtOrBefore } from './text.ts';
import type { KnowledgeGraph } from './types.ts';

/** Version of json/documents.json; another version is not read (the update then reads every document node). */
export const DOCUMENT_DAYS_VERSION = 1;

/**
 * A graph.json part with document node lines: its name, first and last line keys and documents (as ./build.ts
 * `SkippedPart`, not imported: build.ts imports this module).
 */
export interface DocumentPart {
  name: string;
  first: string;
  last: string;
  owners: string[];
  /** The part holds other lines too (an event's): it is always read (see ./event-days.ts `EventPart.mixed`). */
  mixed?: boolean;
  /**
   * A part of the edges section (always mixed: a document's mentions lines after an event's role edges, in one run,
   * not in json/mentions.json): always read, so its documents' nodes are read too.
   */
  edges?: boolean;
}

/** What json/documents.json holds. */
export interface DocumentsFile {
  version: number;
  /** The parts holding document node lines, in graph.json's order, then the mixed parts of the edges section. */
  parts: DocumentPart[];
  /** Document key -> its day (`documentDay` of its publication date), keys sorted. */
  days: Record<string, string>;
}

/** What a graph read for an update left of its document nodes unread. */
export interface UnreadDocuments {
  /** Document key -> its day, for the documents whose node line was left unread. */
  days: Map<string, string>;
  /** The parts left unread, in graph.json's order. */
  parts: DocumentPart[];
}

const unreadDocuments = new WeakMap<KnowledgeGraph, UnreadDocuments>();

/** Records that `graph` was read without the document nodes of `parts`, whose days `days` gives (see ./read.ts). */
export function markUnreadDocuments(graph: KnowledgeGraph, parts: readonly DocumentPart[], days: ReadonlyMap<string, string>): void {
  const unread = new Map<string, string>();
  for (const part of parts) {
    for (const key of part.owners) {
      const day = days.get(key);
      if (day === undefined) throw new Error(`json/documents.json: no day of ${key}`);
      unread.set(key, day);
    }
  }
  unreadDocuments.set(graph, { days: unread, parts: [...parts] });
}

/** What `graph` left of its document nodes unread, or undefined when it holds every one. */
export function unreadDocumentsOf(graph: KnowledgeGraph): UnreadDocuments | undefined {
  return unreadDocuments.get(graph);
}

/**
 * The day of document `key` of `graph`, read or left unread (`documentDay` of its publication date), or null when the
 * graph has no such document.
 */
export function dayOfDocument(graph: KnowledgeGraph, key: string): string | null {
  if (graph.hasNode(key)) {
    const attributes = graph.getNodeAttributes(key);
    return attributes.kind === 'document' ? documentDay(attributes.published) : null;
  }
  return unreadDocuments.get(graph)?.days.get(key) ?? null;
}

/** json/documents.json's days of `graph`: its document nodes', and those of the documents it left unread, by key. */
export function documentDays(graph: KnowledgeGraph): Record<string, string> {
  const days = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'document') days.set(key, documentDay(attributes.published));
  });
  for (const [key, day] of unreadDocuments.get(graph)?.days ?? []) {
    if (days.has(key)) throw new Error(`document ${key} both read and left unread`);
    days.set(key, day);
  }
  return Object.fromEntries([...days].sort((a, b) => compareStrings(a[0], b[0])));
}

/**
 * The document node parts a batch may leave unread: every node part but the mixed ones, those holding a document of
 * `wanted`, and those where the lines of the batch's documents (`keys`) fall (the last part whose first key sorts at
 * or before the document's key: that run is written again). Returns the parts' names.
 */
export function documentPartsLeftAlone(all: readonly DocumentPart[], wanted: ReadonlySet<string>, keys: Iterable<string>): Set<string> {
  const parts = all.filter((part) => !part.edges);
  const landing = new Set<number>();
  for (const key of keys) landing.add(lastAtOrBefore(parts.length, (i) => (parts[i] as DocumentPart).first, key));
  const out = new Set<string>();
  parts.forEach((part, i) => {
    if (!part.mixed && !landing.has(i) && !part.owners.some((owner) => wanted.has(owner))) out.add(part.name);
  });
  return out;
}
