/**
 * Organisations named from the structure of their noun phrase, for step 03 (names the gazetteer lacks):
 *   - owned organisations: a state (name, possessive, demonym, capital) or a place right before an organisation
 *     phrase. A description of one of the state's gazetteer organisations resolves to it ("Moscow's defense ministry"
 *     is the Russian Ministry of Defence, "the Ukrainian Emergency Service" the State Emergency Service of Ukraine);
 *     otherwise a capitalised phrase ending with an organisation head is a new organisation keyed by its owner, so
 *     "the French Foreign Ministry" and "France's Foreign Ministry" are one entity. A place inside such a name is no
 *     mention of the place ("Sumy Oblast Regional Military Administration"); a state keeps its mention (the ministry
 *     acts for it);
 *   - sub-bodies: "<organisation phrase> of [the] <organisation>" ("the General Staff of the Polish Armed Forces") is a
 *     mention of the organisation it belongs to, as the gold sets annotate it;
 *   - outlets named after an organisation or a place: a media head after the name ("UN News", "Kyiv Post").
 */
import type { ExtractContext } from './context.ts';
import type { Mention, Sentence, Token } from './layers.ts';
import type { GazetteerEntry } from '../domain/gazetteer/types.ts';
import { closesLargerName, compoundModifierHead, hyphenGluedBefore, isCapitalised, pushMention, recognisedName, titleCased } from './mentions.ts';
import { foldKey } from '../domain/names.ts';

/** The longest phrase the gazetteer's descriptions hold, in words ("the defence ministry" -> 2). */
const MAX_DESCRIPTION_WORDS = 4;

function textOf(context: ExtractContext, start: number, end: number): string {
  const tokens = context.tokens;
  return context.doc.text.slice((tokens[start] as Token).start, (tokens[end - 1] as Token).end).replace(/\s+/g, ' ');
}

/** True when token t may continue a name run started before it: same sentence, at most one space, not covered. */
function continues(context: ExtractContext, t: number, covered: Uint8Array): boolean {
  const tokens = context.tokens;
  const token = tokens[t];
  const previous = tokens[t - 1];
  return token !== undefined && previous !== undefined && token.sentence === previous.sentence && token.start - previous.end <= 1 && !covered[t];
}

/** The one gazetteer organisation of `state` described by the words [start, start + n), longest n first, or null. */
function describedOrganisation(context: ExtractContext, state: string, start: number, covered: Uint8Array): { entry: GazetteerEntry; end: number } | null {
  const tokens = context.tokens;
  let phrase = '';
  let best: { entry: GazetteerEntry; end: number } | null = null;
  for (let end = start; end < start + MAX_DESCRIPTION_WORDS && (end === start || continues(context, end, covered)); end++) {
    const token = tokens[end] as Token;
    if (covered[end] || token.pos === 'PUNCT') break;
    phrase = phrase ? `${phrase} ${token.normal}` : token.normal;
    // "Russian military assets": a collective word before a noun qualifies the noun; it names no body.
    if (context.lexicon.collectiveHeads.has(token.normal) && tokens[end + 1]?.pos === 'NOUN') continue;
    // "Ukraine's military-industrial complex": the head opens a compound modifier.
    if (compoundModifierHead(context.lexicon, tokens, end)) continue;
    const found = context.gazetteer.lookupDescription(phrase);
    if (found.length === 0) continue;
    const owned = [...new Set(found)].filter((e) => e.country === state);
    if (owned.length === 1) best = { entry: owned[0] as GazetteerEntry, end: end + 1 };
  }
  return best;
}

/**
 * End of a capitalised organisation phrase starting at `start`, or -1: up to its last organisation head ("Foreign
 * Ministry"), or to the end of a complement joined after a head ("Ministry of Foreign Affairs"). In a Title Case
 * headline, where verbs are capitalised too, the phrase ends at its first head ("Foreign Ministry Says ...").
 */
