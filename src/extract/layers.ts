/**
 * The data layers of extraction that every step may read: tokens and sentences (step 01), mentions and the labels
 * of recognised names (steps 02-05), the closed relations (step 19), and the read-only resources a document is
 * extracted with (the gazetteer index, the lexicon). Mentions are spans into `doc.text`, never copies of it.
 * The context that holds them (with the layers of the relation steps) is `ExtractContext` in context.ts.
 */
import type { Document } from '../ingest/types.ts';
import type { Span } from './types.ts';
import type { EntityType, Predicate } from '../domain/index.ts';
import type { Gazetteer } from '../domain/gazetteer/index.ts';
import type { Lexicon } from './lexicon.ts';
import type { RuleId } from './relations/registry.ts';

/** What the pipeline knows about an entity key that has no gazetteer entry (a recognised name or a generic class). */
export interface EntityInfo {
  label: string;
  type: EntityType;
  generic: boolean;
}

/** A token with its offsets into `doc.text`. */
export interface Token {
  /** Surface text as in the document. */
  text: string;
  /** Lower-cased, normalised form (curly quotes straightened). */
  normal: string;
  start: number;
  end: number;
  /** Universal POS tag from the NLP library (NOUN, PROPN, VERB, NUM, ...). */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A sentence: a range of tokens and of characters. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the first token and one past the last token in `ExtractContext.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * How a mention names its entity:
 * name (a full or partial proper name), demonym ("Russian"), capital ("Moscow" standing for Russia),
 * description ("the ministry", "the president"), pronoun ("he", "it"), generic (a weapon class).
 */
export type MentionKind = 'name' | 'demonym' | 'capital' | 'description' | 'pronoun' | 'generic';

/** A span of text that refers to an entity. */
export interface Mention extends Span {
  /** Index in `ExtractContext.mentions` (mentions are kept sorted by start). */
  id: number;
  sentence: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  kind: MentionKind;
  /** Key of the entity this mention resolves to: a gazetteer id, or `<type>:<slug>` for names not in the gazetteer. */
  entity: string;
  /** True when the entity is a generic weapon class. */
  generic: boolean;
}

/**
 * A relation whose sides are closed to entity keys (step 19), one per (predicate, subject, object) of a document,
 * before it is turned into the output contract.
 */
export interface ClosedRelation {
  predicate: Predicate;
  /** Entity keys (as `Mention.entity`). */
  subject: string;
  object: string;
  count: number | null;
  addressee: string[] | null;
  sentence: number;
  /** Span of the evidence (the sentence, or the shortest span that states the relation). */
  evidence: Span;
  /** Id of the rule that produced it, for `--explain` and tests. */
  rule: RuleId;
  /**
   * A statement of `statedRelations` kept for the event model only (a place hit only by debris): it anchors and groups
   * the attack it fell from but names no target (GUIDELINES.md: not where debris fell). Absent on relations.
   */
  eventOnly?: true;
}

/**
 * The inputs and the mention layer of one document: what the relation view (step 10) is built from.
 * `ExtractContext` extends it with the layers of the relation steps.
 */
export interface MentionLayers {
  readonly doc: Document;
  /** The gazetteer in use: its entries, lookups and the trie the mention steps match with. */
  readonly gazetteer: Gazetteer;
  /** The compiled word lists of ontology/lexicon in use. */
  readonly lexicon: Lexicon;
  /** Step 01: tokens of `doc.text` (whitespace dropped). */
  tokens: Token[];
  /** Step 01: sentences (wink's, split again at line breaks). */
  sentences: Sentence[];
  /** Steps 02-05: mentions, sorted by start (then longest first), `id` = index. */
  mentions: Mention[];
  /** Steps 03-04: labels and types of entity keys that are not gazetteer ids. */
  entityInfo: Map<string, EntityInfo>;
}
