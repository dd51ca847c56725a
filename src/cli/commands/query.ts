/**
 * `newsgraph query`: the typed query API from the command line, over a built graph folder (default graph/).
 * Without a mode flag it lists relations matching --subject/--predicate/--object/--from/--to/--min-sources;
 * --entity, --neighbors, --timeline, --path and --aggregate run the other API functions.
 */
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { PREDICATES, type Predicate } from '../../domain/index.ts';
import { checkDateRange } from '../../query/dates.ts';
import { checkFormat, formatCsv, formatJson, formatTable, type OutputFormat, type Table } from '../../query/format.ts';
import { DEFAULT_GRAPH_DIR, loadGraph } from '../../query/load.ts';
import type { NewsGraph } from '../../query/news-graph.ts';
import { serverApi, serverBase } from '../../query/server-client.ts';
import { aggregateTable, entityTable, neighborsTable, pathTable, relationsTable, timelineTable } from '../../query/tables.ts';
import type { AggregateBy, Direction } from '../../query/types.ts';

interface QueryOptions {
  subject?: string;
  predicate?: string;
  object?: string;
  from?: string;
  to?: string;
  minSources?: string;
  format: string;
  wide?: boolean;
  graph: string;
  server?: string;
  entity?: string;
  neighbors?: string;
  direction?: string;
  timeline?: string;
  path?: string[];
  aggregate?: string;
}

/** Registers `query` on the program. */
export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('query a built graph: relations by subject/predicate/object/date (names may be any alias), or one of the modes below')
    .option('-s, --subject <name>', 'subject entity (any alias)')
    .option('-p, --predicate <predicate>', `one of ${PREDICATES.join(', ')}`)
    .option('-o, --object <name>', 'object entity (any alias)')
    .option('--from <date>', 'evidence published on or after this publication date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'evidence published on or before this publication date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--min-sources <n>', 'keep relations reported by at least n documents')
    .option('--entity <name>', 'mode: show the entity a name or alias resolves to')
    .option('--neighbors <name>', 'mode: entities linked to this one (with --predicate, --direction)')
    .option('--direction <dir>', 'for --neighbors: out, in or both', 'both')
    .option('--timeline <name>', "mode: the entity's relations by published date")
    .option('--path <names...>', 'mode: shortest path between two entities (two names)')
    .option('--aggregate <by>', 'mode: counts by weapon, place, predicate, subject or month (same-day reports counted once)')
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .option('--wide', 'table: never cut long cells')
    .option('-g, --graph <dir>', 'built graph folder', DEFAULT_GRAPH_DIR)
    .option('--server <url>', 'ask a running `newsgraph serve` at this URL (the graph folder is loaded here when none answers)')
    .action(async (options: QueryOptions) => {
      const format = checkFormat(options.format, 'query');
      const modes = ['entity', 'neighbors', 'timeline', 'path', 'aggregate'].filter((m) => options[m as keyof QueryOptions] !== undefined);
      if (modes.length > 1) throw new UsageError(`query: --${modes.join(' and --')} given together; expected at most one mode`);
      // Dates are checked before the graph is loaded: a bad bound fails at once.
      checkDateRange(options.from, options.to, 'query');
      const predicate = options.predicate as Predicate | undefined;
      const mode = modes[0];
      // Each mode runs on the server (--server, when one answers) or on the graph loaded here: the same answers.
      const base = options.server === undefined ? null : serverBase(options.server, 'query');
      let graph: NewsGraph | null = null;
      const ask = async <T>(route: string, params: Record<string, string | number | boolean | undefined>, local: (g: NewsGraph) => T): Promise<T> => {
        if (base) {
          const answer = await serverApi(base, route, params);
          if (answer !== null) return answer as T;
          process.stderr.write(`newsgraph: query: no server answers at ${base.origin}; loading ${options.graph} here\n`);
        }
        graph ??= await loadGraph(options.graph, { mentions: false });
        return local(graph);
      };
      let value: unknown;
      let table: Table;
      if (mode === 'entity') {
        const name = options.entity as string;
        const result = await ask('entity', { name }, (g) => g.entity(name));
        [value, table] = [result, entityTable(result)];
      } else if (mode === 'neighbors') {
        const name = options.neighbors as string;
        const direction = options.direction as Direction;
        const result = await ask('neighbors', { name, predicate, direction }, (g) => g.neighbors(name, { predicate, direction }));
        [value, table] = [result, neighborsTable(result)];
      } else if (mode === 'timeline') {
        const name = options.timeline as string;
        const result = await ask('timeline', { name }, (g) => g.timeline(name));
        [value, table] = [result, timelineTable(result)];
      } else if (mode === 'path') {
        const names = options.path as string[];
        if (names.length !== 2) throw new UsageError(`query: --path got ${names.length} names; expected two (--path "<from>" "<to>")`);
        const [from, to] = names as [string, string];
        const result = await ask('path', { from, to }, (g) => g.shortestPath(from, to));
        [value, table] = [result, pathTable(result)];
      } else if (mode === 'aggregate') {
        const by = options.aggregate as AggregateBy;
        const aggregate = { by, predicate, subject: options.subject, object: options.object, from: options.from, to: options.to };
        const result = await ask('aggregate', aggregate, (g) => g.aggregate(aggregate));
        [value, table] = [result, aggregateTable(result, by, aggregate.predicate)];
      } else {
        const relations = { subject: options.subject, predicate, object: options.object, from: options.from, to: options.to, minSources: parseMinSources(options.minSources) };
        const result = await ask('relations', relations, (g) => g.relations(relations));
        [value, table] = [result, relationsTable(result)];
      }
      process.stdout.write(render(format, value, table, options.wide === true));
    });
}

function parseMinSources(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`query: bad --min-sources "${text}"; expected a whole number`);
  return Number(text);
}

function render(format: OutputFormat, value: unknown, table: Table, wide: boolean): string {
  if (format === 'json') return formatJson(value);
  if (format === 'csv') return formatCsv(table);
  return formatTable(table, { wide });
}
