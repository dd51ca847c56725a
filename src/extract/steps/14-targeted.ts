/**
 * Step 14: targeted. Attack verbs and nouns with places ("Russia struck Kyiv", "the attack on Odesa"), fronted places
 * with damage words ("In Z, ... was hit"), casualty reports and "Blasts were reported in Z". Also emits the launches
 * an attack names (`launched:hit-by`, `launched:weapon-hit`, `launched:attack-with`, `launched:attack-of`,
 * `launched:compound`).
 */
import type { Mention, Sentence } from '../layers.ts';
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { afterPreposition, agentLeft, breakdownColon, reportAsideEnd, reportAsideStart, byAgent, isPassive, isColon, isQuantity, partitiveAnaphorEndingAt, patientIsNoWeapon, placesRight, preferSpecificPlaces, requestBefore, scanRight } from '../relations/frames.ts';
import { emitLaunched, emitTargeted, withCues, type Emit } from '../relations/candidates.ts';
import { CASUALTY_RULE, DAMAGE_RULE } from '../relations/registry.ts';
import { NP, NPF, VG, VGF } from '../syntax/index.ts';
import { ATTACK_NOUN, CASUALTY_VERB, DAMAGE_CLASS, DAMAGE_NOUN, DAMAGE_VERB, DIRECT_HIT_NOUN, IMPACT_SUPERLATIVE, OBJECT_PRONOUN, PLACE, POLARITY, SUFFER_VERB, TARGET_NOUN, UNDER_VERB, WEAPON, type DocView, type WeaponRef } from '../relations/view.ts';

/** The side named by an agent, or the attacker behind a weapon agent. */
function agentSide(view: DocView, key: string | null, weapon: Mention | null): string | null {
  if (key !== null) return view.sideOf(key);
  if (weapon) return view.weaponOwner(weapon);
  return null;
}

/** Attack verbs and nouns with places, "In Z, ... was hit", "Blasts were reported in Z". */
export function ruleTargeted(view: DocView, propose: Emit): void {
  const { lex } = view;
  for (const sentence of view.ctx.sentences) {
    const { tokenStart, tokenEnd } = sentence;
    if (!view.has(sentence, PLACE | WEAPON)) continue;
    for (let i = tokenStart; i < tokenEnd; i++) {
      const verbLength = view.attackAt(i) || weaponDestroyed(view, sentence, i);
      // "made a direct hit on a depot in X", "scored direct hits on Y": an impact noun (lexicon directHitNouns) after
      // "direct" with a target preposition is an attack noun.
      const directHit = view.flag(i, DIRECT_HIT_NOUN) && view.word(i - 1) === 'direct' && view.word(i + 1) === 'on';
      // Neither an attack verb nor an attack noun: the tests below would skip the token (they only read).
      if (verbLength === 0 && !view.flag(i, ATTACK_NOUN) && !directHit) continue;
      const pos = view.pos(i);
      const afterActor = view.afterActor(i) || countedSubject(view, sentence, i);
      // "Ukrainian shelling of Belgorod", "the bombing of Odesa": after a demonym, possessive or article and before a
      // target preposition, an attack word the tagger read as a verb is the noun.
      const modified = view.mention(i - 1)?.kind === 'demonym' || view.word(i - 1) === "'s" || view.pos(i - 1) === 'DET';
      const nounPhrase = modified && lex.targetPrepositions.has(view.word(i + 1)) && view.word(i + 1) !== 'in';
      const isNoun = directHit || (view.flag(i, ATTACK_NOUN) && (pos === 'NOUN' || pos === 'PROPN' || verbLength === 0 || nounPhrase) && !(afterActor && verbLength > 0));
      if (view.word(i - 1) === '-') continue;
      // "one-way attack drones", "strike drones": an attack word inside a weapon's name names no attack.
      if (isNoun && view.isWeapon(view.mention(i))) continue;
      if (!isNoun && (verbLength === 0 || (verbLength === 1 && pos !== 'VERB' && !afterActor && !participleClause(view, i) && !catenative(view, i) && !labelledPlace(view, sentence, i)))) continue;
      // What someone asks for has not happened: "asked partners to allow strikes on Russian territory".
      const cues = view.polarity(sentence, i, { noun: isNoun, event: true }) | (requestBefore(view, sentence, i) ? POLARITY.REQUESTED : 0);
      const emit = withCues(propose, cues);
      if (isNoun) targetNoun(view, emit, sentence, i);
      else targetVerb(view, emit, sentence, i, verbLength);
    }
    fronted(view, propose, sentence);
    whereClause(view, propose, sentence);
    labelledLine(view, propose, sentence);
    impactLabel(view, propose, sentence);
    hardestHit(view, propose, sentence);
    focusedOn(view, propose, sentence);
    officialPlace(view, propose, sentence);
    casualtiesIn(view, propose, sentence);
    reportedIn(view, propose, sentence);
    weaponsAt(view, propose, sentence);
    damageIn(view, propose, sentence);
    sufferedHit(view, propose, sentence);
    damagedFronted(view, propose, sentence);
    afterImpact(view, propose, sentence);
    targetOf(view, propose, sentence);
    underAttack(view, propose, sentence);
    attackFell(view, propose, sentence);
  }
}

/**
 * "Of the two missiles, one hit a depot in X", "another struck the port", "a third fell on": a number, an ordinal or
 * "the other" as the subject of an attack word, with an object phrase right after it, makes the word a verb whatever
 * the tagger read.
 */
function countedSubject(view: DocView, sentence: Sentence, i: number): boolean {
  if (i - 1 < sentence.tokenStart) return false;
  const before = view.word(i - 1);
  const counted = before === 'other' || before === 'another' || ((view.word(i - 2) === 'the' || view.word(i - 2) === 'a') && view.lex.ordinalSubjects.has(before) && view.previousWeapons(sentence, i - 2).length > 0) || (view.pos(i - 1) === 'NUM' && view.numberEndingAt(i - 1) !== null && view.mention(i - 1) === undefined);
  if (!counted) return false;
  // ("a third fell on a warehouse": past the particle of a phrasal attack verb.)
  const after = i + Math.max(1, view.attackAt(i));
  const next = view.mention(after);
  return view.lex.determiner.has(view.word(after)) || (view.isPlace(next) && next.kind !== 'demonym');
}

/**
 * The places heading the syntactic subject of the passive verb at `i` when that subject lies before `start` (the
 * clause start the commas of an apposition give): "Sumy, a city near the border, was hit" -> Sumy.
 */
function passiveSubjectPlaces(view: DocView, sentence: Sentence, i: number, start: number): Mention[] {
  const syntax = view.syntax;
  const g = syntax?.vgOf[i] ?? -1;
  if (!syntax || g < 0) return [];
  const subject = syntax.vg(g, VG.subject);
  if (subject < 0 || syntax.np(subject, NP.end) > start) return [];
  const out: Mention[] = [];
  syntax.forEachConjunct(subject, (c) => {
    const m = view.mention(syntax.np(c, NP.head));
    if (view.isPlace(m) && m.kind !== 'demonym' && m.sentence === sentence.index && view.word(m.tokenEnd) !== "'s" && !afterPreposition(view, m)) out.push(m);
  });
  // "A depot near Stryi, which a state firm runs, was hit": an aside cuts off a subject whose head is no place; the
  // places of its own locative phrase, up to the aside's comma, stand where the hit thing stands.
  if (out.length === 0 && view.mention(syntax.np(subject, NP.head)) === undefined) {
    let end = syntax.np(subject, NP.end);
    while (end < start && view.word(end) !== ',') end++;
    out.push(...subjectPlaces(view, syntax.np(subject, NP.end), end));
  }
  return out;
}

function targetVerb(view: DocView, emit: Emit, sentence: Sentence, i: number, length: number): void {
  const after = i + length;
  // 1. Passive: "Kyiv was hit", "a block was struck in Kyiv", "the city was hit by S-300 missiles".
  if (isPassive(view, sentence, i)) {
    const places: Mention[] = [];
    const start = view.clauseStart(sentence, i);
    for (let k = start; k < i; k++) {
      const m = view.mention(k);
      // "Kremenchuk's refinery was hit": a city or region owning the subject is where it stands (a state's is not).
      const owner = view.word(m?.tokenEnd ?? -1) === "'s" && m?.type !== 'Country';
      if (view.isPlace(m) && m.kind !== 'demonym' && (view.word(m.tokenEnd) !== "'s" || owner) && (!afterPreposition(view, m) || inSubjectPhrase(view, m))) places.push(m);
      if (m) k = m.tokenEnd - 1;
    }
    // "Lviv, Dnipro, Odesa and Kharkiv were also hit": the commas of a subject list split it into clauses.
    if (places[0]?.tokenStart === start) places.unshift(...subjectListLeft(view, sentence, start));
    // "Pavlohrad, in the Dnipro region, was struck": an apposition's commas cut the subject off; the syntax layer's
    // subject of the verb group gives it back.
    if (places.length === 0) places.push(...passiveSubjectPlaces(view, sentence, i, start));
    // "Pavlohrad, in the Dnipro region, was struck", "The town, in the Sumy region, was hit": the aside that locates
    // the subject is a place hit too.
    const aside = subjectAside(view, sentence, i);
    if (aside && (places.length > 0 || asideAfterPlaceNoun(view, aside))) places.push(aside);
    let k = after;
    while (k < sentence.tokenEnd && view.lex.skipAdverbs.has(view.word(k))) k++;
    if (view.word(k) === 'in') places.push(...placesRight(view, sentence, k + 1, 8));
    // "were aimed at Kursk Oblast": a phrasal attack verb ending in a preposition has its target after it.
    const particle = view.word(after - 1);
    if (length > 1 && (particle === 'at' || particle === 'against' || particle === 'into')) {
      // "Sanctions were aimed at Moscow", "the criticism was directed at Kyiv": a subject headed by a noun that is no
      // weapon and no attack aims at nothing of this war.
      if (nounSubjectOfNoAttack(view, sentence, i)) return;
      places.push(...placesRight(view, sentence, after));
    }
    const agent = byAgent(view, sentence, after);
    const side = agentSide(view, agent.key, agent.weapon);
    emitTargeted(view, emit, sentence, i, side, preferSpecificPlaces(view, places), 'targeted:passive', agent.weapon ? view.weaponRef(agent.weapon) : null);
    if (agent.weapon) emitLaunched(view, emit, sentence, i, side, agentWeapons(view, sentence, agent.weapon), 'launched:hit-by');
    return;
  }
  // 1b. Headline passive without "be": "Kharkiv hit by guided bombs"; a bullet or headline that labels a place
  //     with what happened to it: "Kharkiv: struck by missiles", "Zhytomyr region: hit repeatedly overnight".
  const label = labelledPlace(view, sentence, i);
  if (label) {
    const agent = view.word(after) === 'by' ? byAgent(view, sentence, after) : { key: null, weapon: null, actor: null };
    const side = agentSide(view, agent.key, agent.weapon);
    emitTargeted(view, emit, sentence, i, side, [label], 'targeted:passive', agent.weapon ? view.weaponRef(agent.weapon) : null);
    if (agent.weapon) emitLaunched(view, emit, sentence, i, side, agentWeapons(view, sentence, agent.weapon), 'launched:hit-by');
    return;
  }
  const placeBefore = view.mention(i - 1);
  if (view.word(after) === 'by' && view.isPlace(placeBefore) && placeBefore.kind !== 'demonym') {
    const agent = byAgent(view, sentence, after);
    const side = agentSide(view, agent.key, agent.weapon);
    emitTargeted(view, emit, sentence, i, side, [placeBefore], 'targeted:passive');
    if (agent.weapon) emitLaunched(view, emit, sentence, i, side, [view.weaponRef(agent.weapon)], 'launched:hit-by');
    return;
  }
  // 1c. A participle after a noun, with its agent and then the place: "a factory hit by a Russian drone in Zhytomyr".
  if (view.word(after) === 'by' && view.pos(i - 1) === 'NOUN' && !view.mention(i - 1)) {
    const agent = byAgent(view, sentence, after);
    // The end of the agent's phrase ("by a Russian drone").
    let end = after + 1;
    while (end < Math.min(sentence.tokenEnd, after + 8) && (view.mention(end) || view.npToken(end))) end = view.mention(end)?.tokenEnd ?? end + 1;
    if ((agent.weapon || agent.key) && view.word(end) === 'in') {
      const side = agentSide(view, agent.key, agent.weapon);
      emitTargeted(view, emit, sentence, i, side, placesRight(view, sentence, end + 1, 8), 'targeted:passive', agent.weapon ? view.weaponRef(agent.weapon) : null);
      if (agent.weapon) emitLaunched(view, emit, sentence, i, side, agentWeapons(view, sentence, agent.weapon), 'launched:hit-by');
      return;
    }
  }
  // 2. Active: "Russia struck Kyiv", "missiles targeting Kyiv", "the raids that have hit Kyiv".
  let from = after;
  // A phrasal attack verb takes its target after "on" too ("zeroed in on the port").
  if (view.word(from) === 'at' || view.word(from) === 'against' || (length > 1 && view.word(from) === 'on')) from++;
  const places = placesRight(view, sentence, from);
  if (places.length === 0) places.push(...frontedObjectPlaces(view, sentence, i));
  let agent = agentLeft(view, sentence, i);
  // 'The mayor called the strike "terror aimed at our city"': the speaker who characterises or condemns the act is not
  // its doer (the attacker is left to the article's roles).
  if (agent.key !== null && !agent.weapon && judgedBefore(view, sentence, i)) agent = { ...agent, key: null, actor: null };
  // "It came down on a depot": a side does not fall or crash; a pronoun read as a side there stands for a weapon
  // the resolver did not reach, so it names no doer.
  if (view.lex.weakAttackVerbs.has(view.word(i)) && agent.actor?.kind === 'pronoun' && !agent.weapon) agent = { ...agent, key: null, actor: null };
  // "debris damaged a building": a damage verb needs an attacker, a weapon or an attack ("the strike damaged") as its subject.
  // ("one of them tore into a bakery": a count that takes up the weapons named before is a weapon subject.)
  if (view.lex.weakAttackVerbs.has(view.word(i)) && !agent.key && !agent.weapon && !attackSubject(view, sentence, i) && !view.countedWeaponSubject(i)) return;
  // "the minister was heading for Kharkiv": a person travels, only weapons and sides aim.
  if (view.lex.travelVerbs.has(view.word(i)) && agent.actor?.type === 'Person') return;
  // "debris from a downed drone damaged a car park": the weapon only names where the debris came from.
  if (agent.weapon && debrisHead(view, agent.weapon)) return;
  // "fragments and several rockets fell on the city": a weak verb of a clause that tells of debris.
  if (view.lex.weakAttackVerbs.has(view.word(i)) && debrisBefore(view, sentence, i)) return;
  // "fragments set fire to a warehouse": debris as the verb's own subject marks no target, whatever the verb.
  let s = i - 1;
  while (s > sentence.tokenStart && view.pos(s) === 'ADV') s--;
  if (view.lex.debrisNouns.has(view.word(s))) return;
  const side = agentSide(view, agent.key, agent.weapon);
  emitTargeted(view, emit, sentence, i, side, places, 'targeted:verb', agent.weapon ? view.weaponRef(agent.weapon) : null);
  // 3. The weapon doing the hitting was launched ("a missile hit the building").
  // ("The enemy's drones reached Lutsk": a class of weapons that got somewhere is the night's weapons taken up again;
  // only a named system there is told as launched.)
  const arrived = view.at(view.lex.destination, i) > 0 && agent.weapon?.generic === true;
  if (agent.weapon && !arrived && !view.isSingularDefinite(agent.weapon) && !view.isAnaphoricGeneric(agent.weapon)) {
    emitLaunched(view, emit, sentence, i, side, [...subjectConjuncts(view, sentence, agent.weapon), view.weaponRef(agent.weapon)], 'launched:weapon-hit');
  }
  // 4. "struck X with cruise missiles", "strike ... using two Vilkha missiles".
  withWeapons(view, emit, sentence, i, after, side);
}

