/** graph.json read line by line (readGraphJson): the same graph as parseGraph, and one-line errors for bad files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { buildGraph, createGraph } from '../../src/graph/build.ts';
import { forEachLine, readGraphJson, readWithoutMentions } from '../../src/graph/read.ts';
import { addForUpdate, exportGraph } from '../../src/output/index.ts';
import { NewsGraph } from '../../src/query/news-graph.ts';
import { summaryGraph } from '../../src/graph/summary.ts';
import { serializeGraph } from '../../src/graph/serialize.ts';
import { loadFixtures } from '../rdf/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readGraphJson', () => {
  const graph = buildGraph(loadFixtures());
  const text = serializeGraph(graph);

  it.each([
    ['the fixture graph', text],
    ['an empty graph', serializeGraph(createGraph())],
    ['a graph with nodes and no edges', serializeGraph(buildGraph(loadFixtures().map((x) => ({ ...x, relations: [], entities: x.entities.slice(0, 1) }))))],
  ])('reads %s back byte for byte', async (_name, source) => {
    const back = await readGraphJson(file('g.json', source));
    expect(serializeGraph(back)).toBe(source);
  });

  it('reads a small graph.json in another layout (pretty-printed) whole', async () => {
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect(serializeGraph(await readGraphJson(file('pretty.json', pretty)))).toBe(text);
  });

  it.each([
    ['a cut file', text.slice(0, Math.floor(text.length / 2)).replace(/\n[^\n]*$/, '\n'), /ends early/],
    ['a broken node line', text.replace('"kind":"entity"', '"kind":entity'), /line \d+: not valid JSON/],
    ['another format version', text.replace('{"formatVersion":1,', '{"formatVersion":99,'), /format version 99; expected 1/],
    ['an edge to a missing node', text.replace(/"source":"doc:[^"]+"/, '"source":"doc:nowhere"'), /inconsistent graph/],
    ['text after the end', `${text}{}\n`, /text after the end/],
  ])('gives one InputError line naming the file for %s', async (_name, source, message) => {
    const path = file('bad.json', source);
    const error = await readGraphJson(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(path)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('forEachLine (the block reader under readGraphJson)', () => {
  // A line of 3 MB with two-byte and four-byte characters crosses several 1 MB blocks, some of them inside a character.
  const long = `${'é'.repeat(700_000)}🙂${'x'.repeat(1_500_000)}`;
  it.each([
    ['LF lines with a final line break', 'one\ntwo\n', ['one', 'two']],
    ['CRLF lines and no final line break', 'one\r\ntwo\r\nthree', ['one', 'two', 'three']],
    ['empty lines kept', 'a\n\nb\n', ['a', '', 'b']],
    ['a line longer than a block, between short ones', `a\n${long}\nb\n`, ['a', long, 'b']],
    ['an empty file', '', []],
  ])('%s', async (_name, text, expected) => {
    const lines: string[] = [];
    await forEachLine(file('lines.txt', text), (line) => lines.push(line));
    expect(lines).toEqual(expected);
  });

  it('a missing file is an InputError naming it', async () => {
    await expect(forEachLine(join(dir, 'missing.json'), () => undefined)).rejects.toBeInstanceOf(InputError);
  });
});

describe('readGraphJson without the mentions edges (what the query commands and serve read)', () => {
  const graph = buildGraph(loadFixtures());
  const text = serializeGraph(graph);
  const pretty = JSON.stringify(JSON.parse(text), null, 2);
  const kinds = (g: typeof graph): string[] => g.mapEdges((_key, attributes) => attributes.kind).sort();

  it.each([
    ['graph.json as newsgraph build writes it', text],
    ['a small graph.json in another layout', pretty],
  ])('%s: every node and every other edge, no mentions edge', async (_name, source) => {
    const light = await readGraphJson(file('light.json', source), { mentions: false });
    expect(light.order).toBe(graph.order);
    expect(kinds(light)).toEqual(kinds(graph).filter((kind) => kind !== 'mentions'));
    expect(kinds(graph)).toContain('mentions');
    light.forEachNode((key, attributes) => expect(attributes).toEqual(graph.getNodeAttributes(key)));
    light.forEachEdge((key, attributes) => expect(attributes).toEqual(graph.getEdgeAttributes(key)));
    expect(readWithoutMentions(light)).toBe(true);
    expect(readWithoutMentions(await readGraphJson(file('whole.json', source)))).toBe(false);
  });

  it('answers every query and makes the same summary as the whole graph', async () => {
    const light = new NewsGraph(await readGraphJson(file('light.json', text), { mentions: false }));
    const whole = new NewsGraph(await readGraphJson(file('whole.json', text)));
    expect(light.relations()).toEqual(whole.relations());
    expect(light.events()).toEqual(whole.events());
    for (const by of ['weapon', 'predicate', 'place', 'month', 'subject'] as const) expect(light.aggregate({ by })).toEqual(whole.aggregate({ by }));
    for (const { subject, predicate, object } of whole.relations()) {
      expect(light.evidence(subject.id, predicate, object.id)).toEqual(whole.evidence(subject.id, predicate, object.id));
      expect(light.timeline(subject.id)).toEqual(whole.timeline(subject.id));
      expect(light.entity(object.id)).toEqual(whole.entity(object.id));
    }
    expect(serializeGraph(summaryGraph(light.graph))).toBe(serializeGraph(summaryGraph(whole.graph)));
  });

  it('cannot be exported or updated', async () => {
    const light = await readGraphJson(file('light.json', text), { mentions: false });
    await expect(exportGraph(light, join(dir, 'out'))).rejects.toThrow(/without its mentions edges/);
    expect(() => addForUpdate(light, loadFixtures().slice(0, 1))).toThrow(/without its mentions edges/);
  });
});
