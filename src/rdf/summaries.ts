/**
 * Summaries of the graph that the ready-made SPARQL queries read instead of aggregating every event node at query
 * time: one record per relation edge (sources, first and last publication date), one per request and addressee
 * (sources and documents), and the weapons launched at each city by day (an article that reports a strike on a city
 * by an attacker and launches of a weapon by the same attacker pairs the two; per day the largest stated number
 * counts). They are derived data, computed from the graph on every export, so they are never out of step with it.
 * Counts no article states stay null here and are left out of the RDF. Browser-safe: no node: imports.
 */
import type { Predicate } from '../domain/index.ts';
import { compareStrings, sortedUnique } from '../graph/text.ts';
import type { KnowledgeGraph } from '../graph/types.ts';

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

/** One day of launches of a weapon at a city. */
export interface CityWeaponDay {
  /** Publication date of the launch reports, or "undated". */
  day: string;
  /** The largest number any paired article states for that day; null when none states one. */
  count: number | null;
}

/** Launches of one weapon at one city over the graph. */
export interface CityWeaponSummary {
  city: string;
  weapon: string;
  /** Sum over days of each day's largest stated number; null when no article states a number. */
  launched: number | null;
  /** Days, in date order ("undated" last). */
  days: CityWeaponDay[];
}

/** Every summary of a graph. */
export interface GraphSummaries {
  relations: RelationSummary[];
  requests: RequestSummary[];
  cityWeapons: CityWeaponSummary[];
}

/** Day label of an undated report. */
export const UNDATED = 'undated';

function larger(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** Computes the summaries of `graph`, in a canonical order (by keys). */
export function summarize(graph: KnowledgeGraph): GraphSummaries {
  const relations: RelationSummary[] = [];
  const requests = new Map<string, RequestSummary & { set: Set<string> }>();
  // Per document: strikes on cities (attacker -> cities) and launches (attacker, weapon, day -> largest count).
  const strikes = new Map<string, Map<string, Set<string>>>();
  const launches = new Map<string, Map<string, { attacker: string; weapon: string; day: string; count: number | null }>>();
  graph.forEachEdge((_key, attributes, subject, object) => {
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
      // 3. Strikes on cities and launches, per document.
      if (attributes.predicate === 'targeted') {
        const target = graph.getNodeAttributes(object);
        if (target.kind !== 'entity' || target.type !== 'City') continue;
        let byAttacker = strikes.get(evidence.document);
        if (!byAttacker) strikes.set(evidence.document, (byAttacker = new Map()));
        let cities = byAttacker.get(subject);
        if (!cities) byAttacker.set(subject, (cities = new Set()));
        cities.add(object);
      } else if (attributes.predicate === 'launched') {
        const day = evidence.published ?? UNDATED;
        let byKey = launches.get(evidence.document);
        if (!byKey) launches.set(evidence.document, (byKey = new Map()));
        const key = `${subject}\u0000${object}\u0000${day}`;
        const known = byKey.get(key);
        if (known) known.count = larger(known.count, evidence.count);
        else byKey.set(key, { attacker: subject, weapon: object, day, count: evidence.count });
      }
    }
  });
  // 4. Pairs within each document, then per (city, weapon, day) the largest number across documents.
  const days = new Map<string, Map<string, number | null>>();
  for (const [document, byAttacker] of strikes) {
    for (const launch of launches.get(document)?.values() ?? []) {
      for (const city of byAttacker.get(launch.attacker) ?? []) {
        const key = `${city}\u0000${launch.weapon}`;
        let byDay = days.get(key);
        if (!byDay) days.set(key, (byDay = new Map()));
        byDay.set(launch.day, byDay.has(launch.day) ? larger(byDay.get(launch.day) ?? null, launch.count) : launch.count);
      }
    }
  }
  const cityWeapons: CityWeaponSummary[] = [...days].map(([key, byDay]) => {
    const [city, weapon] = key.split('\u0000') as [string, string];
    const list = [...byDay]
      .map(([day, count]) => ({ day, count }))
      .sort((a, b) => (a.day === UNDATED ? 1 : b.day === UNDATED ? -1 : compareStrings(a.day, b.day)));
    const stated = list.filter((d) => d.count !== null);
    return { city, weapon, launched: stated.length ? stated.reduce((sum, d) => sum + (d.count as number), 0) : null, days: list };
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
