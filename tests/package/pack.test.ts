/**
 * The package as a user gets it: `npm pack`, then an install of the tarball into an empty folder (from the npm cache
 * that `npm ci` filled, with a lockfile made of this project's runtime dependencies), then plain Node: the root and subpath
 * imports, the `newsgraph` command, the data files it reads (gazetteer, lexicon, ready-made queries) and the type
 * declarations, checked by tsc with Node's own module resolution.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** An invented sentence with a launched and a targeted relation. */
const SENTENCE = 'Russia fired four Kinzhal missiles at Kyiv overnight, the Ukrainian air force said.';

let work = '';
let consumer = '';
let packed: string[] = [];

function ok(run: SpawnSyncReturns<string>, what: string): string {
  if (run.status !== 0) throw new Error(`${what} exited ${String(run.status)}:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

const node = (args: string[]): string => ok(spawnSync(process.execPath, args, { cwd: consumer, encoding: 'utf8', timeout: 60_000 }), `node ${args.join(' ')}`);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-pack-'));
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  // 1. Pack (the global setup has built dist/).
  const report = JSON.parse(ok(spawnSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }), 'npm pack')) as {
    filename: string;
    files: { path: string }[];
  }[];
  const tarball = `file:../${report[0]!.filename}`;
  packed = report[0]!.files.map((f) => f.path);
  // 2. A consumer whose lockfile pins the tarball and this project's runtime dependencies (no dev ones), so that
  //    `npm ci --prefer-offline` installs from the cache that the project's `npm ci` filled (the registry is asked
  //    only for what the cache lacks).
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; link?: boolean }> };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const packages: Record<string, unknown> = { '': { name: 'consumer', dependencies: { newsgraph: tarball } } };
  for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev && !entry.link) packages[path] = entry;
  packages['node_modules/newsgraph'] = { version: pkg.version, resolved: tarball, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines };
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { newsgraph: tarball } }));
  writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
  ok(spawnSync(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: consumer, encoding: 'utf8', timeout: 240_000 }), 'npm ci in the consumer');
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm package', () => {
  it('holds the compiled code, its declarations, the command and the data, and no sources or tests', () => {
    for (const file of ['bin/newsgraph.js', 'dist/index.js', 'dist/index.d.ts', 'dist/extract/index.js', 'dist/graph/index.d.ts', 'dist/rdf/index.js', 'ontology/lexicon/relations.json', 'ontology/newsgraph.ttl']) {
      expect(packed, file).toContain(file);
    }
    expect(packed.some((f) => /^ontology\/gazetteer\/.+\.json$/.test(f))).toBe(true);
    expect(packed.some((f) => /^queries\/.+\.rq$/.test(f))).toBe(true);
    expect(packed.filter((f) => /^(src|tests|bench|scripts|corpus|gold|dist\/web)\//.test(f))).toEqual([]);
  });

  it('extracts a document with plain Node: import("newsgraph")', () => {
    const script = `import('newsgraph').then((m) => {
      const extraction = m.extractDocument(m.ingestText(${JSON.stringify(SENTENCE)}, { id: 'a1', format: 'txt' }));
      console.log(JSON.stringify(extraction.relations.map((r) => [r.predicate, r.subject, r.object, r.count])));
    })`;
    expect(JSON.parse(node(['-e', script]))).toEqual([
      ['launched', 'russia', 'kinzhal', 4],
      ['targeted', 'russia', 'kyiv', null],
    ]);
  });

  it('exposes the subpaths newsgraph/extract, newsgraph/graph and newsgraph/rdf', () => {
    const run = `Promise.all([import('newsgraph'), import('newsgraph/extract'), import('newsgraph/graph'), import('newsgraph/rdf')]).then(([api, extract, graph, rdf]) => {
      const doc = api.ingestText(${JSON.stringify(SENTENCE)}, { id: 'a1', format: 'txt' });
      const g = graph.buildGraph([extract.extractDocument(doc)]);
      console.log(JSON.stringify({ steps: extract.EXTRACT_STEPS.length, edges: g.size, quads: rdf.graphToQuads(g).length }));
    })`;
    const out = JSON.parse(node(['-e', run])) as { steps: number; edges: number; quads: number };
    expect(out.steps).toBeGreaterThan(5);
    expect(out.edges).toBeGreaterThanOrEqual(2);
    expect(out.quads).toBeGreaterThan(20);
  });

  it('installs the newsgraph command, which reads the data shipped with the package', () => {
    writeFileSync(join(consumer, 'article.txt'), `${SENTENCE}\n`);
    const extraction = JSON.parse(node([join(consumer, 'node_modules/.bin/newsgraph'), 'extract', 'article.txt'])) as { relations: unknown[] };
    expect(extraction.relations).toHaveLength(2);
    expect(node([join(consumer, 'node_modules/.bin/newsgraph'), 'sparql', '--list'])).toContain('weapons-by-city');
  });

  it('ships type declarations that tsc resolves with NodeNext', () => {
    writeFileSync(
      join(consumer, 'check.ts'),
      [
        "import { extractDocument, ingestText, type DocumentExtraction, type Predicate } from 'newsgraph';",
        "import { EXTRACT_STEPS } from 'newsgraph/extract';",
        "import { buildGraph } from 'newsgraph/graph';",
        "import { graphToQuads } from 'newsgraph/rdf';",
        "const extraction: DocumentExtraction = extractDocument(ingestText('Russia fired drones.', { id: 'a', format: 'txt' }));",
        'const predicate: Predicate | undefined = extraction.relations[0]?.predicate;',
        '// @ts-expect-error a predicate is a string union, not a number (fails if the declarations resolved to any)',
        'const wrong: number = extraction.relations[0]!.predicate;',
        'console.log(predicate, wrong, EXTRACT_STEPS.length, graphToQuads(buildGraph([extraction])).length);',
      ].join('\n'),
    );
    const options = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] };
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['check.ts'] }));
    node([join(root, 'node_modules/typescript/bin/tsc'), '-p', join(consumer, 'tsconfig.json')]);
  });
});
