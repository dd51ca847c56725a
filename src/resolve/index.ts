/**
 * Within-document resolution: mentions and relation candidates of one document become the output contract.
 * Mentions that share an entity key (gazetteer id or `<type>:<slug>`) become one entity whose aliases are
 * every surface form seen plus the gazetteer's name and variants; relation candidates are mapped to entity ids
 * and deduplicated per (subject, predicate, object), keeping the one with a count and the shortest evidence.
 */
import type { ExtractContext, Mention, RelationCandidate } from '../extract/context.ts';
import type { DocumentExtraction, EntityType, ExtractedEntity, ExtractedRelation } from '../extract/types.ts';

/** Surface form of a mention: its text with whitespace collapsed and a trailing possessive removed. */
export function surfaceOf(context: ExtractContext, mention: Mention): string {
  return context.doc.text
    .slice(mention.start, mention.end)
    .replace(/\s+/g, ' ')
    .replace(/['\u2019]s?$/, '')
    .trim();
}

interface Building {
  id: string;
  label: string;
  type: EntityType;
  generic: boolean;
  wikidata: string | null;
  aliases: Set<string>;
  first: number;
}

function newEntity(context: ExtractContext, key: string, fallbackType: EntityType, first: number): Building {
  const entry = context.gazetteer.get(key);
  const info = context.entityInfo.get(key);
  const building: Building = {
    id: key,
    label: entry?.name ?? info?.label ?? key,
    type: entry?.type ?? info?.type ?? fallbackType,
    generic: entry?.generic ?? info?.generic ?? false,
    wikidata: entry?.wikidata ?? null,
    aliases: new Set<string>(),
    first,
  };
  if (entry) for (const alias of [entry.name, ...entry.aliases]) building.aliases.add(alias);
  else building.aliases.add(building.label);
  return building;
}

/** Keeps the better of two candidates for the same (subject, predicate, object). */
function better(a: RelationCandidate, b: RelationCandidate): RelationCandidate {
  if ((a.count === null) !== (b.count === null)) return a.count !== null ? a : b;
  const lengthA = a.evidence.end - a.evidence.start;
  const lengthB = b.evidence.end - b.evidence.start;
  return lengthB < lengthA ? b : a;
}

/** Turns the context of a processed document into its `DocumentExtraction`. */
export function resolveDocument(context: ExtractContext): DocumentExtraction {
  const doc = context.doc;
  const entities = new Map<string, Building>();
  // 1. Entities from mentions (pronouns only point at entities that are named elsewhere).
  for (const mention of context.mentions) {
    if (mention.kind === 'pronoun') continue;
    let entity = entities.get(mention.entity);
    if (!entity) {
      entity = newEntity(context, mention.entity, mention.type, mention.start);
      entities.set(mention.entity, entity);
    }
    if (mention.kind !== 'description') {
      const surface = surfaceOf(context, mention);
      if (surface) entity.aliases.add(surface);
    }
  }
  // 2. Relations: dedup per (subject, predicate, object); addressees merged.
  const best = new Map<string, RelationCandidate>();
  const addressees = new Map<string, Set<string>>();
  for (const candidate of context.relations) {
    const key = `${candidate.subject}\u0000${candidate.predicate}\u0000${candidate.object}`;
    const known = best.get(key);
    best.set(key, known ? better(known, candidate) : candidate);
    if (candidate.addressee?.length) {
      const set = addressees.get(key) ?? new Set<string>();
      for (const a of candidate.addressee) set.add(a);
      addressees.set(key, set);
    }
  }
  const relations: ExtractedRelation[] = [];
  for (const [key, candidate] of best) {
    for (const id of [candidate.subject, candidate.object, ...(addressees.get(key) ?? [])]) {
      if (!entities.has(id)) entities.set(id, newEntity(context, id, 'Organisation', candidate.evidence.start));
    }
    const addressee = addressees.get(key);
    relations.push({
      subject: candidate.subject,
      predicate: candidate.predicate,
      object: candidate.object,
      count: candidate.count,
      addressee: addressee ? [...addressee] : null,
      evidence: {
        text: doc.text.slice(candidate.evidence.start, candidate.evidence.end),
        start: candidate.evidence.start,
        end: candidate.evidence.end,
      },
    });
  }
  relations.sort((a, b) => a.evidence.start - b.evidence.start || a.predicate.localeCompare(b.predicate));
  // 3. Entities in order of first mention.
  const list: ExtractedEntity[] = [...entities.values()]
    .sort((a, b) => a.first - b.first)
    .map((e) => ({ id: e.id, label: e.label, type: e.type, aliases: [...e.aliases], generic: e.generic, wikidata: e.wikidata }));
  return {
    document: { id: doc.id, title: doc.title, published: doc.published, source: doc.source, byline: doc.byline },
    entities: list,
    relations,
  };
}
