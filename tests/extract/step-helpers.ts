/**
 * Test utility for running one step of the pipeline alone: the context is prepared by the real steps before it
 * (wink-nlp tokens, gazetteer, names, weapon classes, coreference over a small hand-made gazetteer), then the step
 * runs by itself while a spy watches the layer it writes. Rule tests name the step and the rule id that must fire.
 */
import { vi } from 'vitest';
import { runSteps, stepById, stepsBefore, type StepId } from '../../src/extract/index.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import type { GazetteerEntry } from '../../src/domain/gazetteer/types.ts';
import { TEST_GAZETTEER } from './relations-helpers.ts';
import { makeDoc } from './helpers.ts';

/** What the mention layer needs beyond the rules' test gazetteer: demonyms, capitals, the capital cities. */
const EXTRA: Record<string, Partial<GazetteerEntry>> = {
  russia: { demonyms: ['Russian', 'Russians'], capital: 'moscow' },
  ukraine: { demonyms: ['Ukrainian', 'Ukrainians'], capital: 'kyiv' },
  'united-states': { aliases: ['US', 'U.S.'], demonyms: ['American', 'Americans'], capital: 'washington' },
  poland: { demonyms: ['Polish'], capital: 'warsaw' },
  'shahed-136': { aliases: ['Shahed'] },
};

/** The gazetteer of step tests: the relation tests' entries with demonyms and capitals, plus the capitals. */
export const STEP_GAZETTEER: GazetteerEntry[] = [
  ...TEST_GAZETTEER.map((entry) => ({ ...entry, ...EXTRA[entry.id] })),
  { id: 'moscow', name: 'Moscow', type: 'City', wikidata: null, aliases: [], country: 'russia' },
  { id: 'washington', name: 'Washington', type: 'City', wikidata: null, aliases: [], country: 'united-states' },
  { id: 'warsaw', name: 'Warsaw', type: 'City', wikidata: null, aliases: [], country: 'poland' },
];

/** A context for `text` prepared by every step before `id` (the step gazetteer, the project lexicon). */
export function prepareFor(id: StepId, text: string): ExtractContext {
  return runSteps(makeDoc(text), { gazetteer: STEP_GAZETTEER, steps: stepsBefore(id) });
}

/** The layers a step can be watched on. */
export type WatchedLayer = 'candidates' | 'relations';

/** Runs step `id` alone on `context` and returns what it pushed onto `layer` (read off a spy on the layer's push). */
export function runAlone<L extends WatchedLayer>(id: StepId, context: ExtractContext, layer: L): ExtractContext[L] {
  const target: unknown[] = context[layer];
  const spy = vi.spyOn(target, 'push');
  try {
    stepById(id).run(context);
    return spy.mock.calls.flat() as ExtractContext[L];
  } finally {
    spy.mockRestore();
  }
}

/** `predicate subject object count` of a candidate or relation; an open side reads "?", no count "-". */
export function describeRelation(r: { predicate: string; subject: string | null; object: string | null; count: number | null }): string {
  return `${r.predicate} ${r.subject ?? '?'} ${r.object ?? '?'} ${r.count ?? '-'}`;
}
