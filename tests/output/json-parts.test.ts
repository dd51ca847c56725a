/**
 * graph.json's document parts (output/writers/json.ts) and the change tracking that drives them
 * (graph/changes.ts): an update serialises only the parts of the documents it adds, replaces or removes, links the
 * others from the previous generation (same inode), and gives the bytes of a fresh build of the same articles, RDF
 * included; a replaced old article rewrites its old day; a surname merged into a full name rewrites the old
 * documents that named it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { addExtractions, buildGraph } from '../../src/graph/build.ts';
import { trackDocumentChanges } from '../../src/graph/changes.ts';
import { readGraphJson } from '../../src/graph/read.ts';
import { serializeGraph } from '../../src/graph/serialize.ts';
import { currentGeneration, exportGraph } from '../../src/output/index.ts';
import { build, update } from './update-helpers.ts';
import { outputText } from '../rdf/helpers.ts';
import { JSON_PARTS_FOLDER } from '../../src/output/writers/json.ts';
import { GenerationChanged, graphJsonSource, readGraphJsonText, readJsonManifest, type GraphJsonSource } from '../../src/graph/json-parts.ts';
import { NotFoundError } from '../../src/errors.ts';
import { importGraph } from '../../src/rdf/files.ts';
import { loadGraph } from '../../src/query/load.ts';

const work = mkdtempSync(join(tmpdir(), 'newsgraph-json-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES = ['graph.json', 'graph.nt', 'graph.ttl', 'graph.trig'];
const CITIES = ['kyiv', 'lviv', 'odesa', 'kharkiv', 'dnipro'];

/** A made-up report: Russia struck a city on `published`, with a person quoted (`person`: id and label). */
function report(id: string, published: string | null, city: string, person: [string, string] | null = null): DocumentExtraction {
  const entities: DocumentExtraction['entities'] = [
    { id: 'russia', label: 'Russia', type: 'Country', aliases: ['Russia'], forms: ['Russia'], generic: false, wikidata: 'Q159' },
    { id: city, label: city.toUpperCase(), type: 'City', aliases: [city.toUpperCase()], forms: [city.toUpperCase()], generic: false, wikidata: null },
  ];
  if (person) entities.push({ id: person[0], label: person[1], type: 'Person', aliases: [person[1]], forms: [person[1]], generic: false, wikidata: null });
  return {
    document: { id, title: `Strike on ${city} (${id})`, published, source: null, byline: null },
    entities,
    relations: [{ subject: 'russia', predicate: 'targeted', object: city, count: null, addressee: null, evidence: { text: `Russia hit ${city} overnight.`, start: 0, end: 24 } }],
    events: [],
  };
}

/** `n` reports, ids `<prefix>000`..., spread over days of March 2024 from `firstDay`. */
function reports(prefix: string, n: number, firstDay: number): DocumentExtraction[] {
  return Array.from({ length: n }, (_, i) => report(`${prefix}${String(i).padStart(3, '0')}`, `2024-03-${String(firstDay + Math.floor(i / 100)).padStart(2, '0')}`, CITIES[i % CITIES.length]!));
}

/** The parts of a generation (not the head file and the manifest, which every build writes): name -> inode. */
function parts(generation: string): Map<string, number> {
  const folder = join(generation, JSON_PARTS_FOLDER);
  return new Map(readdirSync(folder).filter((name) => name.endsWith('.part')).map((name) => [name, statSync(join(folder, name)).ino]));
}

/** The part of `generation` that holds the node line of document `id`. */
function partOf(generation: string, id: string): string {
  const folder = join(generation, JSON_PARTS_FOLDER);
  const found = readdirSync(folder).filter((name) => name.endsWith('.part')).filter((name) => readFileSync(join(folder, name), 'utf8').includes(`"key":"doc:${id}"`));
  expect(found, `parts holding doc:${id}`).toHaveLength(1);
  return found[0] as string;
}

async function sameAsFresh(dir: string, articles: DocumentExtraction[], name: string): Promise<void> {
  const fresh = join(work, name);
  await build(fresh, articles);
  for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
}

/** `base` without the documents `later` gives again, then `later`. */
const merged = (base: DocumentExtraction[], later: DocumentExtraction[]): DocumentExtraction[] => [
  ...base.filter((a) => !later.some((b) => b.document.id === a.document.id)),
  ...later,
];

