/**
 * Child process of the "scale" bench (bench/scale.ts), so that each build's peak memory is its own:
 *   scale-child.ts build <cache.ndjson> <size> <out>            build the first <size> extractions into <out>
 *   scale-child.ts update <cache.ndjson> <from> <count> <out>    add extractions [from, from + count) to <out>
 *   scale-child.ts summary <dir>                                 what `serve` does for the explorer on a built graph:
 *                                                                its summary (time, bytes) and the busiest edge's and
 *                                                                event's panel answers (relations, documents, event)
 * Prints one JSON line: times, peak RSS, file sizes, counts and the triples by predicate; for an update, the bytes the
 * process read and wrote from the graph's read to the commit (`io`, from /proc/self/io: `rchar`/`wchar` count every
 * read and write call, cached or not; `read_bytes`/`write_bytes` what reached the disk) and its CPU over the same span
 * (`updateCpuMs`; `cpuMs` is the whole process's, the skip through the cache's first lines included).
 */
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocumentExtraction } from '../src/extract/types.ts';
import { createGraph, partialRead } from '../src/graph/build.ts';
import { graphBuilder } from '../src/graph/node.ts';
import type { KnowledgeGraph } from '../src/graph/types.ts';
import { DEFAULT_FORMATS, exportGraph, updateGraph } from '../src/output/index.ts';
import { rdfSource } from '../src/rdf/parts.ts';
import { graphJsonSource } from '../src/graph/json-parts.ts';
import { serializeGraphChunks } from '../src/graph/serialize.ts';
import { loadGraph } from '../src/query/load.ts';
import { summaryGraph } from '../src/graph/summary.ts';
import { unreadEvidenceOf } from '../src/graph/relation-days.ts';
import { unreadEventsOf } from '../src/graph/event-days.ts';
import { unreadDocumentsOf } from '../src/graph/document-days.ts';
import { quadBlocks } from '../src/rdf/quads.ts';

/** The I/O counters of this process (Linux /proc/self/io), or null elsewhere. */
function ioCounters(): Record<string, number> | null {
  if (!existsSync('/proc/self/io')) return null;
  const out: Record<string, number> = {};
  for (const line of readFileSync('/proc/self/io', 'utf8').split('\n')) {
    const [name, value] = line.split(':');
    if (name && value) out[name.trim()] = Number(value.trim());
  }
  return out;
}

/** What the process read and wrote between two readings of `ioCounters`, in MB. */
function ioDelta(before: Record<string, number> | null, after: Record<string, number> | null): Record<string, number> | null {
  if (!before || !after) return null;
  const mb = (name: string): number => Math.round(((after[name] ?? 0) - (before[name] ?? 0)) / 1e5) / 10;
  return { readMB: mb('rchar'), writtenMB: mb('wchar'), diskReadMB: mb('read_bytes'), diskWrittenMB: mb('write_bytes') };
}

