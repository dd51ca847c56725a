/**
 * Step 05: within-document coreference for pronouns and definite descriptions, left to right.
 *   - "he"/"she"/"his"/"her" -> the last named Person (three sentences back at most);
 *   - "it"/"its" -> the last Organisation or Country named (not a demonym);
 *   - "the ministry", "the alliance", "the president", "the agency", "the city", "the capital", "the region",
 *     "the peninsula", "the mayor", "the town"... -> the last compatible entity, else the gazetteer entry whose
 *     `descriptions` hold the phrase; "the Russian capital" -> the gazetteer capital of the demonym's state;
 *   - "there" (not existential) -> the last city or region of the paragraph, two sentences back at most;
 * Each becomes a mention of kind `pronoun` or `description` carrying the resolved entity key.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import type { Mention, Token } from '../layers.ts';
import type { EntityType } from '../../domain/index.ts';
import type { GazetteerEntry } from '../../domain/gazetteer/types.ts';
import { pushMention, sortMentions } from '../mentions.ts';
import { entityLabel } from '../references.ts';
import { stateBodyAt } from '../organisations.ts';

function titledBefore(context: ExtractContext, mention: Mention, word: string): boolean {
  for (let t = Math.max(0, mention.tokenStart - 4); t < mention.tokenStart; t++) {
    const normal = (context.tokens[t] as Token).normal;
    if (normal === word || normal.endsWith(`-${word}`)) return true;
  }
  return false;
}

/**
 * Is token i inside a quotation opened earlier in its paragraph (an odd number of quotation marks before it on its
 * line)? A quotation may run over several sentences ('"The night was long. I have asked ..."').
 */
function quotedBefore(context: ExtractContext, i: number): boolean {
  const tokens = context.tokens;
  const text = context.doc.text;
  let marks = 0;
  for (let k = i - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    const gap = text.indexOf('\n', token.end);
    if (gap >= 0 && gap < (tokens[k + 1] as Token).start) break;
    if (token.normal === '"') marks++;
  }
  return marks % 2 === 1;
}

/**
 * The person who signs a letter: a Person name that opens one of the document's last three sentences (after title
 * words: "Professor X"), with no verb in that sentence or after it ("Halyna Sorokina, Leeds", "Senator X, Tulcea"), or that opens a note on the writer ("X is an economist
 * ..."); null when there is none (an interview's "I" is its speaker's,
 * not the reporter's, so a byline is no signature).
 */
function signatureAuthor(context: ExtractContext): string | null {
  const { sentences, tokens, mentions } = context;
  // An opinion piece's closing note on its writer: "Yulia Korniienko is an economist born in Kryvyi Rih."
  for (let s = sentences.length - 1; s >= Math.max(0, sentences.length - 3); s--) {
    const sentence = sentences[s];
    const name = sentence ? mentions.find((m) => m.tokenStart === sentence.tokenStart && m.type === 'Person' && m.kind === 'name') : undefined;
    const be = name ? tokens[name.tokenEnd] : undefined;
    const article = name ? tokens[name.tokenEnd + 1] : undefined;
    if (name && be && article && context.lexicon.beForms.has(be.normal) && (article.normal === 'a' || article.normal === 'an')) return name.entity;
  }
  for (let s = sentences.length - 1; s >= Math.max(0, sentences.length - 3); s--) {
    const sentence = sentences[s];
    if (!sentence) continue;
    for (let t = sentence.tokenStart; t < (sentences[sentences.length - 1]?.tokenEnd ?? 0); t++) {
      const pos = (tokens[t] as Token).pos;
      if (t >= sentence.tokenStart && (pos === 'VERB' || pos === 'AUX')) return null;
    }
    // "Senator Ana Popa, Constanta county", "Professor Ivan Kolos": title words may stand before the signed name.
    let start = sentence.tokenStart;
    while (start < sentence.tokenEnd - 1 && context.lexicon.titleWords.has((tokens[start] as Token).normal)) start++;
    const name = mentions.find((m) => m.tokenStart === start && m.type === 'Person' && m.kind === 'name');
    if (name) return name.entity;
  }
  return null;
}

/**
 * The person an interview is with: in a document whose heading lines (title, masthead, first three sentences) name it
 * an interview (lexicon interviewWords), the first person named in the text who is not its interviewer ("Interview
 * by X", "Interviewed by X"); null otherwise. The answers' "I" outside quotation marks is theirs.
 */
function interviewee(context: ExtractContext): string | null {
  const { sentences, tokens, mentions, doc } = context;
  const heading = [doc.title ?? '', ...(doc.dropped ?? []).filter((d) => d.line <= 3).map((d) => d.text), ...sentences.slice(0, 3).map((s) => doc.text.slice(s.start, s.end))];
  if (!heading.some((line) => line.toLowerCase().split(/[^\p{L}&]+/u).some((w) => context.lexicon.interviewWords.has(w)))) return null;
  for (const m of mentions) {
    if (m.type !== 'Person' || m.kind !== 'name') continue;
    if (tokens[m.tokenStart - 1]?.normal === 'by') continue;
    // (A surname the gazetteer linked to a namesake, its own first name left outside the mention, or a full name
    // linked to one with another first name, is not who speaks: no "I" then.)
    const before = tokens[m.tokenStart - 1];
    if (before && before.sentence === tokens[m.tokenStart]?.sentence && before.pos === 'PROPN' && !context.lexicon.titleWords.has(before.normal)) return null;
    const label = entityLabel(context, m.entity).toLowerCase().split(' ');
    if (m.tokenEnd - m.tokenStart > 1 && label.length > 1 && label[0] !== tokens[m.tokenStart]?.normal) return null;
    return m.entity;
  }
  return null;
}

