/** `newsgraph query`: placeholder until its owner implements it. */
import type { Command } from 'commander';

export function registerQuery(program: Command): void {
  program.command('query').description('(not implemented yet)').action(() => {
    throw new Error('newsgraph query is not implemented yet');
  });
}
