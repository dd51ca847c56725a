/**
 * Queries over the event nodes of a graph (src/graph/events.ts): `NewsGraph.events()` (one row per event and weapon
 * line) and the event-based aggregates (weapons by place, month, attacker), so that a place is credited only with
 * the weapons of the events that targeted it and one night reported by many articles counts once. Dates are event
 * dates, never publication dates. A count no report gave stays null (unknown), never 0.
 */
import { PLACE_TYPES, type EventKind, type Predicate } from '../domain/index.ts';
import type { EventAttributes, KnowledgeGraph } from '../graph/types.ts';
import { UsageError } from '../errors.ts';
import { eventTotal, type EventField } from '../graph/event-totals.ts';

export { eventTotal };
import type { AggregateBy, AggregateRow, EntityRef, EventFigureRow, EventQuery, EventRow } from './types.ts';

/** Predicates whose aggregates come from events: launches and interceptions are weapon lines, strikes are targets. */
export const EVENT_PREDICATES: ReadonlySet<Predicate> = new Set<Predicate>(['launched', 'intercepted', 'targeted']);

const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PLACES: ReadonlySet<string> = new Set(PLACE_TYPES);

/** Checks a date bound (YYYY, YYYY-MM or YYYY-MM-DD). */
function checkDate(date: string | undefined, name: string, where: string): string | undefined {
  if (date === undefined) return undefined;
  if (typeof date !== 'string' || !DATE_BOUND.test(date)) throw new UsageError(`${where}: bad ${name} date "${String(date)}"; expected YYYY, YYYY-MM or YYYY-MM-DD`);
  return date;
}

/** True when the event date lies in [from, to] (prefix bounds); an undated event only when no bound is given. */
function inRange(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === null) return false;
  if (from !== undefined && date < from) return false;
  if (to !== undefined && date.slice(0, to.length) > to) return false;
  return true;
}

