/**
 * The lexicon of extraction: every word list the steps read, kept as data in ontology/lexicon/*.json and compiled
 * by ONE table (`LEXICON_TABLE`: list name -> file and how it is compiled: words, phrases, a word map ...).
 * A list in a file that the table does not name, or a table list missing from its file, is refused at load time;
 * tests/extract/lexicon.test.ts checks that every compiled list is read by some step.
 *
 * Where the boundary lies: a *class* of words that a step tests membership of (trigger verbs, titles, pronouns,
 * determiners, even small closed classes) is a list here, so it can be read, extended and tested in one place.
 * What stays in code: single function words compared inline where one frame is written (`w === 'by'`: the syntax of
 * that frame, not a class shared by rules), punctuation, part-of-speech tags and entity types.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../domain/index.ts';
import { InputError } from '../errors.ts';
import { parseWith } from '../util/schema.ts';

/** How many words may stand between a separable verb and its particle ("shot [the two attack drones] down"). */
const DETACHED_SPAN = 4;
/** Words a separable verb's object never spans: a clause or list ends there. */
const DETACHED_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '(', ')', '"', 'and', 'or', 'but']);

/** Lower-case phrases keyed by their first word; `match` gives the number of tokens a phrase covers at a position. */
export class PhraseSet {
  /** A small integer unique to this set within its lexicon (an index into per-document arrays). */
  readonly id: number;
  private readonly byFirst = new Map<string, string[][]>();

  /**
   * Separable phrasal verbs: a verb form -> the particles that may come after its object ("shot" -> "down": "shot
   * two drones down"). Such a verb alone matches with length 1 when its particle follows within `DETACHED_SPAN`
   * words, so a rule reads the object right after it as it does for any verb.
   */
  private readonly detached = new Map<string, Set<string>>();

  /**
   * Separable verbs whose "particle" is a fixed phrase: a verb form -> the phrases' words ("knocked" -> out of the
   * sky: "knocked 44 of them out of the sky").
   */
  private readonly detachedPhrases = new Map<string, string[][]>();

  constructor(phrases: readonly string[], id = 0, separable: readonly (readonly [string, string])[] = []) {
    this.id = id;
    for (const [verb, particle] of separable) {
      if (particle.includes(' ')) {
        const list = this.detachedPhrases.get(verb) ?? [];
        list.push(particle.split(' '));
        this.detachedPhrases.set(verb, list);
        continue;
      }
      const set = this.detached.get(verb) ?? new Set<string>();
      set.add(particle);
      this.detached.set(verb, set);
    }
    for (const phrase of phrases) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      // The tokenizer splits a hyphenated word ("cold-blooded" -> cold, -, blooded): the phrase is kept in both shapes.
      const split = words.flatMap((w) => (/^\p{L}+(?:-\p{L}+)+$/u.test(w) ? w.split(/(-)/) : [w]));
      for (const shape of split.length === words.length ? [words] : [words, split]) {
        const first = shape[0];
        if (first === undefined) continue;
        const list = this.byFirst.get(first) ?? [];
        list.push(shape);
        this.byFirst.set(first, list);
      }
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
    return this.detachedAt(words, index, end);
  }

  /** 1 when `words[index]` is a separable verb whose particle follows its object ("took 30 drones down"), else 0. */
  private detachedAt(words: readonly string[], index: number, end: number): number {
    const tails = this.detachedPhrases.get(words[index] ?? '');
    if (tails !== undefined && this.detachedPhraseAt(words, index, end, tails)) return 1;
    const particles = this.detached.get(words[index] ?? '');
    if (particles === undefined) return 0;
    const last = Math.min(end - 1, index + 1 + DETACHED_SPAN);
    for (let k = index + 2; k <= last; k++) {
      const w = words[k] ?? '';
      if (DETACHED_STOPS.has(w)) return 0;
      // "took the crew out of the city" is no phrasal verb: a particle opening "out of" is a preposition.
      if (particles.has(w)) return words[k + 1] === 'of' ? 0 : 1;
    }
    return 0;
  }

  /** Does a fixed phrase of `tails` follow the object of the verb at `index` within `DETACHED_SPAN` words? */
  private detachedPhraseAt(words: readonly string[], index: number, end: number, tails: readonly string[][]): boolean {
    const last = Math.min(end - 1, index + 1 + DETACHED_SPAN);
    for (let k = index + 2; k <= last; k++) {
      if (DETACHED_STOPS.has(words[k] ?? '')) return false;
      if (tails.some((tail) => k + tail.length <= end && tail.every((w, j) => words[k + j] === w))) return true;
    }
    return false;
  }

