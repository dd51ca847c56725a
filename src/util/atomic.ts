/**
 * Atomic file output: write to a temporary file in the same folder, then rename over the target,
 * so an interrupted run leaves the previous output intact and never a half-written file.
 * Temporary files are named `.<target>.<pid>.<random>.tmp`; `removeStaleTemps` deletes those whose writer is gone.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import { isProcessAlive } from './pid.ts';

/** The name pattern of temporary files: `.<name>.<pid>.<hex>.tmp` (the pid tells whether its writer still runs). */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/;

/** A fresh temporary path beside `target`, carrying this process's pid. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Deletes the temporary files (and folders) in `dir` whose writing process no longer runs: leftovers of a run that
 * was killed. Files of a live writer are kept. Returns the names removed.
 */
export function removeStaleTemps(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match || isProcessAlive(Number(match[1]))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/** Writes `data` to `target` atomically, creating the folder if needed. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Streams into `target` atomically: `fill` writes to the stream; on success the file is renamed into place,
 * on failure the temporary file is removed and the error rethrown.
 */
export async function writeStreamAtomic(target: string, fill: (out: Writable) => Promise<void> | void): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  const out = createWriteStream(temp);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('finish', () => resolve());
    out.on('error', reject);
  });
  try {
    await fill(out);
    out.end();
    await closed;
    renameSync(temp, target);
  } catch (error) {
    out.destroy();
    rmSync(temp, { force: true });
    throw error;
  }
}
