/**
 * The event model of extraction (issue 9): the relations as stated per sentence become the document's events (see
 * ./model.ts); step 20-events (../steps/20-events.ts) runs it. The model reads the context only through
 * `EventInput` (built by `eventInput`), so the pipeline's layers can change without touching it.
 */
import type { ExtractContext } from '../context.ts';
import type { EntityType } from '../../domain/index.ts';
import type { Gazetteer } from '../../domain/gazetteer/index.ts';
import type { GazetteerEntry } from '../../domain/gazetteer/types.ts';
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
  const isGenericKey = (key: string): boolean => key.startsWith('generic:') || (gazetteer.get(key)?.generic ?? entityInfo.get(key)?.generic ?? false);
  const told = toldKinds(context, readSlug, isGenericKey);
  const slugOf = (key: string): string => {
    let slug = slugs.get(key);
    if (slug === undefined) slugs.set(key, (slug = told.get(key) ?? readSlug(key)));
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
    isGeneric: isGenericKey,
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

/**
 * The generic weapon class that the longest of the one to three words after a weapon's name names (`told`, the match
 * of `toldKinds`'s words: " guided missiles"), memoised per gazetteer (which never changes once built) and words: the
 * same few words follow weapon names in every document, and each look-up walks the gazetteer's trie letter by letter.
 */
const toldClassMemo = new WeakMap<Gazetteer, Map<string, GazetteerEntry | null>>();
/** Memo entries kept at most per gazetteer (cleared when full: a long run meets ever new words). */
const MAX_TOLD_CLASSES = 50_000;

function toldClass(gazetteer: Gazetteer, told: RegExpExecArray): GazetteerEntry | undefined {
  let memo = toldClassMemo.get(gazetteer);
  if (memo === undefined) {
    memo = new Map();
    toldClassMemo.set(gazetteer, memo);
  }
  const known = memo.get(told[0]);
  if (known !== undefined) return known ?? undefined;
  let entry: GazetteerEntry | undefined;
  for (let n = 3; n >= 1 && !entry; n--) {
    if (told[n] === undefined) continue;
    entry = gazetteer.lookupSurface(told.slice(1, n + 1).join(' ')).find((e) => e.type === 'WeaponSystem' && e.generic);
  }
  if (memo.size >= MAX_TOLD_CLASSES) memo.clear();
  memo.set(told[0], entry ?? null);
  return entry;
}

/**
 * The kind a document gives a named weapon by the class noun right after its name ("four Kh-59 guided missiles",
 * "Kh-59/Kh-69 guided missiles"): a kind of the same head as the gazetteer's class (Kh-59 is filed as a cruise missile)
 * that the text uses for it. Within the document that kind is the weapon's class, so that "two of the guided missiles"
 * or "the guided missile was destroyed" count the named weapon's line. A weapon the text gives two kinds keeps its own.
 */
function toldKinds(context: ExtractContext, readSlug: (key: string) => string, isGeneric: (key: string) => boolean): Map<string, string> {
  const { mentions, doc, lexicon, gazetteer } = context;
  const kinds = new Map<string, Set<string>>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m?.type !== 'WeaponSystem' || isGeneric(m.entity)) continue;
    // (Named systems joined by slashes share the noun after the last: "Kh-59/Kh-69 guided missiles".)
    const names = [m.entity];
    let j = i + 1;
    let end = m.end;
    for (; j < mentions.length; j++) {
      const o = mentions[j];
      if (!o || o.sentence !== m.sentence || o.start < end) continue;
      if (o.type !== 'WeaponSystem' || !/^\s*\/\s*$/.test(doc.text.slice(end, o.start)) || isGeneric(o.entity)) break;
      names.push(o.entity);
      end = o.end;
    }
    // (The class noun right after the name is part of its mention, not one of its own: read it off the text.)
    const words = /^ ([\p{L}-]+)(?: ([\p{L}-]+))?(?: ([\p{L}-]+))?/u.exec(doc.text.slice(end, end + 60));
    const entry = words ? toldClass(gazetteer, words) : undefined;
    if (!entry) continue;
    const kind = readSlug(`generic:${entry.id}`);
    // Only a kind ("guided-missile"), not a bare class or a role of it ("missile", "attack drone").
    if (!kind.includes('-') || lexicon.roleClasses.has(kind)) continue;
    for (const name of names) {
      const own = readSlug(name);
      if (own === '' || own === kind || own.slice(own.lastIndexOf('-') + 1) !== kind.slice(kind.lastIndexOf('-') + 1)) continue;
      const set = kinds.get(name) ?? new Set<string>();
      set.add(kind);
      kinds.set(name, set);
    }
  }
  const out = new Map<string, string>();
  for (const [name, set] of kinds) if (set.size === 1) out.set(name, [...set][0] as string);
  return out;
}
