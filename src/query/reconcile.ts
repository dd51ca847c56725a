/**
 * `reconcile`: the graph's events lined up with the official record (the Ukrainian Air Force's daily tallies,
 * ./official.ts). For each event of the table's attacker on a date the table covers, and each of its weapon lines,
 * the news figure (launched, intercepted) is set beside the official figure of that date and weapon, and every
 * disagreement gets a reason.
 *
 * 1. **The official rows of a date**: the rows whose attack ended that day; when the Air Force's main command
 *    reported that day, only its rows (regional commands' posts repeat parts of its national count or add local
 *    strikes that the national figures quoted by the news leave out).
 * 2. **The official figure of a weapon**: the sum over that day's rows of the weapon (a named system: rows naming
 *    it; a class such as "cruise missile": rows of its systems). A row whose model groups the weapon with others
 *    ("X-101/X-555 and Kalibr" for a Kh-101 line) counts whole and is marked as grouped.
 * 3. **Agreement**: the news figure equals the official one. Otherwise the first reason that fits:
 *    - `weapon grouped differently`: the official figure comes from a row that groups the weapon with others, or
 *      the news figure equals the table's figure of a wider class of the weapon that day (the table names the
 *      weapon otherwise);
 *    - `different night`: the news figure equals the weapon's official figure of the day before or after;
 *    - `not in table`: the table has no figure for the weapon that day (nor the day before or after);
 *    - `rounded`: the news figure is a multiple of ten within 10% of the official one;
 *    - `partial figure`: below the official figure (one wave, one region, or an early count);
 *    - `above the official figure`: none of these.
 * Events of another attacker, undated ones and those outside the table's dates are listed as not covered.
 */
import { loadGazetteer } from '../domain/gazetteer/index.ts';
import { projectEventKnowledge } from '../graph/knowledge.ts';
import type { NewsGraph } from './news-graph.ts';
import { loadOfficialMapping, type OfficialMapping, type OfficialRow, type OfficialTable } from './official.ts';
import type { EntityRef, EventRow } from './types.ts';

/** Reasons a news figure and the official one differ, in the order they are tried. */
export const RECONCILE_REASONS = ['weapon grouped differently', 'different night', 'not in table', 'rounded', 'partial figure', 'above the official figure'] as const;
export type ReconcileReason = (typeof RECONCILE_REASONS)[number];

/** Why an event's lines were not compared. */
export const NOT_COVERED_REASONS = ['undated', 'other attacker', "outside the table's dates"] as const;
export type NotCoveredReason = (typeof NOT_COVERED_REASONS)[number];

/** The verdict on one figure. */
export type ReconcileStatus = 'agrees' | 'disagrees' | 'no news figure' | 'not covered';

/** Which number of a weapon line. */
export type ReconcileFigure = 'launched' | 'intercepted';

/** One figure (launched or intercepted) of one weapon line of one event, beside the official figure. */
export interface ReconcileRow {
  /** Key of the event node. */
  event: string;
  /** The event date. */
  date: string | null;
  attacker: EntityRef | null;
  weapon: EntityRef;
  figure: ReconcileFigure;
  /** The event's reconciled news figure; null when no report gave one. */
  news: number | null;
  /** The official figure of that date and weapon (launched, or destroyed); null when the table gives none. */
  official: number | null;
  /** The table's model names behind the official figure. */
  models: string[];
  status: ReconcileStatus;
  /** Why it disagrees (status `disagrees`) or was not compared (status `not covered`). */
  reason: ReconcileReason | NotCoveredReason | null;
  /** What the reason rests on, e.g. "the table gives 28 on 2024-01-06". */
  note: string | null;
  /** The articles behind the event. */
  documents: string[];
}

/** Counts of a reconciliation. */
export interface ReconcileSummary {
  /** Figures compared: a news figure for an event and weapon the table covers. */
  compared: number;
  agree: number;
  /** agree / compared; null when nothing was compared. */
  share: number | null;
  /** Disagreements by reason. */
  reasons: Record<ReconcileReason, number>;
  /** Official figures the news did not give (covered events). */
  noNewsFigure: number;
  /** News figures not compared, by why. */
  notCovered: Record<NotCoveredReason, number>;
  /** The official table: file, rows, first and last attack date, models it could not map (with their rows). */
  table: { file: string; rows: number; first: string | null; last: string | null; unmapped: { model: string; rows: number }[] };
}

/** The result of `reconcile`. */
export interface ReconcileReport {
  rows: ReconcileRow[];
  summary: ReconcileSummary;
}