/** Resolves pronouns and descriptions in one pass over the tokens. */
export function resolveCoreference(context: ExtractContext): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  // (Step 2b below adds mentions before the walk: the array is read after it.)
  if (titledStateBodies(context)) sortMentions(context);
  const original = context.mentions;
  // The mentions before this step: `add` appends to the same array, and those must not be walked into again
  // (a pronoun re-read after the document's last name would stand as the latest antecedent).
  const originalCount = original.length;
  const covered = new Uint8Array(tokens.length);
  for (const m of original) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered[t] = 1;
  const resolved: Mention[] = [];
  // Mentions nested in a longer one ("Poland" inside "Poland's Foreign Ministry") are never antecedents.
  const nested = new Set<Mention>();
  for (let m = 1; m < original.length; m++) {
    const outer = original[m - 1] as Mention;
    const inner = original[m] as Mention;
    if (inner.start >= outer.start && inner.end <= outer.end) nested.add(inner);
  }
  let next = 0;
  const added: Mention[] = [];
  // The person who signs the document at its end, found when a first-person "I" is first met ('' when none).
  let author: string | undefined;
  const findBack = (from: number, accept: (m: Mention) => boolean, sentences: number): Mention | undefined => {
    const sentence = (tokens[from] as Token).sentence;
    for (let m = resolved.length - 1; m >= 0; m--) {
      const mention = resolved[m] as Mention;
      if (mention.sentence < sentence - sentences) break;
      if (accept(mention)) return mention;
    }
    return undefined;
  };
  const add = (start: number, end: number, kind: 'pronoun' | 'description', entity: string, type: EntityType): void => {
    const mention = pushMention(context, start, end, { type, kind, entity, generic: false });
    added.push(mention);
    resolved.push(mention);
  };
  for (let i = 0; i < tokens.length; i++) {
    while (next < originalCount && (original[next] as Mention).tokenStart <= i) {
      const mention = original[next++] as Mention;
      if (!nested.has(mention)) resolved.push(mention);
    }
    if (covered[i]) continue;
    const token = tokens[i] as Token;
    // 0. "I urge the government to ..." in a letter signed at its end: the writer, outside quotation marks.
    if (token.text === 'I' && !quotedBefore(context, i)) {
      author ??= signatureAuthor(context) ?? interviewee(context) ?? '';
      if (author !== '') add(i, i + 1, 'pronoun', author, 'Person');
      continue;
    }
    // 1. Pronouns.
    if (lex.personPronouns.has(token.normal)) {
      // "After talks with X, he urged ...": a person inside a fronted prepositional phrase is not the subject
      // pronoun's antecedent when an earlier sentence names one.
      const fronted = frontedPhraseStart(context, i);
      // A transcript's speaker label ("BRANDT: In his nightly address he ...") speaks as "I": "he" is someone else.
      // A credit ("Photo by X") names who made the picture or report, not someone the text goes on about.
      const person = (m: Mention): boolean => m.type === 'Person' && !speakerLabel(context, m) && !credited(context, m);
      let antecedent = (fronted >= 0 ? findBack(i, (m) => person(m) && m.tokenEnd <= fronted, 3) : undefined) ?? findBack(i, person, 3);
      // "X, who spoke to Y on Monday, said he had asked him ...": a subject pronoun after a relative clause set off by
      // commas is the person the clause is about, not one named inside it.
      if (antecedent && lex.subjectPronoun.has(token.normal)) {
        const head = relativeAsideHead(context, antecedent, i);
        const headMention = head >= 0 ? findBack(i, (m) => person(m) && m.tokenEnd === head, 0) : undefined;
        if (headMention) antecedent = headMention;
      }
      if (antecedent) add(i, i + 1, 'pronoun', antecedent.entity, 'Person');
      continue;
    }
    if (lex.thingPronouns.has(token.normal)) {
      // "The Czech government said it ...": a demonym before a noun of the state's government stands for the state.
      const stateBody = (m: Mention): boolean => m.type === 'Country' && lex.stateNouns.has(tokens[m.tokenEnd]?.normal ?? '');
      // "Moscow, for its part, claimed ...": a capital that speaks is its state's government.
      const actor = (m: Mention): boolean => ((m.type === 'Organisation' || m.type === 'Country') && (m.kind !== 'demonym' || stateBody(m)) && !m.generic) || speakingCapital(context, m) !== null;
      // "X said that Ukraine had sent drones and that its air defences downed 12": a pronoun that opens a reported
      // clause is the one who reports it, not a state named inside the report.
      // "Russia launched 74 drones, the air force said. It reported 41 shot down": a pronoun that opens its sentence
      // before a verb of saying or of downing goes on with the reporter of the sentence before.
      // "Lithuania came down hard on Russia after the attack on Ukraine. Its foreign ministry ...": a pronoun that
      // opens its sentence goes on with the subject of the sentence before, not with a name inside its phrases.
      const opening = sentenceOpening(context, i);
      // "Just one evaded the gunners. It hit a silo", "A cruise missile evaded the gunners, and it wrecked a bakery": "it" goes on with
      // a weapon that opens the sentence before (or its own clause before ", and"), not with an actor further back.
      const weapon = token.normal === 'it' ? weaponSubjectBefore(context, resolved, i, opening) : undefined;
      if (weapon) {
        add(i, i + 1, 'pronoun', weapon.entity, 'WeaponSystem');
        continue;
      }
      const found = reportingSubject(context, resolved, i, actor) ?? (opening ? (reporterBefore(context, resolved, i, actor) ?? previousSubject(context, resolved, i, actor)) : undefined) ?? findBack(i, actor, 2);
      const capital = found ? speakingCapital(context, found) : null;
      const antecedent = found && capital ? { ...found, entity: capital, type: 'Country' as EntityType } : found;
      if (antecedent) add(i, i + 1, 'pronoun', antecedent.entity, antecedent.type);
      const body = token.normal === 'its' && antecedent ? bodyAfterIts(context, antecedent, i, covered) : null;
      if (body) {
        add(i + 1, body.end, 'description', body.entity, 'Organisation');
        for (let t = i + 1; t < body.end; t++) covered[t] = 1;
        i = body.end - 1;
      }
      continue;
    }
    // 1b. "A depot there was hit": a place adverb takes the salient place before it (see `placeAntecedent`).
    if (lex.placePronouns.has(token.normal)) {
      const place = placeAntecedent(context, resolved, i);
      if (place) add(i, i + 1, 'description', place.entity, place.type);
      continue;
    }
    // 2. Definite descriptions: "the ministry", "The alliance", "our city".
    const following = tokens[i + 1];
    // "the defence ministry in Moscow": a state's body told in lower case, seated in the state's capital.
    if (token.normal === 'the' && !covered[i + 1]) {
      const seated = seatedBody(context, i + 1, covered);
      if (seated) {
        add(i + 1, seated.end, 'description', seated.entity, 'Organisation');
        for (let t = i + 1; t < seated.end; t++) covered[t] = 1;
        i = seated.end - 1;
        continue;
      }
    }
    // "the Russian capital": a state's demonym before a description with a gazetteer slot of the state (its capital).
    if (token.normal === 'the' && covered[i + 1]) {
      const capital = demonymCapital(context, i + 1);
      if (capital) {
        add(capital.token, capital.token + 1, 'description', capital.city, 'City');
        i = capital.token;
      }
      continue;
    }
    if (!lex.descriptionDeterminers.has(token.normal) || !following || covered[i + 1] || following.sentence !== token.sentence) continue;
    // "The club condemns ...": a body named only by the letterhead the document opens with.
    const letterhead = token.normal === 'the' ? letterheadBody(context, resolved, i + 1) : undefined;
    if (letterhead) {
      add(i + 1, i + 2, 'description', letterhead.entity, 'Organisation');
      i++;
      continue;
    }
    const rule = lex.descriptionNouns.get(following.normal);
    if (!rule) continue;
    const after = tokens[i + 2];
    if (after && after.sentence === token.sentence && (after.normal === 'of' || after.normal === 'between' || after.normal === 'with' || (after.pos === 'PROPN' && after.text[0] !== after.text[0]?.toLowerCase()))) continue;
    if (token.normal !== 'the' && rule.types[0] !== 'City') continue;
    // "the town council", "the city administration": a body of the town, read by the municipal-body rules, not the town.
    if (rule.types[0] === 'City' && after && after.sentence === token.sentence && lex.municipalBodyHeads.has(after.normal)) continue;
    let antecedent = findBack(i, (m) => {
      // "Kyiv and Odesa ... the capital": a capital that step 02 read as its state (step 09 reads it again) is still
      // the city the description names.
      if (rule.capital && m.kind === 'capital' && m.type === 'Country') return true;
      if (!rule.types.includes(m.type) || m.generic || m.kind === 'demonym') return false;
      if (m.type === 'Country' || (m.kind === 'capital')) return false;
      const label = entityLabel(context, m.entity).toLowerCase();
      if (rule.labelWord && !label.includes(rule.labelWord) && !(context.gazetteer.get(m.entity)?.descriptions ?? []).some((d) => d.toLowerCase().includes(following.normal))) return false;
      if (rule.titleWord && m.kind === 'name') {
        const roles = context.gazetteer.get(m.entity)?.roles ?? [];
        if (!titledBefore(context, m, rule.titleWord) && !roles.some((r) => r.toLowerCase().includes(rule.titleWord as string))) return false;
      }
      if (rule.capital && !context.gazetteer.isCapital(m.entity)) return false;
      return true;
    }, descriptionWindow(rule));
    const capitalCity = rule.capital && antecedent ? salientCapital(context, resolved, antecedent, (tokens[i] as Token).sentence) : undefined;
    if (antecedent && rule.types[0] === 'City' && !rule.capital && !rule.nearest) antecedent = salientCity(resolved, antecedent, (tokens[i] as Token).sentence);
    if (capitalCity) {
      add(i + 1, i + 2, 'description', capitalCity, 'City');
    } else if (antecedent && antecedent.kind !== 'capital') {
      add(i + 1, i + 2, 'description', antecedent.entity, antecedent.type);
    } else if (rule.types[0] === 'Organisation' && after && after.sentence === token.sentence && (after.pos === 'VERB' || after.pos === 'AUX')) {
      // Without an antecedent, only a description that acts ("The alliance said") falls back to the gazetteer.
      const entries = context.gazetteer.lookupDescription(following.normal);
      if (entries.length === 1) add(i + 1, i + 2, 'description', (entries[0] as GazetteerEntry).id, 'Organisation');
    }
    i++;
  }
  if (added.length) sortMentions(context);
}

