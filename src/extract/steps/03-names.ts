/**
 * Step 03: names that the gazetteer does not know, typed from their context.
 *   1. Capitalised runs outside gazetteer mentions are collected per sentence (titles split off, sentence-initial
 *      common words dropped).
 *   2. Each run is typed by the first cue that fires: organisation head word ("... Ministry", "... Service"),
 *      a head that is no entity ("... Street", "... Convention"), an area head ("... Park", "Cape ..."),
 *      a region word after it ("X district", "X oblast"), person cues (title before, apposition after, speech verb,
 *      byline, photo credit, comma-enclosed name), place cues ("in X", "villages of X and Y").
 *   3. Region words after a known city ("Belgorod region") or closing a list ("the Kharkiv, Lviv and Kyiv oblasts")
 *      turn the cities into regions.
 *   4. Spellings and surnames: a full name that folds to a known person's name with romanisation variants
 *      ("Vorobyev" / "Vorobyov") is that person; a lone capitalised word equal to the last word of a person found in
 *      the document ("Sadovyi said", "Mr Duda") becomes a mention of that person.
 */
import { turnLabelEnd } from '../labels.ts';
import { defineStep, type ExtractContext } from '../context.ts';
import type { Mention, Sentence, Token } from '../layers.ts';
import type { EntityType } from '../../domain/index.ts';
import { closesLargerName, isAllCaps, isCapitalised, pushMention, recognisedName, sortMentions, titleCased, tokenKeysOf } from '../mentions.ts';
import { foldKey, variantName } from '../../domain/names.ts';
import { municipalBodiesOf, ownedOrganisations, stateNamedOrganisations, unitNumber } from '../organisations.ts';
import { textMasthead } from '../masthead.ts';
import type { Lexicon, PhraseSet } from '../lexicon.ts';
import { wordsOf } from '../words.ts';

function isWeaponCode(token: Token): boolean {
  return /^[A-Z][A-Za-z]{0,3}-\d/.test(token.text);
}

interface Run {
  start: number;
  end: number;
  /** A title word right before the name part (inside the run or before it). */
  titled: boolean;
}

/** Records a recognised name as a mention with a `<type>:<slug>` key. */
function addName(context: ExtractContext, start: number, end: number, type: EntityType, label: string, covered: Uint8Array): Mention {
  const key = recognisedName(context, type, label);
  for (let t = start; t < end; t++) covered[t] = 1;
  return pushMention(context, start, end, { type, kind: 'name', entity: key, generic: false });
}

function spanText(context: ExtractContext, start: number, end: number): string {
  const tokens = context.tokens;
  return context.doc.text.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end).replace(/\s+/g, ' ');
}

/** True when tokens [start, end) are all in capitals of at most four letters ("PM", "CDT"). */
function allShortCaps(tokens: readonly Token[], start: number, end: number): boolean {
  for (let t = start; t < end; t++) {
    const token = tokens[t] as Token;
    if (token.text.length > 4 || !isAllCaps(token)) return false;
  }
  return true;
}

/** Collects capitalised runs of a sentence that no earlier mention covers. */
function collectRuns(context: ExtractContext, sentenceStart: number, sentenceEnd: number, covered: Uint8Array): Run[] {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const runs: Run[] = [];
  let i = sentenceStart;
  while (i < sentenceEnd) {
    const token = tokens[i] as Token;
    if (covered[i] || !isCapitalised(token) || (lex.neverNames.has(token.normal) && !lex.honorifics.has(token.normal))) {
      i++;
      continue;
    }
    // A sentence-initial common word ("Falling debris", "Speaking at") is no name.
    const second = tokens[i + 1];
    const nameFollows = second !== undefined && i + 1 < sentenceEnd && isCapitalised(second) && second.pos === 'PROPN' && !covered[i + 1] && !lex.neverNames.has(second.normal);
    // An organisation head with a complement may open a line ("Chancellery of the Prime Minister ...").
    const headWithComplement = lex.orgHeads.has(token.normal) && second !== undefined && lex.orgConnectors.has(second.normal);
    if (i === sentenceStart && token.pos !== 'PROPN' && !nameFollows && !headWithComplement && !lex.titleWords.has(token.normal) && !isWeaponCode(token)) {
      i++;
      continue;
    }
    let end = i + 1;
    let hasOrgHead = lex.orgHeads.has(token.normal);
    while (end < sentenceEnd) {
      const next = tokens[end] as Token;
      const gap = next.start - (tokens[end - 1] as Token).end;
      if (gap > 1) break;
      if (covered[end]) break;
      if (isCapitalised(next) && !lex.neverNames.has(next.normal)) {
        hasOrgHead ||= lex.orgHeads.has(next.normal);
        end++;
        continue;
      }
      const after = tokens[end + 1];
      // "Regional Prosecutor's Office": the possessive of a role or group noun inside the name, glued to it, before
      // another capitalised word (lexicon possessiveNameWords).
      const possessor = tokens[end - 1] as Token;
      if ((next.normal === "'s" || next.normal === "'") && gap === 0 && lex.possessiveNameWords.has(possessor.normal) && isCapitalised(after) && !covered[end + 1] && after!.start - next.end <= 1) {
        end++;
        continue;
      }
      if (lex.nameParticles.has(next.normal) && next.text === next.normal && isCapitalised(after) && !covered[end + 1]) {
        end++;
        continue;
      }
      // "Ministry of Foreign Affairs", "Office of the Prime Minister": connectors (one or two) before a capitalised word.
      const named = isCapitalised(after) ? end + 1 : after && lex.orgConnectors.has(after.normal) && isCapitalised(tokens[end + 2]) ? end + 2 : -1;
      if (hasOrgHead && lex.orgConnectors.has(next.normal) && named > 0 && named < sentenceEnd && !covered[named]) {
        end++;
        continue;
      }
      if ((next.normal === '-' || next.normal === '.') && gap === 0 && isCapitalised(after) && after!.start === next.end && !covered[end + 1]) {
        end++;
        continue;
      }
      break;
    }
    // A run never ends with a connector ("... Force on Aug. 4").
    while (end - 1 > i && (lex.orgConnectors.has((tokens[end - 1] as Token).normal) || lex.nameParticles.has((tokens[end - 1] as Token).normal))) end--;
    // "Helen Ward MP", "Jan Vos MEP": post-nominal letters close a name and are no part of it.
    const runEnd = end;
    while (end - 1 > i && lex.postNominals.has((tokens[end - 1] as Token).normal)) end--;
    // "3:39 PM CDT": capitals after a time are its marks and zone, not a name.
    const previous = tokens[i - 1];
    if (previous && i > sentenceStart && /^\d/.test(previous.text) && allShortCaps(tokens, i, end)) {
      i = end;
      continue;
    }
    // Split off titles: the name starts after the last title word of the run.
    let nameStart = i;
    let titled = false;
    for (let t = i; t < end; t++) {
      const normal = (tokens[t] as Token).normal;
      if ((lex.titleWords.has(normal) || lex.honorifics.has(normal)) && !hasOrgHead) {
        nameStart = t + 1;
        titled = true;
      }
    }
    // "Minister for the Armed Forces", "Commissioner for Human Rights": the portfolio of a title, not a body.
    const portfolio = hasOrgHead && nameStart === i && lex.orgHeads.has((tokens[end - 1] as Token).normal) && titledPortfolio(lex, tokens, i, sentenceStart);
    if (nameStart < end && !portfolio) runs.push({ start: nameStart, end, titled });
    i = runEnd;
  }
  return runs;
}

