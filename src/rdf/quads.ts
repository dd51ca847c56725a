/**
 * The knowledge graph as RDF/JS quads, against ontology/newsgraph.ttl. Each entity, document, mention and evidence
 * becomes a node with enough data to rebuild the Graphology graph exactly (`quadsToGraph`); each relation is
 * written twice, like Wikidata's direct claims beside its statements: the direct edge (`ent:russia ng:launched
 * ent:kinzhal`) and one n-ary event node per evidence (ng:Launch with agent, object, count, date, provenance).
 * The merged real-world events (./events.ts: ng:AirAttack with its date, weapon lines, claimants and reports) go
 * into the part of their event date. Quads come out in a fixed order (graph, entities, summaries, direct edges, then
 * day by day: one block per document published that day, one per event of that date), grouped by subject, so
 * writers produce compact and byte-stable output. Browser-safe: no node: imports.
 */
import { DataFactory } from 'n3';
import type { Literal, NamedNode, Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject } from '@rdfjs/types';
import type { DocumentAttributes, EntityAttributes, EvidenceRecord, KnowledgeGraph, MentionsAttributes, RelationAttributes } from '../graph/types.ts';
import { compareStrings } from '../graph/text.ts';
import {
  ENTITY_CLASS,
  GRAPH_IRI,
  PREDICATE_EVENT_CLASS,
  PREDICATE_PROPERTY,
  PREDICATE_ROLE_PROPERTIES,
  V,
  documentIri,
  entityIri,
  eventIri,
  mentionIri,
  wikidataIri,
  relationSummaryIri,
  requestSummaryIri,
  cityWeaponIri,
} from './vocabulary.ts';
import { summarize } from './summaries.ts';
import { unreadEventsOf } from '../graph/event-days.ts';
import { unreadDocumentsOf } from '../graph/document-days.ts';
import { UNDATED_DAY, documentDay } from '../graph/day.ts';

export { UNDATED_DAY, documentDay };
import { eventQuads } from './events.ts';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

/** Options of `graphToQuads` / `forEachQuad`. */
export interface QuadOptions {
  /**
   * Put each document's quads (document, mentions, events and the direct edges it states) in a named graph whose
   * name is the document IRI (for TriG / N-Quads). A direct edge stated by several documents then appears in each
   * of their graphs. Without named graphs every quad is in the default graph and each direct edge appears once.
   */
  namedGraphs?: boolean;
}

/** Defaults of `QuadOptions`. */
export const DEFAULT_QUAD_OPTIONS: Required<QuadOptions> = { namedGraphs: false };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A date literal: xsd:date or xsd:dateTime when the text is one, else a plain string (kept, never dropped). */
export function dateLiteral(value: string): Literal {
  if (DATE.test(value)) return literal(value, V.xsdDate);
  if (DATE_TIME.test(value)) return literal(value, V.xsdDateTime);
  return literal(value);
}

const integers = new Map<number, Literal>();

/** An xsd:integer literal (xsd:double when not an integer); small ones are made once and shared. */
function integerLiteral(value: number): Literal {
  if (!Number.isInteger(value)) return literal(String(value), V.xsdDouble);
  let term = integers.get(value);
  if (term === undefined) {
    term = literal(String(value), V.xsdInteger);
    if (value >= 0 && value < 100_000) integers.set(value, term);
  }
  return term;
}

const TRUE = literal('true', V.xsdBoolean);
const FALSE = literal('false', V.xsdBoolean);

interface EvidenceRef {
  edge: string;
  subject: string;
  object: string;
  attributes: RelationAttributes;
  evidence: EvidenceRecord;
}

/** Entities per block of `quadBlocks`. */
const ENTITY_BLOCK = 1000;

/** One day's part of the RDF: the documents published that day and the events of that date (node keys). */
export interface DayPart {
  documents: string[];
  events: string[];
}

/**
 * What the writers of one export share for one graph (output/writers/rdf.ts, one `GraphQuads` per syntax): the head's
 * quads, made once (the summaries walk every relation's evidence and every event), and the index of the relation
 * evidence by document (every relation's evidence, sorted). Turtle and N-Triples write the same head; TriG writes it
 * without the direct edges. Valid only while the graph is not changed.
 */
export class SharedQuads {
  /** The head's blocks: the graph node, entities and summaries, then (without named graphs) the direct edges. */
  head: { core: Quad[][]; direct: Quad[][] | null } | null = null;
  byDocument: EvidenceIndex | null = null;
}

