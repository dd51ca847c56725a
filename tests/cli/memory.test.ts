/**
 * The heap cap of the CLI's long jobs (src/cli/memory.ts, bin/newsgraph.js): how `--max-memory`, NODE_OPTIONS and
 * NEWSGRAPH_MAX_MEMORY choose it, how V8's out-of-memory report is kept back, and, end to end, that a job started
 * with a cap too small for it ends with one line naming the job and the option, never V8's report.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  capForArticles,
  countArticleFiles,
  DEFAULT_MAX_MEMORY_MB,
  graphArticles,
  type JobProbe,
  jobArticles,
  MemoryOptionError,
  OomFilter,
  outOfMemoryLine,
  parseMaxMemory,
  planHeap,
} from '../../src/cli/memory.ts';
import { cli, newsgraph, repoRoot } from './run-cli.ts';

describe('planHeap', () => {
  it.each([
    // [arguments, environment, node arguments, expected cap, source, arguments left for the CLI]
    [['build', 'a.txt', '--out', 'g'], {}, [], DEFAULT_MAX_MEMORY_MB, 'default', ['build', 'a.txt', '--out', 'g']],
    [['build', 'a.txt', '--max-memory', '3200'], {}, [], 3200, 'option', ['build', 'a.txt']],
    [['--max-memory=800', 'serve'], {}, [], 800, 'option', ['serve']],
    [['--max-memory', '0', 'import', 'g'], {}, [], null, 'option', ['import', 'g']],
    [['query', '--graph', 'g'], { NEWSGRAPH_MAX_MEMORY: '2400' }, [], 2400, 'environment', ['query', '--graph', 'g']],
    [['query', '--max-memory', '900'], { NEWSGRAPH_MAX_MEMORY: '2400' }, [], 900, 'option', ['query']],
    [['build', 'a.txt'], { NODE_OPTIONS: '--max-old-space-size=5000' }, [], null, 'node-options', ['build', 'a.txt']],
    [['build', 'a.txt'], { NODE_OPTIONS: '--max_old_space_size=5000', NEWSGRAPH_MAX_MEMORY: '100' }, [], null, 'node-options', ['build', 'a.txt']],
    [['build', 'a.txt'], {}, ['--max-old-space-size=700'], null, 'node-options', ['build', 'a.txt']],
    [['build', 'a.txt', '--max-memory', '300'], { NODE_OPTIONS: '--max-old-space-size=5000' }, [], 300, 'option', ['build', 'a.txt']],
    [['extract', 'a.txt'], {}, [], null, 'short-job', ['extract', 'a.txt']],
    [['eval', '--gold', 'gold', 'corpus'], {}, [], null, 'short-job', ['eval', '--gold', 'gold', 'corpus']],
    [['--help'], {}, [], null, 'short-job', ['--help']],
    [['build', 'a.txt'], { NEWSGRAPH_HEAP_CAPPED: '1' }, [], null, 'child', ['build', 'a.txt']],
    [['query', '--', '--max-memory', '5'], {}, [], DEFAULT_MAX_MEMORY_MB, 'default', ['query', '--', '--max-memory', '5']],
  ] as const)('%j with %j and node %j: cap %s from %s', (argv, env, execArgv, cap, source, args) => {
    const plan = planHeap(argv, env as NodeJS.ProcessEnv, execArgv);
    expect(plan.capMb).toBe(cap);
    expect(plan.source).toBe(source);
    expect(plan.args).toEqual(args);
  });

  it('names the job: the first argument that is no option', () => {
    expect(planHeap(['--max-memory', '900', 'serve', '--graph', 'g'], {}).job).toBe('serve');
    expect(planHeap(['--version'], {}).job).toBeNull();
  });

  it.each([
    [['build', '--max-memory'], /--max-memory needs a number of megabytes/],
    [['build', '--max-memory', 'lots'], /--max-memory must be a whole number of megabytes \(for example 3200\), not "lots"/],
    [['build', '--max-memory=1.5'], /not "1\.5"/],
    [['build', '--max-memory', '8'], /must be at least 16 MB \(or 0 for V8's own limit\), not 8/],
  ])('rejects %j', (argv, message) => {
    expect(() => planHeap(argv, {})).toThrow(MemoryOptionError);
    expect(() => planHeap(argv, {})).toThrow(message);
  });

  it('checks NEWSGRAPH_MAX_MEMORY like the option, naming the variable', () => {
    expect(() => planHeap(['build'], { NEWSGRAPH_MAX_MEMORY: '2 GB' })).toThrow(/NEWSGRAPH_MAX_MEMORY must be a whole number/);
    expect(parseMaxMemory(' 1600 ', 'x')).toBe(1600);
    expect(parseMaxMemory('0', 'x')).toBe(0);
  });
});

describe('capForArticles: the default cap sized from the job', () => {
  it.each([
    // [articles, machine memory (MB), cap (MB)]: 14 KB an article, rounded up to 100 MB, between 1,600 MB and 75 % of the machine
    [0, 24_000, 1600],
    [12, 24_000, 1600],
    [-5, 24_000, 1600],
    [10_000, 24_000, 1600],
    [100_000, 24_000, 1600],
    [117_000, 24_000, 1600],
    [120_000, 24_000, 1700],
    [200_000, 24_000, 2800],
    [300_000, 24_000, 4200],
    [1_000_000, 24_000, 13_700],
    // the machine's memory as the ceiling: 75 % of it, rounded down to 100 MB
    [2_000_000, 24_000, 18_000],
    [300_000, 4096, 3000],
    [300_000, 5500, 4100],
    // a machine too small for even the floor keeps the floor (today's default), whatever the job
    [300_000, 1024, 1600],
    [12, 1024, 1600],
  ])('%i articles on a machine of %i MB: %i MB', (articles, totalMb, cap) => {
    expect(capForArticles(articles, totalMb)).toBe(cap);
  });
});

describe('planHeap sizes the default cap from the job', () => {
  /** A probe that says every job holds `n` articles on a machine of 24 GB, and records what it was asked. */
  const probe = (n: number, asked: string[][] = []): JobProbe => ({
    articles: (job, args) => {
      asked.push([job, ...args]);
      return n;
    },
    totalMb: 24_000,
  });

  it.each([
    // [arguments, environment, articles the job holds, cap, source]
    [['build', 'year/', '--out', 'g'], {}, 300_000, 4200, 'default'],
    [['serve', '--graph', 'g'], {}, 120_000, 1700, 'default'],
    [['build', 'a.txt'], {}, 12, DEFAULT_MAX_MEMORY_MB, 'default'],
    // the overrides win over the job's size
    [['build', 'year/', '--max-memory', '900'], {}, 300_000, 900, 'option'],
    [['build', 'year/'], { NEWSGRAPH_MAX_MEMORY: '2000' }, 300_000, 2000, 'environment'],
    [['build', 'year/', '--max-memory', '0'], {}, 300_000, null, 'option'],
    [['build', 'year/'], { NODE_OPTIONS: '--max-old-space-size=5000' }, 300_000, null, 'node-options'],
  ] as const)('%j with %j, %i articles: cap %s from %s', (argv, env, articles, cap, source) => {
    const plan = planHeap(argv, env as NodeJS.ProcessEnv, [], probe(articles));
    expect(plan.capMb).toBe(cap);
    expect(plan.source).toBe(source);
    expect(plan.articles).toBe(source === 'default' ? articles : undefined);
  });

  it('asks the probe with the job and its arguments, and only for a long job without an override', () => {
    const asked: string[][] = [];
    planHeap(['--max-memory', '900', 'build', 'x'], {}, [], probe(1, asked));
    planHeap(['extract', 'x'], {}, [], probe(1, asked));
    planHeap(['build', 'x'], { NEWSGRAPH_HEAP_CAPPED: '1' }, [], probe(1, asked));
    expect(asked).toEqual([]);
    planHeap(['build', 'x', '--update', '--out', 'g'], {}, [], probe(1, asked));
    expect(asked).toEqual([['build', 'build', 'x', '--update', '--out', 'g']]);
  });
});