/** True when a title and "for" [the] stand right before token `start` ("Minister for the ..."). */
function titledPortfolio(lex: Lexicon, tokens: readonly Token[], start: number, sentenceStart: number): boolean {
  let k = start - 1;
  if (k >= sentenceStart && tokens[k]?.normal === 'the') k--;
  return k - 1 >= sentenceStart && tokens[k]?.normal === 'for' && lex.titleWords.has((tokens[k - 1] as Token).normal);
}

function previousWord(context: ExtractContext, index: number, sentenceStart: number): Token | undefined {
  return index - 1 >= sentenceStart ? context.tokens[index - 1] : undefined;
}

/** True when the slash at `slash` follows an organisation mention ("Reuters/", "EPA/"): a photo credit. */
function creditAgencyBefore(context: ExtractContext, slash: number): boolean {
  const agency = slash - 1;
  return context.mentions.some((m) => m.tokenEnd === slash && m.tokenStart <= agency && m.type === 'Organisation');
}

/**
 * An organisation cue of a short run: an outlet credit in parentheses opening a sentence or after a dateline dash
 * ("(MENAFN) At least ..."), an agency before a photographer in a credit ("EPA/WILL OLIVER"), an acronym told or
 * quoted as a source ("told NPR", "according to ABC").
 */
function organisationCue(context: ExtractContext, run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const length = run.end - run.start;
  if (length > 3 || run.titled) return false;
  const before = previousWord(context, run.start, sentenceStart);
  const before2 = previousWord(context, run.start - 1, sentenceStart);
  const after = run.end < sentenceEnd ? (tokens[run.end] as Token) : undefined;
  const after2 = run.end + 1 < sentenceEnd ? (tokens[run.end + 1] as Token) : undefined;
  // 1. "(X)" at the start of a sentence or after a dateline dash.
  if (before?.normal === '(' && after?.normal === ')' && (run.start - 1 === sentenceStart || (before2 !== undefined && lex.dash.has(before2.normal)))) return true;
  // 1b. "KYIV, Nov 23, 2022 (X) —": the parenthesis that closes a dateline, before its dash.
  if (before?.normal === '(' && after?.normal === ')' && after2 !== undefined && lex.dash.has(after2.normal)) return true;
  // 1c. A masthead or credit that names an outlet by a media head ("NSB News | World", "by ... of Zenda Today"):
  //     a proper name before the head, opening its line or after a credit word, or before a separator.
  const head = tokens[run.end - 1] as Token;
  const firstWord = tokens[run.start] as Token;
  // An all-caps line ("AIR WAR WEEKLY") is a section label, not a masthead.
  // "The Kyiv Ledger" alone at the head of a line: an article before the name still opens the line, and a Title Case
  // name after it may start with a common noun ("The Morning Standard").
  const theLine = before?.normal === 'the' && run.start - 1 === sentenceStart;
  if (length >= 2 && lex.mediaHeads.has(head.normal) && !isAllCaps(head) && (firstWord.pos === 'PROPN' || isAllCaps(firstWord) || theLine) && !lex.neverNames.has(firstWord.normal) && !lex.headingWords.has(firstWord.normal)) {
    const credit = !before || theLine || before.normal === 'by' || before.normal === 'of' || before.normal === '|' || before.normal === '(';
    if (credit || after?.normal === '|') return true;
  }
  // 2. "X/FIRST LAST" after a credit opening, X one word: the agency of a photographer ("(Vitalii Nosach/Global
  // Images Ukraine)" is the other order: a person's two words first).
  const opening = !before || before.normal === '(' || before.normal === ':' || before.normal === '|';
  if (length === 1 && opening && after?.normal === '/' && after2 && isCapitalised(after2) && after2.start === after.end) {
    let k = run.end + 1;
    while (k < sentenceEnd && isCapitalised(tokens[k]) && !lex.neverNames.has((tokens[k] as Token).normal)) k++;
    if (k - run.end - 1 >= 2) return true;
  }
  // 3. An acronym told or quoted as a source.
  const only = tokens[run.start] as Token;
  if (length === 1 && isAllCaps(only) && only.text.length <= 6 && !lex.titleWords.has(only.normal)) {
    if (before && lex.toldVerbs.has(before.normal)) return true;
    if (before?.normal === 'to' && before2 && lex.according.has(before2.normal)) return true;
  }
  return false;
}

/** The organisation mention after "of [the]" at token `at` ("... of the Polish Armed Forces"), or undefined. */
function parentOrganisation(context: ExtractContext, at: number, sentenceEnd: number): Mention | undefined {
  const tokens = context.tokens;
  if (tokens[at]?.normal !== 'of') return undefined;
  const start = tokens[at + 1]?.normal === 'the' ? at + 2 : at + 1;
  if (start >= sentenceEnd) return undefined;
  return context.mentions.find((m) => m.tokenStart === start && m.type === 'Organisation' && m.kind === 'name');
}

/** A person cue around the run: title, speech verb, apposition, byline, credit, comma-enclosed name. */
/**
 * True when the colon at token `colon` closes a role label that opens its sentence or a "|" field: at most five words,
 * lower-case but for the first and for names after "of", with a title or credit word among them ("Duty editor",
 * "Investigating judge", "Secretary of the Council", "Author of the original").
 */
function roleLabel(context: ExtractContext, colon: number, sentenceStart: number): boolean {
  const lex = context.lexicon;
  const tokens = context.tokens;
  let role = false;
  for (let t = colon - 1; t >= Math.max(sentenceStart, colon - 5); t--) {
    const token = tokens[t] as Token;
    if (t === sentenceStart || tokens[t - 1]?.normal === '|') return role || lex.titleWords.has(token.normal) || lex.creditLabels.has(token.normal);
    if (token.pos === 'PUNCT' || token.pos === 'NUM') return false;
    if (lex.titleWords.has(token.normal) || lex.creditLabels.has(token.normal)) role = true;
  }
  return false;
}