/**
 * The region of a locating aside that closes right before the verb group at `i` ("X, in the Y region, was hit"): a
 * comma, then "in (the) (ADJ) Y" and a comma before the auxiliaries and adverbs of the verb.
 */
function subjectAside(view: DocView, sentence: Sentence, i: number): Mention | null {
  let j = i - 1;
  while (j > sentence.tokenStart && (view.pos(j) === 'AUX' || view.pos(j) === 'ADV' || view.lex.beForms.has(view.word(j)))) j--;
  if (view.word(j) !== ',') return null;
  for (let c = j - 2; c >= Math.max(sentence.tokenStart, j - 8); c--) {
    if (view.word(c) !== ',') continue;
    const m = locativeAside(view, c + 1, j + 1);
    return m && m.tokenEnd === j && m.type !== 'Country' ? m : null;
  }
  return null;
}

/** Does a bare place noun ("the city", "the town") head the phrase before the comma that opens the aside? */
function asideAfterPlaceNoun(view: DocView, aside: Mention): boolean {
  let c = aside.tokenStart - 1;
  while (c > 0 && view.word(c) !== ',') c--;
  const noun = view.word(c - 1);
  return view.lex.placeNouns.has(noun) && !noun.endsWith('s') && (view.word(c - 2) === 'the' || view.word(c - 2) === 'this');
}

/**
 * The places of a fronted object ("A fuel depot in Lutsk the drones set alight", "A boiler house on the edge of Sumy
 * one of them did reach"): the active verb at `i` has a subject and no object of its own, and the sentence opens with
 * a noun phrase (not a preposition) that runs, verbless, up to that subject.
 */
function frontedObjectPlaces(view: DocView, sentence: Sentence, i: number): Mention[] {
  const syntax = view.syntax;
  const g = syntax?.vgOf[i] ?? -1;
  if (!syntax || g < 0 || syntax.vgHas(g, VGF.PASSIVE) || syntax.vg(g, VG.object) >= 0) return [];
  const subject = syntax.vg(g, VG.subject);
  const first = view.firstIndex(sentence);
  if (subject < 0 || view.pos(first) === 'ADP' || view.pos(first) === 'SCONJ') return [];
  const subjectStart = syntax.np(subject, NP.start);
  const opener = syntax.npOf[first] ?? -1;
  if (opener < 0 || opener === subject || subjectStart <= first) return [];
  // The doer is a weapon or a word standing for one ("one of them", "another"), never a place or a side: "Kharkiv
  // hit hardest" is a headline's passive.
  const doer = view.mention(syntax.np(subject, NP.head));
  if (doer && !view.isWeapon(doer)) return [];
  const out: Mention[] = [];
  for (let k = first; k < subjectStart; k++) {
    const pos = view.pos(k);
    if (pos === 'VERB' || pos === 'AUX' || view.lex.relativePronouns.has(view.word(k)) || view.boundaryAt(k) > 0 || isColon(view.word(k))) return [];
    const m = view.mention(k);
    if (view.isPlace(m) && m.kind !== 'demonym') out.push(m);
    if (m) k = m.tokenEnd - 1;
  }
  return preferSpecificPlaces(view, out);
}

/** Is the weapon inside a phrase of debris ("debris from a downed drone", "fragments of an intercepted missile")? */
function debrisHead(view: DocView, weapon: Mention): boolean {
  return view.inDebrisPhrase(weapon);
}

/**
 * A verb of both the attack and the interception classes ("destroyed") is an attack when its passive agent is a
 * weapon: "a school was destroyed by a missile" (its length), not "the drone was destroyed by air defence" (0).
 */
function weaponDestroyed(view: DocView, sentence: Sentence, i: number): number {
  const length = view.at(view.lex.attackVerb, i);
  if (length === 0 || view.pos(i) !== 'VERB') return 0;
  if (isPassive(view, sentence, i)) {
    const agent = byAgent(view, sentence, i + length);
    if (agent.weapon !== null && agent.key === null) return length;
    // "A house in the Obukhiv district was destroyed": with no agent, a subject that stands in a place and names no
    // weapon was struck (a downed drone names its weapon: "ten drones over X were destroyed").
    return agent.weapon === null && agent.key === null && placedSubject(view, sentence, i) ? length : 0;
  }
  // Active: "a missile destroyed a school in X", "drones destroyed part of a building": a weapon that strikes as
  // the doer and no weapon as the patient (air defences and aircraft destroying drones are interceptions).
  // An actor as the doer ("Russia destroyed a depot in Fastiv", "it destroyed part of a depot") strikes the same way.
  const agent = agentLeft(view, sentence, i);
  const doer = agent.weapon;
  if (doer === null && agent.key === null) return 0;
  if (doer !== null && (view.isDefenceClass(doer) || view.isPlatform(doer))) return 0;
  return patientIsNoWeapon(view, sentence, i + length) ? length : 0;
}

/** The places a subject from `from` to `to` stands in ("a depot in X", "the roof of a school in Y"), no weapon in it. */
function subjectPlaces(view: DocView, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let k = from; k < to; k++) {
    const m = view.mention(k);
    if (!m) continue;
    if (view.isWeapon(m) || (view.isActor(m) && !view.isPlace(m))) return [];
    if (view.isPlace(m) && m.kind !== 'demonym' && inSubjectPhrase(view, m)) out.push(m);
    k = m.tokenEnd - 1;
  }
  return out;
}

/**
 * Does the clause before the verb at `i` hold a thing placed by "in"/"of" ("a house in X", "the roof of a school in
 * Y") and no weapon, actor, pronoun or number that a downing could be told of?
 */
function placedSubject(view: DocView, sentence: Sentence, i: number): boolean {
  const start = view.clauseStart(sentence, i);
  for (let k = start; k < i; k++) {
    const w = view.word(k);
    // ("the rest in the Kyiv region were destroyed", "most of them": a part of weapons told before.)
    if (view.pos(k) === 'NUM' || view.pos(k) === 'PRON' || view.lex.objectPronouns.has(w) || view.lex.remainderWords.has(w) || view.lex.vagueParts.has(w) || view.lex.countPronouns.has(w)) return false;
  }
  return subjectPlaces(view, start, i).length > 0;
}

/** "struck by drones and ballistic missiles", "battered by 120 drones and six missiles": each coordinated weapon of the agent. */
/**
 * The weapons coordinated before the weapon subject of a verb ("Eleven guided bombs and six Shahed drones struck"):
 * counted or bare weapon phrases joined by "and" or commas, back to the start of the clause.
 */
function subjectConjuncts(view: DocView, sentence: Sentence, weapon: Mention): WeaponRef[] {
  const out: WeaponRef[] = [];
  let k = weapon.tokenStart - 1;
  const skipModifiers = (): void => {
    while (k > sentence.tokenStart && !view.mention(k) && (view.pos(k) === 'NUM' || view.pos(k) === 'ADJ' || view.lex.numberWords.has(view.word(k)))) k--;
  };
  skipModifiers();
  while (k > sentence.tokenStart && (view.word(k) === 'and' || view.word(k) === ',')) {
    const m = view.mention(k - 1);
    if (!view.isWeapon(m) || m.tokenEnd !== k || view.isDefenceClass(m) || view.classHead(m.entity) === 'system' || view.isPlatform(m) || view.isClassNounOfNamed(m)) break;
    out.unshift(view.weaponRef(m));
    k = m.tokenStart - 1;
    skipModifiers();
  }
  return out;
}

function agentWeapons(view: DocView, sentence: Sentence, weapon: Mention): WeaponRef[] {
  const first = view.weaponRef(weapon);
  const more = scanRight(view, sentence, weapon.tokenEnd).weapons.filter((w) => w.entity !== first.entity);
  return [first, ...more];
}

/**
 * The places of a comma list that ends at `start` ("Lviv, Dnipro, [Odesa and Kharkiv were hit]"): each item is a
 * place, and the list opens the sentence. Empty when anything else stands before the list ("In Lviv, Kyiv was hit").
 */
function subjectListLeft(view: DocView, sentence: Sentence, start: number): Mention[] {
  const items: Mention[] = [];
  let k = start - 1;
  while (k > sentence.tokenStart && view.word(k) === ',') {
    const m = view.mention(k - 1);
    if (!view.isPlace(m) || m.kind === 'demonym' || m.tokenEnd !== k) return [];
    items.unshift(m);
    k = m.tokenStart - 1;
  }
  // "Power plants in [Lviv, Dnipro and Odesa were hit]", "facilities in the [Kyiv, Kharkiv and Poltava regions
  // were attacked]": the list is the location of a subject phrase (which may open after a label and a colon).
  const first = items[0];
  if (first && view.word(k) === 'the') k--;
  if (first && view.word(k) === 'in' && inSubjectPhrase(view, first)) {
    let from = view.firstIndex(sentence);
    for (let j = k - 1; j > from; j--) {
      if (view.word(j) === ':') {
        from = j + 1;
        break;
      }
    }
    for (let j = from; j < k; j++) if (!view.npToken(j) || view.mention(j)) return [];
    return items;
  }
  // "officials said that the X, Y and Z districts were hit": a list that opens a complement clause.
  if (first && view.word(k) === 'that' && view.pos(k - 1) === 'VERB') return items;
  return k < view.firstIndex(sentence) ? items : [];
}

/**
 * An -ing participle opening a clause after a comma ("..., damaging homes in X"), which the tagger may read as an
 * adjective: it is a verb whose doer is the subject of the main clause.
 */
function participleClause(view: DocView, i: number): boolean {
  if (!view.word(i).endsWith('ing')) return false;
  if (view.word(i - 1) === ',') return view.pos(i) === 'ADJ' || view.pos(i) === 'NOUN';
  // "..., killing two people and damaging homes in X": a participle coordinated with one that follows a comma.
  if (view.word(i - 1) !== 'and') return false;
  for (let k = i - 2; k > 0 && k >= i - 8; k--) {
    if (view.word(k - 1) === ',' && view.word(k).endsWith('ing') && view.pos(k) !== 'NOUN') return true;
    if (view.word(k) === ',' || view.boundaryAt(k) > 0) return false;
  }
  return false;
}

/**
 * An -ing form after a verb of going on ("keeps striking", "continued pounding"), which the tagger may read as an
 * adjective: the verb of the clause, with the subject of the verb before it.
 */
