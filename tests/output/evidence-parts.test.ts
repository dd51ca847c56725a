/**
 * graph.json's relation evidence kept by publication day (output/writers/json.ts, one `evidence-<day>.part` each, the
 * relation lines in the head written around their ranges) and the tracking that says which days an update changed
 * (graph/changes.ts `trackEvidenceChanges`). An update links the evidence of the days it leaves alone and gives the
 * bytes of a fresh build of the same articles, in every case below; the head no longer holds any evidence text.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { addExtractions, buildGraph } from '../../src/graph/build.ts';
import { trackEvidenceChanges } from '../../src/graph/changes.ts';
import { readJsonManifest } from '../../src/graph/json-parts.ts';
import { readGraphJson } from '../../src/graph/read.ts';
import { serializeGraph } from '../../src/graph/serialize.ts';
import { currentGeneration } from '../../src/output/index.ts';
import { JSON_PARTS_FOLDER } from '../../src/output/writers/json.ts';
import { outputText } from '../rdf/helpers.ts';
import { build, update } from './update-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'newsgraph-evidence-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES = ['graph.json', 'graph.nt', 'graph.ttl', 'graph.trig'];

/** The entities a made-up article names: Russia, Ukraine, a city, and optionally a person. */
function entities(city: string, person: [string, string] | null): DocumentExtraction['entities'] {
  const out: DocumentExtraction['entities'] = [
    { id: 'russia', label: 'Russia', type: 'Country', aliases: ['Russia'], forms: ['Russia'], generic: false, wikidata: 'Q159' },
    { id: 'ukraine', label: 'Ukraine', type: 'Country', aliases: ['Ukraine'], forms: ['Ukraine'], generic: false, wikidata: 'Q212' },
    { id: city, label: city.toUpperCase(), type: 'City', aliases: [city.toUpperCase()], forms: [city.toUpperCase()], generic: false, wikidata: null },
  ];
  if (person) out.push({ id: person[0], label: person[1], type: 'Person', aliases: [person[1]], forms: [person[1]], generic: false, wikidata: null });
  return out;
}

/**
 * A made-up article of `published`: Russia hit `city`; with `addressee`, Ukraine also asked that person (id, label)
 * for something, so the person is named by the request's evidence.
 */
function article(id: string, published: string | null, city: string, addressee: [string, string] | null = null): DocumentExtraction {
  const relations: DocumentExtraction['relations'] = [
    { subject: 'russia', predicate: 'targeted', object: city, count: null, addressee: null, evidence: { text: `Overnight the Russian army hit ${city}.`, start: 0, end: 30 } },
  ];
  if (addressee) {
    relations.push({ subject: 'ukraine', predicate: 'requested', object: city, count: null, addressee: [addressee[0]], evidence: { text: `Kyiv asked ${addressee[1]} to shield ${city}.`, start: 31, end: 60 } });
  }
  return { document: { id, title: `On ${city} (${id})`, published, source: null, byline: null }, entities: entities(city, addressee), relations, events: [] };
}

/** `perDay` articles a day from March `firstDay` for `days` days, cities in turn. */
function days(prefix: string, firstDay: number, count: number, perDay = 4): DocumentExtraction[] {
  const cities = ['kyiv', 'lviv', 'odesa'];
  return Array.from({ length: count * perDay }, (_, i) => article(`${prefix}${String(i).padStart(3, '0')}`, `2024-03-${String(firstDay + Math.floor(i / perDay)).padStart(2, '0')}`, cities[i % cities.length] as string));
}

/** The evidence parts of a build folder's live generation: name -> inode. */
function evidenceParts(dir: string): Map<string, number> {
  const folder = join(currentGeneration(dir) as string, JSON_PARTS_FOLDER);
  return new Map(readdirSync(folder).filter((name) => name.startsWith('evidence-')).map((name) => [name, statSync(join(folder, name)).ino]));
}

