/**
 * `newsgraph build <files or folders...> [--out graph/] [--update] [--format json,ttl,nt,trig,gexf,csv]`: reads
 * articles (or extraction JSON files written by `newsgraph extract`), extracts them, builds one knowledge graph for
 * the corpus and writes the chosen formats (default graph.json, graph.ttl, graph.nt and graph.trig). One bad input
 * never loses the others: it gets a one-line error naming it.
 *
 * The build is one transaction on --out (src/output): the folder is locked and checked writable before any
 * extraction, every file goes into a fresh generation, and one atomic switch makes it live.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { InputError, NewsgraphError, UsageError } from '../../errors.ts';
import type { BatchResult } from '../../extract/index.ts';
import type { DocumentExtraction } from '../../extract/types.ts';
import type { Document } from '../../ingest/types.ts';
import { createGraph, parseExtraction } from '../../graph/build.ts';
import { addExtractions } from '../../graph/node.ts';
import { compareStrings } from '../../graph/text.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { DEFAULT_FORMATS, OUTPUT_WRITERS, OutputTransaction, parseFormats, updateGraph, writerOf, type OutputFormat, type UpdatedGraph } from '../../output/index.ts';
import { CLOSING_PHASES, OPENING_PHASES, faultPoint, writingPhases } from '../../output/fault.ts';
import { DEFAULT_EXPAND_OPTIONS, expandInputs } from '../inputs.ts';
import { printLine } from '../stderr.ts';
import { escapeControl } from '../../util/display.ts';

/** Options of `runBuild`. */
export interface BuildCommandOptions {
  out: string;
  update: boolean;
  /** Show a progress bar (default: when stderr is a TTY and there are many inputs). */
  progress?: boolean;
  /**
   * Formats to write (default: DEFAULT_FORMATS; with --update, the formats of the build being updated).
   */
  formats?: readonly OutputFormat[];
  /** Also write the joined RDF files (graph.ttl, graph.nt, graph.trig) beside their parts (`--joined`). */
  joined?: boolean;
}

/**
 * The phases of one build in order, as the test-only NEWSGRAPH_FAULT hook names them (src/output/fault.ts): lock and
 * clean-up, reading the build to update, extraction done, each file half and fully written, then the commit steps.
 */
export function buildPhases(formats: readonly OutputFormat[], update: boolean, joined = false): string[] {
  const files = formats.flatMap((format) => {
    const writer = writerOf(format);
    return writer.files.filter((file) => joined || !writer.optional?.includes(file));
  });
  return [...OPENING_PHASES, ...(update ? ['loaded'] : []), 'extracted', ...writingPhases(files), ...CLOSING_PHASES];
}

/** What `runBuild` did. */
export interface BuildSummary {
  documents: number;
  replaced: number;
  errors: string[];
  entities: number;
  relations: number;
  /** Event nodes: real-world events merged from the articles' reports. */
  events: number;
  triples: number;
  out: string;
}

/** Ingests article files and extracts them a batch at a time. */
interface Extractor {
  ingest(path: string): Document;
  /** One result per document, in order (`extractBatch`: step by step over the batch, one failure stops only its own). */
  extract(docs: readonly Document[]): BatchResult[];
  /** A batch ends at this many articles or characters of text (as in `newsgraph extract`). */
  batchDocuments: number;
  batchChars: number;
}

/**
 * Loads ingest and the extractor lazily: builds from extraction JSON files pay for neither the HTML and Markdown
 * readers nor the NLP model (half a second of start-up, and the fault tests start dozens of builds).
 */
async function loadExtractor(): Promise<Extractor> {
  const [ingest, extract] = await Promise.all([import('../../ingest/index.ts'), import('../../extract/index.ts')]);
  return {
    ingest: (path) => ingest.ingestFile(path),
    extract: (docs) => extract.extractBatch(docs),
    batchDocuments: extract.BATCH_DOCUMENTS,
    batchChars: extract.BATCH_CHARS,
  };
}

