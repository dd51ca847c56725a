/**
 * Types of the event model: the narrow input it reads (text, dates, sentences, tokens, mentions and the relations
 * as stated per sentence, all through `EventInput`, so that the pipeline's layers can change behind it). The event
 * records it writes are a layer of the extraction context (`EventRecord` in ../context.ts).
 */
import type { Mention, RelationCandidate, Sentence, Token } from '../context.ts';
import type { EntityType } from '../../domain/index.ts';

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
  relations: readonly RelationCandidate[];
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
  /** True for a generic class that is its own head ("drone", "missile"), not a kind of it ("attack drone"). */
  isBareClass(key: string): boolean;
  /** The value of a number token ("18", "1,200", "eighteen"), or null. */
  numberValue(word: string): number | null;
}

export type { ClaimRecord, EventRecord } from '../context.ts';
