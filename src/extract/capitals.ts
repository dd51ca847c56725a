/**
 * Capitals read from syntax: a capital city names its state's government ("Chisinau summoned the ambassador",
 * "Beijing's position", "talks between Ankara and Moscow", "a protest from Chisinau") or the place ("drones over
 * Chisinau", "Kyiv was hit", "the city of Warsaw", "Kyiv's Darnytskyi district"). Step 02 gives each capital a first
 * reading by lexical cues; step 09, once it has built the syntactic layer (src/extract/syntax) of the document, asks
 * `capitalReading` for each one (`readCapitals`); where the syntax settles nothing (no frame, no preposition, no
 * owner) the reading of step 02 stays.
 *
 * The cues, in the order they are tried:
 *   1. a dateline ("KYIV, May 3 -"): the place;
 *   2. a capital that modifies another noun: the state before a state noun ("the Kyiv regime") and in a hyphen
 *      compound of backing ("Moscow-backed"); otherwise the lexical cues decide (a verb tagged as a noun may follow:
 *      "Moscow claims hit");
 *   3. a possessor: the place before a place noun or a name ("Kyiv's outskirts", "Moscow's Sheremetyevo airport"),
 *      the state before anything else ("Kyiv's request", "Beijing's position");
 *   4. a conjunct: the reading of a state or a place named beside it ("Russia and Pyongyang", "Kyiv and Kharkiv");
 *   5. a preposition: the state after a noun of diplomacy ("talks with", "pressure on", "a message to", "a protest
 *      from", "support for"), after "with"/"between" and "according to"; the place after an attack noun and after
 *      prepositions of place, motion and "of" ("over", "to", "residents of");
 *   6. a frame: the subject of a verb is the state unless the verb says where something is or that the place was hit
 *      ("Kyiv woke", "Kyiv was struck"); the object of a verb is the state unless the verb attacks or travels to a
 *      place ("press Washington" vs "struck Kyiv", "visited Warsaw"); the "by" agent of a passive is the state.
 */
import type { ExtractContext } from './context.ts';
import type { Mention } from './layers.ts';
import type { Lexicon } from './lexicon.ts';
import { type SyntaxLayer, NP, NPF, PP, S, Tag, VG, VGF } from './syntax/index.ts';

/** Opening quotation marks (as the tokenizer gives them). */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);

/** How a capital is read: its state, the place, or not settled by syntax. */
export type CapitalReading = 'state' | 'place' | null;

/** What a conjunct beside the capital names: a state, a place, or neither (another capital, a person, ...). */
export type ConjunctRole = 'state' | 'place' | null;

/** The head word of chunk c ('' for -1). */
function headWord(layer: SyntaxLayer, c: number): string {
  return c < 0 ? '' : layer.word(layer.np(c, NP.head));
}

/** True when chunk a is chunk b or a conjunct of the same coordination. */
function sameArgument(layer: SyntaxLayer, a: number, b: number): boolean {
  if (a < 0 || b < 0) return false;
  if (a === b) return true;
  const k = layer.np(a, NP.coord);
  return k >= 0 && k === layer.np(b, NP.coord);
}

/** Reading from the chunk that a capital in possessive owns ("Kyiv's request", "Kyiv's outskirts"). */
function possessorReading(layer: SyntaxLayer, lex: Lexicon, c: number): CapitalReading {
  const s = layer.np(c, NP.sentence);
  const end = layer.sentence(s, S.npEnd);
  for (let o = c + 1; o < end; o++) {
    if (layer.np(o, NP.poss) !== c) continue;
    const head = layer.np(o, NP.head);
    if (lex.capitalPlaceNouns.has(layer.word(head))) return 'place';
    // A name between the possessive and the head is a place inside the city ("Moscow's Sheremetyevo airport").
    for (let t = layer.np(c, NP.end); t < head; t++) {
      if (layer.tag[t] === Tag.PROPN && /^\p{Lu}/u.test(layer.tokens[t]?.text ?? '')) return 'place';
    }
    return 'state';
  }
  return null;
}

