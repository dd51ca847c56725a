// `newsgraph build` alone, for the fault-injection tests (tests/output/fault.test.ts): the same command module and
// output transaction as the CLI, without the other commands, which load the NLP model and oxigraph at start-up, so
// the dozens of runs that kill themselves at a phase stay cheap. Usage: node tests/output/build-driver.mjs <args...>
import { register } from 'tsx/esm/api';

register();
const { Command } = await import('commander');
const { registerBuild } = await import('../../src/cli/commands/build.ts');
const { NewsgraphError } = await import('../../src/errors.ts');

const program = new Command('newsgraph').exitOverride();
registerBuild(program);
try {
  await program.parseAsync(['node', 'newsgraph', 'build', ...process.argv.slice(2)]);
} catch (error) {
  process.stderr.write(`newsgraph: ${error instanceof NewsgraphError ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
