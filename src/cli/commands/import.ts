/** `newsgraph import`: placeholder until its owner implements it. */
import type { Command } from 'commander';

export function registerImport(program: Command): void {
  program.command('import').description('(not implemented yet)').action(() => {
    throw new Error('newsgraph import is not implemented yet');
  });
}
