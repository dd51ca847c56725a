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
import type { GazetteerEntry } from '../../domain/gazetteer/types.ts';
import { type AliasHit, type CompiledGazetteer, type GazetteerMatch, type TokenStep, compileGazetteer, foldKey, longestMatchAt, tokenEntry, tokenEntryById } from '../matcher.ts';
import { ATTACK_VERBS, NEVER_NAMES, PLACE_NOUNS, PLACE_PREPOSITIONS, REGION_WORDS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon.ts';
import { isCapitalised, tokenLexemeIds } from './01-tokens.ts';

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


function isAllCaps(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/** Words after a capital that make it the state: "the Kiev regime", "Moscow authorities". */
const STATE_NOUNS = new Set(['regime', 'authorities', 'government', 'leadership', 'junta']);
/** Verbs after which a capital is where something is or what was hit: "Kyiv was hit", "Kyiv came under attack". */
const PLACE_VERBS_AFTER = new Set(['came', 'comes', 'lies', 'lay', 'remains', 'remained', 'woke', 'shook', 'sits']);
/** Words after "was/has" that keep the capital a place: "Kyiv was hit", "Kyiv was still the main target". */
const PASSIVE_HARM = new Set(['hit', 'struck', 'attacked', 'targeted', 'shelled', 'bombed', 'under', 'damaged', 'spared', 'still', 'the', 'a', 'home', 'rocked', 'plunged', 'left']);
/** Time words that may stand between a capital and its verb: "Moscow last week declared". */
const TIME_WORDS = new Set(['last', 'this', 'week', 'month', 'year', 'earlier', 'later', 'also', 'again', 'then', 'now', 'today', 'yesterday', 'repeatedly', 'officially', 'previously', 'already', 'reportedly']);
/** Nouns before "from" that make the capital a speaker: "no comment from Moscow". */
const MESSAGE_NOUNS = new Set(['comment', 'comments', 'response', 'reaction', 'word', 'statement', 'signal', 'message', 'pressure', 'demand', 'request', 'orders', 'support', 'aid', 'help', 'approval', 'confirmation']);
/** Verbs (any form) whose object capital is the state: "press Washington", "supply Kiev", "arming Kiev". */
const STATE_OBJECT_VERBS = new Set(['arm', 'arming', 'armed', 'supply', 'supplying', 'supplied', 'press', 'pressed', 'pressing', 'urge', 'urged', 'push', 'pushing', 'pushed', 'help', 'helping', 'helped', 'accuse', 'accused', 'blame', 'blamed', 'warn', 'warned', 'ask', 'asked', 'give', 'giving', 'send', 'sending', 'provide', 'providing', 'back', 'backing', 'backed', 'fund', 'funding', 'support', 'supporting', 'supported', 'told', 'tell', 'telling', 'called']);

/**
 * Decides whether the capital city at tokens [start, end) stands for its state.
 * State: "Moscow vowed", "Moscow's response", "the Kiev regime", "press Washington for", "at Moscow's request",
 * "rejected by Kyiv", "no comment from Moscow". City: "in Kyiv", "KYIV, May 16" (dateline), "targeting Kyiv",
 * "Kyiv's Sviatoshynskyi district", "Kyiv was hit".
 */
export function capitalStandsForState(tokens: readonly Token[], start: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  const previous = start > sentenceStart ? tokens[start - 1] : undefined;
  const next = end < sentenceEnd ? tokens[end] : undefined;
  const after = end + 1 < sentenceEnd ? tokens[end + 1] : undefined;
  // 1. "the Kiev regime", "Moscow authorities".
  if (next && STATE_NOUNS.has(next.normal)) return true;
  // 2. Dateline or a line in capitals: the city.
  if (isAllCaps(tokens[start] as Token) && (!next || [',', '—', '/', '-', '–'].includes(next.normal))) return false;
  const possessive = next !== undefined && (next.normal === "'s" || next.normal === "'");
  // 3. After a place preposition or an attack verb: the city ("in Kyiv", "southwest of Moscow", "targeting Kyiv").
  if (previous) {
    if (previous.normal === 'by') return true;
    if (previous.normal === 'from') {
      const before = tokens[start - 2];
      return before !== undefined && MESSAGE_NOUNS.has(before.normal);
    }
    const placeLead = PLACE_PREPOSITIONS.has(previous.normal) || ['of', 'at', 'on', 'to', 'capital', 'near'].includes(previous.normal) || ATTACK_VERBS.has(previous.normal);
    if (placeLead && !(possessive && previous.normal !== 'in')) return false;
  }
  if (!next) return previous !== undefined && (previous.pos === 'VERB' || STATE_OBJECT_VERBS.has(previous.normal));
  // 4. Possessive: the state unless a place noun follows ("Kyiv's request" vs "Kyiv's Sviatoshynskyi district").
  if (possessive) {
    if (!after) return true;
    if (PLACE_NOUNS.has(after.normal)) return false;
    if (isCapitalised(after) && after.pos === 'PROPN' && !isAllCaps(after)) return false;
    let k = end + 1;
    while (k < sentenceEnd && (tokens[k] as Token).pos === 'ADJ') k++;
    const head = tokens[k];
    return !(head && PLACE_NOUNS.has(head.normal));
  }
  // 5. Subject of a speech verb, also when tagged as a noun in a headline ("Moscow claims hit").
  if (SPEECH_VERBS.has(next.normal) && next.normal !== 'calls') return true;
  // 6. Subject of a verb (time words may intervene): the state, unless the verb says the place was hit or is somewhere.
  let v = end;
  while (v < sentenceEnd && v < end + 4 && TIME_WORDS.has((tokens[v] as Token).normal)) v++;
  const verb = v < sentenceEnd ? (tokens[v] as Token) : undefined;
  if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
    if (PLACE_VERBS_AFTER.has(verb.normal)) return false;
    if (verb.pos === 'AUX' || verb.normal === 'has' || verb.normal === 'had') {
      let k = v + 1;
      while (k < sentenceEnd && ['not', 'also', 'been', 'repeatedly', 'already', 'never', 'yet'].includes((tokens[k] as Token).normal)) k++;
      const main = k < sentenceEnd ? (tokens[k] as Token) : undefined;
      if (!main) return false;
      if (PASSIVE_HARM.has(main.normal) || ATTACK_VERBS.has(main.normal)) return false;
      if (['is', 'was', 'were', 'are'].includes(verb.normal) && main.pos !== 'VERB') return false;
      return true;
    }
    return true;
  }
  // 7. Object of a (non-attack) verb: "press Washington", "supply Kiev with", "pushing Kiev toward".
  if (previous && (previous.pos === 'VERB' || STATE_OBJECT_VERBS.has(previous.normal))) return true;
  // 8. A list of actors ("Warsaw and Bucharest have scrambled"): follow the conjunct's verb.
  if ((next.normal === 'and' || next.normal === ',') && after && isCapitalised(after)) {
    for (let k = end + 2; k < Math.min(sentenceEnd, end + 5); k++) {
      const t = tokens[k] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX') return !PLACE_VERBS_AFTER.has(t.normal);
      if (!isCapitalised(t) && t.normal !== "'s") break;
    }
  }
  return false;
}

/** Lower-case heads that make a place name part of a larger name: "Kerch bridge", "Europe reporter". */
const LARGER_NAME_HEADS = new Set(['bridge', 'airport', 'airports', 'station', 'hotel', 'palace', 'street', 'cathedral', 'stadium', 'reporter', 'correspondent', 'editor', 'bureau', 'desk', 'summit', 'metro']);

/** True for a headline in title case ("Russian Missiles Hit Kyiv Overnight"): most longer words capitalised. */
function titleCased(tokens: readonly Token[], start: number, end: number): boolean {
  // Headlines carry no final period.
  if ((tokens[end - 1] as Token).normal === '.') return false;
  let words = 0;
  let capitalised = 0;
  for (let t = start; t < end; t++) {
    const token = tokens[t] as Token;
    if (token.text.length < 4 || token.pos === 'PUNCT') continue;
    words++;
    if (isCapitalised(token)) capitalised++;
  }
  return words >= 3 && capitalised >= 0.8 * words;
}

/** True when a place name at [start, end) only opens a larger capitalised name ("Kyiv Independent"). */
function opensLargerName(tokens: readonly Token[], end: number, sentenceEnd: number, covered: Uint8Array): boolean {
  if (end >= sentenceEnd) return false;
  const next = tokens[end] as Token;
  const previous = tokens[end - 1] as Token;
  if (next.start - previous.end > 1) return false;
  if (LARGER_NAME_HEADS.has(next.normal) && !covered[end]) return true;
  if (!isCapitalised(next) || covered[end]) return false;
  if (isAllCaps(next) && isAllCaps(previous)) return false;
  if (TITLE_WORDS.has(next.normal) || REGION_WORDS.has(next.normal)) return false;
  if (next.pos !== 'PROPN' && next.pos !== 'NOUN' && next.pos !== 'ADJ') return false;
  return true;
}

/** Capitalised heads of names that end with "of X": "Day of Ukrainian Air Force", "Battle of Kyiv". */
const OF_NAME_HEADS = new Set(['day', 'battle', 'siege', 'liberation', 'defence', 'defense', 'hero', 'heroes', 'order', 'museum', 'cathedral', 'university']);

/** True when "<Head> of [the]" right before a mention makes it the end of a larger name. */
export function closesLargerName(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.normal === 'the') k--;
  if (tokens[k]?.normal !== 'of') return false;
  const head = tokens[k - 1];
  return head !== undefined && isCapitalised(head) && OF_NAME_HEADS.has(head.normal);
}

