/**
 * Errors of the output stage: a build folder that cannot be written, and one that another build holds.
 */
import { NewsgraphError } from '../errors.ts';

/** The output folder cannot be created or written (permissions, read-only disk, a file in the way). */
export class OutputError extends NewsgraphError {
  override name = 'OutputError';
}

/** Another running build holds the output folder's lock. */
export class LockedError extends NewsgraphError {
  override name = 'LockedError';
  /** The folder and the pid of the build that holds it. */
  readonly dir: string;
  readonly pid: number;
  constructor(message: string, dir: string, pid: number) {
    super(message);
    this.dir = dir;
    this.pid = pid;
  }
}
