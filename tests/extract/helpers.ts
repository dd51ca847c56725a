/**
 * Test helpers for the mention layer: a small hand-made gazetteer (so rule tests do not move with the project's
 * data), documents built from a string, and a compact view of the mentions found.
 */
import type { Document } from '../../src/ingest/types.ts';
import type { GazetteerEntry } from '../../src/domain/gazetteer/types.ts';
import { extractDocument, runSteps, stepsBefore } from '../../src/extract/index.ts';
import type { Predicate } from '../../src/domain/index.ts';
import type { ExtractContext, Mention } from '../../src/extract/context.ts';
import type { ExtractedEvent } from '../../src/extract/types.ts';
import { ingestText } from '../../src/ingest/index.ts';

/** A miniature gazetteer with the shapes the rules rely on (capitals, demonyms, weapons, descriptions). */
export const MINI_GAZETTEER: GazetteerEntry[] = [
  { id: 'ruritania', name: 'Ruritania', type: 'Country', wikidata: null, aliases: ['Ruritanian Republic'], demonyms: ['Ruritanian', 'Ruritanians'], capital: 'strelsau' },
  { id: 'borduria', name: 'Borduria', type: 'Country', wikidata: null, aliases: [], demonyms: ['Bordurian', 'Bordurians'], capital: 'szohod' },
  { id: 'united-states', name: 'United States', type: 'Country', wikidata: 'Q30', aliases: ['US', 'U.S.', 'USA'], demonyms: ['American'], capital: 'washington' },
  { id: 'strelsau', name: 'Strelsau', type: 'City', wikidata: null, aliases: ['Strelsaw'], country: 'ruritania' },
  { id: 'szohod', name: 'Szohod', type: 'City', wikidata: null, aliases: [], country: 'borduria' },
  { id: 'washington', name: 'Washington', type: 'City', wikidata: null, aliases: ['Washington, D.C.'], country: 'united-states' },
  { id: 'zenda', name: 'Zenda', type: 'City', wikidata: null, aliases: ['Zenda city'], country: 'ruritania' },
  { id: 'zenda-oblast', name: 'Zenda Oblast', type: 'Region', wikidata: null, aliases: ['Zenda region'], country: 'ruritania' },
  { id: 'storm-lance', name: 'Storm Lance', type: 'WeaponSystem', wikidata: null, aliases: [], class: 'cruise-missile' },
  { id: 'hornet-7', name: 'Hornet-7', type: 'WeaponSystem', wikidata: null, aliases: ['Hornet 7', 'Wasp-2'], class: 'drone' },
  { id: 'hornet-8', name: 'Hornet-8', type: 'WeaponSystem', wikidata: null, aliases: [], class: 'drone' },
  { id: 'lance-k', name: 'Lance-K', type: 'WeaponSystem', wikidata: null, aliases: [], class: 'ballistic-missile' },
  { id: 'cruise-missile', name: 'cruise missile', type: 'WeaponSystem', wikidata: null, aliases: ['cruise missiles'], generic: true },
  { id: 'drone', name: 'drone', type: 'WeaponSystem', wikidata: null, aliases: ['drones'], generic: true },
  { id: 'air-defense-system', name: 'air defense system', type: 'WeaponSystem', wikidata: null, aliases: ['air defences', 'air defenses', 'air defence systems'], generic: true },
  { id: 'pact', name: 'Northern Pact', type: 'Organisation', wikidata: null, aliases: ['NP'], descriptions: ['the alliance'] },
  { id: 'ruritanian-air-force', name: 'Ruritanian Air Force', type: 'Organisation', wikidata: null, aliases: ["Ruritania's air force"], descriptions: ['the air force'], country: 'ruritania' },
  { id: 'bordurian-air-force', name: 'Bordurian Air Force', type: 'Organisation', wikidata: null, aliases: ['Bordurian air force'], country: 'borduria' },
  { id: 'ruritanian-defence-ministry', name: 'Ruritanian Ministry of Defence', type: 'Organisation', wikidata: null, aliases: ['Ruritanian Defence Ministry', 'Defence Ministry'], descriptions: ['the defence ministry'], country: 'ruritania' },
  { id: 'bordurian-defence-ministry', name: 'Bordurian Ministry of Defence', type: 'Organisation', wikidata: null, aliases: ['Bordurian Defence Ministry', 'Defence Ministry'], country: 'borduria' },
  { id: 'ruritanian-civil-protection', name: 'Civil Protection Service of Ruritania', type: 'Organisation', wikidata: null, aliases: ["Ruritania's Civil Protection Service"], descriptions: ['the civil protection service', 'the service'], country: 'ruritania' },
  { id: 'bordurian-armed-forces', name: 'Bordurian Armed Forces', type: 'Organisation', wikidata: null, aliases: ['Bordurian army'], descriptions: ['the military', 'the armed forces'], country: 'borduria' },
  { id: 'rudolf-elphberg', name: 'Rudolf Elphberg', type: 'Person', wikidata: null, aliases: ['Rudolph Elphberg', 'Elphberg'], roles: ['president'], country: 'ruritania' },
];

/** A document over `text` (what ingest would give for a clean .txt file). */
export function makeDoc(text: string, id = 'test'): Document {
  return { id, path: `${id}.txt`, format: 'txt', text, title: null, published: null, source: null, byline: null, dropped: [] };
}

/**
 * Runs the mention layer over `text` with the mini gazetteer, as the relation rules see it: the steps up to the
 * syntactic layer (step 09 reads capitals again as their state or the place).
 */
export function mentionContext(text: string): ExtractContext {
  return runSteps(makeDoc(text), { gazetteer: MINI_GAZETTEER, steps: stepsBefore('10-relation-view') });
}

/** A compact, comparable view of one mention: `surface|kind|type|entity`. */
export function describe(context: ExtractContext, mention: Mention): string {
  return `${context.doc.text.slice(mention.start, mention.end)}|${mention.kind}|${mention.type}|${mention.entity}`;
}

/** All mentions of `text` as compact strings. */
export function mentionsOf(text: string): string[] {
  const context = mentionContext(text);
  return context.mentions.map((m) => describe(context, m));
}

/** A table row's expectation: the text and the relations it must give, as "predicate subject object count". */
export type RelationCase = [string, string[]];

/** The relations of `predicates` the project's pipeline finds in `text`, as sorted "predicate subject object count". */
export function relationsFound(text: string, predicates: Predicate[], id = 'test'): string[] {
  const extraction = extractDocument(makeDoc(text, id));
  return extraction.relations
    .filter((r) => predicates.includes(r.predicate))
    .map((r) => `${r.predicate} ${r.subject} ${r.object} ${r.count ?? '-'}`)
    .sort();
}

/** The events of `text` ingested as a plain-text article published on `published`. */
export function eventsOf(text: string, published: string | null): ExtractedEvent[] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument({ ...doc, published }).events;
}

/** Each event as "kind date attacker: weapon launched/intercepted, ..." (weapon lines sorted). */
export function eventBrief(e: ExtractedEvent): string {
  const lines = e.weapons.map((w) => `${w.weapon} ${w.launched ?? '-'}/${w.intercepted ?? '-'}`).sort();
  return `${e.kind} ${e.date ?? 'null'} ${e.attacker}: ${lines.join(', ')}`;
}

/** The named (not generic) entities of one plain-text article, as "Type label", sorted; only those of `type` if given. */
export function namedEntitiesOf(text: string, type?: string): string[] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument(doc)
    .entities.filter((e) => !e.generic && (!type || e.type === type))
    .map((e) => `${e.type} ${e.label}`)
    .sort();
}
