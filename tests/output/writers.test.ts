/**
 * The output writers: the registry and --format parsing; GEXF checked against the 1.3 structure and read back by
 * graphology's own GEXF parser with every attribute preserved (also for random hostile names); CSV read back by
 * csv-parse, with formula cells neutralised, and the events table; every writer streams (small blocks give the same
 * bytes).
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildGraph } from '../../src/graph/build.ts';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../src/graph/types.ts';
import { UsageError } from '../../src/errors.ts';
import { OUTPUT_FORMATS, OUTPUT_WRITERS, parseFormats, writeCsv, writeGexf, writeGraphJson } from '../../src/output/index.ts';
import { writeRdfToSink } from '../../src/rdf/files.ts';
import { TextSink, type TextSinkOptions } from '../../src/util/text-sink.ts';
import { loadFixtures } from '../rdf/helpers.ts';
import { TEST_KNOWLEDGE, sampleEventArticles } from '../graph/event-fixture.ts';
import { checkGexf } from './gexf-check.ts';

/** Runs `write` into in-memory sinks; returns each file's text and how many blocks reached the stream. */
async function capture(names: string[], write: (sinks: TextSink[]) => Promise<void>, options: TextSinkOptions = {}) {
  const outs = names.map(() => ({ text: '', blocks: 0 }));
  const sinks = names.map((_, i) => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      outs[i]!.text += chunk.toString('utf8');
      outs[i]!.blocks += 1;
    });
    return new TextSink(stream, options);
  });
  await write(sinks);
  await Promise.all(sinks.map((s) => s.end()));
  return outs;
}

const gexfText = async (graph: KnowledgeGraph, options?: TextSinkOptions) => (await capture(['gexf'], ([s]) => writeGexf(graph, s!), options))[0]!.text;
const csvTexts = async (graph: KnowledgeGraph, options?: TextSinkOptions) =>
  (await capture(['nodes', 'edges', 'evidence', 'events'], ([n, e, v, x]) => writeCsv(graph, n!, e!, v!, x!), options)).map((o) => o.text);

/** The fixtures graph with two events, with layout positions on two nodes. */
function sampleGraph(): KnowledgeGraph {
  const graph = buildGraph([...loadFixtures(), ...sampleEventArticles()], { knowledge: TEST_KNOWLEDGE });
  graph.setNodeAttribute('drone', 'x', -12.5);
  graph.setNodeAttribute('drone', 'y', 3);
  return graph;
}

/** Characters XML 1.0 cannot hold become U+FFFD in GEXF. */
const xmlSafe = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

/** A value as the GEXF round trip gives it back: strings made XML-safe, lists likewise, nulls absent. */
function throughGexf(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafe(value);
  if (Array.isArray(value)) return value.map(throughGexf);
  return value;
}

/** What graphology-gexf should read back for a node. */
function expectedNode(a: NodeAttributes): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (v !== null && v !== undefined) out[k] = throughGexf(v);
  if (a.label === '') delete out.label;
  return out;
}

/** What graphology-gexf should read back for an edge: its attributes, evidence as JSON, GEXF label and weight. */
function expectedEdge(a: EdgeAttributes): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (v !== null && v !== undefined) out[k] = k === 'evidence' ? v : throughGexf(v);
  if (a.kind === 'relation') Object.assign(out, { label: a.predicate, weight: a.documents });
  if (a.kind === 'event-role') out.label = a.role;
  if (out.label === '') delete out.label;
  return out;
}

