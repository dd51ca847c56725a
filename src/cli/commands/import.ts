/**
 * `newsgraph import <graph.ttl | graph.json | graph folder> [--out dir]`: reads an export back into the knowledge
 * graph. With --out it writes the full set of files (graph.json, graph.ttl, graph.nt, graph.trig) there;
 * without, it prints the canonical graph.json to stdout.
 */
import type { Command } from 'commander';
import { serializeGraph } from '../../graph/serialize.ts';
import { exportGraph, importGraph } from '../../rdf/files.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('read graph.ttl / graph.nt / graph.trig / graph.json back into the knowledge graph')
    .argument('<input>', 'an RDF export (.ttl, .nt, .trig, .nq), a graph.json, or a folder written by newsgraph build')
    .option('-o, --out <dir>', 'write graph.json and the RDF files into this folder (default: print graph.json)')
    .action(async (input: string, opts: { out?: string }) => {
      const graph = await importGraph(input);
      if (opts.out === undefined) {
        process.stdout.write(serializeGraph(graph));
        return;
      }
      const report = await exportGraph(graph, opts.out);
      process.stdout.write(`newsgraph import: ${graph.order} nodes, ${graph.size} edges, ${report.triples} triples -> ${opts.out}/\n`);
    });
}
