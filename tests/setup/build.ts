/**
 * Vitest global setup: builds the library (`npm run build`: src/ to dist/) before any test runs when dist/ is
 * missing or older than a source file, so the tests that spawn bin/newsgraph.js (CLI, golden, browser, package)
 * always run the current code, from a fresh clone too. An unchanged tree costs one walk over src/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** A file every build writes; its age is the build's. */
const STAMP = join(root, 'dist', 'index.js');
/** Inputs of the build besides src/ (the explorer, built by Vite, is not one). */
const INPUTS = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];

/** Newest modification time (ms) of the build's inputs. */
function newestInput(): number {
  let newest = Math.max(...INPUTS.map((file) => statSync(join(root, file)).mtimeMs));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(root, 'src', 'web')) walk(path);
      } else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  return newest;
}

/** Runs `npm run build` unless dist/ is up to date; throws (and so stops the run) when the build fails. */
export default function setup(): void {
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= newestInput()) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tests/setup/build.ts: npm run build failed (exit ${String(run.status)}):\n${run.stdout}${run.stderr}`);
}
