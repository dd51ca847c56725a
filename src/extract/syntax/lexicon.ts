/**
 * The word classes of the syntactic layer: the lists of ontology/lexicon/syntax.json, compiled by the lexicon table
 * (../lexicon.ts) like every other list, turned into one bit each of a 32-bit mask (`W`), so the layer classifies a
 * token with one map look-up and then tests bits; the few lists that are only consulted at candidate positions stay
 * plain sets.
 */
import { defaultLexicon, type Lexicon, type QualifierKind } from '../lexicon.ts';

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
  /** Nouns of a stated text ("statement", "message", "post"). */
  readonly speechNoun: ReadonlySet<string>;
  /** "according" (of "according to X"). */
  readonly according: ReadonlySet<string>;
  /** Marks that make the number before them a clock time ("3 a.m."). */
  readonly clockMark: ReadonlySet<string>;
  /** Number qualifiers by first word, longest first: the words and the kind ("more than" -> min). */
  readonly qualifiers: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; kind: QualifierKind }>>;
}

export type { QualifierKind } from '../lexicon.ts';

/**
 * Builds the syntactic layer's word classes from the lists of syntax.json as the lexicon table compiled them: one
 * bit per class list, number words with their values.
 */
export function compileSyntaxLexicon(lex: Lexicon): SyntaxLexicon {
  // Which list fills which bit.
  const bitLists: ReadonlyArray<[ReadonlySet<string>, number]> = [
    [lex.determiner, W.DETERMINER],
    [lex.possessivePronoun, W.POSSESSIVE],
    [lex.subjectPronoun, W.SUBJECT_PRONOUN],
    [lex.objectPronoun, W.OBJECT_PRONOUN],
    [lex.quantifier, W.QUANTIFIER],
    [lex.vagueQuantity, W.VAGUE],
    [lex.numberQualifier, W.NUMBER_QUALIFIER],
    [lex.be, W.BE],
    [lex.have, W.HAVE],
    [lex.do, W.DO],
    [lex.modalAuxiliary, W.MODAL],
    [lex.future, W.FUTURE],
    [lex.negator, W.NEGATION],
    [lex.irrealisGovernor, W.IRREALIS],
    [lex.negativeGovernor, W.NEGATIVE_GOVERNOR],
    [lex.objectControl, W.OBJECT_CONTROL],
    [lex.speech, W.SPEECH],
    [lex.relative, W.RELATIVE],
    [lex.complementizer, W.COMPLEMENTIZER],
    [lex.adverbialSubordinator, W.SUBORDINATOR],
    [lex.conditionalConjunction, W.CONDITIONAL],
    [lex.particle, W.PARTICLE],
    [lex.comitativeVerb, W.COMITATIVE_VERB],
    [lex.comitativePreposition, W.COMITATIVE_PREP],
    [lex.temporalNoun, W.TEMPORAL],
    [lex.temporalModifier, W.TEMPORAL_MODIFIER],
    [lex.month, W.MONTH],
    [lex.ellipsisAdverb, W.ELLIPSIS_ADVERB],
    [lex.participle, W.PARTICIPLE],
    [lex.bullet, W.BULLET],
    [lex.coordinator, W.COORDINATOR],
  ];
  const classes = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    classes.set(word, (classes.get(word) ?? 0) | bit);
  };
  for (const [words, bit] of bitLists) for (const word of words) add(word, bit);
  for (const word of lex.numberWord.keys()) add(word, W.NUMBER_WORD);
  return {
    classes,
    qualifiers: lex.quantityQualifier,
    numberValue: lex.numberWord,
    multiplier: lex.multiplier,
    demonstrative: lex.demonstrative,
    dash: lex.dash,
    speechNoun: lex.speechNoun,
    according: lex.according,
    clockMark: lex.clockMark,
  };
}

const compiled = new WeakMap<Lexicon, SyntaxLexicon>();

/** The word classes of a lexicon (default: the project's ontology/lexicon), compiled once per lexicon. */
export function syntaxLexicon(lex: Lexicon = defaultLexicon()): SyntaxLexicon {
  let syntax = compiled.get(lex);
  if (!syntax) {
    syntax = compileSyntaxLexicon(lex);
    compiled.set(lex, syntax);
  }
  return syntax;
}
