/**
 * The kinds of real-world event of GUIDELINES.md (Events) as a spec table: an air attack, or an air-defence action
 * reported without an attack. Their ontology classes are declared in ontology/newsgraph.ttl; the event records
 * themselves come with the events work. Browser-safe, no runtime imports.
 */
import type { EventKindSpec } from './types.ts';

/** The event kinds of GUIDELINES.md, in the order reports list them. */
export const EVENT_KINDS = ['attack', 'interception'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Label, RDF class and scope of each event kind. */
export const EVENT_KIND_SPECS: Readonly<Record<EventKind, EventKindSpec>> = {
  attack: {
    label: 'air attack',
    rdfClass: 'ng:AirAttack',
    description: 'A strike or a wave of strikes by one side, with the weapons it used and the places it hit.',
  },
  interception: {
    label: 'air-defence action',
    rdfClass: 'ng:AirDefenceAction',
    description: 'Weapons shot down with no attack of the other side reported, such as a ministry claiming drones downed.',
  },
};
