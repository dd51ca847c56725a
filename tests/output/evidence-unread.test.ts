/**
 * `build --update` reading only some days' relation evidence (src/graph/read.ts `readGraphJsonForUpdate`, the
 * aggregates of src/graph/relation-days.ts kept in json/relations.json): the days a batch touches and the days of the
 * documents that report the events of those dates are read, the others are left out, and every file comes out as a
 * fresh build of the same articles gives it (graph.json, the RDF syntaxes with their relation and request summaries,
 * and the sidecar files). Articles and sentences are made up for these tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { JSON_RELATIONS, graphJsonChunks, graphJsonSource } from '../../src/graph/json-parts.ts';
import { aggregateByDay, unreadEvidenceOf } from '../../src/graph/relation-days.ts';
import type { EvidenceRecord, RelationAttributes } from '../../src/graph/types.ts';
import { currentGeneration, exportGraph, updateGraph } from '../../src/output/index.ts';
import { JSON_PARTS_FOLDER } from '../../src/output/writers/json.ts';
import { article as eventArticle, TEST_KNOWLEDGE } from '../graph/event-fixture.ts';
import { outputText } from '../rdf/helpers.ts';
import { add, expectSameAsFresh, FILES, FORMATS, merged, sidecars } from './unread-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'newsgraph-evidence-unread-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


const ENTITIES: DocumentExtraction['entities'] = [
  { id: 'russia', label: 'Russia', type: 'Country', aliases: ['Russia'], forms: ['Russia'], generic: false, wikidata: 'Q159' },
  { id: 'ukraine', label: 'Ukraine', type: 'Country', aliases: ['Ukraine'], forms: ['Ukraine'], generic: false, wikidata: 'Q212' },
  { id: 'germany', label: 'Germany', type: 'Country', aliases: ['Germany'], forms: ['Germany'], generic: false, wikidata: 'Q183' },
  { id: 'patriot', label: 'Patriot', type: 'WeaponSystem', aliases: ['Patriot'], forms: ['Patriot'], generic: false, wikidata: null },
];

function city(id: string): DocumentExtraction['entities'][number] {
  return { id, label: id.toUpperCase(), type: 'City', aliases: [id.toUpperCase()], forms: [id.toUpperCase()], generic: false, wikidata: null };
}

/**
 * A made-up article: Russia hit `target`; with `asked`, Ukraine also asked for Patriot systems, naming Germany as the
 * addressee when `asked` is 'germany' and nobody when it is 'nobody'.
 */
function strike(id: string, published: string | null, target: string, asked: 'germany' | 'nobody' | null = null): DocumentExtraction {
  const relations: DocumentExtraction['relations'] = [
    { subject: 'russia', predicate: 'targeted', object: target, count: null, addressee: null, evidence: { text: `Russian drones struck ${target} at night.`, start: 0, end: 32 } },
  ];
  if (asked) {
    relations.push({
      subject: 'ukraine',
      predicate: 'requested',
      object: 'patriot',
      count: null,
      addressee: asked === 'germany' ? ['germany'] : null,
      evidence: { text: 'Kyiv pleaded again for more Patriot batteries.', start: 33, end: 80 },
    });
  }
  return { document: { id, title: `Night over ${target} (${id})`, published, source: null, byline: null }, entities: [...ENTITIES, city(target)], relations, events: [] };
}

/**
 * An article reporting an attack of `date` on `target`, whose first event sentence is also the evidence of a relation
 * (Russia targeted the city): the event's RDF then points at that relation's evidence node in this article.
 */