/**
 * The relation evidence of a graph by document: the relation edges in key order, and for each document the places of
 * its records as pairs of numbers (edge's index, record's index in its evidence), in edge order. Kept as numbers, not
 * as one object per record, because the export holds it from the first document to the last: at 300,000 articles
 * that is 1.4 M records, 16 bytes each instead of about 72.
 */
interface EvidenceIndex {
  edges: { key: string; subject: string; object: string; attributes: RelationAttributes }[];
  byDocument: Map<string, number[]>;
}

/**
 * The quads of one graph, as the export writes them: `head()` (the graph node, entities, summaries and, without
 * named graphs, the direct edges) and then one block per document (`documentBlock`), documents grouped by day
 * (`days()`). A document's block depends on that document alone, so an update can keep the blocks of the days it
 * did not touch (the RDF shards of output/writers/rdf.ts).
 */
export class GraphQuads {
  private readonly settings: Required<QuadOptions>;
  private g: Quad_Graph = defaultGraph();
  private block: Quad[] = [];
  // Names and dates repeat across thousands of mentions and events: one term each per export.
  private readonly names = new Map<string, Literal>();
  private readonly dates = new Map<string, Literal>();
  private readonly iri = new Map<string, NamedNode>();
  private byDocument: EvidenceIndex | null = null;

  constructor(
    private readonly graph: KnowledgeGraph,
    options: QuadOptions = {},
    private readonly shared: SharedQuads | null = null,
  ) {
    this.settings = { ...DEFAULT_QUAD_OPTIONS, ...options };
  }

  private add(s: Quad_Subject, p: Quad_Predicate, o: Quad_Object): void {
    this.block.push(quad(s, p, o, this.g));
  }

  private name(value: string): Literal {
    let term = this.names.get(value);
    if (term === undefined) this.names.set(value, (term = literal(value)));
    return term;
  }

  private dateTerm(value: string): Literal {
    let term = this.dates.get(value);
    if (term === undefined) this.dates.set(value, (term = dateLiteral(value)));
    return term;
  }

  private entity(key: string): NamedNode {
    let term = this.iri.get(key);
    if (term === undefined) this.iri.set(key, (term = entityIri(key)));
    return term;
  }

  private take(): Quad[] {
    const out = this.block;
    this.block = [];
    return out;
  }

  /**
   * The parts after the head, by day (see `documentDay`), days sorted: the documents published that day and the events
   * of that event date (undated ones in `UNDATED_DAY`), keys sorted within each.
   */
  parts(): Map<string, DayPart> {
    const parts = new Map<string, DayPart>();
    const part = (day: string): DayPart => {
      let p = parts.get(day);
      if (!p) parts.set(day, (p = { documents: [], events: [] }));
      return p;
    };
    this.graph.forEachNode((key, attributes) => {
      if (attributes.kind === 'document') part(documentDay(attributes.published)).documents.push(key);
      else if (attributes.kind === 'event') part(documentDay(attributes.date)).events.push(key);
    });
    // The dates of the events an update left unread keep their parts (linked: their RDF is not written again).
    for (const day of unreadEventsOf(this.graph)?.days ?? []) part(day);
    // So do the days of the documents whose node it left unread.
    for (const day of unreadDocumentsOf(this.graph)?.days.values() ?? []) part(day);
    for (const p of parts.values()) {
      p.documents.sort(compareStrings);
      p.events.sort(compareStrings);
    }
    return new Map([...parts].sort((a, b) => compareStrings(a[0], b[0])));
  }

  /** The blocks of one day's part: one per document, then one per event. */
  *partBlocks(part: DayPart): Generator<Quad[]> {
    for (const key of part.documents) yield this.documentBlock(key);
    for (const key of part.events) yield this.eventBlock(key);
  }

  /**
   * The graph node, the entities, the summaries and (without named graphs) every direct edge once, in blocks. With
   * `shared`, they are made by the first syntax that asks and handed to the others.
   */
  *head(): Generator<Quad[]> {
    const { shared } = this;
    if (!shared) {
      yield* this.headBlocks(!this.settings.namedGraphs);
      return;
    }
    const direct = !this.settings.namedGraphs;
    if (!shared.head || (direct && shared.head.direct === null)) {
      // Made with the direct edges whenever one syntax needs them, so that a later one finds every block.
      const core: Quad[][] = [];
      const edges: Quad[][] = [];
      let inEdges = false;
      for (const block of this.headBlocks(true, () => (inEdges = true))) (inEdges ? edges : core).push(block);
      shared.head = { core, direct: edges };
    }
    yield* shared.head.core;
    if (direct) yield* shared.head.direct as Quad[][];
  }

