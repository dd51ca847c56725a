/** graph.json: canonical serialisation and parsing. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { parseGraph, serializeGraph, stableStringify } from '../../src/graph/serialize.ts';
import { GRAPH_FORMAT_VERSION } from '../../src/graph/types.ts';
import { loadFixtures, snapshot } from '../rdf/helpers.ts';

describe('graph.json', () => {
  const graph = buildGraph(loadFixtures());
  const text = serializeGraph(graph);

  it('is graphology export() shape plus formatVersion', () => {
    const data = JSON.parse(text);
    expect(data.formatVersion).toBe(GRAPH_FORMAT_VERSION);
    expect(data.attributes.formatVersion).toBe(GRAPH_FORMAT_VERSION);
    expect(data.options).toEqual({ allowSelfLoops: true, multi: true, type: 'directed' });
    expect(data.nodes).toHaveLength(graph.order);
    expect(data.edges).toHaveLength(graph.size);
    expect(data.edges[0]).toEqual({ key: expect.any(String), source: expect.any(String), target: expect.any(String), attributes: expect.any(Object) });
  });

  it('parses back into an equal graph, and re-serialises byte for byte', () => {
    const parsed = parseGraph(text);
    expect(snapshot(parsed)).toEqual(snapshot(graph));
    expect(serializeGraph(parsed)).toBe(text);
  });

  it('keeps layout positions', () => {
    const g = buildGraph(loadFixtures());
    g.setNodeAttribute('russia', 'x', 1.25);
    g.setNodeAttribute('russia', 'y', -3e-7);
    g.setAttribute('laidOut', true);
    const back = parseGraph(serializeGraph(g));
    expect(back.getNodeAttributes('russia')).toMatchObject({ x: 1.25, y: -3e-7 });
    expect(back.getAttribute('laidOut')).toBe(true);
  });

  it('sorts object keys at every level', () => {
    expect(stableStringify({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}');
  });

  const bad: [string, string][] = [
    ['not JSON', '{"nodes": ['],
    ['no nodes', '{"formatVersion": 1, "edges": []}'],
    ['unknown version', '{"formatVersion": 99, "nodes": [], "edges": []}'],
    ['edge to a missing node', '{"formatVersion": 1, "nodes": [], "edges": [{"key": "e", "source": "a", "target": "b", "attributes": {}}]}'],
  ];
  it.each(bad)('rejects %s with an InputError', (_name, input) => {
    expect(() => parseGraph(input, 'x/graph.json')).toThrow(InputError);
  });
});

describe('stableStringify matches JSON.stringify on JSON data', () => {
  const cases: [string, unknown][] = [
    ['nested', { z: [1, 'two', null, { b: true, a: -0.5 }], a: { c: 'é "q" \n' } }],
    ['undefined members', { a: undefined, b: [undefined, 1] }],
    ['non-finite numbers', { a: NaN, b: Infinity }],
    ['empty containers', { a: {}, b: [] }],
    ['top-level string', 'x"y'],
  ];
  it.each(cases)('%s', (_name, value) => {
    expect(JSON.parse(stableStringify(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
