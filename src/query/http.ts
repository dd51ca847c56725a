/**
 * HTTP for remote triple stores: one request function with credentials from the environment, HTTP Basic or Digest
 * authentication (RFC 7616, MD5, qop=auth; Virtuoso's /sparql-graph-crud-auth asks for Digest), retries with
 * exponential backoff on network errors, timeouts, 408, 429 and 5xx, and a per-request timeout (default 60 s).
 * Credentials never come from the command line: only NEWSGRAPH_ENDPOINT_USER / NEWSGRAPH_ENDPOINT_PASSWORD.
 * Redirects are never followed (fetch would turn a POST or PUT into a GET whose 200 looks like an
 * acknowledgement): a 3xx is an EndpointError naming the new location. A 401 or 403 is an EndpointError with the
 * status and a hint, never the body (a server may echo credentials there).
 */
import { createHash, randomBytes } from 'node:crypto';
import { NewsgraphError, UsageError } from '../errors.ts';

/** User name and password for an endpoint. */
export interface Credentials {
  user: string;
  password: string;
}

/** Reads credentials from the environment (NEWSGRAPH_ENDPOINT_USER, NEWSGRAPH_ENDPOINT_PASSWORD); null when unset. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): Credentials | null {
  const user = env.NEWSGRAPH_ENDPOINT_USER;
  if (!user) return null;
  return { user, password: env.NEWSGRAPH_ENDPOINT_PASSWORD ?? '' };
}

/** Checks an endpoint URL: http(s) and no credentials inside it (they belong in the environment). */
export function checkEndpoint(endpoint: string, where: string, option = '--endpoint'): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`${where}: bad ${option} "${endpoint}"; expected an http:// or https:// URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${where}: bad ${option} protocol "${url.protocol}"; expected http: or https:`);
  }
  if (url.username || url.password) {
    throw new UsageError(
      `${where}: the endpoint URL holds credentials; expected them in NEWSGRAPH_ENDPOINT_USER and NEWSGRAPH_ENDPOINT_PASSWORD`,
    );
  }
  return url;
}

