/**
 * Types of the extract stage and the output contract of `newsgraph extract`.
 * The contract (`DocumentExtraction`) is relied on by other tools: change it only with a format bump.
 * Entity types and predicates are the domain's (src/domain).
 */

import type { EntityType, Predicate } from '../domain/index.ts';

/** A half-open character range `[start, end)` into `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Evidence of a relation: the sentence (or shortest span) that states it, with its offsets. */
export interface Evidence extends Span {
  text: string;
}

/** An entity of one document, after within-document resolution. */
export interface ExtractedEntity {
  /** Canonical key, stable across documents: `<type>:<slug>` or the gazetteer id. */
  id: string;
  label: string;
  type: EntityType;
  /** Every surface form seen in the document (and known spelling variants). */
  aliases: string[];
  /**
   * The surface forms this document itself used for the entity, in the order first seen (a subset of `aliases`).
   * Absent in extractions of older versions: readers then take `aliases`.
   */
  forms?: string[];
  /** True for generic weapon classes ("cruise missile", "drone"). */
  generic: boolean;
  /** Wikidata QID ("Q159") when known. */
  wikidata: string | null;
}

/** A relation of one document. Subject, object and addressees are `ExtractedEntity.id`s. */
export interface ExtractedRelation {
  subject: string;
  predicate: Predicate;
  object: string;
  count: number | null;
  addressee: string[] | null;
  evidence: Evidence;
}

/** Metadata of a document as it appears in the output contract. */
export interface DocumentMeta {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
}

/** The output of `newsgraph extract` for one document (written as `<out>/<id>.json`). */
export interface DocumentExtraction {
  document: DocumentMeta;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
