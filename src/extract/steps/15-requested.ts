/**
 * Step 15: requested. "X asked/urged/called for/pressed (Y) for W", "X's request for W", and stated needs of a side
 * that depends on deliveries ("Ukraine needs more air defence," the minister said).
 */
import type { Mention, Sentence } from '../layers.ts';
import { isCapitalised } from '../mentions.ts';
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { afterPreposition, agentLeft, byAgent, chunkActor, descriptionFallback, documentBody, endsWithColon, isPassive, itemNumber, mentionAfterReport, nounPassiveAgent, reporterOfCoordinated, scanRight, syntaxSubject, weIssuer } from '../relations/frames.ts';
import { governmentAsState, type Emit, type RelationCandidate } from '../relations/candidates.ts';
import type { SyntaxLayer } from '../syntax/index.ts';
import { ATTACK_NOUN, IMPERATIVE_ASK, INSERTED_ADVERB, NEED_VERB, POLARITY, RATING_COPULA, REMAIN_VERB, WEAPON, type DocView, type WeaponRef } from '../relations/view.ts';

/**
 * "Ukraine needs more air defence," the minister said: a stated need for more weapons is a request by the
 * speaker (a person or organisation), else by the side that needs them. Negated, modal and conditional needs
 * ("does not need", "would need", "if ... needs") are not requests.
 */
function needMore(view: DocView, emit: Emit, sentence: Sentence, syntax: SyntaxLayer | null): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!view.flag(i, NEED_VERB) || (view.pos(i) !== 'VERB' && view.pos(i) !== 'AUX' && view.pos(i) !== 'NOUN')) continue;
    let k = i + 1;
    // (A quotation mark may open a partial quote inside the object: 'needed "three or four more" Patriot launchers'.)
    while (k < sentence.tokenEnd && ((view.pos(k) === 'ADV' && !lex.needQuantifiers.has(view.word(k))) || view.word(k) === '"')) k++;
    // "needs at least seven more Patriots": a (qualified) number before the quantifier is the count asked for.
    const counted = countBeforeQuantifier(view, k);
    let count = counted?.value ?? null;
    if (counted) k = counted.quantifier;
    // "three or four more": numbers given as alternatives name no count.
    else if (view.pos(k) === 'NUM' && view.word(k + 1) === 'or' && view.pos(k + 2) === 'NUM' && lex.needQuantifiers.has(view.word(k + 3))) {
      k += 3;
      count = null;
    }
    // "Patriot, NASAMS, IRIS-T - we need them now": a pronoun takes the air-defence systems listed before it.
    if (!lex.needQuantifiers.has(view.word(k)) && lex.needPronouns.has(view.word(k)) && (view.mention(k)?.kind ?? 'pronoun') === 'pronoun') {
      needListed(view, emit, sentence, i, syntax);
      continue;
    }
    // 'needed "Patriot, IRIS-T, ..."', "needs NASAMS and IRIS-T": named systems as the direct object of the need.
    if (!lex.needQuantifiers.has(view.word(k))) {
      needNamed(view, emit, sentence, i, k, syntax);
      continue;
    }
    // The weapons right after the quantifier ("more air defence systems and Patriot batteries").
    const refs: WeaponRef[] = [];
    // A coordination goes on over items that are no weapons ("more mobile fire groups and more Gepard guns").
    for (let j = k + 1; j < Math.min(sentence.tokenEnd, k + 14); j++) {
      const m = view.mention(j);
      if (view.isWeapon(m)) {
        if (!view.isClassNounOfNamed(m)) refs.push(view.weaponRef(m));
        j = m.tokenEnd - 1;
        continue;
      }
      const w = view.word(j);
      // "more mobile fire groups and, above all, more Gepard systems": an aside of a few words set off by commas
      // after "and".
      if (w === ',' && view.word(j - 1) === 'and') {
        let close = j + 1;
        while (close < Math.min(sentence.tokenEnd, j + 5) && view.word(close) !== ',' && !view.mention(close) && view.pos(close) !== 'VERB') close++;
        if (view.word(close) === ',' && close > j + 1) {
          j = close;
          continue;
        }
      }
      // "more launchers for NASAMS and IRIS-T", "more missiles for Patriot": the parts of a system, then the system.
      if (w === 'for' && lex.componentNouns.has(view.word(j - 1)) && view.isWeapon(view.mention(j + 1))) {
        // (A generic class just before "for" is the part: "more missiles for Gepard" asks for Gepard.)
        const part = view.mention(j - 1);
        if (part?.generic && refs.at(-1)?.mention === part) refs.pop();
        continue;
      }
      // (A hyphen inside a word, "short-range", goes on with the phrase.)
      if (w === 'and' || w === ',' || w === 'or' || w === '"' || (w === '-' && !view.spacedDash(j)) || view.pos(j) === 'ADJ' || view.pos(j) === 'NUM' || lex.needQuantifiers.has(w)) continue;
      // "more fire groups with anti-aircraft guns", "more systems of the Gepard kind": a unit equipped with a weapon,
      // or a kind of it (lexicon kindNouns), asks for the weapon.
      if (view.pos(j - 1) === 'NOUN' && !view.mention(j - 1) && equippedWith(view, j) > 0) {
        j = equippedWith(view, j) - 1;
        continue;
      }
      if (view.pos(j) === 'NOUN' && !m && (refs.length > 0 || lex.needQuantifiers.has(view.word(j - 1)) || view.pos(j - 1) === 'ADJ' || view.pos(j - 1) === 'NOUN' || view.word(j - 1) === '-')) continue;
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
    const asker = needAsker(view, sentence, i, syntax);
    if (asker === null) continue;
    for (const ref of withoutAmmunition(view, refs)) {
      emit({ sentence: sentence.index, rule: 'requested:need-more', addressee: null, predicate: 'requested', subject: asker.subject, subjectRole: null, object: ref.entity, weapon: count === null ? ref : { ...ref, count }, count, overSide: null, trigger: i, cues, source: asker.source });
    }
    i = k;
  }
}

/**
 * The token of the air-defence weapon (lexicon defenceClasses) after "with" or "of (the)" at j, when the phrase names
 * equipment or a kind ("with anti-aircraft guns", "of the Gepard kind", "of the IRIS-T type"); -1 otherwise. "Of" needs a kind noun after the
 * weapon (lexicon kindNouns): "more protection of Shahed targets" names no weapon asked for.
 */
function equippedWith(view: DocView, j: number): number {
  const w = view.word(j);
  if (w !== 'with' && w !== 'of') return -1;
  let k = j + 1;
  while (k < j + 4 && !view.mention(k) && view.isPremodifier(k)) k++;
  const m = view.mention(k);
  // (Only air defence is equipment asked for this way: "groups with Shahed drones" is no request.)
  if (!view.isWeapon(m) || view.isPlatform(m) || !view.lex.defenceClasses.has(view.classSlug(m.entity))) return -1;
  if (w === 'of' && !view.lex.kindNouns.has(view.word(m.tokenEnd))) return -1;
  return k;
}

/**
 * "Ukraine was still waiting for the Patriot systems Germany had promised", "the region had been waiting since the
 * winter for the two Skynex guns", "Kharkiv awaits the IRIS-T launchers": weapons a side waits for (lexicon awaitVerbs,
 * "for" after "wait" over a time phrase) are asked for, by the speaker or the side that waits, as a stated need is.
 */
function awaited(view: DocView, emit: Emit, sentence: Sentence, syntax: SyntaxLayer | null): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const w = view.word(i);
    if (!lex.awaitVerbs.has(w) || view.pos(i) === 'NOUN') continue;
    let j = i + 1;
    if (w.startsWith('wait')) {
      while (j < Math.min(sentence.tokenEnd, i + 6) && view.word(j) !== 'for' && view.word(j) !== ',' && view.pos(j) !== 'VERB' && !view.mention(j)) j++;
      if (view.word(j) !== 'for') continue;
      j++;
    }
    while (j < sentence.tokenEnd && !view.mention(j) && (view.pos(j) === 'DET' || view.pos(j) === 'NUM' || view.pos(j) === 'ADJ' || lex.needQuantifiers.has(view.word(j)))) j++;
    const first = view.mention(j);
    if (!view.isWeapon(first) || view.isPlatform(first) || (first.generic && !lex.defenceClasses.has(view.classSlug(first.entity)))) continue;
    // The first weapon, and those coordinated right after it ("the Patriot and IRIS-T systems").
    // ("for the two Skynex guns": the number before the first is the count asked for.)
    const count = view.numberEndingAt(first.tokenStart - 1)?.value ?? null;
    const refs = [{ ...view.weaponRef(first), count }, ...requestedWeapons(view, first.tokenEnd, Math.min(sentence.tokenEnd, first.tokenEnd + 4)).filter((ref) => view.word((ref.mention?.tokenStart ?? 0) - 1) === 'and')];
    // "waiting for the drones to pass": waiting for an act of the weapons, not for their arrival (lexicon arrivalVerbs).
    let after = (refs[refs.length - 1]?.mention ?? first).tokenEnd;
    while (after < sentence.tokenEnd && after < first.tokenEnd + 6 && view.pos(after) === 'NOUN') after++;
    if (view.word(after) === 'to' && !lex.arrivalVerbs.has(view.word(after + 1))) continue;
    const asker = needAsker(view, sentence, i, syntax);
    if (asker === null) continue;
    // (The enemy of the side that waits: "the city was waiting for the Shahed drones to pass" asks for none.)
    const enemy = lex.opponents.get(asker.side) ?? null;
    const cues = view.polarity(sentence, i);
    for (const ref of refs) {
      if (ref.mention && ((enemy !== null && view.weaponOwner(ref.mention) === enemy) || view.isClassNounOfNamed(ref.mention))) continue;
      emit({ sentence: sentence.index, rule: 'requested:need-more', addressee: null, predicate: 'requested', subject: asker.subject, subjectRole: null, object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: i, cues, source: asker.source });
    }
  }
}

/**
 * "the interceptor drones the city requested in May have still not arrived", "the IRIS-T systems Berlin had promised
 * the region had not yet come": weapons whose relative clause says they were asked for (class requestVerb) or promised
 * (lexicon promiseVerbs), and which a negated verb of arriving (lexicon arrivalVerbs: "not", "never", "yet to") says
 * were not delivered, are asked for: by whoever complains of it (as a stated need, `needAsker`), else by the side
 * that asked in the relative clause. The promiser is no asker; weapons of the asker's enemy are not asked for.
 */
