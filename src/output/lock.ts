/**
 * An exclusive lock on a build folder: the file `<dir>/.lock` names the pid (and host, and process start time) of
 * the build that holds it. It is created atomically with link(2) from a complete temporary file, so it never exists
 * half-written, and creating it is also the check that the folder is writable.
 *
 * A lock whose process no longer runs (a build killed with kill -9, a crash, a power cut) is stale: the next build
 * takes it over. Two builds that find the same stale lock at once are serialised by a second, short-lived guard file
 * (`.lock.takeover`): only the one holding the guard may remove the stale lock, after checking again that it is
 * still the same one. (A guard left by a process killed inside that window of a few microseconds is itself judged
 * by its pid; only a second race at that very moment could then let two builds in.) (proper-lockfile was considered: it judges staleness by age, so a second build would wait
 * out the age after a kill -9, and it does not record the holder's pid for the error message.)
 */
import { hostname } from 'node:os';
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isProcessAlive, processStartTime } from '../util/pid.ts';
import { tempPathFor } from '../util/atomic.ts';
import { LockedError, OutputError } from './errors.ts';

/** File name of the lock inside the build folder. */
export const LOCK_FILE = '.lock';
/** File name of the guard taken while a stale lock is replaced. */
const GUARD_FILE = '.lock.takeover';
/** Attempts before giving up when the lock keeps changing hands. */
const ATTEMPTS = 50;
/** Wait between attempts while another process holds the guard, in ms. */
const GUARD_WAIT_MS = 20;

/** What the lock file says about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** Process start time from /proc (null where unknown): tells a reused pid from the holder. */
  procStart: string | null;
  /** When the lock was taken (ISO 8601). */
  since: string;
  /** Random token of this holding, so a holder releases only its own lock. */
  token: string;
}

/** A held lock. */
export interface FolderLock {
  /** The lock file. */
  path: string;
  holder: LockHolder;
  /** The stale holder this lock replaced, if any. */
  tookOver: LockHolder | null;
  /** Removes the lock if it is still ours. */
  release(): void;
}

function readHolder(path: string): LockHolder | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid !== 'number' || typeof data.token !== 'string') return null;
    return { pid: data.pid, host: String(data.host ?? ''), procStart: data.procStart ?? null, since: String(data.since ?? ''), token: data.token };
  } catch {
    return null;
  }
}

/** True when the holder's process still runs (a holder on another host is assumed to). */
function holderAlive(holder: LockHolder): boolean {
  if (holder.host && holder.host !== hostname()) return true;
  return isProcessAlive(holder.pid, holder.procStart);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function lockedError(where: string, dir: string, holder: LockHolder): LockedError {
  const host = holder.host && holder.host !== hostname() ? ` on ${holder.host}` : '';
  return new LockedError(
    `${where}: ${dir} is locked by another newsgraph build (pid ${holder.pid}${host}, since ${holder.since || 'unknown'}); ` +
      'expected one build at a time per folder: wait for it to finish or choose another folder',
    dir,
    holder.pid,
  );
}

/**
 * Takes the exclusive lock of build folder `dir` (which must exist). Throws LockedError naming the folder and the
 * holder's pid when a live build holds it, and OutputError when the folder cannot be written. A stale lock is taken
 * over; `tookOver` then names its old holder.
 */
export function lockFolder(dir: string, where: string): FolderLock {
  const path = join(dir, LOCK_FILE);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    procStart: processStartTime(process.pid),
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  // 1. The complete lock content in a temporary file: writing it proves the folder is writable.
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
  } catch (error) {
    throw new OutputError(`${where}: cannot write in ${dir}: ${describeFsError(error)}; expected a folder newsgraph can write`);
  }
  let tookOver: LockHolder | null = null;
  let last: LockHolder | null = null;
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // 2. link(2) fails with EEXIST when the lock exists: exactly one process gets it.
      try {
        linkSync(temp, path);
        return {
          path,
          holder,
          tookOver,
          release() {
            if (readHolder(path)?.token === holder.token) rmSync(path, { force: true });
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      // 3. Held: by a live build (error), or stale (take over under the guard).
      const current = readHolder(path);
      if (current === null) {
        // Released between the two calls, or not a lock newsgraph wrote: look again, then treat it as stale.
        if (attempt > 0) rmSync(path, { force: true });
        continue;
      }
      last = current;
      if (holderAlive(current)) throw lockedError(where, dir, current);
      if (!takeGuard(dir)) {
        sleep(GUARD_WAIT_MS);
        continue;
      }
      try {
        if (readHolder(path)?.token === current.token) {
          unlinkSync(path);
          tookOver = current;
        }
      } finally {
        rmSync(join(dir, GUARD_FILE), { force: true });
      }
    }
    throw last ? lockedError(where, dir, last) : new OutputError(`${where}: could not lock ${dir}; expected to get its lock within ${ATTEMPTS} attempts`);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Takes the takeover guard; false when a live process holds it (a dead holder's guard is removed). */
function takeGuard(dir: string): boolean {
  const guard = join(dir, GUARD_FILE);
  // Linked from a complete temporary file, like the lock, so nobody ever reads a half-written guard.
  const temp = tempPathFor(guard);
  try {
    writeFileSync(temp, `${JSON.stringify({ pid: process.pid, procStart: processStartTime(process.pid) })}\n`, { flag: 'wx' });
    linkSync(temp, guard);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  let owner: { pid?: number; procStart?: string | null } = {};
  try {
    owner = JSON.parse(readFileSync(guard, 'utf8')) as typeof owner;
  } catch {
    return false; // released meanwhile: try again
  }
  if (typeof owner.pid !== 'number' || !isProcessAlive(owner.pid, owner.procStart ?? null)) rmSync(guard, { force: true });
  return false;
}

/** "permission denied (EACCES)" from a node file-system error. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const text = /^\w+: ([^,]+)/.exec(e.message ?? '')?.[1] ?? e.message ?? String(error);
  return e.code ? `${text} (${e.code})` : text;
}
