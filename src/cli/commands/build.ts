/** `newsgraph build`: placeholder until its owner implements it. */
import type { Command } from 'commander';

export function registerBuild(program: Command): void {
  program.command('build').description('(not implemented yet)').action(() => {
    throw new Error('newsgraph build is not implemented yet');
  });
}
