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
 *   4. Surnames: a lone capitalised word equal to the last word of a person found in the document
 *      ("Sadovyi said", "Mr Duda") becomes a mention of that person.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import type { Mention, Token } from '../layers.ts';
import type { EntityType } from '../../domain/index.ts';
import { closesLargerName, isCapitalised, pushMention, recognisedName, sortMentions, tokenKeysOf } from '../mentions.ts';
import { foldKey } from '../../domain/names.ts';

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
    if (i === sentenceStart && token.pos !== 'PROPN' && !nameFollows && !lex.titleWords.has(token.normal) && !isWeaponCode(token)) {
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
      if (lex.nameParticles.has(next.normal) && next.text === next.normal && isCapitalised(after) && !covered[end + 1]) {
        end++;
        continue;
      }
      if (hasOrgHead && lex.orgConnectors.has(next.normal) && isCapitalised(after) && !covered[end + 1]) {
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
    if (nameStart < end) runs.push({ start: nameStart, end, titled });
    i = end;
  }
  return runs;
}

function previousWord(context: ExtractContext, index: number, sentenceStart: number): Token | undefined {
  return index - 1 >= sentenceStart ? context.tokens[index - 1] : undefined;
}

/** A person cue around the run: title, speech verb, apposition, byline, credit, comma-enclosed name. */
function personCue(context: ExtractContext, run: Run, sentenceStart: number, sentenceEnd: number): boolean {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const length = run.end - run.start;
  const before = previousWord(context, run.start, sentenceStart);
  const before2 = previousWord(context, run.start - 1, sentenceStart);
  const after = run.end < sentenceEnd ? tokens[run.end] : undefined;
  // 1. Title right before: "Mayor X", "spokesman X", "Gen. X".
  if (run.titled) return true;
  if (before && (lex.titleWords.has(before.normal) || lex.groupTitles.has(before.normal)) && length >= 1) return length >= 2 || before.normal !== 'head';
  if (length < 2) return false;
  // 2. Speech verb after or before: "X said", "said X", "X told".
  if (after && lex.speechVerbs.has(after.normal)) return true;
  // Adverbs and time phrases may stand between: "X also said", "X on Tuesday said", "X has repeatedly warned".
  let k = run.end;
  while (k < sentenceEnd && k < run.end + 3 && lex.speakerVerbGap.has((tokens[k] as Token).normal)) k++;
  if (k > run.end && k < sentenceEnd && lex.speechVerbs.has((tokens[k] as Token).normal)) return true;
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
  // 4. Byline or credit: "By X and Y", "Reporting by X", "(X/Agency via ...)", "— X (@handle)".
  if (before && before.normal === 'by') return true;
  if (before && (before.normal === '(' || before.normal === '—') && after && (after.normal === '/' || after.normal === '(')) return true;
  // A photo credit after an agency: "(Photo: Reuters/Gleb Garanich)".
  if (before && before.normal === '/' && after && (after.normal === ')' || after.normal === '/') && length <= 3) return true;
  // 4b. A labelled credit line: "Author: X", "Photo: X", "Text: X".
  if (before && before.normal === ':' && before2 && lex.creditLabels.has(before2.normal) && length <= 3) return true;
  // 5. A name enclosed in commas after a description: "Its spokesman, Igor Konashenkov, said".
  if (before && before.normal === ',' && after && after.normal === ',' && before2 && !isCapitalised(before2)) return true;
  // 6. A name alone on its line, closed by a dash or bar (a byline): "Oksana Lytvyn —".
  if (run.start === sentenceStart && length <= 3 && after && (after.normal === '—' || after.normal === '|' || after.normal === '–') && sentenceEnd - run.end === 1) {
    let allProper = true;
    for (let t = run.start; t < run.end; t++) if ((tokens[t] as Token).pos !== 'PROPN') allProper = false;
    if (allProper) return true;
  }
  return false;
}

/** Types and records the runs of one sentence. */
function typeRuns(context: ExtractContext, runs: Run[], sentenceStart: number, sentenceEnd: number, covered: Uint8Array, persons: Run[]): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const gazetteer = context.gazetteer;
  for (const run of runs) {
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
    // A run that ends with a job title ("Staff Correspondent") names no one.
    if (lex.titleWords.has(last.normal) && length >= 1 && !lex.orgHeads.has(last.normal)) continue;
    if (orgHead && length >= 2 && !lex.nonEntityHeads.has(last.normal)) {
      addName(context, run.start, run.end, 'Organisation', label, covered);
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
    // 5. Person cues.
    if (personCue(context, run, sentenceStart, sentenceEnd)) {
      if (length >= 2 || run.titled || (before && lex.titleWords.has(before.normal))) {
        persons.push(run);
        addName(context, run.start, run.end, 'Person', label, covered);
      }
      continue;
    }
    // 6. Place cues: "in X", "near X", "villages of X and Y".
    if (length <= 2 && first.pos === 'PROPN' && !(after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.normal === ':'))) {
      const placeBefore = before && lex.placePrepositions.has(before.normal);
      const settlement = before && before.normal === 'of' && run.start - 2 >= sentenceStart && lex.settlementNouns.has((tokens[run.start - 2] as Token).normal);
      if (placeBefore || settlement) {
        addName(context, run.start, run.end, 'City', label, covered);
      }
    }
  }
}

