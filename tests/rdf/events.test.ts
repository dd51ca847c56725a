/**
 * Events in RDF (src/rdf/events.ts): an event node with its event date (ng:eventDate, apart from the articles'
 * schema:datePublished), weapon lines as nodes with their counts, targets, claimants (prov:wasAttributedTo) and every
 * report (prov:wasDerivedFrom); the export conforms to the shapes, broken events do not, rapper reads every file, and
 * import(export(g)) equals g for graphs with events.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { buildGraph } from '../../src/graph/build.ts';
import { exportGraph } from '../../src/output/index.ts';
import { importGraph, readQuads } from '../../src/rdf/files.ts';
import { graphToQuads } from '../../src/rdf/quads.ts';
import { quadsToGraph } from '../../src/rdf/fromQuads.ts';
import { validateQuads } from '../../src/rdf/validate.ts';
import { EV, EVENT_KIND_CLASS, NS, V, airEventIri } from '../../src/rdf/vocabulary.ts';
import { TEST_KNOWLEDGE, nightsCorpus, sampleEventArticles } from '../graph/event-fixture.ts';
import { RAPPER_SYNTAX, loadFixtures, loadShapes, rapperCount, snapshot } from './helpers.ts';

const graph = buildGraph([...loadFixtures(), ...sampleEventArticles()], { knowledge: TEST_KNOWLEDGE });
const quads = graphToQuads(graph);
const event = airEventIri('event:2024-02-03/russia/1');
const objects = (s: { value: string }, p: { value: string }) => quads.filter((q) => q.subject.value === s.value && q.predicate.value === p.value).map((q) => q.object);
const values = (s: { value: string }, p: { value: string }) => objects(s, p).map((o) => o.value).sort();
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-rdf-events-'));
  await exportGraph(graph, dir, { joined: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an event in RDF', () => {
  it('is typed by the spec table of event kinds and keyed for the import', () => {
    expect(values(event, V.type)).toEqual([EVENT_KIND_CLASS.attack.value]);
    expect(values(airEventIri('event:undated/russia/1'), V.type)).toEqual([EVENT_KIND_CLASS.attack.value]);
    expect(values(event, V.key)).toEqual(['event:2024-02-03/russia/1']);
    expect(event.value).toBe(`${NS.airEvent}2024-02-03/russia/1`);
  });

  it('carries its event date as ng:eventDate (xsd:date), apart from the publication dates of its articles', () => {
    const [date] = objects(event, EV.eventDate);
    expect([date?.value, date?.termType === 'Literal' ? date.datatype.value : null]).toEqual(['2024-02-03', V.xsdDate.value]);
    expect(values({ value: `${NS.document}ev_two` }, V.datePublished)).toEqual(['2024-02-04']);
    expect(objects(airEventIri('event:undated/russia/1'), EV.eventDate)).toEqual([]);
  });

  it('links attacker, targets, claimants and every reporting article', () => {
    expect(values(event, EV.attacker)).toEqual([`${NS.entity}russia`]);
    expect(values(event, EV.target)).toEqual([`${NS.entity}kyiv`, `${NS.entity}lviv`]);
    expect(values(event, EV.wasAttributedTo)).toEqual([`${NS.entity}russian-ministry-of-defence`, `${NS.entity}ukrainian-air-force`]);
    expect(values(event, V.wasDerivedFrom)).toEqual([`${NS.document}ev_one`, `${NS.document}ev_two`]);
    expect(values(event, EV.reportCount)).toEqual(['2']);
    const reports = objects(event, EV.report);
    expect(reports.map((r) => values(r, EV.reportId)[0]).sort()).toEqual(['ev_one#e1', 'ev_two#e1']);
  });

  it('gives each weapon line its own node with launched and intercepted counts, the rule, and every figure', () => {
    const lines = objects(event, EV.weaponLine);
    const kinzhal = lines.find((l) => values(l, EV.weapon)[0] === `${NS.entity}kinzhal`)!;
    expect(values(kinzhal, V.type)).toEqual([EV.WeaponLine.value]);
    expect([values(kinzhal, EV.launchedCount), values(kinzhal, EV.interceptedCount), values(kinzhal, EV.launchedRule), values(kinzhal, EV.conflict)]).toEqual([['4'], ['3'], ['official-latest'], ['true']]);
    // A figure is the weapon line of the claim that states it: the claim gives the claimant, its report the article.
    const subjectOf = (p: { value: string }, o: { value: string }) => quads.find((q) => q.predicate.value === p.value && q.object.value === o.value && q.subject.value.includes('/claim/'))?.subject;
    const reportOf = (claim: { value: string }) => quads.find((q) => q.predicate.value === EV.claim.value && q.object.value === claim.value)!.subject;
    const figures = objects(kinzhal, EV.figure).map((f) => {
      const claim = subjectOf(EV.weaponLine, f)!;
      return [values(reportOf(claim), V.wasDerivedFrom)[0], values(claim, EV.wasAttributedTo)[0] ?? null, values(f, EV.launchedCount)[0] ?? null];
    });
    expect(figures.sort()).toEqual([
      [`${NS.document}ev_one`, `${NS.entity}russian-ministry-of-defence`, '6'],
      [`${NS.document}ev_one`, `${NS.entity}ukrainian-air-force`, '4'],
      [`${NS.document}ev_two`, null, '5'],
    ]);
    // A count no report gave is absent, never 0.
    const kalibr = objects(airEventIri('event:undated/russia/1'), EV.weaponLine)[0]!;
    expect([values(kalibr, EV.launchedCount), values(kalibr, EV.interceptedCount)]).toEqual([[], []]);
  });
});

describe('round trip and validation', () => {
  it('import(export(g)) equals g, from quads and from every file', async () => {
    expect(snapshot(quadsToGraph(quads))).toEqual(snapshot(graph));
    for (const file of ['graph.ttl', 'graph.nt', 'graph.trig', 'graph.json']) expect(snapshot(await importGraph(join(dir, file))), file).toEqual(snapshot(graph));
    const big = buildGraph(nightsCorpus(20, 300).articles, { knowledge: TEST_KNOWLEDGE });
    expect(snapshot(quadsToGraph(graphToQuads(big)))).toEqual(snapshot(big));
  });

  it('writes figures no claim line states as ng:Figure nodes of their own, and reads them back', () => {
    // An event whose figure no claim states (e.g. an older graph): its figures are written as nodes, in order.
    const odd = buildGraph(sampleEventArticles(), { knowledge: TEST_KNOWLEDGE });
    const key = 'event:2024-02-03/russia/1';
    const node = odd.getNodeAttributes(key);
    if (node.kind !== 'event') throw new Error(`${key} is not an event`);
    const weapons = node.weapons;
    const figure = weapons.find((w) => w.figures.length > 1)!.figures[1]!;
    figure.launched = 99;
    const out = graphToQuads(odd);
    expect(out.filter((q) => q.object.equals(EV.Figure)).length).toBe(weapons.reduce((n, w) => n + w.figures.length, 0));
    expect(snapshot(quadsToGraph(out))).toEqual(snapshot(odd));
  });

  it.each(Object.entries(RAPPER_SYNTAX))('%s with events parses with rapper, with the same triple count as n3', async (file, syntax) => {
    expect(rapperCount(join(dir, file), syntax)).toBe((await readQuads(join(dir, file))).length);
  });

  it('conforms to the shapes', async () => {
    const outcome = await validateQuads(quads, loadShapes());
    expect(outcome.violations).toEqual([]);
  });

  const { literal, quad, namedNode } = DataFactory;
  const broken: [string, (q: Quad[]) => Quad[], string][] = [
    ['a negative launched count', (q) => q.map((x) => (x.predicate.equals(EV.launchedCount) ? quad(x.subject, x.predicate, literal('-1', V.xsdInteger)) : x)), 'MinInclusiveConstraintComponent'],
    ['an event date that is not a date', (q) => q.map((x) => (x.predicate.equals(EV.eventDate) ? quad(x.subject, x.predicate, literal('last night')) : x)), 'DatatypeConstraintComponent'],
    ['an event without reports', (q) => q.filter((x) => !x.predicate.equals(EV.report)), 'MinCountConstraintComponent'],
    ['a weapon line without its weapon', (q) => q.filter((x) => !(x.predicate.equals(EV.weapon) && x.subject.value.endsWith('/line/kinzhal'))), 'MinCountConstraintComponent'],
    ['an unknown figure rule', (q) => q.map((x) => (x.predicate.equals(EV.launchedRule) ? quad(x.subject, x.predicate, literal('average')) : x)), 'InConstraintComponent'],
    ['a target that is a weapon', (q) => [...q, quad(event, EV.target, namedNode(`${NS.entity}kinzhal`))], 'NodeConstraintComponent'],
  ];
  it.each(broken)('a graph with %s fails', async (_name, breakIt, component) => {
    const outcome = await validateQuads(breakIt(quads), loadShapes());
    expect(outcome.violations.map((v) => v.constraint.replace(/.*#/, ''))).toContain(component);
  });
});
