/**
 * Types of the corpus-level events (issue 9): one event node per real-world attack or air-defence action, merged
 * from every article's report of it (src/graph/events.ts builds them), with typed edges to its attacker, weapons,
 * targets, claimants and documents. Browser-safe, types only.
 */
import type { EventKind } from '../domain/index.ts';
import type { ExtractedEvent, Span, WeaponLine } from '../extract/types.ts';

/** Roles of the edges from an event node: to its attacker, weapons, targets, claimants and reporting documents. */
export const EVENT_EDGE_ROLES = ['attacker', 'weapon', 'target', 'claimant', 'report'] as const;
export type EventEdgeRole = (typeof EVENT_EDGE_ROLES)[number];

/**
 * How a reconciled figure was chosen (see `reconcileFigure` in events.ts):
 * - `official-latest`: the attacked side's own claimant (its air force, ministry, officials or the state itself),
 *   from the latest report that gives one;
 * - `largest`: no official figure: the largest figure any report states.
 */
export const FIGURE_RULES = ['official-latest', 'largest'] as const;
export type FigureRule = (typeof FIGURE_RULES)[number];

/** The figures one claimant of one report gave for one weapon of the event. */
export interface EventFigure {
  /** Document id of the report. */
  document: string;
  /** Entity key of who stated it; null when the article states it itself. */
  claimedBy: string | null;
  /** The weapon as the report named it: the line's own weapon, or a class folded into it ("drone" for Shahed-136). */
  weapon: string;
  launched: number | null;
  intercepted: number | null;
}

/** One weapon line of a merged event: the reconciled numbers, how they were chosen, and every stated figure. */
export interface EventWeaponLine {
  /** Entity key of the weapon (a named system or a generic class). */
  weapon: string;
  /** The generic classes the weapon belongs to, nearest first ("kamikaze-drone", "drone"); empty when unknown. */
  classes: string[];
  /** Reconciled numbers; null when no report gives one (unknown, never 0). */
  launched: number | null;
  intercepted: number | null;
  launchedRule: FigureRule | null;
  interceptedRule: FigureRule | null;
  /** True when the reports state different numbers for this line (all kept in `figures`). */
  conflict: boolean;
  /** Every figure stated for this line, in report order; empty when the line is only named. */
  figures: EventFigure[];
}

/** One claimant's figures within one report (entity keys of the graph; evidence as spans into the report's text). */
export interface EventReportClaim {
  claimedBy: string | null;
  weapons: WeaponLine[];
  evidence: Span[];
}

/** One article's report of the event: what `newsgraph extract` gave for it, with entity ids mapped to graph keys. */
export interface EventReport extends Omit<ExtractedEvent, 'id' | 'claims'> {
  /** Document id (without `doc:`). */
  document: string;
  /** The extraction's event id (`<document id>#e<n>`). */
  event: string;
  /** Publication date of the document (the event date is the node's `date`). */
  published: string | null;
  claims: EventReportClaim[];
}

/** A real-world event node: key `event:<date or undated>/<attacker or unknown>/<n>`. */
export interface EventAttributes {
  kind: 'event';
  /** "air attack, 2024-01-02, Russia": kind, date and attacker, for display. */
  label: string;
  type: 'Event';
  eventKind: EventKind;
  /** The day of the event (an overnight attack: the morning it ended), not a publication date; null when unknown. */
  date: string | null;
  attacker: string | null;
  weapons: EventWeaponLine[];
  targets: string[];
  /** Who stated figures, over every report, sorted. */
  claimants: string[];
  /** Every report, by document id then event id. */
  reports: EventReport[];
  /** Number of distinct documents reporting it. */
  documents: number;
  /** Earliest and latest publication date among its reports. */
  firstPublished: string | null;
  lastPublished: string | null;
  x?: number;
  y?: number;
}

/** An edge from an event node to its attacker, a weapon, a target, a claimant or a reporting document. */
export interface EventRoleAttributes {
  kind: 'event-role';
  role: EventEdgeRole;
}