/** Extractions [from, to) of the cache, streamed in batches of `batch`. */
async function* extractionBatches(path: string, from: number, to: number, batch = 2000): AsyncGenerator<DocumentExtraction[]> {
  let out: DocumentExtraction[] = [];
  let n = 0;
  // Closed when done: leaving the loop early closes the line reader but not its file, which went on reading the rest
  // of the cache in the background (hundreds of MB counted in the update's `io` as if the update had read them).
  const input = createReadStream(path);
  try {
    for await (const line of createInterface({ input })) {
      if (n >= to) break;
      if (n >= from) out.push(JSON.parse(line) as DocumentExtraction);
      n += 1;
      if (out.length >= batch) {
        yield out;
        out = [];
      }
    }
  } finally {
    input.destroy();
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
  // graph.json likewise: its pieces' total (src/graph/json-parts.ts).
  const json = graphJsonSource(dir);
  if (json) sizes['graph.json'] ??= json.bytes;
  return sizes;
}

/**
 * The explorer's side of `serve` on a built graph: load it as serve does, make and serialise the summary it sends as
 * /graph.json, then answer what the panels of the busiest relation edge and event ask (each answer serialised as the
 * server sends it; documents in batches of 100, as the explorer asks them).
 */
async function summaryReport(dir: string): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const api = await loadGraph(dir, { mentions: false });
  const loaded = performance.now();
  const cpu0 = process.cpuUsage();
  let summaryBytes = 0;
  for (const chunk of serializeGraphChunks(summaryGraph(api.graph))) summaryBytes += Buffer.byteLength(chunk);
  const made = performance.now();
  const summaryCpu = process.cpuUsage(cpu0);
  // The busiest relation edge (most evidence) and event (most reports).
  let edge: { source: string; target: string; predicate: string; evidence: number } | null = null;
  api.graph.forEachEdge((_key, attributes, source, target) => {
    if (attributes.kind === 'relation' && (!edge || attributes.evidence.length > edge.evidence)) edge = { source, target, predicate: attributes.predicate, evidence: attributes.evidence.length };
  });
  let event: { key: string; reports: number } | null = null;
  api.graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'event' && (!event || attributes.reports.length > event.reports)) event = { key, reports: attributes.reports.length };
  });
  const busiest = edge as { source: string; target: string; predicate: string; evidence: number } | null;
  const busiestEvent = event as { key: string; reports: number } | null;
  const timed = (task: () => unknown): { ms: number; bytes: number } => {
    const started = performance.now();
    const bytes = Buffer.byteLength(JSON.stringify(task()));
    return { ms: performance.now() - started, bytes };
  };
  const panel = (ids: string[]): { ms: number; bytes: number; requests: number } => {
    let ms = 0;
    let bytes = 0;
    let requests = 0;
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += 100) {
      const answer = timed(() => api.documents(unique.slice(start, start + 100)));
      ms += answer.ms;
      bytes += answer.bytes;
      requests += 1;
    }
    return { ms, bytes, requests };
  };
  const relation = busiest ? api.relations({ subject: busiest.source, predicate: busiest.predicate as never, object: busiest.target })[0] : undefined;
  const full = busiestEvent ? api.event(busiestEvent.key) : undefined;
  return {
    loadMs: loaded - t0,
    summaryMs: made - loaded,
    summaryCpuMs: (summaryCpu.user + summaryCpu.system) / 1000,
    summaryBytes,
    graphJsonBytes: graphJsonSource(dir)?.bytes ?? 0,
    edge: busiest,
    relations: busiest ? timed(() => api.relations({ subject: busiest.source, predicate: busiest.predicate as never, object: busiest.target })) : null,
    // what the paged panel asks: the first page (its order and outlets made once per relation), then a later page
    evidenceFirstPage: busiest ? timed(() => api.evidence(busiest.source, busiest.predicate as never, busiest.target)) : null,
    evidenceLaterPage: busiest ? timed(() => api.evidence(busiest.source, busiest.predicate as never, busiest.target, { offset: 5000 })) : null,
    edgeDocuments: relation ? panel(relation.evidence.map((record) => record.document)) : null,
    event: busiestEvent,
    eventAnswer: busiestEvent ? timed(() => api.event(busiestEvent.key)) : null,
    eventDocuments: full ? panel(full.reports.map((report) => report.document)) : null,
  };
}

const [mode, cache, a, b, c] = process.argv.slice(2) as [string, string, string, string, string | undefined];
let report: Record<string, unknown>;
if (mode === 'summary') {
  report = await summaryReport(cache);
} else if (mode === 'build') {
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
  const ioBefore = ioCounters();
  // The update's own CPU, over the same span as `io`: the process's total also holds the skip through the cache's
  // first `a` lines (node:readline over hundreds of MB at 100,000) and the start-up.
  const cpuBefore = process.cpuUsage();
  // As `build --update` does: the graph read in part when it can (src/output `updateGraph`), the batch added.
  const { graph, changedDays, changedKeys, changedEvidence, partial, wholeBecause, readMs, addCpuMs } = await updateGraph(c as string, extractions, DEFAULT_FORMATS);
  const added = performance.now();
  const readAndAdd = process.cpuUsage(cpuBefore);
  const exportCpu = process.cpuUsage();
  const unread = partialRead(graph)?.skipped.length ?? 0;
  const exported = await exportGraph(graph, c as string, { changedDays, changedKeys, changedEvidence });
  const io = ioDelta(ioBefore, ioCounters());
  const updateCpu = process.cpuUsage(cpuBefore);
  report = {
    io,
    updateCpuMs: Math.round((updateCpu.user + updateCpu.system) / 1000),
    // Of it: the graph's read (both reads after a fall-back to the whole graph, with the first addition) and the export.
    readCpuMs: Math.round((readAndAdd.user + readAndAdd.system) / 1000 - addCpuMs),
    exportCpuMs: Math.round(((u) => (u.user + u.system) / 1000)(process.cpuUsage(exportCpu))),
    ms: performance.now() - read,
    loadMs: readMs,
    addMs: added - read - readMs,
    addCpuMs,
    partial,
    wholeBecause,
    unreadParts: unread,
    // Days whose relation evidence the update left unread (src/graph/relation-days.ts); `evidence` below counts the
    // records read, not those of these days.
    unreadEvidenceDays: unreadEvidenceOf(graph)?.days.size ?? 0,
    // Events left unread (src/graph/event-days.ts), with the event parts of both sections; `events` counts those read.
    unreadEvents: unreadEventsOf(graph)?.events.size ?? 0,
    unreadEventParts: ((u) => (u ? u.nodes.length + u.edges.length : 0))(unreadEventsOf(graph)),
    // Documents whose node line the update left unread (src/graph/document-days.ts); `documents` counts those read.
    unreadDocuments: unreadDocumentsOf(graph)?.days.size ?? 0,
    exportMs: performance.now() - added,
    formatMs: exported.ms,
    triples: exported.triples,
    ...counts(graph),
    files: files(c as string),
  };
}
report.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const cpu = process.cpuUsage();
report.cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify(report)}\n`);