function organisationPhraseEnd(context: ExtractContext, start: number, covered: Uint8Array, headline: boolean, placeAt: ReadonlyMap<number, Mention>): number {
  const lex = context.lexicon;
  const tokens = context.tokens;
  let end = start;
  let lastHead = -1;
  let joined = false;
  while (end < tokens.length && (end === start ? !covered[end] : continues(context, end, covered))) {
    const token = tokens[end] as Token;
    // "... Mission in Ukraine": a connector and a named state close the name.
    const place = lastHead >= 0 && !headline && lex.orgConnectors.has(token.normal) ? placeAt.get(end + 1) : undefined;
    if (place && place.sentence === token.sentence) return place.tokenEnd;
    if (isCapitalised(token) && !lex.neverNames.has(token.normal)) {
      if (lex.orgHeads.has(token.normal)) {
        lastHead = end;
        if (headline) break;
      }
      end++;
      continue;
    }
    // "Regional Prosecutor's Office": the possessive of a role or group noun inside the name, glued to it, before
    // another capitalised word (lexicon possessiveNameWords).
    const possessor = tokens[end - 1] as Token;
    if (end > start && (token.normal === "'s" || token.normal === "'") && token.start === possessor.end && isCapitalised(possessor) && lex.possessiveNameWords.has(possessor.normal) && isCapitalised(tokens[end + 1]) && continues(context, end + 1, covered)) {
      end++;
      continue;
    }
    // "Ministry of Foreign Affairs": connectors inside once a head was seen, before another capitalised word.
    if (lastHead >= 0 && lex.orgConnectors.has(token.normal) && isCapitalised(tokens[end + 1]) && continues(context, end + 1, covered)) {
      joined = true;
      end++;
      continue;
    }
    break;
  }
  if (lastHead < 0) return -1;
  return joined && !headline ? end : lastHead + 1;
}

/** True when a mention names a state as an owner: its name, demonym or capital. */
function ownerState(mention: Mention): string | null {
  return mention.type === 'Country' && (mention.kind === 'name' || mention.kind === 'demonym' || mention.kind === 'capital') ? mention.entity : null;
}

/** True for an ordinal in figures ("110th", "3rd"). */
function isOrdinal(token: Token | undefined): boolean {
  return token !== undefined && /^\d+(st|nd|rd|th)$/i.test(token.text);
}

/** True when an ordinal stands before a military unit's name [start, end) ("the 110th Mechanised Brigade"). */
export function unitNumber(context: ExtractContext, start: number, end: number): boolean {
  if (!isOrdinal(context.tokens[start - 1])) return false;
  for (let t = start; t < end; t++) if (context.lexicon.unitHeads.has((context.tokens[t] as Token).normal)) return true;
  return false;
}

/**
 * Recognises organisations owned by the state, place or organisation named right before them (see the file banner).
 * Returns the entity of each owned phrase by its folded key ("foreignministry"), so that the phrase used alone later
 * ("the Foreign Ministry said") names the same body.
 */