/**
 * Is the mention a speaker label: it opens its line and a colon follows it ("BRANDT: ..."), not before a verb (a
 * summary's topic label is the subject of what follows: "Zelensky: condemned the strike and repeated his call")?
 */
function speakerLabel(context: ExtractContext, m: Mention): boolean {
  const { tokens } = context;
  if (tokens[m.tokenEnd]?.normal !== ':' || tokens[m.tokenEnd + 1]?.pos === 'VERB') return false;
  const previous = tokens[m.tokenStart - 1];
  if (!previous) return true;
  const br = context.doc.text.indexOf('\n', previous.end);
  return br >= 0 && br < (tokens[m.tokenStart] as Token).start;
}

/** Is the mention credited ("Photo by X", "reporting by X"): "by" after a credit label (lexicon creditLabels)? */
function credited(context: ExtractContext, m: Mention): boolean {
  const { tokens } = context;
  const label = tokens[m.tokenStart - 2]?.normal ?? '';
  return tokens[m.tokenStart - 1]?.normal === 'by' && label !== 'by' && context.lexicon.creditLabels.has(label);
}

/**
 * The place a place adverb at token i ("there") refers back to: the last City or Region named in its sentence or the
 * two before, in the same paragraph and on the same side of a quotation mark, unless it was named only as where
 * weapons were downed or came from ("shot down over X", "launched from X"; lexicon placePronounBlocks) or either
 * sentence tells of debris; a landmark that locates another place ("south of X") is passed over. An
 * existential "there" (a verb right after it, and no noun before it: "there were no casualties") refers to nothing.
 */
