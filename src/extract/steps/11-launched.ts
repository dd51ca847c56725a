/**
 * Step 11: launched. "X fired/launched/used/sent W", "W launched by X", "W that X launched", "X's use of W", and the
 * bullet lists after "the Russians used:". Also emits `targeted:launched-at` for the places a launch is aimed at.
 */
import type { Mention, Sentence } from '../layers.ts';
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { agentLeft, allQuantified, byAgent, definite, elidedWholeAt, endsWithColon, figurePutAt, isColon, isPassive, tallyHeads, tallyItem, isReducedParticiple, passiveObjects, relativeAntecedent, requestBefore, requestComplementBefore, scanRight } from '../relations/frames.ts';
import { emitLaunched, emitTargeted, withCues, type Emit } from '../relations/candidates.ts';
import { ATTACK_NOUN, FIGURE_VERB, INTERCEPT_NOUN, OBJECT_PRONOUN, POLARITY, WEAPON, type DocView, type WeaponRef } from '../relations/view.ts';

/** "X fired/launched/used/sent W", "W launched by X", "W that X launched", "X's use of W". */
export function ruleLaunched(view: DocView, emit: Emit): void {
  const { lex } = view;
  let list: { subject: string | null; cues: number } | null = null;
  for (const sentence of view.ctx.sentences) {
    // 0. Bullet lines after "the Russians used:" continue its object list.
    const first = view.firstIndex(sentence);
    const head = view.word(first);
    // A list item: a bullet, or a line that opens with a number or a weapon ("five Oniks cruise missiles from ...").
    const bullet = head === '-' || head === '•' || head === '*' || view.pos(first) === 'NUM' || view.isWeapon(view.mention(first));
    if (list && bullet) {
      emitLaunched(view, withCues(emit, list.cues), sentence, first, list.subject, view.weaponsIn(first, sentence.tokenEnd), 'launched:bullet-list');
      continue;
    }
    list = null;
    if (view.has(sentence, WEAPON)) {
      let told = false;
      composition(view, (candidate) => {
        told = true;
        emit(candidate);
      }, sentence);
      if (!told) reachedComposition(view, emit, sentence);
    }
    if (view.has(sentence, WEAPON)) actorComposition(view, emit, sentence);
    if (view.has(sentence, WEAPON)) tally(view, emit, sentence);
    if (view.has(sentence, WEAPON)) breakdownItems(view, emit, sentence);
    if (view.has(sentence, WEAPON)) copularParts(view, emit, sentence);
    if (view.has(sentence, WEAPON)) observed(view, emit, sentence);
    if (view.has(sentence, WEAPON)) restated(view, emit, sentence);
    if (view.has(sentence, WEAPON)) putAt(view, emit, sentence);
    if (view.has(sentence, WEAPON)) identifiedAs(view, emit, sentence);
    if (view.has(sentence, WEAPON)) appositionCount(view, emit, sentence);
    if (view.has(sentence, WEAPON)) countedSubject(view, emit, sentence);
    gotThrough(view, emit, sentence);
    const colon = endsWithColon(view, sentence);
    if (!colon && !view.has(sentence, WEAPON) && !hasElidedWhole(view, sentence)) continue;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const length = view.launchAt(i);
      if (length === 0) continue;
      // "Of the 170 sent against Ukraine": after an elided whole the tagger's noun is the participle.
      const before = view.numberEndingAt(i - 1);
      const pos = before !== null && elidedWholeAt(view, before.start, i - 1) ? 'VERB' : view.pos(i);
      const headline = view.afterActor(i);
      // 1. The noun "use of W" ("Russian use of kamikaze drones").
      if (pos === 'NOUN' && !headline) {
        if (view.word(i + 1) !== 'of') continue;
        // "the supply of air defence systems", "deliveries of missiles": a delivery, not a launch.
        if (view.at(lex.delivery, i) > 0) continue;
        const out = withCues(emit, view.polarity(sentence, i));
        const scan = scanRight(view, sentence, i + 2);
        // ("the launch of 50 Shaheds was recorded, and the destruction of 41 drones": a noun of downing opens the
        // weapons of another act.)
        let stop = sentence.tokenEnd;
        for (let k = i + 2; k < sentence.tokenEnd; k++) {
          if (view.word(k + 1) === 'of' && view.flag(k, INTERCEPT_NOUN)) {
            stop = k;
            break;
          }
        }
        const used = scan.weapons.filter((w) => !w.mention || w.mention.tokenStart < stop);
        const owner = view.mention(i - 1);
        const key = view.isActor(owner) && !view.isOrigin(owner) ? owner.entity : view.word(i - 1) === "'s" ? (view.mention(i - 2)?.entity ?? null) : null;
        // (The first three weapon phrases; the class of "46 Shahed and Gerbera drones" shares its phrase's mention.)
        const phrases = new Set<unknown>();
        const firstThree = used.filter((w) => {
          phrases.add(w.mention);
          return phrases.size <= 3;
        });
        emitLaunched(view, out, sentence, i, key, firstThree, 'launched:use-of');
        // "reported the launch of five Iskander-M ... against Ukraine", "the firing of 90 drones at Ukraine": the places the
        // launch was aimed at (lexicon aimedLaunchNouns).
        // (Only a launch proper: "the threat of Russian use of drones on Ukrainian territory" aims at nothing.)
        if (scan.weapons.length > 0 && lex.aimedLaunchNouns.has(view.word(i))) {
          emitTargeted(view, out, sentence, i, key ?? scan.weapons[0]?.owner ?? null, scan.places, 'targeted:launched-at', scan.weapons[0] ?? null);
          aimedAtCountry(view, out, sentence, i, key ?? scan.weapons[0]?.owner ?? null, scan.country, scan.weapons[0] ?? null);
        }
        continue;
      }
      if (pos !== 'VERB' && pos !== 'AUX' && length === 1 && !headline) continue;
      if (view.word(i - 1) === '-') continue; // "sea-launched Kalibr" is a modifier
      if (tallyItem(view, sentence, i)) continue; // "Kalibr: 12 launched (...)": read by the tally rule
      const asked = requestBefore(view, sentence, i) || (view.at(lex.delivery, i) > 0 && requestComplementBefore(view, sentence, i));
      const cues = view.polarity(sentence, i, { event: true }) | (asked ? POLARITY.REQUESTED : 0);
      const out = withCues(emit, cues);
      const after = i + length;
      // Deliveries are not launches: "send Ukraine more weapons", "urged allies to send ...".
      const recipient = view.mention(after);
      if (recipient && recipient.type === 'Country' && recipient.kind !== 'demonym') continue;
      // 2. Passive and reduced participle: the weapons are left, the agent follows "by".
      if (isPassive(view, sentence, i) || isReducedParticiple(view, sentence, i, length)) {
        // "put the number of missiles launched at 40": the figure the count is put at.
        // "Of the 170 sent against Ukraine": the elided whole's number is the launch count.
        const whole = view.numberEndingAt(i - 1);
        const elided = whole !== null && elidedWholeAt(view, whole.start, i - 1) && !largerPartAfter(view, sentence, i, whole.value) ? whole.value : null;
        // "Fragments of one downed drone dropped on a car park": debris of a downing falls; nothing is launched.
        const objects = passiveObjects(view, sentence, i).filter((ref) => !ref.mention || !view.inDebrisPhrase(ref.mention)).map((ref) => {
          const figure = elided ?? figurePutAt(view, ref, after);
          return figure === null ? ref : { ...ref, count: figure, partitive: null };
        });
        const agent = byAgent(view, sentence, after);
        const subject = agent.key ?? null;
        const right = scanRight(view, sentence, after);
        // "supplied by the United States", "was handed over in October": a delivery, unless a belligerent sent it or it was sent at a place.
        // ("were sent against the country": a hostile direction makes the sending a launch.)
        if (view.at(lex.delivery, i) > 0 && !(subject !== null && lex.opponents.has(view.sideOf(subject))) && right.places.length === 0 && !lex.hostileDirections.has(view.word(after)) && !sentAcross(view, sentence, after, objects)) continue;
        emitLaunched(view, out, sentence, i, subject, objects, 'launched:passive');
        // Gapped coordination: "four Kh-22 were fired from bombers and two Kh-59 from fighters".
        emitLaunched(view, out, sentence, i, subject, right.weapons.filter((w) => w.count !== null), 'launched:passive-gapped');
        emitTargeted(view, out, sentence, i, subject ?? objects[0]?.owner ?? null, right.places, 'targeted:launched-at', objects[0] ?? null);
        if (objects.length > 0) aimedAtCountry(view, out, sentence, i, subject ?? objects[0]?.owner ?? null, right.country, objects[0] ?? null);
        continue;
      }
      // 3. Relative clause "W that X launched" / "W X sent".
      const relative = relativeAntecedent(view, sentence, i);
      const agent = agentLeft(view, sentence, i);
      // "launched 15 Kh-101s, 13 of which were downed, and one Zircon": the aside does not end the object list.
      const right = scanRight(view, sentence, after, { asides: true, over: true });
      if (relative && relative.length > 0) {
        const subject = agent.key;
        // "None of the five missiles that Russia fired was stopped": the relative clause asserts the launch; the
        // negative quantifier denies the main clause only.
        emitLaunched(view, out, sentence, i, subject, relative.map((ref) => ({ ...ref, negated: false })), 'launched:relative');
        const including = right.weapons.filter((w) => w.mention && view.word(w.mention.tokenStart - 2) !== 'of');
        emitLaunched(view, out, sentence, i, subject, including, 'launched:relative-including');
        emitTargeted(view, out, sentence, i, subject, right.places, 'targeted:launched-at');
        aimedAtCountry(view, out, sentence, i, subject, right.country, relative[0] ?? null);
        continue;
      }
      // 4. Active: "X fired W at Z". "send"/"deploy" also describe deliveries: only a belligerent sends weapons at someone.
      const subject = agent.key;
      if (view.at(lex.delivery, i) > 0 && !agent.attackerNoun && (subject === null || !lex.opponents.has(view.sideOf(subject)))) continue;
      // "sent a Patriot wish list to the ministry", "sent a drone-defence letter": what is sent is a document.
      if (view.at(lex.delivery, i) > 0 && sentDocument(view, sentence, after)) continue;
      emitLaunched(view, out, sentence, i, subject, right.weapons, 'launched:active');
      if (colon && right.weapons.length === 0) list = { subject, cues };
      // "Across Ukraine, Russia sent 48 Shahed drones": a fronted "across" place is where the launch went.
      const across = right.places.length === 0 && right.weapons.length > 0 && subject !== null ? frontedAcross(view, sentence, i, subject) : null;
      emitTargeted(view, out, sentence, i, subject, across ? [across] : right.places, 'targeted:launched-at');
      if (right.weapons.length > 0) aimedAtCountry(view, out, sentence, i, subject, right.country, right.weapons[0] ?? null);
    }
  }
}

