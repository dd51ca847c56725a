/**
 * `build --update` reading the graph in part (src/graph/read.ts `readGraphJsonForUpdate`, src/output `updateGraph`):
 * the mentions of the documents a batch leaves alone stay unread, their parts are linked, and every file comes out
 * as a fresh build of the same articles gives it (graph.json, the four RDF syntaxes, and the sidecar files an update
 * reads). Each case says whether the update may stay in part; the cases that need the whole graph (a surname merge
 * reaching old documents) must read it whole and still give the same bytes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { addExtractions, buildGraph, partialRead } from '../../src/graph/build.ts';
import { documentDay } from '../../src/graph/day.ts';
import { unreadDocumentsOf } from '../../src/graph/document-days.ts';
import { JSON_DOCUMENTS, JSON_EVENTS, JSON_MENTIONS_INDEX, JSON_RELATIONS, JSON_TALLIES } from '../../src/graph/json-parts.ts';
import { readGraphJsonForUpdate } from '../../src/graph/read.ts';
import { currentGeneration, exportGraph, updateGraph } from '../../src/output/index.ts';
import { JSON_PARTS_FOLDER } from '../../src/output/writers/json.ts';
import { article, TEST_KNOWLEDGE } from '../graph/event-fixture.ts';
import { outputText } from '../rdf/helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'newsgraph-partial-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES = ['graph.json', 'graph.nt', 'graph.ttl', 'graph.trig'];
const CITIES = ['kyiv', 'lviv', 'odesa', 'kharkiv', 'dnipro'];
const FORMATS = ['json', 'ttl', 'nt', 'trig'] as const;

/** A made-up report of a strike on `city`, with the city's label `cityLabel` and an optional person quoted. */
function report(id: string, published: string | null, city: string, options: { person?: [string, string]; cityLabel?: string } = {}): DocumentExtraction {
  const label = options.cityLabel ?? city.toUpperCase();
  const entities: DocumentExtraction['entities'] = [
    { id: 'russia', label: 'Russia', type: 'Country', aliases: ['Russia'], forms: ['Russia'], generic: false, wikidata: 'Q159' },
    { id: city, label, type: 'City', aliases: [label], forms: [label], generic: false, wikidata: null },
  ];
  if (options.person) entities.push({ id: options.person[0], label: options.person[1], type: 'Person', aliases: [options.person[1]], forms: [options.person[1]], generic: false, wikidata: null });
  return {
    document: { id, title: `Strike on ${city} (${id})`, published, source: null, byline: null },
    entities,
    relations: [{ subject: 'russia', predicate: 'targeted', object: city, count: null, addressee: null, evidence: { text: `Russia hit ${city} overnight.`, start: 0, end: 24 } }],
    events: [],
  };
}

/** `n` reports with ids `<prefix>0000`..., 100 a day of March 2024 from `firstDay`. */
function reports(prefix: string, n: number, firstDay: number, cityLabel?: string): DocumentExtraction[] {
  const day = (i: number) => `2024-03-${String(firstDay + Math.floor(i / 100)).padStart(2, '0')}`;
  return Array.from({ length: n }, (_, i) => report(`${prefix}${String(i).padStart(4, '0')}`, day(i), CITIES[i % CITIES.length] as string, cityLabel ? { cityLabel } : {}));
}