function catenative(view: DocView, i: number): boolean {
  return view.word(i).endsWith('ing') && view.pos(i - 1) === 'VERB' && view.attackAt(i - 1) === 0 && view.reportAt(i - 1) === 0;
}

/**
 * A place that opens its line and is labelled, after a colon, with the participle at i ("Kharkiv: struck by
 * missiles", "Zhytomyr region: hit repeatedly through the night"), or null.
 */
function labelledPlace(view: DocView, sentence: Sentence, i: number): Mention | null {
  let k = i - 1;
  while (k > sentence.tokenStart && view.pos(k) === 'ADV') k--;
  if (view.word(k) !== ':') return null;
  let p = k - 1;
  // "Zhytomyr region:", "the Kharkiv region:": a region word after the place's name.
  if (view.lex.regionWords.has(view.word(p)) && !view.mention(p)) p--;
  const place = view.mention(p);
  if (!view.isPlace(place) || place.kind === 'demonym' || place.type === 'Country') return null;
  let first = place.tokenStart - 1;
  while (first >= sentence.tokenStart && (view.word(first) === 'the' || view.word(first) === '-' || view.word(first) === '•' || view.word(first) === '*')) first--;
  return first < sentence.tokenStart ? place : null;
}

/**
 * The label of a line that opens with places and a colon ("Odesa:", "- Balakliia, Kharkiv region:", "Zhytomyr and
 * Rivne regions:"), or null: the places and the colon's index. A parenthetical that qualifies the label ("Odesa
 * (city):", "Izmail (Danube port):", "Pivdennyi (Odesa oblast):") is skipped, its places only locating the label.
 */
function lineLabel(view: DocView, sentence: Sentence): { places: Mention[]; colon: number } | null {
  let k = view.firstIndex(sentence);
  if (view.pos(k) === 'PUNCT' || view.pos(k) === 'SYM') k++;
  const places: Mention[] = [];
  for (; k < sentence.tokenEnd && view.word(k) !== ':'; k++) {
    const m = view.mention(k);
    if (view.isPlace(m) && m.tokenStart === k && m.kind !== 'demonym' && m.type !== 'Country') {
      places.push(m);
      k = m.tokenEnd - 1;
      continue;
    }
    const w = view.word(k);
    if (w === '(' && places.length > 0) {
      let close = k + 1;
      while (close < sentence.tokenEnd && close < k + 6 && view.word(close) !== ')' && view.word(close) !== ':') close++;
      if (view.word(close) !== ')' || view.word(close + 1) !== ':') return null;
      k = close;
      continue;
    }
    if (w !== 'and' && w !== ',' && w !== 'the' && !view.lex.regionWords.has(w)) return null;
  }
  return places.length > 0 && view.word(k) === ':' ? { places, colon: k } : null;
}

/**
 * A line that opens with a label of places and a colon, then says what happened there ("Odesa: two killed as a
 * missile hits a block", "Volyn and Rivne regions: outages after hits on substations", "- Mykolaiv: depot
 * battered by drones"): each labelled place is a target, its attacker left open, and so is a place the rest of the
 * line locates the hit in ("Kharkiv: a plant in the Kyivskyi district, hit by a drone"). The rest of the line must
 * hold an attack verb or noun, a damage verb or a casualty verb, or the line must stand in a list under a heading
 * that announces the places hit ("WHERE THE DRONES HIT", "Where they landed.": see `hitHeading`).
 */
function labelledLine(view: DocView, emit: Emit, sentence: Sentence): void {
  // 1. The label: only places (with "and", commas and region words) from the start of the line to a colon.
  const label = lineLabel(view, sentence);
  if (!label) return;
  const k = label.colon;
  // 2. What happened there: the first trigger, with the cues of every trigger of the line ("explosions heard,
  //    but no strikes were confirmed" is denied). A report verb before it makes the label where a speaker is
  //    ("Moscow: the ministry said it struck ..."), not a place hit.
  let trigger = -1;
  let cues = 0;
  for (let j = k + 1; j < sentence.tokenEnd; j++) {
    if (trigger < 0 && view.reportAt(j) > 0 && view.pos(j) === 'VERB') return;
    if (view.attackAt(j) > 0 || view.flag(j, ATTACK_NOUN) || view.flag(j, DAMAGE_VERB) || view.flag(j, CASUALTY_VERB)) {
      if (trigger < 0) trigger = j;
      cues |= view.polarity(sentence, j, { event: true });
      // A noun whose verb is modal: "strikes could follow".
      if (view.modalAt(j + 1)) cues |= POLARITY.MODAL;
    }
  }
  // "Mykolaiv: debris from a downed drone fell on a house": what debris did names no target.
  if (trigger >= 0 && debrisBefore(view, sentence, trigger)) return;
  // 3. No trigger: a bare line of what was hit ("- Sumy: a bus depot.") under a heading of hits, unless the line
  //    denies, tells of debris or reports a speaker ("Kherson: no damage reported", "Lviv: fragments fell").
  if (trigger < 0) {
    if (!hitHeading(view, sentence)) return;
    for (let j = k + 1; j < sentence.tokenEnd; j++) {
      const w = view.word(j);
      if (view.lex.negator.has(w) || view.lex.negation.has(w) || view.lex.debrisNouns.has(w) || view.reportAt(j) > 0) return;
    }
    trigger = k;
  }
  const places = [...label.places];
  // "Odesa: a block in the Prymorskyi district; two injured": the places of the line's first phrase locate the hit.
  if (view.word(k + 1) !== '(') for (const m of placesRight(view, sentence, k + 1, 12)) if (m.type !== 'Country' && !places.some((p) => p.entity === m.entity)) places.push(m);
  emitTargeted(view, withCues(emit, cues), sentence, trigger, null, places, 'targeted:labelled-line');
}

/**
 * Does the label line stand in a list (its earlier lines labelled too) under a heading that announces the places
 * hit: a short line without a named place or actor that asks or says where or what the weapons hit or landed
 * ("WHERE DRONES HIT", "What was struck", "Where they landed.", "PLACES HIT")?
 */
function hitHeading(view: DocView, sentence: Sentence): boolean {
  const sentences = view.ctx.sentences;
  for (let s = sentence.index - 1; s >= 0 && s >= sentence.index - 12; s--) {
    const prev = sentences[s];
    if (!prev) return false;
    if (lineLabel(view, prev)) continue;
    let words = 0;
    let hit = false;
    for (let j = prev.tokenStart; j < prev.tokenEnd; j++) {
      const m = view.mention(j);
      if (m && !view.isWeapon(m)) return false;
      const w = view.word(j);
      // ("WHERE DRONES MAY HIT NEXT", "WHERE NOTHING HIT": a forecast or a denial announces no hits.)
      if (view.pos(j) === 'NUM' || view.lex.modal.has(w) || view.lex.negator.has(w) || view.lex.negation.has(w)) return false;
      if (/\w/.test(w)) words++;
      if (view.attackAt(j) > 0 || view.lex.landingVerbs.has(w)) hit = true;
    }
    return hit && words <= 5;
  }
  return false;
}

/**
 * A line labelled with what happened, then a colon and the places it happened ("- Impacts: a grain terminal in
 * Izmail; a plant in Shostka, Sumy Oblast", "Hits: Kharkiv, Odesa", "Targets: energy sites in Lviv"): every place
 * after the colon is a target, its attacker left open. A part of the list that tells of debris names none.
 */
function impactLabel(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  let k = view.firstIndex(sentence);
  if (view.pos(k) === 'PUNCT' || view.pos(k) === 'SYM') k++;
  const label = view.word(k);
  if (!(lex.damageNouns.has(label) || lex.targetNouns.has(label)) || view.mention(k) || !isColon(view.word(k + 1))) return;
  const places: Mention[] = [];
  let debris = false;
  for (let j = k + 2; j < sentence.tokenEnd; j++) {
    const w = view.word(j);
    if (w === ';') debris = false;
    if (lex.debrisNouns.has(w)) debris = true;
    const m = view.mention(j);
    if (!m) continue;
    if (!debris && view.isPlace(m) && m.kind !== 'demonym') places.push(m);
    j = m.tokenEnd - 1;
  }
  if (places.length > 0) emitTargeted(view, withCues(emit, view.polarity(sentence, k, { event: true })), sentence, k, null, preferSpecificPlaces(view, places), 'targeted:labelled-line');
}

/** Is the subject right before the verb at i an attack noun ("the attack damaged", "the night's strikes also damaged")? */
function attackSubject(view: DocView, sentence: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > sentence.tokenStart && (view.pos(k) === 'ADV' || view.pos(k) === 'AUX')) k--;
  const attackNoun = (j: number): boolean => view.flag(j, ATTACK_NOUN) && (view.pos(j) === 'NOUN' || view.pos(j) === 'PROPN');
  // "a strike on July 21 that damaged ...": a relative pronoun takes the attack noun it follows, over a time phrase.
  if (view.lex.relativePronouns.has(view.word(k)) && view.word(k) !== 'who' && view.word(k) !== 'whom') {
    for (let j = view.word(k - 1) === ',' ? k - 2 : k - 1; j > sentence.tokenStart && j >= k - 8; j--) {
      if (attackNoun(j)) return true;
      if (view.pos(j) === 'VERB' || view.pos(j) === 'AUX' || view.word(j) === ',' || view.boundaryAt(j) > 0) return false;
    }
    return false;
  }
  return attackNoun(k);
}

/**
 * Is the subject of the passive verb at i headed by a common noun that is neither a weapon nor an attack noun
 * ("sanctions were aimed at", "the criticism was directed at")? A weapon, an attack noun, a number or a pronoun
 * subject is not ("the missile was directed at", "two of them were aimed at").
 */
function nounSubjectOfNoAttack(view: DocView, sentence: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > sentence.tokenStart && (view.pos(k) === 'ADV' || view.pos(k) === 'AUX' || view.pos(k) === 'PART')) k--;
  const m = view.mention(k);
  if (m) return !view.isWeapon(m) && !view.isPlace(m);
  // A capitalised first word is often tagged as a name ("Sanctions were aimed at").
  const noun = view.pos(k) === 'NOUN' || (view.pos(k) === 'PROPN' && k === sentence.tokenStart);
  return noun && !view.flag(k, ATTACK_NOUN) && !view.lex.weaponHeads.has(view.word(k));
}

/** Are two places coordinated: only commas, "and", "the" and region words between them ("Lviv, Ivano-Frankivsk and Rivne")? */
function coordinatedPlaces(view: DocView, first: Mention, second: Mention): boolean {
  for (let k = first.tokenEnd; k < second.tokenStart; k++) {
    const w = view.word(k);
    if (w !== ',' && w !== 'and' && w !== 'the' && !view.lex.regionWords.has(w)) return false;
  }
  return true;
}

/**
 * Is a place the location inside a subject phrase ("a residential building in the X district", "the outskirts
 * of Kharkiv"): "in"/"of" right after a noun, not "from"/"over"/"by"?
 */
function inSubjectPhrase(view: DocView, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && (view.word(k) === 'the' || view.pos(k) === 'ADJ')) k--;
  const w = view.word(k);
  // "the plant at X", "a depot near Y": a locative of the lexicon list subjectLocatives places its head like "in".
  if (w !== 'in' && w !== 'of' && !view.lex.subjectLocatives.has(w)) return false;
  // The head before it: a noun ("building in"), a place ("the X district of Lviv"), or a noun the tagger read
  // as a verb after a determiner or modifier ("an apartment block in").
  const head = k - 1;
  // "substations in Kharkiv and in Sumy": a coordinated locative shares the head of the one before it.
  const joined = view.word(head) === 'and' || view.word(head) === ',' ? view.mention(head - 1) : undefined;
  if (w !== 'of' && joined) return view.isPlace(joined) && inSubjectPhrase(view, joined);
  const before = view.mention(head);
  if (before) return view.isPlace(before) && w === 'of';
  const pos = view.pos(head);
  if (pos === 'NOUN') return true;
  // A capitalised common noun opening the sentence ("Substations in ...") may be tagged as a proper noun.
  if (pos === 'PROPN' && view.tokens[head]?.sentence === m.sentence && view.firstIndex(view.ctx.sentences[m.sentence] as Sentence) === head) return true;
  const prior = view.pos(head - 1);
  return pos === 'VERB' && (prior === 'NOUN' || prior === 'ADJ' || prior === 'DET') && !view.lex.beForms.has(view.word(head - 1));
}

/**
 * The token after a time adjunct starting at `k` ("the strike of 6 October on X", "the attack last night on X", "the
 * raid overnight on X"), or `k` when none starts there: a temporal noun phrase of the syntax layer, after an optional
 * "of"/"on", or a lone time adverb.
 */
function afterTimeAdjunct(view: DocView, sentence: Sentence, k: number): number {
  if (view.lex.timeAdverbs.has(view.word(k))) return k + 1;
  const syntax = view.syntax;
  if (!syntax) return k;
  const at = view.word(k) === 'of' || view.word(k) === 'on' ? k + 1 : k;
  const c = syntax.npOf[at] ?? -1;
  if (c < 0 || !syntax.npHas(c, NPF.TEMPORAL) || syntax.np(c, NP.start) !== at) return k;
  const end = syntax.np(c, NP.end);
  // Only when a target preposition follows: "the strike of 6 October" alone names no place.
  return end < sentence.tokenEnd && view.lex.targetPrepositions.has(view.word(end)) ? end : k;
}