function undelivered(view: DocView, emit: Emit, sentence: Sentence, syntax: SyntaxLayer | null): void {
  const { lex } = view;
  for (let i = sentence.tokenStart + 2; i < sentence.tokenEnd; i++) {
    if (!lex.arrivalVerbs.has(view.word(i)) || view.pos(i) === 'NOUN') continue;
    // The negation right before the verb of arriving, over auxiliaries and adverbs ("have still not", "had never").
    let n = i - 1;
    let negated = view.word(n) === 'to' && view.word(n - 1) === 'yet';
    while (!negated && n > i - 5 && n > sentence.tokenStart && !view.mention(n) && (view.pos(n) === 'AUX' || view.pos(n) === 'ADV' || view.pos(n) === 'PART')) {
      if (lex.negation.has(view.word(n))) negated = true;
      n--;
    }
    if (!negated) continue;
    // The relative clause before it: its verb of asking or promising, and the weapons it follows (at most a subject
    // and auxiliaries between: "the guns (that) the city had requested").
    let verb = -1;
    let asking = false;
    for (let r = n; r > sentence.tokenStart && r >= n - 10; r--) {
      const w = view.word(r);
      if (w === ',' || w === ';' || w === '"' || view.isWeapon(view.mention(r))) break;
      if (view.at(lex.request, r) > 0 && view.pos(r) === 'VERB') {
        verb = r;
        asking = true;
        break;
      }
      if (lex.promiseVerbs.has(w)) {
        verb = r;
        break;
      }
    }
    if (verb < 0) continue;
    let w0 = verb - 1;
    while (w0 > sentence.tokenStart && w0 > verb - 6 && !view.isWeapon(view.mention(w0)) && view.word(w0) !== ',' && !(view.pos(w0) === 'VERB' && !view.lex.beForms.has(view.word(w0)))) w0--;
    const last = view.mention(w0);
    if (!view.isWeapon(last) || view.isPlatform(last) || (last.generic && !lex.defenceClasses.has(view.classSlug(last.entity)))) continue;
    const refs = weaponsEndingAt(view, sentence, last, (m): m is Mention => view.isWeapon(m) && !view.isPlatform(m));
    // Who asked: the speaker of the complaint, else the side that asked in the relative clause. The side the weapons
    // were for (the speaker's state, the asking side, or the one promised them: "promised the region") must depend on
    // deliveries; a promiser of that side is no giver ("the guns the army promised the city" is no delivery asked for).
    const speaker = speakerOf(view, sentence, i, syntax);
    const relativeSubject = agentLeft(view, sentence, verb).key ?? placeSubjectBefore(view, sentence, verb)?.entity ?? null;
    let p = verb + 1;
    while (p < verb + 3 && !view.mention(p) && (view.word(p) === 'to' || view.pos(p) === 'DET')) p++;
    const promisee = asking ? undefined : view.mention(p);
    const sides = [speaker ? view.countryOf(speaker) : null, asking ? relativeSubject && view.sideOf(relativeSubject) : null, view.isActor(promisee) || view.isPlace(promisee) ? view.sideOf(promisee.entity) : null];
    const side = sides.find((s) => s !== null && lex.recipients.has(s));
    if (side === undefined || (!asking && relativeSubject !== null && lex.recipients.has(view.sideOf(relativeSubject)))) continue;
    // (A speaker of another state speaks for no one here: "Germany's minister said the guns Kyiv asked for have not come".)
    const subject = speaker && (view.countryOf(speaker) === null || view.countryOf(speaker) === side) ? speaker : asking ? relativeSubject : null;
    if (!subject) continue;
    const enemy = side === null ? null : (lex.opponents.get(side) ?? null);
    const cues = view.polarity(sentence, verb);
    for (const ref of refs) {
      if (ref.mention && ((enemy !== null && view.weaponOwner(ref.mention) === enemy) || view.isClassNounOfNamed(ref.mention))) continue;
      emit({ sentence: sentence.index, rule: 'requested:undelivered', addressee: null, predicate: 'requested', subject, subjectRole: null, object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: verb, cues, source: subject === speaker ? 'speaker' : 'window' });
    }
  }
}

/**
 * Pseudo-clefts of need or request: "what we need most is air defence", "what Ukraine asks of its partners is
 * Patriot", and the reverse "Patriot missiles, and more launchers. That is what we are asking our partners for."
 * The weapons on the other side of the copula are asked for, by whoever states the need (as in `needAsker`).
 */
function cleftNeed(view: DocView, emit: Emit, sentence: Sentence, syntax: SyntaxLayer | null): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (view.word(i) !== 'what') continue;
    // 1. The verb of need or request within a few words ("what we really need", "what the city is asking for").
    let verb = -1;
    for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 6); k++) {
      if ((view.flag(k, NEED_VERB) || view.at(lex.request, k) > 0) && view.pos(k) !== 'NOUN') {
        verb = k;
        break;
      }
      if (view.word(k) === ',' || view.flag(k, RATING_COPULA) && k > i + 1 && view.pos(k - 1) !== 'PRON') break;
    }
    if (verb < 0) continue;
    let refs: WeaponRef[] = [];
    if (view.flag(i - 1, RATING_COPULA)) {
      // 2a. Reverse: "X is what we need", "That is what we are asking for": the weapons before the copula, or
      //     those of the sentence before a demonstrative subject.
      const demonstrative = i - 2 === view.firstIndex(sentence) && (view.word(i - 2) === 'that' || view.word(i - 2) === 'this');
      const previous = view.ctx.sentences[sentence.index - 1];
      refs = demonstrative ? (previous ? requestedWeapons(view, previous.tokenStart, previous.tokenEnd) : []) : requestedWeapons(view, sentence.tokenStart, i - 1);
    } else {
      // 2b. Forward: the copula after the verb's clause, then the weapons to the end of the clause.
      let copula = -1;
      for (let k = verb + 1, limit = verb + 8; k < Math.min(sentence.tokenEnd, limit); k++) {
        if (view.flag(k, RATING_COPULA) && view.pos(k) !== 'NOUN') {
          copula = k;
          break;
        }
        // "What Odesa needs, he argued, is ...": a speaker's aside between the clause and its copula.
        const aside = view.word(k) === ',' ? asideEnd(view, sentence, k) : -1;
        if (aside > 0) {
          k = aside;
          limit = aside + 2;
          continue;
        }
        if (view.word(k) === ',' || view.word(k) === ';' || view.isWeapon(view.mention(k))) break;
      }
      if (copula < 0) continue;
      let start = copula + 1;
      if (view.word(start) === '"') start++;
      // "is not sympathy but a second NASAMS battery": what is needed follows "but"; "is not X" alone asks for nothing.
      if (view.word(start) === 'not') {
        let but = start + 1;
        while (but < Math.min(sentence.tokenEnd, start + 10) && view.word(but) !== 'but' && view.word(but) !== ';') but++;
        if (view.word(but) !== 'but') continue;
        start = but + 1;
      }
      let end = start;
      // (To the end of the clause: "what we need is time, and what worries us is X" names no X asked for; "is time,
      // not X" rules X out.)
      while (end < sentence.tokenEnd && view.word(end) !== ';' && view.word(end) !== 'what' && !lex.requestStop.has(view.word(end)) && !(view.word(end) === ',' && (view.word(end + 1) === 'and' || view.word(end + 1) === 'but' || view.word(end + 1) === 'not'))) end++;
      // (What the wanted system is to stop is not asked for: "a system that can stop a ballistic missile".)
      refs = requestedWeapons(view, start, end).filter((ref) => !(ref.mention && stoppedBy(view, ref.mention.tokenStart)));
    }
    if (refs.length === 0) continue;
    const asker = needAsker(view, sentence, verb, syntax);
    if (asker === null) continue;
    const enemy = lex.opponents.get(view.sideOf(asker.subject)) ?? null;
    const cues = view.polarity(sentence, verb);
    for (const ref of withoutAmmunition(view, refs)) {
      if (ref.mention && enemy !== null && view.weaponOwner(ref.mention) === enemy) continue;
      emit({ sentence: sentence.index, rule: 'requested:need-more', addressee: null, predicate: 'requested', subject: asker.subject, subjectRole: null, object: ref.entity, weapon: { ...ref, count: null }, count: null, overSide: null, trigger: verb, cues, source: asker.source });
    }
  }
}

/**
 * The closing comma of a speaker's aside opened by the comma at `comma` (", he argued,", ", Vilkul complained,", ", in
 * the words of its mayor, X,"): a stretch with no weapon that holds a reporting verb or a viewpoint noun and ends with a
 * comma right before a copula; else -1.
 */
function asideEnd(view: DocView, sentence: Sentence, comma: number): number {
  let framed = false;
  for (let k = comma + 1; k < Math.min(sentence.tokenEnd, comma + 14); k++) {
    const w = view.word(k);
    if (w === ';' || w === '"' || view.isWeapon(view.mention(k))) return -1;
    if ((view.reportAt(k) > 0 && view.pos(k) === 'VERB') || view.lex.viewpointNouns.has(w)) framed = true;
    if (w === ',' && framed && view.flag(k + 1, RATING_COPULA)) return k;
  }
  return -1;
}

/**
 * The air defence a request's anaphor ("send them", "the deliveries") stands for: the air-defence systems and classes
 * (lexicon defenceClasses) named before token j in its sentence, else in the two sentences before; the threats named
 * with them ("every ballistic missile ... one more Patriot battery") and the enemy's weapons are not asked for.
 */
function askedBefore(view: DocView, sentence: Sentence, j: number, enemy: string | null): WeaponRef[] {
  // (The number told with the antecedent is not the number asked for.)
  const defence = (refs: WeaponRef[]): WeaponRef[] => refs.filter((ref) => (view.classHead(ref.entity) === 'system' || view.lex.defenceClasses.has(view.classSlug(ref.entity))) && !(ref.mention && enemy !== null && view.weaponOwner(ref.mention) === enemy)).map((ref) => ({ ...ref, count: null }));
  const same = defence(requestedWeapons(view, sentence.tokenStart, j));
  if (same.length > 0) return same;
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - 2); s--) {
    const previous = view.ctx.sentences[s];
    const refs = previous ? defence(requestedWeapons(view, previous.tokenStart, previous.tokenEnd)) : [];
    if (refs.length > 0) return refs;
  }
  return [];
}

/** The weapons that can be asked for in tokens [from, to): named systems and classes, not platforms or a class noun of a named one. */
function requestedWeapons(view: DocView, from: number, to: number): WeaponRef[] {
  const out: WeaponRef[] = [];
  for (let j = from; j < to; j++) {
    const m = view.mention(j);
    if (!m || m.tokenStart !== j || !view.isWeapon(m)) continue;
    if (!view.isClassNounOfNamed(m) && !view.isPlatform(m) && !out.some((ref) => ref.entity === m.entity)) out.push(view.weaponRef(m));
    j = m.tokenEnd - 1;
  }
  return out;
}

/**
 * '"Give us Patriots," Zelensky told the summit', '"Send us more air defence now."': an imperative of giving that opens
 * a quotation or a sentence, with the speaker as its receiver, asks the speaker's weapons of whoever is addressed.
 */
function imperativeAsk(view: DocView, emit: Emit, sentence: Sentence, syntax: SyntaxLayer | null): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!view.flag(i, IMPERATIVE_ASK) || !lex.recipientPronouns.has(view.word(i + 1))) continue;
    // (Token normals write curly quotation marks as '"'.) "So I say again to our partners: give us ...": a colon
    // after a clause in the speaker's own voice opens the imperative too ("their generals have one order:" does not).
    if (!(i === view.firstIndex(sentence) || view.word(i - 1) === '"' || (view.word(i - 1) === ':' && ownVoiceBefore(view, sentence, i - 1)))) continue;
    const refs = scanRight(view, sentence, i + 2).weapons.filter((ref) => ref.mention !== null && !view.isPlatform(ref.mention));
    if (refs.length === 0) continue;
    const speaker = speakerOf(view, sentence, i, syntax) ?? colonSpeaker(view, sentence, i);
    if (!speaker) continue;
    const enemy = lex.opponents.get(view.sideOf(speaker)) ?? null;
    const cues = view.polarity(sentence, i);
    for (const ref of refs) {
      if (ref.mention && enemy !== null && view.weaponOwner(ref.mention) === enemy) continue;
      emit({ sentence: sentence.index, rule: 'requested:verb', addressee: null, predicate: 'requested', subject: speaker, subjectRole: null, object: ref.entity, weapon: { ...ref, count: null }, count: null, overSide: null, trigger: i, cues });
    }
  }
}

/**
 * 'X recorded a video addressed to Berlin: "Send us ..."': the person or organisation subject of the clause before the
 * colon that opens the quotation at i (no verb of saying needed), else null.
 */
function colonSpeaker(view: DocView, sentence: Sentence, i: number): string | null {
  const colon = view.word(i - 1) === '"' ? i - 2 : i - 1;
  if (view.word(colon) !== ':' || colon <= sentence.tokenStart) return null;
  const agent = agentLeft(view, sentence, colon, { stopAtReport: false }).actor;
  return agent && (agent.type === 'Person' || agent.type === 'Organisation') && !agent.generic ? agent.entity : null;
}

