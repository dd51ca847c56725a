/**
 * Candidates, then decisions: the relation rules (steps 11-16) propose candidates; this module describes each one
 * by a few features (the rule, the class of its trigger word, the voice of the trigger, the distance to its object,
 * the polarity cues of its clause, where its subject came from) and keeps it when the reviewed weights of those
 * features add up above zero. The weights are a table (`DECISION_WEIGHTS`), read and reviewed like the lexicon: each
 * row says why it has its value. `newsgraph extract --explain` prints every decision with its features and score.
 */
import type { Predicate } from '../../domain/index.ts';
import type { Lexicon, LexiconList } from '../lexicon.ts';
import { PhraseSet } from '../lexicon.ts';
import type { SyntaxLayer } from '../syntax/index.ts';
import { CL, CL_KIND, CLF, VGF } from '../syntax/index.ts';
import type { RelationCandidate, SubjectSource } from './candidates.ts';
import { RELATION_RULES, type RuleId } from './registry.ts';
import { POLARITY, type DocView } from './view.ts';

/** How the trigger stands in its clause. */
export type Voice = 'active' | 'passive' | 'reduced' | 'headline' | 'nominal' | 'other';

/** Names of the polarity cues (`POLARITY` bits of view.ts, then the cues read off the syntactic layer). */
export type Cue = Lowercase<keyof typeof POLARITY> | 'syntax-negated' | 'syntax-modal' | 'syntax-irrealis' | 'syntax-negative-governor' | 'syntax-conditional' | 'syntax-question';

/** What the decision step knows about a candidate. */
export interface CandidateFeatures {
  rule: RuleId;
  predicate: Predicate;
  /** The lexicon class of the trigger word among its predicate's lists (`RELATION_RULES[p].lexicon`), or "" when none. */
  trigger: LexiconList | '';
  voice: Voice;
  /** Tokens between the trigger and the object's mention (-1 when the object is not a mention of the sentence). */
  distance: number;
  cues: Cue[];
  source: SubjectSource;
  /** A targeted candidate whose object is a body of water (gazetteer `water`): a sea or river is crossed, not hit. */
  waterTarget: boolean;
  /** A targeted candidate whose trigger's agent is the debris of a downing (lexicon debrisNouns), with no strike named. */
  debrisAgent: boolean;
}

/** One decision: the candidate, its features, the weights that applied and the score. */
export interface Decision {
  candidate: RelationCandidate;
  features: CandidateFeatures;
  /** `[feature, weight]` for every weight that applied, in the order they were added. */
  terms: [string, number][];
  score: number;
  kept: boolean;
  /**
   * Dropped from the relations but kept as a statement for the event model: a place hit only by debris is no
   * `targeted` relation (GUIDELINES.md), yet its sentence still tells of the attack it fell from, and the events step
   * groups and anchors the night's attack on such statements (step 19 passes them to `statedRelations` only).
   */
  eventOnly: boolean;
}

/**
 * THE reviewed table of weights. A candidate is kept when `bias` plus the weights of its features is above 0.
 * Why each value:
 * - bias 1: a rule fired on a trigger of its class with its arguments found; by itself that is a relation.
 * - the polarity cues of a non-factual clause outweigh it (-10): a question, a conditional, a denial or a disputed
 *   claim, a negation, a modal, a plan, an attempt, an event infinitive not performed, a gerund that names a topic,
 *   or a request before the trigger never assert that the act happened (GUIDELINES.md: only what the article
 *   asserts as fact or as an attributed claim). An attribution ("officials said", "Moscow claimed") is no cue: it
 *   keeps its relation.
 * - cues read off the syntactic layer weigh -10 where they name the same thing in a scope the window check misses:
 *   a modal, irrealis ("plans to strike") or negative governor ("failed to down") on the trigger's own verb group,
 *   and a conditional or question clause around it. Negation on the verb group is already a window cue.
 * - voice, distance and source carry no weight yet: they are recorded for review (and for a model, should one be
 *   trained), and the table changes only with a measured gain on dev, seeds and the held-in part of real.
 */
