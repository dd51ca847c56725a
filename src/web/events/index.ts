/**
 * The explorer's view of the graph's event nodes (src/graph/events.ts), DOM-free: which events pass the filters
 * (event date, place, weapon, claimant), the numbers to show for them (reconciled, or the chosen claimants' own),
 * launched and intercepted per day for the chart, the rows of the event list and of a place's panel, and who
 * claimed what. A number no report gave stays null here and is shown as "unknown", never as 0.
 */
import { addDocumentClaimants, claimantsOf, UNCLAIMED } from '../../graph/claimants.ts';
import { eventTotal } from '../../graph/event-totals.ts';
import type { EventAttributes, EventWeaponLine, KnowledgeGraph } from '../graph/types.ts';
import type { FilterState } from '../filters/types.ts';

export { UNCLAIMED, claimantsOf } from '../../graph/claimants.ts';

/** One event node with the claimants of its figures (UNCLAIMED for figures without one). */
export interface EventEntry {
  key: string;
  attributes: EventAttributes;
  claimants: Set<string>;
}

/** The event nodes of a graph and the facts the filters and the chart are built from. */
export interface EventCatalogue {
  /** By event date (undated last), then key. */
  events: EventEntry[];
  /** Claimants of the figures each document reports, by document id (without `doc:`). */
  documentClaimants: Map<string, Set<string>>;
  /** Events per claimant, most first (ties: by key). */
  claimantCounts: Map<string, number>;
  /** Events per target place and per weapon (line weapons), most first. */
  placeCounts: Map<string, number>;
  weaponCounts: Map<string, number>;
}

/** One weapon line as shown: its weapon and the numbers of the current view. */
export interface ShownLine {
  weapon: string;
  launched: number | null;
  intercepted: number | null;
  /** True when the figures behind the numbers differ. */
  conflict: boolean;
}

/** One row of the event list or of a place's panel. */
export interface EventRow {
  key: string;
  date: string | null;
  kind: EventAttributes['eventKind'];
  attacker: string | null;
  targets: string[];
  lines: ShownLine[];
  /** Totals over the lines (a class and its systems counted once); null: unknown. */
  launched: number | null;
  intercepted: number | null;
  /** Reporting documents (ids without `doc:`), sorted; empty in a summary graph (its events keep no reports). */
  documents: string[];
  /** Number of reporting documents (also in a summary graph). */
  documentCount: number;
  claimants: string[];
}

/** Launched and intercepted on one day, over the events of that day that pass the filters. */
export interface DayTotals {
  date: string;
  launched: number | null;
  intercepted: number | null;
  events: number;
  /** Events of the day whose launched (intercepted) number is unknown. */
  unknownLaunched: number;
  unknownIntercepted: number;
}

/** One claimant's figures for one weapon as its reports name it. */
export interface ClaimPart {
  weapon: string;
  launched: number | null;
  intercepted: number | null;
}

/** What one claimant stated about an event: one part per weapon and distinct pair of figures. */
export interface ClaimStatement {
  claimant: string;
  parts: ClaimPart[];
}

