/**
 * `newsgraph eval --gold <gold dir> <corpus dir> [--verbose] [--json]`: scores extraction against gold files
 * (GUIDELINES.md format and matching rules). Prints per-type and per-predicate precision/recall/F1, count accuracy,
 * and with --verbose every miss and false positive. Exits 0 whenever scoring ran.
 */
import type { Command } from 'commander';
import { evaluate, formatReport } from '../../eval/index.ts';
import { printLine } from '../stderr.ts';

/** Options of the eval command. */
interface EvalCommandOptions {
  gold: string;
  verbose?: boolean;
  json?: boolean;
}

/** Registers `newsgraph eval`. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold files (precision, recall, F1 per entity type and predicate)')
    .requiredOption('--gold <dir>', 'folder of <article>.gold.json files')
    .argument('<corpus>', 'folder of the articles the gold files name')
    .option('--verbose', 'list every miss and false positive with its evidence')
    .option('--json', 'print the figures as JSON')
    .action((corpus: string, options: EvalCommandOptions) => {
      const result = evaluate(options.gold, corpus);
      for (const error of result.errors) printLine(`newsgraph eval: ${error} (scored as an empty extraction)`);
      if (options.json) {
        const payload = {
          summary: result.summary,
          articles: result.articles.map((a) => ({ document: a.document })),
          ...(options.verbose ? { notes: result.notes } : {}),
        };
        process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
      } else {
        process.stdout.write(`${formatReport(result, options.verbose)}\n`);
      }
    });
}