function personCue(context: ExtractContext, run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const length = run.end - run.start;
  const before = previousWord(context, run.start, sentenceStart);
  const before2 = previousWord(context, run.start - 1, sentenceStart);
  const after = run.end < sentenceEnd ? tokens[run.end] : undefined;
  // 1. Title right before: "Mayor X", "spokesman X", "Gen. X"; not a single word that qualifies a noun after it
  // ("the official Telegram account").
  if (length === 1 && after && after.pos === 'NOUN' && !isCapitalised(after)) return false;
  if (run.titled) return true;
  if (before && (lex.titleWords.has(before.normal) || lex.groupTitles.has(before.normal)) && length >= 1) return length >= 2 || before.normal !== 'head';
  if (length < 2) return false;
  // Post-nominal letters after: "Jan Vos MEP".
  if (after && isCapitalised(after) && lex.postNominals.has(after.normal)) return true;
  // 2. Speech verb after or before: "X said", "said X", "X told".
  if (after && lex.speechVerbs.has(after.normal)) return true;
  // Adverbs and time phrases may stand between: "X also said", "X on Tuesday said", "X has repeatedly warned".
  let k = run.end;
  while (k < sentenceEnd && k < run.end + 3 && lex.speakerVerbGap.has((tokens[k] as Token).normal)) k++;
  if (k > run.end && k < sentenceEnd && lex.speechVerbs.has((tokens[k] as Token).normal)) return true;
  // A verb of asking for or of condemning ("X Y has pestered the ministry", "X Y deplored"), not a noun of the same
  // form ("the X Y appeal"); the tagger may read a past participle as an adjective. Two words after a preposition end
  // a title ("the Minister for Foreign Affairs decried"): the verb's subject is the phrase, not the run (a longer run
  // goes on with the name: "Commissioner for Human Rights Jan Vos deplored").
  const stance = tokens[k] as Token | undefined;
  const governed = before !== undefined && before.pos === 'ADP' && length <= 2;
  if (!governed && k < sentenceEnd && stance && (stance.pos === 'VERB' || stance.pos === 'ADJ') && lex.stanceVerbs.has(stance.normal)) return true;
  if (before && lex.speechVerbs.has(before.normal)) return true;
  // "according to X".
  if (before && before.normal === 'to' && before2 && before2.normal === 'according') return true;
  // 3. Apposition after: "X, head of ...", "X, a UN assistant secretary-general".
  if (after && after.normal === ',') {
    for (let k = run.end + 1; k < Math.min(sentenceEnd, run.end + 6); k++) {
      const word = (tokens[k] as Token).normal;
      if (word === ',' || word === '.' || (tokens[k] as Token).pos === 'VERB') break;
      const last = word.split('-').pop() ?? word;
      if (lex.titleWords.has(word) || lex.titleWords.has(last) || word.startsWith('commander')) return true;
    }
  }
  // 3b. A relative clause of a person after it: "X Y, who runs the plant, said" (an organisation takes "which").
  if (after && after.normal === ',' && tokens[run.end + 1]?.normal === 'who' && run.end + 1 < sentenceEnd && length <= 3) {
    let allProper = true;
    for (let t = run.start; t < run.end; t++) if ((tokens[t] as Token).pos !== 'PROPN') allProper = false;
    if (allProper) return true;
  }
  // 4. Byline or credit: "By X and Y", "Reporting by X", "(X/Agency via ...)", "— X (@handle)".
  if (before && before.normal === 'by') return true;
  if (before && (before.normal === '(' || before.normal === '—') && after && (after.normal === '/' || after.normal === '(')) return true;
  // A photo credit after an agency: "(Photo: Reuters/Gleb Garanich)", "AGENCY/FIRST LAST The caption ...".
  if (before && before.normal === '/' && after && (after.normal === ')' || after.normal === '/') && length <= 3) return true;
  if (before && before.normal === '/' && length >= 2 && length <= 3 && creditAgencyBefore(context, run.start - 1)) return true;
  // 4b. A labelled credit line: "Author: X", "Photo: X", "Text: X".
  if (before && before.normal === ':' && before2 && lex.creditLabels.has(before2.normal) && length <= 3) return true;
  // 4b'. A role label opening its line or a "|" field: "Duty editor: X", "Secretary of the Council: X", "Present: X".
  if (before && before.normal === ':' && length >= 2 && length <= 3 && roleLabel(context, run.start - 1, sentenceStart)) return true;
  // 4c. A correspondent's byline opening its line: "From X Y in Odesa".
  if (before?.normal === 'from' && run.start - 1 === sentenceStart && after?.normal === 'in' && length >= 2 && length <= 3) {
    let allProper = true;
    for (let t = run.start; t < run.end; t++) if ((tokens[t] as Token).pos !== 'PROPN') allProper = false;
    if (allProper) return true;
  }
  // 5. A name enclosed in commas after a description: "Its spokesman, Igor Konashenkov, said".
  if (before && before.normal === ',' && after && after.normal === ',' && before2 && !isCapitalised(before2)) return true;
  // 5b. "Our correspondent in Kyiv, X Y, said": a comma-enclosed name with a speech verb right after it.
  const next = tokens[run.end + 1];
  if (before && before.normal === ',' && after && after.normal === ',' && next && lex.speechVerbs.has(next.normal)) return true;
  // 5c. "..., the head of the city administration, X Y.": a name closing its sentence after a description with a title.
  if (before && before.normal === ',' && (!after || after.normal === '.')) {
    for (let t = run.start - 2; t >= Math.max(sentenceStart, run.start - 9); t--) {
      const word = (tokens[t] as Token).normal;
      if (word === ',' || isCapitalised(tokens[t])) break;
      if (lex.titleWords.has(word)) return true;
    }
  }
  // 5d. "The representative of Ukraine, X Y, said": a comma-enclosed name after a title and its "of" phrase.
  if (before && before.normal === ',' && after && after.normal === ',') {
    for (let t = run.start - 2; t >= Math.max(sentenceStart, run.start - 7); t--) {
      const word = (tokens[t] as Token).normal;
      if (word === ',') break;
      if (lex.titleWords.has(word) && (tokens[t + 1] as Token).normal === 'of') return true;
    }
  }
  // 6b. A signature: a name of two or three proper nouns alone on its line among the document's last lines.
  if (run.start === sentenceStart && run.end === sentenceEnd && length <= 3 && signatureBlock(context, (tokens[run.start] as Token).sentence)) {
    let allProper = true;
    for (let t = run.start; t < run.end; t++) if ((tokens[t] as Token).pos !== 'PROPN') allProper = false;
    if (allProper) return true;
  }
  // 6. A name alone on its line, closed by a dash or bar (a byline): "Oksana Lytvyn —".
  if (run.start === sentenceStart && length <= 3 && after && (after.normal === '—' || after.normal === '|' || after.normal === '–') && sentenceEnd - run.end === 1) {
    let allProper = true;
    for (let t = run.start; t < run.end; t++) if ((tokens[t] as Token).pos !== 'PROPN') allProper = false;
    if (allProper) return true;
  }
  return false;
}

/** True when sentence `index` is among the last three and no sentence after it has a verb (a name, a town, a date). */
function signatureBlock(context: ExtractContext, index: number): boolean {
  const { sentences, tokens } = context;
  if (sentences.length - index > 3) return false;
  for (let s = index + 1; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) if ((tokens[t] as Token).pos === 'VERB' || (tokens[t] as Token).pos === 'AUX') return false;
  }
  return true;
}

