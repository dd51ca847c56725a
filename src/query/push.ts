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
 * Default-graph triples (entities, the graph header) go to the named graph `defaultGraph` (the graph's own IRI),
 * so a push never writes into a store's default graph.
 *
 * Resuming: `<dir>/push-state.jsonl` holds a header (endpoint, mode, batch size, SHA-256 of graph.trig) and one line
 * per acknowledged batch. A re-run with the same export, endpoint and settings skips acknowledged batches; any
 * other re-run starts over. Sending a batch twice is harmless: a graph is a set of triples (no blank nodes).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StreamParser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError, UsageError } from '../errors.ts';
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
  /** Built graph folder holding graph.trig. */
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
  seconds: number;
  stateFile: string;
}

/** Triples per GRAPH block inside one INSERT DATA (update mode). */
const UPDATE_BLOCK = 1_000;

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
  /** Graph IRI → N-Triples lines. */
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
  const trig = graphFile(options.dir, 'graph.trig');
  const sha256 = await hashFile(trig);
  const client = new HttpClient(options.credentials ?? null, options.retry, log);
  const endpoint = options.endpoint;

  // 2. Resume state: reuse it only when everything that shapes the batches is unchanged.
  const stateFile = join(options.dir, PUSH_STATE_FILE);
  const previous = options.restart ? null : readState(stateFile);
  let mode: Exclude<PushMode, 'auto'>;
  const sameRun = (h: StateHeader): boolean =>
    h.endpoint === endpoint && h.batchSize === batchSize && h.defaultGraph === defaultGraph && h.sha256 === sha256 && (requested === 'auto' || requested === h.mode);
  let acked: Set<string>;
  if (previous && sameRun(previous.header)) {
    mode = previous.header.mode;
    acked = previous.acked;
    log(`resuming: ${acked.size} batches already acknowledged (${stateFile})`);
  } else {
    mode = requested === 'auto' ? await probeMode(client, endpoint, log) : requested;
    acked = new Set();
    const header: StateHeader = { version: 1, endpoint, mode, batchSize, defaultGraph, sha256 };
    writeFileAtomic(stateFile, `${JSON.stringify(header)}\n`);
  }

  // 3. Stream the TriG into batches and send them, `concurrency` at a time.
  const report: PushReport = { mode, graphs: 0, triples: 0, batches: 0, skippedBatches: 0, skippedTriples: 0, seconds: 0, stateFile };
  const inFlight = new Set<Promise<void>>();
  /** graph mode: the last chunk sent of each graph; a later chunk (POST) waits for it, so the PUT lands first. */
  const lastChunk = new Map<string, Promise<void>>();
  let failure: unknown = null;
  const send = async (batch: Batch, after: Promise<void> | undefined): Promise<void> => {
    if (after) await after;
    if (failure) return;
    await sendBatch(client, endpoint, mode, batch);
    appendFileSync(stateFile, `${JSON.stringify({ ack: batch.id, triples: batch.triples })}\n`);
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
    const graph = mode === 'graph' ? (batch.parts[0] as Batch['parts'][number]).graph : '';
    const sent = send(batch, mode === 'graph' ? lastChunk.get(graph) : undefined);
    const task = sent
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        inFlight.delete(task);
        if (lastChunk.get(graph) === task) lastChunk.delete(graph);
      });
    if (mode === 'graph') lastChunk.set(graph, task);
    inFlight.add(task);
  };
  report.graphs = await streamBatches(trig, { mode, batchSize, defaultGraph }, schedule);
  await Promise.all(inFlight);
  if (failure) throw failure;
  appendFileSync(stateFile, `${JSON.stringify({ done: true, batches: report.batches + report.skippedBatches })}\n`);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** Picks `dataset` when the endpoint accepts an (empty) N-Quads POST, else `graph`. */
