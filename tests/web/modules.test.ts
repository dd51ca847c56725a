/**
 * Unit tests of the explorer's browser-safe modules (no sigma, no DOM): URL view state, filters, parallel-edge
 * curvature, node sizes, graph hashing, RDF file detection and the graph generator.
 */
import { describe, expect, it } from 'vitest';
import { decodeViewState, defaultViewState, encodeViewState } from '../../src/web/state/url.ts';
import { applyFilters, defaultFilters, filterDomain, sourcesInRange } from '../../src/web/filters/index.ts';
import { parallelCurvatures } from '../../src/web/core/parallel.ts';
import { SIZE_RANGE, computeSizes } from '../../src/web/appearance/index.ts';
import { graphHash, hasAllPositions, parseGraphJson } from '../../src/web/graph/index.ts';
import { rdfFormatOf } from '../../src/web/graph/rdf.ts';
import { generateGraph } from '../../src/web/dev/generate.ts';
import type { RelationAttributes } from '../../src/graph/types.ts';
import { InputError, UsageError } from '../../src/errors.ts';
import { buildSampleGraph } from './fixtures/sample-graph.ts';

const rel = (subject: string, predicate: string, object: string): string => `rel|${subject}|${predicate}|${object}`;

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
  });

  it.each([
    ['selection', { node: 'City:kyiv' }],
    ['edge', { edge: rel('Country:russia', 'launched', 'WeaponSystem:kinzhal') }],
    ['camera', { camera: { x: 0.25, y: 0.75, ratio: 0.3 } }],
    ['size and theme', { size: 'pagerank' as const, theme: 'dark' as const }],
  ])('round-trips %s', (_name, change) => {
    const state = { ...defaultViewState(), ...change };
    expect(decodeViewState(`#${encodeViewState(state)}`)).toEqual(state);
  });

  it('round-trips filters', () => {
    const state = defaultViewState();
    state.filters.types.delete('Person');
    state.filters.types.add('Document');
    state.filters.predicates.delete('launched');
    state.filters.from = '2023-05-01';
    state.filters.to = '2023-06-30';
    state.filters.minSources = 3;
    const decoded = decodeViewState(encodeViewState(state));
    expect(decoded.filters).toEqual(state.filters);
  });

  it.each([
    ['types=Bogus,City', (s: ReturnType<typeof decodeViewState>) => expect([...s.filters.types]).toEqual(['City'])],
    ['preds=launched,hacked', (s: ReturnType<typeof decodeViewState>) => expect([...s.filters.predicates]).toEqual(['launched'])],
    ['min=-3', (s: ReturnType<typeof decodeViewState>) => expect(s.filters.minSources).toBe(1)],
    ['min=2.5', (s: ReturnType<typeof decodeViewState>) => expect(s.filters.minSources).toBe(1)],
    ['from=yesterday&to=2023-1-1', (s: ReturnType<typeof decodeViewState>) => expect([s.filters.from, s.filters.to]).toEqual([null, null])],
    ['cam=a,b,c', (s: ReturnType<typeof decodeViewState>) => expect(s.camera).toBeNull()],
    ['cam=0.5,0.5,0', (s: ReturnType<typeof decodeViewState>) => expect(s.camera).toBeNull()],
    ['cam=0.5,0.5', (s: ReturnType<typeof decodeViewState>) => expect(s.camera).toBeNull()],
    ['size=huge&theme=neon', (s: ReturnType<typeof decodeViewState>) => expect([s.size, s.theme]).toEqual(['sources', 'light'])],
  ])('ignores a malformed %s', (fragment, check) => {
    check(decodeViewState(fragment));
  });
});

describe('filters', () => {
  const graph = buildSampleGraph();
  const launched = graph.edges().filter((key) => key.includes('|launched|'));

  it('hides documents and their mentions edges by default, nothing else', () => {
    const hidden = applyFilters(graph, defaultFilters());
    expect([...hidden.nodes].every((key) => key.startsWith('doc:'))).toBe(true);
    expect(hidden.nodes.size).toBe(3);
    expect([...hidden.edges].every((key) => key.startsWith('mentions|'))).toBe(true);
  });

  it('hides the edges of an unchecked predicate and only those', () => {
    const filters = defaultFilters();
    filters.predicates.delete('launched');
    const hidden = applyFilters(graph, filters);
    for (const key of launched) expect(hidden.edges.has(key)).toBe(true);
    expect(hidden.edges.has(rel('Country:russia', 'targeted', 'City:kyiv'))).toBe(false);
  });

  it('hides the edges of a hidden node type', () => {
    const filters = defaultFilters();
    filters.types.delete('City');
    const hidden = applyFilters(graph, filters);
    expect(hidden.nodes.has('City:kyiv')).toBe(true);
    expect(hidden.edges.has(rel('Country:russia', 'targeted', 'City:kyiv'))).toBe(true);
  });

  it('counts sources inside the date range', () => {
    const attributes = graph.getEdgeAttributes(rel('Country:russia', 'launched', 'WeaponSystem:kinzhal')) as RelationAttributes;
    const filters = defaultFilters();
    expect(sourcesInRange(attributes, filters)).toBe(2);
    expect(sourcesInRange(attributes, { ...filters, from: '2023-06-01' })).toBe(1);
    expect(sourcesInRange(attributes, { ...filters, to: '2023-05-09' })).toBe(0);
  });

  it('applies the minimum number of sources', () => {
    const hidden = applyFilters(graph, { ...defaultFilters(), minSources: 2 });
    expect(hidden.edges.has(rel('Country:russia', 'launched', 'WeaponSystem:kinzhal'))).toBe(false);
    expect(hidden.edges.has(rel('Country:russia', 'targeted', 'City:kyiv'))).toBe(true);
  });

  it('describes the domain the filter UI is built from', () => {
    const domain = filterDomain(graph);
    expect(domain.typeCounts.get('WeaponSystem')).toBe(3);
    expect(domain.predicateCounts.get('launched')).toBe(2);
    expect(domain.dates).toEqual(['2023-05-10', '2023-06-02', '2023-07-15']);
    expect(domain.maxSources).toBe(2);
  });
});