/** A failed request to a remote store, after retries. */
export class EndpointError extends NewsgraphError {
  override name = 'EndpointError';
  /** HTTP status, or 0 for a network error or timeout. */
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

/** Retry and timeout settings. */
export interface RetrySettings {
  /** Attempts after the first (default 5). */
  retries: number;
  /** First backoff delay in ms; doubles each attempt, with +-25 % jitter (default 500). */
  backoffMs: number;
  /** Longest backoff delay in ms (default 30 s). */
  maxBackoffMs: number;
  /**
   * Timeout of one attempt in ms, the answer's body included (default 60 s: a 20,000-triple batch is indexed by
   * Virtuoso in a few seconds; a server that never answers costs a minute per attempt, not five).
   */
  timeoutMs: number;
}

/** Defaults of `RetrySettings`. */
export const DEFAULT_RETRY: RetrySettings = { retries: 5, backoffMs: 500, maxBackoffMs: 30_000, timeoutMs: 60_000 };

/**
 * Reads a `--timeout` value in seconds (decimals allowed) into milliseconds.
 * @throws UsageError unless it is a number of seconds above 0
 */
export function parseTimeout(text: string, where: string): number {
  const seconds = /^\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : NaN;
  if (!(seconds > 0)) throw new UsageError(`${where}: bad --timeout "${text}"; expected a number of seconds above 0, such as 60`);
  return Math.round(seconds * 1000);
}

/**
 * Reads a `--retries` value.
 * @throws UsageError unless it is a whole number >= 0
 */
export function parseRetries(text: string, where: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${where}: bad --retries "${text}"; expected a whole number >= 0`);
  return Number(text);
}

/** An error for a 401 (not authorised) or 403 (forbidden) answer: the status and a hint, never the body. */
export function authError(endpoint: string, status: number, hasCredentials: boolean): EndpointError {
  const hint =
    status === 403
      ? 'forbidden; expected an account allowed to do this on the endpoint (NEWSGRAPH_ENDPOINT_USER)'
      : hasCredentials
        ? 'not authorised; expected valid credentials in NEWSGRAPH_ENDPOINT_USER and NEWSGRAPH_ENDPOINT_PASSWORD'
        : 'not authorised and no credentials given; expected them in NEWSGRAPH_ENDPOINT_USER and NEWSGRAPH_ENDPOINT_PASSWORD';
  return new EndpointError(`${endpoint}: HTTP ${status}, ${hint}`, status);
}

/** Why a request failed before any answer, in words (a timeout, a cut or refused connection, an unknown host). */
function networkReason(error: unknown, timeoutMs: number): { reason: string; timeout: boolean } {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return { reason: `no answer within ${timeoutMs / 1000} s`, timeout: true };
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const code = cause?.code ?? '';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return { reason: 'connection closed by the server before an answer', timeout: false };
  if (code === 'ECONNREFUSED') return { reason: 'connection refused', timeout: false };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { reason: 'host not found', timeout: false };
  const detail = code || cause?.message || (error instanceof Error ? error.message : String(error));
  return { reason: `network error (${detail.replace(/\s+/g, ' ')})`, timeout: false };
}

/** One request. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string | URL;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/** What a request returns (the body already read). */
export interface HttpResponse {
  status: number;
  contentType: string;
  text: string;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfter: number | null;
}

/** Something that logs retries (the CLI prints them on stderr). */
export type RetryLogger = (message: string) => void;

interface DigestChallenge {
  realm: string;
  nonce: string;
  qop: string | null;
  opaque: string | null;
  algorithm: string;
  nc: number;
}

/**
 * A client for one endpoint: remembers the Digest challenge so later requests authenticate at once (each large
 * batch is then sent once, not twice).
 */
export class HttpClient {
  private readonly credentials: Credentials | null;
  private readonly settings: RetrySettings;
  private readonly log: RetryLogger;
  private digest: DigestChallenge | null = null;
  private basic = false;

  constructor(credentials: Credentials | null, settings: Partial<RetrySettings> = {}, log: RetryLogger = () => {}) {
    this.credentials = credentials;
    this.settings = { ...DEFAULT_RETRY, ...settings };
    this.log = log;
  }

  /**
   * Sends `request`, authenticating when challenged and retrying transient failures.
   * Resolves with any final response (the caller decides what a 4xx means); rejects with EndpointError when every
   * attempt failed on the network or with a retryable status.
   */
  async send(request: HttpRequest): Promise<HttpResponse> {
    let attempt = 0;
    for (;;) {
      let response: HttpResponse & { location: string | null };
      try {
        response = await this.sendAuthenticated(request);
      } catch (error) {
        const { reason, timeout } = networkReason(error, this.settings.timeoutMs);
        if (attempt >= this.settings.retries) {
          const attempts = `${attempt + 1} attempt${attempt === 0 ? '' : 's'}`;
          throw new EndpointError(
            `${String(request.url)}: ${reason} after ${attempts}; expected a reachable endpoint${timeout ? ' (raise --timeout for a slow store)' : ''}`,
            0,
          );
        }
        await this.backoff(++attempt, reason, null);
        continue;
      }
      if (isRetryable(response.status) && attempt < this.settings.retries) {
        await this.backoff(++attempt, `HTTP ${response.status}`, response);
        continue;
      }
      // Final answers that are never handed on: redirects (not followed) and refusals (their body is not shown).
      if (response.status >= 300 && response.status < 400) {
        const where = response.location ? `redirect to ${response.location}` : 'redirect without a Location';
        throw new EndpointError(
          `${String(request.url)}: HTTP ${response.status} ${where}; expected the endpoint itself (redirects are not followed: name the new URL with --endpoint if it is the same store)`,
          response.status,
        );
      }
      if (response.status === 401 || response.status === 403) throw authError(String(request.url), response.status, this.credentials !== null);
      const { location: _location, ...result } = response;
      return result;
    }
  }

  private async backoff(attempt: number, reason: string, response: HttpResponse | null): Promise<void> {
    let delay = Math.min(this.settings.maxBackoffMs, this.settings.backoffMs * 2 ** (attempt - 1));
    delay = Math.round(delay * (0.75 + Math.random() * 0.5));
    const retryAfter = response?.retryAfter ?? 0;
    if (retryAfter > 0) delay = Math.min(this.settings.maxBackoffMs, Math.max(delay, retryAfter * 1000));
    this.log(`${reason}; retry ${attempt}/${this.settings.retries} in ${delay} ms`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  private async sendAuthenticated(request: HttpRequest): Promise<HttpResponse & { location: string | null }> {
    // 1. Authenticate up front when a challenge is already known.
    let response = await this.fetchOnce(request, this.authorization(request));
    if (response.status !== 401 || !this.credentials) return response.result;
    // 2. Answer the challenge once (a stale nonce also lands here).
    const header = response.challenge ?? '';
    if (/^\s*digest\s/i.test(header)) {
      this.digest = parseDigest(header);
      this.basic = false;
    } else if (/^\s*basic\b/i.test(header)) {
      this.basic = true;
      this.digest = null;
    } else {
      return response.result;
    }
    response = await this.fetchOnce(request, this.authorization(request));
    return response.result;
  }

  private authorization(request: HttpRequest): string | null {
    if (!this.credentials) return null;
    const { user, password } = this.credentials;
    if (this.basic) return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    const challenge = this.digest;
    if (!challenge) return null;
    const url = new URL(String(request.url));
    const uri = url.pathname + url.search;
    const md5 = (text: string): string => createHash('md5').update(text).digest('hex');
    const ha1 = md5(`${user}:${challenge.realm}:${password}`);
    const ha2 = md5(`${request.method}:${uri}`);
    const parts = [`username="${quoteValue(user)}"`, `realm="${quoteValue(challenge.realm)}"`, `nonce="${challenge.nonce}"`, `uri="${uri}"`];
    if (challenge.qop) {
      challenge.nc += 1;
      const nc = challenge.nc.toString(16).padStart(8, '0');
      const cnonce = randomBytes(8).toString('hex');
      const digest = md5(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:auth:${ha2}`);
      parts.push(`qop=auth`, `nc=${nc}`, `cnonce="${cnonce}"`, `response="${digest}"`);
    } else {
      parts.push(`response="${md5(`${ha1}:${challenge.nonce}:${ha2}`)}"`);
    }
    if (challenge.opaque !== null) parts.push(`opaque="${challenge.opaque}"`);
    parts.push(`algorithm=${challenge.algorithm}`);
    return `Digest ${parts.join(', ')}`;
  }

  private async fetchOnce(
    request: HttpRequest,
    authorization: string | null,
  ): Promise<{ result: HttpResponse & { location: string | null }; status: number; challenge: string | null }> {
    const headers: Record<string, string> = { ...(request.headers ?? {}) };
    if (authorization) headers.Authorization = authorization;
    const response = await fetch(request.url, {
      method: request.method,
      headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.settings.timeoutMs),
    });
    const text = await response.text();
    const retryAfter = Number(response.headers.get('retry-after'));
    const result = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text,
      retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      location: redirectTarget(response.headers.get('location'), request.url),
    };
    return { result, status: response.status, challenge: response.headers.get('www-authenticate') };
  }
}

