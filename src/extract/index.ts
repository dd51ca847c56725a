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
import { readAhead } from './steps/01-tokens.ts';
import type { WinkPass } from './nlp.ts';

export type { ExtractContext, ExtractStep, Mention } from './context.ts';
export { EXTRACT_STEPS, type StepId } from './steps/index.ts';
export { readAhead } from './steps/01-tokens.ts';

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
  /** The wink pass of the document's text, run ahead by `readAhead` (null or absent: step 01 runs it). */
  winkPass?: WinkPass | null;
}

let projectGazetteer: Gazetteer | null = null;

/** The project's gazetteer (ontology/gazetteer, loaded, validated and indexed once per process). */
export function defaultGazetteer(): Gazetteer {
  projectGazetteer ??= loadGazetteer();
  return projectGazetteer;
}

/** A fresh context for `doc`: the inputs set, every layer empty. */
export function createContext(doc: Document, options: Pick<ExtractOptions, 'gazetteer' | 'lexicon' | 'winkPass'> = {}): ExtractContext {
  return {
    doc,
    winkPass: options.winkPass ?? null,
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
 * How many documents `extractDocuments` reads ahead at a time (`readAhead`), and the most text they may hold
 * together: past either, a batch ends.
 */
export const READ_AHEAD_DOCUMENTS = 32;
export const READ_AHEAD_CHARS = 1_000_000;

/**
 * The batches of `docs` that `extractDocuments` reads ahead: consecutive documents, at most `READ_AHEAD_DOCUMENTS`
 * of them and (unless one document is larger alone) at most `READ_AHEAD_CHARS` characters of text together.
 */
export function readAheadBatches<T extends Document>(docs: readonly T[]): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let chars = 0;
  for (const doc of docs) {
    if (batch.length > 0 && (batch.length >= READ_AHEAD_DOCUMENTS || chars + doc.text.length > READ_AHEAD_CHARS)) {
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

/**
 * `extractDocument` of each document, in order, with the wink passes of each batch (`readAheadBatches`) run first,
 * back to back (`readAhead`): the same outputs, for less work than one document at a time.
 */
export function extractDocuments(docs: readonly Document[], options: Omit<ExtractOptions, 'winkPass'> = {}): DocumentExtraction[] {
  const out: DocumentExtraction[] = [];
  for (const batch of readAheadBatches(docs)) {
    const passes = readAhead(batch);
    batch.forEach((doc, i) => out.push(extractDocument(doc, { ...options, winkPass: passes[i] ?? null })));
  }
  return out;
}
