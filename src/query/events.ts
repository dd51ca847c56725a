/**
 * Events from evidence: several articles often report the same night's attack, so evidence of one relation is
 * grouped into events keyed by published date (undated evidence: one event per document), and each event counts
 * once with the largest number any of its reports states.
 */
import type { EvidenceRecord } from '../graph/types.ts';

/** One event of a relation: the evidence of one published date. */
export interface RelationEvent {
  /** Published date, or null when the evidence has none. */
  date: string | null;
  /** Largest stated count of the day, or null when no report states one. */
  count: number | null;
  /** Distinct documents reporting it, in first-seen order. */
  documents: string[];
  /** The evidence records of the event, in input order. */
  evidence: EvidenceRecord[];
}

/**
 * Groups `evidence` into events, sorted by date (undated last, then by document).
 * @param evidence the evidence list of one relation edge
 */
export function eventsOf(evidence: readonly EvidenceRecord[]): RelationEvent[] {
  const byKey = new Map<string, RelationEvent>();
  for (const record of evidence) {
    const key = record.published ?? `undated|${record.document}`;
    let event = byKey.get(key);
    if (!event) {
      event = { date: record.published, count: null, documents: [], evidence: [] };
      byKey.set(key, event);
    }
    event.evidence.push(record);
    if (!event.documents.includes(record.document)) event.documents.push(record.document);
    if (record.count !== null && (event.count === null || record.count > event.count)) event.count = record.count;
  }
  return [...byKey.values()].sort(compareEvents);
}

function compareEvents(a: RelationEvent, b: RelationEvent): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  const da = a.documents[0] ?? '';
  const db = b.documents[0] ?? '';
  return da < db ? -1 : da > db ? 1 : 0;
}

/** Sum of the events' counts (events without a count add nothing); null when no event has a count. */
export function sumEventCounts(events: readonly RelationEvent[]): number | null {
  let total: number | null = null;
  for (const event of events) {
    if (event.count !== null) total = (total ?? 0) + event.count;
  }
  return total;
}

/**
 * True when `date` lies in [from, to]. Bounds may be prefixes (YYYY or YYYY-MM): `to: '2023-05'` keeps all of May.
 * Undated evidence is kept only when neither bound is given.
 */
export function inDateRange(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === null) return false;
  if (from !== undefined && date < from) return false;
  if (to !== undefined && date.slice(0, to.length) > to) return false;
  return true;
}