function targetNoun(view: DocView, emit: Emit, sentence: Sentence, i: number): void {
  const { lex } = view;
  // 1. Places: after a preposition ("attack on Z", "bombardment of Z"), or a city right before ("Lviv strike").
  let places: Mention[] = [];
  let prepAt = i + 1;
  // "an attack by the Kyiv government on Crimea": the "by" agent is the attacker; the target follows it.
  let byActor: string | null = null;
  // "an attack carried out by the armed forces against Kyiv", "strikes launched against Odesa": a participle that
  // performs the attack stands between the noun and its agent or target.
  // (A noun that ends its sentence has nothing after it: a heading's last word is not followed by the byline's "By".)
  const performed = prepAt < sentence.tokenEnd && view.pos(prepAt) === 'VERB' ? view.at(lex.performVerbs, prepAt) : 0;
  const performedPrep = view.word(prepAt + performed);
  if (performed > 0 && (performedPrep === 'by' || performedPrep === 'against' || performedPrep === 'on' || performedPrep === 'at')) prepAt += performed;
  if (prepAt < sentence.tokenEnd && view.word(prepAt) === 'by') {
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
  prepAt = afterTimeAdjunct(view, sentence, prepAt);
  const prep = prepAt < sentence.tokenEnd ? view.word(prepAt) : '';
  const w = view.word(i);
  if (lex.targetPrepositions.has(prep) && (prep !== 'of' || w === 'bombardment' || w === 'shelling' || w === 'bombing')) {
    places = placesRight(view, sentence, prepAt + 1);
  }
  const before = view.mention(i - 1);
  if (view.isPlace(before) && (before.type === 'City' || before.type === 'Region') && !afterPreposition(view, before)) places.unshift(before);
  // "Kharkiv came under a massive drone attack": the place is the subject of "came under".
  let u = i - 1;
  while (u > sentence.tokenStart && (view.pos(u) === 'ADJ' || view.pos(u) === 'DET' || view.pos(u) === 'NOUN' || view.isWeapon(view.mention(u)) || view.mention(u)?.kind === 'demonym')) u--;
  if (view.word(u) === 'under' && (view.word(u - 1) === 'came' || view.word(u - 1) === 'come' || view.word(u - 1) === 'comes' || view.lex.beForms.has(view.word(u - 1)))) {
    const start = view.clauseStart(sentence, u);
    const found = places.length;
    for (let k = start; k < u; k++) {
      const m = view.mention(k);
      if (view.isPlace(m) && m.kind !== 'demonym') places.push(m);
      if (m) k = m.tokenEnd - 1;
    }
    // "Ukraine's second city, Kharkiv, came under attack": the apposition before the comma is the subject.
    const apposed = view.mention(start - 2);
    if (places.length === found && view.word(start - 1) === ',' && view.isPlace(apposed) && apposed.kind !== 'demonym') places.push(apposed);
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
  emitTargeted(view, emit, sentence, i, side, places, 'targeted:noun');
  withWeapons(view, emit, sentence, i, i + 1, side);
  // "a barrage of 70 missiles, including six Kinzhal missiles": the weapons of the attack were launched (also when the
  // place attacked stands before the noun: "Ukraine came under a combined attack of 183 drones").
  if (prep === 'of' && !places.some((p) => p.tokenStart > i)) {
    const verb = (j: number): number => ((view.pos(j) === 'VERB' || view.pos(j) === 'AUX') && view.word(j) !== 'including' && view.pos(j + 1) !== 'NOUN' ? 1 : 0);
    const scan = scanRight(view, sentence, i + 2, { stopAt: verb });
    const first = scan.weapons[0]?.mention;
    if (first && first.tokenStart <= i + 5) emitLaunched(view, emit, sentence, i, side, scan.weapons, 'launched:attack-of');
  }
  // "a combined strike on Ukraine overnight: 44 missiles and 20 drones": the breakdown after a colon was launched.
  const colon = breakdownColon(view, sentence, i);
  if (colon >= 0) emitLaunched(view, emit, sentence, i, side, scanRight(view, sentence, colon).weapons, 'launched:attack-of');
  // "the overnight barrage - 40 cruise missiles, 8 ballistic missiles and 120 drones - was repelled": a list between
  // dashes right after the noun is what the attack was made of.
  const dash = i + 1;
  if ((view.word(dash) === '-' && view.spacedDash(dash)) || view.word(dash) === '—' || view.word(dash) === '–') {
    let close = dash + 1;
    while (close < sentence.tokenEnd && !(view.word(close) === '-' && view.spacedDash(close)) && view.word(close) !== '—' && view.word(close) !== '–') close++;
    const inside = close < sentence.tokenEnd ? view.weaponsIn(dash + 1, close).filter((w) => w.mention && !view.isDefenceClass(w.mention) && !view.isPlatform(w.mention)) : [];
    if (inside.length > 0 && inside[0]?.mention?.tokenStart !== undefined && inside[0].mention.tokenStart <= dash + 3) emitLaunched(view, emit, sentence, i, side, inside, 'launched:attack-of');
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
    emitLaunched(view, emit, sentence, i, side, modifiers.map((r) => ({ ...r, count: null })), 'launched:compound');
  }
}

/** "with W" / "using W" after an attack word: the weapons were launched by the attacker. */
function withWeapons(view: DocView, emit: Emit, sentence: Sentence, trigger: number, from: number, side: string | null): void {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 14); k++) {
    const w = view.word(k);
    if (w === ',' || view.boundaryAt(k) > 0 || (view.reportAt(k) > 0 && view.pos(k) === 'VERB')) return;
    if (w === 'with' || w === 'using') {
      const scan = scanRight(view, sentence, k + 1, { stopAt: (j) => (view.attackAt(j) > 0 && view.pos(j) === 'VERB' ? 1 : 0) });
      emitLaunched(view, emit, sentence, trigger, side, scan.weapons, 'launched:attack-with');
      return;
    }
  }
}

/**
 * A place with a relative "where" clause that says something struck there: "the worst damage was in Dnipro,
 * where a missile hit a depot" (`targeted:where-clause`). The attacker is left open.
 */
function whereClause(view: DocView, emit: Emit, sentence: Sentence): void {
  for (let k = sentence.tokenStart + 2; k < sentence.tokenEnd; k++) {
    if (view.word(k) !== 'where' || view.word(k - 1) !== ',') continue;
    const place = view.mention(k - 2);
    if (!view.isPlace(place) || place.kind === 'demonym' || place.tokenEnd !== k - 1) continue;
    for (let j = k + 1; j < sentence.tokenEnd; j++) {
      // An impact after "after" ("where a building collapsed after a direct hit") belongs to the clause.
      let impact = false;
      if (view.word(j) === 'after') {
        for (let n = j + 1; n < Math.min(sentence.tokenEnd, j + 5) && !impact; n++) impact = impactAfter(view, n);
        if (impact) j = sentence.tokenEnd - 1;
      }
      if (!impact && (view.word(j) === ',' || view.boundaryAt(j) > 0)) break;
      // What debris did names no target ("where debris of a downed missile damaged a car park").
      if (view.lex.debrisNouns.has(view.word(j))) break;
      // An attack verb, not a casualty ("where a man was killed" after falling debris names no target); or the
      // impact, with the places the clause locates.
      // A weapon that came down or exploded there ("where a missile came down before dawn", "where one exploded in
      // a field"): the weapon, not a downed one nor its wreckage, or a part of weapons told before, as the subject.
      const landing = !impact && weaponLandedAt(view, sentence, k + 1, j);
      if ((view.pos(j) === 'VERB' && view.attackAt(j) > 0 && !view.flag(j, CASUALTY_VERB)) || impact || landing) {
        // ("where a warehouse in the Sosnivskyi district burned": the places the clause locates before its verb.)
        const inside = locativesIn(view, sentence, k + 1, impact ? afterIndex(view, k + 1, sentence.tokenEnd) : j);
        // ("a house in the Obukhiv district of the Kyiv region, where ...": the place the region holds is hit too.)
        const held = heldBefore(view, place);
        emitTargeted(view, withCues(emit, view.polarity(sentence, j)), sentence, j, null, [...held, place, ...inside], 'targeted:where-clause');
        break;
      }
    }
  }
}

/**
 * Does a verb of coming down at j (lexicon landingPhrases, impactLandingVerbs: "came down", "landed", "exploded")
 * have as its subject, right after the clause start `from`, a weapon (not a downed one, not inside an "of" phrase:
 * "the wreckage of a drone landed") or a part of weapons told before ("one", "two of them")?
 */
function weaponLandedAt(view: DocView, sentence: Sentence, from: number, j: number): boolean {
  if (view.at(view.lex.landingPhrases, j) === 0 && !view.lex.impactLandingVerbs.has(view.word(j))) return false;
  let k = j - 1;
  while (k >= from && view.pos(k) === 'ADV') k--;
  const weapon = view.mention(k);
  if (view.isWeapon(weapon) && !view.isDefenceClass(weapon) && !downedBefore(view, weapon) && !inOfPhrase(view, weapon)) {
    // Nothing but the weapon's own phrase between the clause start and it ("where a KN-23 ballistic missile").
    // ("where a Russian KN-23 ballistic missile": the attacker's demonym inside it too.)
    for (let n = from; n < weapon.tokenStart; n++) if (!view.isPremodifier(n) && view.mention(n)?.kind !== 'demonym') return false;
    return true;
  }
  // ("where one exploded", "where two of them came down": a count of weapons told before, opening the clause.)
  const counted = k === from && isQuantity(view, k);
  const part = counted || (view.flag(k, OBJECT_PRONOUN) && partitiveAnaphorEndingAt(view, sentence, k));
  return part && view.previousWeapons(sentence, k).some((ref) => ref.mention !== null && !view.isDefenceClass(ref.mention));
}

/** "the Obukhiv district of the Kyiv region": the place whose "of" phrase names `place` (none when there is none). */
function heldBefore(view: DocView, place: Mention): Mention[] {
  let k = place.tokenStart - 1;
  if (view.word(k) === 'the') k--;
  if (view.word(k) !== 'of') return [];
  const inner = view.mention(k - 1);
  return view.isPlace(inner) && inner.kind !== 'demonym' && inner.type !== 'Country' && inner.tokenEnd === k ? [inner] : [];
}

/**
 * Is token j an attack or impact noun after "after" ("after strikes on a depot", "after a direct hit")? An impact
 * noun of lexicon directHitNouns counts only after "direct".
 */
function impactAfter(view: DocView, j: number): boolean {
  const { lex } = view;
  const attack = view.flag(j, ATTACK_NOUN) && view.pos(j) === 'NOUN';
  const direct = view.flag(j, DIRECT_HIT_NOUN) && view.word(j - 1) === 'direct';
  if (!attack && !direct) return false;
  let k = j - 1;
  while (k > j - 4 && (view.isPremodifier(k) || view.word(k) === 'direct')) k--;
  if (view.word(k) === 'after') return true;
  // "a bakery in X was flattened by a direct hit": the agent of a participle of harm or collapse is the impact.
  const participle = view.word(k - 1);
  return view.word(k) === 'by' && (lex.collapseVerbs.has(participle) || view.flag(k - 1, DAMAGE_VERB)) && view.pos(k - 1) === 'VERB';
}

/** The first "after" in [from, end), or `end`. */
function afterIndex(view: DocView, from: number, end: number): number {
  for (let k = from; k < end; k++) if (view.word(k) === 'after') return k;
  return end;
}

/** The places after "in"/"across" between tokens [from, to) (not demonyms, not after "from"). */
function locativesIn(view: DocView, sentence: Sentence, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let k = from; k < to; k++) {
    const w = view.word(k);
    if (w !== 'in' && w !== 'across') continue;
    for (const m of placesRight(view, sentence, k + 1, Math.max(1, to - k - 1))) if (m.kind !== 'demonym' && m.tokenEnd <= to && !out.includes(m)) out.push(m);
  }
  return out;
}

/**
 * "Fires broke out in the X and Y districts after direct hits on a warehouse", "a roof collapsed in Sumy after a
 * strike": the places a clause locates before an attack or impact noun after "after" were hit
 * (`targeted:after-impact`). The attacker is left open; debris, falling fragments and the like name no target.
 */
