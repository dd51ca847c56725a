/**
 * Builds the corpus knowledge graph from per-document extractions (`DocumentExtraction`, the output of
 * `newsgraph extract`). Entities are merged across documents by extraction id (gazetteer id), Wikidata QID,
 * else normalised name and type (a person's full name also with romanisation variants folded); a person named by a
 * surname alone merges into the one full-name person of the corpus with that surname; relation edges `rel|s|p|o`
 * aggregate every evidence; documents link to their entities with `mentions|doc:<id>|<entity>` edges; the events of
 * every document merge into event nodes (./events.ts). Re-adding a document replaces its contributions.
 * Aggregates (labels, aliases, counts, evidence order, dates) are derived in a canonical order, so the same input
 * gives the same graph whatever order the documents came in. Browser-safe: no node: imports.
 */
import { MultiDirectedGraph } from 'graphology';
import { z } from 'zod';
import { parseWith } from '../util/schema.ts';
import { ENTITY_TYPES, EVENT_KINDS, PREDICATES, type Predicate } from '../domain/index.ts';
import type { DocumentExtraction, ExtractedEntity, ExtractedEvent, ExtractedRelation, WeaponLine } from '../extract/types.ts';
import { extractedEvent } from '../extract/contract.ts';
import {
  GRAPH_FORMAT_VERSION,
  type EdgeAttributes,
  type EntityAttributes,
  type EventReport,
  type EvidenceRecord,
  type KnowledgeGraph,
  type MentionsAttributes,
  type RelationAttributes,
} from './types.ts';
import { compareStrings, flatString, sortedUnique, wellFormed } from './text.ts';
import { unreadDaysOf } from './relation-days.ts';
import { namedByUnreadEvent } from './event-days.ts';
import { mergeKey, surnameOf, variantName } from '../domain/names.ts';
import { NO_EVENT_KNOWLEDGE, detachEvents, eventGroup, eventsOfDocument, rebuildGroups, refreshEventLabels, reportOf, type EventKnowledge } from './events.ts';

/** Options of `buildGraph` / `addExtractions`. */
export interface BuildOptions {
  /** Called after each document is added (progress bars). */
  onDocument?: (documentId: string, index: number, total: number) => void;
  /**
   * Facts about weapons and sides that the merge of events reads (./knowledge.ts: `projectEventKnowledge()` from the
   * gazetteer). Without it, class lines are not folded into systems and no claimant is official.
   */
  knowledge?: EventKnowledge;
}

/** Defaults of `BuildOptions`. */
export const DEFAULT_BUILD_OPTIONS: BuildOptions = {};

/** What adding documents did, for the CLI summary line. */
export interface AddReport {
  documents: number;
  /** Documents that were already in the graph and were replaced. */
  replaced: number;
  /** Relations dropped because they named an entity id the document does not define. */
  skippedRelations: number;
}

/** Key of a document node. */
export function documentKey(documentId: string): string {
  return flatString(`doc:${documentId}`);
}

/** Key of a relation edge. */
export function relationKey(subject: string, predicate: Predicate, object: string): string {
  return flatString(`rel|${subject}|${predicate}|${object}`);
}

/** Key of a mentions edge. */
export function mentionsKey(documentId: string, entity: string): string {
  return flatString(`mentions|doc:${documentId}|${entity}`);
}

/** A new, empty knowledge graph with the format version set. */
export function createGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ formatVersion: GRAPH_FORMAT_VERSION });
  const tallies = mentionTallies();
  tallies.attach(graph);
  return graph;
}

// ---------------------------------------------------------------------------------------------------------------
// Mention tallies: an entity's label, aliases and document count are aggregates of its mentions edges. Kept as
// counts per entity (how many mentions give each label and each name), so that adding or removing a document
// changes them by its own mentions, instead of walking every mentions edge of every entity it names (Russia's, from
// nearly every article) at each update.

/** The counts an entity's aggregates are derived from (see `refreshEntity`). */
interface Tally {
  /** Label -> mentions edges that give it. */
  labels: Map<string, number>;
  /** Name (a mention's label or one of its aliases) -> mentions edges that give it. */
  names: Map<string, number>;
  /** Mentions edges (one per document). */
  documents: number;
}

/**
 * The tallies of a graph's entities. An entity with a tally has it in step with its mentions edges; one without is
 * counted by walking its mentions when refreshed (and has a tally from then on). Dropped whole when the graph's
 * node or edge count is not the one this module left (the graph was changed by other means in between).
 */
interface TallyIndex {
  order: number;
  size: number;
  byEntity: Map<string, Tally>;
}

const tallyIndexes = new WeakMap<KnowledgeGraph, TallyIndex>();

function emptyTally(): Tally {
  return { labels: new Map(), names: new Map(), documents: 0 };
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
}

/** Adds (`by` = 1) or subtracts (`by` = -1) one mentions edge's contribution to a tally. */
function countMention(tally: Tally, attributes: MentionsAttributes, by: 1 | -1): void {
  tally.documents += by;
  const names = new Set(attributes.aliases ?? []);
  if (attributes.label !== undefined) {
    bump(tally.labels, attributes.label, by);
    names.add(attributes.label);
  }
  for (const name of names) bump(tally.names, name, by);
}

/** Tallies gathered while a graph is read (graph.json's reader notes each entity and mentions edge as it adds it). */
export interface MentionTallies {
  /** An entity node was added (it starts with no mentions). */
  entity(key: string): void;
  /** A mentions edge to `entity` was added. */
  mention(entity: string, attributes: MentionsAttributes): void;
  /** Gives the tallies to `graph`, in step with it as it is now (call once every node and edge is added). */
  attach(graph: KnowledgeGraph): void;
}

/** A collector of mention tallies (see `MentionTallies`). */
export function mentionTallies(): MentionTallies {
  const byEntity = new Map<string, Tally>();
  return {
    entity(key) {
      if (!byEntity.has(key)) byEntity.set(key, emptyTally());
    },
    mention(entity, attributes) {
      let tally = byEntity.get(entity);
      if (!tally) byEntity.set(entity, (tally = emptyTally()));
      countMention(tally, attributes, 1);
    },
    attach(graph) {
      tallyIndexes.set(graph, { order: graph.order, size: graph.size, byEntity });
    },
  };
}