export const DECISION_WEIGHTS = {
  bias: 1,
  threshold: 0,
  cue: {
    question: -10,
    conditional: -10,
    denial: -10,
    disputed: -10,
    negation: -10,
    modal: -10,
    plan: -10,
    attempt: -10,
    infinitive: -10,
    topic: -10,
    requested: -10,
    hedge: 0,
    'syntax-negated': 0,
    'syntax-modal': 0,
    'syntax-irrealis': 0,
    'syntax-negative-governor': 0,
    'syntax-conditional': 0,
    'syntax-question': 0,
  } satisfies Record<Cue, number>,
  voice: { active: 0, passive: 0, reduced: 0, headline: 0, nominal: 0, other: 0 } satisfies Record<Voice, number>,
  source: { window: 0, subject: 0, agent: 0, possessor: 0, speaker: 0, owner: 0, document: 0, ellipsis: 0 } satisfies Record<SubjectSource, number>,
  /**
   * A sea, river or bay as the object of `targeted` (-10): weapons fly over or along water, and what a strike near it
   * hits is a port or a town ("a city on the Dnipro", "the Danube ports"); no gold of any set has a water target.
   */
  waterTarget: -10,
  /**
   * A place hit only by what fell after a downing (-10): "a house was damaged by falling debris", "fragments of a
   * downed drone smashed windows", "debris damage in X". The gold of every set gives such a place no `targeted`
   * unless a strike is named with the debris ("strikes and falling debris caused damage in X"), which keeps it.
   * The candidate still goes to the event model (`Decision.eventOnly`): its sentence tells of the night's attack.
   */
  debrisAgent: -10,
  /**
   * A generic class without a figure of its own, told in the same sentence as a named system of that class for the
   * same subject and predicate (-10): "Shahed one-way attack drones", "an Iskander-M, a short-range ballistic
   * missile", "two Kh-59 guided air-launched missiles". GUIDELINES.md gives the relation to the named system; the class
   * is the same weapon counted twice. A class set apart from the member ("drones of other types", lexicon
   * otherKindWords) or with its own count ("29 cruise missiles, 10 of them Kh-101s") keeps its
   * relation, and so does a request (`requested`: "Patriot and other air defence systems" asks for more than the
   * member). Applied by `decideAll` over the kept launched and intercepted decisions of a document.
   */
  classBesideMember: -10,
  /** Per rule id, a prior beyond the bias (none differs from the bias yet). */
  rule: {} as Partial<Record<RuleId, number>>,
} as const;

const CUE_NAMES = Object.entries(POLARITY).map(([name, bit]) => [name.toLowerCase() as Cue, bit] as const);

/** The lexicon class of the trigger among the predicate's lists. */
function triggerClass(lex: Lexicon, view: DocView, predicate: Predicate, i: number): LexiconList | '' {
  for (const name of RELATION_RULES[predicate].lexicon) {
    const list = lex[name] as unknown;
    if (list instanceof PhraseSet ? view.at(list, i) > 0 : list instanceof Set && list.has(view.word(i))) return name;
  }
  return '';
}

/** The voice of the trigger, from its verb group (a noun trigger is nominal). */
export function voiceOf(view: DocView, syntax: SyntaxLayer | null, i: number): Voice {
  const pos = view.pos(i);
  if (pos === 'NOUN' || pos === 'PROPN') return 'nominal';
  const g = syntax?.vgOf[i] ?? -1;
  if (!syntax || g < 0) return 'other';
  if (syntax.vgHas(g, VGF.HEADLINE)) return 'headline';
  if (syntax.vgHas(g, VGF.REDUCED)) return 'reduced';
  if (syntax.vgHas(g, VGF.PASSIVE)) return 'passive';
  return 'active';
}

