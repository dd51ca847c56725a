/**
 * The working state of extraction for one document, passed through the ordered steps of the pipeline.
 * Steps read what earlier steps wrote and add their own layer: sentences/tokens -> mentions -> relation candidates.
 * Mentions are spans into `doc.text`, never copies of it.
 */
import type { Document } from '../ingest/types.ts';
import type { Span } from './types.ts';
import type { EntityType, Predicate } from '../domain/index.ts';
import type { GazetteerEntry } from '../domain/gazetteer/types.ts';

/** Read-only view of the gazetteer that steps can consult (added for the relation rules: `country`, `class`, ...). */
export interface GazetteerLookup {
  /** The entry with this id, if any. */
  get(id: string): GazetteerEntry | undefined;
  /** Every entry, in file order. */
  readonly entries: readonly GazetteerEntry[];
}

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

/** A relation found by a rule, before it is turned into the output contract. */
export interface RelationCandidate {
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
  rule: string;
}

/** Everything the steps share for one document. */
export interface ExtractContext {
  doc: Document;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  relations: RelationCandidate[];
  /** The gazetteer in use (added field). */
  gazetteer: GazetteerLookup;
  /** Labels and types of entity keys that are not gazetteer ids (added field). */
  entityInfo: Map<string, EntityInfo>;
}

/** One named step of the extraction pipeline. */
export interface ExtractStep {
  id: string;
  run(context: ExtractContext): void;
}
