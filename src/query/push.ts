/**
 * `push`: sends a built graph's TriG export (one named graph per article, plus the entities in the default graph)
 * to a remote triple store, in large batches, with retries, resumable after an interruption.
 *
 * Three ways to talk to the store (`mode`):
 * - `dataset`: SPARQL 1.1 Graph Store Protocol POST of N-Quads to the endpoint itself (no graph parameter), the
 *   dataset-level extension of Fuseki, Oxigraph, RDF4J and GraphDB: batches of `batchSize` quads spanning many
 *   article graphs, each quad keeping its graph.
 * - `graph`: plain Graph Store Protocol, one graph per request: `PUT ?graph=<iri>` (then `POST` for further
 *   chunks of a graph larger than `batchSize`). Works with every GSP endpoint, Virtuoso's
 *   /sparql-graph-crud-auth included; article graphs are small, so several requests run at once (`concurrency`).
 * - `update`: SPARQL 1.1 Update `INSERT DATA { GRAPH <g> { ... } ... }` batches of `batchSize` triples spanning
 *   many graphs, for an update endpoint (Virtuoso: /sparql-auth).
 * `auto` (default) probes the endpoint with an empty N-Quads POST and picks `dataset` when it is acknowledged
 * (2xx and not an HTML page), else `graph`.
 *
 * A push replaces what the last one sent: every graph of the export is replaced as a whole (`graph`: its first
 * chunk is a PUT; `update`: `DROP SILENT GRAPH` in the request that carries its first triples; `dataset`: a
 * `DELETE ?graph=` before them), and graphs that an earlier push to the same endpoint sent but the export no longer
 * has (removed articles, an old --default-graph) are dropped at the end. So after a push the store holds exactly
 * the export in newsgraph's graphs. The graphs sent are recorded in the state file below.
 *
 * Default-graph triples (entities, the graph header) go to the named graph `defaultGraph` (the graph's own IRI),
 * so a push never writes into a store's default graph.
 *
 * Resuming: `<dir>/push-state.jsonl` holds a header (endpoint, mode, batch size, SHA-256 of graph.trig), the graphs
 * the endpoint holds from earlier pushes (`{"graphs": [...]}`), one line per acknowledged batch with the graphs it
 * wrote, one per dropped graph, and at the end the export's graphs. A re-run with the same export, endpoint and
 * settings skips acknowledged batches; any other re-run starts over (and still knows what to drop). Sending a
 * batch twice is harmless: a graph is a set of triples (no blank nodes), and a graph is only emptied in the
 * request that carries its first triples, which any later chunk of it waits for.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StreamParser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError, NotFoundError, UsageError } from '../errors.ts';
import { rdfSource, rdfStream, type RdfSource } from '../rdf/parts.ts';
import { writeFileAtomic } from '../util/atomic.ts';
import { GRAPH_IRI } from '../rdf/vocabulary.ts';
import { bodySummary, EndpointError, HttpClient, type Credentials, type RetryLogger, type RetrySettings } from './http.ts';
import { graphFile } from './load.ts';

/** How batches are sent (see the file comment). */
export type PushMode = 'auto' | 'dataset' | 'graph' | 'update';
export const PUSH_MODES: readonly PushMode[] = ['auto', 'dataset', 'graph', 'update'];

