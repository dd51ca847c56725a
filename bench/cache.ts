/**
 * The extraction cache of the scale bench: the extractions of the generated news (bench/news.ts), one JSON line per
 * article in publication order, so that a corpus of N articles is the first N lines.
 *
 * - **Keyed by what makes its lines**: the file's name carries a hash (`cacheKey`) of the source files the generator,
 *   `ingestText` and `extractDocument` import (followed from their relative imports, so src/extract, src/ingest,
 *   src/domain and the helpers they use), of the data they read (the JSON files of ontology/lexicon and ontology/gazetteer) and of the
 *   versions of the packages those sources import. A change to any of them names another file, so a stale cache is
 *   never read again (it stays on disk until removed; `ensureExtractions` names the stale files of the seed it finds).
 * - **Extracted in ranges side by side** (`workers`): each worker generates its range (`generateNews({ offset })`),
 *   extracts it into a file of its own, and the ranges are appended to the cache in order. An article's extraction
 *   depends on the article alone, so the lines are those one process writes (tests/ingest/bench-cache.test.ts).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { extractDocument } from '../src/extract/index.ts';
import { ingestText } from '../src/ingest/index.ts';
import { generateNews } from './news.ts';

export const ROOT: string = resolve(import.meta.dirname, '..');
/** Where the cache lives: BENCH_CACHE_DIR (a folder that outlives the worktree), or bench/out/cache. */
export const CACHE_DIR: string = process.env.BENCH_CACHE_DIR ? resolve(process.env.BENCH_CACHE_DIR) : join(ROOT, 'bench', 'out', 'cache');

/** The sources whose imports are followed: the generator, the ingestion of a text and the extraction. */
const ENTRY_POINTS = ['bench/news.ts', 'src/ingest/index.ts', 'src/extract/index.ts'];
/** The data folders the extraction and the generator read at run time. */
const DATA_DIRS = ['ontology/lexicon', 'ontology/gazetteer'];

const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'"]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The package name of a bare import specifier (`n3`, `@scope/name/sub` -> `@scope/name`), or null for `node:` ones. */
function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/**
 * The files that make the cache's lines, relative to `root`, sorted: every source reached from the entry points by
 * relative imports (type-only ones included: over-counting only renames the cache), every JSON file of the data folders,
 * and, as `package:<name>@<version>`, each package those sources import.
 */
export function cacheInputs(root: string = ROOT): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = ENTRY_POINTS.map((file) => resolve(root, file));
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        // Sources import `./x.ts`; a `.js` specifier names the `.ts` beside it.
        const candidates = [target, target.replace(/\.js$/, '.ts'), `${target}.ts`, join(target, 'index.ts')];
        const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
        if (!found) throw new Error(`cache key: ${relative(root, file)} imports ${specifier}, which was not found`);
        if (/\.[cm]?[jt]s$/.test(found)) queue.push(found);
        else seen.add(found);
      } else {
        const name = packageOf(specifier);
        if (name) packages.add(name);
      }
    }
  }
  const data: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) data.push(path);
    }
  };
  for (const dir of DATA_DIRS) if (existsSync(resolve(root, dir))) walk(resolve(root, dir));
  const files = [...seen, ...data].map((file) => relative(root, file).split('\\').join('/'));
  const versions = [...packages].map((name) => {
    const manifest = join(root, 'node_modules', name, 'package.json');
    const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;
    return `package:${name}@${version ?? 'missing'}`;
  });
  return [...new Set(files)].sort().concat(versions.sort());
}