async function probeMode(client: HttpClient, endpoint: string, log: RetryLogger): Promise<'dataset' | 'graph'> {
  const response = await client.send({ method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/n-quads' }, body: '' });
  if (response.status === 401) throw authError(endpoint);
  const mode = isAck(response, 'dataset') ? 'dataset' : 'graph';
  log(`mode: ${mode} (the endpoint answered ${response.status} to an N-Quads POST)`);
  return mode;
}

/**
 * Reads the TriG file as a stream and calls `emit` with each batch in a deterministic order (the same file and
 * settings always give the same batches and ids). Returns the number of graphs seen.
 */
async function streamBatches(
  trig: string,
  settings: { mode: Exclude<PushMode, 'auto'>; batchSize: number; defaultGraph: string },
  emit: (batch: Batch) => Promise<void>,
): Promise<number> {
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
      batch.parts.push({ graph, lines: slice, first: false });
      batch.triples += slice.length;
      if (batch.triples >= settings.batchSize) await flushBatch();
    }
    lines = [];
  };

  const parser = new StreamParser({ format: 'TriG' });
  const input = createReadStream(trig);
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
    throw new InputError(trig, `not valid TriG (${(error as Error).message}); expected the graph.trig of newsgraph build`);
  }
  await flushLines();
  await flushBatch();
  return seenGraphs.size;
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
    const body = batch.parts.map((p) => p.lines.map((line) => `${line.slice(0, line.length - 2)}${iriRef(p.graph)} .\n`).join('')).join('');
    request = { method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/n-quads' }, body };
  } else {
    // Virtuoso's SPARQL parser runs out of memory on one GRAPH block of a few thousand triples, so a long run of
    // one graph is written as several blocks (still one request).
    const blocks: string[] = [];
    for (const p of batch.parts) {
      for (let i = 0; i < p.lines.length; i += UPDATE_BLOCK) blocks.push(`GRAPH ${iriRef(p.graph)} {\n${p.lines.slice(i, i + UPDATE_BLOCK).join('')}}\n`);
    }
    const body = `INSERT DATA {\n${blocks.join('')}}\n`;
    request = { method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/sparql-update' }, body };
  }
  // 2. Send (the client retries transient failures) and check the answer.
  const response = await client.send(request);
  if (response.status === 401 || response.status === 403) throw authError(endpoint, response.status);
  if (!isAck(response, mode)) {
    const what = response.status >= 200 && response.status < 300 ? 'an HTML page, not an acknowledgement' : bodySummary(response.text);
    throw new EndpointError(
      `${endpoint}: HTTP ${response.status} for batch ${batch.id}: ${what}; expected 2xx${mode === 'dataset' ? ' (try --mode graph)' : ''}`,
      response.status,
    );
  }
}

/**
 * True for a response that acknowledges stored data: 2xx; in dataset mode also not an HTML page (Virtuoso answers
 * an N-Quads POST without a graph with 200 and its upload form: nothing was stored).
 */
function isAck(response: { status: number; contentType: string }, mode: Exclude<PushMode, 'auto'>): boolean {
  if (response.status < 200 || response.status >= 300) return false;
  return mode !== 'dataset' || !/html/i.test(response.contentType);
}

function authError(endpoint: string, status = 401): EndpointError {
  return new EndpointError(
    `${endpoint}: HTTP ${status}, not authorised; expected valid credentials in NEWSGRAPH_ENDPOINT_USER and NEWSGRAPH_ENDPOINT_PASSWORD`,
    status,
  );
}

/** `<iri>` for N-Quads and SPARQL; IRIs come from a parsed TriG file, but one that could break out is refused. */
function iriRef(iri: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what an IRI may not contain
  if (/[\u0000-\u0020<>"{}|^`\\]/.test(iri)) throw new InputError('graph.trig', `graph name <${iri}> is not a valid IRI; expected IRIs from newsgraph build`);
  return `<${iri}>`;
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Reads the state file; null when missing or unreadable (a fresh push then starts). */
function readState(path: string): { header: StateHeader; acked: Set<string> } | null {
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
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as { ack?: string };
      if (typeof entry.ack === 'string') acked.add(entry.ack);
    } catch {
      // A line cut short by an interruption: that batch was not recorded, so it is sent again.
    }
  }
  return { header, acked };
}
