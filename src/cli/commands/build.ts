/**
 * `newsgraph build <files or folders...> [--out graph/] [--update]`: reads articles (or extraction JSON files written
 * by `newsgraph extract`), extracts them, builds one knowledge graph for the corpus and writes graph.json, graph.ttl,
 * graph.nt and graph.trig. One bad input never loses the others: it gets a one-line error naming it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { InputError, NewsgraphError } from '../../errors.ts';
import type { DocumentExtraction } from '../../extract/types.ts';
import type { Document } from '../../ingest/types.ts';
import { ingestFile } from '../../ingest/index.ts';
import { addExtractions, createGraph, parseExtraction } from '../../graph/build.ts';
import { compareStrings } from '../../graph/text.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { exportGraph, importGraph } from '../../rdf/files.ts';
import { DEFAULT_EXPAND_OPTIONS, expandInputs } from '../inputs.ts';
import { printLine } from '../stderr.ts';
import { escapeControl } from '../../util/display.ts';

/** Options of `runBuild`. */
export interface BuildCommandOptions {
  out: string;
  update: boolean;
  /** Show a progress bar (default: when stderr is a TTY and there are many inputs). */
  progress?: boolean;
}

/** What `runBuild` did. */
export interface BuildSummary {
  documents: number;
  replaced: number;
  errors: string[];
  entities: number;
  relations: number;
  triples: number;
  out: string;
}

type Extractor = (doc: Document) => DocumentExtraction | Promise<DocumentExtraction>;

/** Loads the extractor lazily: builds from extraction JSON files do not pay for loading the NLP model. */
async function loadExtractor(): Promise<Extractor> {
  const module = await import('../../extract/index.ts');
  return (doc) => module.extractDocument(doc);
}

/** Reads one input into an extraction: a `.json` file is taken as `newsgraph extract` output, anything else is an article. */
async function readInput(path: string, extractor: () => Promise<Extractor>): Promise<DocumentExtraction> {
  if (extname(path).toLowerCase() === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new InputError(path, `not valid JSON (${(error as Error).message}); expected the output of newsgraph extract`);
    }
    return parseExtraction(data, path);
  }
  const doc = ingestFile(path);
  return parseExtraction(await (await extractor())(doc), path);
}

function message(error: unknown, path: string): string {
  if (error instanceof NewsgraphError) return error.message;
  return `${path}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Runs a build; prints errors (one line each) to stderr and returns the summary. */
export async function runBuild(inputs: string[], options: BuildCommandOptions): Promise<BuildSummary> {
  // 1. Inputs: articles and extraction files; unknown or missing paths are errors that do not stop the others.
  const expanded = expandInputs(inputs, { extensions: [...DEFAULT_EXPAND_OPTIONS.extensions, '.json'] });
  const errors: string[] = expanded.errors.map((e) => e.message);
  for (const note of expanded.notes) printLine(`newsgraph: note: ${note}`);

  // 2. The graph to add to: a fresh one, or the existing build with --update.
  const graphJson = join(options.out, 'graph.json');
  let graph: KnowledgeGraph;
  if (options.update && existsSync(graphJson)) graph = await importGraph(graphJson);
  else graph = createGraph();

  // 3. Extraction, file by file, with a progress bar on a terminal.
  let extractorPromise: Promise<Extractor> | undefined;
  const extractor = (): Promise<Extractor> => (extractorPromise ??= loadExtractor());
  const showBar = options.progress ?? (process.stderr.isTTY === true && expanded.files.length >= 20);
  const bar = showBar
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'build [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(expanded.files.length, 0, { file: '' });
  const extractions = new Map<string, { extraction: DocumentExtraction; path: string }>();
  for (const path of expanded.files) {
    try {
      const extraction = await readInput(path, extractor);
      const previous = extractions.get(extraction.document.id);
      if (previous) errors.push(`${path}: document id "${extraction.document.id}" also comes from ${previous.path}; this one replaces it`);
      extractions.set(extraction.document.id, { extraction, path });
    } catch (error) {
      errors.push(message(error, path));
    }
    bar?.increment(1, { file: escapeControl(path.length > 40 ? `...${path.slice(-37)}` : path) });
  }
  bar?.stop();
  for (const line of errors) printLine(`newsgraph: ${line}`);

  // 4. Build (documents in id order, so the result does not depend on the order of the inputs) and export.
  const sorted = [...extractions.keys()].sort(compareStrings).map((id) => extractions.get(id)!.extraction);
  const report = addExtractions(graph, sorted);
  const summary: BuildSummary = { documents: report.documents, replaced: report.replaced, errors, entities: 0, relations: 0, triples: 0, out: options.out };
  if (report.documents === 0 && !options.update) return summary;
  const exported = await exportGraph(graph, options.out);
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === 'entity') summary.entities += 1;
  });
  graph.forEachEdge((_key, attributes) => {
    if (attributes.kind === 'relation') summary.relations += 1;
  });
  summary.triples = exported.triples;
  if (report.skippedRelations > 0) {
    printLine(`newsgraph: build: ${report.skippedRelations} relations skipped (they named an entity their document does not define)`);
  }
  return summary;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the corpus knowledge graph (graph.json, graph.ttl, graph.nt, graph.trig) from articles or extraction JSON files')
    .argument('<inputs...>', 'article files or folders (.txt, .md, .html) and/or extraction .json files from newsgraph extract')
    .option('-o, --out <dir>', 'output folder', 'graph')
    .option('-u, --update', 'add the inputs to the existing build in --out (a document given again replaces its old version)', false)
    .action(async (inputs: string[], opts: { out: string; update: boolean }) => {
      const summary = await runBuild(inputs, { out: opts.out, update: opts.update });
      if (summary.documents === 0) {
        printLine(`newsgraph: build: no document could be read; nothing written to ${opts.out}`);
        process.exitCode = 1;
        return;
      }
      const failed = summary.errors.length ? `, ${summary.errors.length} input error(s)` : '';
      const replaced = summary.replaced ? ` (${summary.replaced} replaced)` : '';
      process.stdout.write(
        `newsgraph build: ${summary.documents} documents${replaced}, ${summary.entities} entities, ${summary.relations} relations, ` +
          `${summary.triples} triples${failed} -> ${summary.out}/\n`,
      );
    });
}