/** Cues read off the syntactic layer: the trigger's verb group and the clauses around it. */
function syntaxCues(syntax: SyntaxLayer | null, i: number): Cue[] {
  if (!syntax) return [];
  const out: Cue[] = [];
  const g = syntax.vgOf[i] ?? -1;
  if (g >= 0) {
    if (syntax.vgHas(g, VGF.NEGATED)) out.push('syntax-negated');
    if (syntax.vgHas(g, VGF.MODAL)) out.push('syntax-modal');
    if (syntax.vgHas(g, VGF.IRREALIS)) out.push('syntax-irrealis');
    if (syntax.vgHas(g, VGF.NEGATIVE_GOVERNOR)) out.push('syntax-negative-governor');
  }
  for (let k = syntax.clauseOf[i] ?? -1; k >= 0; k = syntax.clause(k, CL.parent)) {
    if (syntax.clause(k, CL.kind) === CL_KIND.CONDITIONAL && !out.includes('syntax-conditional')) out.push('syntax-conditional');
    if ((syntax.clause(k, CL.flags) & CLF.QUESTION) !== 0 && !out.includes('syntax-question')) out.push('syntax-question');
  }
  return out;
}

/**
 * Is the trigger's agent the debris of a downing? A debris noun (lexicon debrisNouns) after "by" right after the
 * trigger ("damaged by falling debris", "set alight by the wreckage of the downed missile"), or in the clause before
 * it ("fragments of a downed drone smashed windows", "debris damage in X"), when no attack noun (lexicon attackNoun:
 * "strikes and falling debris caused damage") stands there with it.
 */
function debrisAgent(view: DocView, c: RelationCandidate): boolean {
  const sentence = view.ctx.sentences[c.sentence];
  if (!sentence || c.trigger < sentence.tokenStart || c.trigger >= sentence.tokenEnd) return false;
  const { lex } = view;
  const t = c.trigger;
  for (let k = t + 1; k < Math.min(sentence.tokenEnd, t + 5); k++) {
    if (view.word(k) === ',') break;
    if (view.word(k) !== 'by') continue;
    for (let j = k + 1; j < Math.min(sentence.tokenEnd, k + 5); j++) {
      if (view.word(j) === ',' || lex.attackNoun.has(view.word(j))) return false;
      if (lex.debrisNouns.has(view.word(j))) return true;
    }
    return false;
  }
  let debris = false;
  for (let k = t - 1; k >= Math.max(view.clauseStart(sentence, t), t - 8); k--) {
    const w = view.word(k);
    if (lex.attackNoun.has(w)) return false;
    if (lex.debrisNouns.has(w)) debris = true;
  }
  return debris;
}

/** The features of a candidate. */
export function featuresOf(view: DocView, syntax: SyntaxLayer | null, c: RelationCandidate): CandidateFeatures {
  const bits = c.cues ?? 0;
  const cues: Cue[] = [];
  if (bits !== 0) for (const [name, bit] of CUE_NAMES) if ((bits & bit) !== 0) cues.push(name);
  cues.push(...syntaxCues(syntax, c.trigger));
  const object = c.weapon?.mention ?? null;
  const distance = object && object.sentence === c.sentence ? Math.abs(object.tokenStart - c.trigger) : -1;
  return {
    rule: c.rule,
    predicate: c.predicate,
    trigger: triggerClass(view.lex, view, c.predicate, c.trigger),
    voice: voiceOf(view, syntax, c.trigger),
    distance,
    cues,
    source: c.subject === null ? 'document' : (c.source ?? 'window'),
    waterTarget: c.predicate === 'targeted' && c.object !== null && view.ctx.gazetteer?.get(c.object)?.water === true,
    debrisAgent: c.predicate === 'targeted' && debrisAgent(view, c),
  };
}

