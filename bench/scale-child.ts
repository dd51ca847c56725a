/**
 * Child process of the "scale" bench (bench/scale.ts), so that each build's peak memory is its own:
 *   scale-child.ts build <cache.ndjson> <size> <out>            build the first <size> extractions into <out>
 *   scale-child.ts update <cache.ndjson> <from> <count> <out>    add extractions [from, from + count) to <out>
 * Prints one JSON line: times, peak RSS, file sizes, counts and the triples by predicate.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocumentExtraction } from '../src/extract/types.ts';
import { createGraph } from '../src/graph/build.ts';
import { graphBuilder } from '../src/graph/node.ts';
import type { KnowledgeGraph } from '../src/graph/types.ts';
import { addForUpdate, exportGraph } from '../src/output/index.ts';
import { importGraph } from '../src/rdf/files.ts';
import { rdfSource } from '../src/rdf/parts.ts';
import { quadBlocks } from '../src/rdf/quads.ts';

/** Extractions [from, to) of the cache, streamed in batches of `batch`. */
async function* extractionBatches(path: string, from: number, to: number, batch = 2000): AsyncGenerator<DocumentExtraction[]> {
  let out: DocumentExtraction[] = [];
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (n >= to) break;
    if (n >= from) out.push(JSON.parse(line) as DocumentExtraction);
    n += 1;
    if (out.length >= batch) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}

/** Extractions [from, to) of the cache, all at once. */
async function readExtractions(path: string, from: number, to: number): Promise<DocumentExtraction[]> {
  const out: DocumentExtraction[] = [];
  for await (const batch of extractionBatches(path, from, to)) out.push(...batch);
  return out;
}

function counts(graph: KnowledgeGraph): Record<string, number> {
  let entities = 0;
  let documents = 0;
  let events = 0;
  let reports = 0;
  let relations = 0;
  let evidence = 0;
  graph.forEachNode((_key, a) => {
    if (a.kind === 'entity') entities += 1;
    else if (a.kind === 'document') documents += 1;
    else {
      events += 1;
      reports += a.reports.length;
    }
  });
  graph.forEachEdge((_key, a) => {
    if (a.kind !== 'relation') return;
    relations += 1;
    evidence += a.evidence.length;
  });
  return { entities, documents, events, reports, relations, evidence };
}

function profile(graph: KnowledgeGraph): Record<string, number> {
  const byPredicate: Record<string, number> = {};
  for (const block of quadBlocks(graph)) for (const q of block) byPredicate[q.predicate.value] = (byPredicate[q.predicate.value] ?? 0) + 1;
  return byPredicate;
}

/** Bytes of each output: the files of the folder, and each RDF syntax under its joined file's name (its parts' total). */
function files(dir: string): Record<string, number> {
  const sizes = Object.fromEntries(readdirSync(dir).filter((f) => f.startsWith('graph.')).map((f) => [f, statSync(join(dir, f)).size]));
  for (const format of ['turtle', 'ntriples', 'trig'] as const) {
    const source = rdfSource(dir, format);
    if (source) sizes[basename(source.label)] ??= source.bytes;
  }
  return sizes;
}

const [mode, cache, a, b, c] = process.argv.slice(2) as [string, string, string, string, string | undefined];
let report: Record<string, unknown>;
if (mode === 'build') {
  // The cache is in document-id order, so feeding it batch by batch to one builder, whose aggregates are computed once
  // at the end, gives the graph buildGraph would (which adds in id order), without holding every extraction at once.
  const read = performance.now();
  const graph = createGraph();
  const builder = graphBuilder(graph);
  for await (const batch of extractionBatches(cache, 0, Number(a))) builder.add(batch);
  builder.finish();
  const built = performance.now();
  const exported = await exportGraph(graph, b);
  report = {
    ms: performance.now() - read,
    buildMs: built - read,
    exportMs: performance.now() - built,
    triples: exported.triples,
    quads: exported.quads,
    formatMs: exported.ms,
    ...counts(graph),
    files: files(b),
    byPredicate: profile(graph),
  };
} else {
  const extractions = await readExtractions(cache, Number(a), Number(a) + Number(b));
  const read = performance.now();
  const graph = await importGraph(c as string);
  const loaded = performance.now();
  const cpuBefore = process.cpuUsage();
  const { changedDays, changedKeys } = addForUpdate(graph, extractions);
  const added = performance.now();
  const addCpu = process.cpuUsage(cpuBefore);
  const exported = await exportGraph(graph, c as string, { changedDays, changedKeys });
  report = { ms: performance.now() - read, loadMs: loaded - read, addMs: added - loaded, addCpuMs: (addCpu.user + addCpu.system) / 1000, exportMs: performance.now() - added, formatMs: exported.ms, triples: exported.triples, ...counts(graph), files: files(c as string) };
}
report.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const cpu = process.cpuUsage();
report.cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify(report)}\n`);