/** Does the clause before the colon at `colon` (from the sentence start or an opening quotation mark) hold a word of the speaker's own voice? */
function ownVoiceBefore(view: DocView, sentence: Sentence, colon: number): boolean {
  for (let k = colon - 1; k >= sentence.tokenStart && view.word(k) !== '"' && view.word(k) !== ':'; k--) {
    if (view.lex.firstPersonWords.has(view.word(k)) && !view.mention(k)) return true;
  }
  return false;
}

/**
 * 'Ukraine needed "Patriot, IRIS-T, anything that flies"', "we need NASAMS and IRIS-T now": a need whose direct
 * object (after an opening quotation mark or colon) is a list of named systems, not the enemy's, asks for each.
 */
function needNamed(view: DocView, emit: Emit, sentence: Sentence, i: number, k: number, syntax: SyntaxLayer | null): void {
  if (view.word(i - 1) === 'to' || view.word(i - 1) === "'s" || view.pos(i) === 'NOUN') return;
  let j = k;
  if (view.word(j) === '"' || view.word(j) === ':') j++;
  // "wants Germany to deliver Taurus missiles": the addressee and the verb of delivery stand before the object.
  const addressee = view.mention(view.word(j) === 'the' ? j + 1 : j);
  if (view.isActor(addressee) && view.word(addressee.tokenEnd) === 'to' && view.at(view.lex.delivery, addressee.tokenEnd + 1) > 0) {
    j = addressee.tokenEnd + 1 + view.at(view.lex.delivery, addressee.tokenEnd + 1);
    while (j < sentence.tokenEnd && !view.mention(j) && (view.pos(j) === 'DET' || view.pos(j) === 'NUM' || view.pos(j) === 'ADJ' || view.lex.needQuantifiers.has(view.word(j)))) j++;
  }
  // "needs an IRIS-T of its own", "needs another NASAMS battery", "needs two Gepards": a determiner or number first.
  while (j < sentence.tokenEnd && !view.mention(j) && (view.pos(j) === 'DET' || view.pos(j) === 'NUM' || view.word(j) === 'another') && j < k + 3) j++;
  // "wants mobile fire groups with anti-aircraft guns": a unit equipped with air defence asks for the equipment.
  let head = j;
  while (head < Math.min(sentence.tokenEnd, j + 4) && !view.mention(head) && (view.pos(head) === 'ADJ' || view.pos(head) === 'NOUN')) head++;
  if (head > j && view.pos(head - 1) === 'NOUN' && equippedWith(view, head) > 0) j = equippedWith(view, head);
  const refs: WeaponRef[] = [];
  for (; j < sentence.tokenEnd; j++) {
    const m = view.mention(j);
    // A named system, or a class of air defence ("needs anti-aircraft guns and interceptor drones").
    if (view.isWeapon(m) && (!m.generic || view.lex.defenceClasses.has(view.classSlug(m.entity))) && !view.isPlatform(m)) {
      refs.push(view.weaponRef(m));
      j = m.tokenEnd - 1;
      continue;
    }
    if ((view.word(j) === ',' || view.word(j) === 'and') && refs.length > 0) continue;
    break;
  }
  if (refs.length === 0) return;
  const asker = needAsker(view, sentence, i, syntax);
  if (asker === null) return;
  const enemy = view.lex.opponents.get(view.sideOf(asker.subject)) ?? null;
  const cues = view.polarity(sentence, i);
  for (const ref of refs) {
    if (ref.mention && enemy !== null && view.weaponOwner(ref.mention) === enemy) continue;
    emit({ sentence: sentence.index, rule: 'requested:need-more', addressee: null, predicate: 'requested', subject: asker.subject, subjectRole: null, object: ref.entity, weapon: ref, count: null, overSide: null, trigger: i, cues, source: asker.source });
  }
}

/**
 * "Kherson needs more guns, though he did not say whether he had asked for them", "the region needed mobile air
 * defence, but he stopped short of a new request": a later clause of the sentence (after a major boundary: ", but",
 * ", though", ...) that says the speaker did not ask (a negation cue within five words before a verb or noun of
 * asking, lexicon negation and requestVerb) or held back from asking (lexicon askWithholders: "stopped short of"). The
 * need is then told as no request (GUIDELINES: negations are no relations).
 */
function askWithheld(view: DocView, sentence: Sentence, i: number): boolean {
  const { lex } = view;
  let opened = false;
  let negated = -1;
  for (let k = i + 1; k < sentence.tokenEnd; k++) {
    if (!opened) {
      opened = view.at(lex.majorBoundary, k) > 0;
      continue;
    }
    if (view.at(lex.askWithholders, k) > 0) return true;
    if (lex.negation.has(view.word(k))) negated = k;
    else if (negated >= 0 && k - negated <= 5 && view.at(lex.request, k) > 0) return true;
    // "did not say whether he had asked": a verb of saying may stand between; another verb ends the negation's reach
    // ("have not answered its requests").
    else if (view.pos(k) === 'VERB' && view.reportAt(k) === 0 && !lex.beForms.has(view.word(k)) && !lex.haveForms.has(view.word(k))) negated = -1;
  }
  return false;
}

/**
 * Who asks by stating the need at i: the speaker (a person or organisation), else the side that needs. Null when
 * the speaker is no actor ("analysts say Ukraine needs more ...": an assessment) or when neither depends on
 * deliveries ("Russia needs more drones" is no request).
 */
function needAsker(view: DocView, sentence: Sentence, i: number, syntax: SyntaxLayer | null): { subject: string; source: 'window' | 'speaker'; side: string } | null {
  const { lex } = view;
  if (askWithheld(view, sentence, i)) return null;
  // Who needs them: the actor left of the verb, else a place that is its subject ("the city needed more ...", "the
  // city has long been waiting for ...", "the city, he said, has been waiting for ...").
  const before = placeSubjectBefore(view, sentence, i);
  let needer = agentLeft(view, sentence, i).key ?? before?.entity ?? null;
  // A place of no known state (a district the names step found, which "the region" may be resolved to) tells no side:
  // the speaker's need stands.
  if (needer !== null && view.countryOf(needer) === null && view.ctx.gazetteer.get(needer) === undefined && before !== undefined) needer = null;
  const speaker = speakerOf(view, sentence, i, syntax);
  if (speaker === null) return null;
  const subject = speaker ?? needer;
  // "X said the ports needed more ...": a need of a common-noun subject is the speaker's request.
  if (subject === null || (needer === null && speaker === undefined)) return null;
  // "Zelensky said Russia wants Iran to supply more drones": a side that needs and receives no deliveries asks for none.
  if (needer !== null && !lex.recipients.has(view.sideOf(needer))) return null;
  const side = [view.sideOf(needer ?? subject), view.sideOf(subject)].find((s) => lex.recipients.has(s));
  if (side === undefined) return null;
  return { subject, source: speaker === undefined ? 'window' : 'speaker', side };
}

/**
 * The place that is the subject of the verb at i, over its auxiliary chain ("the city has still not been sent ...",
 * "the region had long been waiting") and a reporting aside between them ("the city, he said, has been waiting"): the
 * place mention (not a demonym), else undefined.
 */
function placeSubjectBefore(view: DocView, sentence: Sentence, i: number): Mention | undefined {
  const chain = (k: number): boolean => !view.mention(k) && (view.pos(k) === 'AUX' || view.pos(k) === 'ADV' || view.pos(k) === 'PART');
  let k = i - 1;
  while (k > sentence.tokenStart && chain(k)) k--;
  if (view.word(k) === ',') {
    let c = k - 1;
    while (c > sentence.tokenStart && c > k - 8 && view.word(c) !== ',') c--;
    let framed = false;
    for (let r = c + 1; r < k; r++) if (view.reportAt(r) > 0 && view.pos(r) === 'VERB') framed = true;
    if (view.word(c) === ',' && framed) k = c - 1;
  }
  const m = view.mention(k);
  return view.isPlace(m) && m.kind !== 'demonym' ? m : undefined;
}

/** A number (after a qualifier: "at least", "another") right before a need quantifier at k or after: its value and the quantifier's index. */
function countBeforeQuantifier(view: DocView, k: number): { value: number; quantifier: number } | null {
  const { lex } = view;
  let q = k;
  while (q < k + 3 && lex.numberQualifiers.has(view.word(q)) && !lex.needQuantifiers.has(view.word(q))) q++;
  const number = view.numberEndingAt(q);
  if (!number || !lex.needQuantifiers.has(view.word(q + 1))) return null;
  return { value: number.value, quantifier: q + 1 };
}

/**
 * "Patriot, NASAMS, IRIS-T - whatever partners can send, we need them": a need whose object is a pronoun asks for
 * the air-defence systems named before it in the sentence (attack weapons before it are what is feared, not asked).
 */
function needListed(view: DocView, emit: Emit, sentence: Sentence, i: number, syntax: SyntaxLayer | null): void {
  if (view.word(i - 1) === 'to' || view.word(i - 1) === "'s") return;
  const refs = view.weaponsIn(sentence.tokenStart, i).filter((ref) => ref.mention && !ref.mention.generic && view.classHead(ref.entity) === 'system');
  if (refs.length === 0) return;
  const asker = needAsker(view, sentence, i, syntax);
  if (asker === null) return;
  const cues = view.polarity(sentence, i);
  for (const ref of refs) {
    emit({ sentence: sentence.index, rule: 'requested:need-more', addressee: null, predicate: 'requested', subject: asker.subject, subjectRole: null, object: ref.entity, weapon: ref, count: null, overSide: null, trigger: i, cues, source: asker.source });
  }
}

/**
 * The person or organisation that says the clause at i: '"...," X said', 'X said (that) ...'; undefined when
 * no reporting verb frames it, null when the speaker is not an actor ("analysts say").
 */
function speakerOf(view: DocView, sentence: Sentence, i: number, syntax: SyntaxLayer | null = null): string | null | undefined {
  const person = (m: Mention | undefined): m is Mention => !!m && (m.type === 'Person' || m.type === 'Organisation') && !m.generic;
  for (let r = i + 1; r < sentence.tokenEnd; r++) {
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
    // '"..., and I will keep saying so," X said': a verb of saying in the speaker's own voice frames nothing.
    if ([1, 2, 3].some((d) => view.lex.firstPersonWords.has(view.word(r - d)))) continue;
    // "... and twice it has been told to wait": a passive verb of telling has its hearer as subject, not a speaker.
    if (view.word(r - 1) === 'been' || view.lex.beForms.has(view.word(r - 1))) continue;
    const after = mentionAfterReport(view, r);
    if (person(after)) return after.entity;
    for (let a = r - 1; a > i && a >= r - 4; a--) {
      const m = view.mention(a);
      if (person(m)) return m.entity;
    }
    // '"...," Kuleba, the foreign minister, said': the name before an apposition.
    if (view.word(r - 1) === ',') {
      for (let a = r - 2; a > i && a >= r - 12; a--) {
        if (view.word(a) !== ',') continue;
        const m = view.mention(a - 1);
        if (person(m)) return m.entity;
        break;
      }
    }
    return null;
  }
  for (let r = i - 1; r >= sentence.tokenStart; r--) {
    if (!(view.reportAt(r) > 0 && view.pos(r) === 'VERB')) continue;
    // ", saying ...": the participle's speaker is the subject of the main verb before the comma.
    let v = r;
    if (view.word(r - 1) === ',' && view.word(r).endsWith('ing')) {
      for (let k = sentence.tokenStart; k < r - 1; k++) {
        if (view.pos(k) === 'VERB') {
          v = k;
          break;
        }
      }
    }
    const agent = agentLeft(view, sentence, v, { stopAtReport: false });
    // "Ukraine's representative said ...": who acts for a state speaks for it.
    const proxy = agent.actor !== null && view.word(agent.actor.tokenEnd) === "'s" && view.lex.proxyNouns.has(view.word(agent.actor.tokenEnd + 1));
    return agent.actor && (person(agent.actor) || proxy) ? agent.key : null;
  }
  // 'X said: "It was a long night. We need more Patriots."': the speaker of a quotation begun in an earlier sentence.
  const quoted = syntax ? chunkActor(view, syntax, syntax.speakerOf(i)) : null;
  if (quoted && person(quoted)) return quoted.entity;
  // 'X, who heads the administration, was blunter: "The city needs ..."': the subject of the clause before the colon
  // that opens the quotation (no verb of saying needed).
  for (let k = i - 1; k > sentence.tokenStart; k--) {
    const w = view.word(k);
    if (w !== '"' && w !== '\u201c') continue;
    if (view.word(k - 1) === ':') return colonSpeaker(view, sentence, k + 1) ?? undefined;
    break;
  }
  return undefined;
}