/** Types and records the runs of one sentence. */
function typeRuns(context: ExtractContext, runs: Run[], sentenceStart: number, sentenceEnd: number, covered: Uint8Array, persons: Run[], owned: ReadonlyMap<string, string>): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const gazetteer = context.gazetteer;
  const headline = titleCased(tokens, sentenceStart, sentenceEnd);
  for (const run of runs) {
    // In a Title Case headline verbs are capitalised too: an organisation name ends at its first head
    // ("Bordurian Forces Shell Border Post"), and a collective head alone names no body.
    if (headline) {
      let h = run.start;
      while (h < run.end - 1 && !lex.orgHeads.has((tokens[h] as Token).normal)) h++;
      if (h < run.end - 1) run.end = h + 1;
      if (run.end - run.start === 1 && lex.collectiveHeads.has((tokens[run.start] as Token).normal)) continue;
    }
    // "the 110th Mechanised Brigade": a unit's number is part of its name.
    if (!covered[run.start - 1] && run.start - 1 >= sentenceStart && unitNumber(context, run.start, run.end)) run.start--;
    const first = tokens[run.start] as Token;
    const last = tokens[run.end - 1] as Token;
    const label = spanText(context, run.start, run.end);
    const before = previousWord(context, run.start, sentenceStart);
    const after = run.end < sentenceEnd ? (tokens[run.end] as Token) : undefined;
    const length = run.end - run.start;
    // 0. The end of a larger name ("the Day of Ukrainian Air Force").
    if (closesLargerName(lex, tokens, run.start)) continue;
    // 1. Organisation head word inside the run.
    let orgHead = false;
    for (let t = run.start; t < run.end; t++) if (lex.orgHeads.has((tokens[t] as Token).normal)) orgHead = true;
    // A run that ends with a job title ("Staff Correspondent") names no one, unless the title is the complement of
    // an organisation head ("Office of the Prime Minister").
    let complement = false;
    for (let t = run.start + 1; t < run.end; t++) if (lex.orgConnectors.has((tokens[t] as Token).normal) && lex.orgHeads.has((tokens[t - 1] as Token).normal)) complement = true;
    if (lex.titleWords.has(last.normal) && length >= 1 && !lex.orgHeads.has(last.normal) && !complement) continue;
    if (orgHead && length >= 2 && !lex.nonEntityHeads.has(last.normal)) {
      // "the General Staff of the Polish Armed Forces": a body of a named organisation mentions that organisation.
      const parent = parentOrganisation(context, run.end, sentenceEnd);
      if (parent) {
        for (let t = run.start; t < run.end; t++) covered[t] = 1;
        pushMention(context, run.start, parent.tokenEnd, { type: 'Organisation', kind: 'name', entity: parent.entity, generic: false });
        continue;
      }
      // The phrase of a body named with its owner before ("the French Foreign Ministry ... the Foreign Ministry").
      const ownedEntity = owned.get(foldKey(label));
      if (ownedEntity) {
        for (let t = run.start; t < run.end; t++) covered[t] = 1;
        pushMention(context, run.start, run.end, { type: 'Organisation', kind: 'name', entity: ownedEntity, generic: false });
        continue;
      }
      // "... Mission in Ukraine", "... of Poland": a connector and a named state close the name ("the Defense
      // Ministry in Moscow" only says where the ministry is).
      const place = after && lex.orgConnectors.has(after.normal) ? context.mentions.find((m) => m.tokenStart === run.end + 1 && m.kind === 'name' && m.type === 'Country') : undefined;
      // "Lyceum No. 3": a number sign closing the run takes the number after it.
      const numbered = lex.numberSigns.has(last.normal) && after?.pos === 'NUM' && after.start - last.end <= 1;
      // "FC Portovyk Odesa": a club's name goes on with the city it plays for.
      const home = lex.clubMarks.has(first.normal) && after && after.start - last.end <= 1 ? context.mentions.find((m) => m.tokenStart === run.end && m.kind === 'name' && m.type === 'City') : undefined;
      const end = place && place.sentence === last.sentence ? place.tokenEnd : numbered ? run.end + 1 : home ? home.tokenEnd : run.end;
      addName(context, run.start, end, 'Organisation', spanText(context, run.start, end), covered);
      continue;
    }
    if (before && lex.orgLeadNouns.has(before.normal) && length <= 3) {
      addName(context, run.start, run.end, 'Organisation', label, covered);
      continue;
    }
    // 2. Named things that are not entities.
    if (lex.nonEntityHeads.has(last.normal) || (after && lex.nonEntityHeads.has(after.normal) && after.text === after.normal)) continue;
    // 3. Named areas.
    if (lex.areaHeads.has(last.normal) && length >= 2) {
      addName(context, run.start, run.end, 'Region', label, covered);
      continue;
    }
    if ((first.normal === 'cape' || first.normal === 'lake' || first.normal === 'mount') && length >= 2) {
      addName(context, run.start, run.end, 'Region', label, covered);
      continue;
    }
    // 4. "X district", "X oblast", "X County".
    if (after && lex.regionWords.has(after.normal) && after.normal !== 'republic') {
      const base = gazetteer.regionOfBase(foldKey(label));
      const end = run.end + 1;
      if (base) {
        for (let t = run.start; t < end; t++) covered[t] = 1;
        pushMention(context, run.start, end, { type: 'Region', kind: 'name', entity: base.id, generic: false });
      } else {
        const word = after.normal.endsWith('s') ? after.text.slice(0, -1) : after.text;
        addName(context, run.start, end, 'Region', `${label} ${word}`, covered);
      }
      continue;
    }
    if (lex.regionWords.has(last.normal) && length >= 2 && last.normal !== 'republic') {
      addName(context, run.start, run.end, 'Region', label, covered);
      continue;
    }
    // 5. Organisation cues of credits and sources, then person cues.
    if (organisationCue(context, run, sentenceStart, sentenceEnd)) {
      // "The Kyiv Ledger" opening its line: the article is part of the outlet's name.
      const the = run.start - 1 === sentenceStart && before?.normal === 'the' && lex.mediaHeads.has(last.normal) ? run.start - 1 : run.start;
      addName(context, the, run.end, 'Organisation', spanText(context, the, run.end), covered);
      continue;
    }
    if (personCue(context, run, sentenceStart, sentenceEnd)) {
      // "told Pivden Daily", "(Zenda Wire) -": a name that ends with a media head (lexicon mediaHeads) is an outlet,
      // not a person, unless a title stands before it ("Mayor Anna Post").
      if (length >= 2 && lex.mediaHeads.has(last.normal) && !isAllCaps(last) && !run.titled && !(before && (lex.titleWords.has(before.normal) || lex.honorifics.has(before.normal)))) {
        addName(context, run.start, run.end, 'Organisation', label, covered);
        continue;
      }
      if (length >= 2 || run.titled || (before && lex.titleWords.has(before.normal))) {
        persons.push(run);
        addName(context, run.start, run.end, 'Person', label, covered);
      }
      continue;
    }
    // 6. Place cues: "in X", "near X", "villages of X and Y" (a hyphenated name counts its words: "Zenda-Kovalyk").
    if (nameWords(tokens, run.start, run.end) <= 2 && first.pos === 'PROPN' && !(after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.normal === ':'))) {
      // "a strike on Khotin", "attacks against Zenda": what an attack noun is aimed at is a place.
      const before2 = previousWord(context, run.start - 1, sentenceStart);
      const attacked = before !== undefined && (before.normal === 'on' || before.normal === 'against') && before2 !== undefined && lex.attackNoun.has(before2.normal);
      const placeBefore = (before && lex.placePrepositions.has(before.normal)) || attacked;
      const settlement = before && before.normal === 'of' && run.start - 2 >= sentenceStart && lex.settlementNouns.has((tokens[run.start - 2] as Token).normal);
      if (placeBefore || settlement) {
        addName(context, run.start, run.end, 'City', label, covered);
      }
    }
  }
}