/** An entity's tally as stored beside graph.json (json/tallies.json): documents, then labels and names with counts. */
export type TallyRecord = [documents: number, labels: [string, number][], names: [string, number][]];

/**
 * Every entity's tally, for the file kept beside graph.json's parts so that an update which reads only some
 * documents' mentions (./read.ts `readGraphJsonForUpdate`) can still change the aggregates by difference. A whole
 * graph is counted from its mentions edges (one pass: never trusting an index that may be out of step); a graph read
 * in part gives the tallies it was given and changed since (all of them: one missing is an error).
 */
export function entityTallies(graph: KnowledgeGraph): Map<string, TallyRecord> {
  const out = new Map<string, TallyRecord>();
  const record = (tally: Tally): TallyRecord => [tally.documents, [...tally.labels].sort(byFirst), [...tally.names].sort(byFirst)];
  if (partialGraphs.has(graph)) {
    graph.forEachNode((key, attributes) => {
      if (attributes.kind !== 'entity') return;
      const tally = tallyOf(graph, key);
      if (!tally) throw new NeedsWholeGraph(`entity ${key} has no mention tally`);
      out.set(key, record(tally));
    });
    return out;
  }
  const counted = new Map<string, Tally>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'entity') counted.set(key, emptyTally());
  });
  graph.forEachEdge((_edge, attributes, _source, target) => {
    if (attributes.kind === 'mentions') {
      const tally = counted.get(target);
      if (tally) countMention(tally, attributes, 1);
    }
  });
  for (const [key, tally] of counted) out.set(key, record(tally));
  return out;
}

function byFirst(a: [string, number], b: [string, number]): number {
  return compareStrings(a[0], b[0]);
}

/** Gives `graph` the tallies of `records` (read from json/tallies.json), in step with it as it is now. */
export function attachEntityTallies(graph: KnowledgeGraph, records: ReadonlyMap<string, TallyRecord>): void {
  const byEntity = new Map<string, Tally>();
  for (const [key, [documents, labels, names]] of records) byEntity.set(key, { documents, labels: new Map(labels), names: new Map(names) });
  tallyIndexes.set(graph, { order: graph.order, size: graph.size, byEntity });
}

// ---------------------------------------------------------------------------------------------------------------
// Graphs read in part: `build --update` reads every node and every edge but the mentions edges of the documents it
// does not touch (./read.ts `readGraphJsonForUpdate`). What the builders would need those edges for (a surname merge
// moves an entity's mentions; an entity without a tally is counted from them) stops the update with
// `NeedsWholeGraph`, and the caller reads the whole graph and adds the batch again.

/** Thrown when a graph read in part cannot take a change: the caller reads the whole graph and starts again. */
export class NeedsWholeGraph extends Error {
  constructor(why: string) {
    super(`the update needs the whole graph: ${why}`);
  }
}

/** A run of mentions lines left unread (one graph.json part): its name, first and last line keys and documents. */
export interface SkippedPart {
  name: string;
  first: string;
  last: string;
  owners: string[];
}

/** What a graph read in part left out. */
export interface PartialRead {
  /** The generation folder it was read from (absolute): its parts are linked, never read, by the writer. */
  generation: string;
  /** The parts of mentions lines not read, in graph.json's order. */
  skipped: SkippedPart[];
  /** Their documents. */
  skippedDocuments: Set<string>;
}

const partialGraphs = new WeakMap<KnowledgeGraph, PartialRead>();

/** Marks `graph` as read in part (see `PartialRead`). */
export function markPartial(graph: KnowledgeGraph, read: PartialRead): void {
  partialGraphs.set(graph, read);
}

/** What `graph` left out when it was read, or undefined for a whole graph. */
export function partialRead(graph: KnowledgeGraph): PartialRead | undefined {
  return partialGraphs.get(graph);
}

/** The tally of an entity, if one is kept. */
function tallyOf(graph: KnowledgeGraph, key: string): Tally | undefined {
  return tallyIndexes.get(graph)?.byEntity.get(key);
}

/**
 * At the start of a batch: forgets the tallies when the graph changed behind this module's back, and starts an empty
 * index for a graph without one (its entities are counted from their mentions once, when first refreshed).
 */
function checkTallies(graph: KnowledgeGraph): void {
  const index = tallyIndexes.get(graph);
  if (index && index.order === graph.order && index.size === graph.size) return;
  tallyIndexes.set(graph, { order: graph.order, size: graph.size, byEntity: new Map() });
}

/** At the end of a batch: the counts the tallies are in step with. */
function syncTallies(graph: KnowledgeGraph): void {
  const index = tallyIndexes.get(graph);
  if (!index) return;
  index.order = graph.order;
  index.size = graph.size;
}

// ---------------------------------------------------------------------------------------------------------------
// Entity index: how an incoming entity finds the node it merges into.

interface EntityIndex {
  /** graph.order when the index was last in sync. */
  order: number;
  byId: Map<string, string>;
  byQid: Map<string, string>;
  byName: Map<string, string>;
  /** Full names of persons with romanisation variants folded (`variantName`): "Andrei Vorobyev" = "Andrey Vorobyov". */
  byVariant: Map<string, string>;
}

const indexes = new WeakMap<KnowledgeGraph, EntityIndex>();

function registerNode(index: EntityIndex, key: string, attributes: EntityAttributes): void {
  if (!index.byId.has(key)) index.byId.set(key, key);
  if (attributes.wikidata && !index.byQid.has(attributes.wikidata)) index.byQid.set(attributes.wikidata, key);
  const name = mergeKey(attributes.type, attributes.label);
  if (!index.byName.has(name)) index.byName.set(name, key);
  if (attributes.type === 'Person') {
    const variant = variantName(attributes.label);
    if (variant.includes(' ') && !index.byVariant.has(variant)) index.byVariant.set(variant, key);
  }
}

/** The index of `graph`, rebuilt when the graph changed behind this module's back (e.g. after import). */
function indexOf(graph: KnowledgeGraph): EntityIndex {
  const cached = indexes.get(graph);
  if (cached && cached.order === graph.order) return cached;
  const index: EntityIndex = { order: graph.order, byId: new Map(), byQid: new Map(), byName: new Map(), byVariant: new Map() };
  const keys: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'entity') keys.push(key);
  });
  keys.sort(compareStrings);
  for (const key of keys) registerNode(index, key, graph.getNodeAttributes(key) as EntityAttributes);
  indexes.set(graph, index);
  return index;
}

