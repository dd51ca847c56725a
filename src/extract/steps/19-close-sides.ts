/**
 * Step 19: closes the open sides of the kept relation candidates of one document and writes the `relations` layer:
 * the attacker left implicit ("were fired from Crimea") is the weapon's owner, else the side that explicitly
 * launched that weapon, else the document's main attacker; the defender of "were shot down" is that attacker's
 * opponent; "condemned the attack" points at the attacker of the latest attack before it. Every relation as
 * stated in its sentence, before the one-per-triple dedup, also goes to the `statedRelations` layer (the events
 * step reads it).
 */
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import type { ClosedRelation, Mention } from '../layers.ts';
import type { RelationCandidate } from '../relations/candidates.ts';
import { CASUALTY_RULE, DAMAGE_RULE, LAUNCH_VERB_RULES, WEAK_RULES } from '../relations/registry.ts';
import { ATTACK_NOUN, type DocView } from '../relations/view.ts';
import type { DocumentRoles } from '../relations/roles.ts';
import { eventOnlyCandidates, keptCandidates } from './18-roles.ts';
import { NP, NPF, type SyntaxLayer } from '../syntax/index.ts';

/**
 * Rules whose count is lent by another statement: the count of weapons an interception report names in its launch
 * clause ("downed two X that Russia launched"), or of weapons downed, read as launched by their owner.
 */
const LENT_COUNT_RULES: ReadonlySet<string> = new Set(['launched:relative', 'launched:owner', 'launched:owner-of-intercepted', 'launched:whole-of-partitive']);

/**
 * How much a stated count is worth when two statements of one relation give different counts: a part of a
 * breakdown is worth least; a count of the body beats one of the headline (a headline rounds: "more than 300"), then a count of the relation's own verb beats a
 * lent one ("shot down two X that Russia launched" vs "Russia launched four X").
 */
function countRank(syntax: SyntaxLayer | null, r: ClosedRelation, p: RelationCandidate, body: number): number {
  // "Nine of the drones were destroyed over X, three over Y": one part of a breakdown never stands for the whole.
  if (p.weapon?.partitive !== null && p.weapon?.partitive !== undefined && p.weapon.partitive === r.count) return -1;
  // An exact figure, even one lent by another phrase, says more than a bound or an estimate ("more than 100 drones").
  return (r.sentence >= body ? 4 : 0) + (approximate(syntax, p) ? 0 : 2) + (LENT_COUNT_RULES.has(r.rule) ? 0 : 1);
}

/** Is the count of the candidate's weapon phrase a bound or an estimate ("more than 100 drones", "about 40")? */
function approximate(syntax: SyntaxLayer | null, p: RelationCandidate): boolean {
  const m = p.weapon?.mention;
  if (!syntax || !m) return false;
  const chunk = syntax.npOf[m.tokenEnd - 1] ?? -1;
  return chunk >= 0 && (syntax.np(chunk, NP.flags) & (NPF.APPROX | NPF.AT_LEAST | NPF.AT_MOST)) !== 0;
}

/**
 * Fills implicit sides, drops relations that cannot be closed or that point at themselves, dedups.
 * `stated`, when given, receives every closed relation as stated in its sentence, before the per-document dedup
 * (the event model needs each statement: two nights, two claimants, a count and its partitive whole).
 * A candidate of `eventOnly` (a place hit only by debris) is closed like the others and goes to `stated`, but gives
 * a relation only when another candidate states the same triple.
 */
