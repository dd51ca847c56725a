/**
 * Extraction of one document: the ordered list of named steps (steps/index.ts) over a shared context
 * (tokens -> gazetteer mentions -> recognised names -> weapon classes -> coreference -> relation rules -> closed
 * relations -> events), then within-document resolution into the output contract (`DocumentExtraction`).
 */
import type { Document } from '../ingest/types.ts';
import type { GazetteerEntry } from '../domain/gazetteer/types.ts';
import { Gazetteer, gazetteerIndex, loadGazetteer } from '../domain/gazetteer/index.ts';
import type { ExtractContext, ExtractStep } from './context.ts';
import type { DocumentExtraction } from './types.ts';
import { defaultLexicon, type Lexicon } from './lexicon.ts';
import { EXTRACT_STEPS, type StepId } from './steps/index.ts';
import { resolveDocument } from './resolve/index.ts';

export type { ExtractContext, ExtractStep, Mention } from './context.ts';
export { EXTRACT_STEPS, type StepId } from './steps/index.ts';

/** The index of step `id` in `EXTRACT_STEPS`. */
function stepIndex(id: StepId): number {
  return EXTRACT_STEPS.findIndex((step) => step.id === id);
}

/** The steps that run before step `id` (they prepare the context it reads). */
export function stepsBefore(id: StepId): readonly ExtractStep[] {
  return EXTRACT_STEPS.slice(0, stepIndex(id));
}

/** Step `id` and every step after it. */
export function stepsFrom(id: StepId): readonly ExtractStep[] {
  return EXTRACT_STEPS.slice(stepIndex(id));
}

/** The step with id `id`. */
export function stepById(id: StepId): ExtractStep {
  return EXTRACT_STEPS[stepIndex(id)] as ExtractStep;
}

/** The mention layer: every step before the syntactic layer and the relation view. */
export const MENTION_STEPS: readonly ExtractStep[] = stepsBefore('09-syntax');

/** Options of `extractDocument`. */
export interface ExtractOptions {
  /** Gazetteer to use, or entries to index as given (default: the project's ontology/gazetteer). */
  gazetteer?: Gazetteer | readonly GazetteerEntry[];
  /** Compiled lexicon to use (default: the project's ontology/lexicon). */
  lexicon?: Lexicon;
  /** Steps to run (default `EXTRACT_STEPS`); tests run the mention layer alone, or the steps before one step. */
  steps?: readonly ExtractStep[];
}

let projectGazetteer: Gazetteer | null = null;

/** The project's gazetteer (ontology/gazetteer, loaded, validated and indexed once per process). */
export function defaultGazetteer(): Gazetteer {
  projectGazetteer ??= loadGazetteer();
  return projectGazetteer;
}

/** A fresh context for `doc`: the inputs set, every layer empty. */
export function createContext(doc: Document, options: Pick<ExtractOptions, 'gazetteer' | 'lexicon'> = {}): ExtractContext {
  return {
    doc,
    gazetteer: options.gazetteer instanceof Gazetteer ? options.gazetteer : options.gazetteer ? gazetteerIndex(options.gazetteer) : defaultGazetteer(),
    lexicon: options.lexicon ?? defaultLexicon(),
    tokens: [],
    sentences: [],
    lexemeIds: null,
    tokenKeys: [],
    mentions: [],
    entityInfo: new Map(),
    syntax: null,
    view: null,
    candidates: [],
    decisions: [],
    roles: null,
    relations: [],
    statedRelations: [],
    events: [],
  };
}

/** Runs the steps over a document and returns the context (for tests, `--explain` and the relation rules). */
export function runSteps(doc: Document, options: ExtractOptions = {}): ExtractContext {
  const context = createContext(doc, options);
  for (const step of options.steps ?? EXTRACT_STEPS) step.run(context);
  return context;
}

/** Extracts entities and relations from one document (the output contract of `newsgraph extract`). */
export function extractDocument(doc: Document, options: ExtractOptions = {}): DocumentExtraction {
  return resolveDocument(runSteps(doc, options));
}

/**
 * How many documents `extractBatch` takes at a time in `extractDocuments` (and `newsgraph extract`), and the most
 * text they may hold together: past either, a batch ends.
 */
export const BATCH_DOCUMENTS = 32;
export const BATCH_CHARS = 1_000_000;

/**
 * `docs` cut into batches for `extractBatch`: consecutive documents, at most `BATCH_DOCUMENTS` of them and (unless one
 * document is larger alone) at most `BATCH_CHARS` characters of text together.
 */
export function extractionBatches<T extends Document>(docs: readonly T[]): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let chars = 0;
  for (const doc of docs) {
    if (batch.length > 0 && (batch.length >= BATCH_DOCUMENTS || chars + doc.text.length > BATCH_CHARS)) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(doc);
    chars += doc.text.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** The extraction of one document of a batch, or what stopped it. */
export type BatchResult = { ok: true; extraction: DocumentExtraction } | { ok: false; error: unknown };

/**
 * The extractions of a batch of documents, step by step: each step runs over every document of the batch before the
 * next step starts (the steps keep all their state in the context, so the order across documents changes nothing),
 * then each context is resolved. One step's code and tables then serve the whole batch while they are in the
 * processor caches, where one document at a time runs through all of the pipeline's code between two uses: 17-33%
 * less CPU than `extractDocument` on each document in turn (README, Speed, session 13), for the same outputs. A document whose step throws gets
 * the error as its result and skips its later steps; the others go on.
 */
export function extractBatch(docs: readonly Document[], options: ExtractOptions = {}): BatchResult[] {
  const contexts = docs.map((doc) => createContext(doc, options));
  const errors: unknown[] = docs.map(() => undefined);
  const failed = new Uint8Array(docs.length);
  for (const step of options.steps ?? EXTRACT_STEPS) {
    contexts.forEach((context, i) => {
      if (failed[i]) return;
      try {
        step.run(context);
      } catch (error) {
        failed[i] = 1;
        errors[i] = error;
      }
    });
  }
  return contexts.map((context, i): BatchResult => {
    if (failed[i]) return { ok: false, error: errors[i] };
    try {
      return { ok: true, extraction: resolveDocument(context) };
    } catch (error) {
      return { ok: false, error };
    }
  });
}

/**
 * `extractDocument` of each document, in order, computed batch by batch (`extractionBatches`, `extractBatch`): the same
 * outputs for less work. Throws the error of the first document that fails, as a loop over `extractDocument` would.
 */
export function extractDocuments(docs: readonly Document[], options: ExtractOptions = {}): DocumentExtraction[] {
  const out: DocumentExtraction[] = [];
  for (const batch of extractionBatches(docs)) {
    for (const result of extractBatch(batch, options)) {
      if (!result.ok) throw result.error;
      out.push(result.extraction);
    }
  }
  return out;
}
