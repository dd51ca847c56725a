/**
 * Golden outputs: runs `newsgraph extract` and `newsgraph build` (the compiled CLI; every output format) on the dev, seed and real
 * sets and hashes each file written. The hashes (tests/golden/hashes.json) pin the outputs, so a refactor that
 * must not change them is checked byte for byte. Only SHA-256 hashes are stored: the real articles are third-party
 * text and never copied into the project.
 *
 * `npx tsx scripts/golden.ts` rewrites the hashes; do it only in a commit whose message says why outputs changed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { rdfSource } from '../../src/rdf/parts.ts';
import { graphJsonSource, readGraphJsonTextSync } from '../../src/graph/json-parts.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
const shared = resolve(repoRoot, '../shared');

/** The sets whose outputs are pinned, with their article folders. */
export const GOLDEN_SETS: Record<string, string> = {
  dev: join(repoRoot, 'corpus'),
  seeds: join(shared, 'corpus/seeds'),
  real: join(shared, 'corpus/real'),
};

/** file name -> SHA-256, per set and kind of output. */
export type Hashes = Record<string, Record<string, string>>;

function run(args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/newsgraph.js'), ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`newsgraph ${args.join(' ')} exited ${code}: ${stderr}`))));
  });
}

function hashFolder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    // Output files only (symlinks followed): no hidden files, no folders.
    if (name.startsWith('.') || !statSync(join(dir, name)).isFile()) continue;
    out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  }
  // A build writes its RDF in parts (src/rdf/parts.ts) and the joined files only with --joined: each syntax is
  // pinned under its joined file's name, as the hash of its parts in the manifest's order (the joined file's bytes).
  for (const format of ['turtle', 'ntriples', 'trig'] as const) {
    const source = rdfSource(dir, format);
    const name = basename(source?.label ?? '');
    if (!source || name in out) continue;
    const hash = createHash('sha256');
    for (const path of source.paths) hash.update(readFileSync(path));
    out[name] = hash.digest('hex');
  }
  // graph.json likewise (src/graph/json-parts.ts): the hash of its pieces in order, the joined file's bytes.
  const json = graphJsonSource(join(dir, 'graph.json'));
  if (json && !('graph.json' in out)) out['graph.json'] = createHash('sha256').update(readGraphJsonTextSync(json)).digest('hex');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Extracts and builds each set that is present and returns the hashes of every output file. */
export async function snapshot(): Promise<Hashes> {
  const work = mkdtempSync(join(tmpdir(), 'newsgraph-golden-'));
  try {
    const hashes: Hashes = {};
    await Promise.all(
      Object.entries(GOLDEN_SETS).map(async ([set, corpus]) => {
        if (!existsSync(corpus)) return;
        const extracted = join(work, set, 'extract');
        const built = join(work, set, 'graph');
        await run(['extract', corpus, '--out', extracted], work);
        await run(['build', corpus, '--out', built], work);
        hashes[`${set}/extract`] = hashFolder(extracted);
        hashes[`${set}/graph`] = hashFolder(built);
      }),
    );
    return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : 1)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const HASHES_FILE = join(repoRoot, 'tests/golden/hashes.json');
