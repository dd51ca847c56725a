/**
 * Name normalisation, one home for every stage: each purpose has its own named function, because outputs depend on
 * the exact rules of each (an entity key, a graph merge key, a scorer's comparison must not drift into one another).
 * Browser-safe, no imports but types.
 *
 *   function            used by                        what it keeps
 *   foldKey             extract (gazetteer matcher)    a-z and 0-9 only; diacritics, ł and ø folded (memoised)
 *   entitySlug          extract (entity keys)          a-z0-9 words joined by "-", diacritics folded ("x" when empty)
 *   recognisedKey       extract (names not in the      `<type>:<entitySlug>`
 *                       gazetteer)
 *   genericClassKey     extract (weapon classes)       `generic:` + lower-case a-z0-9 runs joined by "-"
 *   surfaceForm         extract (entity aliases)       the text with whitespace collapsed, a final possessive dropped
 *   descriptionPhrase   extract (coreference)          lower case without a leading "the "
 *   mergeName           graph (merging entities)       NFKD letters and digits, case-folded, words single-spaced
 *   mergeKey            graph                          `<Type>|<mergeName>`
 *   lookupKey           query (finding an entity)      NFKD letters and digits of any script, case-folded, no spaces
 *   scoreName           eval (matching gold names)     lower-case letters and digits of any script (no NFKD)
 */
import type { EntityType } from './entities.ts';

// ---------------------------------------------------------------------------------------------- extract: matcher

const DIACRITICS = /[\u0300-\u036f]/g;
const foldCache = new Map<string, string>();

/** The gazetteer matcher's key: lower-case a-z and 0-9 only, diacritics removed ("U.S." -> "us", "Przewodów" -> "przewodow"). */
export function foldKey(value: string): string {
  let key = foldCache.get(value);
  if (key === undefined) {
    key = foldUncached(value);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(value, key);
  }
  return key;
}

function foldUncached(value: string): string {
  let plain = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      plain = false;
      break;
    }
  }
  if (plain) return value;
  let lower = value.toLowerCase();
  if (/[\u0080-\uffff]/.test(lower)) lower = lower.normalize('NFD').replace(DIACRITICS, '').replace(/ł/g, 'l').replace(/ø/g, 'o');
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += lower[i];
  }
  return out;
}

// ------------------------------------------------------------------------------------------- extract: entity keys

/** The slug part of an entity key: a-z0-9 words joined by "-", diacritics folded ("Tomás Varga" -> "tomas-varga"). */
export function entitySlug(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'x';
}

/** The entity key of a name the gazetteer does not know: `<type>:<slug>` ("person:tomas-varga"). */
export function recognisedKey(type: EntityType, label: string): string {
  return `${type.toLowerCase()}:${entitySlug(label)}`;
}

/** The entity key of a weapon class the gazetteer does not know: `generic:<slug>` ("generic:attack-drone"). */
export function genericClassKey(label: string): string {
  return `generic:${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

// --------------------------------------------------------------------------------------- extract: surface forms

/** True for the characters of the regex class `\s` (also what `trim` removes). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** True when `text` is already a surface form: single inner spaces only, no edge space, no trailing possessive. */
function isPlainSurface(text: string): boolean {
  const n = text.length;
  if (n === 0 || isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1))) return false;
  const last = text.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return false;
  if (last === 115 && n > 1 && (text.charCodeAt(n - 2) === 39 || text.charCodeAt(n - 2) === 0x2019)) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : isSpace(c)) return false;
  }
  return true;
}

/** The surface form of a mention's text: whitespace collapsed, a trailing possessive ("'s", "'") removed. */
export function surfaceForm(text: string): string {
  if (isPlainSurface(text)) return text;
  return text
    .replace(/\s+/g, ' ')
    .replace(/['\u2019]s?$/, '')
    .trim();
}

/** The phrase of a definite description: lower case, without a leading "the " ("The Alliance" -> "alliance"). */
export function descriptionPhrase(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '');
}

// ------------------------------------------------------------------------------------------- graph: merge keys

/**
 * Replaces lone UTF-16 surrogates and the noncharacters U+FFFE / U+FFFF by U+FFFD, so the string survives UTF-8
 * and every RDF parser unchanged (raptor rejects U+FFFE).
 */
export function wellFormed(text: string): string {
  // Fast path: most strings have none of these at all.
  if (!/[\ud800-\udfff\ufffe\uffff]/.test(text)) return text;
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd');
}

/**
 * The name under which the graph merges entities that have no gazetteer id or QID: NFKD, case-folded, marks
 * removed, quotes/dots dropped, other punctuation a space, whitespace collapsed ("Volodymyr  Zelens'kyy" -> "volodymyr zelenskyy").
 */
export function mergeName(name: string): string {
  return wellFormed(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`"“”.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The merge key of an entity in the graph: its type and `mergeName` of its label. */
export function mergeKey(type: EntityType, label: string): string {
  return `${type}|${mergeName(label)}`;
}

// ------------------------------------------------------------------------------------------- query: lookup keys

/**
 * The lookup key of a name in the query API: NFKD, marks removed, lower-cased, only letters and digits of any script
 * kept ("U.S." = "us", "Shahed 136" = "Shahed-136"); '' for a name with no letter or digit.
 */
export function lookupKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// ------------------------------------------------------------------------------------------------ eval: scoring

/** A name as the scorer compares it with gold names: lower case, letters and digits of any script only. */
export function scoreName(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
