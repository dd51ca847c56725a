/**
 * `build --update` reading only the document node parts it needs (src/graph/read.ts `readGraphJsonForUpdate`, the
 * days of src/graph/document-days.ts kept in json/documents.json): the node lines of the documents of the days it does
 * not touch are left unread (with their mentions), unless such a document reports an event the update reads or its
 * lines sit where the batch's documents fall, and every file comes out as a fresh build of the same articles gives it
 * (graph.json, the RDF syntaxes, the sidecar files). Articles and sentences are made up for these tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { documentDay } from '../../src/graph/day.ts';
import { documentPartsLeftAlone, unreadDocumentsOf, type DocumentPart } from '../../src/graph/document-days.ts';
import { JSON_DOCUMENTS } from '../../src/graph/json-parts.ts';
import { readGraphJsonForUpdate } from '../../src/graph/read.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { currentGeneration, exportGraph, updateGraph } from '../../src/output/index.ts';
import { JSON_PARTS_FOLDER } from '../../src/output/writers/json.ts';
import { article, TEST_KNOWLEDGE } from '../graph/event-fixture.ts';
import { outputText } from '../rdf/helpers.ts';
import { add, expectSameAsFresh, FILES, FORMATS, merged, sidecars } from './unread-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'newsgraph-documents-unread-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LATE = 'a0620late';
const CITIES = ['kyiv', 'lviv', 'odesa', 'kharkiv', 'dnipro'];
const day = (n: number): string => `2024-05-${String(n).padStart(2, '0')}`;

/** An article published on `published` reporting the night of `date` on `target` with `drones` (no night: none). */
function night(id: string, published: string, date: string | null, target: string, drones: number): DocumentExtraction {
  return article(id, published, [{ date, targets: [target], claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', drones, drones - 2]] }] }]);
}

/** An article published on `published` that reports no event (its mentions: the city it names). */
function plain(id: string, published: string, target: string): DocumentExtraction {
  return { ...night(id, published, null, target, 5), events: [] };
}

/**
 * Days 1-12 of May, 100 articles a day that report no event (ids `a0000`...), and each night reported on its day by
 * an article of its own (ids `n01`...); a late report (published on day 11, of the night of day 5, its id among those
 * of day 7), so that the night of day 5 has a reporter far from its date, whose node part holds no other document of
 * day 5 or 11.
 */
const base: DocumentExtraction[] = [
  ...Array.from({ length: 1200 }, (_, i) => plain(`a${String(i).padStart(4, '0')}`, day(1 + Math.floor(i / 100)), CITIES[i % 5] as string)),
  ...Array.from({ length: 12 }, (_, d) => night(`n${String(d + 1).padStart(2, '0')}`, day(d + 1), day(d + 1), CITIES[d % 5] as string, 20 + d)),
  night(LATE, day(11), day(5), 'kharkiv', 17),
];

/** The document nodes of `graph` (read) by key, with their days. */
function documentNodes(graph: KnowledgeGraph): Map<string, string> {
  const out = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'document') out.set(key, documentDay(a.published));
  });
  return out;
}

interface Case {
  name: string;
  later: DocumentExtraction[];
  /** The days every document of which must be read. */
  touched: string[];
  /** Documents of other days whose nodes must be read too (reporters of an event read). */
  alsoRead?: string[];
  /** Documents whose nodes must be left unread. */
  unread?: string[];
}

const CASES: Case[] = [
  { name: 'new articles on a new day', later: [night('b0001', day(13), day(13), 'kyiv', 40), plain('b0002', day(13), 'lviv')], touched: [day(13)], unread: [`doc:${LATE}`] },
  // The night of day 5 is read (a new report joins it): its late reporter, published on day 11, is read too.
  { name: 'a report joining an old night reported late', later: [night('b0003', day(13), day(5), 'odesa', 18)], touched: [day(5), day(13)], alsoRead: [`doc:${LATE}`] },
  { name: 'an old article replaced on its day', later: [plain('a0425', day(5), 'dnipro')], touched: [day(5)], alsoRead: [`doc:${LATE}`] },
  { name: 'an old article moved to another old day', later: [plain('a0650', day(4), 'kyiv')], touched: [day(4), day(7)], alsoRead: [`doc:${LATE}`] },
  // The late report's night (day 5) is found from json/events.json: its reporters' days are not touched.
  { name: 'the late report replaced without its night', later: [plain(LATE, day(11), 'odesa')], touched: [day(5), day(11)] },
  { name: 'a new article whose id sorts among old ones', later: [plain('a0350x', day(13), 'lviv')], touched: [day(13)], unread: [`doc:${LATE}`] },
];

