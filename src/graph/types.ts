/**
 * Types of the corpus knowledge graph. The graph is named once (`KnowledgeGraph`) and never passed around untyped.
 * Node keys: entity ids (`ExtractedEntity.id`), `doc:<document id>` and `event:<date>/<attacker>/<n>`.
 * Edge keys: `rel|<subject>|<predicate>|<object>`, `mentions|<document key>|<entity>` and
 * `event|<event key>|<role>|<node>` (the event model's types are in ./event-types.ts).
 */
import type { MultiDirectedGraph } from 'graphology';
import type { EntityType, Predicate } from '../domain/index.ts';
import type { EventAttributes, EventRoleAttributes } from './event-types.ts';

export * from './event-types.ts';

/** Version of graph/graph.json; bump when the attribute shapes change. */
export const GRAPH_FORMAT_VERSION = 1;

/** An entity node, merged across documents. */
export interface EntityAttributes {
  kind: 'entity';
  label: string;
  type: EntityType;
  aliases: string[];
  /**
   * Names known for it that its articles did not use (the gazetteer's spellings), kept once here instead of on every
   * mention; part of `aliases`. Absent when there are none.
   */
  spellings?: string[];
  generic: boolean;
  wikidata: string | null;
  /** Number of distinct documents that mention it. */
  documents: number;
  /** Layout position, stored with the graph so a reload does not lay it out again. */
  x?: number;
  y?: number;
}

/** A document node. */
export interface DocumentAttributes {
  kind: 'document';
  label: string;
  type: 'Document';
  title: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
  x?: number;
  y?: number;
}

export type NodeAttributes = EntityAttributes | DocumentAttributes | EventAttributes;

/** One mention of a relation in one document. */
export interface EvidenceRecord {
  /** Document id (without the `doc:` prefix). */
  document: string;
  /** The evidence sentence. */
  text: string;
  start: number;
  end: number;
  published: string | null;
  count: number | null;
  addressee: string[] | null;
}

/** A relation edge keyed by (subject, predicate, object), aggregating every mention. */
export interface RelationAttributes {
  kind: 'relation';
  predicate: Predicate;
  evidence: EvidenceRecord[];
  /** Earliest and latest published date among the evidence (null when no evidence has a date). */
  firstDate: string | null;
  lastDate: string | null;
  /** Number of distinct documents that state it. */
  documents: number;
  /**
   * Only in a summary graph (`GraphAttributes.summary`, where `evidence` is empty): the documents that state it,
   * counted by publication day, outlet and claimants, so that the explorer's date, outlet and claimant filters count
   * sources as on the whole graph.
   */
  sources?: SourceGroup[];
}

/**
 * Documents of one relation that share a publication day, an outlet and the claimants of the figures they report
 * (a summary graph's stand-in for the evidence, whose documents each fall in exactly one group).
 */
export interface SourceGroup {
  /** Publication day (YYYY-MM-DD) of the documents; null when undated. */
  day: string | null;
  /** Host name of their source URL, as the explorer names outlets. */
  outlet: string;
  /** Claimants of the figures they report (event claimants; "(unattributed)" for the article's own), sorted. */
  claimants: string[];
  /** Number of documents. */
  documents: number;
}

/** A document -> entity edge. */
export interface MentionsAttributes {
  kind: 'mentions';
  /** The entity's label as this document's extraction gave it (set by `buildGraph`). */
  label?: string;
  /** Surface forms the document used for the entity, sorted (set by `buildGraph`). */
  aliases?: string[];
}

export type EdgeAttributes = RelationAttributes | MentionsAttributes | EventRoleAttributes;

/** Graph-level attributes. */
export interface GraphAttributes {
  formatVersion: number;
  /** Whether x/y positions come from a finished layout. */
  laidOut?: boolean;
  /**
   * A summary for the explorer (what `newsgraph serve` sends as /graph.json): entities, relation edges with their
   * sources counted in groups instead of their evidence, and event nodes without their reports; no documents. The
   * panels fetch evidence, documents and event reports from the server's API (src/graph/summary.ts).
   */
  summary?: boolean;
}

/** The corpus knowledge graph. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
