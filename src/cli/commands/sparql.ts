/** `newsgraph sparql`: placeholder until its owner implements it. */
import type { Command } from 'commander';

export function registerSparql(program: Command): void {
  program.command('sparql').description('(not implemented yet)').action(() => {
    throw new Error('newsgraph sparql is not implemented yet');
  });
}
