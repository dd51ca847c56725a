/**
 * Building a queryable graph in memory from article texts, without touching the disk:
 * ingest (clean text, metadata) -> extract (entities, relations) -> graph (merge across documents) -> NewsGraph.
 */
import { UsageError } from '../errors.ts';
import type { DocumentFormat } from '../ingest/types.ts';
import { ingestText } from '../ingest/index.ts';
import { extractDocument } from '../extract/index.ts';
import { buildGraph } from '../graph/node.ts';
import { NewsGraph } from './news-graph.ts';

/** One article to build from. */
export interface TextInput {
  /** Document id, unique among the inputs. */
  id: string;
  text: string;
  /** Input format (default 'txt'). */
  format?: DocumentFormat;
}

/** Options of `buildGraphFromTexts`. */
export interface FromTextsOptions {
  /** Reject texts that are not English (default true, as in `newsgraph build`). */
  checkLanguage?: boolean;
  /** "Today", for datelines without a year (default: now). */
  now?: Date;
}

/**
 * Builds a NewsGraph from article texts in memory, with the same pipeline as `newsgraph build`.
 * @throws UsageError for duplicate ids; InputError for a text that is empty or not English
 */
export function buildGraphFromTexts(inputs: readonly TextInput[], options: FromTextsOptions = {}): NewsGraph {
  // 1. Inputs.
  const ids = new Set<string>();
  for (const input of inputs) {
    if (typeof input.id !== 'string' || input.id === '') throw new UsageError('buildGraphFromTexts: an input has no id; expected { id, text }');
    if (ids.has(input.id)) throw new UsageError(`buildGraphFromTexts: duplicate id "${input.id}"; expected unique document ids`);
    ids.add(input.id);
  }
  // 2. Ingest and extract each text, then merge them into one graph.
  const extractions = inputs.map((input) => {
    const doc = ingestText(input.text, { id: input.id, format: input.format ?? 'txt', checkLanguage: options.checkLanguage, now: options.now });
    return extractDocument(doc);
  });
  return new NewsGraph(buildGraph(extractions));
}
