/**
 * Types of the gazetteer: known entities kept as data in ontology/gazetteer/*.json.
 * An entry is a fact (a name, its aliases, its Wikidata id), never a rule.
 */
import type { EntityType } from '../entities.ts';

/** One known entity. */
export interface GazetteerEntry {
  /** Stable key, unique across the gazetteer, lowercase slug: "russia", "kinzhal", "volodymyr-zelenskyy". */
  id: string;
  /** Canonical English name (English Wikipedia's spelling where it exists). */
  name: string;
  type: EntityType;
  /** Wikidata QID, e.g. "Q159"; null when not known. */
  wikidata: string | null;
  /** Other surface forms and common spelling variants (the name itself need not be repeated). */
  aliases: string[];
  /** Country: adjectives and nouns for its people or state ("Russian", "Russians"). */
  demonyms?: string[];
  /** Country: id of its capital city entry (a capital can stand for the state: "Moscow vowed"). */
  capital?: string;
  /** City / Region: id of the country it lies in. Organisation / Person: the country it belongs to. */
  country?: string;
  /** WeaponSystem: true for a generic class ("cruise missile", "drone"). */
  generic?: boolean;
  /** WeaponSystem: id of the generic class a named system belongs to ("kalibr" -> "cruise-missile"). */
  class?: string;
  /** Person: roles that a definite description can refer back to ("president", "foreign minister"). */
  roles?: string[];
  /** Organisation: definite descriptions that refer back to it ("the alliance", "the ministry"). */
  descriptions?: string[];
  /** Organisation: id of the organisation it is part of (an air force is part of the armed forces). */
  parent?: string;
}
