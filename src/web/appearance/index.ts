/**
 * Appearance: colours by entity type and by predicate, theme colours, and node sizes by degree or PageRank.
 * Everything here is derived for display and handed to sigma through reducers (see ../core/reducers.ts);
 * nothing is written into the graph's attributes.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import { DOCUMENT_SPEC, DOCUMENT_TYPE, ENTITY_TYPES, ENTITY_TYPE_SPECS, PREDICATES, PREDICATE_SPECS, type Predicate } from '../../domain/index.ts';
import type { NodeTypeSpec } from '../../domain/index.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import type { SizeMetric, ThemeColors, ThemeName } from './types.ts';

export type { ColorMode, SizeMetric, ThemeColors, ThemeName } from './types.ts';

/** Node types shown in the legend, in order. */
export const NODE_TYPES = [...ENTITY_TYPES, DOCUMENT_TYPE] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Label and colour of each node type: the entity types' specs plus documents. */
const NODE_TYPE_SPECS: Record<NodeType, NodeTypeSpec> = { ...ENTITY_TYPE_SPECS, [DOCUMENT_TYPE]: DOCUMENT_SPEC };

/** Colour of each node type (from the domain's spec tables). */
export const TYPE_COLORS: Record<NodeType, string> = Object.fromEntries(NODE_TYPES.map((t) => [t, NODE_TYPE_SPECS[t].color])) as Record<NodeType, string>;

/** Colour of each predicate (from the domain's spec table). */
export const PREDICATE_COLORS: Record<Predicate, string> = Object.fromEntries(PREDICATES.map((p) => [p, PREDICATE_SPECS[p].color])) as Record<Predicate, string>;

const UNKNOWN_COLOR = '#999999';

/** Colour of a predicate, grey for an unknown one. */
export function predicateColor(predicate: string): string {
  return (PREDICATE_COLORS as Record<string, string>)[predicate] ?? UNKNOWN_COLOR;
}

/** Colour of a node type, grey for an unknown one. */
export function typeColor(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? UNKNOWN_COLOR;
}

/** Display label of a node type ("Weapon system"), the type itself for an unknown one. */
export function typeLabel(type: string): string {
  return (NODE_TYPE_SPECS as Record<string, NodeTypeSpec>)[type]?.label ?? type;
}

/** Display label of a predicate, the predicate itself for an unknown one. */
export function predicateLabel(predicate: string): string {
  return (PREDICATE_SPECS as Record<string, { label: string }>)[predicate]?.label ?? predicate;
}

/** Theme colours. */
export const THEMES: Record<ThemeName, ThemeColors> = {
  light: { background: '#ffffff', label: '#212529', edgeLabel: '#495057', faded: '#e9ecef', fadedEdge: '#f1f3f5', mentions: '#dee2e6', mapBorder: '#adb5bd' },
  dark: { background: '#16181d', label: '#e9ecef', edgeLabel: '#ced4da', faded: '#2b2f36', fadedEdge: '#23262c', mentions: '#343a40', mapBorder: '#5c636a' },
};

/** Smallest and largest rendered node size (pixels at camera ratio 1). */
export const SIZE_RANGE = { min: 3, max: 16 } as const;

/**
 * Colours of outlets, in order of their number of relations (the ninth and later share the last, "other").
 * Chosen apart from the predicate colours so an outlet-coloured view is not read as predicates.
 */
export const OUTLET_PALETTE = ['#1864ab', '#e67700', '#2b8a3e', '#862e9c', '#c92a2a', '#0b7285', '#5c940d', '#a61e4d', '#868e96'] as const;

/** Colour of each outlet, given the outlets most frequent first (see filterDomain's outletCounts). */
export function outletColors(outlets: Iterable<string>): Map<string, string> {
  const colors = new Map<string, string>();
  let index = 0;
  for (const outlet of outlets) colors.set(outlet, OUTLET_PALETTE[Math.min(index++, OUTLET_PALETTE.length - 1)] as string);
  return colors;
}

/**
 * Computes a display size per node from a metric: sources is the number of documents that mention the entity
 * (a document is one source); degree counts relation edges only; PageRank runs over the whole graph.
 * Sizes grow with the square root of the metric so areas stay comparable. Sigma's label grid also prefers the
 * larger node, so the metric sets label priority as well.
 */
export function computeSizes(graph: KnowledgeGraph, metric: SizeMetric): Map<string, number> {
  // 1. Raw metric
  const raw = new Map<string, number>();
  if (metric === 'sources') {
    graph.forEachNode((key, attributes) => raw.set(key, attributes.kind === 'entity' ? attributes.documents : 1));
  } else if (metric === 'pagerank') {
    const ranks = pagerank(graph, { getEdgeWeight: null });
    for (const key in ranks) raw.set(key, ranks[key] ?? 0);
  } else {
    graph.forEachNode((key) => raw.set(key, 0));
    graph.forEachEdge((_key, attributes, source, target) => {
      if (attributes.kind !== 'relation') return;
      raw.set(source, (raw.get(source) ?? 0) + 1);
      raw.set(target, (raw.get(target) ?? 0) + 1);
    });
  }
  // 2. Scale into SIZE_RANGE
  let max = 0;
  for (const value of raw.values()) max = Math.max(max, value);
  const sizes = new Map<string, number>();
  for (const [key, value] of raw) {
    sizes.set(key, SIZE_RANGE.min + (SIZE_RANGE.max - SIZE_RANGE.min) * (max > 0 ? Math.sqrt(value / max) : 0));
  }
  return sizes;
}
