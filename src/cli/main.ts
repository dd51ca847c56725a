/**
 * The `newsgraph` command line. Each subcommand lives in its own module under commands/ and registers itself here;
 * bin/newsgraph.js calls `run` on the compiled module.
 * Errors that newsgraph raises on purpose print as one line (`newsgraph: <message>`), never as a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../errors.ts';
import { printLine } from './stderr.ts';
import { DEFAULT_MAX_MEMORY_MB, LONG_JOBS, MAX_MEMORY_ENV, MAX_MEMORY_OPTION } from './memory.ts';
import { registerExtract } from './commands/extract.ts';
import { registerEval } from './commands/eval.ts';
import { registerBuild } from './commands/build.ts';
import { registerImport } from './commands/import.ts';
import { registerQuery } from './commands/query.ts';
import { registerEvents } from './commands/events.ts';
import { registerReconcile } from './commands/reconcile.ts';
import { registerSparql } from './commands/sparql.ts';
import { registerPush } from './commands/push.ts';
import { registerServe } from './commands/serve.ts';

/** Builds the command tree; exported for tests. */
export function createProgram(): Command {
  const program = new Command('newsgraph')
    .description('Knowledge graphs of the air war over Ukraine from news articles')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    // Read by bin/newsgraph.js before the job starts (V8 fixes its heap at start-up); declared here for --help.
    .option(
      `${MAX_MEMORY_OPTION} <MB>`,
      `heap cap of the long jobs (${[...LONG_JOBS].join(', ')}) in MB; 0 = V8's own limit; also ${MAX_MEMORY_ENV}; a --max-old-space-size in NODE_OPTIONS is left as it is`,
      String(DEFAULT_MAX_MEMORY_MB),
    );
  for (const register of [registerExtract, registerEval, registerBuild, registerImport, registerQuery, registerEvents, registerReconcile, registerSparql, registerPush, registerServe]) {
    register(program);
  }
  return program;
}

/** Runs the CLI with `argv` (as process.argv); resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  const program = createProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof NewsgraphError) {
      printLine(`newsgraph: ${error.message}`);
      return error.name === 'UsageError' ? 2 : 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    printLine(`newsgraph: internal error: ${message} (set NEWSGRAPH_DEBUG=1 for a stack trace)`);
    if (process.env.NEWSGRAPH_DEBUG) console.error(error);
    return 70;
  }
}
