/**
 * `graphBuilder` (src/graph/build.ts): documents fed in pieces give the graph of one `addExtractions` call with all
 * of them (so the scale bench, which streams a year of news through it, builds what `buildGraph` would), and the
 * aggregates are computed once, at `finish`: the mentions edges of an entity named by every article are walked the
 * same number of times whatever the number of pieces. With one `addExtractions` per piece, as before, they were
 * walked again after every piece, which made a build in pieces grow faster than its articles.
 * Generated news (bench/news.ts) through the real extraction.
 */
import { describe, expect, it } from 'vitest';
import { generateNews } from '../../bench/news.ts';
import { extractDocument } from '../../src/extract/index.ts';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { createGraph } from '../../src/graph/build.ts';
import { addExtractions, buildGraph, graphBuilder } from '../../src/graph/node.ts';
import { parseGraph, serializeGraph } from '../../src/graph/serialize.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { ingestText } from '../../src/ingest/index.ts';

const extractions: DocumentExtraction[] = [...generateNews({ size: 240, seed: 11, perDay: 60 })].map((article) =>
  extractDocument(ingestText(article.text, { id: article.id, format: 'txt' })),
);

/** `extractions` cut into `n` pieces of (nearly) equal size, in order. */
function pieces(n: number): DocumentExtraction[][] {
  const size = Math.ceil(extractions.length / n);
  return Array.from({ length: n }, (_x, i) => extractions.slice(i * size, (i + 1) * size));
}

/** The entity with the most mentions edges (the one every aggregate pass walks longest). */
function busiestEntity(graph: KnowledgeGraph): string {
  let best = '';
  let most = -1;
  graph.forEachNode((key, a) => {
    if (a.kind !== 'entity') return;
    const n = graph.inDegree(key);
    if (n > most) [best, most] = [key, n];
  });
  return best;
}

/** Builds the pieces with `build`, counting how often the in-edges of `entity` are walked. */
function countWalks(entity: string, build: (graph: KnowledgeGraph) => void): { graph: KnowledgeGraph; walks: number } {
  const graph = createGraph();
  let walks = 0;
  const walk = graph.forEachInEdge.bind(graph) as (...args: unknown[]) => void;
  (graph as unknown as { forEachInEdge: (...args: unknown[]) => void }).forEachInEdge = (...args: unknown[]) => {
    if (args[0] === entity) walks += 1;
    walk(...args);
  };
  build(graph);
  return { graph, walks };
}

describe('graphBuilder', () => {
  const whole = buildGraph(extractions);
  const entity = busiestEntity(whole);

  it('gives the graph of one addExtractions call, whatever the pieces', () => {
    expect(whole.order).toBeGreaterThan(extractions.length);
    for (const n of [1, 3, 8]) {
      const graph = createGraph();
      const builder = graphBuilder(graph);
      for (const piece of pieces(n)) builder.add(piece);
      expect(builder.finish().documents).toBe(extractions.length);
      expect(serializeGraph(graph)).toEqual(serializeGraph(whole));
    }
  });

  it('never walks the busiest entity, whatever the pieces (its mention tally changes by each document)', () => {
    expect(whole.inDegree(entity)).toBeGreaterThan(extractions.length / 2);
    const counts = [1, 4, 12].map((n) => {
      const { graph, walks } = countWalks(entity, (g) => {
        const builder = graphBuilder(g);
        for (const piece of pieces(n)) builder.add(piece);
        builder.finish();
      });
      expect(serializeGraph(graph)).toEqual(serializeGraph(whole));
      return walks;
    });
    expect(counts).toEqual([0, 0, 0]);
    // Nor does one addExtractions per piece: the tallies are kept from one batch to the next.
    const perPiece = countWalks(entity, (g) => {
      for (const piece of pieces(12)) addExtractions(g, piece);
    });
    expect(perPiece.walks).toBe(0);
    expect(serializeGraph(perPiece.graph)).toEqual(serializeGraph(whole));
  });

  it('counts an entity from its mentions once when its graph came without tallies (parsed whole)', () => {
    const [first, ...rest] = pieces(4) as [DocumentExtraction[], ...DocumentExtraction[][]];
    const graph = parseGraph(serializeGraph(buildGraph(first)), 'test');
    let walks = 0;
    const walk = graph.forEachInEdge.bind(graph) as (...args: unknown[]) => void;
    (graph as unknown as { forEachInEdge: (...args: unknown[]) => void }).forEachInEdge = (...args: unknown[]) => {
      if (args[0] === entity) walks += 1;
      walk(...args);
    };
    const perBatch = rest.map((piece) => {
      const before = walks;
      addExtractions(graph, piece);
      return walks - before;
    });
    expect(perBatch).toEqual([1, 0, 0]);
    expect(serializeGraph(graph)).toEqual(serializeGraph(whole));
  });

  it('refuses to add after finish', () => {
    const builder = graphBuilder(createGraph());
    builder.add(pieces(8)[0] as DocumentExtraction[]);
    builder.finish();
    expect(() => builder.add(extractions.slice(0, 1))).toThrow(/after finish/);
    expect(() => builder.finish()).toThrow(/twice/);
  });
});
