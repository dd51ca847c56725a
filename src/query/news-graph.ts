/**
 * `NewsGraph`: the typed query API over one built `KnowledgeGraph`.
 * Construction walks the graph once and precomputes every index a lookup needs (alias keys, relations by subject,
 * by object and by predicate, each list already sorted), so a lookup is a few Map reads and a filter: well under a
 * millisecond on a 10,000-article graph. The graph itself is never modified.
 */
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { PLACE_TYPES as PLACE_TYPE_LIST, PREDICATES, type EntityType, type Predicate } from '../domain/index.ts';
import type { EntityAttributes, EventAttributes, EvidenceRecord, KnowledgeGraph, RelationAttributes } from '../graph/types.ts';
import { NotFoundError, UsageError } from '../errors.ts';
import { closestNames, editDistance, type NameCandidate } from './normalize.ts';
import { lookupKey } from '../domain/names.ts';
import { eventsOf, inDateRange, sumEventCounts, type RelationEvent } from './events.ts';
import { checkDateRange } from './dates.ts';
import { EVENT_PREDICATES, EventIndex } from './event-index.ts';
import { outletOf, UNKNOWN_OUTLET } from '../graph/outlets.ts';
import type {
  AggregateOptions,
  AggregateRow,
  DocumentInfo,
  EntityInfo,
  EntityRef,
  EventQuery,
  EventRow,
  EvidenceOutlet,
  EvidencePage,
  EvidencePageQuery,
  Neighbor,
  NeighborOptions,
  Path,
  Relation,
  RelationQuery,
  SearchHit,
  TimelineEntry,
} from './types.ts';

/** How strongly a lookup key names an entity: lower wins when one key names several entities. */
const RANK_ID = 0;
const RANK_LABEL = 1;
const RANK_ALIAS = 2;
/** The last word of a multi-word person name ("Zelensky" for "Volodymyr Zelensky"). */
const RANK_SURNAME = 3;

/** Most document ids `documents()` takes per call. */
export const DOCUMENTS_LIMIT = 200;
/** Sentences on a page of `evidence()` when no limit is given, and the most one page may hold. */
export const EVIDENCE_PAGE_DEFAULT = 50;
export const EVIDENCE_PAGE_LIMIT = 500;

/** Types whose entities `aggregate({ by: 'place' })` groups by. */
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(PLACE_TYPE_LIST);

interface AliasHit {
  id: string;
  rank: number;
}

/** A relation edge with its precomputed full-range view and (lazily) its events. */
interface RelationRecord {
  relation: Relation;
  events: RelationEvent[] | null;
  /** Date-range index, built on the first dated query (see `rangeIndex`). */
  range: RangeIndex | null;
  /** Evidence in the panel's order and its outlets, built when `evidence()` first pages this relation. */
  pages: { sorted: EvidenceRecord[]; outlets: EvidenceOutlet[] } | null;
}

/**
 * Dated events and evidence of one relation in date order, with prefix sums, so a date-range view of the relation
 * is two binary searches and a slice. A document has one published date, so it belongs to exactly one event.
 */
interface RangeIndex {
  /** Dates of the dated events, ascending. */
  dates: string[];
  /** countSum[i] = sum of the counts of events [0, i); counted[i] = how many of them state a count. */
  countSum: number[];
  counted: number[];
  /** documentSum[i] = documents of events [0, i). */
  documentSum: number[];
  /** Dated evidence sorted by date, and its dates. */
  evidence: EvidenceRecord[];
  evidenceDates: string[];
}

/** Query object over one knowledge graph. Create it with `loadGraph(dir)` or `new NewsGraph(graph)`. */
export class NewsGraph {
  /** The underlying graph (read-only by convention). */
  readonly graph: KnowledgeGraph;
  private readonly entities = new Map<string, EntityInfo>();
  private readonly refs = new Map<string, EntityRef>();
  private readonly aliasIndex = new Map<string, AliasHit[]>();
  private readonly candidates: NameCandidate[] = [];
  private readonly all: RelationRecord[] = [];
  private readonly bySubject = new Map<string, RelationRecord[]>();
  private readonly byObject = new Map<string, RelationRecord[]>();
  private readonly byPredicate = new Map<Predicate, RelationRecord[]>();
  /** Aggregates computed, by their options (see `aggregate`). */
  private readonly aggregates = new Map<string, AggregateRow[]>();
  private projection: { graph: UndirectedGraph; best: Map<string, Relation> } | null = null;
  private sortedKeys: string[] | null = null;
  private eventIndex: EventIndex | null = null;