/** The words of a name at tokens [start, end), a hyphen joining two of them not counted ("Zenda-Kovalyk" has two). */
function nameWords(tokens: readonly Token[], start: number, end: number): number {
  let words = 0;
  for (let t = start; t < end; t++) if ((tokens[t] as Token).normal !== '-') words++;
  return words;
}

/**
 * "X in P and Y in Q" (a credit or a list of correspondents): the run Y right after "and", a place P before it that
 * follows "in" and a person X, and "in" with a place after Y. True when Y (two or three proper nouns, no mention yet)
 * is a person by that parallel.
 */
function placedPerson(context: ExtractContext, right: Run, sentenceStart: number, sentenceEnd: number): boolean {
  const tokens = context.tokens;
  const length = right.end - right.start;
  if (length < 2 || length > 3 || right.start - 4 < sentenceStart || right.end + 1 >= sentenceEnd) return false;
  if (tokens[right.start - 1]?.normal !== 'and' || tokens[right.end]?.normal !== 'in') return false;
  for (let t = right.start; t < right.end; t++) if ((tokens[t] as Token).pos !== 'PROPN') return false;
  const isPlace = (m: Mention | undefined) => m !== undefined && (m.type === 'City' || m.type === 'Region' || m.type === 'Country');
  if (context.mentions.some((m) => m.tokenStart < right.end && m.tokenEnd > right.start)) return false;
  const place = context.mentions.find((m) => m.tokenEnd === right.start - 1 && m.kind === 'name');
  if (!place || !isPlace(place) || tokens[place.tokenStart - 1]?.normal !== 'in') return false;
  const person = context.mentions.find((m) => m.tokenEnd === place.tokenStart - 1 && m.kind === 'name');
  if (person?.type !== 'Person' || person.tokenStart < sentenceStart) return false;
  return isPlace(context.mentions.find((m) => m.tokenStart === right.end + 1 && m.kind === 'name'));
}

/** Propagates a cue across coordination: "X and Y also condemned", "villages of X and Y". */
function coordinate(context: ExtractContext, runs: Run[], sentenceStart: number, sentenceEnd: number, covered: Uint8Array, persons: Run[]): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  for (let r = 0; r + 1 < runs.length; r++) {
    const left = runs[r] as Run;
    const right = runs[r + 1] as Run;
    const joiner = tokens[left.end] as Token | undefined;
    // ("X, Y, and Z": a serial comma before the "and" joins the last name as the others.)
    const serial = joiner?.normal === ',' && tokens[left.end + 1]?.normal === 'and' && right.start === left.end + 2;
    if (!joiner || (right.start !== left.end + 1 && !serial) || (joiner.normal !== 'and' && joiner.normal !== ',')) continue;
    const leftMention = context.mentions.find((m) => m.tokenStart === left.start && m.tokenEnd === left.end && m.kind === 'name');
    const rightMention = context.mentions.find((m) => m.tokenStart === right.start && m.tokenEnd === right.end && m.kind === 'name');
    const known = leftMention ?? rightMention;
    const unknown = leftMention ? (rightMention ? null : right) : left;
    if (!known || !unknown || (known.type !== 'Person' && known.type !== 'City')) continue;
    if (lex.titleWords.has((tokens[unknown.end - 1] as Token).normal)) continue;
    const length = unknown.end - unknown.start;
    if (known.type === 'Person' && length < 2) continue;
    if (known.type === 'City' && nameWords(tokens, unknown.start, unknown.end) > 2) continue;
    if (known.type === 'Person') persons.push(unknown);
    addName(context, unknown.start, unknown.end, known.type, spanText(context, unknown.start, unknown.end), covered);
  }
  // A list of people each placed ("reporting by X in Kyiv and Y in Odesa"): a run after "and" that is itself placed
  // by "in" follows a place whose "in" closes a person; it is a person too.
  for (const run of runs) {
    if (!placedPerson(context, run, sentenceStart, sentenceEnd)) continue;
    persons.push(run);
    addName(context, run.start, run.end, 'Person', spanText(context, run.start, run.end), covered);
  }
}

/** A mention index with no entries (`regionLists` before its first region word). */
const EMPTY_INDEX: ReadonlyMap<number, Mention> = new Map();

