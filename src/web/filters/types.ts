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
  /**
   * Claimants (entity keys, or the events view's UNCLAIMED) whose figures count; null for every claimant. Events pass
   * when one of their claimants is chosen; a relation's evidence counts only from documents that report a figure or
   * claim of a chosen claimant.
   */
  claimants: Set<string> | null;
  /** A place (entity key) the events must target; null for any. Narrows the chart and the event list only. */
  place: string | null;
  /** A weapon (entity key) the events must name (as a line or a line's class); null for any. Chart and list only. */
  weapon: string | null;
}

/** Facts about the graph the filter UI is built from. */
export interface FilterDomain {
  typeCounts: Map<string, number>;
  predicateCounts: Map<string, number>;
  /** Sorted distinct days (YYYY-MM-DD): published dates of the evidence and event dates (the time slider's steps). */
  dates: string[];
  maxSources: number;
  /** Relations per outlet (a relation counts once for each outlet among its evidence), most first. */
  outletCounts: Map<string, number>;
  /** Events per claimant of their figures (entity keys, or the events view's UNCLAIMED), most first. */
  claimantCounts: Map<string, number>;
}

/** What the filters hide, and the facts the caption of an export reports. */
export interface FilterResult {
  nodes: Set<string>;
  edges: Set<string>;
  /** Distinct documents behind the visible relations (their evidence inside the filters). */
  documents: Set<string>;
}