/**
 * "The most useful delivery would be more Patriots", "what would help most is for the air defence systems to
 * arrive", "the best help partners could give is IRIS-T": a superlative rating of what would help, then a copula,
 * then weapons: a request by the speaker (or by the actor of a fronted "For X,"). Weapons of the asker's enemy
 * are no request.
 */
function bestHelp(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let c = sentence.tokenStart + 2; c < sentence.tokenEnd; c++) {
    if (!view.flag(c, RATING_COPULA)) continue;
    // 1. Left of the copula, in its clause: a superlative and a help word ("most useful", "best help", "help most").
    let superlative = -1;
    let help = -1;
    for (let k = c - 1; k >= Math.max(sentence.tokenStart, c - 10); k--) {
      const word = view.word(k);
      if (word === ';' || word === '"') break;
      // A parenthetical report frame (", Zelenskyy says,") does not end the clause; any other report verb does.
      if (view.reportAt(k) > 0 && view.pos(k) === 'VERB' && view.word(k + view.reportAt(k)) !== ',') break;
      if (lex.rankSuperlatives.has(word)) superlative = k;
      // A help word, or what another could do ("the best answer partners could give").
      const giver = view.mention(k - 1);
      const giverSide = view.isActor(giver) ? view.sideOf(giver.entity) : null;
      const could = lex.abilityModals.has(word) && giverSide !== null && (!lex.opponents.has(giverSide) || lex.recipients.has(giverSide));
      if (lex.helpTerms.has(word) || lex.needVerbs.has(word) || view.at(lex.delivery, k) > 0 || could) help = k;
    }
    if (superlative < 0 || help < 0) continue;
    // 2. The weapons right of it, to the end of the clause.
    const scan = scanRight(view, sentence, c + 1);
    if (scan.weapons.length === 0 || (scan.weapons[0]?.mention?.tokenStart ?? sentence.tokenEnd) > c + 8) continue;
    // 3. Who asks: the speaker, else the actor of a fronted "For X,", else whose need it is ("Ukraine's best help").
    let subject = speakerOf(view, sentence, c) ?? possessorOf(view, sentence, Math.min(help, superlative));
    const first = view.firstIndex(sentence);
    const fronted = view.word(first) === 'for' ? view.mention(first + 1) : undefined;
    if (subject === null && view.isActor(fronted) && view.word(fronted.tokenEnd) === ',') subject = fronted.entity;
    if (subject === null) continue;
    // "would" belongs to the rating ("what would help most"): it makes the request no less stated.
    const cues = view.polarity(sentence, Math.min(help, superlative)) & ~POLARITY.MODAL;
    for (const ref of scan.weapons) {
      // Only weapons a recipient of deliveries uses, or of no named user: "the most dangerous weapon Russia can use".
      const owner = ref.mention ? view.weaponOwner(ref.mention) : null;
      if (ref.mention && view.isPlatform(ref.mention)) continue;
      if (owner !== null && lex.opponents.has(owner) && !lex.recipients.has(owner)) continue;
      // What the wanted systems should stop is no weapon wanted ("more systems that can stop ballistic missiles").
      if (ref.mention && stoppedBy(view, ref.mention.tokenStart)) continue;
      emit({ sentence: sentence.index, rule: 'requested:best-help', addressee: null, predicate: 'requested', subject, subjectRole: null, object: ref.entity, weapon: ref, count: null, overSide: null, trigger: help, cues, source: 'speaker' });
    }
    return;
  }
  neededMost(view, emit, sentence);
}

/** The actor whose rated thing it is: a possessor ("Ukraine's", "its") before the modifiers at `start`, or null. */
function possessorOf(view: DocView, sentence: Sentence, start: number): string | null {
  let k = start - 1;
  while (k > sentence.tokenStart && (view.pos(k) === 'ADJ' || view.pos(k) === 'ADV' || view.lex.rankSuperlatives.has(view.word(k)))) k--;
  if (view.word(k) === "'s" || view.word(k) === "'") {
    const m = view.mention(k - 1);
    return view.isActor(m) ? m.entity : null;
  }
  const w = view.word(k);
  if (w !== 'its' && w !== 'their' && w !== 'our') return null;
  const m = view.mention(k);
  if (view.isActor(m)) return m.entity;
  return agentLeft(view, sentence, k + 1, { stopAtReport: false }).key;
}

/**
 * "Interceptors for its Patriot batteries remain its most urgent need": weapons before a copula, then a possessor,
 * a superlative and a need or help word that close the clause; a request by the possessor (else the speaker).
 */
function neededMost(view: DocView, emit: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let c = sentence.tokenStart + 1; c < sentence.tokenEnd; c++) {
    if (!view.flag(c, RATING_COPULA) && !view.flag(c, REMAIN_VERB)) continue;
    let k = c + 1;
    const owner = k;
    if (view.word(k) === 'its' || view.word(k) === 'their' || view.word(k) === 'our') k++;
    else if (view.isActor(view.mention(k)) && view.word((view.mention(k) as Mention).tokenEnd) === "'s") k = (view.mention(k) as Mention).tokenEnd + 1;
    else if (view.word(k) === 'the') k++;
    if (!lex.rankSuperlatives.has(view.word(k))) continue;
    while (k < sentence.tokenEnd && (lex.rankSuperlatives.has(view.word(k)) || view.pos(k) === 'ADJ')) k++;
    const word = view.word(k);
    if (!lex.needVerbs.has(word) && !lex.helpTerms.has(word)) continue;
    const close = view.word(k + 1);
    if (close !== '.' && close !== ';' && close !== ',' && close !== '"' && k + 1 < sentence.tokenEnd) continue;
    const refs = view.weaponsIn(view.clauseStart(sentence, c), c).filter((ref) => ref.mention && !view.isPlatform(ref.mention));
    if (refs.length === 0) continue;
    const subject = (owner < k ? possessorOf(view, sentence, k) : null) ?? speakerOf(view, sentence, c) ?? null;
    if (subject === null) continue;
    const enemy = lex.opponents.get(view.sideOf(subject)) ?? null;
    const cues = view.polarity(sentence, c) & ~POLARITY.MODAL;
    for (const ref of withoutAmmunition(view, refs)) {
      if (ref.mention && enemy !== null && view.weaponOwner(ref.mention) === enemy) continue;
      emit({ sentence: sentence.index, rule: 'requested:best-help', addressee: null, predicate: 'requested', subject, subjectRole: null, object: ref.entity, weapon: ref, count: null, overSide: null, trigger: k, cues, source: 'speaker' });
    }
    return;
  }
}

/** A verb of intercepting or stopping within the three words before a weapon ("that can stop ballistic missiles"). */
function stoppedBy(view: DocView, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) if (view.at(view.lex.intercept, k) > 0 || view.at(view.lex.weaponStop, k) > 0) return true;
  return false;
}

/** Does an actor's name open the phrase at k, after articles and title words ("Foreign Minister X")? */
function actorOpens(view: DocView, k: number): boolean {
  let j = k;
  while (j < k + 4 && !view.mention(j) && (view.word(j) === 'the' || view.lex.titleWords.has(view.word(j)) || isCapitalised(view.tokens[j]))) j++;
  const m = view.mention(j);
  return view.isActor(m) && m.kind !== 'demonym' && m.tokenStart === j;
}

/**
 * "He renewed the city's appeal to partners for W", "the mayor repeated Kharkiv's request": a place's request (its
 * possessor) that a person voices as the object of a verb is the person's; null when no person is the verb's subject.
 */
function voicedFor(view: DocView, sentence: Sentence, owner: Mention | undefined): string | null {
  if (!owner || !view.isPlace(owner)) return null;
  let v = owner.tokenStart - 1;
  if (view.word(v) === 'the') v--;
  if (view.pos(v) !== 'VERB' || view.mention(v)) return null;
  const agent = agentLeft(view, sentence, v);
  return agent.actor?.type === 'Person' ? agent.key : null;
}

/** Is `word` one of the words of tokens [from, to) (as `view.words.slice(from, to).includes(word)`, without the copy)? */
function hasWord(view: DocView, word: string, from: number, to: number): boolean {
  const words = view.words;
  for (let k = from; k < to; k++) if (words[k] === word) return true;
  return false;
}

/**
 * A sentence with no weapon that may still ask for one by an anaphor: a token of [from, to) is "them", a delivery noun
 * ("to speed up the deliveries") or a request noun told before (`renewedRequest`). Tested word by word, in order.
 */
function anaphoricAsk(view: DocView, from: number, to: number): boolean {
  const words = view.words;
  const lex = view.lex;
  for (let k = from; k < to; k++) {
    const w = words[k] as string;
    if (w === 'them' || lex.deliveryNouns.has(w) || renewedRequest(view, k)) return true;
  }
  return false;
}

/**
 * Is token i a request noun that refers back to a request told before: after a demonstrative or an anaphoric
 * determiner ("that request", "the appeal", "its plea"), as the object of a verb of renewing or making it (lexicon
 * renewVerbs: "has renewed that request", "repeated the appeal"). "Berlin turned down the request" is no request of Berlin's.
 */
function renewedRequest(view: DocView, i: number): boolean {
  if (view.pos(i) !== 'NOUN' || view.at(view.lex.request, i) !== 1) return false;
  const determiner = view.word(i - 1);
  if (determiner !== 'that' && determiner !== 'this' && !view.lex.anaphoricDeterminers.has(determiner)) return false;
  return view.lex.renewVerbs.has(view.word(i - 2)) && view.pos(i - 2) === 'VERB';
}

/** Does a noun of allies come at k, after modifiers ("Western partners", "European allies")? */
function allyAhead(view: DocView, k: number): boolean {
  let j = k;
  while (j < k + 3 && !view.mention(j) && (view.pos(j) === 'ADJ' || view.pos(j) === 'PROPN')) j++;
  return view.lex.allyNouns.has(view.word(j)) && !view.mention(j);
}

/**
 * "Berlin, asked about further deliveries, pointed to ...", "Kyiv, asked for comment, said ...": a participle of
 * asking set off by commas right after an actor that opens no apposition ("Its minister, X, asked ..." is active),
 * with a finite verb after the closing comma.
 */
function reducedPassive(view: DocView, sentence: Sentence, i: number): boolean {
  const actor = view.mention(i - 2);
  if (view.word(i - 1) !== ',' || !view.word(i).endsWith('ed') || !view.isActor(actor) || actor.tokenEnd !== i - 1) return false;
  if (view.word(actor.tokenStart - 1) === ',') return false;
  for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 12); k++) {
    if (view.word(k) === ',') return view.pos(k + 1) === 'VERB';
  }
  return false;
}

