/**
 * The five relation rules of GUIDELINES.md (launched, intercepted, targeted, requested, condemned).
 * Each rule walks the sentences once, finds its trigger words from the lexicon, checks polarity and modality,
 * and finds its arguments with the scans of frames.ts. Sides that the sentence leaves implicit (the attacker
 * of "were shot down", the defender of "air defences destroyed ...") stay open here and are filled in by
 * resolve.ts from the whole document.
 */
import type { Mention, Sentence } from '../context.ts';
import type { Predicate } from '../../domain/index.ts';
import {
  afterPreposition,
  descriptionFallback,
  agentLeft,
  byAgent,
  ellipticalPartitive,
  isPassive,
  isReducedParticiple,
  partOf,
  passiveObjects,
  placesRight,
  preferSpecificPlaces,
  relativeAntecedent,
  scanRight,
} from './frames.ts';
import { ATTACK_NOUN, CASUALTY_VERB, DAMAGE_VERB, EVALUATIVE_CALL, NEED_VERB, PLACE, WEAPON, type DocView, type WeaponRef } from './view.ts';

/** A relation found by a rule, with sides that may still be open. */
export interface Pending {
  predicate: Predicate;
  /** Entity key, or null when the side is implicit (filled from `subjectRole`). */
  subject: string | null;
  subjectRole: 'attacker' | 'defender' | null;
  /** Entity key, or null when the object is "the attacker of the attack referred to". */
  object: string | null;
  /** The weapon of launched/intercepted (for the side of implicit subjects). */
  weapon: WeaponRef | null;
  count: number | null;
  addressee: string[] | null;
  sentence: number;
  rule: string;
  /** Intercepted: the state over whose territory the weapons were downed ("over the Bryansk region"), if named. */
  overSide?: string | null;
}

/** Collects pending relations. */
export type Emit = (pending: Pending) => void;

/** Launched: one relation per weapon. */
function emitLaunched(view: DocView, emit: Emit, sentence: Sentence, subject: string | null, refs: WeaponRef[], rule: string): void {
  for (const ref of refs) {
    if (view.isPlatformClass(ref.entity) || ref.negated) continue;
    const side = subject !== null ? view.sideOf(subject) : ref.owner;
    emit({ sentence: sentence.index, rule, addressee: null, predicate: 'launched', subject: side, subjectRole: side ? null : 'attacker', object: ref.entity, weapon: ref, count: ref.count, overSide: null });
  }
}

/** Targeted: one relation per place. */
function emitTargeted(view: DocView, emit: Emit, sentence: Sentence, subject: string | null, places: Mention[], rule: string, weapon: WeaponRef | null = null): void {
  for (const place of places) {
    const side = subject !== null ? view.sideOf(subject) : null;
    if (side !== null && side === view.sideOf(place.entity) && place.type === 'Country') continue;
    // The weapon (when known) lets an implicit attacker be the side that launched it ("The missiles were launched at Z").
    emit({ sentence: sentence.index, rule, addressee: null, predicate: 'targeted', subject: side, subjectRole: side ? null : 'attacker', object: place.entity, weapon, count: null, overSide: null });
  }
}

/** The side named by an agent, or the attacker behind a weapon agent. */
function agentSide(view: DocView, key: string | null, weapon: Mention | null): string | null {
  if (key !== null) return view.sideOf(key);
  if (weapon) return view.weaponOwner(weapon);
  return null;
}

/* ------------------------------------------------------------------ launched */

/** "X fired/launched/used/sent W", "W launched by X", "W that X launched", "X's use of W". */
export function ruleLaunched(view: DocView, emit: Emit): void {
  const { lex } = view;
  let list: { subject: string | null } | null = null;
  for (const sentence of view.ctx.sentences) {
    // 0. Bullet lines after "the Russians used:" continue its object list.
    const first = view.firstIndex(sentence);
    const head = view.word(first);
    // A list item: a bullet, or a line that opens with a number or a weapon ("five Oniks cruise missiles from ...").
    const bullet = head === '-' || head === '•' || head === '*' || view.pos(first) === 'NUM' || view.isWeapon(view.mention(first));
    if (list && bullet) {
      emitLaunched(view, emit, sentence, list.subject, view.weaponsIn(first, sentence.tokenEnd), 'launched:bullet-list');
      continue;
    }
    list = null;
    const colon = endsWithColon(view, sentence);
    if (!colon && !view.has(sentence, WEAPON)) continue;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const length = view.at(lex.launch, i);
      if (length === 0) continue;
      const pos = view.pos(i);
      const headline = view.afterActor(i);
      // 1. The noun "use of W" ("Russian use of kamikaze drones").
      if (pos === 'NOUN' && !headline) {
        if (view.word(i + 1) !== 'of' || view.blocked(sentence, i)) continue;
        const scan = scanRight(view, sentence, i + 2);
        const owner = view.mention(i - 1);
        const key = view.isActor(owner) && !view.isOrigin(owner) ? owner.entity : view.word(i - 1) === "'s" ? (view.mention(i - 2)?.entity ?? null) : null;
        emitLaunched(view, emit, sentence, key, scan.weapons.slice(0, 3), 'launched:use-of');
        continue;
      }
      if (pos !== 'VERB' && pos !== 'AUX' && length === 1 && !headline) continue;
      if (view.word(i - 1) === '-') continue; // "sea-launched Kalibr" is a modifier
      if (view.blocked(sentence, i, { event: true })) continue;
      const after = i + length;
      // Deliveries are not launches: "send Ukraine more weapons", "urged allies to send ...".
      const recipient = view.mention(after);
      if (recipient && recipient.type === 'Country' && recipient.kind !== 'demonym') continue;
      if (requestBefore(view, sentence, i)) continue;
      // 2. Passive and reduced participle: the weapons are left, the agent follows "by".
      if (isPassive(view, sentence, i) || isReducedParticiple(view, sentence, i, length)) {
        const objects = passiveObjects(view, sentence, i);
        const agent = byAgent(view, sentence, after);
        const subject = agent.key ?? null;
        emitLaunched(view, emit, sentence, subject, objects, 'launched:passive');
        const right = scanRight(view, sentence, after);
        // Gapped coordination: "four Kh-22 were fired from bombers and two Kh-59 from fighters".
        emitLaunched(view, emit, sentence, subject, right.weapons.filter((w) => w.count !== null), 'launched:passive-gapped');
        emitTargeted(view, emit, sentence, subject ?? objects[0]?.owner ?? null, right.places, 'targeted:launched-at', objects[0] ?? null);
        continue;
      }
      // 3. Relative clause "W that X launched" / "W X sent".
      const relative = relativeAntecedent(view, sentence, i);
      const agent = agentLeft(view, sentence, i);
      const right = scanRight(view, sentence, after);
      if (relative && relative.length > 0) {
        const subject = agent.key;
        emitLaunched(view, emit, sentence, subject, relative, 'launched:relative');
        const including = right.weapons.filter((w) => w.mention && view.word(w.mention.tokenStart - 2) !== 'of');
        emitLaunched(view, emit, sentence, subject, including, 'launched:relative-including');
        emitTargeted(view, emit, sentence, subject, right.places, 'targeted:launched-at');
        continue;
      }
      // 4. Active: "X fired W at Z". "send"/"deploy" also describe deliveries: only a belligerent sends weapons at someone.
      const subject = agent.key;
      if (lex.ambiguousLaunch.has(view.word(i)) && (subject === null || !lex.opponents.has(view.sideOf(subject)))) continue;
      emitLaunched(view, emit, sentence, subject, right.weapons, 'launched:active');
      if (colon && right.weapons.length === 0) list = { subject };
      emitTargeted(view, emit, sentence, subject, right.places, 'targeted:launched-at');
    }
  }
}