/** The evidence parts of `dir` that `update` wrote again (not linked from before). */
function rewritten(before: Map<string, number>, dir: string): string[] {
  return [...evidenceParts(dir)].filter(([name, ino]) => before.get(name) !== ino).map(([name]) => name).sort();
}

const merged = (base: DocumentExtraction[], later: DocumentExtraction[]): DocumentExtraction[] => [...base.filter((a) => !later.some((b) => b.document.id === a.document.id)), ...later];

async function sameAsFresh(dir: string, articles: DocumentExtraction[], name: string): Promise<void> {
  const fresh = join(work, name);
  await build(fresh, articles);
  for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
}

describe('graph.json evidence in parts by day', () => {
  const base = days('a', 1, 5);

  it('a build writes one evidence part per publication day and a head without evidence text; graph.json is unchanged', async () => {
    const dir = join(work, 'fresh');
    const articles = [...base, article('u001', null, 'kyiv')];
    const graph = buildGraph(articles);
    await build(dir, articles);
    expect([...evidenceParts(dir).keys()].sort()).toEqual([
      'evidence-2024-03-01.part',
      'evidence-2024-03-02.part',
      'evidence-2024-03-03.part',
      'evidence-2024-03-04.part',
      'evidence-2024-03-05.part',
      'evidence-undated.part',
    ]);
    const folder = join(currentGeneration(dir) as string, JSON_PARTS_FOLDER);
    expect(readFileSync(join(folder, '_head.json'), 'utf8')).not.toContain('Overnight the Russian army');
    expect(readJsonManifest(folder)?.order.some((piece) => typeof piece !== 'string' && piece.length === 3)).toBe(true);
    expect(outputText(dir, 'graph.json')).toBe(serializeGraph(graph));
  });

  it.each([
    ['new articles on a new day', () => days('b', 9, 2), ['evidence-2024-03-09.part', 'evidence-2024-03-10.part']],
    ['one old article replaced with another city', () => [article('a005', '2024-03-02', 'odesa')], ['evidence-2024-03-02.part']],
    ['one old article moved to another old day', () => [article('a005', '2024-03-04', 'kyiv')], ['evidence-2024-03-02.part', 'evidence-2024-03-04.part']],
    // Odesa's first evidence moves earlier: the runs of the later days lose or keep the comma before them in the line
    // by the manifest alone, so they are still linked.
    ['an article of a day before every other', () => [article('z001', '2024-02-20', 'odesa')], ['evidence-2024-02-20.part']],
    ['an undated article', () => [article('z002', null, 'lviv')], ['evidence-undated.part']],
    ['an article given again unchanged', () => [base[6] as DocumentExtraction], ['evidence-2024-03-02.part']],
  ])('%s: rewrites only its days and equals a fresh build', async (name, later, expected) => {
    const dir = join(work, `update-${name.replaceAll(' ', '-')}`);
    await build(dir, base);
    const before = evidenceParts(dir);
    await update(dir, later());
    expect(rewritten(before, dir)).toEqual(expected);
    await sameAsFresh(dir, merged(base, later()), `fresh-${name.replaceAll(' ', '-')}`);
    // The manifest's document count (what the CLI sizes its heap cap from) counts a replaced article once.
    const documents = (d: string): number | undefined => readJsonManifest(join(currentGeneration(d) as string, JSON_PARTS_FOLDER))?.documents;
    expect(documents(dir)).toBe(merged(base, later()).length);
    expect(documents(dir)).toBe(documents(join(work, `fresh-${name.replaceAll(' ', '-')}`)));
  });

  it('a surname merged into a full name renames the addressee of an old day\'s evidence: that day is rewritten', async () => {
    const dir = join(work, 'surname');
    const first = [...base, article('p001', '2024-03-03', 'lviv', ['person:hordiienko', 'Hordiienko'])];
    await build(dir, first);
    const before = evidenceParts(dir);
    const later = [article('p002', '2024-03-07', 'kyiv', ['person:taras-hordiienko', 'Taras Hordiienko'])];
    await update(dir, later);
    expect(rewritten(before, dir)).toEqual(['evidence-2024-03-03.part', 'evidence-2024-03-07.part']);
    expect(outputText(dir, 'graph.json')).not.toContain('"addressee":["person:hordiienko"]');
    await sameAsFresh(dir, [...first, ...later], 'surname-fresh');
  });

  it('two updates in a row keep linking and equal a fresh build', async () => {
    const dir = join(work, 'twice');
    await build(dir, base);
    const first = days('c', 8, 1);
    await update(dir, first);
    const before = evidenceParts(dir);
    const second = [...days('d', 12, 1), article('c001', '2024-03-08', 'odesa')];
    await update(dir, second);
    expect(rewritten(before, dir)).toEqual(['evidence-2024-03-08.part', 'evidence-2024-03-12.part']);
    await sameAsFresh(dir, merged([...base, ...first], second), 'twice-fresh');
  });
});