/** Reads a `.json` input as `newsgraph extract` output. */
function readExtractionFile(path: string): DocumentExtraction {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(path, `not valid JSON (${(error as Error).message}); expected the output of newsgraph extract`);
  }
  return parseExtraction(data, path);
}

/** One input of a batch: its extraction, what stopped it, or (an article) its document waiting for the batch's extraction. */
type BatchItem = { path: string; extraction?: DocumentExtraction; error?: unknown; doc?: Document };

/**
 * The next batch of `files` from `start` (`.json` files read, articles ingested) until it holds `batchDocuments`
 * articles or `batchChars` characters of their text, then the articles extracted together: each input's extraction
 * or error, in file order.
 */
async function readBatch(files: readonly string[], start: number, extractor: () => Promise<Extractor>): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  const docs: Document[] = [];
  let chars = 0;
  let limits: Extractor | null = null;
  for (let next = start; next < files.length && (limits === null || (docs.length < limits.batchDocuments && chars < limits.batchChars)); next++) {
    const path = files[next] as string;
    const item: BatchItem = { path };
    items.push(item);
    try {
      if (extname(path).toLowerCase() === '.json') {
        item.extraction = readExtractionFile(path);
      } else {
        limits = await extractor();
        item.doc = limits.ingest(path);
        docs.push(item.doc);
        chars += item.doc.text.length;
      }
    } catch (error) {
      item.error = error;
    }
  }
  if (docs.length === 0) return items;
  const results = (await extractor()).extract(docs);
  let k = 0;
  for (const item of items) {
    if (!item.doc) continue;
    const result = results[k++] as BatchResult;
    try {
      if (!result.ok) throw result.error;
      item.extraction = parseExtraction(result.extraction, item.path);
    } catch (error) {
      item.error = error;
    }
  }
  return items;
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

  // 2. The output transaction: --out locked and checked writable before any extraction work.
  const transaction = OutputTransaction.begin(options.out, { where: 'build --out', onNote: (line) => printLine(`newsgraph: ${line}`) });
  try {
    return await buildInto(transaction, expanded.files, errors, options);
  } catch (error) {
    transaction.abort();
    throw error;
  }
}

