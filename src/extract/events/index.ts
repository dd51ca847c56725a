/**
 * The event model of extraction (issue 9): the relations as stated per sentence become the document's events (see
 * ./model.ts); step 20-events (../steps/20-events.ts) runs it. The model reads the context only through
 * `EventInput` (built by `eventInput`), so the pipeline's layers can change without touching it.
 */
import type { ExtractContext } from '../context.ts';
import type { EntityType } from '../../domain/index.ts';
import type { EventInput } from './types.ts';

export type { ClaimRecord, EventInput, EventRecord } from './types.ts';
export { buildEvents } from './model.ts';
export { findTimeExpressions, referenceDay, type TimeExpression, type TimeKind } from './dates.ts';

/** The narrow view of a processed document that the event model reads: the layers up to `statedRelations`. */
export function eventInput(context: ExtractContext): EventInput {
  const { gazetteer, entityInfo, lexicon } = context;
  const { opponents, numberWords } = lexicon;
  // The class slug and head of a key, read once per key and document (the model asks for them per statement and line).
  const slugs = new Map<string, string>();
  const heads = new Map<string, string>();
  const readSlug = (key: string): string => {
    const bare = key.startsWith('generic:') ? key.slice('generic:'.length) : key;
    const entry = gazetteer.get(bare);
    if (key.startsWith('generic:') || entry?.generic || entityInfo.get(key)?.generic) return bare;
    const slug = entry?.class ?? '';
    return slug.startsWith('generic:') ? slug.slice('generic:'.length) : slug;
  };
  const slugOf = (key: string): string => {
    let slug = slugs.get(key);
    if (slug === undefined) slugs.set(key, (slug = readSlug(key)));
    return slug;
  };
  const countryOf = (key: string): string | null => {
    const entry = gazetteer.get(key);
    if (entry) return entry.type === 'Country' ? entry.id : (entry.country ?? null);
    return entityInfo.get(key)?.type === 'Country' ? key : null;
  };
  const armedForce = (key: string): boolean => gazetteer.isArmedForce(key);
  return {
    text: context.doc.text,
    published: context.doc.published,
    sentences: context.sentences,
    tokens: context.tokens,
    mentions: context.mentions,
    relations: context.statedRelations,
    lexicon,
    // (An armed force stands for its state: "the air force" downed what the state's opponent sent.)
    opponentOf: (side) => opponents.get(side) ?? (armedForce(side) ? (opponents.get(countryOf(side) ?? '') ?? null) : null),
    countryOf,
    typeOf: (key): EntityType | null => gazetteer.get(key)?.type ?? entityInfo.get(key)?.type ?? null,
    isGeneric: (key) => key.startsWith('generic:') || (gazetteer.get(key)?.generic ?? entityInfo.get(key)?.generic ?? false),
    classHead: (key) => {
      let head = heads.get(key);
      if (head === undefined) {
        const slug = slugOf(key);
        heads.set(key, (head = slug.slice(slug.lastIndexOf('-') + 1)));
      }
      return head;
    },
    isBareClass: (key) => {
      const slug = slugOf(key);
      if (slug === '' || !(key.startsWith('generic:') || (gazetteer.get(key)?.generic ?? entityInfo.get(key)?.generic ?? false))) return false;
      // A role class ("attack drone", lexicon roleClasses) names no kind: it is its head class in another role.
      return !slug.includes('-') || lexicon.roleClasses.has(slug);
    },
    classSlug: slugOf,
    numberValue: (word) => {
      if (/^\d[\d,]*$/.test(word)) return Number(word.replace(/,/g, ''));
      return numberWords.get(word) ?? null;
    },
  };
}