/**
 * "Russian missiles or drones have entered ...": a plural weapon class whose phrase names a belligerent as its
 * user was launched by it, when the sentence asserts something (no negation, plan, question or denial).
 */
export function ruleOwnedWeapons(view: DocView, emit: Emit): void {
  for (const sentence of view.ctx.sentences) {
    if (!view.has(sentence, WEAPON)) continue;
    for (const m of view.mentionsOf(sentence)) {
      if (!view.isWeapon(m) || !m.generic || view.isDefenceClass(m) || view.isPlatformClass(m.entity)) continue;
      if (!view.word(m.tokenEnd - 1).endsWith('s')) continue;
      const owner = view.weaponOwner(m);
      if (owner === null || !view.lex.opponents.has(owner)) continue;
      if (view.blocked(sentence, m.tokenStart) || requestBefore(view, sentence, m.tokenStart)) continue;
      emitLaunched(view, emit, sentence, owner, [view.weaponRef(m)], 'launched:owner');
    }
  }
}

/* --------------------------------------------------------------- intercepted */

/** "X shot down/intercepted/destroyed W", "W were shot down (by X)", "N of them were downed". */
export function ruleIntercepted(view: DocView, emit: Emit): void {
  const { lex } = view;
  for (const sentence of view.ctx.sentences) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const length = view.at(lex.intercept, i);
      if (length === 0) continue;
      const pos = view.pos(i);
      if (length === 1 && pos !== 'VERB' && !view.afterActor(i)) continue; // "down" as a particle
      if (view.word(i - 1) === '-') continue;
      if (view.blocked(sentence, i, { success: true, event: true })) continue;
      const after = i + length;
      let subject: string | null;
      let objects: WeaponRef[];
      let rule: string;
      if (isPassive(view, sentence, i) || isReducedParticiple(view, sentence, i, length)) {
        objects = passiveObjects(view, sentence, i);
        const agent = byAgent(view, sentence, after);
        subject = agent.key;
        rule = 'intercepted:passive';
        // "..., together with all ten Shahed drones Russia sent": more objects after the verb.
        const right = scanRight(view, sentence, after, { stopAt: (k) => view.at(lex.launch, k) });
        const extra = right.weapons.filter((w) => w.mention && !view.isPlatform(w.mention) && view.weaponOwner(w.mention) === null);
        objects = objects.concat(extra.filter((w) => w.mention && continuationBefore(view, sentence, w.mention)));
      } else {
        const agent = agentLeft(view, sentence, i);
        subject = agent.key;
        const right = scanRight(view, sentence, after, { stopAt: (k) => (view.pos(k) === 'VERB' ? view.at(lex.intercept, k) : 0) });
        // Air-defence systems are the means of an interception, not what is intercepted.
        objects = right.weapons.filter((w) => view.classHead(w.entity) !== 'system');
        rule = 'intercepted:active';
        // "destroyed 31 of the 36.": an elliptical partitive refers back to the earlier weapons.
        if (objects.length === 0) {
          let k = after;
          while (k < sentence.tokenEnd && view.lex.skipAdverbs.has(view.word(k))) k++;
          const whole = view.word(k + 2) === 'the' ? k + 3 : k + 2;
          const ellipsis = view.numberEndingAt(whole) && !view.mention(whole + 1) ? ellipticalPartitive(view, whole) : null;
          if (ellipsis && ellipsis.start === k) objects = partOf(view.previousWeapons(sentence, k), ellipsis.part, ellipsis.whole);
        }
      }
      // Nobody shoots down their own weapons: when a pronoun resolved to the side that owns one of the objects
      // ("its air defences intercepted 16 Ukrainian drones" with "its" read as Ukraine), the interceptor is the other side.
      if (subject !== null) {
        const side = view.sideOf(subject);
        if (objects.some((o) => o.owner === side)) subject = lex.opponents.get(side) ?? null;
      }
      const overSide = overPlaceSide(view, sentence, after);
      // "30 of the 38 missiles, including Kinzhal missiles": once a part was downed, what "including" adds
      // belongs to the whole that was launched, not to the part that was downed.
      let partial = false;
      for (const ref of objects) {
        if (ref.negated) continue;
        const here = ref.mention !== null && ref.mention.sentence === sentence.index;
        const included = here && ref.mention !== null && includingBefore(view, sentence, ref.mention);
        if (included) {
          emit({ sentence: sentence.index, rule: 'launched:including', addressee: null, predicate: 'launched', subject: ref.owner, subjectRole: ref.owner ? null : 'attacker', object: ref.entity, weapon: ref, count: ref.count, overSide: null });
          // "including all six Kalibr missiles" does attach to the part that was downed.
          if (partial && !allQuantified(view, ref.mention)) continue;
        }
        const side = subject !== null ? view.sideOf(subject) : null;
        emit({ sentence: sentence.index, rule, addressee: null, predicate: 'intercepted', subject: side, subjectRole: side ? null : 'defender', object: ref.entity, weapon: ref, count: ref.partitive ?? ref.count, overSide });
        if (ref.partitive !== null && (ref.count === null || ref.partitive < ref.count)) partial = true;
        if (!here || included) continue;
        if (ref.owner) {
          // "32 Ukrainian drones" were launched by Ukraine.
          emit({ sentence: sentence.index, rule: 'launched:owner-of-intercepted', addressee: null, predicate: 'launched', subject: ref.owner, subjectRole: null, object: ref.entity, weapon: ref, count: ref.count, overSide: null });
        } else if (ref.partitive !== null && ref.count !== null && ref.partitive < ref.count && view.at(view.lex.launch, ref.mention?.tokenEnd ?? 0) === 0) {
          // "destroyed two of the seven missiles": the seven were launched by the attacker.
          emit({ sentence: sentence.index, rule: 'launched:whole-of-partitive', addressee: null, predicate: 'launched', subject: null, subjectRole: 'attacker', object: ref.entity, weapon: ref, count: ref.count, overSide: null });
        }
      }
    }
  }
}

