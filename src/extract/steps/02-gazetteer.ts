/**
 * Step 02: gazetteer mentions. Longest match of every alias and demonym (the gazetteer's trie, src/domain/gazetteer/trie.ts),
 * then three readings that depend on context:
 *   - a capital that stands for its state ("Moscow vowed", "Kyiv's request", "the Kiev regime", "press Washington")
 *     becomes a `capital` mention of the country; elsewhere ("in Kyiv", "KYIV, May 16", "targeting Kyiv") it is the city
 *     (a first reading by lexical cues; step 09 reads capitals again from the syntactic layer);
 *   - a city or region name that only starts a larger name ("Kyiv Independent", "Vilnius Summit") is no mention;
 *   - a demonym that only dates a thing ("Soviet-era") is no mention.
 * When one alias names several entries ("Defence Ministry"), the entry whose country is mentioned nearest wins.
 * Writes the `mentions` and `tokenKeys` layers.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import type { Mention, Token } from '../layers.ts';
import type { Lexicon } from '../lexicon.ts';
import type { GazetteerEntry } from '../../domain/gazetteer/types.ts';
import { type AliasHit, CaseMode, type Gazetteer, type GazetteerMatch, type TokenStep, longestMatchAt, tokenEntry, tokenEntryById } from '../../domain/gazetteer/index.ts';
import { foldKey } from '../../domain/names.ts';
import { closesLargerName, compoundModifierHead, glued, hyphenGluedBefore, isAllCaps, isCapitalised, pushMention, sortMentions, titleCased } from '../mentions.ts';

/** What may follow a capital in capitals at the head of a dateline ("KYIV, May 16", "KYIV -"). */
const DATELINE_BREAKS: ReadonlySet<string> = new Set([',', '—', '/', '-', '–']);

/**
 * Decides whether the capital city at tokens [start, end) stands for its state.
 * State: "Moscow vowed", "Moscow's response", "the Kiev regime", "press Washington for", "at Moscow's request",
 * "rejected by Kyiv", "no comment from Moscow". City: "in Kyiv", "KYIV, May 16" (dateline), "targeting Kyiv",
 * "Kyiv's Sviatoshynskyi district", "Kyiv was hit".
 */
