/**
 * The domain's spec tables against the ontology: every RDF class and property a spec names is declared in
 * ontology/newsgraph.ttl with the spec's label and is the target of a SHACL shape in ontology/shapes.ttl; each
 * predicate's subject and object types equal its property's domain and range and the types its direct-edge shape
 * allows. Colours are valid and distinct within a table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFactory, Parser, Store } from 'n3';
import type { Term } from '@rdfjs/types';
import {
  DOCUMENT_SPEC,
  ENTITY_TYPES,
  ENTITY_TYPE_SPECS,
  EVENT_KINDS,
  EVENT_KIND_SPECS,
  PREDICATES,
  PREDICATE_SPECS,
  ROLES,
  ROLE_SPECS,
  type EntityType,
  type NgTerm,
} from '../../src/domain/index.ts';

const { namedNode } = DataFactory;
const ROOT = join(import.meta.dirname, '..', '..');
const parse = (file: string) => new Store(new Parser({ format: 'Turtle' }).parse(readFileSync(join(ROOT, 'ontology', file), 'utf8')));
const ontology = parse('newsgraph.ttl');
const shapes = parse('shapes.ttl');

const NG = 'https://newsgraph.example.org/ontology#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const SH = 'http://www.w3.org/ns/shacl#';
const iri = (term: NgTerm): string => NG + term.slice(3);

/** Objects of (subject, predicate) in `store`. */
const objects = (store: Store, subject: Term | string, predicate: string): Term[] =>
  store.getObjects(typeof subject === 'string' ? namedNode(subject) : subject, namedNode(predicate), null);

const isA = (term: NgTerm, owlType: string): boolean => objects(ontology, iri(term), `${RDF}type`).some((t) => t.value === OWL + owlType);
const label = (term: NgTerm): string | undefined => objects(ontology, iri(term), `${RDFS}label`)[0]?.value;
const shapeTargets = (kind: 'targetClass' | 'targetSubjectsOf'): Set<string> =>
  new Set(shapes.getQuads(null, namedNode(SH + kind), null, null).map((q) => q.object.value));

/** The items of an RDF list. */
function listItems(store: Store, head: Term): Term[] {
  const items: Term[] = [];
  for (let node = head; node.value !== `${RDF}nil`; ) {
    const first = objects(store, node, `${RDF}first`)[0];
    const rest = objects(store, node, `${RDF}rest`)[0];
    if (!first || !rest) throw new Error(`broken RDF list at ${node.value}`);
    items.push(first);
    node = rest;
  }
  return items;
}

/** Class IRIs an ontology domain or range allows: one class, or an owl:unionOf; ng:Entity means every type. */
function ontologyClasses(term: Term): string[] {
  if (term.value === `${NG}Entity`) return ENTITY_TYPES.map((t) => iri(ENTITY_TYPE_SPECS[t].rdfClass));
  const union = objects(ontology, term, `${OWL}unionOf`)[0];
  return union ? listItems(ontology, union).map((t) => t.value) : [term.value];
}

/** Class IRIs a SHACL node or property shape admits, through sh:class, sh:node and sh:or. */
function shapeClasses(node: Term): string[] {
  const classes = objects(shapes, node, `${SH}class`).map((t) => t.value);
  for (const inner of objects(shapes, node, `${SH}node`)) classes.push(...shapeClasses(inner));
  for (const list of objects(shapes, node, `${SH}or`)) for (const item of listItems(shapes, list)) classes.push(...shapeClasses(item));
  return classes;
}

const classesOf = (types: readonly EntityType[]): string[] => types.map((t) => iri(ENTITY_TYPE_SPECS[t].rdfClass)).sort();
const sorted = (values: string[]): string[] => [...new Set(values)].sort();