/**
 * "Russia sent 40 drones against the country", "the missiles Russia fired at our country": a launch aimed at a noun
 * that names a state (`RightScan.country`) targets the state its launcher fights (lexicon opponents), when the
 * document names that state (`targeted:launched-at`).
 */
function aimedAtCountry(view: DocView, emit: Emit, sentence: Sentence, trigger: number, subject: string | null, country: number, weapon: WeaponRef | null): void {
  if (country < 0 || subject === null) return;
  const side = view.sideOf(subject);
  const state = view.lex.opponents.get(side);
  if (state === undefined || !view.ctx.mentions.some((m) => m.entity === state && m.kind !== 'pronoun')) return;
  emit({ sentence: sentence.index, rule: 'targeted:launched-at', addressee: null, predicate: 'targeted', subject: side, subjectRole: null, object: state, weapon, count: null, overSide: null, trigger });
}

/**
 * "sent a Gepard-and-Patriot wish list to the ministry", "sent a drone-defence letter": the object of a delivery verb
 * is a document (lexicon listNouns, statementNouns) that the weapons only modify, before any comma or preposition.
 */
function sentDocument(view: DocView, sentence: Sentence, after: number): boolean {
  let weapon = false;
  for (let k = after; k < Math.min(sentence.tokenEnd, after + 10); k++) {
    const w = view.word(k);
    if (w === ',' || view.pos(k) === 'ADP') return false;
    if (view.isWeapon(view.mention(k))) weapon = true;
    else if (weapon && (view.lex.listNouns.has(w) || view.lex.statementNouns.has(w))) return true;
  }
  return false;
}

/**
 * "Across Ukraine, Russia sent 48 Shahed drones", "Across Ukraine, the same night, Russia launched ...": the place of
 * an "across" phrase that opens the sentence (after at most "the"), closed by a comma before the launch verb at `verb`,
 * with no other clause verb between, and lying in the state the launcher fights (lexicon opponents). A demonym is
 * no such place.
 */
function frontedAcross(view: DocView, sentence: Sentence, verb: number, subject: string): Mention | null {
  let k = sentence.tokenStart;
  if (view.word(k) !== 'across') return null;
  k++;
  if (view.word(k) === 'the') k++;
  const place = view.mention(k);
  if (!view.isPlace(place) || place.kind === 'demonym' || place.tokenEnd >= verb || view.word(place.tokenEnd) !== ',') return null;
  for (let g = place.tokenEnd; g < verb; g++) if (view.pos(g) === 'VERB' || view.boundaryAt(g) > 0) return null;
  // (The place lies in the state the launcher fights: "Across Europe, allies sent ..." is a delivery's reach.)
  const state = view.lex.opponents.get(view.sideOf(subject));
  return state !== undefined && view.countryOf(place.entity) === state ? place : null;
}

/**
 * "52 strike drones were sent across the border", "drones were sent over the country overnight": strike weapons sent
 * across or over (not to a recipient, not air defence or aircraft) were launched, whoever sent them.
 */
function sentAcross(view: DocView, sentence: Sentence, after: number, objects: WeaponRef[]): boolean {
  const w = view.word(after);
  if ((w !== 'across' && w !== 'over') || objects.length === 0) return false;
  if (!objects.every((o) => o.mention && view.classHead(o.entity) !== 'system' && !view.isPlatform(o.mention))) return false;
  for (let k = after + 1; k < sentence.tokenEnd; k++) if (view.word(k) === 'to' && view.isActor(view.mention(k + 1))) return false;
  return true;
}

/**
 * "Russia combined 62 Shahed drones with nine Iskander-M missiles", "the enemy mixed Kh-101s with Kalibrs": an actor
 * that puts weapons together with other weapons (a composition cue as the verb, weapons on both sides of "with")
 * launched each of them (`launched:composition`).
 */