export function capitalStandsForState(lex: Lexicon, tokens: readonly Token[], start: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  const previous = start > sentenceStart ? tokens[start - 1] : undefined;
  const next = end < sentenceEnd ? tokens[end] : undefined;
  const after = end + 1 < sentenceEnd ? tokens[end + 1] : undefined;
  // 1. "the Kiev regime", "Moscow authorities".
  if (next && lex.stateNouns.has(next.normal)) return true;
  // 1b. "Athens, whose consulate sits nearby, called the attack ...": the subject of a verb past a relative aside.
  if (next?.normal === ',' && (after?.normal === 'whose' || after?.normal === 'which')) {
    for (let k = end + 2; k < sentenceEnd && k < end + 18; k++) {
      if ((tokens[k] as Token).normal !== ',') continue;
      const verb = tokens[k + 1];
      return verb !== undefined && k + 1 < sentenceEnd && verb.pos === 'VERB' && (lex.speechVerbs.has(verb.normal) || lex.stateObjectVerbs.has(verb.normal) || /ed$/.test(verb.normal));
    }
  }
  // 2. Dateline or a line in capitals: the city.
  if (isAllCaps(tokens[start] as Token) && (!next || DATELINE_BREAKS.has(next.normal))) return false;
  const possessive = next !== undefined && (next.normal === "'s" || next.normal === "'");
  // 3. After a place preposition or an attack verb: the city ("in Kyiv", "southwest of Moscow", "targeting Kyiv").
  if (previous) {
    if (previous.normal === 'by') return true;
    if (previous.normal === 'from') {
      const before = tokens[start - 2];
      return before !== undefined && lex.stateTieNouns.has(before.normal);
    }
    const placeLead = lex.placePrepositions.has(previous.normal) || lex.placeLeads.has(previous.normal) || lex.placeAttackVerbs.has(previous.normal);
    if (placeLead && !(possessive && previous.normal !== 'in')) return false;
  }
  if (!next) return previous !== undefined && (previous.pos === 'VERB' || lex.stateObjectVerbs.has(previous.normal));
  // 4. Possessive: the state unless a place noun follows ("Kyiv's request" vs "Kyiv's Sviatoshynskyi district").
  if (possessive) {
    if (!after) return true;
    if (lex.capitalPlaceNouns.has(after.normal)) return false;
    if (isCapitalised(after) && after.pos === 'PROPN' && !isAllCaps(after)) return false;
    let k = end + 1;
    while (k < sentenceEnd && (tokens[k] as Token).pos === 'ADJ') k++;
    const head = tokens[k];
    return !(head && lex.capitalPlaceNouns.has(head.normal));
  }
  // 5. Subject of a speech verb, also when tagged as a noun in a headline ("Moscow claims hit").
  if (lex.speechVerbs.has(next.normal) && next.normal !== 'calls') return true;
  // 6. Subject of a verb (time words may intervene): the state, unless the verb says the place was hit or is somewhere.
  let v = end;
  while (v < sentenceEnd && v < end + 4 && lex.timeWords.has((tokens[v] as Token).normal)) v++;
  const verb = v < sentenceEnd ? (tokens[v] as Token) : undefined;
  if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
    if (lex.placeVerbs.has(verb.normal)) return false;
    if (verb.pos === 'AUX' || verb.normal === 'has' || verb.normal === 'had') {
      let k = v + 1;
      while (k < sentenceEnd && lex.auxiliaryFillers.has((tokens[k] as Token).normal)) k++;
      const main = k < sentenceEnd ? (tokens[k] as Token) : undefined;
      if (!main) return false;
      if (lex.passiveHarm.has(main.normal) || lex.placeAttackVerbs.has(main.normal)) return false;
      if (lex.copulas.has(verb.normal) && main.pos !== 'VERB') return false;
      return true;
    }
    return true;
  }
  // 7. Object of a (non-attack) verb: "press Washington", "supply Kiev with", "pushing Kiev toward".
  if (previous && (previous.pos === 'VERB' || lex.stateObjectVerbs.has(previous.normal))) return true;
  // 8. A list of actors ("Warsaw and Bucharest have scrambled"): follow the conjunct's verb.
  if ((next.normal === 'and' || next.normal === ',') && after && isCapitalised(after)) {
    for (let k = end + 2; k < Math.min(sentenceEnd, end + 5); k++) {
      const t = tokens[k] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX') return !lex.placeVerbs.has(t.normal);
      if (!isCapitalised(t) && t.normal !== "'s") break;
    }
  }
  return false;
}

/** True when a place name at [start, end) only opens a larger capitalised name ("Kyiv Independent"). */
function opensLargerName(lex: Lexicon, tokens: readonly Token[], end: number, sentenceEnd: number, covered: Uint8Array): boolean {
  if (end >= sentenceEnd) return false;
  const next = tokens[end] as Token;
  const previous = tokens[end - 1] as Token;
  if (next.start - previous.end > 1) return false;
  if (lex.largerNameHeads.has(next.normal) && !covered[end]) return true;
  if (!isCapitalised(next) || covered[end]) return false;
  if (isAllCaps(next) && isAllCaps(previous)) return false;
  if (lex.titleWords.has(next.normal) || lex.regionWords.has(next.normal)) return false;
  if (next.pos !== 'PROPN' && next.pos !== 'NOUN' && next.pos !== 'ADJ') return false;
  return true;
}

/** True when tokens [start, end) are joined without spaces by a hyphen to a capitalised word no match covers. */
/** Is the token after a city's name a time-zone noun ("Kyiv time", "Moscow time")? */
function namesTimeZone(lex: Lexicon, tokens: readonly Token[], end: number, sentenceEnd: number): boolean {
  const next = end < sentenceEnd ? tokens[end] : undefined;
  return next !== undefined && !isCapitalised(next) && lex.timeZoneNouns.has(next.normal);
}