  /** The first words of the phrases. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

/** How a description noun ("the ministry", "the mayor") finds its antecedent (step 05). */
export interface DescriptionRule {
  types: EntityType[];
  /** Word the antecedent's label or gazetteer descriptions must contain (lower case), if any. */
  labelWord?: string;
  /** Word that must appear as a title before a person's name (or in the person's gazetteer roles). */
  titleWord?: string;
  /** Only capitals (for "the capital"). */
  capital?: boolean;
  /** The nearest antecedent, not the place the article names most ("the town", "the village": the small place just named). */
  nearest?: boolean;
}

/** Files of ontology/lexicon that the table compiles, without `.json`. */
export const LEXICON_FILES = ['mentions', 'relations', 'syntax', 'events', 'classes'] as const;
export type LexiconFile = (typeof LEXICON_FILES)[number];

/**
 * Files of ontology/lexicon the table does not compile: the WordNet class generator's inputs (seeds, review). Its
 * output, classes.json, is compiled: a list of the table in file `classes` is the union of the named classes' forms
 * (see ontology/lexicon/README.md).
 */
export const LEXICON_GENERATOR_FILES = ['review', 'seeds'] as const;

/** One semantic class of classes.json: its definition, entries (by lemma) and surface forms. */
const classSchema = z.object({ definition: z.string(), entries: z.array(z.unknown()), forms: z.array(z.string()) });
type SemanticClasses = Record<string, z.infer<typeof classSchema>>;

/** What a number qualifier says about the number after it: a lower or upper bound, about, exactly. */
export type QualifierKind = 'min' | 'max' | 'approx' | 'exact';

/** A number qualifier phrase ("more than") as words, with its kind. */
export interface Qualifier {
  words: readonly string[];
  kind: QualifierKind;
}

/** Per-lexicon compile state (phrase sets get consecutive ids). */
interface CompileState {
  nextPhraseSet: number;
}

/** One entry of the table: the file a list lives in, its JSON shape and how it is compiled. */
interface ListSpec<Raw, Out> {
  file: LexiconFile;
  schema: z.ZodType<Raw>;
  compile(raw: Raw, state: CompileState): Out;
  /** The semantic classes of classes.json a class list is made of (absent for the other files). */
  classes?: readonly string[];
}

/** Keys starting with "_" are comments inside a map. */
const entries = <V>(raw: Record<string, V>): [string, V][] => Object.entries(raw).filter(([k]) => !k.startsWith('_'));
const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

/** Words: a set of lower-case word forms, tested one token at a time. */
const words = (file: LexiconFile): ListSpec<string[], ReadonlySet<string>> => ({ file, schema: z.array(z.string()), compile: lower });
/** Phrases: lower-case word sequences matched token by token, longest first (`PhraseSet`). */
const phrases = (file: LexiconFile): ListSpec<string[], PhraseSet> => ({
  file,
  schema: z.array(z.string()),
  compile: (raw, state) => new PhraseSet(raw, state.nextPhraseSet++),
});
/** Number words: word -> value ("dozen" -> 12). */
const numbers = (file: LexiconFile): ListSpec<Record<string, number>, ReadonlyMap<string, number>> => ({
  file,
  schema: z.record(z.string(), z.number()),
  compile: (raw) => new Map(entries(raw).map(([k, v]) => [k.toLowerCase(), v])),
});
/** A map of words or ids: key -> value, as written. */
const pairs = (file: LexiconFile): ListSpec<Record<string, string>, ReadonlyMap<string, string>> => ({
  file,
  schema: z.record(z.string(), z.string()),
  compile: (raw) => new Map(entries(raw)),
});
/** Word sets per key ("missile" -> modifiers of missile classes). */
const wordSets = (file: LexiconFile): ListSpec<Record<string, string[]>, ReadonlyMap<string, ReadonlySet<string>>> => ({
  file,
  schema: z.record(z.string(), z.array(z.string())),
  compile: (raw) => new Map(entries(raw).map(([k, v]) => [k, lower(v)])),
});
/** The forms of the named classes of classes.json, as one phrase set (a class missing from the file is refused). */
const classPhrases = (...names: [string, ...string[]]): ListSpec<SemanticClasses, PhraseSet> => ({
  file: 'classes',
  classes: names,
  schema: z.record(z.string(), classSchema),
  // Separable particles ("shot them down") are not wired in yet: measured on branch lexicon6, they add a correct
  // interception for "its air defences shot them down" that turns check set 4's attack events into interception
  // events (event F1 0.941 -> 0.882, under its threshold); wire `separableForms(raw, names)` in here once the event
  // model keeps the attack.
  // A fixed phrase after the object ("knocked 44 of them out of the sky") is wired: it cannot be a preposition.
  compile: (raw, state) =>
    new PhraseSet(
      classForms(raw, names),
      state.nextPhraseSet++,
      separableForms(raw, names).filter(([, particle]) => particle.includes(' ')),
    ),
});
/** A separable phrasal entry as the generator writes it ("shoot down": head, particle, separable, forms). */
const separableEntry = z.object({ particle: z.string(), separable: z.literal(true), forms: z.array(z.string()) });
/** The verb form and particle of every form of the named classes' separable phrasal verbs ("shot", "down"). */
export function separableForms(raw: SemanticClasses, names: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const name of names) {
    for (const entry of raw[name]?.entries ?? []) {
      const parsed = separableEntry.safeParse(entry);
      if (!parsed.success) continue;
      const { particle, forms } = parsed.data;
      for (const form of forms) {
        const words = form.toLowerCase().split(/\s+/);
        if (words.slice(1).join(' ') === particle) out.push([words[0]!, particle]);
      }
    }
  }
  return out;
}
/** The single-word forms of the named classes of classes.json, as a word set (tested one token at a time). */
const classWords = (...names: [string, ...string[]]): ListSpec<SemanticClasses, ReadonlySet<string>> => ({
  file: 'classes',
  classes: names,
  schema: z.record(z.string(), classSchema),
  compile: (raw) => lower(classForms(raw, names).filter((form) => !form.includes(' '))),
});
function classForms(raw: SemanticClasses, names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const found = raw[name];
    if (!found) throw new InputError('ontology/lexicon/classes.json', `the class "${name}" that LEXICON_TABLE reads is missing; expected it under "classes" (run scripts/lexicon/grow.ts)`);
    return found.forms;
  });
}
/** One value (an id). */
const value = (file: LexiconFile): ListSpec<string, string> => ({ file, schema: z.string(), compile: (raw) => raw });
/** Number qualifiers by first word, longest first ("more than" -> min, under "more"). */
const qualifiers = (file: LexiconFile): ListSpec<Record<string, QualifierKind>, ReadonlyMap<string, readonly Qualifier[]>> => ({
  file,
  schema: z.record(z.string(), z.string()).transform((raw) => Object.fromEntries(entries(raw))).pipe(z.record(z.string(), z.enum(['min', 'max', 'approx', 'exact']))),
  compile: (raw) => {
    const out = new Map<string, Qualifier[]>();
    for (const [phrase, kind] of entries(raw)) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const list = out.get(first) ?? [];
      list.push({ words, kind });
      list.sort((a, b) => b.words.length - a.words.length);
      out.set(first, list);
    }
    return out;
  },
});
/** Description nouns and the antecedent each may take. */
/** A map of lower-case phrases to names ("foreign ministry" -> "Ministry of Foreign Affairs"). */
const names = (file: LexiconFile): ListSpec<Record<string, string>, ReadonlyMap<string, string>> => ({
  file,
  schema: z.record(z.string(), z.string()),
  compile: (raw) => new Map(entries(raw).map(([k, v]) => [k.toLowerCase(), v])),
});

const descriptions = (file: LexiconFile): ListSpec<Record<string, DescriptionRule>, ReadonlyMap<string, DescriptionRule>> => ({
  file,
  schema: z.record(
    z.string(),
    z.strictObject({ types: z.array(z.enum(ENTITY_TYPES)).min(1), labelWord: z.string().optional(), titleWord: z.string().optional(), capital: z.boolean().optional(), nearest: z.boolean().optional() }),
  ),
  compile: (raw) => new Map(entries(raw)),
});

/**
 * THE table: every list of ontology/lexicon, the file it lives in and how it is compiled. The `Lexicon` type is
 * derived from it; steps read `context.lexicon.<name>`.
 */