/**
 * "called once more on X to ...", "called again for W", "pressed repeatedly for W": a two-word request verb (class
 * requestVerb) with adverbs between the verb and its particle; its length over the adverbs, else 0.
 */
function requestOverAdverbs(view: DocView, i: number): number {
  if (view.pos(i) !== 'VERB') return 0;
  let j = i + 1;
  // ("once more", "yet again": an adverb phrase whose second word the tagger reads as an adjective.)
  while (j < i + 4 && (view.pos(j) === 'ADV' || view.flag(j, INSERTED_ADVERB) || (view.word(j) === 'more' && view.word(j - 1) === 'once'))) j++;
  return j > i + 1 && view.lex.request.match([view.word(i), view.word(j)], 0) === 2 ? j - i + 1 : 0;
}

/**
 * After a request noun and "to": the token of "for" that follows one or more addressees ("to Berlin and Paris for"),
 * or -1. An addressee is an actor or a noun of allies (lexicon allyNouns: "to partners for", "to its Western allies for").
 */
function actorsThenFor(view: DocView, sentence: Sentence, from: number): number {
  let k = from;
  let actors = 0;
  while (k < sentence.tokenEnd) {
    const m = view.mention(k);
    if (view.isActor(m)) {
      actors++;
      k = m.tokenEnd;
      // "to the G7 governments for": who acts for the actor after its name.
      if (view.lex.proxyNouns.has(view.word(k)) && !view.mention(k)) k++;
      continue;
    }
    const w = view.word(k);
    if (view.lex.allyNouns.has(w) && !view.mention(k)) {
      actors++;
      k++;
      continue;
    }
    if (w === 'the' || w === 'and' || w === ',' || ((view.pos(k) === 'ADJ' || view.pos(k) === 'PROPN' || view.lex.possessivePronoun.has(w)) && allyAhead(view, k + 1))) {
      k++;
      continue;
    }
    return actors > 0 && w === 'for' ? k : -1;
  }
  return -1;
}

/** "X asked/urged/called for/pressed (Y) for W", "X's request for W", "X needs more W", "the best help would be W". */
/** Beside an air-defence system, a bare missile class is its ammunition ("Patriots and missiles for them"), not a system asked for. */
/** Does an indirect question open at token k, or right after an actor there ("asked the minister whether")? */
function indirectQuestion(view: DocView, k: number): boolean {
  const m = view.mention(k) ?? (view.word(k) === 'the' ? view.mention(k + 1) : undefined);
  const after = view.isActor(m) ? m.tokenEnd : k;
  return view.lex.indirectQuestions.has(view.word(after));
}

function withoutAmmunition(view: DocView, refs: readonly WeaponRef[]): WeaponRef[] {
  const defence = refs.some((ref) => view.classHead(ref.entity) === 'system');
  return defence ? refs.filter((ref) => !(ref.mention?.generic && view.lex.ammunitionClasses.has(view.classSlug(ref.entity)))) : [...refs];
}

export function ruleRequested(view: DocView, syntax: SyntaxLayer | null, emitCandidate: Emit): void {
  const { lex } = view;
  // The weapons of the latest request told, for an anaphoric request noun after it ("renewed that request").
  const recent: { sentence: number; refs: WeaponRef[] } = { sentence: -1, refs: [] };
  const emit: Emit = (candidate) => {
    if (candidate.weapon) {
      if (recent.sentence !== candidate.sentence) {
        recent.sentence = candidate.sentence;
        recent.refs = [];
      }
      if (!recent.refs.some((ref) => ref.entity === candidate.object)) recent.refs.push({ ...candidate.weapon, count: null });
    }
    asked.push(candidate);
    emitCandidate(candidate);
  };
  // Every request told, for a participle of naming after it ("..., naming W and V").
  const asked: RelationCandidate[] = [];
  // "Ukraine calls on its partners:" then "1. to step up the supply of X;": the request goes on in its list items.
  let list: ListedRequest | null = null;
  // "the Council DECIDED:" then "(a) to ask X for W;": the items of a decision list are the body's own requests.
  const body = documentBody(view);
  let decisionList = false;
  for (const sentence of view.ctx.sentences) {
    const { tokenStart, tokenEnd } = sentence;
    const item = itemNumber(view, sentence) || listItem(view, sentence);
    if (!item) decisionList = false;
    // Where a clause the body decided opens (-1 for none), and whether its first request word has been seen.
    const clause = body === null ? -1 : decisionClause(view, sentence, decisionList && item);
    let decisionSeen = false;
    if (body !== null && endsWithColon(view, sentence) && view.words.slice(tokenStart, tokenEnd).some((w) => lex.decisionVerbs.has(w))) decisionList = true;
    if (list && itemNumber(view, sentence)) continue; // "1." split off as a sentence of its own
    if (list && listItem(view, sentence)) {
      requestListItem(view, emit, sentence, list);
      continue;
    }
    list = null;
    if (view.has(sentence, WEAPON)) needMore(view, emit, sentence, syntax);
    if (view.has(sentence, WEAPON)) imperativeAsk(view, emit, sentence, syntax);
    if (view.has(sentence, WEAPON)) bestHelp(view, emit, sentence);
    if (view.has(sentence, WEAPON)) awaited(view, emit, sentence, syntax);
    if (view.has(sentence, WEAPON)) undelivered(view, emit, sentence, syntax);
    if (view.has(sentence, WEAPON)) wishList(view, emit, sentence, syntax);
    if (hasWord(view, 'what', tokenStart, tokenEnd)) cleftNeed(view, emit, sentence, syntax);
    const colon = endsWithColon(view, sentence);
    // (A sentence with no weapon may ask for one by an anaphor: "for them", "to speed up the deliveries".)
    if (!colon && !view.has(sentence, WEAPON) && !anaphoricAsk(view, tokenStart, tokenEnd)) continue;
    for (let i = tokenStart; i < tokenEnd; i++) {
      const length = view.at(lex.request, i) || needFor(view, i) || requestOverAdverbs(view, i);
      if (length === 0) continue;
      // A request word inside a name ("Eastline Press", "Appeal Court") asks for nothing.
      if (view.mention(i)?.kind === 'name') continue;
      const pos = view.pos(i);
      const noun = (pos === 'NOUN' || pos === 'PROPN') && view.word(i - 1) !== 'to' && !view.isActor(view.mention(i - 1));
      // "X's request for W", "a new request to Berlin for W", "lodged a request with Germany for W": the noun names
      // what is asked for after "for".
      const toWhom = noun && (view.word(i + 1) === 'to' || view.word(i + 1) === 'with') ? actorsThenFor(view, sentence, i + 2) : -1;
      // "DTEK has renewed that request to the ministry": a request noun that refers back asks for what the latest
      // request told (within the four sentences before) asked for.
      const anaphoric = noun && view.word(i + 1) !== 'for' && toWhom < 0 && renewedRequest(view, i);
      const earlier = anaphoric && recent.sentence >= 0 && recent.sentence < sentence.index && recent.sentence >= sentence.index - 4 ? recent.refs : [];
      // "A second appeal, for W, was sent ... by X": the "for" phrase set off by a comma, when the request noun is the
      // subject of a passive verb of uttering with a "by" agent.
      const setOffFor = noun && view.word(i + length) === ',' && view.word(i + length + 1) === 'for' && nounPassiveAgent(view, sentence, i + length) !== null;
      if (noun && !(view.word(i + 1) === 'for') && !setOffFor && toWhom < 0 && !copulaFor(view, sentence, i + length) && earlier.length === 0 && !thatDelivers(view, sentence, i + length)) continue;
      // "asked whether Berlin had sent Patriots", "asked the minister how many IRIS-T ...": an indirect question.
      if (!noun && indirectQuestion(view, i + length)) continue;
      // "Berlin, asked about further deliveries, pointed to ...": a participle set off after an actor is a reduced
      // passive; the actor was asked, and asks for nothing.
      if (!noun && reducedPassive(view, sentence, i)) continue;
      // (An anaphoric request noun takes the polarity of the verb that renews it: "has not renewed that request".)
      let cues = view.polarity(sentence, i) | (anaphoric ? view.polarity(sentence, i - 2) : 0);
      // 1. Who asked: the possessor of the noun ("Kyiv's request"), else the nearest actor to the left.
      let subject: string | null = null;
      // "RESOLVED: to appeal to X with a request to deploy W", "(b) to ask X for W", "2. calls on X to deliver W": the
      // first request word of a clause the document's body decided has no subject of its own; the body asks.
      if (clause >= 0 && i >= clause && !decisionSeen) {
        decisionSeen = true;
        subject = body;
      }
      const decided = subject !== null;
      // "The delivery of X was called for again by Y", "Germany was asked by Y for X": a passive request verb asks
      // through its "by" agent; its subject is what is asked for or whom. Without an agent, who asked is not told.
      const passiveVerb = !decided && !noun && isPassive(view, sentence, i);
      let fronted: WeaponRef[] = [];
      let passiveAddressee: string | null = null;
      if (passiveVerb) {
        const agent = byAgent(view, sentence, i + length);
        if (agent.key === null) continue;
        subject = agent.key;
        const left = agentLeft(view, sentence, i, { stopAtReport: false }).actor;
        if (left && left.entity !== subject) passiveAddressee = left.entity;
        fronted = passiveSubjectWeapons(view, sentence, i);
      }
      if (!decided && noun && view.word(i - 1) === "'s") subject = voicedFor(view, sentence, view.mention(i - 2)) ?? view.mention(i - 2)?.entity ?? null;
      // "The mayor's letter to the minister, X, urging ...": a participle of asking after a document's phrase asks for
      // the document's issuer (its possessor or "of" actor), not for the addressee named in between.
      if (subject === null && view.word(i).endsWith('ing')) subject = documentIssuer(view, sentence, i);
      // "The city sent the ministry a request for W", "X handed Y a fresh request for W": the actor between a verb of
      // handing over and the request noun is its receiver; who asked is the doer of that verb.
      const dative = noun && subject === null ? dativeReceiver(view, sentence, i) : null;
      if (dative) {
        subject = agentLeft(view, sentence, dative.verb, { stopAtReport: false }).key ?? syntaxSubject(view, syntax, dative.verb)?.entity ?? placeRequester(view, sentence, dative.verb, syntax);
        if (subject === null || subject === dative.receiver) continue;
        cues |= view.polarity(sentence, dative.verb);
      }
      if (subject === null) {
        // "It fell to X, the foreign minister, to make the request ...": the doer of an extraposed infinitive.
        const extraposed = extraposedDoer(view, sentence, i);
        let agent = extraposed ? { actor: extraposed, key: extraposed.entity, weapon: null } : agentLeft(view, sentence, i, { stopAtReport: false });
        // "X, meeting Y officials in Kyiv, asked ...", "X has written to the minister, Y, urging ...": an actor inside a
        // participle aside, or whom a letter went to, is not who asks: the doer before them is.
        const past = !noun && agent.actor ? pastAsideOrAddressee(view, sentence, i, agent.actor) : -1;
        if (past >= 0) {
          agent = agentLeft(view, sentence, past, { stopAtReport: false });
          // (Whom it went to is no asker even when the doer is not named.)
          if (agent.key === null) continue;
          // ("has not written to X asking ...": the doer's own verb carries the denial or the plan.)
          cues |= view.polarity(sentence, past - 1);
        }
        subject = agent.key ?? syntaxSubject(view, syntax, i)?.entity ?? reporterOfCoordinated(view, sentence, i, true) ?? descriptionFallback(view, sentence, i);
        // "We ask our partners to ..." in a statement or a report: the organisation that issues it.
        if (subject === null && !noun) subject = weIssuer(view, sentence, i);
        // "A call for X was made by Y": the agent of the passive the request noun is the subject of.
        const passive = subject === null && noun ? nounPassiveAgent(view, sentence, i + length) : null;
        if (passive) {
          subject = passive.agent;
          // ("could be made by Y": the passive verb's own modal or negation.)
          cues |= view.polarity(sentence, passive.verb);
        }
      }
      // "Kramatorsk has asked the General Staff for ...", "the city had asked the government for ...": a town of a
      // side that receives deliveries asks through whoever reports it, else itself.
      // (Only when it is no hedged report: "there are rumours that Kyiv asked ...".)
      if (subject === null && !noun && (cues & POLARITY.HEDGE) === 0) subject = placeRequester(view, sentence, i, syntax);
      if (subject === null) continue;
      // 2. Whom: actors right after the verb, before "to"/"for".
      const addressee: string[] = passiveAddressee ? [passiveAddressee] : dative ? [dative.receiver] : [];
      let k = toWhom >= 0 ? i + length + 1 : i + length;
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
        if (lex.requestStop.has(w) || w === ';') break;
        // Another speaker's clause ("..., and officials say Ukraine would welcome X") is not part of the request.
        if (j > i + length + 1 && view.reportAt(j) > 0 && view.pos(j) === 'VERB') break;
        // ", and Foreign Minister X made a plea for Y": a clause of another actor, with its own request.
        if (w === 'and' && view.word(j - 1) === ',' && actorOpens(view, j + 1)) break;
        if (lex.relativePronouns.has(w) && j > i + length + 1 && view.word(j - 1) !== 'so') {
          // A relative clause ends the object, but a coordinated infinitive after it goes on with the request
          // ("to speed up the delivery of X that was pledged, and to provide Ukraine with Y").
          const next = coordinatedInfinitive(view, j, tokenEnd);
          if (next >= 0) {
            j = next;
            continue;
          }
          // "for the one thing that works against X, more Patriot systems": an apposition after the relative clause
          // names what is asked for.
          const apposition = appositionAfter(view, j, tokenEnd);
          if (apposition < 0) break;
          j = apposition - 1;
          continue;
        }
        // "urged residents not to film the work of air defence": what a request asks not to be done names no weapon it
        // wants, up to a coordinated infinitive ("..., and to send X"); a delivery asked not to be held back does.
        if (negatedInfinitive(view, j)) {
          const next = coordinatedInfinitive(view, j, tokenEnd);
          if (next < 0) break;
          j = next;
          continue;
        }
        // What the request wants done to weapons ("asked X to shoot down drones", "urged Russia to stop launching
        // drones") names no weapon it wants.
        // A delivery verb ("to send Patriot systems") is what a request asks for, so only a launch proper counts here.
        const fired = view.at(lex.delivery, j) > 0 ? 0 : view.launchAt(j);
        if (view.at(lex.intercept, j) > 0 || view.attackAt(j) > 0 || fired > 0) {
          const m = view.mention(j + Math.max(view.at(lex.intercept, j), fired) + (view.word(j + 1) === 'down' ? 1 : 0));
          if (view.isWeapon(m)) {
            j = m.tokenEnd - 1;
            continue;
          }
        }
        // "interceptors against ballistic missiles": what the weapons asked for are to stop is not asked for.
        if (w === 'against') {
          j = threatsAfter(view, j + 1, tokenEnd) - 1;
          continue;
        }
        const m = view.mention(j);
        if (view.isWeapon(m)) {
          // "an inquiry into the Kinzhal strike": a weapon that modifies an attack noun is the attack's means.
          const means = view.flag(m.tokenEnd, ATTACK_NOUN) && view.pos(m.tokenEnd) === 'NOUN';
          if (!means && !view.isClassNounOfNamed(m) && !view.isPlatform(m) && (enemy === null || view.weaponOwner(m) !== enemy)) objects.push(view.weaponRef(m));
          j = m.tokenEnd - 1;
          continue;
        }
        // "for them", "more of them" (not "asked them to ...", where they are the addressees).
        if (w === 'them' && !m && (view.word(j - 1) === 'for' || view.word(j - 1) === 'of')) objects.push(...view.previousWeapons(sentence, j));
        // "to send them", "to speed up the deliveries they had promised": the object of a delivery is the air defence
        // named before it, in the sentence or in the two before.
        else if (w === 'them' && !m && view.at(lex.delivery, j - 1) > 0) objects.push(...askedBefore(view, sentence, j, enemy));
        else if (lex.deliveryNouns.has(w) && view.pos(j) === 'NOUN' && lex.anaphoricDeterminers.has(view.word(j - 1)) && view.word(j + 1) !== 'of') objects.push(...askedBefore(view, sentence, j, enemy));
      }
      // "the two Gepard guns it had asked the ministry for": the object slot is empty and the weapons come before.
      if (objects.length === 0 && passiveVerb) objects.push(...fronted.filter((ref) => enemy === null || !ref.mention || view.weaponOwner(ref.mention) !== enemy));
      if (objects.length === 0 && !noun && !passiveVerb) objects.push(...gappedObject(view, sentence, i, k, enemy));
      if (objects.length === 0) objects.push(...earlier);
      const seen = new Set<string>();
      for (const ref of withoutAmmunition(view, objects)) {
        if (seen.has(ref.entity)) continue;
        seen.add(ref.entity);
        emit({ sentence: sentence.index, rule: decided ? 'requested:decision' : 'requested:verb', addressee: addressee.length ? addressee : null, predicate: 'requested', subject, subjectRole: null, object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: i, cues });
      }
      if (colon && objects.length === 0) list = { subject, addressee: addressee.length ? addressee : null, cues, trigger: i };
      i += length - 1;
    }
  }
  namingTail(view, emitCandidate, asked);
}

