/**
 * Shared setup of the browser tests and the bench: builds the explorer with Vite into a temporary folder, finds
 * the sample graph (graph/graph.json, else a fresh `newsgraph build` of corpus/, else the hand-written fixture),
 * serves everything on 127.0.0.1 with a random port and launches Debian's headless Chromium.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { graphJsonSource, hasGraphJson, readGraphJsonTextSync, type GraphJsonSource } from '../../src/graph/json-parts.ts';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { writeFileAtomic } from '../../src/util/atomic.ts';

/** Where Debian installs Chromium (CI installs the `chromium` package). */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that make headless Chromium render WebGL through SwiftShader on a machine without GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--enable-unsafe-swiftshader',
];

/** Launches Chromium (minus the `without` flags), or throws a clear error when it is not installed (tests must fail, not skip). */
export async function launchChromium(without: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`browser tests: ${CHROMIUM} is missing; install Debian's chromium package (apt-get install chromium), as .ci/run does`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS.filter((flag) => !without.includes(flag)), headless: true });
}

/** Builds the explorer into `outDir` (without copying any graph.json). */
export async function buildSite(outDir: string): Promise<void> {
  const previous = process.env.NEWSGRAPH_GRAPH;
  process.env.NEWSGRAPH_GRAPH = '';
  try {
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: resolve(outDir), emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.NEWSGRAPH_GRAPH;
    else process.env.NEWSGRAPH_GRAPH = previous;
  }
}

/** Where the sample graph came from. */
export interface SampleGraph {
  file: string;
  origin: 'graph/' | 'newsgraph build' | 'fixture';
}

/**
 * The sample corpus's graph: graph/'s when built, else `newsgraph build corpus` into `scratch`; its graph.json joined
 * into one file in `scratch`.
 * A failing build fails the tests; with NEWSGRAPH_WEB_FIXTURE=1 the hand-written fixture (`writeFixture`) is used
 * instead (for working on the explorer while the pipeline is broken).
 */
export function sampleGraph(scratch: string, writeFixture: (file: string) => void): SampleGraph {
  const file = join(scratch, 'fixture-graph.json');
  if (process.env.NEWSGRAPH_WEB_FIXTURE === '1') {
    writeFixture(file);
    return { file, origin: 'fixture' };
  }
  // A build keeps graph.json in parts (src/graph/json-parts.ts): the page is served their joined text, as one file.
  const joined = (dir: string): string => {
    const text = readGraphJsonTextSync(graphJsonSource(join(dir, 'graph.json')) as GraphJsonSource);
    const copy = join(scratch, 'sample-graph.json');
    writeFileSync(copy, text);
    return copy;
  };
  if (hasGraphJson(resolve('graph'))) return { file: joined(resolve('graph')), origin: 'graph/' };
  const out = join(scratch, 'sample-graph');
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['bin/newsgraph.js', 'build', 'corpus', '--out', out], { encoding: 'utf8', timeout: 240_000 });
  if (run.status === 0 && hasGraphJson(out)) return { file: joined(out), origin: 'newsgraph build' };
  throw new Error(`browser tests: newsgraph build corpus failed (${(run.stderr || run.error?.message || '').trim().split('\n').slice(-3).join(' | ')}); set NEWSGRAPH_WEB_FIXTURE=1 to test the explorer on its fixture graph`);
}

/** The serialized graph in a graph.json file. */
export interface GraphJson {
  nodes: Array<{ key: string; attributes: Record<string, unknown> & { label: string; type: string } }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> & { kind: string; predicate?: string; evidence?: Array<{ text: string }> } }>;
}

/** Reads a graph.json. */
export function readGraphJson(file: string): GraphJson {
  return JSON.parse(readFileSync(file, 'utf8')) as GraphJson;
}

/** A fresh scratch folder under .tmp/. */
export function scratchDir(name: string): string {
  const dir = resolve('.tmp', `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes JSON atomically. */
export function writeJson(file: string, value: unknown): void {
  writeFileAtomic(file, JSON.stringify(value));
}
