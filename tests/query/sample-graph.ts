/**
 * The sample corpus (corpus/dev_*.txt) built once by the real pipeline (`runBuild`, as `newsgraph build corpus`)
 * and cached in the system temp folder, keyed by a hash of the corpus, the sources and the ontology: test files
 * that need the real graph share one build, and any change to the pipeline rebuilds it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBuild } from '../../src/cli/commands/build.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashTree(hash, path);
    else {
      hash.update(path.slice(ROOT.length));
      hash.update(readFileSync(path));
    }
  }
}

/** Folder holding graph.json and the RDF parts (rdf/) of the sample corpus (built on first use). */
export async function sampleGraphDir(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of ['corpus', 'src', 'ontology']) hashTree(hash, join(ROOT, dir));
  const target = join(tmpdir(), `newsgraph-sample-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(target, 'rdf', 'trig', 'shards.json'))) return target;
  const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-sample-build-'));
  const summary = await runBuild([join(ROOT, 'corpus')], { out: scratch, update: false, progress: false });
  if (summary.documents === 0) throw new Error(`sample corpus build produced no documents: ${summary.errors.join('; ')}`);
  try {
    renameSync(scratch, target);
  } catch {
    // Another test file finished the same build first: use its copy.
    rmSync(scratch, { recursive: true, force: true });
  }
  return target;
}