describe('jobArticles: the articles a job will hold, from the file system', () => {
  let work = '';
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'newsgraph-job-'));
    // A folder of inputs: four articles, an extraction, two more in a subfolder; a hidden article, a PDF, a link back
    // to the folder itself and a second way into the subfolder count nothing.
    const inputs = join(work, 'inputs');
    mkdirSync(join(inputs, 'more'), { recursive: true });
    for (const name of ['a.txt', 'b.txt', 'c.md', 'd.html', 'e.json', '.hidden.txt', 'notes.pdf', 'more/f.htm', 'more/g.markdown']) writeFileSync(join(inputs, name), 'text');
    symlinkSync('.', join(inputs, 'self'));
    symlinkSync('more', join(inputs, 'again'));
    // A real build of the twelve sample articles.
    expect((await cli('build', join(repoRoot, 'corpus'), '--out', join(work, 'graph'), '--format', 'json,nt')).code).toBe(0);
    // Builds of older layouts, written by hand: a manifest without the document count, a joined graph.json, RDF parts only.
    mkdirSync(join(work, 'v3/json'), { recursive: true });
    writeFileSync(join(work, 'v3/json/parts.json'), '{"version":3,"bytes":46000000,"order":[[0,46000000]]}\n');
    mkdirSync(join(work, 'joined'));
    writeFileSync(join(work, 'joined/graph.json'), 'x'.repeat(9200));
    mkdirSync(join(work, 'rdf-only/rdf/ntriples'), { recursive: true });
    writeFileSync(join(work, 'rdf-only/rdf/ntriples/shards.json'), '{"version":2,"quads":{"_head":300,"2024-01-01":1200}}\n');
    writeFileSync(join(work, 'two.nt'), 'x'.repeat(55_200));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the document count into the manifest, before the order', () => {
    const manifest = readFileSync(join(work, 'graph/json/parts.json'), 'utf8');
    expect(manifest).toMatch(/^\{"version":3,"bytes":\d+,"documents":12,"order":/);
  });

  it('counts the article and extraction files of folders and named files, each once', () => {
    const inputs = join(work, 'inputs');
    expect(countArticleFiles([inputs])).toBe(7);
    expect(countArticleFiles([inputs, join(inputs, 'a.txt'), join(inputs, 'more')])).toBe(7);
    expect(countArticleFiles([join(inputs, '.hidden.txt')])).toBe(1);
    expect(countArticleFiles([join(work, 'missing')])).toBe(0);
  });

  it.each([
    // [the graph's path under the work folder, articles]
    ['graph', 12],
    ['graph/graph.json', 12],
    ['v3', 10_000],
    ['joined', 2],
    ['joined/graph.json', 2],
    ['rdf-only', 10],
    ['two.nt', 2],
    ['missing', 0],
    ['inputs', 0],
  ])('reads %s as a graph of %i articles', (path, articles) => {
    expect(graphArticles(join(work, path))).toBe(articles);
  });

  it.each([
    // [arguments with the work folder as {w}, articles]
    [['build', '{w}/inputs', '--out', '{w}/graph'], 7],
    [['build', '{w}/inputs', '--out', '{w}/graph', '--update'], 19],
    [['build', '-u', '-o', '{w}/graph', '-f', 'json', '{w}/inputs/a.txt'], 13],
    [['build', '--update', '--out={w}/v3', '{w}/inputs/more'], 10_002],
    [['build', '--update', '{w}/inputs'], 7],
    [['import', '{w}/graph'], 12],
    [['import', '{w}/two.nt', '--out', '{w}/graph'], 2],
    [['serve', '--graph', '{w}/graph', '--port', '0'], 12],
    [['query', '-g', '{w}/v3', 'Kyiv'], 10_000],
    [['sparql', '--graph={w}/joined', 'requests'], 2],
    [['events', '--graph', '{w}/missing'], 0],
  ])('%j holds %i articles', (argv, articles) => {
    const args = argv.map((arg) => arg.replace('{w}', work));
    expect(jobArticles(args[0] as string, args)).toBe(articles);
  });
});