function placeAntecedent(context: ExtractContext, resolved: readonly Mention[], i: number): Mention | undefined {
  const tokens = context.tokens;
  const lex = context.lexicon;
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  const verbNext = !!next && next.sentence === token.sentence && (next.pos === 'VERB' || next.pos === 'AUX' || lex.beForms.has(next.normal));
  const nounBefore = !!previous && previous.sentence === token.sentence && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'NUM');
  if (verbNext && !nounBefore) return undefined;
  if (previous && previous.sentence === token.sentence && (previous.pos === 'AUX' || lex.beForms.has(previous.normal))) return undefined;
  const quoted = quotedBefore(context, i);
  const text = context.doc.text;
  for (let m = resolved.length - 1; m >= 0; m--) {
    const mention = resolved[m] as Mention;
    if (mention.tokenEnd > i) continue;
    if (mention.sentence < token.sentence - 2) return undefined;
    // A paragraph break between the place and the adverb.
    if (text.slice(mention.end, token.start).includes('\n')) return undefined;
    if ((mention.type !== 'City' && mention.type !== 'Region') || mention.generic || mention.kind === 'demonym') continue;
    if (quotedBefore(context, mention.tokenStart) !== quoted) return undefined;
    // "Debris fell in X. A house there was damaged": what fell after an interception hit no target.
    if (tellsOfDebris(context, mention.sentence) || tellsOfDebris(context, token.sentence)) return undefined;
    const at = tokens[mention.tokenStart - 1]?.normal === 'the' ? mention.tokenStart - 2 : mention.tokenStart - 1;
    const preposition = tokens[at]?.normal ?? '';
    if (lex.placePronounBlocks.has(preposition)) return undefined;
    // "Bila Tserkva, south of the capital, ...": a landmark that locates the place before it is passed over.
    if (lex.landmarkWords.has(preposition) || (preposition === 'of' && lex.landmarkWords.has(tokens[at - 1]?.normal ?? ''))) continue;
    return mention;
  }
  return undefined;
}

/**
 * The organisation a head noun at token k ("the club", "the company"; lexicon letterheadHeads) stands for when no
 * organisation named before it has a name ending in that noun: the organisation whose name opens the document's
 * letterhead (a masthead line ingest dropped, its title or one of its first three lines), when that line holds one of the noun's marks ("FC ...",
 * "... JSC"). A modifier or a name after the noun ("the club secretary", "the company Naftogaz") makes it no description.
 */
function letterheadBody(context: ExtractContext, resolved: readonly Mention[], k: number): Mention | undefined {
  const { tokens, doc } = context;
  const head = tokens[k] as Token;
  const marks = context.lexicon.letterheadHeads.get(head.normal);
  const after = tokens[k + 1];
  if (!marks || (after && after.sentence === head.sentence && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.normal === 'of'))) return undefined;
  if (resolved.some((m) => m.type === 'Organisation' && m.kind === 'name' && m.tokenEnd <= k && tokens[m.tokenEnd - 1]?.normal === head.normal)) return undefined;
  // (Ingest drops a masthead line as furniture; it still names who issues the document.)
  const masthead = (doc.dropped ?? []).filter((d) => d.line <= 3).map((d) => d.text);
  const lines = [...masthead, doc.title ?? '', ...context.sentences.slice(0, 3).map((s) => doc.text.slice(s.start, s.end))].map((l) => l.toLowerCase());
  for (const line of lines) {
    if (!line.split(/[^\p{L}\p{N}]+/u).some((w) => marks.has(w))) continue;
    for (const m of context.mentions) {
      if (m.type !== 'Organisation' || m.kind !== 'name' || m.generic || context.gazetteer.get(m.entity)) continue;
      if (line.startsWith(doc.text.slice(m.start, m.end).toLowerCase())) return m;
    }
  }
  return undefined;
}

/** Does sentence `index` hold a noun of what falls after an interception (lexicon debrisNouns)? */
function tellsOfDebris(context: ExtractContext, index: number): boolean {
  const sentence = context.sentences[index];
  if (!sentence) return false;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) if (context.lexicon.debrisNouns.has((context.tokens[t] as Token).normal)) return true;
  return false;
}

/** Is the word a verb of saying or claiming (lexicon speechVerbs, claimVerbs)? */
function saying(context: ExtractContext, word: string): boolean {
  return context.lexicon.speechVerbs.has(word) || context.lexicon.claimVerbs.has(word);
}

/**
 * The token before which the subject of the verb at token v ends: adverbs, auxiliaries and one aside set off by
 * commas ("Moscow, for its part, claimed", "the ministry also said") are stepped over; -1 past the sentence start.
 */
function subjectEnd(context: ExtractContext, v: number): number {
  const tokens = context.tokens;
  const sentence = (tokens[v] as Token).sentence;
  let k = v - 1;
  let asides = 0;
  while (k >= 0 && (tokens[k] as Token).sentence === sentence) {
    const token = tokens[k] as Token;
    if (token.pos === 'ADV' || token.pos === 'AUX') {
      k--;
      continue;
    }
    if (token.normal === ',' && asides === 0) {
      let j = k - 1;
      while (j > k - 8 && j >= 0 && (tokens[j] as Token).sentence === sentence && (tokens[j] as Token).normal !== ',') j--;
      if ((tokens[j] as Token | undefined)?.normal !== ',' || (tokens[j] as Token).sentence !== sentence) return -1;
      asides++;
      k = j - 1;
      continue;
    }
    return k + 1;
  }
  return -1;
}

/**
 * The state a capital stands for when the capital is the subject of a verb of saying ("Moscow said", "Kyiv, for its
 * part, insisted"), null for a capital named as a place ("in Moscow", "Kyiv's mayor", "the office in Kyiv said").
 */
