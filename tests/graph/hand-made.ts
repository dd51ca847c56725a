/**
 * Hand-made extractions for the graph builder's tests (invented people, one sentence of evidence written for them):
 * small enough to count what the builder visits.
 */
import type { DocumentExtraction, ExtractedEntity, ExtractedEvent, ExtractedRelation } from '../../src/extract/types.ts';

export const UKRAINE: ExtractedEntity = { id: 'ukraine', label: 'Ukraine', type: 'Country', aliases: ['Ukraine'], generic: false, wikidata: 'Q212' };
export const RUSSIA: ExtractedEntity = { id: 'russia', label: 'Russia', type: 'Country', aliases: ['Russia'], generic: false, wikidata: 'Q159' };
export const GERMANY: ExtractedEntity = { id: 'germany', label: 'Germany', type: 'Country', aliases: ['Germany'], generic: false, wikidata: 'Q183' };
export const PATRIOT: ExtractedEntity = { id: 'patriot', label: 'Patriot', type: 'WeaponSystem', aliases: ['Patriot'], generic: false, wikidata: null };
export const DRONE: ExtractedEntity = { id: 'drone', label: 'drone', type: 'WeaponSystem', aliases: ['drone'], generic: true, wikidata: null };

export function person(label: string): ExtractedEntity {
  return { id: `Person:${label.toLowerCase().replace(/ /g, '-')}`, label, type: 'Person', aliases: [label], generic: false, wikidata: null };
}

export const TEXT = 'A sentence of evidence written for this test.';

export function relation(subject: string, predicate: ExtractedRelation['predicate'], object: string, addressee: string[] | null = null): ExtractedRelation {
  return { subject, predicate, object, count: null, addressee, evidence: { text: TEXT, start: 0, end: TEXT.length } };
}

export function attack(id: string, date: string | null, claimant: string): ExtractedEvent {
  const line = { weapon: 'drone', launched: 5, intercepted: 4 };
  const evidence = { text: TEXT, start: 0, end: TEXT.length };
  return { id: `${id}#e1`, kind: 'attack', date, attacker: 'russia', claimedBy: [claimant], weapons: [line], targets: [], evidence: [evidence], claims: [{ claimedBy: claimant, weapons: [line], evidence: [evidence] }] };
}

export function doc(id: string, published: string, entities: ExtractedEntity[], relations: ExtractedRelation[], events: ExtractedEvent[] = []): DocumentExtraction {
  return { document: { id, title: null, published, source: null, byline: null }, entities, relations, events };
}