export function closeSides(view: DocView, roles: DocumentRoles, candidates: readonly RelationCandidate[], stated?: ClosedRelation[], syntax: SyntaxLayer | null = null, eventOnly: ReadonlySet<RelationCandidate> = new Set()): ClosedRelation[] {
  const body = view.bodyStart();
  // 1. Document order; the main attacker and the explicit launcher of each weapon come from the roles layer.
  // Array.prototype.sort is stable, so equal sentences keep their emission order.
  const ordered = candidates.slice().sort((a, b) => a.sentence - b.sentence);
  const main = roles.attacker;
  const launcherOf = roles.launcherOf;
  // Casualty and damage reports ("In X, ten people died") point at an attack only in an article that reports one.
  const attackReported = ordered.some((p) => (p.predicate === 'targeted' || p.predicate === 'launched') && p.rule !== CASUALTY_RULE && p.rule !== DAMAGE_RULE);
  // 2. Close sides in order, tracking the latest attacker for "condemned the attack".
  const out: ClosedRelation[] = [];
  const singular = new Set<ClosedRelation>();
  // Triples of a bare class stated apart from any named weapon (see dropHypernyms).
  const statedApart = new Set<string>();
  // Triples of a class that names the kind of an attack noun ("a drone and missile attack"; see dropHypernyms).
  const attackKinds = new Set<string>();
  const index = new Map<string, number>();
  // Keys of `out` that some candidate not kept for the events only states (see `eventOnly`).
  const asserted = new Set<string>();
  // The worth of the count of each relation of `out` (see countRank).
  const ranks: number[] = [];
  let lastAttacker: string | null = null;
  let lastAttackSentence = -1;
  // "43 missiles were aimed at Ukraine": the side that attacks the place a launch of an open side was aimed at
  // (the place's holder's opponent, by the targeted candidate of the same trigger).
  const attackerOfPlaceAt = new Map<string, string>();
  for (const p of ordered) {
    if (p.predicate !== 'targeted' || p.rule !== 'targeted:launched-at' || p.subject !== null || p.subjectRole !== 'attacker' || !p.object) continue;
    const holder = view.holderOf(p.object);
    const side = holder ? view.lex.opponents.get(holder) : undefined;
    if (side !== undefined) attackerOfPlaceAt.set(`${p.sentence}:${p.trigger}`, side);
  }
  for (const p of ordered) {
    if ((p.rule === CASUALTY_RULE || p.rule === DAMAGE_RULE) && !attackReported) continue;
    // A downing given to the armed force that reported it is one reading of the state's: keyed by the state below.
    let folded: string | null = null;
    let subject = p.subject;
    let object = p.object;
    if (subject === null && p.subjectRole === 'attacker') {
      // A place of a belligerent is attacked by the other side; a weapon by its owner or its explicit launcher.
      // A place hit by a named weapon that the text says one side launched was attacked by that side
      // ("Ukraine fired Neptune missiles ... The missiles were launched at Crimea").
      const placeSide = p.predicate === 'targeted' && p.object ? view.holderOf(p.object) : null;
      const byPlace = placeSide ? (view.lex.opponents.get(placeSide) ?? null) : null;
      const named = p.weapon && !p.weapon.generic && p.predicate !== 'intercepted' ? (p.weapon.owner ?? launcherOf.get(p.weapon.entity) ?? null) : null;
      const aimedAt = p.rule === 'launched:passive' || p.rule === 'launched:active' ? (attackerOfPlaceAt.get(`${p.sentence}:${p.trigger}`) ?? null) : null;
      subject = named ?? byPlace ?? p.weapon?.owner ?? aimedAt ?? (p.predicate === 'launched' ? null : (p.object ? launcherOf.get(p.object) : null)) ?? main;
    } else if (subject !== null && p.predicate === 'intercepted' && p.weapon?.owner === subject) {
      // Nobody shoots down their own weapons: a pronoun resolved to the wrong side gives way to the owner's opponent.
      subject = view.lex.opponents.get(subject) ?? null;
    } else if (subject !== null && p.predicate === 'intercepted' && p.weapon && p.weapon.owner === null && (p.weapon.mention === null || p.weapon.mention.sentence !== p.sentence) && p.object !== null && roles.launcherBefore(p.object, p.sentence) === view.sideOf(subject) && view.lex.opponents.has(view.sideOf(subject))) {
      // The same for weapons told by an anaphor ("Russia launched 70 drones. Its crews downed 32 of them"): the side
      // the text says launched them did not down them; a possessive resolved to it gives way to its opponent.
      subject = view.lex.opponents.get(view.sideOf(subject)) ?? null;
    } else if (subject !== null && p.predicate === 'targeted' && ownPlace(view, subject, p.object) && !(p.weapon?.owner && view.sideOf(p.weapon.owner) === view.sideOf(subject))) {
      // Nobody strikes a town or region its own side holds: a pronoun or a possessive resolved to the wrong side
      // ("It hit a depot in <a port the defender holds>", "<the defender>'s ports ..., hitting silos in X") gives way
      // to the holder's opponent, as an open attacker of that place would. (A side told as the owner of the weapon
      // that struck, "a Russian bomb fell on Belgorod", is the text's own word and stays.)
      subject = view.lex.opponents.get(view.sideOf(subject)) ?? null;
    } else if (subject === null && p.subjectRole === 'defender') {
      // The defender: the opponent of the weapon's owner or launcher; else the state over which it was downed;
      // else the opponent of the document's main attacker.
      const attacker = p.weapon?.owner ?? (p.object ? roles.launcherBefore(p.object, p.sentence) : undefined) ?? null;
      const over = p.overSide && view.lex.opponents.has(p.overSide) ? p.overSide : null;
      subject = attacker !== null ? (view.lex.opponents.get(attacker) ?? null) : (over ?? view.lex.opponents.get(main) ?? null);
      // An agentless downing reported by that side's armed force or one of its commands was that force's ("18 were
      // shot down, the air force said"); a ministry or an official reporting it leaves the state.
      const speaker = p.predicate === 'intercepted' && subject !== null ? (roles.speakerAt(p.trigger)?.entity ?? forceOfParagraph(view, p.sentence, p.trigger, subject)) : undefined;
      if (speaker && view.isArmedForce(speaker) && view.sideOf(speaker) === subject) {
        folded = subject;
        subject = speaker;
      }
    }
    if (object === null && p.predicate === 'condemned') {
      object = lastAttacker !== null && lastAttackSentence < p.sentence ? lastAttacker : (lastAttacker ?? main);
      // "condemned the strikes" a paragraph after an aside on the other side's attacks ("Ukraine, for its part, has
      // hit refineries"): the act a condemnation verb or noun names is the article's main attack, unless that is the
      // speaker's own side's. A bare judgement ("such terror continues") keeps the latest attack.
      if (p.rule !== 'condemned:judgement' && object !== main && main && lastAttackSentence < p.sentence && newParagraphBetween(view, lastAttackSentence, p.sentence) && subject !== null && view.sideOf(subject) !== view.sideOf(main)) object = main;
      // The latest attack being the judge's own side's (a misread strike, an aside on its own raids), the act a verb
      // or a noun of condemnation names is the article's main attack, when that is another side's (a bare judgement
      // keeps the latest attack, as above).
      if (p.rule !== 'condemned:judgement' && object !== null && subject !== null && main && view.sideOf(object) === view.sideOf(subject) && view.sideOf(main) !== view.sideOf(subject)) object = main;
    }
    if (subject === null || object === null || subject === object) continue;
    // A place that no side of the war holds (a speaker's seat, "in Brussels, the minister pressed ...", or a neighbour
    // named by its border, "regions near the Polish border") is where something was said or where weapons passed,
    // not a place attacked.
    if (p.predicate === 'targeted' && neutralPlace(view, object)) continue;
    // Nobody condemns their own side's act ("its strikes were aimed at terrorist sites", said by that side).
    if (p.predicate === 'condemned' && view.sideOf(subject) === view.sideOf(object)) continue;
    // A strike read as a side's on its own place (a misread "aimed at our city") is no attack for a later
    // "condemned the damage" to point at.
    if (p.predicate === 'targeted' && !(p.object !== null && view.holderOf(p.object) === view.sideOf(subject))) {
      lastAttacker = subject;
      lastAttackSentence = p.sentence;
    }
    const sentence = view.ctx.sentences[p.sentence];
    if (!sentence) continue;
    const candidate: ClosedRelation = {
      predicate: p.predicate,
      subject,
      object,
      count: p.count,
      addressee: p.addressee,
      sentence: p.sentence,
      evidence: { start: sentence.start, end: sentence.end },
      rule: p.rule,
    };
    stated?.push(eventOnly.has(p) ? { ...candidate, eventOnly: true } : candidate);
    if (p.weapon?.mention && p.weapon.generic && (p.weapon.owner !== null || coordinatedBareClass(view, p.weapon.mention))) statedApart.add(`${p.predicate}|${subject}|${object}`);
    if (p.weapon?.mention && p.weapon.generic && modifiesAttackNoun(view, p.weapon.mention)) attackKinds.add(`${p.predicate}|${subject}|${object}`);
    // "two Iskander-M or KN-23 missiles": a named weapon after "or" and a named weapon of the same class is another
    // name for the one weapon stated (the event model reads it from `stated`), not a relation of its own.
    // (Systems asked for are alternatives the asker would take either of: "a Patriot or SAMP/T battery" asks for both.)
    if (p.predicate !== 'requested' && p.weapon?.mention && isAlternativeName(view, p.weapon.mention)) continue;
    // 3. One relation per (predicate, subject, object): keep the first with a count.
    // A downing given to the armed force that reported it ("18 were shot down, the air force said") and the state's
    // downing of the same weapons told elsewhere ("air defences destroyed 103 of them") are one interception.
    const key = `${p.predicate}|${folded ?? (p.predicate === 'intercepted' && view.isArmedForce(subject) ? view.sideOf(subject) : subject)}|${object}`;
    if (!eventOnly.has(p)) asserted.add(key);
    const seen = index.get(key);
    if (seen === undefined) {
      index.set(key, out.length);
      out.push(candidate);
      ranks.push(countRank(syntax, candidate, p, body));
      const last = p.weapon?.mention ? view.word(p.weapon.mention.tokenEnd - 1) : '';
      if (last && !last.endsWith('s')) singular.add(candidate);
    } else {
      const old = out[seen];
      // Prefer a candidate with a count, then one found by a launch verb over one found without.
      const rank = countRank(syntax, candidate, p, body);
      if (old && old.count === null && candidate.count !== null) {
        out[seen] = { ...candidate };
        ranks[seen] = rank;
      } else if (old && old.count !== null && candidate.count !== null && candidate.count !== old.count && rank > (ranks[seen] ?? 0)) {
        out[seen] = { ...candidate, addressee: old.addressee ?? candidate.addressee };
        ranks[seen] = rank;
      }
      else if (old && WEAK_RULES.has(old.rule) && !WEAK_RULES.has(candidate.rule)) {
        out[seen] = old.count !== null && candidate.count === null ? { ...old, rule: candidate.rule } : candidate;
      }
      else if (old && old.addressee === null && candidate.addressee !== null) out[seen] = { ...old, addressee: candidate.addressee };
    }
  }
  const closed = dropStateOfSpeaker(view, dropHeadedBodies(view, dropHypernyms(view, allDowned(view, out), singular, body, statedApart, attackKinds)));
  if (eventOnly.size === 0) return closed;
  // The places only debris hit: statements for the events, no relations (only `targeted` candidates are event-only).
  const onlyStated = new Set([...index.keys()].filter((key) => !asserted.has(key)));
  return closed.filter((r) => !onlyStated.has(`${r.predicate}|${r.subject}|${r.object}`));
}