function speakingCapital(context: ExtractContext, m: Mention): string | null {
  if (m.type !== 'City' || m.generic || !context.gazetteer.isCapital(m.entity)) return null;
  const tokens = context.tokens;
  // "the secretariat in Vienna has condemned ...": a capital after a preposition is where the speaker sits.
  const lead = tokens[m.tokenStart - 1];
  if (lead && lead.sentence === m.sentence && (lead.pos === 'ADP' || lead.pos === 'DET')) return null;
  const sentence = m.sentence;
  let k = m.tokenEnd;
  // Step over one aside set off by commas and adverbs.
  if (tokens[k]?.normal === ',') {
    let j = k + 1;
    while (j < k + 8 && tokens[j] && (tokens[j] as Token).sentence === sentence && (tokens[j] as Token).normal !== ',') j++;
    if (tokens[j]?.normal !== ',') return null;
    k = j + 1;
  }
  const verb = tokens[pastAdverbs(tokens, k, sentence)];
  if (!verb || verb.sentence !== sentence || !saying(context, verb.normal)) return null;
  return context.gazetteer.get(m.entity)?.country ?? null;
}

/**
 * The reporter of the reported clause that the pronoun at token i opens: right after a verb of saying ("which it said
 * its air defences destroyed") or after its "that" ("said on Sunday that Ukraine had sent drones and that its air
 * defences destroyed 12"), the actor that is the subject of the nearest verb of saying before it in its sentence. An
 * "it" before a form of "be" is more often a weapon ("that it was shot down"): left to the other rules.
 */
function reportingSubject(context: ExtractContext, resolved: readonly Mention[], i: number, accept: (m: Mention) => boolean): Mention | undefined {
  const tokens = context.tokens;
  const token = tokens[i] as Token;
  const before = tokens[i - 1];
  if (!before || before.sentence !== token.sentence) return undefined;
  if (token.normal !== 'its' && (context.lexicon.beForms.has(tokens[i + 1]?.normal ?? '') || tokens[i + 1]?.pos === 'AUX')) return undefined;
  if (before.normal !== 'that' && !saying(context, before.normal)) return undefined;
  let v = i - 1;
  while (v >= 0 && (tokens[v] as Token).sentence === token.sentence && !((tokens[v] as Token).pos === 'VERB' && saying(context, (tokens[v] as Token).normal))) {
    if ((tokens[v] as Token).normal === '"') return undefined;
    v--;
  }
  if (v < 0 || (tokens[v] as Token).sentence !== token.sentence) return undefined;
  const end = subjectEnd(context, v);
  if (end < 0) return undefined;
  for (let m = resolved.length - 1; m >= 0; m--) {
    const mention = resolved[m] as Mention;
    if (mention.tokenEnd < end - 6) break;
    if (mention.tokenEnd === end && accept(mention)) return mention;
  }
  return undefined;
}

/**
 * The reporter of the sentence before token i's when that sentence ends in a postposed attribution (", the air force
 * said."), and the pronoun at i is the subject of a verb of saying or of downing ("It reported 41 shot down", "It
 * shot down 30"): the defender reports and downs, not the state the report names as attacker.
 */
function reporterBefore(context: ExtractContext, resolved: readonly Mention[], i: number, accept: (m: Mention) => boolean): Mention | undefined {
  const tokens = context.tokens;
  const lex = context.lexicon;
  const token = tokens[i] as Token;
  if (token.normal !== 'it' && token.normal !== 'they') return undefined;
  const k = pastAdverbs(tokens, i + 1, token.sentence);
  const verb = tokens[k];
  if (!verb || verb.sentence !== token.sentence) return undefined;
  // (The few words from the verb on are enough for a phrase of downing: "shot down", "brought down".)
  const words = tokens.slice(k, k + 10).map((t) => t.normal);
  if (!saying(context, verb.normal) && lex.intercept.match(words, 0) === 0) return undefined;
  const previous = context.sentences[token.sentence - 1];
  if (!previous) return undefined;
  let last = previous.tokenEnd - 1;
  while (last > previous.tokenStart && !/\w/.test((tokens[last] as Token).normal)) last--;
  if (!saying(context, (tokens[last] as Token).normal)) return undefined;
  for (let m = resolved.length - 1; m >= 0; m--) {
    const mention = resolved[m] as Mention;
    if (mention.sentence < previous.index) break;
    const lead = tokens[mention.tokenStart - 1]?.normal === 'the' ? mention.tokenStart - 2 : mention.tokenStart - 1;
    if (mention.tokenEnd === last && tokens[lead]?.normal === ',' && accept(mention)) return mention;
  }
  return undefined;
}

/** The first token from k on, in sentence `sentence`, that is no adverb or auxiliary ("also", "has", "for its part" excluded). */
function pastAdverbs(tokens: readonly Token[], k: number, sentence: number): number {
  while (tokens[k] && (tokens[k] as Token).sentence === sentence && ((tokens[k] as Token).pos === 'ADV' || (tokens[k] as Token).pos === 'AUX')) k++;
  return k;
}

/** Is token i the first word of its sentence (after opening punctuation)? */
function sentenceOpening(context: ExtractContext, i: number): boolean {
  const tokens = context.tokens;
  const sentence = (tokens[i] as Token).sentence;
  for (let k = i - 1; k >= 0 && (tokens[k] as Token).sentence === sentence; k--) if (/\w/.test((tokens[k] as Token).normal)) return false;
  return true;
}

/**
 * The weapon "it" at i goes on with: a weapon mention (or a count that takes up weapons: "one", "only one", "the
 * other", "another") opening the sentence before when the pronoun opens its own, or opening the pronoun's sentence
 * when the pronoun follows ", and" ("A cruise missile evaded the gunners, and it wrecked ..."). Articles and "only", "just", "but"
 * may stand before it. Undefined when neither opens with a weapon.
 */