describe('appearance', () => {
  const graph = buildSampleGraph();

  it('curves parallel relations (either direction) and leaves single ones straight', () => {
    const curvatures = parallelCurvatures(graph);
    expect(curvatures.get(rel('Country:ukraine', 'condemned', 'Country:russia'))).toBeGreaterThan(0);
    expect(curvatures.get(rel('Country:russia', 'condemned', 'Country:ukraine'))).toBeGreaterThan(0);
    expect(curvatures.has(rel('Country:russia', 'targeted', 'City:kyiv'))).toBe(false);
  });

  it.each(['degree', 'pagerank'] as const)('sizes every node within the size range by %s', (metric) => {
    const sizes = computeSizes(graph, metric);
    expect(sizes.size).toBe(graph.order);
    for (const size of sizes.values()) {
      expect(size).toBeGreaterThanOrEqual(SIZE_RANGE.min);
      expect(size).toBeLessThanOrEqual(SIZE_RANGE.max);
    }
  });

  it('gives the most connected entity the largest degree size', () => {
    const sizes = computeSizes(graph, 'degree');
    expect(sizes.get('Country:russia')).toBe(SIZE_RANGE.max);
    expect(sizes.get('doc:fx-1')).toBe(SIZE_RANGE.min);
  });

  it('writes nothing into the graph', () => {
    const before = JSON.stringify(graph.export());
    computeSizes(graph, 'pagerank');
    parallelCurvatures(graph);
    applyFilters(graph, defaultFilters());
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('graph loading', () => {
  it('parses graph.json and hashes the structure, not the positions', () => {
    const graph = buildSampleGraph();
    const parsed = parseGraphJson(JSON.stringify(graph.export()), 'sample');
    expect(parsed.order).toBe(graph.order);
    expect(hasAllPositions(parsed)).toBe(false);
    const hash = graphHash(parsed);
    parsed.forEachNode((key) => parsed.mergeNodeAttributes(key, { x: 1, y: 2 }));
    expect(hasAllPositions(parsed)).toBe(true);
    expect(graphHash(parsed)).toBe(hash);
    parsed.addDirectedEdgeWithKey(rel('City:kyiv', 'condemned', 'Country:russia'), 'City:kyiv', 'Country:russia', { kind: 'mentions' });
    expect(graphHash(parsed)).not.toBe(hash);
  });

  it.each([
    ['not JSON', '{"nodes": ['],
    ['no arrays', '{"nodes": 1}'],
    ['a newer format', JSON.stringify({ attributes: { formatVersion: 99 }, nodes: [], edges: [] })],
  ])('rejects %s with InputError', (_name, text) => {
    expect(() => parseGraphJson(text, 'bad.json')).toThrow(InputError);
  });

  it.each([
    ['graph.ttl', 'text/turtle'],
    ['GRAPH.TTL', 'text/turtle'],
    ['graph.nt', 'application/n-triples'],
    ['graph.trig', 'application/trig'],
    ['graph.json', null],
    ['ttl', null],
  ])('recognises %s as RDF format %s', (name, format) => {
    expect(rdfFormatOf(name)).toBe(format);
  });
});

describe('graph generator', () => {
  it('makes the requested numbers of entities and relations, with positions', () => {
    const graph = generateGraph({ nodes: 500, edgesPerNode: 5, documents: 10 });
    expect(graph.order).toBe(510);
    expect(graph.size).toBe(2500);
    expect(hasAllPositions(graph)).toBe(true);
    graph.forEachEdge((_key, attributes) => {
      expect(attributes.kind).toBe('relation');
      if (attributes.kind === 'relation') expect(attributes.evidence.length).toBeGreaterThan(0);
    });
  });

  it('is deterministic for a seed', () => {
    const a = JSON.stringify(generateGraph({ nodes: 200, seed: 3 }).export());
    expect(JSON.stringify(generateGraph({ nodes: 200, seed: 3 }).export())).toBe(a);
    expect(JSON.stringify(generateGraph({ nodes: 200, seed: 4 }).export())).not.toBe(a);
  });

  it.each([{ nodes: 1 }, { edgesPerNode: -1 }, { clusterSize: 0 }, { documents: 0 }])('rejects %o with UsageError', (options) => {
    expect(() => generateGraph(options)).toThrow(UsageError);
  });
});