/**
 * "asked allies for more air defence systems before winter, naming Patriot and IRIS-T", "wrote that Ukraine needs more
 * air defence, naming NASAMS": a participle of naming (lexicon namingParticiples) set off by a comma after a request in
 * its sentence names more of what is asked for: by the same asker, of the same addressees, with the request's polarity
 * (a denied or planned request names nothing asked). The participle's object ends at a request stop word, a relative
 * pronoun or a verb. Only weapons of the head noun of the request's own ("systems", "missiles") are asked for; the
 * asker's enemy's weapons, platforms and a class noun of a named system are not.
 */
function namingTail(view: DocView, emit: Emit, asked: readonly RelationCandidate[]): void {
  const { lex } = view;
  const bySentence = new Map<number, RelationCandidate[]>();
  for (const candidate of asked) bySentence.set(candidate.sentence, [...(bySentence.get(candidate.sentence) ?? []), candidate]);
  for (const [index, requests] of bySentence) {
    const sentence = view.ctx.sentences[index];
    if (!sentence) continue;
    for (let n = sentence.tokenStart + 1; n < sentence.tokenEnd; n++) {
      if (!lex.namingParticiples.has(view.word(n)) || view.word(n - 1) !== ',' || view.mention(n)) continue;
      // The latest request before the participle.
      let request: RelationCandidate | undefined;
      for (const candidate of requests) if (candidate.trigger < n && (request === undefined || candidate.trigger >= request.trigger)) request = candidate;
      if (request === undefined || request.subject === null) continue;
      const enemy = lex.opponents.get(view.sideOf(request.subject)) ?? null;
      const seen = new Set(requests.filter((candidate) => candidate.subject === request.subject).map((candidate) => candidate.object));
      for (let j = n + 1; j < sentence.tokenEnd; j++) {
        const w = view.word(j);
        if (lex.requestStop.has(w) || w === ';' || lex.relativePronouns.has(w) || (w === ',' && (view.word(j + 1) === 'and' || view.word(j + 1) === 'but'))) break;
        const m = view.mention(j);
        if (!m && view.pos(j) === 'VERB') break;
        if (!view.isWeapon(m)) continue;
        j = m.tokenEnd - 1;
        // (What it names must be of the kind asked for: "asked for air defence, naming Kh-101 missiles as the threat".)
        const kind = request.object !== null && view.classHead(m.entity) === view.classHead(request.object);
        if (!kind || !askable(view, m, enemy) || seen.has(m.entity)) continue;
        seen.add(m.entity);
        const ref = view.weaponRef(m);
        emit({ ...request, rule: 'requested:naming', object: m.entity, weapon: ref, count: ref.count, trigger: n });
      }
    }
  }
}


/**
 * The weapons of the subject phrase of a passive request verb at i ("The delivery of further X units was called for"):
 * from the start of its clause to the verb, not inside a "by" phrase or a relative clause.
 */
function passiveSubjectWeapons(view: DocView, sentence: Sentence, i: number): WeaponRef[] {
  const out: WeaponRef[] = [];
  for (let k = view.clauseStart(sentence, i); k < i; k++) {
    const w = view.word(k);
    if (w === 'by' || view.lex.relativePronouns.has(w)) break;
    const m = view.mention(k);
    if (view.isWeapon(m) && !view.isPlatform(m) && !view.isClassNounOfNamed(m)) {
      out.push(view.weaponRef(m));
      k = m.tokenEnd - 1;
    }
  }
  return out;
}

/**
 * The issuer of the document a participle of asking at i follows ("the association's letter of 11 August to X,
 * urging ...", "a declaration of the Saeima calling for ..."): the actor before "'s" or after "of" of the nearest
 * statement noun (lexicon statementNouns) in the clause to its left; else null.
 */
function documentIssuer(view: DocView, sentence: Sentence, i: number): string | null {
  for (let k = i - 1; k > sentence.tokenStart && k >= i - 20; k--) {
    if (view.boundaryAt(k) > 0 || (view.pos(k) === 'VERB' && !view.word(k).endsWith('ed'))) return null;
    if (!view.lex.statementNouns.has(view.word(k)) || view.pos(k) !== 'NOUN') continue;
    if (view.word(k - 1) === "'s") {
      const owner = view.mention(k - 2);
      return view.isActor(owner) ? owner.entity : null;
    }
    if (view.word(k + 1) === 'of') {
      let j = k + 2;
      if (view.word(j) === 'the') j++;
      const issuer = view.mention(j);
      return view.isActor(issuer) ? issuer.entity : null;
    }
    return null;
  }
  return null;
}

/** The end of the weapons named from k on ("ballistic missiles and drones"): the index after the last, else k. */
function threatsAfter(view: DocView, k: number, end: number): number {
  let j = k;
  let last = k;
  while (j < end) {
    const m = view.mention(j);
    if (view.isWeapon(m)) {
      j = m.tokenEnd;
      last = j;
      continue;
    }
    const w = view.word(j);
    if (w === 'and' || w === 'or' || w === ',' || view.pos(j) === 'ADJ' || view.pos(j) === 'DET' || view.pos(j) === 'NUM') {
      j++;
      continue;
    }
    break;
  }
  return last;
}

/**
 * "stressed the need for more air defence", "raised Ukraine's urgent need for Patriots": a noun of need with "for" after
 * a determiner or possessive is a request noun like "appeal" (1, its length), else 0.
 */
function needFor(view: DocView, i: number): number {
  if (view.word(i + 1) !== 'for' || view.pos(i) !== 'NOUN' || !view.lex.needVerbs.has(view.word(i))) return 0;
  let k = i - 1;
  if (view.pos(k) === 'ADJ' || view.pos(k) === 'ADV') k--;
  const before = view.word(k);
  return before === 'the' || before === "'s" || view.lex.possessivePronoun.has(before) ? 1 : 0;
}

/**
 * "Kyiv's request, repeated on Monday, is for more Patriot systems": a form of "be" and "for" after a request noun,
 * with only an aside between (commas and a participle phrase, no finite verb of its own).
 */