/** Reading of a capital that is the subject, object or agent of a verb group of its sentence. */
function frameReading(layer: SyntaxLayer, lex: Lexicon, c: number): CapitalReading {
  const s = layer.np(c, NP.sentence);
  const end = layer.sentence(s, S.vgEnd);
  let copula = false;
  for (let g = layer.sentence(s, S.vgStart); g < end; g++) {
    const verb = layer.word(layer.vg(g, VG.head));
    if (sameArgument(layer, layer.vg(g, VG.subject), c)) {
      if (layer.vgHas(g, VGF.REDUCED)) continue;
      // "X is the target": a copula leaves it open, unless an infinitive of the same subject follows ("X is ready to").
      if (layer.vgHas(g, VGF.COPULA)) {
        copula = true;
        continue;
      }
      if (copula && !layer.vgHas(g, VGF.INFINITIVE)) return null;
      if (layer.vgHas(g, VGF.PASSIVE)) return lex.passiveHarm.has(verb) || lex.placeAttackVerbs.has(verb) ? 'place' : 'state';
      return lex.placeVerbs.has(verb) || lex.passiveHarm.has(verb) ? 'place' : 'state';
    }
    if (sameArgument(layer, layer.vg(g, VG.object), c) || sameArgument(layer, layer.vg(g, VG.object2), c)) {
      // "the main target was X": the complement of a copula is left open too.
      if (layer.vgHas(g, VGF.COPULA)) return null;
      return lex.placeAttackVerbs.has(verb) || lex.placeObjectVerbs.has(verb) ? 'place' : 'state';
    }
    if (sameArgument(layer, layer.vg(g, VG.agent), c)) return lex.placeAttackVerbs.has(verb) ? null : 'state';
  }
  return null;
}

/** Does chunk c name a weapon (a weapon mention at its head or among its modifiers: "SAMP/T units")? */
function weaponChunk(layer: SyntaxLayer, c: number, isWeapon: (token: number) => boolean): boolean {
  for (let t = layer.np(c, NP.start); t <= layer.np(c, NP.head); t++) if (isWeapon(t)) return true;
  return false;
}

/** Does phrase p hang on a request or a stated need ("appealing to X", "called on X", "needed from X", "a plea to X")? */
function addressee(layer: SyntaxLayer, lex: Lexicon, p: number): boolean {
  const prep = layer.word(layer.pp(p, PP.prep));
  const g = layer.pp(p, PP.vg);
  const noun = layer.pp(p, PP.noun);
  const word = g >= 0 ? layer.word(layer.vg(g, VG.head)) : headWord(layer, noun);
  if (word === '') return false;
  return lex.needVerbs.has(word) || lex.request.match([word, prep], 0) > 0;
}

/** Reading of a capital after a preposition ("talks with X", "over X", "the city of X", "according to X"). */
function prepositionReading(layer: SyntaxLayer, lex: Lexicon, c: number, isWeapon: (token: number) => boolean): CapitalReading {
  const s = layer.np(c, NP.sentence);
  // "of" complements have no phrase record: the owner is the chunk whose `of` is c.
  if (layer.npHas(c, NPF.OF_COMPLEMENT)) {
    for (let o = c - 1; o >= layer.sentence(s, S.npStart); o--) {
      if (layer.np(o, NP.of) !== c) continue;
      const owner = headWord(layer, o);
      if (lex.stateTieNouns.has(owner) || lex.stateNouns.has(owner)) return 'state';
      return 'place';
    }
    return 'place';
  }
  const end = layer.sentence(s, S.ppEnd);
  for (let p = layer.sentence(s, S.ppStart); p < end; p++) {
    if (!sameArgument(layer, layer.pp(p, PP.object), c)) continue;
    const prep = layer.pp(p, PP.prep);
    const word = layer.word(prep);
    if (lex.according.has(layer.word(prep - 1)) || lex.according.has(word)) return 'state';
    // "Ukraine's allies in Berlin and Paris": allies or partners "in" a capital are its state.
    if (word === 'in' && lex.allyNouns.has(headWord(layer, layer.pp(p, PP.noun)))) return 'state';
    // "appealed to Berlin", "called on Washington", "what Ukraine needs from Washington": the addressee of a request
    // or of a stated need is the state asked (a request "for" a capital names what it is for: left to the rest).
    if (word !== 'for' && !lex.placePrepositions.has(word) && addressee(layer, lex, p)) return 'state';
    // Prepositions of place: the place, whatever the noun ("talks in Ankara", "the embassy in Chisinau").
    if (lex.placePrepositions.has(word)) return 'place';
    // The noun the phrase hangs on, else the subject of its verb ("pressure grew on X").
    let owner = layer.pp(p, PP.noun);
    // "laid the blame on X", "put pressure on X", "lodged a protest with X": the verb's object is the tie noun.
    if (owner < 0 && layer.pp(p, PP.vg) >= 0 && lex.stateTieNouns.has(headWord(layer, layer.vg(layer.pp(p, PP.vg), VG.object)))) return 'state';
    if (owner < 0 && layer.pp(p, PP.vg) >= 0) owner = layer.vg(layer.pp(p, PP.vg), VG.subject);
    const noun = headWord(layer, owner);
    if (lex.stateTieNouns.has(noun)) return 'state';
    // Weapons for or from a capital: its state receives or supplies them ("Patriot systems for Kyiv").
    // Only a phrase that hangs on the weapon noun itself: "drones heading for X" is motion toward the place.
    const direct = layer.pp(p, PP.noun);
    if (direct >= 0 && lex.supplyPrepositions.has(word) && weaponChunk(layer, direct, isWeapon)) return 'state';
    if (lex.placeAttackVerbs.has(noun)) return 'place';
    if (lex.statePrepositions.has(word)) return 'state';
    return lex.placeLeads.has(word) ? 'place' : null;
  }
  return null;
}