function resolveEntity(index: EntityIndex, entity: ExtractedEntity): string | undefined {
  return (
    index.byId.get(entity.id) ??
    (entity.wikidata ? index.byQid.get(entity.wikidata) : undefined) ??
    index.byName.get(mergeKey(entity.type, entity.label)) ??
    (entity.type === 'Person' ? index.byVariant.get(variantName(entity.label)) : undefined)
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Input checking: extractions come from files, so they are checked and cleaned (with the schema below) before they
// touch the graph.

/** Strings become labels, literals and IRIs: well-formed (lone surrogates replaced). */
const text = z.string().transform(wellFormed);
/** Ids become node keys and IRIs: well-formed and NFC, so that distinct ids always give distinct IRIs. */
const id = z.string().transform((value) => wellFormed(value).normalize('NFC'));
const nullableText = text.nullish().transform((value) => value ?? null);
const offset = z.number().int().nonnegative();

const entitySchema = z
  .object({
    id: id.refine((value) => value !== '', 'is empty'),
    label: text,
    type: z.enum(ENTITY_TYPES),
    // A missing or non-list alias field means none.
    aliases: z.preprocess((value) => (Array.isArray(value) ? value : []), z.array(text)),
    // The forms this document used; absent in older extractions (then every alias counts as used).
    forms: z.array(text).optional(),
    generic: z.unknown().optional(),
    wikidata: nullableText,
  })
  .transform(
    (e): ExtractedEntity => ({
      id: e.id,
      label: e.label,
      type: e.type,
      aliases: sortedUnique(e.aliases),
      ...(e.forms ? { forms: sortedUnique(e.forms) } : {}),
      generic: e.generic === true,
      wikidata: e.wikidata === '' ? null : e.wikidata,
    }),
  );

const relationSchema = z
  .object({
    subject: id,
    predicate: z.enum(PREDICATES),
    object: id,
    count: z.number().nullish(),
    // An empty or missing addressee list means none was named: null.
    addressee: z.preprocess((value) => (Array.isArray(value) && value.length > 0 ? value : null), z.array(id).nullable()),
    evidence: z.preprocess((value) => value ?? {}, z.object({ text, start: offset, end: offset })),
  })
  .transform(
    (r): ExtractedRelation => ({
      subject: r.subject,
      predicate: r.predicate,
      object: r.object,
      count: r.count ?? null,
      addressee: r.addressee,
      evidence: { text: r.evidence.text, start: r.evidence.start, end: r.evidence.end },
    }),
  );

const nullableId = id.nullish().transform((value) => value ?? null);
const count = z.number().nullish().transform((value) => value ?? null);
const evidenceList = z.array(z.object({ text, start: offset, end: offset }).transform((e) => ({ text: e.text, start: e.start, end: e.end })));
const weaponLines = z.array(
  z.object({ weapon: id, launched: count, intercepted: count }).transform((w): WeaponLine => ({ weapon: w.weapon, launched: w.launched, intercepted: w.intercepted })),
);

// Its fields are taken, in the contract's order, by `extractedEvent` below.
const claimSchema = z.object({ claimedBy: nullableId, weapons: weaponLines, evidence: evidenceList });

const eventSchema = z
  .object({
    id,
    kind: z.enum(EVENT_KINDS),
    date: nullableText.refine((value) => value === null || /^\d{4}-\d{2}-\d{2}$/.test(value), 'is not YYYY-MM-DD'),
    attacker: nullableId,
    claimedBy: z.array(id),
    weapons: weaponLines,
    targets: z.array(id),
    evidence: evidenceList,
    // Claims came with the events; a missing list means none.
    claims: z.array(claimSchema).optional(),
  })
  .transform((e): ExtractedEvent => extractedEvent({ ...e, claims: e.claims ?? [] }));

/** The schema of a `DocumentExtraction` file, with its cleaning (extra fields are ignored). */
export const EXTRACTION_SCHEMA = z
  .object({
    document: z.object({ id: id.refine((value) => value !== '', 'is empty'), title: nullableText, published: nullableText, source: nullableText, byline: nullableText }),
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
    // Events are optional in the input: extractions written before events existed have none.
    events: z.array(eventSchema).optional(),
  })
  .transform(
    (x): DocumentExtraction => ({
      document: { id: x.document.id, title: x.document.title, published: x.document.published, source: x.document.source, byline: x.document.byline },
      entities: x.entities,
      relations: x.relations,
      events: x.events ?? [],
    }),
  );

/**
 * Checks that `value` is a `DocumentExtraction` and returns a clean copy (well-formed strings, NFC ids, sorted unique
 * aliases). Throws InputError naming `where` and the path of the first bad field.
 */
export function parseExtraction(value: unknown, where: string): DocumentExtraction {
  return parseWith(EXTRACTION_SCHEMA, value, where, 'the DocumentExtraction format of `newsgraph extract`');
}

// ---------------------------------------------------------------------------------------------------------------
// Adding and removing documents.

/** Nodes and edges whose aggregates must be recomputed once a batch is done. */
interface Dirty {
  entities: Set<string>;
  relations: Set<string>;
  /** Event reports to merge (again), by group (attacker and date): see events.ts. */
  events: Map<string, EventReport[]>;
  /** Entities whose label `refreshEntity` changed: their events' labels follow at the flush. */
  relabelled: Set<string>;
  /** Document -> the groups of `events` that may hold its reports (a superset), so a removal filters only those. */
  eventDocuments: Map<string, Set<string>>;
  /**
   * Document -> keys of the relation edges its evidence may be on (a superset), built on the batch's first removal
   * in one pass over the relation edges and kept by `addOne` from then on; null until then.
   */
  relationDocuments: Map<string, Set<string>> | null;
}

function newDirty(): Dirty {
  return { entities: new Set(), relations: new Set(), events: new Map(), relabelled: new Set(), eventDocuments: new Map(), relationDocuments: null };
}

function noteIn(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function relationDocumentsOf(graph: KnowledgeGraph, dirty: Dirty): Map<string, Set<string>> {
  if (dirty.relationDocuments) return dirty.relationDocuments;
  const map = new Map<string, Set<string>>();
  graph.forEachEdge((edge, attributes) => {
    if (attributes.kind !== 'relation') return;
    for (const e of attributes.evidence) noteIn(map, e.document, edge);
  });
  dirty.relationDocuments = map;
  return map;
}

/** The canonical order of a relation's evidence: by published date (undated last), document, offsets, text. */
export function compareEvidence(a: EvidenceRecord, b: EvidenceRecord): number {
  // Undated evidence sorts last; then by document, offsets and text so the order is total.
  const pa = a.published ?? '\uffff';
  const pb = b.published ?? '\uffff';
  return (
    compareStrings(pa, pb) ||
    compareStrings(a.document, b.document) ||
    a.start - b.start ||
    a.end - b.end ||
    compareStrings(a.text, b.text)
  );
}

/**
 * Recomputes an entity's label, aliases and document count from its mention tally (counted from its mentions edges
 * when none is kept); adds its key to `relabelled` when the label changed.
 */
function refreshEntity(graph: KnowledgeGraph, key: string, relabelled: Set<string>): void {
  if (!graph.hasNode(key)) return;
  const attributes = graph.getNodeAttributes(key);
  if (attributes.kind !== 'entity') return;
  let tally = tallyOf(graph, key);
  if (!tally && partialGraphs.has(graph)) throw new NeedsWholeGraph(`entity ${key} has no mention tally`);
  if (!tally) {
    // No tally kept (a graph changed by other means, a surname merge): counted from its mentions once.
    tally = emptyTally();
    const counted = tally;
    graph.forEachInEdge(key, (_edge, edge) => {
      if (edge.kind === 'mentions') countMention(counted, edge, 1);
    });
    tallyIndexes.get(graph)?.byEntity.set(key, tally);
  }
  const { labels, documents } = tally;
  const aliases = new Set<string>(tally.names.keys());
  for (const spelling of attributes.spellings ?? []) aliases.add(spelling);
  // An event left unread by an update (./event-days.ts) that names the entity is an edge the graph does not hold.
  if (documents === 0 && graph.degree(key) === 0 && !namedByUnreadEvent(graph, key)) {
    graph.dropNode(key);
    tallyIndexes.get(graph)?.byEntity.delete(key);
    return;
  }
  // The most frequent label wins; ties go to the first in code-unit order, so the result is order-independent.
  // A person's full name wins over a surname alone (a surname-only person merged into it, see mergeSurnames).
  let label = attributes.label;
  let best = 0;
  const person = attributes.type === 'Person';
  const candidates = [...labels].filter(([candidate]) => !person || candidate.trim().includes(' '));
  for (const [candidate, n] of (candidates.length ? candidates : [...labels]).sort((a, b) => compareStrings(a[0], b[0]))) {
    if (n > best) {
      label = candidate;
      best = n;
    }
  }
  if (label !== attributes.label) relabelled.add(key);
  graph.mergeNodeAttributes(key, { label, aliases: sortedUnique(aliases), documents });
}

/** Sorts a relation edge's evidence and recomputes its dates and document count; drops it when no evidence is left. */
function refreshRelation(graph: KnowledgeGraph, key: string): void {
  if (!graph.hasEdge(key)) return;
  const attributes = graph.getEdgeAttributes(key);
  if (attributes.kind !== 'relation') return;
  // A graph read for an update may have left some days' evidence unread: their aggregates stand in for the records.
  const unread = unreadDaysOf(graph, key);
  if (attributes.evidence.length === 0 && unread.size === 0) {
    graph.dropEdge(key);
    return;
  }
  const evidence = [...attributes.evidence].sort(compareEvidence);
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const documents = new Set<string>();
  for (const e of evidence) {
    documents.add(e.document);
    if (e.published !== null) {
      if (firstDate === null || e.published < firstDate) firstDate = e.published;
      if (lastDate === null || e.published > lastDate) lastDate = e.published;
    }
  }
  // A document's records lie on its publication day alone, so the days' distinct documents add up.
  let unreadDocuments = 0;
  for (const day of unread.values()) {
    unreadDocuments += day.documents;
    if (day.first !== null && (firstDate === null || day.first < firstDate)) firstDate = day.first;
    if (day.last !== null && (lastDate === null || day.last > lastDate)) lastDate = day.last;
  }
  graph.replaceEdgeAttributes(key, {
    kind: 'relation',
    predicate: attributes.predicate,
    evidence,
    firstDate,
    lastDate,
    documents: documents.size + unreadDocuments,
  });
}

function flush(graph: KnowledgeGraph, dirty: Dirty, knowledge: EventKnowledge): void {
  for (const key of [...dirty.relations].sort(compareStrings)) refreshRelation(graph, key);
  const entities = [...dirty.entities].sort(compareStrings);
  for (const key of entities) refreshEntity(graph, key, dirty.relabelled);
  // Events after entities: they are labelled with their attacker's label, and the events the merge kept follow a
  // label that changed (only those: walking the in-edges of every entity touched, Russia's mentions from nearly
  // every article included, cost in proportion to the graph).
  rebuildGroups(graph, dirty.events, knowledge);
  refreshEventLabels(graph, [...dirty.relabelled].sort(compareStrings));
  dirty.relations.clear();
  dirty.entities.clear();
  dirty.relabelled.clear();
  const index = indexes.get(graph);
  if (index) index.order = graph.order;
  syncAddresseeIndex(graph);
  syncTallies(graph);
}

function removeDocumentInto(graph: KnowledgeGraph, documentId: string, dirty: Dirty): boolean {
  const docKey = documentKey(documentId);
  if (!graph.hasNode(docKey)) return false;
  const orderBefore = graph.order;
  // 0. Its events leave the graph (and its reports still waiting in this batch go); their other reports are merged
  //    again when the batch is flushed. Only the groups that may hold its waiting reports are filtered.
  for (const group of dirty.eventDocuments.get(documentId) ?? []) {
    const reports = dirty.events.get(group);
    if (reports) dirty.events.set(group, reports.filter((r) => r.document !== documentId));
  }
  dirty.eventDocuments.delete(documentId);
  const events = eventsOfDocument(graph, docKey);
  for (const key of events) {
    const a = graph.getNodeAttributes(key);
    if (a.kind !== 'event') continue;
    const group = eventGroup(a.date, a.attacker);
    for (const r of a.reports) if (r.document !== documentId) noteIn(dirty.eventDocuments, r.document, group);
  }
  detachEvents(graph, events, documentId, dirty.events);
  // 1. Evidence from this document leaves the relation edges it is on (found by the batch's document index, not by
  //    walking the out-edges of every entity it mentions: Russia's would be walked for each replaced document).
  const documents = relationDocumentsOf(graph, dirty);
  for (const edge of documents.get(documentId) ?? []) {
    if (!graph.hasEdge(edge)) continue;
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.kind !== 'relation') continue;
    if (!attributes.evidence.some((e) => e.document === documentId)) continue;
    graph.replaceEdgeAttributes(edge, { ...attributes, evidence: attributes.evidence.filter((e) => e.document !== documentId) });
    dirty.relations.add(edge);
  }
  documents.delete(documentId);
  graph.forEachOutEdge(docKey, (_edge, attributes, _source, target) => {
    if (attributes.kind !== 'mentions') return;
    dirty.entities.add(target);
    const tally = tallyOf(graph, target);
    if (tally) countMention(tally, attributes, -1);
  });
  // 2. The document node goes, and its mentions edges with it.
  graph.dropNode(docKey);
  // 3. Relation edges left without evidence and entities left without any edge go now (so that the document, added
  //    again, makes them afresh as a full build would); the index forgets them. Every other aggregate (an entity's
  //    label, aliases and document count, a relation's order and dates) is recomputed once, at the batch's flush:
  //    recomputing them here walked Russia's mentions from nearly every article for each replaced document.
  dropEmpty(graph, dirty, orderBefore);
  return true;
}

function dropEmpty(graph: KnowledgeGraph, dirty: Dirty, orderBefore: number): void {
  for (const key of dirty.relations) {
    if (!graph.hasEdge(key)) continue;
    const attributes = graph.getEdgeAttributes(key);
    if (attributes.kind === 'relation' && attributes.evidence.length === 0 && unreadDaysOf(graph, key).size === 0) graph.dropEdge(key);
  }
  const dropped = new Set<string>();
  for (const key of dirty.entities) {
    // A graph read in part lacks some mentions edges: the tally says whether any document still mentions it.
    if (!graph.hasNode(key) || graph.degree(key) !== 0 || (tallyOf(graph, key)?.documents ?? 0) > 0 || namedByUnreadEvent(graph, key)) continue;
    if (graph.getNodeAttributes(key).kind !== 'entity') continue;
    graph.dropNode(key);
    tallyIndexes.get(graph)?.byEntity.delete(key);
    dropped.add(key);
  }
  // The index forgets the dropped entities (one pass over its maps, instead of being made again from every entity's
  // names); the document and event nodes the removal dropped were never in it, so it stays in sync.
  const index = indexes.get(graph);
  if (!index) return;
  if (index.order !== orderBefore) {
    indexes.delete(graph);
    return;
  }
  if (dropped.size) {
    for (const map of [index.byId, index.byQid, index.byName, index.byVariant]) {
      for (const [name, key] of map) if (dropped.has(key)) map.delete(name);
    }
  }
  index.order = graph.order;
}

/** Each graph's pool of the names its mentions edges hold (`namePool`). */
const namePools = new WeakMap<KnowledgeGraph, Map<string, string>>();

/**
 * The pool of `graph`'s mention names: given a name, the copy of it the graph already holds. Every article's extraction
 * brings its own copy of each name it uses ("Ukrainian Air Force" 4,823 times in 10,000 articles); the mentions edges
 * keep the first one. The names are those of the entities, so the pool grows with them, not with the articles. The
 * reader of graph.json (./read.ts) fills the same pool, so an update's new mentions share the names read.
 */
export function namePool(graph: KnowledgeGraph): (name: string) => string {
  let pool = namePools.get(graph);
  if (!pool) namePools.set(graph, (pool = new Map()));
  const names = pool;
  return (value) => {
    const kept = names.get(value);
    if (kept !== undefined) return kept;
    names.set(value, value);
    return value;
  };
}

function addOne(graph: KnowledgeGraph, extraction: DocumentExtraction, dirty: Dirty, report: AddReport): void {
  const { document } = extraction;
  // 1. A document that is already there is replaced: its old contributions go first.
  if (removeDocumentInto(graph, document.id, dirty)) report.replaced += 1;
  const index = indexOf(graph);
  // 2. The document node.
  const docKey = documentKey(document.id);
  graph.addNode(docKey, {
    kind: 'document',
    label: document.title ?? document.id,
    type: 'Document',
    title: document.title,
    published: document.published,
    source: document.source,
    byline: document.byline,
  });
  // 3. Entities: each finds or creates its node, and gets a mentions edge from the document.
  const local = new Map<string, string>();
  const name = namePool(graph);
  const mentionAliases = new Map<string, { label: string; aliases: Set<string> }>();
  const spellings = new Map<string, Set<string>>();
  for (const entity of extraction.entities) {
    let key = resolveEntity(index, entity);
    if (key === undefined) {
      // A key that looks like a document key, or is taken, gets a prefix so nodes never collide.
      key = entity.id.startsWith('doc:') ? `entity:${entity.id}` : entity.id;
      // graphology keeps adjacency in plain objects: a key such as "constructor" or "__proto__" would break it.
      while (graph.hasNode(key) || key in Object.prototype) key = `entity:${key}`;
      const attributes: EntityAttributes = {
        kind: 'entity',
        label: entity.label,
        type: entity.type,
        aliases: [],
        generic: entity.generic,
        wikidata: entity.wikidata,
        documents: 0,
      };
      graph.addNode(key, attributes);
      tallyIndexes.get(graph)?.byEntity.set(key, emptyTally());
      registerNode(index, key, attributes);
    } else {
      const existing = graph.getNodeAttributes(key) as EntityAttributes;
      if (existing.wikidata === null && entity.wikidata !== null) {
        existing.wikidata = entity.wikidata;
        if (!index.byQid.has(entity.wikidata)) index.byQid.set(entity.wikidata, key);
      }
    }
    if (!index.byId.has(entity.id)) index.byId.set(entity.id, key);
    local.set(entity.id, key);
    // The mention keeps the forms this document used; the other names it knows for the entity (the gazetteer's
    // spellings) go once onto the entity node.
    const forms = entity.forms ?? entity.aliases;
    const seen = mentionAliases.get(key);
    if (seen) for (const alias of [entity.label, ...forms]) seen.aliases.add(alias);
    else mentionAliases.set(key, { label: entity.label, aliases: new Set(forms) });
    for (const alias of entity.aliases) {
      if (alias === entity.label || forms.includes(alias)) continue;
      let set = spellings.get(key);
      if (!set) spellings.set(key, (set = new Set()));
      set.add(alias);
    }
  }
  for (const [key, set] of spellings) {
    const attributes = graph.getNodeAttributes(key) as EntityAttributes;
    const merged = sortedUnique([...(attributes.spellings ?? []), ...set]);
    if (merged.length !== attributes.spellings?.length) attributes.spellings = merged;
  }
  for (const key of [...mentionAliases.keys()].sort(compareStrings)) {
    const seen = mentionAliases.get(key)!;
    const attributes: MentionsAttributes = { kind: 'mentions', label: name(seen.label), aliases: sortedUnique(seen.aliases).map(name) };
    graph.addDirectedEdgeWithKey(mentionsKey(document.id, key), docKey, key, attributes);
    const tally = tallyOf(graph, key);
    if (tally) countMention(tally, attributes, 1);
    dirty.entities.add(key);
  }
  // 4. Relations: evidence joins the edge (subject, predicate, object); the same span twice counts once.
  const seenEvidence = new Set<string>();
  // A sentence the document's relations and its event reports both quote is held once.
  const texts = new Map<string, string>();
  const text = (value: string): string => {
    const kept = texts.get(value);
    if (kept !== undefined) return kept;
    texts.set(value, value);
    return value;
  };
  for (const relation of extraction.relations) {
    const subject = local.get(relation.subject);
    const object = local.get(relation.object);
    const addressee = relation.addressee?.map((a) => local.get(a));
    if (subject === undefined || object === undefined || addressee?.includes(undefined)) {
      report.skippedRelations += 1;
      continue;
    }
    const record: EvidenceRecord = {
      document: document.id,
      text: text(relation.evidence.text),
      start: relation.evidence.start,
      end: relation.evidence.end,
      published: document.published,
      count: relation.count,
      addressee: addressee ? sortedUnique(addressee as string[]) : null,
    };
    const key = relationKey(subject, relation.predicate, object);
    // Evidence of other documents can never equal this one's, so duplicates are looked for within the document.
    const identity = `${key}|${record.start}|${record.end}`;
    if (seenEvidence.has(identity)) continue;
    seenEvidence.add(identity);
    if (!graph.hasEdge(key)) {
      const attributes: RelationAttributes = {
        kind: 'relation',
        predicate: relation.predicate,
        evidence: [record],
        firstDate: null,
        lastDate: null,
        documents: 0,
      };
      graph.addDirectedEdgeWithKey(key, subject, object, attributes);
    } else {
      (graph.getEdgeAttributes(key) as RelationAttributes).evidence.push(record);
    }
    if (record.addressee) noteAddressees(addresseeIndexes.get(graph), key, [record]);
    if (dirty.relationDocuments) noteIn(dirty.relationDocuments, document.id, key);
    dirty.relations.add(key);
  }
  // 5. Events become reports, merged into event nodes when the batch is flushed.
  for (const event of extraction.events) {
    const r = reportOf(event, document.id, document.published, (id) => local.get(id), text);
    const group = eventGroup(r.date, r.attacker);
    let list = dirty.events.get(group);
    if (!list) dirty.events.set(group, (list = []));
    list.push(r);
    noteIn(dirty.eventDocuments, document.id, group);
  }
  index.order = graph.order;
  report.documents += 1;
}

/**
 * A person named by a surname alone in some documents ("Savchuk said", where the article never gives the full name)
 * is the one person of the corpus whose full name ends with that surname ("Dmytro Savchuk"): its node merges into
 * that person's. When two full names share the surname, or none has it, the surname stays a node of its own.
 * Surnames compare with romanisation variants folded (`surnameOf`).
 */
function mergeSurnames(graph: KnowledgeGraph, dirty: Dirty): void {
  const full = new Map<string, Set<string>>();
  const lone: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'entity' || attributes.type !== 'Person') return;
    if (!variantName(attributes.label).includes(' ')) {
      lone.push(key);
      return;
    }
    for (const name of [attributes.label, ...attributes.aliases]) {
      if (!variantName(name).includes(' ')) continue;
      const surname = surnameOf(name);
      let keys = full.get(surname);
      if (!keys) full.set(surname, (keys = new Set()));
      keys.add(key);
    }
  });
  if (!lone.length || !full.size) return;
  let merged = false;
  let reports: PendingReports | null = null;
  for (const key of lone.sort(compareStrings)) {
    const owners = full.get(surnameOf((graph.getNodeAttributes(key) as EntityAttributes).label));
    if (owners?.size !== 1) continue;
    const target = owners.values().next().value as string;
    if (target === key) continue;
    reports ??= pendingReports(dirty.events);
    moveEntity(graph, key, target, dirty, reports);
    merged = true;
  }
  if (merged) indexes.delete(graph);
}

