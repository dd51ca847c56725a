/**
 * The one vocabulary module of newsgraph's RDF: namespaces, ontology terms and the IRI scheme.
 * Every IRI the export writes is minted here from a canonical key, deterministically and safely
 * (UTF-8 percent-encoding of a normalised key), so any entity name gives a valid IRI.
 * Browser-safe: no node: imports.
 */
import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import {
  DOCUMENT_SPEC,
  ENTITY_TYPES,
  EVENT_KINDS,
  EVENT_KIND_SPECS,
  ENTITY_TYPE_SPECS,
  PREDICATES,
  PREDICATE_SPECS,
  ROLES,
  ROLE_SPECS,
  type EntityType,
  type EventKind,
  type NgTerm,
  type Predicate,
  type Role,
} from '../domain/index.ts';
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
  summary: `${BASE}id/summary/`,
  airEvent: `${BASE}id/air-event/`,
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
  air: NS.airEvent,
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
  sum: NS.summary,
  wd: NS.wd,
  xsd: NS.xsd,
};

/** The IRI of the graph itself (carries format version and graph attributes). */
export const GRAPH_IRI = `${BASE}id/graph`;

const ng = (local: string): NamedNode => namedNode(NS.ng + local);

/** The named node of an ontology term of the domain's spec tables (`ng:Launch`). */
export function ngTerm(term: NgTerm): NamedNode {
  return ng(term.slice(3));
}

/** Builds a record over `keys` from one function of the key. */
function tableOf<K extends string, T>(keys: readonly K[], make: (key: K) => T): Record<K, T> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, T>;
}

/** Event property of each role (`ng:agent`, `ng:object`, `ng:place`, `ng:addressee`), from ROLE_SPECS. */
export const ROLE_PROPERTY: Record<Role, NamedNode> = tableOf(ROLES, (role) => ngTerm(ROLE_SPECS[role].rdfProperty));

