/**
 * Step 16: condemned. "X condemned/denounced/deplored the (Russian) attack", "X called the shelling an unworthy act",
 * "the shelling was a deliberate act of terrorism" said by X, a moral judgement in the words of an actor ('"It is
 * barbaric," X said', "X said she was appalled"), and "condemnation from X". Trigger words come from the semantic
 * classes (condemnVerb, condemnNoun, characteriseVerb, moralJudgement); speakers from the syntactic layer. The
 * object is the state named in the object phrase, else left open for step 19 (the attacker of the act referred to).
 */
import type { Mention, Sentence } from '../layers.ts';
import type { SyntaxLayer } from '../syntax/index.ts';
import { NP, NPF, Q, VG } from '../syntax/index.ts';
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { afterPreposition, agentLeft, byAgent, chunkActor, cueSpeaker, descriptionFallback, documentBody, isPassive, itemNumber, labelSpeaker, mentionAfterReport, nounPassiveAgent, reporterOfCoordinated } from '../relations/frames.ts';
import { governmentAsState, withCues, type Emit, type RelationCandidate } from '../relations/candidates.ts';
import { mainAttacker } from '../relations/roles.ts';
import { ATTACK_NOUN, BLOCKING, CASUALTY_VERB, CONDEMN_NOUN, DAMAGE_CLASS, EVALUATIVE_CALL, RATING_COPULA, type DocView } from '../relations/view.ts';

/** "X condemned/denounced/deplored the (Russian) attack", "X called the shelling an unworthy act". */
export function ruleCondemned(view: DocView, syntax: SyntaxLayer | null, emitOuter: Emit, earlier: readonly RelationCandidate[] = []): void {
  const { lex } = view;
  // The side that attacks in the document, from the launch and strike candidates so far (computed when first needed).
  let attacker: string | undefined;
  const emitted: RelationCandidate[] = [];
  const emit: Emit = (candidate) => {
    // "X condemned the attack in a statement by its foreign ministry": no actor condemns itself, and an ellipsis or an
    // echo that repeats the frame ("So did Y") must not carry X over as Y's object.
    if (candidate.object !== null && candidate.object === candidate.subject) return;
    emitted.push(candidate);
    emitOuter(candidate);
  };
  for (const sentence of view.ctx.sentences) {
    const { tokenStart, tokenEnd } = sentence;
    let found = false;
    // Who a negated, questioned or hypothetical verb says does not condemn ("X did not call the attack a war crime"):
    // the judgement the verb frames is not theirs either.
    const withheld = new Set<string>();
    const before = emitted.length;
    for (let i = tokenStart; i < tokenEnd; i++) {
      // A condemnation verb is a verb ("Kyiv has not said it was behind the blast": "blast" is a noun there).
      // ("1. Condemns in the strongest terms ...": an item of a resolution opens with its body's verb, which the tagger
      // may read as a noun.)
      const item = resolutionItem(view, sentence, i);
      const length = view.pos(i) === 'VERB' || view.afterActor(i) || item ? view.at(lex.condemn, i) : 0;
      const evaluative = length === 0 && view.flag(i, EVALUATIVE_CALL) && (hasEvaluative(view, sentence, i) || frontedJudgement(view, sentence, i));
      if (length === 0 && !evaluative) continue;
      if (view.word(i - 1) === '-') continue;
      const cues = view.polarity(sentence, i);
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
      } else if (item && length > 0) {
        const body = documentBody(view);
        subjects = body ? [body] : [];
      } else {
        subjects = participle ? participleSubjects(view, sentence, i) : actorGroupLeft(view, sentence, i);
        // "Zelenskyy said Putin had chosen the day on purpose and called the attack inhuman": a verb coordinated after
        // a reported clause whose subject is the attacker's own side goes back to the reporter (no side judges its
        // own attack).
        if (subjects.length > 0 && subjects.every((s) => view.sideOf(s) === (attacker ??= mainAttacker(view, earlier)))) {
          const reporter = reporterOfCoordinated(view, sentence, i, false);
          if (reporter !== null) subjects = [reporter];
        }
      }
      if (subjects.length === 0) continue;
      // 2. Whose act: an explicit state in the object phrase (for a passive, the subject phrase), else the
      //    attacker of the attack referred to.
      // "..., which X calls terrorism": the act judged is the clause the relative pronoun points back to.
      const relative = evaluative ? relativeAct(view, sentence, i, subjects) : undefined;
      const object = relative ?? (passive ? condemnedObject(view, sentence, view.clauseStart(sentence, i), evaluative, i) : condemnedObject(view, sentence, i + Math.max(1, length), evaluative));
      if (object === undefined) continue;
      for (const subject of subjects) {
        for (const target of object) {
          emit({ sentence: sentence.index, rule: evaluative ? 'condemned:evaluative' : 'condemned:verb', addressee: null, predicate: 'condemned', subject, subjectRole: null, object: target, weapon: null, count: null, overSide: null, trigger: i, cues });
        }
      }
      if ((cues & BLOCKING) === 0) found = true;
      else for (const subject of subjects) withheld.add(subject);
    }
    if (!found) found = copulaEvaluative(view, emit, sentence);
    condemnationNoun(view, syntax, emit, sentence);
    // Once a verb or a call names who condemns, a judgement in the same sentence adds only actors it is predicated of.
    judgement(view, syntax, emit, sentence, found, earlier, withheld);
    // "..., a judgement echoed by the Russian foreign ministry": whoever echoes the judgement condemns the same act.
    const told = emitted.slice(before);
    for (const actor of told.length > 0 ? echoedBy(view, sentence) : []) {
      for (const c of told) if (c.subject !== actor && !told.some((o) => o.subject === actor && o.object === c.object)) emitOuter({ ...c, subject: actor, source: 'ellipsis' });
    }
  }
}

/**
 * Does token i open an item of a resolution with a verb in the third person ("1. Condemns ...", "(a) condemns ..."):
 * right after the item marker (a number, a letter in parentheses; the sentence splitter may leave the number as a
 * sentence of its own), ending in -s. The document's body (its letterhead) is then the verb's subject.
 */
function resolutionItem(view: DocView, sentence: Sentence, i: number): boolean {
  if (!view.word(i).endsWith('s')) return false;
  let k = view.firstIndex(sentence);
  const marker = k;
  while (k < i && (/^[.()\d]+$/.test(view.word(k)) || (/^[a-h]$/.test(view.word(k)) && view.word(k + 1) === ')'))) k++;
  if (k !== i) return false;
  return k > marker || itemNumber(view, view.ctx.sentences[sentence.index - 1]);
}

/**
 * The actors that echo a judgement told in the sentence: a verdict or viewpoint noun, a participle of echoing
 * (lexicon echoVerbs) and its "by" agents ("a judgement echoed by X", "a view shared by X and Y").
 */