/**
 * "UN chief condemns ..." in the headline and "UN Secretary-General António Guterres condemned ..." in the text: an
 * organisation and the person the text titles as its head ("<organisation> <title> <name>") are two readings of one
 * condemnation or request by the same side; the person, the best reading, stays.
 */
function dropHeadedBodies(view: DocView, relations: ClosedRelation[]): ClosedRelation[] {
  const heads = new Map<string, Set<string>>();
  const mentions = view.ctx.mentions;
  for (const person of mentions) {
    if (person.type !== 'Person' || person.kind !== 'name') continue;
    for (let k = person.tokenStart - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
      const m = view.mention(k);
      if (m && m.type === 'Organisation') {
        const set = heads.get(m.entity) ?? new Set<string>();
        set.add(person.entity);
        heads.set(m.entity, set);
        break;
      }
      const w = view.word(k);
      if (m || !(w === "'s" || w === '-' || view.pos(k) === 'NOUN' || view.pos(k) === 'PROPN')) break;
    }
  }
  if (heads.size === 0) return relations;
  const stated = new Set(relations.map((r) => `${r.predicate}|${r.subject}|${r.object}`));
  return relations.filter((r) => {
    if (r.predicate !== 'condemned' && r.predicate !== 'requested') return true;
    const people = heads.get(r.subject);
    return !people || ![...people].some((p) => stated.has(`${r.predicate}|${p}|${r.object}`));
  });
}

