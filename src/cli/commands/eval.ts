/** `newsgraph eval`: placeholder until its owner implements it. */
import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program.command('eval').description('(not implemented yet)').action(() => {
    throw new Error('newsgraph eval is not implemented yet');
  });
}