describe('entity type specs', () => {
  const rows = [...ENTITY_TYPES.map((t) => [t, ENTITY_TYPE_SPECS[t]] as const), ['Document', DOCUMENT_SPEC] as const];

  it.each(rows)('%s: its class is declared with the spec label and has a shape', (_type, spec) => {
    expect(isA(spec.rdfClass, 'Class'), `${spec.rdfClass} is an owl:Class`).toBe(true);
    expect(label(spec.rdfClass)).toBe(spec.label);
    expect(shapeTargets('targetClass').has(iri(spec.rdfClass)), `a shape targets ${spec.rdfClass}`).toBe(true);
  });

  it('has valid, distinct colours', () => {
    const colours = rows.map(([, spec]) => spec.color);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('predicate specs', () => {
  it.each(PREDICATES)('%s: property and event class declared with the spec label, each with a shape', (p) => {
    const spec = PREDICATE_SPECS[p];
    expect(isA(spec.rdfProperty, 'ObjectProperty'), `${spec.rdfProperty} is an owl:ObjectProperty`).toBe(true);
    expect(label(spec.rdfProperty)).toBe(spec.label);
    expect(shapeTargets('targetSubjectsOf').has(iri(spec.rdfProperty)), `a shape targets subjects of ${spec.rdfProperty}`).toBe(true);
    expect(isA(spec.eventClass, 'Class'), `${spec.eventClass} is an owl:Class`).toBe(true);
    expect(objects(ontology, iri(spec.eventClass), `${RDFS}subClassOf`).map((t) => t.value)).toContain(`${NG}Event`);
    expect(shapeTargets('targetClass').has(iri(spec.eventClass)), `a shape targets ${spec.eventClass}`).toBe(true);
  });

  it.each(PREDICATES)("%s: subject and object types equal the property's domain and range", (p) => {
    const spec = PREDICATE_SPECS[p];
    const [domain] = objects(ontology, iri(spec.rdfProperty), `${RDFS}domain`);
    const [range] = objects(ontology, iri(spec.rdfProperty), `${RDFS}range`);
    expect(domain && sorted(ontologyClasses(domain)), 'rdfs:domain').toEqual(classesOf(spec.subjectTypes));
    expect(range && sorted(ontologyClasses(range)), 'rdfs:range').toEqual(classesOf(spec.objectTypes));
  });

  it.each(PREDICATES)('%s: subject and object types equal what its direct-edge shape allows', (p) => {
    const spec = PREDICATE_SPECS[p];
    const [shape] = shapes.getSubjects(namedNode(`${SH}targetSubjectsOf`), namedNode(iri(spec.rdfProperty)), null);
    expect(shape, `a shape for subjects of ${spec.rdfProperty}`).toBeDefined();
    expect(sorted(shapeClasses(shape!)), 'subject').toEqual(classesOf(spec.subjectTypes));
    const property = objects(shapes, shape!, `${SH}property`).find((node) => objects(shapes, node, `${SH}path`)[0]?.value === iri(spec.rdfProperty));
    expect(property, `a property shape on ${spec.rdfProperty}`).toBeDefined();
    expect(sorted(shapeClasses(property!)), 'object').toEqual(classesOf(spec.objectTypes));
  });

  it('has valid, distinct colours', () => {
    const colours = PREDICATES.map((p) => PREDICATE_SPECS[p].color);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('role specs', () => {
  const paths = new Set(shapes.getQuads(null, namedNode(`${SH}path`), null, null).map((q) => q.object.value));

  it.each(ROLES)('%s: its event property is declared on ng:Event and constrained by a shape', (role) => {
    const term = ROLE_SPECS[role].rdfProperty;
    expect(isA(term, 'ObjectProperty'), `${term} is an owl:ObjectProperty`).toBe(true);
    expect(label(term)).toBe(ROLE_SPECS[role].label);
    expect(objects(ontology, iri(term), `${RDFS}domain`).map((t) => t.value)).toEqual([`${NG}Event`]);
    expect(paths.has(iri(term)), `a shape has sh:path ${term}`).toBe(true);
  });

  it('every predicate gives its subject and object one role at least, and uses each role', () => {
    const used = new Set(PREDICATES.flatMap((p) => Object.values(PREDICATE_SPECS[p].roles).flat()));
    expect([...used].sort()).toEqual([...ROLES].sort());
  });
});

describe('event kind specs', () => {
  it.each(EVENT_KINDS)('%s: its class is declared with the spec label, under sem:Event, and has a shape', (kind) => {
    const spec = EVENT_KIND_SPECS[kind];
    expect(isA(spec.rdfClass, 'Class'), `${spec.rdfClass} is an owl:Class`).toBe(true);
    expect(label(spec.rdfClass)).toBe(spec.label);
    expect(objects(ontology, iri(spec.rdfClass), `${RDFS}subClassOf`).map((t) => t.value)).toContain('http://semanticweb.cs.vu.nl/2009/11/sem/Event');
    expect(shapeTargets('targetClass').has(iri(spec.rdfClass)), `a shape targets ${spec.rdfClass}`).toBe(true);
  });
});