function copulaFor(view: DocView, sentence: Sentence, from: number): boolean {
  let aside = false;
  // "Zelenskyy's appeal this morning was for ...": a time phrase may stand before the copula.
  let start = from;
  while (start < Math.min(sentence.tokenEnd, from + 3) && (view.lex.timeWords.has(view.word(start)) || (start > from && view.lex.temporalNoun.has(view.word(start))))) start++;
  for (let k = start; k < Math.min(sentence.tokenEnd, start + 14); k++) {
    const w = view.word(k);
    if (view.lex.beForms.has(w) && view.word(k + 1) === 'for') return k === start || aside;
    if (w === ',') aside = true;
    else if (!aside) return false;
  }
  return false;
}

/**
 * "renewed Kyiv's appeal that partners send more W", "made the request that Berlin deliver W": a "that" clause after
 * a request noun at `from`, whose subject (an actor or a noun of allies, after determiners and modifiers) is followed
 * by a verb of delivery (class delivery, in the subjunctive or with "should"/"must"), names what is asked.
 */
function thatDelivers(view: DocView, sentence: Sentence, from: number): boolean {
  if (view.word(from) !== 'that') return false;
  let k = from + 1;
  let subject = false;
  while (k < Math.min(sentence.tokenEnd, from + 8)) {
    const m = view.mention(k);
    if (view.isActor(m) && m.kind !== 'pronoun') {
      subject = true;
      k = m.tokenEnd;
      continue;
    }
    const w = view.word(k);
    if (!m && view.lex.allyNouns.has(w)) {
      subject = true;
      k++;
      continue;
    }
    if (!m && (view.isPremodifier(k) || w === 'and' || w === ',' || view.lex.possessivePronoun.has(w) || (!subject && view.pos(k) === 'PROPN'))) {
      k++;
      continue;
    }
    break;
  }
  if (!subject) return false;
  if (view.word(k) === 'should' || view.word(k) === 'must') k++;
  return view.at(view.lex.delivery, k) > 0 && !view.mention(k);
}

/**
 * Where a clause decided by the document's body opens in the sentence, -1 when it holds none: after the colon of a
 * decision formula that opens it (lexicon decisionVerbs: "RESOLVED: to appeal to ..."), or after the marker of an item
 * of a decision list ("(a) to ask ...", when `inList`) or of any list item that opens with a finite request verb
 * ("2. calls on the Government to deliver ..."). The clause must open with an infinitive or that verb: it has no
 * subject of its own.
 */
function decisionClause(view: DocView, sentence: Sentence, inList: boolean): number {
  let k = view.firstIndex(sentence);
  if (view.lex.decisionVerbs.has(view.word(k)) && view.word(k + 1) === ':') k += 2;
  else {
    const marker = k;
    while (k < sentence.tokenEnd && (/^[-•*.()\d]+$/.test(view.word(k)) || (/^[a-h]$/.test(view.word(k)) && view.word(k + 1) === ')'))) k++;
    // (The sentence splitter may leave the item number as a sentence of its own.)
    if (k === marker && !itemNumber(view, view.ctx.sentences[sentence.index - 1])) return -1;
    // ("2. calls on X": a request verb in the third person opens an item of a resolution.)
    if (!inList) return view.at(view.lex.request, k) > 0 && view.pos(k) === 'VERB' && view.word(k).endsWith('s') ? k : -1;
  }
  return view.word(k) === 'to' && view.pos(k + 1) === 'VERB' ? k : -1;
}

/** A request whose clause ends in a colon: who asked whom, and its polarity, for the list items after it. */
interface ListedRequest {
  subject: string;
  addressee: string[] | null;
  cues: number;
  trigger: number;
}

/**
 * Is the sentence an item of a list: it opens with a bullet or an item number ("1.", "2)"), follows an item number
 * split off by the sentence splitter, or opens a new line right after a line that ended in a colon or semicolon
 * (ingest drops the bullets of a Markdown list).
 */
function listItem(view: DocView, sentence: Sentence): boolean {
  const first = view.firstIndex(sentence);
  const head = view.word(first);
  if (head === '-' || head === '•' || head === '*') return true;
  const next = view.word(first + 1);
  if (/^\d{1,2}$/.test(head) && (next === '.' || next === ')')) return true;
  const previous = view.ctx.sentences[sentence.index - 1];
  if (!previous) return false;
  if (itemNumber(view, previous)) return true;
  const close = view.word(previous.tokenEnd - 1);
  return (close === ':' || close === ';') && view.ctx.doc.text.slice(previous.end, sentence.start).includes('\n');
}

/**
 * The weapons of one list item after a request that ended in a colon ("1. to step up the supply of air defence
 * systems, first of all Patriot and IRIS-T;"): each is asked for by the request's subject from its addressees.
 * The item ends at a request stop word; the enemy's weapons ("components found in Russian missiles") are not asked for.
 */
function requestListItem(view: DocView, emit: Emit, sentence: Sentence, list: ListedRequest): void {
  const enemy = view.lex.opponents.get(view.sideOf(list.subject)) ?? null;
  const seen = new Set<string>();
  // The item names what is asked for: it opens with it ("more Patriot batteries", "two IRIS-T systems"), or a
  // delivery or request word comes before it ("to step up the supply of X"); "a ban on parts for Shahed drones" does not.
  let first = view.firstIndex(sentence);
  while (first < sentence.tokenEnd && /^[-•*.)\d]+$/.test(view.word(first))) first++;
  const opensWithIt = view.isWeapon(view.mention(first)) || view.lex.needQuantifiers.has(view.word(first)) || view.pos(first) === 'NUM';
  let asked = opensWithIt;
  for (let j = first; j < sentence.tokenEnd; j++) {
    if (view.lex.requestStop.has(view.word(j))) break;
    if (view.at(view.lex.delivery, j) > 0 || view.at(view.lex.request, j) > 0 || view.lex.deliveryNouns.has(view.word(j))) asked = true;
    const m = view.mention(j);
    if (!view.isWeapon(m) || !asked) continue;
    j = m.tokenEnd - 1;
    if (view.isClassNounOfNamed(m) || view.isPlatform(m) || (enemy !== null && view.weaponOwner(m) === enemy) || seen.has(m.entity)) continue;
    // "components found in Russian missiles": a weapon named after an attack or launch word is the enemy's.
    if (view.launchAt(m.tokenStart - 2) > 0 || view.launchAt(m.tokenStart - 1) > 0) continue;
    seen.add(m.entity);
    const cues = list.cues | view.polarity(sentence, m.tokenStart);
    emit({ sentence: sentence.index, rule: 'requested:list-item', addressee: list.addressee, predicate: 'requested', subject: list.subject, subjectRole: null, object: m.entity, weapon: view.weaponRef(m), count: null, overSide: null, trigger: m.tokenStart, cues });
  }
}

/**
 * Does a negated infinitive open at k ("not to film", "not to post")? Its verb must be no verb of delivering or of
 * holding a delivery back (classes deliveryVerb, and the lexicon's holdBackVerbs): "urged Berlin not to delay the
 * IRIS-T systems" still asks for them.
 */
function negatedInfinitive(view: DocView, k: number): boolean {
  if (view.word(k) !== 'not' || view.word(k + 1) !== 'to' || view.pos(k + 2) !== 'VERB') return false;
  return view.at(view.lex.delivery, k + 2) === 0 && !view.lex.holdBackVerbs.has(view.word(k + 2));
}

/** The token after ", and to VERB" that follows k in the sentence (a coordinated infinitive), else -1. */
function coordinatedInfinitive(view: DocView, k: number, end: number): number {
  for (let j = k + 1; j < end - 2; j++) {
    const w = view.word(j);
    if (w === ';' || view.lex.requestStop.has(w)) return -1;
    if (w === 'and' && view.word(j + 1) === 'to' && view.pos(j + 2) === 'VERB') return j + 2;
  }
  return -1;
}

/**
 * The start of an apposition after the relative clause opening at k: the first comma after it, then a phrase of
 * modifiers and a weapon ("..., more Patriot systems"); -1 when the clause ends otherwise.
 */
function appositionAfter(view: DocView, k: number, end: number): number {
  let comma = k + 1;
  while (comma < end && view.word(comma) !== ',' && view.word(comma) !== ';' && !view.lex.requestStop.has(view.word(comma))) comma++;
  if (view.word(comma) !== ',') return -1;
  for (let j = comma + 1; j < Math.min(end, comma + 5); j++) {
    const m = view.mention(j);
    if (view.isWeapon(m)) return comma + 1;
    if (!(view.lex.needQuantifiers.has(view.word(j)) || view.pos(j) === 'ADJ' || view.pos(j) === 'NUM' || view.pos(j) === 'DET')) return -1;
  }
  return -1;
}

/**
 * A town or region (named, or a description the mention layer resolved: "the city") as the subject of the request
 * verb at i, with only auxiliaries and adverbs between: the person who reports the clause asks ("X said the city had
 * asked ..."), else the place itself, when its state receives deliveries. Null otherwise, and when the report's
 * speaker is no actor ("analysts say").
 */
function placeRequester(view: DocView, sentence: Sentence, i: number, syntax: SyntaxLayer | null): string | null {
  let k = i - 1;
  while (k > sentence.tokenStart && (view.pos(k) === 'AUX' || view.pos(k) === 'ADV')) k--;
  const m = view.mention(k);
  if (!m || (m.type !== 'City' && m.type !== 'Region') || m.kind === 'demonym' || m.tokenEnd !== k + 1 || afterPreposition(view, m)) return null;
  if (view.word(m.tokenEnd) === "'s" || view.word(m.tokenStart - 1) === "'s") return null;
  const country = view.countryOf(m.entity);
  if (country === null || !view.lex.recipients.has(country)) return null;
  const speaker = speakerOf(view, sentence, i, syntax);
  if (speaker === null) return null;
  return speaker ?? m.entity;
}

/**
 * Where to look again for who asks when the actor found left of the request verb at i is not its doer: (a) it stands
 * in a participle aside set off by commas right before the verb ("X, meeting European Commission officials, asked
 * ..."): the aside's opening comma; (b) it is whom a "to" phrase addresses, right before a participle of asking ("has
 * written to the Cabinet of Ministers asking ...", "the letter to the Foreign Secretary, Y, urging ..."): the "to".
 * Else -1.
 */
function pastAsideOrAddressee(view: DocView, sentence: Sentence, i: number, actor: Mention): number {
  // ("X, speaking to reporters after a call with his German counterpart, again urged ...": adverbs after the aside.)
  let close = i - 1;
  while (close > sentence.tokenStart && close > i - 3 && view.pos(close) === 'ADV' && !view.mention(close)) close--;
  if (view.word(close) === ',') {
    let c = close - 1;
    while (c > sentence.tokenStart && c > close - 15 && view.word(c) !== ',' && view.word(c) !== ';' && view.word(c) !== '"') c--;
    const opener = c + 1;
    // (An aside that opens with a preposition too: "X, after a call with his Polish counterpart, asked ...".)
    const participle = (view.pos(opener) === 'VERB' || view.pos(opener) === 'NOUN') && view.word(opener).endsWith('ing');
    if (view.word(c) === ',' && actor.tokenStart > c && (participle || view.pos(opener) === 'ADP') && !view.mention(opener)) return c;
  }
  if (!view.word(i).endsWith('ing') || !(actor.tokenEnd === i || (actor.tokenEnd === i - 1 && view.word(i - 1) === ','))) return -1;
  let k = actor.tokenStart - 1;
  // "to the defence minister, Y,": an apposition after the title of whom it went to.
  if (view.word(k) === ',') {
    k--;
    const limit = k - 6;
    while (k > sentence.tokenStart && k > limit && view.word(k) !== 'to' && !view.isActor(view.mention(k)) && (view.isPremodifier(k) || view.pos(k) === 'NOUN' || view.pos(k) === 'PROPN')) k--;
  } else if (view.word(k) === 'the') k--;
  return view.word(k) === 'to' && view.pos(k) === 'ADP' ? k : -1;
}

