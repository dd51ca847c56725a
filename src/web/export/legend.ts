/**
 * What an exported picture says about itself: a legend (entity types and relation or outlet colours actually
 * visible, with counts) and a caption (view, filters, date range, number of sources). DOM-free: the explorer
 * gathers the facts, the PNG and SVG writers (./index.ts) draw them.
 */
import type { FilterState } from '../filters/types.ts';

/** One row of the legend. */
export interface LegendItem {
  label: string;
  color: string;
  /** Disc for node types, line for edge colours. */
  shape: 'disc' | 'line';
  count: number;
}

/** A titled group of legend rows. */
export interface LegendSection {
  title: string;
  items: LegendItem[];
}

/** Legend and caption of one export. */
export interface Legend {
  sections: LegendSection[];
  caption: string[];
}

/** The facts a caption reports. */
export interface CaptionFacts {
  mode: 'graph' | 'map';
  filters: FilterState;
  /** Every type and predicate the graph has (to say "all" instead of listing them). */
  allTypes: readonly string[];
  allPredicates: readonly string[];
  /** The time slider's days (published dates of the evidence and event dates), sorted. */
  dates: readonly string[];
  /** Display label of a claimant, place or weapon key of the filters (the key itself when absent). */
  label?: (key: string) => string;
  shownNodes: number;
  shownEdges: number;
  /** Distinct documents behind the visible relations; null when unknown (a summary graph counts them per relation only). */
  sources: number | null;
  /** Where the graph came from (file or URL). */
  origin: string;
  /** Events that pass the filters (omitted from the caption when absent or when the graph has none). */
  events?: number;
}

const listOrAll = (chosen: Set<string>, all: readonly string[], noun: string): string =>
  all.every((item) => chosen.has(item)) ? `all ${noun}` : `${noun}: ${all.filter((item) => chosen.has(item)).join(', ') || 'none'}`;

/** The caption lines of an export. */
export function captionLines(facts: CaptionFacts): string[] {
  const { filters } = facts;
  const label = facts.label ?? ((key: string): string => key);
  const first = filters.from ?? facts.dates[0] ?? null;
  const last = filters.to ?? facts.dates[facts.dates.length - 1] ?? null;
  const filterParts = [
    listOrAll(filters.types, facts.allTypes.filter((type) => type !== 'Document'), 'entity types'),
    listOrAll(filters.predicates, facts.allPredicates, 'relations'),
    filters.outlets ? `outlets: ${[...filters.outlets].sort().join(', ') || 'none'}` : 'all outlets',
    `at least ${filters.minSources} source${filters.minSources === 1 ? '' : 's'} per relation`,
    filters.claimants ? `claimants: ${[...filters.claimants].map(label).sort().join(', ') || 'none'}` : 'all claimants',
  ];
  if (filters.place) filterParts.push(`events at ${label(filters.place)}`);
  if (filters.weapon) filterParts.push(`events with ${label(filters.weapon)}`);
  return [
    `newsgraph, ${facts.mode} view of ${facts.origin}: ${facts.shownNodes} entities, ${facts.shownEdges} relations${facts.sources === null ? '' : ` from ${facts.sources} source document${facts.sources === 1 ? '' : 's'}`}${facts.events ? `, ${facts.events} event${facts.events === 1 ? '' : 's'}` : ''}`,
    `Dates ${first && last ? `${first} to ${last}` : 'any'}${filters.from || filters.to ? ' (time filter)' : ''}: events by event date, relations by publication date`,
    `Filters: ${filterParts.join('; ')}`,
  ];
}
