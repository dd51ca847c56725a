/** graph.json read line by line (readGraphJson): the same graph as parseGraph, and one-line errors for bad files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { buildGraph, createGraph } from '../../src/graph/build.ts';
import { forEachLine, readGraphJson } from '../../src/graph/read.ts';
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
