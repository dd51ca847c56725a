/**
 * The SPARQL side of `newsgraph serve` when the graph lives in a triple store (`--sparql-endpoint`, e.g. Virtuoso
 * loaded by `newsgraph push` or its bulk loader): queries are forwarded to the store's SPARQL 1.1 Protocol endpoint
 * with the project's prefixes, the server's time limit and its result-size limit, instead of being answered by an
 * in-process oxigraph store. This is the path for graphs too large for one in-process store (oxigraph runs in WASM,
 * whose memory ends at 4 GB: about 10 M triples of this graph). Same surface as `SparqlPool`.
 */
import { NewsgraphError } from '../errors.ts';
import { EndpointError, HttpClient, type Credentials } from '../query/http.ts';
import { LocalSparql, queryEndpoint, queryEndpointText } from '../query/sparql.ts';
import { HttpError } from './http.ts';
import { QueryTimeoutError, UnavailableError, type PoolAnswer } from './sparql-pool.ts';
import type { SparqlHealth } from './types.ts';

/** A remote store behind the server's /sparql. */
export class RemoteSparql {
  private readonly client: HttpClient;
  private readonly probeClient: HttpClient;
  /** An empty in-process store: a query is parsed here first, so its errors read as they do without a triple store. */
  private readonly checker = LocalSparql.fromText('', 'application/n-triples', 'empty store');
  private readonly firstReady: Promise<void>;
  private up = false;
  private closed = false;
  private timeouts = 0;
  private triples = 0;

  /**
   * Checks that the endpoint answers (one ASK), then forwards queries to it.
   * @param endpoint the store's SPARQL endpoint, e.g. http://127.0.0.1:8890/sparql
   */
  constructor(
    private readonly endpoint: string,
    credentials: Credentials | null,
    private readonly timeoutMs: number,
    private readonly log: (line: string) => void,
  ) {
    // One attempt per query: a query past the limit is answered with a timeout error, never retried behind the user's back.
    this.client = new HttpClient(credentials, { retries: 0, timeoutMs });
    // The first contact waits a little for a store that is still starting.
    this.probeClient = new HttpClient(credentials, { retries: 3, timeoutMs });
    this.firstReady = this.probe();
    this.firstReady.catch(() => undefined);
  }

  /** Resolves when the endpoint has answered once; rejects with a one-line error when it cannot be reached. */
  ready(): Promise<void> {
    return this.firstReady;
  }

  /** Forwards `text` to the store; answers as the in-process store would (W3C JSON results or N-Triples). */
  async query(text: string): Promise<PoolAnswer> {
    if (this.closed) throw new UnavailableError('sparql: the server is shutting down');
    if (!this.up) throw new UnavailableError(`sparql: ${this.endpoint} has not answered yet; try again shortly`);
    // A query that does not parse gets the in-process store's one-line error (InputError: 400), not the store's text.
    this.checker.queryText(text);
    const started = performance.now();
    let answer: { format: 'json' | 'ntriples'; body: string };
    try {
      // As text: the store's JSON is handed on unparsed (a large answer costs more to parse and write again than to query).
      answer = await queryEndpointText(this.client, this.endpoint, text);
    } catch (error) {
      if (error instanceof EndpointError && error.status === 0 && /no answer within/.test(error.message)) {
        this.timeouts += 1;
        throw new QueryTimeoutError(`sparql: ${this.endpoint} gave no answer within the time limit of ${(this.timeoutMs / 1000).toLocaleString('en-US')} s; narrow the query (LIMIT, a more selective pattern) or raise --query-timeout`);
      }
      // The store refused the query (400: its own parser) or failed: the user's query or the store, never this server.
      if (error instanceof EndpointError) throw new HttpError(error.status >= 400 && error.status < 500 ? 400 : 502, error.message);
      throw error;
    }
    return { ...answer, ms: performance.now() - started };
  }

  /** For /health: the store counts as one ready worker once it has answered. */
  health(): SparqlHealth & { endpoint: string } {
    return { ready: this.up ? 1 : 0, workers: 1, triples: this.triples, loading: this.up ? 1 : 0, timeouts: this.timeouts, endpoint: this.endpoint };
  }

  /** Nothing to free: the store runs on. */
  async close(): Promise<void> {
    this.closed = true;
    this.checker.close();
  }

  private async probe(): Promise<void> {
    const started = performance.now();
    try {
      await queryEndpoint(this.probeClient, this.endpoint, 'ASK { ?s ?p ?o }');
    } catch (error) {
      throw new NewsgraphError(`sparql: the store at ${this.endpoint} cannot be queried (${(error as Error).message})`);
    }
    this.up = true;
    this.log(`serve: sparql: forwarding queries to ${this.endpoint} (it answered in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    // Its size, for /health only: a large store may take a while to count, so nothing waits for it.
    queryEndpoint(this.client, this.endpoint, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }').then(
      (result) => {
        const cell = result.kind === 'select' ? result.bindings[0]?.n?.value : undefined;
        if (cell !== undefined) this.triples = Number(cell);
      },
      () => undefined,
    );
  }
}
