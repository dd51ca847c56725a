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
import { isCapitalised, pushMention, recognisedName, titleCased } from './mentions.ts';

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
    const owned = [...new Set(context.gazetteer.lookupDescription(phrase))].filter((e) => e.country === state);
    if (owned.length === 1) best = { entry: owned[0] as GazetteerEntry, end: end + 1 };
  }
  return best;
}

/**
 * End of a capitalised organisation phrase starting at `start`, or -1: up to its last organisation head ("Foreign
 * Ministry"), or to the end of a complement joined after a head ("Ministry of Foreign Affairs"). In a Title Case
 * headline, where verbs are capitalised too, the phrase ends at its first head ("Foreign Ministry Says ...").
 */
function organisationPhraseEnd(context: ExtractContext, start: number, covered: Uint8Array, headline: boolean): number {
  const lex = context.lexicon;
  const tokens = context.tokens;
  let end = start;
  let lastHead = -1;
  let joined = false;
  while (end < tokens.length && (end === start ? !covered[end] : continues(context, end, covered))) {
    const token = tokens[end] as Token;
    if (isCapitalised(token) && !lex.neverNames.has(token.normal)) {
      if (lex.orgHeads.has(token.normal)) {
        lastHead = end;
        if (headline) break;
      }
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

/** Recognises organisations owned by the state or place named right before them (see the file banner). */
export function ownedOrganisations(context: ExtractContext, covered: Uint8Array): void {
  const tokens = context.tokens;
  const dropped = new Set<Mention>();
  for (const owner of [...context.mentions]) {
    const state = ownerState(owner);
    const place = !state && owner.kind === 'name' && (owner.type === 'City' || owner.type === 'Region');
    if (!state && !place) continue;
    let k = owner.tokenEnd;
    const possessive = tokens[k]?.normal === "'s" || tokens[k]?.normal === "'";
    if (possessive) k++;
    if (!continues(context, k, covered) || (possessive && tokens[k]?.sentence !== owner.sentence)) continue;
    // 1. A description of one of the state's gazetteer organisations.
    const described = state ? describedOrganisation(context, state, k, covered) : null;
    if (described) {
      for (let t = k; t < described.end; t++) covered[t] = 1;
      pushMention(context, owner.tokenStart, described.end, { type: 'Organisation', kind: 'name', entity: described.entry.id, generic: false });
      continue;
    }
    // 2. A capitalised organisation phrase.
    const sentence = context.sentences[owner.sentence] as Sentence;
    const end = organisationPhraseEnd(context, k, covered, titleCased(tokens, sentence.tokenStart, sentence.tokenEnd));
    if (end < 0) continue;
    // "Russian Forces" in a headline is the state's forces, not a body of its own.
    if (end === k + 1 && context.lexicon.collectiveHeads.has((tokens[k] as Token).normal)) continue;
    const phrase = textOf(context, k, end);
    const ownerName = state ? (context.gazetteer.get(state)?.name ?? state) : textOf(context, owner.tokenStart, owner.tokenEnd);
    const entity = recognisedName(context, 'Organisation', textOf(context, owner.tokenStart, end), `${ownerName} ${phrase}`);
    for (let t = k; t < end; t++) covered[t] = 1;
    pushMention(context, owner.tokenStart, end, { type: 'Organisation', kind: 'name', entity, generic: false });
    // A place inside the name is no mention of the place ("Kyiv City Military Administration").
    if (place && !possessive) dropped.add(owner);
  }
  if (dropped.size) context.mentions = context.mentions.filter((m) => !dropped.has(m));
}