/** An article reporting an attack of `date` on `city` with a number of drones. */
function night(id: string, published: string, date: string | null, city: string, drones: number): DocumentExtraction {
  return article(id, published, [{ date, targets: [city], claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', drones, drones - 1]] }] }]);
}

/** `base` without the documents `later` gives again, then `later`. */
const merged = (base: DocumentExtraction[], later: DocumentExtraction[]): DocumentExtraction[] => [
  ...base.filter((a) => !later.some((b) => b.document.id === a.document.id)),
  ...later,
];

const add = (graph: Parameters<typeof addExtractions>[0], extractions: readonly DocumentExtraction[]) => addExtractions(graph, extractions, { knowledge: TEST_KNOWLEDGE });

/** The sidecar files of a build folder's live generation. */
function sidecars(dir: string): string[] {
  const folder = join(currentGeneration(dir) as string, JSON_PARTS_FOLDER);
  return [JSON_MENTIONS_INDEX, JSON_TALLIES, JSON_RELATIONS, JSON_EVENTS, JSON_DOCUMENTS].map((name) => readFileSync(join(folder, name), 'utf8'));
}

const base = [
  ...reports('a', 1200, 1),
  night('n0001', '2024-03-02', '2024-03-01', 'kyiv', 30),
  night('n0002', '2024-03-05', null, 'lviv', 12),
  report('p0001', '2024-03-03', 'kyiv', { person: ['person:hordiienko', 'Hordiienko'] }),
];

interface Case {
  name: string;
  later: DocumentExtraction[];
  /** Whether the update must stay in part (else it must read the whole graph, saying why). */
  partial: boolean;
  wholeBecause?: RegExp;
}

const CASES: Case[] = [
  { name: 'new articles on new days, their ids after every other', later: reports('b', 150, 20), partial: true },
  { name: 'new articles whose ids sort among the old ones, on a new day', later: [report('a0500x', '2024-03-21', 'kyiv'), report('a0977b', '2024-03-21', 'lviv')], partial: true },
  { name: 'a new article whose id sorts before every other', later: [report('0001', '2024-03-22', 'odesa')], partial: true },
  { name: 'new articles on an old day (its other articles are read)', later: [report('c0001', '2024-03-04', 'dnipro'), report('c0002', '2024-03-04', 'kyiv')], partial: true },
  { name: 'old articles replaced, one moved to another day', later: [report('a0150', '2024-03-20', 'lviv'), report('a0731', '2024-03-08', 'odesa')], partial: true },
  { name: 'a report joining an old night, and an undated one', later: [night('n0003', '2024-03-21', '2024-03-01', 'kyiv', 40), night('n0004', '2024-03-21', null, 'odesa', 7)], partial: true },
  { name: 'an article that reported a night replaced without its report', later: [report('n0001', '2024-03-02', 'kyiv')], partial: true },
  { name: "a batch that changes a city's most frequent label", later: reports('d', 400, 21, 'Kyiv City').filter((_, i) => i % 5 === 0), partial: true },
  {
    name: 'a full name that a surname of an old article merges into',
    later: [report('p0002', '2024-03-21', 'lviv', { person: ['person:taras-hordiienko', 'Taras Hordiienko'] })],
    partial: false,
    wholeBecause: /surname merge/,
  },
];

describe('build --update reads the graph in part', () => {
  it.each(CASES)('$name', async ({ name, later, partial, wholeBecause }) => {
    const dir = join(work, name.replace(/\W+/g, '-'));
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    const updated = await updateGraph(dir, later, FORMATS, add);
    expect(updated.partial).toBe(partial);
    if (partial) {
      expect(updated.wholeBecause).toBeNull();
      // Something was left unread, and nothing the batch changed was among it.
      const read = partialRead(updated.graph);
      expect(read?.skipped.length).toBeGreaterThan(0);
      for (const key of updated.changedKeys) expect(read?.skippedDocuments.has(key)).toBe(false);
    } else {
      expect(updated.wholeBecause).toMatch(wholeBecause as RegExp);
    }
    await exportGraph(updated.graph, dir, { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence });
    const fresh = join(work, `${name.replace(/\W+/g, '-')}-fresh`);
    await exportGraph(buildGraph(merged(base, later), { knowledge: TEST_KNOWLEDGE }), fresh);
    for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
    expect(sidecars(dir)).toEqual(sidecars(fresh));
  });

  it('two updates in a row stay in part and equal a fresh build', async () => {
    const dir = join(work, 'twice');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    const batches = [reports('e', 120, 22), [report('a0400', '2024-03-23', 'kharkiv'), ...reports('f', 30, 23)]];
    for (const batch of batches) {
      const updated = await updateGraph(dir, batch, FORMATS, add);
      expect(updated.partial).toBe(true);
      await exportGraph(updated.graph, dir, { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence });
    }
    const fresh = join(work, 'twice-fresh');
    await exportGraph(buildGraph(merged(merged(base, batches[0] as DocumentExtraction[]), batches[1] as DocumentExtraction[]), { knowledge: TEST_KNOWLEDGE }), fresh);
    for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
  });

  it('leaves every mentions line of the untouched documents unread, and no other line but their nodes', async () => {
    const dir = join(work, 'what-is-read');
    const whole = buildGraph(base, { knowledge: TEST_KNOWLEDGE });
    await exportGraph(whole, dir);
    const later = reports('b', 10, 20);
    const graph = await readGraphJsonForUpdate(dir, later);
    const read = partialRead(graph);
    expect(read).toBeDefined();
    // Every node but the documents whose node parts were left unread (json/documents.json gives their days; their
    // mentions are unread too), and every edge but mentions are there; the mentions missing are exactly those of the
    // unread documents.
    const unreadDocuments = unreadDocumentsOf(graph);
    let missingNodes = 0;
    whole.forEachNode((key, attributes) => {
      if (graph.hasNode(key)) return;
      expect(attributes.kind).toBe('document');
      if (attributes.kind === 'document') expect(unreadDocuments?.days.get(key)).toBe(documentDay(attributes.published));
      expect(read?.skippedDocuments.has(key)).toBe(true);
      missingNodes += 1;
    });
    expect(missingNodes).toBe(unreadDocuments?.days.size);
    expect(missingNodes).toBeGreaterThan(base.length / 2);
    expect(graph.order).toBe(whole.order - missingNodes);
    let missing = 0;
    whole.forEachEdge((key, attributes, source) => {
      if (graph.hasEdge(key)) return;
      expect(attributes.kind).toBe('mentions');
      expect(read?.skippedDocuments.has(source)).toBe(true);
      missing += 1;
    });
    expect(missing).toBeGreaterThan(whole.size / 2);
    expect(graph.size).toBe(whole.size - missing);
  });

  it('reads the whole graph of a build without the sidecar files (an older newsgraph)', async () => {
    const dir = join(work, 'no-sidecars');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    rmSync(join(currentGeneration(dir) as string, JSON_PARTS_FOLDER, JSON_TALLIES));
    const updated = await updateGraph(dir, reports('b', 5, 20), FORMATS, add);
    expect(updated.partial).toBe(false);
    expect(updated.wholeBecause).toBeNull();
  });

  it('reads the whole graph when a format writes every mentions edge (GEXF, CSV)', async () => {
    const dir = join(work, 'gexf');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    const updated = await updateGraph(dir, reports('b', 5, 20), [...FORMATS, 'gexf'], add);
    expect(updated.partial).toBe(false);
  });

  it('refuses to write a graph read in part anywhere but as an update of the build it was read from', async () => {
    const dir = join(work, 'elsewhere');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    const updated = await updateGraph(dir, reports('b', 5, 20), FORMATS, add);
    expect(updated.partial).toBe(true);
    await expect(exportGraph(updated.graph, join(work, 'elsewhere-out'), { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence })).rejects.toThrow(
      /read in part is written only as an update of the build it was read from/,
    );
  });
});
