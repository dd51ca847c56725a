/**
 * The word lists of the relation rules, loaded once from ontology/lexicon/relations.json and compiled into
 * sets and phrase tables, so that the rules only do map look-ups while they scan tokens.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.ts';

/** Lower-case phrases keyed by their first word; `match` gives the number of tokens a phrase covers at a position. */
export class PhraseSet {
  private static count = 0;
  /** A small integer unique to this set (an index into per-document arrays). */
  readonly id = PhraseSet.count++;
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      this.byFirst.set(first, list);
    }
    // Longest phrase first, so "shot down" wins over a one-word entry.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Number of tokens of the longest phrase starting at `index` (0 when none). `words[i]` are normalised tokens. */
  match(words: readonly string[], index: number, end = words.length): number {
    const first = words[index];
    if (first === undefined) return 0;
    const list = this.byFirst.get(first);
    if (!list) return 0;
    for (const phrase of list) {
      if (index + phrase.length > end) continue;
      let ok = true;
      for (let k = 1; k < phrase.length; k++) {
        if (words[index + k] !== phrase[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return phrase.length;
    }
    return 0;
  }

  /** True when some phrase starts with this word (a cheap pre-test). */
  starts(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The first words of the phrases. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

/** The compiled lexicon. */
export interface RelationLexicon {
  launch: PhraseSet;
  intercept: PhraseSet;
  attackVerb: PhraseSet;
  attackNoun: Set<string>;
  targetPrepositions: Set<string>;
  damageNouns: Set<string>;
  reportedIn: PhraseSet;
  damageVerbs: Set<string>;
  request: PhraseSet;
  condemn: PhraseSet;
  evaluativeCall: Set<string>;
  evaluativeTerms: PhraseSet;
  negation: Set<string>;
  modal: Set<string>;
  plan: PhraseSet;
  denial: PhraseSet;
  conditional: PhraseSet;
  report: PhraseSet;
  clauseBoundary: PhraseSet;
  /** Boundaries between independent clauses (";", ", but", "whereas"): the scope of a sentence-level cue. */
  majorBoundary: PhraseSet;
  /** Words a later clause uses to point back at a claim (", which", ", a claim ..."). */
  disputeAnchors: Set<string>;
  /** Verbs that dispute a claim made earlier in the sentence ("which Moscow denied"). */
  disputeVerbs: Set<string>;
  /** Casualty verbs ("died", "killed") and the nouns of the people they count ("people", "civilians"). */
  casualtyVerbs: Set<string>;
  casualtyNouns: Set<string>;
  /** "need(s) more X": the verbs and the quantity words that make a statement of need a request. */
  needVerbs: Set<string>;
  needQuantifiers: Set<string>;
  relativePronouns: Set<string>;
  skipAdverbs: Set<string>;
  beForms: Set<string>;
  platformPrepositions: Set<string>;
  originSuffixes: Set<string>;
  defenderWords: Set<string>;
  attempt: Set<string>;
  ambiguousLaunch: Set<string>;
  weakAttackVerbs: Set<string>;
  factualInfinitive: Set<string>;
  actorNouns: Set<string>;
  placeNouns: Set<string>;
  platformClasses: Set<string>;
  componentCues: PhraseSet;
  performVerbs: PhraseSet;
  numberWords: Map<string, number>;
  tens: Set<string>;
  numberQualifiers: Set<string>;
  opponents: Map<string, string>;
  /** Places held by another side than their gazetteer state (occupied territory), by gazetteer id. */
  heldBy: Map<string, string>;
  /** Sides that depend on deliveries: a stated need ("needs more air defence") is a request only for them. */
  recipients: Set<string>;
  defaultAttacker: string;
  /** Every phrase set above, by the first words of its phrases (so a document is classified in one pass). */
  byFirstWord: Map<string, PhraseSet[]>;
}

interface RawLexicon {
  [key: string]: unknown;
}

function strings(raw: RawLexicon, key: string): string[] {
  const value = raw[key];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new InputError('ontology/lexicon/relations.json', `"${key}" is missing or not a list of strings; expected an array of words`);
  }
  return value as string[];
}

function lowerSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

/** Compiles a parsed lexicon object (the JSON file's shape). */
export function compileLexicon(raw: RawLexicon): RelationLexicon {
  const lexicon = compileLists(raw);
  for (const value of Object.values(lexicon)) {
    if (!(value instanceof PhraseSet)) continue;
    for (const word of value.firstWords()) {
      const list = lexicon.byFirstWord.get(word) ?? [];
      list.push(value);
      lexicon.byFirstWord.set(word, list);
    }
  }
  return lexicon;
}

function compileLists(raw: RawLexicon): RelationLexicon {
  const number = (raw.number ?? {}) as { words?: Record<string, number>; tens?: string[]; qualifiers?: string[] };
  const sides = (raw.sides ?? {}) as { opponents?: Record<string, string>; heldBy?: Record<string, string>; recipients?: string[]; defaultAttacker?: string };
  return {
    launch: new PhraseSet(strings(raw, 'launch')),
    intercept: new PhraseSet(strings(raw, 'intercept')),
    attackVerb: new PhraseSet(strings(raw, 'attackVerb')),
    attackNoun: lowerSet(strings(raw, 'attackNoun')),
    targetPrepositions: lowerSet(strings(raw, 'targetPrepositions')),
    damageNouns: lowerSet(strings(raw, 'damageNouns')),
    reportedIn: new PhraseSet(strings(raw, 'reportedIn')),
    damageVerbs: lowerSet(strings(raw, 'damageVerbs')),
    request: new PhraseSet(strings(raw, 'request')),
    condemn: new PhraseSet(strings(raw, 'condemn')),
    evaluativeCall: lowerSet(strings(raw, 'evaluativeCall')),
    evaluativeTerms: new PhraseSet(strings(raw, 'evaluativeTerms')),
    negation: lowerSet(strings(raw, 'negation')),
    modal: lowerSet(strings(raw, 'modal')),
    plan: new PhraseSet(strings(raw, 'plan')),
    denial: new PhraseSet(strings(raw, 'denial')),
    conditional: new PhraseSet(strings(raw, 'conditional')),
    report: new PhraseSet(strings(raw, 'report')),
    clauseBoundary: new PhraseSet(strings(raw, 'clauseBoundary')),
    majorBoundary: new PhraseSet(strings(raw, 'majorBoundary')),
    disputeAnchors: lowerSet(strings(raw, 'disputeAnchors')),
    disputeVerbs: lowerSet(strings(raw, 'disputeVerbs')),
    casualtyVerbs: lowerSet(strings(raw, 'casualtyVerbs')),
    casualtyNouns: lowerSet(strings(raw, 'casualtyNouns')),
    needVerbs: lowerSet(strings(raw, 'needVerbs')),
    needQuantifiers: lowerSet(strings(raw, 'needQuantifiers')),
    relativePronouns: lowerSet(strings(raw, 'relativePronouns')),
    skipAdverbs: lowerSet(strings(raw, 'skipAdverbs')),
    beForms: lowerSet(strings(raw, 'beForms')),
    platformPrepositions: lowerSet(strings(raw, 'platformPrepositions')),
    originSuffixes: lowerSet(strings(raw, 'originSuffixes')),
    defenderWords: lowerSet(strings(raw, 'defenderWords')),
    attempt: lowerSet(strings(raw, 'attempt')),
    ambiguousLaunch: lowerSet(strings(raw, 'ambiguousLaunch')),
    weakAttackVerbs: lowerSet(strings(raw, 'weakAttackVerbs')),
    factualInfinitive: lowerSet(strings(raw, 'factualInfinitive')),
    actorNouns: lowerSet(strings(raw, 'actorNouns')),
    placeNouns: lowerSet(strings(raw, 'placeNouns')),
    platformClasses: lowerSet(strings(raw, 'platformClasses')),
    componentCues: new PhraseSet(strings(raw, 'componentCues')),
    performVerbs: new PhraseSet(strings(raw, 'performVerbs')),
    numberWords: new Map(Object.entries(number.words ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    tens: lowerSet(number.tens ?? []),
    numberQualifiers: lowerSet(number.qualifiers ?? []),
    opponents: new Map(Object.entries(sides.opponents ?? {}).filter(([k]) => !k.startsWith('_'))),
    heldBy: new Map(Object.entries(sides.heldBy ?? {}).filter(([k]) => !k.startsWith('_'))),
    recipients: lowerSet(sides.recipients ?? []),
    defaultAttacker: sides.defaultAttacker ?? 'russia',
    byFirstWord: new Map(),
  };
}

let cached: RelationLexicon | null = null;

/** The lexicon of ontology/lexicon/relations.json, read and compiled on first use. */
export function relationLexicon(): RelationLexicon {
  if (cached) return cached;
  const url = new URL('../../../ontology/lexicon/relations.json', import.meta.url);
  let raw: RawLexicon;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8')) as RawLexicon;
  } catch (error) {
    throw new InputError(url.pathname, `cannot read the relations lexicon (${(error as Error).message}); expected a JSON file`);
  }
  cached = compileLexicon(raw);
  return cached;
}
