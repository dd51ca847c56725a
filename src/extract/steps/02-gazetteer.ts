/**
 * Step 02: gazetteer mentions. Longest match of every alias and demonym (see ../matcher.ts), then three
 * readings that depend on context:
 *   - a capital that stands for its state ("Moscow vowed", "Kyiv's request", "the Kiev regime", "press Washington")
 *     becomes a `capital` mention of the country; elsewhere ("in Kyiv", "KYIV, May 16", "targeting Kyiv") it is the city;
 *   - a city or region name that only starts a larger name ("Kyiv Independent", "Vilnius Summit") is no mention;
 *   - a demonym that only dates a thing ("Soviet-era") is no mention.
 * When one alias names several entries ("Defence Ministry"), the entry whose country is mentioned nearest wins.
 */
import type { ExtractContext, ExtractStep, Mention, Token } from '../context.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import { type AliasHit, type CompiledGazetteer, compileGazetteer, foldKey, longestMatchAt } from '../matcher.ts';
import { ATTACK_VERBS, PLACE_NOUNS, PLACE_PREPOSITIONS, REGION_WORDS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon.ts';

/** Words after a capital that make it the state: "the Kiev regime", "Moscow authorities". */
const STATE_NOUNS = new Set(['regime', 'authorities', 'government', 'leadership', 'administration']);
/** Verbs whose object capital is the state: "press Washington", "supply Kiev", "arming Kiev". */
const PLACE_VERBS_AFTER = new Set(['was', 'is', 'were', 'came', 'comes', 'has', 'had', 'remained', 'remains', 'lies']);
const PASSIVE_HARM = new Set(['hit', 'struck', 'attacked', 'targeted', 'shelled', 'bombed', 'under', 'damaged', 'spared', 'still', 'the', 'a', 'home', 'declared']);

/** Returns the compiled gazetteer of the context (compiled once per entries array). */
export function compiledOf(context: ExtractContext): CompiledGazetteer {
  return compileGazetteer(context.gazetteer.entries);
}

/** Folded keys of all tokens (cached on the context's token array). */
const keyCache = new WeakMap<readonly Token[], string[]>();
export function tokenKeys(tokens: readonly Token[]): string[] {
  let keys = keyCache.get(tokens);
  if (!keys) {
    keys = tokens.map((t) => foldKey(t.text));
    keyCache.set(tokens, keys);
  }
  return keys;
}

function isCapitalised(token: Token | undefined): boolean {
  if (!token) return false;
  const ch = token.text[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

function isAllCaps(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/**
 * Decides whether the capital city at tokens [start, end) stands for its state.
 * State: "Moscow vowed", "Moscow's response", "the Kiev regime", "press Washington for", "at Moscow's request".
 * City: "in Kyiv", "KYIV, May 16" (dateline), "targeting Kyiv", "Kyiv's Sviatoshynskyi district", "Kyiv was hit".
 */
export function capitalStandsForState(tokens: readonly Token[], start: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  const next = tokens[end];
  const after = tokens[end + 1];
  const previous = start > sentenceStart ? tokens[start - 1] : undefined;
  const nextInSentence = end < sentenceEnd ? next : undefined;
  // 1. Dateline or a headline line in capitals: the city.
  if (isAllCaps(tokens[start] as Token) && (!nextInSentence || nextInSentence.normal === ',' || nextInSentence.normal === '—' || nextInSentence.normal === '/' || nextInSentence.normal === '-')) return false;
  // 2. After a place preposition, "of", or an attack verb: the city ("in Kyiv", "southwest of Moscow", "targeting Kyiv").
  if (previous && (PLACE_PREPOSITIONS.has(previous.normal) || previous.normal === 'of' || previous.normal === 'at' || previous.normal === 'on' || ATTACK_VERBS.has(previous.normal) || previous.normal === 'capital' || previous.normal === 'to')) {
    // "at Moscow's request" stays the state: handled by the possessive rule below.
    if (!(nextInSentence && (nextInSentence.normal === "'s" || nextInSentence.normal === "'")) || previous.normal === 'in') return false;
  }
  if (!nextInSentence) return previous !== undefined && previous.pos === 'VERB';
  // 3. "the Kiev regime", "Moscow authorities".
  if (STATE_NOUNS.has(nextInSentence.normal)) return true;
  // 4. Possessive: the state unless a place noun follows ("Kyiv's request" vs "Kyiv's Sviatoshynskyi district").
  if (nextInSentence.normal === "'s" || nextInSentence.normal === "'") {
    if (!after || after.sentence !== nextInSentence.sentence) return true;
    if (PLACE_NOUNS.has(after.normal)) return false;
    if (isCapitalised(after) && after.pos === 'PROPN' && !isAllCaps(after)) return false;
    let k = end + 1;
    while (k < sentenceEnd && (tokens[k] as Token).pos === 'ADJ') k++;
    const head = tokens[k];
    return !(head && PLACE_NOUNS.has(head.normal));
  }
  // 5. Subject of a speech verb, also when tagged as a noun in a headline ("Moscow claims hit").
  if (SPEECH_VERBS.has(nextInSentence.normal) && nextInSentence.normal !== 'calls') return true;
  // 6. Subject of a verb: the state, unless the verb says the place was hit or simply is somewhere.
  if (nextInSentence.pos === 'VERB' || nextInSentence.pos === 'AUX') {
    if (PLACE_VERBS_AFTER.has(nextInSentence.normal) || nextInSentence.normal === 'has' || nextInSentence.normal === 'had') {
      // "Kyiv has not said" (state) vs "Kyiv was hit" / "Kyiv came under attack" (city).
      let k = end + 1;
      while (k < sentenceEnd && ((tokens[k] as Token).normal === 'not' || (tokens[k] as Token).normal === 'also' || (tokens[k] as Token).normal === 'been' || (tokens[k] as Token).normal === 'repeatedly')) k++;
      const verb = tokens[k];
      if (!verb || verb.sentence !== nextInSentence.sentence) return false;
      if (PASSIVE_HARM.has(verb.normal) || ATTACK_VERBS.has(verb.normal)) return false;
      if (nextInSentence.normal === 'came' || nextInSentence.normal === 'comes' || nextInSentence.normal === 'lies' || nextInSentence.normal === 'remains' || nextInSentence.normal === 'remained') return false;
      return verb.pos === 'VERB' || verb.normal === 'been';
    }
    return true;
  }
  // 7. Object of a (non-attack) verb: "press Washington", "supply Kiev with", "pushing Kiev toward".
  if (previous && previous.pos === 'VERB') return true;
  // 8. A list of speakers or actors ("Warsaw and Bucharest have scrambled"): follow the conjunct's verb.
  if ((nextInSentence.normal === 'and' || nextInSentence.normal === ',') && after && isCapitalised(after)) {
    for (let k = end + 2; k < Math.min(sentenceEnd, end + 5); k++) {
      const t = tokens[k] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX') return !PLACE_VERBS_AFTER.has(t.normal) || t.normal === 'has' || t.normal === 'have';
      if (!isCapitalised(t) && t.normal !== "'s") break;
    }
  }
  return false;
}

/** True when a place name at [start, end) only opens a larger capitalised name ("Kyiv Independent"). */
function opensLargerName(tokens: readonly Token[], end: number, sentenceEnd: number, covered: Uint8Array): boolean {
  if (end >= sentenceEnd) return false;
  const next = tokens[end] as Token;
  const previous = tokens[end - 1] as Token;
  if (next.start - previous.end > 1) return false;
  if (!isCapitalised(next) || covered[end]) return false;
  if (isAllCaps(next) && isAllCaps(previous)) return false;
  if (TITLE_WORDS.has(next.normal) || REGION_WORDS.has(next.normal)) return false;
  if (next.pos !== 'PROPN' && next.pos !== 'NOUN' && next.pos !== 'ADJ') return false;
  return true;
}

/** Picks one entry among the hits of a match: names before demonyms, the canonical spelling, then the nearest country. */
function chooseHit(context: ExtractContext, hits: AliasHit[], at: number): AliasHit {
  if (hits.length === 1) return hits[0] as AliasHit;
  const names = hits.filter((h) => h.form === 'name');
  const pool = names.length ? names : hits;
  const entries = new Set(pool.map((h) => h.entry.id));
  if (entries.size === 1) return pool.find((h) => h.canonical) ?? (pool[0] as AliasHit);
  const canonical = pool.filter((h) => h.canonical);
  if (canonical.length === 1) return canonical[0] as AliasHit;
  // Nearest country mentioned before: in the same sentence first, then earlier in the document.
  const withCountry = pool.filter((h) => h.entry.country);
  if (withCountry.length) {
    for (let m = context.mentions.length - 1; m >= 0; m--) {
      const mention = context.mentions[m] as Mention;
      if (mention.tokenStart >= at || mention.type !== 'Country') continue;
      const found = withCountry.find((h) => h.entry.country === mention.entity);
      if (found) return found;
    }
    // Then the country mentioned first after it in the sentence ("the Defence Ministry in Moscow").
    return withCountry[0] as AliasHit;
  }
  const priority = ['City', 'Country', 'Region', 'Organisation', 'Person', 'WeaponSystem'];
  return [...pool].sort((a, b) => priority.indexOf(a.entry.type) - priority.indexOf(b.entry.type))[0] as AliasHit;
}

/** Adds a mention to the context (mentions are sorted afterwards by the pipeline). */
export function pushMention(context: ExtractContext, tokenStart: number, tokenEnd: number, fields: Pick<Mention, 'type' | 'kind' | 'entity' | 'generic'>): Mention {
  const first = context.tokens[tokenStart] as Token;
  const last = context.tokens[tokenEnd - 1] as Token;
  const mention: Mention = {
    id: context.mentions.length,
    start: first.start,
    end: last.end,
    sentence: first.sentence,
    tokenStart,
    tokenEnd,
    ...fields,
  };
  context.mentions.push(mention);
  return mention;
}

/** Finds gazetteer mentions over the whole document. */
export function matchGazetteer(context: ExtractContext): void {
  const gazetteer = compiledOf(context);
  const tokens = context.tokens;
  const keys = tokenKeys(tokens);
  const covered = new Uint8Array(tokens.length);
  const pending: Array<{ start: number; end: number; hit: AliasHit; sentenceStart: number; sentenceEnd: number }> = [];
  // 1. Leftmost-longest matches, sentence by sentence.
  for (const sentence of context.sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const match = keys[i] === '' ? null : longestMatchAt(gazetteer, tokens, keys, i, sentence.tokenEnd);
      if (!match) {
        i++;
        continue;
      }
      for (let t = match.start; t < match.end; t++) covered[t] = 1;
      pending.push({ start: match.start, end: match.end, hit: match.hits[0] as AliasHit, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd });
      (pending[pending.length - 1] as { hits?: AliasHit[] }).hits = match.hits;
      i = match.end;
    }
  }
  // 2. Readings in context, in document order so that "nearest country" sees earlier mentions.
  for (const item of pending) {
    const hits = (item as { hits?: AliasHit[] }).hits ?? [item.hit];
    const hit = chooseHit(context, hits, item.start);
    const entry: GazetteerEntry = hit.entry;
    if (hit.form === 'demonym') {
      const next = tokens[item.end];
      const after = tokens[item.end + 1];
      if (next && next.normal === '-' && after && (after.normal === 'era' || after.normal === 'style')) continue;
      pushMention(context, item.start, item.end, { type: 'Country', kind: 'demonym', entity: entry.id, generic: false });
      continue;
    }
    if ((entry.type === 'City' || entry.type === 'Region') && opensLargerName(tokens, item.end, item.sentenceEnd, covered)) continue;
    const country = entry.type === 'City' ? gazetteer.capitalOf.get(entry.id) : undefined;
    if (country && capitalStandsForState(tokens, item.start, item.end, item.sentenceStart, item.sentenceEnd)) {
      pushMention(context, item.start, item.end, { type: 'Country', kind: 'capital', entity: country, generic: false });
      continue;
    }
    const generic = entry.generic === true;
    pushMention(context, item.start, item.end, { type: entry.type, kind: generic ? 'generic' : 'name', entity: entry.id, generic });
  }
}

/** The step object of the pipeline. */
export const gazetteerStep: ExtractStep = { id: '02-gazetteer', run: matchGazetteer };
