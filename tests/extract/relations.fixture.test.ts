/**
 * The relation rules on the real pipeline (gazetteer, names, coreference) over a wire-style article written for
 * this test (tests/fixtures/relations/wire-style.txt): one sentence or two per error class of the unseen-article
 * feedback, with the relations that must be found and those that must not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/extract/index.ts';
import type { Document } from '../../src/ingest/types.ts';

function relations(path: string): string[] {
  const text = readFileSync(new URL(path, import.meta.url), 'utf8');
  const doc: Document = { id: 'fixture', path, format: 'txt', text, title: null, published: null, source: null, byline: null, dropped: [] };
  return runSteps(doc).relations.map((r) => `${r.predicate} ${r.subject} ${r.object} ${r.count ?? '-'}`);
}

describe('relations: wire-style fixture', () => {
  const found = relations('../fixtures/relations/wire-style.txt');

  it.each([
    ['R9 at targets across X', 'targeted russia ukraine -'],
    ['R2 partitive whole is the launch count', 'launched russia missile 14'],
    ['R2 partitive part is the interception', 'intercepted ukrainian-air-force missile 9'],
    ['R4 the negated clause after ";" leaves the first clause', 'intercepted ukrainian-air-force drone 44'],
    ['R11 including after a partial interception is launched', 'launched russia kalibr 4'],
    ['R5 place inside a passive subject', 'targeted russia lviv -'],
    ['R3 counted back-reference to the named system', 'intercepted ukraine kh-59 4'],
    ['needs more X', 'requested dmytro-kuleba air-defense-system -'],
    ['R6 strikes on facilities inside X', 'targeted ukraine russia -'],
    ['R7 explicit attacker of an attempted attack', 'targeted ukraine crimea -'],
  ])('%s', (_label, relation) => {
    expect(found).toContain(relation);
  });

  it.each([
    ['R11 no interception claimed for the included weapon', 'intercepted ukraine kalibr'],
    ['R3 no generic class for the back-reference', 'intercepted ukraine missile 4'],
    ['R7 not the default attacker', 'targeted russia crimea'],
    ['R7 the weapon of the attempted attack is not Russian', 'launched russia neptune'],
  ])('%s', (_label, relation) => {
    expect(found.filter((r) => r.startsWith(relation))).toEqual([]);
  });
});
