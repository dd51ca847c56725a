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
  /** First and last published dates of the graph's evidence. */
  dates: readonly string[];
  shownNodes: number;
  shownEdges: number;
  /** Distinct documents behind the visible relations. */
  sources: number;
  /** Where the graph came from (file or URL). */
  origin: string;
}

const listOrAll = (chosen: Set<string>, all: readonly string[], noun: string): string =>
  all.every((item) => chosen.has(item)) ? `all ${noun}` : `${noun}: ${all.filter((item) => chosen.has(item)).join(', ') || 'none'}`;

/** The caption lines of an export. */
export function captionLines(facts: CaptionFacts): string[] {
  const { filters } = facts;
  const first = filters.from ?? facts.dates[0] ?? null;
  const last = filters.to ?? facts.dates[facts.dates.length - 1] ?? null;
  const filterParts = [
    listOrAll(filters.types, facts.allTypes.filter((type) => type !== 'Document'), 'entity types'),
    listOrAll(filters.predicates, facts.allPredicates, 'relations'),
    filters.outlets ? `outlets: ${[...filters.outlets].sort().join(', ') || 'none'}` : 'all outlets',
    `at least ${filters.minSources} source${filters.minSources === 1 ? '' : 's'} per relation`,
  ];
  return [
    `newsgraph, ${facts.mode} view of ${facts.origin}: ${facts.shownNodes} entities, ${facts.shownEdges} relations from ${facts.sources} source document${facts.sources === 1 ? '' : 's'}`,
    `Published ${first && last ? `${first} to ${last}` : 'on any date'}${filters.from || filters.to ? ' (time filter)' : ''}`,
    `Filters: ${filterParts.join('; ')}`,
  ];
}