function afterImpact(view: DocView, emit: Emit, sentence: Sentence): void {
  if (!view.has(sentence, PLACE)) return;
  for (let j = sentence.tokenStart + 2; j < sentence.tokenEnd; j++) {
    if (!impactAfter(view, j)) continue;
    let after = j - 1;
    while (view.word(after) !== 'after' && view.word(after) !== 'by') after--;
    let start = view.clauseStart(sentence, after);
    // "A store in Pavlohrad, Dnipropetrovsk Oblast, burned down after ...": a locating apposition is part of the subject.
    for (let guard = 0; guard < 3 && view.word(start - 1) === ','; guard++) {
      const place = view.mention(start - 2);
      if (!view.isPlace(place) || place.tokenEnd !== start - 1) break;
      const back = view.clauseStart(sentence, place.tokenStart);
      if (back >= start) break;
      start = back;
    }
    if (debrisBefore(view, sentence, after)) continue;
    // The clause tells of harm ("fires broke out", "was damaged", "two were killed"), not of prices or moods.
    let harm = false;
    // ("Voznesensk lost power after a strike", "left without heat after the barrage", "outages after hits": a supply
    // cut is the strike's result, told of the clause's subject.)
    let outage = -1;
    let harmAt = -1;
    for (let k = start; k < after && !harm; k++) {
      const w = view.word(k);
      harmAt = k;
      if (view.lex.outageNouns.has(w) || ((view.lex.lossVerbs.has(w) || w === 'without') && view.lex.utilityNouns.has(view.word(k + 1)))) outage = k;
      // ("a block in X collapsed after a direct hit", "the collapse of a block in X after ...": a structure came down.)
      harm = view.flag(k, DAMAGE_CLASS) || view.lex.collapseVerbs.has(w) || view.flag(k, DAMAGE_VERB) || view.flag(k, CASUALTY_VERB) || outage >= 0;
    }
    if (!harm) continue;
    // "strikes on X" after the noun are the attack noun's own target (rule targeted:noun): only the clause's locatives here.
    let places = locativesIn(view, sentence, start, after);
    if (places.length === 0 && outage >= 0 && view.lex.lossVerbs.has(view.word(outage))) places = placesBeforeVerb(view, sentence, outage);
    if (places.length === 0) continue;
    // ("the dam could collapse after a direct hit": the harm verb's own modal or denial counts too.)
    const cues = view.polarity(sentence, j, { noun: true, event: true }) | (view.lex.collapseVerbs.has(view.word(harmAt)) ? view.polarity(sentence, harmAt, { event: true }) : 0);
    emitTargeted(view, withCues(emit, cues), sentence, j, null, places, 'targeted:after-impact');
  }
}

/** Does a verb that characterises or condemns (lexicon characteriseVerb, condemn) stand before token `i` in its sentence? */
function judgedBefore(view: DocView, sentence: Sentence, i: number): boolean {
  for (let k = sentence.tokenStart; k < i; k++) {
    if (view.pos(k) !== 'VERB') continue;
    if (view.lex.evaluativeCall.has(view.word(k)) || view.at(view.lex.condemn, k) > 0) return true;
  }
  return false;
}

/** Is the object phrase from `from` headed by a weapon ("41 Ukrainian drones", "all the missiles")? */
function weaponPatient(view: DocView, sentence: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 6); k++) {
    const m = view.mention(k);
    if (m && m.kind === 'demonym') {
      k = m.tokenEnd - 1;
      continue;
    }
    if (m) return view.isWeapon(m);
    if (!view.isPremodifier(k)) return false;
  }
  return false;
}

/**
 * A fronted place ("In Moscow, ...") read against the report after it: when a speaker and a verb of saying (lexicon
 * report) come between the place and the verb at j, 'downed' if the verb's subject is a weapon in the passive ("eight
 * drones had been destroyed"), 'seat' if the verb's subject is a side, or a weapon of a side, that holds every fronted
 * place ("its drones had hit", "Russian forces had struck" after "In Moscow,"); null otherwise.
 */
function speakerSeat(view: DocView, sentence: Sentence, from: number, j: number, places: readonly Mention[]): 'downed' | 'seat' | null {
  let r = -1;
  for (let k = from + 1; k < j; k++) {
    if (view.reportAt(k) > 0 && view.pos(k) === 'VERB') {
      r = k + view.reportAt(k);
      break;
    }
  }
  if (r < 0) return null;
  // The subject: the nearest mention before the verb across its noun phrase and auxiliaries; a demonym that heads
  // it ("Russian forces") counts when no other mention comes before the verb.
  let subject: Mention | undefined;
  for (let k = j - 1; k >= r; k--) {
    const m = view.mention(k);
    if (m) {
      subject = m;
      if (m.kind !== 'demonym') break;
      k = m.tokenStart;
      continue;
    }
    const pos = view.pos(k);
    if (subject || (pos !== 'AUX' && pos !== 'ADV' && pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'NUM')) break;
  }
  if (!subject) return null;
  if (view.isWeapon(subject) && isPassive(view, sentence, j)) return 'downed';
  let side: string | null = null;
  if (view.isWeapon(subject)) side = view.weaponOwner(subject);
  else if (view.isActor(subject)) side = view.sideOf(subject.entity);
  if (side === null) return null;
  return places.every((p) => view.holderOf(p.entity) === side) ? 'seat' : null;
}

/** Can token k open the subject of a clause (a determiner, number or noun)? */
function clauseStart(view: DocView, k: number): boolean {
  const pos = view.pos(k);
  return pos === 'DET' || pos === 'NUM' || pos === 'NOUN' || pos === 'PRON';
}

/**
 * "In Dnipro, a hospital was hit ...": a fronted place with damage words, at the start of the sentence or of a clause
 * after a semicolon, a colon or ", and" ("...; in the Lviv region a strike set a plant on fire", "..., and in Sumy a
 * drone hit a house"), where the clause ends at the next semicolon.
 */
function fronted(view: DocView, emit: Emit, sentence: Sentence): void {
  let first = view.firstIndex(sentence);
  // "Here in Sumy, ...", "Elsewhere in the region, ...": an adverb before the fronted place.
  if (view.lex.locativeLeads.has(view.word(first)) && view.word(first + 1) === 'in') first++;
  if (view.word(first) === 'in') frontedAt(view, emit, sentence, first, sentence.tokenEnd);
  for (let i = first + 1; i < sentence.tokenEnd; i++) {
    if (view.word(i) !== 'in') continue;
    const before = view.word(i - 1);
    const opens = before === ';' || before === ':' || ((before === 'and' || before === 'but') && view.word(i - 2) === ',');
    if (!opens) continue;
    let end = i + 1;
    while (end < sentence.tokenEnd && view.word(end) !== ';') end++;
    frontedAt(view, emit, sentence, i, end);
  }
}

function frontedAt(view: DocView, emit: Emit, sentence: Sentence, tokenStart: number, tokenEnd: number): void {
  const places: Mention[] = [];
  let k = tokenStart + 1;
  for (; k < Math.min(tokenEnd, tokenStart + 10); k++) {
    const m = view.mention(k);
    // "In Odesa it struck ...": a pronoun after the fronted place is the clause's subject, whatever it resolves to.
    if (m?.kind === 'pronoun' && places.length > 0) break;
    if (view.isPlace(m)) {
      places.push(m);
      k = m.tokenEnd - 1;
      continue;
    }
    const w = view.word(k);
    // "In Kremenchuk (Poltava region) the enemy struck ...": a parenthesis that locates the place is skipped.
    if (w === '(' && places.length > 0) {
      let close = k + 1;
      while (close < Math.min(tokenEnd, k + 6) && view.word(close) !== ')') close++;
      if (view.word(close) === ')') {
        k = close;
        continue;
      }
    }
    if (w === ',' && k > tokenStart + 1) {
      // "In Konotop, in neighbouring Sumy Oblast, ...": a second locative between commas places the first.
      const region = places.length > 0 ? locativeAside(view, k + 1, tokenEnd) : null;
      if (region === null) break;
      places.push(region);
      k = region.tokenEnd - 1;
      continue;
    }
    // "In the southern city of Odesa," / "In the Kharkiv region,".
    // "In Kyiv's Podilskyi district,": a possessive place before the district.
    if (w === 'and' || w === 'the' || w === 'of' || w === "'s" || view.lex.placeNouns.has(w) || (view.pos(k) === 'ADJ' && places.length === 0)) continue;
    // "In Odesa a man was injured ...": without a comma, the clause starts at its subject's first word.
    if (places.length > 0 && clauseStart(view, k)) break;
    return;
  }
  if (places.length === 0 || (view.word(k) !== ',' && !clauseStart(view, k))) return;
  // "In Kyiv, debris fell on a gas pipe and injured ...": falling debris marks no target (GUIDELINES), whatever it hit.
  // ("In X, falling fragments of a downed drone smashed ...": a participle before the debris noun is no verb yet;
  // "In X, parts of a downed drone hit ...": a part noun of a weapon's phrase is debris too.)
  for (let j = k + 1; j < Math.min(tokenEnd, k + 5); j++) {
    if (view.lex.debrisNouns.has(view.word(j)) || (view.lex.debrisParts.has(view.word(j)) && view.word(j + 1) === 'of' && view.has(sentence, WEAPON))) return;
    if ((view.pos(j) === 'VERB' || view.pos(j) === 'AUX') && !(view.word(j).endsWith('ing') && view.lex.debrisNouns.has(view.word(j + 1)))) break;
  }
  for (let j = k + 1; j < tokenEnd; j++) {
    if (view.flag(j, DAMAGE_VERB) || (view.attackAt(j) > 0 && view.pos(j) === 'VERB')) {
      // "In Moscow, the ministry claimed its air defences had destroyed 41 drones": weapons destroyed were downed,
      // and the fronted place is where the claim was made.
      if (weaponPatient(view, sentence, j + 1)) continue;
      // The same place before a speaker and a verb of saying is the speaker's seat, not the scene of the report: the
      // weapons "had been destroyed" were downed ("In Moscow, the ministry said eight drones had been destroyed
      // over the Kursk region"), and a side strikes no place it holds ("In Kyiv, the General Staff said its drones
      // had hit a refinery": Kyiv is no target of either side).
      const seat = speakerSeat(view, sentence, k, j, places);
      if (seat === 'downed') continue;
      if (seat === 'seat') return;
      emitTargeted(view, withCues(emit, view.polarity(sentence, j)), sentence, j, null, places, 'targeted:fronted-place');
      return;
    }
    // "In Dnipro, ten people died": a casualty report (kept only in an article about an attack, see step 19).
    if (view.flag(j, CASUALTY_VERB) && casualtySubject(view, sentence, j)) {
      emitTargeted(view, withCues(emit, view.polarity(sentence, j)), sentence, j, null, places, CASUALTY_RULE);
      return;
    }
  }
}

/**
 * The place of "in (the) (neighbouring) Y" at `k` when a comma closes it right after: an aside that locates the place
 * before it.
 */
function locativeAside(view: DocView, k: number, end: number): Mention | null {
  if (view.word(k) !== 'in') return null;
  let j = k + 1;
  while (j < end && j < k + 4 && (view.word(j) === 'the' || view.pos(j) === 'ADJ') && !view.mention(j)) j++;
  const m = view.mention(j);
  return view.isPlace(m) && m.kind !== 'demonym' && view.word(m.tokenEnd) === ',' ? m : null;
}

/**
 * "Lutsk was the hardest hit", "the X district suffered the most", "Kharkiv was hit worst": a place singled out as the
 * one the attack hit hardest (lexicon impactSuperlatives next to an attack or damage verb or an impactVerbs word).
 * The place is the first one of the clause's subject: not a demonym or possessor, not after a preposition other
 * than the "of" of a place noun ("the city of Lutsk"), not the object of a verb ("bordering Poland").
 */