describe('graph.json in document parts', () => {
  const base = reports('a', 400, 1);

  it('graph.json is the same text as serializeGraph, parts or not', async () => {
    const dir = join(work, 'same-text');
    const graph = buildGraph(base);
    await exportGraph(graph, dir);
    expect(outputText(dir, 'graph.json')).toBe(serializeGraph(graph));
    // Several parts for 400 documents (a run ends where a document key hashes to 0 modulo 128), nodes and mentions.
    expect(parts(currentGeneration(dir) as string).size).toBeGreaterThan(2);
  });

  it('an update links the parts it does not touch, rewrites the replaced article\'s, and equals a fresh build', async () => {
    const dir = join(work, 'update');
    await build(dir, base);
    const before = currentGeneration(dir) as string;
    const old = parts(before);
    const replacedPart = partOf(before, 'a150');
    const rdf = (generation: string, day: string): number => statSync(join(generation, 'rdf', 'ntriples', `${day}.nt`)).ino;
    const [oldDay, otherDay] = [rdf(before, '2024-03-02'), rdf(before, '2024-03-03')];
    // New articles on a new day, one old article replaced on another day (its old day must be rewritten), one
    // replaced on its own day with another city.
    const later = [...reports('b', 50, 9), report('a150', '2024-03-08', 'lviv'), report('a390', '2024-03-04', 'odesa')];
    const touched = (await update(dir, later)).changedKeys;
    expect([...touched].filter((key) => key.startsWith('doc:a')).sort()).toEqual(['doc:a150', 'doc:a390']);
    const after = currentGeneration(dir) as string;
    const now = parts(after);
    const linked = [...now].filter(([name, ino]) => old.get(name) === ino);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.length).toBeLessThan(now.size);
    // The part that held a150 is not linked: rewritten under another name (its run changed) or as a new file.
    expect(now.get(replacedPart) === undefined || now.get(replacedPart) !== old.get(replacedPart)).toBe(true);
    // a150 left 2024-03-02 for 2024-03-08: its old day's RDF is rewritten, an untouched day is linked.
    expect(rdf(after, '2024-03-02')).not.toBe(oldDay);
    expect(rdf(after, '2024-03-03')).toBe(otherDay);
    await sameAsFresh(dir, merged(base, later), 'update-fresh');
  });

  it('replacing one article rewrites one run of node lines, one of mentions lines and its day\'s evidence, and links the rest', async () => {
    const dir = join(work, 'one-run');
    await build(dir, base);
    const old = parts(currentGeneration(dir) as string);
    const later = [report('a222', '2024-03-03', 'dnipro')];
    await update(dir, later);
    const now = parts(currentGeneration(dir) as string);
    const rewritten = [...now].filter(([name, ino]) => old.get(name) !== ino).map(([name]) => name);
    expect(rewritten).toHaveLength(3);
    expect(rewritten.filter((name) => name.startsWith('evidence-'))).toEqual(['evidence-2024-03-03.part']);
    await sameAsFresh(dir, merged(base, later), 'one-run-fresh');
  });

  it('a surname merged into a full name by an update rewrites the old documents that named it', async () => {
    const dir = join(work, 'surname');
    const first = [...base.slice(0, 200), report('p001', '2024-03-01', 'kyiv', ['person:hordiienko', 'Hordiienko'])];
    await build(dir, first);
    const later = [report('p002', '2024-03-05', 'lviv', ['person:taras-hordiienko', 'Taras Hordiienko'])];
    const touched = (await update(dir, later)).changedKeys;
    expect(touched.has('doc:p001')).toBe(true);
    const graph = await readGraphJson(join(dir, 'graph.json'));
    expect(graph.hasNode('person:hordiienko')).toBe(false);
    await sameAsFresh(dir, merged(first, later), 'surname-fresh');
  });

  it('a build without a previous generation links nothing and writes every part', async () => {
    const dir = join(work, 'fresh-only');
    await build(dir, base.slice(0, 50));
    const generation = currentGeneration(dir) as string;
    for (const name of readdirSync(join(generation, JSON_PARTS_FOLDER))) expect(statSync(join(generation, JSON_PARTS_FOLDER, name)).nlink).toBe(1);
  });
});

describe('trackDocumentChanges', () => {
  const base = reports('t', 6, 1);
  it.each([
    ['a new document', [report('t100', '2024-03-02', 'kyiv')], ['doc:t100']],
    ['a document given again unchanged', [base[2]!], []],
    ['a document replaced with another city', [report('t003', '2024-03-01', 'dnipro')], ['doc:t003']],
    ['a document moved to another day', [report('t004', '2024-03-07', CITIES[4]!)], ['doc:t004']],
  ])('%s', (_name, later, expected) => {
    const graph = buildGraph(base);
    const changes = trackDocumentChanges(graph);
    addExtractions(graph, later);
    changes.stop();
    expect([...changes.keys].sort()).toEqual(expected);
  });

  it('sees both days of a document moved to another day', () => {
    const graph = buildGraph(base);
    const changes = trackDocumentChanges(graph);
    addExtractions(graph, [report('t004', '2024-03-07', CITIES[4]!)]);
    changes.stop();
    expect([...changes.days].sort()).toEqual(['2024-03-01', '2024-03-07']);
  });
});