/** Options of `pushGraph`. */
export interface PushOptions {
  /** Graph Store endpoint (dataset/graph modes) or update endpoint (update mode). */
  endpoint: string;
  /** Built graph folder holding the TriG (its parts, or graph.trig). */
  dir: string;
  mode?: PushMode;
  /** Triples per request (default 20,000). */
  batchSize?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Named graph for the default-graph triples (default: the graph's IRI). */
  defaultGraph?: string;
  /** From the environment only (see `credentialsFromEnv`). */
  credentials?: Credentials | null;
  retry?: Partial<RetrySettings>;
  /** Ignore the state file and send everything. */
  restart?: boolean;
  /** Retry and mode messages. */
  log?: RetryLogger;
  /** Called after each acknowledged batch. */
  onProgress?: (progress: PushProgress) => void;
}

/** Defaults of `PushOptions`. */
export const DEFAULT_PUSH = { mode: 'auto' as PushMode, batchSize: 20_000, concurrency: 4, defaultGraph: GRAPH_IRI };

/** Progress after each batch. */
export interface PushProgress {
  batches: number;
  triples: number;
  skippedBatches: number;
}

/** What a push did. */
export interface PushReport {
  mode: Exclude<PushMode, 'auto'>;
  /** Named graphs in the export (articles plus the default-graph block). */
  graphs: number;
  /** Triples sent in this run. */
  triples: number;
  /** Requests that carried data in this run. */
  batches: number;
  /** Batches skipped because an earlier run had them acknowledged. */
  skippedBatches: number;
  /** Triples in skipped batches. */
  skippedTriples: number;
  /** Graphs an earlier push sent that the export no longer has, dropped by this run. */
  dropped: number;
  seconds: number;
  stateFile: string;
}

/** Triples per GRAPH block inside one INSERT DATA (update mode). */
const UPDATE_BLOCK = 1_000;

/** Graphs per DROP request when update mode drops graphs no longer in the export. */
const DROP_BATCH = 100;

/** The state file's name inside the graph folder. */
export const PUSH_STATE_FILE = 'push-state.jsonl';

interface StateHeader {
  version: 1;
  endpoint: string;
  mode: Exclude<PushMode, 'auto'>;
  batchSize: number;
  defaultGraph: string;
  sha256: string;
}

/** One request's worth of data. */
interface Batch {
  id: string;
  /** Graph IRI → N-Triples lines; `first` marks the first triples of a graph in the export (it is emptied then). */
  parts: { graph: string; lines: string[]; first: boolean }[];
  triples: number;
}

/**
 * Pushes `<dir>/graph.trig` to `endpoint`. Resolves with a report once every batch is acknowledged; rejects with
 * EndpointError when a batch still fails after its retries (the acknowledged ones stay recorded for a resume).
 */
export async function pushGraph(options: PushOptions): Promise<PushReport> {
  // 1. Settings and the export.
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_PUSH.batchSize;
  const concurrency = options.concurrency ?? DEFAULT_PUSH.concurrency;
  const defaultGraph = options.defaultGraph ?? DEFAULT_PUSH.defaultGraph;
  const log = options.log ?? (() => {});
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`push: bad batch size ${batchSize}; expected a whole number >= 1`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`push: bad concurrency ${concurrency}; expected a whole number >= 1`);
  const requested = options.mode ?? DEFAULT_PUSH.mode;
  if (!PUSH_MODES.includes(requested)) throw new UsageError(`push: unknown mode "${String(requested)}"; expected ${PUSH_MODES.join(', ')}`);
  const trig = rdfSource(options.dir, 'trig');
  // No TriG: the folder check names what is missing (the folder, or graph.trig and its parts).
  if (!trig) graphFile(options.dir, 'graph.trig');
  if (!trig) throw new NotFoundError(`${options.dir}: no TriG in the graph folder; expected the output of \`newsgraph build <corpus> --out ${options.dir}\` with the trig format`);
  const sha256 = await hashSource(trig);
  const client = new HttpClient(options.credentials ?? null, options.retry, log);
  const endpoint = options.endpoint;

  // 2. Resume state: reuse it only when everything that shapes the batches is unchanged.
  //    Graphs the endpoint holds from earlier pushes are known from the state whenever it names this endpoint.
  const stateFile = join(options.dir, PUSH_STATE_FILE);
  const previous = readState(stateFile);
  const owned = previous && previous.header.endpoint === endpoint ? previous.owned : new Set<string>();
  let mode: Exclude<PushMode, 'auto'>;
  const sameRun = (h: StateHeader): boolean =>
    h.endpoint === endpoint && h.batchSize === batchSize && h.defaultGraph === defaultGraph && h.sha256 === sha256 && (requested === 'auto' || requested === h.mode);
  let acked: Set<string>;
  if (previous && !options.restart && sameRun(previous.header)) {
    mode = previous.header.mode;
    acked = previous.acked;
    log(`resuming: ${acked.size} batches already acknowledged (${stateFile})`);
  } else {
    mode = requested === 'auto' ? await probeMode(client, endpoint, log) : requested;
    acked = new Set();
    const header: StateHeader = { version: 1, endpoint, mode, batchSize, defaultGraph, sha256 };
    writeFileAtomic(stateFile, `${JSON.stringify(header)}\n${JSON.stringify({ graphs: [...owned].sort() })}\n`);
  }

