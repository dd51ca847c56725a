/**
 * The decision step (17-decide): every candidate of the rules gets features (rule, trigger class, voice, distance,
 * polarity cues, subject source) and a score from the reviewed weights; only kept candidates reach the relations.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../src/extract/index.ts';
import { decide, DECISION_WEIGHTS, explainDecision, type CandidateFeatures } from '../../src/extract/relations/decision.ts';
import type { RelationCandidate } from '../../src/extract/relations/candidates.ts';
import { makeDoc } from './helpers.ts';
import { STEP_GAZETTEER } from './step-helpers.ts';

function decisions(text: string) {
  const context = runSteps(makeDoc(text), { gazetteer: STEP_GAZETTEER });
  return context.decisions.map((d) => ({ rule: d.candidate.rule, kept: d.kept, cues: d.features.cues, voice: d.features.voice }));
}

describe('decisions on sentences', () => {
  it.each([
    // [sentence, rule, kept, a cue it must carry (or null)]
    ['Russia fired 12 Shahed drones at Odesa overnight.', 'launched:active', true, null],
    ['Russia did not fire any Shahed drones at Odesa.', 'launched:active', false, 'negation'],
    ['Russia could fire 12 Shahed drones at Odesa.', 'launched:active', false, 'modal'],
    ['If Russia fires Shahed drones at Odesa, Ukraine will respond.', 'launched:active', false, 'conditional'],
    ['Did Russia fire Shahed drones at Odesa?', 'launched:active', false, 'question'],
    ['Officials said Russia fired 12 Shahed drones at Odesa.', 'launched:active', true, null],
    ['Moscow denied that Russia fired Shahed drones at Odesa.', 'launched:active', false, 'denial'],
  ])('%s -> %s kept=%s', (text, rule, kept, cue) => {
    const found = decisions(text).filter((d) => d.rule === rule);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.kept).toBe(kept);
      if (cue) expect(d.cues).toContain(cue);
    }
  });

  it('reads the voice of the trigger off the syntactic layer', () => {
    const found = decisions('Twelve Shahed drones were launched by Russia at Odesa.').filter((d) => d.rule === 'launched:passive');
    expect(found.map((d) => d.voice)).toEqual(['passive']);
  });
});

describe('the weights table', () => {
  const candidate: RelationCandidate = { predicate: 'launched', subject: 'russia', subjectRole: null, object: 'shahed-136', weapon: null, count: 3, addressee: null, sentence: 0, rule: 'launched:active', overSide: null, trigger: 1 };
  const features = (cues: CandidateFeatures['cues']): CandidateFeatures => ({ rule: 'launched:active', predicate: 'launched', trigger: 'launch', voice: 'active', distance: 2, cues, source: 'subject', waterTarget: false, debrisAgent: false });

  it.each([
    [[], true],
    [['negation'], false],
    [['plan'], false],
    [['denial', 'negation'], false],
  ] as const)('cues %j -> kept %s', (cues, kept) => {
    const d = decide(candidate, features([...cues]));
    expect(d.kept).toBe(kept);
    expect(d.score).toBe(DECISION_WEIGHTS.bias + cues.reduce((s, c) => s + DECISION_WEIGHTS.cue[c], 0));
  });

  it.each([
    ['Russian missiles struck a grain terminal in Izmail, a port on the Danube.', 'danube', false],
    ['Drones hit Kremenchuk, a city on the Dnipro river, overnight.', 'dnieper', false],
    ['Drones hit Kremenchuk, a city on the Dnipro river, overnight.', 'kremenchuk', true],
    ['Russian missiles struck a grain terminal in Izmail, a port on the Danube.', 'izmail', true],
  ] as const)('a water body is no target: %s -> %s kept %s', (text, object, kept) => {
    // the project's whole gazetteer (its water entries), not the small one of the step tests
    const found = runSteps(makeDoc(text)).decisions.filter((d) => d.candidate.predicate === 'targeted' && d.candidate.object === object);
    expect(found.length).toBeGreaterThan(0);
    if (kept) expect(found.some((d) => d.kept)).toBe(true);
    else expect(found.every((d) => !d.kept)).toBe(true);
  });

  it.each([
    [[], false, true],
    [['negation'], false, false],
  ] as const)('a debris agent with cues %j -> kept %s, for the events only %s', (cues, kept, eventOnly) => {
    const d = decide({ ...candidate, predicate: 'targeted', object: 'kyiv' }, { ...features([...cues]), predicate: 'targeted', debrisAgent: true });
    expect(d.kept).toBe(kept);
    expect(d.eventOnly).toBe(eventOnly);
    expect(explainDecision(d)).toMatch(eventOnly ? /^event-only / : /^dropped /);
  });

  it('explains a decision with its features and terms', () => {
    const line = explainDecision(decide(candidate, features(['negation'])));
    expect(line).toMatch(/^dropped -9\.0 launched:active: russia launched shahed-136 \(count 3\)/);
    expect(line).toContain('trigger launch, voice active, distance 2, source subject, cues negation');
    expect(line).toContain('cue=negation -10');
  });
});