describe('graph.json without a joined file (src/graph/json-parts.ts)', () => {
  const base = reports('j', 300, 1);

  it('a build writes the head, the parts and their order, no graph.json; with joined: true also graph.json, the same bytes', async () => {
    const dir = join(work, 'no-joined');
    const graph = buildGraph(base);
    await exportGraph(graph, dir);
    const generation = currentGeneration(dir) as string;
    expect(existsSync(join(generation, 'graph.json'))).toBe(false);
    const manifest = readJsonManifest(join(generation, JSON_PARTS_FOLDER));
    expect(manifest?.order.some((piece) => typeof piece === 'string')).toBe(true);
    expect(manifest?.order.some((piece) => typeof piece !== 'string')).toBe(true);
    const source = graphJsonSource(dir) as GraphJsonSource;
    expect(source.file).toBeNull();
    expect(await readGraphJsonText(source)).toBe(serializeGraph(graph));
    expect(source.bytes).toBe(Buffer.byteLength(serializeGraph(graph)));
    const joined = join(work, 'joined');
    await exportGraph(graph, joined, { joined: true });
    expect(readFileSync(join(joined, 'graph.json'), 'utf8')).toBe(serializeGraph(graph));
  });

  it('an update writes the head and the manifest again and never a joined file', async () => {
    const dir = join(work, 'update-head');
    await build(dir, base);
    const before = currentGeneration(dir) as string;
    const head = statSync(join(before, JSON_PARTS_FOLDER, '_head.json')).ino;
    await update(dir, [report('j900', '2024-03-04', 'odesa')]);
    const after = currentGeneration(dir) as string;
    expect(statSync(join(after, JSON_PARTS_FOLDER, '_head.json')).ino).not.toBe(head);
    expect(existsSync(join(after, 'graph.json'))).toBe(false);
    expect(outputText(dir, 'graph.json')).toBe(serializeGraph(buildGraph([...base, report('j900', '2024-03-04', 'odesa')])));
  });

  it.each([
    ['a build folder', (dir: string) => dir],
    ['its graph.json path (no such file: the parts beside it)', (dir: string) => join(dir, 'graph.json')],
    ['the generation folder', (dir: string) => currentGeneration(dir) as string],
  ])('is read from %s', async (_name, pathOf) => {
    const dir = join(work, 'read-paths');
    if (!existsSync(dir)) await build(dir, base.slice(0, 40));
    const graph = await readGraphJson(pathOf(dir));
    expect(serializeGraph(graph)).toBe(serializeGraph(buildGraph(base.slice(0, 40))));
  });

  it('loadGraph and importGraph given the graph.json path of a build folder read its parts', async () => {
    const dir = join(work, 'named-path');
    await build(dir, base.slice(0, 30));
    const expected = serializeGraph(buildGraph(base.slice(0, 30)));
    expect(serializeGraph(await importGraph(join(dir, 'graph.json')))).toBe(expected);
    expect((await loadGraph(join(dir, 'graph.json'))).size).toEqual((await loadGraph(dir)).size);
    await expect(loadGraph(join(work, 'no-such-folder', 'graph.json'))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a folder without graph.json, joined or in parts, is a NotFoundError; a missing part stops the stream as a changed generation', async () => {
    const empty = join(work, 'empty-folder');
    mkdirSync(empty, { recursive: true });
    expect(graphJsonSource(empty)).toBeNull();
    await expect(readGraphJson(empty)).rejects.toBeInstanceOf(NotFoundError);
    const dir = join(work, 'missing-part');
    await build(dir, base.slice(0, 40));
    const source = graphJsonSource(dir) as GraphJsonSource;
    const part = (source.order ?? []).find((piece) => typeof piece === 'string') as string;
    rmSync(join(source.folder as string, `${part}.part`));
    await expect(readGraphJsonText(source)).rejects.toBeInstanceOf(GenerationChanged);
  });

  it('a manifest of another version is not read: the folder has no graph.json in parts', async () => {
    const dir = join(work, 'other-version');
    await build(dir, base.slice(0, 20));
    const folder = join(currentGeneration(dir) as string, JSON_PARTS_FOLDER);
    const manifest = JSON.parse(readFileSync(join(folder, 'parts.json'), 'utf8')) as { version: number };
    writeFileSync(join(folder, 'parts.json'), JSON.stringify({ ...manifest, version: manifest.version + 1 }));
    expect(readJsonManifest(folder)).toBeNull();
    expect(graphJsonSource(dir)).toBeNull();
  });
});
