/**
 * `newsgraph serve [--graph graph/] [--port 5173] [--host 127.0.0.1] [--sparql-endpoint <url>]`: serves a built graph
 * (SPARQL endpoint, JSON API, explorer) until SIGINT or SIGTERM, which stop it gracefully (exit 0). With
 * --sparql-endpoint, /sparql forwards to a triple store that holds the graph instead of loading it in process.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { checkEndpoint, credentialsFromEnv } from '../../query/http.ts';
import { DEFAULT_GRAPH_DIR } from '../../query/load.ts';
import { DEFAULT_SERVE_OPTIONS, startServer } from '../../serve/index.ts';

interface ServeCommandOptions {
  graph: string;
  port: string;
  host: string;
  queryTimeout: string;
  maxResultMb: string;
  sparqlWorkers: string;
  sparqlEndpoint?: string;
  cacheMb: string;
  watch: boolean;
  web?: string;
}

/** The built explorer: dist/web of the package (from dist/cli/commands or src/cli/commands), when present. */
function defaultWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [resolve(here, '../../web'), resolve(here, '../../../dist/web')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

function wholeNumber(text: string, option: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`serve: bad ${option} "${text}"; expected a whole number >= ${min}`);
  return Number(text);
}

/** Registers `serve` on the program. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve a built graph: SPARQL endpoint (/sparql), JSON API (/api/...), explorer, /health; reloads after a build')
    .option('-g, --graph <dir>', 'built graph folder', DEFAULT_GRAPH_DIR)
    .option('-p, --port <port>', 'port (0 picks a free one)', String(DEFAULT_SERVE_OPTIONS.port))
    .option('--host <host>', 'interface to listen on (the server has no authentication: keep it on loopback)', DEFAULT_SERVE_OPTIONS.host)
    .option('--query-timeout <ms>', 'time limit of one SPARQL query', String(DEFAULT_SERVE_OPTIONS.queryTimeoutMs))
    .option('--max-result-mb <mb>', 'largest SPARQL answer', String(DEFAULT_SERVE_OPTIONS.maxResultBytes / 1024 / 1024))
    .option('--sparql-workers <n>', 'SPARQL worker threads, each with a copy of the store (0: 2 for graphs under 300 MB of N-Triples, else 1)', '0')
    .option(
      '--sparql-endpoint <url>',
      'answer /sparql from this triple store (e.g. Virtuoso loaded by push) instead of an in-process store; for graphs too large for one process (credentials from NEWSGRAPH_ENDPOINT_USER/_PASSWORD)',
    )
    .option('--cache-mb <mb>', 'SPARQL answers kept in memory until the graph changes (0: none)', String(DEFAULT_SERVE_OPTIONS.answerCacheBytes / 1024 / 1024))
    .option('--no-watch', 'do not reload when a build changes the graph folder')
    .option('--web <dir>', 'folder of the built explorer (default: dist/web when built)')
    .action(async (options: ServeCommandOptions) => {
      const port = wholeNumber(options.port, '--port', 0);
      if (port > 65535) throw new UsageError(`serve: bad --port "${options.port}"; expected 0-65535`);
      const server = await startServer({
        graph: options.graph,
        port,
        host: options.host,
        queryTimeoutMs: wholeNumber(options.queryTimeout, '--query-timeout', 1),
        maxResultBytes: wholeNumber(options.maxResultMb, '--max-result-mb', 1) * 1024 * 1024,
        sparqlWorkers: wholeNumber(options.sparqlWorkers, '--sparql-workers', 0),
        sparqlEndpoint: options.sparqlEndpoint === undefined ? null : checkEndpoint(options.sparqlEndpoint, 'serve', '--sparql-endpoint').href,
        endpointCredentials: credentialsFromEnv(),
        answerCacheBytes: wholeNumber(options.cacheMb, '--cache-mb', 0) * 1024 * 1024,
        watch: options.watch,
        webRoot: options.web ?? defaultWebRoot(),
      });
      process.stderr.write(`serve: listening on ${server.url} (graph: ${options.graph}; Ctrl+C to stop)\n`);
      // Runs until a signal: the action resolves after a graceful close.
      await new Promise<void>((done) => {
        const stop = (signal: NodeJS.Signals): void => {
          process.stderr.write(`serve: ${signal}: closing…\n`);
          server.close().then(done, done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        server.ready.catch(() => {
          process.exitCode = 1;
          server.close().then(done, done);
        });
      });
    });
}
