/**
 * Step 13: intercepted. "X shot down/intercepted/destroyed W", "W were shot down (by X)", "N of them were downed",
 * elliptical partitives ("destroyed 31 of the 36"). Also emits the launches an interception implies
 * (`launched:including`, `launched:owner-of-intercepted`, `launched:whole-of-partitive`).
 */
import type { Mention, Sentence } from '../layers.ts';
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { agentLeft, allQuantified, byAgent, definite, ellipticalPartitive, figurePutAt, groupLeft, tallyItem, isPassive, isReducedParticiple, partitiveAnaphorEndingAt, partOf, pronounWeapons, raisedParticiple, passiveObjects, reportAsideEnd, patientIsNoWeapon, placesRight, resolveAnaphora, scanRight } from '../relations/frames.ts';
import { withCues, type Emit } from '../relations/candidates.ts';
import type { RuleId } from '../relations/registry.ts';
import { BLOCKING, INTERCEPT_NOUN, OBJECT_PRONOUN, POLARITY, WEAPON, type DocView, type WeaponRef } from '../relations/view.ts';

/**
 * "The destruction of all six drones was reported", "Ukraine's interception of 30 Shaheds": an interception noun
 * with "of" and weapons names what was downed; the interceptor is the possessor, else the defender. A weapon that is
 * an air-defence system or an aircraft class is what was hit, not what was downed, and gives nothing here.
 */
function nominalInterception(view: DocView, propose: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!view.flag(i, INTERCEPT_NOUN) || view.word(i + 1) !== 'of' || view.pos(i) === 'VERB') continue;
    const refs: WeaponRef[] = [];
    for (let k = i + 2; k < Math.min(sentence.tokenEnd, i + 14); k++) {
      // "credited mobile fire groups with the destruction of 47 of them": a counted part of the weapons told before
      // (the pronoun, resolved or not, stands for them).
      const part = view.word(k - 1) === 'of' ? view.numberEndingAt(k - 2) : null;
      if (part && view.flag(k, OBJECT_PRONOUN) && view.word(k) !== 'which' && view.word(k) !== 'that' && weaponsLastBefore(view, sentence, i)) {
        refs.push(...pronounWeapons(view, k, view.previousWeapons(sentence, part.start)));
        break;
      }
      const m = view.mention(k);
      if (view.isWeapon(m)) {
        if (view.isDefenceClass(m) || view.isPlatformClass(m.entity)) break;
        if (!view.isClassNounOfNamed(m)) refs.push(view.weaponRef(m));
        k = m.tokenEnd - 1;
        continue;
      }
      // "the destruction of nine Ukrainian drones": the users' demonym inside the weapon phrase.
      if (m?.kind === 'demonym' && view.isWeapon(view.mention(m.tokenEnd))) {
        k = m.tokenEnd - 1;
        continue;
      }
      const w = view.word(k);
      if (w === ',' || w === 'and' || w === 'the' || w === 'of' || w === 'all' || w === 'both' || view.pos(k) === 'NUM' || view.pos(k) === 'ADJ' || lex.numberWords.has(w)) continue;
      break;
    }
    // "Interceptions of ballistic missiles depend on Patriots": a bare plural names no event; a figure, "all" or "the" does.
    const told = resolveAnaphora(view, sentence, refs.filter((ref) => ref.count !== null || ref.partitive !== null || (ref.mention !== null && definite(view, ref.mention))));
    if (told.length === 0) continue;
    const possessor = view.word(i - 1) === "'s" ? view.mention(i - 2) : undefined;
    const side = view.isActor(possessor) ? view.sideOf(possessor.entity) : null;
    const emit = withCues(propose, view.polarity(sentence, i, { noun: true, success: true, event: true }));
    for (const ref of told) {
      if (ref.negated) continue;
      // With no possessor, the users of the weapons ("Ukrainian drones") name the interceptor: their opponent.
      const interceptor = side ?? (ref.owner !== null ? (lex.opponents.get(ref.owner) ?? null) : null);
      emit({ sentence: sentence.index, rule: 'intercepted:nominal', addressee: null, predicate: 'intercepted', subject: interceptor, subjectRole: interceptor ? null : 'defender', object: ref.entity, weapon: ref, count: ref.partitive ?? ref.count, overSide: null, trigger: i });
    }
  }
}

/**
 * "Air Command South reported 24 kills", "its crews made 13 kills among the Shaheds": a number right before a plural
 * noun of downing (class interceptNoun: "kills", "interceptions", "shootdowns") counts weapons downed. The weapons are
 * those after "among" ("13 kills among the Shaheds"), else the weapons told before it (in its sentence before its
 * clause, else in the sentences before; several of one class give their class, of several classes nothing); air-defence
 * systems and platforms are what was hit, not what was downed.
 * The interceptor is the actor left of the verb that takes the count, else the defender; nobody downs their own
 * weapons. "The interception of ..." is the nominal frame above, not this one.
 */
function countedDownings(view: DocView, propose: Emit, sentence: Sentence): void {
  const { lex } = view;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    const w = view.word(i);
    if (!view.flag(i, INTERCEPT_NOUN) || !w.endsWith('s') || view.word(i + 1) === 'of' || view.mention(i)) continue;
    const number = view.numberEndingAt(i - 1);
    if (!number || view.mention(i - 1)) continue;
    let refs: WeaponRef[] = [];
    if (view.word(i + 1) === 'among') {
      for (let k = i + 2; k < Math.min(sentence.tokenEnd, i + 10); k++) {
        const m = view.mention(k);
        if (view.isWeapon(m)) {
          if (!view.isDefenceClass(m) && !view.isPlatform(m) && !view.isClassNounOfNamed(m)) refs.push(view.weaponRef(m));
          k = m.tokenEnd - 1;
          continue;
        }
        // ("among the Ukrainian drones": the users' demonym inside the weapon phrase.)
        if (m?.kind === 'demonym' && view.isWeapon(view.mention(m.tokenEnd))) {
          k = m.tokenEnd - 1;
          continue;
        }
        const t = view.word(k);
        if (t !== 'the' && t !== 'and' && t !== ',' && view.pos(k) !== 'ADJ') break;
      }
    } else {
      refs = view.previousWeapons(sentence, number.start).filter((ref) => !ref.mention || (!view.isDefenceClass(ref.mention) && !view.isPlatform(ref.mention)));
    }
    // Several weapons told before share the count: "18 Kh-101 and Kh-555 cruise missiles ... 15 kills" downed 15 of
    // their class; weapons of different classes ("136 drones, five missiles, 61 kills") leave it unsplit, so nothing.
    if (refs.length > 1) {
      const slug = view.classSlug((refs[0] as WeaponRef).entity);
      const first = refs[0] as WeaponRef;
      refs = slug !== '' && refs.every((ref) => view.classSlug(ref.entity) === slug) && view.ctx.gazetteer?.get(slug)?.generic ? [{ ...first, entity: slug, generic: true, count: null }] : [];
    }
    if (refs.length === 0) continue;
    // The verb that takes the count ("reported", "made", "scored"), and its subject.
    const verb = number.start - 1;
    const agent = view.pos(verb) === 'VERB' ? agentLeft(view, sentence, verb) : null;
    let side = agent?.key && view.isActor(agent.actor ?? undefined) ? view.sideOf(agent.key) : null;
    if (side !== null && refs.some((ref) => ref.owner === side)) side = lex.opponents.get(side) ?? null;
    // (The verb's own negation, modal or question counts: "did not report 17 kills".)
    const emit = withCues(propose, view.polarity(sentence, i, { noun: true, success: true, event: true }) | (agent ? view.polarity(sentence, verb, { success: true, event: true }) : 0));
    for (const ref of refs) {
      if (ref.negated) continue;
      emit({ sentence: sentence.index, rule: 'intercepted:counted-downings', addressee: null, predicate: 'intercepted', subject: side, subjectRole: side ? null : 'defender', object: ref.entity, weapon: { ...ref, partitive: number.value }, count: number.value, overSide: null, trigger: i });
    }
  }
}

