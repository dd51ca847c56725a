/**
 * A small Graph Store Protocol server on loopback for the push tests: N-Quads POST to the dataset (or, like
 * Virtuoso, an HTML page with 200 when `dataset` is off), PUT/POST/DELETE of N-Triples with `?graph=`, Digest or Basic
 * authentication, and injected failures (transient 503s, or a permanent 400 after some requests).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataFactory, Parser, Store } from 'n3';

export interface MockSettings {
  dataset: boolean;
  auth: 'none' | 'digest' | 'basic';
  user: string;
  password: string;
  /** Answer the next n data requests with 503. */
  transientFailures: number;
  /** After this many acknowledged data requests, answer 400 to every further one (null: never). */
  failAfter: number | null;
}

export interface MockServer {
  url: string;
  store: Store;
  settings: MockSettings;
  /** Data requests seen (including failed ones), and the ones acknowledged. */
  requests: { method: string; graph: string | null; contentType: string; status: number }[];
  close(): Promise<void>;
}

const REALM = 'newsgraph-test';
const NONCE = 'fixed-test-nonce';
const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

function authorised(request: IncomingMessage, settings: MockSettings): boolean {
  const header = request.headers.authorization ?? '';
  if (settings.auth === 'none') return true;
  if (settings.auth === 'basic') return header === `Basic ${Buffer.from(`${settings.user}:${settings.password}`).toString('base64')}`;
  if (!header.startsWith('Digest ')) return false;
  const fields = new Map<string, string>();
  for (const m of header.slice(7).matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) fields.set(m[1] as string, m[2] ?? m[3] ?? '');
  const ha1 = md5(`${fields.get('username')}:${REALM}:${settings.password}`);
  const ha2 = md5(`${request.method}:${fields.get('uri')}`);
  const expected = md5(`${ha1}:${fields.get('nonce')}:${fields.get('nc')}:${fields.get('cnonce')}:auth:${ha2}`);
  return fields.get('username') === settings.user && fields.get('nonce') === NONCE && fields.get('response') === expected && fields.get('uri') === request.url;
}

/** Starts the server on 127.0.0.1 with a free port. */
export async function startMockServer(overrides: Partial<MockSettings> = {}): Promise<MockServer> {
  const settings: MockSettings = { dataset: true, auth: 'none', user: 'tester', password: 'secret', transientFailures: 0, failAfter: null, ...overrides };
  const store = new Store();
  const requests: MockServer['requests'] = [];
  let acknowledged = 0;

  const handle = (request: IncomingMessage, response: ServerResponse, body: string): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const graph = url.searchParams.get('graph');
    const contentType = request.headers['content-type'] ?? '';
    const answer = (status: number, text = '', type = 'text/plain'): void => {
      requests.push({ method: request.method ?? '', graph, contentType, status });
      response.writeHead(status, { 'Content-Type': type });
      response.end(text);
    };
    // 1. Authentication.
    if (!authorised(request, settings)) {
      const challenge = settings.auth === 'digest' ? `Digest realm="${REALM}", nonce="${NONCE}", qop="auth", algorithm=MD5` : `Basic realm="${REALM}"`;
      response.writeHead(401, { 'WWW-Authenticate': challenge, 'Content-Type': 'text/plain' });
      response.end('unauthorised');
      return;
    }
    // 2. Injected failures.
    if (body.length > 0 && settings.transientFailures > 0) {
      settings.transientFailures -= 1;
      answer(503, 'busy');
      return;
    }
    if (body.length > 0 && settings.failAfter !== null && acknowledged >= settings.failAfter) {
      answer(400, 'refused by the test');
      return;
    }
    // 3. Data.
    try {
      if (graph === null) {
        if (!settings.dataset || !/n-quads/.test(contentType)) {
          answer(200, '<html><body><form>upload form</form></body></html>', 'text/html');
          return;
        }
        store.addQuads(new Parser({ format: 'N-Quads' }).parse(body));
      } else {
        const g = DataFactory.namedNode(graph);
        if (request.method === 'DELETE') {
          const existing = store.getQuads(null, null, null, g);
          for (const q of existing) store.removeQuad(q);
          answer(existing.length > 0 ? 204 : 404);
          return;
        }
        if (request.method === 'PUT') for (const q of store.getQuads(null, null, null, g)) store.removeQuad(q);
        for (const q of new Parser({ format: 'N-Triples' }).parse(body)) store.addQuad(q.subject, q.predicate, q.object, g);
      }
    } catch (error) {
      answer(400, `parse error: ${(error as Error).message}`);
      return;
    }
    if (body.length > 0) acknowledged += 1;
    answer(request.method === 'PUT' ? 201 : 204);
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/store`,
    store,
    settings,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
