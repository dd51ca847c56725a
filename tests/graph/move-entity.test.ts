/**
 * A surname merged into a full name (`moveEntity`, src/graph/build.ts) visits the edges of the moved entity and the
 * relations that name it as an addressee, not the whole graph: before, every move walked every edge of the graph to
 * find the addressees, so a build with many moves grew with moves x edges. The operations are counted (edges visited
 * by graphology's `forEachEdge`), not timed. Hand-made extractions (invented people).
 */
import { describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/extract/types.ts';
import { addExtractions, buildGraph } from '../../src/graph/build.ts';
import { serializeGraph } from '../../src/graph/serialize.ts';
import type { KnowledgeGraph, RelationAttributes } from '../../src/graph/types.ts';
import { DRONE, GERMANY, PATRIOT, RUSSIA, UKRAINE, attack, doc, person, relation } from './hand-made.ts';

/** `n` articles without people: a request of Ukraine to Germany and a drone attack each (relations with addressees, events). */
function padding(n: number): DocumentExtraction[] {
  return Array.from({ length: n }, (_x, i) => {
    const id = `pad_${String(i).padStart(4, '0')}`;
    return doc(id, `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, [UKRAINE, RUSSIA, GERMANY, PATRIOT, DRONE], [relation('ukraine', 'requested', 'patriot', ['germany']), relation('russia', 'launched', 'drone')], [attack(id, null, 'ukraine')]);
  });
}

/** A full name in one article, then the surname alone in another: the surname's node merges into the full name's. */
function pair(first: string, surname: string, day: string): DocumentExtraction[] {
  const full = person(`${first} ${surname}`);
  const lone = person(surname);
  return [
    doc(`full_${surname}`, day, [full, UKRAINE, PATRIOT], [relation(full.id, 'requested', 'patriot')]),
    doc(`lone_${surname}`, day, [lone, UKRAINE, RUSSIA, PATRIOT, DRONE], [relation('ukraine', 'requested', 'patriot', [lone.id]), relation(lone.id, 'condemned', 'russia')], [attack(`lone_${surname}`, day, lone.id)]),
  ];
}

/** Edges visited by `forEachEdge` while `run` goes: over the whole graph, and around one node. */
function countVisits(graph: KnowledgeGraph, run: () => void): { wholeWalks: number; whole: number; around: number } {
  const counts = { wholeWalks: 0, whole: 0, around: 0 };
  const original = graph.forEachEdge.bind(graph) as (...args: unknown[]) => void;
  const target = graph as unknown as { forEachEdge: (...args: unknown[]) => void };
  target.forEachEdge = (...args: unknown[]) => {
    const whole = typeof args[0] === 'function';
    if (whole) counts.wholeWalks += 1;
    const callback = args[args.length - 1] as (...a: unknown[]) => void;
    original(...args.slice(0, -1), (...a: unknown[]) => {
      if (whole) counts.whole += 1;
      else counts.around += 1;
      callback(...a);
    });
  };
  try {
    run();
  } finally {
    delete (target as { forEachEdge?: unknown }).forEachEdge;
  }
  return counts;
}

describe('moveEntity: a surname merge costs the edges it touches', () => {
  const first = pair('Petro', 'Lysenko', '2024-04-01');
  const second = pair('Halyna', 'Bondar', '2024-04-02');

  /** A graph of `n` padding articles and the first pair (one merge), then the second pair added: its visits. */
  function secondMerge(n: number): { graph: KnowledgeGraph; visits: ReturnType<typeof countVisits> } {
    const graph = buildGraph([...padding(n), ...first]);
    const visits = countVisits(graph, () => addExtractions(graph, second));
    return { graph, visits };
  }

  it('never walks the whole graph again once the addressee index is built, whatever the size of the graph', () => {
    const small = secondMerge(20);
    const large = secondMerge(400);
    expect(large.graph.size).toBeGreaterThan(small.graph.size * 10);
    for (const { graph, visits } of [small, large]) {
      expect(graph.hasNode('Person:bondar')).toBe(false);
      expect(visits.wholeWalks).toBe(0);
      expect(visits.whole).toBe(0);
    }
    // The edges around the moved node: its mention and its relation (its event is still a pending report then).
    expect(small.visits.around).toBe(2);
    expect(large.visits.around).toBe(small.visits.around);
  });

  it('builds the addressee index once, in one pass, for any number of merges in one batch', () => {
    const graph = buildGraph(padding(50));
    const edges = graph.size;
    const visits = countVisits(graph, () => addExtractions(graph, [...first, ...second]));
    expect(graph.hasNode('Person:lysenko') || graph.hasNode('Person:bondar')).toBe(false);
    expect(visits.wholeWalks).toBe(1);
    // One pass over the edges there are then (the padding's and the new articles'), not one per merge.
    expect(visits.whole).toBeGreaterThanOrEqual(edges);
    expect(visits.whole).toBeLessThan(2 * edges);
  });

  it('renames the addressee, moves relations and events, and gives the graph of one build', () => {
    const { graph } = secondMerge(20);
    const request = graph.getEdgeAttributes('rel|ukraine|requested|patriot') as RelationAttributes;
    const named = request.evidence.filter((e) => e.document === 'lone_Bondar').map((e) => e.addressee);
    expect(named).toEqual([['Person:halyna-bondar']]);
    expect(graph.hasEdge('rel|Person:halyna-bondar|condemned|russia')).toBe(true);
    const claimants: string[] = [];
    graph.forEachNode((_key, a) => {
      if (a.kind === 'event' && a.date === '2024-04-02') claimants.push(...a.claimants);
    });
    expect(claimants).toEqual(['Person:halyna-bondar']);
    expect(serializeGraph(graph)).toEqual(serializeGraph(buildGraph([...padding(20), ...first, ...second])));
  });
});
