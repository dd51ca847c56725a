/**
 * Relation candidates: what the relation rules (steps 11-16) write to the `candidates` layer of the context, and
 * the two emitters that several rules share (one launched candidate per weapon, one targeted candidate per place).
 * A candidate names the rule that found it and the token that triggered it; a side the sentence leaves implicit
 * (the attacker of "were shot down") stays open (null) until step 19 closes it from the whole document.
 */
import type { Mention, Sentence } from '../layers.ts';
import type { Predicate } from '../../domain/index.ts';
import type { RuleId } from './registry.ts';
import type { DocView, WeaponRef } from './view.ts';
import { NP, VG, VGF, type SyntaxLayer } from '../syntax/index.ts';

/** A relation found by a rule, with sides that may still be open. */
export interface RelationCandidate {
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
  /** Id of the rule that found it (`RELATION_RULES`). */
  rule: RuleId;
  /** Intercepted: the state over whose territory the weapons were downed ("over the Bryansk region"), if named. */
  overSide: string | null;
  /** Index of the token that triggered the rule (the verb, noun or cue word; the weapon for `launched:owner`). */
  trigger: number;
  /** Polarity and modality cues of the trigger (`POLARITY` bits of view.ts; absent = none): the decision step weighs them. */
  cues?: number;
  /** Where the rule found the subject (absent = `window`, a bounded scan left of the trigger). */
  source?: SubjectSource;
}

/**
 * Where a candidate's subject came from: `window` (a bounded scan left of the trigger), `subject` (the syntactic
 * subject of the trigger's verb group), `agent` (a passive "by" agent), `possessor` ("Russia's strike"),
 * `speaker` (the speaker of the quotation or report frame), `owner` (the state in the weapon's phrase),
 * `document` (left open: the document's attacker or defender, step 18-roles), `ellipsis` (the subject of an
 * elliptical clause that repeats the trigger's verb: "X condemned the raid, as did Y", "and so did Y").
 */
export type SubjectSource = 'window' | 'subject' | 'agent' | 'possessor' | 'speaker' | 'owner' | 'document' | 'ellipsis';

/** An emitter that adds polarity cues (and a subject source, when given) to every candidate it passes on. */
export function withCues(emit: Emit, cues: number, source?: SubjectSource): Emit {
  if (cues === 0 && source === undefined) return emit;
  return (candidate) => emit({ ...candidate, cues: (candidate.cues ?? 0) | cues, source: candidate.source ?? source });
}

/** Where a rule writes its candidates (the step passes `context.candidates.push`). */
export type Emit = (candidate: RelationCandidate) => void;

/**
 * An emitter that reads a state's government as the state it governs ("Ukraine's government asked for ...", "the
 * Government condemns ..."): who asks or condemns for a state is the state (`DocView.governmentState`).
 */
export function governmentAsState(view: DocView, emit: Emit): Emit {
  return (candidate) => {
    const state = candidate.subject !== null ? view.governmentState(candidate.subject) : null;
    emit(state !== null ? { ...candidate, subject: state } : candidate);
  };
}

/** Launched: one candidate per weapon (launch platforms and denied weapons skipped). */
export function emitLaunched(view: DocView, emit: Emit, sentence: Sentence, trigger: number, subject: string | null, refs: WeaponRef[], rule: RuleId): void {
  for (const ref of refs) {
    if (view.isPlatformClass(ref.entity) || ref.negated || view.waveFiller(ref, refs)) continue;
    const side = subject !== null ? view.sideOf(subject) : ref.owner;
    emit({ sentence: sentence.index, rule, addressee: null, predicate: 'launched', subject: side, subjectRole: side ? null : 'attacker', object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger });
  }
}

/** Targeted: one candidate per place (a state's own territory and landmarks skipped). */
export function emitTargeted(view: DocView, emit: Emit, sentence: Sentence, trigger: number, subject: string | null, places: Mention[], rule: RuleId, weapon: WeaponRef | null = null): void {
  for (const place of places) {
    if (view.isLandmark(place)) continue;
    const side = subject !== null ? view.sideOf(subject) : null;
    if (side !== null && side === view.sideOf(place.entity) && place.type === 'Country') continue;
    // The weapon (when known) lets an implicit attacker be the side that launched it ("The missiles were launched at Z").
    emit({ sentence: sentence.index, rule, addressee: null, predicate: 'targeted', subject: side, subjectRole: side ? null : 'attacker', object: place.entity, weapon, count: null, overSide: null, trigger });
  }
}

/**
 * The candidates an ellipsis repeats: "Warsaw condemned the raid, as did Prague", "X asked for Patriots, and so did
 * Y". The syntax layer marks the elliptical verb group ("did") as a copy of the trigger's verb group; each candidate
 * of that verb group is proposed again with the ellipsis's subject (an actor), the rest of the frame unchanged.
 */
export function ellipsisCandidates(view: DocView, syntax: SyntaxLayer | null, candidates: readonly RelationCandidate[]): RelationCandidate[] {
  if (!syntax) return [];
  // 1. Elliptical verb groups by the verb group they copy, with their subject's actor; a passive one ("..., as was
  //    the Iskander") with the weapon that is its subject.
  const copies = new Map<number, Mention[]>();
  const patients = new Map<number, Mention[]>();
  for (let g = 0; g < syntax.vgs.size; g++) {
    if (!syntax.vgHas(g, VGF.ELLIPSIS)) continue;
    const source = syntax.vg(g, VG.copies);
    const subject = syntax.vg(g, VG.subject);
    if (source < 0 || subject < 0 || syntax.vg(g, VG.object) >= 0) continue;
    const head = view.mention(syntax.np(subject, NP.head));
    if (!head) continue;
    const passive = syntax.vgHas(g, VGF.PASSIVE);
    if (passive ? !view.isWeapon(head) || view.isPlatform(head) : !view.isActor(head) || head.kind === 'pronoun') continue;
    const map = passive ? patients : copies;
    const list = map.get(source) ?? [];
    list.push(head);
    map.set(source, list);
  }
  if (copies.size === 0 && patients.size === 0) return [];
  // 2. One copy per candidate of a copied verb group and per actor (not the candidate's own subject).
  const out: RelationCandidate[] = [];
  for (const c of candidates) {
    const g = syntax.vgOf[c.trigger] ?? -1;
    // 2a. A passive copy takes the interception over to its weapon, once per copied trigger.
    const weapons = g >= 0 && c.predicate === 'intercepted' ? patients.get(g) : undefined;
    if (weapons && !out.some((o) => o.trigger === c.trigger && o.source === 'ellipsis' && o.predicate === 'intercepted')) {
      for (const m of weapons) {
        const weapon = view.weaponRef(m);
        if (weapon.negated) continue;
        out.push({ ...c, object: m.entity, weapon, count: weapon.partitive ?? weapon.count, sentence: m.sentence, source: 'ellipsis' });
      }
    }
    const actors = g >= 0 ? copies.get(g) : undefined;
    if (!actors || c.subject === null) continue;
    for (const actor of actors) {
      const subject = c.predicate === 'condemned' || c.predicate === 'requested' ? actor.entity : view.sideOf(actor.entity);
      if (subject === c.subject) continue;
      out.push({ ...c, subject, subjectRole: null, source: 'ellipsis' });
    }
  }
  return out;
}
