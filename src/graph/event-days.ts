/**
 * Each event node in numbers: what an update that leaves an event unread still needs of it. A build keeps, beside
 * graph.json's parts (json/events.json, written by output/writers/json.ts), one record per event (its date, attacker,
 * kind and label, the documents of its reports, its targets and weapon lines with the launched figures, and the
 * entities its role edges name) and the list of the parts that hold event lines alone. `build --update` (./read.ts
 * `readGraphJsonForUpdate`) then reads the event parts of the dates it touches only: the city and weapon summaries
 * (src/rdf/summaries.ts) add the records of the others, the RDF keeps their days (src/rdf/quads.ts), an entity one of
 * them names is kept (./build.ts), and what would change an unread event (its attacker relabelled, its date's RDF
 * written again) makes the update read the whole graph (src/output `updateGraph`). Browser-safe.
 */
import { documentDay } from './day.ts';
import { compareStrings, sortedUnique } from './text.ts';
import type { EventAttributes, KnowledgeGraph } from './types.ts';

/** Version of json/events.json; another version is not read (the update then reads every event). */
export const EVENT_DAYS_VERSION = 1;

/**
 * One event as json/events.json stores it: date, attacker, kind, label, the documents of its reports (ids without
 * `doc:`), its targets, its weapon lines as [weapon, launched] and the entities its role edges name (every role but
 * the reports), each list sorted but the weapon lines (in the event's order).
 */
export type EventRecord = [
  date: string | null,
  attacker: string | null,
  kind: string,
  label: string,
  documents: string[],
  targets: string[],
  weapons: [string, number | null][],
  entities: string[],
];

/**
 * A graph.json part with event lines: its name, first and last line keys and events (as ./build.ts `SkippedPart`
 * has them for the mentions, not imported: build.ts imports this module), and its section (event nodes, or their
 * role edges).
 */
export interface EventPart {
  name: string;
  first: string;
  last: string;
  owners: string[];
  section: 'nodes' | 'edges';
  /** The part holds other lines too (a document's): it is always read, and so are the events it holds (`owners`). */
  mixed?: boolean;
}

/** What json/events.json holds. */
export interface EventsFile {
  version: number;
  /** The parts of event lines alone, each section's in graph.json's order. */
  parts: EventPart[];
  events: Record<string, EventRecord>;
}

/** What a graph read for an update left of its events unread. */
export interface UnreadEvents {
  /** Event key -> its record, for the events left unread. */
  events: Map<string, EventRecord>;
  /** The event dates (as days, `undated` for none) of those events. */
  days: Set<string>;
  /** The entities their role edges name (a whole graph has an edge to each). */
  entities: Set<string>;
  /** The parts left unread, in graph.json's order: of the nodes section, and of the edges section. */
  nodes: EventPart[];
  edges: EventPart[];
}

const unreadEvents = new WeakMap<KnowledgeGraph, UnreadEvents>();

/** Records that `graph` was read without the events of `parts` (see ./read.ts). */
export function markUnreadEvents(graph: KnowledgeGraph, parts: readonly EventPart[], records: ReadonlyMap<string, EventRecord>): void {
  const events = new Map<string, EventRecord>();
  for (const part of parts) {
    if (part.section !== 'nodes') continue;
    for (const key of part.owners) {
      const record = records.get(key);
      if (!record) throw new Error(`json/events.json: no record of ${key}`);
      events.set(key, record);
    }
  }
  const days = new Set<string>();
  const entities = new Set<string>();
  for (const record of events.values()) {
    days.add(documentDay(record[0]));
    for (const entity of record[7]) entities.add(entity);
  }
  unreadEvents.set(graph, {
    events,
    days,
    entities,
    nodes: parts.filter((part) => part.section === 'nodes'),
    edges: parts.filter((part) => part.section === 'edges'),
  });
}

/** What `graph` left of its events unread, or undefined when it holds every event. */
export function unreadEventsOf(graph: KnowledgeGraph): UnreadEvents | undefined {
  return unreadEvents.get(graph);
}

/** Whether an event left unread has a role edge to `key` (so that a whole graph would give `key` an edge). */
export function namedByUnreadEvent(graph: KnowledgeGraph, key: string): boolean {
  return unreadEvents.get(graph)?.entities.has(key) ?? false;
}

/** The record of event node `key` of `graph` (see EventRecord). */
export function eventRecord(graph: KnowledgeGraph, key: string, attributes: EventAttributes): EventRecord {
  const entities: string[] = [];
  graph.forEachOutEdge(key, (_edge, edge, _source, target) => {
    if (edge.kind === 'event-role' && edge.role !== 'report') entities.push(target);
  });
  return [
    attributes.date,
    attributes.attacker,
    attributes.eventKind,
    attributes.label,
    sortedUnique(attributes.reports.map((report) => report.document)),
    sortedUnique(attributes.targets),
    attributes.weapons.map((line) => [line.weapon, line.launched]),
    sortedUnique(entities),
  ];
}

/** json/events.json's records of `graph`: its event nodes', and those of the events it left unread, by key. */
export function eventRecords(graph: KnowledgeGraph): Record<string, EventRecord> {
  const records = new Map<string, EventRecord>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'event') records.set(key, eventRecord(graph, key, attributes));
  });
  for (const [key, record] of unreadEvents.get(graph)?.events ?? []) {
    if (records.has(key)) throw new Error(`event ${key} both read and left unread`);
    records.set(key, record);
  }
  return Object.fromEntries([...records].sort((a, b) => compareStrings(a[0], b[0])));
}

/**
 * The event parts a batch may leave unread, given the event dates it touches (`days`): a part is left unread when
 * every event it holds has its date outside `days`, it is not where the new events of such a date would fall (the
 * last part of its section whose first key sorts at or before the date's first possible key: that run is written
 * again), it holds no other lines (`mixed`), and every other part holding one of its events is left unread too (an event's node and role edges go
 * together; the two sections order events differently: `/1|` sorts after `/10|`). Returns the parts' names.
 */
export function eventPartsLeftAlone(parts: readonly EventPart[], records: ReadonlyMap<string, EventRecord>, days: ReadonlySet<string>): Set<string> {
  const read = new Set<string>();
  for (const section of ['nodes', 'edges'] as const) {
    const list = parts.filter((part) => part.section === section);
    const prefix = section === 'nodes' ? 'event:' : 'event|event:';
    for (const day of days) {
      const at = `${prefix}${day}/`;
      let found = 0;
      let lo = 0;
      let hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (compareStrings((list[mid] as EventPart).first, at) <= 0) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (list.length) read.add((list[found] as EventPart).name);
    }
  }
  // Events that must be read: those of the touched dates, those without a record, and every owner of a part read.
  const wanted = new Set<string>();
  for (const part of parts) {
    for (const owner of part.owners) {
      const record = records.get(owner);
      if (!record || part.mixed || days.has(documentDay(record[0]))) wanted.add(owner);
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const part of parts) {
      const isRead = read.has(part.name) || part.owners.some((owner) => wanted.has(owner));
      if (!isRead) continue;
      if (!read.has(part.name)) {
        read.add(part.name);
        changed = true;
      }
      for (const owner of part.owners) {
        if (!wanted.has(owner)) {
          wanted.add(owner);
          changed = true;
        }
      }
    }
  }
  return new Set(parts.filter((part) => !read.has(part.name)).map((part) => part.name));
}
