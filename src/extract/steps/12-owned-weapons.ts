/**
 * Step 12: launched by ownership. "Russian missiles or drones have entered ...": a plural weapon class whose phrase
 * names a belligerent as its user was launched by it.
 */
import type { Mention } from '../layers.ts';
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { requestBefore } from '../relations/frames.ts';
import { emitLaunched, withCues, type Emit, type RelationCandidate } from '../relations/candidates.ts';
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

/**
 * "Russia launched 104 attack drones, Shaheds and Gerberas, ...", "137 UAVs (Shahed, Gerbera and other types)", "157
 * drones in all, Shaheds and decoys": named systems of a class's own head, set off after the class by a comma or a
 * bracket as what it is made of, were launched as the class was (`launched:apposed-members`: a copy of each launch of
 * the class, with no count of its own). The list holds only uncounted names of the head, fillers of the wave
 * ("decoys", lexicon waveFillers), "other types" and the words of a part ("mostly", lexicon partApposition), joined by
 * commas and wave joiners; it must close there (a bracket, a clause mark, or a word that is no verb, number or
 * weapon): "100 drones, Shaheds and three Kalibr missiles" is a list of launches, read by the launch rules.
 */
export function apposedMembers(view: DocView, candidates: RelationCandidate[]): void {
  const { lex } = view;
  const launches = candidates.filter((c) => c.predicate === 'launched' && c.weapon?.mention && c.weapon.generic);
  for (const c of launches) {
    const m = c.weapon?.mention as Mention;
    if (view.isDefenceClass(m) || view.isPlatformClass(m.entity)) continue;
    const head = view.classHead(m.entity);
    let k = m.tokenEnd;
    // "157 drones in all, Shaheds and decoys": a total's phrase before the comma (lexicon apposedTotals).
    if (view.word(k) === 'in' && lex.apposedTotals.has(view.word(k + 1))) k += 2;
    if (view.word(k) !== ',' && view.word(k) !== '(') continue;
    const end = view.ctx.sentences[c.sentence]?.tokenEnd ?? k;
    const members: Mention[] = [];
    let last = view.word(k);
    let ok = true;
    for (k++; k < end; ) {
      const w = view.word(k);
      const other = view.mention(k);
      if (other && other.tokenStart === k && view.isWeapon(other)) {
        if (other.generic) {
          // Only a filler of the wave ("decoys") stands beside the names; another class is a list of launches.
          if (!lex.waveFillers.has(view.classSlug(other.entity))) ok = false;
        } else if (view.classHead(other.entity) === head && view.weaponRef(other).count === null) members.push(other);
        else ok = false;
        if (!ok) break;
        k = other.tokenEnd;
        last = 'name';
        continue;
      }
      if (w === 'other' && lex.typeNouns.has(view.word(k + 1))) {
        k += 2;
        last = 'name';
        continue;
      }
      if (w === ',' || w === 'or' || lex.waveJoiners.has(w) || lex.partApposition.has(w)) {
        // "Shaheds and decoys, plus four S-300 missiles": a counted weapon after the joiner begins a list of launches.
        if (view.pos(k + 1) === 'NUM') break;
        last = w;
        k++;
        continue;
      }
      break;
    }
    if (!ok || members.length === 0 || last === 'and' || last === 'or') continue;
    // The list closes: no verb, number or weapon follows it.
    const next = k < end ? view.pos(k) : 'PUNCT';
    if (next === 'VERB' || next === 'AUX' || next === 'NUM' || (k < end && view.mention(k) && view.isWeapon(view.mention(k)))) continue;
    for (const named of members) {
      if (candidates.some((o) => o.predicate === 'launched' && o.weapon?.mention === named)) continue;
      candidates.push({ ...c, rule: 'launched:apposed-members', object: named.entity, weapon: { ...view.weaponRef(named), count: null, partitive: null, owner: c.weapon?.owner ?? null }, count: null });
    }
  }
}

/** The owned-weapons rule as a pipeline step (then the named members set off after a launched class). */
export const ownedWeaponsStep = defineStep('12-owned-weapons', (context: ExtractContext) => {
  const view = viewOf(context);
  ruleOwnedWeapons(view, (candidate) => context.candidates.push(candidate));
  apposedMembers(view, context.candidates);
});
