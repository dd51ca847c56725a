/**
 * `newsgraph serve`: one long-running local process over a built graph folder. It loads the graph once (the query
 * API in this thread, SPARQL stores in worker threads) and answers:
 *
 *   /health             status, sizes, SPARQL load progress
 *   /sparql             SPARQL 1.1 Protocol (GET ?query=, POST form or application/sparql-query), read-only,
 *                       JSON / CSV / TSV by Accept, a time limit and a size limit per query
 *   /api/<route>        the library's query API as JSON (api.ts)
 *   /graph.json         the explorer's summary of the graph, whatever its size (src/graph/summary.ts: entities,
 *                       relation edges with their sources counted, events without reports; no documents or
 *                       evidence, which the explorer's panels ask /api/relations, /api/documents, /api/event for)
 *   /                   the built explorer (dist/web), when present
 *
 * Steps: 1. listen at once (so /health can say "loading"); 2. start the SPARQL store loading in its worker thread
 * and, meanwhile, load the API graph in this thread (the two overlap on two cores); the API answers as soon as it is
 * loaded, /sparql once the store is (503 with the progress before), and /health says which side is ready;
 * 3. every `watchIntervalMs`, look whether a build changed the folder and, if so, load the new graph beside the old
 * one and switch when both its sides are ready; 4. on SIGINT/SIGTERM (or `close()`), stop accepting, finish what
 * runs, stop the workers. Answers of SPARQL queries are kept per generation (answer-cache.ts), so a reload drops them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, lstatSync, readlinkSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NewsgraphError } from '../errors.ts';
import { serializeGraphChunks } from '../graph/serialize.ts';
import { graphFile, loadGraph } from '../query/load.ts';
import { graphJsonSource } from '../graph/json-parts.ts';
import { summaryGraph } from '../graph/summary.ts';
import type { NewsGraph } from '../query/news-graph.ts';
import { negotiateResults, RESULT_TYPES, resultsCsv, resultsTsv } from '../query/results.ts';
import { parseResultsText, sparqlSources } from '../query/sparql.ts';
import { AnswerCache } from './answer-cache.ts';
import { runApi } from './api.ts';
import { HttpError, readBody, sendJson, sendJsonError, sendStatic, sendText, statusOf } from './http.ts';
import { SparqlPool, type PoolAnswer } from './sparql-pool.ts';
import { RemoteSparql } from './sparql-remote.ts';
import { DEFAULT_SERVE_OPTIONS, type ServeOptions, type SparqlHealth } from './types.ts';

/** Largest SPARQL request body. */
const MAX_QUERY_BYTES = 1024 * 1024;
/** graph.nt size under which two SPARQL workers are started by default. */
const TWO_WORKERS_BELOW_BYTES = 300 * 1024 * 1024;

/** What answers /sparql: in-process oxigraph workers (`SparqlPool`) or a triple store (`RemoteSparql`). */
interface SparqlSide {
  ready(): Promise<void>;
  query(text: string): Promise<PoolAnswer>;
  health(): SparqlHealth;
  close(): Promise<void>;
}

/** One generation of the graph: the API object (null while it loads), its SPARQL side and its answer cache. */
interface Loaded {
  stamp: string;
  api: NewsGraph | null;
  sparql: SparqlSide;
  answers: AnswerCache;
  /** The explorer's summary of the graph as graph.json text (made with the API); null while it loads. */
  summary: string[] | null;
  /** When both sides were loaded; null before. */
  loadedAt: string | null;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  /** Resolves when the API graph and one SPARQL store are loaded. */
  ready: Promise<void>;
  /** Stops accepting, ends open connections once their answers are sent, stops the workers. */
  close(): Promise<void>;
}

/**
 * What identifies one build of the folder: the generation `.current` points to (transactional builds), else the
 * size and modification time of graph.json and graph.nt.
 */