function hardestHit(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  const impact = (k: number): boolean => view.attackAt(k) > 0 || view.flag(k, DAMAGE_VERB) || lex.impactVerbs.has(view.word(k));
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!view.flag(i, IMPACT_SUPERLATIVE)) continue;
    // "the hardest hit", "worst-affected" (superlative first, after a form of "be") or "suffered the most", "hit hardest".
    let verb = -1;
    let next = i + 1;
    if (view.word(next) === '-') next++;
    // "were among the hardest hit", "with Kharkiv the worst hit": "among" or the place itself before "the".
    const ranked = view.word(i - 1) === 'the' && (lex.beForms.has(view.word(i - 2)) || view.word(i - 2) === 'among' || view.isPlace(view.mention(i - 2)));
    if (impact(next) && (lex.beForms.has(view.word(i - 1)) || ranked)) verb = next;
    // "took the brunt", "took a direct hit".
    // ("took two direct hits": a count in place of the article.)
    const count = view.numberEndingAt(i - 1);
    const before = view.word(i - 1) === 'the' || view.word(i - 1) === 'a' ? i - 2 : count !== null && count.start < i ? count.start - 1 : i - 1;
    if (verb < 0 && impact(before) && (view.pos(before) === 'VERB' || lex.impactVerbs.has(view.word(before)))) verb = before;
    if (verb < 0) continue;
    // The statement ends there or names the attack ("suffered the most in the strike"), not another cause
    // ("suffered most from the power cuts").
    let after = Math.max(i, verb) + 1;
    // "suffered the heaviest blows", "took the worst damage": a superlative's impact noun is part of the statement.
    if (after === i + 1 && (view.flag(after, DAMAGE_NOUN) || (view.flag(after, ATTACK_NOUN) && view.pos(after) !== 'VERB'))) after++;
    // "taking the worst of it", "bore the brunt of the attack": an "of" phrase naming the attack or pointing back to it.
    if (after === i + 1 && view.word(after) === 'of' && (view.word(after + 1) === 'it' || view.word(after + 1) === 'them')) after += 2;
    if (!(after >= sentence.tokenEnd || view.pos(after) === 'PUNCT' || view.pos(after) === 'CCONJ' || attackWithin(view, sentence, after, 4))) continue;
    let start = sentence.tokenStart;
    // "..., with the capital taking the worst of it": an absolute "with" clause is its own subject and predicate.
    let absolute = false;
    // "The Lviv region, its governor said, took the brunt": a reporting aside between the subject and the verb is
    // passed over (its words belong to no subject).
    let aside: [number, number] | null = null;
    for (let k = Math.min(i, verb) - 1; k > sentence.tokenStart; k--) {
      if (aside === null && view.word(k) === ',' && view.word(k + 1) !== 'with') {
        const open = reportAsideStart(view, sentence, k);
        if (open > sentence.tokenStart) {
          aside = [open, k];
          k = open;
          continue;
        }
      }
      // ", and the capital took most of it": a clause coordinated after a comma has a subject of its own.
      if ((view.reportAt(k) > 0 && view.pos(k) === 'VERB') || view.word(k) === '"' || view.boundaryAt(k) > 0 || (view.word(k) === 'and' && view.word(k - 1) === ',')) {
        start = k + 1;
        break;
      }
      if (view.word(k) === 'with' && view.word(k - 1) === ',' && (view.word(verb).endsWith('ing') || verb === i + 1)) {
        start = k + 1;
        absolute = true;
        break;
      }
    }
    // The place of the subject ("Kharkiv", "facilities in the Lviv region") and the places coordinated with it
    // ("Kharkiv and the Odesa region", "in the Lviv, Ivano-Frankivsk and Rivne regions").
    const places: Mention[] = [];
    for (let k = start; k < Math.min(i, verb); k++) {
      if (aside && k >= aside[0] && k <= aside[1]) continue;
      const m = view.mention(k);
      if (!m) continue;
      k = m.tokenEnd - 1;
      if (!view.isPlace(m) || m.kind === 'demonym' || view.word(m.tokenEnd) === "'s") continue;
      const last = places[places.length - 1];
      if (last && coordinatedPlaces(view, last, m)) {
        places.push(m);
        continue;
      }
      if (last) break;
      const prior = view.word(m.tokenStart - 1);
      const ofPlaceNoun = prior === 'of' && lex.placeNouns.has(view.word(m.tokenStart - 2));
      const absoluteSubject = absolute && places.length === 0 && (m.tokenStart === start || (m.tokenStart === start + 1 && view.word(start) === 'the'));
      if ((afterPreposition(view, m) && !ofPlaceNoun && !inSubjectPhrase(view, m) && !absoluteSubject) || view.pos(m.tokenStart - 1) === 'VERB') continue;
      places.push(m);
    }
    if (places.length > 0) emitTargeted(view, withCues(emit, view.polarity(sentence, verb)), sentence, verb, null, places, 'targeted:hardest-hit');
    return;
  }
}

/**
 * "Russia launched 48 missiles, focusing mainly on the Lviv and Ternopil regions", "the strikes concentrated on
 * Kharkiv": a focus verb (class focusVerb) whose subject is the attack (a participle after a launch or attack
 * clause, or an attack noun right before it) names the attack's main targets after "on".
 */
function focusedOn(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    if (!lex.focusVerbs.has(view.word(i)) || view.pos(i) === 'NOUN') continue;
    let on = i + 1;
    while (on < sentence.tokenEnd && on < i + 3 && view.pos(on) === 'ADV') on++;
    if (view.word(on) !== 'on' && view.word(on) !== 'upon') continue;
    // The subject: ", focusing on" after a clause that launched or attacked; or "the strikes (were) concentrated on".
    let attack = false;
    // ", again concentrating on": adverbs may stand between the comma and the participle.
    let comma = i - 1;
    while (comma > sentence.tokenStart && view.pos(comma) === 'ADV') comma--;
    if (view.word(comma) === ',') {
      // A launch or attack verb, or any verb with weapons as its object ("aimed 300 drones at Ukraine, concentrating on").
      for (let k = sentence.tokenStart; k < comma && !attack; k++) attack = view.pos(k) === 'VERB' && (view.launchAt(k) > 0 || view.attackAt(k) > 0 || weaponObject(view, sentence, k) !== null);
    } else {
      let k = i - 1;
      while (k > sentence.tokenStart && (view.pos(k) === 'ADV' || view.pos(k) === 'AUX' || lex.beForms.has(view.word(k)))) k--;
      attack = view.flag(k, ATTACK_NOUN);
    }
    if (!attack) continue;
    emitTargeted(view, withCues(emit, view.polarity(sentence, i)), sentence, i, null, placesRight(view, sentence, on + 1), 'targeted:focus');
  }
}

/**
 * "The governor of the X region said one person was killed in the drone attack", "X Mayor Y said the strike damaged
 * a school": an official of one place (lexicon placeOfficials) reports an attack without naming where it hit; the
 * place is the official's. The next sentence counts too when it opens with the attack ("The attack caused fires").
 */
function officialPlace(view: DocView, emit: Emit, sentence: Sentence): void {
  let report = -1;
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    if (view.reportAt(k) > 0 && view.pos(k) === 'VERB') {
      report = k;
      break;
    }
  }
  if (report < 0) return;
  const place = officialOf(view, sentence.tokenStart, report);
  if (!place) return;
  // The report names an attack and no place of its own ("over his region" is the official's place).
  const attackIn = (from: number, to: number): number => {
    let found = -1;
    for (let k = from; k < to; k++) {
      const m = view.mention(k);
      if (m && view.isPlace(m) && m.kind !== 'demonym') return -1;
      if (found < 0 && view.flag(k, ATTACK_NOUN) && (view.pos(k) === 'NOUN' || view.pos(k) === 'PROPN')) found = k;
    }
    return found;
  };
  let trigger = attackIn(report + 1, sentence.tokenEnd);
  let at = sentence;
  const next = view.ctx.sentences[sentence.index + 1];
  if (trigger < 0 && next) {
    const first = view.firstIndex(next);
    const opens = view.word(first) === 'the' && view.flag(first + 1, ATTACK_NOUN);
    trigger = opens ? attackIn(first, next.tokenEnd) : -1;
    at = next;
  }
  if (trigger < 0) return;
  emitTargeted(view, withCues(emit, view.polarity(at, trigger, { noun: true, event: true })), at, trigger, null, [place], 'targeted:official-place');
}

/** The City or Region of an official's title before token `end`: "governor of the (southern) X region", "X Mayor". */
function officialOf(view: DocView, from: number, end: number): Mention | null {
  for (let t = from; t < end; t++) {
    if (!view.lex.placeOfficials.has(view.word(t))) continue;
    const before = view.mention(t - 1);
    if (before && (before.type === 'City' || before.type === 'Region') && before.kind !== 'demonym') return before;
    if (view.word(t + 1) !== 'of') continue;
    for (let k = t + 2; k < Math.min(end, t + 9); k++) {
      const m = view.mention(k);
      if (m) return (m.type === 'City' || m.type === 'Region') && m.kind !== 'demonym' ? m : null;
      const w = view.word(k);
      if (w !== 'the' && w !== 'of' && view.pos(k) !== 'ADJ' && !view.lex.placeNouns.has(w)) break;
    }
  }
  return null;
}

/** Is there an attack noun among the n tokens from k ("in the strike", "during the attack")? */
function attackWithin(view: DocView, sentence: Sentence, k: number, n: number): boolean {
  for (let j = k; j < Math.min(sentence.tokenEnd, k + n); j++) if (view.flag(j, ATTACK_NOUN)) return true;
  return false;
}

/**
 * Is there a casualty noun with a number or quantifier just before the casualty verb at j ("ten people were")?
 * In a list of casualties a bare count stands for it: "two people killed and one injured in X, eight injured in Y".
 */
function casualtySubject(view: DocView, sentence: Sentence, j: number): boolean {
  if (isQuantity(view, j - 1) && casualtyListAround(view, sentence, j)) return true;
  for (let k = j - 1, steps = 0; k >= sentence.tokenStart && steps < 5; k--, steps++) {
    const w = view.word(k);
    if (view.lex.casualtyNouns.has(w)) return true;
    if (view.lex.beForms.has(w) || view.pos(k) === 'ADV' || w === 'have' || w === 'has' || w === 'had') continue;
    return false;
  }
  return false;
}

/** Does the sentence count casualties with a casualty noun before j ("two people killed and one injured ...")? */
function casualtyListAround(view: DocView, sentence: Sentence, j: number): boolean {
  for (let k = sentence.tokenStart; k < j; k++) if (view.lex.casualtyNouns.has(view.word(k)) && view.flag(k + 1, CASUALTY_VERB)) return true;
  return false;
}

/** "Five people were killed in Zaporizhzhia": a casualty verb with its people subject and "in" + a place right after. */
function casualtiesIn(view: DocView, emit: Emit, sentence: Sentence): void {
  if (!view.has(sentence, PLACE)) return;
  for (let j = sentence.tokenStart; j < sentence.tokenEnd; j++) {
    if (!view.flag(j, CASUALTY_VERB) || (view.pos(j) !== 'VERB' && !(isQuantity(view, j - 1) && casualtyListAround(view, sentence, j)))) continue;
    let k = j + 1;
    if (!casualtySubject(view, sentence, j)) {
      // Active: "the strike killed three civilians in Kharkiv".
      while (k < sentence.tokenEnd && k < j + 5 && (view.pos(k) === 'NUM' || view.pos(k) === 'ADJ' || view.lex.numberWords.has(view.word(k)) || view.lex.numberQualifiers.has(view.word(k)))) k++;
      if (!view.lex.casualtyNouns.has(view.word(k))) continue;
      k++;
    }
    while (k < sentence.tokenEnd && (view.lex.skipAdverbs.has(view.word(k)) || view.pos(k) === 'ADV')) k++;
    // "two people killed and one injured in X": a coordinated count of casualties before the place.
    while (view.word(k) === 'and' && isQuantity(view, k + 1) && view.flag(k + 2, CASUALTY_VERB)) k += 3;
    if (view.word(k) !== 'in') continue;
    k++;
    while (k < sentence.tokenEnd && (view.word(k) === 'the' || view.pos(k) === 'ADJ')) k++;
    const place = view.mention(k);
    if (!view.isPlace(place) || place.kind === 'demonym') continue;
    emitTargeted(view, withCues(emit, view.polarity(sentence, j)), sentence, j, null, [place], CASUALTY_RULE);
  }
}

/** "Blasts were reported in Lviv, Dnipro and Kharkiv." */
function reportedIn(view: DocView, emit: Emit, sentence: Sentence): void {
  const { tokenStart, tokenEnd } = sentence;
  let damage = false;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const w = view.word(i);
    // "The Poltava region reported hits on infrastructure": a place that reports damage words as its subject.
    if (w === 'reported' && view.pos(i) === 'VERB' && reportsDamage(view, i + 1)) {
      const place = subjectPlace(view, sentence, i);
      if (place) emitTargeted(view, withCues(emit, view.polarity(sentence, i)), sentence, i, null, [place], 'targeted:reported-in');
    }
    // "Explosions reported in X", "Strikes reported in X, Y and Z": a damage or attack noun before the report.
    if (view.flag(i, DAMAGE_NOUN) || (view.flag(i, ATTACK_NOUN) && view.pos(i) !== 'VERB')) damage = true;
    if (!damage) continue;
    // "Hits were recorded in X": a verb of observing past-tense after the noun says the same.
    if (w === 'reported' || (w.endsWith('ed') && view.at(view.lex.observe, i) > 0)) {
      // "Blasts were reported during the morning rush hour in Lviv, Dnipro ...": the first "in" within a few words.
      // "Hits were recorded at 18 locations, the air force said, most of them in X and Y": past a parenthetical
      // report and a part of the locations.
      for (let k = i + 1; k < Math.min(tokenEnd, i + 16); k++) {
        if ((view.pos(k) === 'VERB' || view.pos(k) === 'AUX') && !(view.reportAt(k) > 0 && view.word(k + 1) === ',')) break;
        if (view.word(k) === 'and' && view.word(k - 1) === ',') break;
        if (view.word(k) !== 'in') continue;
        // "in Sumy and in the Kharkiv region": a coordinated "in" goes on with the list.
        const places = placesRight(view, sentence, k + 1);
        const last = places[places.length - 1];
        if (last && view.word(last.tokenEnd) === 'and' && view.word(last.tokenEnd + 1) === 'in') places.push(...placesRight(view, sentence, last.tokenEnd + 2));
        emitTargeted(view, withCues(emit, view.polarity(sentence, i)), sentence, i, null, places, 'targeted:reported-in');
        return;
      }
    }
  }
}

/** A damage or attack noun within the first words of an object ("hits", "several explosions", "heavy damage"). */
function reportsDamage(view: DocView, k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    if (view.flag(j, DAMAGE_NOUN) || (view.flag(j, ATTACK_NOUN) && view.pos(j) !== 'VERB')) return true;
    if (!view.isPremodifier(j)) return false;
  }
  return false;
}