// ---------------------------------------------------------------------------------------------------------------
// Indexes of what a surname merge walks, so that a move costs in proportion to the edges and reports it touches.

/**
 * Entity -> keys of the relation edges whose evidence names it as an addressee, per graph. A superset: an entry may
 * outlive its evidence (a removed document), so a lookup checks the evidence. Built on the first move in one pass
 * over the edges, kept by this module's builders from then on (`noteAddressees`), and dropped when the graph's edge
 * count is not the one this module left (the graph was changed by other means in between).
 */
interface AddresseeIndex {
  /** graph.size when this module last changed the graph. */
  size: number;
  byEntity: Map<string, Set<string>>;
}

const addresseeIndexes = new WeakMap<KnowledgeGraph, AddresseeIndex>();

/** Records that the evidence `records` of relation edge `relation` name their addressees. */
function noteAddressees(index: AddresseeIndex | undefined, relation: string, records: readonly EvidenceRecord[]): void {
  if (!index) return;
  for (const record of records) {
    for (const entity of record.addressee ?? []) {
      let keys = index.byEntity.get(entity);
      if (!keys) index.byEntity.set(entity, (keys = new Set()));
      keys.add(relation);
    }
  }
}

/** The addressee index of `graph`, built in one pass over its relation edges when missing. */
function addresseeIndexOf(graph: KnowledgeGraph): AddresseeIndex {
  let index = addresseeIndexes.get(graph);
  if (index) return index;
  const built: AddresseeIndex = { size: graph.size, byEntity: new Map() };
  graph.forEachEdge((key, attributes) => {
    if (attributes.kind === 'relation') noteAddressees(built, key, attributes.evidence);
  });
  addresseeIndexes.set(graph, (index = built));
  return index;
}

