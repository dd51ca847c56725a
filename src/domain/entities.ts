/**
 * The entity types of GUIDELINES.md as a spec table: label, RDF class and explorer colour per type, plus the node
 * type of documents and the named groups of types that the predicates' tables use. Browser-safe, no imports.
 */
import type { NodeTypeSpec } from './types.ts';

/** The six entity types of GUIDELINES.md, in the order every table and report lists them. */
export const ENTITY_TYPES = ['Person', 'Country', 'City', 'Region', 'Organisation', 'WeaponSystem'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Label, RDF class and colour of each entity type. */
export const ENTITY_TYPE_SPECS: Readonly<Record<EntityType, NodeTypeSpec>> = {
  Person: { label: 'Person', rdfClass: 'ng:Person', color: '#e8590c' },
  Country: { label: 'Country', rdfClass: 'ng:Country', color: '#1c7ed6' },
  City: { label: 'City', rdfClass: 'ng:City', color: '#37b24d' },
  Region: { label: 'Region', rdfClass: 'ng:Region', color: '#0ca678' },
  Organisation: { label: 'Organisation', rdfClass: 'ng:Organisation', color: '#ae3ec9' },
  WeaponSystem: { label: 'Weapon system', rdfClass: 'ng:WeaponSystem', color: '#e03131' },
};

/** The node type of articles in the corpus graph (not an entity type: documents are not extracted). */
export const DOCUMENT_TYPE = 'Document';

/** Label, RDF class and colour of document nodes. */
export const DOCUMENT_SPEC: Readonly<NodeTypeSpec> = { label: 'Document', rdfClass: 'ng:Document', color: '#868e96' };

/** Sides that can act: fire, request, condemn (SHACL `ngsh:Actor`). */
export const ACTOR_TYPES: readonly EntityType[] = ['Person', 'Country', 'Organisation'];

/** Sides that fire, shoot down or strike as a state or force (SHACL `ngsh:State`). */
export const STATE_TYPES: readonly EntityType[] = ['Country', 'Organisation'];

/** Places that can be struck (SHACL `ngsh:Target`). */
export const PLACE_TYPES: readonly EntityType[] = ['City', 'Region', 'Country'];

/** True when `value` names one of the six entity types. */
export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}