  constructor(graph: KnowledgeGraph) {
    this.graph = graph;
    // 1. Entities and the alias index.
    graph.forEachNode((key, attributes) => {
      if (attributes.kind !== 'entity') return;
      this.addEntity(key, attributes);
    });
    for (const hits of this.aliasIndex.values()) hits.sort((a, b) => this.compareHits(a, b));
    // 2. Relation records, indexed three ways.
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.kind !== 'relation') return;
      const subject = this.refs.get(source);
      const object = this.refs.get(target);
      if (!subject || !object) return;
      const record: RelationRecord = { relation: makeRelation(subject, attributes.predicate, object, attributes.evidence, attributes), events: null, range: null, pages: null };
      this.all.push(record);
      push(this.bySubject, source, record);
      push(this.byObject, target, record);
      push(this.byPredicate, attributes.predicate, record);
    });
    // 3. Every list sorted once, so unfiltered lookups need no sorting.
    this.all.sort(compareRecords);
    for (const map of [this.bySubject, this.byObject, this.byPredicate] as Map<unknown, RelationRecord[]>[]) {
      for (const list of map.values()) list.sort(compareRecords);
    }
  }

  /** Number of entities, relation edges and events. */
  get size(): { entities: number; relations: number; events: number } {
    return { entities: this.entities.size, relations: this.all.length, events: this.events_().size };
  }

  /**
   * The real-world events (merged across articles) matching every given filter: one row per event and weapon line,
   * by event date. `from`/`to` bound the event date (not the publication date); `attacker`, `weapon` (a weapon or a
   * class: "missile" keeps Kh-101 lines), `place` (a target) and `claimedBy` are names resolved like `entity()`. A
   * number no report gave is null.
   */
  events(query: EventQuery = {}): EventRow[] {
    // Real calendar dates only, and a range that is not reversed (as every other date filter).
    const { from, to } = checkDateRange(query.from, query.to, 'events');
    return this.events_().rows({ ...query, from, to });
  }

  /**
   * The entity that `nameOrAlias` names: its id, label, any alias or spelling variant (case, accents and
   * punctuation ignored), or a person's surname. Throws NotFoundError listing the closest names otherwise.
   */
  entity(nameOrAlias: string): EntityInfo {
    const id = this.resolve(nameOrAlias);
    return this.entities.get(id) as EntityInfo;
  }

  /** Entity id for a name or alias, as `entity()` resolves it. */
  resolve(nameOrAlias: string): string {
    if (typeof nameOrAlias !== 'string' || nameOrAlias.trim() === '') {
      throw new UsageError('entity: empty name; expected an entity name or alias');
    }
    if (this.entities.has(nameOrAlias)) return nameOrAlias;
    const key = lookupKey(nameOrAlias);
    const hits = this.aliasIndex.get(key);
    if (hits && hits.length > 0) return this.bestHit(hits, key);
    throw new NotFoundError(
      `entity: no entity named "${nameOrAlias}"; expected a name or alias in the graph`,
      closestNames(nameOrAlias, this.candidates),
    );
  }

  /**
   * Relation edges matching every given filter, most-reported first. `subject`/`object` are resolved like
   * `entity()`; `from`/`to` keep only evidence published in the range (documents, dates and counts are recomputed
   * over it); `minSources` keeps relations stated by at least that many documents.
   */
  relations(query: RelationQuery = {}): Relation[] {
    // 1. Validate and resolve.
    const predicate = checkPredicate(query.predicate, 'relations');
    const { from, to } = checkDateRange(query.from, query.to, 'relations');
    const minSources = checkMinSources(query.minSources);
    const subject = query.subject === undefined ? undefined : this.resolve(query.subject);
    const object = query.object === undefined ? undefined : this.resolve(query.object);
    // 2. Start from the narrowest precomputed list.
    let list: RelationRecord[];
    if (subject !== undefined) list = this.bySubject.get(subject) ?? [];
    else if (object !== undefined) list = this.byObject.get(object) ?? [];
    else if (predicate !== undefined) list = this.byPredicate.get(predicate) ?? [];
    else list = this.all;
    // 3. Filter; recompute a relation only when a date bound changes its evidence.
    const dated = from !== undefined || to !== undefined;
    const out: Relation[] = [];
    for (const record of list) {
      const relation = record.relation;
      if (predicate !== undefined && relation.predicate !== predicate) continue;
      if (subject !== undefined && relation.subject.id !== subject) continue;
      if (object !== undefined && relation.object.id !== object) continue;
      let result: Relation | null = relation;
      if (dated) result = this.inRange(record, from, to, minSources);
      if (result === null || result.documents < minSources) continue;
      out.push(result);
    }
    if (dated) out.sort(compareRelations);
    return out;
  }

  /** The entities linked to `entity` by a relation, with the relation; `direction` defaults to 'both'. */
  neighbors(entity: string, options: NeighborOptions = {}): Neighbor[] {
    const id = this.resolve(entity);
    const predicate = checkPredicate(options.predicate, 'neighbors');
    const direction = options.direction ?? 'both';
    if (direction !== 'out' && direction !== 'in' && direction !== 'both') {
      throw new UsageError(`neighbors: unknown direction "${String(direction)}"; expected out, in or both`);
    }
    const out: Neighbor[] = [];
    if (direction !== 'in') {
      for (const { relation } of this.bySubject.get(id) ?? []) {
        if (predicate === undefined || relation.predicate === predicate) out.push({ entity: relation.object, direction: 'out', relation });
      }
    }
    if (direction !== 'out') {
      for (const { relation } of this.byObject.get(id) ?? []) {
        if (predicate === undefined || relation.predicate === predicate) out.push({ entity: relation.subject, direction: 'in', relation });
      }
    }
    if (direction === 'both') out.sort((a, b) => compareRelations(a.relation, b.relation));
    return out;
  }

  /**
   * A shortest path between two entities over relation edges, followed in either direction
   * (documents are not stepping stones). Returns null when they are not connected.
   */
  shortestPath(a: string, b: string): Path | null {
    const source = this.resolve(a);
    const target = this.resolve(b);
    const { graph, best } = this.getProjection();
    if (!graph.hasNode(source) || !graph.hasNode(target)) return source === target ? { entities: [this.ref(source)], steps: [] } : null;
    const nodes = bidirectional(graph, source, target);
    if (!nodes) return null;
    const steps: Relation[] = [];
    for (let i = 0; i + 1 < nodes.length; i++) {
      steps.push(best.get(pairKey(nodes[i] as string, nodes[i + 1] as string)) as Relation);
    }
    return { entities: nodes.map((node) => this.ref(node)), steps };
  }

  /**
   * The entity's relations (as subject or object) as dated events, oldest first; undated evidence comes last.
   * One entry per relation and published date: several reports of one day are one entry.
   */
  timeline(entity: string): TimelineEntry[] {
    const id = this.resolve(entity);
    const out: TimelineEntry[] = [];
    const records = [...(this.bySubject.get(id) ?? []), ...(this.byObject.get(id) ?? [])];
    const seen = new Set<RelationRecord>();
    for (const record of records) {
      if (seen.has(record)) continue; // a self-loop is in both lists
      seen.add(record);
      const { subject, predicate, object } = record.relation;
      for (const event of this.eventsOfRecord(record)) {
        out.push({ date: event.date, subject, predicate, object, count: event.count, documents: event.documents, text: event.evidence[0]?.text ?? '' });
      }
    }
    out.sort(
      (x, y) =>
        compareDates(x.date, y.date) ||
        PREDICATES.indexOf(x.predicate) - PREDICATES.indexOf(y.predicate) ||
        x.subject.label.localeCompare(y.subject.label) ||
        x.object.label.localeCompare(y.object.label),
    );
    return out;
  }

  /**
   * Counts grouped by weapon, place, predicate, subject or month. Launches, interceptions and strikes are counted
   * from the event nodes (a month is the event date's); for the other predicates an event is one (subject,
   * predicate, object, published date): several articles reporting it on the same day count once, with the largest
   * stated number. A count no source gave is null, never 0.
   */
  aggregate(options: AggregateOptions): AggregateRow[] {
    // The graph does not change under its indexes: an aggregate asked again is a lookup (a year of news takes
    // seconds to walk once, and a dashboard asks the same few aggregates over and over). Errors are not kept.
    const key = JSON.stringify([options.by, options.predicate, options.subject, options.object, options.from, options.to, options.generic]);
    let rows = this.aggregates.get(key);
    if (!rows) {
      rows = this.computeAggregate(options);
      this.aggregates.set(key, rows);
    }
    return rows.map((row) => ({ ...row }));
  }

  /** `aggregate` computed from the indexes. */
  private computeAggregate(options: AggregateOptions): AggregateRow[] {
    // 1. Resolve options and defaults.
    const by = options.by;
    if (!['weapon', 'predicate', 'place', 'month', 'subject'].includes(by)) {
      throw new UsageError(`aggregate: unknown grouping "${String(by)}"; expected weapon, predicate, place, month or subject`);
    }
    const defaultPredicate: Predicate | undefined = by === 'weapon' ? 'launched' : by === 'place' ? 'targeted' : undefined;
    const predicate = options.predicate === 'any' ? undefined : (checkPredicate(options.predicate, 'aggregate') ?? defaultPredicate);
    const { from, to } = checkDateRange(options.from, options.to, 'aggregate');
    const subject = options.subject === undefined ? undefined : this.resolve(options.subject);
    const object = options.object === undefined ? undefined : this.resolve(options.object);
    const generic = options.generic ?? true;
    // 2. Launches, interceptions and strikes come from the event nodes: a place is credited only with the weapons of
    //    the events that targeted it, and a night reported by many articles counts once.
    const eventRows: AggregateRow[] = [];
    const eventPredicates = predicate === undefined ? (by === 'predicate' ? [...EVENT_PREDICATES] : []) : EVENT_PREDICATES.has(predicate) ? [predicate] : [];
    for (const p of eventPredicates) {
      const isGeneric = (key: string): boolean => this.entities.get(key)?.generic ?? false;
      eventRows.push(...this.events_().aggregate(by, p, { subject: options.subject, object: options.object, from, to, generic, isGeneric }));
    }
    if (predicate !== undefined && EVENT_PREDICATES.has(predicate)) return sortAggregate(eventRows, by);
    // 3. Other predicates: the events of every matching relation (its evidence by published date) into groups.
    const groups = new Map<string, { label: string; count: number | null; events: number; documents: Set<string> }>();
    const list = subject !== undefined ? (this.bySubject.get(subject) ?? []) : predicate !== undefined ? (this.byPredicate.get(predicate) ?? []) : this.all;
    for (const record of list) {
      const relation = record.relation;
      if (predicate !== undefined && relation.predicate !== predicate) continue;
      // With no predicate given, launches, interceptions and strikes were counted from events above.
      if (predicate === undefined && by === 'predicate' && EVENT_PREDICATES.has(relation.predicate)) continue;
      if (subject !== undefined && relation.subject.id !== subject) continue;
      if (object !== undefined && relation.object.id !== object) continue;
      let entityKey: EntityRef | null = null;
      if (by === 'weapon') {
        if (relation.object.type !== 'WeaponSystem') continue;
        if (!generic && this.entities.get(relation.object.id)?.generic) continue;
        entityKey = relation.object;
      } else if (by === 'place') {
        if (!PLACE_TYPES.has(relation.object.type)) continue;
        entityKey = relation.object;
      } else if (by === 'subject') {
        entityKey = relation.subject;
      }
      for (const event of this.eventsOfRecord(record)) {
        if (!inDateRange(event.date, from, to)) continue;
        let key: string;
        let label: string;
        if (entityKey) [key, label] = [entityKey.id, entityKey.label];
        else if (by === 'predicate') [key, label] = [relation.predicate, relation.predicate];
        else [key, label] = event.date ? [event.date.slice(0, 7), event.date.slice(0, 7)] : ['undated', 'undated'];
        let group = groups.get(key);
        if (!group) {
          group = { label, count: null, events: 0, documents: new Set() };
          groups.set(key, group);
        }
        // A count no source gave stays unknown: it never adds a silent 0.
        if (event.count !== null) group.count = (group.count ?? 0) + event.count;
        group.events += 1;
        for (const document of event.documents) group.documents.add(document);
      }
    }
    // 4. Rows: months in calendar order, everything else largest first.
    const rows: AggregateRow[] = [...groups].map(([key, g]) => ({ key, label: g.label, count: g.count, events: g.events, documents: g.documents.size }));
    return sortAggregate([...eventRows, ...rows], by);
  }

  /**
   * Entities whose label or alias starts with `prefix` (compared as `entity()` compares names), the best first:
   * exact names, then entities in more documents. For autocomplete.
   */
  search(prefix: string, limit = 10): SearchHit[] {
    if (typeof prefix !== 'string' || prefix.trim() === '') throw new UsageError('search: empty text; expected the start of a name');
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`search: bad limit ${String(limit)}; expected a whole number >= 1`);
    const key = lookupKey(prefix);
    const keys = (this.sortedKeys ??= [...this.aliasIndex.keys()].sort());
    const scores = new Map<string, number>();
    for (let i = lowerBound(keys, (k) => k >= key); i < keys.length && (keys[i] as string).startsWith(key); i++) {
      for (const hit of this.aliasIndex.get(keys[i] as string) ?? []) {
        const score = (keys[i] === key ? 0 : 1) * 10 + hit.rank;
        if (score < (scores.get(hit.id) ?? Number.POSITIVE_INFINITY)) scores.set(hit.id, score);
      }
    }
    return [...scores]
      .map(([id, score]) => ({ score, info: this.entities.get(id) as EntityInfo }))
      .sort((a, b) => a.score - b.score || b.info.documents - a.info.documents || a.info.label.localeCompare(b.info.label))
      .slice(0, limit)
      .map(({ info }) => ({ id: info.id, label: info.label, type: info.type, documents: info.documents }));
  }

  /**
   * The articles with these document ids (without `doc:`), in the order asked, each once; ids the graph does not
   * hold are left out. At most DOCUMENTS_LIMIT ids per call. For the explorer's panels over a summary graph.
   */
  documents(ids: readonly string[]): DocumentInfo[] {
    if (ids.length > DOCUMENTS_LIMIT) throw new UsageError(`documents: ${ids.length} ids; expected at most ${DOCUMENTS_LIMIT} per call`);
    const out: DocumentInfo[] = [];
    for (const id of new Set(ids)) {
      const key = `doc:${id}`;
      if (!this.graph.hasNode(key)) continue;
      const attributes = this.graph.getNodeAttributes(key);
      if (attributes.kind !== 'document') continue;
      out.push({ id, title: attributes.title, published: attributes.published, source: attributes.source, byline: attributes.byline });
    }
    return out;
  }

  /**
   * One page of the evidence of relation `subject -predicate-> object` (names resolved like `entity()`), oldest first
   * (undated sentences first; sentences of one date keep the graph's order), with the relation's documents, sentence
   * total and outlets, and the articles of the page's sentences: what the explorer's edge panel shows over a summary
   * graph, one request per page. Throws NotFoundError when no such relation exists, UsageError for a bad page.
   */
  evidence(subject: string, predicate: Predicate, object: string, page: EvidencePageQuery = {}): EvidencePage {
    const checked = checkPredicate(predicate, 'evidence');
    if (checked === undefined) throw new UsageError(`evidence: missing predicate; expected one of ${PREDICATES.join(', ')}`);
    const offset = checkPageNumber(page.offset ?? 0, 'offset', 0, Number.MAX_SAFE_INTEGER);
    const limit = checkPageNumber(page.limit ?? EVIDENCE_PAGE_DEFAULT, 'limit', 1, EVIDENCE_PAGE_LIMIT);
    const subjectId = this.resolve(subject);
    const objectId = this.resolve(object);
    const record = (this.bySubject.get(subjectId) ?? []).find((r) => r.relation.predicate === checked && r.relation.object.id === objectId);
    if (!record) {
      throw new NotFoundError(`evidence: no relation ${subjectId} ${checked} ${objectId}; expected a relation edge of the graph (see relations())`, []);
    }
    record.pages ??= this.evidenceOrder(record.relation.evidence);
    const records = record.pages.sorted.slice(offset, offset + limit);
    const relation = record.relation;
    return {
      subject: relation.subject,
      predicate: relation.predicate,
      object: relation.object,
      documents: relation.documents,
      total: record.pages.sorted.length,
      offset,
      limit,
      outlets: record.pages.outlets,
      records,
      articles: this.documents([...new Set(records.map((r) => r.document))].filter((id) => id !== '')),
    };
  }

  /**
   * The event node `key` (`event:<date>/<attacker>/<n>`, as `events()` rows name it) with every report, figure and
   * evidence span. Throws NotFoundError for a key that names no event.
   */
  event(key: string): EventAttributes {
    if (typeof key !== 'string' || key.trim() === '') throw new UsageError('event: empty key; expected an event key such as event:2024-01-02/russia/1');
    const attributes = this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : null;
    if (attributes?.kind !== 'event') throw new NotFoundError(`event: no event "${key}"; expected the key of an event row (newsgraph events --format json)`);
    return attributes;
  }

  // ---- internals ----

  /** A relation's evidence in the explorer panel's order (stable by publication date) and its outlets. */
  private evidenceOrder(evidence: readonly EvidenceRecord[]): { sorted: EvidenceRecord[]; outlets: EvidenceOutlet[] } {
    const sorted = [...evidence].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
    const byOutlet = new Map<string, { documents: Set<string>; counts: Set<number> }>();
    for (const record of sorted) {
      const key = `doc:${record.document}`;
      const attributes = record.document && this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : null;
      const outlet = attributes?.kind === 'document' ? outletOf(attributes) : UNKNOWN_OUTLET;
      const entry = byOutlet.get(outlet) ?? { documents: new Set<string>(), counts: new Set<number>() };
      entry.documents.add(record.document);
      if (record.count !== null) entry.counts.add(record.count);
      byOutlet.set(outlet, entry);
    }
    const outlets = [...byOutlet]
      .map(([outlet, { documents, counts }]) => ({ outlet, documents: documents.size, counts: [...counts].sort((a, b) => a - b) }))
      .sort((a, b) => b.documents - a.documents || a.outlet.localeCompare(b.outlet));
    return { sorted, outlets };
  }

  /** The event index, built on first use. */
  private events_(): EventIndex {
    this.eventIndex ??= new EventIndex(this.graph, { resolve: (name) => this.resolve(name), ref: (key) => this.ref(key) });
    return this.eventIndex;
  }

  private addEntity(id: string, attributes: EntityAttributes): void {
    const info: EntityInfo = {
      id,
      label: attributes.label,
      type: attributes.type,
      aliases: attributes.aliases,
      generic: attributes.generic,
      wikidata: attributes.wikidata,
      documents: attributes.documents,
    };
    this.entities.set(id, info);
    this.refs.set(id, { id, label: attributes.label, type: attributes.type });
    this.addKey(lookupKey(id), id, RANK_ID);
    this.addKey(lookupKey(attributes.label), id, RANK_LABEL);
    this.candidates.push({ name: attributes.label, key: lookupKey(attributes.label) });
    for (const alias of attributes.aliases) {
      const key = lookupKey(alias);
      this.addKey(key, id, RANK_ALIAS);
      this.candidates.push({ name: attributes.label, key });
    }
    if (attributes.wikidata) this.addKey(lookupKey(attributes.wikidata), id, RANK_ID);
    if (attributes.type === 'Person') {
      for (const name of [attributes.label, ...attributes.aliases]) {
        const words = name.trim().split(/\s+/);
        if (words.length > 1) this.addKey(lookupKey(words[words.length - 1] as string), id, RANK_SURNAME);
      }
    }
  }

  private addKey(key: string, id: string, rank: number): void {
    if (!key) return;
    const hits = this.aliasIndex.get(key);
    if (!hits) {
      this.aliasIndex.set(key, [{ id, rank }]);
      return;
    }
    const existing = hits.find((hit) => hit.id === id);
    if (existing) existing.rank = Math.min(existing.rank, rank);
    else hits.push({ id, rank });
  }

  /**
   * The best of the entities a key names: lowest rank; among equal ranks, the label closest to the key
   * ("Kiev" is an alias of Kyiv and, as the capital standing for the state, of Ukraine: Kyiv wins);
   * then the entity in more documents (the precomputed order).
   */
  private bestHit(hits: AliasHit[], key: string): string {
    const first = hits[0] as AliasHit;
    if (hits.length === 1 || (hits[1] as AliasHit).rank > first.rank) return first.id;
    let best = first;
    let bestDistance = editDistance(key, lookupKey(this.entities.get(first.id)?.label ?? ''));
    for (let i = 1; i < hits.length && (hits[i] as AliasHit).rank === first.rank; i++) {
      const hit = hits[i] as AliasHit;
      const distance = editDistance(key, lookupKey(this.entities.get(hit.id)?.label ?? ''), bestDistance);
      if (distance < bestDistance) [best, bestDistance] = [hit, distance];
    }
    return best.id;
  }

  private compareHits(a: AliasHit, b: AliasHit): number {
    const da = this.entities.get(a.id)?.documents ?? 0;
    const db = this.entities.get(b.id)?.documents ?? 0;
    return a.rank - b.rank || db - da || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }

  private ref(id: string): EntityRef {
    return this.refs.get(id) as EntityRef;
  }

  /**
   * The relation restricted to evidence published in [from, to] (null when none is, or when fewer than
   * `minSources` documents remain), from the record's date-range index.
   */
  private inRange(record: RelationRecord, from: string | undefined, to: string | undefined, minSources: number): Relation | null {
    const index = (record.range ??= buildRangeIndex(this.eventsOfRecord(record), record.relation.evidence));
    const lo = from === undefined ? 0 : lowerBound(index.dates, (date) => date >= from);
    const hi = to === undefined ? index.dates.length : lowerBound(index.dates, (date) => date.slice(0, to.length) > to);
    if (hi <= lo) return null;
    const documents = (index.documentSum[hi] as number) - (index.documentSum[lo] as number);
    if (documents < minSources) return null;
    const counted = (index.counted[hi] as number) - (index.counted[lo] as number);
    const eLo = from === undefined ? 0 : lowerBound(index.evidenceDates, (date) => date >= from);
    const eHi = to === undefined ? index.evidenceDates.length : lowerBound(index.evidenceDates, (date) => date.slice(0, to.length) > to);
    const { subject, predicate, object } = record.relation;
    return {
      subject,
      predicate,
      object,
      documents,
      firstDate: index.dates[lo] as string,
      lastDate: index.dates[hi - 1] as string,
      count: counted > 0 ? (index.countSum[hi] as number) - (index.countSum[lo] as number) : null,
      evidence: index.evidence.slice(eLo, eHi),
    };
  }

  private eventsOfRecord(record: RelationRecord): RelationEvent[] {
    if (!record.events) record.events = eventsOf(record.relation.evidence);
    return record.events;
  }

  private getProjection(): { graph: UndirectedGraph; best: Map<string, Relation> } {
    if (this.projection) return this.projection;
    const graph = new UndirectedGraph();
    const best = new Map<string, Relation>();
    for (const { relation } of this.all) {
      const a = relation.subject.id;
      const b = relation.object.id;
      if (a === b) continue;
      graph.mergeNode(a);
      graph.mergeNode(b);
      const key = pairKey(a, b);
      const current = best.get(key);
      // `all` is sorted most-reported first, so the first relation seen for a pair is the best one.
      if (!current) {
        best.set(key, relation);
        graph.addEdge(a, b);
      }
    }
    this.projection = { graph, best };
    return this.projection;
  }
}

