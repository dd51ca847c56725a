/**
 * The word classes of the syntactic layer, read once from ontology/lexicon/syntax.json. Each per-token class is one
 * bit of a 32-bit mask (`W`), so the layer classifies a token with one map look-up and then tests bits; the few
 * lists that are only consulted at candidate positions stay plain sets.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.ts';

/** Bits of the per-token word-class mask (one per list of syntax.json). */
export const W = {
  DETERMINER: 1 << 0,
  POSSESSIVE: 1 << 1,
  SUBJECT_PRONOUN: 1 << 2,
  OBJECT_PRONOUN: 1 << 3,
  QUANTIFIER: 1 << 4,
  VAGUE: 1 << 5,
  NUMBER_WORD: 1 << 6,
  NUMBER_QUALIFIER: 1 << 7,
  BE: 1 << 8,
  HAVE: 1 << 9,
  DO: 1 << 10,
  MODAL: 1 << 11,
  FUTURE: 1 << 12,
  NEGATION: 1 << 13,
  IRREALIS: 1 << 14,
  NEGATIVE_GOVERNOR: 1 << 15,
  OBJECT_CONTROL: 1 << 16,
  SPEECH: 1 << 17,
  RELATIVE: 1 << 18,
  COMPLEMENTIZER: 1 << 19,
  SUBORDINATOR: 1 << 20,
  CONDITIONAL: 1 << 21,
  PARTICLE: 1 << 22,
  COMITATIVE_VERB: 1 << 23,
  COMITATIVE_PREP: 1 << 24,
  TEMPORAL: 1 << 25,
  TEMPORAL_MODIFIER: 1 << 26,
  MONTH: 1 << 27,
  ELLIPSIS_ADVERB: 1 << 28,
  PARTICIPLE: 1 << 29,
  BULLET: 1 << 30,
  COORDINATOR: 1 << 31,
} as const;

/** Which list of syntax.json fills which bit. */
const BIT_LISTS: ReadonlyArray<[string, number]> = [
  ['determiner', W.DETERMINER],
  ['possessivePronoun', W.POSSESSIVE],
  ['subjectPronoun', W.SUBJECT_PRONOUN],
  ['objectPronoun', W.OBJECT_PRONOUN],
  ['quantifier', W.QUANTIFIER],
  ['vagueQuantity', W.VAGUE],
  ['numberQualifier', W.NUMBER_QUALIFIER],
  ['be', W.BE],
  ['have', W.HAVE],
  ['do', W.DO],
  ['modal', W.MODAL],
  ['future', W.FUTURE],
  ['negation', W.NEGATION],
  ['irrealisGovernor', W.IRREALIS],
  ['negativeGovernor', W.NEGATIVE_GOVERNOR],
  ['objectControl', W.OBJECT_CONTROL],
  ['speech', W.SPEECH],
  ['relative', W.RELATIVE],
  ['complementizer', W.COMPLEMENTIZER],
  ['adverbialSubordinator', W.SUBORDINATOR],
  ['conditional', W.CONDITIONAL],
  ['particle', W.PARTICLE],
  ['comitativeVerb', W.COMITATIVE_VERB],
  ['comitativePreposition', W.COMITATIVE_PREP],
  ['temporalNoun', W.TEMPORAL],
  ['temporalModifier', W.TEMPORAL_MODIFIER],
  ['month', W.MONTH],
  ['ellipsisAdverb', W.ELLIPSIS_ADVERB],
  ['participle', W.PARTICIPLE],
  ['bullet', W.BULLET],
  ['coordinator', W.COORDINATOR],
];