function echoedBy(view: DocView, sentence: Sentence): string[] {
  const out: string[] = [];
  for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd - 2; k++) {
    const noun = view.word(k - 1);
    if (!view.lex.echoVerbs.has(view.word(k)) || view.word(k + 1) !== 'by' || !(view.lex.verdictNouns.has(noun) || view.lex.viewpointNouns.has(noun))) continue;
    for (let j = k + 2; j < sentence.tokenEnd; j++) {
      const m = view.mention(j);
      if (view.isActor(m) && m.kind !== 'pronoun') {
        if (!out.includes(m.entity)) out.push(m.entity);
        j = m.tokenEnd - 1;
        continue;
      }
      const w = view.word(j);
      if (w !== 'the' && w !== 'and' && w !== ',' && !(view.pos(j) === 'ADJ' && !m) && !(m && m.kind === 'demonym')) break;
    }
  }
  return out;
}



/** The actors of a chunk and of its coordination ("South Korea and the UK"). */
function chunkActors(view: DocView, syntax: SyntaxLayer, chunk: number): string[] {
  const out: string[] = [];
  syntax.forEachConjunct(chunk, (c) => {
    const m = chunkActor(view, syntax, c);
    if (m && !out.includes(m.entity)) out.push(m.entity);
  });
  return out;
}

/**
 * Does the sentence refer to an act that can be condemned: an attack noun or verb, a weapon, a casualty, "it"/"this"?
 * ("the war" alone is the background, not the act.)
 */
function refersToAct(view: DocView, sentence: Sentence): boolean {
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const w = view.word(k);
    const pronoun = (w === 'it' || w === 'this') && view.pos(k) === 'PRON';
    // (The harm done is the act too: "the deliberate destruction of energy infrastructure was unacceptable".)
    if (view.flag(k, ATTACK_NOUN) || view.attackAt(k) > 0 || view.isWeapon(view.mention(k)) || pronoun || view.flag(k, CASUALTY_VERB) || (view.flag(k, DAMAGE_CLASS) && view.pos(k) === 'NOUN' && view.word(k + 1) === 'of')) return true;
  }
  return false;
}

/**
 * The state whose act is judged, when the sentence names one as the doer: a belligerent named (not a pronoun)
 * outside a target phrase ("Russia's strike", "Russian terror", "by Moscow"), not the speaker's own side; else null (the attacker).
 */
function judgedState(view: DocView, sentence: Sentence, speaker: string): string | null {
  const own = view.sideOf(speaker);
  for (const m of view.mentionsOf(sentence)) {
    // A pronoun names no doer here: '"It is unconscionable that ..."' is an expletive, and an act's "it" is the act.
    if (m.type !== 'Country' || view.isOrigin(m) || m.kind === 'pronoun') continue;
    const side = view.sideOf(m.entity);
    if (side === own || !view.lex.opponents.has(side)) continue;
    const before = view.word(m.tokenStart - 1);
    // ("the EU's envoy to Kyiv", "a threat to Ukraine": a state after "to" is whom the act or an office is aimed at.)
    if (before === 'on' || before === 'against' || before === 'in' || before === 'at' || before === 'for' || before === 'with' || before === 'to') continue;
    return side;
  }
  return null;
}

/**
 * '"It is barbaric," X said', "X said she was appalled by the attack", "X wrote that the strike was a war crime": a
 * moral judgement (class moralJudgement) in a clause or quotation whose speaker is an actor, in a sentence that
 * refers to an act. Concern, regret and solidarity (class notCondemnation) are no judgement and trigger nothing.
 */
function judgement(view: DocView, syntax: SyntaxLayer | null, emit: Emit, sentence: Sentence, subjectsOnly: boolean, earlier: readonly RelationCandidate[] = [], withheld: ReadonlySet<string> = new Set()): void {
  if (!syntax) return;
  const act = refersToAct(view, sentence);
  const spoken = new Set<string>();
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (view.at(view.lex.evaluativeTerms, i) === 0 || view.at(view.lex.notCondemnation, i) > 0) continue;
    // Inside a name ("Terror Defence Force") or a modifier of a class noun, it judges nothing.
    if (view.mention(i)) continue;
    // "shown it was a terrorist state": a label of a state, not a judgement of an act.
    if (view.lex.labelledStateNouns.has(view.word(i + view.at(view.lex.evaluativeTerms, i)))) continue;
    // A judgement noun names the act itself ("war crimes", "terror"); an adjective needs an act to judge. A noun that
    // only modifies the next one ("a murder trial", "a terror alert") judges nothing.
    // (A capitalised noun opening the sentence is tagged as a name: "Outrage at the strikes was expressed by X".)
    const noun = view.pos(i) === 'NOUN' || (view.pos(i) === 'PROPN' && i === view.firstIndex(sentence));
    if (!act && !noun) continue;
    const length = view.at(view.lex.evaluativeTerms, i);
    if (view.pos(i) === 'NOUN' && view.pos(i + length) === 'NOUN' && !view.mention(i + length)) continue;
    // "X was appalled by ...", "X expressed outrage at ...", "outrage was expressed by X": the subject of the copula
    // or of the verb of expression, or the agent of its passive, judges; else the speaker of the clause or quotation.
    const passive = noun ? expressedByAgent(view, sentence, i) : null;
    const subject = copulaSubject(view, syntax, sentence, i) ?? expressedBy(view, syntax, i) ?? passive?.actor ?? null;
    const judge = subject ?? (subjectsOnly ? null : (viewpointJudge(view, sentence, i) ?? quotedJudge(view, syntax, i) ?? reportSpeaker(view, sentence, i) ?? labelSpeaker(view, sentence) ?? colonSpeaker(view, sentence, i) ?? writerOf(view, syntax, i)));
    if (!judge || spoken.has(judge.entity) || withheld.has(judge.entity)) continue;
    spoken.add(judge.entity);
    const object = judgedState(view, sentence, judge.entity) ?? weaponLauncher(view, sentence, earlier, judge.entity);
    // (The passive verb's own modal or negation counts: "outrage may be expressed by X".)
    const cues = view.polarity(sentence, i) | (passive && subject === passive.actor ? view.polarity(sentence, passive.verb) : 0);
    withCues(emit, cues, subject ? 'subject' : 'speaker')({ sentence: sentence.index, rule: 'condemned:judgement', addressee: null, predicate: 'condemned', subject: judge.entity, subjectRole: null, object, weapon: null, count: null, overSide: null, trigger: i });
  }
}

/**
 * '"Sending ballistic missiles into a city centre" was criminal': a judgement that names a weapon judges the act of
 * the one side the text says launched that weapon or its class (a named system of a class counts for the class), not
 * the judge's own; null when no side or both sides launched it.
 */