/** What `reconcile` needs to know about weapons. */
export interface ReconcileOptions {
  /** The side whose attacks the table records (entity id). */
  attacker: string;
  /** The classes a weapon counts under, nearest first (the gazetteer's, plus those the table counts it as). */
  classesOf(weapon: string): readonly string[];
  /** A weapon's display name. */
  label(weapon: string): string;
}

/** An official figure of one date and weapon. */
interface OfficialFigure {
  value: number | null;
  models: string[];
  /** Other weapons counted in the same rows (grouped models). */
  others: string[];
}

const MS_PER_DAY = 86_400_000;

/** The ISO date `days` after `date`. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when a news figure looks like a rounding of the official one: a multiple of ten within 10% of it. */
export function isRounded(news: number, official: number): boolean {
  return news !== official && news % 10 === 0 && news > 0 && Math.abs(news - official) <= official * 0.1;
}

/** The official rows by attack date, reduced to the main command's rows on the days it reported. */
class OfficialIndex {
  /** The rows counted for a date: the main command's when it reported that day, else all. */
  private readonly byDate = new Map<string, OfficialRow[]>();
  /** The rows left out of `byDate` (regional commands' on days the main command reported). */
  private readonly asideByDate = new Map<string, OfficialRow[]>();

  constructor(
    table: OfficialTable,
    private readonly options: ReconcileOptions,
  ) {
    const all = new Map<string, OfficialRow[]>();
    for (const row of table.rows) {
      const list = all.get(row.date);
      if (list) list.push(row);
      else all.set(row.date, [row]);
    }
    for (const [date, rows] of all) {
      const main = rows.filter((r) => r.main);
      this.byDate.set(date, main.length ? main : rows);
      if (main.length) this.asideByDate.set(date, rows.filter((r) => !r.main));
    }
  }

  /** True when `id` is `weapon` or one of its systems. */
  private belongs(id: string, weapon: string): boolean {
    return id === weapon || this.options.classesOf(id).includes(weapon);
  }

  /**
   * The official figure of `field` for `weapon` on `date`, or null when no row of that day names the weapon;
   * `counted` false reads the rows left aside instead (regional commands' on a day the main command reported).
   */
  figure(date: string, weapon: string, field: ReconcileFigure, counted = true): OfficialFigure | null {
    let value: number | null = null;
    const models: string[] = [];
    const others: string[] = [];
    for (const row of (counted ? this.byDate : this.asideByDate).get(date) ?? []) {
      const hits = row.parts.map((ids) => ids.some((id) => this.belongs(id, weapon)));
      if (!hits.some(Boolean)) continue;
      row.parts.forEach((ids, i) => {
        if (hits[i]) return;
        const name = ids.map((id) => this.options.label(id)).join('/');
        if (!others.includes(name)) others.push(name);
      });
      if (!models.includes(row.model)) models.push(row.model);
      const n = field === 'launched' ? row.launched : row.destroyed;
      if (n !== null) value = (value ?? 0) + n;
    }
    return models.length ? { value, models, others } : null;
  }
}

/** The reason a news figure differs from the official one, and what it rests on. */
function classify(
  index: OfficialIndex,
  options: ReconcileOptions,
  date: string,
  weapon: string,
  field: ReconcileFigure,
  news: number,
  here: OfficialFigure | null,
): { reason: ReconcileReason; note: string } {
  const official = here?.value ?? null;
  const wider = (): string | null => {
    for (const cls of options.classesOf(weapon)) {
      const figure = index.figure(date, cls, field);
      if (figure?.value === news) return `the table gives ${news} for ${options.label(cls)} that day (${figure.models.join(' + ')})`;
    }
    return null;
  };
  const otherNight = (): string | null => {
    for (const day of [addDays(date, -1), addDays(date, 1)]) {
      if (index.figure(day, weapon, field)?.value === news) return `the table gives ${news} on ${day}`;
    }
    return null;
  };
  if (here?.others.length && official !== null) {
    return { reason: 'weapon grouped differently', note: `the table's ${here.models.join(' + ')} (${official}) also counts ${here.others.join(', ')}` };
  }
  const byClass = wider();
  if (byClass !== null) return { reason: 'weapon grouped differently', note: byClass };
  const night = otherNight();
  if (night !== null) return { reason: 'different night', note: night };
  if (official === null) {
    if (here !== null) return { reason: 'not in table', note: `${here.models.join(' + ')} without a ${field === 'launched' ? 'launched' : 'destroyed'} count` };
    const regional = index.figure(date, weapon, field, false);
    const aside = regional?.value == null ? '' : ` (regional commands: ${regional.value}, ${regional.models.join(' + ')})`;
    return { reason: 'not in table', note: `no row of ${options.label(weapon)} in the main report that day${aside}` };
  }
  if (isRounded(news, official)) return { reason: 'rounded', note: `the table gives ${official}` };
  if (news < official) return { reason: 'partial figure', note: `the table gives ${official}` };
  return { reason: 'above the official figure', note: `the table gives ${official}` };
}