function actorComposition(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let v = sentence.tokenStart; v < sentence.tokenEnd; v++) {
    const length = view.at(lex.compositionCues, v);
    // (A past form before a counted object may be tagged as an adjective: "The enemy mixed 12 Kh-101s with ...".)
    const verb = view.pos(v) === 'VERB' || (view.pos(v) === 'ADJ' && view.word(v).endsWith('ed') && (view.pos(v + 1) === 'NUM' || view.pos(v + 1) === 'DET'));
    if (length !== 1 || !verb) continue;
    const agent = agentLeft(view, sentence, v);
    if ((agent.key === null && !agent.attackerNoun) || view.isWeapon(view.mention(v + 1))) continue;
    const scan = scanRight(view, sentence, v + 1);
    const weapons = scan.weapons.filter((w) => w.mention && !view.isDefenceClass(w.mention) && view.classHead(w.entity) !== 'system');
    const joint = view.words.slice(v + 1, scan.end).indexOf('with');
    if (joint < 0 || weapons.length < 2) continue;
    const at = v + 1 + joint;
    if (!weapons.some((w) => (w.mention?.tokenStart ?? 0) < at) || !weapons.some((w) => (w.mention?.tokenStart ?? 0) > at)) continue;
    emitLaunched(view, withCues(emit, view.polarity(sentence, v, { event: true })), sentence, v, agent.key, weapons, 'launched:composition');
  }
}

/**
 * What a salvo was made of: a sentence whose subject is an attack noun or a weapon class ("The barrage", "The
 * missiles"), then a composition cue or a copula before a number or a weapon ("combined X with Y", "were a mix of
 * X and Y", "were nine X and four Y"): the weapons named were launched (by the side left open, or their owner).
 */
function composition(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  // 1. The subject: "the", modifiers, then the head; or, inverted, "Among the missiles were ...".
  let k = view.firstIndex(sentence);
  // "Officials added that the offensive included ...": the subject of a reported clause.
  for (let r = k; r < Math.min(sentence.tokenEnd, k + 8); r++) {
    if (view.reportAt(r) > 0 && view.pos(r) === 'VERB' && view.word(r + view.reportAt(r)) === 'that') {
      k = r + view.reportAt(r) + 1;
      break;
    }
  }
  // "According to the air force, the missiles were ...": a fronted attribution ends at its comma.
  if (view.reportAt(k) > 0 && view.pos(k) !== 'NOUN') {
    let c = k;
    while (c < Math.min(sentence.tokenEnd, k + 10) && view.word(c) !== ',') c++;
    if (view.word(c) === ',') k = c + 1;
  }
  if (restatedTypes(view, emit, sentence, k)) return;
  const inverted = view.word(k) === 'among';
  if (inverted) k++;
  // A part of the salvo ("Twelve of the missiles were X and Y") or a possessive ("Its breakdown listed ...").
  const part = view.numberEndingAt(k);
  if (part && part.start === k && view.word(k + 1) === 'of') k += 2;
  if (view.word(k) === 'the' || view.lex.possessivePronoun.has(view.word(k))) {
    k++;
    // "the 40 missiles were ...": the count of the whole.
    const whole = view.numberEndingAt(k);
    if (whole && whole.start === k && !view.mention(k)) k++;
  }
  // Modifiers; an attack noun the tagger reads as an adjective ("the offensive began") is the head.
  while (k < sentence.tokenEnd && view.pos(k) === 'ADJ' && !view.mention(k) && !view.flag(k, ATTACK_NOUN)) k++;
  const head = view.mention(k);
  const weaponHead = view.isWeapon(head) && head.generic && !view.isDefenceClass(head) && !view.isPlatform(head);
  if (!weaponHead && !((view.flag(k, ATTACK_NOUN) || lex.compositionSubjects.has(view.word(k))) && !head)) return;
  let v = head ? head.tokenEnd : k + 1;
  while (v < sentence.tokenEnd && lex.skipAdverbs.has(view.word(v)) && !lex.beForms.has(view.word(v))) v++;
  if (inverted && view.word(v) !== 'were' && view.word(v) !== 'was') return;
  // 2. The verb: a composition cue, or a copula followed by a number, a weapon or a cue ("were a mix of").
  let length = view.at(lex.compositionCues, v);
  if (length === 0 && (view.word(v) === 'were' || view.word(v) === 'was')) {
    const next = v + 1;
    const cue = view.at(lex.compositionCues, next);
    if (cue > 0) length = 1 + cue;
    else if (view.pos(next) === 'NUM' || lex.numberWords.has(view.word(next)) || view.isWeapon(view.mention(next))) length = 1;
  }
  // "The offensive began at dusk and included X and Y": a cue coordinated after the subject's first verb.
  for (let a = v; length === 0 && a < Math.min(sentence.tokenEnd, v + 12); a++) {
    if (view.boundaryAt(a) > 0 || view.word(a) === ',' || view.mention(a)) break;
    if (view.word(a) === 'and' && view.at(lex.compositionCues, a + 1) > 0) {
      v = a + 1;
      length = view.at(lex.compositionCues, v);
    }
  }
  if (length === 0) return;
  const scan = scanRight(view, sentence, v + length, { asides: true });
  const weapons = scan.weapons.filter((w) => !(w.mention && view.isDefenceClass(w.mention)));
  if (weapons.length === 0) return;
  emitLaunched(view, withCues(emit, view.polarity(sentence, v, { event: true })), sentence, v, null, weapons, 'launched:composition');
}

/**
 * A salvo's make-up told of a subject that does not open its sentence (class: a tally noun or an attack noun reached
 * past what stands before its verb): a fronted adjunct ("Across the country the count was 407 drones and 45
 * missiles"), an aside in commas after the subject ("The air force's final tally, issued at noon, listed ..."), a
 * relative pronoun after the noun ("a barrage that, by the air force's count, involved ..."), or "it" right after a
 * fronted "by X's count" ("By the air force's count it involved ..."). The verb is a composition cue, or a copula
 * before a number; the weapons counted after it were launched (by the side left open), as in `composition`. A
 * sentence that also tells of downing after the verb ("the count was 40 drones shot down") is left to the
 * interception rules, and one that names a stretch longer than a night (lexicon periodNouns) tells a period's total.
 */
