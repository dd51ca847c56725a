/**
 * `newsgraph query`, `newsgraph sparql` and `newsgraph push` on the sample corpus graph: every mode and output
 * format, remote SPARQL against a loopback endpoint, push through the CLI, and one-line errors with exit codes
 * (1 for a missing graph, unknown entity or bad query; 2 for bad usage). Runs the CLI in-process (`run`), plus one
 * spawned run that reads the default graph/ folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LocalSparql } from '../../src/query/sparql.ts';
import { sampleGraphDir } from '../query/sample-graph.ts';
import { startMockServer } from '../push/server.ts';
import { cli, type Outcome } from './run-cli.ts';

const root = resolve(import.meta.dirname, '../..');
let graph: string;


const errorLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.trim() !== '');

beforeAll(async () => {
  graph = await sampleGraphDir();
});

describe('newsgraph query', () => {
  it('lists relations as a table: Russia launched Kinzhal (dev_01)', async () => {
    const { code, stdout } = await cli('query', '--graph', graph, '--subject', 'Russia', '--predicate', 'launched');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^subject\s+predicate\s+object\s+documents\s+count\s+first published\s+last published\s+sources$/);
    expect(lines.find((l) => /^Russia\s+launched\s+Kinzhal\s/.test(l))).toMatch(/dev_01/);
  });

  it('prints JSON relations with evidence', async () => {
    const { code, stdout } = await cli('query', '-g', graph, '-s', 'Russian Federation', '-p', 'launched', '-o', 'kinzhal', '--format', 'json');
    expect(code).toBe(0);
    const relations = JSON.parse(stdout) as { subject: { label: string }; object: { label: string }; evidence: { document: string }[] }[];
    expect(relations).toHaveLength(1);
    expect(relations[0]!.object.label).toBe('Kinzhal');
    expect(relations[0]!.evidence.map((e) => e.document)).toContain('dev_01');
  });

  it('prints CSV with a header and CRLF lines', async () => {
    const { code, stdout } = await cli('query', '-g', graph, '-p', 'requested', '-o', 'Patriot', '-f', 'csv');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('subject,predicate,object,documents,count,first published,last published,sources');
    expect(lines.slice(1).some((l) => /,requested,Patriot,\d+,,2023-01-16,/.test(l))).toBe(true);
  });

  it.each([
    [['--entity', 'Zelensky'], /label\s+Volodymyr Zelenskyy/],
    [['--neighbors', 'Kinzhal', '--direction', 'in'], /in\s+launched\s+Russia/],
    [['--timeline', 'Kinzhal'], /^2023-05-16\s+Russia\s+launched\s+Kinzhal/m],
    [['--path', 'Kinzhal', 'Russia'], /^1\s+Russia\s+launched\s+Kinzhal/m],
    [['--aggregate', 'weapon', '--subject', 'Russia'], /^kinzhal\s+Kinzhal\s+\d+/m],
    [['--aggregate', 'month', '--from', '2023-05', '--to', '2023-05'], /^2023-05\s+2023-05\s+\d+/m],
    [['--subject', 'Russia', '--min-sources', '3'], /^Russia\s+\w+\s+.+\s+[3-9]\s/m],
  ])('mode %j', async (args, pattern) => {
    const { code, stdout, stderr } = await cli('query', '-g', graph, ...args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(pattern);
  });

  it.each([
    [['--entity', 'Kinzal'], 1, /^newsgraph: entity: no entity named "Kinzal".*closest: .*Kinzhal/],
    [['--subject', 'Atlantis'], 1, /no entity named "Atlantis"/],
    [['--predicate', 'fired'], 2, /unknown predicate "fired"/],
    [['--format', 'xml'], 2, /unknown --format "xml"/],
    [['--min-sources', 'two'], 2, /bad --min-sources/],
    [['--from', 'May 2023'], 2, /bad --from date/],
    [['--entity', 'Kyiv', '--timeline', 'Kyiv'], 2, /at most one mode/],
    [['--path', 'Kyiv'], 2, /expected two/],
  ])('%j fails with exit %i and one line', async (args, exitCode, pattern) => {
    const { code, stdout, stderr } = await cli('query', '-g', graph, ...args);
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    expect(errorLines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(pattern);
  });

  it('names a missing graph folder and how to build it', async () => {
    const { code, stderr } = await cli('query', '--graph', join(graph, 'missing'), '--subject', 'Russia');
    expect(code).toBe(1);
    expect(errorLines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/no such graph folder; expected the output folder of `newsgraph build/);
  });

  it('reads graph/ in the working folder by default (spawned CLI)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'newsgraph-cwd-'));
    cpSync(graph, join(cwd, 'graph'), { recursive: true });
    const result = await new Promise<Outcome>((done, fail) => {
      const child = spawn(process.execPath, [join(root, 'bin/newsgraph.js'), 'query', '--entity', 'Kiev', '--format', 'json'], { cwd });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    });
    rmSync(cwd, { recursive: true, force: true });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'kyiv', label: 'Kyiv', type: 'City' });
  });
});

describe('newsgraph sparql', () => {
  it('runs a ready-made query by name: who condemned whom', async () => {
    const { code, stdout } = await cli('sparql', 'condemnations', '--graph', graph);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^condemner\s+condemned\s+sources\s+firstPublished\s+lastPublished$/);
    expect(stdout).toMatch(/Russia/);
  });

  it('runs a .rq file with parameters, as W3C JSON results', async () => {
    const { code, stdout } = await cli('sparql', join(root, 'queries/edge-sources.rq'), '-g', graph, '--param', 'subject=Russia', '--param', 'object=Kinzhal', '-f', 'json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    expect(json.head.vars).toEqual(['document', 'published', 'headline', 'count', 'evidence']);
    expect(json.results.bindings.map((b) => b.document!.value)).toContain('dev_01');
  });

  it('runs inline SPARQL as CSV with full IRIs', async () => {
    const query = 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e WHERE { ?e skos:prefLabel "Kinzhal" }';
    const { code, stdout } = await cli('sparql', query, '-g', graph, '-f', 'csv');
    expect(code).toBe(0);
    expect(stdout).toBe('e\r\nhttps://newsgraph.example.org/id/entity/kinzhal\r\n');
  });

  it('answers ASK queries', async () => {
    const { stdout } = await cli('sparql', 'ASK { ?s ?p ?o }', '-g', graph, '-f', 'json');
    expect(JSON.parse(stdout)).toEqual({ head: {}, boolean: true });
  });

  it('lists the ready-made queries', async () => {
    const { code, stdout } = await cli('sparql', '--list');
    expect(code).toBe(0);
    for (const name of ['condemnations', 'requests', 'weapons-by-city', 'edge-sources']) expect(stdout).toContain(name);
    expect(stdout).toContain('subject=Russia');
  });

  it('pages requests: each page says where it stands and how to get the next; the pages make the whole answer', async () => {
    const whole = await cli('sparql', 'requests', '-g', graph, '-f', 'csv');
    const rows = whole.stdout.trim().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(2);
    expect(whole.stderr.trim()).toBe(`newsgraph: sparql: rows 1-${rows.length} of ${rows.length}`);
    const first = await cli('sparql', 'requests', '-g', graph, '-f', 'csv', '--limit', '2');
    expect(first.stderr.trim()).toBe(`newsgraph: sparql: rows 1-2 of ${rows.length}; the next page: --offset 2`);
    const rest = await cli('sparql', 'requests', '-g', graph, '-f', 'csv', '--offset', '2');
    expect(rest.stderr.trim()).toBe(`newsgraph: sparql: rows 3-${rows.length} of ${rows.length}`);
    expect([...first.stdout.trim().split('\r\n').slice(1), ...rest.stdout.trim().split('\r\n').slice(1)]).toEqual(rows);
    const beyond = await cli('sparql', 'requests', '-g', graph, '--offset', String(rows.length));
    expect(beyond.stderr.trim()).toBe(`newsgraph: sparql: no rows at offset ${rows.length}`);
  });

  it.each([
    [['SELEC * WHERE { ?s ?p ?o }'], 1, /^newsgraph: sparql: parse error at line 1, column 1 near "SELEC .*got 'S'$/],
    [['condemnation'], 1, /no query file "condemnation".*closest: condemnations/],
    [['condemnations', '--param', 'subject=Russia'], 2, /unknown --param "subject"/],
    [['SELECT * WHERE { ?s ?p ?o }', '--param', 'a=b'], 2, /--param needs a query file/],
    [['condemnations', '--endpoint', 'http://user:pw@127.0.0.1:1/sparql'], 2, /holds credentials/],
    [[], 2, /no query given/],
    [['requests', '--offset', '-1'], 2, /bad --offset "-1"; expected a whole number/],
    [['requests', '--limit', '0'], 2, /bad limit 0; expected a whole number >= 1/],
  ])('%j fails with exit %i and one line', async (args, exitCode, pattern) => {
    const { code, stderr } = await cli('sparql', ...args, '-g', graph);
    expect(code).toBe(exitCode);
    expect(errorLines(stderr)).toHaveLength(1);
    expect(stderr.trim()).toMatch(pattern);
  });

  it('fails with one line on a missing graph folder', async () => {
    const { code, stderr } = await cli('sparql', 'condemnations', '-g', join(graph, 'missing'));
    expect(code).toBe(1);
    expect(errorLines(stderr)).toEqual([expect.stringMatching(/no such graph folder/)]);
  });

  describe('--endpoint (a loopback SPARQL endpoint answering from the same graph)', () => {
    let server: Server;
    let store: LocalSparql;
    let endpoint: string;

    beforeAll(async () => {
      store = LocalSparql.open(graph);
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          const query = new URLSearchParams(body).get('query') ?? '';
          try {
            const result = store.query(query);
            const json = result.kind === 'ask' ? { head: {}, boolean: result.boolean } : result.kind === 'select' ? { head: { vars: result.vars }, results: { bindings: result.bindings } } : null;
            response.writeHead(200, { 'Content-Type': 'application/sparql-results+json' });
            response.end(JSON.stringify(json));
          } catch (error) {
            response.writeHead(400, { 'Content-Type': 'text/plain' });
            response.end(`Virtuoso 37000 Error SP030: ${(error as Error).message}`);
          }
        });
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
    });

    afterAll(async () => {
      store.close();
      await new Promise<void>((done) => server.close(() => done()));
    });

    it('gives the same table as in-process', async () => {
      const remote = await cli('sparql', 'requests', '--endpoint', endpoint);
      const local = await cli('sparql', 'requests', '-g', graph);
      expect(remote.code).toBe(0);
      expect(remote.stdout).toBe(local.stdout);
      expect(remote.stdout).toMatch(/Patriot/);
    });

    it('reports the endpoint error on one line', async () => {
      const { code, stderr } = await cli('sparql', 'SELECT WHERE', '--endpoint', endpoint);
      expect(code).toBe(1);
      expect(errorLines(stderr)).toHaveLength(1);
      expect(stderr).toMatch(/HTTP 400: Virtuoso 37000 Error SP030/);
    });
  });
});

describe('newsgraph push', () => {
  it('pushes the sample graph with credentials from the environment', async () => {
    const server = await startMockServer({ auth: 'digest', user: 'ci', password: 'pw' });
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-push-'));
    cpSync(graph, dir, { recursive: true });
    vi.stubEnv('NEWSGRAPH_ENDPOINT_USER', 'ci');
    vi.stubEnv('NEWSGRAPH_ENDPOINT_PASSWORD', 'pw');
    try {
      const { code, stdout } = await cli('push', '--endpoint', server.url, '--graph', dir, '--batch-size', '1000');
      expect(code).toBe(0);
      expect(stdout).toMatch(/^pushed \d+ triples in \d+ requests \(dataset mode, \d+ graphs/);
      expect(server.store.size).toBeGreaterThan(1000);
      const again = await cli('push', '--endpoint', server.url, '--graph', dir, '--batch-size', '1000');
      expect(again.stdout).toMatch(/^pushed 0 triples in 0 requests.*skipped \d+ batches/);
    } finally {
      vi.unstubAllEnvs();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [['--endpoint', 'http://dba:dba@127.0.0.1:8890/sparql-graph-crud-auth'], 2, /holds credentials; expected them in NEWSGRAPH_ENDPOINT_USER/],
    [['--endpoint', 'http://127.0.0.1:1/x', '--mode', 'fast'], 2, /unknown --mode "fast"/],
    [['--endpoint', 'http://127.0.0.1:1/x', '--batch-size', '0'], 2, /bad --batch-size/],
    [['--endpoint', 'http://127.0.0.1:1/x', '--graph', '/nonexistent/graph'], 1, /no such graph folder/],
  ])('%j fails with exit %i', async (args, exitCode, pattern) => {
    const { code, stderr } = await cli('push', ...args);
    expect(code).toBe(exitCode);
    expect(errorLines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(pattern);
  });
});
