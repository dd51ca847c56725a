/**
 * A read-only view over one document's tokens and mentions, with the shared primitives of the relation rules:
 * which mention covers a token, clause starts, the polarity and modality check, counts ("Forty-three",
 * "more than 90", "13 of the 24"), the side (state) of an actor, weapon class heads and weapon anaphora.
 * Everything here is a bounded scan left or right of a token; nothing is compiled per sentence.
 */
import type { Mention, MentionLayers, Sentence, Token } from '../layers.ts';
import { PhraseSet, type Lexicon } from '../lexicon.ts';
import { ACTOR_TYPES, PLACE_TYPES, type EntityType } from '../../domain/index.ts';
import { CL, CL_KIND, SHAPE, type SyntaxLayer, Tag } from '../syntax/index.ts';
import { mixedWaveAt, wordsOf } from '../words.ts';

/** A weapon argument of a relation, with the numbers the text gives for it. */
export interface WeaponRef {
  entity: string;
  generic: boolean;
  /** The number directly in front of the weapon ("24" in "13 of the 24 drones"). */
  count: number | null;
  /** The part taken out of it ("13" in "13 of the 24 drones"), when the text gives one. */
  partitive: number | null;
  /** True when a negative quantifier ("none of", "no") denies it. */
  negated?: boolean;
  /** The mention in the text (null when the weapon comes from an earlier sentence through an anaphor). */
  mention: Mention | null;
  /** The state named as the weapon's user right in its phrase ("Russian missiles"), when there is one. */
  owner: string | null;
}

/** The domain's actor and place types (src/domain/entities.ts), as sets for the per-mention tests. */
const ACTORS: ReadonlySet<EntityType> = new Set(ACTOR_TYPES);
const PLACES: ReadonlySet<EntityType> = new Set(PLACE_TYPES);
/** Bits of `DocView.sentenceKinds`. */
export const WEAPON = 1;
export const PLACE = 2;
export const ACTOR = 4;
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART', 'X', 'SYM']);

/** What a polarity check looks at besides the sentence-level cues (see `DocView.polarity`). */
export interface PolarityScope {
  /** The trigger asserts a success (an interception): an attempt word before it cancels it. */
  success?: boolean;
  /** The trigger is a noun: modals and plans count only when they govern it without a preposition between. */
  noun?: boolean;
  /** The trigger is an event verb: an infinitive needs a verb of doing above it. */
  event?: boolean;
}

/** Polarity and modality cue bits of a trigger (`DocView.polarity`), read by the decision step. */
export const POLARITY = {
  QUESTION: 1,
  CONDITIONAL: 2,
  DENIAL: 4,
  DISPUTED: 8,
  NEGATION: 16,
  MODAL: 32,
  PLAN: 64,
  ATTEMPT: 128,
  /** An event infinitive without a verb of doing above it ("expect Russia to launch"). */
  INFINITIVE: 256,
  /** A gerund after a reporting verb or "that": a topic, not an event. */
  TOPIC: 512,
  /** A request word before the trigger ("urged allies to send ..."): what is asked for has not happened. */
  REQUESTED: 1024,
  /** A hedge before the trigger ("reportedly", "unconfirmed"): recorded; an attributed claim keeps its relation. */
  HEDGE: 2048,
} as const;

/** The cues that make a trigger non-factual in the old all-or-nothing check (`DocView.blocked`). */
export const BLOCKING = POLARITY.QUESTION | POLARITY.CONDITIONAL | POLARITY.DENIAL | POLARITY.DISPUTED | POLARITY.NEGATION | POLARITY.MODAL | POLARITY.PLAN | POLARITY.ATTEMPT | POLARITY.INFINITIVE | POLARITY.TOPIC;

/**
 * True when `word` is empty or only whitespace: the same answer as `/^\s*$/.test(word)` (JavaScript's `\s` is the set
 * `String.prototype.trim` removes), without running a regular expression at every token of the scans that skip blanks.
 */
export function isBlankWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    return false;
  }
  return true;
}

/** True when `word` holds a letter, digit or underscore (`/\w/.test(word)`; a word token's first character usually is one). */
function hasWordCharacter(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20;
  return (c >= 0x61 && c <= 0x7a) || (word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57) || /\w/.test(word);
}

/** Bits of `DocView.flag`: single-word lexicon sets that rules test at every token of a sentence. */
export const ATTACK_NOUN = 1;
export const CASUALTY_VERB = 2;
export const DAMAGE_VERB = 4;
export const EVALUATIVE_CALL = 8;
export const NEED_VERB = 16;
// (More single-word sets tested at each token of a sentence: a bit of the per-token flags answers them with one
// typed-array read where the rules asked the set by word, a string hash probe per token and rule.)
export const INSERTED_ADVERB = 1 << 5;
export const INTERCEPT_NOUN = 1 << 6;
export const DAMAGE_NOUN = 1 << 7;
export const OBJECT_PRONOUN = 1 << 8;
export const IMPACT_SUPERLATIVE = 1 << 9;
export const DIRECT_HIT_NOUN = 1 << 10;
export const IMPERATIVE_ASK = 1 << 11;
export const CONDEMN_NOUN = 1 << 12;
export const DAMAGE_CLASS = 1 << 13;
export const TARGET_NOUN = 1 << 14;
export const SUFFER_VERB = 1 << 15;
export const FIGURE_VERB = 1 << 16;
export const UNDER_VERB = 1 << 17;
export const RATING_COPULA = 1 << 18;
export const REMAIN_VERB = 1 << 19;
export const NEGATION = 1 << 20;
export const FAILURE_VERB = 1 << 21;
export const ABILITY_ADJECTIVE = 1 << 22;
export const ATTEMPT = 1 << 23;
export const MODAL = 1 << 24;

/** What `DocView.classify` needs per lexicon: per word, the phrase sets it starts and its flag bits; the set-id limit. */
interface ClassifyTable {
  byWord: Map<string, ClassifyEntry>;
  /** The same look-up memoised by lexeme id (null: the word has no entry), filled as documents are classified. */
  byId: Array<ClassifyEntry | null | undefined>;
  /** One more than the largest phrase-set id (the number of per-set blocks of the phrase-length buffer). */
  setIdLimit: number;
}

/** What a word starts: the phrase sets with a phrase opening with it, and its flag bits. */
interface ClassifyEntry {
  sets: PhraseSet[] | undefined;
  flags: number;
}

/** Lexeme ids above this are looked up by word (keeps the id-indexed memo a dense array). */
const MAX_LEXEME_ID = 4_000_000;

/** The classify entry of the word of a token with lexeme id `id` (null when none): an array read once seen. */
function entryById(table: ClassifyTable, id: number, word: string): ClassifyEntry | null {
  if (id < 0 || id > MAX_LEXEME_ID) return table.byWord.get(word) ?? null;
  const memo = table.byId;
  let entry = id < memo.length ? memo[id] : undefined;
  if (entry === undefined) {
    entry = table.byWord.get(word) ?? null;
    while (memo.length <= id) memo.push(undefined);
    memo[id] = entry;
  }
  return entry;
}

/** The classify table of a lexicon (built once per compiled lexicon: it depends on nothing else). */
const classifyTables = new WeakMap<Lexicon, ClassifyTable>();
function classifyTable(lex: Lexicon): ClassifyTable {
  let table = classifyTables.get(lex);
  if (table !== undefined) return table;
  table = { byWord: new Map(), byId: [], setIdLimit: 0 };
  // Every phrase set of the lexicon, by the first words of its phrases (so a document is classified in one pass).
  const byFirstWord = new Map<string, PhraseSet[]>();
  for (const value of Object.values(lex)) {
    if (!(value instanceof PhraseSet)) continue;
    for (const word of value.firstWords()) {
      const list = byFirstWord.get(word) ?? [];
      list.push(value);
      byFirstWord.set(word, list);
    }
  }
  const entry = (word: string): ClassifyEntry => {
    let e = table!.byWord.get(word);
    if (e === undefined) {
      e = { sets: byFirstWord.get(word), flags: 0 };
      table!.byWord.set(word, e);
    }
    return e;
  };
  for (const [word, sets] of byFirstWord) {
    entry(word);
    for (const set of sets) table.setIdLimit = Math.max(table.setIdLimit, set.id + 1);
  }
  const flagged: [ReadonlySet<string>, number][] = [
    [lex.attackNoun, ATTACK_NOUN],
    [lex.casualtyVerbs, CASUALTY_VERB],
    [lex.damageVerbs, DAMAGE_VERB],
    [lex.evaluativeCall, EVALUATIVE_CALL],
    [lex.needVerbs, NEED_VERB],
    [lex.insertedAdverbs, INSERTED_ADVERB],
    [lex.interceptNoun, INTERCEPT_NOUN],
    [lex.damageNouns, DAMAGE_NOUN],
    [lex.objectPronouns, OBJECT_PRONOUN],
    [lex.impactSuperlatives, IMPACT_SUPERLATIVE],
    [lex.directHitNouns, DIRECT_HIT_NOUN],
    [lex.imperativeAsks, IMPERATIVE_ASK],
    [lex.condemnNoun, CONDEMN_NOUN],
    [lex.damageClass, DAMAGE_CLASS],
    [lex.targetNouns, TARGET_NOUN],
    [lex.sufferVerbs, SUFFER_VERB],
    [lex.figureVerbs, FIGURE_VERB],
    [lex.underVerbs, UNDER_VERB],
    [lex.ratingCopulas, RATING_COPULA],
    [lex.remainVerbs, REMAIN_VERB],
    [lex.negation, NEGATION],
    [lex.failureVerbs, FAILURE_VERB],
    [lex.abilityAdjectives, ABILITY_ADJECTIVE],
    [lex.attempt, ATTEMPT],
    [lex.modal, MODAL],
  ];
  for (const [set, bit] of flagged) for (const word of set) entry(word).flags |= bit;
  classifyTables.set(lex, table);
  return table;
}

/**
 * A mention that passed a category test. The brand exists only for the type checker: it makes the guards
 * narrow in the true branch without turning a failed test into `never` (a mention can fail one test and pass another).
 */
export type Checked = Mention & { readonly __checked: true };

/** Per-document view used by every relation rule. */
export class DocView {
  readonly ctx: MentionLayers;
  readonly lex: Lexicon;
  readonly tokens: Token[];
  /** Normalised token texts (what the phrase sets match against). */
  readonly words: readonly string[];
  /** For each token, the index in `ctx.mentions` of the (longest) mention covering it, or -1. */
  readonly mentionAt: Int32Array;

  /** Per sentence, which kinds of mention it holds (bit 1 weapon, 2 place, 4 actor), so rules skip the others. */
  readonly sentenceKinds: Uint8Array;

