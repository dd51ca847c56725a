/**
 * Sigma reducers: the only place where colours, sizes, labels, curvature and visibility are decided. They read
 * the display context (filters, hover, selection, theme) and never write into the graph.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { predicateColor, typeColor, type ThemeColors } from '../appearance/index.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';

/** What the reducers read; the explorer mutates it and asks sigma to refresh. */
export interface DisplayContext {
  sizes: Map<string, number>;
  curvatures: Map<string, number>;
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  hoveredNode: string | null;
  /** Neighbours and incident edges of the hovered node. */
  hoverNodes: Set<string>;
  hoverEdges: Set<string>;
  hoveredEdge: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Extremities of the selected edge. */
  selectedEdgeNodes: Set<string>;
  /** Edges of the selected node. */
  selectedNodeEdges: Set<string>;
  /** Whether the camera is zoomed in enough to label every edge. */
  zoomedIn: boolean;
  theme: ThemeColors;
  /** Nodes whose label is drawn (placed without overlap by ./labels.ts); the others draw none unless hovered or selected. */
  labelled: Set<string>;
  /** Edge colours when edges are coloured by outlet (null: by predicate). */
  edgeColors: Map<string, string> | null;
}

/**
 * Node display data: colour by type, size from the chosen metric, a label only where one was placed, faded when
 * another node is hovered. (Positions are the graph's x/y: sigma 3.0 reads them from the attributes, whatever a
 * reducer returns, so the map view moves places by writing x/y, see ../map/view.ts.)
 */
export function createNodeReducer(context: DisplayContext): (key: string, attributes: NodeAttributes) => Partial<NodeDisplayData> {
  return (key, attributes) => {
    const data: Partial<NodeDisplayData> = {
      x: attributes.x ?? 0,
      y: attributes.y ?? 0,
      label: attributes.label,
      size: context.sizes.get(key) ?? 4,
      color: typeColor(attributes.type),
      type: 'circle',
      hidden: context.hiddenNodes.has(key),
      forceLabel: context.labelled.has(key),
      zIndex: 1,
    };
    if (context.hoveredNode !== null) {
      if (key === context.hoveredNode || context.hoverNodes.has(key)) {
        data.zIndex = 2;
        data.forceLabel = true;
      } else {
        data.color = context.theme.faded;
        data.label = null;
        data.zIndex = 0;
      }
    }
    if (key === context.selectedNode || context.selectedEdgeNodes.has(key)) {
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 3;
      data.hidden = false;
    }
    return data;
  };
}

/** Edge display data: colour by predicate, arrows, curves for parallel relations, labels on hover. */
export function createEdgeReducer(context: DisplayContext): (key: string, attributes: EdgeAttributes) => Partial<EdgeDisplayData> {
  return (key, attributes) => {
    const hidden = context.hiddenEdges.has(key);
    if (attributes.kind !== 'relation') {
      return { hidden, color: context.theme.mentions, size: 0.5, type: 'line', zIndex: 0 };
    }
    const curvature = context.curvatures.get(key);
    const data: Partial<EdgeDisplayData> & { curvature?: number } = {
      hidden,
      color: context.edgeColors?.get(key) ?? predicateColor(attributes.predicate),
      size: 1 + Math.log2(Math.max(1, attributes.documents)),
      label: context.zoomedIn || context.selectedNodeEdges.has(key) ? attributes.predicate : null,
      type: curvature === undefined ? 'arrow' : 'curved',
      zIndex: 1,
    };
    if (curvature !== undefined) data.curvature = curvature;
    if (context.hoveredNode !== null) {
      if (context.hoverEdges.has(key)) {
        data.label = attributes.predicate;
        data.forceLabel = true;
        data.zIndex = 2;
      } else {
        data.color = context.theme.fadedEdge;
        data.label = null;
        data.zIndex = 0;
      }
    }
    if (context.selectedNodeEdges.has(key)) data.forceLabel = true;
    if (key === context.hoveredEdge || key === context.selectedEdge) {
      data.label = attributes.predicate;
      data.forceLabel = true;
      data.size = (data.size ?? 1) + 1.5;
      data.zIndex = 3;
      if (key === context.selectedEdge) data.hidden = false;
    }
    return data;
  };
}
