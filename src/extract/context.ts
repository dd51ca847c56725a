/**
 * The working state of extraction for one document, passed through the ordered steps of the pipeline
 * (steps/index.ts). Every piece of state is a named layer of the context, written by one step and read by the
 * steps after it; no step keeps state of its own between steps, so any step can be run alone on a context that
 * the steps before it prepared (`stepsBefore` in index.ts).
 *
 *   layer        written by             what
 *   tokens       01-tokens              tokens with offsets and POS tags
 *   sentences    01-tokens              sentences (token and character ranges)
 *   lexemeIds    01-tokens              lexeme id per token (for memo tables keyed by token text)
 *   tokenKeys    02-gazetteer           folded key of each token (the gazetteer matcher's form)
 *   mentions     02-05                  spans that name an entity, with the entity key
 *   entityInfo   03-names, 04-generic   labels and types of keys that are not gazetteer ids
 *   syntax       09-syntax              the shallow syntactic layer: chunks, verb groups, frames, clauses, quotes
 *   view         10-relation-view       per-token and per-sentence indexes the relation rules scan
 *   candidates   11-16 (the rules)      relation candidates, sides possibly open, with rule id, trigger and cues
 *   decisions    17-decide              every candidate with its features, score and verdict (kept or dropped)
 *   roles        18-roles               the document's attacker and defender, launchers, quotation speakers
 *   relations    19-close-sides         closed relations, one per (predicate, subject, object)
 *                20-events              + a launched relation for each event weapon line the rules missed
 *   statedRelations 19-close-sides      every closed relation as stated in its sentence, before the dedup
 *   events       20-events              the document's events (spans, not text)
 */
import type { ClosedRelation, MentionLayers } from './layers.ts';
import type { DocView } from './relations/view.ts';
import type { RelationCandidate } from './relations/candidates.ts';
import type { EventRecord } from './events/types.ts';
import type { SyntaxLayer } from './syntax/index.ts';
import type { Decision } from './relations/decision.ts';
import type { DocumentRoles } from './relations/roles.ts';

export type { ClosedRelation, EntityInfo, Mention, MentionKind, MentionLayers, Sentence, Token } from './layers.ts';
export type { RelationCandidate } from './relations/candidates.ts';

/** Everything the steps share for one document: the inputs and the layers (see the file banner). */
export interface ExtractContext extends MentionLayers {
  /**
   * The lexeme id of each token: one per distinct wink lexeme, numbered in the order first met (see step 01), -1 for
   * a token looked up by word; null when the tokens did not come from step 01.
   */
  lexemeIds: Int32Array | null;
  /** Folded key of each token (empty until step 02). */
  tokenKeys: string[];
  /** The shallow syntactic layer (null until step 09). */
  syntax: SyntaxLayer | null;
  /** The relation view over tokens and mentions (null until step 10). */
  view: DocView | null;
  /** Relation candidates emitted by the rules, in emission order. */
  candidates: RelationCandidate[];
  /** Every candidate with its features, score and verdict (step 17), in emission order. */
  decisions: Decision[];
  /** The document-level roles (null until step 18). */
  roles: DocumentRoles | null;
  /** Closed relations of the document. */
  relations: ClosedRelation[];
  /**
   * Every relation as stated in its sentence, sides closed, before the per-document dedup of `relations` (in
   * sentence order): what the event model reads (two nights, two claimants, a count and its partitive whole).
   */
  statedRelations: ClosedRelation[];
  /** Events of the document, built from the stated relations (step 20, see ./events). */
  events: EventRecord[];
}

/** One named step of the extraction pipeline. */
export interface ExtractStep<Id extends string = string> {
  /** Numbered id (`11-launched`): the order of the list, read top to bottom. */
  readonly id: Id;
  run(context: ExtractContext): void;
}

/** Declares a step, keeping its id as a literal type (so step ids form a union). */
export function defineStep<const Id extends string>(id: Id, run: (context: ExtractContext) => void): ExtractStep<Id> {
  return { id, run };
}

/** The relation view of the context; throws when step 10 has not run (a step run out of order). */
export function viewOf(context: ExtractContext): DocView {
  if (context.view === null) throw new Error('extract: the relation view layer is empty; expected step 10-relation-view to run before the relation rules');
  return context.view;
}
