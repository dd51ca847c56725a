/**
 * Reads newsgraph RDF (as written by `forEachQuad`) back into the same Graphology graph: entities from their
 * ng:key and labels, documents, mentions edges from ng:Mention nodes, relation edges from event nodes, and the
 * real-world event nodes (./events.ts).
 * Named graphs are ignored (TriG and Turtle give the same graph). Browser-safe: no node: imports.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Quad, Term } from '@rdfjs/types';
import { InputError } from '../errors.ts';
import { ENTITY_TYPES, PREDICATES, PREDICATE_SPECS, ROLE_SPECS, type EntityType, type Predicate, type Role } from '../domain/index.ts';
import { compareEvidence, documentKey, mentionsKey, relationKey } from '../graph/build.ts';
import {
  GRAPH_FORMAT_VERSION,
  type DocumentAttributes,
  type EntityAttributes,
  type EvidenceRecord,
  type KnowledgeGraph,
  type MentionsAttributes,
  type RelationAttributes,
} from '../graph/types.ts';
import { compareStrings, sortedUnique } from '../graph/text.ts';
import { ENTITY_CLASS, GRAPH_IRI, NS, PREDICATE_EVENT_CLASS, PREDICATE_PROPERTY, ROLE_PROPERTY, V, decodeKey } from './vocabulary.ts';
import { EVENT_CLASS_KIND, readEvents } from './events.ts';
import type { EventKind } from '../domain/index.ts';

/** Properties of one subject: predicate IRI -> objects in input order. */
type Description = Map<string, Term[]>;

const entityTypeOfClass = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [ENTITY_CLASS[t].value, t]));
const predicateOfEvent = new Map<string, Predicate>(PREDICATES.map((p) => [PREDICATE_EVENT_CLASS[p].value, p]));

/** The event property a side of a relation is read back from: the first role of that side in PREDICATE_SPECS. */
interface ReadRole {
  property: { value: string };
  /** `ng:agent`, for error messages. */
  name: string;
}

const readRole = (role: Role): ReadRole => ({ property: ROLE_PROPERTY[role], name: ROLE_SPECS[role].rdfProperty });

/** Per predicate, where its event keeps the subject, the object and the addressees. */
const readRoles = Object.fromEntries(
  PREDICATES.map((p) => {
    const { subject, object, addressee } = PREDICATE_SPECS[p].roles;
    return [p, { subject: readRole(subject[0]), object: readRole(object[0]), addressee: addressee[0] === undefined ? null : readRole(addressee[0]) }];
  }),
) as Record<Predicate, { subject: ReadRole; object: ReadRole; addressee: ReadRole | null }>;

function values(d: Description, p: { value: string }): Term[] {
  return d.get(p.value) ?? [];
}

function one(d: Description, p: { value: string }): Term | undefined {
  return values(d, p)[0];
}

function text(d: Description, p: { value: string }): string | null {
  const term = one(d, p);
  return term === undefined ? null : term.value;
}

function requiredText(d: Description, p: { value: string }, where: string, subject: string): string {
  const value = text(d, p);
  if (value === null) throw new InputError(where, `${subject} has no <${p.value}>; expected newsgraph RDF from newsgraph build`);
  return value;
}

function numberOf(d: Description, p: { value: string }): number | undefined {
  const value = text(d, p);
  return value === null ? undefined : Number(value);
}

/**
 * Rebuilds the knowledge graph from its quads. Throws InputError (naming `where`) when the quads are not a
 * newsgraph export (no ng:KnowledgeGraph node, an entity without a key, an event pointing nowhere).
 */