export const LEXICON_TABLE = {
  // ---- mentions.json: the mention layer (steps 02-05)
  /** Words that are (or end) a job title and cue a person name after them ("Mayor X", "spokeswoman X"). */
  titleWords: words('mentions'),
  /** Words that mark a document as an interview in its heading lines ("INTERVIEW", "Interviewed by X"). */
  interviewWords: words('mentions'),
  /** Title words that may open a name-like run but are never part of the name ("Mr", "Gen."). */
  honorifics: words('mentions'),
  /** Plural titles in lists of people ("OSCE officials X and Y"). */
  groupTitles: words('mentions'),
  /** Verbs that introduce reported speech ("X said", "said X"). */
  speechVerbs: words('mentions'),
  /**
   * Verbs of asking for and of condemning (classes requestVerb, condemnVerb: "pestered", "lobbied", "deplored",
   * "lambasted"): like a speech verb, one after a run of capitalised words cues a person name ("X Y implored ...").
   */
  stanceVerbs: classWords('requestVerb', 'condemnVerb'),
  /** Verbs of telling whose object is the source told ("told NPR", "told reporters"). */
  toldVerbs: words('mentions'),
  /** Speech verbs that organisations use as often as people ("Ukrenergo said"). */
  statementVerbs: words('mentions'),
  /** Words that may stand between a speaker and the speech verb ("X also said", "X on Tuesday said"). */
  speakerVerbGap: words('mentions'),
  /** Labels of credit lines ("Author: X", "Photo: X"). */
  creditLabels: words('mentions'),
  /** Head words that make a capitalised run an organisation ("... Ministry", "... Forces"). */
  orgHeads: words('mentions'),
  /** Gatherings that speak for the organisation holding them ("the meeting condemned ..."). */
  gatheringNouns: words('mentions'),
  /** Heads of a town's or region's own bodies in lower case after its name ("the Izmail city administration", "Kharkiv city council"). */
  municipalBodyHeads: words('mentions'),
  /** Heads of a state's body abroad, whose "in" phrase names its host, not its state ("the embassy in Kyiv"). */
  hostedBodyHeads: words('mentions'),
  /** Heads of a state's bodies named in lower case after the state ("the Lithuanian foreign ministry", "Japan's embassy"). */
  stateBodyHeads: words('mentions'),
  /** A body's staff titled after it ("the foreign ministry spokeswoman"): the body is the titled person's state's. */
  stateBodyTitles: words('mentions'),
  /** Formal names of a state's bodies told in lower case ("foreign ministry" -> "Ministry of Foreign Affairs"), named "<formal> of <state>". */
  stateBodyNames: names('mentions'),
  /** Nouns after a named system in "drones of the Shahed type": the class phrase names that system. */
  typeNouns: words('mentions'),
  /**
   * Words that join a typed class to the rest of a mixed wave ("drones of the Shahed type, together with decoys", "...
   * type and of other types"): the class then counts the whole wave, not the named type.
   */
  waveJoiners: words('mentions'),
  /** Post-nominal letters closing a capitalised run ("Helen Ward MP"): no part of the name. */
  postNominals: words('mentions'),
  /** Number signs that close a name and take the number after them ("School No. 3", "Lyceum Nr. 12"). */
  numberSigns: words('mentions'),
  /** Heads of military units, whose ordinal is part of the name ("the 110th Mechanised Brigade"). */
  unitHeads: words('mentions'),
  /** Organisation heads that alone after a state name its collective forces, not a body ("Russian Forces"). */
  collectiveHeads: words('mentions'),
  /** Heads of outlet names formed from an organisation or a place ("UN News", "Kyiv Post", "Russia Today"). */
  mediaHeads: words('mentions'),
  /** Words of site section headings before a media head ("Latest News", "World News"): no outlet's name. */
  headingWords: words('mentions'),
  /** Nouns of a document's genre or section heading an all-caps first line ("PRESS RELEASE", "WORLD NEWS"): no masthead. */
  mastheadGenres: words('mentions'),
  /** Legal-form suffixes closing a company's name in a letterhead ("SOKIL DYNAMICS LLC"): no part of the name. */
  legalSuffixes: words('mentions'),
  /** Connectors allowed inside organisation names ("Organisation for Security and Co-operation in Europe"). */
  orgConnectors: words('mentions'),
  /**
   * Nouns of a role or a group whose possessive stands inside an organisation's name before its head ("Regional
   * Prosecutor's Office", "Veterans' Fund"): the possessive does not close the name.
   */
  possessiveNameWords: words('mentions'),
  /** Nouns after which a capitalised name is an organisation ("news agency X"). */
  orgLeadNouns: words('mentions'),
  /** Particles inside person names ("von der Leyen"). */
  nameParticles: words('mentions'),
  /** Head words that make a run a region when they follow a name ("X region", "X oblast"). */
  regionWords: words('mentions'),
  /** Words that open a list of examples after a noun ("airports, including X and Y", "plants such as X"). */
  listOpeners: phrases('mentions'),
  /** Modifiers that may stand between a place and its region word ("the Sumy border region"). */
  regionModifiers: words('mentions'),
  /** Head words of named areas that are part of the name ("X Park", "X Peninsula"). */
  areaHeads: words('mentions'),
  /** Head words of named things that are no entity of the six types (streets, buildings, events, treaties). */
  nonEntityHeads: words('mentions'),
  /** Prepositions after which an unknown capitalised name is a place ("in X", "near X"). */
  placePrepositions: words('mentions'),
  /** Nouns that introduce a settlement name ("the city of X", "villages of X and Y"). */
  settlementNouns: words('mentions'),
  /** Capitalised words that never start or form a name on their own (function words, months, days, section labels). */
  neverNames: words('mentions'),
  /** Nouns whose "in" phrase names a capital's state, not the place ("Ukraine's allies in Berlin"). */
  allyNouns: words('mentions'),
  /** Words after a capital that make it the state ("the X regime", "X authorities"). */
  stateNouns: words('mentions'),
  /** Words before a capital, besides the place prepositions, that make it the city ("of X", "near X"). */
  placeLeads: words('mentions'),
  /** Verbs of attack: a capital they take as object is the place attacked ("targeting X"). */
  placeAttackVerbs: words('mentions'),
  /** Nouns after a capital's possessive that make it the place ("X's outskirts", "X's mayor"). */
  /** Nouns after a city that make it a time zone, no mention of the place ("09:00 Kyiv time"). */
  timeZoneNouns: words('mentions'),
  capitalPlaceNouns: words('mentions'),
  /** Verbs after which a capital is where something is or what was hit ("X came under", "X woke"). */
  placeVerbs: words('mentions'),
  /** Words after "was/has" that keep the capital a place ("X was hit", "X was still the main target"). */
  passiveHarm: words('mentions'),
  /** Time words that may stand between a capital and its verb ("X last week declared"). */
  timeWords: words('mentions'),
  /** Words of the auxiliary chain between "has/was" and the main verb ("has not", "has already been"). */
  auxiliaryFillers: words('mentions'),
  /** Present and past forms of "be" that make a capital's non-verb complement a place ("X is the capital"). */
  copulas: words('mentions'),
  /** Nouns of diplomacy whose complement capital is the state ("no comment from X", "talks with X", "pressure on X"). */
  stateTieNouns: words('mentions'),
  /** Prepositions whose object capital is the state ("relations with X", "between X and Y", "rejected by X"). */
  /** Prepositions after weapons that name their recipient or supplier ("Patriot systems for Kyiv", "units from Paris"): a capital there is its state. */
  supplyPrepositions: words('mentions'),
  statePrepositions: words('mentions'),
  /** Words after a capital and a hyphen that make it the state ("X-backed", "X-led"). */
  stateCompounds: words('mentions'),
  /** Verbs whose object capital is the place visited, left or defended ("visited X", "approaching X"). */
  placeObjectVerbs: words('mentions'),
  /** Verbs whose object capital is the state ("press X", "supply X"). */
  stateObjectVerbs: words('mentions'),
  /** Lower-case heads (or the first word of a facility: "X nuclear power plant") that make a place name part of a larger name ("X bridge", "X reporter"). */
  largerNameHeads: words('mentions'),
  /** Capitalised heads of names that end with "of X" ("Day of X", "Battle of X"). */
  ofNameHeads: words('mentions'),
  /** Head nouns of weapon classes and the class they name ("missiles" -> "missile", "uav" -> "drone"). */
  weaponHeads: pairs('mentions'),
  /** Modifiers that are part of a class name, per class ("cruise missile", "attack drone"). */
  classModifiers: wordSets('mentions'),
  /** Class modifiers that fold into the bare class (reconnaissance drones are drones). */
  foldedModifiers: words('mentions'),
  /** Words that may stand between a weapon name and its class noun ("X hypersonic missiles"). */
  weaponModifiers: words('mentions'),
  /** Nouns that make a preceding name a weapon system without a class noun ("X systems", "X battery"). */
  systemNouns: words('mentions'),
  /** Generic gazetteer classes that are platforms or means, not weapon classes of the air war (ids). */
  notAirWarClasses: words('mentions'),
  /** Pronouns that refer back to a person. */
  personPronouns: words('mentions'),
  /** Pronouns that refer back to a state or organisation. */
  thingPronouns: words('mentions'),
  /** Adverbs that refer back to a place ("a depot there was hit"), unless they open an existential clause. */
  placePronouns: words('mentions'),
  /** Prepositions before a place that make it no antecedent of a place pronoun (a downing's or a launch's place). */
  placePronounBlocks: words('mentions'),
  /** Words before a place ("south of X", "near X") that make it a landmark locating another place, not the place meant. */
  landmarkWords: words('mentions'),
  /** Marks that open a sports club's name ("FC X"), which goes on with the city the club plays for ("FC X Odesa"). */
  clubMarks: words('mentions'),
  /** Organisation heads ("the club") a letterhead stands for when its first line holds one of the marks ("FC"). */
  letterheadHeads: wordSets('mentions'),
  /** Determiners that open a definite description ("the ministry", "our city"). */
  descriptionDeterminers: words('mentions'),
  /** Description nouns and the antecedents they take ("ministry" -> an Organisation whose label holds "ministry"). */
  descriptionNouns: descriptions('mentions'),

  // ---- classes.json: semantic classes grown from WordNet (scripts/lexicon/grow.ts), read by the relation rules
  /** Launch verbs (class launchVerb: "fired", "hurled", "unleashed") and delivery verbs (deliveryVerb: "sent", "deployed"). */
  launch: classPhrases('launchVerb', 'deliveryVerb'),
  /** Delivery verbs (class deliveryVerb): a launch only when a belligerent sends weapons at someone. */
  delivery: classPhrases('deliveryVerb'),
  /** Interception verbs (class interceptVerb: "shot down", "repelled", "fought off"). */
  intercept: classPhrases('interceptVerb'),
  /** Nouns of an interception ("the destruction of all six drones", "the interception of 30 drones"). */
  interceptNoun: classWords('interceptNoun'),
  /** Verbs that intercept only with a weapon as what they stop (class weaponStopVerb: "the missile was stopped"). */
  weaponStop: classPhrases('weaponStopVerb'),
  /** Verbs of detecting or counting incoming weapons (class observeVerb: "recorded", "detected", "tracked"). */
  observe: classPhrases('observeVerb'),
  /** Verbs of taking in the news (class perceiveVerb: "if you follow the news", "if I read it right"). */
  perceive: classPhrases('perceiveVerb'),
  /** Verbs of a moving body hitting with force (class collisionVerb: "rammed", "smacked", "ploughed"); read with a contact preposition. */
  collision: classPhrases('collisionVerb'),
  /** Prepositions of contact after a collision verb ("rammed into", "crashed onto", "smashed against", "came crashing down on"). */
  collisionPrepositions: words('relations'),
  /** Verbs of travel whose direction a goal preposition gives (class approachVerb: "went", "fanned out", "veered"). */
  approach: classPhrases('approachVerb'),
  /** Verbs of getting to a destination with the place as object (class destinationVerb: "reached", "arrived at"). */
  destination: classPhrases('destinationVerb'),
  /** Prepositions of a goal after an approach verb ("went towards", "flew in the direction of"). */
  goalPrepositions: phrases('relations'),
  /** Prepositions of where a weapon came from, between an approach verb and its goal ("came in from the sea towards X"). */
  originPrepositions: phrases('relations'),
  /** Compass headings between an approach verb and its goal ("flying south towards X", "turned south-west towards Y"). */
  compassHeadings: words('relations'),
  /**
   * Locative prepositions that, like "in", place the head noun of a subject phrase in a town ("the power plant at X
   * was hit", "a depot near Y was struck"): the place is where the hit thing stands.
   */
  subjectLocatives: words('relations'),
  /** Verbs of a weapon getting past the air defences (class penetrateVerb: "got through", "evaded", "slipped through"). */
  penetrate: classPhrases('penetrateVerb'),
  /** Attack verbs (classes attackVerb, damageVerb: "struck", "pounded", "pummelled", "knocked out"). */
  attackVerb: classPhrases('attackVerb', 'damageVerb'),
  /** Single-word time expressions (class temporalExpression: "overnight", "yesterday", "Tuesday", "dawn"). */
  timeAdverbs: classWords('temporalExpression'),
  /** Attack nouns (class attackNoun: "strike", "barrage", "salvo", "onslaught"). */
  attackNoun: classWords('attackNoun'),
  /** Damage nouns (class damageNoun: "damage", "destruction", "devastation"): where damage is, an attack hit. */
  damageClass: classWords('damageNoun'),
  /**
   * Collapse verbs and nouns (class collapseVerb: "collapsed", "caved in", "razed", "flattened", "the collapse"): harm
   * to a structure, read only in a clause before an impact noun ("a block in X collapsed after a direct hit").
   */
  collapseVerbs: classWords('collapseVerb'),
  /** Request verbs (class requestVerb: "asked", "called for", "implored", "lobbied"). */
  request: classPhrases('requestVerb'),
  /** Verbs and nouns of stated need (class needExpression: "needs", "requires", "wants"). */
  needVerbs: classWords('needExpression'),
  /** Words that rate what would help a side ("the most useful delivery", "what would help most"). */
  helpTerms: classWords('helpExpression'),
  /** Condemnation verbs (class condemnVerb: "condemned", "decried", "lambasted"). */
  condemn: classPhrases('condemnVerb'),
  /** Condemnation nouns (class condemnNoun: "condemnation", "denunciation"). */
  condemnNoun: classWords('condemnNoun'),
  /** Verbs that attach a judgement to an act (class characteriseVerb: "called", "branded", "described"). */
  evaluativeCall: classWords('characteriseVerb'),
  /** Verbs that give voice to a feeling (class expressVerb: "expressed", "voiced"): "X expressed outrage" judges. */
  expressVerbs: classWords('expressVerb'),
  /** Verbs that direct an attack onto its main targets (class focusVerb: "focusing on", "concentrated on"). */
  focusVerbs: classWords('focusVerb'),
  /** Words that morally denounce an act (classes moralJudgement: "barbaric", "war crime", "appalled"; judgementVerb: "terrorise"). */
  evaluativeTerms: classPhrases('moralJudgement', 'judgementVerb'),
  /** Nouns outside the attack nouns that name a judged act (class judgedActNoun: "campaign", "killing", "pattern"). */
  judgedActNoun: classWords('judgedActNoun'),
  /** Near-misses of condemnation (class notCondemnation: "concerned", "regret", "solidarity"). */
  notCondemnation: classPhrases('notCondemnation'),
  /** Reporting verbs (class reportVerb: "said", "according to", "claimed", "alleged"). */
  report: classPhrases('reportVerb'),
  /** Verbs that dispute a claim made earlier in the sentence (class denialCue: "which Moscow denied"). */
  disputeVerbs: classWords('denialCue'),
  /** Hedges (class hedgeCue: "reportedly", "unconfirmed", "rumour"): recorded, never blocking (attributed claims stand). */
  hedge: classPhrases('hedgeCue'),
  /** Modal verbs of a clause (class modalCue). */
  modal: classWords('modalCue'),

  // ---- relations.json: the relation rules (steps 10-19)
  /** Launch constructions outside the launch class: "used", "comprised", "consisted of" (a salvo's make-up). */
  launchConstructions: phrases('relations'),
  /** Verbs that give a subject's count (WordNet 02651091 "total, number, amount"): "the drones numbered 160". */
  countVerbs: phrases('relations'),
  /** Attack phrases outside the attack class: a class verb plus its preposition ("slammed into", "aimed at"). */
  attackConstructions: phrases('relations'),
  /** "The second hit a school", "the rest struck the port": an ordinal standing for one of the weapons just told. */
  /** Words that may open a sentence before its subject ("Just one evaded them", "But the missile ..."); step 05. */
  subjectOpeners: words('relations'),
  ordinalSubjects: words('relations'),
  /** "were sent against the country": a preposition after a verb of sending that makes it a launch, not a delivery. */
  hostileDirections: words('relations'),
  /**
   * Nouns that name a state without naming it, as the place a launch is aimed at ("sent 40 drones against the
   * country", "fired missiles at our country"): the state the attacker fights (`targeted:launched-at`).
   */
  countryNouns: words('relations'),
  /** Parts of a state named before "of the country" ("at the east of the country", "against the whole of the country"). */
  countryParts: words('relations'),
  /** Prepositions that introduce the target of an attack noun ("attack on X"). */
  targetPrepositions: words('relations'),
  /** Nouns of blasts and damage ("Blasts were reported in X"). */
  damageNouns: words('relations'),
  /** Verbs of damage after a fronted place ("In X, a hospital was hit"). */
  damageVerbs: words('relations'),
  /** Negation words of a clause (the closed class negationCue). */
  negation: classWords('negationCue'),
  /** Verbs of failure that deny what their complement says ("failed to shoot down"). */
  failureVerbs: words('relations'),
  /** Plan and intention phrases ("plans to", "vowed to"). */
  plan: phrases('relations'),
  /** Denials and hedges anywhere before a trigger in its clause. */
  denial: phrases('relations'),
  /** Conditionals ("if", "unless", "once"; the closed class conditionalCue). */
  conditional: classPhrases('conditionalCue'),
  /** Idioms that hold a conditional word as an adverb ("once more", "at once", "more than once"): no conditional. */
  adverbialIdioms: phrases('relations'),
  /** Hard clause boundaries for scans (";", "but", "while"). */
  clauseBoundary: phrases('relations'),
  /** Boundaries between independent clauses (";", ", but", "whereas"): the scope of a sentence-level cue. */
  majorBoundary: phrases('relations'),
  /** Words a later clause uses to point back at a claim (", which", ", a claim ..."). */
  disputeAnchors: words('relations'),
  /** Phrases of holding back from asking in a clause after a stated need ("stopped short of a new request"). */
  askWithholders: phrases('relations'),
  /** Nouns that carry a rumour or an unchecked claim ("posts claiming that ...", "reports of ..."). */
  rumourNouns: words('relations'),
  /** What opens a rumour noun's content ("that", "of", "claiming that", "said to show"). */
  rumourOpeners: phrases('relations'),
  /**
   * What a sentence says of a rumour after its content: it was not verified, it is false, it was denied, or it only
   * circulates ("... could not be verified", "... proved false", "... spread online").
   */
  rumourVerdicts: phrases('relations'),
  /** Casualty verbs ("died", "killed"). */
  casualtyVerbs: words('relations'),
  /** Nouns of the people casualty verbs count ("people", "civilians"). */
  casualtyNouns: words('relations'),
  /** "need(s) more X": the quantity words that make a statement of need a request. */
  needQuantifiers: words('relations'),
  /**
   * Generic classes that, asked for beside an air-defence system, stand for its ammunition ("Patriot systems and
   * missiles for them", "air defence, every missile you can spare"), not a weapon system asked for (class slugs).
   */
  ammunitionClasses: words('relations'),
  /** "more launchers for NASAMS", "ammunition for Gepards": parts or ammunition of a system, asked for through "for" and the system. */
  componentNouns: words('relations'),
  /** "asked whether/if/how ...": words after a verb of asking (or its addressee) that open an indirect question, not a request. */
  indirectQuestions: words('relations'),
  /** "we need them": pronoun objects of a need that stand for the systems named before it. */
  needPronouns: words('relations'),
  /** Superlatives that rank what would help most ("the best help", "the most useful delivery"). */
  rankSuperlatives: words('relations'),
  /** Copulas between a rating of what would help and the weapons it names ("the best help would be X"). */
  ratingCopulas: words('relations'),
  /** Verbs that keep a rating as a copula does ("X remains its most urgent need"). */
  remainVerbs: words('relations'),
  /** Modals of ability after a giver ("the best answer partners could give"): what another can do, a help word. */
  abilityModals: words('relations'),
  /** Nouns that open a document issued by an actor ("Statement of the Ministry of ..."): its "we" is the issuer. */
  statementNouns: words('relations'),
  /** Relative pronouns ("that", "which"). */
  relativePronouns: words('relations'),
  /** Comparatives that make a preceding negator a bound on a number ("no fewer than 40", "not less than 12"). */
  comparativeBounds: words('relations'),
  /** Determiners of an "of" phrase that names the whole a figure is a part of ("Of the drones, 120 ...", "; of those Kalibrs, four"). */
  topicDeterminers: words('relations'),
  /** Pronouns after "of" in a partitive that takes up a group told before ("none of which", "two of them"). */
  relativeAnaphors: words('relations'),
  /** Report verbs whose gerund object is the claimed act itself ("the air force reported downing 12", "Moscow claimed destroying"). */
  gerundClaimVerbs: words('relations'),
  /** Verbs of blasts felt at a place ("explosions rocked Lviv", "blasts echoed across Kyiv"). */
  shakeVerbs: words('relations'),
  /** Verbs of undergoing harm before a damage noun ("the grid sustained damage", "Kharkiv suffered heavy damage"). */
  sufferVerbs: words('relations'),
  /** Light verbs of undergoing before "under" and an attack noun ("Kherson came under attack", "the ports were under fire"). */
  underVerbs: words('relations'),
  /** Nouns that, besides the attack nouns, name an attack after "under" ("came under fire"). */
  underNouns: words('relations'),
  /** Nouns of a supply cut as the result of a strike ("outages after hits on substations"). */
  outageNouns: words('relations'),
  /** Supplies a place loses or is left without after a strike ("lost power", "left without heat"). */
  utilityNouns: words('relations'),
  /** Adverbs that may open a sentence before its fronted place ("Here in Sumy, drones hit ...", "Elsewhere in Kharkiv"). */
  locativeLeads: words('relations'),
  /** Participles of saying or believing that raise a passive ("were reported shot down", "was said to have been hit"). */
  raisingVerbs: words('relations'),
  /** Adjectives that count one after "the" or "a" ("the single Iskander-K", "a lone Kinzhal"). */
  singleWords: words('relations'),
  /** Conjunctions after a comma that close a gapped list ("..., four of the Kalibrs, while none of ..."). */
  gapClosers: words('relations'),
  /** Adverbs that may stand inside a two-word attack construction ("aimed chiefly at", "slammed directly into"). */
  insertedAdverbs: words('relations'),
  /** Parts of no stated size before "of which"/"of them" ("most of which", "the bulk of them"). */
  vagueParts: words('relations'),
  /** Words of the part of a group not told yet ("the remaining one", "the other two", "the rest"). */
  remainderWords: words('relations'),
  /** Words that set a class apart from the systems named beside it ("drones of other types", "other air defence systems"). */
  otherKindWords: words('relations'),
  /** Adverbs scans step over ("also", "reportedly"). */
  skipAdverbs: words('relations'),
  /** Forms of "be" and "have" of a passive or perfect auxiliary chain. */
  beForms: words('relations'),
  /** Forms of "have" of a perfect ("which had struck", "as had the four Kh-101s"). */
  haveForms: words('relations'),
  /** Prepositions before a platform or a defender ("from Tu-95 bombers", "by air defences"). */
  platformPrepositions: words('relations'),
  /** Suffixes of origin demonyms ("Iranian-made", "British-supplied"). */
  originSuffixes: words('relations'),
  /** Attempt words: an attempt does not assert success. */
  attempt: words('relations'),
  /** "heading for X": verbs of travel that aim at a target only for a weapon or a side, never for a person ("the minister was heading for Kharkiv"). */
  travelVerbs: words('relations'),
  /** Damage verbs that need an attacker or a weapon as subject ("debris damaged a building" is no attack). */
  weakAttackVerbs: words('relations'),
  /** Verbs of doing under which an infinitive event happened ("used X to strike", "managed to destroy"). */
  factualInfinitive: words('relations'),
  /** Prepositions that place a facility by a town ("a depot near Lutsk", "a substation outside Nizhyn"): the hit is there. */
  nearLocators: words('relations'),
  /** Verbs that name the type of weapons told by class ("described as Iskander-M", "identified them as Kh-101s"). */
  identifyVerbs: words('relations'),
  /** Adjectives of ability: with a form of "be" a success ("crews were able to stop 40"), without one a capability ("systems able to stop ballistic missiles"). */
  abilityAdjectives: words('relations'),
  /** Nouns after a place that make it an actor ("the Kiev regime", "Russian forces"). */
  actorNouns: words('relations'),
  /** Nouns after a demonym that make it a place ("Russian territory", "Ukrainian cities"). */
  placeNouns: words('relations'),
  /** Weapon classes that are launch platforms, never what was launched (class slugs). */
  platformClasses: words('relations'),
  /** The formula of a body's decision in minutes and resolutions ("RESOLVED:", "the Council DECIDED:"). */
  decisionVerbs: words('relations'),
  /** Verbs of giving that ask when they open a quotation in the imperative ('"Give us Patriots," he said'). */
  imperativeAsks: words('relations'),
  /** Pronouns of the speaker as the receiver of an imperative of giving ("give us", "send me"). */
  recipientPronouns: words('relations'),
  /** Nouns of a list, which is a request when it is handed over or weapons are put on it ("sent a wish list"). */
  listNouns: words('relations'),
  /** Nouns before a list noun that make one compound with it ("wish list", "shopping list"). */
  listCompounds: words('relations'),
  /** Words after a list noun that open what the list names ("a list topped by X", "a list of X"). */
  listHeads: words('relations'),
  /** Verbs of handing a document over to someone ("submitted a list", "handed Berlin a list"). */
  handOverVerbs: words('relations'),
  /** Verbs that put an item on a list ("put X on his list", "added X to its wish list"). */
  listPlacingVerbs: words('relations'),
  /** Verbs of handing over that take a receiver before the thing handed ("sent the ministry a request"). */
  dativeVerbs: words('relations'),
  /** Words of the speaker's own voice ("I say", "our message"): a clause before a colon that holds one is the speaker's. */
  firstPersonWords: words('relations'),
  /** Determiners that point back to something named before ("the deliveries", "those supplies"). */
  anaphoricDeterminers: words('relations'),
  /** Nouns of a stretch of time that may be the subject of a night's weapons ("the same night brought 87 drones"). */
  timeSubjects: words('relations'),
  /** Nouns of a stretch longer than a night ("week", "month", "year"): a salvo's make-up told with one is a period's total. */
  periodNouns: words('relations'),
  /** Verbs whose subject is a stretch of time and whose object is what it held ("brought", "saw"). */
  timeSubjectVerbs: words('relations'),
  /** Verbs of coming that put their subject after them ("On top of the missiles came 164 drones", "Then followed ..."). */
  inversionVerbs: words('relations'),
  /** Words that name a part of a counted whole in apposition to it ("138 drones, most of them Shaheds", ", mostly Shaheds"). */
  partApposition: words('relations'),
  /** Words after "in" that make a total of a class before an apposition ("157 drones in all, Shaheds and decoys"). */
  apposedTotals: words('relations'),
  /** Weapon classes of air defence, the means of an interception, never what was launched (class slugs). */
  defenceClasses: words('relations'),
  /**
   * Generic weapon classes named by the role every member of their parent class plays ("attack drones" are the
   * drones of this war) or by a range that names no kind ("long-range weapons"; class slugs): a relation to one and to
   * its parent, with no different counts, is one relation.
   */
  roleClasses: words('relations'),
  /** Superlatives that single out the place an attack hit hardest ("the hardest hit", "suffered the most"). */
  impactSuperlatives: words('relations'),
  /** Verbs of being affected that a superlative makes an impact statement ("suffered the most", "worst affected"). */
  /** Nouns of a weapon's impact after "direct" ("after a direct hit"). */
  directHitNouns: words('relations'),
  /**
   * Nouns of firing that aim the weapons of their "of" phrase at the places after a target preposition ("the launch of
   * five Iskander-M at Kharkiv", "the firing of 90 drones at Ukraine"); "use of drones on Ukrainian territory" aims at nothing.
   */
  aimedLaunchNouns: words('relations'),
  /** Verbs of loss ("the plant lost two units"): a hit when what was lost is a part of a structure. */
  lossVerbs: words('relations'),
  /** Parts of a structure that a strike takes away ("lost both transformers", "lost its upper floors"). */
  structureParts: words('relations'),
  /** Participles of damage fronted before their copula ("Damaged, too, were ...", "Among the sites hit were ..."). */
  frontedDamage: words('relations'),
  impactVerbs: words('relations'),
  /** Titles of the official of one place ("the governor of the X region", "X Mayor Y"), who reports what hit it. */
  placeOfficials: words('relations'),
  /** Verbs of where an attack came down ("strikes fell on X", "the missiles landed in Y"): with an attack noun as subject. */
  /** Landing verbs that say a weapon itself came down where it hit ("the missiles landed in X"), unlike "fell" of debris. */
  impactLandingVerbs: words('relations'),
  /**
   * Last words of the names of landmarks inside a town ("Shevchenko Park", "Khreshchatyk Street"): where a weapon came
   * down, a locator of the hit, never the place attacked (no gold set names one as a target).
   */
  landmarkHeads: words('relations'),
  /** Phrasal verbs of coming down, read as landing verbs and impact landing verbs ("the Iskander came down next to X"). */
  landingPhrases: phrases('relations'),
  /** Prepositions of where a weapon or an attack came down ("on", "in", "next to", "near"): the place after them was hit. */
  landingPrepositions: phrases('relations'),
  landingVerbs: words('relations'),
  /**
   * Phrases of removal from the air that turn any transitive verb into an interception when they follow its weapon
   * object or its passive participle ("swatted 40 drones out of the sky", "two were plucked out of the air").
   */
  skyRemovalPhrases: phrases('relations'),
  /** Nouns of what an attack aims at ("the main target of the attack was X", "X was among the targets of the strike"). */
  targetNouns: words('relations'),
  /** Phrases that make a weapon a component of another ("fitted with", "armed with"). */
  componentCues: phrases('relations'),
  /** What a salvo was made of ("the barrage combined X with Y", "the missiles were a mix of X and Y"). */
  compositionCues: phrases('relations'),
  /** Nouns of a reported breakdown whose composition cue lists what was launched ("its breakdown listed X and Y"). */
  compositionSubjects: words('relations'),
  /** Verbs that perform an attack and pass on their doer ("carried out strikes"). */
  performVerbs: phrases('relations'),
  /** Number words ("nine" -> 9, "dozen" -> 12). */
  numberWords: numbers('relations'),
  /** Tens that combine with a unit ("forty-three"). */
  tens: words('relations'),
  /** Words that may stand in a count phrase ("more than", "at least"). */
  numberQualifiers: words('relations'),
  /** The two belligerents, by gazetteer id: each side's opponent. */
  opponents: pairs('relations'),
  /** The side that attacks when a document gives no other (a tie-break). */
  defaultAttacker: value('relations'),
  /** Places held by another side than their gazetteer state (occupied territory), by gazetteer id. */
  heldBy: pairs('relations'),
  /** Sides that depend on deliveries: a stated need ("needs more air defence") is a request only for them. */
  recipients: words('relations'),
  /** Nouns that stand for the attacking side of the article as a doer ("the aggressor launched", "the enemy fired"). */
  attackerNouns: words('relations'),
  /** Pronouns a scan may meet uncovered by a mention ("it", "they", "we"). */
  barePronouns: words('relations'),
  /** Prepositions that put a mention inside a prepositional phrase ("in Kyiv", "from the border"). */
  phrasePrepositions: words('relations'),
  /** Pronouns that stand for earlier weapons as the subject of a passive ("them", "which"). */
  objectPronouns: words('relations'),
  /** The pronoun that stands for one earlier weapon as the subject of a passive ("it was shot down"). */
  singularPronouns: words('relations'),
  /** The writer and the reader as a subject ("if you follow the news", "if I read it right"). */
  readerPronouns: words('relations'),
  /** Words that end the object phrase of a request ("saying", "after", "because"). */
  requestStop: words('relations'),
  /** Verbs of holding a delivery back after a negated infinitive ("not to delay"): the request still asks for the weapons. */
  holdBackVerbs: words('relations'),
  /** Before a word of asking after a need, with the negators: the need was not made a request ("did not say whether he had asked"). */
  /** Words that stand for a count of something named before ("others", "another", "one"), besides numbers. */
  countPronouns: words('relations'),
  /** Nouns of what falls after an interception ("debris", "fragments"): a place they fell on is no target. */
  debrisNouns: words('relations'),
  /** Part nouns that name debris only before "of" and a weapon's phrase ("parts of a downed drone"); see DocView.debrisOfAt. */
  debrisParts: words('relations'),
  /** Verbs that put a figure on something ("put the strike package at ten Kh-101s", "estimated the barrage at 40 drones"). */
  figureVerbs: words('relations'),
  /** Pronouns that restate the figure of the sentence before ("537 weapons in one night. That is 477 drones plus 60 missiles"). */
  restatementPronouns: words('relations'),
  /** Nouns of who speaks or acts for a state, whose "of" phrase names the actor ("the representative of X", "the governments of X and Y"). */
  proxyNouns: words('relations'),
  /** Nouns of a state that a moral label may qualify ("a terrorist state"): a label of the state, not of an act. */
  labelledStateNouns: words('relations'),
  /** Participles of uttering a request or a condemnation in the passive ("a call for X was made by Y", "was voiced by"). */
  utterVerbs: words('relations'),
  /** Nouns of whose judgement a clause is ("in the judgement of X", "in X's view"): X judges what the clause says. */
  viewpointNouns: words('relations'),
  /** Verbs of waiting for what was asked ("still waiting for the Patriot systems", "awaits the IRIS-T launchers"). */
  awaitVerbs: words('relations'),
  /** Verbs of arriving, read negated of weapons asked for or promised ("the guns it requested have not arrived"). */
  arrivalVerbs: words('relations'),
  /** Participles of promising in a relative clause after weapons ("the IRIS-T systems Berlin had promised the region"). */
  promiseVerbs: words('relations'),
  /** Participles of echoing a judgement told before them ("a judgement echoed by X", "a view shared by Y"). */
  echoVerbs: words('relations'),
  /** Phrases of going on that may stand between a speaker and a colon ("X went further: ...", "X was blunter: ..."). */
  colonLeads: phrases('relations'),
  /** Nouns of a kind after a named weapon ("systems of the Gepard kind", "of the IRIS-T type"). */
  kindNouns: words('relations'),
  /** Participles of naming after a request set off by a comma ("asked for more air defence, naming W and V"): what they name is asked for too. */
  namingParticiples: words('relations'),
  /** Verbs of renewing or making a request, before an anaphoric request noun ("has renewed that request", "repeated the appeal"). */
  renewVerbs: words('relations'),
  /** Nouns naming a judgement as a whole after a copula ('"An atrocity" was the verdict of X', "the description offered by X"). */
  verdictNouns: words('relations'),
  /** Nouns of counting that head a label before a colon ("Air Force tally: 465 drones and 32 missiles"). */
  tallyNouns: words('relations'),
  /** Nouns of handing weapons over ("deliveries of X", "the supply of Y"): a list item that names them asks for its weapons. */
  deliveryNouns: words('relations'),
  /** Quantifiers that take each member of a group ("every one of them", "each one of those"). */
  distributives: words('relations'),
  sourcePrepositions: words('relations'),
  /** Bare quantifiers that stand for a whole group as a subject ("; all were destroyed", "Both were downed"). */
  wholeQuantifiers: words('relations'),
  /** Words that may stand between a verb and its patient's head ("destroyed part of a five-storey block"). */
  patientFillers: words('relations'),
  /** Phrases that add more items to a list of places ("in A and B, as well as in C", "including in D"). */
  listAdditions: phrases('relations'),
  /** Pronouns that are only ever subjects: the word after one is its verb ("it downs 4 missiles"). */
  verbSubjectPronouns: words('relations'),

  // ---- syntax.json: closed classes of the shallow syntactic layer (src/extract/syntax; one bit each of a token mask)
  /** Determiners ("the", "every", "such"). */
  determiner: words('syntax'),
  /** Possessive pronouns ("his", "their", "whose"). */
  possessivePronoun: words('syntax'),
  /** Determiners that can stand alone as pronouns ("this", "those"). */
  demonstrative: words('syntax'),
  /** Subject pronouns ("he", "they", "there"). */
  subjectPronoun: words('syntax'),
  /** Object and reflexive pronouns ("them", "itself"). */
  objectPronoun: words('syntax'),
  /** Quantifiers of a noun phrase ("all", "most", "dozens"). */
  quantifier: words('syntax'),
  /** Quantities without a number ("dozens", "several"). */
  vagueQuantity: words('syntax'),
  /** Number words and their values ("ten" -> 10, "million"). */
  numberWord: numbers('syntax'),
  /** Words that may open a number qualifier ("more", "at", "nearly"). */
  numberQualifier: words('syntax'),
  /** Forms of "be". */
  be: words('syntax'),
  /** Forms of "have". */
  have: words('syntax'),
  /** Forms of "do". */
  do: words('syntax'),
  /** Modal auxiliaries ("could", "must"). */
  modalAuxiliary: words('syntax'),
  /** Future markers ("will", "shall", "'ll"). */
  future: words('syntax'),
  /** Negators ("not", "never"). */
  negator: words('syntax'),
  /** Verbs whose complement did not happen ("plan", "threaten"). */
  irrealisGovernor: words('syntax'),
  /** Verbs that negate their complement ("failed to", "refused to"). */
  negativeGovernor: words('syntax'),
  /** Verbs whose object is the subject of their infinitive ("urge X to", "ask X to"). */
  objectControl: words('syntax'),
  /** Verbs of speech ("said", "told"). */
  speech: words('syntax'),
  /** Nouns of a stated text ("issued a statement on the strikes:"): a colon after one opens its words. */
  speechNoun: words('syntax'),
  /** "according" (of "according to X"). */
  according: words('syntax'),
  /** Marks after a number that make it a clock time ("3 a.m.", "11 pm", "five o'clock"): no quantity. */
  clockMark: words('syntax'),
  /** Relative pronouns ("which", "who"). */
  relative: words('syntax'),
  /** Complementisers ("that", "whether"). */
  complementizer: words('syntax'),
  /** Adverbial subordinators ("after", "because"). */
  adverbialSubordinator: words('syntax'),
  /** Conditional conjunctions ("if", "unless"). */
  conditionalConjunction: words('syntax'),
  /** Particles of phrasal verbs ("down", "out"). */
  particle: words('syntax'),
  /** Verbs that join their object with another ("combined X with Y", "mixed"). */
  comitativeVerb: words('syntax'),
  /** Comitative prepositions ("with", "alongside"). */
  comitativePreposition: words('syntax'),
  /** Temporal nouns ("night", "week"). */
  temporalNoun: words('syntax'),
  /** Modifiers of temporal nouns ("last", "early"). */
  temporalModifier: words('syntax'),
  /** Month names. */
  month: words('syntax'),
  /** Adverbs that stand for an elided verb phrase ("too", "also"). */
  ellipsisAdverb: words('syntax'),
  /** Past participles whose form is also a past tense or a base ("shot", "hit", "sent"). */
  participle: words('syntax'),
  /** Bullet tokens. */
  bullet: words('syntax'),
  /** Dash tokens ("-", "–", "—"). */
  dash: words('syntax'),
  /** Coordinators ("and", "or"). */
  coordinator: words('syntax'),
  /** Words that multiply the number before them ("hundred", "million"). */
  multiplier: words('syntax'),
  /** Number qualifier phrases and their kinds ("more than" -> min, "about" -> approx). */
  quantityQualifier: qualifiers('syntax'),

  // ---- events.json: the event model (step 20-events, src/extract/events)
  /** Verbs of an evidential frame: "X said/reported/claimed (that) ..." names who stated the figures of the clause. */
  claimVerbs: words('events'),
  /** Nouns a demonym qualifies to name a side as speaker ("Ukrainian officials said" is a claim of Ukraine). */
  claimantNouns: words('events'),
  /** Words that may stand between a speaker and the verb of saying ("the air force also said", "officials have said"). */
  claimSpeakerGap: words('events'),
  /** Units of a counted figure in a tally line ("12 pcs.", "1 pc. of each type"). */
  tallyUnits: words('events'),
  /** Words of a zero count in a tally line ("zero stopped", "none intercepted"). */
  zeroWords: words('events'),
  /** Nouns of a claim a source did not make, after "no" and before "that" ("made no claim that any of them was downed"). */
  noClaimNouns: words('events'),
  /** Adverbs that limit a figure and say nothing else ("only 1 stopped"). */
  limitingAdverbs: words('events'),
  /**
   * Nouns of a place below the state that a determiner makes the place just told of ("over the region", "over his
   * city", "In our region, ..."): an interception told over one is a local part of the night's downings.
   */
  localPlaceNouns: words('events'),
  /** Determiners of such a place noun ("the", "his", "our"). */
  localPlaceDeterminers: words('events'),
  /** Auxiliaries between a tally line's figure and its verb ("none was shot down", "4 have been destroyed"). */
  tallyAuxiliaries: words('events'),
  /**
   * Generic classes that fill out a mixed wave without being a kind of it the tallies count ("decoy drones"; class
   * slugs): named without a figure beside the count of the whole wave, they are no weapon line of their own.
   */
  waveFillers: words('events'),
  /**
   * Classes of air-defence weapons (class slugs): fired, they stop an attack rather than make one; their launch tells
   * an attack only beside a strike or another launch of its side ("S-300 missiles fired at Kharkiv").
   */
  airDefenceClasses: words('events'),
} as const;

