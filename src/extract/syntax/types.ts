/**
 * Types of the shallow syntactic layer: tag codes, record layouts and flag bits.
 *
 * The layer keeps every structure as a record of small integers in a flat `Int32Array` (one table per kind of
 * structure); a record's fields are read with the named offsets below (`layer.np(c, NP.head)`). Every field that
 * points at text is a token index into the document's token array, and every link is a record index into another
 * table; -1 means "none". Nothing copies text.
 *
 *   table     one record per                                 offsets  flags
 *   sentence  sentence of the input                          S        SF
 *   np        noun-phrase chunk ("the 35 Shahed drones")     NP       NPF
 *   coord     coordination of chunks ("A, B and C")          CO       COF
 *   vg        verb group with its frame ("were shot down")   VG       VGF
 *   pp        preposition + chunk ("at Kyiv")                PP       -
 *   clause    clause (main, relative, complement, ...)       CL       CLF
 *   quote     quotation span and its speaker frame           Q        -
 */

/** Universal POS tags as small integers (wink-nlp's tag set). */
export const Tag = {
  X: 0,
  ADJ: 1,
  ADP: 2,
  ADV: 3,
  AUX: 4,
  CCONJ: 5,
  DET: 6,
  INTJ: 7,
  NOUN: 8,
  NUM: 9,
  PART: 10,
  PRON: 11,
  PROPN: 12,
  PUNCT: 13,
  SCONJ: 14,
  SYM: 15,
  VERB: 16,
  SPACE: 17,
} as const;
export type TagCode = (typeof Tag)[keyof typeof Tag];

/** Shape bits per token (`SyntaxLayer.shape`), read off the token text and offsets. */
export const SHAPE = {
  /** Starts with an upper-case letter. */
  CAP: 1,
  /** Two or more letters, all upper case ("KYIV", "UK"). */
  ALL_CAPS: 2,
  /** Starts with a digit. */
  DIGIT: 4,
  /** Ends in "-ed" (a regular past form or participle). */
  ED: 8,
  /** Ends in "-ing". */
  ING: 16,
  /** Ends in "-s" but not "-ss" (a plural or a third-person verb). */
  S: 32,
  /** No space between this token and the previous one. */
  GLUED: 64,
  /** The tag was corrected by a rule of tags.ts. */
  RETAGGED: 128,
} as const;

/** Tag names by code (`TAG_NAMES[Tag.NOUN] === 'NOUN'`). */
export const TAG_NAMES: readonly string[] = Object.keys(Tag);

/** Field offsets of a sentence record. */
export const S = {
  /** First token and one past the last token of the sentence. */
  start: 0,
  end: 1,
  /** First token of the sentence body, after a bullet, a dateline or a topic label ("Kharkiv:"). */
  body: 2,
  /** `SF` bits. */
  flags: 3,
  /** Chunk of a topic label ("Kharkiv" in "Kharkiv: struck by missiles"), or -1. */
  topic: 4,
  /** Chunk of the place of a dateline ("KYIV" in "KYIV, Aug 28 (Reuters) -"), or -1. */
  dateline: 5,
  /** Ranges of record indexes that belong to the sentence: chunks, verb groups, clauses, prepositional phrases. */
  npStart: 6,
  npEnd: 7,
  vgStart: 8,
  vgEnd: 9,
  clauseStart: 10,
  clauseEnd: 11,
  ppStart: 12,
  ppEnd: 13,
} as const;
export const S_SIZE = 14;

/** Sentence flags. */
export const SF = {
  /** No final punctuation: a headline, a label or a list line. */
  HEADLINE: 1,
  /** Title Case headline (its tags were redone on the sentence-cased text). */
  TITLE_CASE: 2,
  /** Starts with a bullet ("- Kyiv: ..."). */
  BULLET: 4,
  /** Starts with a dateline ("KYIV, Aug 28 (Reuters) -"). */
  DATELINE: 8,
  /** Has a topic label ("Kharkiv: ..."). */
  TOPIC: 16,
  /** Ends with a question mark. */
  QUESTION: 32,
} as const;