function weaponLauncher(view: DocView, sentence: Sentence, earlier: readonly RelationCandidate[], judge: string): string | null {
  const weapon = view.mentionsOf(sentence).find((m) => view.isWeapon(m) && !view.isPlatform(m));
  if (!weapon) return null;
  const own = view.sideOf(judge);
  const sides = new Set<string>();
  // (A launch whose subject is left open is the document's attacker's: "drones hit a plant" in a Russian attack, then
  // "28 Ukrainian drones were downed" leaves both sides with drones, and the judgement goes to the act referred to.)
  let attacker: string | undefined;
  for (const c of earlier) {
    if (c.predicate !== 'launched' || c.object === null) continue;
    if (c.object === weapon.entity || (weapon.generic && view.classSlug(c.object) === view.classSlug(weapon.entity))) sides.add(view.sideOf(c.subject ?? (attacker ??= mainAttacker(view, earlier))));
  }
  const side = sides.size === 1 ? ([...sides][0] as string) : null;
  return side !== null && side !== own && view.lex.opponents.has(side) ? side : null;
}

/**
 * Whose judgement the clause of token i is, when the sentence says so without a verb of saying: "in the judgement of
 * X", "in X's view" (lexicon viewpointNouns) anywhere in the sentence; a fronted "For X, the strike was ..." or a
 * relative "X, for whom the attack was ..." before the judgement; "... : that was how X called/described the strike"
 * (class characteriseVerb) after it. An apposition's person speaks for the phrase ("For Ruritania's foreign minister,
 * Jan Novak, ..."). Null when no such frame holds an actor.
 */
function viewpointJudge(view: DocView, sentence: Sentence, i: number): Mention | null {
  const { tokenStart, tokenEnd } = sentence;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const w = view.word(k);
    // "in the judgement of X", "in X's view".
    if (w === 'in' && k < i - 1) {
      const noun = view.word(k + 1) === 'the' ? k + 2 : -1;
      if (noun > 0 && view.lex.viewpointNouns.has(view.word(noun)) && view.word(noun + 1) === 'of') {
        const judge = phraseJudge(view, sentence, noun + 2);
        if (judge) return judge;
      }
      const owner = view.mention(k + 1);
      if (view.isActor(owner) && view.word(owner.tokenEnd) === "'s" && view.lex.viewpointNouns.has(view.word(owner.tokenEnd + 1))) return owner;
    }
    // A fronted "For X, ..." (the judgement after its comma) and ", for whom ...".
    if (w === 'for' && k < i && (k === view.firstIndex(sentence) || view.word(k - 1) === ',')) {
      if (view.word(k + 1) === 'whom') {
        const before = view.mention(k - 2);
        if (view.isActor(before) && before.tokenEnd === k - 1) return before;
        continue;
      }
      if (k !== view.firstIndex(sentence)) continue;
      const judge = phraseJudge(view, sentence, k + 1);
      if (judge && forPhraseEnd(view, sentence, k + 1) < i) return judge;
    }
    // "...: that was how X described the strike".
    if (w === 'how' && k > i && view.word(k - 1) === 'was') {
      // (Over the title words before the name: "how Foreign Minister X judged it", "how French Foreign Minister X
      // described it": a demonym among them is the title's state, not the judge.)
      let a = k + 1;
      while (a < k + 6 && (!view.mention(a) || view.mention(a)?.kind === 'demonym') && (view.word(a) === 'the' || view.lex.titleWords.has(view.word(a)) || view.pos(a) === 'PROPN' || view.pos(a) === 'ADJ')) a++;
      const actor = view.mention(a);
      if (view.isActor(actor) && actor.kind !== 'pronoun' && view.flag(actor.tokenEnd, EVALUATIVE_CALL)) return actor;
    }
    // '"An atrocity ..." was the verdict of X', "... was the description offered by X": a copula after the judgement,
    // then a verdict noun (lexicon verdictNouns) and its owner.
    if (view.lex.ratingCopulas.has(w) && k > i && (view.word(k + 1) === 'the' || view.lex.possessivePronoun.has(view.word(k + 1)))) {
      const noun = k + 2;
      if (!view.lex.verdictNouns.has(view.word(noun))) continue;
      let by = noun + 1;
      if (view.pos(by) === 'VERB' && view.word(by + 1) === 'by') by++;
      if (view.word(by) === 'of' || view.word(by) === 'by' || view.word(by) === 'from') {
        const judge = phraseJudge(view, sentence, by + 1);
        if (judge) return judge;
      }
    }
    // 'What X called the night was "terror ..."': a pseudo-cleft of a verb of characterising before the judgement.
    if (w === 'what' && k < i) {
      const judge = phraseJudge(view, sentence, k + 1);
      if (!judge) continue;
      let verb = judge.tokenEnd;
      while (verb < i && !view.flag(verb, EVALUATIVE_CALL)) verb++;
      let copula = verb;
      while (copula < i && !view.flag(copula, RATING_COPULA)) copula++;
      if (verb < copula && copula < i && verb - judge.tokenEnd <= 4) return judge;
    }
  }
  return null;
}

/**
 * 'X in his evening address: the raid was "energy terror"', "X's foreign minister, Y, went further: the strikes were
 * state terrorism": the actor of the phrase that opens the sentence speaks the clause after the colon that follows it,
 * when only that phrase (its apposition and parentheses, prepositional adjuncts) and a phrase of going on (lexicon
 * colonLeads) stand before the colon. A finite verb there ("Russia struck Kyiv: ...") frames no speech; null then.
 */