export function quadsToGraph(quads: Iterable<Quad>, where = 'RDF input'): KnowledgeGraph {
  // 1. Group the triples by subject (graph names are ignored; a triple repeated in several named graphs counts once).
  const subjects = new Map<string, Description>();
  const direct = new Set(Object.values(PREDICATE_PROPERTY).map((p) => p.value));
  for (const q of quads) {
    // Direct edges are derived data (the events carry everything): skip them.
    if (direct.has(q.predicate.value)) continue;
    let d = subjects.get(q.subject.value);
    if (!d) subjects.set(q.subject.value, (d = new Map()));
    let list = d.get(q.predicate.value);
    if (!list) d.set(q.predicate.value, (list = []));
    if (!list.some((t) => t.equals(q.object))) list.push(q.object);
  }

  // 2. The graph node.
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const graphNode = subjects.get(GRAPH_IRI);
  if (!graphNode) throw new InputError(where, 'no ng:KnowledgeGraph node; expected newsgraph RDF from newsgraph build');
  const version = numberOf(graphNode, V.formatVersion);
  if (version !== GRAPH_FORMAT_VERSION) {
    throw new InputError(where, `format version ${String(version)}; expected ${GRAPH_FORMAT_VERSION}`);
  }
  const laidOut = text(graphNode, V.laidOut);
  graph.replaceAttributes(laidOut === null ? { formatVersion: GRAPH_FORMAT_VERSION } : { formatVersion: GRAPH_FORMAT_VERSION, laidOut: laidOut === 'true' });

  // 3. Classify the other subjects by rdf:type.
  const entities: [string, Description, EntityType][] = [];
  const documents: [string, Description][] = [];
  const mentions: [string, Description][] = [];
  const events: [string, Description, Predicate][] = [];
  const airEvents: [string, Description, EventKind][] = [];
  for (const [subject, d] of subjects) {
    for (const type of values(d, V.type)) {
      const entityType = entityTypeOfClass.get(type.value);
      const predicate = predicateOfEvent.get(type.value);
      const eventKind = EVENT_CLASS_KIND.get(type.value);
      if (entityType) entities.push([subject, d, entityType]);
      else if (predicate) events.push([subject, d, predicate]);
      else if (eventKind) airEvents.push([subject, d, eventKind]);
      else if (type.value === V.Document.value) documents.push([subject, d]);
      else if (type.value === V.Mention.value) mentions.push([subject, d]);
    }
  }
  const keyOf = new Map<string, string>();
  const byKey = (a: [string, ...unknown[]], b: [string, ...unknown[]]): number => compareStrings(a[0], b[0]);
  /** Adds an entity or document node with its layout position, if the RDF gives one, and remembers its key. */
  const addPlaced = (key: string, subject: string, d: Description, attributes: EntityAttributes | DocumentAttributes): void => {
    const x = numberOf(d, V.x);
    const y = numberOf(d, V.y);
    if (x !== undefined) attributes.x = x;
    if (y !== undefined) attributes.y = y;
    graph.addNode(key, attributes);
    keyOf.set(subject, key);
  };

  // 4. Entity and document nodes.
  for (const [subject, d, type] of entities.sort(byKey)) {
    const key = requiredText(d, V.key, where, subject);
    const wikidata = one(d, V.exactMatch);
    const attributes: EntityAttributes = {
      kind: 'entity',
      label: requiredText(d, V.prefLabel, where, subject),
      type,
      aliases: sortedUnique(values(d, V.altLabel).map((t) => t.value)),
      generic: text(d, V.generic) === 'true',
      wikidata: wikidata?.value.startsWith(NS.wd) ? decodeKey(wikidata.value.slice(NS.wd.length)) : null,
      documents: numberOf(d, V.documentCount) ?? 0,
    };
    const spellings = sortedUnique(values(d, V.hiddenLabel).map((t) => t.value));
    if (spellings.length) attributes.spellings = spellings;
    addPlaced(key, subject, d, attributes);
  }
  for (const [subject, d] of documents.sort(byKey)) {
    const documentId = requiredText(d, V.documentId, where, subject);
    const key = text(d, V.key) ?? documentKey(documentId);
    const attributes: DocumentAttributes = {
      kind: 'document',
      label: requiredText(d, V.label, where, subject),
      type: 'Document',
      title: text(d, V.headline),
      published: text(d, V.datePublished),
      source: text(d, V.url),
      byline: text(d, V.byline),
    };
    addPlaced(key, subject, d, attributes);
  }
  const nodeOf = (term: Term | undefined, subject: string, role: string): string => {
    const key = term ? keyOf.get(term.value) : undefined;
    if (key === undefined) throw new InputError(where, `${subject}: its ${role} is not a known entity or document; expected newsgraph RDF from newsgraph build`);
    return key;
  };

  // 5. Mentions edges.
  for (const [subject, d] of mentions.sort(byKey)) {
    const source = nodeOf(one(d, V.inDocument), subject, 'ng:inDocument');
    const target = nodeOf(one(d, V.mentionOf), subject, 'ng:mentionOf');
    const attributes: MentionsAttributes = { kind: 'mentions' };
    const label = text(d, V.mentionLabel);
    if (label !== null) attributes.label = label;
    const forms = values(d, V.surfaceForm);
    if (label !== null || forms.length > 0) attributes.aliases = sortedUnique(forms.map((t) => t.value));
    const documentId = source.startsWith('doc:') ? source.slice(4) : source;
    graph.addDirectedEdgeWithKey(mentionsKey(documentId, target), source, target, attributes);
  }

  // 6. Relation edges from the event nodes; aggregates are derived exactly as the builder derives them.
  const relations = new Map<string, { subject: string; object: string; predicate: Predicate; evidence: EvidenceRecord[] }>();
  for (const [subject, d, predicate] of events.sort(byKey)) {
    const roles = readRoles[predicate];
    const agent = nodeOf(one(d, roles.subject.property), subject, roles.subject.name);
    const object = nodeOf(one(d, roles.object.property), subject, roles.object.name);
    const docKey = nodeOf(one(d, V.wasDerivedFrom), subject, 'prov:wasDerivedFrom');
    const addresseeRole = roles.addressee;
    const addressee = addresseeRole ? values(d, addresseeRole.property) : [];
    const count = numberOf(d, V.count);
    const record: EvidenceRecord = {
      document: docKey.startsWith('doc:') ? docKey.slice(4) : docKey,
      text: requiredText(d, V.evidenceText, where, subject),
      start: numberOf(d, V.evidenceStart) ?? 0,
      end: numberOf(d, V.evidenceEnd) ?? 0,
      published: text(d, V.date),
      count: count === undefined ? null : count,
      addressee: addresseeRole && addressee.length ? sortedUnique(addressee.map((t) => nodeOf(t, subject, addresseeRole.name))) : null,
    };
    const key = relationKey(agent, predicate, object);
    let relation = relations.get(key);
    if (!relation) relations.set(key, (relation = { subject: agent, object, predicate, evidence: [] }));
    relation.evidence.push(record);
  }
  for (const key of [...relations.keys()].sort(compareStrings)) {
    const { subject, object, predicate, evidence } = relations.get(key)!;
    evidence.sort(compareEvidence);
    const dates = evidence.map((e) => e.published).filter((p): p is string => p !== null).sort(compareStrings);
    const attributes: RelationAttributes = {
      kind: 'relation',
      predicate,
      evidence,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      documents: new Set(evidence.map((e) => e.document)).size,
    };
    graph.addDirectedEdgeWithKey(key, subject, object, attributes);
  }

  // 7. Real-world event nodes and their edges (./events.ts).
  readEvents(graph, airEvents, subjects, keyOf, where);
  return graph;
}