function night(id: string, published: string, date: string | null, target: string, drones: number): DocumentExtraction {
  const base = eventArticle(id, published, [{ date, targets: [target], claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', drones, drones - 2]] }] }]);
  const span = (base.events[0] as DocumentExtraction['events'][number]).evidence[0] as { text: string; start: number; end: number };
  const entities = base.entities.some((e) => e.id === target) ? base.entities : [...base.entities, city(target)];
  return { ...base, entities, relations: [{ subject: 'russia', predicate: 'targeted', object: target, count: drones, addressee: null, evidence: { ...span } }] };
}

const day = (n: number): string => `2024-04-${String(n).padStart(2, '0')}`;

/** Four articles a day for days 1-8, requests on days 2, 4 and 6; a night of day 3 reported on days 3 and 5. */
const base: DocumentExtraction[] = [
  ...Array.from({ length: 32 }, (_, i) => strike(`s${String(i).padStart(3, '0')}`, day(1 + Math.floor(i / 4)), ['kyiv', 'lviv', 'odesa', 'kharkiv'][i % 4] as string, i % 8 === 4 ? (i % 16 === 4 ? 'germany' : 'nobody') : null)),
  night('n001', day(3), day(3), 'kyiv', 30),
  night('n002', day(5), day(3), 'kyiv', 32),
  night('n003', day(7), null, 'odesa', 9),
  strike('x001', day(6), 'dnipro'),
];


const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7, 8].map(day);

interface Case {
  name: string;
  later: DocumentExtraction[];
  /** The old days whose evidence the update reads (every other old day is left out). */
  read: string[];
}

const CASES: Case[] = [
  { name: 'new articles on a new day, one adding to a relation every old day states', later: [strike('t001', day(9), 'kyiv'), strike('t002', day(9), 'kherson')], read: [] },
  { name: 'a request naming an addressee asked on old days, and one naming nobody', later: [strike('t003', day(9), 'lviv', 'germany'), strike('t004', day(10), 'odesa', 'nobody')], read: [] },
  { name: 'an old article replaced on its day', later: [strike('s005', day(2), 'odesa')], read: [day(2)] },
  { name: 'an old article moved to another old day', later: [strike('s001', day(4), 'dnipro')], read: [day(1), day(4)] },
  // The edge Russia targeted Dnipro had one document: replaced without it, the edge goes, as in a fresh build.
  { name: 'the only article of an edge replaced without it', later: [strike('x001', day(6), 'kyiv')], read: [day(6)] },
  // The edge Russia targeted Kyiv keeps its records of the days left out: it must stay, with their documents.
  { name: 'an article replaced without its relation, whose edge has records on days left out', later: [{ ...strike('s000', day(1), 'kyiv'), relations: [] }], read: [day(1)] },
  // The night of day 3 is merged again: its reports' documents (days 3 and 5) are read for the event's RDF.
  { name: 'a report joining an old night reported on two old days', later: [night('n004', day(9), day(3), 'kyiv', 31)], read: [day(3), day(5)] },
  { name: 'an undated report (the undated events are written again)', later: [night('n005', day(9), null, 'lviv', 5)], read: [day(7)] },
];

describe('build --update reads the relation evidence of the days it needs', () => {
  it.each(CASES)('$name', async ({ name, later, read }) => {
    const slug = name.replace(/\W+/g, '-');
    const dir = join(work, slug);
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    const updated = await updateGraph(dir, later, FORMATS, add);
    expect(updated.wholeBecause).toBeNull();
    const unread = [...(unreadEvidenceOf(updated.graph)?.days ?? [])].sort();
    expect(unread).toEqual(ALL_DAYS.filter((d) => !read.includes(d)));
    await expectSameAsFresh(updated, dir, join(work, `${slug}-fresh`), merged(base, later));
  });

  it('two updates in a row leave the old days unread and equal a fresh build', async () => {
    const dir = join(work, 'twice');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    const batches = [[strike('t010', day(9), 'kyiv', 'germany')], [strike('t011', day(10), 'kyiv', 'germany'), strike('s010', day(3), 'lviv')]];
    for (const batch of batches) {
      const updated = await updateGraph(dir, batch, FORMATS, add);
      expect(unreadEvidenceOf(updated.graph)?.days.has(day(1))).toBe(true);
      await exportGraph(updated.graph, dir, { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence });
    }
    const fresh = join(work, 'twice-fresh');
    await exportGraph(buildGraph(merged(merged(base, batches[0] as DocumentExtraction[]), batches[1] as DocumentExtraction[]), { knowledge: TEST_KNOWLEDGE }), fresh);
    for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
    expect(sidecars(dir)).toEqual(sidecars(fresh));
  });

  it('a build without json/relations.json (an older newsgraph) has every day read, and its update writes the file', async () => {
    const dir = join(work, 'older');
    await exportGraph(buildGraph(base, { knowledge: TEST_KNOWLEDGE }), dir);
    rmSync(join(currentGeneration(dir) as string, JSON_PARTS_FOLDER, JSON_RELATIONS));
    const later = [strike('t020', day(9), 'kyiv')];
    const updated = await updateGraph(dir, later, FORMATS, add);
    expect(unreadEvidenceOf(updated.graph)).toBeUndefined();
    await expectSameAsFresh(updated, dir, join(work, 'older-fresh'), merged(base, later));
  });
});

describe('graph.json read with some days of evidence left out', () => {
  // Russia targeted Kyiv on days 1, 2 and 3 (one article each), so every place of a left-out day in a line is tried.
  const articles = [strike('k1', day(1), 'kyiv'), strike('k2', day(2), 'kyiv'), strike('k3', day(3), 'kyiv'), strike('l1', day(2), 'lviv')];
  const graph = buildGraph(articles);
  const dir = join(work, 'ranges');

  it.each([[[]], [[day(1)]], [[day(2)]], [[day(3)]], [[day(1), day(2)]], [[day(1), day(3)]], [[day(2), day(3)]], [[day(1), day(2), day(3)]]])('leaving out %j gives valid lines with the other days\' records', async (left) => {
    await exportGraph(graph, dir);
    const source = graphJsonSource(dir);
    if (!source) throw new Error('no graph.json');
    const chunks: Buffer[] = [];
    for await (const chunk of graphJsonChunks(source, 1 << 20, undefined, (part) => left.some((d) => part === `evidence-${d}`))) chunks.push(chunk);
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { edges: { key: string; attributes: { kind: string; evidence?: EvidenceRecord[] } }[] };
    for (const edge of parsed.edges) {
      if (edge.attributes.kind !== 'relation') continue;
      const whole = (graph.getEdgeAttributes(edge.key) as RelationAttributes).evidence;
      expect(edge.attributes.evidence).toEqual(whole.filter((r) => !left.includes(r.published as string)));
    }
  });
});

describe('aggregateByDay', () => {
  const record = (document: string, published: string | null, addressee: string[] | null = null): EvidenceRecord => ({ document, text: 'A made-up sentence.', start: 0, end: 19, published, count: null, addressee });
  it.each([
    ['no records', [], false, {}],
    ['one record', [record('a', '2024-04-01')], false, { '2024-04-01': { documents: 1, first: '2024-04-01', last: '2024-04-01' } }],
    // Two spans of one document count it once.
    ['one document twice in a day', [record('a', '2024-04-01'), record('a', '2024-04-01')], false, { '2024-04-01': { documents: 1, first: '2024-04-01', last: '2024-04-01' } }],
    [
      'times within a day give the first and the last',
      [record('a', '2024-04-01T09:00:00Z'), record('b', '2024-04-01T21:00:00Z'), record('c', '2024-04-02')],
      false,
      { '2024-04-01': { documents: 2, first: '2024-04-01T09:00:00Z', last: '2024-04-01T21:00:00Z' }, '2024-04-02': { documents: 1, first: '2024-04-02', last: '2024-04-02' } },
    ],
    ['undated records have no dates', [record('a', null)], false, { undated: { documents: 1, first: null, last: null } }],
    // Not a request: addressees are not kept.
    ['addressees of another predicate are not kept', [record('a', '2024-04-01', ['germany'])], false, { '2024-04-01': { documents: 1, first: '2024-04-01', last: '2024-04-01' } }],
    [
      'a request keeps its documents by addressee, nobody as ""',
      [record('b', '2024-04-01', ['germany', 'poland']), record('a', '2024-04-01', ['germany']), record('c', '2024-04-01')],
      true,
      { '2024-04-01': { documents: 3, first: '2024-04-01', last: '2024-04-01', requests: { '': ['c'], germany: ['a', 'b'], poland: ['b'] } } },
    ],
  ])('%s', (_name, records, requested, expected) => {
    expect(Object.fromEntries(aggregateByDay(records as EvidenceRecord[], requested as boolean))).toEqual(expected);
  });
});