function colonSpeaker(view: DocView, sentence: Sentence, i: number): Mention | null {
  let colon = -1;
  for (let k = i - 1; k > sentence.tokenStart; k--) {
    if (view.word(k) === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0) return null;
  let first = view.firstIndex(sentence);
  while (first < colon && (view.word(first) === '-' || view.word(first) === '*')) first++;
  if (!view.isActor(view.mention(first))) return null;
  for (let k = first; k < colon; k++) {
    const m = view.mention(k);
    if (m) {
      k = m.tokenEnd - 1;
      continue;
    }
    const lead = view.at(view.lex.colonLeads, k);
    if (lead > 0) {
      // (The lead closes the frame: "went further:".)
      if (k + lead !== colon) return null;
      break;
    }
    const pos = view.pos(k);
    // (A noun the tagger reads as a verb after a determiner is the head of an adjunct: "in his evening address".)
    const before = view.word(k - 1);
    const nominal = before === 'the' || before === 'a' || view.lex.possessivePronoun.has(before) || view.pos(k - 1) === 'ADJ' || view.pos(k - 1) === 'NOUN';
    if (((pos === 'VERB' || pos === 'AUX') && !(pos === 'VERB' && nominal)) || view.word(k) === '"' || view.word(k) === ';') return null;
  }
  const judge = phraseJudge(view, sentence, first);
  return judge && judge.kind !== 'pronoun' && judge.kind !== 'demonym' ? judge : null;
}

/** The end of a fronted "for" phrase from k: the comma after its actors and their appositions, or the sentence end. */
function forPhraseEnd(view: DocView, sentence: Sentence, k: number): number {
  for (let j = k; j < sentence.tokenEnd; j++) {
    const m = view.mention(j);
    if (m) {
      j = m.tokenEnd - 1;
      continue;
    }
    if (view.word(j) === ',' && !view.isActor(view.mention(j + 1)) && !view.npToken(j + 1)) return j;
    if (view.word(j) === ',' && view.isActor(view.mention(j + 1)) && view.word(view.mention(j + 1)?.tokenEnd ?? j) !== ',') return j;
    if (view.pos(j) === 'VERB' || view.pos(j) === 'AUX') return j;
  }
  return sentence.tokenEnd;
}

/**
 * The actor of the noun phrase from k and of its apposition ("Ruritania's foreign minister, Jan Novak,"): the person
 * when one is named, else the first actor; null when the phrase names none.
 */
function phraseJudge(view: DocView, sentence: Sentence, k: number): Mention | null {
  let first: Mention | null = null;
  for (let j = k; j < Math.min(sentence.tokenEnd, k + 14); j++) {
    const m = view.mention(j);
    if (view.isActor(m)) {
      if (m.type === 'Person' && m.kind !== 'pronoun') return m;
      first ??= m;
      j = m.tokenEnd - 1;
      continue;
    }
    if (m) {
      j = m.tokenEnd - 1;
      continue;
    }
    const w = view.word(j);
    // ("the EU's envoy to Kyiv, X": the place of an office goes on with the phrase.)
    if (w === "'s" || w === ',' || view.npToken(j) || (w === 'to' && first !== null && view.isActor(view.mention(j + 1)))) continue;
    break;
  }
  return first;
}

/**
 * A letter's or opinion piece's own words, outside any quotation, are its writer's: the person the first-person "I"
 * outside quotation marks stands for (step 05 resolves it to a signature or a closing note on the writer); null in a
 * document with no such "I" (a news report's own words judge nothing).
 */
function writerOf(view: DocView, syntax: SyntaxLayer, i: number): Mention | null {
  if ((syntax.quoteOf[i] ?? -1) >= 0) return null;
  for (const m of view.ctx.mentions) {
    if (m.kind === 'pronoun' && m.type === 'Person' && view.tokens[m.tokenStart]?.text === 'I' && (syntax.quoteOf[m.tokenStart] ?? -1) < 0) return m;
  }
  return null;
}

/** The actor subject of a verb of expression (class expressVerb) whose object holds token i: "X voiced indignation". */
function expressedBy(view: DocView, syntax: SyntaxLayer, i: number): Mention | null {
  const chunk = syntax.npOf[i] ?? -1;
  if (chunk < 0 || view.pos(i) !== 'NOUN') return null;
  const g = syntax.vgOf[syntax.np(chunk, NP.start) - 1] ?? -1;
  if (g < 0 || syntax.logicalObject(g) !== chunk || !view.lex.expressVerbs.has(view.word(syntax.vg(g, VG.head)))) return null;
  const m = chunkActor(view, syntax, syntax.logicalSubject(g));
  return m && m.kind !== 'demonym' ? m : null;
}

/**
 * "Outrage at the strikes was also expressed by X": the "by" agent of a passive verb of expression (class
 * expressVerb) whose subject phrase the judgement noun at i heads; the person an apposition names ("by Poland's
 * foreign minister, X") speaks for the office.
 */
function expressedByAgent(view: DocView, sentence: Sentence, i: number): { actor: Mention; verb: number } | null {
  const passive = nounPassiveAgent(view, sentence, i);
  if (!passive || !view.lex.expressVerbs.has(view.word(passive.verb)) || !passive.actor || passive.actor.kind === 'demonym') return null;
  const person = phraseJudge(view, sentence, passive.actor.tokenStart);
  return { actor: person && person.type === 'Person' ? person : passive.actor, verb: passive.verb };
}

/** The speaker of the quotation or report frame holding token i; "X cited him as saying": the person quoted, not X. */
function quotedJudge(view: DocView, syntax: SyntaxLayer, i: number): Mention | null {
  const q = syntax.quoteOf[i] ?? -1;
  const g = q >= 0 ? syntax.quote(q, Q.vg) : -1;
  const object = g >= 0 ? syntax.vg(g, VG.object) : -1;
  const quoted = chunkActor(view, syntax, object);
  if (quoted && quoted.type === 'Person') return quoted;
  // An unresolved "him" quoted by an agency: who spoke is not known here.
  if (object >= 0 && syntax.npHas(object, NPF.PRONOUN)) return null;
  // '[CLIP: X, ...]' then the quotation on the next line: the cue names who speaks.
  return chunkActor(view, syntax, syntax.speakerOf(i)) ?? (q >= 0 ? cueSpeaker(view, syntax.quote(q, Q.open)) : null);
}

/**
 * The speaker of a report frame around token i when the syntactic layer found none: '"...," X, a title of Y, said'
 * (the first actor after i outside a prepositional phrase, before the reporting verb), 'said X', or 'X said ...'.
 */
function reportSpeaker(view: DocView, sentence: Sentence, i: number): Mention | null {
  for (let r = i + 1; r < sentence.tokenEnd; r++) {
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
    const after = mentionAfterReport(view, r);
    if (view.isActor(after) && after.type !== 'Country') return after;
    // ("..., wrote Ukraine's human rights commissioner, X, of the strike": the person of the title's apposition.)
    if (view.isActor(after) && view.word(after.tokenEnd) === "'s") {
      const person = phraseJudge(view, sentence, after.tokenStart);
      if (person && person.type === 'Person') return person;
    }
    // "X cited him as saying": a person pronoun after the first actor is the speaker.
    let first: Mention | null = null;
    for (let k = i + 1; k < r; k++) {
      const m = view.mention(k);
      if (view.isActor(m) && m.kind !== 'pronoun' && !afterPreposition(view, m) && first === null) first = m;
      else if (first !== null && view.isActor(m) && m.kind === 'pronoun' && m.type === 'Person') return m;
      if (m) k = m.tokenEnd - 1;
    }
    if (first) return first;
    // "X said that ... is reckless and said ...": a second verb of the same speaker; X is left of the judgement.
    break;
  }
  for (let r = i - 1; r >= sentence.tokenStart; r--) {
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
    // ("X, the U.S. ambassador to Ukraine, said ...": agentLeft passes over the title apposition to the person.)
    return agentLeft(view, sentence, r, { stopAtReport: false }).actor;
  }
  return null;
}

/** The actor subject of a copula right before the judgement word at i ("Guterres was deeply shocked", "she is appalled"). */
function copulaSubject(view: DocView, syntax: SyntaxLayer, sentence: Sentence, i: number): Mention | null {
  for (let k = i - 1, steps = 0; k >= sentence.tokenStart && steps < 4; k--, steps++) {
    const pos = view.pos(k);
    if (view.lex.beForms.has(view.word(k))) {
      const g = syntax.vgOf[k] ?? -1;
      const m = g >= 0 ? chunkActor(view, syntax, syntax.vg(g, VG.subject)) : null;
      // "It is unconscionable that ...": an expletive or the act itself, not who judges it.
      const w = m ? view.word(m.tokenStart) : '';
      return m && !(m.kind === 'pronoun' && (w === 'it' || w === 'this' || w === 'that')) ? m : null;
    }
    if (pos !== 'ADV' && pos !== 'ADJ' && pos !== 'AUX' && view.word(k) !== 'and' && view.word(k) !== ',') return null;
  }
  return null;
}

/**
 * "The strike drew condemnation from Berlin and Paris", "NATO's condemnation of the attack", "X issued a strong
 * condemnation": a condemnation noun (class condemnNoun) whose source is a "from" phrase, a possessor or the subject
 * of the verb it is the object of.
 */
function condemnationNoun(view: DocView, syntax: SyntaxLayer | null, emit: Emit, sentence: Sentence): void {
  if (!syntax) return;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!view.flag(i, CONDEMN_NOUN) || (view.pos(i) !== 'NOUN' && view.pos(i) !== 'PROPN')) continue;
    let subjects: string[] = [];
    const chunk = syntax.npOf[i] ?? -1;
    // 1. "condemnation from X (and Y)"; "condemnation came swiftly from X".
    let from = i + 1;
    // ("Condemnation of the attack came from X": over the noun's own "of"/"at"/"over" phrase, when a verb follows it.)
    if (view.word(from) === 'of' || view.word(from) === 'at' || view.word(from) === 'over') {
      let end = from + 1;
      const inPhrase = (k: number): boolean => {
        const m = view.mention(k);
        if (m) return !view.isActor(m) || afterPreposition(view, m);
        return view.npToken(k) || view.word(k) === 'on' || view.word(k) === 'in' || view.word(k) === 'against';
      };
      while (end < Math.min(sentence.tokenEnd, from + 10) && inPhrase(end)) end = view.mention(end)?.tokenEnd ?? end + 1;
      if (view.pos(end) === 'VERB' || view.pos(end) === 'ADV' || view.pos(end) === 'AUX') from = end;
    }
    const phraseEnd = from;
    while (from < Math.min(sentence.tokenEnd, phraseEnd + 4) && view.word(from) !== 'from' && (view.pos(from) === 'VERB' || view.pos(from) === 'ADV' || view.pos(from) === 'AUX')) from++;
    let objectFrom = i + 1;
    let objectUntil = sentence.tokenEnd;
    if (view.word(from) === 'from') {
      subjects = chunkActors(view, syntax, syntax.npOf[from + 1] ?? -1);
      // ("came from the human rights commissioner, X, who ...": the person an apposition names speaks for the office.)
      const person = subjects.length === 1 ? phraseJudge(view, sentence, from + 1) : null;
      if (person && person.type === 'Person') subjects = [person.entity];
      // What was condemned follows the condemners: "condemnation from X and Y over the strike on Z"; or it is the
      // noun's own phrase before the verb ("condemnation of the attack came from X").
      if (phraseEnd > i + 1) objectUntil = phraseEnd;
      else {
        objectFrom = from + 1;
        while (objectFrom < sentence.tokenEnd && (view.isActor(view.mention(objectFrom)) || view.word(objectFrom) === 'and' || view.word(objectFrom) === ',' || view.word(objectFrom) === 'the')) objectFrom = view.mention(objectFrom)?.tokenEnd ?? objectFrom + 1;
      }
    }
    // 2. "X's condemnation".
    if (subjects.length === 0 && chunk >= 0) subjects = chunkActors(view, syntax, syntax.np(chunk, NP.poss));
    // 3. "X issued/voiced a condemnation", "X joined the chorus of condemnation": the subject of the verb whose object
    //    it is, or whose object it completes with "of".
    if (subjects.length === 0 && chunk >= 0) {
      const holders = [chunk];
      for (let o = 0; o < syntax.nps.size; o++) if (syntax.np(o, NP.of) === chunk) holders.push(o);
      for (let g = 0; g < syntax.vgs.size; g++) {
        if (holders.includes(syntax.logicalObject(g))) subjects = chunkActors(view, syntax, syntax.logicalSubject(g));
        // ("Condemnation of X was voiced by Y": what was condemned ends at the passive verb, before its agent.)
        if (subjects.length > 0 && syntax.vg(g, VG.start) > i) objectUntil = syntax.vg(g, VG.start);
        if (subjects.length > 0) break;
      }
    }
    // 3b. "Condemnation was voiced by X": the agent of the passive the noun is the subject of.
    if (subjects.length === 0) {
      const passive = nounPassiveAgent(view, sentence, i);
      if (passive) {
        subjects = [passive.agent];
        objectUntil = passive.verb;
      }
    }
    // The cues of the verb whose subject the noun is ("could be voiced by Y") count with the noun's own.
    let verbCues = 0;
    if (objectUntil < sentence.tokenEnd) {
      let verb = objectUntil;
      while (verb < sentence.tokenEnd && view.pos(verb) !== 'VERB') verb++;
      verbCues = view.polarity(sentence, verb);
    }
    // 4. "X expressed, on behalf of the Government, firm condemnation of ...": a parenthetical between the verb of
    //    expression and its object.
    if (subjects.length === 0) {
      const verb = expressedOverAside(view, sentence, i);
      const agent = verb >= 0 ? agentLeft(view, sentence, verb).key : null;
      if (agent) subjects = [agent];
    }
    if (subjects.length === 0) continue;
    const object = condemnedObject(view, sentence, objectFrom, false, objectUntil);
    const cues = view.polarity(sentence, i) | verbCues;
    for (const subject of subjects) {
      for (const target of object ?? [null]) {
        emit({ sentence: sentence.index, rule: 'condemned:noun', addressee: null, predicate: 'condemned', subject, subjectRole: null, object: target, weapon: null, count: null, overSide: null, trigger: i, cues });
      }
    }
    return;
  }
}