  // 3. Stream the TriG into batches and send them, `concurrency` at a time.
  const report: PushReport = { mode, graphs: 0, triples: 0, batches: 0, skippedBatches: 0, skippedTriples: 0, dropped: 0, seconds: 0, stateFile };
  const inFlight = new Set<Promise<void>>();
  /**
   * A batch that continues a graph waits for the one that began it, so the graph is emptied (PUT, DROP, DELETE)
   * before any of its later triples land. graph mode: the last chunk of each graph; other modes: the last batch
   * (a graph's triples fill consecutive batches, so only a batch's first part can continue a graph).
   */
  const lastChunk = new Map<string, Promise<void>>();
  let lastBatch: Promise<void> | undefined;
  let failure: unknown = null;
  const send = async (batch: Batch, after: Promise<void> | undefined): Promise<void> => {
    if (after) await after;
    if (failure) return;
    await sendBatch(client, endpoint, mode, batch);
    const graphs = [...new Set(batch.parts.map((p) => p.graph))];
    appendFileSync(stateFile, `${JSON.stringify({ ack: batch.id, triples: batch.triples, graphs })}\n`);
    report.batches += 1;
    report.triples += batch.triples;
    options.onProgress?.({ batches: report.batches, triples: report.triples, skippedBatches: report.skippedBatches });
  };
  const schedule = async (batch: Batch): Promise<void> => {
    if (failure) return;
    if (acked.has(batch.id)) {
      report.skippedBatches += 1;
      report.skippedTriples += batch.triples;
      return;
    }
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) return;
    const head = batch.parts[0] as Batch['parts'][number];
    const graph = mode === 'graph' ? head.graph : '';
    const sent = send(batch, mode === 'graph' ? lastChunk.get(graph) : head.first ? undefined : lastBatch);
    const task = sent
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        inFlight.delete(task);
        if (lastChunk.get(graph) === task) lastChunk.delete(graph);
      });
    if (mode === 'graph') lastChunk.set(graph, task);
    else lastBatch = task;
    inFlight.add(task);
  };
  const exported = await streamBatches(trig, { mode, batchSize, defaultGraph }, schedule);
  report.graphs = exported.size;
  await Promise.all(inFlight);
  if (failure) throw failure;

  // 4. Drop the graphs an earlier push sent that the export no longer has, then record the export's graphs.
  const stale = [...owned].filter((graph) => !exported.has(graph)).sort();
  await dropGraphs(client, endpoint, mode, stale, concurrency, (graph) => {
    appendFileSync(stateFile, `${JSON.stringify({ dropped: graph })}\n`);
    report.dropped += 1;
  });
  if (stale.length > 0) log(`dropped ${stale.length} graph(s) sent earlier that the export no longer has`);
  appendFileSync(stateFile, `${JSON.stringify({ graphs: [...exported].sort() })}\n`);
  appendFileSync(stateFile, `${JSON.stringify({ done: true, batches: report.batches + report.skippedBatches })}\n`);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** Picks `dataset` when the endpoint accepts an (empty) N-Quads POST, else `graph`. */