/** The name of a list of the lexicon. */
export type LexiconList = keyof typeof LEXICON_TABLE;

type Compiled<S> = S extends ListSpec<infer _Raw, infer Out> ? Out : never;

/** The compiled lexicon: one field per list of `LEXICON_TABLE`. */
export type Lexicon = { readonly [K in LexiconList]: Compiled<(typeof LEXICON_TABLE)[K]> };

const LIST_NAMES = Object.keys(LEXICON_TABLE) as LexiconList[];

/** The schema of one lexicon file: exactly the lists the table puts in it, plus "_"-prefixed comments. */
function fileSchema(file: LexiconFile): z.ZodType<Record<string, unknown>> {
  // classes.json: `{ "classes": { <class>: {...} } }`; every list of the table in this file reads the whole record.
  if (file === 'classes') {
    const names = LIST_NAMES.filter((name) => LEXICON_TABLE[name].file === 'classes');
    return z.object({ classes: z.record(z.string(), classSchema) }).transform((raw) => Object.fromEntries(names.map((name) => [name, raw.classes])));
  }
  const shape: Record<string, z.ZodType> = {};
  for (const name of LIST_NAMES) if (LEXICON_TABLE[name].file === file) shape[name] = LEXICON_TABLE[name].schema;
  const lists = z.strictObject(shape);
  return z.record(z.string(), z.unknown()).transform((raw) => Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('_')))).pipe(lists);
}