export function ownedOrganisations(context: ExtractContext, covered: Uint8Array): Map<string, string> {
  const bare = new Map<string, string>();
  const tokens = context.tokens;
  const dropped = new Set<Mention>();
  const placeAt = new Map<number, Mention>();
  for (const m of context.mentions) if (m.kind === 'name' && m.type === 'Country') placeAt.set(m.tokenStart, m);
  for (const owner of [...context.mentions]) {
    const state = ownerState(owner);
    const place = !state && owner.kind === 'name' && (owner.type === 'City' || owner.type === 'Region');
    // An organisation owns its bodies too ("the OSCE Special Monitoring Mission").
    const body = !state && owner.kind === 'name' && owner.type === 'Organisation';
    if ((!state && !place && !body) || closesLargerName(context.lexicon, tokens, owner.tokenStart)) continue;
    let k = owner.tokenEnd;
    const possessive = tokens[k]?.normal === "'s" || tokens[k]?.normal === "'";
    if (possessive) k++;
    // "Ukraine's 47th Separate Mechanized Brigade": the unit's number is part of its name.
    const numbered = isOrdinal(tokens[k]) && continues(context, k + 1, covered);
    if (numbered) k++;
    if (!continues(context, k, covered) || (possessive && tokens[k]?.sentence !== owner.sentence)) continue;
    // 1. A description of one of the state's gazetteer organisations.
    const described = state ? describedOrganisation(context, state, k, covered) : null;
    if (described) {
      for (let t = k; t < described.end; t++) covered[t] = 1;
      pushMention(context, owner.tokenStart, described.end, { type: 'Organisation', kind: 'name', entity: described.entry.id, generic: false });
      continue;
    }
    // 1b. A body of the state that the gazetteer lacks, in lower case after a demonym or possessive ("the Lithuanian
    // foreign ministry", "Japan's embassy in Kyiv"): a body of its own, named as the article names it.
    const lower = state && owner.kind !== 'capital' && (possessive || owner.kind === 'demonym') ? stateBodyEnd(context, k, covered, placeAt) : -1;
    if (lower > 0) {
      for (let t = k; t < lower; t++) covered[t] = 1;
      const ownerName = context.gazetteer.get(owner.entity)?.name ?? owner.entity;
      const body = textOf(context, k, bodyHeadEnd(context, k, lower));
      // "Bulgaria's foreign ministry" is the "Ministry of Foreign Affairs of Bulgaria" (lexicon stateBodyNames).
      const formal = context.lexicon.stateBodyNames.get(body.toLowerCase());
      const entity = formal
        ? recognisedName(context, 'Organisation', `${formal} of ${ownerName}`)
        : recognisedName(context, 'Organisation', textOf(context, owner.tokenStart, lower), `${ownerName} ${body}`);
      pushMention(context, owner.tokenStart, lower, { type: 'Organisation', kind: 'name', entity, generic: false });
      continue;
    }
    // 1c. A town's or region's own body in lower case ("the Izmail city administration", "Sumy regional military
    // administration"): named as the capitalised form would be ("Izmail City Administration"), the place inside it.
    // ("the Odesa city council": the gazetteer's alias "Odesa city" holds the settlement word, so the head may follow it.)
    const settlementSaid = place && !isCapitalised(tokens[owner.tokenEnd - 1]) && settlementWord(context, owner) !== null;
    // ("Poltava Oblast's military administration", "the Kharkiv region's military administration": the place's own
    // body told with a possessive, a modifier before the head as without it.)
    const municipal = place ? municipalBodyEnd(context, k, covered, settlementSaid && !possessive) : -1;
    if (municipal > 0) {
      for (let t = k; t < municipal; t++) covered[t] = 1;
      const ownerName = withSettlementWord(context, owner, context.gazetteer.get(owner.entity)?.name ?? textOf(context, owner.tokenStart, owner.tokenEnd));
      const label = `${ownerName} ${textOf(context, k, municipal).replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())}`;
      // ("Poltava Oblast's military administration" names the place too, as a word of its own.)
      const entity = possessive ? municipalEntity(context, label) : recognisedName(context, 'Organisation', label);
      pushMention(context, possessive ? k : owner.tokenStart, municipal, { type: 'Organisation', kind: 'name', entity, generic: false });
      if (!possessive) dropped.add(owner);
      continue;
    }
    // 2. A capitalised organisation phrase.
    const sentence = context.sentences[owner.sentence] as Sentence;
    const end = organisationPhraseEnd(context, k, covered, titleCased(tokens, sentence.tokenStart, sentence.tokenEnd), placeAt);
    if (end < 0 || (numbered && !unitNumber(context, k, end))) continue;
    if (numbered) k--;
    // "Russian Forces" in a headline is the state's forces, not a body of its own.
    if (end === k + 1 && context.lexicon.collectiveHeads.has((tokens[k] as Token).normal)) continue;
    const phrase = textOf(context, k, end);
    for (let t = k; t < end; t++) covered[t] = 1;
    if (numbered) {
      // A numbered unit is named by its number and head, with or without its owner ("the 47th ... Brigade").
      const entity = recognisedName(context, 'Organisation', phrase);
      pushMention(context, k, end, { type: 'Organisation', kind: 'name', entity, generic: false });
      continue;
    }
    // "the Nordic-Ukrainian Chamber of Commerce": a capitalised word hyphenated to the owner opens the name, which is
    // then no body of the owner's.
    const from = hyphenGluedBefore(tokens, owner.tokenStart, covered) ? owner.tokenStart - 2 : owner.tokenStart;
    const ownerName = withSettlementWord(context, owner, context.gazetteer.get(owner.entity)?.name ?? textOf(context, owner.tokenStart, owner.tokenEnd));
    const label = textOf(context, from, end);
    const formal = state && from === owner.tokenStart ? context.lexicon.stateBodyNames.get(phrase.toLowerCase()) : undefined;
    const entity = formal
      ? recognisedName(context, 'Organisation', `${formal} of ${ownerName}`)
      : from < owner.tokenStart
        ? recognisedName(context, 'Organisation', label)
        : recognisedName(context, 'Organisation', label, `${ownerName} ${phrase}`);
    pushMention(context, from, end, { type: 'Organisation', kind: 'name', entity, generic: false });
    if (from < owner.tokenStart) {
      covered[from] = 1;
      covered[from + 1] = 1;
      dropped.add(owner);
      continue;
    }
    if (!bare.has(foldKey(phrase))) bare.set(foldKey(phrase), entity);
    // A place inside the name is no mention of the place ("Kyiv City Military Administration").
    if (place && !possessive) dropped.add(owner);
  }
  if (dropped.size) context.mentions = context.mentions.filter((m) => !dropped.has(m));
  return bare;
}