/** Field offsets of a noun-phrase chunk record. Chunks are ordered by head token. */
export const NP = {
  /** First token and one past the last token (a possessed chunk starts at its possessor: "Russia's missiles"). */
  start: 0,
  end: 1,
  /** Head token: the last noun, the number of an elliptic quantity ("31 of the 36"), the pronoun. */
  head: 2,
  sentence: 3,
  /** Determiner or possessive pronoun token ("the", "their"), or -1. */
  det: 4,
  /** Quantity phrase [quantStart, quantEnd) ("more than 300", "31 of the 36", "dozens of", "all ten"), or -1. */
  quantStart: 5,
  quantEnd: 6,
  /** The number of the quantity (the whole in a partitive: 36 in "31 of the 36"), or -1. */
  count: 7,
  /** The part of a partitive (31 in "31 of the 36", 2 in "two of them"), or -1. */
  part: 8,
  /** First pre-modifier token ("Russian", "sea-launched", "Shahed"); pre-modifiers are [mod, head). -1 if none. */
  mod: 9,
  /** Possessor chunk ("Russia" of "Russia's missiles"), or -1. */
  poss: 10,
  /** Chunk of an "of" complement ("the presidential office" of "head of the presidential office"), or -1. */
  of: 11,
  /** Coordination record this chunk is a conjunct of, or -1. */
  coord: 12,
  /** Chunk this one is in apposition to ("head of ..." -> "Andrii Yermak"), or -1. */
  appos: 13,
  /** Preposition token governing the chunk ("at" of "at Kyiv"), or -1. */
  prep: 14,
  /** Index of the input mention covering the head, or -1 (only when mentions were given). */
  mention: 15,
  /** Head shared with the last conjunct ("Kharkiv" in "Kharkiv and Sumy regions" -> "regions"), or -1. */
  sharedHead: 16,
  /** `NPF` bits. */
  flags: 17,
  /** Clause holding the head, or -1 before clauses are built. */
  clause: 18,
} as const;
export const NP_SIZE = 19;

/** Chunk flags. */
export const NPF = {
  /** Head is a proper noun (or a name mention). */
  PROPER: 1,
  /** A personal or demonstrative pronoun ("they", "it", "these"). */
  PRONOUN: 2,
  /** A relative pronoun ("which", "who", "that", "all of which"). */
  RELATIVE: 4,
  /** Starts with a definite determiner ("the", "this", a possessive). */
  DEFINITE: 8,
  /** Ends in a possessive "'s" and owns the next chunk. */
  POSSESSOR: 16,
  /** A partitive quantity ("31 of the 36", "most of them"). */
  PARTITIVE: 32,
  /** Approximate count ("about 40", "dozens of"). */
  APPROX: 64,
  /** Lower bound ("more than 300", "at least 14"). */
  AT_LEAST: 128,
  /** Upper bound ("up to 20", "fewer than 10"). */
  AT_MOST: 256,
  /** Negative quantity ("no drones", "none of the missiles"). */
  NEGATIVE: 512,
  /** Universal quantity ("all ten", "all of them", "both"). */
  ALL: 1024,
  /** A time expression ("last week", "Tuesday"). */
  TEMPORAL: 2048,
  /** No noun head: the head is a number or quantifier ("the other 33", "31 of the 36"). */
  ELLIPTIC: 4096,
  /** Only modifiers, the head is shared with a later conjunct ("Russian" in "Russian and Belarusian territory"). */
  MODIFIER_ONLY: 8192,
  /** Inside a quotation. */
  QUOTED: 16384,
  /** Introduced by "of" after another chunk (it is that chunk's `of` complement). */
  OF_COMPLEMENT: 32768,
} as const;

/** Field offsets of a coordination record. */
export const CO = {
  /** First token of the first conjunct and one past the last token of the last one. */
  start: 0,
  end: 1,
  /** `CO_KIND` value. */
  kind: 2,
  /** The coordinating token ("and", "or", "with", ";"), the last one in a list. */
  conj: 3,
  /** Members: `layer.coordMembers[first .. first + count)` are chunk indexes, in text order. */
  first: 4,
  count: 5,
  /** `COF` bits. */
  flags: 6,
} as const;
export const CO_SIZE = 7;