function weaponSubjectBefore(context: ExtractContext, resolved: readonly Mention[], i: number, opening: boolean): Mention | undefined {
  const tokens = context.tokens;
  const lex = context.lexicon;
  const own = (tokens[i] as Token).sentence;
  // Only as the subject of a verb of attack or collision ("It hit", "it wrecked", "It slammed into"): "It said ...",
  // "It shot down 30" and "It was not intercepted" keep their readings.
  const v = pastAdverbs(tokens, i + 1, own);
  const verb = tokens[v];
  const words = tokens.slice(v, v + 10).map((t) => t.normal);
  if (!verb || verb.sentence !== own || saying(context, verb.normal) || (lex.attackVerb.match(words, 0) === 0 && lex.collision.match(words, 0) === 0)) return undefined;
  let sentence: number;
  if (opening) sentence = own - 1;
  else if (tokens[i - 1]?.normal === 'and' && tokens[i - 2]?.normal === ',') sentence = own;
  else return undefined;
  const range = context.sentences[sentence];
  if (!range) return undefined;
  let k = range.tokenStart;
  while (k < range.tokenEnd && lex.subjectOpeners.has(tokens[k]?.normal ?? '')) k++;
  const first = resolved.find((m) => m.tokenStart === k && m.sentence === sentence);
  if (first) return first.type === 'WeaponSystem' && first.kind !== 'pronoun' ? first : undefined;
  // "Just one evaded the gunners", "The other went unanswered": a count as the subject of a verb (not "one of the officials")
  // takes up the weapons of the sentences before.
  const w = tokens[k]?.normal ?? '';
  const counted = lex.countPronouns.has(w) || (w === 'other' && tokens[k - 1]?.normal === 'the');
  const after = tokens[k + 1];
  if (!counted || !after || (after.pos !== 'VERB' && after.pos !== 'AUX')) return undefined;
  for (let m = resolved.length - 1; m >= 0; m--) {
    const mention = resolved[m] as Mention;
    if (mention.sentence < sentence - 3) break;
    if (mention.sentence <= sentence && mention.type === 'WeaponSystem' && mention.kind !== 'pronoun') return mention;
  }
  return undefined;
}

/**
 * The subject of the sentence before token i's: its first mention that `accept`s, when that opens the sentence (no
 * preposition before it: "On Monday, Russia ..." is read past its fronted phrase); undefined otherwise.
 */
function previousSubject(context: ExtractContext, resolved: readonly Mention[], i: number, accept: (m: Mention) => boolean): Mention | undefined {
  const tokens = context.tokens;
  const sentence = (tokens[i] as Token).sentence - 1;
  if (sentence < 0) return undefined;
  const start = context.sentences[sentence]?.tokenStart ?? 0;
  let first: Mention | undefined;
  for (let m = resolved.length - 1; m >= 0; m--) {
    const mention = resolved[m] as Mention;
    if (mention.sentence < sentence) break;
    if (mention.sentence === sentence && mention.kind !== 'pronoun') first = mention;
  }
  if (!first || !accept(first)) return undefined;
  // Only determiners, a fronted phrase closed by a comma, or nothing before it.
  let k = first.tokenStart - 1;
  if (tokens[k]?.normal === 'the') k--;
  if (k < start) return first;
  return tokens[k]?.normal === ',' ? first : undefined;
}

/**
 * How many sentences back a description looks for its antecedent: a person four, a place eight; a body whose name
 * holds the description's word ("the Embassy" after "the Embassy of Ukraine in Sweden") the whole text, as a
 * statement names its issuer once, at the top.
 */
function descriptionWindow(rule: { types: readonly string[]; labelWord?: string }): number {
  if (rule.types[0] === 'Person') return 4;
  return rule.types[0] === 'Organisation' && rule.labelWord ? Number.POSITIVE_INFINITY : 8;
}

/**
 * "the city" names the city the article is about more often than a city named once in passing ("... on the eve of
 * the summit in The Hague. ... ten people were killed in the city"): the nearest city is kept unless another city of
 * the last eight sentences was named more often so far.
 */
function salientCity(resolved: readonly Mention[], nearest: Mention, sentence: number): Mention {
  const counts = new Map<string, number>();
  const recent = new Map<string, Mention>();
  for (const m of resolved) {
    if (m.type !== 'City' || m.generic || m.kind === 'demonym') continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (m.sentence >= sentence - 8) recent.set(m.entity, m);
  }
  let best = nearest;
  for (const [entity, m] of recent) if ((counts.get(entity) ?? 0) > (counts.get(best.entity) ?? 0)) best = m;
  return best;
}

/**
 * "the capital" names the capital the article is about: a capital named as a place in the same or the sentence
 * before, else of the capitals named as a place the one named most often so far (the nearest on a tie), else, when
 * every capital so far was read as its state by step 02 (step 09 reads them again), the one of those named most often. A capital
 * named once in passing ("a news conference in Chisinau") does not take over from the one of the report, and a
 * government ("Moscow insisted ... in the capital") is no place.
 */
function salientCapital(context: ExtractContext, resolved: readonly Mention[], nearest: Mention, sentence: number): string | undefined {
  const places = new Map<string, number>();
  const states = new Map<string, number>();
  let recent: string | undefined;
  for (const m of resolved) {
    if (m.generic || m.kind === 'demonym') continue;
    if (m.type === 'Country' && m.kind === 'capital') {
      const city = context.gazetteer.get(m.entity)?.capital;
      if (city) states.set(city, (states.get(city) ?? 0) + 1);
    } else if (m.type === 'City' && context.gazetteer.isCapital(m.entity)) {
      places.set(m.entity, (places.get(m.entity) ?? 0) + 1);
      if (m.sentence >= sentence - 1) recent = m.entity;
    }
  }
  if (recent) return recent;
  // Capitals named as a place compete by all their mentions; the state readings count only where no place is named.
  const total = (city: string): number => (places.get(city) ?? 0) + (states.get(city) ?? 0);
  const mostNamed = (candidates: Iterable<string>, nearestCity: string | undefined): string | undefined => {
    const pool = new Set(candidates);
    let best = nearestCity !== undefined && pool.has(nearestCity) ? nearestCity : undefined;
    for (const city of pool) if (best === undefined || total(city) > total(best)) best = city;
    return best;
  };
  const nearestCity = nearest.type === 'City' ? nearest.entity : context.gazetteer.get(nearest.entity)?.capital;
  return mostNamed(places.keys(), nearestCity) ?? mostNamed(states.keys(), nearestCity);
}

