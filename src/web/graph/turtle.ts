/**
 * Turtle -> knowledge graph, for .ttl files dropped on the explorer. n3 parses; the mapping is deliberately minimal
 * and keyed on local names so it follows ontology/newsgraph.ttl without importing Node-only code:
 *   - a subject typed Person/Country/City/Region/Organisation/WeaponSystem becomes an entity node
 *     (skos:prefLabel or rdfs:label, skos:altLabel as aliases, a wikidata.org skos:exactMatch as its QID);
 *   - a subject typed Document (or schema NewsArticle/Article) becomes a document node (title, date, URL);
 *   - a triple entity -> entity whose predicate's local name is one of the five predicates becomes a relation edge;
 *   - an event node (Launch, Interception, Request, Condemnation, Strike) adds evidence to its relation edge:
 *     its agent/object (by local name), prov:wasDerivedFrom document, and a literal whose local name mentions
 *     text/sentence/quote as the sentence.
 * When the graph helper's importer is browser-safe it can replace this file.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Quad, Term } from '@rdfjs/types';
import { InputError } from '../../errors.ts';
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../../extract/types.ts';
import { GRAPH_FORMAT_VERSION } from '../../graph/types.ts';
import type { EvidenceRecord, RelationAttributes } from '../../graph/types.ts';
import type { KnowledgeGraph } from './types.ts';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const EVENT_TO_PREDICATE: Record<string, Predicate> = {
  Launch: 'launched',
  Interception: 'intercepted',
  Request: 'requested',
  Condemnation: 'condemned',
  Strike: 'targeted',
};

/** The part of an IRI after its last '#' or '/'. */
export function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return decodeURIComponent(iri.slice(cut + 1));
}

interface Subject {
  types: Set<string>;
  /** predicate local name -> terms */
  values: Map<string, Term[]>;
}

/** Parses Turtle text and maps it onto a knowledge graph (see the banner for the mapping). */
export async function parseTurtleGraph(text: string, source: string): Promise<KnowledgeGraph> {
  // 1. Parse into subjects
  const { Parser } = await import('n3');
  let quads: Quad[];
  try {
    quads = new Parser().parse(text) as unknown as Quad[];
  } catch (error) {
    throw new InputError(source, `not valid Turtle (${(error as Error).message}); expected a graph.ttl from newsgraph build`);
  }
  const subjects = new Map<string, Subject>();
  for (const quad of quads) {
    const key = quad.subject.value;
    let subject = subjects.get(key);
    if (!subject) subjects.set(key, (subject = { types: new Set(), values: new Map() }));
    if (quad.predicate.value === RDF_TYPE) subject.types.add(localName(quad.object.value));
    const name = localName(quad.predicate.value);
    const list = subject.values.get(name);
    if (list) list.push(quad.object);
    else subject.values.set(name, [quad.object]);
  }
  const first = (subject: Subject, ...names: string[]): string | null => {
    for (const name of names) {
      const term = subject.values.get(name)?.[0];
      if (term) return term.value;
    }
    return null;
  };
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.setAttribute('formatVersion', GRAPH_FORMAT_VERSION);

  // 2. Entities and documents
  for (const [iri, subject] of subjects) {
    const entityType = ENTITY_TYPES.find((type) => subject.types.has(type));
    if (entityType) {
      const label = first(subject, 'prefLabel', 'label', 'name') ?? localName(iri);
      const aliases = (subject.values.get('altLabel') ?? []).map((term) => term.value);
      const match = (subject.values.get('exactMatch') ?? []).map((term) => term.value).find((value) => /wikidata\.org\/(entity|wiki)\/Q\d+$/.test(value));
      graph.addNode(iri, {
        kind: 'entity', label, type: entityType as EntityType, aliases, generic: false,
        wikidata: match ? localName(match) : null, documents: 0,
      });
    } else if (subject.types.has('Document') || subject.types.has('NewsArticle') || subject.types.has('Article')) {
      graph.addNode(iri, {
        kind: 'document', type: 'Document', label: first(subject, 'title', 'headline', 'label', 'prefLabel') ?? localName(iri),
        title: first(subject, 'title', 'headline', 'label'), published: first(subject, 'datePublished', 'date', 'published', 'issued'),
        source: first(subject, 'url', 'source', 'sameAs'), byline: first(subject, 'author', 'creator', 'byline'),
      });
    }
  }

  // 3. Direct relation edges
  const relationKey = (subject: string, predicate: string, object: string): string => `rel|${subject}|${predicate}|${object}`;
  for (const quad of quads) {
    const predicate = localName(quad.predicate.value) as Predicate;
    if (!PREDICATES.includes(predicate)) continue;
    const from = quad.subject.value;
    const to = quad.object.value;
    if (!graph.hasNode(from) || !graph.hasNode(to)) continue;
    const key = relationKey(from, predicate, to);
    if (graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, from, to, { kind: 'relation', predicate, evidence: [], firstDate: null, lastDate: null, documents: 0 });
  }

  // 4. Evidence from event nodes
  for (const subject of subjects.values()) {
    const eventType = Object.keys(EVENT_TO_PREDICATE).find((type) => subject.types.has(type));
    if (!eventType) continue;
    const predicate = EVENT_TO_PREDICATE[eventType] as Predicate;
    const agent = first(subject, 'agent', 'hasActor', 'actor', 'subject');
    const object = first(subject, 'object', 'target', 'hasTarget', 'patient', 'objectOf');
    if (!agent || !object || !graph.hasEdge(relationKey(agent, predicate, object))) continue;
    const attributes = graph.getEdgeAttributes(relationKey(agent, predicate, object)) as RelationAttributes;
    const documentIri = first(subject, 'wasDerivedFrom');
    let sentence: string | null = null;
    for (const [name, terms] of subject.values) {
      if (/text|sentence|quote|value/i.test(name) && terms[0]?.termType === 'Literal') sentence = terms[0].value;
    }
    const documentNode = documentIri && graph.hasNode(documentIri) ? graph.getNodeAttributes(documentIri) : null;
    const published = documentNode?.kind === 'document' ? documentNode.published : first(subject, 'date', 'hasTimeStamp');
    const record: EvidenceRecord = {
      document: documentIri ?? '', text: sentence ?? '', start: 0, end: 0, published: published ?? null, count: null, addressee: null,
    };
    attributes.evidence.push(record);
  }

  // 5. Aggregates
  graph.forEachEdge((_key, attributes) => {
    if (attributes.kind !== 'relation') return;
    const dates = attributes.evidence.map((record) => record.published).filter((date): date is string => !!date).sort();
    attributes.firstDate = dates[0] ?? null;
    attributes.lastDate = dates[dates.length - 1] ?? null;
    attributes.documents = new Set(attributes.evidence.map((record) => record.document)).size;
  });
  if (graph.order === 0) throw new InputError(source, 'no entities found; expected Turtle typed with the newsgraph ontology');
  return graph;
}
