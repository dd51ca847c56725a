/**
 * Types of the domain model: the shape of one row of each spec table (entity types, predicates, event roles,
 * event kinds). The tables themselves are in entities.ts, predicates.ts and events.ts.
 */

/** A term of the newsgraph ontology (ontology/newsgraph.ttl), written with its `ng:` prefix. */
export type NgTerm = `ng:${string}`;

/** How one kind of graph node is named, typed in RDF and drawn. */
export interface NodeTypeSpec {
  /** Human label (the `rdfs:label` of its class in the ontology). */
  label: string;
  /** Its class in the ontology. */
  rdfClass: NgTerm;
  /** Colour in the explorer (readable on light and dark backgrounds). */
  color: string;
}

/** One role an entity plays in the n-ary event of a relation, and the event property that states it. */
export interface RoleSpec {
  label: string;
  /** Property from the event node to the entity (`ng:agent`, ...). */
  rdfProperty: NgTerm;
}

/** One relation predicate: what it may connect, how it is written in RDF, how it is drawn. */
export interface PredicateSpec<EntityType extends string = string, Role extends string = string> {
  /** Human label (the `rdfs:label` of its property in the ontology). */
  label: string;
  /** Types the subject may have (the property's `rdfs:domain`). */
  subjectTypes: readonly EntityType[];
  /** Types the object may have (the property's `rdfs:range`). */
  objectTypes: readonly EntityType[];
  /**
   * Roles in the predicate's event: the subject's, the object's (a struck place is both the event's object and its
   * place) and the addressees' (whom a request was made to), in the order the export writes them.
   */
  roles: { subject: readonly [Role, ...Role[]]; object: readonly [Role, ...Role[]]; addressee: readonly Role[] };
  /** The direct-claim property (`ent:russia ng:launched ent:kinzhal`). */
  rdfProperty: NgTerm;
  /** Class of the n-ary event node written for each evidence (`ng:Launch`). */
  eventClass: NgTerm;
  /** Edge colour in the explorer. */
  color: string;
}

/** One kind of real-world event (GUIDELINES.md, Events): an attack, or an interception with no attack reported. */
export interface EventKindSpec {
  label: string;
  /** Class of its event node in the ontology. */
  rdfClass: NgTerm;
  /** What the kind covers, in one sentence. */
  description: string;
}