function inHyphenCompound(tokens: readonly Token[], start: number, end: number, covered: Uint8Array): boolean {
  if (hyphenGluedBefore(tokens, start, covered)) return true;
  return tokens[end]?.normal === '-' && glued(tokens, end - 1, end) && glued(tokens, end, end + 1) && isCapitalised(tokens[end + 1]) && !covered[end + 1];
}

/** True when a name at [start, end) is followed by a capitalised media head ("UN News", "Kyiv Post"). */
function opensOutletName(lex: Lexicon, tokens: readonly Token[], end: number, sentenceEnd: number, covered: Uint8Array): boolean {
  if (end >= sentenceEnd || covered[end]) return false;
  const next = tokens[end] as Token;
  return next.start - (tokens[end - 1] as Token).end <= 1 && isCapitalised(next) && lex.mediaHeads.has(next.normal);
}

/** True when a one-token Person match is a surname preceded by a different capitalised given name. */
function surnameOfAnotherPerson(lex: Lexicon, tokens: readonly Token[], keys: readonly string[], match: GazetteerMatch): boolean {
  if (match.end - match.start !== 1 || !match.hits.every((h) => h.entry.type === 'Person')) return false;
  const given = tokens[match.start - 1];
  if (!given || given.sentence !== (tokens[match.start] as Token).sentence || !isCapitalised(given) || given.pos !== 'PROPN') return false;
  if (lex.titleWords.has(given.normal) || lex.neverNames.has(given.normal) || isAllCaps(given)) return false;
  const full = `${keys[match.start - 1]}${keys[match.start]}`;
  // Another person unless some entry spells this given name with this surname.
  return !match.hits.some((h) => [h.entry.name, ...h.entry.aliases].some((a) => foldKey(a) === full));
}

/** Words that may stand around a name of a list or a credit line ("Analysts: A B, C D and E F (ed.)"). */
const LIST_EDGES: ReadonlySet<string> = new Set([':', ',', 'and', '(', ')', '|', ';']);

/**
 * True when a one-token Person match is the given name of another person: a capitalised name follows it, and the
 * pair stands alone between list marks or line ends ("Monitors: Anna Kowal, Pavel Lindgren": "Pavel" is no "Petr
 * Pavel"). Not when some entry spells this pair.
 */
function givenNameOfAnotherPerson(lex: Lexicon, tokens: readonly Token[], keys: readonly string[], match: GazetteerMatch, sentenceStart: number, sentenceEnd: number): boolean {
  if (match.end - match.start !== 1 || !match.hits.every((h) => h.entry.type === 'Person')) return false;
  const surname = tokens[match.end];
  if (match.end >= sentenceEnd || !surname || !isCapitalised(surname) || surname.pos !== 'PROPN' || isAllCaps(surname)) return false;
  if (lex.titleWords.has(surname.normal) || lex.neverNames.has(surname.normal) || lex.postNominals.has(surname.normal)) return false;
  const edge = (t: number): boolean => t < sentenceStart || t >= sentenceEnd || LIST_EDGES.has((tokens[t] as Token).normal);
  if (!edge(match.start - 1) || !edge(match.end + 1)) return false;
  const full = `${keys[match.start]}${keys[match.end]}`;
  return !match.hits.some((h) => [h.entry.name, ...h.entry.aliases].some((a) => foldKey(a) === full));
}

/**
 * The weapon a number after a slash names, by the designation of the match before it ("S-300/400" -> S-400,
 * "Kh-101/555" -> Kh-555): the span of the whole pair (its surface names both) and that entry's hits, or null.
 */