function reachedComposition(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  const first = view.firstIndex(sentence);
  for (let v = first + 1; v < sentence.tokenEnd; v++) {
    let length = view.at(lex.compositionCues, v);
    if (length === 0 && (view.word(v) === 'was' || view.word(v) === 'were') && (view.pos(v + 1) === 'NUM' || lex.numberWords.has(view.word(v + 1)))) length = 1;
    if (length === 0) continue;
    // The subject, left over an aside in commas.
    let k = v - 1;
    if (view.word(k) === ',') {
      let c = k - 1;
      while (c > first && view.word(c) !== ',' && k - c < 14) c--;
      if (view.word(c) !== ',') continue;
      k = c - 1;
    }
    const w = view.word(k);
    // ("it" may be a pronoun the coreference step has resolved: after "by X's count" it is the attack all the same.)
    if (view.mention(k) && w !== 'it') continue;
    const noun = (at: number): boolean => !view.mention(at) && (lex.tallyNouns.has(view.word(at)) || lex.compositionSubjects.has(view.word(at)) || view.flag(at, ATTACK_NOUN));
    const tallyBefore = lex.tallyNouns.has(view.word(k - 1)) || (view.word(k - 1) === ',' && lex.tallyNouns.has(view.word(k - 2)));
    const subject = noun(k) || ((w === 'that' || w === 'which') && noun(k - 1)) || (w === 'it' && tallyBefore);
    if (!subject) continue;
    let downing = false;
    for (let d = v + length; d < sentence.tokenEnd && !downing; d++) downing = view.at(lex.intercept, d) > 0 || view.at(lex.weaponStop, d) > 0;
    if (downing) continue;
    // ("The tally, published each week, listed 300 drones for the month": a period's total is no night's launch.)
    let period = false;
    for (let d = sentence.tokenStart; d < sentence.tokenEnd && !period; d++) period = lex.periodNouns.has(view.word(d));
    if (period) return;
    const scan = scanRight(view, sentence, v + length, { asides: true });
    const weapons = scan.weapons.filter((ref) => ref.count !== null && !(ref.mention && (view.isDefenceClass(ref.mention) || view.isPlatform(ref.mention))));
    if (weapons.length === 0) continue;
    emitLaunched(view, withCues(emit, view.polarity(sentence, v, { event: true })), sentence, v, null, weapons, 'launched:composition');
    return;
  }
}

/**
 * "Most of them were Shaheds", "Nearly all of them were Shahed drones or Gerbera decoys", "They were mostly
 * Kalibrs", "Most of the drones were Shaheds": the weapons told before, or a part of them ("most", "all", "some" of them), restated by their types after
 * a copula. The named types are launched by the same side (left to the document's attacker); a restatement by class
 * only ("they were drones") says nothing new. Returns whether the sentence was read so.
 */
function restatedTypes(view: DocView, emit: Emit, sentence: Sentence, from: number): boolean {
  const { lex } = view;
  let k = from;
  while (k < sentence.tokenEnd && view.pos(k) === 'ADV' && !view.mention(k)) k++;
  const w = view.word(k);
  if (lex.wholeQuantifiers.has(w) || lex.vagueParts.has(w)) {
    k++;
    // ("Most of the drones were Shaheds": the whole told again as a definite class, as "of them".)
    const whole = view.word(k) === 'of' && (view.word(k + 1) === 'the' || view.word(k + 1) === 'these' || view.word(k + 1) === 'those') ? view.mention(k + 2) : undefined;
    if (view.word(k) === 'of' && view.flag(k + 1, OBJECT_PRONOUN) && !lex.relativePronouns.has(view.word(k + 1))) k += 2;
    else if (whole && view.isWeapon(whole) && whole.generic && whole.tokenStart === k + 2) k = whole.tokenEnd;
    else if (!lex.beForms.has(view.word(k))) return false;
  } else if (w === 'they' || w === 'these' || w === 'those') k++;
  else return false;
  if (view.word(k) !== 'were' && view.word(k) !== 'are') return false;
  const copula = k;
  if (view.previousWeapons(sentence, from).length === 0) return false;
  const scan = scanRight(view, sentence, copula + 1, { asides: true });
  const named = scan.weapons.filter((ref) => !ref.generic && !(ref.mention && (view.isDefenceClass(ref.mention) || view.isPlatform(ref.mention))));
  if (named.length === 0) return false;
  emitLaunched(view, withCues(emit, view.polarity(sentence, copula, { event: true })), sentence, copula, null, named.map((ref) => ({ ...ref, count: null, partitive: null })), 'launched:composition');
  return true;
}

/**
 * A tally line: a weapon, a colon, then counts each with a launch or interception participle ("Kalibr: 12
 * launched, 9 shot down", "Shahed drones: 40 launched, 35 neutralised", "Iskander: 2 launched, none
 * intercepted"). The weapon was launched (`launched:tally`) and intercepted (`intercepted:tally`) that many times;
 * the sides are left open for the document's attacker and defender. A negated item ("none intercepted") gives nothing.
 * Coordinated heads counted together ("Kh-101 and Kalibr together: 20 launched, 15 shot down") were each launched
 * and intercepted, with no count of their own.
 */
function tally(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  const heads = tallyHeads(view, sentence);
  const last = heads[heads.length - 1];
  if (!last) return;
  const cues = view.polarity(sentence, last.tokenEnd);
  const joint = heads.length > 1;
  // Items: "<number> <participle>" up to the next comma or semicolon; "14 out of 21 stopped" (the part downed of
  // the whole launched), "24 of them downed", "37 in total" (the whole launched).
  for (let j = last.tokenEnd + 1; j < sentence.tokenEnd; j++) {
    const number = view.numberEndingAt(j);
    if (!number || number.start !== j) continue;
    let verb = j + 1;
    if (lex.negation.has(view.word(j - 1))) continue;
    // "4 of 6 intercepted": the 6 is the whole of a part, read with the part.
    if ((view.word(j - 1) === 'of' || view.word(j - 1) === 'from') && view.numberEndingAt(j - 2 - (view.word(j - 2) === 'out' ? 1 : 0))) continue;
    const count = joint ? null : number.value;
    const counted = heads.map((head) => ({ ...view.weaponRef(head), count, partitive: null }));
    // "Kinzhal missiles: 3, of which 2 were destroyed", "Kalibr: 4;": a bare figure right after the colon, closed by
    // the line or opening a relative part, is the count launched.
    const next = view.word(j + 1);
    if (isColon(view.word(j - 1)) && (j + 1 >= sentence.tokenEnd || next === ';' || next === '.' || (next === ',' && view.word(j + 2) === 'of' && view.word(j + 3) === 'which'))) {
      emitLaunched(view, withCues(emit, cues), sentence, j, null, counted, 'launched:tally');
      continue;
    }
    const whole = view.word(verb) === 'out' && view.word(verb + 1) === 'of' ? view.numberEndingAt(verb + 2) : null;
    if (whole && whole.start === verb + 2) {
      // "9 out of 12 stopped": the whole was launched when the part was downed ("9 out of 12 hit their targets" is no tally).
      const after = verb + 3;
      if (view.at(lex.intercept, after) === 0 && view.at(lex.weaponStop, after) === 0) continue;
      const launched = heads.map((head) => ({ ...view.weaponRef(head), count: joint ? null : whole.value, partitive: null }));
      emitLaunched(view, withCues(emit, cues), sentence, verb, null, launched, 'launched:tally');
      verb = after;
      j = verb - 1;
    } else if (view.word(verb) === 'of' && view.flag(verb + 1, OBJECT_PRONOUN)) {
      verb += 2;
    } else if (view.word(verb) === 'total' || (view.word(verb) === 'in' && view.word(verb + 1) === 'total')) {
      emitLaunched(view, withCues(emit, cues), sentence, verb, null, counted, 'launched:tally');
      continue;
    }
    if (view.launchAt(verb) > 0 && view.at(lex.delivery, verb) === 0) {
      emitLaunched(view, withCues(emit, cues), sentence, verb, null, counted, 'launched:tally');
      // "Cruise missiles: 60 launched (Kh-101 and Kalibr)": a bracket names the types of the class that were
      // launched; a bracket of air-defence systems ("(IRIS-T and Gepard)") names the means of the interception.
      const bracket = view.word(number.start - 1) === '(' ? -1 : bracketAfter(view, sentence, verb);
      const types = bracket < 0 ? [] : scanRight(view, sentence, bracket + 1).weapons.filter((w) => !lex.defenceClasses.has(view.classSlug(w.entity)) && !(w.mention && view.isDefenceClass(w.mention)));
      emitLaunched(view, withCues(emit, cues), sentence, verb, null, types.map((w) => ({ ...w, count: null, partitive: null })), 'launched:tally');
    } else if (view.at(lex.intercept, verb) > 0 || view.at(lex.weaponStop, verb) > 0) {
      for (const ref of counted) withCues(emit, cues)({ sentence: sentence.index, rule: 'intercepted:tally', addressee: null, predicate: 'intercepted', subject: null, subjectRole: 'defender', object: ref.entity, weapon: ref, count, overSide: null, trigger: verb });
    }
  }
}