describe('OomFilter', () => {
  const report = '\n<--- Last few GCs --->\n\n[1:0x1]  10 ms: Mark-Compact 15.9 (17.0) -> 15.8 (17.0) MB\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\n 1: 0x1 node::Abort()\n';

  /** Feeds `text` to a filter in pieces of `size` characters; returns what passed and how it ended. */
  function feed(text: string, size: number): { passed: string; oom: boolean; rest: string } {
    const filter = new OomFilter();
    let passed = '';
    for (let i = 0; i < text.length; i += size) passed += filter.write(text.slice(i, i + size));
    return { passed, ...filter.end() };
  }

  it.each([1, 3, 7, 40, 10_000])('keeps V8 report back and passes the job lines before it, in pieces of %i', (size) => {
    const result = feed(`newsgraph: note: one\nbuild [==  ] 3/9\r${report}`, size);
    // The line break that opens V8's report may pass (it ends the bar's line); nothing of the report does.
    expect(result.passed).toMatch(/^newsgraph: note: one\nbuild \[== {2}\] 3\/9\r\n?$/);
    expect(result.oom).toBe(true);
  });

  it('passes everything when no report comes, a line that only looks like a marker start included', () => {
    const result = feed('a line <--- not a report\nFATAL but no colon\n<--- Last', 4);
    expect(result.passed + result.rest).toBe('a line <--- not a report\nFATAL but no colon\n<--- Last');
    expect(result.oom).toBe(false);
  });

  it('gives back a fatal report that is not about memory', () => {
    const result = feed('work\nFATAL ERROR: v8::ToLocalChecked Empty MaybeLocal\n', 5);
    expect(result.oom).toBe(false);
    expect(result.passed + result.rest).toBe('work\nFATAL ERROR: v8::ToLocalChecked Empty MaybeLocal\n');
  });

  it('words the line with the job, the cap and how to raise it', () => {
    expect(outOfMemoryLine('build', 1600)).toBe('newsgraph: build ran out of memory (heap capped at 1,600 MB); raise the cap with --max-memory <MB> (for example --max-memory 3200) or NEWSGRAPH_MAX_MEMORY');
  });
});