/** True when a one-token Person match is a surname preceded by a different capitalised given name. */
function surnameOfAnotherPerson(tokens: readonly Token[], keys: readonly string[], match: GazetteerMatch): boolean {
  if (match.end - match.start !== 1 || !match.hits.every((h) => h.entry.type === 'Person')) return false;
  const given = tokens[match.start - 1];
  if (!given || given.sentence !== (tokens[match.start] as Token).sentence || !isCapitalised(given) || given.pos !== 'PROPN') return false;
  if (TITLE_WORDS.has(given.normal) || NEVER_NAMES.has(given.normal) || isAllCaps(given)) return false;
  const full = `${keys[match.start - 1]}${keys[match.start]}`;
  // Another person unless some entry spells this given name with this surname.
  return !match.hits.some((h) => [h.entry.name, ...h.entry.aliases].some((a) => foldKey(a) === full));
}

/** The Country at the start of a multi-token match when a possessive follows it ("Poland's Foreign Ministry"). */
function possessiveOwner(
  gazetteer: CompiledGazetteer,
  tokens: readonly Token[],
  keys: readonly string[],
  match: GazetteerMatch,
): { start: number; end: number; hits: AliasHit[] } | null {
  if (match.hits.every((h) => h.entry.type === 'Country')) return null;
  for (let k = match.start + 1; k < match.end - 1; k++) {
    if ((tokens[k] as Token).normal !== "'s" && (tokens[k] as Token).normal !== "'") continue;
    const inner = longestMatchAt(gazetteer, tokens, keys, match.start, k);
    if (!inner || inner.end !== k) return null;
    const states = inner.hits.filter((h) => h.entry.type === 'Country' && h.form === 'name');
    return states.length ? { start: inner.start, end: inner.end, hits: states } : null;
  }
  return null;
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
    // Fields copied one by one (not spread): every mention gets the same hidden class.
    type: fields.type,
    kind: fields.kind,
    entity: fields.entity,
    generic: fields.generic,
  };
  context.mentions.push(mention);
  return mention;
}