/**
 * Are weapons the last things named before token i, in its sentence or the one before, with no counted things
 * between ("Drones hit five houses, and the fire led to the destruction of two of them": houses)?
 */
function weaponsLastBefore(view: DocView, sentence: Sentence, i: number): boolean {
  const first = view.ctx.sentences[sentence.index - 1]?.tokenStart ?? sentence.tokenStart;
  for (let k = i - 1; k >= first; k--) {
    const m = view.mention(k);
    if (m) {
      if (view.isWeapon(m)) return !view.isDefenceClass(m);
      k = m.tokenStart;
      continue;
    }
    const w = view.word(k);
    // (A counted thing: "five houses", "two damaged buildings".)
    if (view.pos(k) === 'NOUN' && w.endsWith('s') && !w.endsWith('ss') && (view.numberEndingAt(k - 1) !== null || (view.pos(k - 1) === 'ADJ' && view.numberEndingAt(k - 2) !== null))) return false;
  }
  return false;
}

/** A counted part of weapons told before: "52 of them", "ten of those". */
const PART_OF_PRONOUN = /\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those|these)\b/i;
/**
 * What every match of `PART_OF_PRONOUN` holds: tested first, it spares most sentences the full pattern, which tries
 * each word of the sentence as the count (and backtracks through it) before it fails.
 */
const PART_OF_PRONOUN_CUE = /of\s+(?:them|those|these)\b/i;

/** `PART_OF_PRONOUN.test(text)`, with the full pattern run only on a text that holds its cue. */
function partOfPronoun(text: string): boolean {
  return PART_OF_PRONOUN_CUE.test(text) && PART_OF_PRONOUN.test(text);
}