/** Does the sentence end with a colon (a list follows)? */
function endsWithColon(view: DocView, sentence: Sentence): boolean {
  for (let k = sentence.tokenEnd - 1; k >= sentence.tokenStart; k--) {
    const w = view.word(k);
    if (/^\s*$/.test(w)) continue;
    return w === ':';
  }
  return false;
}

/** The state of the place named by "over ..." after an interception verb ("downed ... over the Kursk region"). */
function overPlaceSide(view: DocView, sentence: Sentence, from: number): string | null {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 16); k++) {
    if (view.word(k) === ';' || (view.reportAt(k, sentence.tokenEnd) > 0 && view.pos(k) === 'VERB')) return null;
    if (view.word(k) !== 'over') continue;
    const places = placesRight(view, sentence, k + 1, 10);
    const first = places[0];
    return first ? view.holderOf(first.entity) : null;
  }
  return null;
}

/** Is there a request word earlier in the sentence ("urged allies to send ...")? */
function requestBefore(view: DocView, sentence: Sentence, i: number): boolean {
  for (let k = sentence.tokenStart; k < i; k++) if (view.at(view.lex.request, k) > 0 && view.pos(k) === 'VERB') return true;
  return false;
}

/** Is a weapon phrase quantified by "all" / "both" ("all six Kalibr missiles")? */
function allQuantified(view: DocView, m: Mention | null): boolean {
  if (!m) return false;
  for (let k = m.tokenStart - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
    const w = view.word(k);
    if (w === 'all' || w === 'both') return true;
    if (view.pos(k) !== 'NUM' && view.pos(k) !== 'ADJ' && w !== 'the') return false;
  }
  return false;
}

/** Is a weapon introduced by "including" / "among them" (a subset of the weapons named before it)? */
function includingBefore(view: DocView, sentence: Sentence, m: Mention): boolean {
  for (let k = m.tokenStart - 1; k >= Math.max(sentence.tokenStart, m.tokenStart - 5); k--) {
    const w = view.word(k);
    if (w === 'including' || (w === 'them' && view.word(k - 1) === 'among')) return true;
    if (view.mention(k) || w === ',' || view.pos(k) === 'VERB') return false;
  }
  return false;
}

/** Is a weapon introduced by "together with", "along with", "as well as", "including"? */
function continuationBefore(view: DocView, sentence: Sentence, m: Mention): boolean {
  for (let k = m.tokenStart - 1; k >= Math.max(sentence.tokenStart, m.tokenStart - 6); k--) {
    const w = view.word(k);
    if (w === 'with' && (view.word(k - 1) === 'together' || view.word(k - 1) === 'along')) return true;
    if (w === 'including' || (w === 'as' && view.word(k - 1) === 'well')) return true;
  }
  return false;
}

/* ------------------------------------------------------------------ targeted */

/** Attack verbs and nouns with places, "In Z, ... was hit", "Blasts were reported in Z". */
export function ruleTargeted(view: DocView, emit: Emit): void {
  const { lex } = view;
  for (const sentence of view.ctx.sentences) {
    const { tokenStart, tokenEnd } = sentence;
    if (!view.has(sentence, PLACE | WEAPON)) continue;
    for (let i = tokenStart; i < tokenEnd; i++) {
      const w = view.word(i);
      const verbLength = view.at(lex.attackVerb, i);
      const pos = view.pos(i);
      const afterActor = view.afterActor(i);
      const isNoun = lex.attackNoun.has(w) && (pos === 'NOUN' || pos === 'PROPN' || verbLength === 0) && !(afterActor && verbLength > 0);
      if (view.word(i - 1) === '-') continue;
      if (!isNoun && (verbLength === 0 || (verbLength === 1 && pos !== 'VERB' && !afterActor))) continue;
      if (view.blocked(sentence, i, { noun: isNoun, event: true })) continue;
      // What someone asks for has not happened: "asked partners to allow strikes on Russian territory".
      if (requestBefore(view, sentence, i)) continue;
      if (isNoun) targetNoun(view, emit, sentence, i);
      else targetVerb(view, emit, sentence, i, verbLength);
    }
    fronted(view, emit, sentence);
    casualtiesIn(view, emit, sentence);
    reportedIn(view, emit, sentence);
  }
}