/** True when the token before is "and"/"," right after a Country mention: "the alliance between Russia and Pyongyang". */
function coordinatedWithState(context: ExtractContext, start: number): boolean {
  const joiner = context.tokens[start - 1];
  if (!joiner || (joiner.normal !== 'and' && joiner.normal !== ',')) return false;
  const last = context.mentions[context.mentions.length - 1];
  return last !== undefined && last.tokenEnd === start - 1 && last.type === 'Country' && last.kind !== 'demonym';
}

/** Finds gazetteer mentions over the whole document. */
export function matchGazetteer(context: ExtractContext): void {
  const gazetteer = compiledOf(context);
  const tokens = context.tokens;
  // Folded keys (shared with later steps through `tokenKeys`) and each key's first trie step, one lookup per token.
  const keys: string[] = new Array<string>(tokens.length);
  // The first trie step of each token, or null when no alias starts with the token.
  const firsts: Array<TokenStep | null> = new Array<TokenStep | null>(tokens.length);
  const ids = tokenLexemeIds(tokens);
  for (let t = 0; t < tokens.length; t++) {
    const text = (tokens[t] as Token).text;
    const entry = ids ? tokenEntryById(gazetteer, ids[t] as number, text) : tokenEntry(gazetteer, text);
    keys[t] = entry.key;
    firsts[t] = entry.starts ? entry.first : null;
  }
  if (!keyCache.has(tokens)) keyCache.set(tokens, keys);
  const covered = new Uint8Array(tokens.length);
  const pending: Array<{ start: number; end: number; hits: AliasHit[]; sentenceStart: number; sentenceEnd: number }> = [];
  // 1. Leftmost-longest matches, sentence by sentence.
  for (const sentence of context.sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const first = firsts[i];
      if (first === null || first === undefined || keys[i] === '') {
        i++;
        continue;
      }
      let match = longestMatchAt(gazetteer, tokens, keys, i, sentence.tokenEnd, first);
      // "U.S. military aid": "military" qualifies the noun after it; the match is the state alone.
      if (match && match.end - match.start > 1 && tokens[match.end - 1]?.normal === 'military' && tokens[match.end]?.pos === 'NOUN') {
        match = longestMatchAt(gazetteer, tokens, keys, i, match.end - 1);
      }
      // A surname alias right after another given name is another person ("Maria Koval" is not "Vitalii Koval").
      if (match && surnameOfAnotherPerson(tokens, keys, match)) match = null;
      if (!match) {
        i++;
        continue;
      }
      for (let t = match.start; t < match.end; t++) covered[t] = 1;
      pending.push({ start: match.start, end: match.end, hits: match.hits, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd });
      // A state in possessive position at the start of a longer name is a mention of the state too
      // ("Poland's Foreign Ministry" also mentions Poland).
      const owner = possessiveOwner(gazetteer, tokens, keys, match);
      if (owner) pending.push({ ...owner, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd });
      i = match.end;
    }
  }
  // 2. Readings in context, in document order so that "nearest country" sees earlier mentions.
  for (const item of pending) {
    const hit = chooseHit(context, item.hits, item.start);
    const entry: GazetteerEntry = hit.entry;
    if (hit.form === 'demonym') {
      const next = tokens[item.end];
      const after = tokens[item.end + 1];
      if (next && next.normal === '-' && after && (after.normal === 'era' || after.normal === 'style')) continue;
      pushMention(context, item.start, item.end, { type: 'Country', kind: 'demonym', entity: entry.id, generic: false });
      continue;
    }
    if ((entry.type === 'City' || entry.type === 'Region') && !titleCased(tokens, item.sentenceStart, item.sentenceEnd) && opensLargerName(tokens, item.end, item.sentenceEnd, covered)) continue;
    if (entry.type !== 'Country' && closesLargerName(tokens, item.start)) continue;
    const country = entry.type === 'City' ? gazetteer.capitalOf.get(entry.id) : undefined;
    if (country && (coordinatedWithState(context, item.start) || capitalStandsForState(tokens, item.start, item.end, item.sentenceStart, item.sentenceEnd))) {
      pushMention(context, item.start, item.end, { type: 'Country', kind: 'capital', entity: country, generic: false });
      continue;
    }
    const generic = entry.generic === true;
    pushMention(context, item.start, item.end, { type: entry.type, kind: generic ? 'generic' : 'name', entity: entry.id, generic });
  }
  // 3. "air force" phrases, then order.
  airForceMentions(context, covered);
  context.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  context.mentions.forEach((m, index) => (m.id = index));
}