/** "X shot down/intercepted/destroyed W", "W were shot down (by X)", "N of them were downed". */
export function ruleIntercepted(view: DocView, propose: Emit): void {
  const { lex } = view;
  for (const sentence of view.ctx.sentences) {
    // ("The destruction of 52 of them was reported": the weapons may be told only in a sentence before.)
    if (view.has(sentence, WEAPON) || partOfPronoun(view.ctx.doc.text.slice(sentence.start, sentence.end))) nominalInterception(view, propose, sentence);
    countedDownings(view, propose, sentence);
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const length = view.at(lex.intercept, i) || weaponStopped(view, sentence, i) || skyRemoved(view, sentence, i);
      if (length === 0) continue;
      const pos = view.pos(i);
      // "down" as a particle; a participle the tagger read as a noun right after its weapon still counts ("reported 77 of
      // the drones neutralised").
      const taggedNoun = length === 1 && pos === 'NOUN' && view.word(i).endsWith('ed') && isReducedParticiple(view, sentence, i, length);
      // "Neutralised, per the summary: 44 missiles ...": a participle that opens its sentence before a comma or colon,
      // which the tagger may read as a name.
      const fronted = length === 1 && i === sentence.tokenStart && view.word(i).endsWith('ed') && (view.word(i + 1) === ',' || view.word(i + 1) === ':');
      if (length === 1 && pos !== 'VERB' && !taggedNoun && !fronted && !view.afterActor(i) && !view.afterSubjectPronoun(i) && !view.afterDefence(i)) continue;
      if (view.word(i - 1) === '-' || tallyItem(view, sentence, i)) continue;
      // "debris from an intercepted missile": a participle naming the weapon inside a debris phrase reports no downing.
      if (debrisOf(view, sentence, i)) continue;
      let cues = view.polarity(sentence, i, { success: true, event: true });
      let emit = withCues(propose, cues);
      // "48 drones launched and 41 shot down": a count with the weapon gapped, after a launch participle's phrase.
      const gapped = gappedDownedCount(view, sentence, i, length);
      if (gapped) {
        emit({ sentence: sentence.index, rule: 'intercepted:passive', addressee: null, predicate: 'intercepted', subject: null, subjectRole: 'defender', object: gapped.entity, weapon: gapped, count: gapped.count, overSide: null, trigger: i });
        continue;
      }
      const after = i + length;
      // "The air force put the number shot down at 61": a tally noun with no weapon of its own, and its figure.
      const put = tallyNounPutAt(view, sentence, i, after);
      if (put) {
        emit({ sentence: sentence.index, rule: 'intercepted:passive', addressee: null, predicate: 'intercepted', subject: null, subjectRole: 'defender', object: put.entity, weapon: put, count: put.partitive, overSide: null, trigger: i });
        // "...put the number downed at 97; of the missiles, at three.": a gapped figure for another whole.
        const semicolon = view.words.indexOf(';', after);
        const topic = semicolon > 0 && semicolon < sentence.tokenEnd ? topicPart(view, sentence, semicolon + 1) : null;
        if (topic) emit({ sentence: sentence.index, rule: 'intercepted:passive', addressee: null, predicate: 'intercepted', subject: null, subjectRole: 'defender', object: topic.entity, weapon: topic, count: topic.partitive, overSide: null, trigger: i });
        continue;
      }
      let subject: string | null;
      let objects: WeaponRef[];
      let rule: RuleId;
      let others: string[] = [];
      // "70 were reported shot down": a raised passive reads from where its auxiliary chain ends.
      const core = raisedParticiple(view, sentence, i);
      // ("which air defence destroyed": a defence class after a relative pronoun is the clause's subject, no reduced participle's head.)
      if (isPassive(view, sentence, core) || (isReducedParticiple(view, sentence, i, length) && relativeObjects(view, sentence, i).length === 0)) {
        // "the number of drones shot down at 319": the figure the count is put at.
        // An air-defence system "destroyed" on the ground ("a Patriot battery had been destroyed") was hit, not downed.
        objects = passiveObjects(view, sentence, core)
          .filter((ref) => !(ref.mention && view.classHead(ref.entity) === 'system' && groundSystem(view, ref.mention)))
          .map((ref) => {
            const figure = figurePutAt(view, ref, after);
            return figure === null ? ref : { ...ref, count: figure, partitive: null };
          });
        const agent = byAgent(view, sentence, after);
        subject = agent.key;
        rule = 'intercepted:passive';
        // "one of those the Patriot battery intercepted": a defence class before the verb read as a reduced
        // participle's weapon is the subject of an active verb with a fronted partitive object.
        if (objects.length === 0 && !isPassive(view, sentence, core)) {
          const fronted = frontedPartitive(view, sentence, i);
          if (fronted.length > 0) {
            objects = fronted;
            subject = agentLeft(view, sentence, i).key;
            rule = 'intercepted:active';
          }
        }
        // "..., together with all ten Shahed drones Russia sent": more objects after the verb.
        const right = scanRight(view, sentence, after, { stopAt: (k) => view.launchAt(k) });
        const extra = right.weapons.filter((w) => w.mention && !view.isPlatform(w.mention) && view.weaponOwner(w.mention) === null);
        // "24 Kh-101s, of which 18 were destroyed, as well as six Iskander-Ms": after a relative aside the list goes
        // on with what the main clause counts, not with what was downed.
        // ("All the Kh-101s were downed, along with 20 of the drones": an anaphor resolved to a weapon of an earlier
        // sentence is read where it stands, see `continuedAnaphor`.)
        if (!relativeSubject(view, sentence, i)) objects = objects.concat(extra.filter((w) => w.mention && (w.mention.sentence === sentence.index ? continuationBefore(view, sentence, w.mention) : continuedAnaphor(view, sentence, after, right.end, w))));
        // "Not one of the four Kinzhals, three Iskanders and ... was stopped": a negative quantifier before a subject list.
        const first = objects[0]?.mention;
        if ((first && first.sentence === sentence.index && negatedSubject(view, sentence, first)) || negatedRelative(view, sentence, i)) {
          cues |= POLARITY.NEGATION;
          emit = withCues(propose, cues);
        }
        // "...were downed; the two Kinzhals were not": a gapped negated clause after the interception.
        const gapped = gappedNegation(view, sentence, after);
        if (gapped.length > 0 && (cues & BLOCKING) === 0) {
          for (const ref of gapped) propose({ sentence: sentence.index, rule: 'launched:not-intercepted', addressee: null, predicate: 'launched', subject: ref.owner, subjectRole: ref.owner ? null : 'attacker', object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: i });
        }
        // "None of the four Kinzhals was intercepted", "the two Kalibrs were not shot down": what was not downed
        // was still launched. Only the negation is lifted; a question, plan or denial still blocks.
        if ((cues & POLARITY.NEGATION) !== 0 && (cues & BLOCKING & ~POLARITY.NEGATION) === 0) {
          const launched = withCues(propose, cues & ~POLARITY.NEGATION);
          for (const ref of objects) {
            if (ref.mention === null || ref.mention.sentence !== sentence.index || !(ref.count !== null || definite(view, ref.mention))) continue;
            launched({ sentence: sentence.index, rule: 'launched:not-intercepted', addressee: null, predicate: 'launched', subject: ref.owner, subjectRole: ref.owner ? null : 'attacker', object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: i });
          }
          continue;
        }
      } else {
        // "drones destroyed part of a building": a verb of both classes whose patient is no weapon is a strike.
        if (view.at(lex.attackVerb, i) > 0 && patientIsNoWeapon(view, sentence, after)) continue;
        const agent = agentLeft(view, sentence, i);
        // "Dutch F-35 jets brought down three drones": the state that flies the aircraft is the interceptor;
        // "Polish F-16s and Dutch F-35s brought down ...": each state of a coordinated list.
        const owners = agent.key === null ? interceptorOwners(view, sentence, i) : [];
        subject = agent.key ?? owners[0] ?? null;
        others = owners.slice(1);
        // "downed 12 drones with Sting interceptors": what stands after "with" is the means, not what was downed
        // ("together with", and a counted "with 12 missiles also destroyed", go on with the objects).
        const means = (k: number): number => (view.word(k) === 'with' && view.word(k - 1) !== 'together' && view.word(k - 1) !== 'along' && view.numberEndingAt(k + 1) === null && view.numberEndingAt(k + 2) === null ? 1 : 0);
        const right = scanRight(view, sentence, after, { stopAt: (k) => (view.pos(k) === 'VERB' ? view.at(lex.intercept, k) : means(k)) });
        // Air-defence systems are the means of an interception, not what is intercepted.
        objects = right.weapons.filter((w) => view.classHead(w.entity) !== 'system');
        rule = 'intercepted:active';
        // "shot down 20, 15 and two of them respectively": each number is a part of the weapon told in that place.
        let first = after;
        while (first < sentence.tokenEnd && view.lex.skipAdverbs.has(view.word(first))) first++;
        const respective = respectiveParts(view, sentence, first);
        // "..., along with 40 of the drones": what the clause adds after the list goes on as objects.
        if (respective !== null) objects = respective.concat(objects.filter((w) => w.mention !== null && w.mention.sentence === sentence.index && view.words.lastIndexOf('respectively', w.mention.tokenStart) >= first));
        // "three Kh-59s, all of which air defence destroyed": the object of a relative clause is its antecedent (what
        // follows the verb belongs to the main clause's list).
        const relative = relativeObjects(view, sentence, i);
        if (relative.length > 0) objects = relative;
        // "Of the cruise missiles, it brought down 19; of the drones, 221": a bare figure right after the verb is a part
        // of the whole a fronted "of" phrase names (what follows the semicolon is a gapped clause of its own).
        const topic = respective === null && relative.length === 0 ? frontedTopic(view, sentence, i) : null;
        const figure = topic ? bareFigure(view, sentence, first) : null;
        if (topic && figure !== null) objects = [{ ...topic, partitive: figure }];
        // "..., and 128 of them the air force reports destroyed": a fronted partitive object before the subject.
        if (objects.length === 0) objects = frontedPartitive(view, sentence, i);
        // "destroyed 31 of the 36.": an elliptical partitive refers back to the earlier weapons.
        if (objects.length === 0) {
          let k = after;
          while (k < sentence.tokenEnd && view.lex.skipAdverbs.has(view.word(k))) k++;
          const whole = view.word(k + 2) === 'the' ? k + 3 : k + 2;
          const ellipsis = view.numberEndingAt(whole) && !view.mention(whole + 1) ? ellipticalPartitive(view, whole) : null;
          if (ellipsis && ellipsis.start === k) objects = partOf(view.previousWeapons(sentence, k), ellipsis.part, ellipsis.whole);
          // "shot down all 14", "downed every one of the ten": a whole without a noun is the earlier weapons of that count.
          let a = view.word(k) === 'all' ? k : view.word(k - 1) === 'all' && k - 1 >= after ? k - 1 : -1;
          if (a < 0 && view.word(k) === 'every' && view.word(k + 1) === 'one' && view.word(k + 2) === 'of' && view.word(k + 3) === 'the') a = k + 3;
          const all = a >= 0 ? view.numberEndingAt(a + 1) : null;
          if (objects.length === 0 && all && all.start === a + 1 && !view.mention(a + 2) && view.pos(a + 2) !== 'NOUN') {
            const whole = view.previousWeapons(sentence, a).filter((ref) => ref.count === all.value);
            if (whole.length === 1 && whole[0]) objects = [{ ...whole[0], partitive: null }];
          }
          // "neutralised all but three": the part is the earlier counted weapon less that number.
          const b = view.word(k) === 'but' && view.word(k - 1) === 'all' ? k : view.word(k) === 'all' && view.word(k + 1) === 'but' ? k + 1 : -1;
          const but = b >= 0 ? view.numberEndingAt(b + 1) : null;
          if (objects.length === 0 && but && but.start === b + 1 && !view.mention(b + 2) && view.pos(b + 2) !== 'NOUN') {
            const whole = view.previousWeapons(sentence, b - 1).filter((ref) => ref.count !== null && ref.count > but.value);
            if (whole.length === 1 && whole[0]) objects = [{ ...whole[0], partitive: (whole[0].count ?? 0) - but.value }];
          }
          // "The air force reported downing 12.": a bare number with no noun is a part of the one earlier counted weapon;
          // so is one a limiting adverb opens ("brought down only 53", "destroyed just nine").
          if (lex.limitingAdverbs.has(view.word(k)) && view.numberEndingAt(k + 1) !== null) k++;
          const bare = view.numberEndingAt(k);
          if (objects.length === 0 && respective === null && bare && bare.start === k && view.word(k - 1) !== 'all' && !view.mention(k + 1) && view.pos(k + 1) !== 'NOUN' && view.word(k + 1) !== 'of' && (view.pos(k + 1) === 'PUNCT' || view.pos(k + 1) === 'ADP' || view.boundaryAt(k + 1) > 0)) {
            const whole = view.previousWeapons(sentence, k).filter((ref) => ref.count !== null && ref.count >= bare.value);
            if (whole.length === 1 && whole[0]) objects = [{ ...whole[0], partitive: bare.value }];
          }
        }
      }
      // "Fifteen of the drones were shot down, but only one of the missiles": a gapped clause adds its part.
      if ((cues & POLARITY.NEGATION) === 0) objects = objects.concat(gappedPart(view, sentence, after));
      // Nobody shoots down their own weapons: when a pronoun resolved to the side that owns one of the objects
      // ("its air defences intercepted 16 Ukrainian drones" with "its" read as Ukraine), the interceptor is the other side.
      if (subject !== null) {
        const side = view.sideOf(subject);
        if (objects.some((o) => o.owner === side)) subject = lex.opponents.get(side) ?? null;
      }
      const overSide = overPlaceSide(view, sentence, after);
      // "30 of the 38 missiles, including Kinzhal missiles": once a part was downed, what "including" adds
      // belongs to the whole that was launched, not to the part that was downed.
      let partial = false;
      for (const ref of objects) {
        if (ref.negated) continue;
        const here = ref.mention !== null && ref.mention.sentence === sentence.index;
        const included = here && ref.mention !== null && includingBefore(view, sentence, ref.mention);
        if (included) {
          emit({ sentence: sentence.index, rule: 'launched:including', addressee: null, predicate: 'launched', subject: ref.owner, subjectRole: ref.owner ? null : 'attacker', object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: i });
          // "including all six Kalibr missiles", "among them nine of the 12 Kh-101s" do attach to the part that was downed.
          if (partial && !allQuantified(view, ref.mention) && ref.partitive === null) continue;
        }
        const side = subject !== null ? view.sideOf(subject) : null;
        emit({ sentence: sentence.index, rule, addressee: null, predicate: 'intercepted', subject: side, subjectRole: side ? null : 'defender', object: ref.entity, weapon: ref, count: ref.partitive ?? ref.count, overSide, trigger: i });
        for (const other of others) emit({ sentence: sentence.index, rule, addressee: null, predicate: 'intercepted', subject: view.sideOf(other), subjectRole: null, object: ref.entity, weapon: ref, count: ref.partitive ?? ref.count, overSide, trigger: i });
        if (ref.partitive !== null && (ref.count === null || ref.partitive < ref.count)) partial = true;
        if (!here || included) continue;
        if (ref.owner) {
          // "32 Ukrainian drones" were launched by Ukraine.
          emit({ sentence: sentence.index, rule: 'launched:owner-of-intercepted', addressee: null, predicate: 'launched', subject: ref.owner, subjectRole: null, object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: i });
        } else if (ref.partitive !== null && ref.count !== null && ref.partitive < ref.count && view.launchAt(ref.mention?.tokenEnd ?? 0) === 0) {
          // "destroyed two of the seven missiles": the seven were launched by the attacker.
          emit({ sentence: sentence.index, rule: 'launched:whole-of-partitive', addressee: null, predicate: 'launched', subject: null, subjectRole: 'attacker', object: ref.entity, weapon: ref, count: ref.count, overSide: null, trigger: i });
        } else if (subject === null && rule === 'intercepted:passive' && !ref.generic) {
          // "The single Kh-59 was destroyed": a named weapon downed by the side left open was launched by the
          // attacker (a named interceptor may be the attacker's own air defence). The count downed is the count
          // launched only for a whole ("all eight Kalibrs", "the two Kinzhals"), not for a bare count ("30 Kh-101s").
          // "ten drones were sent in; every one of them was downed": an anaphor of the whole counts all of them.
          // "Two Shahed drones sent in alongside were also destroyed": a launch participle after the weapon makes its
          // number the launch count too.
          const launchedHere = ref.mention !== null && view.launchAt(ref.mention.tokenEnd) > 0 && view.pos(ref.mention.tokenEnd) !== 'NOUN';
          const whole = ref.mention !== null && (ref.partitive === null ? allQuantified(view, ref.mention) || definite(view, ref.mention) || launchedHere : ref.partitive === ref.count);
          const count = whole ? ref.count : null;
          emit({ sentence: sentence.index, rule: 'launched:of-intercepted', addressee: null, predicate: 'launched', subject: null, subjectRole: 'attacker', object: ref.entity, weapon: { ...ref, count, partitive: null }, count, overSide: null, trigger: i });
        }
      }
    }
  }
}

