/** Types of the explorer's filters. */

/** What is shown: node types and predicates (visible sets), a date range over evidence and a minimum of sources. */
export interface FilterState {
  types: Set<string>;
  predicates: Set<string>;
  /** Inclusive ISO dates (YYYY-MM-DD) or null for an open end. */
  from: string | null;
  to: string | null;
  /** Minimum number of distinct source documents (among the evidence inside the date range). */
  minSources: number;
}

/** Facts about the graph the filter UI is built from. */
export interface FilterDomain {
  typeCounts: Map<string, number>;
  predicateCounts: Map<string, number>;
  /** Sorted distinct published dates (YYYY-MM-DD) found in the evidence. */
  dates: string[];
  maxSources: number;
}