function targetVerb(view: DocView, emit: Emit, sentence: Sentence, i: number, length: number): void {
  const after = i + length;
  // 1. Passive: "Kyiv was hit", "a block was struck in Kyiv", "the city was hit by S-300 missiles".
  if (isPassive(view, sentence, i)) {
    const places: Mention[] = [];
    for (let k = view.clauseStart(sentence, i); k < i; k++) {
      const m = view.mention(k);
      if (view.isPlace(m) && m.kind !== 'demonym' && view.word(m.tokenEnd) !== "'s" && (!afterPreposition(view, m) || inSubjectPhrase(view, m))) places.push(m);
      if (m) k = m.tokenEnd - 1;
    }
    let k = after;
    while (k < sentence.tokenEnd && view.lex.skipAdverbs.has(view.word(k))) k++;
    if (view.word(k) === 'in') places.push(...placesRight(view, sentence, k + 1, 8));
    // "were aimed at Kursk Oblast": a phrasal attack verb ending in a preposition has its target after it.
    const particle = view.word(after - 1);
    if (length > 1 && (particle === 'at' || particle === 'against' || particle === 'into')) places.push(...placesRight(view, sentence, after));
    const agent = byAgent(view, sentence, after);
    const side = agentSide(view, agent.key, agent.weapon);
    emitTargeted(view, emit, sentence, side, preferSpecificPlaces(view, places), 'targeted:passive', agent.weapon ? view.weaponRef(agent.weapon) : null);
    if (agent.weapon) emitLaunched(view, emit, sentence, side, [view.weaponRef(agent.weapon)], 'launched:hit-by');
    return;
  }
  // 1b. Headline passive without "be": "Kharkiv hit by guided bombs".
  const placeBefore = view.mention(i - 1);
  if (view.word(after) === 'by' && view.isPlace(placeBefore) && placeBefore.kind !== 'demonym') {
    const agent = byAgent(view, sentence, after);
    const side = agentSide(view, agent.key, agent.weapon);
    emitTargeted(view, emit, sentence, side, [placeBefore], 'targeted:passive');
    if (agent.weapon) emitLaunched(view, emit, sentence, side, [view.weaponRef(agent.weapon)], 'launched:hit-by');
    return;
  }
  // 2. Active: "Russia struck Kyiv", "missiles targeting Kyiv", "the raids that have hit Kyiv".
  let from = after;
  if (view.word(from) === 'at' || view.word(from) === 'against') from++;
  const places = placesRight(view, sentence, from);
  const agent = agentLeft(view, sentence, i);
  // "debris damaged a building": a damage verb needs an attacker or a weapon as its subject.
  if (view.lex.weakAttackVerbs.has(view.word(i)) && !agent.key && !agent.weapon) return;
  const side = agentSide(view, agent.key, agent.weapon);
  emitTargeted(view, emit, sentence, side, places, 'targeted:verb', agent.weapon ? view.weaponRef(agent.weapon) : null);
  // 3. The weapon doing the hitting was launched ("a missile hit the building").
  if (agent.weapon && !view.isSingularDefinite(agent.weapon) && !view.isAnaphoricGeneric(agent.weapon)) {
    emitLaunched(view, emit, sentence, side, [view.weaponRef(agent.weapon)], 'launched:weapon-hit');
  }
  // 4. "struck X with cruise missiles", "strike ... using two Vilkha missiles".
  withWeapons(view, emit, sentence, after, side);
}

/**
 * Is a place the location inside a subject phrase ("a residential building in the X district", "the outskirts
 * of Kharkiv"): "in"/"of" right after a noun, not "from"/"over"/"by"?
 */
function inSubjectPhrase(view: DocView, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && (view.word(k) === 'the' || view.pos(k) === 'ADJ')) k--;
  const w = view.word(k);
  if (w !== 'in' && w !== 'of') return false;
  // The head before it: a noun ("building in"), a place ("the X district of Lviv"), or a noun the tagger read
  // as a verb after a determiner or modifier ("an apartment block in").
  const head = k - 1;
  const before = view.mention(head);
  if (before) return view.isPlace(before) && w === 'of';
  const pos = view.pos(head);
  if (pos === 'NOUN') return true;
  const prior = view.pos(head - 1);
  return pos === 'VERB' && (prior === 'NOUN' || prior === 'ADJ' || prior === 'DET') && !view.lex.beForms.has(view.word(head - 1));
}