/**
 * The doer of an extraposed infinitive that holds the request word at i: a sentence that opens "It was left to X" or
 * "It fell to X" (a form of "be" or a verb, then "to" and a person, organisation or state), then ", to VERB" before
 * the request word ("It was left to X, the foreign minister, to make the request that ..."); else null.
 */
function extraposedDoer(view: DocView, sentence: Sentence, i: number): Mention | null {
  const first = view.firstIndex(sentence);
  if (view.word(first) !== 'it' || i > first + 24) return null;
  let k = first + 1;
  while (k < first + 4 && !view.mention(k) && (view.pos(k) === 'AUX' || view.pos(k) === 'VERB' || view.pos(k) === 'ADV')) k++;
  const doer = view.mention(k + 1);
  if (k === first + 1 || view.word(k) !== 'to' || !view.isActor(doer) || doer.kind === 'pronoun') return null;
  for (let t = doer.tokenEnd; t < i - 1; t++) if (view.word(t) === 'to' && view.pos(t) === 'PART' && view.pos(t + 1) === 'VERB' && view.word(t - 1) === ',') return doer;
  return null;
}

/**
 * The receiver of a request noun at i handed over by a dative verb ("sent the ministry a request", "handed Berlin a
 * new request"): an actor right before the noun's determiner and modifiers, itself right after a verb of handing over.
 */
function dativeReceiver(view: DocView, sentence: Sentence, i: number): { receiver: string; verb: number } | null {
  let k = i - 1;
  while (k > sentence.tokenStart && view.isPremodifier(k) && !view.mention(k)) k--;
  const m = view.mention(k);
  if (!view.isActor(m) || m.tokenEnd !== k + 1 || m.kind === 'pronoun' || k === i - 1) return null;
  let verb = m.tokenStart - 1;
  if (view.pos(verb) === 'DET') verb--;
  if (verb < sentence.tokenStart || !view.lex.dativeVerbs.has(view.word(verb)) || view.pos(verb) !== 'VERB') return null;
  return { receiver: m.entity, verb };
}

/** May the weapon be asked for by a side whose enemy is `enemy` (not a class noun of a named one, a platform, the enemy's)? */
function askable(view: DocView, m: Mention, enemy: string | null): boolean {
  return !view.isClassNounOfNamed(m) && !view.isPlatform(m, { agentIsArgument: true }) && (enemy === null || view.weaponOwner(m) !== enemy);
}

/**
 * A list handed over, or one a requester puts weapons on, is a request: "X handed Y a list topped by W", "X sent a
 * W-and-V wish list to Y", "X submitted a list of W" (a verb of handing over whose object is the list), "X put W on
 * his list", "X added W to its wish list" (a verb of placing whose object is W, the list owned). What is asked for is
 * the list's modifiers and what its head word opens ("topped by W", "of W"). A list no one hands over or fills ("a
 * heritage list", "W was not on his list", "the list of war crimes") asks for nothing.
 */
function wishList(view: DocView, emit: Emit, sentence: Sentence, syntax: SyntaxLayer | null): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!lex.listNouns.has(view.word(i)) || view.pos(i) !== 'NOUN' || view.mention(i)?.kind === 'name') continue;
    const modifiers: Mention[] = [];
    let receiver: string | null = null;
    let k = i - 1;
    if (lex.listCompounds.has(view.word(k))) k--;
    let owned = false;
    // 1. Left of the list: its modifiers ("a Gepard-and-drone wish list", "his list"), a receiver ("handed Berlin a
    //    list"), and the verb.
    for (; k >= Math.max(sentence.tokenStart, i - 14); k--) {
      const m = view.mention(k);
      if (view.isWeapon(m) && receiver === null) {
        modifiers.unshift(m);
        k = m.tokenStart;
        continue;
      }
      if (m && view.isActor(m) && m.kind !== 'pronoun' && receiver === null && view.pos(k + 1) === 'DET') {
        receiver = m.entity;
        k = m.tokenStart;
        continue;
      }
      if (m && m.kind !== 'pronoun') break;
      const w = view.word(k);
      const pos = view.pos(k);
      if (pos === 'PRON' && receiver === null) owned = true;
      if (pos === 'DET' || pos === 'PRON' || pos === 'ADJ' || pos === 'NUM' || w === '-' || w === 'and' || (pos === 'NOUN' && receiver === null)) continue;
      break;
    }
    let verb = -1;
    const placed: Mention[] = [];
    if (k >= sentence.tokenStart && view.pos(k) === 'VERB' && lex.handOverVerbs.has(view.word(k))) verb = k;
    else if (owned && receiver === null && (view.word(k) === 'on' || view.word(k) === 'to')) {
      // "put W on his list": the weapons between a verb of placing and "on".
      for (let j = k - 1; j >= Math.max(sentence.tokenStart, k - 10); j--) {
        const m = view.mention(j);
        if (view.isWeapon(m)) {
          placed.unshift(m);
          j = m.tokenStart;
          continue;
        }
        if (view.pos(j) === 'VERB' && lex.listPlacingVerbs.has(view.word(j))) {
          verb = j;
          break;
        }
        if (m) break;
        const pos = view.pos(j);
        if (pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'NOUN' || view.word(j) === 'and' || view.word(j) === ',') continue;
        break;
      }
      if (placed.length === 0) verb = -1;
    }
    // "a list of casualties", "its list of launches": a list of something else than weapons.
    if (view.word(i + 1) === 'of' && !view.isWeapon(view.mention(view.isPremodifier(i + 2) ? i + 3 : i + 2))) continue;
    if (verb < 0) continue;
    const subject = agentLeft(view, sentence, verb, { stopAtReport: false }).key ?? syntaxSubject(view, syntax, verb)?.entity ?? placeRequester(view, sentence, verb, syntax);
    if (subject === null || subject === receiver) continue;
    const enemy = lex.opponents.get(view.sideOf(subject)) ?? null;
    const asked = [...placed, ...modifiers];
    // 2. Right of the list: what its head word opens ("topped by W", "of W", "naming W"), and whom it went to.
    let j = i + 1;
    const addressee: string[] = receiver ? [receiver] : [];
    if (view.word(j) === 'to' && view.isActor(view.mention(j + 1))) {
      const m = view.mention(j + 1) as Mention;
      addressee.push(m.entity);
      j = m.tokenEnd;
    }
    if (lex.listHeads.has(view.word(j))) {
      for (j += view.word(j + 1) === 'by' ? 2 : 1; j < sentence.tokenEnd; j++) {
        const w = view.word(j);
        if (lex.requestStop.has(w) || w === ';' || lex.relativePronouns.has(w)) break;
        const m = view.mention(j);
        if (view.isWeapon(m)) {
          asked.push(m);
          j = m.tokenEnd - 1;
          continue;
        }
        if (view.pos(j) === 'VERB' && !m) break;
      }
    }
    const cues = view.polarity(sentence, verb);
    const seen = new Set<string>();
    for (const m of asked) {
      if (!askable(view, m, enemy) || seen.has(m.entity)) continue;
      seen.add(m.entity);
      const ref = view.weaponRef(m);
      emit({ sentence: sentence.index, rule: 'requested:wish-list', addressee: addressee.length ? addressee : null, predicate: 'requested', subject, subjectRole: null, object: m.entity, weapon: ref, count: ref.count, overSide: null, trigger: i, cues });
    }
  }
}

/** The requested rule as a pipeline step. */
export const requestedStep = defineStep('15-requested', (context: ExtractContext) => ruleRequested(viewOf(context), context.syntax, governmentAsState(viewOf(context), (candidate) => context.candidates.push(candidate))));

/** Tags after a stranded "for" (the clause goes on without its object): "asked Berlin for in April", "asked for." */
const AFTER_STRANDED = new Set(['ADP', 'ADV', 'AUX', 'PUNCT', 'SCONJ', 'CCONJ']);

/**
 * A request verb at i whose object slot is empty asks for the weapons before its subject: the head of a relative
 * clause, reduced or not ("the two Gepard guns it had asked the ministry for", "the IRIS-T systems that Kyiv requested
 * from Berlin", "More NASAMS launchers the ministry requested of Norway"), or a weapon phrase fronted at the start of the
 * sentence and set off by a comma ("Two Gepard systems, the governor recalled, the region had requested from the
 * General Staff"). For a fronted object the slot must be seen empty: the verb and its addressees (which end at k) are
 * followed by a stranded "for" or by "from"/"of" (who was asked).
 */
function gappedObject(view: DocView, sentence: Sentence, i: number, k: number, enemy: string | null): WeaponRef[] {
  const { tokenStart, tokenEnd } = sentence;
  const w = view.word(k);
  // "the Patriots Kyiv asked about": a question, not a request.
  if (w === 'about') return [];
  const agent = agentLeft(view, sentence, i, { stopAtReport: false }).actor;
  if (!agent || agent.tokenStart <= tokenStart) return [];
  const usable = (m: Mention | undefined): m is Mention => view.isWeapon(m) && !view.isPlatform(m) && !view.isClassNounOfNamed(m) && (enemy === null || view.weaponOwner(m) !== enemy);
  // Only auxiliaries and adverbs between the subject and the verb ("it had asked", "Kyiv had long requested").
  for (let j = agent.tokenEnd; j < i; j++) if (view.pos(j) !== 'AUX' && view.pos(j) !== 'ADV' && view.pos(j) !== 'PART') return [];
  // 1. A relative clause: the weapon phrase ends right before the subject (or before "that"/"which"); a class noun
  //    after a named system is no mention of its own ("the Patriot launchers").
  let j = agent.tokenStart - 1;
  if (view.word(j) === 'the') j--;
  if (view.word(j) === 'that' || view.word(j) === 'which') j--;
  for (let steps = 0; steps < 2 && j > tokenStart && !view.mention(j) && view.pos(j) === 'NOUN'; steps++) j--;
  const head = view.mention(j);
  if (usable(head) && head.tokenEnd === j + 1) return weaponsEndingAt(view, sentence, head, usable);
  // 2. A fronted object, from the start of the sentence up to a comma: the verb's slot must be empty.
  const stranded = w === 'for' && (k + 1 >= tokenEnd || AFTER_STRANDED.has(view.pos(k + 1)));
  if (!stranded && w !== 'from' && w !== 'of') return [];
  // (The subject opens the clause after the aside: "Two X, the governor said, the region had requested from Y".)
  if (view.word(agent.tokenStart - 1) !== ',' && !(view.word(agent.tokenStart - 1) === 'the' && view.word(agent.tokenStart - 2) === ',')) return [];
  const out: WeaponRef[] = [];
  for (let f = tokenStart; f < agent.tokenStart; f++) {
    const m = view.mention(f);
    if (usable(m)) {
      out.push(view.weaponRef(m));
      f = m.tokenEnd - 1;
      continue;
    }
    const pos = view.pos(f);
    if (view.word(f) === ',') return out;
    if (m || !(pos === 'DET' || pos === 'NUM' || pos === 'ADJ' || pos === 'ADV' || pos === 'NOUN' || view.word(f) === 'and' || view.word(f) === 'or')) return [];
  }
  return [];
}

/** The weapons of a phrase that ends with `last`, walking left over its coordination ("Patriot and IRIS-T systems"). */
function weaponsEndingAt(view: DocView, sentence: Sentence, last: Mention, usable: (m: Mention | undefined) => m is Mention): WeaponRef[] {
  const out = [view.weaponRef(last)];
  for (let f = last.tokenStart - 1; f >= sentence.tokenStart; f--) {
    const m = view.mention(f);
    if (usable(m)) {
      out.unshift(view.weaponRef(m));
      f = m.tokenStart;
      continue;
    }
    const word = view.word(f);
    if (word !== 'and' && word !== 'or' && word !== ',') break;
  }
  return out;
}