  /** The head's blocks; `edges`: with the direct edges (after calling `directEdges`, if given). */
  private *headBlocks(edges: boolean, directEdges?: () => void): Generator<Quad[]> {
    const { graph } = this;
    this.g = defaultGraph();
    // 1. The graph itself: format version and graph attributes.
    const graphNode = namedNode(GRAPH_IRI);
    const graphAttributes = graph.getAttributes();
    this.add(graphNode, V.type, V.KnowledgeGraph);
    this.add(graphNode, V.formatVersion, integerLiteral(graphAttributes.formatVersion));
    if (graphAttributes.laidOut !== undefined) this.add(graphNode, V.laidOut, graphAttributes.laidOut ? TRUE : FALSE);

    // 2. Entities, by key.
    const entityKeys: string[] = [];
    graph.forEachNode((key, attributes) => {
      if (attributes.kind === 'entity') entityKeys.push(key);
    });
    entityKeys.sort(compareStrings);
    for (const [i, key] of entityKeys.entries()) {
      if (i > 0 && i % ENTITY_BLOCK === 0) yield this.take();
      const a = graph.getNodeAttributes(key) as EntityAttributes;
      const s = this.entity(key);
      this.add(s, V.type, ENTITY_CLASS[a.type]);
      this.add(s, V.key, literal(key));
      this.add(s, V.prefLabel, this.name(a.label));
      for (const alias of a.aliases) this.add(s, V.altLabel, this.name(alias));
      for (const spelling of a.spellings ?? []) this.add(s, V.hiddenLabel, this.name(spelling));
      // Every name in lower case, once: queries find an entity by name with one index lookup.
      for (const key of new Set([a.label, ...a.aliases].map((n) => n.toLowerCase()))) this.add(s, V.nameKey, this.name(key));
      this.add(s, V.generic, a.generic ? TRUE : FALSE);
      if (a.wikidata !== null) this.add(s, V.exactMatch, wikidataIri(a.wikidata));
      this.add(s, V.documentCount, integerLiteral(a.documents));
      if (a.x !== undefined) this.add(s, V.x, literal(String(a.x), V.xsdDouble));
      if (a.y !== undefined) this.add(s, V.y, literal(String(a.y), V.xsdDouble));
    }
    if (this.block.length) yield this.take();

    // 3. Summaries (derived data for the ready-made queries; the importer skips them).
    yield* summaryBlocks(graph, (s, p, o) => this.add(s, p, o), () => this.take(), (key) => this.entity(key), (value) => this.dateTerm(value));

    // 4. Without named graphs, each direct edge once, by edge key (with named graphs they are in each stating
    //    document's graph).
    if (edges) {
      directEdges?.();
      const edges: string[] = [];
      graph.forEachEdge((edge, attributes) => {
        if (attributes.kind === 'relation') edges.push(edge);
      });
      edges.sort(compareStrings);
      for (const [i, edge] of edges.entries()) {
        if (i > 0 && i % ENTITY_BLOCK === 0) yield this.take();
        const attributes = graph.getEdgeAttributes(edge) as RelationAttributes;
        this.add(this.entity(graph.source(edge)), PREDICATE_PROPERTY[attributes.predicate], this.entity(graph.target(edge)));
      }
      if (this.block.length) yield this.take();
    }

  }