function targetNoun(view: DocView, emit: Emit, sentence: Sentence, i: number): void {
  const { lex } = view;
  // 1. Places: after a preposition ("attack on Z", "bombardment of Z"), or a city right before ("Lviv strike").
  let places: Mention[] = [];
  let prepAt = i + 1;
  // "an attack by the Kyiv government on Crimea": the "by" agent is the attacker; the target follows it.
  let byActor: string | null = null;
  if (view.word(prepAt) === 'by') {
    let k = prepAt + 1;
    if (view.word(k) === 'the') k++;
    const m = view.mention(k);
    if (view.isActor(m) && m.kind !== 'demonym') {
      byActor = view.sideOf(m.entity);
      k = m.tokenEnd;
      while (k < sentence.tokenEnd && view.pos(k) === 'NOUN' && !view.mention(k)) k++;
      prepAt = k;
    }
  }
  const prep = view.word(prepAt);
  const w = view.word(i);
  if (lex.targetPrepositions.has(prep) && (prep !== 'of' || w === 'bombardment' || w === 'shelling' || w === 'bombing')) {
    places = placesRight(view, sentence, prepAt + 1);
  }
  const before = view.mention(i - 1);
  if (view.isPlace(before) && (before.type === 'City' || before.type === 'Region') && !afterPreposition(view, before)) places.unshift(before);
  // "Kharkiv came under a massive drone attack": the place is the subject of "came under".
  let u = i - 1;
  while (u > sentence.tokenStart && (view.pos(u) === 'ADJ' || view.pos(u) === 'DET' || view.pos(u) === 'NOUN' || view.isWeapon(view.mention(u)))) u--;
  if (view.word(u) === 'under' && (view.word(u - 1) === 'came' || view.word(u - 1) === 'come' || view.word(u - 1) === 'comes' || view.lex.beForms.has(view.word(u - 1)))) {
    for (let k = view.clauseStart(sentence, u); k < u; k++) {
      const m = view.mention(k);
      if (view.isPlace(m) && m.kind !== 'demonym') places.push(m);
      if (m) k = m.tokenEnd - 1;
    }
  }
  // 2. The attacker: possessor or demonym in the phrase ("Russia's strike", "Ukrainian strikes"), else the verb's agent.
  let side: string | null = null;
  let k = i - 1;
  for (let steps = 0; k >= sentence.tokenStart && steps < 8; k--, steps++) {
    const m = view.mention(k);
    if (m && view.isActor(m)) {
      if (!(m.kind === 'demonym' && view.isOrigin(m))) side = view.sideOf(m.entity);
      break;
    }
    if (m) {
      k = m.tokenStart;
      continue;
    }
    const word = view.word(k);
    if (view.bareProunoun(k)) {
      const agent = agentLeft(view, sentence, k + 1);
      side = agentSide(view, agent.key, null);
      break;
    }
    if (view.npToken(k) || word === 'of') continue;
    if (view.pos(k) === 'VERB' || view.pos(k) === 'AUX') {
      // Only a verb that performs the attack passes on its doer ("Russia carried out strikes on ...");
      // "X condemned the attacks on ..." or "X called the shelling of ..." name no attacker.
      let v = k;
      while (v > sentence.tokenStart && (view.pos(v) === 'ADP' || view.pos(v) === 'ADV')) v--;
      if (view.at(lex.condemn, v) > 0 || lex.evaluativeCall.has(view.word(v))) return;
      // "attempted an attack" performs it; "the first attempted missile strike" is a modifier.
      const attemptOnly = lex.attempt.has(view.word(v)) && view.pos(v + 1) !== 'DET';
      if (!attemptOnly && (view.at(lex.performVerbs, v) > 0 || view.at(lex.performVerbs, v - 1) > 1)) {
        const agent = agentLeft(view, sentence, v);
        side = agentSide(view, agent.key, null);
      }
    }
    break;
  }
  if (byActor !== null) side = byActor;
  emitTargeted(view, emit, sentence, side, places, 'targeted:noun');
  withWeapons(view, emit, sentence, i + 1, side);
  // "a barrage of 70 missiles, including six Kinzhal missiles": the weapons of the attack were launched.
  if (prep === 'of' && places.length === 0) {
    const verb = (j: number): number => ((view.pos(j) === 'VERB' || view.pos(j) === 'AUX') && view.word(j) !== 'including' && view.pos(j + 1) !== 'NOUN' ? 1 : 0);
    const scan = scanRight(view, sentence, i + 2, { stopAt: verb });
    const first = scan.weapons[0]?.mention;
    if (first && first.tokenStart <= i + 5) emitLaunched(view, emit, sentence, side, scan.weapons, 'launched:attack-of');
  }
  // "a drone and missile attack", "cruise missile strike": the weapon classes that modify the attack were launched.
  const modifiers: WeaponRef[] = [];
  for (let j = i - 1; j >= Math.max(sentence.tokenStart, i - 6); j--) {
    const m = view.mention(j);
    if (m && view.isWeapon(m)) {
      if (!view.isDefenceClass(m)) {
        modifiers.push(view.weaponRef(m));
        for (const id of view.ellipticalClasses(m)) modifiers.push({ ...view.weaponRef(m), entity: id, count: null });
      }
      j = m.tokenStart;
      continue;
    }
    const w = view.word(j);
    if (w === 'and' || w === 'or' || w === ',' || (view.pos(j) === 'ADJ' && modifiers.length === 0)) continue;
    break;
  }
  const firstModifier = modifiers[0]?.mention;
  if (firstModifier && (side !== null || places.length > 0 || view.weaponOwner(firstModifier) !== null)) {
    emitLaunched(view, emit, sentence, side, modifiers.map((r) => ({ ...r, count: null })), 'launched:compound');
  }
}

/** "with W" / "using W" after an attack word: the weapons were launched by the attacker. */
function withWeapons(view: DocView, emit: Emit, sentence: Sentence, from: number, side: string | null): void {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 14); k++) {
    const w = view.word(k);
    if (w === ',' || view.boundaryAt(k, sentence.tokenEnd) > 0 || (view.reportAt(k, sentence.tokenEnd) > 0 && view.pos(k) === 'VERB')) return;
    if (w === 'with' || w === 'using') {
      const scan = scanRight(view, sentence, k + 1, { stopAt: (j) => (view.at(view.lex.attackVerb, j) > 0 && view.pos(j) === 'VERB' ? 1 : 0) });
      emitLaunched(view, emit, sentence, side, scan.weapons, 'launched:attack-with');
      return;
    }
  }
}

/** "In Dnipro, a hospital was hit ..." : a fronted place with damage words. */
function fronted(view: DocView, emit: Emit, sentence: Sentence): void {
  const { tokenEnd } = sentence;
  const tokenStart = view.firstIndex(sentence);
  if (view.word(tokenStart) !== 'in') return;
  const places: Mention[] = [];
  let k = tokenStart + 1;
  for (; k < Math.min(tokenEnd, tokenStart + 10); k++) {
    const m = view.mention(k);
    if (view.isPlace(m)) {
      places.push(m);
      k = m.tokenEnd - 1;
      continue;
    }
    const w = view.word(k);
    if (w === ',' && k > tokenStart + 1) break;
    // "In the southern city of Odesa," / "In the Kharkiv region,".
    if (w === 'and' || w === 'the' || w === 'of' || view.lex.placeNouns.has(w) || (view.pos(k) === 'ADJ' && places.length === 0)) continue;
    return;
  }
  if (places.length === 0 || view.word(k) !== ',') return;
  for (let j = k + 1; j < tokenEnd; j++) {
    if (view.flag(j, DAMAGE_VERB)) {
      if (view.blocked(sentence, j)) return;
      emitTargeted(view, emit, sentence, null, places, 'targeted:fronted-place');
      return;
    }
    // "In Dnipro, ten people died": a casualty report (kept only in an article about an attack, see resolve.ts).
    if (view.flag(j, CASUALTY_VERB) && casualtySubject(view, sentence, j)) {
      if (view.blocked(sentence, j)) return;
      emitTargeted(view, emit, sentence, null, places, CASUALTY_RULE);
      return;
    }
  }
}

/** The rule name of casualty reports; resolve.ts keeps them only when the document reports an attack. */
export const CASUALTY_RULE = 'targeted:casualties';

/** Is there a casualty noun with a number or quantifier just before the casualty verb at j ("ten people were")? */
function casualtySubject(view: DocView, sentence: Sentence, j: number): boolean {
  for (let k = j - 1, steps = 0; k >= sentence.tokenStart && steps < 5; k--, steps++) {
    const w = view.word(k);
    if (view.lex.casualtyNouns.has(w)) return true;
    if (view.lex.beForms.has(w) || view.pos(k) === 'ADV' || w === 'have' || w === 'has' || w === 'had') continue;
    return false;
  }
  return false;
}

