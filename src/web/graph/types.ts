/**
 * Types the explorer shares across its modules: the typed knowledge graph (re-exported from src/graph/types.ts)
 * and the serialized form that graph/graph.json holds (graphology's `export()` with a format version).
 */
import type { SerializedGraph } from 'graphology-types';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  RelationAttributes,
  EntityAttributes,
  DocumentAttributes,
  EventAttributes,
  EventWeaponLine,
  EventFigure,
  EvidenceRecord,
  SourceGroup,
} from '../../graph/types.ts';

export type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes, RelationAttributes, EntityAttributes, DocumentAttributes, EventAttributes, EventWeaponLine, EventFigure, EvidenceRecord, SourceGroup };

/** graph/graph.json: graphology's serialized graph; `attributes.formatVersion` carries the format version. */
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A graph loaded into the explorer, with the facts about where it came from. */
export interface LoadedGraph {
  graph: KnowledgeGraph;
  /** Short hash of the graph's content, the key of cached layout positions. */
  hash: string;
  /** Where it came from (URL or file name), shown in the UI. */
  source: string;
  /** True when every node had x/y in the input. */
  hasPositions: boolean;
}