  /** The lexeme id of each token (`ExtractContext.lexemeIds`), or null: the per-word look-ups then go by word. */
  private readonly lexemeIds: Int32Array | null;

  /** The shallow syntactic layer of the document (step 09), or null: the frames read quotation speakers from it. */
  readonly syntax: SyntaxLayer | null;

  constructor(ctx: MentionLayers, lexemeIds: Int32Array | null = null, syntax: SyntaxLayer | null = null) {
    this.ctx = ctx;
    this.syntax = syntax;
    this.lexemeIds = lexemeIds !== null && lexemeIds.length >= ctx.tokens.length ? lexemeIds : null;
    this.lex = ctx.lexicon;
    this.tokens = ctx.tokens;
    this.words = wordsOf(ctx.tokens);
    this.mentionAt = new Int32Array(ctx.tokens.length).fill(-1);
    this.sentenceKinds = new Uint8Array(ctx.sentences.length);
    for (const m of ctx.mentions) {
      const kind = (this.isWeapon(m) ? WEAPON : 0) | (this.isPlace(m) ? PLACE : 0) | (this.isActor(m) ? ACTOR : 0);
      this.sentenceKinds[m.sentence] = (this.sentenceKinds[m.sentence] ?? 0) | kind;
    }
    ctx.mentions.forEach((m, index) => {
      for (let t = m.tokenStart; t < m.tokenEnd; t++) {
        const previous = this.mentionAt[t] ?? -1;
        const old = previous >= 0 ? ctx.mentions[previous] : undefined;
        if (!old || old.tokenEnd - old.tokenStart < m.tokenEnd - m.tokenStart) this.mentionAt[t] = index;
      }
    });
  }

  private body = -1;

  /** The first sentence of the body: the first that reads as prose (eight tokens or more, closed by a full stop). */
  bodyStart(): number {
    if (this.body < 0) {
      this.body = 0;
      for (const s of this.ctx.sentences) {
        const last = this.word(s.tokenEnd - 1);
        if (s.tokenEnd - s.tokenStart >= 8 && (last === '.' || last === '!' || last === '?' || last === '"')) {
          this.body = s.index;
          break;
        }
      }
    }
    return this.body;
  }

  /**
   * Phrase lengths of every phrase set, one block of `words.length` bytes per set id (`set.id * n + i`), allocated
   * once per document when the first phrase word is met (null while none is).
   */
  private phraseLengths: Uint8Array | null = null;
  private classified = false;

  /** Number of tokens of the phrase of `set` that starts at token `i` (0 when none): an array look-up. */
  at(set: PhraseSet, i: number): number {
    if (!this.classified) this.classify();
    const lengths = this.phraseLengths;
    const n = this.words.length;
    return lengths !== null && i >= 0 && i < n ? (lengths[set.id * n + i] ?? 0) : 0;
  }

  /** One pass over the tokens: the phrase lengths of every phrase set of the lexicon. */
  private classify(): void {
    const n = this.words.length;
    const table = classifyTable(this.lex);
    const byWord = table.byWord;
    const size = n * table.setIdLimit;
    const flags = new Uint32Array(n);
    this.flags = flags;
    const ids = this.lexemeIds;
    for (let k = 0; k < n; k++) {
      const e = ids !== null ? entryById(table, ids[k] as number, this.words[k] ?? '') : byWord.get(this.words[k] ?? '');
      if (e === undefined || e === null) continue;
      flags[k] = e.flags;
      const sets = e.sets;
      if (!sets) continue;
      let lengths = this.phraseLengths;
      if (lengths === null) {
        lengths = new Uint8Array(size);
        this.phraseLengths = lengths;
      }
      for (const set of sets) lengths[set.id * n + k] = set.match(this.words, k);
    }
    this.classified = true;
  }

  /** Per token, the `ATTACK_NOUN | CASUALTY_VERB | ...` bits of its word (filled by `classify`). */
  private flags: Uint32Array = new Uint32Array(0);

  /** Is word `i` (0 <= i < tokens) in the lexicon set of `bit` (e.g. `ATTACK_NOUN`)? Same as `lex.attackNoun.has(word(i))`. */
  flag(i: number, bit: number): boolean {
    if (!this.classified) this.classify();
    return ((this.flags[i] ?? 0) & bit) !== 0;
  }

  /** The mention covering token `i`, if any. */
  mention(i: number): Mention | undefined {
    const index = this.mentionAt[i] ?? -1;
    return index >= 0 ? this.ctx.mentions[index] : undefined;
  }

  word(i: number): string {
    return this.words[i] ?? '';
  }

  /**
   * The tagger's part of speech of token `i`, except an "-ed" word the syntax layer retagged as a verb ("Air defence
   * crews neutralised/NOUN 45 ..." reads VERB) and an "-s" verb after a singular common noun (rule T3b, "A drone
   * hits/NOUN a house"): only these corrections are read, the others cost recall on real text.
   */
  pos(i: number): string {
    const syntax = this.syntax;
    if (syntax !== null) {
      const shape = syntax.shape[i] ?? 0;
      if (shape & SHAPE.RETAGGED && shape & SHAPE.ED && syntax.tag[i] === Tag.VERB) return 'VERB';
      // rule T3b: "A drone hits/NOUN a house": an -s verb after a singular common noun (not T3's name or plural)
      if (shape & SHAPE.RETAGGED && shape & SHAPE.S && syntax.tag[i] === Tag.VERB && i > 0 && this.tokens[i - 1]?.pos === 'NOUN' && !((syntax.shape[i - 1] ?? 0) & SHAPE.S)) return 'VERB';
    }
    return this.tokens[i]?.pos ?? '';
  }

  /** Is token i a determiner, adjective or numeral: a word that may stand before a noun phrase's head? */
  isPremodifier(i: number): boolean {
    const pos = this.pos(i);
    return pos === 'DET' || pos === 'ADJ' || pos === 'NUM';
  }

  /**
   * Does the preposition at k ("of", "from": the one right before a weapon's phrase) hang that phrase on a noun of
   * debris ("debris from", "fragments of", lexicon debrisNouns) or on a part noun ("parts of", "a piece of", lexicon
   * debrisParts), also across a partitive ("fragments of one of the downed missiles")? `start` is the sentence's first
   * token. What such a phrase says fell or hit is debris of a downing, not a new launch or strike. `partitive` false
   * leaves the partitive out: "debris of one of the downed missiles" still tells that missiles were downed.
   */
  debrisOfAt(k: number, start: number, partitive = true): boolean {
    if (this.word(k) !== 'from' && this.word(k) !== 'of') return false;
    let n = k - 1;
    const w = this.word(n);
    if (partitive && this.word(k) === 'of' && (w === 'one' || this.pos(n) === 'NUM' || this.lex.vagueParts.has(w)) && (this.word(n - 1) === 'of' || this.word(n - 1) === 'from')) n -= 2;
    return n >= start && (this.lex.debrisNouns.has(this.word(n)) || this.lex.debrisParts.has(this.word(n)));
  }

  /** Is the weapon inside a phrase of debris ("debris from a downed drone", "parts of one downed drone")? */
  inDebrisPhrase(weapon: Mention): boolean {
    let k = weapon.tokenStart - 1;
    while (k > 0 && (this.isPremodifier(k) || this.mention(k)?.kind === 'demonym' || (this.pos(k) === 'VERB' && this.word(k).endsWith('ed')))) k--;
    return k > 0 && this.debrisOfAt(k, 0);
  }

  /** Does the sentence hold a mention of one of these kinds (bits WEAPON | PLACE | ACTOR)? */
  has(sentence: Sentence, kinds: number): boolean {
    return ((this.sentenceKinds[sentence.index] ?? 0) & kinds) !== 0;
  }

