/**
 * Small HTTP helpers of `newsgraph serve` over node:http: JSON and text answers, bounded request bodies, errors
 * mapped to status codes, and static files from one folder (no path may leave it).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { InputError, NewsgraphError, NotFoundError, UsageError } from '../errors.ts';

/** Common headers: nothing is cached (the graph may be reloaded), and answers may not be framed or sniffed. */
const BASE_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/** An error with its HTTP status. */
export class HttpError extends NewsgraphError {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Sends `value` as JSON. */
export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  sendText(response, status, `${JSON.stringify(value)}\n`, 'application/json; charset=utf-8');
}

/** Sends `body` with `type`. */
export function sendText(response: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', headers: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  response.end(body);
}

/** The HTTP status of an error newsgraph raises (400 bad usage or query, 404 unknown, 503 unavailable, else 500). */
export function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (error instanceof UsageError || error instanceof InputError) return 400;
  if (error instanceof NotFoundError) return 404;
  const name = (error as Error | undefined)?.name;
  if (name === 'UnavailableError' || name === 'QueryTimeoutError') return 503;
  if (name === 'InputError') return 400;
  return 500;
}

/** Sends an error as JSON `{ error, suggestions? }`. */
export function sendJsonError(response: ServerResponse, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const body: { error: string; suggestions?: string[] } = { error: message };
  if (error instanceof NotFoundError && error.suggestions.length) body.suggestions = error.suggestions;
  sendJson(response, statusOf(error), body);
}

/** Reads a request body as UTF-8, up to `limit` bytes (HttpError 413 beyond). */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `request body larger than ${limit} bytes; expected a SPARQL query`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serves the file `path` (URL path) of folder `root`; returns false when there is no such file. */
export function sendStatic(response: ServerResponse, root: string, path: string): boolean {
  const base = resolve(root);
  let file = resolve(join(base, path.endsWith('/') ? `${path}index.html` : path));
  if (file !== base && !file.startsWith(base + sep)) return false;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return false;
  sendFile(response, file, TYPES[extname(file)] ?? 'application/octet-stream');
  return true;
}

/** Streams a file. */
export function sendFile(response: ServerResponse, file: string, type: string): void {
  response.writeHead(200, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': String(statSync(file).size) });
  createReadStream(file).pipe(response);
}