function siblingDesignation(gazetteer: Gazetteer, tokens: readonly Token[], match: GazetteerMatch, sentenceEnd: number): { start: number; end: number; hits: AliasHit[] } | null {
  const slash = tokens[match.end];
  const number = tokens[match.end + 1];
  const last = tokens[match.end - 1] as Token;
  if (match.end + 1 >= sentenceEnd || slash?.normal !== '/' || !number || !/^\d+$/.test(number.text)) return null;
  if (last.end !== slash.start || slash.end !== number.start || !/\d$/.test(last.text)) return null;
  if (!match.hits.some((h) => h.entry.type === 'WeaponSystem')) return null;
  const designation = last.text.replace(/\d+$/, number.text);
  const entries = gazetteer.lookupSurface(designation).filter((e) => e.type === 'WeaponSystem');
  if (entries.length !== 1) return null;
  return { start: match.start, end: match.end + 2, hits: [{ entry: entries[0] as GazetteerEntry, form: 'name', caseMode: CaseMode.Any, canonical: true }] };
}

/**
 * The demonym that opens a multi-token match of an organisation of the same state ("Polish Armed Forces",
 * "Ukrainian Air Force"): the organisation acts for the state, which the gold sets count as mentioned.
 */
function demonymOwner(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  keys: readonly string[],
  match: GazetteerMatch,
): { start: number; end: number; hits: AliasHit[] } | null {
  // The one state every hit belongs to (each an organisation of it), read without building a set per match.
  let state: string | undefined;
  for (const h of match.hits) {
    const country = h.entry.type === 'Organisation' ? h.entry.country : undefined;
    if (country === undefined || (state !== undefined && country !== state)) return null;
    state = country;
  }
  if (state === undefined) return null;
  const inner = longestMatchAt(gazetteer.trie, tokens, keys, match.start, match.end - 1);
  if (!inner) return null;
  const demonyms = inner.hits.filter((h) => h.form === 'demonym' && h.entry.id === state);
  return demonyms.length ? { start: inner.start, end: inner.end, hits: demonyms } : null;
}

