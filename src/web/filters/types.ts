/** Types of the explorer's filters. */

/** What is shown: node types and predicates (visible sets), a date range over evidence and a minimum of sources. */
export interface FilterState {
  types: Set<string>;
  predicates: Set<string>;
  /** Inclusive ISO dates (YYYY-MM-DD) or null for an open end. */
  from: string | null;
  to: string | null;
  /** Minimum number of distinct source documents (among the evidence inside the date range and outlets). */
  minSources: number;
  /** Outlets (host names of the documents' sources, see outletOf) whose evidence counts; null for every outlet. */
  outlets: Set<string> | null;
  /** Whether entities left without a visible relation are shown (off: they are hidden). */
  showIsolated: boolean;
}

/** Facts about the graph the filter UI is built from. */
export interface FilterDomain {
  typeCounts: Map<string, number>;
  predicateCounts: Map<string, number>;
  /** Sorted distinct published dates (YYYY-MM-DD) found in the evidence. */
  dates: string[];
  maxSources: number;
  /** Relations per outlet (a relation counts once for each outlet among its evidence), most first. */
  outletCounts: Map<string, number>;
}

/** What the filters hide, and the facts the caption of an export reports. */
export interface FilterResult {
  nodes: Set<string>;
  edges: Set<string>;
  /** Distinct documents behind the visible relations (their evidence inside the filters). */
  documents: Set<string>;
}
