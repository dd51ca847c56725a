/** `newsgraph push`: placeholder until its owner implements it. */
import type { Command } from 'commander';

export function registerPush(program: Command): void {
  program.command('push').description('(not implemented yet)').action(() => {
    throw new Error('newsgraph push is not implemented yet');
  });
}