/**
 * "Lithuania's foreign minister, <name>, condemned the attack" or "Condemnation came from Vilnius, where the foreign
 * ministry ...": a state and its own official or ministry condemning in one sentence are two readings of one
 * condemnation (GUIDELINES: the state is a reading an analyst also accepts); the official or body, the best reading,
 * stays. A body is the state's when the gazetteer gives it that state; a person, when the state's mention stands right
 * before the name ("<state>'s <title>, <name>"): "Germany condemned ..., and its minister, <name>, ..." stays two.
 */
function dropStateOfSpeaker(view: DocView, relations: ClosedRelation[]): ClosedRelation[] {
  const mentions = view.ctx.mentions;
  const ofState = (speaker: string, state: string, sentence: number): boolean => {
    if (view.ctx.gazetteer?.get(speaker)?.type === 'Organisation' && view.countryOf(speaker) === state) return true;
    return mentions.some((m) => m.sentence === sentence && m.entity === speaker && m.type === 'Person' &&
      mentions.some((c) => c.sentence === sentence && c.entity === state && c.kind !== 'pronoun' && c.tokenEnd <= m.tokenStart && m.tokenStart - c.tokenEnd <= 5));
  };
  return relations.filter((r) => {
    if (r.predicate !== 'condemned' || view.countryOf(r.subject) !== r.subject) return true;
    return !relations.some((o) => o !== r && o.predicate === r.predicate && o.object === r.object && o.sentence === r.sentence &&
      o.subject !== r.subject && view.countryOf(o.subject) !== o.subject && ofState(o.subject, r.subject, r.sentence));
  });
}