/**
 * The first token of the sentence of pronoun i when the sentence opens with a prepositional phrase that ends in
 * the comma right before the pronoun ("After a call with X, he ..."), else -1.
 */
/**
 * The token where the head of a relative clause ends when the mention lies inside that clause, set off by commas
 * (", who ... ,") and closed before token i in the same sentence: the index of the clause's opening comma; else -1.
 */
function relativeAsideHead(context: ExtractContext, mention: Mention, i: number): number {
  const tokens = context.tokens;
  const sentence = (tokens[i] as Token).sentence;
  if (mention.sentence !== sentence) return -1;
  let open = -1;
  for (let k = mention.tokenStart - 1; k >= 0 && (tokens[k] as Token).sentence === sentence; k--) {
    if ((tokens[k] as Token).normal !== ',') continue;
    if (!context.lexicon.relativePronouns.has((tokens[k + 1] as Token).normal)) return -1;
    open = k;
    break;
  }
  if (open < 0) return -1;
  for (let k = mention.tokenEnd; k < i; k++) if ((tokens[k] as Token).normal === ',') return open;
  return -1;
}

function frontedPhraseStart(context: ExtractContext, i: number): number {
  const tokens = context.tokens;
  const comma = tokens[i - 1];
  const sentence = context.sentences[(tokens[i] as Token).sentence];
  if (comma?.normal !== ',' || !sentence) return -1;
  let first = sentence.tokenStart;
  while (first < i && !/\w/.test((tokens[first] as Token).normal)) first++;
  if ((tokens[first] as Token).pos !== 'ADP') return -1;
  for (let t = first + 1; t < i - 1; t++) if ((tokens[t] as Token).normal === ',') return -1;
  return first;
}

/**
 * "the Russian capital", "the Ukrainian capital" (not "the Ukrainian capital of Kyiv", where the name follows): the
 * gazetteer capital of the state whose demonym mention starts at token k, and the token of the word "capital".
 */
function demonymCapital(context: ExtractContext, k: number): { token: number; city: string } | null {
  const demonym = context.mentions.find((m) => m.tokenStart === k && m.kind === 'demonym' && m.type === 'Country');
  if (!demonym) return null;
  const noun = context.tokens[demonym.tokenEnd];
  const after = context.tokens[demonym.tokenEnd + 1];
  if (!noun || noun.sentence !== context.tokens[k]?.sentence || !context.lexicon.descriptionNouns.get(noun.normal)?.capital) return null;
  if (after && after.sentence === noun.sentence && (after.normal === 'of' || after.normal === ',' && context.mentions.some((m) => m.tokenStart === demonym.tokenEnd + 2 && m.type === 'City'))) return null;
  if (context.mentions.some((m) => m.tokenStart <= demonym.tokenEnd && m.tokenEnd > demonym.tokenEnd)) return null;
  const city = context.gazetteer.get(demonym.entity)?.capital;
  return city ? { token: demonym.tokenEnd, city } : null;
}

/** The step object of the pipeline. */
/**
 * "the defence ministry in Moscow", "In Moscow, the defence ministry said": a lower-case state body from token k (not
 * one that sits abroad, lexicon hostedBodyHeads) seated by "in" in a capital, after it or fronted before it, named as
 * the capital's state's body; null otherwise.
 */
function seatedBody(context: ExtractContext, k: number, covered: Uint8Array): { entity: string; end: number } | null {
  const tokens = context.tokens;
  let head = k;
  while (head < k + 3 && tokens[head] && !context.lexicon.stateBodyHeads.has((tokens[head] as Token).normal)) head++;
  const headToken = tokens[head];
  if (!headToken || context.lexicon.hostedBodyHeads.has(headToken.normal) || headToken.sentence !== tokens[k]?.sentence) return null;
  // The capital after the body ("the defence ministry in Moscow"), or fronted before it ("In Moscow, the defence
  // ministry said": the phrase opens the sentence and a comma closes it right before "the").
  let place: Mention | undefined;
  // (A state named as the seat is the state itself: "And in Russia, the defence ministry says ...".)
  let seatState = false;
  if (tokens[head + 1]?.normal === 'in') {
    place = context.mentions.find((m) => m.tokenStart === head + 2 && m.kind !== 'pronoun');
  } else if (tokens[k - 2]?.normal === ',') {
    // ("In Moscow, meanwhile, the defence ministry ...": one adverb set off by commas between the seat and the body.)
    const close = tokens[k - 3]?.pos === 'ADV' && tokens[k - 4]?.normal === ',' ? k - 4 : k - 2;
    place = context.mentions.find((m) => m.tokenEnd === close && m.kind !== 'pronoun');
    const lead = place ? tokens[place.tokenStart - 1] : undefined;
    // ("And in Russia, ...": a conjunction may open the sentence before the phrase.)
    const at = place ? place.tokenStart - 1 : -1;
    const opens = at >= 0 && (sentenceOpening(context, at) || (at >= 1 && tokens[at - 1]?.pos === 'CCONJ' && sentenceOpening(context, at - 1)));
    if (!place || lead?.normal !== 'in' || !opens) place = undefined;
    seatState = place?.type === 'Country' && place.kind === 'name';
  }
  const city = place && (place.type === 'City' || place.kind === 'capital') ? place.entity : null;
  const state = seatState && place ? place.entity : city ? context.gazetteer.get(city)?.country : undefined;
  if (!state || (!seatState && (!city || !context.gazetteer.isCapital(city)))) return null;
  const body = stateBodyAt(context, state, k, covered);
  return body && body.end === head + 1 ? body : null;
}

