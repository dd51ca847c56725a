/**
 * `newsgraph build` and `newsgraph import` end to end: spawns `node bin/newsgraph.js` on the extraction fixtures and on
 * two of our dev articles. Re-runs are byte-identical, --update never duplicates, bad inputs get one line each while
 * the others are built, and no temporary file is left.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errLines, newsgraph } from './run-cli.ts';
import { outputText } from '../rdf/helpers.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/extractions');
const FILES = ['graph.json', 'graph.nt', 'graph.trig', 'graph.ttl'];

/** The names a user sees in a build folder (the generation folder and `.current` are hidden). */
function visible(dir: string): string[] {
  return readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
}

/** The four outputs' text: each from its joined file (--joined) or its parts joined in order. */
function read(dir: string): Record<string, string> {
  return Object.fromEntries(FILES.map((f) => [f, outputText(dir, f)]));
}

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-build-cli-'));
  for (const f of readdirSync(fixtures)) copyFileSync(join(fixtures, f), join(work, f));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('newsgraph build', () => {
  it('builds extraction files into the four outputs (--joined: the RDF as one file each besides its parts), and a re-run is byte-identical', async () => {
    const first = await newsgraph(['build', 'fx_alpha.json', 'fx_beta.json', 'fx_gamma.json', '--joined', '--out', 'g1'], work);
    expect(errLines(first.stderr)).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^newsgraph build: 3 documents, 14 entities, 9 relations, 0 events, \d+ triples -> g1\/\n$/);
    expect(visible(join(work, 'g1'))).toEqual([...FILES, 'json', 'rdf']);
    // Without --joined: the parts only; the parts joined are the joined files' bytes.
    const again = await newsgraph(['build', 'fx_gamma.json', 'fx_beta.json', 'fx_alpha.json', '--out', 'g2'], work);
    expect(again.code).toBe(0);
    expect(visible(join(work, 'g2'))).toEqual(['json', 'rdf']);
    expect(read(join(work, 'g2'))).toEqual(read(join(work, 'g1')));
  }, 60_000);

  it('--update with documents already built changes nothing; adding the rest equals a full build', async () => {
    const same = await newsgraph(['build', '--update', 'fx_alpha.json', '--out', 'g2'], work);
    expect(same.stdout).toMatch(/: 1 documents \(1 replaced\), 14 entities/);
    expect(read(join(work, 'g2'))).toEqual(read(join(work, 'g1')));
    await newsgraph(['build', 'fx_alpha.json', '--out', 'g3'], work);
    // fx_alpha's day (2024-02-03) is not touched by the update: its RDF part is linked, not written again.
    const part = (dir: string) => statSync(join(dir, '.current', 'rdf', 'ntriples', '2024-02-03.nt')).ino;
    const before = part(join(work, 'g3'));
    const added = await newsgraph(['build', '--update', 'fx_beta.json', 'fx_gamma.json', '--out', 'g3'], work);
    expect(added.code).toBe(0);
    expect(read(join(work, 'g3'))).toEqual(read(join(work, 'g1')));
    expect(part(join(work, 'g3'))).toBe(before);
  }, 90_000);

  it('reports each bad input in one line and still builds the others', async () => {
    writeFileSync(join(work, 'broken.json'), '{"document": {"id": "x"}, "entities": 3');
    writeFileSync(join(work, 'wrong.json'), JSON.stringify({ document: { id: 'w' }, entities: [{ id: 'a', type: 'Planet', label: 'A' }], relations: [] }));
    const result = await newsgraph(['build', 'fx_alpha.json', 'broken.json', 'missing.txt', 'wrong.json', '--out', 'g4'], work);
    const lines = errLines(result.stderr);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('broken.json'))).toMatch(/not valid JSON/);
    expect(lines.find((l) => l.includes('missing.txt'))).toBeDefined();
    expect(lines.find((l) => l.includes('wrong.json'))).toMatch(/wrong\.json: entities\.0\.type: /);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 documents.*3 input error/);
    expect(visible(join(work, 'g4'))).toEqual(['json', 'rdf']);
  }, 60_000);

  it('exits non-zero and writes nothing when no input could be read', async () => {
    const result = await newsgraph(['build', 'broken.json', 'missing.txt', '--out', 'g5'], work);
    expect(result.code).not.toBe(0);
    expect(existsSync(join(work, 'g5'))).toBe(false);
  }, 60_000);

  it('--format chooses the writers; --update keeps them; an unknown format is a usage error', async () => {
    const built = await newsgraph(['build', 'fx_alpha.json', '--format', 'gexf,json,csv', '--out', 'g8'], work);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/^newsgraph build: 1 documents, \d+ entities, \d+ relations, \d+ events -> g8\/\n$/);
    expect(visible(join(work, 'g8'))).toEqual(['edges.csv', 'events.csv', 'evidence.csv', 'graph.gexf', 'json', 'nodes.csv']);
    const updated = await newsgraph(['build', '--update', 'fx_beta.json', '--out', 'g8'], work);
    expect(updated.code, updated.stderr).toBe(0);
    expect(visible(join(work, 'g8'))).toEqual(['edges.csv', 'events.csv', 'evidence.csv', 'graph.gexf', 'json', 'nodes.csv']);
    expect(readFileSync(join(work, 'g8/nodes.csv'), 'utf8')).toContain('doc:fx_beta');
    const wrong = await newsgraph(['build', 'fx_alpha.json', '--format', 'json,xml', '--out', 'g9'], work);
    expect(wrong.code).toBe(2);
    expect(errLines(wrong.stderr)).toEqual([expect.stringMatching(/unknown --format "xml"/)]);
    expect(existsSync(join(work, 'g9'))).toBe(false);
  }, 60_000);

  it('reports an --out it cannot write in one line, before reading any input', async () => {
    for (const out of ['/sys/kernel', '/sys/kernel/newsgraph']) {
      const result = await newsgraph(['build', join(root, 'corpus'), '--out', out], work);
      expect(result.code).toBe(1);
      expect(errLines(result.stderr)).toEqual([expect.stringMatching(new RegExp(`^newsgraph: build --out: cannot (write in|create) ${out}: .*\\((EACCES|EPERM|EROFS)\\)`))]);
    }
  }, 60_000);

  it('builds from articles through ingest and extraction', async () => {
    const result = await newsgraph(['build', join(root, 'corpus/dev_01.txt'), join(root, 'corpus/dev_02.txt'), '--out', 'g6'], work);
    expect(errLines(result.stderr)).toEqual([]);
    expect(result.stdout).toMatch(/^newsgraph build: 2 documents, [1-9]\d* entities, [1-9]\d* relations/);
    const graph = JSON.parse(outputText(join(work, 'g6'), 'graph.json'));
    expect(graph.nodes.filter((n: { key: string }) => n.key.startsWith('doc:')).map((n: { key: string }) => n.key)).toEqual(['doc:dev_01', 'doc:dev_02']);
  }, 120_000);
});

describe('newsgraph import', () => {
  it('reads graph.ttl back and writes the same four files', async () => {
    const result = await newsgraph(['import', 'g1/graph.ttl', '--out', 'g7'], work);
    expect(result.code).toBe(0);
    expect(read(join(work, 'g7'))).toEqual(read(join(work, 'g1')));
  }, 60_000);

  it('prints graph.json without --out', async () => {
    const result = await newsgraph(['import', 'g1/graph.trig'], work);
    expect(result.stdout).toBe(read(join(work, 'g1'))['graph.json']);
  }, 60_000);

  it('names a missing or foreign input in a one-line error', async () => {
    writeFileSync(join(work, 'foreign.ttl'), '<http://x/a> <http://x/b> "c" .\n');
    for (const input of ['nowhere.ttl', 'foreign.ttl']) {
      const result = await newsgraph(['import', input], work);
      expect(result.code).not.toBe(0);
      const lines = errLines(result.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(input);
    }
  }, 60_000);

  it('leaves no temporary files behind', () => {
    const leftovers = readdirSync(work, { recursive: true }).map(String).filter((f) => f.includes('.tmp'));
    expect(leftovers).toEqual([]);
  });
});