/** At the start of a batch: forgets the addressee index when the graph changed behind this module's back. */
function checkAddresseeIndex(graph: KnowledgeGraph): void {
  const index = addresseeIndexes.get(graph);
  if (index && index.size !== graph.size) addresseeIndexes.delete(graph);
}

/** At the end of a batch: the edge count the addressee index is in step with. */
function syncAddresseeIndex(graph: KnowledgeGraph): void {
  const index = addresseeIndexes.get(graph);
  if (index) index.size = graph.size;
}

/** The entities an event report names (attacker, claimants, weapons, targets, its claims' claimants and weapons). */
function namedByReport(r: EventReport): Set<string> {
  const out = new Set<string>([...r.claimedBy, ...r.targets, ...r.weapons.map((w) => w.weapon)]);
  if (r.attacker !== null) out.add(r.attacker);
  for (const c of r.claims) {
    if (c.claimedBy !== null) out.add(c.claimedBy);
    for (const w of c.weapons) out.add(w.weapon);
  }
  return out;
}

/**
 * The event reports waiting to be merged (`Dirty.events`), with the reports that name each entity, so that a move
 * renames the reports naming the moved entity and no other. Built once per `mergeSurnames`, on its first move.
 */
interface PendingReports {
  pending: Map<string, EventReport[]>;
  byEntity: Map<string, Set<EventReport>>;
}