/** Checks that `gexf` is valid 1.3 and that graphology-gexf reads back `graph` with every attribute. */
function expectGexfRoundTrip(graph: KnowledgeGraph, gexf: string): void {
  expect(checkGexf(gexf)).toEqual([]);
  const back = parseGexf(MultiDirectedGraph, gexf);
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  graph.forEachNode((key, attributes) => {
    const parsed = { ...back.getNodeAttributes(xmlSafe(key)) };
    // An event's weapon lines and reports are JSON texts.
    for (const field of ['weapons', 'reports']) if (typeof parsed[field] === 'string') parsed[field] = JSON.parse(parsed[field]);
    const expected = expectedNode(attributes);
    if (attributes.kind === 'event') Object.assign(expected, JSON.parse(xmlSafe(JSON.stringify({ weapons: attributes.weapons, reports: attributes.reports }))));
    expect(parsed, key).toEqual(expected);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const id = xmlSafe(key);
    const parsed = { ...back.getEdgeAttributes(id) };
    if (typeof parsed.evidence === 'string') parsed.evidence = JSON.parse(parsed.evidence);
    expect([back.source(id), back.target(id)]).toEqual([xmlSafe(source), xmlSafe(target)]);
    const expected = expectedEdge(attributes);
    if (attributes.kind === 'relation') expected.evidence = JSON.parse(xmlSafe(JSON.stringify(attributes.evidence)));
    expect(parsed, key).toEqual(expected);
  });
}

describe('registry and --format', () => {
  it('has one writer per format, and no two writers share a file', () => {
    expect(OUTPUT_WRITERS.map((w) => w.id)).toEqual([...OUTPUT_FORMATS]);
    const files = OUTPUT_WRITERS.flatMap((w) => w.files);
    expect(new Set(files).size).toBe(files.length);
  });

  it.each([
    ['json,ttl,nt,trig', ['json', 'ttl', 'nt', 'trig']],
    ['trig,json', ['json', 'trig']],
    ['GEXF, csv', ['gexf', 'csv']],
    ['json,,nt,json', ['json', 'nt']],
    ['all', ['json', 'ttl', 'nt', 'trig', 'gexf', 'csv']],
  ])('reads "%s"', (text, formats) => {
    expect(parseFormats(text, 'build')).toEqual(formats);
  });

  it.each(['xml', '', ',', 'json,graphml'])('rejects "%s" with a UsageError', (text) => {
    expect(() => parseFormats(text, 'build')).toThrow(UsageError);
  });
});

