/**
 * `newsgraph serve`: a long-running local server over a built graph (SPARQL 1.1 Protocol, the JSON query API, the
 * explorer, health, reload after a build, graceful shutdown).
 */
export { startServer, summaryGraph, graphStamp, type RunningServer } from './server.ts';
export { API_ROUTES, runApi } from './api.ts';
export { SparqlPool, QueryTimeoutError, UnavailableError } from './sparql-pool.ts';
export { DEFAULT_SERVE_OPTIONS, type ServeOptions, type SparqlHealth } from './types.ts';
