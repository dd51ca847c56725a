/**
 * `newsgraph extract <files or folders...> [--out <dir>] [--explain] [--max-size <size>]`:
 * ingests each article, extracts entities and relations, and writes `<dir>/<file name without extension>.json`
 * (the `DocumentExtraction` contract) atomically; with one input and no --out the JSON goes to stdout.
 * Bad inputs get one line each on stderr and do not stop the others; the exit code is 1 only when no input
 * could be processed.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { InputError, UsageError } from '../../errors.ts';
import { removeStaleTemps, writeFileAtomic } from '../../util/atomic.ts';
import { ensureWritableFolder } from '../../output/index.ts';
import { DEFAULT_READ_OPTIONS, ingestFile } from '../../ingest/index.ts';
import type { Document } from '../../ingest/types.ts';
import { BATCH_CHARS, BATCH_DOCUMENTS, type BatchResult, extractBatch, runSteps } from '../../extract/index.ts';
import { explainDecision } from '../../extract/relations/decision.ts';
import type { DocumentExtraction } from '../../extract/types.ts';
import { expandInputs, parseSize } from '../inputs.ts';
import { printLine } from '../stderr.ts';
import { escapeControl } from '../../util/display.ts';

/** Options of the extract command, as commander hands them over. */
export interface ExtractCommandOptions {
  out?: string;
  explain?: boolean;
  maxSize?: string;
  languageCheck?: boolean;
}

/** What one run did. */
export interface ExtractSummary {
  written: number;
  failed: number;
  skipped: number;
}

/** The contract object for one document, fields in contract order. */
function toContract(doc: Document, extraction: DocumentExtraction): DocumentExtraction {
  return {
    document: {
      id: doc.id,
      title: extraction.document.title ?? doc.title,
      published: extraction.document.published ?? doc.published,
      source: extraction.document.source ?? doc.source,
      byline: extraction.document.byline ?? doc.byline,
    },
    entities: extraction.entities,
    relations: extraction.relations,
    events: extraction.events,
  };
}

/** Lines for --explain: which lines were dropped and why. */
function explainLines(doc: Document): string[] {
  const lines = [`${doc.path}: kept ${doc.text.length} characters; dropped ${doc.dropped.length} line(s)`];
  for (const d of doc.dropped) lines.push(`  line ${d.line} (${d.reason}): ${d.text.length > 100 ? `${d.text.slice(0, 97)}...` : d.text}`);
  return lines;
}

/**
 * Lines for --explain: every candidate the rules proposed, kept or dropped, with its features and the weights that
 * scored it; then which rule produced each relation (before within-document resolution).
 */
function explainRelations(doc: Document): string[] {
  const context = runSteps(doc);
  const lines = [`${doc.path}: ${context.decisions.length} candidate(s), ${context.decisions.filter((d) => d.kept).length} kept`];
  for (const d of context.decisions) {
    const sentence = context.sentences[d.candidate.sentence];
    const text = sentence ? doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ') : '';
    lines.push(`  ${explainDecision(d)} <- "${text.length > 70 ? `${text.slice(0, 67)}...` : text}"`);
  }
  lines.push(`${doc.path}: ${context.relations.length} relation(s)`);
  for (const r of context.relations) {
    const evidence = doc.text.slice(r.evidence.start, r.evidence.end).replace(/\s+/g, ' ');
    lines.push(`  ${r.rule}: ${r.subject} ${r.predicate} ${r.object}${r.count !== null ? ` (count ${r.count})` : ''}` +
      `${r.addressee?.length ? ` [addressee ${r.addressee.join(', ')}]` : ''} <- "${evidence.length > 90 ? `${evidence.slice(0, 87)}...` : evidence}"`);
  }
  return lines;
}

/**
 * Runs the command.
 * 1. options and inputs (usage errors before any output);
 * 2. per file: ingest, extract, write atomically (or collect for stdout); bad inputs reported and skipped;
 * 3. summary and exit code.
 */
