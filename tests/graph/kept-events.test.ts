/**
 * Event nodes an update does not change stay as they are (`rebuildGroups`, src/graph/events.ts): an undated report
 * joining an attacker's undated events (each an event of its own, numbered in report order) adds its own node and
 * renumbers only the events after it, where the whole group used to be dropped and made again; and the labels of
 * events follow their attacker only when its label changed (`refreshEventLabels` used to walk the in-edges of every
 * entity an article touched). Counted with graphology's events and walks, and compared with a fresh build.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentExtraction, ExtractedEntity } from '../../src/extract/types.ts';
import { addExtractions, buildGraph } from '../../src/graph/build.ts';
import { serializeGraph } from '../../src/graph/serialize.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { DRONE, RUSSIA, UKRAINE, attack, doc } from './hand-made.ts';

/** An article reporting an undated drone attack of Russia (its event is undated, so one of its own). */
function undated(id: string, russia: ExtractedEntity = RUSSIA): DocumentExtraction {
  return doc(id, '2024-05-01', [UKRAINE, russia, DRONE], [], [attack(id, null, 'ukraine')]);
}

const base = Array.from({ length: 40 }, (_x, i) => undated(`u_${String(i * 10).padStart(4, '0')}`));

/** Event nodes added and dropped while `run` goes. */
function eventChurn(graph: KnowledgeGraph, run: () => void): { added: number; dropped: number } {
  const churn = { added: 0, dropped: 0 };
  const added = ({ key }: { key: string }): void => {
    if (key.startsWith('event:')) churn.added += 1;
  };
  const dropped = ({ key }: { key: string }): void => {
    if (key.startsWith('event:')) churn.dropped += 1;
  };
  graph.on('nodeAdded', added);
  graph.on('nodeDropped', dropped);
  try {
    run();
  } finally {
    graph.off('nodeAdded', added);
    graph.off('nodeDropped', dropped);
  }
  return churn;
}

describe('undated events kept by an update', () => {
  it.each([
    ['after every other (the usual case: new articles sort last)', 'u_9999', 1, 0],
    ['between them: the events numbered after it move up one', 'u_0195', 21, 20],
    ['before every other: every number moves', 'u_000', 41, 40],
  ])('a report whose article sorts %s adds its node and remakes only those renumbered', (_name, id, added, dropped) => {
    const graph = buildGraph(base);
    expect(graph.filterNodes((_key, a) => a.kind === 'event')).toHaveLength(40);
    const churn = eventChurn(graph, () => addExtractions(graph, [undated(id)]));
    expect(churn).toEqual({ added, dropped });
    expect(serializeGraph(graph)).toEqual(serializeGraph(buildGraph([...base, undated(id)])));
  });

  it('relabels the kept events when their attacker gets a new label, as a fresh build does', () => {
    const renamed: ExtractedEntity = { ...RUSSIA, label: 'Russian Federation', aliases: ['Russian Federation'] };
    const more = Array.from({ length: 45 }, (_x, i) => undated(`v_${String(i).padStart(4, '0')}`, renamed));
    const graph = buildGraph(base);
    addExtractions(graph, more);
    expect(graph.getNodeAttribute('russia', 'label')).toBe('Russian Federation');
    expect(graph.getNodeAttribute('event:undated/russia/1', 'label')).toContain('Russian Federation');
    expect(serializeGraph(graph)).toEqual(serializeGraph(buildGraph([...base, ...more])));
  });

  it('never walks the attacker (its label comes from its mention tally), nor for its events, when its label stays', () => {
    const graph = buildGraph(base);
    let walks = 0;
    const original = graph.forEachInEdge.bind(graph) as (...args: unknown[]) => void;
    const target = graph as unknown as { forEachInEdge: (...args: unknown[]) => void };
    target.forEachInEdge = (...args: unknown[]) => {
      if (args[0] === 'russia') walks += 1;
      original(...args);
    };
    addExtractions(graph, [undated('u_9999')]);
    delete (target as { forEachInEdge?: unknown }).forEachInEdge;
    expect(walks).toBe(0);
  });
});