function makeRelation(
  subject: EntityRef,
  predicate: Predicate,
  object: EntityRef,
  evidence: RelationAttributes['evidence'],
  precomputed: RelationAttributes | null,
): Relation {
  const events = eventsOf(evidence);
  let firstDate: string | null;
  let lastDate: string | null;
  let documents: number;
  if (precomputed) {
    ({ firstDate, lastDate, documents } = precomputed);
  } else {
    const docs = new Set<string>();
    firstDate = null;
    lastDate = null;
    for (const record of evidence) {
      docs.add(record.document);
      if (record.published !== null) {
        if (firstDate === null || record.published < firstDate) firstDate = record.published;
        if (lastDate === null || record.published > lastDate) lastDate = record.published;
      }
    }
    documents = docs.size;
  }
  return { subject, predicate, object, documents, firstDate, lastDate, count: sumEventCounts(events), evidence };
}

function buildRangeIndex(events: readonly RelationEvent[], evidence: readonly EvidenceRecord[]): RangeIndex {
  const index: RangeIndex = { dates: [], countSum: [0], counted: [0], documentSum: [0], evidence: [], evidenceDates: [] };
  for (const event of events) {
    if (event.date === null) continue; // undated events sort last and never fall in a date range
    const i = index.dates.length;
    index.dates.push(event.date);
    index.countSum.push((index.countSum[i] as number) + (event.count ?? 0));
    index.counted.push((index.counted[i] as number) + (event.count === null ? 0 : 1));
    index.documentSum.push((index.documentSum[i] as number) + event.documents.length);
  }
  index.evidence = evidence.filter((e) => e.published !== null).sort((a, b) => ((a.published as string) < (b.published as string) ? -1 : (a.published as string) > (b.published as string) ? 1 : 0));
  index.evidenceDates = index.evidence.map((e) => e.published as string);
  return index;
}