/**
 * A family name of a weapon ("Iskander", "the Iskanders") in an article that names exactly one member of the family
 * (a gazetteer id that extends the family's id: "iskander-m") stands for that member. With two members named
 * ("Iskander-M" and "Iskander-K") it stays the family.
 */
export function resolveWeaponFamilies(context: ExtractContext): void {
  const named = new Set<string>();
  for (const m of context.mentions) if (m.type === 'WeaponSystem' && !m.generic) named.add(m.entity);
  for (const m of context.mentions) {
    if (m.type !== 'WeaponSystem' || m.generic || m.kind !== 'name') continue;
    const members = [...named].filter((id) => id.startsWith(`${m.entity}-`) && context.gazetteer.get(id) !== undefined);
    if (members.length === 1 && context.gazetteer.get(m.entity) !== undefined) m.entity = members[0] as string;
  }
}

export const corefStep = defineStep('05-coref', (context: ExtractContext) => {
  resolveCoreference(context);
  resolveWeaponFamilies(context);
});

/**
 * The state's body told right after the "its" at i ("Its defence ministry said ...") when the pronoun stands for the
 * state; after one of a state's bodies ("Romania's defence ministry said ... Its foreign ministry ..."), another body
 * of the same state (a ministry has no ministries of its own; a body of the same kind is the antecedent itself).
 */
function bodyAfterIts(context: ExtractContext, antecedent: { entity: string; type: EntityType }, i: number, covered: Uint8Array): { entity: string; end: number } | null {
  if (antecedent.type === 'Country') return stateBodyAt(context, antecedent.entity, i + 1, covered);
  const owner = antecedent.type === 'Organisation' ? context.gazetteer.get(antecedent.entity)?.country : undefined;
  const body = owner ? stateBodyAt(context, owner, i + 1, covered) : null;
  if (!body || body.entity === antecedent.entity) return null;
  const heads = context.lexicon.stateBodyHeads;
  const bodyHead = heads.has((context.tokens[body.end - 1] as Token).normal);
  return bodyHead && entityLabel(context, antecedent.entity).toLowerCase().split(' ').some((w) => heads.has(w)) ? body : null;
}

/**
 * A state's body named as a person's title beside the person ("Maria Zakharova, the foreign ministry spokeswoman",
 * "the Foreign Ministry spokesperson X"): the body is the one of the state the titled person acts for (gazetteer
 * `country`), as its possessive would name it ("Ministry of Foreign Affairs of Russia"). A body phrase of up to three
 * words ending with a head of lexicon stateBodyHeads, then a word of lexicon stateBodyTitles, with the person's
 * mention right after the title or right before the phrase's determiner and a comma. A phrase that step 03 read as a
 * body of no state ("Foreign Ministry") is pointed at the state's; one read as anything else is left. Returns whether
 * mentions were added.
 */
function titledStateBodies(context: ExtractContext): boolean {
  const { tokens, mentions, lexicon: lex } = context;
  const personAt = new Map<number, Mention>();
  const personEnd = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.type !== 'Person' || m.kind !== 'name') continue;
    personAt.set(m.tokenStart, m);
    personEnd.set(m.tokenEnd, m);
  }
  if (personAt.size === 0) return false;
  // The tokens a title can stand at: right before a person's name, or two to five tokens after a name that a comma
  // follows (the comma, the phrase's determiner, up to three words of the phrase): the loop below tests no other token.
  const near = new Uint8Array(tokens.length + 1);
  for (const start of personAt.keys()) if (start > 0) near[start - 1] = 1;
  for (const end of personEnd.keys()) if (tokens[end]?.normal === ',') near.fill(1, Math.min(end + 2, tokens.length), Math.min(end + 6, tokens.length));
  const fresh = new Uint8Array(tokens.length);
  let added = false;
  for (let t = 1; t < tokens.length; t++) {
    if (near[t] === 0) continue;
    const title = tokens[t] as Token;
    if (!lex.stateBodyTitles.has(title.normal)) continue;
    const head = tokens[t - 1] as Token;
    if (!lex.stateBodyHeads.has(head.normal) || lex.hostedBodyHeads.has(head.normal) || head.sentence !== title.sentence) continue;
    // The phrase: back from the head over up to two words to a determiner or the sentence's start.
    let start = t - 1;
    const opens = (k: number): boolean => lex.descriptionDeterminers.has(tokens[k]?.normal ?? '') || tokens[k]?.pos === 'DET';
    while (start > t - 3 && tokens[start - 1] && (tokens[start - 1] as Token).sentence === title.sentence && (tokens[start - 1] as Token).pos !== 'PUNCT' && !opens(start - 1) && !personEnd.has(start)) start--;
    const determiner = opens(start - 1) ? start - 1 : start;
    const person = personAt.get(t + 1) ?? (tokens[determiner - 1]?.normal === ',' ? personEnd.get(determiner - 1) : undefined);
    if (!person || person.sentence !== title.sentence) continue;
    const state = context.gazetteer.get(person.entity)?.country;
    if (!state) continue;
    const body = stateBodyAt(context, state, start, fresh, true);
    if (!body || body.end !== t) continue;
    const existing = mentions.filter((m) => m.tokenStart < t && m.tokenEnd > start);
    if (existing.length === 0) {
      pushMention(context, start, t, { type: 'Organisation', kind: 'description', entity: body.entity, generic: false });
      added = true;
    } else if (existing.length === 1) {
      const m = existing[0] as Mention;
      if (m.type === 'Organisation' && m.tokenStart === start && m.tokenEnd === t && !context.gazetteer.get(m.entity)) m.entity = body.entity;
    }
  }
  return added;
}