/**
 * Lines up `events` (rows of `NewsGraph.events()`) with the official `table`: one row per event, weapon line and
 * figure that the news or the table gives, plus the share of news figures that agree.
 */
export function reconcile(events: readonly EventRow[], table: OfficialTable, options: ReconcileOptions): ReconcileReport {
  const index = new OfficialIndex(table, options);
  const rows: ReconcileRow[] = [];
  const reasons = Object.fromEntries(RECONCILE_REASONS.map((r) => [r, 0])) as Record<ReconcileReason, number>;
  const notCovered = Object.fromEntries(NOT_COVERED_REASONS.map((r) => [r, 0])) as Record<NotCoveredReason, number>;
  let compared = 0;
  let agree = 0;
  let noNewsFigure = 0;
  for (const event of events) {
    if (event.weapon === null) continue;
    const weapon = event.weapon;
    // 1. Is the event one the table records?
    let skip: NotCoveredReason | null = null;
    if (event.attacker?.id !== options.attacker) skip = 'other attacker';
    else if (event.date === null) skip = 'undated';
    else if (table.first === null || table.last === null || event.date < table.first || event.date > table.last) skip = "outside the table's dates";
    for (const field of ['launched', 'intercepted'] as const) {
      const news = event[field];
      const base = { event: event.event, date: event.date, attacker: event.attacker, weapon, figure: field, news, documents: event.documents };
      if (skip !== null || event.date === null) {
        if (news === null) continue;
        notCovered[skip ?? 'undated'] += 1;
        rows.push({ ...base, official: null, models: [], status: 'not covered', reason: skip, note: null });
        continue;
      }
      // 2. The official figure of the day and weapon, and the verdict.
      const here = index.figure(event.date, weapon.id, field);
      const official = here?.value ?? null;
      const models = here?.models ?? [];
      if (news === null) {
        if (official === null) continue;
        noNewsFigure += 1;
        rows.push({ ...base, official, models, status: 'no news figure', reason: null, note: null });
        continue;
      }
      compared += 1;
      if (official === news) {
        agree += 1;
        rows.push({ ...base, official, models, status: 'agrees', reason: null, note: null });
        continue;
      }
      const { reason, note } = classify(index, options, event.date, weapon.id, field, news, here);
      reasons[reason] += 1;
      rows.push({ ...base, official, models, status: 'disagrees', reason, note });
    }
  }
  const unmapped = [...table.unmapped].map(([model, n]) => ({ model, rows: n })).sort((a, b) => b.rows - a.rows || (a.model < b.model ? -1 : 1));
  return {
    rows,
    summary: {
      compared,
      agree,
      share: compared ? agree / compared : null,
      reasons,
      noNewsFigure,
      notCovered,
      table: { file: table.file, rows: table.rows.length, first: table.first, last: table.last, unmapped },
    },
  };
}

/**
 * The weapon knowledge of the project for `reconcile`: the gazetteer's classes of a weapon, then the classes the
 * mapping says the table counts it under (with theirs), and the gazetteer's names.
 */
export function projectReconcileOptions(mapping: OfficialMapping = loadOfficialMapping()): ReconcileOptions {
  const gazetteer = loadGazetteer();
  const knowledge = projectEventKnowledge();
  const memo = new Map<string, string[]>();
  return {
    attacker: mapping.attacker,
    classesOf(weapon) {
      let classes = memo.get(weapon);
      if (classes === undefined) {
        classes = [...knowledge.weaponClasses(weapon)];
        for (const extra of mapping.countedAs[weapon] ?? []) {
          for (const cls of [extra, ...knowledge.weaponClasses(extra)]) if (!classes.includes(cls)) classes.push(cls);
        }
        memo.set(weapon, classes);
      }
      return classes;
    },
    label: (weapon) => gazetteer.get(weapon)?.name ?? weapon,
  };
}

/** Reconciles the events of a loaded graph with the official table, with the project's weapon knowledge. */
export function reconcileGraph(graph: NewsGraph, table: OfficialTable, mapping: OfficialMapping = loadOfficialMapping()): ReconcileReport {
  return reconcile(graph.events(), table, projectReconcileOptions(mapping));
}