/**
 * The verb of expression (class expressVerb) before a parenthetical set off by commas that ends right before the noun
 * phrase of token i ("expressed, on behalf of the Government, firm condemnation"), or -1.
 */
function expressedOverAside(view: DocView, sentence: Sentence, i: number): number {
  let k = i - 1;
  // Modifiers of the noun ("its firm", "a strong", "firm" read as a noun).
  while (k > sentence.tokenStart && k >= i - 3 && (view.pos(k) === 'ADJ' || view.pos(k) === 'DET' || view.pos(k) === 'ADV' || view.pos(k) === 'NOUN' || view.lex.possessivePronoun.has(view.word(k)))) k--;
  if (view.word(k) !== ',') return -1;
  for (let j = k - 1; j > sentence.tokenStart && j >= k - 10; j--) {
    if (view.word(j) !== ',') continue;
    return view.lex.expressVerbs.has(view.word(j - 1)) ? j - 1 : -1;
  }
  return -1;
}

/**
 * The relative pronoun that opens the subject phrase of the call verb at i (", which the Kremlin calls"), or -1:
 * the act judged is then the clause before it.
 */
function relativeBefore(view: DocView, sentence: Sentence, i: number): number {
  for (let k = i - 1; k > sentence.tokenStart && k >= i - 6; k--) {
    const w = view.word(k);
    if (view.lex.relativePronouns.has(w) && view.word(k - 1) === ',') return k;
    if (w === ',' || view.pos(k) === 'VERB') return -1;
  }
  return -1;
}

