/**
 * A client of a running `newsgraph serve`: `newsgraph query --server <url>` and `newsgraph sparql --server <url>`
 * send their work there instead of loading the graph themselves. A server that does not answer is reported as
 * `null` (the caller then loads the graph in-process); a server that answers with an error gives that error back as
 * the library would have thrown it (UsageError, NotFoundError with the closest names, InputError).
 */
import { InputError, NewsgraphError, NotFoundError, UsageError } from '../errors.ts';
import { checkEndpoint } from './http.ts';
import { parseResultsJson, type SparqlResult } from './sparql.ts';

/** How long to wait for a server to accept a connection and answer, in ms. */
const ANSWER_TIMEOUT_MS = 120_000;

/** The error of a non-2xx answer, as the class the library raises for it. */
function errorOf(status: number, message: string): NewsgraphError {
  if (status === 400) return message.startsWith('sparql:') ? new InputError('sparql', message.slice('sparql: '.length)) : new UsageError(message);
  if (status === 404) return new NotFoundError(message);
  return new NewsgraphError(message);
}

/** GET/POST to the server; null when nothing answers at `base` (refused, unreachable). */
async function request(base: URL, path: string, init: RequestInit = {}): Promise<Response | null> {
  try {
    return await fetch(new URL(path, base), { ...init, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    if (cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EHOSTUNREACH' || cause === 'ECONNRESET') return null;
    throw new NewsgraphError(`${base.origin}: no answer (${(error as Error).message}); expected a running newsgraph serve`);
  }
}

/** Checks a --server value (an http URL without credentials) and makes it the base of the server's paths. */
export function serverBase(url: string, where: string): URL {
  const base = checkEndpoint(url, where);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

/** Runs API route `route` (`relations`, `entity`, ...) on the server; null when no server answers. */
export async function serverApi(base: URL, route: string, params: Record<string, string | number | boolean | undefined>): Promise<unknown | null> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  const response = await request(base, `api/${route}?${query}`);
  if (!response) return null;
  const body = (await response.json().catch(() => ({ error: `HTTP ${response.status} without a JSON body` }))) as { error?: string; suggestions?: string[] };
  if (!response.ok) {
    const message = body.error ?? `HTTP ${response.status}`;
    if (response.status === 404 && body.suggestions) throw new NotFoundError(message.replace(/; closest: .*$/, ''), body.suggestions);
    throw errorOf(response.status, message);
  }
  return body;
}

/** Runs a SPARQL query on the server's /sparql; null when no server answers. */
export async function serverSparql(base: URL, query: string): Promise<SparqlResult | null> {
  const response = await request(base, 'sparql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }).toString(),
  });
  if (!response) return null;
  const text = await response.text();
  if (!response.ok) throw errorOf(response.status, text.trim());
  if ((response.headers.get('content-type') ?? '').includes('n-triples')) return { kind: 'graph', ntriples: text };
  return parseResultsJson(text, base.origin);
}
