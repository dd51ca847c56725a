/**
 * The scale bench's extraction cache (bench/cache.ts): extracted in ranges side by side (`workers`), it has the bytes
 * one process writes, from an empty cache and from one that holds a start; and its name is keyed by a hash of what
 * makes its lines (the generator, the extraction's sources, the lexicon and gazetteer data, the packages' versions),
 * so that a change to any of them names another file and an old cache is never read again.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_DIR, ROOT, cacheInputs, cacheKey, cachePath, ensureExtractions, splitRanges } from '../../bench/cache.ts';

const SEED = 7;
const temp = mkdtempSync(join(tmpdir(), 'newsgraph-bench-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const quiet = (): void => undefined;

describe('splitRanges', () => {
  it.each([
    // from, to, workers, ranges as [from, size]
    [0, 10, 2, [[0, 5], [5, 5]]],
    [0, 11, 2, [[0, 6], [6, 5]]],
    [4, 11, 3, [[4, 3], [7, 2], [9, 2]]],
    [0, 3, 5, [[0, 1], [1, 1], [2, 1]]],
    [0, 7, 1, [[0, 7]]],
    [5, 5, 2, []],
  ] as Array<[number, number, number, Array<[number, number]>]>)('[%i, %i) in %i workers', (from, to, workers, ranges) => {
    expect(splitRanges(from, to, workers)).toEqual(ranges);
  });
});

describe('ensureExtractions with workers', () => {
  it('gives the bytes of one process, from an empty cache and from a start', async () => {
    const key = 'test';
    const one = join(temp, 'one');
    const two = join(temp, 'two');
    const { path: single } = await ensureExtractions(SEED, 30, quiet, { dir: one, key });
    // Two workers from nothing, then three workers continuing a cache of 10 lines to 30.
    const { path: parallel } = await ensureExtractions(SEED, 10, quiet, { dir: two, key, workers: 2 });
    expect(readFileSync(parallel)).toEqual(readFileSync(single).subarray(0, readFileSync(parallel).length));
    expect(readFileSync(parallel, 'utf8').split('\n')).toHaveLength(11);
    const again = await ensureExtractions(SEED, 30, quiet, { dir: two, key, workers: 3 });
    expect(again.path).toBe(parallel);
    expect(again.perSecond).not.toBeNull();
    expect(readFileSync(parallel)).toEqual(readFileSync(single));
    // A cache that holds enough is not extended.
    expect((await ensureExtractions(SEED, 20, quiet, { dir: two, key, workers: 2 })).perSecond).toBeNull();
    expect(readFileSync(parallel)).toEqual(readFileSync(single));
    // The workers' range files are gone; the lines are the articles in order.
    expect(readdirSync(two)).toEqual(['news-7-test.ndjson']);
    expect(readFileSync(parallel, 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { document: { id: string } }).document.id)).toEqual(
      Array.from({ length: 30 }, (_, n) => `news-${String(n).padStart(6, '0')}`),
    );
  }, 180_000);
});

describe('cacheKey', () => {
  // A copy of the project's sources and data, changed one file at a time.
  const root = join(temp, 'root');
  mkdirSync(join(root, 'bench'), { recursive: true });
  for (const dir of ['src', 'ontology']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  for (const file of ['news.ts', 'corpus.ts']) cpSync(join(ROOT, 'bench', file), join(root, 'bench', file));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  const base = cacheKey(root);
  const changed = (file: string, edit: (text: string) => string): string => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, edit(text));
    try {
      return cacheKey(root);
    } finally {
      writeFileSync(path, text);
    }
  };

  it('follows the imports of the generator and the extraction, with the data and the packages', () => {
    const inputs = cacheInputs(ROOT);
    for (const file of ['bench/news.ts', 'src/extract/index.ts', 'src/ingest/index.ts', 'src/domain/gazetteer/index.ts', 'ontology/lexicon/relations.json', 'ontology/gazetteer/cities.json']) {
      expect(inputs).toContain(file);
    }
    expect(inputs.some((input) => input.startsWith('package:wink-nlp@'))).toBe(true);
    expect(inputs.filter((input) => input.startsWith('src/extract/')).length).toBeGreaterThan(20);
    // Neither the graph, the output nor the bench's own runner makes an extraction.
    expect(inputs.filter((input) => /^src\/(graph|output|rdf|query|serve|cli)\//.test(input) || input === 'bench/scale.ts')).toEqual([]);
    expect(cacheKey(ROOT)).toMatch(/^[0-9a-f]{12}$/);
    expect(cacheKey(root)).toBe(base);
  });

  it.each([
    ['the generator', 'bench/news.ts'],
    ['an extraction step', 'src/extract/relations/registry.ts'],
    ['the ingestion', 'src/ingest/clean.ts'],
    ['the gazetteer code', 'src/domain/gazetteer/index.ts'],
    ['a lexicon list', 'ontology/lexicon/relations.json'],
    ['a gazetteer file', 'ontology/gazetteer/weapons.json'],
  ])('changes with %s (%s)', (_what, file) => {
    expect(changed(file, (text) => `${text}\n`)).not.toBe(base);
    expect(cacheKey(root)).toBe(base);
  });

  it.each([
    ['the graph', 'src/graph/build.ts'],
    ['the RDF writer', 'src/output/writers/rdf.ts'],
    ['a lexicon note', 'ontology/lexicon/README.md'],
    ['the ontology', 'ontology/newsgraph.ttl'],
  ])('stays with %s (%s)', (_what, file) => {
    expect(changed(file, (text) => `${text}\n`)).toBe(base);
  });

  it('names another file when the key changes, so a stale cache is not read', async () => {
    expect(cachePath(SEED, 'aaa', CACHE_DIR)).not.toBe(cachePath(SEED, 'bbb', CACHE_DIR));
    const dir = join(temp, 'stale');
    mkdirSync(dir, { recursive: true });
    // A cache of another key that holds more lines than asked: not read, the current key's file is made.
    writeFileSync(cachePath(SEED, 'old', dir), '{"stale":true}\n'.repeat(5));
    const lines: string[] = [];
    const { path, perSecond } = await ensureExtractions(SEED, 2, (line) => lines.push(line), { dir, key: 'new' });
    expect(lines.filter((line) => line.includes('not read'))).toEqual([expect.stringContaining('news-7-old.ndjson')]);
    expect(path).toBe(cachePath(SEED, 'new', dir));
    expect(perSecond).not.toBeNull();
    expect(readFileSync(path, 'utf8')).not.toContain('stale');
  }, 60_000);
});
