/**
 * The RDF head made once for the three syntaxes of one export (rdf/quads.ts `SharedQuads`): whatever order the
 * syntaxes come in, each gets the quads it would make alone (Turtle and N-Triples the head with its direct edges, TriG
 * without them), the later ones get the blocks the first one made, and the documents' and events' blocks, which use
 * the shared evidence index, are unchanged.
 */
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import { GraphQuads, SharedQuads } from '../../src/rdf/quads.ts';
import { loadFixtures } from './helpers.ts';

const graph = buildGraph(loadFixtures());

/** A quad as one line of text (terms by their N-Triples-like form), to compare lists of quads. */
const text = (q: Quad): string => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}:${'datatype' in q.object ? q.object.datatype?.value : ''} ${q.graph.value}`;

/** Every quad one syntax writes: the head, then each day's documents and events. */
function all(quads: GraphQuads): string[] {
  const out: string[] = [];
  for (const block of quads.head()) for (const q of block) out.push(text(q));
  for (const part of quads.parts().values()) for (const block of quads.partBlocks(part)) for (const q of block) out.push(text(q));
  return out;
}

const NAMED = { turtle: false, ntriples: false, trig: true } as const;
type Syntax = keyof typeof NAMED;

describe('SharedQuads', () => {
  it.each<[string, Syntax[]]>([
    ['Turtle, N-Triples, TriG', ['turtle', 'ntriples', 'trig']],
    ['TriG first', ['trig', 'turtle', 'ntriples']],
    ['N-Triples alone', ['ntriples']],
  ])('%s: each syntax gets the quads it makes alone', (_name, order) => {
    const shared = new SharedQuads();
    for (const syntax of order) {
      const alone = all(new GraphQuads(graph, { namedGraphs: NAMED[syntax] }));
      expect(all(new GraphQuads(graph, { namedGraphs: NAMED[syntax] }, shared)), syntax).toEqual(alone);
    }
  });

  it('the head is made once: a later syntax gets the first one\'s blocks, and TriG leaves the direct edges out', () => {
    const shared = new SharedQuads();
    const first = [...new GraphQuads(graph, { namedGraphs: false }, shared).head()];
    const second = [...new GraphQuads(graph, { namedGraphs: false }, shared).head()];
    expect(second.length).toBe(first.length);
    second.forEach((block, i) => expect(block).toBe(first[i]));
    const trig = [...new GraphQuads(graph, { namedGraphs: true }, shared).head()];
    expect(trig.length).toBeLessThan(first.length);
    trig.forEach((block, i) => expect(block).toBe(first[i]));
    // What TriG leaves out are the direct edges alone: triples whose predicate is a relation's (ng:launched, ...).
    const left = first.slice(trig.length).flat();
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((q) => /#(launched|intercepted|requested|condemned|targeted)$/.test(q.predicate.value))).toBe(true);
  });

  it('without SharedQuads every syntax makes its own head (distinct blocks)', () => {
    const a = [...new GraphQuads(graph, { namedGraphs: false }).head()];
    const b = [...new GraphQuads(graph, { namedGraphs: false }).head()];
    expect(b[0]).not.toBe(a[0]);
    expect(b.flat().map(text)).toEqual(a.flat().map(text));
  });
});
