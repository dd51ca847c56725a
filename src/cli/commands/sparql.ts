/**
 * `newsgraph sparql '<query>' | file.rq | <ready-made name>`: runs SPARQL over a built graph in-process with oxigraph
 * (graph/ by default), or against a remote SPARQL 1.1 Protocol endpoint with --endpoint (credentials from
 * NEWSGRAPH_ENDPOINT_USER / NEWSGRAPH_ENDPOINT_PASSWORD). `--list` shows the ready-made queries of queries/.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { printLine } from '../stderr.ts';
import { checkFormat, formatCsv, formatJson, formatTable } from '../../query/format.ts';
import { checkEndpoint, credentialsFromEnv, DEFAULT_RETRY, HttpClient, parseRetries, parseTimeout } from '../../query/http.ts';
import { DEFAULT_GRAPH_DIR } from '../../query/load.ts';
import { bindParams, listQueries, pageNote, pageQuery, parseParamOptions, resolveQuery } from '../../query/ready.ts';
import { column, LocalSparql, queryEndpoint, resultTable, type SparqlResult } from '../../query/sparql.ts';
import { serverBase, serverSparql } from '../../query/server-client.ts';

interface SparqlOptions {
  format: string;
  wide?: boolean;
  graph: string;
  endpoint?: string;
  server?: string;
  param: string[];
  offset?: string;
  limit?: string;
  list?: boolean;
  timeout: string;
  retries: string;
}

/** Registers `sparql` on the program. */
export function registerSparql(program: Command): void {
  program
    .command('sparql')
    .description('run a SPARQL query (text, a .rq file or a ready-made query name) over a built graph or a remote endpoint')
    .argument('[query]', "SPARQL text, a .rq file, or the name of a ready-made query in queries/ (see --list)")
    .option('-f, --format <format>', 'table, json (W3C SPARQL JSON results) or csv', 'table')
    .option('--wide', 'table: never cut long cells')
    .option('-g, --graph <dir>', 'built graph folder (in-process oxigraph)', DEFAULT_GRAPH_DIR)
    .option('-e, --endpoint <url>', 'query this SPARQL endpoint instead (credentials from NEWSGRAPH_ENDPOINT_USER/_PASSWORD)')
    .option('--server <url>', 'ask a running `newsgraph serve` at this URL (the graph folder is loaded here when none answers)')
    .option('--param <name=value>', 'bind a parameter of a ready-made query (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--offset <n>', 'skip the first n rows (the next page of a paged query such as requests)')
    .option('--limit <n>', 'at most n rows (a paged query: the page size; default its own LIMIT)')
    .option('--timeout <seconds>', 'with --endpoint: give up on a request (then retry) after this many seconds without a full answer', String(DEFAULT_RETRY.timeoutMs / 1000))
    .option('--retries <n>', 'with --endpoint: retries on network errors, timeouts, 408, 429 and 5xx', String(DEFAULT_RETRY.retries))
    .option('--list', 'list the ready-made queries and their parameters')
    .action(async (spec: string | undefined, options: SparqlOptions) => {
      const format = checkFormat(options.format, 'sparql');
      if (options.list) {
        const table = {
          columns: ['name', 'parameters', 'description'],
          rows: listQueries().map((q) => [q.name, q.params.map((p) => `${p.name}=${p.default}`).join(' '), q.description]),
        };
        process.stdout.write(format === 'json' ? formatJson(listQueries().map(({ text: _text, ...q }) => q)) : format === 'csv' ? formatCsv(table) : formatTable(table, { maxWidth: 120 }));
        return;
      }
      if (spec === undefined || spec.trim() === '') throw new UsageError('sparql: no query given; expected SPARQL text, a .rq file or a ready-made query name (see --list)');
      // 1. The query text, with parameters bound.
      const { text, file } = resolveQuery(spec);
      const values = parseParamOptions(options.param);
      if (!file && Object.keys(values).length > 0) throw new UsageError('sparql: --param needs a query file that declares parameters (# @param name default)');
      const offset = wholeNumber(options.offset, '--offset');
      const query = pageQuery(file ? bindParams(text, file.params, values) : text, { offset, limit: wholeNumber(options.limit, '--limit') });
      // 2. Run it in-process or remotely.
      let result: SparqlResult;
      let answered: SparqlResult | null = null;
      if (options.server !== undefined && options.endpoint !== undefined) throw new UsageError('sparql: --server and --endpoint given together; expected one');
      const server = options.server === undefined ? null : serverBase(options.server, 'sparql');
      if (options.endpoint !== undefined) {
        const url = checkEndpoint(options.endpoint, 'sparql');
        const settings = { timeoutMs: parseTimeout(options.timeout, 'sparql'), retries: parseRetries(options.retries, 'sparql') };
        const client = new HttpClient(credentialsFromEnv(), settings, (message) => printLine(`newsgraph: ${message}`));
        result = await queryEndpoint(client, url.toString(), query);
      } else if (server !== null && (answered = await serverSparql(server, query)) !== null) {
        result = answered;
      } else {
        if (server) process.stderr.write(`newsgraph: sparql: no server answers at ${server.origin}; loading ${options.graph} here\n`);
        const store = LocalSparql.open(options.graph);
        try {
          result = store.query(query);
        } finally {
          store.close();
        }
      }
      // 3. Print, and where a paged answer stands (on stderr, so that the rows stay clean for a pipe).
      process.stdout.write(renderResult(result, format, { wide: options.wide === true }));
      if (result.kind === 'select' && result.vars.includes('total')) {
        const note = pageNote(column(result, 'total'), offset ?? 0);
        if (note) printLine(`newsgraph: sparql: rows ${note.first}-${note.last} of ${note.total}${note.next === null ? '' : `; the next page: --offset ${note.next}`}`);
        else if (offset) printLine(`newsgraph: sparql: no rows at offset ${offset}`);
      }
    });
}

/** A whole-number option, or undefined when not given. */
function wholeNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`sparql: bad ${option} "${value}"; expected a whole number`);
  return Number(value);
}

/** Renders a SPARQL result as table, JSON (W3C results format; N-Triples text for CONSTRUCT) or CSV. */
export function renderResult(result: SparqlResult, format: 'table' | 'json' | 'csv', options: { wide?: boolean } = {}): string {
  if (format === 'json') {
    if (result.kind === 'ask') return formatJson({ head: {}, boolean: result.boolean });
    if (result.kind === 'select') return formatJson({ head: { vars: result.vars }, results: { bindings: result.bindings } });
    return result.ntriples;
  }
  if (format === 'csv') return formatCsv(resultTable(result));
  return formatTable(resultTable(result, { compact: true }), { wide: options.wide });
}
