/**
 * `newsgraph events`: the real-world events of a built graph (merged across articles), one row per event and weapon
 * line, filtered by event date, place, weapon, attacker and claimant. A number no report gave shows as "?" in the
 * table, an empty cell in CSV and null in JSON: never 0.
 */
import type { Command } from 'commander';
import { checkFormat, formatCsv, formatJson, formatTable } from '../../query/format.ts';
import { DEFAULT_GRAPH_DIR, loadGraph } from '../../query/load.ts';
import { eventsTable } from '../../query/tables.ts';
import type { EventQuery } from '../../query/types.ts';

interface EventsOptions {
  from?: string;
  to?: string;
  place?: string;
  weapon?: string;
  attacker?: string;
  claimedBy?: string;
  kind?: string;
  format: string;
  graph: string;
}

/** Registers `events` on the program. */
export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('real-world events merged across articles: one row per event and weapon line (event date, attacker, launched, intercepted, targets, claimants, reports)')
    .option('--from <date>', 'events on or after this event date (YYYY, YYYY-MM or YYYY-MM-DD; not the publication date)')
    .option('--to <date>', 'events on or before this event date')
    .option('--place <name>', 'events that targeted this place (any alias)')
    .option('--weapon <name>', 'lines of this weapon, or of the systems of this class ("missile")')
    .option('--attacker <name>', 'events of this side')
    .option('--claimed-by <name>', 'events whose figures this claimant stated')
    .option('--kind <kind>', 'attack or interception')
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .option('-g, --graph <dir>', 'built graph folder', DEFAULT_GRAPH_DIR)
    .action(async (options: EventsOptions) => {
      const format = checkFormat(options.format, 'events');
      const graph = await loadGraph(options.graph, { mentions: false });
      const query: EventQuery = {};
      if (options.from !== undefined) query.from = options.from;
      if (options.to !== undefined) query.to = options.to;
      if (options.place !== undefined) query.place = options.place;
      if (options.weapon !== undefined) query.weapon = options.weapon;
      if (options.attacker !== undefined) query.attacker = options.attacker;
      if (options.claimedBy !== undefined) query.claimedBy = options.claimedBy;
      if (options.kind !== undefined) query.kind = options.kind as EventQuery['kind'];
      const rows = graph.events(query);
      if (format === 'json') process.stdout.write(formatJson(rows));
      else if (format === 'csv') process.stdout.write(formatCsv(eventsTable(rows, null)));
      else process.stdout.write(formatTable(eventsTable(rows, '?'), { maxWidth: 60 }));
    });
}
