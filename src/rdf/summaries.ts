/**
 * Summaries of the graph that the ready-made SPARQL queries read instead of aggregating every event node at query
 * time: one record per relation edge (sources, first and last publication date), one per request and addressee
 * (sources and documents), and the weapons launched at each city, from the event nodes (a city is credited with the
 * weapon lines of the events that targeted it, each event once with its reconciled figure). They are derived data,
 * computed from the graph on every export, so they are never out of step with it.
 * Counts no article states stay null here and are left out of the RDF. Browser-safe: no node: imports.
 */
import type { Predicate } from '../domain/index.ts';
import { compareStrings, sortedUnique } from '../graph/text.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { unreadDaysOf } from '../graph/relation-days.ts';
import { unreadEventsOf } from '../graph/event-days.ts';

/** One relation edge in numbers. */
export interface RelationSummary {
  subject: string;
  predicate: Predicate;
  object: string;
  /** Distinct documents that state it. */
  sources: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

/** The requests of one (requester, system, addressee); addressee null for requests that name nobody. */
export interface RequestSummary {
  subject: string;
  object: string;
  addressee: string | null;
  sources: number;
  /** Document ids, sorted. */
  documents: string[];
}

/** Launches of one weapon at one city over the graph, from the events that targeted the city. */
export interface CityWeaponSummary {
  city: string;
  weapon: string;
  /** Sum of the events' reconciled launched figures for the weapon; null when no report of any of them gives one. */
  launched: number | null;
  /** Distinct events. */
  events: number;
  /** Their event dates (the day of the attack, not a publication date), sorted, "undated" last. */
  dates: string[];
}

/** Every summary of a graph. */
export interface GraphSummaries {
  relations: RelationSummary[];
  requests: RequestSummary[];
  cityWeapons: CityWeaponSummary[];
}

/** Day label of an undated report. */
export const UNDATED = 'undated';

/** Computes the summaries of `graph`, in a canonical order (by keys). */
export function summarize(graph: KnowledgeGraph): GraphSummaries {
  const relations: RelationSummary[] = [];
  const requests = new Map<string, RequestSummary & { set: Set<string> }>();
  graph.forEachEdge((edgeKey, attributes, subject, object) => {
    if (attributes.kind !== 'relation') return;
    // 1. The relation itself.
    relations.push({ subject, predicate: attributes.predicate, object, sources: attributes.documents, firstPublished: attributes.firstDate, lastPublished: attributes.lastDate });
    for (const evidence of attributes.evidence) {
      // 2. Requests by addressee.
      if (attributes.predicate === 'requested') {
        for (const addressee of evidence.addressee?.length ? evidence.addressee : [null]) {
          const key = `${subject}\u0000${object}\u0000${addressee ?? ''}`;
          let entry = requests.get(key);
          if (!entry) requests.set(key, (entry = { subject, object, addressee, sources: 0, documents: [], set: new Set() }));
          entry.set.add(evidence.document);
        }
      }
    }
    // A graph read for an update without some days' evidence keeps those days' request documents by addressee.
    if (attributes.predicate !== 'requested') return;
    for (const day of unreadDaysOf(graph, edgeKey).values()) {
      for (const [addressee, documents] of Object.entries(day.requests ?? {})) {
        const key = `${subject}\u0000${object}\u0000${addressee}`;
        let entry = requests.get(key);
        if (!entry) requests.set(key, (entry = { subject, object, addressee: addressee === '' ? null : addressee, sources: 0, documents: [], set: new Set() }));
        for (const document of documents) entry.set.add(document);
      }
    }
  });
  // 3. Weapons by city, from the events: every weapon line of an event, for every city it targeted.
  const cities = new Map<string, { launched: number | null; events: Set<string>; dates: Set<string> }>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'event') return;
    for (const target of attributes.targets) {
      const place = graph.hasNode(target) ? graph.getNodeAttributes(target) : null;
      if (place?.kind !== 'entity' || place.type !== 'City') continue;
      for (const line of attributes.weapons) {
        const id = `${target}\u0000${line.weapon}`;
        let entry = cities.get(id);
        if (!entry) cities.set(id, (entry = { launched: null, events: new Set(), dates: new Set() }));
        if (entry.events.has(key)) continue;
        entry.events.add(key);
        entry.dates.add(attributes.date ?? UNDATED);
        if (line.launched !== null) entry.launched = (entry.launched ?? 0) + line.launched;
      }
    }
  });
  // A graph read for an update without some events (graph/event-days.ts) adds their records: targets, lines, date.
  for (const [key, [date, , , , , targets, weapons]] of unreadEventsOf(graph)?.events ?? []) {
    for (const target of targets) {
      const place = graph.hasNode(target) ? graph.getNodeAttributes(target) : null;
      if (place?.kind !== 'entity' || place.type !== 'City') continue;
      for (const [weapon, launched] of weapons) {
        const id = `${target}\u0000${weapon}`;
        let entry = cities.get(id);
        if (!entry) cities.set(id, (entry = { launched: null, events: new Set(), dates: new Set() }));
        if (entry.events.has(key)) continue;
        entry.events.add(key);
        entry.dates.add(date ?? UNDATED);
        if (launched !== null) entry.launched = (entry.launched ?? 0) + launched;
      }
    }
  }
  const cityWeapons: CityWeaponSummary[] = [...cities].map(([id, entry]) => {
    const [city, weapon] = id.split('\u0000') as [string, string];
    const dates = [...entry.dates].sort((x, y) => (x === UNDATED ? 1 : y === UNDATED ? -1 : compareStrings(x, y)));
    return { city, weapon, launched: entry.launched, events: entry.events.size, dates };
  });
  const byKeys = (...keys: (string | null)[]) => keys.map((k) => k ?? '').join('\u0000');
  relations.sort((a, b) => compareStrings(byKeys(a.subject, a.predicate, a.object), byKeys(b.subject, b.predicate, b.object)));
  cityWeapons.sort((a, b) => compareStrings(byKeys(a.city, a.weapon), byKeys(b.city, b.weapon)));
  return {
    relations,
    requests: [...requests.values()]
      .map(({ set, ...entry }) => ({ ...entry, sources: set.size, documents: sortedUnique(set) }))
      .sort((a, b) => compareStrings(byKeys(a.subject, a.object, a.addressee), byKeys(b.subject, b.object, b.addressee))),
    cityWeapons,
  };
}