function pendingReports(pending: Map<string, EventReport[]>): PendingReports {
  const out: PendingReports = { pending, byEntity: new Map() };
  for (const list of pending.values()) for (const r of list) notePending(out, r);
  return out;
}

function notePending(reports: PendingReports, r: EventReport): void {
  for (const entity of namedByReport(r)) {
    let set = reports.byEntity.get(entity);
    if (!set) reports.byEntity.set(entity, (set = new Set()));
    set.add(r);
  }
}

/** Adds reports to the pending ones (into their groups' lists and the index). */
function addPending(reports: PendingReports, added: Map<string, EventReport[]>): void {
  for (const [group, list] of added) {
    const into = reports.pending.get(group);
    if (into) into.push(...list);
    else reports.pending.set(group, [...list]);
    for (const r of list) notePending(reports, r);
  }
}

/**
 * Renames entity `from` to `to` in the pending reports that name it, moving those whose attacker it was to their new
 * group; the other reports are not visited.
 */
function renamePendingReports(reports: PendingReports, from: string, to: string): void {
  const naming = reports.byEntity.get(from);
  reports.byEntity.delete(from);
  if (!naming?.size) return;
  const rename = (key: string): string => (key === from ? to : key);
  const renameId = (key: string | null): string | null => (key === null ? null : rename(key));
  const lines = (weapons: readonly WeaponLine[]): WeaponLine[] => weapons.map((w) => ({ ...w, weapon: rename(w.weapon) }));
  // 1. Out of their groups (a group left empty goes, as it has nothing left to merge).
  const byGroup = new Map<string, Set<EventReport>>();
  for (const r of naming) {
    const group = eventGroup(r.date, r.attacker);
    let set = byGroup.get(group);
    if (!set) byGroup.set(group, (set = new Set()));
    set.add(r);
  }
  for (const [group, set] of byGroup) {
    const kept = (reports.pending.get(group) ?? []).filter((r) => !set.has(r));
    if (kept.length) reports.pending.set(group, kept);
    else reports.pending.delete(group);
  }
  // 2. Renamed, into their (new) groups, in their previous order within each group.
  const renamed = new Map<string, EventReport[]>();
  for (const set of byGroup.values()) {
    for (const old of set) {
      for (const entity of namedByReport(old)) reports.byEntity.get(entity)?.delete(old);
      const r: EventReport = {
        ...old,
        attacker: renameId(old.attacker),
        claimedBy: [...new Set(old.claimedBy.map(rename))],
        weapons: lines(old.weapons),
        targets: [...new Set(old.targets.map(rename))],
        claims: old.claims.map((c) => ({ ...c, claimedBy: renameId(c.claimedBy), weapons: lines(c.weapons) })),
      };
      const group = eventGroup(r.date, r.attacker);
      const list = renamed.get(group);
      if (list) list.push(r);
      else renamed.set(group, [r]);
    }
  }
  addPending(reports, renamed);
}