/**
 * The entity of a town's or region's body named from its parts ("Kryvyi Rih Military Administration"): the one
 * gazetteer organisation of that name or alias (a region's name holds its region word, so "Sumy Oblast Regional
 * Military Administration" is read without "Regional" too), else a recognised organisation of that label.
 */
function municipalEntity(context: ExtractContext, label: string): string {
  for (const form of [label, label.replace(/ Oblast Regional /, ' Oblast ')]) {
    const found = context.gazetteer.lookupSurface(form).filter((e) => e.type === 'Organisation');
    if (found.length === 1) return (found[0] as GazetteerEntry).id;
  }
  return recognisedName(context, 'Organisation', label);
}

/**
 * A town's or region's own body told before it in lower case, joined by "of" ("the city military administration of
 * Kramatorsk", "the military administration of Kryvyi Rih"): up to two lower-case modifiers and a head of lexicon
 * municipalBodyHeads, named as the capitalised form would be ("Kramatorsk City Military Administration"). A head with
 * no modifier ("the council of Lviv") names nothing here. The place after "of" keeps its own mention.
 */
export function municipalBodiesOf(context: ExtractContext, covered: Uint8Array): void {
  const tokens = context.tokens;
  const lex = context.lexicon;
  for (const owner of [...context.mentions]) {
    if (owner.kind !== 'name' || (owner.type !== 'City' && owner.type !== 'Region')) continue;
    const of = owner.tokenStart - 1;
    const head = of - 1;
    const headToken = tokens[head];
    if (tokens[of]?.normal !== 'of' || !headToken || covered[head] || covered[of] || isCapitalised(headToken) || !lex.municipalBodyHeads.has(headToken.normal)) continue;
    if (headToken.sentence !== owner.sentence) continue;
    let start = head;
    while (start > head - 2) {
      const token = tokens[start - 1];
      if (!token || covered[start - 1] || token.sentence !== owner.sentence || isCapitalised(token) || token.pos === 'PUNCT' || token.pos === 'NUM' || lex.neverNames.has(token.normal)) break;
      if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN') break;
      start--;
    }
    if (start === head) continue;
    const ownerName = context.gazetteer.get(owner.entity)?.name ?? textOf(context, owner.tokenStart, owner.tokenEnd);
    const body = textOf(context, start, head + 1).replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    const entity = municipalEntity(context, `${ownerName} ${body}`);
    for (let t = start; t <= head; t++) covered[t] = 1;
    pushMention(context, start, head + 1, { type: 'Organisation', kind: 'name', entity, generic: false });
  }
}

/**
 * The settlement word a place's mention ends with when its name does not ("city" of the alias "Odesa city"), or null.
 */