  /** Evidence grouped by document, each document's in edge-key order (evidence keeps its order inside an edge). */
  private evidenceOf(documentId: string): EvidenceRef[] {
    if (!this.byDocument && this.shared?.byDocument) this.byDocument = this.shared.byDocument;
    if (!this.byDocument) {
      // The relation edges in key order, each one's evidence in its own order: sorting the edges' keys instead of
      // every record by its edge's key gives the same lists (at 100,000 articles 5,155 keys instead of 477,148 records).
      const keys: string[] = [];
      this.graph.forEachEdge((edge, attributes) => {
        if (attributes.kind === 'relation') keys.push(edge);
      });
      keys.sort(compareStrings);
      const index: EvidenceIndex = { edges: [], byDocument: new Map() };
      for (const [e, key] of keys.entries()) {
        const attributes = this.graph.getEdgeAttributes(key) as RelationAttributes;
        index.edges.push({ key, subject: this.graph.source(key), object: this.graph.target(key), attributes });
        attributes.evidence.forEach((evidence, i) => {
          let list = index.byDocument.get(evidence.document);
          if (!list) index.byDocument.set(evidence.document, (list = []));
          list.push(e, i);
        });
      }
      this.byDocument = index;
      if (this.shared) this.shared.byDocument = index;
    }
    const places = this.byDocument.byDocument.get(documentId);
    if (!places) return [];
    const refs: EvidenceRef[] = [];
    for (let p = 0; p < places.length; p += 2) {
      const edge = this.byDocument.edges[places[p] as number] as EvidenceIndex['edges'][number];
      refs.push({ edge: edge.key, subject: edge.subject, object: edge.object, attributes: edge.attributes, evidence: edge.attributes.evidence[places[p + 1] as number] as EvidenceRecord });
    }
    return refs;
  }

  /** The node of `document`'s part holding the span start-end of its text (a relation's evidence), or null. */
  private evidenceNode(document: string, start: number, end: number): NamedNode | null {
    for (const ref of this.evidenceOf(document)) {
      const { evidence, attributes } = ref;
      if (evidence.start === start && evidence.end === end) return eventIri(document, start, end, attributes.predicate, ref.subject, ref.object);
    }
    return null;
  }

  /** One event node (./events.ts), in the default graph: it goes into the part of its event date. */
  eventBlock(key: string): Quad[] {
    this.g = defaultGraph();
    eventQuads(this.graph, key, { add: (s, p, o) => this.add(s, p, o), evidenceNode: (d, s, e) => this.evidenceNode(d, s, e) });
    return this.take();
  }

  /** One document: its node, its mentions, its events and (with named graphs) the direct edges it states. */
  documentBlock(docKey: string): Quad[] {
    const { graph } = this;
    const a = graph.getNodeAttributes(docKey) as DocumentAttributes;
    const documentId = docKey.startsWith('doc:') ? docKey.slice(4) : docKey;
    const d = documentIri(documentId);
    this.g = this.settings.namedGraphs ? d : defaultGraph();
    this.add(d, V.type, V.Document);
    this.add(d, V.key, literal(docKey));
    this.add(d, V.documentId, literal(documentId));
    this.add(d, V.label, literal(a.label));
    if (a.title !== null) this.add(d, V.headline, literal(a.title));
    if (a.published !== null) this.add(d, V.datePublished, this.dateTerm(a.published));
    if (a.source !== null) this.add(d, V.url, literal(a.source, V.xsdAnyURI));
    if (a.byline !== null) this.add(d, V.byline, literal(a.byline));
    if (a.x !== undefined) this.add(d, V.x, literal(String(a.x), V.xsdDouble));
    if (a.y !== undefined) this.add(d, V.y, literal(String(a.y), V.xsdDouble));
    const mentioned: [string, MentionsAttributes][] = [];
    graph.forEachOutEdge(docKey, (_edge, attributes, _source, target) => {
      if (attributes.kind === 'mentions') mentioned.push([target, attributes]);
    });
    mentioned.sort((x, y) => compareStrings(x[0], y[0]));
    for (const [entity] of mentioned) this.add(d, V.mentions, this.entity(entity));
    for (const [entity, edge] of mentioned) {
      const m = mentionIri(documentId, entity);
      this.add(m, V.type, V.Mention);
      this.add(m, V.inDocument, d);
      this.add(m, V.mentionOf, this.entity(entity));
      if (edge.label !== undefined) this.add(m, V.mentionLabel, this.name(edge.label));
      for (const alias of edge.aliases ?? []) this.add(m, V.surfaceForm, this.name(alias));
    }
    const stated = new Set<string>();
    for (const ref of this.evidenceOf(documentId)) {
      const { attributes, evidence } = ref;
      const s = this.entity(ref.subject);
      const o = this.entity(ref.object);
      if (this.settings.namedGraphs && !stated.has(ref.edge)) {
        this.add(s, PREDICATE_PROPERTY[attributes.predicate], o);
        stated.add(ref.edge);
      }
      const e = eventIri(documentId, evidence.start, evidence.end, attributes.predicate, ref.subject, ref.object);
      this.add(e, V.type, PREDICATE_EVENT_CLASS[attributes.predicate]);
      const roles = PREDICATE_ROLE_PROPERTIES[attributes.predicate];
      for (const property of roles.subject) this.add(e, property, s);
      for (const property of roles.object) this.add(e, property, o);
      for (const addressee of evidence.addressee ?? []) {
        const a = this.entity(addressee);
        for (const property of roles.addressee) this.add(e, property, a);
      }
      if (evidence.count !== null) this.add(e, V.count, integerLiteral(evidence.count));
      if (evidence.published !== null) this.add(e, V.date, this.dateTerm(evidence.published));
      this.add(e, V.wasDerivedFrom, d);
      this.add(e, V.evidenceText, literal(evidence.text));
      this.add(e, V.evidenceStart, integerLiteral(evidence.start));
      this.add(e, V.evidenceEnd, integerLiteral(evidence.end));
    }
    return this.take();
  }
}

