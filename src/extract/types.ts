/**
 * Types of the extract stage and the output contract of `newsgraph extract`.
 * The contract (`DocumentExtraction`) is relied on by other tools: change it only with a format bump.
 * Entity types and predicates are the domain's (src/domain).
 */

import type { EntityType, EventKind, Predicate } from '../domain/index.ts';

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

/** What one event says about one weapon: how many were launched and how many intercepted (null when not stated). */
export interface WeaponLine {
  /** `ExtractedEntity.id` of the weapon (a named system or a generic class). */
  weapon: string;
  launched: number | null;
  intercepted: number | null;
}

/**
 * The figures one claimant gave for an event ("the air force said ..."): kept apart so that two sides' accounts of
 * one night are never summed, and so that a cross-article merge can list every report with its own numbers.
 */
export interface EventClaim {
  /** `ExtractedEntity.id` of who stated the figures; null when the article states them itself. */
  claimedBy: string | null;
  weapons: WeaponLine[];
  /** The sentences that give this claimant's figures. */
  evidence: Evidence[];
}

/**
 * One air attack or air-defence action reported by a document (GUIDELINES.md "Events"). `weapons` holds one line per
 * weapon with the event's figures (each number from the first claim that states it); `claims` holds each claimant's
 * own figures. Entity fields are `ExtractedEntity.id`s.
 */
export interface ExtractedEvent {
  /** `<document id>#e<n>`, unique within a corpus. */
  id: string;
  kind: EventKind;
  /** The day the attack took place (an overnight attack: the morning it ended), ISO `YYYY-MM-DD`; null when the article does not tell. */
  date: string | null;
  attacker: string | null;
  claimedBy: string[];
  weapons: WeaponLine[];
  targets: string[];
  /** Every sentence that contributes to the event, in document order. */
  evidence: Evidence[];
  claims: EventClaim[];
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
  /** Events, in order of first evidence. */
  events: ExtractedEvent[];
}
