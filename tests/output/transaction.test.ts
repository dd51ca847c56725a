/**
 * The output transaction in-process: the folder layout (fixed links into one live generation), switching and
 * pruning, converting a folder of regular files, abort, the lock (live holder, stale holder, reused pid), clean-up
 * of leftovers, and an unwritable folder found before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import { exportGraph, LockedError, OutputError, OutputTransaction, currentGeneration, type OutputFormat } from '../../src/output/index.ts';
import { LOCK_FILE, lockFolder } from '../../src/output/lock.ts';
import { processStartTime } from '../../src/util/pid.ts';
import { loadFixtures, outputText } from '../rdf/helpers.ts';

let work = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-transaction-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixtures = loadFixtures();
const small = buildGraph(fixtures.slice(0, 1));
const full = buildGraph(fixtures);

/** SHA-256 of a file, or of a folder's names and files (recursively). */
function hashOf(path: string): string {
  if (!statSync(path).isDirectory()) return createHash('sha256').update(readFileSync(path)).digest('hex');
  const hash = createHash('sha256');
  for (const name of readdirSync(path).sort()) hash.update(`${name}:${hashOf(join(path, name))}\n`);
  return hash.digest('hex');
}

/** Visible name -> SHA-256 of what it shows (links followed; the RDF parts folder by its files). */
function shown(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
    out[name] = existsSync(join(dir, name)) ? hashOf(join(dir, name)) : 'dangling';
  }
  return out;
}

