/**
 * Types and settings of `newsgraph serve`: the server's options (interface, defaults), the messages between the
 * server and its SPARQL worker threads, and what /health reports.
 */
import type { Credentials } from '../query/http.ts';

/** Options of `startServer`. */
export interface ServeOptions {
  /** The built graph folder. */
  graph: string;
  /** Port on `host`; 0 picks a free one. */
  port: number;
  /** Interface to listen on (loopback by default: the server has no authentication). */
  host: string;
  /** Time limit of one SPARQL query in ms; the query's worker is then stopped and replaced. */
  queryTimeoutMs: number;
  /** Largest SPARQL answer in bytes (as JSON results); a larger one is refused with advice to add LIMIT. */
  maxResultBytes: number;
  /**
   * SPARQL worker threads, each with its own copy of the store: with two, one answers while the other reloads after a
   * timed-out query (and two queries run at once). 0 picks: 2 for a graph.nt under 300 MB, else 1.
   */
  sparqlWorkers: number;
  /**
   * A SPARQL 1.1 Protocol endpoint that already holds this graph (a triple store such as Virtuoso, loaded by `newsgraph
   * push` or its bulk loader): /sparql forwards queries there instead of loading an in-process store. null: in-process.
   */
  sparqlEndpoint: string | null;
  /** Credentials for `sparqlEndpoint` (null: none). */
  endpointCredentials: Credentials | null;
  /** Folder of the built explorer (index.html); null serves none. */
  webRoot: string | null;
  /** Watch the graph folder and reload after a build (default true). */
  watch: boolean;
  /** Milliseconds between checks of the graph folder. */
  watchIntervalMs: number;
  /**
   * Bytes of SPARQL answers kept per loaded generation (the same query text is answered from memory until the graph
   * folder changes); 0 keeps none.
   */
  answerCacheBytes: number;
  /** Where start-up and reload progress lines go (default: stderr). */
  log: (line: string) => void;
}

/** Defaults of `ServeOptions`. */
export const DEFAULT_SERVE_OPTIONS: ServeOptions = {
  graph: 'graph',
  port: 5173,
  host: '127.0.0.1',
  queryTimeoutMs: 10_000,
  maxResultBytes: 64 * 1024 * 1024,
  sparqlWorkers: 0,
  sparqlEndpoint: null,
  endpointCredentials: null,
  webRoot: null,
  watch: true,
  watchIntervalMs: 2000,
  answerCacheBytes: 64 * 1024 * 1024,
  log: (line) => process.stderr.write(`${line}\n`),
};

/** A message to a SPARQL worker. */
export type WorkerRequest = { type: 'load'; dir: string } | { type: 'query'; id: number; text: string };

/** A message from a SPARQL worker. */
export type WorkerReply =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'ready'; triples: number; ms: number }
  | { type: 'result'; id: number; format: 'json' | 'ntriples'; body: string; ms: number }
  | { type: 'failed'; id: number; name: string; message: string };

/** The state of the SPARQL side, as /health shows it. */
export interface SparqlHealth {
  /** Workers with a loaded store. */
  ready: number;
  workers: number;
  /** Triples in each store (0 while loading). */
  triples: number;
  /** Share of the RDF read by the slowest loading worker (1 when all are ready). */
  loading: number;
  /** Queries stopped at the time limit since start. */
  timeouts: number;
}
