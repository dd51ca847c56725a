/**
 * Query API results as tables (for the CLI's table and CSV output). JSON output uses the result objects themselves.
 * Every date column says which date it is (`published`: the article's publication date), and count columns are
 * marked so that a count no source gave prints as "?" in a table and as an empty cell in CSV, never as 0.
 */
import type { Predicate } from '../domain/index.ts';
import { EVENT_PREDICATES } from './event-index.ts';
import type { Table } from './format.ts';
import type { ReconcileRow } from './reconcile.ts';
import type { AggregateBy, AggregateRow, EntityInfo, EventRow, Neighbor, Path, Relation, TimelineEntry } from './types.ts';

/** Relations: one row per edge with its sources. */
export function relationsTable(relations: readonly Relation[]): Table {
  return {
    columns: ['subject', 'predicate', 'object', 'documents', 'count', 'first published', 'last published', 'sources'],
    counts: ['count'],
    rows: relations.map((r) => [
      r.subject.label,
      r.predicate,
      r.object.label,
      r.documents,
      r.count,
      r.firstDate,
      r.lastDate,
      [...new Set(r.evidence.map((e) => e.document))].join(' '),
    ]),
  };
}

/** One entity as a two-column table. */
export function entityTable(entity: EntityInfo): Table {
  return {
    columns: ['field', 'value'],
    rows: [
      ['id', entity.id],
      ['label', entity.label],
      ['type', entity.type],
      ['aliases', entity.aliases.join('; ')],
      ['generic', entity.generic],
      ['wikidata', entity.wikidata],
      ['documents', entity.documents],
    ],
  };
}

/** Neighbours with the linking predicate and direction. */
export function neighborsTable(neighbors: readonly Neighbor[]): Table {
  return {
    columns: ['direction', 'predicate', 'neighbor', 'type', 'documents', 'count'],
    counts: ['count'],
    rows: neighbors.map((n) => [n.direction, n.relation.predicate, n.entity.label, n.entity.type, n.relation.documents, n.relation.count]),
  };
}

/** A path as one row per step. */
export function pathTable(path: Path | null): Table {
  return {
    columns: ['step', 'subject', 'predicate', 'object', 'documents'],
    rows: (path?.steps ?? []).map((s, i) => [i + 1, s.subject.label, s.predicate, s.object.label, s.documents]),
  };
}

/** A timeline, one row per publication date of a relation. */
export function timelineTable(entries: readonly TimelineEntry[]): Table {
  return {
    columns: ['published', 'subject', 'predicate', 'object', 'count', 'documents', 'evidence'],
    counts: ['count'],
    rows: entries.map((e) => [e.date, e.subject.label, e.predicate, e.object.label, e.count, e.documents.join(' '), e.text]),
  };
}

/**
 * Aggregate rows; grouped by month, the key is the month of the event date for launches, interceptions and strikes
 * (counted from the events) and the month of publication otherwise.
 */
export function aggregateTable(rows: readonly AggregateRow[], by?: AggregateBy, predicate?: string): Table {
  const month = predicate !== undefined && EVENT_PREDICATES.has(predicate as Predicate) ? 'event month' : 'published month';
  return {
    columns: [by === 'month' ? month : 'key', 'label', 'count', 'events', 'documents'],
    counts: ['count'],
    rows: rows.map((r) => [r.key, r.label, r.count, r.events, r.documents]),
  };
}

/**
 * Events, one row per event and weapon line: event date, attacker, weapon, launched, intercepted, targets, claimants,
 * number of reports, event key. `unknown` is what a number no report gave shows as ("?" in a text table; null,
 * an empty cell, in CSV): never 0.
 */
export function eventsTable(rows: readonly EventRow[], unknown: '?' | null = null): Table {
  const n = (value: number | null): number | string | null => (value === null ? unknown : value);
  const names = (refs: readonly { label: string }[]): string => refs.map((r) => r.label).join('; ');
  return {
    columns: ['event date', 'attacker', 'weapon', 'launched', 'intercepted', 'targets', 'claimants', 'reports', 'event'],
    counts: ['launched', 'intercepted'],
    rows: rows.map((r) => [r.date, r.attacker?.label ?? null, r.weapon?.label ?? null, n(r.launched), n(r.intercepted), names(r.targets), names(r.claimants), r.reports, r.event]),
  };
}

/**
 * Reconciliation rows: event date, weapon, figure (launched or intercepted), the news and the official figure, the
 * verdict and its reason, the table's models behind the official figure, and the event key. A figure a side does
 * not give shows as `unknown` ("?" in a text table; an empty cell in CSV).
 */
export function reconcileTable(rows: readonly ReconcileRow[], unknown: '?' | null = null): Table {
  const n = (value: number | null): number | string | null => (value === null ? unknown : value);
  return {
    columns: ['event date', 'weapon', 'figure', 'news', 'official', 'status', 'reason', 'note', 'table models', 'event'],
    counts: ['news', 'official'],
    rows: rows.map((r) => [r.date, r.weapon.label, r.figure, n(r.news), n(r.official), r.status, r.reason, r.note, r.models.join(' + '), r.event]),
  };
}
