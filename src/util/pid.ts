/**
 * Is a process still running? Used to tell a live lock or temporary file from one left by a killed run. On Linux the
 * process start time (from /proc) is compared as well, so a pid reused by an unrelated process does not keep a dead
 * run's lock alive.
 */
import { readFileSync } from 'node:fs';

/**
 * Start time of process `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat), or null where /proc is not
 * readable (other systems, or the process is gone).
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * True when a process with `pid` runs on this machine (and, when `startTime` is given and /proc can tell, is the
 * same process that recorded it).
 */
export function isProcessAlive(pid: number, startTime?: string | null): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (startTime) {
    const now = processStartTime(pid);
    if (now !== null && now !== startTime) return false;
  }
  return true;
}
