/**
 * ontology/newsgraph.ttl and ontology/shapes.ttl: both parse (n3 and rapper), every ontology term the export uses
 * is declared, the classes are aligned as the issue asks, and every class has a SHACL shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser, Store, DataFactory } from 'n3';
import { ENTITY_TYPES, PREDICATES } from '../../src/domain/index.ts';
import { ENTITY_CLASS, NS, PREDICATE_EVENT_CLASS, PREDICATE_PROPERTY, V } from '../../src/rdf/vocabulary.ts';
import { ROOT, rapperCount } from './helpers.ts';

const { namedNode } = DataFactory;
const ONTOLOGY = join(ROOT, 'ontology', 'newsgraph.ttl');
const SHAPES = join(ROOT, 'ontology', 'shapes.ttl');
const ontology = new Store(new Parser({ format: 'Turtle' }).parse(readFileSync(ONTOLOGY, 'utf8')));
const shapes = new Store(new Parser({ format: 'Turtle' }).parse(readFileSync(SHAPES, 'utf8')));
const type = namedNode(`${NS.rdf}type`);
const subClassOf = namedNode(`${NS.rdfs}subClassOf`);
const owl = (local: string) => namedNode(`${NS.owl}${local}`);
const has = (s: string, p: { value: string }, o: string) => ontology.has(DataFactory.quad(namedNode(s), namedNode(p.value), namedNode(o)));

describe('ontology files', () => {
  it.each([ONTOLOGY, SHAPES])('%s parses with rapper like with n3', (file) => {
    const n3Count = new Parser({ format: 'Turtle' }).parse(readFileSync(file, 'utf8')).length;
    expect(rapperCount(file, 'turtle')).toBe(n3Count);
  });

  it('declares every ng: term the export uses', () => {
    const used = [...Object.values(V), ...Object.values(ENTITY_CLASS), ...Object.values(PREDICATE_PROPERTY), ...Object.values(PREDICATE_EVENT_CLASS)]
      .map((t) => t.value)
      .filter((iri) => iri.startsWith(NS.ng));
    const declared = (iri: string) => ['Class', 'ObjectProperty', 'DatatypeProperty'].some((k) => ontology.has(DataFactory.quad(namedNode(iri), type, owl(k))));
    expect(used.filter((iri) => !declared(iri))).toEqual([]);
  });

  const alignment: [string, string][] = [
    ['Person', `${NS.schema}Person`],
    ['Country', `${NS.schema}Country`],
    ['City', `${NS.schema}City`],
    ['Region', `${NS.schema}AdministrativeArea`],
    ['Organisation', `${NS.schema}Organization`],
    ['Document', `${NS.schema}NewsArticle`],
    ['Event', `${NS.sem}Event`],
  ];
  it.each(alignment)('ng:%s is aligned to %s', (local, parent) => {
    expect(has(`${NS.ng}${local}`, subClassOf, parent)).toBe(true);
  });

  it.each(PREDICATES)('%s is an object property with a domain and a range, and has an event class under ng:Event', (p) => {
    const property = PREDICATE_PROPERTY[p].value;
    expect(has(property, type, owl('ObjectProperty').value)).toBe(true);
    expect(ontology.getQuads(namedNode(property), namedNode(`${NS.rdfs}domain`), null, null)).toHaveLength(1);
    expect(ontology.getQuads(namedNode(property), namedNode(`${NS.rdfs}range`), null, null)).toHaveLength(1);
    expect(has(PREDICATE_EVENT_CLASS[p].value, subClassOf, `${NS.ng}Event`)).toBe(true);
  });

  it('has a SHACL shape targeting every class', () => {
    const targets = new Set(shapes.getQuads(null, namedNode(`${NS.sh}targetClass`), null, null).map((q) => q.object.value));
    const classes = [
      ...ENTITY_TYPES.map((t) => ENTITY_CLASS[t].value),
      ...PREDICATES.map((p) => PREDICATE_EVENT_CLASS[p].value),
      V.Document.value,
      V.Mention.value,
      V.KnowledgeGraph.value,
    ];
    expect(classes.filter((c) => !targets.has(c))).toEqual([]);
  });
});