/**
 * Moves every edge of entity `from` onto entity `to` (mentions, relations, addressees; the events that name it are
 * taken out and merged again with `to`), then drops `from`. Visits the edges of `from`, the relations that name it
 * as an addressee (`AddresseeIndex`) and the pending reports that name it (`PendingReports`): nothing else.
 */
function moveEntity(graph: KnowledgeGraph, from: string, to: string, dirty: Dirty, reports: PendingReports): void {
  if (partialGraphs.has(graph)) throw new NeedsWholeGraph(`a surname merge moves ${from} into ${to}`);
  const addressees = addresseeIndexOf(graph);
  const rename = (key: string): string => (key === from ? to : key);
  const edges: Array<{ key: string; source: string; target: string; attributes: EdgeAttributes }> = [];
  graph.forEachEdge(from, (key, attributes, source, target) => edges.push({ key, source, target, attributes }));
  // Events that name `from` leave the graph with their reports; they are merged again, renamed, when flushed.
  const events = sortedUnique(edges.filter((e) => e.attributes.kind === 'event-role').map((e) => e.source));
  const detached = new Map<string, EventReport[]>();
  detachEvents(graph, events, null, detached);
  addPending(reports, detached);
  renamePendingReports(reports, from, to);
  for (const { source, target, attributes } of edges) {
    if (attributes.kind === 'event-role') continue;
    const s = rename(source);
    const t = rename(target);
    if (attributes.kind === 'mentions') {
      const key = mentionsKey(source.slice('doc:'.length), t);
      if (graph.hasEdge(key)) {
        const existing = graph.getEdgeAttributes(key) as MentionsAttributes;
        existing.aliases = sortedUnique([...(existing.aliases ?? []), ...(attributes.aliases ?? []), ...(attributes.label ? [attributes.label] : [])]);
      } else {
        graph.addDirectedEdgeWithKey(key, s, t, { ...attributes });
      }
      continue;
    }
    const key = relationKey(s, attributes.predicate, t);
    if (graph.hasEdge(key)) {
      const existing = graph.getEdgeAttributes(key) as RelationAttributes;
      const known = new Set(existing.evidence.map((e) => `${e.document}|${e.start}|${e.end}`));
      for (const e of attributes.evidence) if (!known.has(`${e.document}|${e.start}|${e.end}`)) existing.evidence.push(e);
    } else {
      graph.addDirectedEdgeWithKey(key, s, t, { ...attributes, evidence: [...attributes.evidence] });
    }
    noteAddressees(addressees, key, attributes.evidence);
    dirty.relations.add(key);
  }
  graph.dropNode(from);
  // Mentions moved onto `to` (some merged into its own): its tally is counted again at the flush.
  tallyIndexes.get(graph)?.byEntity.delete(from);
  tallyIndexes.get(graph)?.byEntity.delete(to);
  dirty.entities.add(to);
  // Addressees name entities by key: the relations whose evidence names `from` (in key order, as a walk of the
  // graph's edges would not promise).
  const naming = [...(addressees.byEntity.get(from) ?? [])].sort(compareStrings);
  addressees.byEntity.delete(from);
  for (const key of naming) {
    if (!graph.hasEdge(key)) continue;
    const attributes = graph.getEdgeAttributes(key);
    if (attributes.kind !== 'relation' || !attributes.evidence.some((e) => e.addressee?.includes(from))) continue;
    // A new record, never the old one changed in place: graph/changes.ts `trackEvidenceChanges` compares by identity.
    attributes.evidence = attributes.evidence.map((e) => (e.addressee?.includes(from) ? { ...e, addressee: sortedUnique(e.addressee.map(rename)) } : e));
    noteAddressees(addressees, key, attributes.evidence);
    dirty.relations.add(key);
  }
  for (const { key } of edges) if (!graph.hasEdge(key)) dirty.relations.delete(key);
}

