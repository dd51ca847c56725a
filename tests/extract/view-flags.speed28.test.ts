/**
 * Session 28 (speed): `DocView.flag(i, BIT)` answers `lex.<set>.has(view.word(i))` for the single-word lexicon sets
 * that rules test at every token (one typed-array read in place of a string hash probe per token and rule). The rules
 * now ask the flag, so every bit must agree with its set on every token, inside the document and just outside it
 * (index -1 and n read as the empty word). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { runSteps, stepsBefore } from '../../src/extract/index.ts';
import type { Lexicon } from '../../src/extract/lexicon.ts';
import { viewOf } from '../../src/extract/context.ts';
import {
  ABILITY_ADJECTIVE,
  ATTACK_NOUN,
  ATTEMPT,
  CASUALTY_VERB,
  CONDEMN_NOUN,
  DAMAGE_CLASS,
  DAMAGE_NOUN,
  DAMAGE_VERB,
  DIRECT_HIT_NOUN,
  EVALUATIVE_CALL,
  FAILURE_VERB,
  FIGURE_VERB,
  IMPACT_SUPERLATIVE,
  IMPERATIVE_ASK,
  INSERTED_ADVERB,
  INTERCEPT_NOUN,
  MODAL,
  NEED_VERB,
  NEGATION,
  OBJECT_PRONOUN,
  RATING_COPULA,
  REMAIN_VERB,
  SUFFER_VERB,
  TARGET_NOUN,
  UNDER_VERB,
} from '../../src/extract/relations/view.ts';
import { MINI_GAZETTEER, makeDoc } from './helpers.ts';

/** Each flag bit and the lexicon set it stands for. */
const BITS: [string, number, keyof Lexicon][] = [
  ['ATTACK_NOUN', ATTACK_NOUN, 'attackNoun'],
  ['CASUALTY_VERB', CASUALTY_VERB, 'casualtyVerbs'],
  ['DAMAGE_VERB', DAMAGE_VERB, 'damageVerbs'],
  ['EVALUATIVE_CALL', EVALUATIVE_CALL, 'evaluativeCall'],
  ['NEED_VERB', NEED_VERB, 'needVerbs'],
  ['INSERTED_ADVERB', INSERTED_ADVERB, 'insertedAdverbs'],
  ['INTERCEPT_NOUN', INTERCEPT_NOUN, 'interceptNoun'],
  ['DAMAGE_NOUN', DAMAGE_NOUN, 'damageNouns'],
  ['OBJECT_PRONOUN', OBJECT_PRONOUN, 'objectPronouns'],
  ['IMPACT_SUPERLATIVE', IMPACT_SUPERLATIVE, 'impactSuperlatives'],
  ['DIRECT_HIT_NOUN', DIRECT_HIT_NOUN, 'directHitNouns'],
  ['IMPERATIVE_ASK', IMPERATIVE_ASK, 'imperativeAsks'],
  ['CONDEMN_NOUN', CONDEMN_NOUN, 'condemnNoun'],
  ['DAMAGE_CLASS', DAMAGE_CLASS, 'damageClass'],
  ['TARGET_NOUN', TARGET_NOUN, 'targetNouns'],
  ['SUFFER_VERB', SUFFER_VERB, 'sufferVerbs'],
  ['FIGURE_VERB', FIGURE_VERB, 'figureVerbs'],
  ['UNDER_VERB', UNDER_VERB, 'underVerbs'],
  ['RATING_COPULA', RATING_COPULA, 'ratingCopulas'],
  ['REMAIN_VERB', REMAIN_VERB, 'remainVerbs'],
  ['NEGATION', NEGATION, 'negation'],
  ['FAILURE_VERB', FAILURE_VERB, 'failureVerbs'],
  ['ABILITY_ADJECTIVE', ABILITY_ADJECTIVE, 'abilityAdjectives'],
  ['ATTEMPT', ATTEMPT, 'attempt'],
  ['MODAL', MODAL, 'modal'],
];

/** Texts of my own that hold words of many of the sets (and many words of none). */
const TEXTS: string[] = [
  'Overnight the Bordurian army launched 40 drones at Zenda; air defences shot down 31 of them, and the rest slammed directly into a depot.',
  'The shelling caused heavy damage and casualties, the governor said, calling the strike a barbaric act; he urged allies to send more systems.',
  'Two of those drones were not intercepted and may have hit the power station, which suffered direct hits and lost both transformers.',
  'Officials failed to confirm the kills, were unable to say how many interceptions took place, and tried to play down the worst damage.',
  'Give us the jets now, the minister told them; the harbour remained under fire, and the attack was condemned by the Northern Pact.',
  'Was it the deadliest raid so far? Nobody could tell, and the figures the ministry released were not confirmed.',
];

describe('DocView.flag agrees with its lexicon set on every token (session 28)', () => {
  it('every bit is a distinct power of two', () => {
    const values = BITS.map(([, bit]) => bit);
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) expect(v > 0 && (v & (v - 1)) === 0 && v < 2 ** 31).toBe(true);
  });
  it.each(TEXTS)('%s', (text) => {
    const context = runSteps(makeDoc(text), { gazetteer: MINI_GAZETTEER, steps: stepsBefore('11-launched') });
    const v = viewOf(context);
    const n = context.tokens.length;
    let hits = 0;
    for (const [name, bit, list] of BITS) {
      const set = context.lexicon[list] as ReadonlySet<string>;
      for (let i = -1; i <= n; i++) {
        const expected = set.has(v.word(i));
        expect([name, i, v.word(i), v.flag(i, bit)]).toEqual([name, i, v.word(i), expected]);
        if (expected) hits++;
      }
    }
    // (The texts are meant to hold words of the sets: a test over no set words would prove nothing.)
    expect(hits).toBeGreaterThan(0);
  });
});
