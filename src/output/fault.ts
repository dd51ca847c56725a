/**
 * TEST-ONLY fault injection. When the environment variable NEWSGRAPH_FAULT names a phase of the output transaction
 * (the lists below; `newsgraph build` adds `loaded` and `extracted`), the process kills itself with SIGKILL on
 * reaching it: no handler runs, no file is closed, exactly like `kill -9`. tests/output/fault.test.ts uses it to
 * prove that every kill point leaves the complete old build or the complete new one. Never set it outside tests.
 */

/** The environment variable read by `faultPoint`. */
export const FAULT_ENV = 'NEWSGRAPH_FAULT';

/**
 * Kills this process with SIGKILL when NEWSGRAPH_FAULT equals `phase`; stops it with SIGSTOP (a build frozen at that
 * phase, holding its lock, until the test sends SIGCONT) when it equals `stop:<phase>`; otherwise does nothing.
 */
export function faultPoint(phase: string): void {
  const fault = process.env[FAULT_ENV];
  if (fault === phase) process.kill(process.pid, 'SIGKILL');
  else if (fault === `stop:${phase}`) process.kill(process.pid, 'SIGSTOP');
}

/** True when NEWSGRAPH_FAULT names `phase` (lets a caller set up a fault point in the middle of a step). */
export function faultArmed(phase: string): boolean {
  return process.env[FAULT_ENV] === phase;
}

/** Phases of `OutputTransaction.begin`: after the lock is taken, after the clean-up. */
export const OPENING_PHASES = ['locked', 'cleaned'] as const;

/** Phases of converting an old-style folder of regular files (inside the clean-up). */
export const CONVERT_PHASES = ['convert:snapshot', 'convert:switched', 'convert:relinking'] as const;

/** Phases of `commit`: new generation on disk, fixed links added, `.current` switched, old generation removed. */
export const CLOSING_PHASES = ['written', 'linked', 'switched', 'pruned'] as const;

/** Phases of writing `files` in order: in the middle of each file (first block on disk), and after it is closed. */
export function writingPhases(files: readonly string[]): string[] {
  return files.flatMap((file) => [`write:${file}`, `wrote:${file}`]);
}
