/** Types of the explorer's appearance: themes and the size metric. */

export type ThemeName = 'light' | 'dark';
export type SizeMetric = 'sources' | 'degree' | 'pagerank';
/** What edge colours show: the predicate, or the outlet that carries most of the relation's evidence. */
export type ColorMode = 'predicate' | 'outlet';

/** Colours that depend on the theme (the palette of types and predicates does not). */
export interface ThemeColors {
  background: string;
  label: string;
  edgeLabel: string;
  faded: string;
  fadedEdge: string;
  mentions: string;
  /** Borders and coasts of the map view. */
  mapBorder: string;
}