/** Steps 3-6 of `runBuild`, inside the open transaction (which they commit, or abort when nothing was read). */
async function buildInto(transaction: OutputTransaction, files: string[], errors: string[], options: BuildCommandOptions): Promise<BuildSummary> {
  // 3. The graph to add to: a fresh one, or the live generation of --out with --update, read once the batch is
  //    known (step 5: an update reads only what its documents touch, see src/output `updateGraph`).
  const updating = options.update && transaction.current !== null;
  if (updating && !transaction.currentFormats().some((format) => format === 'json' || format === 'trig' || format === 'ttl' || format === 'nt')) {
    throw new UsageError(`build --update: ${options.out} holds no graph.json or RDF file to update; expected a build written with --format json, ttl, nt or trig`);
  }
  const formats = options.formats ?? (updating ? transaction.currentFormats() : DEFAULT_FORMATS);

  // 4. Extraction, batch by batch, with a progress bar on a terminal.
  let extractorPromise: Promise<Extractor> | undefined;
  const extractor = (): Promise<Extractor> => (extractorPromise ??= loadExtractor());
  const showBar = options.progress ?? (process.stderr.isTTY === true && files.length >= 20);
  const bar = showBar
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'build [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0, { file: '' });
  const extractions = new Map<string, { extraction: DocumentExtraction; path: string }>();
  // Articles are extracted in batches (`extractBatch`, as `newsgraph extract` does); results, messages and the
  // replacement of a repeated document id still go in file order, one input at a time.
  for (let next = 0; next < files.length; ) {
    const items = await readBatch(files, next, extractor);
    next += items.length;
    for (const { path, extraction, error } of items) {
      if (extraction) {
        const previous = extractions.get(extraction.document.id);
        if (previous) errors.push(`${path}: document id "${extraction.document.id}" also comes from ${previous.path}; this one replaces it`);
        extractions.set(extraction.document.id, { extraction, path });
      } else {
        errors.push(message(error, path));
      }
      bar?.increment(1, { file: escapeControl(path.length > 40 ? `...${path.slice(-37)}` : path) });
    }
  }
  bar?.stop();
  for (const line of errors) printLine(`newsgraph: ${line}`);

  // 5. Build (documents in id order, so the result does not depend on the order of the inputs); nothing read: the
  //    old build stays as it is.
  const sorted = [...extractions.keys()].sort(compareStrings).map((id) => extractions.get(id)!.extraction);
  // An update reads the graph's head, events and the mentions of the documents it touches, rewrites only the RDF of
  // the days it touches (see output/writers/rdf.ts), and graph.json keeps the lines of the documents it does not
  // touch (see output/writers/json.ts).
  let graph: KnowledgeGraph = createGraph();
  let changes: UpdatedGraph | undefined;
  if (updating && sorted.length) {
    changes = await updateGraph(transaction.current as string, sorted, formats);
    graph = changes.graph;
    faultPoint('loaded');
  }
  faultPoint('extracted');
  const report = changes?.report ?? addExtractions(graph, sorted);
  const summary: BuildSummary = { documents: report.documents, replaced: report.replaced, errors, entities: 0, relations: 0, events: 0, triples: 0, out: options.out };
  if (report.documents === 0) {
    transaction.abort();
    return summary;
  }

  // 6. Export into the new generation, and the switch.
  const exported = await transaction.write(graph, formats, { changedDays: changes?.changedDays, changedKeys: changes?.changedKeys, changedEvidence: changes?.changedEvidence, joined: options.joined });
  transaction.commit();
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === 'entity') summary.entities += 1;
    else if (attributes.kind === 'event') summary.events += 1;
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

/** Registers `newsgraph build` on the program. */
export function registerBuild(program: Command): void {
  const formats = OUTPUT_WRITERS.map((w) => `  ${w.id.padEnd(5)} ${w.description}`).join('\n');
  program
    .command('build')
    .description('build the corpus knowledge graph (graph.json, graph.ttl, graph.nt, graph.trig by default) from articles or extraction JSON files')
    .argument('<inputs...>', 'article files or folders (.txt, .md, .html) and/or extraction .json files from newsgraph extract')
    .option('-o, --out <dir>', 'output folder (locked while the build runs; switched to the new build in one step)', 'graph')
    .option('-u, --update', 'add the inputs to the existing build in --out (a document given again replaces its old version)', false)
    .option('--joined', 'also write graph.ttl, graph.nt and graph.trig as one file each (readers use the parts in .current/rdf/)', false)
    .option('-f, --format <formats>', `comma-separated output formats, or all (default ${DEFAULT_FORMATS.join(',')}; with --update, those of the build)`)
    .addHelpText('after', `\nOutput formats:\n${formats}\n`)
    .action(async (inputs: string[], opts: { out: string; update: boolean; joined: boolean; format?: string }) => {
      const chosen = opts.format === undefined ? undefined : parseFormats(opts.format, 'build');
      const summary = await runBuild(inputs, { out: opts.out, update: opts.update, joined: opts.joined, ...(chosen ? { formats: chosen } : {}) });
      if (summary.documents === 0) {
        printLine(`newsgraph: build: no document could be read; nothing written to ${opts.out}`);
        process.exitCode = 1;
        return;
      }
      const failed = summary.errors.length ? `, ${summary.errors.length} input error(s)` : '';
      const replaced = summary.replaced ? ` (${summary.replaced} replaced)` : '';
      const triples = summary.triples ? `, ${summary.triples} triples` : '';
      process.stdout.write(
        `newsgraph build: ${summary.documents} documents${replaced}, ${summary.entities} entities, ${summary.relations} relations, ${summary.events} events` +
          `${triples}${failed} -> ${summary.out}/\n`,
      );
    });
}
