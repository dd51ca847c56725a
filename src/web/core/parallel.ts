/**
 * Curvature of parallel edges: where two entities are linked by several relations (in either direction), each
 * relation gets a curve of its own so none hides another. Computed once per graph, read by the edge reducer.
 */
import type { KnowledgeGraph } from '../graph/types.ts';

/** Base curvature and the step between parallel edges going the same way. */
export const CURVATURE = { base: 0.2, step: 0.12 } as const;

/** Curvature of every relation edge that has a parallel; edges missing from the map are straight. */
export function parallelCurvatures(graph: KnowledgeGraph): Map<string, number> {
  // 1. Group relation edges by unordered pair, counting each direction
  const groups = new Map<string, { forward: string[]; backward: string[] }>();
  graph.forEachEdge((key, attributes, source, target) => {
    if (attributes.kind !== 'relation') return;
    const forward = source < target;
    const pair = forward ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    let group = groups.get(pair);
    if (!group) groups.set(pair, (group = { forward: [], backward: [] }));
    (forward ? group.forward : group.backward).push(key);
  });
  // 2. Curve every edge of a pair with more than one relation (opposite directions bend to opposite sides)
  const curvatures = new Map<string, number>();
  for (const { forward, backward } of groups.values()) {
    if (forward.length + backward.length < 2) continue;
    forward.forEach((key, index) => curvatures.set(key, CURVATURE.base + CURVATURE.step * index));
    backward.forEach((key, index) => curvatures.set(key, CURVATURE.base + CURVATURE.step * index));
  }
  return curvatures;
}
