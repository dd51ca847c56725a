/** Types of the explorer's appearance: themes and the size metric. */

export type ThemeName = 'light' | 'dark';
export type SizeMetric = 'degree' | 'pagerank';

/** Colours that depend on the theme (the palette of types and predicates does not). */
export interface ThemeColors {
  background: string;
  label: string;
  edgeLabel: string;
  faded: string;
  fadedEdge: string;
  mentions: string;
}