/**
 * "Ukraine keeps striking refineries, which the Kremlin calls terrorism": the doer of the act in the clause before
 * the relative pronoun (its first actor outside a prepositional phrase, not the judge's own side), when that clause
 * names an attack; undefined when the call is no relative clause or names no act.
 */
function relativeAct(view: DocView, sentence: Sentence, i: number, judges: string[]): (string | null)[] | undefined {
  const relative = relativeBefore(view, sentence, i);
  if (relative < 0) return undefined;
  const own = new Set(judges.map((j) => view.sideOf(j)));
  let act = false;
  for (let k = sentence.tokenStart; k < relative; k++) if (view.attackAt(k) > 0 || view.launchAt(k) > 0 || view.flag(k, ATTACK_NOUN)) act = true;
  if (!act) return undefined;
  for (let k = sentence.tokenStart; k < relative; k++) {
    const m = view.mention(k);
    if (!m) continue;
    k = m.tokenEnd - 1;
    if (!view.isActor(m) || m.kind === 'demonym' || afterPreposition(view, m)) continue;
    const side = view.sideOf(m.entity);
    return own.has(side) ? undefined : [side];
  }
  return [null];
}

/** Is there an evaluative term ("unworthy act", "escalation") within the call phrase after token i? */
function hasEvaluative(view: DocView, sentence: Sentence, i: number): boolean {
  // ", which X calls terrorism": the relative pronoun stands for the act; "called the night ...": so does a time noun.
  let attack = relativeBefore(view, sentence, i) >= 0 || timeObject(view, sentence, i) >= 0;
  // (An act named by the use of a weapon is a longer phrase: "called the use of glide bombs against a city of half
  // a million people ...".)
  let limit = i + 14;
  for (let k = i + 1; k < Math.min(sentence.tokenEnd, limit); k++) {
    const w = view.word(k);
    if (view.lex.attackNoun.has(w) || w === 'it' || w === 'them' || judgedAct(view, k)) attack = true;
    if (!attack && useOf(view, k)) {
      attack = true;
      limit = k + 16;
    }
    if (attack && view.at(view.lex.evaluativeTerms, k) > 0) return true;
    if (w === ';' || (view.reportAt(k) > 0 && view.pos(k) === 'VERB')) return false;
  }
  return false;
}

/**
 * "the use of cluster munitions", "Russia's deployment of glide bombs": a noun of using or launching (the launch
 * class, not a delivery: "the supply of X" is no act) with "of" and a weapon within the next five words names the act
 * of using it.
 */
function useOf(view: DocView, k: number): boolean {
  if (view.pos(k) !== 'NOUN' || view.word(k + 1) !== 'of' || view.launchAt(k) === 0 || view.at(view.lex.delivery, k) > 0) return false;
  for (let j = k + 2; j < k + 8; j++) {
    const m = view.mention(j);
    if (view.isWeapon(m)) return true;
    if (m) {
      // (A maker's or owner's demonym may modify the weapon: "the Iranian-made drones".)
      if (m.kind !== 'demonym' && !view.isOrigin(m)) return false;
      j = m.tokenEnd - 1;
      continue;
    }
    if (view.word(j) === ',' || view.pos(j) === 'VERB') return false;
  }
  return false;
}

/**
 * "A war crime, the foreign ministry called the strike": the judgement fronted before the subject of the call verb
 * at i. The sentence opens with a phrase holding an evaluative term and ending at a comma; between that comma and the
 * verb stands only the subject's noun phrase; an act (an attack noun, "it") follows the verb.
 */
function frontedJudgement(view: DocView, sentence: Sentence, i: number): boolean {
  const start = view.firstIndex(sentence);
  let comma = -1;
  let judged = false;
  for (let k = start; k < Math.min(i, start + 8); k++) {
    if (view.word(k) === ',') {
      comma = k;
      break;
    }
    if (view.at(view.lex.evaluativeTerms, k) > 0 && view.at(view.lex.notCondemnation, k) === 0 && !view.mention(k)) judged = true;
  }
  if (!judged || comma < 0) return false;
  for (let k = comma + 1; k < i; k++) if (!view.npToken(k)) return false;
  if (!view.isActor(view.mention(i - 1)) && !view.isActor(agentLeft(view, sentence, i).actor ?? undefined)) return false;
  for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 4); k++) {
    const w = view.word(k);
    if (view.lex.attackNoun.has(w) || view.flag(k, ATTACK_NOUN) || ((w === 'it' || w === 'this') && view.pos(k) === 'PRON')) return true;
  }
  return false;
}

/** "the shelling was a deliberate act of terrorism", said by the speaker of the sentence (true when it emitted a factual one). */
function copulaEvaluative(view: DocView, emit: Emit, sentence: Sentence): boolean {
  const { tokenStart, tokenEnd } = sentence;
  for (let i = tokenStart; i < tokenEnd; i++) {
    if (!view.flag(i, ATTACK_NOUN) || view.word(i - 1) !== 'the') continue;
    const be = view.word(i + 1);
    if (be !== 'was' && be !== 'is' && be !== 'were') continue;
    let evaluative = false;
    for (let k = i + 2; k < Math.min(tokenEnd, i + 9); k++) if (view.at(view.lex.evaluativeTerms, k) > 0) evaluative = true;
    if (!evaluative) continue;
    const cues = view.polarity(sentence, i + 1);
    // The speaker: the actor before the reporting verb that introduces the clause.
    for (let r = i - 1; r >= tokenStart; r--) {
      if (view.reportAt(r) > 0 && view.pos(r) === 'VERB') {
        const subjects = actorGroupLeft(view, sentence, r);
        for (const subject of subjects) {
          emit({ sentence: sentence.index, rule: 'condemned:copula', addressee: null, predicate: 'condemned', subject, subjectRole: null, object: null, weapon: null, count: null, overSide: null, trigger: i, cues, source: 'speaker' });
        }
        return subjects.length > 0 && (cues & BLOCKING) === 0;
      }
    }
  }
  return false;
}