/**
 * Compiles parsed lexicon files (`{ mentions: {...}, relations: {...} }`, the JSON files' contents). `sources` names
 * each file for messages. Throws InputError naming the file and the list (and item) that does not fit.
 */
export function compileLexicon(files: Readonly<Record<LexiconFile, unknown>>, sources: Partial<Record<LexiconFile, string>> = {}): Lexicon {
  const parsed = {} as Record<LexiconFile, Record<string, unknown>>;
  for (const file of LEXICON_FILES) {
    const input = sources[file] ?? `ontology/lexicon/${file}.json`;
    parsed[file] = parseWith(fileSchema(file), files[file], input, 'the lists of src/extract/lexicon.ts LEXICON_TABLE');
  }
  const state: CompileState = { nextPhraseSet: 0 };
  // Built with Object.fromEntries, not by keyed stores: V8 keeps an object of ~90 fields built key by key in
  // dictionary mode, and the rules read these fields in their hottest loops.
  return Object.fromEntries(
    LIST_NAMES.map((name) => {
      const spec = LEXICON_TABLE[name] as ListSpec<unknown, unknown>;
      return [name, spec.compile(parsed[spec.file][name], state)];
    }),
  ) as Lexicon;
}

/** The folder of the project's lexicon files. */
export const LEXICON_DIR: URL = new URL('../../ontology/lexicon/', import.meta.url);

let projectLexicon: Lexicon | null = null;

/** The lexicon of ontology/lexicon, read and compiled on first use. */
export function defaultLexicon(): Lexicon {
  if (projectLexicon) return projectLexicon;
  const files = {} as Record<LexiconFile, unknown>;
  const sources = {} as Record<LexiconFile, string>;
  for (const file of LEXICON_FILES) {
    const url = new URL(`${file}.json`, LEXICON_DIR);
    sources[file] = url.pathname;
    try {
      files[file] = JSON.parse(readFileSync(url, 'utf8'));
    } catch (error) {
      throw new InputError(url.pathname, `cannot read the lexicon file (${(error as Error).message}); expected a JSON object of word lists`);
    }
  }
  projectLexicon = compileLexicon(files, sources);
  return projectLexicon;
}