/**
 * The weapons a relative clause before the interception verb at `i` refers to, its subject between the pronoun and the
 * verb: "three Kh-59s, which air defence destroyed", "32 drones, 13 of which crews shot down" (a part), "five
 * missiles, none of which the air force intercepted" (denied). Empty when no relative pronoun opens the clause.
 */
function relativeObjects(view: DocView, sentence: Sentence, i: number): WeaponRef[] {
  let k = i - 1;
  while (k > sentence.tokenStart && (view.pos(k) === 'ADV' || view.pos(k) === 'AUX' || view.lex.negation.has(view.word(k)))) k--;
  // The clause's subject: a short phrase of mentions, nouns, adjectives and articles.
  let steps = 0;
  while (k > sentence.tokenStart && steps < 6 && !view.lex.relativePronouns.has(view.word(k))) {
    const m = view.mention(k);
    if (m) k = m.tokenStart - 1;
    else if (view.pos(k) === 'NOUN' || view.pos(k) === 'PROPN' || view.pos(k) === 'ADJ' || view.pos(k) === 'DET') k--;
    else return [];
    steps++;
  }
  const pronoun = k;
  if (steps === 0 || (view.word(pronoun) !== 'which' && view.word(pronoun) !== 'that')) return [];
  let before = pronoun - 1;
  let quantifier: 'all' | 'none' | number | null = null;
  if (view.word(before) === 'of') {
    const q = view.word(before - 1);
    const part = view.numberEndingAt(before - 1);
    if (q === 'all' || q === 'both') quantifier = 'all';
    else if (q === 'none' || q === 'neither') quantifier = 'none';
    else if (part) quantifier = part.value;
    else return [];
    before = part ? part.start - 1 : before - 2;
  }
  if (view.word(before) === ',') before--;
  // The antecedent's head stands right there ("said that its air defences had ..." is a complement clause).
  if (!view.mention(before) && view.pos(before) !== 'NOUN' && view.pos(before) !== 'PROPN') return [];
  const group = groupLeft(view, sentence, before);
  if (group.length === 0) return [];
  if (quantifier === 'none') return group.map((ref) => ({ ...ref, negated: true }));
  if (typeof quantifier === 'number') return group.slice(-1).map((ref) => ({ ...ref, partitive: quantifier }));
  return group.map((ref) => ({ ...ref, partitive: ref.count }));
}

