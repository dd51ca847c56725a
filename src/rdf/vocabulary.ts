/**
 * The one vocabulary module of newsgraph's RDF: namespaces, ontology terms and the IRI scheme.
 * Every IRI the export writes is minted here from a canonical key, deterministically and safely
 * (UTF-8 percent-encoding of a normalised key), so any entity name gives a valid IRI.
 * Browser-safe: no node: imports.
 */
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import type { EntityType, Predicate } from '../extract/types.ts';
import { wellFormed } from '../graph/text.ts';

const { namedNode } = DataFactory;

/** Base of every newsgraph IRI. */
export const BASE = 'https://newsgraph.example.org/';

/** Namespaces, as IRI prefixes. */
export const NS = {
  ng: `${BASE}ontology#`,
  entity: `${BASE}id/entity/`,
  document: `${BASE}id/document/`,
  event: `${BASE}id/event/`,
  mention: `${BASE}id/mention/`,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  prov: 'http://www.w3.org/ns/prov#',
  sh: 'http://www.w3.org/ns/shacl#',
  dcterms: 'http://purl.org/dc/terms/',
  wd: 'http://www.wikidata.org/entity/',
} as const;

/** Prefixes written at the top of Turtle and TriG files (sorted, so output is stable). */
export const PREFIXES: Record<string, string> = {
  dcterms: NS.dcterms,
  doc: NS.document,
  ent: NS.entity,
  ev: NS.event,
  men: NS.mention,
  ng: NS.ng,
  prov: NS.prov,
  rdf: NS.rdf,
  rdfs: NS.rdfs,
  schema: NS.schema,
  sem: NS.sem,
  skos: NS.skos,
  wd: NS.wd,
  xsd: NS.xsd,
};

/** The IRI of the graph itself (carries format version and graph attributes). */
export const GRAPH_IRI = `${BASE}id/graph`;

const ng = (local: string): NamedNode => namedNode(NS.ng + local);

/** Ontology terms (classes and properties of ontology/newsgraph.ttl) plus the external terms the export uses. */
export const V = {
  // classes
  KnowledgeGraph: ng('KnowledgeGraph'),
  Entity: ng('Entity'),
  Document: ng('Document'),
  Mention: ng('Mention'),
  Event: ng('Event'),
  // entity and document properties
  key: ng('key'),
  generic: ng('generic'),
  documentCount: ng('documentCount'),
  documentId: ng('documentId'),
  byline: ng('byline'),
  x: ng('x'),
  y: ng('y'),
  formatVersion: ng('formatVersion'),
  laidOut: ng('laidOut'),
  // mention properties
  inDocument: ng('inDocument'),
  mentionOf: ng('mentionOf'),
  surfaceForm: ng('surfaceForm'),
  mentionLabel: ng('mentionLabel'),
  // event properties
  agent: ng('agent'),
  object: ng('object'),
  place: ng('place'),
  addressee: ng('addressee'),
  count: ng('count'),
  date: ng('date'),
  evidenceText: ng('evidenceText'),
  evidenceStart: ng('evidenceStart'),
  evidenceEnd: ng('evidenceEnd'),
  // external
  type: namedNode(`${NS.rdf}type`),
  label: namedNode(`${NS.rdfs}label`),
  prefLabel: namedNode(`${NS.skos}prefLabel`),
  altLabel: namedNode(`${NS.skos}altLabel`),
  exactMatch: namedNode(`${NS.skos}exactMatch`),
  headline: namedNode(`${NS.schema}headline`),
  datePublished: namedNode(`${NS.schema}datePublished`),
  url: namedNode(`${NS.schema}url`),
  mentions: namedNode(`${NS.schema}mentions`),
  wasDerivedFrom: namedNode(`${NS.prov}wasDerivedFrom`),
  xsdString: namedNode(`${NS.xsd}string`),
  xsdDate: namedNode(`${NS.xsd}date`),
  xsdDateTime: namedNode(`${NS.xsd}dateTime`),
  xsdInteger: namedNode(`${NS.xsd}integer`),
  xsdNonNegativeInteger: namedNode(`${NS.xsd}nonNegativeInteger`),
  xsdDouble: namedNode(`${NS.xsd}double`),
  xsdBoolean: namedNode(`${NS.xsd}boolean`),
  xsdAnyURI: namedNode(`${NS.xsd}anyURI`),
} as const;

/** Class of each entity type (ng:Person, ...). */
export const ENTITY_CLASS: Record<EntityType, NamedNode> = {
  Person: ng('Person'),
  Country: ng('Country'),
  City: ng('City'),
  Region: ng('Region'),
  Organisation: ng('Organisation'),
  WeaponSystem: ng('WeaponSystem'),
};

/** Direct-claim property of each predicate (`:russia ng:launched :kinzhal`). */
export const PREDICATE_PROPERTY: Record<Predicate, NamedNode> = {
  launched: ng('launched'),
  intercepted: ng('intercepted'),
  requested: ng('requested'),
  condemned: ng('condemned'),
  targeted: ng('targeted'),
};

/** n-ary event class of each predicate (one event node per evidence). */
export const PREDICATE_EVENT_CLASS: Record<Predicate, NamedNode> = {
  launched: ng('Launch'),
  intercepted: ng('Interception'),
  requested: ng('Request'),
  condemned: ng('Condemnation'),
  targeted: ng('Strike'),
};

/**
 * Percent-encodes a key for use as one IRI path segment: the key is made well-formed (lone surrogates become
 * U+FFFD) and NFC-normalised, then every byte of its UTF-8 outside `[A-Za-z0-9-._~]` is written as `%XX`.
 * The result is stable, reversible (`decodeKey`) and valid in every RDF syntax, also as a Turtle local name.
 */
export function encodeKey(key: string): string {
  let encoded = encoded_.get(key);
  if (encoded === undefined) {
    const normal = wellFormed(key).normalize('NFC');
    encoded = normal === '' ? '_' : encodeURIComponent(normal).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    // Exports mint the same entity and document keys over and over: remember them, within a bound.
    if (encoded_.size >= ENCODED_CACHE_SIZE) encoded_.clear();
    encoded_.set(key, encoded);
  }
  return encoded;
}

const ENCODED_CACHE_SIZE = 200_000;
const encoded_ = new Map<string, string>();

/** Reverses `encodeKey` (for keys that were well-formed and NFC already). */
export function decodeKey(segment: string): string {
  return segment === '_' ? '' : decodeURIComponent(segment);
}

/** IRI of an entity node (by its node key). */
export function entityIri(key: string): NamedNode {
  return namedNode(NS.entity + encodeKey(key));
}

/** IRI of a document (by its document id, without `doc:`). */
export function documentIri(documentId: string): NamedNode {
  return namedNode(NS.document + encodeKey(documentId));
}

/** IRI of the mention of an entity in a document. */
export function mentionIri(documentId: string, entityKey: string): NamedNode {
  return namedNode(`${NS.mention}${encodeKey(documentId)}/${encodeKey(entityKey)}`);
}

/** IRI of the event node of one evidence of a relation. */
export function eventIri(documentId: string, start: number, end: number, predicate: Predicate, subject: string, object: string): NamedNode {
  return namedNode(`${NS.event}${encodeKey(documentId)}/${start}-${end}/${predicate}/${encodeKey(subject)}/${encodeKey(object)}`);
}

/** IRI of a Wikidata item. */
export function wikidataIri(qid: string): NamedNode {
  return namedNode(NS.wd + encodeKey(qid));
}
