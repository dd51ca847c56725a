/** Types shared by the side panels. */
import type { KnowledgeGraph } from '../graph/types.ts';
import type { FilterState } from '../filters/types.ts';

/** What a panel needs from the explorer. */
export interface PanelContext {
  graph: KnowledgeGraph;
  filters: FilterState;
  selectNode(key: string): void;
  selectEdge(key: string): void;
  close(): void;
}