export async function runExtract(inputs: string[], options: ExtractCommandOptions): Promise<ExtractSummary> {
  const stderr = printLine;
  // 1. options and inputs
  let maxBytes = DEFAULT_READ_OPTIONS.maxBytes;
  if (options.maxSize !== undefined) {
    const parsed = parseSize(options.maxSize);
    if (parsed === null) throw new UsageError(`extract --max-size: cannot read "${options.maxSize}"; expected a size such as 5MB, 500kB or 1048576`);
    maxBytes = parsed;
  }
  if (options.out && existsSync(options.out) && !statSync(options.out).isDirectory()) {
    throw new UsageError(`extract --out: ${options.out} is a file; expected a folder (it is created when missing)`);
  }
  const expanded = expandInputs(inputs);
  if (!options.out && expanded.files.length > 1) {
    throw new UsageError(`extract: ${expanded.files.length} input files need --out <dir>; expected one file, or --out`);
  }
  // An unwritable --out is reported now, not after every article was extracted; temporary files of a killed run go.
  if (options.out && expanded.files.length > 0) {
    ensureWritableFolder(options.out, 'extract --out');
    removeStaleTemps(options.out);
  }
  for (const error of expanded.errors) stderr(`newsgraph: ${error.message}`);
  for (const note of expanded.notes) stderr(`newsgraph: note: ${note}`);

  // 2. per file
  const summary: ExtractSummary = { written: 0, failed: expanded.errors.length, skipped: expanded.notes.length };
  const usedIds = new Map<string, string>();
  const showProgress = Boolean(options.out && process.stderr.isTTY && expanded.files.length > 1 && !options.explain);
  const bar = showProgress
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'extract [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(expanded.files.length, 0, { file: '' });
  const problems: string[] = [];
  const report = (line: string) => (bar ? problems.push(line) : stderr(line));
  /** Reports the failure of one input (an unreadable article, or one extraction could not process). */
  const fail = (file: string, error: unknown): void => {
    summary.failed++;
    if (error instanceof InputError) report(`newsgraph: ${error.message}`);
    else {
      const message = error instanceof Error ? error.message : String(error);
      report(`newsgraph: ${file}: extraction failed (${message}); expected a processable article`);
      if (process.env.NEWSGRAPH_DEBUG) console.error(error);
    }
  };
  // The files go in batches: each batch is read (and its output names checked) in order, extracted step by step
  // (`extractBatch`: less work than one article at a time), then each article is written (or its failure reported)
  // in order. Outputs and messages are those of one file at a time.
  const files = expanded.files;
  for (let next = 0; next < files.length; ) {
    const batch: Array<{ file: string; doc: Document | null; error: unknown }> = [];
    let chars = 0;
    while (next < files.length && batch.length < BATCH_DOCUMENTS && chars < BATCH_CHARS) {
      const file = files[next++] as string;
      try {
        const doc = ingestFile(file, { maxBytes, ...(options.languageCheck === false ? { checkLanguage: false } : {}) });
        const other = usedIds.get(doc.id);
        if (other) throw new InputError(file, `output name ${doc.id}.json is already used by ${other}; expected distinct file names`);
        usedIds.set(doc.id, file);
        batch.push({ file, doc, error: null });
        chars += doc.text.length;
      } catch (error) {
        batch.push({ file, doc: null, error });
      }
    }
    const docs = batch.flatMap((item) => (item.doc ? [item.doc] : []));
    const results = new Map<Document, BatchResult>();
    extractBatch(docs).forEach((result, i) => results.set(docs[i] as Document, result));
    for (const { file, doc, error } of batch) {
      bar?.increment(0, { file: escapeControl(file) });
      try {
        if (!doc) throw error;
        if (options.explain) for (const line of [...explainLines(doc), ...explainRelations(doc)]) stderr(line);
        const result = results.get(doc);
        if (!result?.ok) throw result?.error;
        const json = `${JSON.stringify(toContract(doc, result.extraction), null, 2)}\n`;
        if (options.out) writeFileAtomic(join(options.out, `${doc.id}.json`), json);
        else process.stdout.write(json);
        summary.written++;
      } catch (caught) {
        fail(file, caught);
      }
      bar?.increment(1);
    }
  }
  bar?.stop();
  for (const line of problems) stderr(line);

  // 3. summary and exit code
  if (options.out) {
    stderr(`newsgraph extract: wrote ${summary.written} of ${expanded.files.length + expanded.errors.length} input(s) to ${options.out}` +
      (summary.failed ? `; ${summary.failed} failed` : '') + (summary.skipped ? `; ${summary.skipped} skipped` : ''));
  }
  if (summary.written === 0) process.exitCode = 1;
  return summary;
}

/** Registers `newsgraph extract` on the program. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations from articles (.txt, .md, .html) into JSON, one file per article')
    .argument('<inputs...>', 'article files or folders of them')
    .option('-o, --out <dir>', 'folder for <name>.json outputs (required for several inputs; stdout otherwise)')
    .option('--explain', 'print on stderr the lines dropped as site furniture (and why) and the rule behind each relation')
    .option('--max-size <size>', `largest input file accepted (default ${DEFAULT_READ_OPTIONS.maxBytes / 1024 / 1024}MB)`)
    .option('--no-language-check', 'accept articles that do not look English')
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      await runExtract(inputs, options);
    });
}
