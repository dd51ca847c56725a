/**
 * `newsgraph reconcile --official <missile_attacks_daily.csv>`: the events of a built graph beside the Ukrainian Air
 * Force's daily tallies, digitised by Petro Ivaniuk: per event, weapon and figure, the news figure and the official
 * one, whether they agree and, when not, why; then the share that agree.
 */
import type { Command } from 'commander';
import { checkFormat, formatCsv, formatJson, formatTable } from '../../query/format.ts';
import { DEFAULT_GRAPH_DIR, loadGraph } from '../../query/load.ts';
import { loadOfficialMapping, readOfficialTable } from '../../query/official.ts';
import { reconcileGraph, type ReconcileSummary } from '../../query/reconcile.ts';
import { reconcileTable } from '../../query/tables.ts';

interface ReconcileCommandOptions {
  official: string;
  graph: string;
  format: string;
}

/** The closing lines of the text output: the share that agrees, the reasons, what was not compared. */
export function summaryLines(summary: ReconcileSummary): string[] {
  const percent = summary.share === null ? '-' : `${(summary.share * 100).toFixed(1)}%`;
  const counts = (record: Record<string, number>): string =>
    Object.entries(record)
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ') || 'none';
  const t = summary.table;
  const lines = [
    `${summary.agree} of ${summary.compared} news figures agree with the official record (${percent})`,
    `disagreements: ${counts(summary.reasons)}`,
    `official figures the news did not give: ${summary.noNewsFigure}; news figures not compared: ${counts(summary.notCovered)}`,
    `official table: ${t.rows} rows, ${t.first ?? '-'} to ${t.last ?? '-'} (${t.file})`,
  ];
  if (t.unmapped.length) lines.push(`models with no gazetteer weapon (their rows count for none): ${t.unmapped.map((u) => `${u.model} (${u.rows})`).join(', ')}`);
  return lines;
}

/** Registers `reconcile` on the program. */
export function registerReconcile(program: Command): void {
  program
    .command('reconcile')
    .description(
      "the graph's events beside the official record: the Ukrainian Air Force's daily tallies of launched and destroyed weapons, digitised by Petro Ivaniuk (missile_attacks_daily.csv); per event, weapon and figure: news vs official, agreement and the reason of each disagreement",
    )
    .requiredOption('--official <csv>', "the tallies' missile_attacks_daily.csv (Petro Ivaniuk's digitisation of the Air Force's reports)")
    .option('-g, --graph <dir>', 'built graph folder', DEFAULT_GRAPH_DIR)
    .option('-f, --format <format>', 'table, json or csv', 'table')
    .action(async (options: ReconcileCommandOptions) => {
      const format = checkFormat(options.format, 'reconcile');
      const mapping = loadOfficialMapping();
      const table = readOfficialTable(options.official, mapping);
      const graph = await loadGraph(options.graph, { mentions: false });
      const report = reconcileGraph(graph, table, mapping);
      if (format === 'json') process.stdout.write(formatJson(report));
      else if (format === 'csv') process.stdout.write(formatCsv(reconcileTable(report.rows, null)));
      else process.stdout.write(`${formatTable(reconcileTable(report.rows, '?'), { maxWidth: 60 })}\n${summaryLines(report.summary).join('\n')}\n`);
    });
}