/** The Country at the start of a multi-token match when a possessive follows it ("Poland's Foreign Ministry"). */
function possessiveOwner(
  gazetteer: Gazetteer,
  tokens: readonly Token[],
  keys: readonly string[],
  match: GazetteerMatch,
): { start: number; end: number; hits: AliasHit[] } | null {
  if (match.hits.every((h) => h.entry.type === 'Country')) return null;
  for (let k = match.start + 1; k < match.end - 1; k++) {
    if ((tokens[k] as Token).normal !== "'s" && (tokens[k] as Token).normal !== "'") continue;
    const inner = longestMatchAt(gazetteer.trie, tokens, keys, match.start, k);
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
    // A city of the same sentence counts for its state ("In Moscow, the defence ministry said").
    const sentence = context.tokens[at]?.sentence;
    for (let m = context.mentions.length - 1; m >= 0; m--) {
      const mention = context.mentions[m] as Mention;
      if (mention.tokenStart >= at) continue;
      const country = mention.type === 'Country' ? mention.entity : mention.type === 'City' && mention.sentence === sentence ? context.gazetteer.get(mention.entity)?.country : undefined;
      if (country === undefined) continue;
      const found = withCountry.find((h) => h.entry.country === country);
      if (found) return found;
    }
    // Then the country mentioned first after it in the sentence ("the Defence Ministry in Moscow").
    return withCountry[0] as AliasHit;
  }
  const priority = ['City', 'Country', 'Region', 'Organisation', 'Person', 'WeaponSystem'];
  return [...pool].sort((a, b) => priority.indexOf(a.entry.type) - priority.indexOf(b.entry.type))[0] as AliasHit;
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
  const lex = context.lexicon;
  const gazetteer = context.gazetteer;
  const trie = gazetteer.trie;
  const tokens = context.tokens;
  // Folded keys (the `tokenKeys` layer, read by later steps) and each key's first trie step, one lookup per token.
  const keys: string[] = new Array<string>(tokens.length);
  // The first trie step of each token, or null when no alias starts with the token.
  const firsts: Array<TokenStep | null> = new Array<TokenStep | null>(tokens.length);
  const ids = context.lexemeIds;
  for (let t = 0; t < tokens.length; t++) {
    const text = (tokens[t] as Token).text;
    const entry = ids ? tokenEntryById(trie, ids[t] as number, text) : tokenEntry(trie, text);
    keys[t] = entry.key;
    firsts[t] = entry.starts ? entry.first : null;
  }
  context.tokenKeys = keys;
  const covered = new Uint8Array(tokens.length);
  const pending: Array<{ start: number; end: number; hits: AliasHit[]; sentenceStart: number; sentenceEnd: number }> = [];
  const capitals: CapitalMatch[] = [];
  // 1. Leftmost-longest matches, sentence by sentence.
  for (const sentence of context.sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const first = firsts[i];
      if (first === null || first === undefined || keys[i] === '') {
        i++;
        continue;
      }
      let match = longestMatchAt(trie, tokens, keys, i, sentence.tokenEnd, first);
      // "U.S. military aid": "military" qualifies the noun after it; the match is the state alone.
      // "Ukraine's military-industrial complex", "army-run": a collective head (lexicon collectiveHeads) written in lower
      // case and glued by a hyphen to the next word opens a compound modifier; it names no force either.
      if (match && match.end - match.start > 1 && ((tokens[match.end - 1]?.normal === 'military' && tokens[match.end]?.pos === 'NOUN') || compoundModifierHead(lex, tokens, match.end - 1))) {
        match = longestMatchAt(trie, tokens, keys, i, match.end - 1);
      }
      // A surname alias right after another given name is another person ("Maria Koval" is not "Vitalii Koval").
      if (match && surnameOfAnotherPerson(lex, tokens, keys, match)) match = null;
      if (match && givenNameOfAnotherPerson(lex, tokens, keys, match, sentence.tokenStart, sentence.tokenEnd)) match = null;
      if (!match) {
        i++;
        continue;
      }
      for (let t = match.start; t < match.end; t++) covered[t] = 1;
      // "Kh-59/69": a sibling designation after a slash is a mention of that system too; both mentions span the pair,
      // and the first designation, pushed first, is the one the relation rules read (it names the family).
      const sibling = siblingDesignation(gazetteer, tokens, match, sentence.tokenEnd);
      pending.push({ start: match.start, end: sibling?.end ?? match.end, hits: match.hits, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd });
      // A state in possessive position or as a demonym at the start of a longer name of its own organisation is a
      // mention of the state too ("Poland's Foreign Ministry", "Polish Armed Forces").
      const owner = possessiveOwner(gazetteer, tokens, keys, match) ?? demonymOwner(gazetteer, tokens, keys, match);
      if (owner && !closesLargerName(lex, tokens, match.start)) pending.push({ ...owner, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd });
      if (sibling) {
        pending.push({ ...sibling, sentenceStart: sentence.tokenStart, sentenceEnd: sentence.tokenEnd });
        for (let t = match.end; t < sibling.end; t++) covered[t] = 1;
        i = sibling.end;
        continue;
      }
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
    if ((entry.type === 'City' || entry.type === 'Region') && !titleCased(tokens, item.sentenceStart, item.sentenceEnd) && opensLargerName(lex, tokens, item.end, item.sentenceEnd, covered)) continue;
    // "Novo-Zenda", "Zenda-Kovalyk": a place joined by a hyphen to an unknown name is part of a compound place name.
    if ((entry.type === 'City' || entry.type === 'Region') && inHyphenCompound(tokens, item.start, item.end, covered)) continue;
    // "10:30 Kyiv time": a city before a time-zone noun (lexicon timeZoneNouns) names the zone, not the place.
    if (entry.type === 'City' && namesTimeZone(lex, tokens, item.end, item.sentenceEnd)) continue;
    // "the Nordic-Ukrainian Chamber of Commerce": a body whose name a hyphenated word opens is another body.
    if (entry.type === 'Organisation' && hyphenGluedBefore(tokens, item.start, covered)) continue;
    // "UN News", "Kyiv Post", "Russia Today": the name of an outlet (step 03 reads the whole name).
    if (entry.type !== 'Person' && entry.type !== 'WeaponSystem' && opensOutletName(lex, tokens, item.end, item.sentenceEnd, covered)) continue;
    if (entry.type !== 'Country' && closesLargerName(lex, tokens, item.start)) continue;
    const generic = entry.generic === true;
    const mention = pushMention(context, item.start, item.end, { type: entry.type, kind: generic ? 'generic' : 'name', entity: entry.id, generic });
    const country = entry.type === 'City' ? gazetteer.capitalOf(entry.id)?.id : undefined;
    if (country) capitals.push({ mention, country, sentenceStart: item.sentenceStart, sentenceEnd: item.sentenceEnd, coordinated: coordinatedWithState(context, item.start) });
  }
  sortMentions(context);
  // 3. Capitals: the state or the city by lexical cues (step 09 reads them again from the syntax).
  if (capitals.length) readCapitals(context, capitals);
  // 4. "air force" phrases, then order.
  airForceMentions(context, covered);
  sortMentions(context);
}