async function probeMode(client: HttpClient, endpoint: string, log: RetryLogger): Promise<'dataset' | 'graph'> {
  const response = await client.send({ method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/n-quads' }, body: '' });
  if (response.status >= 500) {
    throw new EndpointError(`${endpoint}: HTTP ${response.status} to the first request: ${bodySummary(response.text)}; expected an available endpoint`, response.status);
  }
  const mode = isAck(response, 'dataset') ? 'dataset' : 'graph';
  log(`mode: ${mode} (the endpoint answered ${response.status} to an N-Quads POST)`);
  return mode;
}

/**
 * Reads the TriG file as a stream and calls `emit` with each batch in a deterministic order (the same file and
 * settings always give the same batches and ids). Returns the graphs seen.
 */
async function streamBatches(
  trig: RdfSource,
  settings: { mode: Exclude<PushMode, 'auto'>; batchSize: number; defaultGraph: string },
  emit: (batch: Batch) => Promise<void>,
): Promise<Set<string>> {
  const writer = new Writer({ format: 'N-Triples' });
  const seenGraphs = new Set<string>();
  const chunkOfGraph = new Map<string, number>();
  let batch: Batch | null = null;
  let batchIndex = 0;
  let currentGraph: string | null = null;
  let lines: string[] = [];

  const newBatch = (id: string): Batch => ({ id, parts: [], triples: 0 });
  const flushBatch = async (): Promise<void> => {
    if (batch && batch.triples > 0) await emit(batch);
    batch = null;
  };
  // A run of consecutive triples of one graph is added to the batch; full batches go out.
  const flushLines = async (): Promise<void> => {
    if (currentGraph === null || lines.length === 0) return;
    const graph = currentGraph;
    let offset = 0;
    while (offset < lines.length) {
      if (settings.mode === 'graph') {
        // One graph per request: ids name the graph and the chunk.
        const chunk = chunkOfGraph.get(graph) ?? 0;
        chunkOfGraph.set(graph, chunk + 1);
        const slice = lines.slice(offset, offset + settings.batchSize);
        offset += slice.length;
        await emit({ id: `g:${graph}#${chunk}`, parts: [{ graph, lines: slice, first: chunk === 0 }], triples: slice.length });
        continue;
      }
      batch ??= newBatch(`b:${batchIndex++}`);
      const room = settings.batchSize - batch.triples;
      const slice = lines.slice(offset, offset + room);
      offset += slice.length;
      const first = !chunkOfGraph.has(graph);
      chunkOfGraph.set(graph, (chunkOfGraph.get(graph) ?? 0) + 1);
      batch.parts.push({ graph, lines: slice, first });
      batch.triples += slice.length;
      if (batch.triples >= settings.batchSize) await flushBatch();
    }
    lines = [];
  };

  const parser = new StreamParser({ format: 'TriG' });
  const input = rdfStream(trig);
  input.on('error', (error) => parser.destroy(error));
  try {
    for await (const item of input.pipe(parser)) {
      const quad = item as Quad;
      const graph = quad.graph.termType === 'DefaultGraph' ? settings.defaultGraph : quad.graph.value;
      if (graph !== currentGraph) {
        await flushLines();
        currentGraph = graph;
        seenGraphs.add(graph);
      }
      lines.push(writer.quadToString(quad.subject, quad.predicate, quad.object));
      if (lines.length >= settings.batchSize) await flushLines();
    }
  } catch (error) {
    if (error instanceof EndpointError) throw error;
    throw new InputError(trig.label, `not valid TriG (${(error as Error).message}); expected the graph.trig of newsgraph build`);
  }
  await flushLines();
  await flushBatch();
  return seenGraphs;
}

async function sendBatch(client: HttpClient, endpoint: string, mode: Exclude<PushMode, 'auto'>, batch: Batch): Promise<void> {
  // 1. The request body for the mode.
  let request: Parameters<HttpClient['send']>[0];
  if (mode === 'graph') {
    const part = batch.parts[0] as Batch['parts'][number];
    const url = new URL(endpoint);
    url.searchParams.set('graph', part.graph);
    request = { method: part.first ? 'PUT' : 'POST', url, headers: { 'Content-Type': 'application/n-triples' }, body: part.lines.join('') };
  } else if (mode === 'dataset') {
    // The graphs that begin in this batch are emptied first (the dataset POST only adds).
    await Promise.all(batch.parts.filter((p) => p.first).map((p) => deleteGraph(client, endpoint, p.graph)));
    const body = batch.parts.map((p) => p.lines.map((line) => `${line.slice(0, line.length - 2)}${iriRef(p.graph)} .\n`).join('')).join('');
    request = { method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/n-quads' }, body };
  } else {
    // Virtuoso's SPARQL parser runs out of memory on one GRAPH block of a few thousand triples, so a long run of
    // one graph is written as several blocks (still one request).
    const blocks: string[] = [];
    for (const p of batch.parts) {
      for (let i = 0; i < p.lines.length; i += UPDATE_BLOCK) blocks.push(`GRAPH ${iriRef(p.graph)} {\n${p.lines.slice(i, i + UPDATE_BLOCK).join('')}}\n`);
    }
    // The graphs that begin in this batch are emptied in the same request, before the insert.
    const drops = batch.parts.filter((p) => p.first).map((p) => `DROP SILENT GRAPH ${iriRef(p.graph)} ;\n`);
    const body = `${drops.join('')}INSERT DATA {\n${blocks.join('')}}\n`;
    request = { method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/sparql-update' }, body };
  }
  // 2. Send (the client retries transient failures) and check the answer.
  const response = await client.send(request);
  if (!isAck(response, mode)) {
    const what = response.status >= 200 && response.status < 300 ? 'an HTML page, not an acknowledgement' : bodySummary(response.text);
    throw new EndpointError(
      `${endpoint}: HTTP ${response.status} for batch ${batch.id}: ${what}; expected 2xx${mode === 'dataset' ? ' (try --mode graph)' : ''}`,
      response.status,
    );
  }
}

/**
/** Graph Store Protocol `DELETE ?graph=<graph>`; a 404 (no such graph) is as good as a 2xx. */
async function deleteGraph(client: HttpClient, endpoint: string, graph: string): Promise<void> {
  const url = new URL(endpoint);
  url.searchParams.set('graph', graph);
  const response = await client.send({ method: 'DELETE', url });
  if ((response.status < 200 || response.status >= 300) && response.status !== 404) {
    throw new EndpointError(`${endpoint}: HTTP ${response.status} deleting graph <${graph}>: ${bodySummary(response.text)}; expected 2xx or 404`, response.status);
  }
}

/**
 * Drops `graphs` from the store (`DELETE ?graph=` each in the graph and dataset modes, `DROP SILENT GRAPH` batches
 * in update mode), `concurrency` requests at a time; `done` is called for each graph dropped.
 */
async function dropGraphs(
  client: HttpClient,
  endpoint: string,
  mode: Exclude<PushMode, 'auto'>,
  graphs: readonly string[],
  concurrency: number,
  done: (graph: string) => void,
): Promise<void> {
  const groups: string[][] = [];
  const size = mode === 'update' ? DROP_BATCH : 1;
  for (let i = 0; i < graphs.length; i += size) groups.push(graphs.slice(i, i + size));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < groups.length) {
      const group = groups[next++] as string[];
      if (mode === 'update') {
        const body = group.map((graph) => `DROP SILENT GRAPH ${iriRef(graph)}`).join(' ;\n');
        const response = await client.send({ method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/sparql-update' }, body });
        if (response.status < 200 || response.status >= 300) {
          throw new EndpointError(`${endpoint}: HTTP ${response.status} dropping ${group.length} graph(s): ${bodySummary(response.text)}; expected 2xx`, response.status);
        }
      } else {
        await deleteGraph(client, endpoint, group[0] as string);
      }
      for (const graph of group) done(graph);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, worker));
}

/**
 * True for a response that acknowledges stored data: 2xx; in dataset mode also not an HTML page (Virtuoso answers
 * an N-Quads POST without a graph with 200 and its upload form: nothing was stored).
 */
function isAck(response: { status: number; contentType: string }, mode: Exclude<PushMode, 'auto'>): boolean {
  if (response.status < 200 || response.status >= 300) return false;
  return mode !== 'dataset' || !/html/i.test(response.contentType);
}

/** `<iri>` for N-Quads and SPARQL; IRIs come from a parsed TriG file, but one that could break out is refused. */
function iriRef(iri: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what an IRI may not contain
  if (/[\u0000-\u0020<>"{}|^`\\]/.test(iri)) throw new InputError('graph.trig', `graph name <${iri}> is not a valid IRI; expected IRIs from newsgraph build`);
  return `<${iri}>`;
}

/** SHA-256 of the TriG's bytes (the parts in order: the same hash as the joined graph.trig). */
async function hashSource(source: RdfSource): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of rdfStream(source)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Reads the state file; null when missing or unreadable (a fresh push then starts). `owned`: the graphs the
 * endpoint holds from pushes recorded there (the last `graphs` line, plus graphs acknowledged after it, minus
 * graphs dropped after it; an older file without graph lists gives them from graph-mode batch ids).
 */
function readState(path: string): { header: StateHeader; acked: Set<string>; owned: Set<string> } | null {
  if (!existsSync(path) || statSync(path).size === 0) return null;
  const lines = readFileSync(path, 'utf8').split('\n');
  let header: StateHeader;
  try {
    header = JSON.parse(lines[0] as string) as StateHeader;
  } catch {
    return null;
  }
  if (header.version !== 1) return null;
  const acked = new Set<string>();
  let owned = new Set<string>();
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    let entry: { ack?: unknown; graphs?: unknown; dropped?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue; // A line cut short by an interruption: that batch was not recorded, so it is sent again.
    }
    const graphs = Array.isArray(entry.graphs) ? entry.graphs.filter((g): g is string => typeof g === 'string') : null;
    if (typeof entry.ack === 'string') {
      acked.add(entry.ack);
      const fromId = /^g:(.*)#\d+$/.exec(entry.ack)?.[1];
      for (const graph of graphs ?? (fromId ? [fromId] : [])) owned.add(graph);
    } else if (graphs) owned = new Set(graphs);
    else if (typeof entry.dropped === 'string') owned.delete(entry.dropped);
  }
  return { header, acked, owned };
}
