/**
 * Builds and updates as the CLI does them, for the tests of the build folder's parts (shards.test.ts,
 * json-parts.test.ts): a fresh build, and `build --update` with what it changed (RDF days, graph.json keys).
 */
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { addExtractions, buildGraph } from '../../src/graph/build.ts';
import { DEFAULT_FORMATS, exportGraph, updateGraph, type OutputFormat, type UpdateChanges } from '../../src/output/index.ts';

/** A fresh build of `extractions` into `dir` (in `formats`, default the CLI's). */
export async function build(dir: string, extractions: DocumentExtraction[], options: { formats?: readonly OutputFormat[] } = {}): Promise<void> {
  await exportGraph(buildGraph(extractions), dir, { formats: options.formats });
}

/**
 * `build --update` of `dir` with `extractions`, as the CLI does it (the graph read in part when it can, see
 * src/output `updateGraph`); returns the days and keys it rewrote.
 */
export async function update(dir: string, extractions: DocumentExtraction[], options: { formats?: readonly OutputFormat[] } = {}): Promise<UpdateChanges> {
  const formats = options.formats ?? DEFAULT_FORMATS;
  const { graph, ...changes } = await updateGraph(dir, extractions, formats, addExtractions);
  await exportGraph(graph, dir, { formats, changedDays: changes.changedDays, changedKeys: changes.changedKeys, changedEvidence: changes.changedEvidence });
  return changes;
}