/** A capital city matched in step 1, waiting for its reading. */
interface CapitalMatch {
  mention: Mention;
  /** Gazetteer id of its state. */
  country: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Right after a state and "and"/"," ("between Russia and Pyongyang"). */
  coordinated: boolean;
}

/**
 * Reads each capital as its state or as the city by the lexical cues of `capitalStandsForState` (a capital right
 * after a state and "and" is a state). A capital read as its state becomes a `capital` mention of the Country. Step
 * 09 reads the capitals again from the syntactic layer (src/extract/capitals.ts), which settles most of them.
 */
function readCapitals(context: ExtractContext, capitals: readonly CapitalMatch[]): void {
  for (const capital of capitals) {
    const { mention } = capital;
    if (!capital.coordinated && !capitalStandsForState(context.lexicon, context.tokens, mention.tokenStart, mention.tokenEnd, capital.sentenceStart, capital.sentenceEnd)) continue;
    mention.type = 'Country';
    mention.kind = 'capital';
    mention.entity = capital.country;
  }
}

/** A gazetteer name that names an air force. */
const AIR_FORCE_NAME = /air force/i;

/**
 * "air force" / "Air Force" outside a longer gazetteer name: the air force of the state named right before it,
 * else the last air force named, else the gazetteer entry described as "the air force" (the document's main one).
 */
function airForceMentions(context: ExtractContext, covered: Uint8Array): void {
  const tokens = context.tokens;
  let mentions: Mention[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (word.normal !== 'air') continue;
    const force = tokens[i + 1] as Token;
    if (covered[i] || covered[i + 1] || force.normal !== 'force' || force.sentence !== word.sentence) continue;
    const { described, forces } = context.gazetteer.airForces();
    mentions ??= [...context.mentions].sort((a, b) => a.start - b.start);
    let entity: string | undefined;
    // Mentions ending at or before token i (mentions are sorted by start and do not overlap).
    // (The first `count` of them; read in place, not copied.)
    let count = 0;
    while (count < mentions.length && (mentions[count] as Mention).tokenEnd <= i) count++;
    const owner = count > 0 ? mentions[count - 1] : undefined;
    if (owner && owner.type === 'Country' && (owner.tokenEnd === i || (owner.tokenEnd === i - 1 && tokens[i - 1]?.normal === "'s"))) {
      entity = forces.find((e) => e.country === owner.entity)?.id;
    }
    if (!entity) {
      // The last air force named before.
      let named: Mention | undefined;
      for (let k = count - 1; k >= 0 && named === undefined; k--) {
        const m = mentions[k] as Mention;
        if (m.type === 'Organisation' && AIR_FORCE_NAME.test(context.gazetteer.get(m.entity)?.name ?? '')) named = m;
      }
      entity = named?.entity ?? described[0]?.id;
    }
    if (!entity) continue;
    covered[i] = covered[i + 1] = 1;
    pushMention(context, i, i + 2, { type: 'Organisation', kind: 'description', entity, generic: false });
    i++;
  }
}

/** The step object of the pipeline. */
export const gazetteerStep = defineStep('02-gazetteer', matchGazetteer);