/** A hash of the cache's inputs (`cacheInputs`): each file's path and bytes, each package's version; 12 hex digits. */
export function cacheKey(root: string = ROOT): string {
  const hash = createHash('sha256');
  for (const input of cacheInputs(root)) {
    hash.update(`${input}\0`);
    if (!input.startsWith('package:')) hash.update(readFileSync(join(root, input)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** The cache file of a seed: `news-<seed>-<key>.ndjson` in `dir`. */
export function cachePath(seed: number, key: string = cacheKey(), dir: string = CACHE_DIR): string {
  return join(dir, `news-${seed}-${key}.ndjson`);
}

/** Lines in a file, streamed (0 when it does not exist). */
export async function countLines(path: string): Promise<number> {
  if (!existsSync(path)) return 0;
  let n = 0;
  for await (const _line of createInterface({ input: createReadStream(path) })) n += 1;
  return n;
}

/** Extracts the generated articles [from, from + size) of a seed into `out` (appended), one JSON line each. */
export async function extractRange(seed: number, from: number, size: number, out: string, log?: (done: number) => void): Promise<void> {
  const stream = createWriteStream(out, { flags: 'a' });
  let n = 0;
  for (const article of generateNews({ size, seed, offset: from })) {
    const extraction = extractDocument(ingestText(article.text, { id: article.id, format: 'txt' }));
    if (!stream.write(`${JSON.stringify(extraction)}\n`)) await once(stream, 'drain');
    n += 1;
    if (log && n % 5000 === 0) log(from + n);
  }
  stream.end();
  await once(stream, 'finish');
}

/** `[from, size]` of each of `workers` ranges covering [from, to), in order, the first ones one longer. */
export function splitRanges(from: number, to: number, workers: number): Array<[number, number]> {
  const total = Math.max(0, to - from);
  const count = Math.max(1, Math.min(workers, total));
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(total / count) + (i < total % count ? 1 : 0);
    if (size > 0) out.push([start, size]);
    start += size;
  }
  return out;
}

/** Runs bench/extract-cache.ts --range in a child process (niced as its parent is) and waits for it. */
async function rangeWorker(seed: number, from: number, size: number, out: string, log: (line: string) => void): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'extract-cache.ts'), '--range', String(seed), String(from), String(size), out], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`extraction of articles ${from}..${from + size} failed (exit ${String(code)}): ${stderr}`);
}

export interface EnsureOptions {
  /** Processes extracting side by side (default 1: in this process). */
  workers?: number;
  /** Folder of the cache (default bench/out/cache). */
  dir?: string;
  /** Key of the cache (default `cacheKey()`). */
  key?: string;
}

/** Makes sure the cache holds at least `size` extractions; returns its path and the extraction rate of new ones. */
export async function ensureExtractions(
  seed: number,
  size: number,
  log: (line: string) => void,
  options: EnsureOptions = {},
): Promise<{ path: string; perSecond: number | null }> {
  const dir = options.dir ?? CACHE_DIR;
  mkdirSync(dir, { recursive: true });
  const path = cachePath(seed, options.key ?? cacheKey(), dir);
  const stale = readdirSync(dir).filter((file) => file.startsWith(`news-${seed}-`) && file.endsWith('.ndjson') && join(dir, file) !== path);
  if (stale.length) log(`scale: not read, made by other code or data (remove them when done): ${stale.join(', ')}`);
  const have = await countLines(path);
  if (have >= size) return { path, perSecond: null };
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  log(`scale: extracting articles ${have.toLocaleString('en-US')}..${size.toLocaleString('en-US')} into ${path}${workers > 1 ? ` (${workers} workers)` : ''}`);
  const t0 = performance.now();
  if (workers === 1) {
    await extractRange(seed, have, size - have, path, (done) => log(`scale: ${done.toLocaleString('en-US')} extracted`));
  } else {
    const ranges = splitRanges(have, size, workers);
    const parts = ranges.map(([from]) => `${path}.part-${from}`);
    for (const part of parts) rmSync(part, { force: true });
    try {
      await Promise.all(ranges.map(([from, n], i) => rangeWorker(seed, from, n, parts[i] as string, log)));
      // Appended in order; a range that failed above leaves the cache as it was.
      for (const part of parts) await pipeline(createReadStream(part), createWriteStream(path, { flags: 'a' }));
    } finally {
      for (const part of parts) rmSync(part, { force: true });
    }
  }
  return { path, perSecond: (size - have) / ((performance.now() - t0) / 1000) };
}