/**
 * The weapon of an "of" phrase that names a whole at token j, and the end of that phrase (its comma), or null: "of the
 * drones,", "of the three Kalibrs,", "of those Kh-101s," (a determiner, at most a number and modifiers, then one
 * weapon that is no air-defence class).
 */
function wholeOfPhrase(view: DocView, sentence: Sentence, j: number): { ref: WeaponRef; comma: number } | null {
  if (view.word(j) !== 'of' || !view.lex.topicDeterminers.has(view.word(j + 1))) return null;
  let k = j + 2;
  const number = view.numberEndingAt(k);
  if (number && number.start === k) k++;
  while (k < sentence.tokenEnd && !view.mention(k) && view.pos(k) === 'ADJ') k++;
  const m = view.mention(k);
  if (!m || m.tokenStart !== k || !view.isWeapon(m) || view.isDefenceClass(m) || view.word(m.tokenEnd) !== ',') return null;
  // ("Of the missiles" after the Iskanders were named: the class names the earlier weapon.)
  const ref = { ...view.weaponRef(m), partitive: null };
  const resolved = resolveAnaphora(view, sentence, [ref]);
  return { ref: resolved.length === 1 && resolved[0] ? resolved[0] : ref, comma: m.tokenEnd };
}

/**
 * The whole named by a fronted "of" phrase that opens the sentence of the interception verb at `i` ("Of the cruise
 * missiles, it brought down 19"), or null when the sentence opens otherwise or another weapon stands between.
 */
function frontedTopic(view: DocView, sentence: Sentence, i: number): WeaponRef | null {
  const whole = wholeOfPhrase(view, sentence, view.firstIndex(sentence));
  if (!whole) return null;
  for (let k = whole.comma + 1; k < i; k++) {
    const m = view.mention(k);
    // (An air-defence class is the subject's means: "Of the drones, air defence destroyed 120".)
    if (m && view.isWeapon(m) && !view.isDefenceClass(m) && view.classHead(m.entity) !== 'system') return null;
  }
  return whole.ref;
}

/**
 * A gapped clause after ";" that repeats the interception for another whole, the verb left out: "of the Kalibrs,
 * four", "of the drones, which included decoys, 221", "of the missiles, at three". The whole's weapon with the
 * part; null unless the figure closes the clause (a verb after it is a clause of its own: "of the missiles, two hit
 * the port").
 */
function topicPart(view: DocView, sentence: Sentence, j: number): WeaponRef | null {
  const whole = wholeOfPhrase(view, sentence, j);
  if (!whole) return null;
  let k = whole.comma + 1;
  // (A relative aside on the whole: "of the drones, which included decoys in numbers it did not give, 221".)
  if (view.lex.relativePronouns.has(view.word(k))) {
    let c = k + 1;
    while (c < sentence.tokenEnd && c < k + 25 && view.word(c) !== ',' && view.word(c) !== ';' && view.word(c) !== '.') c++;
    if (view.word(c) !== ',') return null;
    k = c + 1;
  }
  // ("at three": the figure the gapped verb put the whole at.)
  const figure = view.word(k) === 'at' ? closingFigure(view, sentence, k + 1) : bareFigure(view, sentence, k);
  return figure === null ? null : { ...whole.ref, partitive: figure };
}

/** A figure at token k (after a limiting adverb: "only 19") that closes its clause (a comma, ";" or the end), or null. */
function bareFigure(view: DocView, sentence: Sentence, k: number): number | null {
  return closingFigure(view, sentence, view.lex.limitingAdverbs.has(view.word(k)) ? k + 1 : k);
}

/** A figure that starts at token k and closes its clause (no word after it in the sentence), or null. */
function closingFigure(view: DocView, sentence: Sentence, k: number): number | null {
  let end = k;
  while (end < k + 3 && view.numberEndingAt(end)?.start !== k) end++;
  const figure = view.numberEndingAt(end);
  if (!figure || figure.start !== k) return null;
  const next = end + 1;
  return next >= sentence.tokenEnd || !hasWord(view, next) ? figure.value : null;
}

/** Does token k carry a word (not a mark of punctuation or space)? */
function hasWord(view: DocView, k: number): boolean {
  return /[\p{L}\p{N}]/u.test(view.word(k));
}

/**
 * The weapons of a fronted partitive object of the active interception verb at `i`, or none: "N of them" ("128 of
 * them", "one of those", "all but three of them"; lexicon relativeAnaphors) opening a clause (at the sentence start,
 * after ", and", ";" or an apposition's comma: "Ukrainian drones, 33 of them, the ministry claims to have shot
 * down"), then the subject before the verb: an actor or a defence class, past reporting verbs and "to have", no other
 * verb and no weapon between.
 */
function frontedPartitive(view: DocView, sentence: Sentence, i: number): WeaponRef[] {
  let subject = false;
  for (let k = i - 1; k > sentence.tokenStart && k >= i - 12; k--) {
    const w = view.word(k);
    if (w === ';' || w === ':') return [];
    const m = view.mention(k);
    // (An air-defence system, named or not, is the subject's means: "the Patriot battery", "air defence crews".)
    const defence = m !== undefined && view.isWeapon(m) && (view.isDefenceClass(m) || view.classHead(m.entity) === 'system');
    if (m && view.isWeapon(m) && !defence) return [];
    if (m && (view.isActor(m) || defence)) subject = true;
    // (A participle modifying the subject, "the battery covering the city", is no verb of its own.)
    if (view.pos(k) === 'VERB' && view.reportAt(k) === 0 && w !== 'have' && w !== 'has' && !w.endsWith('ing')) return [];
    if (!partitiveAnaphorEndingAt(view, sentence, k)) continue;
    if (!subject) return [];
    // The part opens a clause: what stands before its number.
    let start = k - 2;
    while (start > sentence.tokenStart && (view.numberEndingAt(start - 1) !== null || view.word(start - 1) === 'all' || view.word(start - 1) === 'but')) start--;
    const number = view.numberEndingAt(start);
    if (number) start = number.start;
    const before = view.word(start - 1);
    if (start !== view.firstIndex(sentence) && before !== 'and' && before !== ',' && before !== ';') return [];
    return passiveObjects(view, sentence, k + 1);
  }
  return [];
}

/**
 * "put the number shot down at 61", "the total destroyed stood at 40": a tally noun right before the trigger with no
 * weapon of its own, then "at" and a figure, counts a part of the one weapon told before with a count that large.
 */
function tallyNounPutAt(view: DocView, sentence: Sentence, i: number, after: number): WeaponRef | null {
  if (!view.lex.tallyNouns.has(view.word(i - 1)) || view.word(i - 2) !== 'the') return null;
  let k = after;
  if (view.word(k) === 'stood' || view.word(k) === 'was') k++;
  if (view.word(k) !== 'at') return null;
  const figure = view.numberEndingAt(k + 1);
  if (!figure || figure.start !== k + 1 || view.mention(k + 2)) return null;
  const whole = view.previousWeapons(sentence, i - 2).filter((ref) => ref.count !== null && ref.count >= figure.value);
  return whole.length === 1 && whole[0] ? { ...whole[0], partitive: figure.value } : null;
}

