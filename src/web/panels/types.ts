/** Types shared by the side panels. */
import type { KnowledgeGraph } from '../graph/types.ts';
import type { FilterState } from '../filters/types.ts';

/** What a panel needs from the explorer. */
export interface PanelContext {
  graph: KnowledgeGraph;
  filters: FilterState;
  /** Outlet of every document, by document id (see filters' documentOutlets). */
  outlets: Map<string, string>;
  /** Extra sections of the entity panel (see NodePanelSection). */
  sections: readonly NodePanelSection[];
  selectNode(key: string): void;
  selectEdge(key: string): void;
  close(): void;
}

/**
 * An extra section of the entity panel, drawn after its relations: returns the element to append, or null when it
 * has nothing to say about this node. The events work adds "what hit this place" this way.
 */
export type NodePanelSection = (key: string, context: PanelContext) => HTMLElement | null;