/** Scores a candidate's features with the weights table. */
export function decide(candidate: RelationCandidate, features: CandidateFeatures, weights = DECISION_WEIGHTS): Decision {
  const terms: [string, number][] = [['bias', weights.bias]];
  // Names are built only for the weights that apply (most are 0).
  const rule = weights.rule[features.rule];
  if (rule) terms.push([`rule=${features.rule}`, rule]);
  const voice = weights.voice[features.voice];
  if (voice) terms.push([`voice=${features.voice}`, voice]);
  const source = weights.source[features.source];
  if (source) terms.push([`source=${features.source}`, source]);
  if (features.waterTarget) terms.push(['object=water', weights.waterTarget]);
  if (features.debrisAgent) terms.push(['agent=debris', weights.debrisAgent]);
  for (const cue of features.cues) {
    const weight = weights.cue[cue];
    if (weight) terms.push([`cue=${cue}`, weight]);
  }
  const score = terms.reduce((sum, [, w]) => sum + w, 0);
  const kept = score > weights.threshold;
  // Without its debris agent the candidate would have been kept: a statement for the events, not a relation.
  const eventOnly = !kept && features.debrisAgent && score - weights.debrisAgent > weights.threshold;
  return { candidate, features, terms, score, kept, eventOnly };
}

/** Decides every candidate of a document, in emission order. */
export function decideAll(view: DocView, syntax: SyntaxLayer | null, candidates: readonly RelationCandidate[]): Decision[] {
  const decisions = candidates.map((c) => decide(c, featuresOf(view, syntax, c)));
  dropClassBesideMember(view, decisions);
  return decisions;
}

/** The predicates whose weapon is counted once (launched, intercepted): a class beside its named member is the same weapon. */
const countedPredicate = (p: Predicate): boolean => p === 'launched' || p === 'intercepted';

/**
 * The second relation of one weapon: a kept launched or intercepted decision on a generic class with no count,
 * when a kept decision of the same sentence, subject and predicate names a system of that class
 * (`DocView.isClassOfNamed`), gets the weight `classBesideMember` and is dropped (see DECISION_WEIGHTS).
 */
function dropClassBesideMember(view: DocView, decisions: Decision[], weights = DECISION_WEIGHTS): void {
  const kept = decisions.filter((d) => d.kept && countedPredicate(d.candidate.predicate) && d.candidate.object !== null);
  for (const d of kept) {
    const c = d.candidate;
    if (c.count !== null || !c.weapon?.generic || c.weapon.partitive !== null) continue;
    // "Shahed drones and drones of other types": a class set apart from the member is another weapon.
    if (c.weapon.mention && view.isOtherKind(c.weapon.mention)) continue;
    const member = kept.some((e) => {
      const o = e.candidate;
      return e !== d && o.sentence === c.sentence && o.predicate === c.predicate && o.subject === c.subject && o.subjectRole === c.subjectRole &&
        o.object !== null && view.isClassOfNamed(c.object as string, o.object);
    });
    if (!member) continue;
    d.terms.push(['class-beside-member', weights.classBesideMember]);
    d.score += weights.classBesideMember;
    d.kept = d.score > weights.threshold;
  }
}

/** One line per decision for `--explain`: kept or dropped, the score, the terms, the features. */
export function explainDecision(d: Decision): string {
  const c = d.candidate;
  const f = d.features;
  const terms = d.terms.map(([name, w]) => `${name} ${w > 0 ? '+' : ''}${w}`).join(', ');
  return `${d.kept ? 'kept' : d.eventOnly ? 'event-only' : 'dropped'} ${d.score.toFixed(1)} ${c.rule}: ${c.subject ?? `<${c.subjectRole ?? '?'}>`} ${c.predicate} ${c.object ?? '<attacker>'}` +
    `${c.count !== null ? ` (count ${c.count})` : ''} [trigger ${f.trigger || '-'}, voice ${f.voice}, distance ${f.distance}, source ${f.source}` +
    `${f.cues.length ? `, cues ${f.cues.join(' ')}` : ''}] = ${terms}`;
}
