/**
 * The pipeline as one ordered list of `{ id, run }` steps whose state lives in the context: numbered ids in order,
 * the relation rules between the view and the closing step, the events last, a rule run out of order refused, and
 * any split of the list (the steps before a step, then the rest) giving the same extraction as one run (no state
 * outside the context).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createContext, EXTRACT_STEPS, extractDocument, MENTION_STEPS, runSteps, stepById, stepsBefore, stepsFrom } from '../../src/extract/index.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import { resolveDocument } from '../../src/extract/resolve/index.ts';
import { makeDoc } from './helpers.ts';

const ARTICLE = makeDoc(readFileSync(new URL('../../corpus/dev_03.txt', import.meta.url), 'utf8'), 'dev_03');

describe('the step list', () => {
  it('has unique numbered ids in ascending order', () => {
    const ids = EXTRACT_STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^\d\d-[a-z]+(-[a-z]+)*$/);
    const numbers = ids.map((id) => Number(id.slice(0, 2)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('runs the mention layer (01-05), syntax (09), the view (10), the rules (11-16), the decisions (17), the roles (18), the closing of sides (19) and the events (20)', () => {
    expect(MENTION_STEPS.map((s) => s.id)).toEqual(['01-tokens', '02-gazetteer', '03-names', '04-generic', '05-coref']);
    expect(stepsFrom('09-syntax').map((s) => s.id)).toEqual([
      '09-syntax', '10-relation-view', '11-launched', '12-owned-weapons', '13-intercepted', '14-targeted', '15-requested', '16-condemned',
      '17-decide', '18-roles', '19-close-sides', '20-events',
    ]);
    expect([...stepsBefore('13-intercepted'), ...stepsFrom('13-intercepted')]).toEqual([...EXTRACT_STEPS]);
  });

  it('refuses a relation rule run before the view layer exists', () => {
    const context = runSteps(makeDoc('Russia fired 12 drones.'), { steps: MENTION_STEPS });
    expect(() => stepById('11-launched').run(context)).toThrowError(/10-relation-view/);
  });
});

describe('sentences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a short lower-case abbreviation before a lower-case word ends no sentence', 'Kalibr - 1 pc. of each type; destroyed. More came.', ['Kalibr - 1 pc. of each type; destroyed.', 'More came.']],
    ['a period before a capital still does', 'Russia fired 1 pc. The rest fell.', ['Russia fired 1 pc.', 'The rest fell.']],
    ['a long word before the period does', 'The drones were intercepted. then more came.', ['The drones were intercepted.', 'then more came.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const context = runSteps(makeDoc(text), { steps: MENTION_STEPS });
    expect(context.sentences.map((s) => context.doc.text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('state in the context', () => {
  it('fills every layer', () => {
    const context = runSteps(ARTICLE);
    expect(context.tokens.length).toBeGreaterThan(0);
    expect(context.sentences.length).toBeGreaterThan(0);
    expect(context.lexemeIds?.length).toBe(context.tokens.length);
    expect(context.tokenKeys.length).toBe(context.tokens.length);
    expect(context.mentions.length).toBeGreaterThan(0);
    expect(context.view).not.toBeNull();
    expect(context.syntax?.n).toBe(context.tokens.length);
    expect(context.decisions.length).toBe(context.candidates.length);
    expect(context.roles?.attacker).toBe('russia');
    expect(context.candidates.length).toBeGreaterThanOrEqual(context.relations.length);
    expect(context.relations.length).toBeGreaterThan(0);
    expect(context.statedRelations.length).toBeGreaterThanOrEqual(context.relations.filter((r) => !r.rule.endsWith(':event-line')).length);
    expect(context.events.length).toBeGreaterThan(0);
    for (const c of context.candidates) expect(context.tokens[c.trigger], c.rule).toBeDefined();
  });

  // The second half runs on a copy of the context (new object, new layer arrays): a step that kept state keyed on
  // the context or its arrays (as a WeakMap would) loses it here.
  it.each(EXTRACT_STEPS.slice(1).map((s) => s.id))('gives the same extraction when the list is split before %s', (id) => {
    const whole = extractDocument(ARTICLE);
    const first = createContext(ARTICLE);
    for (const step of stepsBefore(id)) step.run(first);
    const second: ExtractContext = {
      ...first,
      tokens: [...first.tokens],
      sentences: [...first.sentences],
      tokenKeys: [...first.tokenKeys],
      mentions: first.mentions.map((m) => ({ ...m })),
      entityInfo: new Map(first.entityInfo),
      candidates: [...first.candidates],
      relations: [...first.relations],
      statedRelations: [...first.statedRelations],
      events: [...first.events],
    };
    for (const step of stepsFrom(id)) step.run(second);
    expect(resolveDocument(second)).toEqual(whole);
  });
});