/**
 * Documents added to a graph in pieces, with the aggregates recomputed once at the end: the same graph as one
 * `addExtractions` call with every piece in the order given, without holding every extraction at once (the scale
 * bench streams a year of news through it). Until `finish`, the graph is incomplete: relation evidence unsorted,
 * entity labels, aliases and counts not recomputed, surnames not merged, events not merged. A batch of
 * `addExtractions` per piece would instead recompute, after each piece, everything the piece touched in full (every
 * mentions edge of an entity, every evidence of a relation, every undated event of an attacker): work that grows
 * with the graph, not with the piece.
 */
export interface GraphBuilder {
  /** Adds documents (checked with `parseExtraction`; one already in the graph is replaced). */
  add(extractions: readonly DocumentExtraction[]): void;
  /** Merges surnames and recomputes the aggregates of everything added; returns what was added. Call once. */
  finish(): AddReport;
}

/** A `GraphBuilder` adding to `graph`. */
export function graphBuilder(graph: KnowledgeGraph, options: BuildOptions = {}): GraphBuilder {
  const settings = { ...DEFAULT_BUILD_OPTIONS, ...options };
  checkAddresseeIndex(graph);
  checkTallies(graph);
  const dirty = newDirty();
  const report: AddReport = { documents: 0, replaced: 0, skippedRelations: 0 };
  let finished = false;
  return {
    add(extractions) {
      if (finished) throw new Error('graphBuilder: add after finish');
      extractions.forEach((raw, i) => {
        const extraction = parseExtraction(raw, raw?.document?.id ?? `extraction ${i}`);
        addOne(graph, extraction, dirty, report);
        settings.onDocument?.(extraction.document.id, i, extractions.length);
      });
    },
    finish() {
      if (finished) throw new Error('graphBuilder: finish called twice');
      finished = true;
      mergeSurnames(graph, dirty);
      flush(graph, dirty, settings.knowledge ?? NO_EVENT_KNOWLEDGE);
      // New nodes have no layout position yet: a stored layout is no longer complete.
      if (report.documents > 0 && graph.getAttribute('laidOut') === true) graph.setAttribute('laidOut', false);
      return report;
    },
  };
}

/**
 * Adds documents to `graph` (a document already in it is replaced, never duplicated), then recomputes the
 * aggregates of what they touched once. Extractions are checked with `parseExtraction` first.
 */
export function addExtractions(graph: KnowledgeGraph, extractions: readonly DocumentExtraction[], options: BuildOptions = {}): AddReport {
  const builder = graphBuilder(graph, options);
  builder.add(extractions);
  return builder.finish();
}

/** Adds one document (see `addExtractions`). */
export function addExtraction(graph: KnowledgeGraph, extraction: DocumentExtraction, options: BuildOptions = {}): AddReport {
  return addExtractions(graph, [extraction], options);
}

/**
 * Removes a document and everything only it contributed (its reports leave their events, which are merged again);
 * returns false when it was not in the graph.
 */
export function removeDocument(graph: KnowledgeGraph, documentId: string, options: BuildOptions = {}): boolean {
  checkAddresseeIndex(graph);
  checkTallies(graph);
  const dirty = newDirty();
  const removed = removeDocumentInto(graph, documentId, dirty);
  flush(graph, dirty, options.knowledge ?? NO_EVENT_KNOWLEDGE);
  return removed;
}

/**
 * Builds the knowledge graph of a corpus. Documents are added in document-id order, so the result does not depend
 * on the order of `extractions`; a document id given twice keeps its last extraction in that order.
 */
export function buildGraph(extractions: readonly DocumentExtraction[], options: BuildOptions = {}): KnowledgeGraph {
  const graph = createGraph();
  const sorted = [...extractions].sort((a, b) => compareStrings(String(a?.document?.id), String(b?.document?.id)));
  addExtractions(graph, sorted, options);
  return graph;
}