export function graphStamp(dir: string): string {
  const current = join(dir, '.current');
  try {
    if (lstatSync(current).isSymbolicLink()) return `gen:${readlinkSync(current)}`;
  } catch {
    // no generation pointer: an old-style folder
  }
  return ['graph.json', 'graph.nt', 'graph.ttl']
    .map((file) => join(dir, file))
    .filter((path) => existsSync(path))
    .map((path) => {
      const stat = statSync(path);
      return `${path}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

/** The SPARQL workers to start when `sparqlWorkers` is 0: two for a graph of moderate size, else one. */
function workerCount(dir: string, requested: number): number {
  if (requested > 0) return requested;
  const { bytes } = sparqlSources(dir);
  return bytes < TWO_WORKERS_BELOW_BYTES ? 2 : 1;
}

/** Starts the server; resolves once it listens (loading goes on: see `ready`). */
export async function startServer(options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  const settings: ServeOptions = { ...DEFAULT_SERVE_OPTIONS, ...options };
  const dir = resolve(settings.graph);
  const log = settings.log;
  // The folder is checked before listening: a missing graph is a one-line error, not a server that never loads.
  graphFile(settings.graph, 'graph.json');
  let live: Loaded | null = null;
  let closing = false;
  let loadError: Error | null = null;
  const started = Date.now();

  // 2. Loading one generation (also used by the reload). `onStarted` gets the generation as soon as its SPARQL
  // worker is started, so that the first load can serve each side as soon as it is ready.
  const load = async (onStarted?: (generation: Loaded) => void): Promise<Loaded> => {
    // Let the server answer /health ("loading") before the synchronous part of the load starts.
    await new Promise((next) => setImmediate(next));
    const stamp = graphStamp(dir);
    const t0 = performance.now();
    const json = graphFile(settings.graph, 'graph.json');
    const bytes = graphJsonSource(json)?.bytes ?? 0;
    // The store loads in its worker thread while this thread reads graph.json (or is a triple store that already holds
    // the graph: --sparql-endpoint).
    const sparql: SparqlSide = settings.sparqlEndpoint
      ? new RemoteSparql(settings.sparqlEndpoint, settings.endpointCredentials, settings.queryTimeoutMs, log)
      : new SparqlPool(dir, workerCount(dir, settings.sparqlWorkers), settings.queryTimeoutMs, log);
    const generation: Loaded = { stamp, api: null, sparql, answers: new AnswerCache(settings.answerCacheBytes), summary: null, loadedAt: null };
    onStarted?.(generation);
    try {
      log(`serve: loading ${json} (${(bytes / 1e6).toFixed(1)} MB) while the SPARQL store loads…`);
      // No query, panel or summary reads the documents' mentions edges: left out, the graph holds 44 % less.
      const api = await loadGraph(settings.graph, { mentions: false });
      // The explorer's summary is made before the API answers, so that no page load waits for it (3 s of CPU at
      // 100,000 articles).
      generation.summary = [...serializeGraphChunks(summaryGraph(api.graph))];
      generation.api = api;
      const summaryMB = generation.summary.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0) / 1e6;
      log(`serve: API ready: ${api.size.entities.toLocaleString('en-US')} entities, ${api.size.relations.toLocaleString('en-US')} relations, the explorer's summary ${summaryMB.toFixed(1)} MB (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      await sparql.ready();
    } catch (error) {
      await sparql.close();
      throw error;
    }
    generation.loadedAt = new Date().toISOString();
    return generation;
  };

  // 1. Listen.
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (statusOf(error) === 500) log(`serve: internal error on ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`);
      sendJsonError(response, error);
    });
  });
  server.keepAliveTimeout = 5000;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/health') {
      sendJson(response, 200, health());
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD' && !(request.method === 'POST' && path === '/sparql')) {
      throw new HttpError(405, `${request.method} ${path}: the server is read-only; expected GET (or POST to /sparql)`);
    }
    if (path === '/sparql') {
      await handleSparql(request, response, url);
      return;
    }
    if (path.startsWith('/api/')) {
      sendJson(response, 200, runApi(requireApi(), path.slice(5), url.searchParams));
      return;
    }
    if (path === '/graph.json') {
      sendGraphJson(response);
      return;
    }
    if (settings.webRoot && sendStatic(response, settings.webRoot, path)) return;
    throw new HttpError(404, `${path}: not found; expected /sparql, /api/<route>, /health${settings.webRoot ? ' or a file of the explorer' : ''}`);
  };

  const requireLoaded = (): Loaded => {
    if (live) return live;
    if (loadError) throw new HttpError(500, `the graph could not be loaded: ${loadError.message}`);
    throw new HttpError(503, 'the graph is loading; try again shortly (see /health)');
  };

  /** The API graph of the live generation; 503 while it loads (SPARQL may answer before it). */
  const requireApi = (): NewsGraph => {
    const api = requireLoaded().api;
    if (api) return api;
    throw new HttpError(503, 'the graph is loading (graph.json); try again shortly (see /health)');
  };

  const handleSparql = async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    // 1. The query: ?query= (GET), a form (POST application/x-www-form-urlencoded) or the body (application/sparql-query).
    let query: string | null = url.searchParams.get('query');
    if (url.searchParams.has('update')) throw new HttpError(403, '/sparql: the endpoint is read-only; SPARQL Update is refused');
    if (request.method === 'POST') {
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      const body = await readBody(request, MAX_QUERY_BYTES);
      if (type === 'application/sparql-query') query = body;
      else if (type === 'application/x-www-form-urlencoded') {
        const form = new URLSearchParams(body);
        if (form.has('update')) throw new HttpError(403, '/sparql: the endpoint is read-only; SPARQL Update is refused');
        query = form.get('query');
      } else if (type === 'application/sparql-update') throw new HttpError(403, '/sparql: the endpoint is read-only; SPARQL Update is refused');
      else throw new HttpError(415, `/sparql: unsupported Content-Type "${type ?? ''}"; expected application/x-www-form-urlencoded or application/sparql-query`);
    }
    if (query === null || query.trim() === '') throw new HttpError(400, '/sparql: no query; expected ?query=<SPARQL> or a POSTed query');
    // 2. The format, before running anything.
    const format = negotiateResults(request.headers.accept);
    if (format === null) throw new HttpError(406, `/sparql: cannot answer with "${request.headers.accept}"; expected ${RESULT_TYPES.json}, ${RESULT_TYPES.csv} or ${RESULT_TYPES.tsv}`);
    // 3. Run it, within the limits.
    const current = requireLoaded();
    let answer: PoolAnswer;
    let hit: boolean;
    try {
      const text = query;
      ({ answer, hit } = await current.answers.get(text, () => current.sparql.query(text)));
    } catch (error) {
      sendText(response, statusOf(error), `${(error as Error).message}\n`);
      return;
    }
    if (Buffer.byteLength(answer.body) > settings.maxResultBytes) {
      sendText(response, 413, `sparql: the answer is larger than ${(settings.maxResultBytes / 1e6).toFixed(0)} MB (the size limit); add LIMIT and OFFSET, or select fewer variables\n`);
      return;
    }
    // A kept answer cost the store nothing now: its Server-Timing says so (and the time it took when computed).
    const timing = { 'Server-Timing': hit ? `sparql;dur=0, cache;desc="hit";dur=${answer.ms.toFixed(1)}` : `sparql;dur=${answer.ms.toFixed(1)}` };
    if (answer.format === 'ntriples') {
      sendText(response, 200, answer.body, `${RESULT_TYPES.ntriples}; charset=utf-8`, timing);
      return;
    }
    if (format === 'json') {
      sendText(response, 200, answer.body, `${RESULT_TYPES.json}; charset=utf-8`, timing);
      return;
    }
    const result = parseResultsText(answer);
    const body = format === 'csv' ? resultsCsv(result) : resultsTsv(result);
    sendText(response, 200, body, `${RESULT_TYPES[format]}; charset=utf-8`, timing);
  };

  // The explorer always starts from the summary (whatever the graph's size, no browser parses a whole graph), made
  // once per loaded generation, with its API.
  const sendGraphJson = (response: ServerResponse): void => {
    const current = requireLoaded();
    const api = requireApi();
    current.summary ??= [...serializeGraphChunks(summaryGraph(api.graph))];
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    for (const chunk of current.summary) response.write(chunk);
    response.end();
  };

  const health = (): Record<string, unknown> => {
    const sparql = live?.sparql.health() ?? null;
    const api = live?.api ?? null;
    return {
      // ok: both sides answer; loading: at least one is still loading (see api and sparql.ready).
      status: api && sparql && sparql.ready > 0 ? 'ok' : loadError ? 'failed' : 'loading',
      error: loadError?.message ?? null,
      graph: dir,
      loadedAt: live?.loadedAt ?? null,
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      api: api ? 'ready' : loadError ? 'failed' : 'loading',
      entities: api?.size.entities ?? null,
      relations: api?.size.relations ?? null,
      sparql,
      cache: live?.answers.stats() ?? null,
      events: api?.size.events ?? null,
    };
  };

  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(new NewsgraphError(`serve: cannot listen on ${settings.host}:${settings.port} (${error.code ?? error.message}); expected a free port (try --port 0)`)),
    );
    server.listen(settings.port, settings.host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}/`;

  // The first generation is live from its start: each side answers once it is loaded.
  const ready = load((generation) => {
    if (!closing) live = generation;
  }).then(
    (loaded) => {
      if (closing) {
        void loaded.sparql.close();
        return;
      }
      live = loaded;
      log(`serve: ready at ${url} (${((Date.now() - started) / 1000).toFixed(1)} s since start)`);
    },
    (error: Error) => {
      live = null;
      loadError = error;
      log(`serve: ${error.message}`);
      throw error;
    },
  );
  ready.catch(() => undefined);

  // 3. Reload after a build.
  let reloading = false;
  const watcher = settings.watch
    ? setInterval(() => {
        if (!live?.loadedAt || reloading || closing) return;
        const stamp = graphStamp(dir);
        if (stamp === live.stamp || stamp === '') return;
        reloading = true;
        log('serve: the graph folder changed (a new build); loading it beside the current one…');
        load().then(
          (loaded) => {
            const old = live;
            if (closing) {
              void loaded.sparql.close();
              return;
            }
            live = loaded;
            log(`serve: switched to the new build (${loaded.api?.size.entities.toLocaleString('en-US')} entities, ${loaded.api?.size.relations.toLocaleString('en-US')} relations)`);
            if (old) void old.sparql.close();
            reloading = false;
          },
          (error: Error) => {
            log(`serve: the new build could not be loaded (${error.message}); still serving the previous one`);
            if (live) live.stamp = stamp;
            reloading = false;
          },
        );
      }, settings.watchIntervalMs)
    : null;
  watcher?.unref();

  // 4. Shutdown.
  let closed: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      closing = true;
      if (watcher) clearInterval(watcher);
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
        // Connections still busy after 5 s are cut.
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      await live?.sparql.close();
    })();
    return closed;
  };

  return { url, port, ready, close };
}

/** The explorer's summary of a graph (src/graph/summary.ts), re-exported for the server's callers. */
export { summaryGraph };
