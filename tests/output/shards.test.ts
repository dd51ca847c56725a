/**
 * RDF parts per publication day (output/writers/rdf.ts): an update writes only the days it touches, links the others
 * from the previous generation, and gives the same bytes as a fresh build of the same articles, replacements and
 * undated articles included; the joined files equal one writer's output over the whole graph.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { addExtractions, buildGraph } from '../../src/graph/build.ts';
import { readGraphJson } from '../../src/graph/read.ts';
import { changedDays, currentGeneration, exportGraph } from '../../src/output/index.ts';
import { writeRdf, type RdfFormat } from '../../src/rdf/files.ts';

const work = mkdtempSync(join(tmpdir(), 'newsgraph-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILES = ['graph.json', 'graph.nt', 'graph.ttl', 'graph.trig'];

/** A made-up article about a strike, published on `published`. */
function article(id: string, published: string | null, city = 'kyiv', count: number | null = 7): DocumentExtraction {
  return {
    document: { id, title: `Strike ${id}`, published, source: null, byline: null },
    entities: [
      { id: 'russia', label: 'Russia', type: 'Country', aliases: ['Russia', 'Russian Federation'], forms: ['Russia'], generic: false, wikidata: 'Q159' },
      { id: city, label: city.toUpperCase(), type: 'City', aliases: [city.toUpperCase()], generic: false, wikidata: null },
      { id: 'kalibr', label: 'Kalibr', type: 'WeaponSystem', aliases: ['Kalibr', '3M-14'], forms: ['Kalibr'], generic: false, wikidata: null },
    ],
    relations: [
      { subject: 'russia', predicate: 'targeted', object: city, count: null, addressee: null, evidence: { text: `Russia struck ${city}.`, start: 0, end: 20 } },
      { subject: 'russia', predicate: 'launched', object: 'kalibr', count, addressee: null, evidence: { text: `Russia fired ${count} Kalibr.`, start: 21, end: 45 } },
    ],
    events: [],
  };
}

const first = [article('a1', '2024-03-01'), article('a2', '2024-03-01', 'lviv'), article('b1', '2024-03-02'), article('u1', null)];
const second = [
  article('c1', '2024-03-03', 'odesa', 12),
  // a replacement that moves an article to another day, and one that changes it on its own day
  article('a2', '2024-03-04', 'lviv', 3),
  article('b1', '2024-03-02', 'kharkiv', null),
];

async function build(dir: string, extractions: DocumentExtraction[]): Promise<void> {
  await exportGraph(buildGraph(extractions), dir);
}

async function update(dir: string, extractions: DocumentExtraction[]): Promise<Set<string>> {
  const graph = await readGraphJson(join(dir, 'graph.json'));
  const days = changedDays(graph, extractions);
  addExtractions(graph, extractions);
  await exportGraph(graph, dir, { changedDays: days });
  return days;
}

const inode = (path: string): number => statSync(path).ino;

describe('RDF parts per day', () => {
  it('an update gives the bytes of a fresh build, and rewrites only the days it touched', async () => {
    const updated = join(work, 'updated');
    await build(updated, first);
    const before = currentGeneration(updated) as string;
    const rewritten = inode(join(before, 'rdf', 'ntriples', '2024-03-01.nt'));
    const untouched = inode(join(before, 'rdf', 'ntriples', 'undated.nt'));
    const days = await update(updated, second);
    // a2 left 2024-03-01 for 2024-03-04; b1 changed on 2024-03-02; c1 is new on 2024-03-03; undated is untouched
    expect([...days].sort()).toEqual(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04']);
    const after = currentGeneration(updated) as string;
    expect(readdirSync(join(after, 'rdf', 'ntriples')).sort()).toEqual(['2024-03-01.nt', '2024-03-02.nt', '2024-03-03.nt', '2024-03-04.nt', '_head.nt', 'shards.json', 'undated.nt']);
    expect(inode(join(after, 'rdf', 'ntriples', 'undated.nt'))).toBe(untouched);
    expect(inode(join(after, 'rdf', 'ntriples', '2024-03-01.nt'))).not.toBe(rewritten);
    const fresh = join(work, 'fresh');
    await build(fresh, [...first.filter((x) => !second.some((y) => y.document.id === x.document.id)), ...second]);
    for (const file of FILES) expect(readFileSync(join(updated, file), 'utf8'), file).toBe(readFileSync(join(fresh, file), 'utf8'));
  });

  it('links the parts of untouched days from the previous generation', async () => {
    const dir = join(work, 'linked');
    await build(dir, first);
    const undated = inode(join(currentGeneration(dir) as string, 'rdf', 'turtle', 'undated.ttl'));
    const march1 = inode(join(currentGeneration(dir) as string, 'rdf', 'turtle', '2024-03-01.ttl'));
    await update(dir, [article('d1', '2024-03-09')]);
    const now = currentGeneration(dir) as string;
    expect(inode(join(now, 'rdf', 'turtle', 'undated.ttl'))).toBe(undated);
    expect(inode(join(now, 'rdf', 'turtle', '2024-03-01.ttl'))).toBe(march1);
  });

  it.each([['turtle'], ['ntriples'], ['trig']] as [RdfFormat][])('the joined %s file is what one writer gives for the whole graph', async (format) => {
    const dir = join(work, `joined-${format}`);
    const graph = buildGraph([...first, ...second]);
    await exportGraph(graph, dir);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeRdf(graph, format, out);
    const file = { turtle: 'graph.ttl', ntriples: 'graph.nt', trig: 'graph.trig' }[format];
    expect(Buffer.concat(chunks).toString('utf8')).toBe(readFileSync(join(dir, file), 'utf8'));
  });
});