/** The state of the place named by "over ..." after an interception verb ("downed ... over the Kursk region"). */
/**
 * "48 drones launched and 41 shot down", "30 missiles fired, 25 destroyed": a bare count right before the trigger,
 * after "and" or a comma, with no weapon after the trigger, whose coordinated phrase before it is a counted weapon
 * and a launch participle. The weapon of that phrase, with the gapped count.
 */
function gappedDownedCount(view: DocView, sentence: Sentence, i: number, length: number): WeaponRef | null {
  const number = view.numberEndingAt(i - 1);
  if (!number || number.start <= sentence.tokenStart + 1 || view.mention(i + length) || view.isWeapon(view.mention(i + length + 1))) return null;
  const join = number.start - 1;
  if (view.word(join) !== 'and' && view.word(join) !== ',') return null;
  const participle = join - 1;
  if (view.launchAt(participle) === 0) return null;
  const weapon = view.mention(participle - 1);
  if (!view.isWeapon(weapon) || weapon.tokenEnd !== participle || view.numberEndingAt(weapon.tokenStart - 1) === null) return null;
  return { ...view.weaponRef(weapon), count: number.value, partitive: null };
}

function overPlaceSide(view: DocView, sentence: Sentence, from: number): string | null {
  for (let k = from; k < Math.min(sentence.tokenEnd, from + 16); k++) {
    if (view.word(k) === ';' || (view.reportAt(k) > 0 && view.pos(k) === 'VERB')) return null;
    if (view.word(k) !== 'over') continue;
    const places = placesRight(view, sentence, k + 1, 10);
    const first = places[0];
    return first ? view.holderOf(first.entity) : null;
  }
  return null;
}

/** Is a weapon introduced by "including" / "among them" (a subset of the weapons named before it)? */
function includingBefore(view: DocView, sentence: Sentence, m: Mention): boolean {
  // A later item of the list is a subset too when it has a partitive of its own ("and two of the Kinzhals"); a
  // plainly counted item ("including 442 drones, 34 Kh-101s and seven Kalibrs") breaks down the part that was downed.
  if (view.weaponCount(m).partitive !== null && listIntroducer(view, sentence, m)) return true;
  for (let k = m.tokenStart - 1; k >= Math.max(sentence.tokenStart, m.tokenStart - 5); k--) {
    const w = view.word(k);
    if (w === 'including' || (w === 'them' && view.word(k - 1) === 'among')) return true;
    if (view.mention(k) || w === ',' || view.pos(k) === 'VERB') return false;
  }
  return false;
}

/** Is a weapon introduced by "together with", "along with", "as well as", "including"? */
function continuationBefore(view: DocView, sentence: Sentence, m: Mention): boolean {
  if (listIntroducer(view, sentence, m)) return true;
  for (let k = m.tokenStart - 1; k >= Math.max(sentence.tokenStart, m.tokenStart - 6); k--) {
    const w = view.word(k);
    if ((w === 'with' && (view.word(k - 1) === 'together' || view.word(k - 1) === 'along')) || w === 'alongside') return true;
    if (w === 'including' || (w === 'as' && view.word(k - 1) === 'well')) return true;
  }
  return false;
}

/**
 * Does a weapon resolved to a mention of an earlier sentence stand in this sentence, between `from` and `to`, as an
 * anaphor that continues the objects ("All the Kh-101s were shot down, along with 20 of the drones": "the drones" is
 * read as the Shahed drones told before; the continuation is told by the anaphor's own place, not its antecedent's)?
 */
function continuedAnaphor(view: DocView, sentence: Sentence, from: number, to: number, ref: WeaponRef): boolean {
  for (let k = from; k < to; k++) {
    const m = view.mention(k);
    if (!m || m.sentence !== sentence.index || !view.isWeapon(m) || !view.isAnaphoricGeneric(m) || !continuationBefore(view, sentence, m)) continue;
    if (resolveAnaphora(view, sentence, [view.weaponRef(m)]).some((r) => r.entity === ref.entity && r.mention === ref.mention)) return true;
  }
  return false;
}

/**
 * Is a weapon an item of a coordinated list opened by "including" or "among them" ("including seven of the
 * Kh-101s and two of the Kinzhals", "among them nine of the 12 Kh-101s")? Walks left over the list's items.
 */
function listIntroducer(view: DocView, sentence: Sentence, m: Mention): boolean {
  for (let k = m.tokenStart - 1; k >= sentence.tokenStart; k--) {
    const w = view.word(k);
    if (w === 'including' || (w === 'them' && view.word(k - 1) === 'among')) return true;
    // "... were destroyed: 20 of the 25 Kh-101s and all four Kalibrs": a colon after the verb opens the breakdown.
    if (w === ':') return true;
    const other = view.mention(k);
    if (other) {
      if (!view.isWeapon(other)) return false;
      k = other.tokenStart;
      continue;
    }
    // "every one of the fourteen Kh-101s, but no more than four of the Iskanders": items with their qualifiers.
    if (w === ',' || w === 'and' || w === 'but' || w === 'no' || w === 'of' || w === 'the' || w === 'all' || view.lex.distributives.has(w) || view.lex.numberQualifiers.has(w) || view.numberEndingAt(k) || view.lex.numberWords.has(w) || view.pos(k) === 'ADJ') continue;
    return false;
  }
  return false;
}

/**
 * The weapon phrases of a gapped clause from `from` on ("the two Kinzhals", "only one of the missiles"): weapon
 * mentions with their determiners, numbers and adjectives (and, with `partitives`, "of" and adverbs such as
 * "only"), up to the first other token (`end`); null when a mention is no weapon or fails `accept`.
 */
function weaponPhrases(view: DocView, sentence: Sentence, from: number, accept: (m: Mention) => boolean, partitives: boolean): { refs: WeaponRef[]; end: number } | null {
  const refs: WeaponRef[] = [];
  let j = from;
  for (; j < sentence.tokenEnd; j++) {
    const m = view.mention(j);
    if (m) {
      if (!view.isWeapon(m) || !accept(m)) return null;
      refs.push(view.weaponRef(m));
      j = m.tokenEnd - 1;
      continue;
    }
    const t = view.word(j);
    if (t === 'the' || t === 'and' || t === ',' || view.pos(j) === 'NUM' || view.lex.numberWords.has(t) || view.pos(j) === 'ADJ') continue;
    if (partitives && (t === 'of' || view.lex.skipAdverbs.has(t) || view.pos(j) === 'ADV')) continue;
    break;
  }
  return { refs, end: j };
}

/**
 * The weapons of a gapped negated clause after an interception ("; the two Kinzhals were not", ", but the
 * Kalibr was not"): a definite weapon phrase, a form of "be" and "not" closing the sentence.
 */
function gappedNegation(view: DocView, sentence: Sentence, from: number): WeaponRef[] {
  for (let k = from; k < sentence.tokenEnd; k++) {
    const w = view.word(k);
    if (w !== ';' && !(w === 'but' && view.word(k - 1) === ',')) continue;
    const phrase = weaponPhrases(view, sentence, k + 1, (m) => definite(view, m), false);
    if (phrase === null) return [];
    const { refs, end: j } = phrase;
    const be = view.word(j);
    const close = view.word(j + 2);
    if (refs.length > 0 && (be === 'were' || be === 'was') && view.word(j + 1) === 'not' && (j + 2 >= sentence.tokenEnd || close === '.' || close === ';')) return refs;
    return [];
  }
  return [];
}

/**
 * The weapons of a gapped positive clause after an interception (", but only one of the missiles", "; two of the
 * Kalibrs too"): counted weapon phrases, optionally after "only"/"just", that close the sentence with no verb.
 */
