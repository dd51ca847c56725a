/**
 * Remote stores that misbehave, for `push` and `sparql --endpoint`: a server that never answers (it used to stall
 * 300 s per try with no flag), one that cuts the connection, one that answers 503, one that redirects (never
 * followed: a POST turned into a GET would look like an acknowledgement), and 401/403 answers whose body echoes
 * credentials (never printed: status and a hint only). Each ends in one EndpointError line, within the timeout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/output/index.ts';
import { DEFAULT_RETRY, EndpointError, HttpClient, parseTimeout } from '../../src/query/http.ts';
import { UsageError } from '../../src/errors.ts';
import { pushGraph } from '../../src/query/push.ts';
import { queryEndpoint } from '../../src/query/sparql.ts';
import { fixtureGraph } from '../query/fixture.ts';
import { errLines, newsgraph } from '../cli/run-cli.ts';
import { SECRET_BODY, startFaultServer, type Fault, type FaultServer } from './server.ts';

let dir: string;
let server: FaultServer | null = null;
const FAST = { retries: 1, backoffMs: 1, maxBackoffMs: 5, timeoutMs: 400 };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-endpoint-faults-'));
  await exportGraph(fixtureGraph(), dir);
});

afterEach(async () => {
  await server?.close();
  server = null;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The two clients under test, run against `server`: each must reject. */
const CLIENTS: Array<[string, (url: string) => Promise<unknown>]> = [
  ['push', (url) => pushGraph({ endpoint: url, dir, restart: true, retry: FAST })],
  ['sparql --endpoint', (url) => queryEndpoint(new HttpClient({ user: 'dba', password: 'dba' }, FAST), url, 'ASK { ?s ?p ?o }')],
];

/** Faults, what the error must say, and how many requests the client may make (attempts, not redirects followed). */
const FAULTS: Array<[string, Fault, RegExp, number]> = [
  ['never answers', { kind: 'hang' }, /no answer within 0\.4 s after 2 attempts/, 2],
  ['cuts the connection', { kind: 'cut' }, /connection (closed|reset)/, 2],
  ['answers 503', { kind: 'status', status: 503, body: 'busy' }, /HTTP 503/, 2],
  ['redirects with 301', { kind: 'redirect', status: 301, location: 'http://127.0.0.1:9/elsewhere' }, /HTTP 301 redirect to http:\/\/127\.0\.0\.1:9\/elsewhere/, 1],
  ['redirects with 307', { kind: 'redirect', status: 307, location: 'https://store.example/sparql' }, /HTTP 307 redirect to https:\/\/store\.example\/sparql/, 1],
  ['refuses with 401 and echoes a secret', { kind: 'status', status: 401, body: SECRET_BODY }, /HTTP 401.*NEWSGRAPH_ENDPOINT_USER/, 1],
  ['refuses with 403 and echoes a secret', { kind: 'status', status: 403, body: SECRET_BODY }, /HTTP 403/, 1],
];

describe.each(CLIENTS)('%s against a faulty server', (_client, run) => {
  it.each(FAULTS)('a server that %s: one EndpointError, quickly, no body echoed', async (_name, fault, expected, attempts) => {
    server = await startFaultServer(fault);
    const started = performance.now();
    const error = await run(server.url).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(EndpointError);
    const message = (error as EndpointError).message;
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/s3cret|token=|password=|Unauthorized/);
    expect(message).not.toMatch(/\n/);
    expect(server.requests).toBeLessThanOrEqual(attempts);
    expect((performance.now() - started) / 1000).toBeLessThan(5);
  });
});

describe('the --timeout flag', () => {
  it('defaults to a minute, not five', () => {
    expect(DEFAULT_RETRY.timeoutMs).toBe(60_000);
  });

  it('sparql --endpoint --timeout 1 against a server that never answers: one line, exit 1, in seconds', async () => {
    server = await startFaultServer({ kind: 'hang' });
    const started = performance.now();
    const r = await newsgraph(['sparql', 'ASK { ?s ?p ?o }', '--endpoint', server.url, '--timeout', '1', '--retries', '0'], dir);
    expect(r.code).toBe(1);
    const lines = errLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no answer within 1 s after 1 attempt.*--timeout/);
    expect((performance.now() - started) / 1000).toBeLessThan(15);
  }, 30_000);

  it('push with a 401 that echoes credentials prints the status and a hint only', async () => {
    server = await startFaultServer({ kind: 'status', status: 401, body: SECRET_BODY });
    const r = await newsgraph(['push', '--endpoint', server.url, '--graph', dir, '--timeout', '2'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/s3cret|token=|Unauthorized/);
    expect(errLines(r.stderr).at(-1)).toMatch(/HTTP 401/);
  }, 30_000);

  it.each([
    ['60', 60_000],
    ['0.5', 500],
    ['0', null],
    ['-1', null],
    ['soon', null],
    ['1e3', null],
  ])('parseTimeout(%j) = %s ms (a UsageError otherwise)', (value, ms) => {
    if (ms === null) expect(() => parseTimeout(value, 'sparql')).toThrow(UsageError);
    else expect(parseTimeout(value, 'sparql')).toBe(ms);
  });
});
