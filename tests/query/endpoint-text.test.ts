/**
 * `queryEndpointText` (src/query/sparql.ts), which `serve --sparql-endpoint` hands on unparsed: a store's JSON
 * results come back as they were sent except that Virtuoso's `"type": "typed-literal"` members say `literal` (also
 * with Virtuoso's spacing), a value that merely contains those words is left alone, the rows are those
 * `queryEndpoint` parses, and a body that is not a JSON object is one InputError.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { HttpClient } from '../../src/query/http.ts';
import { queryEndpoint, queryEndpointText } from '../../src/query/sparql.ts';

// Virtuoso's layout: tabs and spaces around members, "typed-literal" for typed values. The second value holds the
// words of the pattern with its quotes escaped, as any JSON string must.
const VIRTUOSO_JSON = [
  '\n{ "head": { "link": [], "vars": ["name", "n"] },',
  '  "results": { "distinct": false, "ordered": true, "bindings": [',
  '    { "name": { "type": "literal", "value": "Kinzhal" }\t, "n": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "3" }},',
  '    { "name": { "type":"literal", "value": "said \\"type\\": \\"typed-literal\\"" }\t, "n": { "type" : "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "1" }} ] } }',
].join('\n');

let server: Server;
let url = '';
let body = VIRTUOSO_JSON;

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/sparql-results+json' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('queryEndpointText', () => {
  const client = new HttpClient(null, { retries: 0, timeoutMs: 5000 });

  it('hands the JSON on with typed-literal written literal, and nothing else changed', async () => {
    body = VIRTUOSO_JSON;
    const answer = await queryEndpointText(client, url, 'SELECT ?name ?n WHERE { ?s ?p ?name }');
    expect(answer.format).toBe('json');
    expect(answer.body).not.toMatch(/"type"\s*:\s*"typed-literal"/);
    expect(answer.body).toContain('said \\"type\\": \\"typed-literal\\"');
    expect(answer.body).toBe(VIRTUOSO_JSON.replace('"type": "typed-literal"', '"type": "literal"').replace('"type" : "typed-literal"', '"type" : "literal"'));
  });

  it('gives the rows queryEndpoint parses', async () => {
    body = VIRTUOSO_JSON;
    const parsed = await queryEndpoint(client, url, 'SELECT ?name ?n WHERE { ?s ?p ?name }');
    const text = await queryEndpointText(client, url, 'SELECT ?name ?n WHERE { ?s ?p ?name }');
    expect(parsed).toEqual({ kind: 'select', vars: ['name', 'n'], bindings: JSON.parse(text.body).results.bindings });
    expect(parsed.kind === 'select' && parsed.bindings.map((row) => [row.name?.value, row.n?.type, row.n?.value])).toEqual([
      ['Kinzhal', 'literal', '3'],
      ['said "type": "typed-literal"', 'literal', '1'],
    ]);
  });

  it('refuses a body that is not a JSON object in one InputError', async () => {
    body = '<html>busy</html>';
    await expect(queryEndpointText(client, url, 'ASK { ?s ?p ?o }')).rejects.toThrow(InputError);
    await expect(queryEndpointText(client, url, 'ASK { ?s ?p ?o }')).rejects.toThrow(/malformed JSON/);
  });
});