/** A breakdown item read: the weapon, its two figures, and the token that stands for the item's verb. */
interface BreakdownItem {
  head: Mention;
  launched: number;
  intercepted: number;
  trigger: number;
}

/**
 * Breakdown items with two figures per weapon, in the notations of air-force tables and of writers who copy them:
 * "Kh-101: 70 / 59", "Iskander-M 14 → 4" (launched, then destroyed), "Kh-101 — 23 downed from 27", "Kalibr: eight
 * out of eight", "Kh-59 — four of four" (destroyed, then launched). An item opens its segment (the sentence, a
 * semicolon's clause, or the text after a colon) with a weapon; a verb beside the figures must be an interception
 * verb ("25 out of 35 brought down"; "3 out of 5 hit their targets" is no breakdown). The weapon was launched
 * (`launched:tally`) and intercepted (`intercepted:tally`) that many times, by the sides left open.
 */
function breakdownItems(view: DocView, emit: Emit, sentence: Sentence): void {
  const out = withCues(emit, view.polarity(sentence, sentence.tokenStart));
  let segment = view.firstIndex(sentence);
  for (let k = segment; k <= sentence.tokenEnd; k++) {
    if (k < sentence.tokenEnd && view.word(k) !== ';') continue;
    // The item may open the segment or follow a label and a colon ("launched → destroyed: Iskander-M 14 → 4").
    let item = breakdownItem(view, segment, k);
    for (let c = segment; item === null && c < k; c++) if (isColon(view.word(c))) item = breakdownItem(view, c + 1, k);
    segment = k + 1;
    if (!item) continue;
    const ref = view.weaponRef(item.head);
    emitLaunched(view, out, sentence, item.trigger, null, [{ ...ref, count: item.launched, partitive: null }], 'launched:tally');
    out({ sentence: sentence.index, rule: 'intercepted:tally', addressee: null, predicate: 'intercepted', subject: null, subjectRole: 'defender', object: ref.entity, weapon: { ...ref, count: item.intercepted, partitive: null }, count: item.intercepted, overSide: null, trigger: item.trigger });
  }
}

/**
 * Parts of a salvo told earlier, each a clause of its own with a figure and a copula: "Of the five missiles, four were
 * Iskander-M ballistic missiles, and the remaining one was an Oniks", "None was downed: two were Kh-59s; the rest
 * were Kh-22s". A clause opens the sentence or follows a colon, a semicolon or ", and"; its subject is a bare figure
 * ("four", "the other two", "the remaining one") or "the rest", and the weapons up to the clause's end were launched,
 * with the figure as their count, by the side left open (`launched:composition`).
 */
/** True when a copular part ends right before the "and" at `and` ("..., two were Kinzhals and one was ..."): a weapon closes it. */
function partBefore(view: DocView, and: number): boolean {
  return view.isWeapon(view.mention(and - 1));
}

function copularParts(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  const first = view.firstIndex(sentence);
  const out = withCues(emit, view.polarity(sentence, first, { event: true }));
  for (let k = first; k < sentence.tokenEnd; k++) {
    const before = view.word(k - 1);
    // "Of the missiles, four were X, four were Y and one was Z": after a comma too, as the copula and the weapon head
    // below make the clause a part of the salvo.
    const opens = k === first || isColon(before) || before === ';' || before === ',' || (before === 'and' && (view.word(k - 2) === ',' || partBefore(view, k - 1)));
    if (!opens) continue;
    let j = k;
    if (view.word(j) === 'the') j++;
    const rest = view.word(j) === 'rest';
    if (lex.remainderWords.has(view.word(j)) && !rest) j++;
    let count: number | null = null;
    let partOfWhole = false;
    if (rest) j++;
    else {
      const number = numberStartingAt(view, j);
      if (!number || view.mention(j)) continue;
      count = number.value;
      j = number.end;
      // "Five of the missiles were Iskander-K cruise missiles": a part of the weapons named as its whole.
      if (view.word(j) === 'of' && (view.word(j + 1) === 'the' || view.word(j + 1) === 'these')) {
        const whole = view.mention(j + 2);
        if (view.isWeapon(whole) && whole.generic && whole.tokenStart === j + 2) {
          j = whole.tokenEnd;
          partOfWhole = true;
        }
      }
    }
    if (!lex.copulas.has(view.word(j))) continue;
    j++;
    while (view.word(j) === 'a' || view.word(j) === 'an' || view.word(j) === 'all') j++;
    // "were sea-launched Kalibr missiles": a hyphenated modifier before the weapon.
    if (!view.mention(j) && view.word(j + 1) === '-' && !view.mention(j + 2) && view.mention(j + 3)) j += 3;
    const head = view.mention(j);
    if (!view.isWeapon(head) || head.tokenStart !== j || view.isDefenceClass(head) || view.isPlatform(head)) continue;
    // The weapons of the clause: the head and what "or"/"and" joins to it before the clause ends.
    const refs: WeaponRef[] = [];
    for (let c = j; c < sentence.tokenEnd; c++) {
      const w = view.word(c);
      if (w === ',' || w === ';' || isColon(w) || view.boundaryAt(c) > 0) break;
      const m = view.mention(c);
      if (!view.isWeapon(m) || m.tokenStart !== c) continue;
      if (!view.isClassNounOfNamed(m) && !view.isPlatform(m)) refs.push({ ...view.weaponRef(m), count: null, partitive: null });
      c = m.tokenEnd - 1;
    }
    // "Six of the missiles were Kalibrs and Kinzhals": a figure shared by several systems counts none of them.
    if (refs[0] && !(partOfWhole && refs.length > 1)) refs[0] = { ...refs[0], count };
    emitLaunched(view, out, sentence, j - 1, null, refs, 'launched:composition');
    k = j;
  }
}

/** A number that starts at token j ("four", "twenty-one", "1,200"): its value and the token after it, or null. */
function numberStartingAt(view: DocView, j: number): { value: number; end: number } | null {
  for (let e = j; e < j + 3; e++) {
    const number = view.numberEndingAt(e);
    if (number && number.start === j) {
      const longer = view.numberEndingAt(e + 1);
      if (longer && longer.start === j) continue;
      return { value: number.value, end: e + 1 };
    }
  }
  return null;
}