/** "Five people were killed in Zaporizhzhia": a casualty verb with its people subject and "in" + a place right after. */
function casualtiesIn(view: DocView, emit: Emit, sentence: Sentence): void {
  if (!view.has(sentence, PLACE)) return;
  for (let j = sentence.tokenStart; j < sentence.tokenEnd; j++) {
    if (!view.flag(j, CASUALTY_VERB) || view.pos(j) !== 'VERB') continue;
    let k = j + 1;
    if (!casualtySubject(view, sentence, j)) {
      // Active: "the strike killed three civilians in Kharkiv".
      while (k < sentence.tokenEnd && k < j + 5 && (view.pos(k) === 'NUM' || view.pos(k) === 'ADJ' || view.lex.numberWords.has(view.word(k)) || view.lex.numberQualifiers.has(view.word(k)))) k++;
      if (!view.lex.casualtyNouns.has(view.word(k))) continue;
      k++;
    }
    while (k < sentence.tokenEnd && (view.lex.skipAdverbs.has(view.word(k)) || view.pos(k) === 'ADV')) k++;
    if (view.word(k) !== 'in') continue;
    k++;
    while (k < sentence.tokenEnd && (view.word(k) === 'the' || view.pos(k) === 'ADJ')) k++;
    const place = view.mention(k);
    if (!view.isPlace(place) || place.kind === 'demonym' || view.blocked(sentence, j)) continue;
    emitTargeted(view, emit, sentence, null, [place], CASUALTY_RULE);
  }
}

/** "Blasts were reported in Lviv, Dnipro and Kharkiv." */
function reportedIn(view: DocView, emit: Emit, sentence: Sentence): void {
  const { tokenStart, tokenEnd } = sentence;
  let damage = false;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const w = view.word(i);
    if (view.lex.damageNouns.has(w)) damage = true;
    if (!damage) continue;
    if (w === 'reported' || w === 'heard') {
      // "Blasts were reported during the morning rush hour in Lviv, Dnipro ...": the first "in" within a few words.
      for (let k = i + 1; k < Math.min(tokenEnd, i + 9); k++) {
        if (view.pos(k) === 'VERB' || view.pos(k) === 'AUX') break;
        if (view.word(k) !== 'in') continue;
        if (view.blocked(sentence, i)) return;
        emitTargeted(view, emit, sentence, null, placesRight(view, sentence, k + 1), 'targeted:reported-in');
        return;
      }
    }
  }
}

/* ----------------------------------------------------------------- requested */

const REQUEST_STOP = new Set(['saying', 'after', 'before', 'because', 'while', 'but', 'amid', 'although', 'whereas']);

/**
 * "Ukraine needs more air defence," the minister said: a stated need for more weapons is a request by the
 * speaker (a person or organisation), else by the side that needs them. Negated, modal and conditional needs
 * ("does not need", "would need", "if ... needs") are not requests.
 */
function needMore(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!view.flag(i, NEED_VERB) || (view.pos(i) !== 'VERB' && view.pos(i) !== 'AUX' && view.pos(i) !== 'NOUN')) continue;
    let k = i + 1;
    while (k < sentence.tokenEnd && view.pos(k) === 'ADV' && !lex.needQuantifiers.has(view.word(k))) k++;
    if (!lex.needQuantifiers.has(view.word(k))) continue;
    // The weapons right after the quantifier ("more air defence systems and Patriot batteries").
    const refs: WeaponRef[] = [];
    for (let j = k + 1; j < Math.min(sentence.tokenEnd, k + 8); j++) {
      const m = view.mention(j);
      if (view.isWeapon(m)) {
        if (!view.isClassNounOfNamed(m)) refs.push(view.weaponRef(m));
        j = m.tokenEnd - 1;
        continue;
      }
      const w = view.word(j);
      if (w === 'and' || w === ',' || w === 'or' || view.pos(j) === 'ADJ' || view.pos(j) === 'NUM') continue;
      break;
    }
    // "... a new era of air defence ... and that Kyiv needed more.": an elliptical "more" takes the air-defence
    // systems named earlier in the sentence.
    const close = view.word(k + 1);
    if (refs.length === 0 && (close === '.' || close === ';' || close === '"' || close === ',')) {
      for (let j = sentence.tokenStart; j < i; j++) {
        const m = view.mention(j);
        if (view.isWeapon(m) && view.classHead(m.entity) === 'system' && !view.isClassNounOfNamed(m)) refs.push(view.weaponRef(m));
        if (m) j = m.tokenEnd - 1;
      }
    }
    if (refs.length === 0 || view.blocked(sentence, i)) continue;
    // "we need more" in a quote, "needs more" after a possessive: who needs them.
    if (view.word(i - 1) === 'to' || view.word(i - 1) === "'s") continue;
    const needer = agentLeft(view, sentence, i).key;
    const speaker = speakerOf(view, sentence, i);
    // "analysts say Ukraine needs more ...": a speaker who is no actor makes it an assessment, not a request.
    if (speaker === null) continue;
    const subject = speaker ?? needer;
    if (subject === null || needer === null) continue;
    // Only a side that depends on deliveries asks by stating a need ("Russia needs more drones" is no request).
    if (!lex.recipients.has(view.sideOf(needer)) && !lex.recipients.has(view.sideOf(subject))) continue;
    for (const ref of refs) {
      emit({ sentence: sentence.index, rule: 'requested:need-more', addressee: null, predicate: 'requested', subject, subjectRole: null, object: ref.entity, weapon: ref, count: null, overSide: null });
    }
    i = k;
  }
}

/**
 * The person or organisation that says the clause at i: '"...," X said', 'X said (that) ...'; undefined when
 * no reporting verb frames it, null when the speaker is not an actor ("analysts say").
 */
function speakerOf(view: DocView, sentence: Sentence, i: number): string | null | undefined {
  const person = (m: Mention | undefined): m is Mention => !!m && (m.type === 'Person' || m.type === 'Organisation') && !m.generic;
  for (let r = i + 1; r < sentence.tokenEnd; r++) {
    if (!(view.reportAt(r, sentence.tokenEnd) > 0 && view.pos(r) === 'VERB')) continue;
    const after = view.mention(r + 1);
    if (person(after)) return after.entity;
    for (let a = r - 1; a > i && a >= r - 4; a--) {
      const m = view.mention(a);
      if (person(m)) return m.entity;
    }
    return null;
  }
  for (let r = i - 1; r >= sentence.tokenStart; r--) {
    if (!(view.reportAt(r, sentence.tokenEnd) > 0 && view.pos(r) === 'VERB')) continue;
    const agent = agentLeft(view, sentence, r, { stopAtReport: false });
    return agent.actor && person(agent.actor) ? agent.key : null;
  }
  return undefined;
}

