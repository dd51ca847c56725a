/** `newsgraph extract`: placeholder until its owner implements it. */
import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program.command('extract').description('(not implemented yet)').action(() => {
    throw new Error('newsgraph extract is not implemented yet');
  });
}
