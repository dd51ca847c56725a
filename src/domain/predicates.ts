/**
 * The relation predicates of GUIDELINES.md as a spec table: for each, the types it connects, the roles its
 * subject, object and addressees play in its n-ary event, its RDF property and event class, label and colour.
 * The RDF export and import, the explorer, the query API and eval read this table; adding a predicate starts here.
 * Browser-safe, no runtime imports.
 */
import { ACTOR_TYPES, ENTITY_TYPES, PLACE_TYPES, STATE_TYPES, type EntityType } from './entities.ts';
import type { PredicateSpec, RoleSpec } from './types.ts';

/** Roles an entity plays in a relation's event node. */
export const ROLES = ['agent', 'object', 'place', 'addressee'] as const;
export type Role = (typeof ROLES)[number];

/** The event property of each role. */
export const ROLE_SPECS: Readonly<Record<Role, RoleSpec>> = {
  agent: { label: 'agent', rdfProperty: 'ng:agent' },
  object: { label: 'object', rdfProperty: 'ng:object' },
  place: { label: 'place', rdfProperty: 'ng:place' },
  addressee: { label: 'addressee', rdfProperty: 'ng:addressee' },
};

/** The five relation predicates of GUIDELINES.md, in the order every table and report lists them. */
export const PREDICATES = ['launched', 'intercepted', 'requested', 'condemned', 'targeted'] as const;
export type Predicate = (typeof PREDICATES)[number];

/** Roles of the usual event: the subject acts on the object; addressees (if any were named) are listed too. */
const AGENT_ON_OBJECT = { subject: ['agent'], object: ['object'], addressee: ['addressee'] } as const;

/** What each predicate connects, how it is written in RDF and how it is drawn. */
export const PREDICATE_SPECS: Readonly<Record<Predicate, PredicateSpec<EntityType, Role>>> = {
  launched: {
    label: 'launched',
    subjectTypes: ACTOR_TYPES,
    objectTypes: ['WeaponSystem'],
    roles: AGENT_ON_OBJECT,
    rdfProperty: 'ng:launched',
    eventClass: 'ng:Launch',
    color: '#f03e3e',
  },
  intercepted: {
    label: 'intercepted',
    subjectTypes: STATE_TYPES,
    objectTypes: ['WeaponSystem'],
    roles: AGENT_ON_OBJECT,
    rdfProperty: 'ng:intercepted',
    eventClass: 'ng:Interception',
    color: '#1098ad',
  },
  requested: {
    label: 'requested',
    subjectTypes: ACTOR_TYPES,
    objectTypes: ['WeaponSystem'],
    roles: AGENT_ON_OBJECT,
    rdfProperty: 'ng:requested',
    eventClass: 'ng:Request',
    color: '#f59f00',
  },
  condemned: {
    label: 'condemned',
    subjectTypes: ACTOR_TYPES,
    // The party whose act was condemned: usually a country, but any entity.
    objectTypes: ENTITY_TYPES,
    roles: AGENT_ON_OBJECT,
    rdfProperty: 'ng:condemned',
    eventClass: 'ng:Condemnation',
    color: '#7048e8',
  },
  targeted: {
    label: 'targeted',
    subjectTypes: STATE_TYPES,
    objectTypes: PLACE_TYPES,
    // The struck place is the event's object and also where it took place.
    roles: { subject: ['agent'], object: ['object', 'place'], addressee: ['addressee'] },
    rdfProperty: 'ng:targeted',
    eventClass: 'ng:Strike',
    color: '#d6336c',
  },
};

/** True when `value` names one of the five predicates. */
export function isPredicate(value: unknown): value is Predicate {
  return typeof value === 'string' && (PREDICATES as readonly string[]).includes(value);
}