/** The compiled lexicon of the syntactic layer. */
export interface SyntaxLexicon {
  /** Word-class mask (`W` bits) by lower-case word. */
  readonly classes: ReadonlyMap<string, number>;
  /** Value of number words ("ten" -> 10, "dozen" -> 12). */
  readonly numberValue: ReadonlyMap<string, number>;
  /** Words that multiply the number before them ("hundred", "thousand", "million"). */
  readonly multiplier: ReadonlySet<string>;
  /** "this", "these", "those", "that": a determiner that can stand alone as a pronoun. */
  readonly demonstrative: ReadonlySet<string>;
  /** Dash tokens ("-", "–", "—"). */
  readonly dash: ReadonlySet<string>;
  /** "according" (of "according to X"). */
  readonly according: ReadonlySet<string>;
  /** Number qualifiers by first word, longest first: the words and the kind ("more than" -> min). */
  readonly qualifiers: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; kind: QualifierKind }>>;
}

/** What a number qualifier says about the number after it. */
export type QualifierKind = 'min' | 'max' | 'approx' | 'exact';
const QUALIFIER_KINDS = new Set(['min', 'max', 'approx', 'exact']);

type Raw = Record<string, unknown>;
const SOURCE = 'ontology/lexicon/syntax.json';

function list(raw: Raw, key: string): string[] {
  const value = raw[key];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new InputError(SOURCE, `"${key}" is missing or not a list of strings; expected an array of lower-case words`);
  }
  return value as string[];
}

/** Compiles the parsed JSON of syntax.json. */
export function compileSyntaxLexicon(raw: Raw): SyntaxLexicon {
  const classes = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    const key = word.toLowerCase();
    classes.set(key, (classes.get(key) ?? 0) | bit);
  };
  for (const [key, bit] of BIT_LISTS) for (const word of list(raw, key)) add(word, bit);
  const numbers = raw.numberWord;
  if (typeof numbers !== 'object' || numbers === null || Array.isArray(numbers)) {
    throw new InputError(SOURCE, '"numberWord" is missing; expected an object of word -> value');
  }
  const numberValue = new Map<string, number>();
  for (const [word, value] of Object.entries(numbers as Record<string, unknown>)) {
    if (typeof value !== 'number') throw new InputError(SOURCE, `numberWord "${word}" has no numeric value; expected a number`);
    numberValue.set(word.toLowerCase(), value);
    add(word, W.NUMBER_WORD);
  }
  const rawQualifiers = raw.quantityQualifier;
  if (typeof rawQualifiers !== 'object' || rawQualifiers === null || Array.isArray(rawQualifiers)) {
    throw new InputError(SOURCE, '"quantityQualifier" is missing; expected an object of phrase -> min|max|approx|exact');
  }
  const qualifiers = new Map<string, Array<{ words: string[]; kind: QualifierKind }>>();
  for (const [phrase, kind] of Object.entries(rawQualifiers as Record<string, unknown>)) {
    if (phrase.startsWith('_')) continue;
    if (typeof kind !== 'string' || !QUALIFIER_KINDS.has(kind)) throw new InputError(SOURCE, `quantityQualifier "${phrase}" has kind ${String(kind)}; expected min, max, approx or exact`);
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    const list = qualifiers.get(words[0]!) ?? [];
    list.push({ words, kind: kind as QualifierKind });
    list.sort((a, b) => b.words.length - a.words.length);
    qualifiers.set(words[0]!, list);
  }
  return {
    classes,
    qualifiers,
    numberValue,
    multiplier: new Set(list(raw, 'multiplier')),
    demonstrative: new Set(list(raw, 'demonstrative')),
    dash: new Set(list(raw, 'dash')),
    according: new Set(list(raw, 'according')),
  };
}

let cached: SyntaxLexicon | null = null;

/** The lexicon of ontology/lexicon/syntax.json, read and compiled on first use. */
export function syntaxLexicon(): SyntaxLexicon {
  if (cached) return cached;
  const url = new URL('../../../ontology/lexicon/syntax.json', import.meta.url);
  let raw: Raw;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8')) as Raw;
  } catch (error) {
    throw new InputError(url.pathname, `cannot read the syntax lexicon (${(error as Error).message}); expected a JSON file`);
  }
  cached = compileSyntaxLexicon(raw);
  return cached;
}
