/**
 * A small triple store on loopback backed by oxigraph, speaking the three protocols `push` uses: the Graph Store
 * Protocol per graph (`PUT`, `POST`, `DELETE` with `?graph=`), N-Quads POSTed to the dataset, and SPARQL 1.1
 * Update (`application/sparql-update`). The replace tests compare its quads with an export.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import oxigraph from 'oxigraph';

export interface StoreServer {
  url: string;
  store: oxigraph.Store;
  /** Method and graph (or "update"/"dataset") of every request. */
  log: string[];
  /** Every quad as `s p o g` (N-Triples terms), sorted. */
  quads(): string[];
  close(): Promise<void>;
}

/** Starts the store server on 127.0.0.1 with a free port. */
export async function startStoreServer(): Promise<StoreServer> {
  const store = new oxigraph.Store();
  const log: string[] = [];
  const handle = (method: string, url: URL, type: string, body: string): number => {
    const graph = url.searchParams.get('graph');
    if (method === 'POST' && type.includes('sparql-update')) {
      log.push(`UPDATE`);
      store.update(body);
      return 204;
    }
    if (graph === null) {
      log.push(`${method} dataset`);
      if (method !== 'POST' || !type.includes('n-quads')) return 405;
      if (body) store.load(body, { format: 'application/n-quads' });
      return 204;
    }
    log.push(`${method} ${graph}`);
    const name = oxigraph.namedNode(graph);
    const existing = store.match(null, null, null, name);
    if (method === 'DELETE') {
      for (const quad of existing) store.delete(quad);
      return existing.length > 0 ? 204 : 404;
    }
    if (method === 'PUT') for (const quad of existing) store.delete(quad);
    if (method === 'PUT' || method === 'POST') {
      if (body) store.load(body, { format: 'application/n-triples', to_graph_name: name });
      return method === 'PUT' && existing.length === 0 ? 201 : 204;
    }
    return 405;
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let status: number;
      try {
        status = handle(request.method ?? 'GET', new URL(request.url ?? '/', 'http://127.0.0.1'), request.headers['content-type'] ?? '', Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        response.writeHead(400, { 'Content-Type': 'text/plain' });
        response.end(`refused: ${(error as Error).message}`);
        return;
      }
      response.writeHead(status);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/store`,
    store,
    log,
    quads: () => store.match().map((q) => `${q.subject.toString()} ${q.predicate.toString()} ${q.object.toString()} ${q.graph.toString()}`).sort(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (store as unknown as { free(): void }).free();
      }),
  };
}