function settlementWord(context: ExtractContext, owner: Mention): string | null {
  if (owner.type !== 'City' && owner.type !== 'Region') return null;
  const last = context.tokens[owner.tokenEnd - 1] as Token;
  const name = (context.gazetteer.get(owner.entity)?.name ?? '').toLowerCase().split(' ');
  return owner.tokenEnd - owner.tokenStart > 1 && !name.includes(last.normal) ? last.text : null;
}

/** A place's name with the settlement word its mention ended with ("Odesa City" for "the Odesa city council"). */
function withSettlementWord(context: ExtractContext, owner: Mention, name: string): string {
  const word = settlementWord(context, owner);
  // ("the Kharkiv region's military administration": a region's name holds its region word already, "Kharkiv Oblast".)
  if (word && owner.type === 'Region' && context.lexicon.regionWords.has(word.toLowerCase())) return name;
  return word ? `${name} ${word.charAt(0).toUpperCase()}${word.slice(1)}` : name;
}

/**
 * The gazetteer body of `state` told in lower case from token k, after a word that stands for the state but is no
 * mention of it ("its defence ministry", "the defence ministry in Moscow"): Russia's "defence ministry" is the Russian
 * Ministry of Defence. Returns its entity and end, or null (a body the gazetteer lacks stays its state's voice, as the
 * pronoun would be, unless `formalName` asks for its formal name).
 */
export function stateBodyAt(context: ExtractContext, state: string, k: number, covered: Uint8Array, formalName = false): { entity: string; end: number } | null {
  const described = describedOrganisation(context, state, k, covered);
  if (described) return { entity: described.entry.id, end: described.end };
  if (!formalName) return null;
  // With `formalName`, a body the gazetteer lacks is named formally, as after the state's possessive ("Ministry of
  // Foreign Affairs of China"; lexicon stateBodyNames).
  const end = stateBodyEnd(context, k, covered, new Map());
  const headEnd = end > 0 ? bodyHeadEnd(context, k, end) : -1;
  const formal = headEnd > 0 ? context.lexicon.stateBodyNames.get(textOf(context, k, headEnd).toLowerCase()) : undefined;
  const stateName = context.gazetteer.get(state)?.name;
  if (!formal || !stateName || context.lexicon.hostedBodyHeads.has((context.tokens[headEnd - 1] as Token).normal)) return null;
  return { entity: recognisedName(context, 'Organisation', `${formal} of ${stateName}`), end: headEnd };
}

/** Longest lower-case phrase a state body may take before its head ("foreign ministry", "defence ministry"). */
const STATE_BODY_WORDS = 3;

/**
 * End of a lower-case state body's phrase starting at `start` ("foreign ministry", "embassy in Kyiv"), or -1: up to
 * three lower-case words ending with a state-body head (lexicon stateBodyHeads), then "in" and a place for a mission
 * abroad.
 */
function stateBodyEnd(context: ExtractContext, start: number, covered: Uint8Array, placeAt: ReadonlyMap<number, Mention>): number {
  const end = bodyHeadEnd(context, start, start + STATE_BODY_WORDS);
  if (end < 0) return -1;
  for (let t = start; t < end; t++) if (covered[t] || (t > start && !continues(context, t, covered))) return -1;
  const tokens = context.tokens;
  if (tokens[end]?.normal === 'in' && tokens[end]?.sentence === tokens[start]?.sentence) {
    const host = placeAt.get(end + 1) ?? context.mentions.find((m) => m.tokenStart === end + 1 && m.kind === 'name' && m.type === 'City');
    if (host) return host.tokenEnd;
  }
  return end;
}

/**
 * End of a lower-case municipal body after a town or region at `start` ("city administration", "regional military
 * administration"): up to two lower-case words, then a head of lexicon municipalBodyHeads (the head alone when the
 * place's own mention ended with its settlement word, "Odesa city" + "council"); -1 otherwise.
 */
