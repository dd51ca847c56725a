/**
 * `npm run build:web`: builds the explorer into dist/web as a static site (relative asset paths, so any static server
 * and any sub-path works) with graph/graph.json copied next to index.html; builds the sample corpus's graph first
 * when graph/graph.json is missing.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { hasGraphJson } from '../src/graph/json-parts.ts';

/** Builds `graph/graph.json` from corpus/ with `newsgraph build` unless it exists; returns its path. */
export function ensureGraph(dir = 'graph', corpus = 'corpus'): string {
  const file = resolve(dir, 'graph.json');
  if (hasGraphJson(resolve(dir))) return file;
  console.log(`${file} is missing: building the sample corpus (newsgraph build ${corpus} --out ${dir})…`);
  const run = spawnSync(process.execPath, [resolve('bin/newsgraph.js'), 'build', corpus, '--out', dir], { stdio: 'inherit' });
  if (run.status !== 0 || !hasGraphJson(resolve(dir))) {
    throw new Error(`build-web: newsgraph build ${corpus} --out ${dir} failed (exit ${String(run.status)}); expected ${file}`);
  }
  return file;
}

/** Builds the site into `outDir` with `graphFile` as its graph.json. */
export async function buildWeb(outDir = 'dist/web', graphFile = ensureGraph()): Promise<string> {
  process.env.NEWSGRAPH_GRAPH = graphFile;
  await build({ configFile: resolve('vite.config.ts'), build: { outDir: resolve(outDir), emptyOutDir: true } });
  const copied = join(resolve(outDir), 'graph.json');
  if (!existsSync(copied)) throw new Error(`build-web: ${copied} was not written; expected a copy of ${graphFile}`);
  return copied;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const copied = await buildWeb(process.argv[2] ?? 'dist/web');
    console.log(`\nexplorer built: ${resolve(process.argv[2] ?? 'dist/web')} (graph.json ${(statSync(copied).size / 1024).toFixed(0)} KiB)`);
    console.log('serve it with any static server, e.g. `npx tsx scripts/serve.ts dist/web` or `npx vite preview`');
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