/** "X asked/urged/called for/pressed (Y) for W", "X's request for W", "X needs more W". */
export function ruleRequested(view: DocView, emit: Emit): void {
  const { lex } = view;
  for (const sentence of view.ctx.sentences) {
    const { tokenStart, tokenEnd } = sentence;
    if (view.has(sentence, WEAPON)) needMore(view, emit, sentence);
    if (!view.has(sentence, WEAPON) && !view.words.slice(tokenStart, tokenEnd).includes('them')) continue;
    for (let i = tokenStart; i < tokenEnd; i++) {
      const length = view.at(lex.request, i);
      if (length === 0) continue;
      const pos = view.pos(i);
      const noun = (pos === 'NOUN' || pos === 'PROPN') && view.word(i - 1) !== 'to' && !view.isActor(view.mention(i - 1));
      if (noun && !(view.word(i + 1) === 'for')) continue;
      if (view.blocked(sentence, i)) continue;
      // 1. Who asked: the possessor of the noun ("Kyiv's request"), else the nearest actor to the left.
      let subject: string | null = null;
      if (noun && view.word(i - 1) === "'s") subject = view.mention(i - 2)?.entity ?? null;
      if (subject === null) {
        const agent = agentLeft(view, sentence, i, { stopAtReport: false });
        subject = agent.key ?? descriptionFallback(view, sentence, i);
      }
      if (subject === null) continue;
      // 2. Whom: actors right after the verb, before "to"/"for".
      const addressee: string[] = [];
      let k = i + length;
      for (; k < Math.min(tokenEnd, i + length + 8); k++) {
        const m = view.mention(k);
        if (view.isActor(m)) {
          if (!addressee.includes(m.entity) && m.kind !== 'pronoun') addressee.push(m.entity);
          k = m.tokenEnd - 1;
          continue;
        }
        if (view.npToken(k) || view.word(k) === ',' || view.word(k) === 'and') continue;
        break;
      }
      // 3. What: weapons to the end of the request ("to send Ukraine more weapons, in particular air defence systems").
      const subjectSide = view.sideOf(subject);
      const enemy = view.lex.opponents.get(subjectSide) ?? null;
      const objects: WeaponRef[] = [];
      for (let j = i + length; j < tokenEnd; j++) {
        const w = view.word(j);
        if (REQUEST_STOP.has(w) || w === ';' || (lex.relativePronouns.has(w) && j > i + length + 1 && view.word(j - 1) !== 'so')) break;
        const m = view.mention(j);
        if (view.isWeapon(m)) {
          if (!view.isClassNounOfNamed(m) && !view.isPlatform(m) && (enemy === null || view.weaponOwner(m) !== enemy)) objects.push(view.weaponRef(m));
          j = m.tokenEnd - 1;
          continue;
        }
        // "for them", "more of them" (not "asked them to ...", where they are the addressees).
        if (w === 'them' && !m && (view.word(j - 1) === 'for' || view.word(j - 1) === 'of')) objects.push(...view.previousWeapons(sentence, j));
      }
      const seen = new Set<string>();
      for (const ref of objects) {
        if (seen.has(ref.entity)) continue;
        seen.add(ref.entity);
        emit({ sentence: sentence.index, rule: 'requested:verb', addressee: addressee.length ? addressee : null, predicate: 'requested', subject, subjectRole: null, object: ref.entity, weapon: ref, count: null, overSide: null });
      }
      i += length - 1;
    }
  }
}

/* ----------------------------------------------------------------- condemned */

/** "X condemned/denounced/deplored the (Russian) attack", "X called the shelling an unworthy act". */
export function ruleCondemned(view: DocView, emit: Emit): void {
  const { lex } = view;
  for (const sentence of view.ctx.sentences) {
    const { tokenStart, tokenEnd } = sentence;
    let found = false;
    for (let i = tokenStart; i < tokenEnd; i++) {
      const length = view.at(lex.condemn, i);
      const evaluative = length === 0 && view.flag(i, EVALUATIVE_CALL) && hasEvaluative(view, sentence, i);
      if (length === 0 && !evaluative) continue;
      if (view.word(i - 1) === '-') continue;
      if (view.blocked(sentence, i)) continue;
      // 1. Who: the "by" agent of a passive ("the strike was condemned by NATO"); for ", calling ..." the main
      //    subject of the sentence; else the nearest actor(s) to the left.
      const passive = length > 0 && isPassive(view, sentence, i);
      const participle = view.word(i - 1) === ',' && view.word(i).endsWith('ing');
      let subjects: string[];
      if (passive) {
        const agent = byAgent(view, sentence, i + length);
        subjects = agent.key ? [agent.key] : [];
        // "by NATO and the EU": coordinated agents.
        for (let k = (agent.actor?.tokenEnd ?? sentence.tokenEnd); k < sentence.tokenEnd; k++) {
          const w = view.word(k);
          const m = view.mention(k);
          if (view.isActor(m)) {
            if (!subjects.includes(m.entity)) subjects.push(m.entity);
            k = m.tokenEnd - 1;
          } else if (w !== 'and' && w !== ',' && w !== 'the') break;
        }
      } else {
        subjects = participle ? firstActorGroup(view, sentence, i) : actorGroupLeft(view, sentence, i);
      }
      if (subjects.length === 0) continue;
      // 2. Whose act: an explicit state in the object phrase (for a passive, the subject phrase), else the
      //    attacker of the attack referred to.
      const object = condemnedObject(view, sentence, passive ? view.clauseStart(sentence, i) : i + Math.max(1, length), evaluative);
      if (object === undefined) continue;
      for (const subject of subjects) {
        for (const target of object) {
          emit({ sentence: sentence.index, rule: evaluative ? 'condemned:evaluative' : 'condemned:verb', addressee: null, predicate: 'condemned', subject, subjectRole: null, object: target, weapon: null, count: null, overSide: null });
        }
      }
      found = true;
    }
    if (!found) copulaEvaluative(view, emit, sentence);
  }
}

