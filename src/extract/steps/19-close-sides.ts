/**
 * Step 19: closes the open sides of the kept relation candidates of one document and writes the `relations` layer:
 * the attacker left implicit ("were fired from Crimea") is the weapon's owner, else the side that explicitly
 * launched that weapon, else the document's main attacker; the defender of "were shot down" is that attacker's
 * opponent; "condemned the attack" points at the attacker of the latest attack before it. Every relation as
 * stated in its sentence, before the one-per-triple dedup, also goes to the `statedRelations` layer (the events
 * step reads it).
 */
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import type { ClosedRelation } from '../layers.ts';
import type { RelationCandidate } from '../relations/candidates.ts';
import { CASUALTY_RULE, WEAK_RULES } from '../relations/registry.ts';
import type { DocView } from '../relations/view.ts';
import type { DocumentRoles } from '../relations/roles.ts';
import { keptCandidates } from './18-roles.ts';

/**
 * Fills implicit sides, drops relations that cannot be closed or that point at themselves, dedups.
 * `stated`, when given, receives every closed relation as stated in its sentence, before the per-document dedup
 * (the event model needs each statement: two nights, two claimants, a count and its partitive whole).
 */
export function closeSides(view: DocView, roles: DocumentRoles, candidates: readonly RelationCandidate[], stated?: ClosedRelation[]): ClosedRelation[] {
  // 1. Document order; the main attacker and the explicit launcher of each weapon come from the roles layer.
  // Array.prototype.sort is stable, so equal sentences keep their emission order.
  const ordered = candidates.slice().sort((a, b) => a.sentence - b.sentence);
  const main = roles.attacker;
  const launcherOf = roles.launcherOf;
  // Casualty reports ("In X, ten people died") point at an attack only in an article that reports one.
  const attackReported = ordered.some((p) => (p.predicate === 'targeted' || p.predicate === 'launched') && p.rule !== CASUALTY_RULE);
  // 2. Close sides in order, tracking the latest attacker for "condemned the attack".
  const out: ClosedRelation[] = [];
  const singular = new Set<ClosedRelation>();
  const index = new Map<string, number>();
  let lastAttacker: string | null = null;
  let lastAttackSentence = -1;
  for (const p of ordered) {
    if (p.rule === CASUALTY_RULE && !attackReported) continue;
    let subject = p.subject;
    let object = p.object;
    if (subject === null && p.subjectRole === 'attacker') {
      // A place of a belligerent is attacked by the other side; a weapon by its owner or its explicit launcher.
      // A place hit by a named weapon that the text says one side launched was attacked by that side
      // ("Ukraine fired Neptune missiles ... The missiles were launched at Crimea").
      const placeSide = p.predicate === 'targeted' && p.object ? view.holderOf(p.object) : null;
      const byPlace = placeSide ? (view.lex.opponents.get(placeSide) ?? null) : null;
      const named = p.weapon && !p.weapon.generic && p.predicate !== 'intercepted' ? (p.weapon.owner ?? launcherOf.get(p.weapon.entity) ?? null) : null;
      subject = named ?? byPlace ?? p.weapon?.owner ?? (p.predicate === 'launched' ? null : (p.object ? launcherOf.get(p.object) : null)) ?? main;
    } else if (subject !== null && p.predicate === 'intercepted' && p.weapon?.owner === subject) {
      // Nobody shoots down their own weapons: a pronoun resolved to the wrong side gives way to the owner's opponent.
      subject = view.lex.opponents.get(subject) ?? null;
    } else if (subject === null && p.subjectRole === 'defender') {
      // The defender: the opponent of the weapon's owner or launcher; else the state over which it was downed;
      // else the opponent of the document's main attacker.
      const attacker = p.weapon?.owner ?? (p.object ? launcherOf.get(p.object) : undefined) ?? null;
      const over = p.overSide && view.lex.opponents.has(p.overSide) ? p.overSide : null;
      subject = attacker !== null ? (view.lex.opponents.get(attacker) ?? null) : (over ?? view.lex.opponents.get(main) ?? null);
    }
    if (object === null && p.predicate === 'condemned') {
      object = lastAttacker !== null && lastAttackSentence < p.sentence ? lastAttacker : (lastAttacker ?? main);
    }
    if (subject === null || object === null || subject === object) continue;
    // Nobody condemns their own side's act ("its strikes were aimed at terrorist sites", said by that side).
    if (p.predicate === 'condemned' && view.sideOf(subject) === view.sideOf(object)) continue;
    if (p.predicate === 'targeted') {
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
    stated?.push(candidate);
    // 3. One relation per (predicate, subject, object): keep the first with a count.
    const key = `${p.predicate}|${subject}|${object}`;
    const seen = index.get(key);
    if (seen === undefined) {
      index.set(key, out.length);
      out.push(candidate);
      const last = p.weapon?.mention ? view.word(p.weapon.mention.tokenEnd - 1) : '';
      if (last && !last.endsWith('s')) singular.add(candidate);
    } else {
      const old = out[seen];
      // Prefer a candidate with a count, then one found by a launch verb over one found without.
      if (old && old.count === null && candidate.count !== null) out[seen] = { ...candidate };
      else if (old && WEAK_RULES.has(old.rule) && !WEAK_RULES.has(candidate.rule)) {
        out[seen] = old.count !== null && candidate.count === null ? { ...old, rule: candidate.rule } : candidate;
      }
      else if (old && old.addressee === null && candidate.addressee !== null) out[seen] = { ...old, addressee: candidate.addressee };
    }
  }
  return dropHypernyms(view, allDowned(view, out), singular);
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
 * Drops a singular weak generic ("a Russian missile") when the same side has another weapon of its class, and
 * a bare generic class without a count ("missile" from "Russian missiles hit ...") when the same side has
 * the same predicate with a more specific class of the same head ("cruise missile"): it says nothing more.
 */
function dropHypernyms(view: DocView, relations: ClosedRelation[], singular: Set<ClosedRelation>): ClosedRelation[] {
  const specific = new Set<string>();
  const anyOfHead = new Map<string, number>();
  const isGeneric = (key: string): boolean => view.ctx.gazetteer?.get(key)?.generic ?? view.ctx.entityInfo?.get(key)?.generic ?? false;
  for (const r of relations) {
    const slug = view.classSlug(r.object);
    const head = view.classHead(r.object);
    if (isGeneric(r.object) && slug && slug !== head) specific.add(`${r.predicate}|${r.subject}|${head}`);
    const key = `${r.predicate}|${r.subject}|${head}`;
    anyOfHead.set(key, (anyOfHead.get(key) ?? 0) + 1);
  }
  const namedCounts = new Set<string>();
  for (const r of relations) {
    if (!isGeneric(r.object) && r.count !== null) namedCounts.add(`${r.predicate}|${r.subject}|${view.classHead(r.object)}|${r.count}`);
  }
  return relations.filter((r) => {
    const slug = view.classSlug(r.object);
    // "41 Russian drones" in the headline and "41 Shahed drones" in the text are one relation.
    if (isGeneric(r.object) && r.count !== null && namedCounts.has(`${r.predicate}|${r.subject}|${view.classHead(r.object)}|${r.count}`)) return false;
    // "a Russian missile hit ...": one weapon of a class that the article already names more precisely.
    if ((r.rule === 'launched:owner' || r.rule === 'launched:weapon-hit') && singular.has(r) && isGeneric(r.object) && (anyOfHead.get(`${r.predicate}|${r.subject}|${view.classHead(r.object)}`) ?? 0) > 1) return false;
    return !(WEAK_RULES.has(r.rule) && isGeneric(r.object) && r.count === null && slug === view.classHead(r.object) && specific.has(`${r.predicate}|${r.subject}|${slug}`));
  });
}

/** The closing of open sides as a pipeline step: `candidates` -> `relations` (and `statedRelations`, before the dedup). */
export const closeSidesStep = defineStep('19-close-sides', (context: ExtractContext) => {
  if (context.roles === null) throw new Error('extract: the roles layer is empty; expected step 18-roles to run before 19-close-sides');
  context.relations.push(...closeSides(viewOf(context), context.roles, keptCandidates(context), context.statedRelations));
});
