/**
 * Shared by the tests of an update that leaves parts of graph.json unread (evidence-unread, events-unread): the output
 * files compared, the formats written, the batch merge, the sidecars read, and the check that an update's folder is
 * byte-identical to a fresh build of the same articles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { addExtractions, buildGraph } from '../../src/graph/build.ts';
import { JSON_DOCUMENTS, JSON_EVENTS, JSON_MENTIONS_INDEX, JSON_RELATIONS, JSON_TALLIES } from '../../src/graph/json-parts.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { currentGeneration, exportGraph, type updateGraph } from '../../src/output/index.ts';
import { JSON_PARTS_FOLDER } from '../../src/output/writers/json.ts';
import { TEST_KNOWLEDGE } from '../graph/event-fixture.ts';
import { outputText } from '../rdf/helpers.ts';

export const FILES = ['graph.json', 'graph.nt', 'graph.ttl', 'graph.trig'];
export const FORMATS = ['json', 'ttl', 'nt', 'trig'] as const;

/** Adds a batch with the test gazetteer knowledge. */
export const add = (graph: KnowledgeGraph, extractions: readonly DocumentExtraction[]) => addExtractions(graph, extractions, { knowledge: TEST_KNOWLEDGE });

/** The articles of `before` that `later` does not replace, then `later`. */
export const merged = (before: DocumentExtraction[], later: DocumentExtraction[]): DocumentExtraction[] => [
  ...before.filter((a) => !later.some((b) => b.document.id === a.document.id)),
  ...later,
];

/** The sidecar files of the folder's current generation, as text. */
export function sidecars(dir: string): string[] {
  const folder = join(currentGeneration(dir) as string, JSON_PARTS_FOLDER);
  return [JSON_MENTIONS_INDEX, JSON_TALLIES, JSON_RELATIONS, JSON_EVENTS, JSON_DOCUMENTS].map((name) => readFileSync(join(folder, name), 'utf8'));
}

/** Writes the update into `dir`, builds `articles` afresh into `fresh`, and expects every output and sidecar equal. */
export async function expectSameAsFresh(updated: Awaited<ReturnType<typeof updateGraph>>, dir: string, fresh: string, articles: DocumentExtraction[]): Promise<void> {
  await exportGraph(updated.graph, dir, { changedDays: updated.changedDays, changedKeys: updated.changedKeys, changedEvidence: updated.changedEvidence });
  await exportGraph(buildGraph(articles, { knowledge: TEST_KNOWLEDGE }), fresh);
  for (const file of FILES) expect(outputText(dir, file), file).toBe(outputText(fresh, file));
  expect(sidecars(dir)).toEqual(sidecars(fresh));
}
