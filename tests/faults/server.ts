/**
 * A misbehaving HTTP server on loopback for the fault suite: it hangs (reads the request, never answers), cuts the
 * connection, answers 503, redirects, or refuses with 401/403 and a body that echoes a secret. Each request is
 * counted, so tests can check how often a client tried.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the server does with every request. */
export type Fault =
  | { kind: 'hang' }
  | { kind: 'cut' }
  | { kind: 'status'; status: number; body: string; headers?: Record<string, string> }
  | { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string };

export interface FaultServer {
  url: string;
  /** Requests received so far. */
  requests: number;
  fault: Fault;
  close(): Promise<void>;
}

/** A body that a careless client would print: it echoes credentials. */
export const SECRET_BODY = '<html><body><h1>Unauthorized</h1><p>user=dba password=s3cret-Pa55 token=abc123</p></body></html>';

/** Starts a server with `fault` on 127.0.0.1 and a free port. */
export async function startFaultServer(fault: Fault): Promise<FaultServer> {
  const sockets = new Set<Socket>();
  const state: FaultServer = { url: '', requests: 0, fault, close: async () => {} };
  const answer = (response: ServerResponse): void => {
    const f = state.fault;
    if (f.kind === 'hang') return;
    if (f.kind === 'cut') {
      response.socket?.destroy();
      return;
    }
    if (f.kind === 'redirect') {
      response.writeHead(f.status, { Location: f.location, 'Content-Type': 'text/plain' });
      response.end('moved');
      return;
    }
    response.writeHead(f.status, { 'Content-Type': 'text/html', ...(f.headers ?? {}) });
    response.end(f.body);
  };
  const server: Server = createServer((request, response) => {
    state.requests += 1;
    request.resume();
    request.on('end', () => answer(response));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}/sparql`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return state;
}