/** Kinds of coordination. */
export const CO_KIND = {
  AND: 1,
  OR: 2,
  /** "mixed X with Y", "X along with Y", "X as well as Y": Y joins X. */
  COMITATIVE: 3,
  /** A list after a colon, items separated by ";" or ",". */
  LIST: 4,
} as const;

/** Coordination flags. */
export const COF = {
  /** The last conjunct's head is shared by the others ("Kharkiv and Sumy regions"). */
  SHARED_HEAD: 1,
  /** Has three or more members separated by commas. */
  SERIES: 2,
} as const;

/** Field offsets of a verb-group record (the verb chain and its shallow subject-verb-object frame). */
export const VG = {
  /** First and one past the last token of the verb chain ("had not been shot down"). */
  start: 0,
  end: 1,
  /** Main verb token ("shot"; the auxiliary itself for a copula or an ellipsis "did"). */
  head: 2,
  /** Verb particle ("down" of "shot down"), or -1. */
  particle: 3,
  sentence: 4,
  clause: 5,
  /** `VGF` bits. */
  flags: 6,
  /** `TENSE` value. */
  tense: 7,
  /** Modal or future auxiliary token ("would", "will"), or -1. */
  modal: 8,
  /** Negation token ("not", "n't", "never"), or -1. */
  neg: 9,
  /** Syntactic subject chunk (the patient of a passive, the antecedent of a reduced participle), or -1. */
  subject: 10,
  /** Direct object chunk, or -1 (the predicate nominal of a copula). */
  object: 11,
  /** Second object chunk ("gave Ukraine missiles"), or -1. */
  object2: 12,
  /** Agent chunk of a passive ("by X"), or -1. */
  agent: 13,
  /** Verb group this one complements: the governor of an infinitive, the verb a gerund adjunct hangs on. -1 if none. */
  governor: 14,
  /** For an ellipsis ("as did X", "X did too", a gapped clause), the verb group whose predicate it repeats. */
  copies: 15,
  /** Where the subject came from (`SUBJ` value). */
  subjectSource: 16,
} as const;
export const VG_SIZE = 17;

/** Verb-group flags. */
export const VGF = {
  /** Finite (tensed, or a bare headline verb): heads a clause. */
  FINITE: 1,
  PASSIVE: 2,
  /** A reduced relative participle: "missiles fired at Kyiv", "drones carrying explosives". */
  REDUCED: 4,
  /** "to" + verb. */
  INFINITIVE: 8,
  /** A gerund or participle adjunct after a comma (", adding that ...", ", killing three"). */
  ADJUNCT: 16,
  NEGATED: 32,
  /** A modal auxiliary ("would", "could", "may"). */
  MODAL: 64,
  FUTURE: 128,
  PERFECT: 256,
  PROGRESSIVE: 512,
  /** Under an irrealis governor ("plan to", "try to", "want to", "is going to"): not (yet) an event. */
  IRREALIS: 1024,
  /** A copula ("is", "were") with a predicate and no main verb. */
  COPULA: 2048,
  /** A verb of saying or reporting ("said", "told", "according to"). */
  SPEECH: 4096,
  /** Repeats the predicate of `copies` ("as did X", "X did too", gapping "and Belarus 10"). */
  ELLIPSIS: 8192,
  /** A bare participle used as a passive headline predicate ("Kyiv hit by drones", "3 drones downed"). */
  HEADLINE: 16384,
  /** Under a governor that negates it ("failed to", "refused to"). */
  NEGATIVE_GOVERNOR: 32768,
  /** The phrasal verb is wink-tagged NOUN/ADJ and was re-tagged (see tags.ts). */
  RETAGGED: 65536,
} as const;

/** Tense of a verb group. */
export const TENSE = { NONE: 0, PAST: 1, PRESENT: 2, FUTURE: 3 } as const;