/** The actors of a subject group left of token i ("the OSCE and the EU", "Ian Borg and Helga Schmid"). */
function actorGroupLeft(view: DocView, sentence: Sentence, i: number): string[] {
  const agent = agentLeft(view, sentence, i, { stopAtReport: false });
  if (!agent.actor || agent.key === null) {
    const fallback = descriptionFallback(view, sentence, i);
    return fallback ? [fallback] : [];
  }
  // ("X, the U.S. ambassador to Ukraine, condemned ...": agentLeft passes over the title apposition to the person.)
  const out = [agent.key];
  // Coordinated actors: walk left over "and", ",", "the", parentheses and the same entity. A comma alone before the
  // first actor is an apposition ("the Commissioner for Human Rights, Michael O'Flaherty, deplored"), not a list.
  let k = agent.actor.tokenStart - 1;
  let linked = false;
  for (let steps = 0; k >= sentence.tokenStart && steps < 12; k--, steps++) {
    const w = view.word(k);
    if (w === 'and' || (w === ',' && out.length > 1)) {
      linked = true;
      continue;
    }
    if (w === ',' && !linked) {
      // (", and" links; a comma right before the agent does not.)
      if (view.word(k - 1) === 'and') continue;
      // "A's foreign minister, Jan Novak, and his Spanish counterpart, Juan Ruiz, each called ...": appositions
      // coordinated, each a person after its description.
      const other = coordinatedApposition(view, sentence, k);
      if (other && other.type === agent.actor.type && !out.includes(other.entity)) out.push(other.entity);
      break;
    }
    if (w === ',') continue;
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

/**
 * The person of an apposition coordinated before the description that ends at the comma `comma` ("Jan Novak, and
 * his Spanish counterpart, Juan Ruiz"): the description (determiners, possessives, adjectives, nouns and demonyms, at
 * most six words) follows ", and" and a person mention that closes the apposition before it; else null.
 */
function coordinatedApposition(view: DocView, sentence: Sentence, comma: number): Mention | null {
  let k = comma - 1;
  for (let steps = 0; k > sentence.tokenStart && steps < 6 && view.word(k) !== 'and'; k--, steps++) {
    const m = view.mention(k);
    // (A demonym or a possessive pronoun may modify the description: "his Estonian counterpart".)
    if (m && m.kind !== 'demonym' && !(m.kind === 'pronoun' && view.pos(k) === 'PRON')) return null;
    const pos = view.pos(k);
    if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'DET' && pos !== 'PRON' && pos !== 'PROPN') return null;
  }
  if (view.word(k) !== 'and' || k === comma - 1 || view.word(k - 1) !== ',') return null;
  const person = view.mention(k - 2);
  return person && person.type === 'Person' && person.kind !== 'pronoun' && view.isActor(person) ? person : null;
}

/** The first actor phrase of the sentence, by its head (for participles: "X condemned ..., calling it ..."). */
/**
 * Who does ", calling ...": the first actor group of the sentence ("X was shocked ..., his spokesman said, calling"
 * judges for X), unless that is an outlet credited in the dateline ("WARSAW (Newsline) - ...") or there is none: then
 * the speaker of the report frame that closes the clause before the comma.
 */
function participleSubjects(view: DocView, sentence: Sentence, i: number): string[] {
  const first = firstActorGroup(view, sentence, i);
  const m = first.length > 0 ? view.mentionsOf(sentence).find((x) => x.entity === first[0]) : undefined;
  const credited = m !== undefined && view.word(m.tokenStart - 1) === '(' && view.word(m.tokenEnd) === ')';
  if (first.length > 0 && !credited) return first;
  return trailingSpeaker(view, sentence, i - 1) ?? first;
}

/**
 * '..., Prime Minister X said on Wednesday, calling it ...': the speaker of a report frame that closes the clause
 * right before the comma at `comma` is the subject of the participle after it; null when no such frame.
 */
function trailingSpeaker(view: DocView, sentence: Sentence, comma: number): string[] | null {
  for (let r = comma - 1; r > sentence.tokenStart && r >= comma - 5; r--) {
    if (view.boundaryAt(r) > 0 || view.word(r) === ',') return null;
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
    const agent = agentLeft(view, sentence, r, { stopAtReport: false });
    return agent.actor && view.word(agent.actor.tokenEnd) !== "'s" ? [agent.actor.entity] : null;
  }
  return null;
}

function firstActorGroup(view: DocView, sentence: Sentence, limit: number): string[] {
  for (let k = sentence.tokenStart; k < limit; k++) {
    const m = view.mention(k);
    if (!view.isActor(m) || afterPreposition(view, m)) continue;
    // '"Russia keeps ...," X said, calling ...': an actor inside the quotation that opens the sentence is no subject.
    if ((view.syntax?.quoteOf[k] ?? -1) >= 0) continue;
    // Take the head of the phrase: the last actor before a verb ("UN Secretary-General António Guterres was").
    let head = m;
    let j = m.tokenEnd;
    for (; j < limit; j++) {
      const next = view.mention(j);
      if (view.isActor(next)) {
        head = next;
        j = next.tokenEnd - 1;
        continue;
      }
      if (view.npToken(j)) continue;
      break;
    }
    // "Ruritania's foreign minister, Jan Novak, condemned ...": a person in apposition names the phrase's head.
    // (A prepositional phrase may end the description first: "the ambassador to Ruritania, Jan Novak, ...".)
    while (j < Math.min(limit, head.tokenEnd + 8) && view.word(j) !== ',' && view.pos(j) !== 'VERB' && view.pos(j) !== 'AUX') j++;
    return [(appositionPerson(view, j, limit) ?? head).entity];
  }
  return [];
}

/**
 * The person in apposition after a subject phrase, between the comma at `comma` and a closing comma before `limit`
 * ("the head of the church, Metropolitan Ivan Petrenko, ..."): titles may stand before the name; else null.
 */
function appositionPerson(view: DocView, comma: number, limit: number): Mention | null {
  if (view.word(comma) !== ',') return null;
  for (let k = comma + 1; k < Math.min(limit, comma + 5); k++) {
    const m = view.mention(k);
    if (m) return m.type === 'Person' && m.kind !== 'pronoun' && view.word(m.tokenEnd) === ',' ? m : null;
    if (view.pos(k) !== 'PROPN' && view.pos(k) !== 'NOUN') return null;
  }
  return null;
}

/**
 * "called the night \"a deliberate hunt for civilians\"", "described the three nights as \"deliberate terror\"": a
 * time noun (class temporalExpression) heading the object of the verb that characterises at i stands for the attack
 * of that time (determiners, numbers and adjectives may stand before it). Its index, or -1. A judgement must still
 * follow ("described the night as long and loud" judges nothing).
 */
function timeObject(view: DocView, sentence: Sentence, i: number): number {
  let k = i + 1;
  // (A quotation may open the object: 'deplored "another night in which ..."'.)
  if (view.word(k) === '"') k++;
  while (k < sentence.tokenEnd && k < i + 5 && !view.mention(k) && (view.pos(k) === 'DET' || view.pos(k) === 'NUM' || view.pos(k) === 'ADJ')) k++;
  return !view.mention(k) && view.pos(k) === 'NOUN' && view.lex.timeAdverbs.has(view.word(k)) ? k : -1;
}

/**
 * The party whose act was condemned: a state or person in the object phrase before the attack word
 * ("the Russian attack", "Putin's war"); the attackers of places after it ("attacks on ... Ukraine and Russia");
 * null = the attacker of the attack referred to; undefined = no attack referred to.
 */
function condemnedObject(view: DocView, sentence: Sentence, from: number, evaluative: boolean, until: number = sentence.tokenEnd): (string | null)[] | undefined {
  const explicit: string[] = [];
  const attacked: string[] = [];
  let attack = false;
  let any = false;
  let prepSeen = false;
  // "condemned the strike as ...": past "as" after the act, the verb's characterisation of it has begun.
  let characterised = false;
  // "called the night ...", "deplored another night of ...": the time noun heading the object of the verb that
  // characterises or condemns (at from - 1).
  const time = timeObject(view, sentence, from - 1);
  // A passive's subject phrase ends at its verb: the "by" agent after it is who condemns, not whose act it was.
  for (let k = from; k < Math.min(until, from + 16); k++) {
    const w = view.word(k);
    // "the attack on Z"; "this terror against Z" (against names the victim of whatever act it follows).
    if ((attack && (w === 'on' || w === 'in' || w === 'at')) || w === 'against') prepSeen = true;
    if (w === ';' || w === '.' || (w.length > 1 && /^[^.]+\.$/.test(w)) || w === 'saying' || w === 'calling' || (w === 'and' && view.pos(k + 1) === 'VERB')) break;
    // "condemned X, and the delegate of Y described ...": ", and" opening a clause of its own ends the object.
    if (w === 'and' && view.word(k - 1) === ',' && clauseAfter(view, sentence, k + 1)) break;
    if (view.reportAt(k) > 0 && view.pos(k) === 'VERB' && k > from + 1) break;
    if (w === 'as' && attack && !evaluative) characterised = true;
    // (So does a condemnation verb's "as" phrase: "condemned the strikes on X as Russian terror against Y" names the
    // doer among the judgement's modifiers, and a state after it is the victim, not an attacked place of the act.)
    if (view.at(view.lex.evaluativeTerms, k) > 0 && (evaluative || characterised) && attack) {
      // "called the strike on X another Russian war crime": a state among the judgement's own modifiers is its doer;
      // "another act of terror by Russia": so is a state in the "by" agent right after it.
      const doer = judgementDoer(view, k, from) ?? judgementAgent(view, k + view.at(view.lex.evaluativeTerms, k));
      if (doer !== null) explicit.push(doer);
      break;
    }
    // 'called the strike on X "...': a quotation opens the judgement, so the act's place phrase has ended.
    if (evaluative && attack && w === '"') prepSeen = false;
    any = true;
    if (view.lex.attackNoun.has(w) || w === 'war' || w === 'it' || w === 'them' || k === time || useOf(view, k) || judgedAct(view, k)) attack = true;
    // "the deliberate targeting of power plants", "the shelling of Kharkiv": an attack verb's gerund used as a noun.
    if (w.endsWith('ing') && view.word(k + 1) === 'of' && view.attackAt(k) > 0) attack = true;
    // "the destruction of X", "the damage to the historic centre": the harm done names the act.
    if (view.lex.damageClass.has(w) && (view.word(k + 1) === 'of' || view.word(k + 1) === 'to') && view.pos(k) === 'NOUN') attack = true;
    // "condemned what she called another night of terror": a moral judgement in the object names the act.
    if (!evaluative && view.at(view.lex.evaluativeTerms, k) > 0) attack = true;
    // "denounced what she called a campaign to ...": the object is the act as the judge characterises it, so a state
    // in it ("the south of Ukraine") is where the act fell, not its doer (unless a "by" agent names one).
    if (k === from && w === 'what' && (view.flag(k + 2, EVALUATIVE_CALL) || view.flag(k + 3, EVALUATIVE_CALL))) attack = true;
    // "condemns this deliberate terror", "these crimes": a demonstrative object points back to the act reported.
    if (k === from && (w === 'this' || w === 'these') && view.pos(k) === 'DET' && judgedHead(view, k + 1, sentence.tokenEnd)) attack = true;
    const m = view.mention(k);
    if (m) {
      if (m.type === 'Country' && !view.isOrigin(m)) {
        // "the attack on civilians by Russia": the "by" agent of the act is its doer, whatever the victim.
        if (attack && view.word(m.tokenStart - 1) === 'by') explicit.push(view.sideOf(m.entity));
        else if (prepSeen) attacked.push(view.sideOf(m.entity));
        // ("condemned Russia's attempt to annex regions of Ukraine": once a doer is named, a state inside a
        // prepositional phrase of the object is where the act fell, not a second doer.)
        else if (!attack && !(explicit.length > 0 && afterPreposition(view, m))) explicit.push(view.sideOf(m.entity));
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

/**
 * Does a clause with its own subject open at k: a noun phrase (determiners, adjectives, nouns, names, "of" and
 * possessives, at most eight words) and then a finite verb ("the representative of Y described ...", "Y's minister
 * called ...")? A participle or infinitive is no finite verb.
 */
function clauseAfter(view: DocView, sentence: Sentence, k: number): boolean {
  let nouns = 0;
  for (let j = k; j < Math.min(sentence.tokenEnd, k + 9); j++) {
    const m = view.mention(j);
    if (m) {
      nouns++;
      j = m.tokenEnd - 1;
      continue;
    }
    const pos = view.pos(j);
    const w = view.word(j);
    if (pos === 'VERB') return nouns > 0 && !w.endsWith('ing') && view.word(j - 1) !== 'to';
    if (pos === 'NOUN' || pos === 'PROPN') nouns++;
    else if (!(pos === 'DET' || pos === 'ADJ' || w === 'of' || w === "'s")) return false;
  }
  return false;
}

/**
 * The side named by a demonym or state among the modifiers right before the judgement word at k ("another Russian
 * war crime", "a Russian act of terror"), back to a determiner or quotation mark; else null.
 */
function judgementDoer(view: DocView, k: number, from: number): string | null {
  for (let j = k - 1; j > from; j--) {
    const m = view.mention(j);
    if (m) {
      if (m.type !== 'Country') return null;
      return view.sideOf(m.entity);
    }
    if (view.pos(j) !== 'ADJ' && view.pos(j) !== 'ADV') return null;
  }
  return null;
}

/**
 * The side named by the "by" agent right after a judgement ending before token k ("an act of terror by Russia"): a
 * state, by its side; else null. A participle between ("a crime witnessed by Poland") names no doer.
 */
function judgementAgent(view: DocView, k: number): string | null {
  const b = k;
  if (view.word(b) !== 'by') return null;
  const m = view.mention(view.word(b + 1) === 'the' ? b + 2 : b + 1);
  return m && m.type === 'Country' && !view.isOrigin(m) ? view.sideOf(m.entity) : null;
}

/**
 * "the killing of the pensioner", "a campaign against heat", "the pattern": a noun that names a judged act or a course
 * of acts outside the attack nouns (class judgedActNoun), as a noun.
 */
function judgedAct(view: DocView, k: number): boolean {
  return view.pos(k) === 'NOUN' && view.lex.judgedActNoun.has(view.word(k));
}

/** Does the phrase from k (modifiers, then its head noun) name a moral judgement ("deliberate terror", "crimes")? */
function judgedHead(view: DocView, k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 4); j++) {
    if (view.at(view.lex.evaluativeTerms, j) > 0) return true;
    if (view.pos(j) !== 'ADJ' && view.pos(j) !== 'ADV') return false;
  }
  return false;
}

/** The condemned rule as a pipeline step. */
export const condemnedStep = defineStep('16-condemned', (context: ExtractContext) => ruleCondemned(viewOf(context), context.syntax, governmentAsState(viewOf(context), (candidate) => context.candidates.push(candidate)), context.candidates));
