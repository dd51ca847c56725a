/**
 * Extraction of one document: an ordered list of named steps over a shared context
 * (tokens -> gazetteer mentions -> recognised names -> weapon classes -> coreference -> relation rules),
 * then within-document resolution into the output contract (`DocumentExtraction`).
 */
import type { Document } from '../ingest/types.ts';
import type { GazetteerEntry } from '../domain/gazetteer/types.ts';
import { loadGazetteer } from '../domain/gazetteer/index.ts';
import type { ExtractContext, ExtractStep, GazetteerLookup } from './context.ts';
import type { DocumentExtraction } from './types.ts';
import { tokensStep } from './steps/01-tokens.ts';
import { gazetteerStep } from './steps/02-gazetteer.ts';
import { namesStep } from './steps/03-names.ts';
import { genericStep } from './steps/04-generic.ts';
import { corefStep } from './steps/05-coref.ts';
import { resolveDocument } from './resolve/index.ts';
import { relationSteps } from './relations/index.ts';

export type { ExtractContext, ExtractStep, Mention } from './context.ts';

/** The mention layer: every step before the relation rules, in order. */
export const MENTION_STEPS: readonly ExtractStep[] = [tokensStep, gazetteerStep, namesStep, genericStep, corefStep];

/** Every step of extraction, in order: the mention layer, then the relation rules. */
export const EXTRACT_STEPS: readonly ExtractStep[] = [...MENTION_STEPS, ...relationSteps];

/** Options of `extractDocument`. */
export interface ExtractOptions {
  /** Gazetteer entries to use (default: the project's ontology/gazetteer). */
  gazetteer?: readonly GazetteerEntry[];
  /** Steps to run (default `EXTRACT_STEPS`); tests run the mention layer alone. */
  steps?: readonly ExtractStep[];
}

/** Builds a gazetteer lookup over a list of entries (cached per list). */
const lookups = new WeakMap<readonly GazetteerEntry[], GazetteerLookup>();
export function gazetteerLookup(entries: readonly GazetteerEntry[]): GazetteerLookup {
  let lookup = lookups.get(entries);
  if (!lookup) {
    const byId = new Map(entries.map((e) => [e.id, e]));
    lookup = { entries, get: (id: string) => byId.get(id) };
    lookups.set(entries, lookup);
  }
  return lookup;
}

let projectEntries: readonly GazetteerEntry[] | null = null;

/** The project's gazetteer entries (loaded once per process). */
export function defaultGazetteer(): readonly GazetteerEntry[] {
  projectEntries ??= loadGazetteer().entries();
  return projectEntries;
}

/** Runs the steps over a document and returns the context (for tests, `--explain` and the relation rules). */
export function runSteps(doc: Document, options: ExtractOptions = {}): ExtractContext {
  const context: ExtractContext = {
    doc,
    tokens: [],
    sentences: [],
    mentions: [],
    relations: [],
    gazetteer: gazetteerLookup(options.gazetteer ?? defaultGazetteer()),
    entityInfo: new Map(),
  };
  for (const step of options.steps ?? EXTRACT_STEPS) step.run(context);
  return context;
}

/** Extracts entities and relations from one document (the output contract of `newsgraph extract`). */
export function extractDocument(doc: Document, options: ExtractOptions = {}): DocumentExtraction {
  return resolveDocument(runSteps(doc, options));
}
