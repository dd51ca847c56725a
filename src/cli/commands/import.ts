/**
 * `newsgraph import <graph.ttl | graph.json | graph folder> [--out dir] [--format ...]`: reads an export back into the
 * knowledge graph. With --out it writes the chosen formats there (default graph.json, graph.ttl, graph.nt,
 * graph.trig) as one transaction, like `newsgraph build`; without, it prints the canonical graph.json to stdout.
 */
import type { Command } from 'commander';
import { importGraph } from '../../rdf/files.ts';
import { DEFAULT_FORMATS, OutputTransaction, parseFormats, writeGraphJson } from '../../output/index.ts';
import { TextSink } from '../../util/text-sink.ts';
import { printLine } from '../stderr.ts';

/** Registers `newsgraph import` on the program. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('read graph.ttl / graph.nt / graph.trig / graph.json back into the knowledge graph')
    .argument('<input>', 'an RDF export (.ttl, .nt, .trig, .nq), a graph.json, or a folder written by newsgraph build')
    .option('-o, --out <dir>', 'write the output files into this folder (default: print graph.json)')
    .option('-f, --format <formats>', `comma-separated output formats for --out, or all (default ${DEFAULT_FORMATS.join(',')})`)
    .action(async (input: string, opts: { out?: string; format?: string }) => {
      const formats = opts.format === undefined ? DEFAULT_FORMATS : parseFormats(opts.format, 'import');
      if (opts.out === undefined) {
        // Streamed: a large graph never becomes one string.
        await writeGraphJson(await importGraph(input), new TextSink(process.stdout));
        return;
      }
      // The folder is locked and checked writable before the input is read.
      const transaction = OutputTransaction.begin(opts.out, { where: 'import --out', onNote: (line) => printLine(`newsgraph: ${line}`) });
      try {
        const graph = await importGraph(input);
        const report = await transaction.write(graph, formats);
        transaction.commit();
        const triples = report.triples ? `, ${report.triples} triples` : '';
        process.stdout.write(`newsgraph import: ${graph.order} nodes, ${graph.size} edges${triples} -> ${opts.out}/\n`);
      } catch (error) {
        transaction.abort();
        throw error;
      }
    });
}
