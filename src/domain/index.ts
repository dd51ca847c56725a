/**
 * The domain model of newsgraph, read by every stage: entity types, predicates, event roles and event kinds as
 * spec tables, and their types. Browser-safe. The gazetteer (domain knowledge kept as data, node-only loader) is
 * imported from ./gazetteer/index.ts directly.
 */
export { ACTOR_TYPES, DOCUMENT_SPEC, DOCUMENT_TYPE, ENTITY_TYPES, ENTITY_TYPE_SPECS, PLACE_TYPES, STATE_TYPES, isEntityType, type EntityType } from './entities.ts';
export { PREDICATES, PREDICATE_SPECS, ROLES, ROLE_SPECS, isPredicate, type Predicate, type Role } from './predicates.ts';
export { EVENT_KINDS, EVENT_KIND_SPECS, type EventKind } from './events.ts';
export type { EventKindSpec, NgTerm, NodeTypeSpec, PredicateSpec, RoleSpec } from './types.ts';