/** Turns city mentions before a region word into regions ("Belgorod region", "the Kharkiv, Lviv and Kyiv oblasts"). */
function regionLists(context: ExtractContext, covered: Uint8Array): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const gazetteer = context.gazetteer;
  // Mentions by first and by end token, as they stand before this pass: built at the first region word or
  // governor (most documents have none), before any mention is added or changed.
  let byStart = EMPTY_INDEX;
  let byEnd = EMPTY_INDEX;
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (byStart === EMPTY_INDEX && (word.normal === 'governor' || lex.regionWords.has(word.normal))) {
      const starts = new Map<number, Mention>();
      const ends = new Map<number, Mention>();
      for (const m of context.mentions) starts.set(m.tokenStart, m);
      for (const m of context.mentions) ends.set(m.tokenEnd, m);
      byStart = starts;
      byEnd = ends;
    }
    // "Kursk Governor X": a governor heads a region, so the place before the title is the region.
    if (word.normal === 'governor') {
      const place = byEnd.get(i);
      if (place && place.type === 'City' && place.kind === 'name') {
        const base = gazetteer.regionOfBase(foldKey(context.doc.text.slice(place.start, place.end)));
        if (base) {
          place.type = 'Region';
          place.entity = base.id;
        }
      }
      continue;
    }
    if (!lex.regionWords.has(word.normal) || word.normal === 'republic') continue;
    const plural = word.normal.endsWith('s');
    // "the region of Kharkiv", "the regions of Poltava, Donetsk and Dnipro": the places after "of" are regions ("the
    // Shevchenkivskyi district of Kyiv" names the city the district is in).
    if (tokens[i + 1]?.normal === 'of' && (word.normal.startsWith('district') || word.normal.startsWith('raion'))) continue;
    // "the Kursk and Voronezh regions of Russia": a state after "of" says whose regions the list before names.
    const owner = tokens[i + 1]?.normal === 'of' ? byStart.get(i + 2) : undefined;
    if (tokens[i + 1]?.normal === 'of' && !(plural && owner?.type === 'Country')) {
      let k = i + 2;
      while (k < tokens.length) {
        const mention = byStart.get(k);
        if (!mention || (mention.type !== 'City' && mention.type !== 'Region')) break;
        const base = mention.type === 'City' ? gazetteer.regionOfBase(foldKey(context.doc.text.slice(mention.start, mention.end))) : undefined;
        if (base) {
          mention.type = 'Region';
          mention.entity = base.id;
        }
        const next = tokens[mention.tokenEnd]?.normal;
        if (!plural || (next !== ',' && next !== 'and')) break;
        k = mention.tokenEnd + 1;
        if (next === ',' && tokens[k]?.normal === 'and') k++;
      }
      continue;
    }
    // Walk back over "A, B and C" while each item is a place mention; a modifier may stand before the region word
    // ("the Sumy border region", "the Sumy and Chernihiv border regions").
    let end = i;
    const modified = !byEnd.has(i) && lex.regionModifiers.has(tokens[i - 1]?.normal ?? '') && byEnd.has(i - 1);
    if (modified) end = i - 1;
    const items: Mention[] = [];
    // "the Saltivskyi, Kyivskyi and Industrialnyi districts" where "Industrialnyi districts" was read as one name: the
    // list goes on before it.
    const last = plural && !modified ? byEnd.get(i + 1) : undefined;
    if (last && last.tokenStart < i && last.type === 'Region' && last.kind === 'name') {
      const joiner = tokens[last.tokenStart - 1]?.normal;
      if (joiner === ',' || joiner === 'and') {
        end = last.tokenStart - 1;
        if (joiner === 'and' && tokens[end - 1]?.normal === ',') end--;
      }
    }
    while (end > 0) {
      let mention = byEnd.get(end);
      // An unknown capitalised word in the list ("the Lviv, Volyn and Rivne regions") becomes a place mention (the
      // tagger may read an adjectival name as an adjective: "Kyivskyi").
      const bare = tokens[end - 1];
      const nameLike = bare !== undefined && (bare.pos === 'PROPN' || ((bare.pos === 'ADJ' || bare.pos === 'NOUN') && end < i));
      if (!mention && plural && bare && !covered[end - 1] && isCapitalised(bare) && nameLike && !lex.neverNames.has(bare.normal)) {
        const base = gazetteer.regionOfBase(foldKey(bare.text));
        mention = base
          ? pushMention(context, end - 1, end, { type: 'Region', kind: 'name', entity: base.id, generic: false })
          : addName(context, end - 1, end, 'City', bare.text, covered);
        covered[end - 1] = 1;
      }
      if (!mention || (mention.type !== 'City' && mention.type !== 'Region' && !(mention.kind === 'capital'))) break;
      items.push(mention);
      const joiner = tokens[mention.tokenStart - 1];
      if (!plural || !joiner || (joiner.normal !== ',' && joiner.normal !== 'and')) break;
      end = mention.tokenStart - 1;
      if (joiner.normal === 'and' && tokens[end - 1]?.normal === ',') end--;
    }
    // "the Kharkiv and Chuhuiv districts": districts, not the oblasts of the same base names.
    const district = word.normal.startsWith('district') || word.normal.startsWith('raion');
    for (const mention of items) {
      const folded = foldKey(context.doc.text.slice(mention.start, mention.end));
      const base = (district ? gazetteer.districtOfBase(folded) : undefined) ?? gazetteer.regionOfBase(folded);
      if (base) {
        mention.type = 'Region';
        mention.kind = 'name';
        mention.entity = base.id;
        mention.generic = false;
        if (!plural && !modified) {
          mention.tokenEnd = i + 1;
          mention.end = word.end;
          covered[i] = 1;
        }
      } else if (mention.type === 'City') {
        const label = `${context.doc.text.slice(mention.start, mention.end)} ${plural ? word.text.slice(0, -1) : word.text}`;
        const key = recognisedName(context, 'Region', label);
        mention.type = 'Region';
        mention.kind = 'name';
        mention.entity = key;
      }
    }
  }
}

/**
 * Two spellings of one person's full name are one person: a recognised name that folds to a gazetteer person's name
 * ("Andrei Vorobyev" for the entry "Andrei Vorobyov") or to a person named earlier in the document takes its entity.
 */
function mergeSpellings(context: ExtractContext): void {
  const gazetteer = context.gazetteer;
  const seen = new Map<string, string>();
  for (const mention of context.mentions) {
    if (mention.type !== 'Person' || mention.kind !== 'name') continue;
    const entry = gazetteer.get(mention.entity);
    if (entry) {
      for (const name of [entry.name, ...entry.aliases]) if (!seen.has(variantName(name))) seen.set(variantName(name), entry.id);
      continue;
    }
    const label = context.entityInfo.get(mention.entity)?.label ?? context.doc.text.slice(mention.start, mention.end);
    const key = variantName(label);
    if (!key.includes(' ')) continue;
    const entity = gazetteer.personByVariant(label)?.id ?? seen.get(key);
    if (entity && entity !== mention.entity) mention.entity = entity;
    else if (!seen.has(key)) seen.set(key, mention.entity);
  }
  // "S. Kovtun" after (or before) "Serhii Kovtun": an initial and a surname name the one person of the document whose
  // full name begins with that letter and ends with that surname.
  const full = new Map<string, Set<string>>();
  for (const [key, entity] of seen) {
    const words = key.split(' ');
    if (words.length < 2 || (words[0] ?? '').length < 2) continue;
    const slot = `${(words[0] ?? '').charAt(0)} ${words.at(-1)}`;
    full.set(slot, (full.get(slot) ?? new Set()).add(entity));
  }
  // "Father Kulyk" after "Father Ivan Kulyk": a surname typed as a person of its own by the title before it names the
  // one person of the document whose full name ends with it.
  const bySurname = new Map<string, Set<string>>();
  for (const [key, entity] of seen) {
    const words = key.split(' ');
    if (words.length >= 2) bySurname.set(words.at(-1) as string, (bySurname.get(words.at(-1) as string) ?? new Set()).add(entity));
  }
  for (const mention of context.mentions) {
    if (mention.type !== 'Person' || mention.kind !== 'name') continue;
    const text = context.doc.text.slice(mention.start, mention.end);
    const initialed = /^(\p{Lu})\.\s*(\p{L}[\p{L}'-]+)$/u.exec(text);
    if (!initialed) {
      if (gazetteer.get(mention.entity) || /\s/.test(text)) continue;
      const persons = bySurname.get(variantName(text));
      if (persons?.size === 1 && !persons.has(mention.entity)) mention.entity = [...persons][0] as string;
      continue;
    }
    const persons = full.get(`${variantName(initialed[1] as string)} ${variantName(initialed[2] as string)}`);
    if (persons?.size === 1) mention.entity = [...persons][0] as string;
  }
}

/** The singular of a plural noun ("airports" -> "airport", "refineries" -> "refinery"), else the word. */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The first words of a phrase set's phrases, as a set built once per compiled phrase set. */
const firstWordSets = new WeakMap<PhraseSet, ReadonlySet<string>>();
function firstWordsOf(phrases: PhraseSet): ReadonlySet<string> {
  let firsts = firstWordSets.get(phrases);
  if (firsts === undefined) {
    firsts = new Set(phrases.firstWords());
    firstWordSets.set(phrases, firsts);
  }
  return firsts;
}

/**
 * Members of a list of facilities are facilities, not the places they are named after: "airfields, including
 * Marino and Belovo" names no town. Place mentions in the list after a plural facility noun and "including",
 * "such as" or a colon are dropped. A noun that also names a settlement ("ports, including X") keeps its places.
 */
function facilityLists(context: ExtractContext): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const drop = new Set<Mention>();
  const firsts = firstWordsOf(lex.listOpeners);
  let words: readonly string[] | null = null;
  // Mentions by first token, built when the first list is met (most documents have none).
  let byStart: Map<number, Mention> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (!firsts.has((tokens[i] as Token).normal)) continue;
    words ??= wordsOf(tokens);
    const opener = lex.listOpeners.match(words, i);
    if (!opener) continue;
    let head = i - 1;
    if (tokens[head]?.normal === ',') head--;
    const noun = tokens[head];
    const sentence = (tokens[i] as Token).sentence;
    if (!noun || noun.sentence !== sentence || !noun.normal.endsWith('s')) continue;
    const facility = singular(noun.normal);
    if (!lex.nonEntityHeads.has(facility) || lex.settlementNouns.has(facility)) continue;
    if (byStart === null) {
      byStart = new Map<number, Mention>();
      for (const m of context.mentions) if (!byStart.has(m.tokenStart)) byStart.set(m.tokenStart, m);
    }
    // Items: a mention or a run of capitalised words, joined by commas, "and", "or".
    let k = i + opener;
    while (k < tokens.length && (tokens[k] as Token).sentence === sentence) {
      const mention = byStart.get(k);
      if (mention) {
        if (mention.type === 'City' || mention.type === 'Region') drop.add(mention);
        k = mention.tokenEnd;
      } else if (isCapitalised(tokens[k])) {
        while (isCapitalised(tokens[k]) && !byStart.has(k)) k++;
      } else break;
      const joiner = tokens[k]?.normal;
      if (joiner !== ',' && joiner !== 'and' && joiner !== 'or') break;
      k++;
      if (joiner === ',' && (tokens[k]?.normal === 'and' || tokens[k]?.normal === 'or')) k++;
    }
  }
  if (drop.size) context.mentions = context.mentions.filter((m) => !drop.has(m));
}

