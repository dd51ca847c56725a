/**
 * Step 12: launched by ownership. "Russian missiles or drones have entered ...": a plural weapon class whose phrase
 * names a belligerent as its user was launched by it.
 */
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { requestBefore } from '../relations/frames.ts';
import { emitLaunched, withCues, type Emit } from '../relations/candidates.ts';
import { POLARITY, WEAPON, type DocView } from '../relations/view.ts';

/**
 * "Russian missiles or drones have entered ...": a plural weapon class whose phrase names a belligerent as its
 * user was launched by it, when the sentence asserts something (no negation, plan, question or denial).
 */
export function ruleOwnedWeapons(view: DocView, emit: Emit): void {
  for (const sentence of view.ctx.sentences) {
    if (!view.has(sentence, WEAPON)) continue;
    for (const m of view.mentionsOf(sentence)) {
      if (!view.isWeapon(m) || !m.generic || view.isDefenceClass(m) || view.isPlatformClass(m.entity)) continue;
      // "cost Ukraine interceptors", "the air force's anti-aircraft missiles": a class of air-defence means (lexicon
      // defenceClasses) is what its owner defends with, not what it launched at the other side.
      if (view.lex.defenceClasses.has(view.classSlug(m.entity))) continue;
      if (!view.word(m.tokenEnd - 1).endsWith('s')) continue;
      const owner = view.weaponOwner(m);
      if (owner === null || !view.lex.opponents.has(owner)) continue;
      const cues = view.polarity(sentence, m.tokenStart) | (requestBefore(view, sentence, m.tokenStart) ? POLARITY.REQUESTED : 0);
      emitLaunched(view, withCues(emit, cues, 'owner'), sentence, m.tokenStart, owner, [view.weaponRef(m)], 'launched:owner');
    }
  }
}

/** The owned-weapons rule as a pipeline step. */
export const ownedWeaponsStep = defineStep('12-owned-weapons', (context: ExtractContext) => ruleOwnedWeapons(viewOf(context), (candidate) => context.candidates.push(candidate)));
