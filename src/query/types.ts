/**
 * Public types of the query API: what `NewsGraph` methods take and return.
 * Results are plain objects (JSON-serialisable) so the CLI can print them as a table, JSON or CSV.
 */
import type { EntityType, Predicate } from '../domain/index.ts';
import type { EvidenceRecord } from '../graph/types.ts';

/** An entity as the query API shows it. */
export interface EntityInfo {
  /** Node key in the graph (gazetteer id or `<type>:<slug>`). */
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  generic: boolean;
  wikidata: string | null;
  /** Number of distinct documents that mention it. */
  documents: number;
}

/** A short reference to an entity inside a result row. */
export interface EntityRef {
  id: string;
  label: string;
  type: EntityType;
}

/** A relation edge (subject, predicate, object) with every mention that supports it. */
export interface Relation {
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef;
  /** Number of distinct documents that state it (after any date filter). */
  documents: number;
  /** Earliest and latest publication date of its evidence (not the date of the attack; null when undated). */
  firstDate: string | null;
  lastDate: string | null;
  /**
   * Sum of the stated counts over distinct events: evidence is grouped by published date and the largest count of a
   * day is taken once, so two articles reporting the same night's attack are not added up. Null when no evidence
   * states a count.
   */
  count: number | null;
  evidence: EvidenceRecord[];
}

/** Filters of `NewsGraph.relations`. Every field is optional; names may be any alias. */
export interface RelationQuery {
  subject?: string;
  predicate?: Predicate;
  object?: string;
  /** Earliest published date (YYYY, YYYY-MM or YYYY-MM-DD of a real day), inclusive. */
  from?: string;
  /** Latest published date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; a range ending before `from` is a UsageError. */
  to?: string;
  /** Keep relations stated by at least this many distinct documents (in the date range). */
  minSources?: number;
}

/** Which edges `neighbors` follows from the entity. */
export type Direction = 'out' | 'in' | 'both';

/** Options of `NewsGraph.neighbors`. */
export interface NeighborOptions {
  predicate?: Predicate;
  direction?: Direction;
}

/** One neighbour of an entity and the relation that links them. */
export interface Neighbor {
  entity: EntityRef;
  /** 'out' when the queried entity is the subject, 'in' when it is the object. */
  direction: 'out' | 'in';
  relation: Relation;
}

/** A shortest path between two entities over relation edges (either direction). */
export interface Path {
  /** The entities along the path, from the first to the second argument. */
  entities: EntityRef[];
  /** The relation used for each step (`steps[i]` links `entities[i]` and `entities[i + 1]`). */
  steps: Relation[];
}

/** One dated event in an entity's timeline: a relation on one published date. */
export interface TimelineEntry {
  /** Published date (YYYY-MM-DD), or null for evidence without a date (listed last). */
  date: string | null;
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef;
  /** The largest count stated on that date, or null. */
  count: number | null;
  /** Documents that report it on that date. */
  documents: string[];
  /** One evidence sentence (from the first document). */
  text: string;
}

/** Grouping key of `NewsGraph.aggregate`. */
export type AggregateBy = 'weapon' | 'predicate' | 'place' | 'month' | 'subject';

/** Options of `NewsGraph.aggregate`. */
export interface AggregateOptions {
  by: AggregateBy;
  /**
   * Predicate filter. Defaults: 'launched' for by 'weapon', 'targeted' for by 'place', none otherwise
   * (adding launched and intercepted counts together would mean nothing).
   */
  predicate?: Predicate | 'any';
  subject?: string;
  object?: string;
  from?: string;
  to?: string;
  /** by 'weapon': include generic classes ("cruise missile", "drone"); default true. */
  generic?: boolean;
}

/** One group of an aggregate. */
export interface AggregateRow {
  /** Entity id, predicate name, or YYYY-MM ('undated' for evidence without a date). */
  key: string;
  label: string;
  /**
   * Sum of stated counts over distinct events; events without a stated count add nothing, and the count is null when
   * no event of the group states one (an unknown number is never shown as 0).
   */
  count: number | null;
  /** Distinct events: (subject, predicate, object, published date). */
  events: number;
  /** Distinct documents. */
  documents: number;
}

/** One entity found by `NewsGraph.search`. */
export interface SearchHit {
  id: string;
  label: string;
  type: EntityType;
  /** Number of distinct documents that mention it. */
  documents: number;
}