/**
 * Is a named weapon mention the alternative name after "or", or after a slash glued to both names ("Iskander-M/KN-23"),
 * of a named weapon of the same class right before it?
 */
function isAlternativeName(view: DocView, m: Mention): boolean {
  const joiner = view.word(m.tokenStart - 1);
  const slash = joiner === '/' && view.tokens[m.tokenStart - 1]?.end === view.tokens[m.tokenStart]?.start && view.tokens[m.tokenStart - 2]?.end === view.tokens[m.tokenStart - 1]?.start;
  if (m.generic || (joiner !== 'or' && !slash)) return false;
  const before = view.mention(m.tokenStart - 2);
  return !!before && view.isWeapon(before) && !before.generic && view.classHead(before.entity) === view.classHead(m.entity) && view.classHead(m.entity) !== '';
}

/**
 * "Air defences destroyed all 18 missiles" and "the barrage comprised six Kinzhal, nine Kalibr and three Iskander
 * missiles": when every launched weapon of a class was intercepted (same count) and the launched types of that class
 * add up to it, each type was intercepted with its own count.
 */
function allDowned(view: DocView, relations: ClosedRelation[]): ClosedRelation[] {
  const out = [...relations];
  const has = new Set(relations.map((r) => `${r.predicate}|${r.subject}|${r.object}`));
  for (const all of relations) {
    if (all.predicate !== 'intercepted' || all.count === null) continue;
    const attacker = view.lex.opponents.get(all.subject);
    const launched = relations.find((r) => r.predicate === 'launched' && r.subject === attacker && r.object === all.object);
    if (!attacker || !launched || launched.count !== all.count) continue;
    const head = view.classHead(all.object);
    const parts = relations.filter((r) => r.predicate === 'launched' && r.subject === attacker && r.object !== all.object && r.count !== null && view.classHead(r.object) === head);
    const sum = parts.reduce((total, r) => total + (r.count ?? 0), 0);
    if (parts.length < 2 || sum !== all.count) continue;
    for (const part of parts) {
      const key = `intercepted|${all.subject}|${part.object}`;
      if (has.has(key)) continue;
      has.add(key);
      out.push({ ...part, predicate: 'intercepted', subject: all.subject, rule: 'intercepted:all-downed' });
    }
  }
  return out;
}

/**
 * Drops a singular weak generic ("a Russian missile") when the same side has another weapon of its class, a bare
 * generic class without a count ("missile" from "Russian missiles hit ...") when the same side has the same
 * predicate with a more specific class of the same head ("cruise missile"), and the bare class of a "drone attack"
 * when the same side has a named weapon of that head: it says nothing more.
 */