function gappedPart(view: DocView, sentence: Sentence, from: number): WeaponRef[] {
  // "shot down or jammed 406 of the drones, but ...": a verb coordinated with the trigger is part of it.
  let start = from;
  if ((view.word(start) === 'or' || view.word(start) === 'and') && view.pos(start + 1) === 'VERB') start += 2;
  // "Two of the Kalibrs were shot down, as were one Iskander-K and one Kinzhal": "as" and a copula repeat the trigger
  // (also past a reporting aside: "..., the air force said, as were ...").
  const aside = reportAsideEnd(view, sentence, start);
  if (aside > start && view.word(aside) === 'as') start = aside - 1;
  // A perfect repeats with its "have" ("had been destroyed, as had the four Kh-101s").
  const aux = view.word(start + 2);
  if (view.word(start) === ',' && view.word(start + 1) === 'as' && (view.lex.beForms.has(aux) || view.lex.haveForms.has(aux))) {
    const phrase = weaponPhrases(view, sentence, start + 3, () => true, true);
    if (phrase !== null) {
      const { refs, end: j } = phrase;
      // (A launch participle after the phrase is its reduced relative: "as had the four Kh-101s launched by bombers".)
      const closed = j >= sentence.tokenEnd || view.word(j) === '.' || view.word(j) === ';' || view.word(j) === ',' || (view.at(view.lex.launch, j) > 0 && view.word(j).endsWith('ed'));
      if (closed && refs.length > 0 && refs.every((r) => !r.negated)) return refs;
    }
  }
  // "30 of the Kh-101s were shot down, four of the Kalibrs and the single Iskander-K, while ...": a counted list right
  // after the trigger's comma, closed by the sentence or by a comma before a subordinator, is gapped too.
  if (view.word(start) === ',' && view.word(start + 1) !== 'and') {
    const phrase = weaponPhrases(view, sentence, start + 1, () => true, true);
    if (phrase !== null) {
      const { refs, end: j } = phrase;
      const closed = j >= sentence.tokenEnd || view.word(j) === '.' || view.word(j) === ';' || (view.word(j - 1) === ',' && view.lex.gapClosers.has(view.word(j)));
      // Each a part of weapons told before ("four of the Kalibrs", "the single Iskander-K"), not new ones ("two Kinzhals").
      const told = (r: WeaponRef): boolean => r.partitive !== null || (r.mention !== null && definite(view, r.mention));
      if (closed && refs.length > 0 && refs.every((r) => told(r) && !r.negated)) return refs;
    }
  }
  for (let k = start; k < sentence.tokenEnd; k++) {
    const w = view.word(k);
    if (view.pos(k) === 'VERB' || view.pos(k) === 'AUX') return [];
    if (w !== ';' && !(w === 'but' && view.word(k - 1) === ',')) continue;
    // "...destroyed 19; of the Kalibrs, four.": a gapped clause that names its whole in a fronted "of" phrase.
    const topic = w === ';' ? topicPart(view, sentence, k + 1) : null;
    if (topic) return [topic];
    const phrase = weaponPhrases(view, sentence, k + 1, () => true, true);
    if (phrase === null) return [];
    const { refs, end: j } = phrase;
    const closed = j >= sentence.tokenEnd || view.word(j) === '.';
    return closed && refs.every((r) => (r.partitive ?? r.count) !== null && !r.negated) ? refs : [];
  }
  return [];
}

/**
 * The states of the aircraft or air-defence systems standing right before the trigger at i ("Polish F-16s shot
 * down", "Polish F-16s and Dutch F-35s brought down"), in text order; empty when the subject is anything else.
 */
function interceptorOwners(view: DocView, sentence: Sentence, i: number): string[] {
  const owners: string[] = [];
  let k = i - 1;
  while (k > sentence.tokenStart && (view.pos(k) === 'ADV' || view.pos(k) === 'AUX' || view.lex.skipAdverbs.has(view.word(k)))) k--;
  for (let items = 0; items < 4; items++) {
    // "F-35 jets": a plain noun after the name of the aircraft.
    if (view.pos(k) === 'NOUN' && !view.mention(k)) k--;
    const m = view.mention(k);
    if (!m || !view.isWeapon(m) || !(view.isPlatformClass(m.entity) || view.isDefenceClass(m))) break;
    let owner: Mention | null = null;
    let j = m.tokenStart - 1;
    for (; j >= Math.max(sentence.tokenStart, m.tokenStart - 5); j--) {
      const other = view.mention(j);
      if (other && other.type === 'Country') {
        owner = other;
        break;
      }
      if (other && view.isWeapon(other)) {
        j = other.tokenStart;
        continue;
      }
      // "Polish and allied aircraft": coordinated modifiers of the aircraft.
      // (A participle the tagger reads as a verb, "allied", modifies it too.)
      const participle = view.pos(j) === 'VERB' && view.word(j).endsWith('ed') && !view.mention(j);
      const coordinated = view.word(j) === 'and' && (view.pos(j + 1) === 'ADJ' || (view.pos(j + 1) === 'VERB' && view.word(j + 1).endsWith('ed')));
      if (view.pos(j) !== 'ADJ' && view.pos(j) !== 'NUM' && view.word(j) !== "'s" && view.word(j) !== '-' && !coordinated && !participle) break;
    }
    if (!owner) break;
    owners.unshift(owner.entity);
    k = owner.tokenStart - 1;
    if (view.word(k) !== 'and' && view.word(k) !== ',') break;
    k--;
  }
  return owners;
}

/**
 * The length of a verb of class weaponStopVerb at i whose patient is a weapon ("not one of the missiles was
 * stopped", "stopped 30 drones"), else 0: the verb alone is too ambiguous ("stopped talks", "stopped the car").
 */
function weaponStopped(view: DocView, sentence: Sentence, i: number): number {
  const length = view.at(view.lex.weaponStop, i);
  if (length === 0 || view.pos(i) !== 'VERB') return 0;
  if (isPassive(view, sentence, i)) {
    // A generic present ("so few missiles are stopped") states no interception; a past one does.
    let k = i - 1;
    while (k > sentence.tokenStart && !view.lex.beForms.has(view.word(k))) k--;
    const be = view.word(k);
    if (be === 'is' || be === 'are' || be === 'be' || be === 'get' || be === 'gets') return 0;
    return passiveObjects(view, sentence, i).length > 0 ? length : 0;
  }
  let loose = false;
  for (let k = i + length; k < Math.min(sentence.tokenEnd, i + length + 6); k++) {
    const m = view.mention(k);
    if (m) return view.isWeapon(m) && !view.isPlatform(m) ? length : 0;
    // "stopped around 270 of the drones": an approximate count and a partitive "of" before the weapon (a count, not
    // a vague "most of the missiles").
    const partitive = view.word(k) === 'of' && (view.pos(k - 1) === 'NUM' || view.lex.numberWords.has(view.word(k - 1)));
    const qualifier = view.lex.numberQualifiers.has(view.word(k)) && view.pos(k + 1) === 'NUM';
    if (partitive || qualifier) loose = true;
    if (!(view.pos(k) === 'NUM' || view.pos(k) === 'DET' || view.lex.numberWords.has(view.word(k)) || qualifier || partitive || (view.pos(k) === 'ADJ' && !loose))) return 0;
  }
  return 0;
}