/**
 * The quads of `graph` in the canonical order, as blocks (the head of `GraphQuads`, then day by day one block per
 * document and one per event) so a file writer can wait for the disk between blocks without holding every quad at once.
 */
export function* quadBlocks(graph: KnowledgeGraph, options: QuadOptions = {}): Generator<Quad[]> {
  const quads = new GraphQuads(graph, options);
  yield* quads.head();
  for (const part of quads.parts().values()) yield* quads.partBlocks(part);
}

/** Summary nodes per block of `summaryBlocks`. */
const SUMMARY_BLOCK = 2000;

/**
 * The summary nodes of `graph` (see summaries.ts): ng:RelationSummary per relation edge, ng:RequestSummary per
 * request and addressee, ng:CityWeaponSummary per city and weapon (from the event nodes). A number no
 * article states is left out (the query sees it unbound), never written as 0.
 */
function* summaryBlocks(
  graph: KnowledgeGraph,
  add: (s: Quad_Subject, p: Quad_Predicate, o: Quad_Object) => void,
  take: () => Quad[],
  entity: (key: string) => NamedNode,
  dateTerm: (value: string) => Literal,
): Generator<Quad[]> {
  const summaries = summarize(graph);
  let n = 0;
  const step = function* (): Generator<Quad[]> {
    n += 1;
    if (n % SUMMARY_BLOCK === 0) yield take();
  };
  for (const r of summaries.relations) {
    const s = relationSummaryIri(r.subject, r.predicate, r.object);
    add(s, V.type, V.RelationSummary);
    add(s, V.subjectEntity, entity(r.subject));
    add(s, V.directClaim, PREDICATE_PROPERTY[r.predicate]);
    add(s, V.objectEntity, entity(r.object));
    add(s, V.sourceCount, integerLiteral(r.sources));
    if (r.firstPublished !== null) add(s, V.firstPublished, dateTerm(r.firstPublished));
    if (r.lastPublished !== null) add(s, V.lastPublished, dateTerm(r.lastPublished));
    yield* step();
  }
  for (const r of summaries.requests) {
    const s = requestSummaryIri(r.subject, r.object, r.addressee);
    add(s, V.type, V.RequestSummary);
    add(s, V.subjectEntity, entity(r.subject));
    add(s, V.objectEntity, entity(r.object));
    if (r.addressee !== null) add(s, V.addresseeEntity, entity(r.addressee));
    add(s, V.sourceCount, integerLiteral(r.sources));
    add(s, V.documentIds, literal(r.documents.join(' ')));
    yield* step();
  }
  for (const c of summaries.cityWeapons) {
    const s = cityWeaponIri(c.city, c.weapon);
    add(s, V.type, V.CityWeaponSummary);
    add(s, V.city, entity(c.city));
    add(s, V.weapon, entity(c.weapon));
    if (c.launched !== null) add(s, V.launchedTotal, integerLiteral(c.launched));
    add(s, V.eventCount, integerLiteral(c.events));
    add(s, V.eventDates, literal(c.dates.join(' ')));
    yield* step();
  }
  yield take();
}

/** Calls `emit` for every quad of `graph`, in the canonical order (see `quadBlocks`). */
export function forEachQuad(graph: KnowledgeGraph, options: QuadOptions, emit: (quad: Quad) => void): void {
  for (const block of quadBlocks(graph, options)) for (const q of block) emit(q);
}

/** Every quad of `graph`, in the canonical order (see `forEachQuad`). */
export function graphToQuads(graph: KnowledgeGraph, options: QuadOptions = {}): Quad[] {
  const quads: Quad[] = [];
  forEachQuad(graph, options, (q) => quads.push(q));
  return quads;
}
