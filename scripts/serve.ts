/**
 * A tiny static file server on 127.0.0.1 for the built explorer (dist/web), used by the browser tests and the bench.
 * `extra` maps URL paths (e.g. "/bench-10k.json") to files outside the root. Paths that leave the root are refused.
 * CLI: `npx tsx scripts/serve.ts [dir] [port]` (defaults: dist/web, 4173).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** A running server. */
export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Options of serveStatic. */
export interface ServeOptions {
  /** 0 picks a free port. */
  port: number;
  host: string;
  extra: Record<string, string>;
}

/** Serves `root` over HTTP; resolves once listening. */
export function serveStatic(root: string, options: Partial<ServeOptions> = {}): Promise<StaticServer> {
  const { port = 0, host = '127.0.0.1', extra = {} } = options;
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    // 1. Map the URL path to a file
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    let file = extra[path] ?? join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!extra[path] && file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // 2. Send it
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist/web';
  const port = Number(process.argv[3] ?? 4173);
  const server = await serveStatic(root, { port });
  console.log(`serving ${root} at ${server.url}`);
}
