/**
 * `newsgraph push --endpoint <url> [--graph <dir>]`: sends a built graph's TriG export to a remote triple store
 * (SPARQL 1.1 Graph Store HTTP Protocol; see src/query/push.ts for the modes), in large batches with retries,
 * resumable. Credentials come only from NEWSGRAPH_ENDPOINT_USER / NEWSGRAPH_ENDPOINT_PASSWORD.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { printLine } from '../stderr.ts';
import { checkEndpoint, credentialsFromEnv, DEFAULT_RETRY, parseRetries, parseTimeout } from '../../query/http.ts';
import { DEFAULT_GRAPH_DIR } from '../../query/load.ts';
import { DEFAULT_PUSH, PUSH_MODES, pushGraph, type PushMode } from '../../query/push.ts';

interface PushCliOptions {
  endpoint?: string;
  graph: string;
  mode: string;
  batchSize: string;
  concurrency: string;
  defaultGraph?: string;
  restart?: boolean;
  retries: string;
  timeout: string;
}

/** Registers `push` on the program. */
export function registerPush(program: Command): void {
  program
    .command('push')
    .description('send graph.trig to a SPARQL 1.1 Graph Store endpoint (one named graph per article), resumable; credentials from NEWSGRAPH_ENDPOINT_USER/_PASSWORD')
    .requiredOption('-e, --endpoint <url>', 'Graph Store endpoint (Virtuoso: http://host:8890/sparql-graph-crud-auth), or an update endpoint with --mode update')
    .option('-g, --graph <dir>', 'built graph folder', DEFAULT_GRAPH_DIR)
    .option('--mode <mode>', `${PUSH_MODES.join(', ')}: auto probes for dataset (N-Quads) support, else one graph per request`, DEFAULT_PUSH.mode)
    .option('--batch-size <n>', 'triples per request', String(DEFAULT_PUSH.batchSize))
    .option('--concurrency <n>', 'requests in flight', String(DEFAULT_PUSH.concurrency))
    .option('--default-graph <iri>', 'named graph for the entities (the default-graph part of graph.trig)')
    .option('--retries <n>', 'retries per request on network errors, timeouts, 408, 429 and 5xx', String(DEFAULT_RETRY.retries))
    .option('--timeout <seconds>', 'give up on a request (then retry) after this many seconds without a full answer', String(DEFAULT_RETRY.timeoutMs / 1000))
    .option('--restart', 'ignore the resume state and send everything again')
    .action(async (options: PushCliOptions) => {
      const url = checkEndpoint(options.endpoint as string, 'push');
      const mode = options.mode as PushMode;
      if (!PUSH_MODES.includes(mode)) throw new UsageError(`push: unknown --mode "${options.mode}"; expected ${PUSH_MODES.join(', ')}`);
      const number = (text: string, name: string): number => {
        if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`push: bad --${name} "${text}"; expected a whole number >= 1`);
        return Number(text);
      };
      const retries = parseRetries(options.retries, 'push');
      const timeoutMs = parseTimeout(options.timeout, 'push');
      const log = (message: string): void => {
        printLine(`newsgraph push: ${message}`);
      };
      let lastReport = 0;
      const report = await pushGraph({
        endpoint: url.toString(),
        dir: options.graph,
        mode,
        batchSize: number(options.batchSize, 'batch-size'),
        concurrency: number(options.concurrency, 'concurrency'),
        defaultGraph: options.defaultGraph,
        credentials: credentialsFromEnv(),
        retry: { retries, timeoutMs },
        restart: options.restart,
        log,
        onProgress: ({ batches, triples }) => {
          const now = Date.now();
          if (now - lastReport > 2000) {
            lastReport = now;
            log(`${batches} batches, ${triples} triples sent`);
          }
        },
      });
      const rate = report.seconds > 0 ? Math.round(report.triples / report.seconds) : 0;
      process.stdout.write(
        `pushed ${report.triples} triples in ${report.batches} requests (${report.mode} mode, ${report.graphs} graphs, ` +
          `${report.seconds.toFixed(1)} s, ${rate} triples/s)` +
          (report.skippedBatches ? `; skipped ${report.skippedBatches} batches (${report.skippedTriples} triples) acknowledged earlier` : '') +
          '\n',
      );
    });
}