/** The place that is the whole subject of the verb at `i` ("Poltava region reported", "the Kharkiv region reported"). */
function subjectPlace(view: DocView, sentence: Sentence, i: number): Mention | null {
  let k = i - 1;
  if (view.lex.placeNouns.has(view.word(k)) && view.isPlace(view.mention(k - 1))) k--;
  const m = view.mention(k);
  if (!view.isPlace(m) || m.kind === 'demonym') return null;
  let s = m.tokenStart - 1;
  if (view.word(s) === 'the') s--;
  const before = view.word(s);
  return s < view.firstIndex(sentence) || before === ',' || before === ';' || before === ':' || before === 'and' ? m : null;
}

/**
 * "Russia aimed 375 drones at Ukraine", "threw 600 drones and 40 missiles at Kyiv", "directed its missiles against
 * Odesa": any verb whose object is a list of attack weapons and whose subject is a belligerent names the place after
 * a target preposition (`targeted:weapons-at`). Launch verbs are left to step 11 and attack verbs to the rules above;
 * air-defence classes are never aimed at a place ("deployed Patriot batteries at Rzeszow" is no attack), and a verb of
 * observing ("recorded", "tracked") has the observer, not the attacker, as its subject.
 */
function weaponsAt(view: DocView, emit: Emit, sentence: Sentence): void {
  if (!view.has(sentence, PLACE) || !view.has(sentence, WEAPON)) return;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (view.pos(i) !== 'VERB' || view.mention(i) || view.word(i - 1) === '-') continue;
    // ("It recorded two missiles aimed at X": who detects weapons aims none of them.)
    if (view.launchAt(i) > 0 || view.attackAt(i) > 0 || view.reportAt(i) > 0 || view.at(view.lex.intercept, i) > 0 || view.at(view.lex.request, i) > 0 || view.at(view.lex.observe, i) > 0) continue;
    const first = weaponObject(view, sentence, i);
    if (!first) continue;
    const scan = scanRight(view, sentence, first.tokenStart);
    if (scan.places.length === 0 || scan.weapons.length === 0) continue;
    const agent = agentLeft(view, sentence, i);
    if (agent.key === null || !view.lex.opponents.has(view.sideOf(agent.key))) continue;
    const cues = view.polarity(sentence, i, { event: true }) | (requestBefore(view, sentence, i) ? POLARITY.REQUESTED : 0);
    emitTargeted(view, withCues(emit, cues), sentence, i, agent.key, scan.places, 'targeted:weapons-at', scan.weapons[0] ?? null);
  }
}

/**
 * The first weapon of the object of the verb at i ("aimed 375 drones", "threw some 600 Shaheds"), not an air-defence
 * class or a platform; null when the verb is a modifier ("the first attempted missile strike") or the weapon modifies
 * another noun ("missile strike").
 */
function weaponObject(view: DocView, sentence: Sentence, i: number): Mention | null {
  if (view.pos(i - 1) === 'DET' || view.pos(i - 1) === 'ADJ') return null;
  let k = i + 1;
  while (k < sentence.tokenEnd && k < i + 4 && !view.mention(k) && (isQuantity(view, k) || view.pos(k) === 'ADJ' || view.pos(k) === 'DET' || view.lex.numberQualifiers.has(view.word(k)))) k++;
  const first = view.mention(k);
  if (!first || !view.isWeapon(first) || view.isDefenceClass(first) || view.isPlatform(first) || view.pos(first.tokenEnd) === 'NOUN') return null;
  return first;
}

/**
 * "Strikes caused damage in the Kharkiv and Sumy regions", "destruction across the Odesa region", "officials in the
 * Poltava and Chernihiv regions reported damage": a damage noun (class damageNoun) with the places it is in, after
 * it ("in", "across", "throughout") or, for a reported damage, in the reporter's phrase (`targeted:damage`). The
 * attacker is left open, and step 19 keeps the relation only in an article that reports an attack.
 */
function damageIn(view: DocView, emit: Emit, sentence: Sentence): void {
  if (!view.has(sentence, PLACE)) return;
  const { lex } = view;
  for (let j = sentence.tokenStart; j < sentence.tokenEnd; j++) {
    // (A capitalised damage noun opening a line may be tagged as a proper noun: "03:30 - Explosions in X".)
    if (!view.flag(j, DAMAGE_CLASS) || (view.pos(j) !== 'NOUN' && view.pos(j) !== 'PROPN') || view.mention(j) || view.word(j + 1) === '-') continue;
    let places: Mention[] = [];
    const next = view.word(j + 1);
    if (next === 'to' || (lex.beForms.has(next) && view.pos(j + 2) === 'VERB' && view.word(j + 3) === 'to')) {
      // "damage to power lines in the Sumy region", "damage was caused to facilities in the Lviv and Poltava regions";
      // not what debris did ("fragments set fire to a warehouse in X").
      if (debrisBefore(view, sentence, j)) continue;
      places = damagedIn(view, sentence, next === 'to' ? j + 2 : j + 4);
    }
    // "damage in X"; "the heaviest damage was in X".
    const third = view.word(j + 2);
    const copular = lex.beForms.has(next) && (third === 'in' || third === 'across' || third === 'throughout');
    if (next === 'in' || next === 'across' || next === 'throughout') places = placesRight(view, sentence, j + 2, 12);
    else if (copular) places = placesRight(view, sentence, j + 3, 12);
    else if (lex.shakeVerbs.has(next)) {
      // "Explosions rocked Lviv and Ternopil", "blasts echoed across Kyiv": the places the blasts were felt in.
      const from = third === 'across' || third === 'through' || third === 'over' || third === 'in' ? j + 3 : j + 2;
      places = placesRight(view, sentence, from, 12);
    }
    else if (places.length === 0) {
      // "reported (heavy) damage": the places of the reporter's "in" phrase, between the clause start and the verb.
      let v = j - 1;
      while (v > sentence.tokenStart && view.pos(v) === 'ADJ') v--;
      // The tagger may read a present "report" after a plural subject as a noun ("regions report damage").
      // "Energy sites in Kyiv Oblast sustained damage", "Kharkiv suffered heavy damage": the subject underwent it.
      const suffered = view.flag(v, SUFFER_VERB);
      if (!((view.reportAt(v) > 0 || suffered) && (view.pos(v) === 'VERB' || view.pos(v - 1) === 'NOUN'))) continue;
      const subject = view.mention(v - 1);
      if (suffered && view.isPlace(subject) && subject.kind !== 'demonym' && subject.type !== 'Country') places = [subject];
      // The phrase may hold a comma list, so it reaches back to a boundary or another verb, not to a comma.
      let start = v - 1;
      while (start > sentence.tokenStart && view.boundaryAt(start - 1) === 0 && view.pos(start - 1) !== 'VERB' && view.pos(start - 1) !== 'AUX') start--;
      for (let k = start; k < v && places.length === 0; k++) {
        if (view.word(k) !== 'in') continue;
        places = placesRight(view, sentence, k + 1, v - k - 1);
        break;
      }
    }
    places = places.filter((p) => p.kind !== 'demonym');
    if (places.length === 0) continue;
    emitTargeted(view, withCues(emit, view.polarity(sentence, j, { noun: true, event: true })), sentence, j, null, places, DAMAGE_RULE);
  }
}

/**
 * "A depot near Izium took a direct hit", "the Izium rail yard took repeated hits", "a substation in the X district
 * lost both transformers": a verb of undergoing (lexicon sufferVerbs) with a hit noun (directHitNouns) as its object,
 * or a verb of loss (lossVerbs) with a part of a structure (structureParts) as its object, strikes the places its
 * subject stands in (`targeted:damage`; the attacker is left open). "lost power" or "lost to jamming" is no hit.
 */
function sufferedHit(view: DocView, emit: Emit, sentence: Sentence): void {
  if (!view.has(sentence, PLACE)) return;
  const { lex } = view;
  for (let v = sentence.tokenStart + 1; v < sentence.tokenEnd; v++) {
    const w = view.word(v);
    const suffer = view.flag(v, SUFFER_VERB);
    if (!suffer && !lex.lossVerbs.has(w)) continue;
    // The object's head: past determiners, numbers, adjectives and possessives ("its upper two floors").
    let k = v + 1;
    while (k < sentence.tokenEnd && k < v + 6 && (!view.mention(k) || view.mention(k)?.kind === 'pronoun') && (view.pos(k) === 'DET' || view.pos(k) === 'NUM' || view.pos(k) === 'ADJ' || view.pos(k) === 'PRON' || lex.numberWords.has(view.word(k)) || view.word(k) === 'direct')) k++;
    const head = view.word(k);
    const hit = suffer ? lex.directHitNouns.has(head) : lex.structureParts.has(head);
    if (!hit || view.mention(k)) continue;
    const places = placesBeforeVerb(view, sentence, v);
    if (places.length === 0) continue;
    emitTargeted(view, withCues(emit, view.polarity(sentence, v, { event: true })), sentence, v, null, preferSpecificPlaces(view, places), DAMAGE_RULE);
  }
}

/**
 * "Kherson came under attack", "the grid of the X region came under a combined drone and missile attack", "the ports
 * were under fire again": a light verb of undergoing (lexicon underVerbs) with "under" and an attack noun (attackNoun,
 * underNouns) past its modifiers, a state told of the places of its subject (`targeted:under-attack`, the attacker
 * left to the document's roles). A negation ("had not come under attack") or a plan blocks it through the polarity.
 */
function underAttack(view: DocView, emit: Emit, sentence: Sentence): void {
  if (!view.has(sentence, PLACE)) return;
  const { lex } = view;
  for (let v = sentence.tokenStart + 1; v < sentence.tokenEnd - 1; v++) {
    if (!view.flag(v, UNDER_VERB) || view.word(v + 1) !== 'under') continue;
    // The attack noun: past determiners, adjectives, a demonym and weapon modifiers ("a combined missile and drone attack").
    let k = v + 2;
    let attack = -1;
    let side: string | null = null;
    while (k < sentence.tokenEnd && k < v + 9) {
      const w = view.word(k);
      const m = view.mention(k);
      if ((view.flag(k, ATTACK_NOUN) || lex.underNouns.has(w)) && !(m && view.isWeapon(m))) {
        attack = k;
        // ("a combined missile and drone attack": a modifier attack word is passed for the head.)
        if (!view.flag(k + 1, ATTACK_NOUN) && view.word(k + 1) !== 'and') break;
      } else if (m && (m.kind === 'demonym' || view.isWeapon(m))) {
        // ("came under Ukrainian attack": the demonym names the attacker.)
        if (m.kind === 'demonym') side = actingSide(view, m);
        k = m.tokenEnd;
        continue;
      } else if (!(lex.determiner.has(w) || w === 'and' || view.pos(k) === 'ADJ' || view.pos(k) === 'NUM' || (view.pos(k) === 'NOUN' && attack < 0))) break;
      k++;
    }
    if (attack < 0) continue;
    // ("came under attack from Russia": the actor after "from" or "by".)
    const by = view.mention(attack + 2);
    if ((view.word(attack + 1) === 'from' || view.word(attack + 1) === 'by') && by && view.isActor(by)) side = actingSide(view, by) ?? side;
    const places = placesBeforeVerb(view, sentence, v);
    if (places.length === 0) continue;
    emitTargeted(view, withCues(emit, view.polarity(sentence, v, { event: true })), sentence, v, side, preferSpecificPlaces(view, places), 'targeted:under-attack');
  }
}

/**
 * The places of the subject of the verb at `v`: the clause before it, with no weapon, debris or non-place actor in
 * it; a place as the head ("Izium took"), as a modifier ("the Izium rail yard") or in a locative of the phrase ("a
 * depot near Izium", "a block in the X district"), not after "from", "over" or "by".
 */
function placesBeforeVerb(view: DocView, sentence: Sentence, v: number): Mention[] {
  const start = view.clauseStart(sentence, v);
  const out: Mention[] = [];
  for (let k = start; k < v; k++) {
    const w = view.word(k);
    // (A noun the tagger read as a verb after an article or adjective, "a block of flats", stays in the phrase.)
    const nounAsVerb = view.pos(k) === 'VERB' && (view.pos(k - 1) === 'DET' || view.pos(k - 1) === 'ADJ');
    if (view.lex.debrisNouns.has(w) || (view.pos(k) === 'VERB' && !nounAsVerb) || view.pos(k) === 'AUX') return [];
    const m = view.mention(k);
    if (!m) continue;
    if (view.isWeapon(m) || (view.isActor(m) && !view.isPlace(m))) return [];
    const before = view.word(m.tokenStart - 1);
    if (view.isPlace(m) && m.kind !== 'demonym' && m.kind !== 'pronoun' && m.type !== 'Country' && before !== 'from' && before !== 'over' && before !== 'by') out.push(m);
    k = m.tokenEnd - 1;
  }
  return out;
}

/**
 * "Damaged, too, were a school and a clinic in the X district", "Among the sites damaged were a depot in Y": a
 * fronted participle of damage before its copula, the places of the inverted subject after it (`targeted:damage`).
 */
