/**
 * SPARQL ergonomics: predeclared prefixes and one-line parse errors with the position in the user's text and the
 * expected token in words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { graphToQuads } from '../../src/rdf/quads.ts';
import { Writer } from 'n3';
import { LocalSparql, column } from '../../src/query/sparql.ts';
import { expectedInWords, prepareQuery } from '../../src/query/sparql-text.ts';
import { fixtureGraph } from './fixture.ts';
import { NewsGraph } from '../../src/query/news-graph.ts';

const writer = new Writer({ format: 'N-Triples' });
writer.addQuads(graphToQuads(fixtureGraph()));
let text = '';
writer.end((_error, result: string) => (text = result));
const store = LocalSparql.fromText(text, 'application/n-triples');
afterAll(() => store.close());

function errorOf(query: string): string {
  try {
    store.query(query);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`query parsed: ${query}`);
}

describe('predeclared prefixes', () => {
  it('declares the project prefixes on one line in front of the query', () => {
    const prepared = prepareQuery('SELECT * WHERE { ?s ng:agent ?o }');
    expect(prepared.lineOffset).toBe(1);
    const first = prepared.text.split('\n')[0] as string;
    for (const prefix of ['ng', 'ent', 'doc', 'ev', 'sem', 'prov', 'skos', 'xsd']) expect(first).toContain(`PREFIX ${prefix}: <`);
  });

  it('leaves a prefix the query declares itself alone', () => {
    const prepared = prepareQuery('PREFIX ng: <http://example.org/other#>\nSELECT * WHERE { ?s ng:agent ?o }');
    expect(prepared.text.split('\n')[0]).not.toContain('PREFIX ng:');
    expect(prepared.text.split('\n')[0]).toContain('PREFIX ent:');
  });

  it('is not fooled by PREFIX in a comment or a string', () => {
    expect(prepareQuery('# PREFIX ng: <x>\nSELECT * WHERE { ?s ?p "PREFIX ent: <y>" }').text.split('\n')[0]).toMatch(/PREFIX ent: .*PREFIX ng: /);
  });

  it('runs a query that uses ng:, ent: and skos: without PREFIX lines', () => {
    const result = store.query('SELECT ?w WHERE { ent:russia ng:launched ?x . ?x skos:prefLabel ?w } ORDER BY ?w');
    // The same weapons as the library's relations (the direct edges), in the store's label order.
    const fromApi = new NewsGraph(fixtureGraph()).relations({ subject: 'Russia', predicate: 'launched' }).map((r) => r.object.label);
    expect(column(result, 'w')).toEqual(expect.arrayContaining(['Kalibr', 'Kh-22', 'Kinzhal', 'cruise missile']));
    expect([...column(result, 'w')].sort()).toEqual([...fromApi].sort());
  });
});

describe('parse errors', () => {
  it.each([
    ['SELECT ?x WHERE { ?x zz:agent ?y }', /^sparql: parse error at line 1, column 22 .*"zz:" is unknown \(declare it with PREFIX zz:/],
    ['SELECT ?x WHERE { ?x ng:agent ?y ', /^sparql: parse error at line 1, column \d+ .*expected '\}'.*the query ended$/],
    ['SELECT ?x WHERE {\n  ?x ng:agent ?y .\n  FILTER(?x = ) }', /^sparql: parse error at line 3, column 15 near "FILTER\(\?x = \) }": expected .*got '\)'$/],
    ['SELEC ?x WHERE { }', /^sparql: parse error at line 1, column 1 near "SELEC \?x WHERE \{ \}": expected .*got 'S'$/],
    ['# a comment\nSELECT ?x WHERE { ?x ng:agent ?y } LIMIT ten', /^sparql: parse error at line 2, column 42 .*expected a whole number; got 't'$/],
    ['SELECT ?x WHERE { ?x ng:agent "open }', /expected .*; got a string that is never closed$/],
    ['SELECT (COUNT(?x) AS ?n) ?y WHERE { ?x ?y ?z }', /^sparql: bad query: Projection of ungrouped variable \(\?y\)/],
  ])('%j', (query, pattern) => {
    const message = errorOf(query);
    expect(message).not.toContain('\n');
    expect(message).toMatch(pattern);
  });

  it('lists few expected tokens in full and many as a short list', () => {
    expect(expectedInWords(["'INTEGER'"])).toBe('a whole number');
    expect(expectedInWords(["'}'", "'.'"])).toBe("'}' or '.'");
    expect(expectedInWords(["'A'", "'B'", "'C'", "'D'", "'E'", "'F'", "'G'", "'H'"])).toMatch(/or others \(8 possibilities\)$/);
  });
});
