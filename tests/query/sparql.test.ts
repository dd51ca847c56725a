/**
 * SPARQL in-process (oxigraph) over the fixture graph exported by the graph module: every ready-made query gives
 * the answers the API gives; parameters, bad queries and missing graph folders fail with one clear error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, NotFoundError, UsageError } from '../../src/errors.ts';
import { exportGraph } from '../../src/output/index.ts';
import { loadGraph } from '../../src/query/load.ts';
import type { NewsGraph } from '../../src/query/news-graph.ts';
import { bindParams, listQueries, pageNote, pageQuery, parseParamOptions, resolveQuery, sparqlString } from '../../src/query/ready.ts';
import { column, LocalSparql, resultTable } from '../../src/query/sparql.ts';
import { fixtureGraph } from './fixture.ts';

let dir: string;
let store: LocalSparql;
let api: NewsGraph;

function ready(name: string, values: Record<string, string> = {}): ReturnType<LocalSparql['query']> {
  const { file } = resolveQuery(name);
  return store.query(bindParams(file!.text, file!.params, values));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-sparql-'));
  await exportGraph(fixtureGraph(), dir);
  store = LocalSparql.open(dir);
  api = await loadGraph(dir);
});

afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ready-made queries', () => {
  it('lists the four documented queries with their parameters', () => {
    const queries = listQueries();
    expect(queries.map((q) => q.name)).toEqual(['condemnations', 'edge-sources', 'requests', 'weapons-by-city']);
    for (const q of queries) expect(q.description.length).toBeGreaterThan(20);
    expect(queries.find((q) => q.name === 'edge-sources')!.params.map((p) => p.name)).toEqual(['subject', 'predicate', 'object']);
  });

  it('condemnations: the EU condemned Russia, as in the API', () => {
    const result = ready('condemnations');
    const pairs = resultTable(result).rows.map((r) => `${r[0]} condemned ${r[1]} (${r[2]})`);
    expect(pairs).toEqual(['European Union condemned Russia (2)', 'Josep Borrell condemned Russia (1)']);
    const fromApi = api.relations({ predicate: 'condemned' }).map((r) => `${r.subject.label} condemned ${r.object.label} (${r.documents})`);
    expect(pairs).toEqual(fromApi);
  });

  it('requests: who requested Patriot, and from whom', () => {
    const rows = resultTable(ready('requests')).rows.filter((r) => r[0] === 'Patriot');
    expect(rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Volodymyr Zelenskyy', 'United States', 'dev_09'],
      ['Yurii Ihnat', null, 'dev_03'],
    ]);
    const fromApi = api.relations({ predicate: 'requested', object: 'Patriot' }).map((r) => r.subject.label).sort();
    expect(rows.map((r) => r[1])).toEqual(fromApi);
  });

  it('weapons-by-city: each city gets the weapons of the events that targeted it, one count per event (checked by hand)', () => {
    const rows = resultTable(ready('weapons-by-city')).rows.map((r) => [r[0], r[1], r[2], r[3], r[4]]);
    expect(rows).toEqual([
      // dev_03's strike happened on 2023-01-14 (published 2023-01-16): the event date is listed.
      ['Dnipro', 'Kh-22', 5, 1, '2023-01-14'],
      ['Kyiv', 'cruise missile', 84, 1, '2022-10-10'],
      ['Kyiv', 'Kalibr', 9, 1, '2023-05-16'],
      // dev_01 and wire_01 both report 6 Kinzhals on 2023-05-16: one event, counted once; wire_02's two Kinzhals of
      // 2023-05-20 targeted no city.
      ['Kyiv', 'Kinzhal', 6, 1, '2023-05-16'],
      // dev_05 reports two nights: Lviv gets the Shahed-136 of its night only, Odesa the Kh-101 of its own.
      ['Lviv', 'Shahed-136', 30, 1, '2023-05-30'],
      ['Odesa', 'Kh-101', 4, 1, '2023-05-28'],
    ]);
    // The API gives the same answer: aggregate by weapon for each city.
    const fromApi = ['Dnipro', 'Kyiv', 'Lviv', 'Odesa'].flatMap((city) =>
      api.aggregate({ by: 'weapon', object: city }).map((r) => [city, r.label, r.count, r.events]),
    );
    expect(fromApi.sort()).toEqual(rows.map((r) => r.slice(0, 4)).sort());
  });

  it('weapons-by-city leaves a count no report gave unbound, never 0', async () => {
    const { fixtureExtractions } = await import('./fixture.ts');
    const { buildGraph } = await import('../../src/graph/build.ts');
    const extractions = fixtureExtractions();
    const dev03 = extractions.find((x) => x.document.id === 'dev_03')!;
    for (const e of dev03.events) {
      e.weapons = e.weapons.map((w) => ({ ...w, launched: null }));
      e.claims = e.claims.map((c) => ({ ...c, weapons: c.weapons.map((w) => ({ ...w, launched: null })) }));
    }
    const other = mkdtempSync(join(tmpdir(), 'newsgraph-sparql-unknown-'));
    try {
      await exportGraph(buildGraph(extractions), other);
      const local = LocalSparql.open(other);
      const { file } = resolveQuery('weapons-by-city');
      const rows = resultTable(local.query(file!.text)).rows;
      local.close();
      expect(rows.find((r) => r[0] === 'Dnipro')?.slice(0, 4)).toEqual(['Dnipro', 'Kh-22', null, 1]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('edge-sources: the articles behind Russia launched Kinzhal (defaults) and behind another edge', () => {
    const result = ready('edge-sources');
    expect(column(result, 'document')).toEqual(['dev_01', 'wire_01', 'wire_02']);
    const fromApi = api.relations({ subject: 'Russia', predicate: 'launched', object: 'Kinzhal' })[0]!.evidence.map((e) => e.document);
    expect(column(result, 'document')).toEqual(fromApi);
    const other = ready('edge-sources', { subject: 'eu', predicate: 'CONDEMNED', object: 'moscow' });
    expect(column(other, 'document')).toEqual(['dev_04', 'dev_03']);
  });

  it('requests is paged: every row carries the whole answer\'s size, most reported first, and pages join up', () => {
    const whole = ready('requests');
    const rows = resultTable(whole).rows;
    expect(new Set(column(whole, 'total'))).toEqual(new Set([String(rows.length)]));
    const sources = rows.map((r) => r[3] as number);
    expect(sources).toEqual([...sources].sort((a, b) => b - a));
    const { file } = resolveQuery('requests');
    const page = (offset: number, limit: number) => resultTable(store.query(pageQuery(file!.text, { offset, limit }))).rows;
    expect([...page(0, 2), ...page(2, 1), ...page(3, 1000)]).toEqual(rows);
    expect(page(rows.length, 5)).toEqual([]);
  });

  it.each([
    ['replaces the LIMIT that ends the query', 'SELECT * WHERE { ?s ?p ?o }\nLIMIT 1000\n', { offset: 1000 }, 'SELECT * WHERE { ?s ?p ?o }\nLIMIT 1000\nOFFSET 1000\n'],
    ['and its OFFSET, in either order', 'SELECT * WHERE { ?s ?p ?o } OFFSET 5 LIMIT 10', { limit: 3 }, 'SELECT * WHERE { ?s ?p ?o }\nLIMIT 3\n'],
    ['past trailing comments', 'SELECT * WHERE { ?s ?p ?o }\nlimit 10\n# the end\n\n', { offset: 20 }, 'SELECT * WHERE { ?s ?p ?o }\nLIMIT 10\nOFFSET 20\n'],
    ['appends to a query without them', 'SELECT * WHERE { ?s ?p ?o }', { offset: 2, limit: 1 }, 'SELECT * WHERE { ?s ?p ?o }\nLIMIT 1\nOFFSET 2\n'],
    ['never a sub-select\'s LIMIT', 'SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 5 } }', { limit: 2 }, 'SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 5 } }\nLIMIT 2\n'],
    ['leaves a query alone when no page is asked', 'SELECT * WHERE { ?s ?p ?o } LIMIT 4', {}, 'SELECT * WHERE { ?s ?p ?o } LIMIT 4'],
  ])('pageQuery %s', (_what, text, page, expected) => {
    expect(pageQuery(text, page)).toBe(expected);
  });

  it.each([[{ offset: -1 }], [{ offset: 1.5 }], [{ limit: 0 }]])('pageQuery rejects %j', (page) => {
    expect(() => pageQuery('SELECT * WHERE { ?s ?p ?o }', page)).toThrow(UsageError);
  });

  it.each([
    [['12', '12', '12'], 0, { first: 1, last: 3, total: 12, next: 3 }],
    [['12', '12'], 10, { first: 11, last: 12, total: 12, next: null }],
    [[], 0, null],
    [[null], 0, null],
  ])('pageNote(%j, %i)', (totals, offset, expected) => {
    expect(pageNote(totals, offset)).toEqual(expected);
  });

  it('binds parameters as escaped literals, never as query text', () => {
    const injected = ready('edge-sources', { subject: 'x") } SELECT * WHERE { ?s ?p ?o } #', predicate: 'launched', object: 'Kinzhal' });
    expect(injected.kind === 'select' && injected.bindings).toEqual([]);
    expect(sparqlString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });

  it.each([
    [['subject'], UsageError],
    [['=x'], UsageError],
  ])('rejects --param %j', (options, errorClass) => {
    expect(() => parseParamOptions(options)).toThrow(errorClass);
  });

  it('rejects a parameter the query does not declare', () => {
    const { file } = resolveQuery('condemnations');
    expect(() => bindParams(file!.text, file!.params, { subject: 'Russia' })).toThrow(UsageError);
  });

  it('suggests ready-made names for an unknown query file', () => {
    expect(() => resolveQuery('condemnation')).toThrow(NotFoundError);
  });
});

describe('LocalSparql', () => {
  it('answers SELECT, ASK and CONSTRUCT', () => {
    const select = store.query(
      'PREFIX ng: <https://newsgraph.example.org/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ' +
        'SELECT ?o WHERE { ?s skos:prefLabel "Russia" ; ng:launched ?x . ?x skos:prefLabel ?o } ORDER BY ?o',
    );
    expect(column(select, 'o')).toEqual(['Kalibr', 'Kh-101', 'Kh-22', 'Kinzhal', 'Shahed-136', 'cruise missile']);
    expect(store.query('ASK { ?s ?p ?o }')).toEqual({ kind: 'ask', boolean: true });
    const graph = store.query('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2');
    expect(graph.kind).toBe('graph');
    expect(resultTable(graph).rows).toHaveLength(2);
  });

  it('raises a one-line InputError for a bad query', () => {
    expect(() => store.query('SELEC * WHERE {')).toThrow(InputError);
    try {
      store.query('SELECT * WHERE { ?s ?p ?o } GROUP BY ?x');
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('raises NotFoundError for a missing graph folder and InputError for a broken file', () => {
    expect(() => LocalSparql.open(join(dir, 'nope'))).toThrow(NotFoundError);
    const broken = mkdtempSync(join(tmpdir(), 'newsgraph-broken-'));
    writeFileSync(join(broken, 'graph.nt'), '<http://a> <http://b> "unterminated .\n');
    expect(() => LocalSparql.open(broken)).toThrow(InputError);
    rmSync(broken, { recursive: true, force: true });
  });

  it('falls back to graph.ttl when graph.nt is missing', async () => {
    const ttlOnly = mkdtempSync(join(tmpdir(), 'newsgraph-ttl-'));
    await exportGraph(fixtureGraph(), ttlOnly, { formats: ['json', 'ttl'] });
    const other = LocalSparql.open(ttlOnly);
    expect(other.size).toBe(store.size);
    other.close();
    rmSync(ttlOnly, { recursive: true, force: true });
  });
});
