/**
 * The heap cap of the CLI's long jobs (src/cli/memory.ts, bin/newsgraph.js): how `--max-memory`, NODE_OPTIONS and
 * NEWSGRAPH_MAX_MEMORY choose it, how V8's out-of-memory report is kept back, and, end to end, that a job started
 * with a cap too small for it ends with one line naming the job and the option, never V8's report.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_MEMORY_MB, MemoryOptionError, OomFilter, outOfMemoryLine, parseMaxMemory, planHeap } from '../../src/cli/memory.ts';
import { newsgraph, repoRoot } from './run-cli.ts';

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
