/**
 * Shared helper of the CLI tests: runs `node bin/newsgraph.js <args>` in a folder and collects its output.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/newsgraph.js');

/** Exit code and output of one CLI run. */
export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the `newsgraph` command with `args` in `cwd`. */
export function newsgraph(args: string[], cwd: string): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Lines of stderr without npm/node noise. */
export function errLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() && !/nodedir|ExperimentalWarning|--trace-warnings/.test(l));
}