  /** Mentions of a sentence, in text order, without duplicates. */
  mentionsOf(sentence: Sentence): Mention[] {
    const out: Mention[] = [];
    let last = -1;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const index = this.mentionAt[i] ?? -1;
      if (index >= 0 && index !== last) {
        const m = this.ctx.mentions[index];
        if (m && m.tokenStart === i) out.push(m);
        last = index;
      }
    }
    return out;
  }

  isActor(m: Mention | undefined): m is Checked {
    return !!m && ACTORS.has(m.type) && !m.generic;
  }

  isPlace(m: Mention | undefined): m is Checked {
    return !!m && PLACES.has(m.type) && !m.generic;
  }

  isWeapon(m: Mention | undefined): m is Checked {
    return !!m && m.type === 'WeaponSystem';
  }

  /** The state an entity belongs to: the key itself for a Country, else the gazetteer's `country`. */
  countryOf(key: string): string | null {
    const entry = this.ctx.gazetteer?.get(key);
    if (entry) return entry.type === 'Country' ? entry.id : (entry.country ?? null);
    const info = this.ctx.entityInfo?.get(key);
    if (info?.type === 'Country') return key;
    return null;
  }

  /**
   * The state a government body stands for: a gazetteer organisation of a state that the text calls by a state noun
   * ("the government", its `descriptions`; lexicon stateNouns), else null ("the ministry" is a body of its own).
   */
  governmentState(key: string): string | null {
    const entry = this.ctx.gazetteer?.get(key);
    if (entry?.type !== 'Organisation' || !entry.country) return null;
    return (entry.descriptions ?? []).some((d) => this.lex.stateNouns.has(d.slice(d.lastIndexOf(' ') + 1).toLowerCase())) ? entry.country : null;
  }

  /** Is the organisation a state's armed force or one of its branches and commands (not a ministry)? */
  isArmedForce(key: string): boolean {
    return this.ctx.gazetteer?.isArmedForce(key) ?? false;
  }

  /** The side that holds a place: the lexicon's `heldBy` for occupied territory, else the place's state. */
  holderOf(key: string): string | null {
    return this.lex.heldBy.get(key) ?? this.countryOf(key);
  }

  /** The side an actor stands for in launched/intercepted/targeted: its state, else itself. */
  sideOf(key: string): string {
    let side = this.sides.get(key);
    if (side === undefined) {
      side = this.countryOf(key) ?? key;
      this.sides.set(key, side);
    }
    return side;
  }

  /** Memoised `sideOf` and `classSlug` per entity key (the gazetteer and entity info do not change during the relation steps). */
  private readonly sides = new Map<string, string>();
  private readonly slugs = new Map<string, string>();

  /** The class slug of a weapon: the key itself for a generic class, else the gazetteer's `class` ("" when unknown). */
  classSlug(key: string): string {
    let slug = this.slugs.get(key);
    if (slug === undefined) {
      slug = this.computeClassSlug(key);
      this.slugs.set(key, slug);
    }
    return slug;
  }

  private computeClassSlug(key: string): string {
    const bare = key.startsWith('generic:') ? key.slice('generic:'.length) : key;
    const entry = this.ctx.gazetteer?.get(bare);
    if (key.startsWith('generic:') || entry?.generic || this.ctx.entityInfo?.get(key)?.generic) return bare;
    const slug = entry?.class ?? '';
    return slug.startsWith('generic:') ? slug.slice('generic:'.length) : slug;
  }

  /**
   * Is the generic class `classKey` the class of the named weapon `memberKey`, or a class above it in the gazetteer's
   * chain (Kh-101 -> cruise missile -> missile)? False for two generic classes and for a named system of another class.
   */
  isClassOfNamed(classKey: string, memberKey: string): boolean {
    const target = this.classSlug(classKey);
    if (!target || this.classSlug(memberKey) === memberKey.replace(/^generic:/, '') || this.ctx.entityInfo?.get(memberKey)?.generic) return false;
    let slug = this.classSlug(memberKey);
    for (let guard = 0; slug && guard < 8; guard++) {
      if (slug === target) return true;
      const next = this.ctx.gazetteer?.get(slug)?.class ?? '';
      slug = next.startsWith('generic:') ? next.slice('generic:'.length) : next;
    }
    return false;
  }

  /**
   * Is the class set apart from the systems named beside it by a word of lexicon otherKindWords in its own phrase:
   * up to two words before it ("other air defence systems") or after "of" behind it ("drones of other types")?
   */
  isOtherKind(m: Mention): boolean {
    for (let i = m.tokenStart - 1; i >= Math.max(0, m.tokenStart - 2); i--) {
      if (this.lex.otherKindWords.has(this.word(i))) return true;
      if (this.word(i) === ',') break;
    }
    if (this.word(m.tokenEnd) !== 'of') return false;
    for (let i = m.tokenEnd + 1; i < m.tokenEnd + 3; i++) if (this.lex.otherKindWords.has(this.word(i))) return true;
    return false;
  }

  /** The head noun of a weapon's class: "missile", "drone", "rocket", "system", ... ("" when unknown). */
  classHead(key: string): string {
    const slug = this.classSlug(key);
    return slug.slice(slug.lastIndexOf('-') + 1);
  }

  /**
   * Is the weapon an uncounted filler of a counted wave ("140 attack drones, Shaheds and decoys among them", "210
   * drones of the Shahed type and decoys"): a class of lexicon waveFillers without a figure, told beside a counted
   * weapon of its own head noun? The tallies count the decoys in the wave; they are no weapon of their own.
   */
  waveFiller(ref: WeaponRef, refs: readonly WeaponRef[]): boolean {
    if (!ref.generic || ref.count !== null || ref.partitive !== null || !this.lex.waveFillers.has(this.classSlug(ref.entity))) return false;
    const head = this.classHead(ref.entity);
    return refs.some((r) => r !== ref && r.count !== null && this.classHead(r.entity) === head);
  }

  /** Is the place a landmark inside a town ("Shevchenko Park": lexicon landmarkHeads), a locator, never a target? */
  isLandmark(place: Mention): boolean {
    const name = this.ctx.gazetteer.get(place.entity)?.name ?? this.words.slice(place.tokenStart, place.tokenEnd).join(' ');
    const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    return place.type !== 'Country' && this.lex.landmarkHeads.has(last);
  }

  /** Is the weapon a launch platform (bomber, warship, fighter), which is never what was launched? */
  isPlatformClass(key: string): boolean {
    return this.lex.platformClasses.has(this.classSlug(key));
  }

  /** Is the weapon a generic air-defence class ("air defences"), the means of an interception rather than its object? */
  isDefenceClass(m: Mention): boolean {
    return m.generic && this.classHead(m.entity) === 'system';
  }

  /** True for the class noun right after a named system ("Iskander [ballistic missiles]"). */
  isClassNounOfNamed(m: Mention): boolean {
    if (!m.generic) return false;
    for (let i = m.tokenStart - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
      const other = this.mention(i);
      if (other && other !== m) return this.isWeapon(other) && !other.generic;
      const w = this.word(i);
      if (w === '"' || w === "'" || w === '-' || this.pos(i) === 'ADJ' || (this.pos(i) === 'NOUN' && !this.spacedDash(i + 1))) continue;
      // "Iskander-K ground-launched cruise missiles": the participle of a hyphenated modifier.
      if (this.pos(i) === 'VERB' && this.word(i - 1) === '-' && !this.spacedDash(i - 1)) continue;
      return false;
    }
    return false;
  }

  /** True when a demonym mention is an origin ("Iranian-made", "British-supplied"), not the user of a weapon. */
  isOrigin(m: Mention): boolean {
    const last = this.word(m.tokenEnd - 1);
    if (this.word(m.tokenEnd - 2) === '-' && this.lex.originSuffixes.has(last)) return true;
    const dashed = last.lastIndexOf('-');
    if (dashed > 0 && this.lex.originSuffixes.has(last.slice(dashed + 1))) return true;
    return this.word(m.tokenEnd) === '-' && this.lex.originSuffixes.has(this.word(m.tokenEnd + 1));
  }

  /** Index one past the last real token of a sentence, ignoring trailing quotes and spaces. */
  isQuestion(sentence: Sentence): boolean {
    for (let i = sentence.tokenEnd - 1; i >= sentence.tokenStart; i--) {
      const w = this.word(i);
      if (w === '"' || w === "'" || w === ')' || isBlankWord(w)) continue;
      return w === '?';
    }
    return false;
  }

  /** True when a token is a hard clause boundary for scans (";", ":", "but", "while", ...). */
  boundaryAt(i: number): number {
    const w = this.word(i);
    if (w === ';' || w === ':' || w === '—' || w === '–' || w === '(' || w === ')') return 1;
    if (w === '-' && this.spacedDash(i)) return 1;
    return this.at(this.lex.clauseBoundary, i);
  }

  /** A "-" with spaces on both sides is a dash between phrases, not a hyphen in a compound. */
  spacedDash(i: number): boolean {
    const t = this.tokens[i];
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    return !!t && (!before || before.end < t.start) && (!after || after.start > t.end);
  }

  /**
   * Length of the launch verb or construction at token i (0 when none): the launch and delivery classes, and the
   * constructions outside them ("used", "consisted of"). A longer interception phrase wins ("shot down" is no "shot").
   */
  launchAt(i: number): number {
    const length = Math.max(this.at(this.lex.launch, i), this.at(this.lex.launchConstructions, i));
    return length > 0 && this.at(this.lex.intercept, i) >= length ? 0 : length;
  }

  /** Length of the attack verb or construction at token i (0 when none); an interception phrase wins ("shot down", "destroyed"). */
  attackAt(i: number): number {
    const length = Math.max(this.at(this.lex.attackVerb, i), this.at(this.lex.attackConstructions, i));
    // "aimed chiefly at", "slammed directly into": an adverb inside a two-word construction.
    if (length === 0 && this.flag(i + 1, INSERTED_ADVERB) && this.lex.attackConstructions.match([this.word(i), this.word(i + 2)], 0) === 2) return 3;
    if (length === 0) return this.collisionAt(i);
    return length > 0 && this.at(this.lex.intercept, i) >= length ? 0 : length;
  }

  /**
   * A weapon as the subject of a verb of motion and a preposition after it: a verb of forceful motion and one of
   * contact ("a drone rammed into a depot", "missiles came crashing down onto the port", "the Shahed smacked straight
   * into a gym": lexicon class collisionVerb, collisionPrepositions), or a verb of travel and one of goal ("the rest
   * went towards Dnipro", "the drones fanned out towards three cities": class approachVerb, goalPrepositions). A
   * particle ("down", "out", "in") and an inserted adverb may stand between. The subject must be a weapon: the first
   * mention to the left, in the same clause, names one ("a lorry ploughed into a bus stop" gives nothing). Returns the
   * construction's length, or 0.
   */
  private collisionAt(i: number): number {
    if (this.pos(i) !== 'VERB') return 0;
    const destination = this.destinationAt(i);
    if (destination > 0) return destination;
    const collision = this.at(this.lex.collision, i);
    const approach = collision === 0 ? this.at(this.lex.approach, i) : 0;
    const verb = collision || approach;
    if (verb === 0) return 0;
    let j = i + verb;
    const particle = this.word(j) === 'down' || (approach > 0 && this.at(this.lex.goalPrepositions, j) === 0 && (this.word(j) === 'in' || this.word(j) === 'out' || this.word(j) === 'on'));
    if (particle) j++;
    if (this.flag(j, INSERTED_ADVERB)) j++;
    // "came in from the sea towards X", "came from the Kursk region towards Y", "flying south towards Z": where the
    // weapons came from and their heading may stand between the approach verb and its goal.
    if (approach > 0) j = this.pastOriginAndHeading(j);
    let prep = 0;
    if (collision > 0) prep = this.lex.collisionPrepositions.has(this.word(j)) ? 1 : particle && this.word(i + verb) === 'down' ? this.at(this.lex.landingPrepositions, j) : 0;
    else prep = this.at(this.lex.goalPrepositions, j);
    if (prep === 0) return 0;
    if (approach > 0 && this.word(i).endsWith('ing') && this.prepositionalWeaponBefore(i)) return 0;
    return this.weaponSubjectAt(i) ? j + prep - i : 0;
  }

  /**
   * Past an origin phrase and a compass heading after an approach verb: "from the Black Sea", "from Kursk Oblast",
   * "out of the south-east" (lexicon originPrepositions: up to five words, no comma, verb or clause boundary, ending
   * right before a goal preposition or a heading), then "south", "south-west", "westwards" (lexicon compassHeadings).
   * Returns the index after them (`j` itself when neither stands there, or when the origin does not end at the goal).
   */
  private pastOriginAndHeading(j: number): number {
    let k = j;
    const origin = this.at(this.lex.originPrepositions, k);
    if (origin > 0) {
      let end = -1;
      for (let g = k + origin; g < k + origin + 6; g++) {
        if (this.at(this.lex.goalPrepositions, g) > 0 || this.compassAt(g) > 0) {
          end = g;
          break;
        }
        const w = this.word(g);
        if (w === ',' || w === '.' || w === ';' || this.boundaryAt(g) > 0 || this.pos(g) === 'VERB' || this.pos(g) === 'AUX') break;
      }
      if (end <= k + origin) return j;
      k = end;
    }
    k += this.compassAt(k);
    return k;
  }

  /** The length of a compass heading at `k` ("south", "south-west", "south - west"), or 0. */
  private compassAt(k: number): number {
    const w = this.word(k);
    if (!this.lex.compassHeadings.has(w)) {
      const dash = w.indexOf('-');
      return dash > 0 && this.lex.compassHeadings.has(w.slice(0, dash)) && this.lex.compassHeadings.has(w.slice(dash + 1)) ? 1 : 0;
    }
    return this.word(k + 1) === '-' && this.lex.compassHeadings.has(this.word(k + 2)) ? 3 : 1;
  }

  /**
   * Is the subject of the verb of motion at `i` a weapon: the first mention to the left in the same clause names one,
   * or a count takes up the weapons named before ("one of them rammed into a depot", "another ploughed into a shed")?
   */
  private weaponSubjectAt(i: number): boolean {
    if (this.countedWeaponSubject(i)) return true;
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      if (this.boundaryAt(k) > 0 || this.lex.relativePronouns.has(this.word(k)) || this.word(k) === '.' || this.word(k) === 'where' || this.word(k) === 'when') return false;
      const m = this.mention(k);
      // "drones came from the Kursk region, flying south towards X": the place weapons came from is no subject.
      if (m && this.isPlace(m) && this.originBefore(m)) {
        k = m.tokenStart;
        continue;
      }
      if (m) return this.isWeapon(m) && !this.isPlatform(m);
    }
    return false;
  }

  /**
   * Is the first mention left of the participle at `i` a weapon in a prepositional phrase ("warns of a group of drones
   * moving towards X", "a route for drones flying west towards Y")? Such a participle describes the weapons a warning or
   * a route is about, not a flight that happened ("with the drones coming in towards X" is a flight: "with" opens an
   * absolute clause; "most of the drones flying towards X" is a partitive subject).
   */
  private prepositionalWeaponBefore(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      const m = this.mention(k);
      if (!m) continue;
      if (!this.isWeapon(m)) return false;
      let g = m.tokenStart - 1;
      while (g > 0 && (this.pos(g) === 'DET' || this.pos(g) === 'NUM' || this.pos(g) === 'ADJ') && !this.mention(g)) g--;
      // ("most of the drones had been flying towards X": a partitive "of" after a quantity heads the subject.)
      const quantity = this.pos(g - 1);
      if (this.word(g) === 'of' && (quantity === 'ADJ' || quantity === 'NUM' || quantity === 'PRON' || quantity === 'DET' || quantity === 'ADV')) return false;
      return this.pos(g) === 'ADP' && this.word(g) !== 'with';
    }
    return false;
  }

  /** Does an origin preposition stand before the place `m` ("from the Kursk region", "from Crimea")? */
  private originBefore(m: Mention): boolean {
    let k = m.tokenStart - 1;
    if (this.word(k) === 'the') k--;
    return this.at(this.lex.originPrepositions, k) === 1 || this.at(this.lex.originPrepositions, k - 1) === 2;
  }

  /**
   * Is the subject of the verb at `i` a count that takes up weapons named before ("one of them", "two of the six",
   * "another", "the other", "a third")? The subject runs from the clause start (the sentence start, or a comma or
   * "and" before it) to the verb; it is a number, a count pronoun or an ordinal (lexicon numberWords, countPronouns,
   * ordinalSubjects) with at most "the"/"a" before it and "of them", "of these", "of the six" after it, and weapons
   * stand before its clause (`previousWeapons`). No mention may stand in the subject: "one of the drones" is a
   * weapon mention that the callers read themselves.
   */
  countedWeaponSubject(i: number): boolean {
    const sentence = this.ctx.sentences[this.ctx.tokens[i]?.sentence ?? -1];
    if (!sentence) return false;
    let end = i - 1;
    while (end > sentence.tokenStart && (this.pos(end) === 'ADV' || this.pos(end) === 'AUX') && !this.mention(end)) end--;
    let start = end;
    while (start > sentence.tokenStart && !(this.word(start - 1) === ',' || this.word(start - 1) === 'and' || this.word(start - 1) === ';')) start--;
    if (end - start > 4) return false;
    const words: string[] = [];
    for (let k = start; k <= end; k++) {
      if (this.mention(k)) return false;
      words.push(this.word(k));
    }
    let n = 0;
    if (words[n] === 'the' || words[n] === 'a') n++;
    const head = words[n] ?? '';
    const counted = this.lex.numberWords.has(head) || this.lex.countPronouns.has(head) || this.lex.ordinalSubjects.has(head) || this.pos(start + n) === 'NUM';
    if (!counted) return false;
    n++;
    if (n < words.length) {
      if (words[n] !== 'of') return false;
      const rest = words.slice(n + 1);
      const anaphor = rest.length === 1 && this.lex.relativeAnaphors.has(rest[0] ?? '') && rest[0] !== 'which' && rest[0] !== 'whom';
      const countedWhole = rest.length === 2 && rest[0] === 'the' && (this.lex.numberWords.has(rest[1] ?? '') || this.pos(end) === 'NUM');
      if (!anaphor && !countedWhole) return false;
    }
    return this.previousWeapons(sentence, start).length > 0;
  }

  /**
   * A weapon as the subject of a verb of getting to a destination with a place as its object (class destinationVerb):
   * "the drones reached Poltava", "the sixth missile reached the Izmail district". The object is a place mention right
   * after the verb (an article may stand between; not a pronoun); the subject, the first mention to the left in the same clause, a
   * weapon. A clause opened by a temporal subordinator ("shot down before they reached Kyiv", "until it reached the
   * city") tells where the weapon did not get: it names no target. Returns the verb's length, or 0.
   */
  private destinationAt(i: number): number {
    const verb = this.at(this.lex.destination, i);
    if (verb === 0) return 0;
    let j = i + verb;
    if (this.word(j) === 'the') j++;
    const object = this.mention(j);
    if (!this.isPlace(object) || object.kind === 'demonym' || object.kind === 'pronoun' || this.word(object.tokenEnd) === "'s") return 0;
    let subject: Mention | undefined;
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      const w = this.word(k);
      // "before they reached Kyiv", "until it reached the city": the weapon did not get there.
      if (w === 'before' || w === 'until') return 0;
      if (this.boundaryAt(k) > 0 || this.lex.relativePronouns.has(w) || w === '.' || w === ',' || w === ':' || w === 'where' || w === 'when') break;
      const m = this.mention(k);
      if (m && !subject) subject = m;
    }
    return subject && this.isWeapon(subject) && !this.isPlatform(subject) ? verb : 0;
  }

  /** Is token i a reporting verb ("said", "according to", ...)? Returns its length in tokens. */
  reportAt(i: number): number {
    return this.at(this.lex.report, i);
  }

  /**
   * Start of the clause that contains token `i`: just after the nearest boundary, comma, relative pronoun
   * or reporting verb to its left.
   */
  clauseStart(sentence: Sentence, i: number): number {
    for (let k = i - 1; k >= sentence.tokenStart; k--) {
      const w = this.word(k);
      if (w === ',' || w === '"' || this.lex.relativePronouns.has(w)) return k + 1;
      if (this.boundaryAt(k) > 0) return k + 1;
      if (this.reportAt(k) > 0 && this.pos(k) === 'VERB') return k + 1;
    }
    return sentence.tokenStart;
  }

  /**
   * The polarity and modality cues of a trigger at token `i` (`POLARITY` bits): a question, a conditional, a denial
   * or hedge anywhere before it in its independent clause, a dispute after it, or a negation, modal or plan word in
   * its clause. The rules record them on their candidates; the decision step (17-decide) weighs them.
   */
  /**
   * Does a comma-closed reporting insert end right before `start` (", the air force said,", ", officials reported,")
   * with a verbless subject phrase before it that a negator heads ("not one of them", "none of the six")?
   */
  private negatedBeforeInsert(sentence: Sentence, start: number): boolean {
    if (this.word(start - 1) !== ',') return false;
    let open = -1;
    let reported = false;
    for (let k = start - 2; k >= Math.max(sentence.tokenStart, start - 8); k--) {
      if (this.word(k) === ',') {
        open = k;
        break;
      }
      if (this.reportAt(k) > 0 && this.pos(k) === 'VERB') reported = true;
    }
    if (open < 0 || !reported) return false;
    const from = this.clauseStart(sentence, open);
    if (from === open) return false;
    for (let k = from; k < open; k++) if (this.pos(k) === 'VERB' || this.pos(k) === 'AUX') return false;
    return this.lex.negation.has(this.word(from));
  }

  /** Does the sentence open with a negated cleft ("It was not X that", "It wasn't X who") whose relative holds i? */
  private negatedCleft(sentence: Sentence, i: number): boolean {
    const f = this.firstIndex(sentence);
    if (this.word(f) !== 'it' || !this.lex.beForms.has(this.word(f + 1)) || !this.lex.negation.has(this.word(f + 2))) return false;
    for (let k = f + 3; k < i; k++) {
      const w = this.word(k);
      if ((w === 'that' || w === 'who' || w === 'which') && this.mention(k - 1) !== undefined) return true;
    }
    return false;
  }

  /**
   * Is the conditional at k a relevance conditional closed by a comma before the trigger at i ("If you follow the
   * news, ...", "If I read it right, ..."): "if", the writer or the reader as subject (lexicon readerPronouns), then,
   * past auxiliaries and adverbs, a verb of taking in the news (class perceiveVerb)? It tells why the sentence matters
   * to the reader and puts no condition on what it tells. "If we had seen them in time" (a past perfect) is a
   * counterfactual and stays a conditional, as does an "if" clause that holds the trigger itself.
   */
  private relevanceConditional(k: number, i: number): boolean {
    if (this.word(k) !== 'if' || !this.lex.readerPronouns.has(this.word(k + 1))) return false;
    let j = k + 2;
    while (j < i && (this.pos(j) === 'AUX' || this.pos(j) === 'ADV') && this.word(j) !== 'had') j++;
    if (this.pos(j) !== 'VERB' || this.at(this.lex.perceive, j) === 0) return false;
    for (let c = j + 1; c < i; c++) if (this.word(c) === ',') return true;
    return false;
  }

  polarity(sentence: Sentence, i: number, options: PolarityScope = {}): number {
    let cues = 0;
    if (this.isQuestion(sentence)) cues |= POLARITY.QUESTION;
    // 1. Conditional inversion: "Had investigators found ..., Warsaw could have ...".
    const first = this.firstWord(sentence);
    if ((first === 'had' || first === 'were' || first === 'should') && this.pos(this.firstIndex(sentence) + 1) !== 'VERB') cues |= POLARITY.CONDITIONAL;
    // 2. Cues before the trigger in its independent clause (after ";", ", but", "whereas" ...): conditionals,
    //    denials, hedges. "38 drones were shot down; it did not say whether ..." keeps its first clause.
    const major = this.majorClauseStart(sentence, i);
    for (let k = major; k < i; k++) {
      // "once more", "at once", "more than once" are adverbs, not the conditional "once".
      if (this.at(this.lex.conditional, k) > 0 && this.at(this.lex.adverbialIdioms, k) === 0 && this.at(this.lex.adverbialIdioms, k - 1) < 2 && !this.relevanceConditional(k, i)) cues |= POLARITY.CONDITIONAL;
      if (this.at(this.lex.denial, k) > 0) cues |= POLARITY.DENIAL;
      if (this.at(this.lex.hedge, k) > 0) cues |= POLARITY.HEDGE;
    }
    // 2a. A negated cleft: "It was not a Zircon that hit the terminal" denies what its relative clause tells.
    if (this.negatedCleft(sentence, i)) cues |= POLARITY.NEGATION;
    // 2b. A claim disputed later in the sentence: "..., which Moscow denied", "..., a claim Kyiv rejected".
    if (this.disputedAfter(sentence, i) || this.rumourFramed(sentence, i)) cues |= POLARITY.DISPUTED;
    // 3. Clause-level cues: negation, modals, plans and intentions.
    let start = this.clauseStart(sentence, i);
    // "The missiles that were not intercepted fell on X": a relative clause with a verb of its own, between its head and
    // the trigger, is not the trigger's clause.
    if (this.lex.relativePronouns.has(this.word(start - 1)) && this.mention(start - 2) && this.pos(i) === 'VERB') {
      for (let k = start; k < i; k++) {
        if (this.pos(k) !== 'VERB') continue;
        start = i;
        break;
      }
    }
    // "did not report any interception of ...", "has not confirmed any missile launch": a negated verb of reporting
    // whose object is the trigger noun (after "any", whatever the tagger read the noun as).
    if ((options.noun || this.word(start) === 'any') && start > major && this.reportAt(start - 1) > 0 && (start === i || this.word(start) === 'any')) {
      for (let k = Math.max(major, start - 4); k < start - 1; k++) if (this.lex.negation.has(this.word(k))) cues |= POLARITY.NEGATION;
    }
    for (let k = start; k < i; k++) {
      // "a missile of a type the air force did not name was launched": a relative clause closed before the trigger
      // holds its own negation and modals.
      if (this.inClosedRelative(k, i)) continue;
      if ((this.flag(k, NEGATION) && !this.comparativeBound(k)) || this.flag(k, FAILURE_VERB)) cues |= POLARITY.NEGATION;
      if (options.noun && !this.nounGoverned(k, i)) continue;
      if (this.modalAt(k)) cues |= POLARITY.MODAL;
      // "few systems able to stop a ballistic missile": ability without a form of "be" is a capability, not an act.
      if (this.flag(k, ABILITY_ADJECTIVE) && !this.beBefore(k)) cues |= POLARITY.MODAL;
      if (this.at(this.lex.plan, k) > 0) cues |= POLARITY.PLAN;
      // An attempt does not assert success: "trying to intercept" is no interception.
      if (options.success && this.flag(k, ATTEMPT)) cues |= POLARITY.ATTEMPT;
    }
    // 3a. "Not one of them, the air force said, was brought down": a reporting insert between a subject phrase and its
    //     verb does not close the subject's clause; a negator heading that phrase denies the act.
    if (this.negatedBeforeInsert(sentence, start)) cues |= POLARITY.NEGATION;
    // 4. An event in the infinitive happened only under a verb of doing ("used X to strike", "managed to
    //    destroy", "tried to strike"); "expect Russia to launch" or "a coalition to shoot down" did not.
    if (options.event && this.word(i - 1) === 'to' && this.pos(i - 1) === 'PART' && !this.factualInfinitive(sentence, i - 1)) cues |= POLARITY.INFINITIVE;
    // 5. A gerund right after a reporting verb or a complementiser is a topic, not an event ("said downing ... was").
    const form = this.word(i);
    if (form.endsWith('ing')) {
      const before = this.word(i - 1);
      // ("reported downing 12", "claimed destroying two launchers": a claim of the act, not a topic.)
      if (before === 'that' || (this.reportAt(i - 1) > 0 && !this.lex.gerundClaimVerbs.has(before))) cues |= POLARITY.TOPIC;
    }
    return cues;
  }

  /**
   * Is the negator at `k` part of a bound on a number ("no fewer than 40 drones", "not less than 12", "no more than
   * four"; lexicon comparativeBounds)? It bounds the figure and denies nothing.
   */
  comparativeBound(k: number): boolean {
    return this.lex.comparativeBounds.has(this.word(k + 1)) && this.word(k + 2) === 'than';
  }

  /**
   * Is token `k` a modal auxiliary? The month "May" is not: capitalised inside a sentence, or next to a number ("on 13
   * May the enemy attacked", "May 13").
   */
  modalAt(k: number): boolean {
    if (!this.flag(k, MODAL)) return false;
    if (this.word(k) !== 'may') return true;
    const token = this.tokens[k];
    const first = token !== undefined && this.ctx.sentences[token.sentence]?.tokenStart === k;
    const capitalised = token?.text.startsWith('M') === true && !first;
    return !capitalised && this.pos(k - 1) !== 'NUM' && this.pos(k + 1) !== 'NUM';
  }

  /** Does token `k` stand in a relative clause (of the syntax layer) that ends before token `i` and does not hold it? */
  inClosedRelative(k: number, i: number): boolean {
    const syntax = this.syntax;
    if (syntax === null) return false;
    const clause = syntax.clauseOf[k] ?? -1;
    if (clause < 0 || clause === (syntax.clauseOf[i] ?? -1)) return false;
    return syntax.clause(clause, CL.kind) === CL_KIND.RELATIVE && syntax.clause(clause, CL.end) <= i;
  }

  /** Is token `k` preceded by a form of "be", over adverbs and a negation ("were not yet able")? */
  beBefore(k: number): boolean {
    let j = k - 1;
    while (j >= 0 && (this.pos(j) === 'ADV' || this.lex.negation.has(this.word(j)))) j--;
    return this.lex.beForms.has(this.word(j)) || this.lex.copulas.has(this.word(j));
  }

  /** Is a trigger at token `i` non-factual: any `BLOCKING` polarity cue (see `polarity`)? */
  blocked(sentence: Sentence, i: number, options: PolarityScope = {}): boolean {
    return (this.polarity(sentence, i, options) & BLOCKING) !== 0;
  }

  /** Start of the independent clause holding token i: just after the nearest ";", ", but", "whereas" ... to its left. */
  majorClauseStart(sentence: Sentence, i: number): number {
    for (let k = i - 1; k >= sentence.tokenStart; k--) {
      const w = this.word(k);
      if (w !== ';' && w !== ',' && w !== 'whereas') continue;
      const length = this.at(this.lex.majorBoundary, k);
      if (length > 0 && k + length <= i) return k + length;
    }
    // "Although Moscow denied it, ...": a fronted concessive clause ends at its first comma.
    const first = this.firstIndex(sentence);
    const opener = this.word(first);
    if (opener === 'although' || opener === 'though' || opener === 'whereas' || opener === 'while') {
      for (let k = first + 1; k < i; k++) if (this.word(k) === ',') return k + 1;
    }
    return sentence.tokenStart;
  }

  /**
   * Is the claim around token i disputed after it in the same sentence: a comma, then within a few words an
   * anchor ("which", "a claim", "something") followed by a dispute verb ("denied", "rejected")?
   */
  disputedAfter(sentence: Sentence, i: number): boolean {
    const end = sentence.tokenEnd;
    for (let k = i + 1; k < end; k++) {
      const w = this.word(k);
      if (w === ';') return false;
      if (w !== ',') continue;
      let anchored = false;
      for (let j = k + 1; j < Math.min(end, k + 8); j++) {
        const v = this.word(j);
        if (v === ',' || v === ';' || v === '.') break;
        if (this.lex.disputeAnchors.has(v)) anchored = true;
        else if (anchored && this.lex.disputeVerbs.has(v)) return true;
      }
    }
    return false;
  }

  /**
   * Does token i tell the content of a rumour the sentence does not vouch for: a rumour noun before it whose content
   * opens right after it ("posts claiming that", "reports of", "a video said to show") and holds i, with a verdict
   * after i that the rumour was not verified, was false or denied, or only circulates ("... could not be verified",
   * "..., Bucharest denies", "... spread online")? A rumour the sentence confirms, or one without a verdict, keeps
   * its relation (an attributed report is a claim the gold keeps).
   */
  rumourFramed(sentence: Sentence, i: number): boolean {
    const start = this.majorClauseStart(sentence, i);
    let framed = false;
    for (let n = start; n < i && !framed; n++) {
      if (!this.lex.rumourNouns.has(this.word(n))) continue;
      // "Russia claims that ...", "the ministry reports that ...": a verb after its subject reports, it is no rumour.
      const before = n > sentence.tokenStart ? this.pos(n - 1) : '';
      if (this.pos(n) === 'VERB' && (this.mention(n - 1) !== undefined || before === 'PRON' || before === 'PROPN' || before === 'NOUN')) continue;
      let o = n + 1;
      // "claims on Russian channels that ...", "posts in local media claiming ...": a short prepositional phrase of
      // where the rumour ran may stand between the noun and its content.
      // "claims circulating online that ...": a participle of circulation (a verdict word) may lead that phrase.
      const carried = this.pos(o) === 'VERB' && this.at(this.lex.rumourVerdicts, o) > 0;
      if ((this.pos(o) === 'ADP' && this.word(o) !== 'of') || carried) {
        let k = o + 1;
        while (k < Math.min(i, o + 7) && this.word(k) !== ',' && this.boundaryAt(k) === 0 && this.pos(k) !== 'VERB' && this.at(this.lex.rumourOpeners, k) === 0) k++;
        if (this.at(this.lex.rumourOpeners, k) > 0 && this.word(k) !== 'of') o = k;
      }
      const opener = this.at(this.lex.rumourOpeners, o);
      framed = opener > 0 && o - 1 + opener <= i;
    }
    if (!framed) return false;
    for (let k = i + 1; k < sentence.tokenEnd; k++) if (this.at(this.lex.rumourVerdicts, k) > 0) return true;
    return false;
  }

  /** Is the infinitive marker at `to` governed by a verb of doing within the clause before it? */
  factualInfinitive(sentence: Sentence, to: number): boolean {
    for (let k = to - 1; k >= Math.max(sentence.tokenStart, to - 12); k--) {
      const w = this.word(k);
      if (this.lex.factualInfinitive.has(w)) return true;
      if (w === ';' || w === ':' || (this.reportAt(k) > 0 && this.pos(k) === 'VERB')) return false;
    }
    return false;
  }

  /** Is there no preposition between a cue at k and a noun at i ("preparing new strikes" vs "pledged retribution for ... strike")? */
  nounGoverned(k: number, i: number): boolean {
    for (let j = k + 1; j < i; j++) if (this.pos(j) === 'ADP' && this.word(j) !== 'of') return false;
    return true;
  }

  /** Index of the first word token of a sentence (skipping whitespace tokens). */
  firstIndex(sentence: Sentence): number {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (hasWordCharacter(this.word(k))) return k;
    return sentence.tokenStart;
  }

  private firstWord(sentence: Sentence): string {
    return this.word(this.firstIndex(sentence));
  }

  /** Parses a number that ends at token `i` ("29", "1,000", "nine", "Forty-three", "a dozen", "both"). */
  numberEndingAt(i: number): { value: number; start: number } | null {
    const w = this.word(i);
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57 && /^\d[\d,]*$/.test(w)) {
      const value = Number(w.replace(/,/g, ''));
      return Number.isFinite(value) ? { value, start: i } : null;
    }
    const value = this.lex.numberWords.get(w);
    if (value === undefined) return null;
    if (value < 10 && this.word(i - 1) === '-' && this.lex.tens.has(this.word(i - 2))) {
      return { value: (this.lex.numberWords.get(this.word(i - 2)) ?? 0) + value, start: i - 2 };
    }
    if (value === 100) {
      const before = this.numberEndingAt(i - 1);
      if (before && before.value < 10) return { value: before.value * 100, start: before.start };
    }
    return { value, start: i };
  }

  /**
   * The numbers in front of a weapon mention: `count` is the number of the phrase ("24" in "13 of the
   * 24 Iranian-made Shahed drones"), `partitive` the part ("13"). Modifiers between number and name are skipped.
   */
  weaponCount(m: Mention): { count: number | null; partitive: number | null; negated: boolean } {
    let count: number | null = null;
    let k = m.tokenStart - 1;
    // 1. Walk left over modifiers ("air-launched", "Iranian-made", "Russian", quotes) to a number, within the
    //    mention's sentence (a date line's year before "Russian drones ..." is no count).
    const first = this.ctx.sentences[m.sentence]?.tokenStart ?? 0;
    for (let steps = 0; k >= first && steps < 7; k--, steps++) {
      // ("75 one-way attack drones": a number word glued by a hyphen to a word is a modifier, not a count.)
      const compound = this.word(k + 1) === '-' && k + 2 < m.tokenStart && !this.spacedDash(k + 1) && /^\p{L}+$/u.test(this.word(k + 2)) && !this.lex.numberWords.has(this.word(k + 2));
      const number = compound ? null : this.numberEndingAt(k);
      if (number) {
        count = number.value;
        k = number.start - 1;
        break;
      }
      const w = this.word(k);
      const pos = this.pos(k);
      const other = this.mention(k);
      if (other && this.isWeapon(other) && other !== m) return { count: null, partitive: null, negated: false };
      if (w === '-' && this.spacedDash(k)) break;
      // "after 3 a.m. drones hit": a clock time before the weapon counts nothing.
      if (this.lex.clockMark.has(w)) break;
      // "the single Iskander-K", "a lone Kinzhal": one ("not a single missile" is negated below).
      // ("the only missile Russia fired": one; "the only Patriot batteries" is a plural, no count.)
      if (this.lex.singleWords.has(w) && (this.word(k - 1) === 'the' || this.word(k - 1) === 'a') && !/[^s]s$/.test(this.word(m.tokenEnd - 1))) {
        count = this.word(k - 2) === 'not' ? null : 1;
        k--;
        break;
      }
      // ("17 attack unmanned aerial vehicles": an attack noun right between a number and the weapon is its modifier.)
      const modifier = k === m.tokenStart - 1 && !w.endsWith('s') && this.numberEndingAt(k - 1) !== null;
      if (w === '-' || w === '"' || w === "'" || pos === 'ADJ' || pos === 'PROPN' || (pos === 'NOUN' && (!this.lex.attackNoun.has(w) || modifier))) continue;
      if (pos === 'VERB' && this.word(k - 1) === '-') continue;
      // The first part of a hyphenated modifier: "fixed-wing", "sea-based".
      if (this.word(k + 1) === '-' && k + 1 < m.tokenStart) continue;
      if (other) continue;
      break;
    }
    // "The other two missiles were aimed at Okhtyrka": the rest of weapons told before, a part of them, not a count of
    // its own (lexicon remainderWords).
    if (count !== null && this.lex.remainderWords.has(this.word(k)) && this.word(k - 1) === 'the') return { count: null, partitive: count, negated: false };
    // 1b. A named system in apposition to a counted class: "17 drones of the Shahed type", "four missiles, all Kalibrs".
    if (count === null && !m.generic) count = this.appositionCount(m);
    // 2. A negative quantifier: "none of the missiles", "no drones", "not a single missile".
    let q = k;
    while (q >= 0 && (this.word(q) === 'the' || this.word(q) === 'these' || this.word(q) === 'those' || this.word(q) === 'single' || this.word(q) === 'a')) q--;
    const quantifier = this.word(q) === 'of' ? this.word(q - 1) : this.word(q);
    const negated = quantifier === 'none' || quantifier === 'no' || quantifier === 'not' || quantifier === 'neither';
    // 3. A partitive in front: "13 of the 24 ...", "87 of the missiles", "all ten", "more than 90".
    while (k >= 0 && (this.word(k) === 'the' || this.word(k) === 'these' || this.word(k) === 'those')) k--;
    if (this.word(k) === 'of') {
      const part = this.numberEndingAt(k - 1);
      // "every one of the Kh-101s", "each one of the 12": the whole, not a part of one.
      if (part && part.value === 1 && this.lex.distributives.has(this.word(part.start - 1))) return { count, partitive: null, negated };
      if (part) return { count, partitive: part.value, negated };
    }
    return { count, partitive: null, negated };
  }

  /**
   * The count of the class a named system stands in apposition to: "17 attack drones of the Shahed type" (the name
   * before "type"), "four missiles, all Kalibrs" (the name after ", all"); null otherwise.
   */
  private appositionCount(m: Mention): number | null {
    const s = m.tokenStart;
    let end = -1;
    if (this.typedWaveOf(m)) return null; // "120 drones of the Shahed type, together with decoys": the class counts the wave.
    if (this.word(m.tokenEnd) === 'type' && this.word(s - 1) === 'the' && this.word(s - 2) === 'of') end = s - 3;
    else if (this.word(s - 1) === 'all' && this.word(s - 2) === ',') end = s - 3;
    const whole = end >= 0 ? this.mention(end) : undefined;
    if (!whole || !this.isWeapon(whole) || !whole.generic || whole.tokenEnd !== end + 1) return null;
    const number = this.numberEndingAt(whole.tokenStart - 1);
    return number?.value ?? null;
  }

  /** Does a mixed wave continue at token `at`, after a typed class ("..., together with decoys"; `mixedWaveAt`)? */
  mixedWaveAfter(at: number): boolean {
    return mixedWaveAt(this.words, at, this.lex.waveJoiners, this.lex.typeNouns, (k) => {
      const m = this.mention(k);
      return m !== undefined && m.tokenStart === k && m.generic && this.lex.waveFillers.has(this.classSlug(m.entity));
    });
  }

  /** A state that names the weapon's user inside its phrase ("Russian missiles", "Russia's drones"). */
  weaponOwner(m: Mention): string | null {
    let counted = false;
    for (let k = m.tokenStart - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
      const other = this.mention(k);
      // "Russian missiles or drones": the owner of a coordinated weapon is the owner of the first.
      const w0 = this.word(k);
      if ((w0 === 'and' || w0 === 'or') && steps === 0) {
        const before = this.mention(k - 1);
        if (before && this.isWeapon(before)) return this.weaponOwner(before);
        return null;
      }
      // A subject pronoun ("it downs 4 missiles") is the actor of a verb, never an owner (only "its" is).
      if (other && other.kind === 'pronoun' && this.lex.verbSubjectPronouns.has(w0)) break;
      // A country before the count ("launched against Ukraine 519 drones") ends a prepositional phrase: no owner,
      // unless it is a possessive ("Russia's 40 missiles").
      if (other && other.type === 'Country' && counted && this.word(other.tokenEnd) !== "'s") break;
      if (other && other.type === 'Country' && !this.isOrigin(other)) return other.entity;
      if (other && other.type === 'Organisation') return this.countryOf(other.entity);
      const w = this.word(k);
      const pos = this.pos(k);
      if (pos === 'NUM') counted = true;
      if (other || w === '-' || w === "'s" || w === '"' || pos === 'ADJ' || pos === 'NUM' || pos === 'NOUN' || pos === 'PROPN') continue;
      if (pos === 'VERB' && this.word(k - 1) === '-') continue;
      break;
    }
    return null;
  }

  /**
   * Classes named by ellipsis before a generic mention: "cruise and ballistic missiles" also names
   * "cruise missile" (a gazetteer generic class `<word>-<head>`).
   */
  ellipticalClasses(m: Mention): string[] {
    if (!m.generic) return [];
    const head = this.classHead(m.entity);
    const out: string[] = [];
    let k = m.tokenStart - 1;
    while (k >= 1 && (this.word(k) === 'and' || this.word(k) === 'or' || this.word(k) === ',')) {
      const id = `${this.word(k - 1)}-${head}`;
      const entry = this.ctx.gazetteer?.get(id);
      if (!entry?.generic || this.mention(k - 1)) break;
      out.push(id);
      k -= 2;
    }
    return out;
  }

  /** A weapon reference for a mention in place. */
  weaponRef(m: Mention): WeaponRef {
    const { count, partitive, negated } = this.weaponCount(m);
    return { entity: m.entity, generic: m.generic, count, partitive, mention: m, owner: this.weaponOwner(m), negated };
  }

  /** Is the mention a definite or anaphoric generic ("the missiles", "both drones", "missiles of this type")? */
  isAnaphoricGeneric(m: Mention): boolean {
    if (!m.generic) return false;
    const after = `${this.word(m.tokenEnd)} ${this.word(m.tokenEnd + 1)} ${this.word(m.tokenEnd + 2)}`;
    if (after === 'of this type' || after === 'of that type' || after === 'of the type') return true;
    // "the missiles", "both drones", "the three missiles", "all four missiles" (a number needs "the" or "all").
    let quantified = false;
    for (let k = m.tokenStart - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
      const w = this.word(k);
      if (w === 'the' || w === 'both' || w === 'these' || w === 'those' || w === 'such') return true;
      if (w === 'all' && quantified) return true;
      if (this.pos(k) === 'ADJ') continue;
      const number = this.numberEndingAt(k);
      if (number && !quantified) {
        quantified = true;
        k = number.start;
        continue;
      }
      return false;
    }
    return false;
  }

  /** Is the mention a singular definite generic ("the missile", "the weapon")? */
  isSingularDefinite(m: Mention): boolean {
    const last = this.word(m.tokenEnd - 1);
    return m.generic && this.word(m.tokenStart - 1) === 'the' && !last.endsWith('s');
  }

  /**
   * Weapons an anaphor points back to: the most recent named weapons of the same class head in this sentence
   * (before `before`) or the three sentences before it.
   */
  resolveClassAnaphor(m: Mention, sentence: Sentence): Mention[] {
    const found = this.classAnaphorTarget(m, sentence);
    // "11 missiles. Of the missiles, four were Kalibrs, ... one was a KN-23. ... eight of the missiles": after a
    // breakdown of a counted whole into several named systems, the anaphor is the whole again.
    if (found.length === 1 && this.breakdownSince(m, found[0] as Mention, sentence)) return [];
    // "14 Kh-101 cruise missiles and eight Iskander-M ballistic missiles ... Eighteen of the missiles": a plural
    // anaphor of the head after named systems of that head listed together is the whole they make up.
    const named = found[0];
    if (found.length !== 1 || !named) return found;
    // "138 attack drones, most of them Shaheds ... 104 of the drones": a kind named as a part of a counted class, in
    // apposition to it, leaves the anaphor to the class.
    // ("176 drones of the Shahed type and of other types ... 139 of the drones": so does a type of a mixed wave.)
    const whole = this.partAppositionOf(named) ?? this.typedWaveOf(named);
    if (whole && this.classHead(whole.entity) === this.classHead(m.entity)) return [whole];
    const listed = this.listedTogether(named, this.classHead(m.entity));
    if (listed.length > 1 && this.word(m.tokenEnd - 1).endsWith('s') && this.classSlug(m.entity) === this.classHead(m.entity)) return listed;
    // "three ballistic missiles, Iskander-M or KN-23 ... two of the missiles": names given as alternatives leave the
    // type open, so the anaphor is the counted class they stand in apposition to (else the first name).
    if (!listed.some((l) => l.entity === named.entity)) {
      const first = listed.filter((l) => l.tokenEnd <= named.tokenStart).pop();
      const before = first && this.word(first.tokenStart - 1) === ',' ? this.mention(first.tokenStart - 2) : undefined;
      if (before && this.isWeapon(before) && before.generic && this.numberEndingAt(before.tokenStart - 1) !== null) return [before];
      if (first) return [first];
    }
    return found;
  }

  /**
   * The counted class that a named system stands in apposition to as a part of it ("138 attack drones, most of them
   * Shaheds", ", mostly Shaheds", ", among them Shaheds"; lexicon partApposition), or undefined.
   */
  private partAppositionOf(named: Mention): Mention | undefined {
    let k = named.tokenStart - 1;
    let words = 0;
    while (k > 0 && words < 4 && this.lex.partApposition.has(this.word(k))) {
      k--;
      words++;
    }
    if (words === 0 || this.word(k) !== ',') return undefined;
    const before = this.mention(k - 1);
    return before && this.isWeapon(before) && before.generic && this.numberEndingAt(before.tokenStart - 1) !== null ? before : undefined;
  }

  /**
   * The counted class whose mixed wave a named type is one part of ("120 drones of the Shahed type, together with
   * decoys"; `mixedWaveAfter`), or undefined.
   */
  private typedWaveOf(named: Mention): Mention | undefined {
    const s = named.tokenStart;
    if (this.word(s - 1) !== 'the' || this.word(s - 2) !== 'of') return undefined;
    // (The type noun follows the name, or ends its mention: "Shahed type" may be one alias.)
    const typeEnd = this.lex.typeNouns.has(this.word(named.tokenEnd)) ? named.tokenEnd + 1 : this.lex.typeNouns.has(this.word(named.tokenEnd - 1)) ? named.tokenEnd : -1;
    if (typeEnd < 0 || !this.mixedWaveAfter(typeEnd)) return undefined;
    const before = this.mention(s - 3);
    return before && this.isWeapon(before) && before.generic && this.numberEndingAt(before.tokenStart - 1) !== null ? before : undefined;
  }

  /** The named systems of class head `head` told in the sentence of `named`, `named` among them, in text order. */
  private listedTogether(named: Mention, head: string): Mention[] {
    const sentence = this.ctx.sentences[this.ctx.tokens[named.tokenStart]?.sentence ?? -1];
    if (!sentence) return [named];
    const listed: Mention[] = [];
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      const other = this.mention(k);
      if (!other) continue;
      k = other.tokenEnd - 1;
      if (!this.isWeapon(other) || other.generic || !(this.classHead(other.entity) === head || this.lastWordHead(other) === head) || listed.some((l) => l.entity === other.entity)) continue;
      // "Iskander-M or the North Korean KN-23": another name for the same weapons is no other system.
      const previous = listed[listed.length - 1];
      if (previous && this.words.slice(previous.tokenEnd, other.tokenStart).includes('or')) continue;
      listed.push(other);
    }
    return listed;
  }

  /** Is there, before `named`, a counted generic of `m`'s own class with another named system of its head between? */
  private breakdownSince(m: Mention, named: Mention, sentence: Sentence): boolean {
    const head = this.classHead(m.entity);
    const first = this.ctx.sentences[Math.max(0, sentence.index - 3)]?.tokenStart ?? 0;
    const systems = new Set<string>([named.entity]);
    for (let k = named.tokenStart - 1; k >= first; k--) {
      const other = this.mention(k);
      if (!other || !this.isWeapon(other)) continue;
      k = other.tokenStart;
      if (!other.generic) {
        if (this.classHead(other.entity) === head) systems.add(other.entity);
        continue;
      }
      if (other.entity === m.entity && !this.isClassNounOfNamed(other) && this.numberEndingAt(other.tokenStart - 1) !== null) return systems.size >= 2;
    }
    return false;
  }

  private classAnaphorTarget(m: Mention, sentence: Sentence): Mention[] {
    const head = this.classHead(m.entity);
    const anyClass = head === 'weapon' || head === '';
    const specific = this.classSlug(m.entity) !== head;
    const first = this.ctx.sentences[Math.max(0, sentence.index - 3)]?.tokenStart ?? 0;
    for (let k = m.tokenStart - 1; k >= first; k--) {
      const other = this.mention(k);
      if (!other || other === m || !this.isWeapon(other)) continue;
      k = other.tokenStart;
      if (other.generic) {
        if (this.classHead(other.entity) !== head && !anyClass) continue;
        // "ballistic missiles ... Four such missiles": "such" names the kind told before, a narrower class of its head.
        if (this.word(m.tokenStart - 1) === 'such' && !specific && this.classSlug(other.entity) !== head && !this.isClassNounOfNamed(other)) return [other];
        // "Vilkha missiles": the class noun names the class of the named system before it.
        if (this.isClassNounOfNamed(other)) {
          let named: Mention | null = null;
          for (let j = other.tokenStart - 1; j >= first && named === null; j--) {
            const n = this.mention(j);
            if (n && this.isWeapon(n) && !n.generic) named = n;
          }
          // "40 cruise missiles and eight Iskander missiles. ... three of the cruise missiles": an anaphor of a
          // narrower class ("cruise missile") skips a named system of another class of the same head.
          if (named && specific && this.classSlug(named.entity) !== this.classSlug(m.entity)) {
            k = named.tokenStart;
            continue;
          }
          if (named) return [named];
        }
        return [];
      }
      // A narrower class ("the cruise missiles") names only a system of that class, not any of its head.
      if (specific && this.classSlug(other.entity) !== this.classSlug(m.entity)) continue;
      if (anyClass || this.classHead(other.entity) === head || this.lastWordHead(other) === head) return [other];
    }
    return [];
  }

  /** The singular of a mention's last word ("Vilkha missiles" -> "missile"). */
  lastWordHead(m: Mention): string {
    const w = this.word(m.tokenEnd - 1);
    return w.endsWith('s') ? w.slice(0, -1) : w;
  }

  /**
   * Does the sentence only tell what weapons something was made of ("Most were Shahed drones; the rest were Gerbera
   * decoys", "Mostly Shaheds, plus a few Gerberas"): no figure of its own, no verb but "be", and a word of a part
   * (lexicon vagueParts, remainderWords, or an adverb of partApposition: "mostly", "mainly")?
   */
  private compositionOnly(sentence: Sentence, refs: readonly WeaponRef[]): boolean {
    if (refs.some((r) => r.count !== null || r.partitive !== null)) return false;
    let part = false;
    // (What follows the last weapon may describe it: "the rest were Gerbera decoys meant to soak up fire".)
    const end = Math.max(...refs.map((r) => r.mention?.tokenEnd ?? sentence.tokenEnd));
    for (let k = sentence.tokenStart; k < end; k++) {
      const w = this.word(k);
      if (this.pos(k) === 'NUM' && !this.mention(k)) return false;
      if ((this.pos(k) === 'VERB' || this.pos(k) === 'AUX') && !this.lex.beForms.has(w)) return false;
      if (this.lex.vagueParts.has(w) || this.lex.remainderWords.has(w) || (w.endsWith('ly') && this.lex.partApposition.has(w))) part = true;
    }
    return part;
  }

  /** The counted generic class, of the head of `parts`, in the three sentences before sentence `index`, if any. */
  private countedWholeBefore(index: number, parts: readonly WeaponRef[]): WeaponRef | undefined {
    const heads = new Set(parts.map((p) => this.classHead(p.entity)));
    if (heads.size !== 1) return undefined;
    for (let s = index - 1; s >= Math.max(0, index - 3); s--) {
      const previous = this.ctx.sentences[s];
      if (!previous) continue;
      const refs = this.weaponsIn(previous.tokenStart, previous.tokenEnd);
      if (refs.length === 0) continue;
      return refs.find((r) => r.generic && r.count !== null && heads.has(this.classHead(r.entity)));
    }
    return undefined;
  }
  /**
   * "728 Shahed and decoy drones", "90 Shahed-type attack drones and imitator drones": a count before a named system
   * coordinated with an uncounted class of the same head noun counts the whole phrase, that is the head class
   * ("drone"), as the Air Force's tallies count them together; the name gets no count of its own, and the narrower
   * class ("decoy drones") only says what the whole was made of: it is no weapon of its own.
   */
  sharedClassCount(weapons: WeaponRef[]): WeaponRef[] {
    let out: WeaponRef[] | null = null;
    for (let i = 0; i + 1 < weapons.length; i++) {
      const a = weapons[i] as WeaponRef;
      const b = weapons[i + 1] as WeaponRef;
      const whole = this.coordinatedNamesClass(a, b);
      if (whole !== null) {
        // "86 Shahed and Gerbera drones": the count is the class noun's that both names modify; the names get none.
        out ??= weapons.slice();
        const at = out.indexOf(a);
        out.splice(at, 1, { ...b, entity: whole, generic: true, count: a.count }, { ...a, count: null });
        continue;
      }
      if (a.generic || !b.generic || a.count === null || b.count !== null || a.partitive !== null || !a.mention || !b.mention) continue;
      const head = this.classHead(b.entity);
      // The name may carry its class noun ("Shahed-type attack drones") before the "and".
      let end = a.mention.tokenEnd;
      const classNoun = this.mention(end);
      if (classNoun && this.isWeapon(classNoun) && classNoun.generic && classNoun !== b.mention) end = classNoun.tokenEnd;
      else {
        let k = end;
        while (k < end + 2 && !this.mention(k) && (this.pos(k) === 'NOUN' || this.pos(k) === 'ADJ') && this.word(k) !== 'and' && this.word(k) !== 'or') k++;
        if (k > end && this.word(k - 1).replace(/s$/, '') === head) end = k;
      }
      const joiner = this.word(end);
      if ((joiner !== 'and' && joiner !== 'or') || b.mention.tokenStart !== end + 1) continue;
      if (!head || this.classHead(a.entity) !== head || b.entity === head || !this.ctx.gazetteer.get(head)?.generic) continue;
      // The counted whole goes first: "Of these, 60 were shot down" refers back to it.
      out ??= weapons.slice();
      out[i] = { ...a, count: null };
      out.splice(i, 0, { ...b, entity: head, count: a.count });
      out.splice(i + 2, 1);
    }
    return out ?? weapons;
  }

  /**
   * "86 Shahed and Gerbera drones", "12 Kalibr and Kh-101 missiles": a counted name joined by "and" (not "or": names
   * given as alternatives are one weapon) to another
   * name of the same class head, the plural class noun after the second modifying both: the class noun's mention (a
   * generic of the gazetteer): its entity, or null.
   */
  private coordinatedNamesClass(a: WeaponRef, b: WeaponRef): string | null {
    if (a.generic || b.generic || a.count === null || b.count !== null || a.partitive !== null || !a.mention || !b.mention) return null;
    const joiner = this.word(a.mention.tokenEnd);
    if (joiner !== 'and' || b.mention.tokenStart !== a.mention.tokenEnd + 1) return null;
    const head = this.classHead(a.entity);
    if (!head || this.classHead(b.entity) !== head) return null;
    // The class noun is a mention of its own after the second name, or the last word of its mention ("Gerbera drones").
    const noun = this.mention(b.mention.tokenEnd);
    if (noun && this.isWeapon(noun) && noun.generic && this.classHead(noun.entity) === head && this.word(noun.tokenEnd - 1).endsWith('s')) {
      return this.ctx.gazetteer.get(noun.entity)?.generic ? noun.entity : null;
    }
    const last = this.word(b.mention.tokenEnd - 1);
    return b.mention.tokenEnd - b.mention.tokenStart > 1 && last.endsWith('s') && this.lastWordHead(b.mention) === head && this.ctx.gazetteer.get(head)?.generic ? head : null;
  }

  /** Weapons of the nearest earlier sentence that has any (platforms after "from"/"by" excluded). */
  previousWeapons(sentence: Sentence, before: number): WeaponRef[] {
    // 1. Same sentence, before the anaphor's clause (the subject of "X downed dozens of them" is not "them").
    const same = this.weaponsIn(sentence.tokenStart, Math.min(before, this.clauseStart(sentence, before)));
    if (same.length > 0) return this.sharedClassCount(same);
    // 2. Up to three sentences back. A sentence that only tells what a counted whole was made of ("Most were Shaheds;
    //    the rest were decoys") leaves a later bare count with the whole told before it.
    let parts: WeaponRef[] = [];
    for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - 3); s--) {
      const previous = this.ctx.sentences[s];
      if (!previous) continue;
      const refs = this.weaponsIn(previous.tokenStart, previous.tokenEnd);
      if (refs.length === 0) continue;
      if (parts.length === 0 && refs.every((r) => r.mention !== null && this.compositionPart(r.mention))) {
        parts = refs;
        continue;
      }
      if (parts.length > 0 && !refs.some((r) => r.generic && r.count !== null)) return parts;
      // "Mostly X, plus Y. N of them were destroyed": a sentence that only tells what a counted whole was made of
      // leaves the anaphor to the whole told before it.
      const whole = this.compositionOnly(previous, refs) ? this.countedWholeBefore(s, refs) : undefined;
      return whole ? [whole] : this.sharedClassCount(refs);
    }
    return parts;
  }

  /**
   * Is the weapon the complement of a part of a whole told before ("Most were Shaheds", "the rest were decoys",
   * "some were Gerberas"): a form of "be" right before it, a part word (lexicon vagueParts, remainderWords) before that?
   */
  compositionPart(m: Mention): boolean {
    if (!this.lex.beForms.has(this.word(m.tokenStart - 1))) return false;
    const part = this.word(m.tokenStart - 2);
    return this.lex.vagueParts.has(part) || this.lex.remainderWords.has(part);
  }



  /** Weapon refs of a token range, skipping class nouns of named systems and launch platforms. */
  weaponsIn(from: number, to: number): WeaponRef[] {
    const out: WeaponRef[] = [];
    for (let i = from; i < to; i++) {
      const m = this.mention(i);
      if (!m || m.tokenStart !== i || !this.isWeapon(m)) continue;
      if (this.isClassNounOfNamed(m) || this.isPlatform(m)) continue;
      if (this.isDefenceClass(m) || this.isPlatformClass(m.entity) || this.isPredicateNominal(m)) continue;
      out.push(this.weaponRef(m));
      for (const id of this.ellipticalClasses(m)) out.push({ ...this.weaponRef(m), entity: id, count: null, partitive: null });
    }
    return out;
  }

  /** A weapon after "from"/"by"/"over" ("from Tu-95 bombers") is a platform or a defender, not an argument. */
  isPlatform(m: Mention, options: { agentIsArgument?: boolean } = {}): boolean {
    // "missiles fitted with banned cluster warheads": a component, not a weapon of its own.
    for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 4); k--) {
      if (this.word(k) === 'with' && (this.at(this.lex.componentCues, k - 1) > 0)) return true;
    }
    let number = false;
    for (let k = m.tokenStart - 1, steps = 0; k >= 0 && steps < 7; k--, steps++) {
      const w = this.word(k);
      // A particle right after a verb is no preposition: "warded off 14 drones", "fired off 11 missiles" ("off the coast").
      if (this.lex.platformPrepositions.has(w) && !(this.lex.particle.has(w) && this.pos(k - 1) === 'VERB')) return !(options.agentIsArgument && w === 'by');
      if (w === 'with' && (this.at(this.lex.componentCues, k - 1) > 0 || this.at(this.lex.componentCues, k - 2) > 0)) return true;
      if (this.at(this.lex.componentCues, k) > 0) return true;
      const pos = this.pos(k);
      if (pos === 'NUM') number = true;
      if ((w === 'and' || w === 'or') && !number && !this.mention(k - 1)) continue;
      if (pos === 'NUM' || pos === 'ADJ' || pos === 'DET' || w === '-' || w === 'around' || w === 'about') continue;
      if ((pos === 'NOUN' || pos === 'PROPN') && !this.mention(k)) continue;
      return false;
    }
    return false;
  }

  /**
   * Does a named actor stand right before token i ("Ukraine downs 30 drones" in a headline, where the tagger
   * may read the verb as a noun)? Possessives and demonyms do not count.
   */
  afterActor(i: number): boolean {
    const before = this.mention(i - 1);
    return !!before && this.isActor(before) && before.kind !== 'demonym' && before.kind !== 'pronoun' && this.word(i - 1) !== "'s";
  }

  /** "it downs", "they fire": a word right after a subject pronoun is a verb, whatever the tagger said (headlines). */
  afterSubjectPronoun(i: number): boolean {
    return this.lex.verbSubjectPronouns.has(this.word(i - 1));
  }

  /** "air defences neutralised 30 drones": a word right after an air-defence subject is its verb, whatever the tagger said. */
  afterDefence(i: number): boolean {
    const before = this.mention(i - 1);
    return !!before && this.isWeapon(before) && this.isDefenceClass(before);
  }

  /** "The Kinzhal is an air-launched ballistic missile": a class named in a definition, not a weapon in use. */
  isPredicateNominal(m: Mention): boolean {
    for (let k = m.tokenStart - 1, steps = 0; k >= 1 && steps < 5; k--, steps++) {
      const w = this.word(k);
      if (w === 'a' || w === 'an') return this.lex.beForms.has(this.word(k - 1));
      if (this.pos(k) !== 'ADJ' && this.pos(k) !== 'NOUN' && w !== '-' && !(this.pos(k) === 'VERB' && this.word(k - 1) === '-')) return false;
    }
    return false;
  }

  /** The weapon whose phrase ends at token k ("Kh-101 [cruise missiles]" when the class words are not in the mention). */
  weaponEndingAt(k: number): Mention | undefined {
    for (let j = k, steps = 0; j >= 0 && steps < 3; j--, steps++) {
      const m = this.mention(j);
      if (m) return this.isWeapon(m) ? m : undefined;
      if (this.pos(j) !== 'NOUN' && this.pos(j) !== 'ADJ') return undefined;
    }
    return undefined;
  }

  /** Is token i the beginning of a pronoun ("it", "they", ...) that no mention covers? */
  bareProunoun(i: number): boolean {
    return this.lex.barePronouns.has(this.word(i)) && !this.mention(i);
  }

  /** Is token i part of a noun phrase (for the bounded NP walks)? */
  npToken(i: number): boolean {
    const pos = this.pos(i);
    const w = this.word(i);
    if (this.mention(i)) return true;
    if (w === "'s" || w === '-' || w === '"' || w === "'") return !(w === '-' && this.spacedDash(i));
    if (pos === 'VERB' && this.word(i - 1) === '-') return true;
    return NP_POS.has(pos) || (pos === 'PRON' && (w === 'its' || w === 'their' || w === 'his' || w === 'her' || w === 'our'));
  }

  /** Nearest earlier actor mention in the document (for unresolved pronouns). */
  lastActorBefore(i: number, minSentence: number): Mention | undefined {
    const start = this.ctx.sentences[minSentence]?.tokenStart ?? 0;
    for (let k = i - 1; k >= start; k--) {
      const m = this.mention(k);
      if (this.isActor(m) && m.kind !== 'demonym') return m;
    }
    return undefined;
  }
}