/**
 * "air force" / "Air Force" outside a longer gazetteer name: the air force of the state named right before it,
 * else the last air force named, else the gazetteer entry described as "the air force" (the document's main one).
 */
const airForceCache = new WeakMap<readonly GazetteerEntry[], { described: GazetteerEntry[]; forces: GazetteerEntry[] }>();

function airForces(entries: readonly GazetteerEntry[]): { described: GazetteerEntry[]; forces: GazetteerEntry[] } {
  let found = airForceCache.get(entries);
  if (!found) {
    found = {
      described: entries.filter((e) => e.type === 'Organisation' && e.descriptions?.some((d) => /^(the )?air force$/i.test(d))),
      forces: entries.filter((e) => e.type === 'Organisation' && e.country && [e.name, ...e.aliases].some((a) => /air force/i.test(a))),
    };
    airForceCache.set(entries, found);
  }
  return found;
}

function airForceMentions(context: ExtractContext, covered: Uint8Array): void {
  const tokens = context.tokens;
  let mentions: Mention[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (word.normal !== 'air') continue;
    const force = tokens[i + 1] as Token;
    if (covered[i] || covered[i + 1] || force.normal !== 'force' || force.sentence !== word.sentence) continue;
    const { described, forces } = airForces(context.gazetteer.entries);
    mentions ??= [...context.mentions].sort((a, b) => a.start - b.start);
    let entity: string | undefined;
    // Mentions ending at or before token i (mentions are sorted by start and do not overlap).
    let count = 0;
    while (count < mentions.length && (mentions[count] as Mention).tokenEnd <= i) count++;
    const before = mentions.slice(0, count);
    const owner = before[before.length - 1];
    if (owner && owner.type === 'Country' && (owner.tokenEnd === i || (owner.tokenEnd === i - 1 && tokens[i - 1]?.normal === "'s"))) {
      entity = forces.find((e) => e.country === owner.entity)?.id;
    }
    if (!entity) {
      const named = [...before].reverse().find((m) => m.type === 'Organisation' && /air force/i.test(context.gazetteer.get(m.entity)?.name ?? ''));
      entity = named?.entity ?? described[0]?.id;
    }
    if (!entity) continue;
    covered[i] = covered[i + 1] = 1;
    pushMention(context, i, i + 2, { type: 'Organisation', kind: 'description', entity, generic: false });
    i++;
  }
}

/** The step object of the pipeline. */
export const gazetteerStep: ExtractStep = { id: '02-gazetteer', run: matchGazetteer };