/**
 * Reads the capital whose mention ends at token `end` (exclusive) in the syntactic layer: its state, the place,
 * or null when the syntax settles nothing. `conjunctRole(mentionIndex)` says what a mention beside it names.
 */
export function capitalReading(layer: SyntaxLayer, lex: Lexicon, start: number, end: number, conjunctRole: (mention: number) => ConjunctRole, isWeapon: (token: number) => boolean = () => false): CapitalReading {
  const c = layer.npOf[end - 1] ?? -1;
  if (c < 0) return null;
  const s = layer.np(c, NP.sentence);
  // 1. A dateline.
  if (layer.sentence(s, S.dateline) === c) return 'place';
  // 1b. The label of a quotation ('Prague: "an act of barbarism"'): who said it, the state.
  if (layer.word(end) === ':' && QUOTE_MARKS.has(layer.word(end + 1))) return 'state';
  // 2. The capital modifies another noun.
  const head = layer.np(c, NP.head);
  if (head >= end) {
    if (lex.stateNouns.has(layer.word(head))) return 'state';
    if (lex.dash.has(layer.word(end)) && lex.stateCompounds.has(layer.word(end + 1))) return 'state';
    // Anything else is left to the lexical cues: a verb tagged as a noun may stand there ("Moscow claims hit").
    return null;
  }
  if (head < start) return null;
  // 3. A possessor.
  if (layer.npHas(c, NPF.POSSESSOR)) return possessorReading(layer, lex, c);
  // 4. Conjuncts that name a state or a place.
  if (layer.np(c, NP.coord) >= 0) {
    let reading: CapitalReading = null;
    layer.forEachConjunct(c, (m) => {
      if (m === c || reading !== null) return;
      const mention = layer.mentionOf[layer.np(m, NP.head)] ?? -1;
      if (mention >= 0) reading = conjunctRole(mention);
    });
    if (reading !== null) return reading;
  }
  // 5. A preposition's object, 6. a frame's argument.
  const first = layer.np(c, NP.coord) >= 0 ? (layer.conjuncts(c)[0] as number) : c;
  if (layer.np(first, NP.prep) >= 0 || layer.npHas(first, NPF.OF_COMPLEMENT)) return prepositionReading(layer, lex, first, isWeapon);
  return frameReading(layer, lex, c);
}

/**
 * Reads every capital of the document again from its syntactic layer `layer` (built over `context.mentions`): a
 * capital city mention, or a `capital` mention of its state, becomes the state or the city as `capitalReading` says;
 * one the syntax does not settle keeps the reading of step 02.
 */
export function readCapitals(context: ExtractContext, layer: SyntaxLayer): void {
  const gazetteer = context.gazetteer;
  const capitals: { mention: Mention; city: string; country: string }[] = [];
  for (const mention of context.mentions) {
    if (mention.type === 'City' && mention.kind === 'name') {
      const country = gazetteer.capitalOf(mention.entity)?.id;
      if (country !== undefined) capitals.push({ mention, city: mention.entity, country });
    } else if (mention.type === 'Country' && mention.kind === 'capital') {
      const city = gazetteer.get(mention.entity)?.capital;
      if (city !== undefined) capitals.push({ mention, city, country: mention.entity });
    }
  }
  if (capitals.length === 0) return;
  const isCapital = new Set(capitals.map((c) => c.mention));
  const conjunctRole = (index: number): ConjunctRole => {
    const other = context.mentions[index] as Mention;
    if (isCapital.has(other)) return null;
    if (other.type === 'Country' && other.kind === 'name') return 'state';
    return other.type === 'City' || other.type === 'Region' ? 'place' : null;
  };
  const isWeapon = (token: number): boolean => {
    const index = layer.mentionOf[token] ?? -1;
    return index >= 0 && context.mentions[index]?.type === 'WeaponSystem';
  };
  // A capital inside an organisation's name says where the body sits ("the Japanese embassy in Kyiv"): the place.
  const bodies = context.mentions.filter((m) => m.type === 'Organisation' && m.kind === 'name' && m.tokenEnd - m.tokenStart > 1);
  const inBody = (m: Mention): boolean => bodies.some((b) => b.tokenStart < m.tokenStart && m.tokenEnd <= b.tokenEnd);
  const readings = capitals.map((c) => (inBody(c.mention) ? 'place' : capitalReading(layer, context.lexicon, c.mention.tokenStart, c.mention.tokenEnd, conjunctRole, isWeapon)));
  capitals.forEach(({ mention, city, country }, i) => {
    const reading = readings[i];
    if (reading === 'state') {
      mention.type = 'Country';
      mention.kind = 'capital';
      mention.entity = country;
    } else if (reading === 'place') {
      mention.type = 'City';
      mention.kind = 'name';
      mention.entity = city;
    }
  });
}