describe('bin/newsgraph.js with a heap cap', () => {
  let work = '';
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'newsgraph-memory-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ends a build whose cap is too small with one line and exit 1, and leaves no graph', async () => {
    const out = join(work, 'tiny');
    const result = await newsgraph(['build', join(repoRoot, 'corpus'), '--out', out, '--max-memory', '16'], repoRoot);
    expect(result.stderr).toBe(`${outOfMemoryLine('build', 16)}\n`);
    expect(result.code).toBe(1);
    expect(existsSync(out) ? readdirSync(out).filter((f) => !f.startsWith('.')) : []).toEqual([]);
  });

  it('builds with the default cap; NEWSGRAPH_MAX_MEMORY sets the cap when no option does', async () => {
    const plain = await newsgraph(['build', join(repoRoot, 'corpus'), '--out', join(work, 'plain')], repoRoot);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^newsgraph build: 12 documents/);
    const fromEnv = await newsgraph(['build', join(repoRoot, 'corpus'), '--out', join(work, 'env'), '--format', 'json'], repoRoot, { NEWSGRAPH_MAX_MEMORY: '16' });
    expect(fromEnv.stderr).toBe(`${outOfMemoryLine('build', 16)}\n`);
    expect(fromEnv.code).toBe(1);
  });

  it('refuses a cap that is no number in one line with exit 2', async () => {
    const result = await newsgraph(['query', '--max-memory', 'big', '--graph', work], repoRoot);
    expect(result.stderr).toBe('newsgraph: --max-memory must be a whole number of megabytes (for example 3200), not "big"\n');
    expect(result.code).toBe(2);
  });
});
