/**
 * RDF parts per publication day (output/writers/rdf.ts): an update writes only the days it touches, links the others
 * from the previous generation, and gives the same bytes as a fresh build of the same articles, replacements and
 * undated articles included; the parts joined (and the joined files of --joined) equal one writer's output over the
 * whole graph.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { currentGeneration, exportGraph } from '../../src/output/index.ts';
import { build, update } from './update-helpers.ts';
import { outputText } from '../rdf/helpers.ts';
import { writeRdf, type RdfFormat } from '../../src/rdf/files.ts';
import { rdfSource, rdfStream } from '../../src/rdf/parts.ts';
import { article as eventArticle } from '../graph/event-fixture.ts';

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

const inode = (path: string): number => statSync(path).ino;

describe('RDF parts per day', () => {
  it('an update gives the bytes of a fresh build, and rewrites only the days it touched', async () => {
    const updated = join(work, 'updated');
    await build(updated, first);
    const before = currentGeneration(updated) as string;
    const rewritten = inode(join(before, 'rdf', 'ntriples', '2024-03-01.nt'));
    const untouched = inode(join(before, 'rdf', 'ntriples', 'undated.nt'));
    const days = (await update(updated, second)).changedDays;
    // a2 left 2024-03-01 for 2024-03-04; b1 changed on 2024-03-02; c1 is new on 2024-03-03; undated is untouched
    expect([...days].sort()).toEqual(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04']);
    const after = currentGeneration(updated) as string;
    expect(readdirSync(join(after, 'rdf', 'ntriples')).sort()).toEqual(['2024-03-01.nt', '2024-03-02.nt', '2024-03-03.nt', '2024-03-04.nt', '_head.nt', 'shards.json', 'undated.nt']);
    expect(inode(join(after, 'rdf', 'ntriples', 'undated.nt'))).toBe(untouched);
    expect(inode(join(after, 'rdf', 'ntriples', '2024-03-01.nt'))).not.toBe(rewritten);
    const fresh = join(work, 'fresh');
    await build(fresh, [...first.filter((x) => !second.some((y) => y.document.id === x.document.id)), ...second]);
    for (const file of FILES) expect(outputText(updated, file), file).toBe(outputText(fresh, file));
    // No file that grows with the whole graph: the RDF is read from its parts.
    for (const file of ['graph.nt', 'graph.ttl', 'graph.trig']) expect(existsSync(join(updated, file)), file).toBe(false);
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

  it.each([['turtle'], ['ntriples'], ['trig']] as [RdfFormat][])('the %s parts joined, and the joined file of --joined, are what one writer gives for the whole graph', async (format) => {
    const graph = buildGraph([...first, ...second]);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    await writeRdf(graph, format, out);
    const whole = Buffer.concat(chunks).toString('utf8');
    const file = { turtle: 'graph.ttl', ntriples: 'graph.nt', trig: 'graph.trig' }[format];
    // Without --joined: no joined file; the parts in the manifest's order, read as one stream, are its bytes.
    const parts = join(work, `parts-${format}`);
    await exportGraph(graph, parts);
    expect(existsSync(join(parts, file))).toBe(false);
    const source = rdfSource(parts, format);
    expect(source?.paths[0]).toMatch(/_head\.(ttl|nt|trig)$/);
    const streamed: Buffer[] = [];
    for await (const chunk of rdfStream(source!, 64)) streamed.push(chunk as Buffer);
    expect(Buffer.concat(streamed).toString('utf8')).toBe(whole);
    // With --joined: the file as well, with the same bytes.
    const joined = join(work, `joined-${format}`);
    await exportGraph(graph, joined, { joined: true });
    expect(readFileSync(join(joined, file), 'utf8')).toBe(whole);
  });
});

describe('RDF parts: one pass for every syntax asked', () => {
  /** Each RDF part file of a build folder's live generation, by path below rdf/, with its bytes. */
  const partsOf = (dir: string): Map<string, string> => {
    const root = join(currentGeneration(dir) as string, 'rdf');
    const out = new Map<string, string>();
    for (const format of readdirSync(root)) for (const file of readdirSync(join(root, format))) out.set(`${format}/${file}`, readFileSync(join(root, format, file), 'utf8'));
    return out;
  };
  // Events too (in the default graph of every syntax, so one block feeds all three), dated and undated.
  const articles = [
    ...first,
    ...second,
    eventArticle('e1', '2024-03-02', [{ date: '2024-03-01', targets: ['kyiv'], claims: [{ by: 'ukrainian-air-force', lines: [['kh-101', 12, 10]] }] }]),
    eventArticle('e2', '2024-03-03', [{ date: null, targets: ['lviv'], claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', 30, 25]] }] }]),
  ];

  it.each([
    [['ttl'], ['turtle']],
    [['nt'], ['ntriples']],
    [['trig'], ['trig']],
    [['nt', 'trig'], ['ntriples', 'trig']],
    [['json', 'ttl', 'trig'], ['turtle', 'trig']],
  ] as const)('the parts of %j written alone are those of the default export, file by file', async (formats, syntaxes) => {
    const graph = buildGraph(articles);
    const all = join(work, 'pass-all');
    await exportGraph(graph, all);
    const some = join(work, `pass-${formats.join('-')}`);
    await exportGraph(graph, some, { formats: [...formats] });
    const allParts = partsOf(all);
    const someParts = partsOf(some);
    // Only the syntaxes asked, and each of their files as the default export (all three in one pass) wrote it.
    expect([...new Set([...someParts.keys()].map((path) => path.split('/')[0]))].sort()).toEqual([...syntaxes].sort());
    for (const [path, text] of someParts) expect(text, path).toBe(allParts.get(path));
    for (const syntax of syntaxes) expect([...someParts.keys()].filter((path) => path.startsWith(`${syntax}/`)).length).toBe([...allParts.keys()].filter((path) => path.startsWith(`${syntax}/`)).length);
    expect(someParts.get('turtle/undated.ttl') ?? someParts.get('ntriples/undated.nt') ?? someParts.get('trig/undated.trig')).toContain('AirAttack');
  });

  it('an update of two syntaxes writes their touched days and links the rest, as one of each would', async () => {
    const dir = join(work, 'pass-update');
    await build(dir, first, { formats: ['nt', 'trig'] });
    const before = currentGeneration(dir) as string;
    const kept = [inode(join(before, 'rdf', 'ntriples', '2024-03-01.nt')), inode(join(before, 'rdf', 'trig', '2024-03-01.trig'))];
    await update(dir, [article('d1', '2024-03-09')], { formats: ['nt', 'trig'] });
    const now = currentGeneration(dir) as string;
    expect([inode(join(now, 'rdf', 'ntriples', '2024-03-01.nt')), inode(join(now, 'rdf', 'trig', '2024-03-01.trig'))]).toEqual(kept);
    expect(existsSync(join(now, 'rdf', 'turtle'))).toBe(false);
    const fresh = join(work, 'pass-update-fresh');
    await build(fresh, [...first, article('d1', '2024-03-09')], { formats: ['nt', 'trig'] });
    const updated = partsOf(dir);
    expect([...updated.keys()].sort()).toEqual([...partsOf(fresh).keys()].sort());
    for (const [path, text] of partsOf(fresh)) expect(updated.get(path), path).toBe(text);
  });
});

describe('RDF parts per day: events in the part of their event date', () => {
  const night = (id: string, published: string, date: string, launched: number) =>
    eventArticle(id, published, [{ date, targets: ['kyiv'], claims: [{ by: 'ukrainian-air-force', lines: [['kh-101', launched, launched - 2]] }] }]);
  const older = [night('n1', '2024-02-03', '2024-02-03', 20), night('n2', '2024-02-01', '2024-02-01', 8)];
  // n3 is published a week later and reports the night of n1, with another figure: the event of 2024-02-03 changes.
  // n1 is replaced by a version that dates its night a day later: its event moves from 2024-02-03 to 2024-02-04.
  const later = [night('n3', '2024-02-10', '2024-02-03', 22)];
  const replaced = [night('n1', '2024-02-03', '2024-02-04', 20)];

  const sameAsFresh = async (dir: string, articles: DocumentExtraction[], name: string): Promise<void> => {
    const fresh = join(work, name);
    await build(fresh, articles);
    for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
  };

  it('an event sits in the part of its event date, not its articles\' days', async () => {
    const dir = join(work, 'events-parts');
    await build(dir, [...older, ...later]);
    const part = (day: string) => readFileSync(join(currentGeneration(dir) as string, 'rdf', 'ntriples', `${day}.nt`), 'utf8');
    expect(part('2024-02-03')).toContain('/id/air-event/2024-02-03/russia/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>');
    expect(part('2024-02-10')).not.toContain('/id/air-event/');
    expect(readFileSync(join(currentGeneration(dir) as string, 'rdf', 'ntriples', '_head.nt'), 'utf8')).not.toContain('/id/air-event/');
  });

  it('a report joining an event of an old date rewrites that date only, with the bytes of a fresh build', async () => {
    const dir = join(work, 'events-join');
    await build(dir, older);
    const before = currentGeneration(dir) as string;
    const untouched = inode(join(before, 'rdf', 'turtle', '2024-02-01.ttl'));
    const joined = inode(join(before, 'rdf', 'turtle', '2024-02-03.ttl'));
    expect([...((await update(dir, later)).changedDays)].sort()).toEqual(['2024-02-03', '2024-02-10']);
    const after = currentGeneration(dir) as string;
    expect(inode(join(after, 'rdf', 'turtle', '2024-02-01.ttl'))).toBe(untouched);
    expect(inode(join(after, 'rdf', 'turtle', '2024-02-03.ttl'))).not.toBe(joined);
    await sameAsFresh(dir, [...older, ...later], 'events-join-fresh');
  });

  it('a replaced report rewrites its event\'s old date and its new one', async () => {
    const dir = join(work, 'events-moved');
    await build(dir, [...older, ...later]);
    // n1's article day, its old event date (where n3's report stays) and its new event date
    expect([...((await update(dir, replaced)).changedDays)].sort()).toEqual(['2024-02-03', '2024-02-04']);
    await sameAsFresh(dir, [older[1]!, ...later, ...replaced], 'events-moved-fresh');
  });
});