function dropHypernyms(view: DocView, relations: ClosedRelation[], singular: Set<ClosedRelation>, body: number, statedApart: ReadonlySet<string>, attackKinds: ReadonlySet<string>): ClosedRelation[] {
  const specific = new Set<string>();
  const named = new Set<string>();
  // predicate|subject|head of every named weapon, by the subject as stated (an armed force apart from its state).
  const namedBy = new Set<string>();
  // predicate|side|class slug of every named weapon ("Kh-101" -> its class "cruise missile").
  const namedOfClass = new Set<string>();
  const anyOfHead = new Map<string, number>();
  const firedOfHead = new Set<string>();
  // A downing given to the armed force that reported it and one given to its state are of one side.
  const sideKey = (r: ClosedRelation): string => (r.predicate === 'intercepted' && view.isArmedForce(r.subject) ? view.sideOf(r.subject) : r.subject);
  const isGeneric = (key: string): boolean => view.ctx.gazetteer?.get(key)?.generic ?? view.ctx.entityInfo?.get(key)?.generic ?? false;
  for (const r of relations) {
    const slug = view.classSlug(r.object);
    const head = view.classHead(r.object);
    if (isGeneric(r.object) && slug && slug !== head) specific.add(`${r.predicate}|${sideKey(r)}|${head}`);
    if (!isGeneric(r.object) && head) named.add(`${r.predicate}|${sideKey(r)}|${head}`);
    if (!isGeneric(r.object) && head) namedBy.add(`${r.predicate}|${r.subject}|${head}`);
    if (!isGeneric(r.object) && slug) namedOfClass.add(`${r.predicate}|${sideKey(r)}|${slug}`);
    const key = `${r.predicate}|${sideKey(r)}|${head}`;
    anyOfHead.set(key, (anyOfHead.get(key) ?? 0) + 1);
    if (!WEAK_RULES.has(r.rule)) firedOfHead.add(key);
  }
  const namedCounts = new Set<string>();
  for (const r of relations) {
    if (!isGeneric(r.object) && r.count !== null) namedCounts.add(`${r.predicate}|${sideKey(r)}|${view.classHead(r.object)}|${r.count}`);
  }
  // launched|subject|head -> the first sentence that counts a named weapon of that head launched by the subject.
  const firstCountedNamed = new Map<string, number>();
  for (const r of relations) {
    if (r.predicate !== 'launched' || isGeneric(r.object) || r.count === null) continue;
    const key = `${r.subject}|${view.classHead(r.object)}`;
    firstCountedNamed.set(key, Math.min(firstCountedNamed.get(key) ?? r.sentence, r.sentence));
  }
  // "two drones hit a hospital" when a launch verb already tells the side's weapons of that head: how many hit one
  // place is not how many were launched, so the hit gives the class without a count.
  relations = relations.map((r) => {
    if (r.rule !== 'launched:weapon-hit' || r.count === null || !isGeneric(r.object) || !firedOfHead.has(`${r.predicate}|${sideKey(r)}|${view.classHead(r.object)}`)) return r;
    if (namedCounts.has(`${r.predicate}|${sideKey(r)}|${view.classHead(r.object)}|${r.count}`)) return r;
    const uncounted = { ...r, count: null };
    if (singular.has(r)) singular.add(uncounted);
    return uncounted;
  });
  // "28 drones" in the headline and "28 attack drones" in the text: a role class (lexicon roleClasses) and its
  // parent class with the same side and predicate and no different counts are one relation; the one with a count,
  // else the role class, stays. ("cruise missiles" and "missiles" stay two: a cruise missile is a kind, not a role.)
  const byTriple = new Map<string, ClosedRelation>();
  for (const r of relations) byTriple.set(`${r.predicate}|${sideKey(r)}|${r.object}`, r);
  const merged = new Set<ClosedRelation>();
  for (const child of relations) {
    const parentKey = view.lex.roleClasses.has(child.object) ? view.ctx.gazetteer?.get(child.object)?.class : undefined;
    const parent = parentKey ? byTriple.get(`${child.predicate}|${sideKey(child)}|${parentKey}`) : undefined;
    if (!parent || merged.has(parent) || merged.has(child)) continue;
    if (parent.count !== null && child.count !== null && parent.count !== child.count) continue;
    merged.add(parent.count !== null && child.count === null ? child : parent);
  }
  return relations.filter((r) => {
    if (merged.has(r)) return false;
    const slug = view.classSlug(r.object);
    // "41 Russian drones" in the headline and "41 Shahed drones" in the text are one relation.
    if (isGeneric(r.object) && r.count !== null && namedCounts.has(`${r.predicate}|${sideKey(r)}|${view.classHead(r.object)}|${r.count}`)) return false;
    // "Russia strikes Odesa with drones and missiles" in the headline above "Russia launched 22 Shahed drones and four
    // missiles": an uncounted bare class (the head noun alone) of the headline that a later sentence counts as a named
    // weapon of that head, launched by the same side, is the headline's summary of that launch, not a launch of its
    // own, even beside another bare class or with its side's demonym (GUIDELINES: a weapon whose class is also named
    // gives the relation to the named system). (The same class in the body's lede stays, and so does a class naming
    // the kind of an attack noun, "a drone and missile attack": the gold of the read sets disagrees there, see
    // docs/history/quality.md, session 27.)
    if (r.predicate === 'launched' && r.sentence < body && isGeneric(r.object) && r.count === null && slug === view.classHead(r.object) && r.sentence < (firstCountedNamed.get(`${r.subject}|${slug}`) ?? -1) && !attackKinds.has(`${r.predicate}|${r.subject}|${r.object}`)) return false;
    // "a Russian missile hit ...": one weapon of a class that the article already names more precisely.
    if ((r.rule === 'launched:owner' || r.rule === 'launched:weapon-hit') && singular.has(r) && isGeneric(r.object) && (anyOfHead.get(`${r.predicate}|${sideKey(r)}|${view.classHead(r.object)}`) ?? 0) > 1) return false;
    // "Russian drone attacks" (a class modifying the attack noun) when the article names the drones the side used
    // ("Shahed drones"): the named system has the relation (GUIDELINES: a weapon whose class is also named).
    if (r.rule === 'launched:compound' && isGeneric(r.object) && r.count === null && slug === view.classHead(r.object) && named.has(`${r.predicate}|${sideKey(r)}|${slug}`)) return false;
    // "Russia fires drones" in the headline, "two drones slammed into a plant" or "every drone was shot down" in the
    // text, and "Russia launched 15 Shahed drones": an uncounted bare class (the head noun alone: drone, missile) of
    // the same side and predicate as a named weapon of that head is that weapon, told less precisely. A launch verb
    // of the body keeps its class (an earlier night's "had also launched drones and missiles" is a launch of its own;
    // "a fire group downed a drone" is a downing of its own; an agentless "every drone was shot down" is not),
    // and so does a class stated apart: with its side's demonym ("Russian missiles tore into ...") or beside another
    // bare class ("missiles and drones hit the city"), a summary of a wave that is a statement of its own. One unit
    // of an armed force downing a drone is no restatement of the force's or the state's named downings.
    if ((r.predicate === 'launched' || r.predicate === 'intercepted') && isGeneric(r.object) && r.count === null && slug === view.classHead(r.object) && (namedBy.has(`${r.predicate}|${r.subject}|${slug}`) || (sideKey(r) === r.subject && named.has(`${r.predicate}|${r.subject}|${slug}`))) && (r.sentence < body || !(LAUNCH_VERB_RULES.has(r.rule) || r.rule === 'intercepted:active')) && !statedApart.has(`${r.predicate}|${r.subject}|${r.object}`)) return false;
    // "Russian bombers released a wave of cruise missiles" and "Russia launched 43 Kh-101 cruise missiles": an
    // uncounted class of the same side and predicate as a named weapon of exactly that class is that weapon, told
    // less precisely (GUIDELINES: a weapon whose class is also named gives the relation to the named system).
    if (LAUNCH_VERB_RULES.has(r.rule) && !singular.has(r) && isGeneric(r.object) && r.count === null && slug !== view.classHead(r.object) && namedOfClass.has(`${r.predicate}|${sideKey(r)}|${slug}`)) return false;
    return !(WEAK_RULES.has(r.rule) && isGeneric(r.object) && r.count === null && slug === view.classHead(r.object) && specific.has(`${r.predicate}|${sideKey(r)}|${slug}`));
  });
}

