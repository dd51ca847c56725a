/**
 * Public types of the query API: what `NewsGraph` methods take and return.
 * Results are plain objects (JSON-serialisable) so the CLI can print them as a table, JSON or CSV.
 */
import type { EntityType, EventKind, Predicate } from '../domain/index.ts';
import type { EvidenceRecord, FigureRule } from '../graph/types.ts';

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

/**
 * One group of an aggregate. For launched, intercepted and targeted the groups are built from the event nodes
 * (weapon lines, event dates, the places each event targeted); for requested and condemned from the relations'
 * evidence grouped by published date.
 */
export interface AggregateRow {
  /** Entity id, predicate name, or YYYY-MM ('undated' for an event or evidence without a date). */
  key: string;
  label: string;
  /** Sum of the stated numbers over distinct events; null when no report gives one (unknown, never 0). */
  count: number | null;
  /** Distinct events: real-world events (launched, intercepted, targeted), else (subject, predicate, object, published date). */
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

/** One article found by `NewsGraph.documents`. */
export interface DocumentInfo {
  /** Document id (without `doc:`). */
  id: string;
  title: string | null;
  /** Publication date as the article gave it; null when unknown. */
  published: string | null;
  /** Source URL; null when unknown. */
  source: string | null;
  byline: string | null;
}

/** Which page of a relation's evidence `NewsGraph.evidence` gives. */
export interface EvidencePageQuery {
  /** Sentences to skip (default 0). */
  offset?: number;
  /** Sentences on the page (default EVIDENCE_PAGE_DEFAULT, at most EVIDENCE_PAGE_LIMIT). */
  limit?: number;
}

/** One outlet among a relation's sources: its documents and the distinct figures its sentences state, ascending. */
export interface EvidenceOutlet {
  outlet: string;
  documents: number;
  counts: number[];
}

/**
 * One page of a relation's evidence, oldest first (undated sentences first, as the explorer's panel orders them),
 * with what the panel shows over the whole relation (documents, sentences, who reports it) and the articles of the
 * page's sentences, so the explorer needs one request per page.
 */
export interface EvidencePage {
  subject: EntityRef;
  predicate: Predicate;
  object: EntityRef;
  /** Distinct documents of the whole relation. */
  documents: number;
  /** Sentences of the whole relation. */
  total: number;
  offset: number;
  limit: number;
  /** Every outlet of the whole relation, most documents first, then by name. */
  outlets: EvidenceOutlet[];
  /** The page's sentences. */
  records: EvidenceRecord[];
  /** Title, date and link of the page's documents, each once, in the order of their first sentence. */
  articles: DocumentInfo[];
}

/** Filters of `NewsGraph.events`. Every field is optional; names may be any alias. */
export interface EventQuery {
  /** Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; undated events drop out when a bound is given. */
  from?: string;
  /** Latest event date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive. */
  to?: string;
  /** The side that fired. */
  attacker?: string;
  /** A weapon or a class: keeps the lines of that weapon and of the systems of that class. */
  weapon?: string;
  /** A place the event targeted. */
  place?: string;
  /** A claimant of the event's figures. */
  claimedBy?: string;
  kind?: EventKind;
}

/** The figures one claimant of one article gave for a weapon line. */
export interface EventFigureRow {
  document: string;
  /** Publication date of the article (not the event date). */
  published: string | null;
  claimedBy: EntityRef | null;
  /** The weapon as the article named it (a class folded into the line's system keeps its own name). */
  weapon: EntityRef;
  launched: number | null;
  intercepted: number | null;
}

/** One row of `NewsGraph.events`: one weapon line of one event (an event without lines has one row, `weapon` null). */
export interface EventRow {
  /** Key of the event node (`event:<date>/<attacker>/<n>`). */
  event: string;
  kind: EventKind;
  /** The event date (YYYY-MM-DD: the day of the attack, an overnight attack dated by its morning); null when unknown. */
  date: string | null;
  attacker: EntityRef | null;
  weapon: EntityRef | null;
  /** Reconciled numbers (see `rule`); null when no report gives one: unknown, never 0. */
  launched: number | null;
  intercepted: number | null;
  /** How the numbers were chosen: the official claimant's latest figure, or the largest stated figure. */
  launchedRule: FigureRule | null;
  interceptedRule: FigureRule | null;
  /** True when the reports state different numbers for this line. */
  conflict: boolean;
  targets: EntityRef[];
  claimants: EntityRef[];
  /** Number of reports (article events) merged into the event. */
  reports: number;
  documents: string[];
  /** Every figure stated for the line, with its article and claimant. */
  figures: EventFigureRow[];
}
