/**
 * Types of the event model: the narrow input it reads (text, dates, sentences, tokens, mentions and the relations
 * as stated per sentence, all through `EventInput`, so that the pipeline's layers can change behind it), and the
 * event records it writes, the `events` layer of the extraction context (../context.ts).
 */
import type { ClosedRelation, Mention, Sentence, Token } from '../layers.ts';
import type { Lexicon } from '../lexicon.ts';
import type { Span, WeaponLine } from '../types.ts';
import type { EntityType, EventKind } from '../../domain/index.ts';

/** What the event model reads of one processed document. */
export interface EventInput {
  text: string;
  /** The publication date of the document metadata (ISO), or null. */
  published: string | null;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  /** Mentions sorted by start (pronouns and descriptions resolved to their entity). */
  mentions: readonly Mention[];
  /** launched / intercepted / targeted relations as stated in each sentence (sides closed), in sentence order. */
  relations: readonly ClosedRelation[];
  /** The word lists in use (the event model reads `claimVerbs`, `claimantNouns`, `claimSpeakerGap`). */
  lexicon: Lexicon;
  /** The opponent of a belligerent side ("russia" -> "ukraine"), or null for a third party. */
  opponentOf(side: string): string | null;
  /** The state an entity belongs to (itself for a country), or null. */
  countryOf(key: string): string | null;
  /** The entity type of a key, when known. */
  typeOf(key: string): EntityType | null;
  /** True for a generic weapon class ("drone"). */
  isGeneric(key: string): boolean;
  /** The head noun of a weapon's class ("missile", "drone"; "" when unknown). */
  classHead(key: string): string;
  /**
   * True for a generic class that is its own head ("drone", "missile") or a role of it ("attack drone", lexicon
   * roleClasses), not a kind of it ("cruise missile").
   */
  isBareClass(key: string): boolean;
  /** The class of a weapon as a slug: a generic class itself ("cruise-missile"), a named system's class ("Kh-101" -> "cruise-missile"); "" when unknown. */
  classSlug(key: string): string;
  /** The value of a number token ("18", "1,200", "eighteen"), or null. */
  numberValue(word: string): number | null;
}

/** The figures one claimant gave for one event, with the sentences that give them. */
export interface ClaimRecord {
  /** Entity key of the claimant; null when the article states the figures itself. */
  claimedBy: string | null;
  weapons: WeaponLine[];
  evidence: Span[];
}

/** An event of one document, as the events step writes it into the context (spans, not text). */
export interface EventRecord {
  kind: EventKind;
  date: string | null;
  attacker: string;
  claimedBy: string[];
  weapons: WeaponLine[];
  targets: string[];
  /** Sentence spans, in document order. */
  evidence: Span[];
  claims: ClaimRecord[];
  /** The index of the first sentence that states each weapon line (for relations the lines imply). */
  lineSentence: ReadonlyMap<string, number>;
  /** The weapons whose interception figure a tally line gives ("Kalibr: 5, 4 downed"), for the relations it implies. */
  talliedDowns: ReadonlySet<string>;
  /** The class lines that count a mixed wave read on a kind by the relations ("115 attack drones, Shaheds and decoys"). */
  waveLines: ReadonlySet<string>;
}