/** Where a verb group's subject was found. */
export const SUBJ = {
  NONE: 0,
  /** A chunk left of the verb in its clause. */
  LEFT: 1,
  /** The chunk after the verb ("said Zelensky", "as did Japan"). */
  INVERTED: 2,
  /** Shared with a coordinated verb before it ("Russia launched X and struck Y"). */
  SHARED: 3,
  /** From the governing verb ("Russia plans to launch": its subject; "urged allies to send": its object). */
  CONTROLLED: 4,
  /** The antecedent of a reduced participle ("missiles fired at Kyiv"). */
  ANTECEDENT: 5,
  /** The topic label of a headline or bullet ("Kharkiv: struck by missiles"). */
  TOPIC: 6,
} as const;

/** Field offsets of a prepositional-phrase record. */
export const PP = {
  /** Preposition token (the first of "according to", "ahead of"). */
  prep: 0,
  /** Object chunk. */
  object: 1,
  /** Verb group in whose scope the phrase stands, or -1. */
  vg: 2,
  /** Chunk right before the preposition (noun attachment, "strikes on Kyiv"), or -1. */
  noun: 3,
  clause: 4,
} as const;
export const PP_SIZE = 5;

/** Field offsets of a clause record. Clauses nest: an embedded clause is a contiguous token range inside its parent. */
export const CL = {
  start: 0,
  end: 1,
  /** `CL_KIND` value. */
  kind: 2,
  /** Enclosing clause, or -1 for a top clause. */
  parent: 3,
  /** The word that opens it ("which", "that", "after", "if", "and"), or -1. */
  marker: 4,
  /** Antecedent chunk of a relative clause, or -1. */
  antecedent: 5,
  /** For a complement or report clause: the verb of saying it depends on; for others -1. */
  governor: 6,
  /** The speaker of the clause's content (subject of a governing "said", of a report tag, of a quotation), or -1. */
  speaker: 7,
  /** `CLF` bits. */
  flags: 8,
  sentence: 9,
} as const;
export const CL_SIZE = 10;

/** Kinds of clause. */
export const CL_KIND = {
  MAIN: 1,
  /** A main clause coordinated with the one before (", and ...", "; ...", ", but ..."). */
  COORDINATE: 2,
  /** "which ...", "that ...", "who ...", and zero relatives ("the help Washington could offer"). */
  RELATIVE: 3,
  /** "said that ...", "said Russia had ...". */
  COMPLEMENT: 4,
  /** "after ...", "when ...", "while ...", "as ...". */
  ADVERBIAL: 5,
  /** "if ...", "unless ...". */
  CONDITIONAL: 6,
  /** A report tag: ", the ministry said.", ", according to X". */
  REPORT: 7,
  /** A parenthesis "( ... )" or a dash pair "- ... -". */
  PARENTHETICAL: 8,
} as const;

/** Clause flags. */
export const CLF = {
  /** Inside a quotation. */
  QUOTED: 1,
  /** Opened by a question word or ends with "?". */
  QUESTION: 2,
} as const;

/** Field offsets of a quotation record. */
export const Q = {
  /** Opening and closing quote tokens (close is -1 when the quotation is never closed). */
  open: 0,
  close: 1,
  /** Speaker chunk, or -1. */
  speaker: 2,
  /** Verb group of the speaker frame ("said"), or -1. */
  vg: 3,
  /** `Q_FRAME` value. */
  frame: 4,
} as const;
export const Q_SIZE = 5;

/** Where the speaker frame of a quotation stands. */
export const Q_FRAME = {
  NONE: 0,
  /** '"...," X said' or '"...," said X'. */
  AFTER: 1,
  /** 'X said: "..."' or 'X said, "..."'. */
  BEFORE: 2,
  /** 'X: "..."' (a label). */
  LABEL: 3,
  /** A short quotation inside a clause ('called the attack "barbaric"'). */
  INLINE: 4,
  /** A quotation with no frame of its own that opens the sentence after a framed one: the same speaker goes on. */
  CONTINUED: 5,
} as const;