describe('a build of sessions 14-15 (manifest version 2, evidence in the head)', () => {
  it('is read, and an update of it equals a fresh build', async () => {
    const dir = join(work, 'version-2');
    // Articles without relations: their manifest has no ranges of parts, so with version 2 it is what those
    // sessions wrote.
    const quiet = days('q', 1, 3).map((a) => ({ ...a, relations: [] }));
    await build(dir, quiet);
    const folder = join(currentGeneration(dir) as string, JSON_PARTS_FOLDER);
    const manifest = JSON.parse(readFileSync(join(folder, 'parts.json'), 'utf8')) as { version: number };
    writeFileSync(join(folder, 'parts.json'), JSON.stringify({ ...manifest, version: 2 }));
    expect(readJsonManifest(folder)?.version).toBe(2);
    expect(serializeGraph(await readGraphJson(dir))).toBe(serializeGraph(buildGraph(quiet)));
    const later = days('r', 6, 1);
    await update(dir, later);
    expect([...evidenceParts(dir).keys()]).toEqual(['evidence-2024-03-06.part']);
    await sameAsFresh(dir, [...quiet, ...later], 'version-2-fresh');
  });

  it('a manifest of version 1 or 4 is not read', async () => {
    const dir = join(work, 'version-other');
    await build(dir, days('v', 1, 1));
    const folder = join(currentGeneration(dir) as string, JSON_PARTS_FOLDER);
    const manifest = JSON.parse(readFileSync(join(folder, 'parts.json'), 'utf8')) as { version: number };
    for (const version of [1, 4]) {
      writeFileSync(join(folder, 'parts.json'), JSON.stringify({ ...manifest, version }));
      expect(readJsonManifest(folder)).toBeNull();
    }
  });
});

describe('trackEvidenceChanges', () => {
  const base = days('t', 1, 3, 2);
  it.each([
    ['nothing added', [] as DocumentExtraction[], []],
    ['an article without relations', [{ ...article('t100', '2024-03-05', 'kyiv'), relations: [] }], []],
    ['a new article on a new day', [article('t101', '2024-03-05', 'kyiv')], ['2024-03-05']],
    ['a new article on an old day', [article('t102', '2024-03-02', 'lviv')], ['2024-03-02']],
    ['an old article moved to another day', [article('t001', '2024-03-03', 'lviv')], ['2024-03-01', '2024-03-03']],
    ['an old article replaced without its relation', [{ ...article('t002', '2024-03-02', 'odesa'), relations: [] }], ['2024-03-02']],
    ['an undated article', [article('t103', null, 'kyiv')], ['undated']],
  ])('%s', (_name, later, expected) => {
    const graph = buildGraph(base);
    const changes = trackEvidenceChanges(graph);
    addExtractions(graph, later);
    changes.stop();
    expect([...changes.days].sort()).toEqual(expected);
  });
});