const hidden = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.')).sort();
const fresh = (name: string) => join(work, name);
/** A pid that is certainly not running: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('layout', () => {
  it('shows each file as a fixed link into the one live generation', async () => {
    const dir = fresh('layout');
    const report = await exportGraph(small, dir, { joined: true });
    expect(Object.keys(shown(dir))).toEqual(['graph.json', 'graph.nt', 'graph.trig', 'graph.ttl', 'json', 'rdf']);
    for (const file of ['graph.json', 'graph.nt', 'graph.trig', 'graph.ttl', 'json', 'rdf']) expect(readlinkSync(join(dir, file))).toBe(`.current/${file}`);
    expect(hidden(dir)).toEqual(['.current', expect.stringMatching(/^\.gen-/)]);
    expect(currentGeneration(dir)).toBe(report.generation);
    expect(readlinkSync(join(dir, '.current'))).not.toMatch(/^\//);
  });

  it('without --joined shows the parts folders of graph.json and the RDF, each a fixed link', async () => {
    const dir = fresh('layout-parts');
    await exportGraph(small, dir);
    expect(Object.keys(shown(dir))).toEqual(['json', 'rdf']);
    expect(readlinkSync(join(dir, 'json'))).toBe('.current/json');
    expect(readlinkSync(join(dir, 'rdf'))).toBe('.current/rdf');
    expect(readdirSync(join(dir, 'json'))).toEqual(expect.arrayContaining(['_head.json', 'parts.json']));
    expect(readdirSync(join(dir, 'rdf')).sort()).toEqual(['ntriples', 'trig', 'turtle']);
  });

  it('switches to a new generation, removes the old one and links to files the new build lacks', async () => {
    const dir = fresh('switch');
    await exportGraph(small, dir, { formats: ['json', 'ttl', 'nt', 'trig', 'csv'] });
    const before = currentGeneration(dir);
    await exportGraph(full, dir, { formats: ['json', 'gexf'] });
    expect(Object.keys(shown(dir))).toEqual(['graph.gexf', 'json']);
    expect(hidden(dir)).toHaveLength(2);
    expect(existsSync(before!)).toBe(false);
    expect(JSON.parse(outputText(dir, 'graph.json')).nodes.length).toBe(full.order);
  });

  it('converts a folder of regular files from an older newsgraph without changing what it shows', async () => {
    const reference = fresh('convert-ref');
    await exportGraph(small, reference, { joined: true });
    const dir = fresh('convert');
    mkdirSync(dir);
    for (const file of ['graph.json', 'graph.ttl', 'graph.nt', 'graph.trig']) writeFileSync(join(dir, file), readFileSync(join(reference, file)));
    writeFileSync(join(dir, 'push-state.jsonl'), '{}\n');
    const before = shown(dir);
    const transaction = OutputTransaction.begin(dir);
    expect(transaction.currentFormats()).toEqual(['json', 'ttl', 'nt', 'trig']);
    transaction.abort();
    expect(shown(dir)).toEqual(before);
    for (const file of ['graph.json', 'graph.ttl']) expect(lstatSync(join(dir, file)).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'push-state.jsonl')).isFile()).toBe(true);
  });
});

describe('abort', () => {
  it('leaves the old build as it was, without the new generation or the lock', async () => {
    const dir = fresh('abort');
    await exportGraph(small, dir);
    const before = { shown: shown(dir), hidden: hidden(dir) };
    const transaction = OutputTransaction.begin(dir);
    await transaction.write(full, ['json', 'gexf']);
    transaction.abort();
    expect({ shown: shown(dir), hidden: hidden(dir) }).toEqual(before);
  });

  it('removes a folder it created when nothing was written', () => {
    const dir = join(fresh('created'), 'a', 'b');
    OutputTransaction.begin(dir).abort();
    expect(existsSync(fresh('created'))).toBe(false);
  });

  it('is what exportGraph does when a writer fails half-way or a format is unknown: the old build stays', async () => {
    const dir = fresh('failing');
    await exportGraph(small, dir);
    const before = { shown: shown(dir), hidden: hidden(dir) };
    // A value JSON cannot hold makes the graph.json writer throw after it has written part of the file.
    const broken = full.copy();
    broken.mergeNodeAttributes('russia', { label: 1n as unknown as string });
    await expect(exportGraph(broken, dir, { formats: ['ttl', 'json'] })).rejects.toThrow(/BigInt/);
    await expect(exportGraph(full, dir, { formats: ['json', 'xml' as OutputFormat] })).rejects.toThrow(/no writer/);
    expect({ shown: shown(dir), hidden: hidden(dir) }).toEqual(before);
  });
});

describe('lock', () => {
  it('refuses a second transaction while one is open, naming the folder and the pid', async () => {
    const dir = fresh('locked');
    const first = OutputTransaction.begin(dir);
    let error: unknown;
    try {
      OutputTransaction.begin(dir, { where: 'build --out' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockedError);
    expect((error as LockedError).pid).toBe(process.pid);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    expect((error as Error).message).not.toContain('\n');
    await first.write(small, ['json']);
    first.commit();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    OutputTransaction.begin(dir).abort();
  });

  it('names the live process that holds it', () => {
    const dir = fresh('live-holder');
    mkdirSync(dir);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), procStart: processStartTime(process.ppid), since: 'now', token: 'x' }));
    expect(() => OutputTransaction.begin(dir)).toThrow(LockedError);
    expect(() => OutputTransaction.begin(dir)).toThrow(`pid ${process.ppid}`);
  });

  it.each([
    ['a dead process', () => ({ pid: deadPid(), host: hostname(), procStart: null, since: 'then', token: 'dead' })],
    ['a reused pid (same pid, other start time)', () => ({ pid: process.pid, host: hostname(), procStart: '1', since: 'then', token: 'reused' })],
  ])('takes over a lock left by %s, with a note', (_name, holder) => {
    const dir = fresh(`stale-${_name.length}`);
    mkdirSync(dir);
    const stale = holder();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(stale));
    const notes: string[] = [];
    const transaction = OutputTransaction.begin(dir, { where: 'build --out', onNote: (line) => notes.push(line) });
    expect(notes).toEqual([expect.stringMatching(new RegExp(`took over the lock of .* left by pid ${stale.pid}`))]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    transaction.abort();
  });

  it('is released only by its holder', () => {
    const dir = fresh('release');
    mkdirSync(dir);
    const lock = lockFolder(dir, 'test');
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), procStart: null, since: 'x', token: 'someone-else' }));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });
});

describe('clean-up and unwritable folders', () => {
  it('removes leftovers of a killed build and keeps temporary files of live processes', async () => {
    const dir = fresh('leftovers');
    await exportGraph(small, dir);
    const dead = deadPid();
    mkdirSync(join(dir, '.gen-unfinished'));
    writeFileSync(join(dir, '.gen-unfinished', 'graph.json'), '{"half');
    writeFileSync(join(dir, `.graph.json.${dead}.0badc0de.tmp`), 'x');
    writeFileSync(join(dir, `.graph.json.${process.ppid}.0badc0de.tmp`), 'x');
    const notes: string[] = [];
    OutputTransaction.begin(dir, { onNote: (line) => notes.push(line) }).abort();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/removed 2 leftover/);
    expect(hidden(dir)).toEqual(['.current', expect.stringMatching(/^\.gen-/), `.graph.json.${process.ppid}.0badc0de.tmp`]);
  });

  it.each([
    ['an existing folder it cannot write', '/sys/kernel'],
    ['a folder it cannot create', '/sys/kernel/newsgraph-out'],
  ])('reports %s as an OutputError before writing anything', (_name, dir) => {
    expect(() => OutputTransaction.begin(dir, { where: 'build --out' })).toThrow(OutputError);
    expect(() => OutputTransaction.begin(dir, { where: 'build --out' })).toThrow(new RegExp(`build --out: cannot (write in|create) ${dir}`));
  });

  it('reports a file in place of the folder', () => {
    const file = fresh('a-file');
    writeFileSync(file, 'x');
    expect(() => OutputTransaction.begin(file)).toThrow(OutputError);
  });
});