function compareEvents(a: [string, EventAttributes], b: [string, EventAttributes]): number {
  const da = a[1].date ?? '\uffff';
  const db = b[1].date ?? '\uffff';
  return da < db ? -1 : da > db ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What the index needs from the query API: names resolved as `entity()` does, and entity references. */
export interface EntityLookup {
  resolve(name: string): string;
  ref(key: string): EntityRef;
}

/** The event nodes of a graph, indexed by attacker, weapon (and its classes), target and claimant. */
export class EventIndex {
  /** Every event, by event date (undated last), then key. */
  private readonly all: [string, EventAttributes][] = [];
  private readonly byAttacker = new Map<string, [string, EventAttributes][]>();
  private readonly byWeapon = new Map<string, [string, EventAttributes][]>();
  private readonly byTarget = new Map<string, [string, EventAttributes][]>();
  private readonly byClaimant = new Map<string, [string, EventAttributes][]>();

  constructor(graph: KnowledgeGraph, private readonly lookup: EntityLookup) {
    graph.forEachNode((key, a) => {
      if (a.kind === 'event') this.all.push([key, a]);
    });
    this.all.sort(compareEvents);
    for (const entry of this.all) {
      const a = entry[1];
      if (a.attacker !== null) push(this.byAttacker, a.attacker, entry);
      for (const weapon of new Set(a.weapons.flatMap((w) => [w.weapon, ...w.classes]))) push(this.byWeapon, weapon, entry);
      for (const target of a.targets) push(this.byTarget, target, entry);
      for (const claimant of a.claimants) push(this.byClaimant, claimant, entry);
    }
  }

  /** Number of event nodes. */
  get size(): number {
    return this.all.length;
  }

  /** The events passing `query` (names resolved), in date order. */
  private select(query: EventQuery, where: string): { events: [string, EventAttributes][]; weapon: string | undefined } {
    const from = checkDate(query.from, 'from', where);
    const to = checkDate(query.to, 'to', where);
    if (from !== undefined && to !== undefined && to.slice(0, from.length) < from) throw new UsageError(`${where}: the range ${from} to ${to} ends before it starts; expected from <= to`);
    if (query.kind !== undefined && query.kind !== 'attack' && query.kind !== 'interception') {
      throw new UsageError(`${where}: unknown kind "${String(query.kind)}"; expected attack or interception`);
    }
    const resolve = (name: string | undefined): string | undefined => (name === undefined ? undefined : this.lookup.resolve(name));
    const attacker = resolve(query.attacker);
    const weapon = resolve(query.weapon);
    const place = resolve(query.place);
    const claimedBy = resolve(query.claimedBy);
    // Start from the narrowest list.
    const lists: [string, EventAttributes][][] = [];
    if (attacker !== undefined) lists.push(this.byAttacker.get(attacker) ?? []);
    if (weapon !== undefined) lists.push(this.byWeapon.get(weapon) ?? []);
    if (place !== undefined) lists.push(this.byTarget.get(place) ?? []);
    if (claimedBy !== undefined) lists.push(this.byClaimant.get(claimedBy) ?? []);
    const start = lists.length ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : this.all;
    const events = start.filter(([, a]) => {
      if (!inRange(a.date, from, to)) return false;
      if (query.kind !== undefined && a.eventKind !== query.kind) return false;
      if (attacker !== undefined && a.attacker !== attacker) return false;
      if (place !== undefined && !a.targets.includes(place)) return false;
      if (claimedBy !== undefined && !a.claimants.includes(claimedBy)) return false;
      if (weapon !== undefined && !a.weapons.some((w) => w.weapon === weapon || w.classes.includes(weapon))) return false;
      return true;
    });
    return { events, weapon };
  }

  /**
   * One row per event and weapon line (an event without lines gives one row without a weapon), in event-date order.
   * `weapon` keeps the lines of that weapon and of its systems ("missile" keeps Kh-101 lines).
   */
  rows(query: EventQuery = {}): EventRow[] {
    const { events, weapon } = this.select(query, 'events');
    const ref = (key: string): EntityRef => this.lookup.ref(key);
    const out: EventRow[] = [];
    for (const [key, a] of events) {
      const published = new Map(a.reports.map((r) => [r.document, r.published]));
      const common = {
        event: key,
        kind: a.eventKind as EventKind,
        date: a.date,
        attacker: a.attacker === null ? null : ref(a.attacker),
        targets: a.targets.map(ref),
        claimants: a.claimants.map(ref),
        reports: a.reports.length,
        documents: [...new Set(a.reports.map((r) => r.document))],
      };
      const lines = weapon === undefined ? a.weapons : a.weapons.filter((w) => w.weapon === weapon || w.classes.includes(weapon));
      if (lines.length === 0) {
        out.push({ ...common, weapon: null, launched: null, intercepted: null, launchedRule: null, interceptedRule: null, conflict: false, figures: [] });
        continue;
      }
      for (const w of lines) {
        const figures: EventFigureRow[] = w.figures.map((f) => ({
          document: f.document,
          published: published.get(f.document) ?? null,
          claimedBy: f.claimedBy === null ? null : ref(f.claimedBy),
          weapon: ref(f.weapon),
          launched: f.launched,
          intercepted: f.intercepted,
        }));
        out.push({
          ...common,
          weapon: ref(w.weapon),
          launched: w.launched,
          intercepted: w.intercepted,
          launchedRule: w.launchedRule,
          interceptedRule: w.interceptedRule,
          conflict: w.conflict,
          figures,
        });
      }
    }
    return out;
  }

  /**
   * Aggregates over events for `predicate` (launched, intercepted or targeted; targeted counts what was launched at
   * the place). By weapon: each line's number; by place, month or attacker ('subject'): each event's total
   * (`eventTotal`); by predicate: the total over the events. `subject` filters the attacker, `object` a weapon or a
   * place; `from`/`to` the event date.
   */
  aggregate(by: AggregateBy, predicate: Predicate, options: { subject?: string; object?: string; from?: string; to?: string; generic: boolean; isGeneric: (key: string) => boolean }): AggregateRow[] {
    const field: EventField = predicate === 'intercepted' ? 'intercepted' : 'launched';
    const object = options.object === undefined ? undefined : this.lookup.resolve(options.object);
    const objectIsWeapon = object !== undefined && this.lookup.ref(object).type === 'WeaponSystem';
    const query: EventQuery = { from: options.from, to: options.to, attacker: options.subject };
    if (object !== undefined) {
      if (objectIsWeapon) query.weapon = object;
      else query.place = object;
    }
    const { events } = this.select(query, 'aggregate');
    const groups = new Map<string, { label: string; count: number | null; events: number; documents: Set<string> }>();
    const add = (key: string, label: string, count: number | null, documents: Iterable<string>): void => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { label, count: null, events: 0, documents: new Set() }));
      if (count !== null) g.count = (g.count ?? 0) + count;
      g.events += 1;
      for (const d of documents) g.documents.add(d);
    };
    for (const [, a] of events) {
      const documents = a.reports.map((r) => r.document);
      // The event's lines under the filters (a weapon filter keeps that weapon's lines and its systems').
      const lines = objectIsWeapon ? a.weapons.filter((w) => w.weapon === object || w.classes.includes(object as string)) : a.weapons;
      // What the predicate needs of the event: weapon lines (launched, intercepted) or targets (targeted).
      if (predicate === 'targeted' ? a.targets.length === 0 : lines.length === 0) continue;
      if (predicate === 'intercepted' && !lines.some((w) => w.intercepted !== null) && a.eventKind !== 'interception') continue;
      const total = eventTotal(lines, field);
      if (by === 'weapon') {
        // The articles that report each line: those naming the weapon (one pass over the reports), and those giving
        // a figure for it.
        const naming = new Map<string, string[]>();
        for (const rep of a.reports) for (const x of rep.weapons) push(naming, x.weapon, rep.document);
        for (const w of lines) {
          if (!options.generic && options.isGeneric(w.weapon)) continue;
          const r = this.lookup.ref(w.weapon);
          add(r.id, r.label, w[field], [...(naming.get(w.weapon) ?? []), ...w.figures.map((f) => f.document)]);
        }
      } else if (by === 'place') {
        for (const t of a.targets) {
          const r = this.lookup.ref(t);
          if (PLACES.has(r.type)) add(r.id, r.label, total, a.reports.filter((rep) => rep.targets.includes(t)).map((rep) => rep.document));
        }
      } else if (by === 'subject') {
        if (a.attacker === null) continue;
        const r = this.lookup.ref(a.attacker);
        add(r.id, r.label, total, documents);
      } else if (by === 'month') {
        const month = a.date === null ? 'undated' : a.date.slice(0, 7);
        add(month, month, total, documents);
      } else {
        add(predicate, predicate, predicate === 'targeted' ? null : total, documents);
      }
    }
    return [...groups].map(([key, g]) => ({ key, label: g.label, count: g.count, events: g.events, documents: g.documents.size }));
  }
}