/** One breakdown item from `from` to `end` (see `breakdownItems`), or null. */
function breakdownItem(view: DocView, from: number, end: number): BreakdownItem | null {
  let k = from;
  while (k < end && (view.word(k) === '-' || view.word(k) === '•' || view.word(k) === '*')) k++;
  const head = view.mention(k);
  if (!view.isWeapon(head) || head.tokenStart !== k || view.isPlatform(head) || view.isDefenceClass(head)) return null;
  // The figures follow the head, or a colon or dash after words that describe it ("cruise missiles from 16
  // Tu-95MS bombers: 70 / 59", "(from the Black Sea): eight out of eight").
  const figures = breakdownFigures(view, head.tokenEnd, end);
  if (figures) return { head, ...figures };
  for (let c = head.tokenEnd; c < end; c++) {
    const w = view.word(c);
    // A colon may be glued to a closing bracket or quote by the tokenizer ("(from Tu-95MS):").
    if (isColon(w) || w === '—' || w === '–') {
      const after = breakdownFigures(view, c + 1, end);
      return after ? { head, ...after } : null;
    }
  }
  return null;
}

/** The two figures of a breakdown item from `j` to `end` ("70 / 59", "23 downed from 27", "eight out of eight"), or null. */
function breakdownFigures(view: DocView, j: number, end: number): Omit<BreakdownItem, 'head'> | null {
  const { lex } = view;
  const first = view.numberEndingAt(j);
  if (!first || first.start !== j) return null;
  let sep = j + 1;
  let verbBefore = -1;
  if (view.pos(sep) === 'VERB' || view.at(lex.intercept, sep) > 0) {
    verbBefore = sep;
    sep += Math.max(1, view.at(lex.intercept, sep));
  }
  const word = view.word(sep);
  let partFirst: boolean;
  let second: number;
  if (word === '/' || word === '→' || (word === '-' && view.word(sep + 1) === '>')) {
    partFirst = false;
    second = word === '-' ? sep + 2 : sep + 1;
  } else if (word === 'out' && view.word(sep + 1) === 'of') {
    partFirst = true;
    second = sep + 2;
  } else if (word === 'from' || word === 'of') {
    partFirst = true;
    second = sep + 1;
  } else return null;
  const other = view.numberEndingAt(second);
  if (!other || other.start !== second) return null;
  // After the figures: the end of the item, or an interception verb ("25 out of 35 brought down").
  const after = second + 1;
  const verbAfter = after < end && (view.pos(after) === 'VERB' || view.at(lex.intercept, after) > 0) ? after : -1;
  for (const v of [verbBefore, verbAfter]) if (v >= 0 && view.at(lex.intercept, v) === 0 && view.at(lex.weaponStop, v) === 0) return null;
  if (verbAfter < 0 && after < end && view.word(after) !== '.' && view.word(after) !== ',') return null;
  const trigger = verbBefore >= 0 ? verbBefore : verbAfter >= 0 ? verbAfter : sep;
  return partFirst ? { launched: other.value, intercepted: first.value, trigger } : { launched: first.value, intercepted: other.value, trigger };
}

/** The counted weapons of a list that strike: no carrier aircraft, no air-defence system. */
function countedWeapons(view: DocView, refs: readonly WeaponRef[]): WeaponRef[] {
  return refs.filter((w) => w.count !== null && w.mention !== null && !view.isPlatform(w.mention) && !view.isDefenceClass(w.mention));
}

/**
 * "537 weapons in one night. That is 477 drones plus 60 missiles": a pronoun and a form of "be" that restate the
 * figure of the sentence before as counted weapons (`launched:restated`, attacker left open). The sentence before
 * must hold a number or an attack word, so "This is a Shahed drone" after a caption says nothing.
 */
function restated(view: DocView, emit: Emit, sentence: Sentence): void {
  let first = view.firstIndex(sentence);
  // A thread's post number ("2/") or a label before the pronoun.
  while (first < sentence.tokenEnd && (view.pos(first) === 'NUM' || view.word(first) === '/') && first < sentence.tokenStart + 3) first++;
  if (!view.lex.restatementPronouns.has(view.word(first)) || !view.lex.beForms.has(view.word(first + 1))) return;
  const weapons = countedWeapons(view, scanRight(view, sentence, first + 2).weapons);
  if (weapons.length === 0 || view.numberEndingAt(first + 2) === null) return;
  const previous = view.ctx.sentences[sentence.index - 1];
  if (!previous) return;
  let figure = false;
  for (let k = previous.tokenStart; k < previous.tokenEnd && !figure; k++) figure = view.pos(k) === 'NUM' || view.attackAt(k) > 0 || view.launchAt(k) > 0;
  if (!figure) return;
  emitLaunched(view, withCues(emit, view.polarity(sentence, first + 1, { event: true })), sentence, first + 1, null, weapons, 'launched:restated');
}

/**
 * Does a number larger than `whole` follow in the sentence ("Of the 30 sent at Kyiv, 52 were shot down across the
 * country")? Then the elided whole is a part of the night, not the whole the part after it is taken from.
 */
function largerPartAfter(view: DocView, sentence: Sentence, from: number, whole: number): boolean {
  for (let k = from; k < sentence.tokenEnd; k++) {
    const number = view.pos(k) === 'NUM' ? view.numberEndingAt(k) : null;
    if (number && number.value > whole) return true;
  }
  return false;
}

/** Does the sentence hold an elided whole ("Of the 170 sent ..."), the weapons told in an earlier sentence? */
function hasElidedWhole(view: DocView, sentence: Sentence): boolean {
  for (let k = sentence.tokenStart + 2; k < sentence.tokenEnd; k++) {
    const number = view.pos(k) === 'NUM' ? view.numberEndingAt(k) : null;
    if (number && elidedWholeAt(view, number.start, k)) return true;
  }
  return false;
}

/**
 * "The drones, 309 of them by the air force's count, fared worse", "the missiles - 40 of them - came in two waves": a
 * count set off after weapons as "N of them" counts the weapons launched (`launched:apposition-count`, attacker left
 * open).
 */
function appositionCount(view: DocView, emit: Emit, sentence: Sentence): void {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const m = view.mention(i);
    if (!view.isWeapon(m) || view.isDefenceClass(m) || view.isPlatform(m)) continue;
    i = m.tokenEnd - 1;
    const mark = view.word(m.tokenEnd);
    if (mark !== ',' && mark !== '-' && mark !== '\u2014') continue;
    const number = numberStartingAt(view, m.tokenEnd + 1);
    if (!number || view.word(number.end) !== 'of' || view.word(number.end + 1) !== 'them') continue;
    // "85 drones, 61 of them downed": a counted whole, and a part with its verb, is another rule's partitive.
    const next = number.end + 2;
    if (view.pos(next) === 'VERB' || view.pos(next) === 'AUX' || view.lex.beForms.has(view.word(next))) continue;
    const ref = view.weaponRef(m);
    if (ref.count !== null) continue;
    emitLaunched(view, withCues(emit, view.polarity(sentence, number.end, { event: true })), sentence, m.tokenEnd + 1, null, [{ ...ref, count: number.value, partitive: null }], 'launched:apposition-count');
  }
}

/**
 * "Drones numbered 160", "the cruise missiles totalled 14 by the air force's count": weapons as the subject of a verb
 * that gives their number (lexicon countVerbs, from WordNet's "total, number, amount") were launched that many times
 * (`launched:counted-subject`, attacker left open). The figure closes the phrase ("numbered 160, fewer than ...", not
 * "numbered 160 sites"); weapons with a count of their own, defence systems and platforms are not read, and neither is
 * a weapon that only qualifies the subject's head, but a plural noun of downing as the head ("drone interceptions
 * numbered 283") counts the weapons downed (`intercepted:counted-noun`, interceptor left open).
 */
