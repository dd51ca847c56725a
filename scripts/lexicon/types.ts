/**
 * The shapes of the semantic-class files in ontology/lexicon: seeds.json and review.json (written by hand) and
 * classes.json (written by grow.ts). A rule reads classes.json; the other two are the generator's input.
 */

/** Parts of speech a class may hold. `function` is a closed-class word or phrase that WordNet does not cover. */
export type LexPos = 'verb' | 'noun' | 'adjective' | 'adverb' | 'function';

/** One hand-chosen WordNet sense a class grows from. */
export interface Seed {
  /** WordNet 3.1 sense key, e.g. `strike%2:33:00::`. */
  sense: string;
  /** Levels of hyponyms (troponyms for verbs, similar satellites for adjectives) to follow; default 0. */
  depth?: number;
  /** Follow derivationally related forms into the class's parts of speech; default true. */
  derive?: boolean;
  /** Why this sense: the gloss in a few words, and what it brings. */
  note: string;
}

/** A class as seeds.json declares it. */
export interface ClassSpec {
  /** One line: what the class means to a rule. */
  definition: string;
  /** Parts of speech the class keeps (a candidate of another part of speech is not a candidate). */
  pos: LexPos[];
  seeds: Seed[];
  /** Other classes whose seed senses also feed this one, through derivations only (verb -> noun). */
  deriveFrom?: string[];
  /** Lexicographer files (`noun.act`, `noun.event`) a derived form must come from; default any. */
  deriveLexFiles?: string[];
  /** Closed-class words listed directly (modals, conditionals): WordNet covers open-class words only. */
  closed?: { words: string[]; reason: string };
}

/** seeds.json */
export interface SeedFile {
  _comment?: string;
  /** Particles of phrasal verbs: adverbial ones let an object come between verb and particle. */
  particles: {
    separable: string[];
    prepositional: string[];
    /** Fixed phrases after a verb that an object may stand before ("knocked 44 of them out of the sky"). */
    separablePhrases?: string[];
  };
  classes: Record<string, ClassSpec>;
}

/** A manual addition: a lemma WordNet lacks (or lacks in the news sense), with the reason. */
export interface ManualAddition {
  pos: Exclude<LexPos, 'function'>;
  reason: string;
}

/** The review of one class: every WordNet candidate accepted or rejected (rejections grouped by reason). */
export interface ClassReview {
  accept: string[];
  /** reason -> lemmas rejected for it. */
  reject: Record<string, string[]>;
  /** lemma -> manual addition. */
  add?: Record<string, ManualAddition>;
}

/** review.json */
export interface ReviewFile {
  _comment?: string;
  classes: Record<string, ClassReview>;
  inflection: {
    /** Forms that replace the inflector's output, by lemma (`blitz`: plural `blitzes`). */
    overrides: Record<string, Partial<Record<InflectionSlot, string[]>>>;
    /** Verbs whose final syllable is stressed: American spelling doubles the l too (repel -> repelled only). */
    stressedFinalL: string[];
    /** Multi-word verbs inflected on the last word (`carpet bomb` -> `carpet bombed`). */
    lastWordHead: string[];
    /** Nouns with no plural in news use. */
    uncountable: string[];
    /** Forms the lemmatiser cross-check does not map back to the lemma but that are right, with the reason. */
    confirmed: Record<string, string>;
  };
  spelling: {
    /** American -> British spellings of whole words. */
    words: Record<string, string>;
    /** Words ending in -ize that have no -ise variant (size, prize). */
    izeExceptions: string[];
  };
}

/** The inflection slots a form can fill. */
export type InflectionSlot = 'base' | 'third' | 'past' | 'participle' | 'gerund' | 'plural';

/** One lemma of a generated class. */
export interface ClassEntry {
  /** Lower case, except a proper noun as WordNet spells it (`Monday`): its forms are matched case-sensitively. */
  lemma: string;
  /** Its parts of speech in the class (the forms cover all of them). */
  pos: LexPos[];
  /** `wordnet` (grown from the seeds), `manual` (review.json `add`), `closed` (seeds.json closed list). */
  source: 'wordnet' | 'manual' | 'closed';
  /** WordNet sense keys through which the lemma entered (wordnet entries only). */
  senses?: string[];
  /** Phrasal verbs: the verb, its particle, and whether an object may stand between them. */
  head?: string;
  particle?: string;
  separable?: boolean;
  /** Every surface form (lower case unless the lemma is a proper noun), sorted; spelling variants included. */
  forms: string[];
}

/** One generated class. */
export interface LexClass {
  definition: string;
  entries: ClassEntry[];
  /** The union of the entries' forms, sorted: what a phrase matcher loads. */
  forms: string[];
}

/** classes.json */
export interface ClassesFile {
  _comment: string;
  source: Record<string, string>;
  classes: Record<string, LexClass>;
}
