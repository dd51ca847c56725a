/**
 * The RDF export: parses with n3 and with Debian's rapper, conforms to ontology/shapes.ttl, reads back into the
 * same graph (from Turtle, N-Triples, TriG and graph.json), and is byte-identical when re-run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { buildGraph } from '../../src/graph/build.ts';
import { importGraph, readQuads } from '../../src/rdf/files.ts';
import { exportGraph } from '../../src/output/index.ts';
import { graphToQuads } from '../../src/rdf/quads.ts';
import { quadsToGraph } from '../../src/rdf/fromQuads.ts';
import { validateQuads } from '../../src/rdf/validate.ts';
import { NS, PREDICATE_EVENT_CLASS, PREDICATE_PROPERTY, V } from '../../src/rdf/vocabulary.ts';
import { InputError, NotFoundError } from '../../src/errors.ts';
import { RAPPER_SYNTAX, loadFixtures, loadShapes, rapperCount, snapshot } from './helpers.ts';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';

const graph = buildGraph(loadFixtures());
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
  await exportGraph(graph, dir, { joined: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export files', () => {
  it('writes the four files (with joined: true) and the RDF parts, nothing else (no temporary files left): links into the one live generation', () => {
    const names = readdirSync(dir).sort();
    expect(names.filter((n) => !n.startsWith('.'))).toEqual(['graph.json', 'graph.nt', 'graph.trig', 'graph.ttl', 'json', 'rdf']);
    expect(names.filter((n) => n.startsWith('.'))).toEqual(['.current', expect.stringMatching(/^\.gen-/)]);
  });

  it.each(Object.entries(RAPPER_SYNTAX))('%s parses with rapper, with the same triple count as n3', async (file, syntax) => {
    const n3Count = (await readQuads(join(dir, file))).length;
    expect(n3Count).toBeGreaterThan(100);
    expect(rapperCount(join(dir, file), syntax)).toBe(n3Count);
  });

  it('Turtle and N-Triples hold the same triples; TriG holds one named graph per article', async () => {
    const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType} ${q.object.value}`;
    const ttl = (await readQuads(join(dir, 'graph.ttl'))).map(key).sort();
    const nt = (await readQuads(join(dir, 'graph.nt'))).map(key).sort();
    expect(nt).toEqual(ttl);
    const trig = await readQuads(join(dir, 'graph.trig'));
    const graphs = new Set(trig.map((q) => q.graph.value).filter((g) => g !== ''));
    expect([...graphs].sort()).toEqual(['fx_alpha', 'fx_beta', 'fx_gamma'].map((id) => `${NS.document}${id}`));
    expect(new Set(trig.map(key))).toEqual(new Set(ttl));
  });

  it('holds both the direct edge and one event node per evidence', async () => {
    const quads = await readQuads(join(dir, 'graph.ttl'));
    const russia = `${NS.entity}russia`;
    const kinzhal = `${NS.entity}kinzhal`;
    expect(quads.some((q) => q.subject.value === russia && q.predicate.equals(PREDICATE_PROPERTY.launched) && q.object.value === kinzhal)).toBe(true);
    const launches = quads.filter((q) => q.predicate.equals(V.type) && q.object.equals(PREDICATE_EVENT_CLASS.launched)).map((q) => q.subject.value);
    const ofKinzhal = launches.filter((e) => quads.some((q) => q.subject.value === e && q.predicate.equals(V.object) && q.object.value === kinzhal));
    expect(ofKinzhal).toHaveLength(2);
    const derived = quads.filter((q) => ofKinzhal.includes(q.subject.value) && q.predicate.equals(V.wasDerivedFrom)).map((q) => q.object.value);
    expect(derived.sort()).toEqual([`${NS.document}fx_alpha`, `${NS.document}fx_beta`]);
  });

  it('is byte-identical when exported again', async () => {
    const again = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
    try {
      await exportGraph(buildGraph([...loadFixtures()].reverse()), again, { joined: true });
      for (const file of ['graph.json', 'graph.ttl', 'graph.nt', 'graph.trig']) {
        expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(dir, file), 'utf8'));
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('import(export(g)) equals g', () => {
  it.each(['graph.ttl', 'graph.nt', 'graph.trig', 'graph.json'])('via %s', async (file) => {
    const back = await importGraph(join(dir, file));
    expect(snapshot(back)).toEqual(snapshot(graph));
  });

  it('via a folder (its graph.json)', async () => {
    expect(snapshot(await importGraph(dir))).toEqual(snapshot(graph));
  });

  it.each([['trig'], ['ttl'], ['nt']] as const)('via a folder holding only the %s parts (no graph.json, no joined file)', async (format) => {
    const only = mkdtempSync(join(tmpdir(), `newsgraph-parts-${format}-`));
    try {
      await exportGraph(graph, only, { formats: [format] });
      expect(readdirSync(only).filter((n) => !n.startsWith('.'))).toEqual(['rdf']);
      expect(snapshot(await importGraph(only))).toEqual(snapshot(graph));
    } finally {
      rmSync(only, { recursive: true, force: true });
    }
  });

  it('via quads in memory, also with layout positions', () => {
    const g = buildGraph(loadFixtures());
    g.setNodeAttribute('doc:fx_beta', 'x', 0.1 + 0.2);
    g.setNodeAttribute('drone', 'y', -12345.678);
    g.setAttribute('laidOut', false);
    expect(snapshot(quadsToGraph(graphToQuads(g)))).toEqual(snapshot(g));
  });

  it('reports a missing file as NotFoundError and foreign RDF as InputError', async () => {
    await expect(importGraph(join(dir, 'missing.ttl'))).rejects.toThrow(NotFoundError);
    expect(() => new Parser().parse('<a> <b> <c> .')).not.toThrow();
    const foreign = new Parser().parse('<http://x/a> <http://x/b> <http://x/c> .');
    expect(() => quadsToGraph(foreign, 'foreign.ttl')).toThrow(InputError);
  });
});

describe('SHACL (ontology/shapes.ttl under shacl-engine)', () => {
  it('the export conforms', async () => {
    const outcome = await validateQuads(await readQuads(join(dir, 'graph.ttl')), loadShapes());
    expect(outcome.violations).toEqual([]);
    expect(outcome.conforms).toBe(true);
  });

  const { namedNode, literal, quad } = DataFactory;
  const ent = (k: string) => namedNode(`${NS.entity}${k}`);
  const broken: [string, (quads: Quad[]) => Quad[], string][] = [
    ['a launched edge whose object is a city', (q) => [...q, quad(ent('russia'), PREDICATE_PROPERTY.launched, ent('lviv'))], 'ClassConstraintComponent'],
    ['an entity without its label', (q) => q.filter((x) => !(x.subject.equals(ent('kinzhal')) && x.predicate.equals(V.prefLabel))), 'MinCountConstraintComponent'],
    ['an entity with two labels', (q) => [...q, quad(ent('kinzhal'), V.prefLabel, literal('Dagger'))], 'MaxCountConstraintComponent'],
    ['a negative count', (q) => q.map((x) => (x.predicate.equals(V.count) ? quad(x.subject, x.predicate, literal('-4', V.xsdInteger)) : x)), 'MinInclusiveConstraintComponent'],
    ['an event without provenance', (q) => q.filter((x) => !x.predicate.equals(V.wasDerivedFrom)), 'MinCountConstraintComponent'],
    ['a Wikidata link that is not a QID', (q) => [...q.filter((x) => !(x.subject.equals(ent('lviv')) && x.predicate.equals(V.exactMatch))), quad(ent('lviv'), V.exactMatch, namedNode('http://example.org/lviv'))], 'PatternConstraintComponent'],
    ['a targeted edge from a weapon', (q) => [...q, quad(ent('kinzhal'), PREDICATE_PROPERTY.targeted, ent('lviv'))], 'NodeConstraintComponent'],
  ];
  it.each(broken)('a graph with %s fails', async (_name, breakIt, component) => {
    const outcome = await validateQuads(breakIt(graphToQuads(graph)), loadShapes());
    expect(outcome.conforms).toBe(false);
    expect(outcome.violations.map((v) => v.constraint.replace(/.*#/, ''))).toContain(component);
  });
});