/** Ontology terms (classes and properties of ontology/newsgraph.ttl) plus the external terms the export uses. */
export const V = {
  // classes
  KnowledgeGraph: ng('KnowledgeGraph'),
  Entity: ng('Entity'),
  Document: ngTerm(DOCUMENT_SPEC.rdfClass),
  Mention: ng('Mention'),
  Event: ng('Event'),
  Summary: ng('Summary'),
  RelationSummary: ng('RelationSummary'),
  RequestSummary: ng('RequestSummary'),
  CityWeaponSummary: ng('CityWeaponSummary'),
  // entity and document properties
  key: ng('key'),
  generic: ng('generic'),
  nameKey: ng('nameKey'),
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
  agent: ROLE_PROPERTY.agent,
  object: ROLE_PROPERTY.object,
  place: ROLE_PROPERTY.place,
  addressee: ROLE_PROPERTY.addressee,
  count: ng('count'),
  date: ng('date'),
  evidenceText: ng('evidenceText'),
  evidenceStart: ng('evidenceStart'),
  evidenceEnd: ng('evidenceEnd'),
  // summary properties
  subjectEntity: ng('subjectEntity'),
  directClaim: ng('directClaim'),
  objectEntity: ng('objectEntity'),
  addresseeEntity: ng('addresseeEntity'),
  sourceCount: ng('sourceCount'),
  firstPublished: ng('firstPublished'),
  lastPublished: ng('lastPublished'),
  documentIds: ng('documentIds'),
  city: ng('city'),
  weapon: ng('weapon'),
  launchedTotal: ng('launchedTotal'),
  eventCount: ng('eventCount'),
  eventDates: ng('eventDates'),
  // external
  type: namedNode(`${NS.rdf}type`),
  label: namedNode(`${NS.rdfs}label`),
  prefLabel: namedNode(`${NS.skos}prefLabel`),
  altLabel: namedNode(`${NS.skos}altLabel`),
  hiddenLabel: namedNode(`${NS.skos}hiddenLabel`),
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

/** Class of each entity type (ng:Person, ...), from ENTITY_TYPE_SPECS. */
export const ENTITY_CLASS: Record<EntityType, NamedNode> = tableOf(ENTITY_TYPES, (type) => ngTerm(ENTITY_TYPE_SPECS[type].rdfClass));

/** Direct-claim property of each predicate (`:russia ng:launched :kinzhal`), from PREDICATE_SPECS. */
export const PREDICATE_PROPERTY: Record<Predicate, NamedNode> = tableOf(PREDICATES, (p) => ngTerm(PREDICATE_SPECS[p].rdfProperty));

/** n-ary event class of each predicate (one event node per evidence), from PREDICATE_SPECS. */
export const PREDICATE_EVENT_CLASS: Record<Predicate, NamedNode> = tableOf(PREDICATES, (p) => ngTerm(PREDICATE_SPECS[p].eventClass));

/** Event properties that link an event node to its subject, object and addressees. */
export interface EventRoleProperties {
  subject: readonly NamedNode[];
  object: readonly NamedNode[];
  addressee: readonly NamedNode[];
}

/** For each predicate, the properties its event uses for each side (targeted: the object is ng:object and ng:place). */
export const PREDICATE_ROLE_PROPERTIES: Record<Predicate, EventRoleProperties> = tableOf(PREDICATES, (p) => {
  const roles = PREDICATE_SPECS[p].roles;
  return {
    subject: roles.subject.map((role) => ROLE_PROPERTY[role]),
    object: roles.object.map((role) => ROLE_PROPERTY[role]),
    addressee: roles.addressee.map((role) => ROLE_PROPERTY[role]),
  };
});

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

/** IRI of the summary of a relation edge (subject, predicate, object node keys). */
export function relationSummaryIri(subject: string, predicate: Predicate, object: string): NamedNode {
  return namedNode(`${NS.summary}relation/${encodeKey(subject)}/${predicate}/${encodeKey(object)}`);
}

/** IRI of the summary of the requests of `object` by `subject` from `addressee` (null: requests naming nobody). */
export function requestSummaryIri(subject: string, object: string, addressee: string | null): NamedNode {
  return namedNode(`${NS.summary}request/${encodeKey(subject)}/${encodeKey(object)}${addressee === null ? '' : `/${encodeKey(addressee)}`}`);
}

/** IRI of the summary of the launches of `weapon` at `city`. */
export function cityWeaponIri(city: string, weapon: string): NamedNode {
  return namedNode(`${NS.summary}city-weapon/${encodeKey(city)}/${encodeKey(weapon)}`);
}

/** IRI of a Wikidata item. */
export function wikidataIri(qid: string): NamedNode {
  return namedNode(NS.wd + encodeKey(qid));
}

// ---------------------------------------------------------------------------------------------------------------
// Real-world events (issue 9): the merged event nodes of the graph, their weapon lines, stated figures and reports.

/** Class of each event kind (ng:AirAttack, ng:AirDefenceAction), from EVENT_KIND_SPECS. */
export const EVENT_KIND_CLASS: Record<EventKind, NamedNode> = tableOf(EVENT_KINDS, (kind) => ngTerm(EVENT_KIND_SPECS[kind].rdfClass));

/** Terms of the event nodes (ontology/newsgraph.ttl, "Real-world events"). */
export const EV = {
  WeaponLine: ng('WeaponLine'),
  Figure: ng('Figure'),
  Report: ng('Report'),
  Claim: ng('Claim'),
  EvidenceSpan: ng('EvidenceSpan'),
  eventDate: ng('eventDate'),
  eventKind: ng('eventKind'),
  attacker: ng('attacker'),
  target: ng('target'),
  weaponLine: ng('weaponLine'),
  weapon: ng('weapon'),
  weaponClasses: ng('weaponClasses'),
  launchedCount: ng('launchedCount'),
  interceptedCount: ng('interceptedCount'),
  launchedRule: ng('launchedRule'),
  interceptedRule: ng('interceptedRule'),
  conflict: ng('conflict'),
  figure: ng('figure'),
  position: ng('position'),
  report: ng('report'),
  reportId: ng('reportId'),
  reportCount: ng('reportCount'),
  claim: ng('claim'),
  evidence: ng('evidence'),
  wasAttributedTo: namedNode(`${NS.prov}wasAttributedTo`),
} as const;

/** The parts of an event key `event:<date>/<attacker>/<n>`, or null for a key of another shape. */
function eventKeyParts(key: string): { date: string; attacker: string; n: string } | null {
  const match = /^event:(\d{4}-\d{2}-\d{2}|undated)\/(.+)\/(\d+)$/.exec(key);
  return match ? { date: match[1] as string, attacker: match[2] as string, n: match[3] as string } : null;
}

/** IRI of an event node (by its node key): `air:<date>/<attacker>/<n>`. */
export function airEventIri(key: string): NamedNode {
  const parts = eventKeyParts(key);
  return namedNode(NS.airEvent + (parts ? `${parts.date}/${encodeKey(parts.attacker)}/${parts.n}` : encodeKey(key)));
}

/** IRI of a part of an event node (a weapon line, a figure, a report, a claim, a span): the event's IRI and a path. */
export function airEventPartIri(event: NamedNode, ...segments: (string | number)[]): NamedNode {
  return namedNode(`${event.value}/${segments.map((s) => (typeof s === 'number' ? String(s) : encodeKey(s))).join('/')}`);
}
