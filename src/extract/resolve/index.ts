/**
 * Within-document resolution: mentions and relation candidates of one document become the output contract.
 * Mentions that share an entity key (gazetteer id or `<type>:<slug>`) become one entity whose aliases are
 * every surface form seen plus the gazetteer's name and variants; relation candidates are mapped to entity ids
 * and deduplicated per (subject, predicate, object), keeping the one with a count and the shortest evidence.
 */
import type { ClosedRelation, ExtractContext, Mention } from '../context.ts';
import type { DocumentExtraction, Evidence, ExtractedEntity, ExtractedEvent, ExtractedRelation, Span } from '../types.ts';
import type { EntityType } from '../../domain/index.ts';
import type { GazetteerEntry } from '../../domain/gazetteer/types.ts';
import { surfaceForm } from '../../domain/names.ts';
import { extractedEvent } from '../contract.ts';
import { mastheadOf } from '../masthead.ts';
import { recognisedName } from '../mentions.ts';

/** Surface form of a mention: its text with whitespace collapsed and a trailing possessive removed. */
export function surfaceOf(context: ExtractContext, mention: Mention): string {
  return surfaceForm(context.doc.text.slice(mention.start, mention.end));
}

/** An entry's name and aliases, deduplicated in order (computed once per entry). */
const entryAliases = new WeakMap<GazetteerEntry, { list: string[]; set: Set<string> }>();
function aliasesOf(entry: GazetteerEntry): { list: string[]; set: Set<string> } {
  let found = entryAliases.get(entry);
  if (!found) {
    const set = new Set<string>([entry.name, ...entry.aliases]);
    found = { list: [...set], set };
    entryAliases.set(entry, found);
  }
  return found;
}

interface Building {
  id: string;
  label: string;
  type: EntityType;
  generic: boolean;
  wikidata: string | null;
  /** Aliases known before the document (the gazetteer's, shared; or the label), then `extra` in order seen. */
  base: readonly string[];
  baseSet: ReadonlySet<string> | null;
  extra: string[];
  /** Surface forms this document used, in order first seen. */
  forms: string[];
  first: number;
}

/** Records a surface form the document used, and adds it to the entity's aliases unless it is there already. */
function addAlias(building: Building, alias: string): void {
  if (!building.forms.includes(alias)) building.forms.push(alias);
  if (building.baseSet ? building.baseSet.has(alias) : building.base[0] === alias) return;
  if (!building.extra.includes(alias)) building.extra.push(alias);
}

function newEntity(context: ExtractContext, key: string, fallbackType: EntityType, first: number): Building {
  const entry = context.gazetteer.get(key);
  const info = context.entityInfo.get(key);
  const label = entry?.name ?? info?.label ?? key;
  const known = entry ? aliasesOf(entry) : null;
  return {
    id: key,
    label,
    type: entry?.type ?? info?.type ?? fallbackType,
    generic: entry?.generic ?? info?.generic ?? false,
    wikidata: entry?.wikidata ?? null,
    base: known ? known.list : [label],
    baseSet: known ? known.set : null,
    extra: [],
    forms: [],
    first,
  };
}

/** Keeps the better of two candidates for the same (subject, predicate, object). */
function better(a: ClosedRelation, b: ClosedRelation): ClosedRelation {
  if ((a.count === null) !== (b.count === null)) return a.count !== null ? a : b;
  const lengthA = a.evidence.end - a.evidence.start;
  const lengthB = b.evidence.end - b.evidence.start;
  return lengthB < lengthA ? b : a;
}

/**
 * Whether a mention's surface is a name of its entity, fit to be an alias. The gazetteer lists descriptive compounds
 * among a state's demonyms so that they are read as the state ("Russian-made", "Russian-held", "US-made"), but such a
 * form describes a thing: a demonym mention whose text is another form of the same state, a hyphen and a word is
 * never stored as an alias.
 */
export function namesEntity(context: ExtractContext, mention: Mention, surface: string): boolean {
  if (mention.kind !== 'demonym') return true;
  const hyphen = surface.lastIndexOf('-');
  if (hyphen <= 0) return true;
  const head = surface.slice(0, hyphen).toLowerCase();
  const entry = context.gazetteer.get(mention.entity);
  if (!entry) return true;
  return ![entry.name, ...entry.aliases, ...(entry.demonyms ?? [])].some((form) => form.toLowerCase() === head);
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
      if (surface && namesEntity(context, mention, surface)) addAlias(entity, surface);
    }
  }
  // 1b. The publisher of an all-caps masthead that ingest dropped as furniture (../masthead.ts): an entity of its own,
  // or one more form of the organisation the text names.
  const masthead = mastheadOf(doc, context.lexicon, context.gazetteer);
  if (masthead) {
    // "CARRICK NEWS AGENCY" above a text that calls itself "CNA": the acronym of the name is the same publisher.
    const acronym = [...entities.values()].find((e) => e.type === 'Organisation' && e.label === masthead.acronym);
    const key = masthead.entry?.id ?? acronym?.id ?? recognisedName(context, 'Organisation', masthead.label);
    let entity = entities.get(key);
    if (!entity) {
      entity = newEntity(context, key, 'Organisation', -1);
      entities.set(key, entity);
    }
    addAlias(entity, masthead.label);
    addAlias(entity, masthead.printed);
  }
  // 2. Relations: dedup per (subject, predicate, object); addressees merged.
  const best = new Map<string, ClosedRelation>();
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
  // 3. Events: ids in document order, evidence spans with their text; every entity they name is in the list.
  const evidence = (span: Span): Evidence => ({ text: doc.text.slice(span.start, span.end), start: span.start, end: span.end });
  const events: ExtractedEvent[] = context.events.map((e, i) => {
    const at = e.evidence[0]?.start ?? 0;
    for (const id of [e.attacker, ...e.claimedBy, ...e.weapons.map((w) => w.weapon), ...e.targets]) {
      if (!entities.has(id)) entities.set(id, newEntity(context, id, 'Organisation', at));
    }
    return extractedEvent({
      ...e,
      id: `${doc.id}#e${i + 1}`,
      evidence: e.evidence.map(evidence),
      claims: e.claims.map((c) => ({ ...c, evidence: c.evidence.map(evidence) })),
    });
  });
  // 4. Entities in order of first mention.
  const list: ExtractedEntity[] = [...entities.values()]
    .sort((a, b) => a.first - b.first)
    .map((e) => ({ id: e.id, label: e.label, type: e.type, aliases: e.base.concat(e.extra), forms: e.forms, generic: e.generic, wikidata: e.wikidata }));
  return {
    document: { id: doc.id, title: doc.title, published: doc.published, source: doc.source, byline: doc.byline },
    entities: list,
    relations,
    events,
  };
}