/** First index in the sorted `values` where `test` holds (`test` must be false then true along the array). */
function lowerBound(values: readonly string[], test: (value: string) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(values[mid] as string)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareRelations(a: Relation, b: Relation): number {
  return (
    b.documents - a.documents ||
    PREDICATES.indexOf(a.predicate) - PREDICATES.indexOf(b.predicate) ||
    a.subject.label.localeCompare(b.subject.label) ||
    a.object.label.localeCompare(b.object.label)
  );
}

/** Aggregate rows: months in calendar order (undated last), everything else largest count first (unknown last). */
function sortAggregate(rows: AggregateRow[], by: string): AggregateRow[] {
  if (by === 'month') return rows.sort((a, b) => (a.key === 'undated' ? 1 : b.key === 'undated' ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return rows.sort((a, b) => (b.count ?? -1) - (a.count ?? -1) || b.events - a.events || a.label.localeCompare(b.label));
}

function compareRecords(a: RelationRecord, b: RelationRecord): number {
  return compareRelations(a.relation, b.relation);
}

function checkPredicate(predicate: string | undefined, where: string): Predicate | undefined {
  if (predicate === undefined) return undefined;
  if (!(PREDICATES as readonly string[]).includes(predicate)) {
    throw new UsageError(`${where}: unknown predicate "${predicate}"; expected one of ${PREDICATES.join(', ')}`);
  }
  return predicate as Predicate;
}

/** A page offset or limit: a whole number in [min, max]; UsageError otherwise. */
function checkPageNumber(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`evidence: bad ${name} ${String(value)}; expected a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`);
  }
  return value;
}

function checkMinSources(minSources: number | undefined): number {
  if (minSources === undefined) return 0;
  if (!Number.isInteger(minSources) || minSources < 0) {
    throw new UsageError(`relations: bad minSources ${String(minSources)}; expected a whole number >= 0`);
  }
  return minSources;
}