/** Does a title word or honorific stand right before token k ("Deputy FM Betsa", "Mr Kovalenko")? */
function titled(context: ExtractContext, k: number): boolean {
  const before = context.tokens[k - 1];
  return before !== undefined && before.sentence === context.tokens[k]?.sentence && (context.lexicon.titleWords.has(before.normal) || context.lexicon.honorifics.has(before.normal));
}

/** Links lone surnames to the persons of the document ("Sadovyi said" after "Andriy Sadovyi"). */
function linkSurnames(context: ExtractContext, covered: Uint8Array): void {
  const tokens = context.tokens;
  const keys = tokenKeysOf(context);
  const surnames = new Map<string, string | null>();
  const note = (surname: string, entity: string): void => {
    if (surname.length < 3) return;
    const known = surnames.get(surname);
    surnames.set(surname, known === undefined || known === entity ? entity : null);
  };
  for (const mention of context.mentions) {
    if (mention.type !== 'Person' || mention.kind !== 'name') continue;
    if (mention.tokenEnd - mention.tokenStart >= 2) note(keys[mention.tokenEnd - 1] as string, mention.entity);
    // "Deputy FM Betsa": a lone surname after a title names the person too ("Betsa said" later).
    else if (titled(context, mention.tokenStart)) note(keys[mention.tokenStart] as string, mention.entity);
    const entry = context.gazetteer.get(mention.entity);
    if (entry) for (const surname of context.gazetteer.surnames(entry)) note(surname, mention.entity);
  }
  if (!surnames.size) return;
  relinkGazetteerSurnames(context, keys);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCapitalised(tokens[i])) continue;
    const entity = surnames.get(keys[i] as string);
    if (!entity) continue;
    const next = tokens[i + 1];
    if (next && isCapitalised(next) && !covered[i + 1] && next.sentence === (tokens[i] as Token).sentence && next.start - (tokens[i] as Token).end <= 1) continue;
    covered[i] = 1;
    pushMention(context, i, i + 1, { type: 'Person', kind: 'name', entity, generic: false });
  }
}

/**
 * A lone surname that the gazetteer knows for someone else names the person the article introduced in full: after
 * "Marta Kovalenko", "Kovalenko" is Marta, not the gazetteer's Andriy Kovalenko, unless the article names him in full
 * too (then the surname is ambiguous and keeps the gazetteer's reading).
 */
function relinkGazetteerSurnames(context: ExtractContext, keys: readonly string[]): void {
  const full = new Map<string, string | null>();
  const namedInFull = new Set<string>();
  for (const mention of context.mentions) {
    if (mention.type !== 'Person' || mention.kind !== 'name' || mention.tokenEnd - mention.tokenStart < 2) continue;
    namedInFull.add(mention.entity);
    const surname = keys[mention.tokenEnd - 1] as string;
    const known = full.get(surname);
    full.set(surname, known === undefined || known === mention.entity ? mention.entity : null);
  }
  for (const mention of context.mentions) {
    if (mention.type !== 'Person' || mention.kind !== 'name' || mention.tokenEnd - mention.tokenStart !== 1) continue;
    if (!context.gazetteer.get(mention.entity) || namedInFull.has(mention.entity)) continue;
    const person = full.get(keys[mention.tokenStart] as string);
    if (person && person !== mention.entity) mention.entity = person;
  }
}

/** "Centre for X Studies (CXS)": the acronym in parentheses and its later uses name the same organisation. */
function linkAcronyms(context: ExtractContext, covered: Uint8Array): void {
  const tokens = context.tokens;
  const acronyms = new Map<string, Mention>();
  for (const mention of context.mentions) {
    if (mention.type !== 'Organisation' || mention.kind !== 'name') continue;
    const open = tokens[mention.tokenEnd];
    const inner = tokens[mention.tokenEnd + 1];
    const close = tokens[mention.tokenEnd + 2];
    if (open?.normal !== '(' || !inner || close?.normal !== ')' || covered[mention.tokenEnd + 1]) continue;
    if (!/^[A-Z][A-Z0-9&-]{1,9}$/.test(inner.text)) continue;
    acronyms.set(inner.text, mention);
  }
  if (!acronyms.size) return;
  for (let i = 0; i < tokens.length; i++) {
    const mention = covered[i] ? undefined : acronyms.get((tokens[i] as Token).text);
    if (!mention) continue;
    covered[i] = 1;
    pushMention(context, i, i + 1, { type: 'Organisation', kind: 'name', entity: mention.entity, generic: false });
  }
}