/**
 * Does the class mention name the kind of an attack noun, alone or coordinated with other classes ("a drone attack",
 * "a drone and missile attack", "missile and drone strikes")? The attack noun follows within three tokens.
 */
function modifiesAttackNoun(view: DocView, m: Mention): boolean {
  for (let k = m.tokenEnd; k < m.tokenEnd + 4; k++) {
    const w = view.word(k);
    if (!w) return false;
    if (view.flag(k, ATTACK_NOUN)) return true;
    const other = view.mention(k);
    if (!(view.lex.coordinator.has(w) || other?.generic === true)) return false;
  }
  return false;
}

/**
 * Is the bare class mention coordinated with another bare class ("missiles and drones", "a drone and missile
 * attack")? Both are head nouns alone (a class whose slug is its head).
 */
function coordinatedBareClass(view: DocView, m: Mention): boolean {
  const bareClass = (x: Mention): boolean => x.generic && view.classSlug(x.entity) === view.classHead(x.entity);
  const bare = (k: number): boolean => {
    const other = view.mention(k);
    return other !== undefined && other !== m && bareClass(other);
  };
  if (!bareClass(m)) return false;
  const isConj = (k: number): boolean => view.lex.coordinator.has(view.word(k).toLowerCase());
  return (isConj(m.tokenEnd) && bare(m.tokenEnd + 1)) || (m.tokenStart >= 2 && isConj(m.tokenStart - 1) && bare(m.tokenStart - 2));
}