function municipalBodyEnd(context: ExtractContext, start: number, covered: Uint8Array, settlementSaid: boolean): number {
  for (let t = start; t < start + 3; t++) {
    const token = context.tokens[t];
    if (!token || covered[t] || isCapitalised(token) || token.pos === 'PUNCT' || token.pos === 'NUM' || (t > start && !continues(context, t, covered))) return -1;
    // ("the Kharkiv regional administration building was hit" names a building: a noun after the head is no body.)
    // ("the Kharkiv region's military administration head": a title after the head names its holder's body.)
    if (context.lexicon.municipalBodyHeads.has(token.normal)) {
      const next = context.tokens[t + 1];
      return (t > start || settlementSaid) && (next?.pos !== 'NOUN' || context.lexicon.titleWords.has(next.normal)) ? t + 1 : -1;
    }
  }
  return -1;
}

/** End of the first state-body head among lower-case words [start, limit), or -1 when a capitalised word comes first. */
function bodyHeadEnd(context: ExtractContext, start: number, limit: number): number {
  for (let t = start; t < limit; t++) {
    const token = context.tokens[t];
    if (!token || isCapitalised(token) || token.pos === 'PUNCT' || token.pos === 'NUM') return -1;
    if (context.lexicon.stateBodyHeads.has(token.normal)) return t + 1;
  }
  return -1;
}

/**
 * Organisations named with their state after them: "the Ministry of Energy of Ukraine", "the Embassy of Ukraine in
 * the Kingdom of Sweden", "the Ministry of Foreign Affairs of Moldova". A capitalised organisation head opens the
 * name (lexicon orgHeads), capitalised "of" phrases may follow ("of Energy", "of Foreign Affairs"), and an "of" before
 * a state's name closes it, with a place after "in" that locates it (an embassy's host). The states inside keep their
 * mentions. Upper-case lines ("MINISTRY OF ENERGY OF UKRAINE") are names too.
 */
export function stateNamedOrganisations(context: ExtractContext, covered: Uint8Array): void {
  const tokens = context.tokens;
  const lex = context.lexicon;
  const countryAt = new Map<number, Mention>();
  const placeAt = new Map<number, Mention>();
  for (const m of context.mentions) {
    if (m.kind !== 'name') continue;
    if (m.type === 'Country') countryAt.set(m.tokenStart, m);
    if (m.type === 'Country' || m.type === 'City') placeAt.set(m.tokenStart, m);
  }
  for (let k = 0; k < tokens.length; k++) {
    const head = tokens[k] as Token;
    if (covered[k] || !isCapitalised(head) || !lex.orgHeads.has(head.normal) || tokens[k + 1]?.normal !== 'of') continue;
    let t = k + 1;
    let end = -1;
    // "of Energy", "of Foreign Affairs", then "of [the] <state>".
    while (tokens[t]?.normal === 'of' && tokens[t]?.sentence === head.sentence) {
      const from = tokens[t + 1]?.normal === 'the' ? t + 2 : t + 1;
      const state = countryAt.get(from);
      if (state) {
        end = state.tokenEnd;
        break;
      }
      let u = from;
      while (u < tokens.length && isCapitalised(tokens[u]) && !covered[u] && tokens[u]?.normal !== 'of' && tokens[u]?.sentence === head.sentence) u++;
      if (u === from) break;
      t = u;
    }
    if (end < 0) continue;
    // "in [the] <country or city>": where an embassy or mission sits.
    if (tokens[end]?.normal === 'in') {
      const from = tokens[end + 1]?.normal === 'the' ? end + 2 : end + 1;
      const host = placeAt.get(from);
      if (host) end = host.tokenEnd;
    }
    const label = textOf(context, k, end);
    const entity = recognisedName(context, 'Organisation', titleCase(label, lex.orgConnectors));
    for (let u = k; u < end; u++) covered[u] = 1;
    pushMention(context, k, end, { type: 'Organisation', kind: 'name', entity, generic: false });
    k = end - 1;
  }
}

/** "MINISTRY OF ENERGY OF UKRAINE" -> "Ministry of Energy of Ukraine"; a name in mixed case stays as it is. */
function titleCase(label: string, connectors: ReadonlySet<string>): string {
  if (label !== label.toUpperCase()) return label;
  return label
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && connectors.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