/** The absolute URL of a Location header (credentials in it removed), or null. */
function redirectTarget(location: string | null, base: string | URL): string | null {
  if (!location) return null;
  try {
    const url = new URL(location, base);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return null;
  }
}

function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function quoteValue(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** Parses a `WWW-Authenticate: Digest ...` header. */
export function parseDigest(header: string): DigestChallenge {
  const fields = new Map<string, string>();
  const body = header.replace(/^\s*digest\s+/i, '');
  for (const match of body.matchAll(/([a-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/gi)) {
    fields.set((match[1] as string).toLowerCase(), (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1'));
  }
  const qops = (fields.get('qop') ?? '').split(',').map((q) => q.trim());
  return {
    realm: fields.get('realm') ?? '',
    nonce: fields.get('nonce') ?? '',
    qop: qops.includes('auth') ? 'auth' : null,
    opaque: fields.get('opaque') ?? null,
    algorithm: fields.get('algorithm') ?? 'MD5',
    nc: 0,
  };
}

/** The first meaningful line of an error body (HTML tags dropped), for one-line error messages. */
export function bodySummary(text: string, max = 200): string {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^(SPARQL Graph Protocol request failed|Error|HTTP\/1\.[01] .*)$/i.test(line));
  const joined = plain.slice(0, 3).join(' ').replace(/\s+/g, ' ');
  return joined.length > max ? `${joined.slice(0, max - 1)}…` : joined;
}