function countedSubject(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const m = view.mention(i);
    if (!view.isWeapon(m) || view.isDefenceClass(m) || view.isPlatform(m)) continue;
    i = m.tokenEnd - 1;
    // "drone interceptions numbered 283": a noun of downing as the head counts the weapons downed.
    const downed = view.flag(m.tokenEnd, INTERCEPT_NOUN) && view.word(m.tokenEnd).endsWith('s');
    const verb = downed ? m.tokenEnd + 1 : m.tokenEnd;
    const length = view.at(lex.countVerbs, verb);
    if (length === 0 || view.word(m.tokenStart - 1) === 'of') continue;
    let k = verb + length;
    while (k < Math.min(sentence.tokenEnd, verb + length + 3) && view.numberEndingAt(k) === null && lex.numberQualifiers.has(view.word(k))) k++;
    const number = numberStartingAt(view, k);
    if (!number || view.mention(number.end) || ['NOUN', 'PROPN'].includes(view.pos(number.end))) continue;
    const ref = view.weaponRef(m);
    if (ref.count !== null) continue;
    const out = withCues(emit, view.polarity(sentence, verb, { event: true }));
    const counted = { ...ref, count: number.value, partitive: null };
    if (downed) out({ sentence: sentence.index, rule: 'intercepted:counted-noun', addressee: null, predicate: 'intercepted', subject: null, subjectRole: 'defender', object: ref.entity, weapon: counted, count: number.value, overSide: null, trigger: verb });
    else emitLaunched(view, out, sentence, verb, null, [counted], 'launched:counted-subject');
  }
}

/**
 * "five ballistic missiles, which the air force described as Iskander-M or KN-23", "the air force identified them as
 * Kh-101s", "the missiles were identified as Kalibrs": a verb of identification restates weapons told by class before
 * it as named types. The named types were launched by the user of the class told, with no count of their own
 * (`launched:identified-as`; a demonym of make, "North Korean KN-23", names no user). A type named with no class told before it ("identified as a Shahed" of debris found) is not read.
 */
function identifiedAs(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!lex.identifyVerbs.has(view.word(i))) continue;
    let as = i + 1;
    if (view.flag(as, OBJECT_PRONOUN) && !lex.relativePronouns.has(view.word(as))) as++;
    // The passive's agent before "as": "was described by the air force as ..." (a finite passive only: a participle
    // in an apposition, "None of the missiles, described by ... as X", only describes them).
    if (view.word(as) === 'by' && view.lex.beForms.has(view.word(i - 1))) {
      let k = as + 1;
      while (k < Math.min(sentence.tokenEnd, as + 8) && view.word(k) !== 'as' && view.word(k) !== ',' && view.pos(k) !== 'VERB') k++;
      as = k;
    }
    if (view.word(as) !== 'as') continue;
    const told = view.previousWeapons(sentence, i).filter((ref) => ref.generic && !(ref.mention && (view.isDefenceClass(ref.mention) || view.isPlatform(ref.mention))));
    if (told.length === 0) continue;
    const named = scanRight(view, sentence, as + 1).weapons.filter((ref) => !ref.generic && !(ref.mention && (view.isDefenceClass(ref.mention) || view.isPlatform(ref.mention))));
    if (named.length === 0) continue;
    emitLaunched(view, withCues(emit, view.polarity(sentence, i, { event: true })), sentence, i, null, named.map((ref) => ({ ...ref, count: null, partitive: null, owner: told[0]!.owner })), 'launched:identified-as');
  }
}

/**
 * "The air force put the strike package at ten Kh-101s and 13 Shahed drones", "officials estimated the barrage at 40
 * drones": a verb that puts a figure on an attack (an attack or tally noun as its object) names the counted weapons
 * after "at" as launched (`launched:put-at`, attacker left open; the subject is who claims the figure). The object may
 * be a pronoun taking up the attack told before ("The air force put it at 62 drones"), and the tally noun may name the
 * weapon itself, the figure after "at" (past qualifiers: "about 30") being its count ("put the number of drones at
 * about 30"; not a tally of weapons downed, "the total of drones shot down at 41", read by the interception rules).
 */
function putAt(view: DocView, emit: Emit, sentence: Sentence): void {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!view.flag(i, FIGURE_VERB) || view.pos(i) !== 'VERB') continue;
    let attack = false;
    let at = -1;
    let counted: Mention | null = null;
    for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 10); k++) {
      const w = view.word(k);
      if (w === 'at') {
        at = k;
        break;
      }
      const m = view.mention(k);
      if (view.lex.attackNoun.has(w) || view.lex.tallyNouns.has(w)) attack = true;
      else if (k === i + 1 && view.lex.restatementPronouns.has(w)) attack = true;
      else if (attack && counted === null && w === 'of' && view.mention(k + 1)?.type === 'WeaponSystem') {
        counted = view.mention(k + 1) as Mention;
        k = counted.tokenEnd - 1;
        // (The figure is the weapon's own only right after it: "the number of drones shot down at 319" counts downings.)
        if (view.word(counted.tokenEnd) !== 'at') break;
      } else if (view.pos(k) === 'VERB' || view.pos(k) === 'AUX' || m) break;
    }
    if (!attack || at < 0) continue;
    const out = withCues(emit, view.polarity(sentence, i, { event: true }));
    if (counted !== null) {
      let k = at + 1;
      while (k < Math.min(sentence.tokenEnd, at + 4) && view.numberEndingAt(k) === null && (view.lex.numberQualifiers.has(view.word(k)) || /^["“']$/.test(view.word(k)))) k++;
      const number = view.numberEndingAt(k);
      // (The figure closes the phrase: "at about 30", not "at 30 sites".)
      if (number === null || view.mention(k + 1) || ['NOUN', 'PROPN'].includes(view.pos(k + 1))) continue;
      emitLaunched(view, out, sentence, i, null, [{ ...view.weaponRef(counted), count: number.value, partitive: null }], 'launched:put-at');
      continue;
    }
    if (view.numberEndingAt(at + 1) === null) continue;
    const weapons = countedWeapons(view, scanRight(view, sentence, at + 1).weapons);
    if (weapons.length === 0) continue;
    emitLaunched(view, out, sentence, i, null, weapons, 'launched:put-at');
  }
}

/**
 * What one side observed, its opponent launched: "the air force recorded 96 drones", "radars detected 40 missiles",
 * "40 drones were tracked" (class observeVerb). Only counted weapons of the sentence: "tracked the drone's path"
 * or "will count the drones" is no launch (and the polarity cues block plans, questions and negations). Weapons counted
 * "as shot down" were intercepted by the observer (`intercepted:counted-as`), not launched.
 */
function observed(view: DocView, emit: Emit, sentence: Sentence): void {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const length = view.at(view.lex.observe, i);
    if (length === 0 || view.pos(i) !== 'VERB' || view.word(i - 1) === '-') continue;
    // A participle before its noun ("the 524 detected targets, including ...") is a modifier, not a report.
    if (view.pos(i - 1) === 'DET' || view.pos(i - 1) === 'NUM' || view.numberEndingAt(i - 1)) continue;
    const passive = isPassive(view, sentence, i);
    const refs = passive ? passiveObjects(view, sentence, i) : scanRight(view, sentence, i + length).weapons;
    const weapons = countedWeapons(view, refs).filter((w) => w.mention?.sentence === sentence.index);
    if (weapons.length === 0) continue;
    const observer = passive ? byAgent(view, sentence, i + length).key : agentLeft(view, sentence, i).key;
    const launcher = observer !== null ? (view.lex.opponents.get(view.sideOf(observer)) ?? null) : null;
    const out = withCues(emit, view.polarity(sentence, i, { event: true }));
    // "counted 558 drones and 19 missiles as shot down": what was counted as downed was intercepted by the observer.
    const last = weapons[weapons.length - 1]?.mention;
    const downed = !passive && last && view.word(last.tokenEnd) === 'as' ? view.at(view.lex.intercept, last.tokenEnd + 1) : 0;
    if (downed > 0 && last) {
      const side = observer !== null ? view.sideOf(observer) : null;
      for (const ref of weapons) out({ sentence: sentence.index, rule: 'intercepted:counted-as', addressee: null, predicate: 'intercepted', subject: side, subjectRole: side ? null : 'defender', object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: last.tokenEnd + 1 });
      continue;
    }
    for (const ref of weapons) emitLaunched(view, out, sentence, i, ref.owner ?? launcher, [ref], 'launched:observed');
  }
  tallyLabel(view, emit, sentence);
  timeSubject(view, emit, sentence);
  invertedArrival(view, emit, sentence);
}

