/**
 * Shared helper of the CLI tests: runs `node bin/newsgraph.js <args>` in a folder and collects its output.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';
import { run } from '../../src/cli/main.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/newsgraph.js');

/** Exit code and output of one CLI run. */
export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the `newsgraph` command with `args` in `cwd`, with `env` added to the environment. */
export function newsgraph(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
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

/** Exit code and output of one in-process CLI run. */
export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (`run`), capturing stdout and stderr; faster than spawning for the many rows of a table. */
export async function cli(...args: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    process.exitCode = undefined;
    return { code: await run(['node', 'newsgraph', ...args]), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}