describe('GEXF 1.3', () => {
  it('is valid GEXF 1.3 and graphology-gexf reads back every node and edge attribute', async () => {
    const graph = sampleGraph();
    const gexf = await gexfText(graph);
    expectGexfRoundTrip(graph, gexf);
    expect(gexf).toContain('<viz:position x="-12.5" y="3"/>');
    expect(gexf).toContain('<edge id="event|event:2024-02-03/russia/1|attacker|russia" source="event:2024-02-03/russia/1" target="russia" kind="attacker" label="attacker"');
  });

  it('keeps any hostile name and text readable (random graphs)', async () => {
    const hostile = fc.string({ unit: fc.oneof(fc.constantFrom('"', "'", '<', '>', '&', '\n', '\r', '\t', '\\', ',', '[', ']', '\u0000', '\u0007', '\ud800', '\ufffe', 'Ж', '🚀', '=', '-'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(hostile, { minLength: 2, maxLength: 5 }), fc.array(hostile, { maxLength: 3 }), hostile, async (names, aliases, sentence) => {
        const extraction = {
          document: { id: names[0]!, title: sentence, published: null, source: null, byline: sentence },
          entities: names.map((id, i) => ({ id, label: `${sentence}${i}`, type: i % 2 ? 'Country' : 'WeaponSystem', aliases, generic: false, wikidata: null })),
          relations: [{ subject: names[1]!, predicate: 'launched', object: names[0]!, count: 3, addressee: null, evidence: { text: sentence, start: 0, end: 5 } }],
        };
        const graph = buildGraph([extraction as never]);
        // Distinct keys may become equal once made XML-safe; the round trip is checked where they stay distinct.
        const keys = [...graph.nodes(), ...graph.edges()];
        if (new Set(keys.map(xmlSafe)).size !== keys.length) return;
        expectGexfRoundTrip(graph, await gexfText(graph));
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it.each([
    ['another namespace', (x: string) => x.replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"'), /root is/],
    ['an undeclared attribute', (x: string) => x.replace('<attribute id="wikidata" title="wikidata" type="string"/>', ''), /undeclared "wikidata"/],
    ['a duplicate node id', (x: string) => x.replace('<node id="drone"', '<node id="kinzhal"'), /node id kinzhal twice/],
    ['a value of the wrong type', (x: string) => x.replace('<attvalue for="generic" value="false"/>', '<attvalue for="generic" value="no"/>'), /is not a boolean/],
    ['parallel edges of one kind', (x: string) => x.replace(/<edge id="[^"]*"[\s\S]*?<\/edge>\n/, (edge) => edge + edge.replace(/id="[^"]*"/, 'id="copy"')), /share kind/],
    ['broken XML', (x: string) => x.replace('</nodes>', '</node>'), /xml/],
  ])('the structural check catches %s', async (_name, mutate, problem) => {
    const gexf = await gexfText(sampleGraph());
    const broken = mutate(gexf);
    expect(broken).not.toBe(gexf);
    expect(checkGexf(broken).join('\n')).toMatch(problem);
  });

  it('is the same text when written in small blocks', async () => {
    const graph = sampleGraph();
    const [small] = await capture(['gexf'], ([s]) => writeGexf(graph, s!), { flushChars: 200 });
    expect(small!.blocks).toBeGreaterThan(10);
    expect(small!.text).toBe(await gexfText(graph));
  });
});

describe('CSV tables', () => {
  const read = (text: string) => parseCsv(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
  /** A neutralised cell back to its text. */
  const plain = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

  it('reads back with csv-parse: one row per node, edge and evidence record', async () => {
    const graph = sampleGraph();
    const [nodes, edges, evidence, events] = (await csvTexts(graph)).map(read);
    expect(nodes!.map((r) => r.Id)).toEqual(graph.nodes().sort());
    for (const row of nodes!) {
      const a = graph.getNodeAttributes(row.Id!);
      expect([plain(row.Label!), row.kind, row.type]).toEqual([a.label, a.kind, a.type]);
      if (a.kind === 'entity') expect([row.aliases, row.generic, Number(row.documents)]).toEqual([a.aliases.join('; '), String(a.generic), a.documents]);
      else if (a.kind === 'document') expect([row.title, row.published]).toEqual([a.title ?? '', a.published ?? '']);
      else expect([row.type, Number(row.documents)]).toEqual(['Event', a.documents]);
    }
    expect(nodes!.find((r) => r.Id === 'drone')).toMatchObject({ x: '-12.5', y: '3' });
    expect(edges!.map((r) => r.Id)).toEqual(graph.edges().sort());
    for (const row of edges!) {
      const a = graph.getEdgeAttributes(row.Id!);
      expect([row.Source, row.Target, row.Type, row.kind]).toEqual([graph.source(row.Id!), graph.target(row.Id!), 'Directed', a.kind]);
      if (a.kind === 'relation') expect([row.predicate, Number(row.documents), row.firstDate]).toEqual([a.predicate, a.documents, a.firstDate ?? '']);
    }
    const records = graph.edges().flatMap((key) => {
      const a = graph.getEdgeAttributes(key);
      return a.kind === 'relation' ? a.evidence.map((e) => [key, e.document, e.text, String(e.start)]) : [];
    });
    expect(evidence!.map((r) => [r.edge, r.document, plain(r.text!), r.start])).toEqual(records.sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0)));
    // events.csv: one row per event and weapon line; an unknown count is an empty cell, never 0.
    expect(events!.map((r) => [r.event, r.date, r.attacker, r.weapon, r.launched, r.intercepted, r.launchedRule, r.conflict, r.reports, r.claimants])).toEqual([
      ['event:2024-02-03/russia/1', '2024-02-03', 'Russia', 'Kinzhal', '4', '3', 'official-latest', 'true', '2', 'russian-ministry-of-defence; Ukrainian Air Force'],
      ['event:2024-02-03/russia/1', '2024-02-03', 'Russia', 'shahed-136', '20', '20', 'official-latest', 'true', '2', 'russian-ministry-of-defence; Ukrainian Air Force'],
      ['event:undated/russia/1', '', 'Russia', 'kalibr', '', '', '', 'false', '1', ''],
    ]);
    // Entities by label; figures as "document (claimant): launched/intercepted", "?" for a number not given.
    expect(events![0]!.figures).toBe('ev_one (Ukrainian Air Force): 4/3; ev_one (russian-ministry-of-defence): 6/?; ev_two: 5/?');
    expect(events![1]!.figures).toBe('ev_one (Ukrainian Air Force): 20/?; ev_two: 24/20');
    expect(events![0]!.targets).toBe('kyiv; lviv');
  });

  it.each([['=1+1'], ['+1'], ["-2+3+cmd|' /C calc'!A0"], ['@SUM(A1:A2)'], ['\t=1'], ['\r=1'], ['-x']])('neutralises %j in every table', async (payload) => {
    const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
    graph.addNode(payload, { kind: 'entity', label: payload, type: 'Person', aliases: [payload], generic: false, wikidata: payload, documents: 1, x: -3 });
    graph.addNode('doc:d', { kind: 'document', label: payload, type: 'Document', title: payload, published: payload, source: payload, byline: payload });
    graph.addEdgeWithKey(`rel|${payload}`, payload, payload, { kind: 'relation', predicate: 'launched', evidence: [{ document: payload, text: payload, start: 0, end: 1, published: payload, count: null, addressee: [payload] }], firstDate: payload, lastDate: payload, documents: 1 });
    graph.addEdgeWithKey(`mentions|${payload}`, 'doc:d', payload, { kind: 'mentions', label: payload, aliases: [payload] });
    const figure = { document: payload, claimedBy: payload, weapon: payload, launched: 1, intercepted: null };
    graph.addNode('event:e', {
      kind: 'event', label: payload, type: 'Event', eventKind: 'attack', date: null, attacker: payload, targets: [payload], claimants: [payload], reports: [], documents: 1, firstPublished: payload, lastPublished: payload,
      weapons: [{ weapon: payload, classes: [], launched: 1, intercepted: null, launchedRule: 'largest', interceptedRule: null, conflict: false, figures: [figure] }],
    });
    const tables = (await csvTexts(graph)).map((text) => parseCsv(text, { record_delimiter: '\r\n' }) as string[][]);
    for (const table of tables) {
      for (const cell of table.flat()) {
        // A cell may start with a formula character only when it is a number the writer put there (x = -3).
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+(\.\d+)?$/);
        if (cell.includes(payload.slice(1))) expect(cell.startsWith(`'${payload}`) || !cell.startsWith(payload)).toBe(true);
      }
      expect(table.flat()).toContain(`'${payload}`);
    }
  });

  it('is the same text when written in small blocks', async () => {
    const graph = sampleGraph();
    const small = await capture(['nodes', 'edges', 'evidence', 'events'], ([n, e, v, x]) => writeCsv(graph, n!, e!, v!, x!), { flushChars: 100 });
    expect(small.map((o) => o.text)).toEqual(await csvTexts(graph));
    expect(small[1]!.blocks).toBeGreaterThan(5);
  });
});

describe('graph.json and RDF writers stream', () => {
  it('give the same bytes in small blocks as in one block', async () => {
    const graph = sampleGraph();
    const write = (options: TextSinkOptions) =>
      capture(['json', 'ttl', 'trig'], async ([json, ttl, trig]) => {
        await writeGraphJson(graph, json!);
        await writeRdfToSink(graph, 'turtle', ttl!);
        await writeRdfToSink(graph, 'trig', trig!);
      }, options);
    const [big, small] = [await write({}), await write({ flushChars: 64 })];
    expect(small.map((o) => o.text)).toEqual(big.map((o) => o.text));
    expect(big.every((o) => o.blocks === 1)).toBe(true);
    // graph.json flushes per line; RDF per block of entities (a few blocks on this small graph).
    expect(small.map((o) => o.blocks > 1)).toEqual([true, true, true]);
    expect(small[0]!.blocks).toBeGreaterThan(5);
  });
});