/**
 * "Across the country, the same night brought 87 attack drones", "The weekend saw 300 drones": a stretch of time as
 * the subject of a verb of holding (timeSubjectVerbs) and counted weapons as its object were launched, the sides left
 * open. A weapon launched in a clause of its own ("saw 87 drones launched") is read by the launch rules.
 */
function timeSubject(view: DocView, emit: Emit, sentence: Sentence): void {
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    if (!view.lex.timeSubjectVerbs.has(view.word(i)) || !view.lex.timeSubjects.has(view.word(i - 1))) continue;
    const right = scanRight(view, sentence, i + 1);
    const weapons = countedWeapons(view, right.weapons).filter((w) => w.mention?.sentence === sentence.index && w.mention && view.launchAt(w.mention.tokenEnd) === 0);
    const out = withCues(emit, view.polarity(sentence, i, { event: true }));
    for (const ref of weapons) emitLaunched(view, out, sentence, i, ref.owner, [ref], 'launched:observed');
  }
}

/**
 * "On top of the missiles came 164 attack drones", "Then followed 40 Shaheds": a verb of coming (inversionVerbs) with
 * its subject after it (a clause opening with a preposition or an adverb), counted weapons right after the verb, names
 * them as launched (sides left open). A subject before the verb ("The drones came 40 minutes later") or a count of
 * something else ("Then came 40 minutes of silence") is no such inversion.
 */
function invertedArrival(view: DocView, emit: Emit, sentence: Sentence): void {
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    if (!view.lex.inversionVerbs.has(view.word(i)) || view.numberEndingAt(i + 1) === null) continue;
    // (What stands before the verb is a phrase of place or time, not its subject: its clause opens with a preposition
    // or an adverb, "On top of the missiles", "Then", "After them".)
    const open = view.clauseStart(sentence, i);
    if (open >= i || !(view.pos(open) === 'ADP' || view.pos(open) === 'ADV')) continue;
    const weapons = countedWeapons(view, scanRight(view, sentence, i + 1).weapons).filter((w) => w.mention?.sentence === sentence.index && w.mention.tokenStart <= i + 4);
    if (weapons.length === 0) continue;
    const out = withCues(emit, view.polarity(sentence, i, { event: true }));
    for (const ref of weapons) emitLaunched(view, out, sentence, i, ref.owner, [ref], 'launched:observed');
  }
}

/**
 * "Ukrainian Air Force tally: 465 drones and 32 missiles", "Overnight count: ...": a label headed by a noun of
 * counting (tallyNouns), a colon, then counted weapons: the observer's opponent launched them. An owner in the label
 * ("Air Force tally") sets the observer; else the sides are left open.
 */
function tallyLabel(view: DocView, emit: Emit, sentence: Sentence): void {
  const first = view.firstIndex(sentence);
  for (let c = first + 1; c < Math.min(sentence.tokenEnd, first + 8); c++) {
    if (!isColon(view.word(c))) continue;
    if (!view.lex.tallyNouns.has(view.word(c - 1))) return;
    let observer: string | null = null;
    for (let k = first; k < c; k++) {
      const m = view.mention(k);
      if (view.isActor(m)) observer = m.entity;
      if (m) k = m.tokenEnd - 1;
      else if (view.pos(k) === 'VERB' || view.numberEndingAt(k)) return;
    }
    const weapons = countedWeapons(view, scanRight(view, sentence, c).weapons);
    const launcher = observer !== null ? (view.lex.opponents.get(view.sideOf(observer)) ?? null) : null;
    const out = withCues(emit, view.polarity(sentence, c, { event: true }));
    for (const ref of weapons) emitLaunched(view, out, sentence, c, ref.owner ?? launcher, [ref], 'launched:observed');
    return;
  }
}

/**
 * What got past the air defences was launched: a verb of class penetrateVerb with weapons as its subject ("the
 * three Kinzhals got through", "two of the drones slipped through", "the Kh-22 evaded the air defence"), by their
 * owner or the attacker. A definite or "all" subject counts the whole ("the two Zircons both got through": two
 * launched); a bare count does not ("three missiles got through" says nothing of how many were launched).
 */
function gotThrough(view: DocView, emit: Emit, sentence: Sentence): void {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const length = view.at(view.lex.penetrate, i);
    if (length === 0 || view.pos(i) !== 'VERB' || view.word(i - 1) === '-') continue;
    // The subject must end in a weapon or a pronoun ("the convoy with Patriot parts got through" is no weapon; a bare
    // "so ten got through" names no weapon of its own).
    let k = i - 1;
    while (k > sentence.tokenStart && (view.pos(k) === 'ADV' || view.pos(k) === 'AUX' || view.lex.skipAdverbs.has(view.word(k)) || view.word(k) === 'both' || view.word(k) === 'all')) k--;
    if (!view.isWeapon(view.mention(k)) && !view.flag(k, OBJECT_PRONOUN)) continue;
    const refs = passiveObjects(view, sentence, i).filter((w) => w.mention !== null && view.isWeapon(w.mention) && !view.isPlatform(w.mention) && !view.isDefenceClass(w.mention));
    const first = refs.find((w) => w.mention?.sentence === sentence.index)?.mention ?? null;
    const whole = first !== null && (definite(view, first) || allQuantified(view, first));
    // A part of earlier weapons ("two of them got through") keeps the whole's count.
    const counted = refs.map((w) => (w.partitive !== null || whole ? w : { ...w, count: null }));
    emitLaunched(view, withCues(emit, view.polarity(sentence, i, { event: true })), sentence, i, null, counted, 'launched:got-through');
  }
}

/** The "(" that follows the tally items after token `from` (before any other weapon), or -1. */
function bracketAfter(view: DocView, sentence: Sentence, from: number): number {
  for (let k = from; k < sentence.tokenEnd; k++) {
    if (view.word(k) === '(') return k;
    if (view.mention(k)) return -1;
  }
  return -1;
}

/** The launched rule as a pipeline step. */
export const launchedStep = defineStep('11-launched', (context: ExtractContext) => ruleLaunched(viewOf(context), (candidate) => context.candidates.push(candidate)));