/** The closing of open sides as a pipeline step: `candidates` -> `relations` (and `statedRelations`, before the dedup). */
export const closeSidesStep = defineStep('19-close-sides', (context: ExtractContext) => {
  if (context.roles === null) throw new Error('extract: the roles layer is empty; expected step 18-roles to run before 19-close-sides');
  context.relations.push(...closeSides(viewOf(context), context.roles, keptCandidates(context), context.statedRelations, context.syntax, eventOnlyCandidates(context)));
});

/** Does a blank line (a paragraph break) stand between sentence `a` and the later sentence `b`? */
/** Is `place` a state, or a place of a state, that is no side of the war (no entry of the lexicon's opponents)? */
function neutralPlace(view: DocView, place: string): boolean {
  const holder = view.holderOf(place);
  return holder !== null && !view.lex.opponents.has(holder);
}

/**
 * Is `place` a town or region (not a state) that the side of `subject` holds, that side having an opponent? A strike
 * on it read as that side's own is a misread actor.
 */
function ownPlace(view: DocView, subject: string, place: string | null): boolean {
  if (place === null || place === subject || view.countryOf(place) === place) return false;
  const side = view.sideOf(subject);
  // (Occupied places, lexicon heldBy, are left alone: which side a strike there is told of is the text's to say.)
  return !view.lex.heldBy.has(place) && view.countryOf(place) === side && view.lex.opponents.has(side);
}

/**
 * The armed force of `state` that the paragraph gives as its source before token `trigger` ("By breakfast the air
 * force had put the night into numbers. ... Two of the missiles were knocked down."): the latest actor of that state
 * named in the paragraph (three sentences back at most), when it is an armed force; another actor of the state (a
 * minister, a governor) in between makes it theirs, and the other side's actors are passed over.
 */
function forceOfParagraph(view: DocView, sentence: number, trigger: number, state: string): string | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
    const here = view.ctx.sentences[s];
    if (!here || (s < sentence && newParagraphBetween(view, s, sentence))) return undefined;
    const mentions = view.mentionsOf(here);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k] as Mention;
      if (m.tokenStart >= trigger || !view.isActor(m) || m.kind === 'demonym' || view.sideOf(m.entity) !== state) continue;
      return view.isArmedForce(m.entity) ? m.entity : undefined;
    }
  }
  return undefined;
}

function newParagraphBetween(view: DocView, a: number, b: number): boolean {
  const first = view.ctx.sentences[a];
  const second = view.ctx.sentences[b];
  if (!first || !second) return false;
  return /\n[^\S\n]*\n/.test(view.ctx.doc.text.slice(first.end, second.start));
}
