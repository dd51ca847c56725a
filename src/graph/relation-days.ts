/**
 * Each relation edge's evidence of one publication day, in numbers: what an update that leaves a day's evidence
 * unread still needs of it. A relation edge's document count and first and last dates, and the request summaries'
 * documents (src/rdf/summaries.ts), aggregate every evidence record of every day; a build keeps these aggregates per
 * edge and day beside graph.json's parts (json/relations.json, written by output/writers/json.ts), and
 * `build --update` (./read.ts `readGraphJsonForUpdate`) reads the evidence parts of the days it touches only, with
 * the aggregates of the others. Every evidence record of a document carries that document's publication date, so a
 * document's records lie on one day, and an edge's distinct documents are the sum of its days' distinct documents.
 * Browser-safe.
 */
import { documentDay } from './day.ts';
import { compareStrings, sortedUnique } from './text.ts';
import type { EvidenceRecord, KnowledgeGraph, RelationAttributes } from './types.ts';

/**
 * One edge's records of one day: distinct documents, the earliest and latest publication date (null when undated),
 * and for a request, the documents by addressee ("" for requests that name nobody), each list sorted.
 */
export interface DayAggregate {
  documents: number;
  first: string | null;
  last: string | null;
  requests?: Record<string, string[]>;
}

/** The aggregates as json/relations.json stores them: edge key -> day -> [documents, first, last, requests?]. */
export type RelationDaysRecord = Record<string, Record<string, [number, string | null, string | null] | [number, string | null, string | null, Record<string, string[]>]>>;

/** Version of json/relations.json; another version is not read (the update then reads every day's evidence). */
export const RELATION_DAYS_VERSION = 1;

/** The aggregates of one edge's records, by day. */
export function aggregateByDay(records: readonly EvidenceRecord[], requested: boolean): Map<string, DayAggregate> {
  const out = new Map<string, { documents: Set<string>; first: string | null; last: string | null; requests: Map<string, Set<string>> | null }>();
  for (const record of records) {
    const day = documentDay(record.published);
    let entry = out.get(day);
    if (!entry) out.set(day, (entry = { documents: new Set(), first: null, last: null, requests: requested ? new Map() : null }));
    entry.documents.add(record.document);
    if (record.published !== null) {
      if (entry.first === null || record.published < entry.first) entry.first = record.published;
      if (entry.last === null || record.published > entry.last) entry.last = record.published;
    }
    if (entry.requests) {
      for (const addressee of record.addressee?.length ? record.addressee : ['']) {
        let set = entry.requests.get(addressee);
        if (!set) entry.requests.set(addressee, (set = new Set()));
        set.add(record.document);
      }
    }
  }
  const result = new Map<string, DayAggregate>();
  for (const [day, entry] of out) {
    const aggregate: DayAggregate = { documents: entry.documents.size, first: entry.first, last: entry.last };
    if (entry.requests) aggregate.requests = Object.fromEntries([...entry.requests].sort((a, b) => compareStrings(a[0], b[0])).map(([k, v]) => [k, sortedUnique(v)]));
    result.set(day, aggregate);
  }
  return result;
}

/** What a graph read for an update left of its relation evidence unread: the days, and each edge's aggregates of them. */
export interface UnreadEvidence {
  /** The publication days whose evidence parts were not read. */
  days: ReadonlySet<string>;
  /** Edge key -> day -> its aggregate, for the unread days only. */
  relations: Map<string, Map<string, DayAggregate>>;
}

const unreadEvidence = new WeakMap<KnowledgeGraph, UnreadEvidence>();

/** Records that `graph` was read without the evidence of `unread.days` (see ./read.ts). */
export function markUnreadEvidence(graph: KnowledgeGraph, unread: UnreadEvidence): void {
  unreadEvidence.set(graph, unread);
}

/** What `graph` left of its relation evidence unread, or undefined when it holds every record. */
export function unreadEvidenceOf(graph: KnowledgeGraph): UnreadEvidence | undefined {
  return unreadEvidence.get(graph);
}

/** The aggregates of relation edge `key`'s unread days (empty when none). */
export function unreadDaysOf(graph: KnowledgeGraph, key: string): ReadonlyMap<string, DayAggregate> {
  return unreadEvidence.get(graph)?.relations.get(key) ?? EMPTY;
}

const EMPTY: ReadonlyMap<string, DayAggregate> = new Map();

/** The aggregates of json/relations.json as read, for the days in `unread` only. */
export function unreadFromRecord(record: RelationDaysRecord, unread: ReadonlySet<string>): Map<string, Map<string, DayAggregate>> {
  const out = new Map<string, Map<string, DayAggregate>>();
  for (const [key, days] of Object.entries(record)) {
    let map: Map<string, DayAggregate> | undefined;
    for (const [day, [documents, first, last, requests]] of Object.entries(days)) {
      if (!unread.has(day)) continue;
      if (!map) out.set(key, (map = new Map()));
      map.set(day, requests ? { documents, first, last, requests } : { documents, first, last });
    }
  }
  return out;
}

/**
 * json/relations.json of `graph`: every relation edge's aggregates by day, from its records in memory and, for a graph
 * read without some days' evidence, the aggregates of those days as read. Keys and days sorted.
 */
export function relationDaysRecord(graph: KnowledgeGraph): RelationDaysRecord {
  const keys: string[] = [];
  graph.forEachEdge((key, attributes) => {
    if (attributes.kind === 'relation') keys.push(key);
  });
  keys.sort(compareStrings);
  const out: RelationDaysRecord = {};
  for (const key of keys) {
    const attributes = graph.getEdgeAttributes(key) as RelationAttributes;
    const days = aggregateByDay(attributes.evidence, attributes.predicate === 'requested');
    for (const [day, aggregate] of unreadDaysOf(graph, key)) {
      if (days.has(day)) throw new Error(`relation ${key}: evidence of ${day} both read and left unread`);
      days.set(day, aggregate);
    }
    const entry: RelationDaysRecord[string] = {};
    for (const [day, a] of [...days].sort((x, y) => compareStrings(x[0], y[0]))) entry[day] = a.requests ? [a.documents, a.first, a.last, a.requests] : [a.documents, a.first, a.last];
    out[key] = entry;
  }
  return out;
}
