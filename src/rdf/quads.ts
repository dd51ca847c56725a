/**
 * The knowledge graph as RDF/JS quads, against ontology/newsgraph.ttl. Each entity, document, mention and evidence
 * becomes a node with enough data to rebuild the Graphology graph exactly (`quadsToGraph`); each relation is
 * written twice, like Wikidata's direct claims beside its statements: the direct edge (`ent:russia ng:launched
 * ent:kinzhal`) and one n-ary event node per evidence (ng:Launch with agent, object, count, date, provenance).
 * Quads come out in a fixed order (graph, entities, then one block per document), grouped by subject, so writers
 * produce compact and byte-stable output. Browser-safe: no node: imports.
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

/**
 * The quads of `graph` in the canonical order, as blocks (the graph node and entities in blocks of 1000, then one
 * block per document) so a file writer can wait for the disk between blocks without holding every quad at once.
 */
export function* quadBlocks(graph: KnowledgeGraph, options: QuadOptions = {}): Generator<Quad[]> {
  const settings = { ...DEFAULT_QUAD_OPTIONS, ...options };
  let g: Quad_Graph = defaultGraph();
  let block: Quad[] = [];
  const add = (s: Quad_Subject, p: Quad_Predicate, o: Quad_Object): void => {
    block.push(quad(s, p, o, g));
  };
  // Names and dates repeat across thousands of mentions and events: one term each per export.
  const names = new Map<string, Literal>();
  const name = (value: string): Literal => {
    let term = names.get(value);
    if (term === undefined) names.set(value, (term = literal(value)));
    return term;
  };
  const dates = new Map<string, Literal>();
  const dateTerm = (value: string): Literal => {
    let term = dates.get(value);
    if (term === undefined) dates.set(value, (term = dateLiteral(value)));
    return term;
  };
  const take = (): Quad[] => {
    const out = block;
    block = [];
    return out;
  };

  // 1. The graph itself: format version and graph attributes.
  const graphNode = namedNode(GRAPH_IRI);
  const graphAttributes = graph.getAttributes();
  add(graphNode, V.type, V.KnowledgeGraph);
  add(graphNode, V.formatVersion, integerLiteral(graphAttributes.formatVersion));
  if (graphAttributes.laidOut !== undefined) add(graphNode, V.laidOut, graphAttributes.laidOut ? TRUE : FALSE);

  // 2. Entities, by key. IRIs are cached: every later block refers to them.
  const entityKeys: string[] = [];
  const documentKeys: string[] = [];
  graph.forEachNode((key, attributes) => (attributes.kind === 'entity' ? entityKeys : documentKeys).push(key));
  entityKeys.sort(compareStrings);
  documentKeys.sort(compareStrings);
  const iri = new Map<string, NamedNode>();
  for (const [i, key] of entityKeys.entries()) {
    if (i > 0 && i % ENTITY_BLOCK === 0) yield take();
    const a = graph.getNodeAttributes(key) as EntityAttributes;
    const s = entityIri(key);
    iri.set(key, s);
    add(s, V.type, ENTITY_CLASS[a.type]);
    add(s, V.key, literal(key));
    add(s, V.prefLabel, name(a.label));
    for (const alias of a.aliases) add(s, V.altLabel, name(alias));
    for (const spelling of a.spellings ?? []) add(s, V.hiddenLabel, name(spelling));
    add(s, V.generic, a.generic ? TRUE : FALSE);
    if (a.wikidata !== null) add(s, V.exactMatch, wikidataIri(a.wikidata));
    add(s, V.documentCount, integerLiteral(a.documents));
    if (a.x !== undefined) add(s, V.x, literal(String(a.x), V.xsdDouble));
    if (a.y !== undefined) add(s, V.y, literal(String(a.y), V.xsdDouble));
  }

  if (block.length) yield take();

  // 3. Summaries (derived data for the ready-made queries; the importer skips them), in the default graph.
  yield* summaryBlocks(graph, add, take, (key) => iri.get(key) ?? entityIri(key), dateTerm);

  // 4. Evidence grouped by document, so each document's block holds its events.
  const byDocument = new Map<string, EvidenceRef[]>();
  const relations: EvidenceRef[] = [];
  graph.forEachEdge((edge, attributes, subject, object) => {
    if (attributes.kind !== 'relation') return;
    for (const evidence of attributes.evidence) relations.push({ edge, subject, object, attributes, evidence });
  });
  // Edge-key order within each document (evidence keeps its own order inside an edge: the sort is stable).
  relations.sort((x, y) => compareStrings(x.edge, y.edge));
  for (const ref of relations) {
    let list = byDocument.get(ref.evidence.document);
    if (!list) byDocument.set(ref.evidence.document, (list = []));
    list.push(ref);
  }
  const directWritten = new Set<string>();

  // 5. One block per document: the document, its mentions, its events and the direct edges it states.
  for (const docKey of documentKeys) {
    const a = graph.getNodeAttributes(docKey) as DocumentAttributes;
    const documentId = docKey.startsWith('doc:') ? docKey.slice(4) : docKey;
    const d = documentIri(documentId);
    if (settings.namedGraphs) g = d;
    add(d, V.type, V.Document);
    add(d, V.key, literal(docKey));
    add(d, V.documentId, literal(documentId));
    add(d, V.label, literal(a.label));
    if (a.title !== null) add(d, V.headline, literal(a.title));
    if (a.published !== null) add(d, V.datePublished, dateTerm(a.published));
    if (a.source !== null) add(d, V.url, literal(a.source, V.xsdAnyURI));
    if (a.byline !== null) add(d, V.byline, literal(a.byline));
    if (a.x !== undefined) add(d, V.x, literal(String(a.x), V.xsdDouble));
    if (a.y !== undefined) add(d, V.y, literal(String(a.y), V.xsdDouble));
    const mentioned: [string, MentionsAttributes][] = [];
    graph.forEachOutEdge(docKey, (_edge, attributes, _source, target) => {
      if (attributes.kind === 'mentions') mentioned.push([target, attributes]);
    });
    mentioned.sort((x, y) => compareStrings(x[0], y[0]));
    for (const [entity] of mentioned) add(d, V.mentions, iri.get(entity) ?? entityIri(entity));
    for (const [entity, edge] of mentioned) {
      const m = mentionIri(documentId, entity);
      add(m, V.type, V.Mention);
      add(m, V.inDocument, d);
      add(m, V.mentionOf, iri.get(entity) ?? entityIri(entity));
      if (edge.label !== undefined) add(m, V.mentionLabel, name(edge.label));
      for (const alias of edge.aliases ?? []) add(m, V.surfaceForm, name(alias));
    }
    for (const ref of byDocument.get(documentId) ?? []) {
      const { attributes, evidence } = ref;
      const s = iri.get(ref.subject) ?? entityIri(ref.subject);
      const o = iri.get(ref.object) ?? entityIri(ref.object);
      if (settings.namedGraphs || !directWritten.has(ref.edge)) {
        add(s, PREDICATE_PROPERTY[attributes.predicate], o);
        directWritten.add(ref.edge);
      }
      const e = eventIri(documentId, evidence.start, evidence.end, attributes.predicate, ref.subject, ref.object);
      add(e, V.type, PREDICATE_EVENT_CLASS[attributes.predicate]);
      const roles = PREDICATE_ROLE_PROPERTIES[attributes.predicate];
      for (const property of roles.subject) add(e, property, s);
      for (const property of roles.object) add(e, property, o);
      for (const addressee of evidence.addressee ?? []) {
        const a = iri.get(addressee) ?? entityIri(addressee);
        for (const property of roles.addressee) add(e, property, a);
      }
      if (evidence.count !== null) add(e, V.count, integerLiteral(evidence.count));
      if (evidence.published !== null) add(e, V.date, dateTerm(evidence.published));
      add(e, V.wasDerivedFrom, d);
      add(e, V.evidenceText, literal(evidence.text));
      add(e, V.evidenceStart, integerLiteral(evidence.start));
      add(e, V.evidenceEnd, integerLiteral(evidence.end));
    }
    yield take();
  }
}

/** Summary nodes per block of `summaryBlocks`. */
const SUMMARY_BLOCK = 2000;

/**
 * The summary nodes of `graph` (see summaries.ts): ng:RelationSummary per relation edge, ng:RequestSummary per
 * request and addressee, ng:CityWeaponSummary per city and weapon with one ng:CityWeaponDay per day. A number no
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
    add(s, V.claim, PREDICATE_PROPERTY[r.predicate]);
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
    add(s, V.dayCount, integerLiteral(c.days.length));
    add(s, V.publishedDates, literal(c.days.map((d) => d.day).join(' ')));
    for (const d of c.days) {
      const day = cityWeaponIri(c.city, c.weapon, d.day);
      add(day, V.type, V.CityWeaponDay);
      add(day, V.summaryOf, s);
      add(day, V.day, d.day === 'undated' ? literal(d.day) : dateTerm(d.day));
      if (d.count !== null) add(day, V.largestCount, integerLiteral(d.count));
    }
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