const byCount = (counts: Map<string, number>): Map<string, number> =>
  new Map([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
const bump = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

/** Collects the event nodes of a graph. */
export function eventCatalogue(graph: KnowledgeGraph): EventCatalogue {
  const events: EventEntry[] = [];
  const documentClaimants = new Map<string, Set<string>>();
  const claimantCounts = new Map<string, number>();
  const placeCounts = new Map<string, number>();
  const weaponCounts = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'event') return;
    const claimants = claimantsOf(attributes);
    events.push({ key, attributes, claimants });
    for (const claimant of claimants) bump(claimantCounts, claimant);
    for (const target of attributes.targets) bump(placeCounts, target);
    for (const line of attributes.weapons) bump(weaponCounts, line.weapon);
    addDocumentClaimants(attributes, documentClaimants);
  });
  events.sort((a, b) => {
    const da = a.attributes.date ?? '\uffff';
    const db = b.attributes.date ?? '\uffff';
    return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  return { events, documentClaimants, claimantCounts: byCount(claimantCounts), placeCounts: byCount(placeCounts), weaponCounts: byCount(weaponCounts) };
}

/** True when an event date lies in the filters' inclusive range; an undated event only when no bound is set. */
export function eventDateInRange(date: string | null, filters: Pick<FilterState, 'from' | 'to'>): boolean {
  if (filters.from === null && filters.to === null) return true;
  if (date === null) return false;
  if (filters.from !== null && date < filters.from) return false;
  if (filters.to !== null && date > filters.to) return false;
  return true;
}

/**
 * Whether an event passes the filters: its event date inside the range (unless `ignoreDates`, as the chart does,
 * which shows every day and marks the range), the chosen place among its targets, the chosen weapon among its lines
 * (or their classes), and one of the chosen claimants among its claimants.
 */
export function eventPasses(entry: EventEntry, filters: FilterState, ignoreDates = false): boolean {
  const { attributes } = entry;
  if (!ignoreDates && !eventDateInRange(attributes.date, filters)) return false;
  if (filters.place !== null && !attributes.targets.includes(filters.place)) return false;
  if (filters.weapon !== null) {
    const weapon = filters.weapon;
    if (!attributes.weapons.some((line) => line.weapon === weapon || line.classes.includes(weapon))) return false;
  }
  if (filters.claimants !== null) {
    const chosen = filters.claimants;
    if (![...entry.claimants].some((claimant) => chosen.has(claimant))) return false;
  }
  return true;
}

const largest = (values: Array<number | null>): number | null => {
  let best: number | null = null;
  for (const value of values) if (value !== null && (best === null || value > best)) best = value;
  return best;
};
const distinct = (values: Array<number | null>): number => new Set(values.filter((value) => value !== null)).size;

/**
 * The weapon lines with the numbers of the current view: the reconciled numbers (src/graph/events.ts's rule) when no
 * claimant is chosen, else the chosen claimants' own figures (the largest when they state several). Returned as
 * EventWeaponLine so eventTotal can add them up.
 */
export function shownLines(attributes: EventAttributes, claimants: Set<string> | null): EventWeaponLine[] {
  if (claimants === null) return attributes.weapons;
  return attributes.weapons.map((line) => {
    const figures = line.figures.filter((figure) => claimants.has(figure.claimedBy ?? UNCLAIMED));
    const launched = figures.map((figure) => figure.launched);
    const intercepted = figures.map((figure) => figure.intercepted);
    return {
      ...line,
      launched: largest(launched),
      intercepted: largest(intercepted),
      conflict: distinct(launched) > 1 || distinct(intercepted) > 1,
      figures,
    };
  });
}

/** The row of one event under the filters (numbers per shownLines). */
export function eventRow(entry: EventEntry, filters: Pick<FilterState, 'claimants'>): EventRow {
  const { attributes } = entry;
  const lines = shownLines(attributes, filters.claimants);
  return {
    key: entry.key,
    date: attributes.date,
    kind: attributes.eventKind,
    attacker: attributes.attacker,
    targets: attributes.targets,
    lines: lines.map((line) => ({ weapon: line.weapon, launched: line.launched, intercepted: line.intercepted, conflict: line.conflict })),
    launched: eventTotal(lines, 'launched'),
    intercepted: eventTotal(lines, 'intercepted'),
    documents: [...new Set(attributes.reports.map((report) => report.document))].sort(),
    documentCount: attributes.documents,
    claimants: [...entry.claimants].sort(),
  };
}

/** The event list: the rows of every event that passes the filters, by date. */
export function eventRows(catalogue: EventCatalogue, filters: FilterState): EventRow[] {
  return catalogue.events.filter((entry) => eventPasses(entry, filters)).map((entry) => eventRow(entry, filters));
}

/**
 * What hit a place: the rows of the events that targeted it and pass the other filters, and how many more
 * targeted it outside them.
 */
export function placeEvents(catalogue: EventCatalogue, place: string, filters: FilterState): { rows: EventRow[]; outside: number } {
  const rows: EventRow[] = [];
  let outside = 0;
  const scoped = { ...filters, place };
  for (const entry of catalogue.events) {
    if (!entry.attributes.targets.includes(place)) continue;
    if (eventPasses(entry, scoped)) rows.push(eventRow(entry, filters));
    else outside++;
  }
  return { rows, outside };
}

/**
 * Launched and intercepted per day, one entry per day of `days` (the time slider's days, sorted), over the events
 * that pass every filter but the date range. Totals are null when no event of the day gives the number.
 */
export function dailySeries(catalogue: EventCatalogue, filters: FilterState, days: readonly string[]): DayTotals[] {
  const byDay = new Map<string, DayTotals>(days.map((date) => [date, { date, launched: null, intercepted: null, events: 0, unknownLaunched: 0, unknownIntercepted: 0 }]));
  for (const entry of catalogue.events) {
    const day = entry.attributes.date === null ? undefined : byDay.get(entry.attributes.date);
    if (!day || !eventPasses(entry, filters, true)) continue;
    const lines = shownLines(entry.attributes, filters.claimants);
    const launched = eventTotal(lines, 'launched');
    const intercepted = eventTotal(lines, 'intercepted');
    day.events++;
    if (launched === null) day.unknownLaunched++;
    else day.launched = (day.launched ?? 0) + launched;
    if (intercepted === null) day.unknownIntercepted++;
    else day.intercepted = (day.intercepted ?? 0) + intercepted;
  }
  return [...byDay.values()];
}

/** Who claimed what: per claimant (in the order of the event's figures), each weapon with its distinct figures. */
export function claimStatements(attributes: EventAttributes): ClaimStatement[] {
  const statements = new Map<string, ClaimPart[]>();
  for (const line of attributes.weapons) {
    for (const figure of line.figures) {
      const claimant = figure.claimedBy ?? UNCLAIMED;
      const parts = statements.get(claimant) ?? [];
      if (!parts.some((part) => part.weapon === figure.weapon && part.launched === figure.launched && part.intercepted === figure.intercepted)) {
        parts.push({ weapon: figure.weapon, launched: figure.launched, intercepted: figure.intercepted });
      }
      statements.set(claimant, parts);
    }
  }
  // claimants of a report's claims that gave no figure
  for (const claimant of claimantsOf(attributes)) if (!statements.has(claimant)) statements.set(claimant, []);
  return [...statements].map(([claimant, parts]) => ({ claimant, parts }));
}

/** A number for display: "unknown" for null, never 0. */
export function formatCount(value: number | null): string {
  return value === null ? 'unknown' : String(value);
}

/** One claimed figure in words: "35 of 40 <weapon> shot down", "40 <weapon> launched", "35 <weapon> shot down". */
export function figureText(weapon: string, launched: number | null, intercepted: number | null): string {
  if (launched !== null && intercepted !== null) return `${intercepted} of ${launched} ${weapon} shot down`;
  if (intercepted !== null) return `${intercepted} ${weapon} shot down`;
  if (launched !== null) return `${launched} ${weapon} launched`;
  return `${weapon} named, no figure`;
}

/** A claimant's statement in words: "Ukrainian Air Force: 35 of 35 Shahed-136 shot down, ..." (labels from `label`). */
export function statementText(statement: ClaimStatement, label: (key: string) => string): string {
  const parts = statement.parts.map((part) => figureText(label(part.weapon), part.launched, part.intercepted));
  return `${label(statement.claimant)}: ${parts.length ? parts.join(', ') : 'no figures stated'}`;
}

/** Display label of a node key (an entity, document or event), the key itself when the graph lacks it. */
export function labelOf(graph: KnowledgeGraph, key: string): string {
  if (key === UNCLAIMED) return 'unattributed (the article itself)';
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
}