describe('build --update reads the document node parts it needs', () => {
  it.each(CASES)('$name', async ({ name, later, touched, alsoRead = [], unread: leftOut = [] }) => {
    const slug = name.replace(/\W+/g, '-');
    const dir = join(work, slug);
    const before = buildGraph(base, { knowledge: TEST_KNOWLEDGE });
    const all = documentNodes(before);
    await exportGraph(before, dir);
    const updated = await updateGraph(dir, later, FORMATS, add);
    expect(updated.wholeBecause).toBeNull();
    const unread = unreadDocumentsOf(updated.graph);
    // More than a quarter of the old documents' nodes were left unread, none of the touched days or reporters read.
    expect(unread?.days.size ?? 0).toBeGreaterThan(all.size / 4);
    for (const key of leftOut) expect(unread?.days.has(key), key).toBe(true);
    for (const [key, d] of unread?.days ?? []) {
      expect(all.get(key), key).toBe(d);
      expect(touched.includes(d), `${key} of ${d}`).toBe(false);
      expect(alsoRead.includes(key), key).toBe(false);
      expect(updated.graph.hasNode(key)).toBe(false);
    }
    for (const key of alsoRead) expect(updated.graph.hasNode(key), key).toBe(true);
    await expectSameAsFresh(updated, dir, join(work, `${slug}-fresh`), merged(base, later));
  });

  it('two updates in a row leave old documents unread and equal a fresh build', async () => {
    const dir = join(work, 'twice');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    const batches = [[night('c0001', day(13), day(13), 'kyiv', 50)], [plain('c0002', day(14), 'odesa'), night('c0003', day(14), day(5), 'lviv', 19)]];
    for (const batch of batches) {
      const updated = await updateGraph(dir, batch, FORMATS, add);
      expect(updated.wholeBecause).toBeNull();
      expect(unreadDocumentsOf(updated.graph)?.days.size ?? 0).toBeGreaterThan(base.length / 4);
      await exportGraph(updated.graph, dir, { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence });
    }
    const fresh = join(work, 'twice-fresh');
    await exportGraph(buildGraph(merged(base, batches.flat()), { knowledge: TEST_KNOWLEDGE }), fresh);
    for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
    expect(sidecars(dir)).toEqual(sidecars(fresh));
  });

  it('reads every document node of a build without json/documents.json, and its update writes the file', async () => {
    const dir = join(work, 'no-documents-file');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    rmSync(join(currentGeneration(dir) as string, JSON_PARTS_FOLDER, JSON_DOCUMENTS));
    const later = [plain('b0009', day(13), 'kyiv')];
    const graph = await readGraphJsonForUpdate(dir, later);
    expect(unreadDocumentsOf(graph)).toBeUndefined();
    expect(documentNodes(graph).size).toBe(base.length);
    const updated = await updateGraph(dir, later, FORMATS, add);
    expect(updated.wholeBecause).toBeNull();
    await expectSameAsFresh(updated, dir, join(work, 'no-documents-file-fresh'), merged(base, later));
  });
});

describe('documentPartsLeftAlone', () => {
  const part = (name: string, owners: string[], extra: Partial<DocumentPart> = {}): DocumentPart => ({ name, first: owners[0] as string, last: owners[owners.length - 1] as string, owners, ...extra });
  const parts: DocumentPart[] = [
    part('p1', ['doc:a', 'doc:b']),
    part('p2', ['doc:d', 'doc:e']),
    part('p3', ['doc:g', 'doc:h']),
    part('p4', ['doc:k'], { mixed: true }),
    // A part of the edges section never counts as a node part (nor as a landing place).
    part('e1', ['doc:x'], { mixed: true, edges: true }),
  ];
  const ROWS: { name: string; wanted: string[]; keys: string[]; alone: string[] }[] = [
    { name: 'nothing wanted, no batch: every node part but the mixed one', wanted: [], keys: [], alone: ['p1', 'p2', 'p3'] },
    { name: 'a wanted document reads its part', wanted: ['doc:e'], keys: [], alone: ['p1', 'p3'] },
    { name: 'a new key falls in the last part starting at or before it', wanted: [], keys: ['doc:f'], alone: ['p1', 'p3'] },
    { name: 'a key before every part falls in the first', wanted: [], keys: ['doc:0'], alone: ['p2', 'p3'] },
    { name: 'a key after every node part falls in the last one (mixed, read anyway)', wanted: [], keys: ['doc:z'], alone: ['p1', 'p2', 'p3'] },
    // Negative rows: what must not make a part read.
    { name: 'a wanted key no part holds reads nothing', wanted: ['doc:c'], keys: [], alone: ['p1', 'p2', 'p3'] },
    { name: 'an edges part holding a wanted key is no node part', wanted: ['doc:x'], keys: [], alone: ['p1', 'p2', 'p3'] },
  ];
  it.each(ROWS)('$name', ({ wanted, keys, alone }) => {
    expect([...documentPartsLeftAlone(parts, new Set(wanted), keys)].sort()).toEqual(alone);
  });
});
