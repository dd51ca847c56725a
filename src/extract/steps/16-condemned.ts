/**
 * Step 16: condemned. "X condemned/denounced/deplored the (Russian) attack", "X called the shelling an unworthy act",
 * "the shelling was a deliberate act of terrorism" said by X. The object is the state named in the object phrase,
 * else left open for step 19 (the attacker of the attack referred to).
 */
import type { Sentence } from '../layers.ts';
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { afterPreposition, agentLeft, byAgent, descriptionFallback, isPassive } from '../relations/frames.ts';
import type { Emit } from '../relations/candidates.ts';
import { ATTACK_NOUN, EVALUATIVE_CALL, type DocView } from '../relations/view.ts';

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
          emit({ sentence: sentence.index, rule: evaluative ? 'condemned:evaluative' : 'condemned:verb', addressee: null, predicate: 'condemned', subject, subjectRole: null, object: target, weapon: null, count: null, overSide: null, trigger: i });
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
    if (w === ';' || (view.reportAt(k) > 0 && view.pos(k) === 'VERB')) return false;
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
      if (view.reportAt(r) > 0 && view.pos(r) === 'VERB') {
        const subjects = actorGroupLeft(view, sentence, r);
        for (const subject of subjects) {
          emit({ sentence: sentence.index, rule: 'condemned:copula', addressee: null, predicate: 'condemned', subject, subjectRole: null, object: null, weapon: null, count: null, overSide: null, trigger: i });
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
    if (view.reportAt(k) > 0 && view.pos(k) === 'VERB' && k > from + 1) break;
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

/** The condemned rule as a pipeline step. */
export const condemnedStep = defineStep('16-condemned', (context: ExtractContext) => ruleCondemned(viewOf(context), (candidate) => context.candidates.push(candidate)));