/** Is there an evaluative term ("unworthy act", "escalation") within the call phrase after token i? */
function hasEvaluative(view: DocView, sentence: Sentence, i: number): boolean {
  let attack = false;
  for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 14); k++) {
    const w = view.word(k);
    if (view.lex.attackNoun.has(w) || w === 'it' || w === 'them') attack = true;
    if (attack && view.at(view.lex.evaluativeTerms, k) > 0) return true;
    if (w === ';' || (view.reportAt(k, sentence.tokenEnd) > 0 && view.pos(k) === 'VERB')) return false;
  }
  return false;
}

/** "the shelling was a deliberate act of terrorism", said by the speaker of the sentence. */
function copulaEvaluative(view: DocView, emit: Emit, sentence: Sentence): void {
  const { tokenStart, tokenEnd } = sentence;
  for (let i = tokenStart; i < tokenEnd; i++) {
    if (!view.flag(i, ATTACK_NOUN) || view.word(i - 1) !== 'the') continue;
    const be = view.word(i + 1);
    if (be !== 'was' && be !== 'is' && be !== 'were') continue;
    let evaluative = false;
    for (let k = i + 2; k < Math.min(tokenEnd, i + 9); k++) if (view.at(view.lex.evaluativeTerms, k) > 0) evaluative = true;
    if (!evaluative || view.blocked(sentence, i + 1)) continue;
    // The speaker: the actor before the reporting verb that introduces the clause.
    for (let r = i - 1; r >= tokenStart; r--) {
      if (view.reportAt(r, tokenEnd) > 0 && view.pos(r) === 'VERB') {
        const subjects = actorGroupLeft(view, sentence, r);
        for (const subject of subjects) {
          emit({ sentence: sentence.index, rule: 'condemned:copula', addressee: null, predicate: 'condemned', subject, subjectRole: null, object: null, weapon: null, count: null, overSide: null });
        }
        return;
      }
    }
  }
}

/** The actors of a subject group left of token i ("the OSCE and the EU", "Ian Borg and Helga Schmid"). */
function actorGroupLeft(view: DocView, sentence: Sentence, i: number): string[] {
  const agent = agentLeft(view, sentence, i, { stopAtReport: false });
  if (!agent.actor || agent.key === null) {
    const fallback = descriptionFallback(view, sentence, i);
    return fallback ? [fallback] : [];
  }
  const out = [agent.key];
  // Coordinated actors: walk left over "and", ",", "the", parentheses and the same entity.
  let k = agent.actor.tokenStart - 1;
  let linked = false;
  for (let steps = 0; k >= sentence.tokenStart && steps < 12; k--, steps++) {
    const w = view.word(k);
    if (w === 'and' || w === ',') {
      linked = true;
      continue;
    }
    if (w === 'the' || w === '(' || w === ')') continue;
    const m = view.mention(k);
    if (view.isActor(m) && (linked || m.entity === out[out.length - 1])) {
      if (linked && m.type === agent.actor.type && !out.includes(m.entity)) out.push(m.entity);
      linked = false;
      k = m.tokenStart;
      continue;
    }
    break;
  }
  return out;
}

/** The first actor phrase of the sentence, by its head (for participles: "X condemned ..., calling it ..."). */
function firstActorGroup(view: DocView, sentence: Sentence, limit: number): string[] {
  for (let k = sentence.tokenStart; k < limit; k++) {
    const m = view.mention(k);
    if (!view.isActor(m) || afterPreposition(view, m)) continue;
    // Take the head of the phrase: the last actor before a verb ("UN Secretary-General António Guterres was").
    let head = m;
    for (let j = m.tokenEnd; j < limit; j++) {
      const next = view.mention(j);
      if (view.isActor(next)) {
        head = next;
        j = next.tokenEnd - 1;
        continue;
      }
      if (view.npToken(j)) continue;
      break;
    }
    return [head.entity];
  }
  return [];
}

/**
 * The party whose act was condemned: a state or person in the object phrase before the attack word
 * ("the Russian attack", "Putin's war"); the attackers of places after it ("attacks on ... Ukraine and Russia");
 * null = the attacker of the attack referred to; undefined = no attack referred to.
 */
function condemnedObject(view: DocView, sentence: Sentence, from: number, evaluative: boolean): (string | null)[] | undefined {
  const explicit: string[] = [];
  const attacked: string[] = [];
  let attack = false;
  let any = false;
  let prepSeen = false;
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 16); k++) {
    const w = view.word(k);
    if (attack && (w === 'on' || w === 'in' || w === 'against' || w === 'at')) prepSeen = true;
    if (w === ';' || w === '.' || (w.length > 1 && /^[^.]+\.$/.test(w)) || w === 'saying' || w === 'calling' || (w === 'and' && view.pos(k + 1) === 'VERB')) break;
    if (view.reportAt(k, sentence.tokenEnd) > 0 && view.pos(k) === 'VERB' && k > from + 1) break;
    if (view.at(view.lex.evaluativeTerms, k) > 0 && evaluative && attack) break;
    any = true;
    if (view.lex.attackNoun.has(w) || w === 'war' || w === 'it' || w === 'them') attack = true;
    const m = view.mention(k);
    if (m) {
      if (m.type === 'Country' && !view.isOrigin(m)) {
        if (attack && prepSeen) attacked.push(view.sideOf(m.entity));
        else if (!attack) explicit.push(view.sideOf(m.entity));
      } else if (m.type === 'Person' && view.word(m.tokenEnd) === "'s") {
        explicit.push(view.sideOf(m.entity));
      } else if (attack && prepSeen && (m.type === 'City' || m.type === 'Region')) {
        const country = view.countryOf(m.entity);
        if (country) attacked.push(country);
      }
      k = m.tokenEnd - 1;
    }
  }
  if (explicit.length > 0) return [...new Set(explicit)];
  if (attacked.length > 0) {
    const attackers = attacked.map((c) => view.lex.opponents.get(c)).filter((c): c is string => !!c);
    if (attackers.length > 0) return [...new Set(attackers)];
  }
  if (attack || !any) return [null];
  return undefined;
}