/** A single capitalised unknown word right before a statement verb names an organisation. */
function speakingOrganisations(context: ExtractContext, covered: Uint8Array): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  for (const sentence of context.sentences) {
    for (let i = sentence.tokenStart; i + 1 < sentence.tokenEnd; i++) {
      const token = tokens[i] as Token;
      const next = tokens[i + 1] as Token;
      if (covered[i] || !lex.statementVerbs.has(next.normal) || token.pos !== 'PROPN' || !isCapitalised(token)) continue;
      if (lex.neverNames.has(token.normal) || lex.titleWords.has(token.normal) || lex.postNominals.has(token.normal) || token.text.length < 3) continue;
      const previous = tokens[i - 1];
      if (previous && previous.sentence === token.sentence && (isCapitalised(previous) && !covered[i - 1] && previous.normal !== 'the')) continue;
      if (previous && previous.sentence === token.sentence && previous.normal === "'s") continue;
      // "The Embassy said": a description of a body named before (step 05), not a name.
      if (previous?.normal === 'the' && lex.descriptionNouns.has(token.normal)) continue;
      addName(context, i, i + 1, 'Organisation', token.text, covered);
    }
  }
}

/**
 * Speaker labels of a transcript: a line that opens with a name of two or three words, then a colon, in capitals
 * ("OKSANA BILYK: ...", "OKSANA BILYK (analyst): ...") or capitalised with a role in parentheses ("Oksana Bilyk
 * (analyst): ..."). A one-word label ("HOST:", "Q:") names a role, not a person; a later "BILYK:" is the surname of
 * the person labelled before (step 4).
 */
function speakerLabels(context: ExtractContext, covered: Uint8Array): void {
  const { tokens, lexicon: lex } = context;
  const text = context.doc.text;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (previous && !lineBreakBetween(text, previous.end, first.start)) continue;
    let end = i;
    while (end < i + 3 && end < tokens.length && !covered[end] && nameWord(lex, tokens[end] as Token) && (end === i || (tokens[end] as Token).start - (tokens[end - 1] as Token).end === 1)) end++;
    if (end - i < 2) continue;
    // A verbatim record's turn: "Name Surname, on behalf of the X Group. - Madam President, ...".
    const turn = !isAllCaps(first) ? turnLabelEnd(tokens, text, end) : -1;
    if (turn > 0) {
      addName(context, i, end, 'Person', spanText(context, i, end), covered);
      i = turn;
      continue;
    }
    let colon = end;
    const role = tokens[colon]?.normal === '(';
    // A role in parentheses, or a parliamentary record's constituency, party and item ("Alicia Kearns (Rutland and
    // Melton) (Con):").
    for (let parens = 0; parens < 4 && tokens[colon]?.normal === '('; parens++) {
      const close = colon + 8;
      while (colon < close && colon < tokens.length && tokens[colon]?.normal !== ')') colon++;
      colon++;
    }
    if (tokens[colon]?.normal !== ':') continue;
    const capitals = isAllCaps(first);
    // A label of capitals is a person's name when a role follows it or its last word labels a later line alone
    // ("BILYK:"); "KEY EVENTS:" is neither.
    if (!role && !(capitals && surnameLabelLater(context, colon, (tokens[end - 1] as Token).normal))) continue;
    const label = spanText(context, i, end);
    addName(context, i, end, 'Person', capitals ? titleCaseWords(label) : label, covered);
    i = colon;
  }
}

/** Is there a line break in text[from, to)? (No slice: speakerLabels asks this for every token.) */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at >= 0 && at < to;
}

/** Does a later line open with `surname` alone and a colon ("BILYK: ...")? */
function surnameLabelLater(context: ExtractContext, from: number, surname: string): boolean {
  const { tokens } = context;
  const text = context.doc.text;
  for (let k = from + 1; k + 1 < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.normal !== surname || tokens[k + 1]?.normal !== ':') continue;
    const previous = tokens[k - 1] as Token;
    if (lineBreakBetween(text, previous.end, token.start)) return true;
  }
  return false;
}

/** A word that may be part of a labelled name: capitalised letters, not a function word, title, head or region word. */
function nameWord(lex: Lexicon, token: Token): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(token.text)) return false;
  const w = token.normal;
  return !lex.neverNames.has(w) && !lex.titleWords.has(w) && !lex.orgHeads.has(w) && !lex.regionWords.has(w) && !lex.headingWords.has(w);
}

/** "OKSANA BILYK" -> "Oksana Bilyk" (each part of a hyphenated word too). */
function titleCaseWords(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** Recognises names that are not in the gazetteer. */
/**
 * A masthead on the text's first line ("THE OSPREY LEDGER | OPINION | 3 May 2025", ../masthead.ts) is one
 * organisation: the places and shorter names matched inside it are no mentions of their own.
 */
function mastheadLine(context: ExtractContext, covered: Uint8Array): void {
  const found = textMasthead(context.doc, context.lexicon, context.gazetteer);
  if (!found) return;
  const tokens = context.tokens;
  let end = 0;
  while (end < tokens.length && (tokens[end] as Token).end <= found.length) end++;
  if (end === 0) return;
  const entry = found.masthead.entry;
  if (entry && context.mentions.some((m) => m.tokenStart === 0 && m.tokenEnd === end && m.entity === entry.id)) return;
  context.mentions = context.mentions.filter((m) => m.tokenEnd <= 0 || m.tokenStart >= end);
  const entity = entry?.id ?? recognisedName(context, 'Organisation', found.masthead.label);
  for (let t = 0; t < end; t++) covered[t] = 1;
  pushMention(context, 0, end, { type: 'Organisation', kind: 'name', entity, generic: false });
}

export function recogniseNames(context: ExtractContext): void {
  const tokens = context.tokens;
  const covered = new Uint8Array(tokens.length);
  for (const m of context.mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered[t] = 1;
  const persons: Run[] = [];
  mastheadLine(context, covered);
  // 0. Organisations named after their state or place ("the French Foreign Ministry", "Moscow's defense ministry").
  const owned = ownedOrganisations(context, covered);
  municipalBodiesOf(context, covered);
  stateNamedOrganisations(context, covered);
  speakerLabels(context, covered);
  // 1-2. Runs per sentence, typed by their cues; then cues shared across coordination.
  for (const sentence of context.sentences) {
    const runs = collectRuns(context, sentence.tokenStart, sentence.tokenEnd, covered);
    if (!runs.length) continue;
    typeRuns(context, runs, sentence.tokenStart, sentence.tokenEnd, covered, persons, owned);
    coordinate(context, runs, sentence.tokenStart, sentence.tokenEnd, covered, persons);
  }
  // 3. Region words after cities and closing lists; places that only name the facilities of a list.
  regionLists(context, covered);
  facilityLists(context);
  // 4. Lone surnames, and acronyms introduced in parentheses.
  sortMentions(context);
  mergeSpellings(context);
  linkSurnames(context, covered);
  linkAcronyms(context, covered);
  // 5. A lone unknown name that speaks is an organisation ("Ukrenergo said", "Interfax reported").
  speakingOrganisations(context, covered);
  sortMentions(context);
}

/** The step object of the pipeline. */
export const namesStep = defineStep('03-names', recogniseNames);