/** Propagates a cue across coordination: "X and Y also condemned", "villages of X and Y". */
function coordinate(context: ExtractContext, runs: Run[], sentenceStart: number, sentenceEnd: number, covered: Uint8Array, persons: Run[]): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  for (let r = 0; r + 1 < runs.length; r++) {
    const left = runs[r] as Run;
    const right = runs[r + 1] as Run;
    const joiner = tokens[left.end] as Token | undefined;
    if (!joiner || right.start !== left.end + 1 || (joiner.normal !== 'and' && joiner.normal !== ',')) continue;
    const leftMention = context.mentions.find((m) => m.tokenStart === left.start && m.tokenEnd === left.end && m.kind === 'name');
    const rightMention = context.mentions.find((m) => m.tokenStart === right.start && m.tokenEnd === right.end && m.kind === 'name');
    const known = leftMention ?? rightMention;
    const unknown = leftMention ? (rightMention ? null : right) : left;
    if (!known || !unknown || (known.type !== 'Person' && known.type !== 'City')) continue;
    if (lex.titleWords.has((tokens[unknown.end - 1] as Token).normal)) continue;
    const length = unknown.end - unknown.start;
    if (known.type === 'Person' && length < 2) continue;
    if (known.type === 'City' && length > 2) continue;
    if (known.type === 'Person') persons.push(unknown);
    addName(context, unknown.start, unknown.end, known.type, spanText(context, unknown.start, unknown.end), covered);
  }
  void sentenceStart;
  void sentenceEnd;
}

/** Turns city mentions before a region word into regions ("Belgorod region", "the Kharkiv, Lviv and Kyiv oblasts"). */
function regionLists(context: ExtractContext, covered: Uint8Array): void {
  const lex = context.lexicon;
  const tokens = context.tokens;
  const gazetteer = context.gazetteer;
  const byStart = new Map<number, Mention>();
  for (const m of context.mentions) byStart.set(m.tokenStart, m);
  const byEnd = new Map<number, Mention>();
  for (const m of context.mentions) byEnd.set(m.tokenEnd, m);
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i] as Token;
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
    // "the region of Kharkiv", "the regions of Poltava, Donetsk and Dnipro": the places after "of" are regions.
    if (tokens[i + 1]?.normal === 'of') {
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
    // Walk back over "A, B and C" while each item is a place mention.
    let end = i;
    const items: Mention[] = [];
    while (end > 0) {
      let mention = byEnd.get(end);
      // An unknown capitalised word in the list ("the Lviv, Volyn and Rivne regions") becomes a place mention.
      const bare = tokens[end - 1];
      if (!mention && plural && bare && !covered[end - 1] && isCapitalised(bare) && bare.pos === 'PROPN' && !lex.neverNames.has(bare.normal)) {
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
    for (const mention of items) {
      const base = gazetteer.regionOfBase(foldKey(context.doc.text.slice(mention.start, mention.end)));
      if (base) {
        mention.type = 'Region';
        mention.kind = 'name';
        mention.entity = base.id;
        mention.generic = false;
        if (!plural) {
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
    const entry = context.gazetteer.get(mention.entity);
    if (entry) for (const surname of context.gazetteer.surnames(entry)) note(surname, mention.entity);
  }
  if (!surnames.size) return;
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
      if (lex.neverNames.has(token.normal) || lex.titleWords.has(token.normal) || token.text.length < 3) continue;
      const previous = tokens[i - 1];
      if (previous && previous.sentence === token.sentence && (isCapitalised(previous) && !covered[i - 1] && previous.normal !== 'the')) continue;
      if (previous && previous.sentence === token.sentence && previous.normal === "'s") continue;
      addName(context, i, i + 1, 'Organisation', token.text, covered);
    }
  }
}

/** Recognises names that are not in the gazetteer. */
export function recogniseNames(context: ExtractContext): void {
  const tokens = context.tokens;
  const covered = new Uint8Array(tokens.length);
  for (const m of context.mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) covered[t] = 1;
  const persons: Run[] = [];
  // 1-2. Runs per sentence, typed by their cues; then cues shared across coordination.
  for (const sentence of context.sentences) {
    const runs = collectRuns(context, sentence.tokenStart, sentence.tokenEnd, covered);
    if (!runs.length) continue;
    typeRuns(context, runs, sentence.tokenStart, sentence.tokenEnd, covered, persons);
    coordinate(context, runs, sentence.tokenStart, sentence.tokenEnd, covered, persons);
  }
  // 3. Region words after cities and closing lists.
  regionLists(context, covered);
  // 4. Lone surnames, and acronyms introduced in parentheses.
  linkSurnames(context, covered);
  linkAcronyms(context, covered);
  // 5. A lone unknown name that speaks is an organisation ("Ukrenergo said", "Interfax reported").
  speakingOrganisations(context, covered);
  sortMentions(context);
}

/** The step object of the pipeline. */
export const namesStep = defineStep('03-names', recogniseNames);