function damagedFronted(view: DocView, emit: Emit, sentence: Sentence): void {
  if (!view.has(sentence, PLACE)) return;
  const { lex } = view;
  const first = view.firstIndex(sentence);
  for (let p = first; p < Math.min(sentence.tokenEnd, first + 5); p++) {
    const w = view.word(p);
    if (!lex.frontedDamage.has(w)) continue;
    // At the sentence's start, or after "Among the sites": a participle, not a verb with its own subject.
    const among = view.word(first) === 'among' && p > first + 1;
    if (p !== first && !among) return;
    let k = p + 1;
    while (k < sentence.tokenEnd && k < p + 6 && !lex.beForms.has(view.word(k)) && (view.word(k) === ',' || view.pos(k) === 'ADV' || lex.skipAdverbs.has(view.word(k)))) k++;
    if (!lex.beForms.has(view.word(k))) return;
    const places = placesRight(view, sentence, k + 1).filter((m) => m.kind !== 'demonym');
    if (places.length === 0) return;
    emitTargeted(view, withCues(emit, view.polarity(sentence, k, { event: true })), sentence, p, null, places, DAMAGE_RULE);
    return;
  }
}

/** A debris noun in the clause before token j ("fragments set fire to ..."). */
function debrisBefore(view: DocView, sentence: Sentence, j: number): boolean {
  for (let k = j - 1; k >= view.clauseStart(sentence, j); k--) if (view.lex.debrisNouns.has(view.word(k))) return true;
  return false;
}

/** The places of the first "in"/"across" after a damaged object, within its phrase ("to facilities in X"). */
function damagedIn(view: DocView, sentence: Sentence, from: number): Mention[] {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 10); k++) {
    if (view.pos(k) === 'VERB' || view.pos(k) === 'AUX' || view.boundaryAt(k) > 0) break;
    const w = view.word(k);
    if (w === 'in' || w === 'across' || w === 'throughout') return placesRight(view, sentence, k + 1, 12);
  }
  return [];
}

/**
 * "The main target of the attack was Kyiv", "the Odesa region's ports were among the targets of the strike": a target
 * noun (lexicon targetNouns) of an attack noun, with the places on the other side of the copula
 * (`targeted:target-of`). The attacker is the demonym or possessor of the attack, else left open.
 */
function targetOf(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!view.flag(i, TARGET_NOUN) || view.pos(i) !== 'NOUN') continue;
    if (view.word(i + 1) !== 'of') {
      mainTarget(view, emit, sentence, i);
      continue;
    }
    // The attack: an attack noun after "of", past determiners, modifiers, weapons and their coordination.
    let side: string | null = null;
    let attack = -1;
    for (let k = i + 2; k < Math.min(sentence.tokenEnd, i + 10); k++) {
      const m = view.mention(k);
      if (m) {
        const acting = actingSide(view, m);
        if (acting !== null) side = acting;
        else if (!view.isWeapon(m)) break;
        k = m.tokenEnd - 1;
        continue;
      }
      if (view.flag(k, ATTACK_NOUN) && view.pos(k) !== 'VERB') {
        attack = k;
        break;
      }
      const w = view.word(k);
      if (w !== 'and' && w !== "'s" && view.pos(k) !== 'DET' && view.pos(k) !== 'ADJ' && view.pos(k) !== 'NUM' && view.pos(k) !== 'NOUN') break;
    }
    // "X had been one of the main directions of the night": a time after "of" names no attack; the noun stands alone.
    if (attack < 0) {
      if (view.word(i + 2) === 'the' && view.lex.timeSubjects.has(view.word(i + 3))) mainTarget(view, emit, sentence, i);
      continue;
    }
    let places: Mention[] = [];
    // 1. "the target of the attack was X": the copula after the attack phrase.
    let after = attack + 1;
    while (after < sentence.tokenEnd && view.pos(after) === 'ADV') after++;
    if (lex.beForms.has(view.word(after))) places = placesRight(view, sentence, after + 1, 14);
    // 2. "X was (among) the (main) target(s) of": the places of the subject, left of the copula.
    if (places.length === 0) {
      let be = i - 1;
      while (be > sentence.tokenStart && !lex.beForms.has(view.word(be)) && be > i - 6 && view.word(be) !== ',') be--;
      if (lex.beForms.has(view.word(be))) {
        for (let k = view.clauseStart(sentence, be); k < be; k++) {
          const m = view.mention(k);
          if (!m) continue;
          k = m.tokenEnd - 1;
          if (view.isPlace(m) && m.kind !== 'demonym' && (!afterPreposition(view, m) || inSubjectPhrase(view, m))) places.push(m);
        }
      }
    }
    if (places.length === 0) continue;
    const cues = view.polarity(sentence, i, { noun: true, event: true });
    emitTargeted(view, withCues(emit, cues), sentence, i, side, preferSpecificPlaces(view, places), 'targeted:target-of');
  }
}

/**
 * "Lutsk, near the Polish border, was the main target": a place that opens the sentence, then (past an aside between
 * commas) "was/were the (main) target(s)" with no "of" phrase after it (`targeted:target-of`, the attacker left open).
 * The present tense ("Kyiv remains a target") says what may come, not what happened; a perfect ("has been the main
 * target") tells attacks that did.
 */
function mainTarget(view: DocView, emit: Emit, sentence: Sentence, i: number): void {
  // "The main targets were energy facilities in Dnipro and Kryvyi Rih", "The target was Odesa": the target noun as
  // the subject, its places after the copula (directly or in the first "in" phrase of the complement).
  // ("The main target, according to the air force, was X": past a reporting aside before the copula.)
  const copula = reportAsideEnd(view, sentence, i + 1, 10);
  if (view.word(copula) === 'was' || view.word(copula) === 'were') {
    let places: Mention[] = [];
    // ("The main thrust was aimed at the Lviv region": a phrasal verb of aiming after the copula.)
    const aimed = view.at(view.lex.attackConstructions, copula + 1);
    const from = aimed > 1 && view.lex.hostileDirections.has(view.word(copula + aimed)) ? copula + aimed + 1 : copula + 1;
    if (from > copula + 1) places = placesRight(view, sentence, from, 12);
    for (let j = copula + 1; j < Math.min(sentence.tokenEnd, copula + 9) && places.length === 0; j++) {
      const m = view.mention(j);
      // ("The main targets were the Kharkiv and Sumy regions": a determiner may stand before the place.)
      if ((j === copula + 1 || (j === copula + 2 && view.word(copula + 1) === 'the')) && view.isPlace(m) && m.kind !== 'demonym') places = placesRight(view, sentence, j, 12);
      else if (view.word(j) === 'in' || view.word(j) === 'near' || view.word(j) === 'around') places = placesRight(view, sentence, j + 1, 12);
      else if (view.pos(j) === 'VERB' || view.word(j) === ',' || view.boundaryAt(j) > 0) break;
    }
    places = places.filter((p) => p.kind !== 'demonym');
    if (places.length > 0) emitTargeted(view, withCues(emit, view.polarity(sentence, i, { noun: true, event: true })), sentence, i, null, places, 'targeted:target-of');
    return;
  }
  let k = i - 1;
  while (k > sentence.tokenStart && (view.pos(k) === 'ADJ' || view.pos(k) === 'ADV')) k--;
  if (view.word(k) !== 'the' && view.word(k) !== 'a') return;
  // ("had been one of the main directions": a part of the targets.)
  if (view.word(k) === 'the' && view.word(k - 1) === 'of' && view.word(k - 2) === 'one') k -= 2;
  // ("Kyiv has been the main target twice this week": a perfect tells attacks that happened.)
  const be = view.word(k - 1);
  const perfect = be === 'been' && (view.word(k - 2) === 'has' || view.word(k - 2) === 'have' || view.word(k - 2) === 'had');
  if (be !== 'was' && be !== 'were' && !perfect) return;
  if (perfect) k--;
  const first = view.firstIndex(sentence);
  // ("The Poltava region was the main target": a determiner before the place that heads the subject.)
  const place = view.mention(first) ?? (view.lex.determiner.has(view.word(first)) ? view.mention(first + 1) : undefined);
  const cues = view.polarity(sentence, i, { noun: true, event: true });
  if (!view.isPlace(place) || place.kind === 'demonym') {
    // "The power plant in Kryvyi Rih, a city of 600,000, was the principal target": the places of a subject that
    // stands in them (the syntax layer's subject when an apposition's commas cut the clause).
    const copula = k - 1;
    let end = copula;
    if (view.clauseStart(sentence, copula) !== first) {
      // Past an apposition between commas that closes right before the copula: the subject ends at its first comma.
      if (view.word(copula - 1) !== ',') return;
      end = first;
      while (end < copula && view.word(end) !== ',') end++;
    }
    const places = subjectPlaces(view, first, end);
    if (places.length > 0) emitTargeted(view, withCues(emit, cues), sentence, i, null, places, 'targeted:target-of');
    return;
  }
  // The subject runs from the place to the copula: nothing but an aside between commas.
  let j = place.tokenEnd;
  if (view.word(j) === ',') {
    while (j < k - 1 && view.word(j + 1) !== ',') j++;
    j += 2;
  }
  if (j !== k - 1) return;
  emitTargeted(view, withCues(emit, cues), sentence, i, null, [place], 'targeted:target-of');
}

/**
 * "Strikes fell on substations in the Sumy and Poltava regions", "the barrage landed across Kharkiv": an attack noun
 * as the subject of a verb of coming down (lexicon landingVerbs) followed by a preposition of place names where it
 * hit (`targeted:noun`). The attacker is the phrase's demonym or possessor.
 */
function attackFell(view: DocView, emit: Emit, sentence: Sentence): void {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // "the missiles landed in the Kharkiv and Chuhuiv districts": a weapon that is itself the subject of "landed" (not
    // a downed one, not the wreckage of one: a weapon inside an "of" phrase is no subject) hit where it landed.
    const weapon = view.mention(i);
    // ("One of them exploded in X": a part of weapons told before, as the subject, likewise.)
    const part = view.flag(i, OBJECT_PRONOUN) && partitiveAnaphorEndingAt(view, sentence, i) && view.previousWeapons(sentence, i).some((ref) => ref.mention !== null && !view.isDefenceClass(ref.mention));
    const landed = part || (view.isWeapon(weapon) && weapon.tokenEnd - 1 === i && !view.isDefenceClass(weapon) && !downedBefore(view, weapon) && !inOfPhrase(view, weapon));
    if (!landed && (!view.flag(i, ATTACK_NOUN) || (view.pos(i) !== 'NOUN' && view.pos(i) !== 'PROPN') || view.mention(i))) continue;
    let v = reportAsideEnd(view, sentence, i + 1);
    while (v < sentence.tokenEnd && view.pos(v) === 'ADV') v++;
    // ("came down": a phrasal verb of coming down, of a weapon or of an attack.)
    const phrasal = view.at(view.lex.landingPhrases, v);
    if (phrasal === 0 && !view.lex.landingVerbs.has(view.word(v))) continue;
    if (phrasal === 0 && landed && !view.lex.impactLandingVerbs.has(view.word(v))) continue;
    let p = v + Math.max(1, phrasal);
    while (p < sentence.tokenEnd && view.pos(p) === 'ADV') p++;
    // ("landed next to a school in X", "came down near X": where it came down was hit.)
    const prep = view.at(view.lex.landingPrepositions, p);
    if (prep === 0) continue;
    const places = placesRight(view, sentence, p + prep, 14).filter((m) => m.kind !== 'demonym');
    if (places.length === 0) continue;
    // The attacker: a demonym or possessor right before the noun ("Russian strikes", "Russia's strikes").
    let side: string | null = null;
    for (let k = i - 1; k >= sentence.tokenStart && k >= i - 4; k--) {
      const m = view.mention(k);
      side = m ? actingSide(view, m) : null;
      if (side !== null) break;
      if (view.pos(k) !== 'ADJ' && view.pos(k) !== 'NOUN' && view.word(k) !== "'s" && !view.mention(k)) break;
    }
    emitTargeted(view, withCues(emit, view.polarity(sentence, v, { event: true })), sentence, i, side, places, 'targeted:noun');
  }
}

/** Is the weapon phrase the object of "of" ("fragments of a missile", "the wreckage of two drones")? */
function inOfPhrase(view: DocView, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && k >= m.tokenStart - 4 && (view.pos(k) === 'DET' || view.pos(k) === 'NUM' || view.pos(k) === 'ADJ')) k--;
  return view.word(k) === 'of';
}

/** Is the weapon told of as downed ("a downed drone", "the intercepted missile", "shot-down drones")? */
function downedBefore(view: DocView, m: Mention): boolean {
  for (let k = m.tokenStart - 1; k >= 0 && k >= m.tokenStart - 3; k--) {
    if (view.at(view.lex.intercept, k) > 0 || view.word(k) === 'down') return true;
    if (view.pos(k) !== 'ADJ' && view.pos(k) !== 'VERB' && view.word(k) !== '-') return false;
  }
  return false;
}

/** The side of an actor mention that names who acts ("Russian strikes", "Russia's attack"), not an origin demonym. */
function actingSide(view: DocView, m: Mention): string | null {
  return view.isActor(m) && !(m.kind === 'demonym' && view.isOrigin(m)) ? view.sideOf(m.entity) : null;
}

/** The targeted rule as a pipeline step. */
export const targetedStep = defineStep('14-targeted', (context: ExtractContext) => ruleTargeted(viewOf(context), (candidate) => context.candidates.push(candidate)));