/**
 * "crews swatted 40 drones out of the sky", "two were plucked out of the air": any verb whose weapon object (or whose
 * passive participle) is followed by a phrase of removal from the air (lexicon skyRemovalPhrases) is an interception.
 * The object must stand between the verb and the phrase ("the drone fell out of the sky" has none and gives nothing).
 * Returns the verb's length (1), or 0.
 */
function skyRemoved(view: DocView, sentence: Sentence, i: number): number {
  if (view.pos(i) !== 'VERB' || view.attackAt(i) > 0 || view.launchAt(i) > 0) return 0;
  let object = false;
  for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 10); k++) {
    if (view.at(view.lex.skyRemovalPhrases, k) > 0) return object || (k === i + 1 && isPassive(view, sentence, i) && weaponSubject(view, sentence, i)) ? 1 : 0;
    const w = view.word(k);
    if (w === ',' || view.boundaryAt(k) > 0 || view.pos(k) === 'VERB') return 0;
    const m = view.mention(k);
    if (m && !view.isWeapon(m)) return 0;
    if ((m && !view.isPlatform(m)) || view.pos(k) === 'NUM' || view.lex.numberWords.has(w) || view.lex.objectPronouns.has(w)) object = true;
  }
  return 0;
}

/**
 * Is the subject of the passive verb at i the weapons themselves: a weapon, a number or a pronoun ("two were plucked
 * out of the air"), not a noun that merely names them ("the figure of 300 drones was plucked out of the air": made up)?
 */
function weaponSubject(view: DocView, sentence: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > sentence.tokenStart && (view.pos(k) === 'AUX' || view.pos(k) === 'ADV' || view.pos(k) === 'PART')) k--;
  const m = view.mention(k);
  if (!m) return view.pos(k) === 'NUM' || view.lex.numberWords.has(view.word(k)) || view.lex.verbSubjectPronouns.has(view.word(k));
  if (!view.isWeapon(m)) return false;
  let j = m.tokenStart - 1;
  while (j > sentence.tokenStart && (view.pos(j) === 'NUM' || view.pos(j) === 'DET' || view.pos(j) === 'ADJ')) j--;
  return !(view.word(j) === 'of' && view.pos(j - 1) === 'NOUN' && !view.mention(j - 1));
}

/** Does a negator open the subject phrase of the weapon m ("not one of the four ...", "none of the ...")? */
function negatedSubject(view: DocView, sentence: Sentence, m: Mention): boolean {
  for (let k = m.tokenStart - 1; k >= Math.max(sentence.tokenStart, m.tokenStart - 6); k--) {
    const w = view.word(k);
    // ("No fewer than 30 drones were downed": a bound on the number denies nothing.)
    if (view.lex.negation.has(w)) return !view.comparativeBound(k);
    if (view.pos(k) === 'VERB' || view.pos(k) === 'AUX' || view.boundaryAt(k) > 0 || w === ',') return false;
  }
  return false;
}

/**
 * Does a negated partitive relative stand before the passive verb at i ("..., none of which was intercepted",
 * "neither of them could be stopped", "not one of which was downed")? Its antecedent, told earlier, was not downed.
 */
function negatedRelative(view: DocView, sentence: Sentence, i: number): boolean {
  let k = i - 1;
  while (k > sentence.tokenStart && k >= i - 4 && (view.lex.beForms.has(view.word(k)) || view.lex.modalAuxiliary.has(view.word(k)) || view.pos(k) === 'ADV')) k--;
  if (!view.lex.relativeAnaphors.has(view.word(k)) || view.word(k - 1) !== 'of') return false;
  const quantifier = view.word(k - 2);
  return view.lex.negation.has(quantifier) || (quantifier === 'one' && view.lex.negation.has(view.word(k - 3)));
}

/**
 * "destroyed 20, 15 and two of them respectively": a list of bare numbers closed by "respectively" gives, in order,
 * the part of each weapon of the list told before (the same count of weapons, each with a count), or none when the
 * count of weapons told differs; null when no such list follows.
 */
function respectiveParts(view: DocView, sentence: Sentence, from: number): WeaponRef[] | null {
  const numbers: number[] = [];
  let k = from;
  for (;;) {
    const number = view.numberEndingAt(k) ?? view.numberEndingAt(k + 1);
    const end = number && number.start === k ? (view.numberEndingAt(k + 1)?.start === k ? k + 1 : k) : -1;
    if (!number || end < 0) break;
    numbers.push(number.value);
    k = end + 1;
    if (view.word(k) === ',' && view.word(k + 1) === 'and') k += 2;
    else if (view.word(k) === ',' || view.word(k) === 'and') k += 1;
    else break;
  }
  if (numbers.length < 2) return null;
  // "... of them respectively", "... of the missiles respectively" (only the weapons of that class).
  let head = '';
  if (view.word(k) === 'of' && view.lex.relativeAnaphors.has(view.word(k + 1))) k += 2;
  else if (view.word(k) === 'of' && view.word(k + 1) === 'the' && view.mention(k + 2)?.generic) {
    const m = view.mention(k + 2) as Mention;
    head = view.classHead(m.entity);
    k = m.tokenEnd;
  }
  if (view.word(k) !== 'respectively') return null;
  const told = view.previousWeapons(sentence, from).filter((ref) => ref.count !== null && (head === '' || view.classHead(ref.entity) === head));
  if (told.length !== numbers.length) return [];
  return told.map((ref, n) => ({ ...ref, partitive: numbers[n] ?? null }));
}

/** Does the mention name an air-defence system as equipment ("a Patriot battery", "the IRIS-T launcher"), not a missile? */
function groundSystem(view: DocView, m: Mention): boolean {
  return view.lex.systemNouns.has(view.word(m.tokenEnd - 1)) || view.lex.systemNouns.has(view.word(m.tokenEnd));
}

/** Is the subject of the passive at i a relative partitive ("of which 18 were destroyed", "18 of which were")? */
function relativeSubject(view: DocView, sentence: Sentence, i: number): boolean {
  // "85 drones, 61 of them downed, and two missiles": a reduced partitive aside, like a relative one.
  if (partitiveAnaphorEndingAt(view, sentence, i - 1) && view.word(i - 4) === ',') return true;
  for (let k = i - 1; k > sentence.tokenStart && k >= i - 6; k--) {
    const w = view.word(k);
    if (w === 'which' || w === 'whom') return view.word(k - 1) === 'of' || view.word(k + 1) === 'of' || view.pos(k + 1) === 'NUM';
    if (w === ',' || view.boundaryAt(k) > 0) return false;
  }
  return false;
}

/**
 * Is the trigger at i an attributive participle ("an intercepted missile") in a phrase of debris ("debris from", "parts
 * of")?
 */
function debrisOf(view: DocView, sentence: Sentence, i: number): boolean {
  let k = i - 1;
  if (view.word(k) === 'a' || view.word(k) === 'an' || view.word(k) === 'the' || view.pos(k) === 'NUM') k--;
  // ("fragments of one of the downed missiles": the partitive's whole were downed, which the sentence tells.)
  return view.debrisOfAt(k, sentence.tokenStart, false);
}

/** The intercepted rule as a pipeline step. */
export const interceptedStep = defineStep('13-intercepted', (context: ExtractContext) => ruleIntercepted(viewOf(context), (candidate) => context.candidates.push(candidate)));
