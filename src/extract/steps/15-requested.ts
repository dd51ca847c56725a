/**
 * Step 15: requested. "X asked/urged/called for/pressed (Y) for W", "X's request for W", and stated needs of a side
 * that depends on deliveries ("Ukraine needs more air defence," the minister said).
 */
import type { Mention, Sentence } from '../layers.ts';
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { agentLeft, descriptionFallback } from '../relations/frames.ts';
import type { Emit } from '../relations/candidates.ts';
import { NEED_VERB, WEAPON, type DocView, type WeaponRef } from '../relations/view.ts';

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
    if (refs.length === 0) continue;
    const cues = view.polarity(sentence, i);
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
      emit({ sentence: sentence.index, rule: 'requested:need-more', addressee: null, predicate: 'requested', subject, subjectRole: null, object: ref.entity, weapon: ref, count: null, overSide: null, trigger: i, cues, source: speaker === undefined ? 'window' : 'speaker' });
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
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
    const after = view.mention(r + 1);
    if (person(after)) return after.entity;
    for (let a = r - 1; a > i && a >= r - 4; a--) {
      const m = view.mention(a);
      if (person(m)) return m.entity;
    }
    return null;
  }
  for (let r = i - 1; r >= sentence.tokenStart; r--) {
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
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
      const cues = view.polarity(sentence, i);
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
        if (lex.requestStop.has(w) || w === ';' || (lex.relativePronouns.has(w) && j > i + length + 1 && view.word(j - 1) !== 'so')) break;
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
        emit({ sentence: sentence.index, rule: 'requested:verb', addressee: addressee.length ? addressee : null, predicate: 'requested', subject, subjectRole: null, object: ref.entity, weapon: ref, count: null, overSide: null, trigger: i, cues });
      }
      i += length - 1;
    }
  }
}

/** The requested rule as a pipeline step. */
export const requestedStep = defineStep('15-requested', (context: ExtractContext) => ruleRequested(viewOf(context), (candidate) => context.candidates.push(candidate)));
