/**
 * Test utility for the relation rules: tokenises a text with the real step 01 (wink-nlp), places mentions for
 * the phrases of a small hand-made dictionary (longest match first), and runs only the relation steps. The
 * rules are tested apart from the gazetteer and the coreference of the mention layer.
 */
import type { ExtractContext, Mention, MentionKind } from '../../src/extract/context.ts';
import { tokensStep } from '../../src/extract/steps/01-tokens.ts';
import type { EntityType } from '../../src/domain/index.ts';
import type { GazetteerEntry } from '../../src/domain/gazetteer/types.ts';
import type { Document } from '../../src/ingest/types.ts';
import { createContext, stepsBefore } from '../../src/extract/index.ts';

/** A phrase of the test dictionary: surface text -> entity. */
export interface Phrase {
  text: string;
  type: EntityType;
  entity: string;
  kind?: MentionKind;
  generic?: boolean;
}

function entry(id: string, name: string, type: EntityType, extra: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return { id, name, type, wikidata: null, aliases: [], ...extra };
}

/** A small gazetteer: countries, places, organisations, people and weapons used by the test sentences. */
export const TEST_GAZETTEER: GazetteerEntry[] = [
  entry('russia', 'Russia', 'Country'),
  entry('ukraine', 'Ukraine', 'Country'),
  entry('united-states', 'United States', 'Country'),
  entry('poland', 'Poland', 'Country'),
  entry('kyiv', 'Kyiv', 'City', { country: 'ukraine' }),
  entry('kharkiv', 'Kharkiv', 'City', { country: 'ukraine' }),
  entry('lviv', 'Lviv', 'City', { country: 'ukraine' }),
  entry('odesa', 'Odesa', 'City', { country: 'ukraine' }),
  entry('belgorod', 'Belgorod', 'City', { country: 'russia' }),
  entry('crimea', 'Crimea', 'Region', { country: 'ukraine' }),
  entry('kursk-oblast', 'Kursk Oblast', 'Region', { country: 'russia' }),
  entry('dnipro', 'Dnipro', 'City', { country: 'ukraine' }),
  entry('sevastopol', 'Sevastopol', 'City', { country: 'ukraine' }),
  entry('podilskyi-district', 'Podilskyi district', 'Region', { country: 'ukraine' }),
  entry('ukrainian-air-force', 'Ukrainian Air Force', 'Organisation', { country: 'ukraine' }),
  entry('russian-ministry-of-defence', 'Russian Ministry of Defence', 'Organisation', { country: 'russia' }),
  entry('nato', 'NATO', 'Organisation'),
  entry('european-union', 'European Union', 'Organisation'),
  entry('us-congress', 'United States Congress', 'Organisation', { country: 'united-states' }),
  entry('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'Person', { country: 'ukraine' }),
  entry('dmytro-kuleba', 'Dmytro Kuleba', 'Person', { country: 'ukraine' }),
  entry('dmitry-peskov', 'Dmitry Peskov', 'Person', { country: 'russia' }),
  entry('joe-biden', 'Joe Biden', 'Person', { country: 'united-states' }),
  entry('josep-borrell', 'Josep Borrell', 'Person'),
  entry('vladimir-putin', 'Vladimir Putin', 'Person', { country: 'russia' }),
  entry('missile', 'missile', 'WeaponSystem', { generic: true }),
  entry('cruise-missile', 'cruise missile', 'WeaponSystem', { generic: true }),
  entry('ballistic-missile', 'ballistic missile', 'WeaponSystem', { generic: true }),
  entry('drone', 'drone', 'WeaponSystem', { generic: true }),
  entry('attack-drone', 'attack drone', 'WeaponSystem', { generic: true, class: 'drone' }),
  entry('rocket', 'rocket', 'WeaponSystem', { generic: true }),
  entry('air-defense-system', 'air defense system', 'WeaponSystem', { generic: true }),
  entry('kalibr', 'Kalibr', 'WeaponSystem', { class: 'cruise-missile' }),
  entry('kh-101', 'Kh-101', 'WeaponSystem', { class: 'cruise-missile' }),
  entry('iskander', 'Iskander', 'WeaponSystem', { class: 'ballistic-missile' }),
  entry('kinzhal', 'Kinzhal', 'WeaponSystem', { class: 'hypersonic-missile' }),
  entry('shahed-136', 'Shahed-136', 'WeaponSystem', { class: 'kamikaze-drone' }),
  entry('patriot', 'Patriot', 'WeaponSystem', { class: 'air-defense-system' }),
  entry('iris-t', 'IRIS-T', 'WeaponSystem', { class: 'air-defense-system' }),
  entry('tu-95', 'Tu-95', 'WeaponSystem', { class: 'strategic-bomber' }),
  entry('neptune', 'Neptune', 'WeaponSystem', { class: 'cruise-missile' }),
  entry('netherlands', 'Netherlands', 'Country'),
  entry('f-35', 'F-35', 'WeaponSystem', { class: 'fighter-aircraft' }),
  entry('gepard', 'Gepard', 'WeaponSystem', { class: 'anti-aircraft-gun' }),
  entry('f-16', 'F-16', 'WeaponSystem', { class: 'fighter-aircraft' }),
];

const C = (text: string, entity: string, kind: MentionKind = 'name'): Phrase => ({ text, type: 'Country', entity, kind });
const W = (text: string, entity: string, generic = false): Phrase => ({ text, type: 'WeaponSystem', entity, kind: generic ? 'generic' : 'name', generic });

/** The phrase dictionary (surface forms as they appear in the test sentences). */
export const TEST_PHRASES: Phrase[] = [
  C('Russia', 'russia'), C('Russian', 'russia', 'demonym'), C('Russians', 'russia', 'demonym'), C('Moscow', 'russia', 'capital'),
  C('Ukraine', 'ukraine'), C('Ukrainian', 'ukraine', 'demonym'), C('Ukrainians', 'ukraine', 'demonym'), C('the Kyiv government', 'ukraine', 'capital'),
  C('United States', 'united-states'), C('Washington', 'united-states', 'capital'), C('Poland', 'poland'), C('Iranian-made', 'iran', 'demonym'),
  { text: 'Kyiv', type: 'City', entity: 'kyiv' }, { text: 'Kharkiv', type: 'City', entity: 'kharkiv' },
  { text: 'Lviv', type: 'City', entity: 'lviv' }, { text: 'Odesa', type: 'City', entity: 'odesa' },
  { text: 'Belgorod', type: 'City', entity: 'belgorod' }, { text: 'Crimea', type: 'Region', entity: 'crimea' },
  { text: 'Kursk Oblast', type: 'Region', entity: 'kursk-oblast' },
  { text: 'Dnipro', type: 'City', entity: 'dnipro' }, { text: 'Sevastopol', type: 'City', entity: 'sevastopol' },
  { text: 'Podilskyi district', type: 'Region', entity: 'podilskyi-district' },
  { text: "Ukraine's air force", type: 'Organisation', entity: 'ukrainian-air-force' },
  { text: 'the Ukrainian Air Force', type: 'Organisation', entity: 'ukrainian-air-force' },
  { text: 'the air force', type: 'Organisation', entity: 'ukrainian-air-force', kind: 'description' },
  { text: 'the Russian Defence Ministry', type: 'Organisation', entity: 'russian-ministry-of-defence' },
  { text: 'NATO', type: 'Organisation', entity: 'nato' }, { text: 'the EU', type: 'Organisation', entity: 'european-union' },
  { text: 'Congress', type: 'Organisation', entity: 'us-congress' },
  { text: 'Zelenskyy', type: 'Person', entity: 'volodymyr-zelenskyy' }, { text: 'Kuleba', type: 'Person', entity: 'dmytro-kuleba' },
  { text: 'Peskov', type: 'Person', entity: 'dmitry-peskov' }, { text: 'Biden', type: 'Person', entity: 'joe-biden' },
  { text: 'Borrell', type: 'Person', entity: 'josep-borrell' }, { text: 'Putin', type: 'Person', entity: 'vladimir-putin' },
  W('Kalibr cruise missiles', 'kalibr'), W('Kalibr', 'kalibr'), W('Kalibrs', 'kalibr'), W('Kh-101', 'kh-101'),
  W('Iskander', 'iskander'), W('Kinzhal', 'kinzhal'), W('Kinzhals', 'kinzhal'), W('Shahed drones', 'shahed-136'), W('Shahed', 'shahed-136'),
  W('Neptune missiles', 'neptune'), W('Neptune', 'neptune'), W('Shaheds', 'shahed-136'), W('Patriot', 'patriot'), W('Patriots', 'patriot'), W('IRIS-T', 'iris-t'), W('Gepard', 'gepard'), W('Tu-95 bombers', 'tu-95'),
  C('Dutch', 'netherlands', 'demonym'), C('Polish', 'poland', 'demonym'), W('F-35 jets', 'f-35'), W('F-35s', 'f-35'), W('F-16s', 'f-16'), W('Kh-101s', 'kh-101'),
  W('Cruise missiles', 'cruise-missile', true), W('cruise missiles', 'cruise-missile', true), W('cruise missile', 'cruise-missile', true),
  W('ballistic missiles', 'ballistic-missile', true), W('missiles', 'missile', true), W('missile', 'missile', true),
  W('attack drones', 'attack-drone', true), W('drones', 'drone', true), W('drone', 'drone', true), W('rockets', 'rocket', true),
  W('air defences', 'air-defense-system', true), W('air defence systems', 'air-defense-system', true),
  W('air defence', 'air-defense-system', true),
];

/** Pronouns the helper resolves like the mention layer does: he/his -> last person, it/its -> last state or organisation. */
const PRONOUNS = new Map<string, EntityType[]>([
  ['he', ['Person']], ['his', ['Person']], ['it', ['Organisation', 'Country']], ['its', ['Organisation', 'Country']],
]);

/** Builds a context with tokens, sentences and dictionary mentions for `text`. */
export function contextFor(text: string, phrases: Phrase[] = TEST_PHRASES): ExtractContext {
  const doc: Document = { id: 'test', path: 'test.txt', format: 'txt', text, title: null, published: null, source: null, byline: null, dropped: [] };
  const context = createContext(doc, { gazetteer: TEST_GAZETTEER });
  tokensStep.run(context);
  // 1. Longest phrase first; a token belongs to at most one mention.
  const taken = new Array<boolean>(context.tokens.length).fill(false);
  const sorted = [...phrases].sort((a, b) => b.text.length - a.text.length);
  const found: Omit<Mention, 'id'>[] = [];
  for (const phrase of sorted) {
    const pattern = new RegExp(`(?<![\\w-])${phrase.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + phrase.text.length;
      const first = context.tokens.findIndex((t) => t.start >= start);
      let last = first;
      while (last < context.tokens.length && (context.tokens[last]?.end ?? 0) <= end) last++;
      if (first < 0 || last <= first) continue;
      let free = true;
      for (let t = first; t < last; t++) if (taken[t]) free = false;
      if (!free) continue;
      for (let t = first; t < last; t++) taken[t] = true;
      const token = context.tokens[first];
      found.push({
        start, end, sentence: token?.sentence ?? 0, tokenStart: first, tokenEnd: last, type: phrase.type,
        kind: phrase.kind ?? (phrase.generic ? 'generic' : 'name'), entity: phrase.entity, generic: phrase.generic ?? false,
      });
    }
  }
  // 2. Pronouns, resolved to the last mention of the wanted types.
  found.sort((a, b) => a.start - b.start);
  const withPronouns: Omit<Mention, 'id'>[] = [];
  let cursor = 0;
  context.tokens.forEach((token, index) => {
    while (cursor < found.length && (found[cursor]?.tokenStart ?? 0) <= index) withPronouns.push(found[cursor++] as Omit<Mention, 'id'>);
    const types = PRONOUNS.get(token.normal);
    if (!types || taken[index]) return;
    const antecedent = [...withPronouns].reverse().find((m) => types.includes(m.type) && m.kind !== 'pronoun');
    if (!antecedent) return;
    withPronouns.push({ start: token.start, end: token.end, sentence: token.sentence, tokenStart: index, tokenEnd: index + 1, type: antecedent.type, kind: 'pronoun', entity: antecedent.entity, generic: false });
  });
  while (cursor < found.length) withPronouns.push(found[cursor++] as Omit<Mention, 'id'>);
  context.mentions = withPronouns.sort((a, b) => a.start - b.start).map((m, id) => ({ ...m, id }));
  return context;
}

/** The relation steps: from the view (10) to the closing of sides (19), without the events step after them. */
const RELATION_STEPS = stepsBefore('20-events').slice(stepsBefore('09-syntax').length);

/** Runs the relation steps (09-19) over `text` and returns `predicate subject object count` strings, sorted. */
export function relationsOf(text: string, predicate?: string): string[] {
  const context = contextFor(text);
  for (const step of RELATION_STEPS) step.run(context);
  return context.relations
    .filter((r) => !predicate || r.predicate === predicate)
    .map((r) => `${r.predicate} ${r.subject} ${r.object} ${r.count ?? '-'}${r.addressee ? ` @${r.addressee.join(',')}` : ''}`)
    .sort();
}

/**
 * Like `relationsOf`, over the relations as stated per sentence (before the per-document dedup), each prefixed with
 * the id of the rule that produced it: `rule predicate subject object count`, sorted.
 */
export function firedOf(text: string, predicate?: string): string[] {
  const context = contextFor(text);
  for (const step of RELATION_STEPS) step.run(context);
  const out = context.statedRelations
    .filter((r) => !predicate || r.predicate === predicate)
    .map((r) => `${r.rule} ${r.subject} ${r.object} ${r.count ?? '-'}`);
  return [...new Set(out)].sort();
}
