/**
 * The event model of one document: the launched, intercepted and targeted relations as stated sentence by sentence
 * become events (GUIDELINES.md "Events"), in four steps:
 *  1. statements: each stated relation with its attacker (the launcher; for an interception the side whose weapons
 *     were downed), whether a third party downed them ("Poland shot down Russian drones"), its time anchor (the
 *     nearest time expression of its sentence, else the day of the statement, else the day a sentence before it in
 *     its paragraph sets the scene with) and its claimant; "were not intercepted" sentences and tally lines ("Kinzhal:
 *     8 launched, 7 neutralised") add statements of their own;
 *  2. segmentation: statements of one attacker (and third party) and one day are one event; a statement without a
 *     time anchor joins the event of the latest statement about the same weapon, else the attacker's latest event,
 *     else (a headline) the first dated event to come; periods ("since December") make an event without a day; an
 *     undated event that the headline reports is the news of the reference day;
 *  3. weapon lines per claimant: launched and intercepted per weapon, from sentences that may be far apart; numbers
 *     from the body before the headline's; a count that an interception report lends to its launch clause ("downed
 *     20 drones that X launched") is not a launch count unless "all" says so; "all N downed" spread over the types
 *     that add up to N;
 *  4. the event: lines merged over claims (each number from the first claim that states it in the body), two class
 *     lines of one statement joined ("28 attack drones ... 21 of the drones"), bare classes dropped beside a more
 *     specific weapon; kind `attack` when a launch or a strike is stated for itself (not only inside an interception
 *     report); targets without the places that only locate another target ("Kupiansk in Kharkiv Oblast").
 * An event with no target, no number and no interception says nothing that can be told apart and is dropped; so is
 * a period without figures ("has attacked the port almost every night since July": a habit, not an event).
 */
import type { ClosedRelation, Mention, Sentence, Token } from '../layers.ts';
import type { RuleId } from '../relations/registry.ts';
import type { Span, WeaponLine } from '../types.ts';
import { ClaimFinder, MentionIndex, nearestFrame, type ClaimFrame } from './claims.ts';
import { addDays, findTimeExpressions, LATER_NIGHT, LATER_TIME, laterDays, referenceDay, type TimeExpression } from './dates.ts';
import { wordsOf } from '../words.ts';
import type { ClaimRecord, EventInput, EventRecord } from './types.ts';

/**
 * The rule of the statements made of a "were not intercepted" sentence (see `notDowned`): they give weapon lines an
 * interception of 0 and are never relations, so the id is the event model's own, not one of `RELATION_RULES`.
 */
const NOT_DOWNED_RULE = 'intercepted:none';

/** The rule of the statements of weapons told of downed in full ("all were shot down"; see `anaphoricWholes`). */
const WHOLE_DOWNED_RULE = 'intercepted:all';

/**
 * The rule of the launch statements of weapons counted in a clause that says they got through ("the three Kinzhals
 * got through": three launched, none downed; see `notDowned`).
 */
const GOT_THROUGH_LAUNCHED_RULE = 'launched:got-through';

/**
 * The rule of the launch statements of a count told beside an interception without its own verb: an ellipsis ("Of the
 * 170 sent against Ukraine, 74 were shot down") or an apposition ("The drones, 309 of them, fared worse: 288 were
 * shot down"); see `ellipticLaunches`.
 */
const ELLIPTIC_LAUNCHED_RULE = 'launched:elliptic';

/**
 * The rules of the statements made of a tally line ("Kinzhal: 8 launched, 7 neutralised", see `tallyLines`): event
 * statements; the launch becomes a relation through the event line (step 20), as any line with a number does.
 */
const TALLY_LAUNCHED_RULE = 'launched:tally';
const TALLY_DOWNED_RULE = 'intercepted:tally';

const TALLY_RULES: ReadonlySet<string> = new Set([TALLY_LAUNCHED_RULE, TALLY_DOWNED_RULE]);

/** The rule behind a statement: a relation rule, or the event model's own "not downed" and tally lines. */
type StatedRule =
  | RuleId
  | typeof NOT_DOWNED_RULE
  | typeof WHOLE_DOWNED_RULE
  | typeof TALLY_LAUNCHED_RULE
  | typeof TALLY_DOWNED_RULE
  | typeof GOT_THROUGH_LAUNCHED_RULE
  | typeof ELLIPTIC_LAUNCHED_RULE;

/** A relation as stated in its sentence (sides closed), or a "not downed" statement. */
interface StatedRelation extends Omit<ClosedRelation, 'rule'> {
  rule: StatedRule;
}

/**
 * Launch rules whose weapon is named only inside another statement (an interception report, an owner's adjective):
 * such a launch alone does not make an event an attack, and a count it shares with an interception of its sentence
 * is that interception's. (Rule ids of `RELATION_RULES`, src/extract/relations/registry.ts.)
 */
const SUBORDINATE_LAUNCH_RULES: ReadonlySet<StatedRule> = new Set<RuleId>([
  'launched:owner',
  'launched:owner-of-intercepted',
  'launched:relative',
  'launched:relative-including',
  'launched:including',
]);

/** The launch a weapon hitting something states ("a missile hit the station"): its count is of the weapons that hit. */
const HIT_RULE: StatedRule = 'launched:weapon-hit';

/** Launches that do not make an event an attack by themselves: the subordinate ones and the whole of a partitive. */
const NOT_ATTACK_RULES: ReadonlySet<StatedRule> = new Set<StatedRule>([...SUBORDINATE_LAUNCH_RULES, 'launched:whole-of-partitive']);

/** The verbs of a weapon being downed, in the passive: "intercepted", "shot down", "stopped", "neutralised", "brought down". */
const DOWNED_VERBS = '(?:intercepted|shot\\s+down|downed|destroyed|stopped|neutrali[sz]ed|brought\\s+down|knocked\\s+down|taken\\s+down)';

/**
 * A word that every negated form of downing below needs (NOT_DOWNED, NONE_OF, NONE_OF_FRONTED, NOT_REPORTED_DOWNED,
 * NO_INTERCEPTION_OF, NOT_ANY_DOWNED, NOT_DOWNED_ELLIPTIC, NONE_OF_ELLIPTIC, NONE_DOWNED_ANAPHOR, NONE_OPENING): each
 * holds "not", "never", "none", "neither", "unable", "failed" at a word start, "no" before a space, or "n't". A
 * sentence without one (four in five) skips those regular expressions: one cheap test instead of up to ten scans, the
 * same matches. (With the `i` flag only ASCII letters match these letters, and its word boundary is looser than that of
 * `iu`, so the test never refuses a sentence a form with either flag would match.) Keep it in step with the forms.
 */
const NEGATION_CUE = /\b(?:not|never|none|neither|unable|failed|no\s)|n['’]t/i;

/** The words of no one of a group: "none", "neither", "not one", "not a single one". */
const NONE_WORD = '(?:none|neither|not\\s+(?:a\\s+single\\s+)?one)';

/**
 * "The Oniks and Kh-22 missiles were not intercepted", "none of them was shot down", "the missile could not be
 * stopped" (not the present "cannot be", which tells what a weapon is like), "the two Iskanders are not among the
 * targets shot down": the weapons named before it were downed 0 times (not in a relative clause: "the two missiles that were not destroyed" counts the missed ones).
 * Also the absolute phrase after a comma, with no verb of its own: "two Kh-59 missiles, none of them shot down" (see
 * `ABSOLUTE_NONE`).
 */
const NOT_DOWNED = new RegExp(
  `(?<!\\b(?:that|which|who)\\s+)\\b(?:(?:were|was|is|are|have\\s+been|has\\s+been|had\\s+been)\\s+(?:not|never)|(?:wasn|weren|isn|aren)['’]t|(?:have|has|had)(?:\\s+(?:not|never)|n['’]t)\\s+been|could(?:\\s+not|n['’]t)\\s+be|${NONE_WORD}\\s+(?:of\\s+(?:them|these|those|which)\\s+)?(?:were|was|is|are|has\\s+been|have\\s+been|had\\s+been|could\\s+be)|(?:were|was|is|are)\\s+not\\s+among\\s+(?:the|those)\\s+(?:[\\p{L}-]+\\s+){0,2}?|(?<=,\\s*)${NONE_WORD}\\s+of\\s+(?:them|these|those)\\s)\\s*${DOWNED_VERBS}\\b`,
  'iu',
);

/**
 * "..., an Iskander-M and a Kh-31, and that neither was shot down": a quantifier of none opening a second reported
 * clause (which NOT_DOWNED leaves, "that" before it); it takes up only the weapons' phrase right before the clause.
 */
const NONE_AFTER_THAT = new RegExp(`(?<=,\\s*and\\s+that\\s+)${NONE_WORD}\\s+(?:of\\s+(?:them|these|those)\\s+)?(?:were|was|has\\s+been|have\\s+been|had\\s+been|could\\s+be)\\s*${DOWNED_VERBS}\\b`, 'i');

/**
 * The absolute phrase of none after a comma, "..., none of them intercepted": like a relative of none ("none of
 * which"), it names only the weapon phrase right before it.
 */
const ABSOLUTE_NONE = new RegExp(`^${NONE_WORD}\\s+of\\s+(?:them|these|those)\\s+${DOWNED_VERBS}\\b`, 'i');

/**
 * "The three Kinzhals and one Iskander-M got through", "all four Kinzhals had reached their targets", "all four
 * missiles struck their targets", "the single Iskander-M evaded the defences": the weapons named before it were downed
 * 0 times (unless a negation stands before it in its clause: "no missile got through"; "failed to reach their
 * targets" is no past "reached").
 */
const GOT_THROUGH =
  /\b(?:(?:got|get|gets|slipped|broke)\s+through|(?:reached|struck|hit)\s+(?:their|its)\s+(?:intended\s+|designated\s+)?(?:targets?|destinations?)|(?:evaded|eluded|escaped|avoided)\s+(?:(?:the|Ukraine's|Ukrainian)\s+)?(?:air\s+)?(?:defen[cs]es|interception))\b/i;

/** Does a conditional of lexicon `conditional` ("if", "unless") open a phrase of `sentence` before offset `at`? */
function conditionalBefore(input: EventInput, sentence: Sentence, at: number): boolean {
  const words: string[] = [];
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
    const token = input.tokens[k];
    if (!token || token.start >= at) break;
    words.push(token.normal);
  }
  return words.some((_, i) => input.lexicon.conditional.match(words, i) > 0);
}

/** A launch participle's phrase in commas right after a weapon: ", released by Su-34 jets over the Sea of Azov,". */
const APPOSED_LAUNCH = /^\s*,\s*(?:launched|fired|sent|released|flown)\s+(?:by|from|over|off)\s+[^,;:]{1,60},/i;

/** The same phrase after the class noun that closes the weapon's phrase (group 1): " guided missiles, launched from Crimea,". */
const NOUN_APPOSED_LAUNCH = /^((?:\s+[\p{L}-]+){1,2})\s*,\s*(?:launched|fired|sent|released|flown)\s+(?:by|from|over|off)\s+[^,;:]{1,60},/iu;

/** A question asks what got through; it does not say so: "Where did the missiles get through?". */
const QUESTION = /\?\s*["”’)]?\s*$/;

/** A correction that reports what an earlier version of the text said: the figure it gave is withdrawn. */
const RETRACTED = /\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|interview|piece|text|post)\b/i;
const NEGATION_WORD = /\b(?:no|none|not|never|nothing|neither|nor)\b|n't\b/i;

/** What stands before a weapon named as one already told of: "of the", "these", "the remaining". */
const DEFINITE_BEFORE = /\b(?:the|these|those)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A time expression that names its day: a number, a weekday or a month ("on Sunday", "12 October", "2-3 Feb"). */
const NAMED_DAY = /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** A weapon named as any of its kind: "every ballistic missile", "any drone". */
const ANY_BEFORE = /\b(?:every|any)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * "None of the nine Iskander-M missiles was intercepted", "neither missile was stopped": the weapons named inside the
 * phrase were downed 0 times.
 */
const NONE_OF = new RegExp(`\\b(?:${NONE_WORD}\\s+of\\s+(?:the|these|those)\\s+[^.;:]{1,100}?|neither\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,3}?(?:nor\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,3}?)?)(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|could\\s+be)\\s+${DOWNED_VERBS}\\b`, 'iu');

/**
 * "it recorded no interception of the two missiles", "No missile interception reported", "did not report the
 * interception of any of the S-300 missiles": the weapons of the nominal's "of" phrase, or the weapon class that
 * modifies it, were downed 0 times.
 */
const NO_INTERCEPTION_OF =
  /\b(?:no|(?:did|does|do)\s+not\s+(?:report|record|confirm|claim|mention)\s+(?:the|any))\s+(?:(?:interceptions?|shoot-?downs?|downing)\s+of\s+(?:any\s+of\s+)?(?:the|these|those)\s+[^.;:,]{1,60}|[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:interceptions?|shoot-?downs?)\b)/iu;

/** A participle's apposition inside a phrase, before a weapon it describes: "the missiles, described as ...". */
const APPOSED_PARTICIPLE = /,\s+\p{L}+ed\b/u;

/**
 * The same negations with the verb left out, told right after a clause of downing: "32 drones were downed; the two
 * Kinzhals were not.", "... the two Iskander-Ms were not, and 54 drones were lost", "Of the missiles, 12 were intercepted. None of the three Kalibrs was." (read only when the
 * sentence before the negation, or its own clauses before it, use a verb of downing); "... 13 of which were intercepted,
 * and one Zircon, which was not" (a relative in commas of the phrase right before it: read as "which" is in NOT_DOWNED);
 * "30 drones were shot down, and neither missile was" (a quantifier of none before the weapon's noun).
 */
const NOT_DOWNED_ELLIPTIC = /(?:(?<=,\s*)which\s+|(?<!\b(?:that|which|who)\s+)\b)(?:were|was|have\s+been|has\s+been|had\s+been)\s+not(?=\s*[.;]|\s*,\s*(?:and|but|while|whereas)\b|\s*$)/i;
const NONE_OF_ELLIPTIC = new RegExp(`\\b(?:${NONE_WORD}\\s+of\\s+(?:the|these|those)\\s+[^.;:]{1,80}?|neither\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,3}?)(?:was|were)(?=\\s*[.;:]|\\s*$)`, 'iu');
const DOWNED_VERB = new RegExp(`\\b${DOWNED_VERBS}\\b`, 'i');

/** The verbs of downing a weapon as a participle or in the past, with the phrasal ones: "brought down", "taken out". */
const DOWNED_PAST = '(?:intercepted|shot\\s+down|downed|destroyed|stopped|neutrali[sz]ed|brought\\s+down|knocked\\s+down|taken\\s+out|took\\s+out|caught)';

/** "all", "every one", "each" (of them): the whole of the weapons just told of. */
const WHOLE_WORD = '(?:all|every\\s+one|each(?:\\s+one)?)';

/**
 * The weapons just told of downed in full, with no weapon named in the phrase: "; all were shot down", "every one
 * of them was knocked down", "downed every one of them", "destroyed them all".
 */
const ALL_DOWNED = new RegExp(
  `\\b${WHOLE_WORD}(?:\\s+of\\s+(?:them|these|those))?\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:also\\s+)?${DOWNED_PAST}\\b|\\b${DOWNED_PAST}\\s+(?:${WHOLE_WORD}\\s+of\\s+(?:them|these|those)|them\\s+all)\\b`,
  'i',
);

/**
 * The weapons of the sentence before downed 0 times: "None of those was intercepted.", "None of those five was
 * stopped" (group 1: the count of the weapons meant), "None of the last five types was shot down" (group 2: how many of
 * the last weapons), "none of the others was stopped".
 */
const NONE_DOWNED_ANAPHOR = new RegExp(
  `\\b(?:none|neither|not\\s+(?:a\\s+single\\s+)?one)\\s+of\\s+(?:(?:them|these|those)(?:\\s+([\\w-]+))?|the\\s+(?:others|rest|(?:last|other|remaining)\\s+([\\w-]+)\\s+(?:types|kinds|models|systems)))\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+)?${DOWNED_PAST}\\b`,
  'i',
);

/**
 * "Air defence intercepted neither of them", "the crews shot down none of those": an active downing whose object is no
 * one of the weapons just told of; they were downed 0 times.
 */
const NONE_DOWNED_ACTIVE = new RegExp(`\\b${DOWNED_PAST}\\s+(?:none|neither|not\\s+(?:a\\s+single\\s+)?one)\\s+of\\s+(?:them|these|those)\\b`, 'i');

/**
 * "three Kh-59 guided missiles, all of which air defence destroyed over ...": an object relative with its own subject
 * that downs the whole of the counted weapon right before it.
 */
const ALL_OF_WHICH_ACTIVE = new RegExp(`\\b(?:all|both|each|every\\s+one)\\s+of\\s+which\\s+(?:(?!was\\b|were\\b|had\\b|have\\b|has\\b)[\\p{L}'’-]+\\s+){1,4}?${DOWNED_PAST}\\b`, 'iu');

/** A launch participle's or a place's phrase between a weapon and the relative that takes it up (no comma, no "and" inside). */
const RELATIVE_GAP = /^\s+(?:(?:were|was|had\s+been)\s+)?(?:launched|fired|sent|flown|released|from|over|at|against|towards?)\s+(?:(?!\b(?:and|or)\b)[^,;:]){1,60}?,?\s*$/iu;

/**
 * A gap inside a coordinated list of weapons: a comma or "and", with at most three words (a count, a class noun), no
 * preposition ("40 drones at Sumy and four S-300s ..., none of which": the relative is of the phrase after "and").
 */
const LIST_GAP = /^\s*(?=[\s\S]*(?:,|\band\b))(?![\s\S]*\b(?:at|on|in|over|from|against|towards?|into|onto|by|across|near|with|of)\b)(?:,\s*)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:and\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?$/u;

/** "162 drones were launched, all but one of which were neutralised": the weapon before it downed but N (group 1). */
const ALL_BUT_DOWNED = new RegExp(`\\ball\\s+but\\s+([\\w-]+)\\s+of\\s+(?:which|them|these|those)\\s+(?:was|were|had\\s+been|have\\s+been)\\s+(?:also\\s+)?${DOWNED_PAST}\\b`, 'i');

/** A word ALL_DOWNED, ALL_BUT_DOWNED and ALL_OF_WHICH_ACTIVE need ("all", "both", "every", "each" at a word start): without one, both are skipped (see `NEGATION_CUE`). */
const WHOLE_CUE = /\b(?:all|both|every|each)/i;

/**
 * A sentence that opens with the negation and names no weapon before it: "None was intercepted.", "Neither was shot
 * down, the air force said.", "Neither could be intercepted", "According to the Air Force, none of the three was downed" (group 1: the count of the
 * weapons meant), "It was not shot down" (group 2: a single weapon of the sentence before). What was not downed is
 * what the sentences before it named (see `anaphoricWholes`). "It was launched from Crimea and was not intercepted": the
 * pronoun's second verb phrase.
 */
const NONE_OPENING = new RegExp(
  `^\\W*(?:(?:according\\s+to|per)\\s+[^,.;:]{1,60},\\s*)?(?:(?:none|neither|not\\s+(?:a\\s+single\\s+)?one)(?:\\s+of\\s+the\\s+([\\w-]+))?\\s+(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|could\\s+be)|(it)\\s+(?:(?:was|is|has\\s+been|had\\s+been)\\s+not|(?:has|had)\\s+not\\s+been|was\\s+[^.;:]{1,80}?\\s+and\\s+was\\s+not))\\s+(?:also\\s+)?${DOWNED_PAST}\\b`,
  'i',
);

/**
 * A sentence that opens by reporting no downing of a pronoun: "No interception of it was reported.", "No shoot-down of
 * them has been confirmed." (group 1: "it", one weapon of the sentence before, or "them"); read as `NONE_OPENING`.
 */
const NO_DOWNING_OPENING = /^\W*no\s+(?:interceptions?|shoot-?downs?|downing)\s+of\s+(it|them)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:reported|recorded|confirmed|claimed|announced)\b/i;

/** The verbs of downing a weapon in the base form and as a gerund: "stop", "shoot down"; "stopping", "shooting down". */
const DOWNING_BASE = '(?:intercept|stop|shoot\\s+down|down|destroy|bring\\s+down|knock\\s+down|neutrali[sz]e|catch|take\\s+out)';
const DOWNING_GERUND = '(?:intercepting|stopping|shooting\\s+down|downing|destroying|bringing\\s+down|knocking\\s+down|neutrali[sz]ing|catching|taking\\s+out)';

/**
 * A defender that did not down any of the weapons: "Air defence was unable to stop any of the three", "the air force
 * made no claim of stopping any of them", "could not shoot down any of those", "failed to intercept any of the S-300
 * missiles", "could not intercept the Iskander-M missiles" (the weapons named as known, without "any of"); in the past
 * only: "cannot stop any of them" tells what a defence is like. Group 1 or 2: the count of
 * the weapons meant ("those five", "the three"; a word that is no number names them: "any of the missiles"); group 3:
 * the weapons named in the phrase.
 */
const NOT_ANY_DOWNED = new RegExp(
  `\\b(?:(?:was|were)\\s+(?:unable|not\\s+able)\\s+to|failed\\s+to|(?:did|could)(?:\\s+not|n['’]t))\\s+${DOWNING_BASE}\\s+(?:any\\s+of\\s+|(?=(?:the|these|those)\\s))|\\bno\\s+(?:claim|report|record)\\s+of\\s+${DOWNING_GERUND}\\s+any\\s+of\\s+`,
  'i',
);
/**
 * A source that makes no claim that any of the weapons was downed: "made no claim that any of them had been
 * intercepted", "gave no report that either was shot down", "there was no indication that any of the three was
 * stopped" (a negated noun of reporting, lexicon `noClaimNouns` of events.json, and a clause of "that"). Groups as in
 * `NOT_ANY_REFERENT`: 1 or 2 the count of the weapons meant or a word that names them, 3 the weapons named.
 */
function noClaimDowned(nouns: Iterable<string>): RegExp {
  const noun = [...nouns].map((n) => n.replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(
    `\\bno\\s+(?:${noun})\\s+that\\s+(?:any|either|one|a\\s+single\\s+one)(?:\\s+of\\s+(?:(?:them|these|those)(?:\\s+([\\w-]+))?|the\\s+([\\w-]+)|((?:the|these|those)\\s+[^.;:,]{1,80}?)))?\\s+(?:had\\s+been|has\\s+been|have\\s+been|was|were|could\\s+be)\\s+(?:also\\s+)?${DOWNED_VERBS}\\b`,
    'iu',
  );
}

/**
 * "None of the three missiles could the Air Force stop", "not one of the drones did the crews bring down": the fronted
 * object of a negated downing, its subject after the auxiliary; the weapons inside the phrase were downed 0 times.
 */
const NONE_OF_FRONTED = new RegExp(`\\b${NONE_WORD}\\s+of\\s+(?:the|these|those)\\s+[^.;:,]{1,80}?\\s+(?:could|did|would)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}’'-]+\\s+){1,4}?${DOWNING_BASE}\\b`, 'iu');

/**
 * "it did not report the missile intercepted", "the air force did not list any of the Kh-59s as shot down": a source
 * that reports no downing of the weapons it names; they were downed 0 times.
 */
const NOT_REPORTED_DOWNED = new RegExp(`\\b(?:did|does|do)(?:\\s+not|n['’]t)\\s+(?:report|record|list|count|confirm|claim)\\s+(?:any\\s+of\\s+)?(?:the|these|those|its|any)\\s+[^.;:,]{1,60}?\\s+(?:as\\s+)?${DOWNED_VERBS}\\b`, 'iu');

/** The gap between two single weapons of one phrase: "an Iskander-M and a Kh-31", "two missiles, an Iskander-M". */
const SINGLES_GAP = /^\s*(?:,|,?\s*and)\s+(?:an?|one)\s+$/i;

/** A second reported clause that opens right after a phrase: "..., and that" (before its subject). */
const SECOND_REPORTED = /^\s*,\s*and\s+that\s+$/i;

/** A negation whose subject is a quantifier of none ("neither was", "none of them were"). */
const NONE_SUBJECT = new RegExp(`^${NONE_WORD}\\b`, 'i');

/** The forms that `NEGATION_CUE` guards (for the test that the cue admits every sentence they match). */
const NEGATED_DOWNING_FORMS: readonly RegExp[] = [
  NOT_DOWNED,
  NONE_AFTER_THAT,
  NONE_OF,
  NONE_OF_FRONTED,
  NOT_REPORTED_DOWNED,
  NO_INTERCEPTION_OF,
  NOT_ANY_DOWNED,
  NOT_DOWNED_ELLIPTIC,
  NONE_OF_ELLIPTIC,
  NONE_DOWNED_ANAPHOR,
  NONE_OPENING,
  NO_DOWNING_OPENING,
];

const NOT_ANY_REFERENT = /^(?:(?:them|these|those)(?:\s+([\w-]+))?|the\s+([\w-]+))(?=\s*(?:[.;,)]|and\b|but\b|$))|^(?:the|these|those)\s+([^.;:]{1,80})/i;

/** A "not any of" phrase of a sentence: where it is, how many it counts, the text that names the weapons it means. */
interface NotAny {
  index: number;
  length: number;
  /** The count word ("three", "five"), when the phrase counts the weapons. */
  count: string | undefined;
  /** The weapons are named in the phrase ("any of the S-300 missiles"), not taken up from before it. */
  named: boolean;
}

function notAnyDowned(input: EventInput, text: string, negated: boolean): NotAny | null {
  const verb = negated ? NOT_ANY_DOWNED.exec(text) : null;
  if (!verb) return negated ? noClaim(input, text) : null;
  const rest = text.slice(verb.index + verb[0].length);
  const referent = NOT_ANY_REFERENT.exec(rest);
  if (!referent) return null;
  return notAnyOf(input, referent, verb.index, verb[0].length + referent[0].length);
}

/**
 * The weapons a "not any of" phrase means, from its groups (as `NOT_ANY_REFERENT`'s): 1 or 2 a count or a word that
 * names them, 3 the weapons named.
 */
function notAnyOf(input: EventInput, groups: RegExpExecArray, index: number, length: number): NotAny {
  const word = groups[1] ?? groups[2];
  const counted = word !== undefined && input.numberValue(word.toLowerCase()) !== null;
  return { index, length, count: counted ? word : undefined, named: !counted && (groups[3] !== undefined || groups[2] !== undefined) };
}

/** A "not any of" phrase told as a source's claim it did not make ("made no claim that any of them had been intercepted"). */
function noClaim(input: EventInput, text: string): NotAny | null {
  let pattern = NO_CLAIM_DOWNED.get(input.lexicon);
  if (pattern === undefined) {
    pattern = noClaimDowned(input.lexicon.noClaimNouns);
    NO_CLAIM_DOWNED.set(input.lexicon, pattern);
  }
  // (A question asks whether a claim was made: "Was there no claim that any was downed?")
  const at = QUESTION.test(text) ? null : pattern.exec(text);
  return at ? notAnyOf(input, at, at.index, at[0].length) : null;
}

/** The NO_CLAIM_DOWNED form of each lexicon (its nouns are data). */
const NO_CLAIM_DOWNED = new WeakMap<object, RegExp>();

/** A time told as that of the event just told: "during the same night", "on that night", "the same morning". */
const SAME_TIME = /\b(?:the\s+same|that\s+same|that(?:\s+one)?)\s+(?:night|morning|day|afternoon|evening)\b|\b(?:(?:a\s+few|several|some|two|three|\d+)\s+)?(?:hours|minutes)\s+later\b/i;

/** A night (or the morning that ended it) told as that of the event just told: "that night", "the same morning". */
const SAME_NIGHT = /\b(?:the\s+same|that\s+same|that(?:\s+one)?)\s+(?:night|morning)\b/i;

/** A night named only relative to the day of writing: "overnight", "last night", "during the night". */
const RELATIVE_NIGHT = /^(?:overnight|last\s+night|during\s+the\s+night|in\s+the\s+night|through\s+the\s+night|at\s+night)$/i;

/** Rules that state an act by a noun only ("Ukrainian attacks on refineries"): no act of the story's own day. */
const NOMINAL_RULES: ReadonlySet<string> = new Set(['targeted:noun']);

/** A time told as the one after that of the event just told: "the following night", "the next morning". */
const NEXT_TIME = /\bthe\s+(?:following|next)\s+(?:night|morning|day)\b|\b(?:a|one)\s+day\s+later\b|\bthe\s+day\s+after\b(?!\s+tomorrow)/i;
/** A night told as the one after the event just told, in a sentence that sets the scene for the next ones. */
const NEXT_NIGHT = /\bthe\s+(?:following|next)\s+night\b/i;

/**
 * A sentence that opens by taking up one of the nights or raids told before by its rank: "On the first, 49 of the
 * drones were brought down", "On the third night, ...", "On the first night 36 drones were downed", "Of the second raid's
 * drones, ..." (group 1: the rank); not "For the second night in a row".
 */
const NTH_OPENING = /^\W*(?:on|during|in|of|for)\s+the\s+(first|second|third|fourth|fifth|last)(?:\s+(?:night|raid|attack|wave)\b(?!\s+(?:in\s+a\s+row|running)\b)\s*,?|\s*(?:,|['’]s\b))/i;
const RANKS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: 0 };

/**
 * A night told as the one before the event just told: "during the night before", "the previous night". Against an
 * earlier event of the story it is the night before that event, not before the day of writing.
 */

const PREVIOUS_NIGHT = /^(?:the\s+)?(?:previous|preceding)\s+(?:night|day)$|^(?:the\s+)?(?:night|day)\s+before$|^(?:a|one)\s+(?:day|night)\s+earlier$/i;

/**
 * Words of the daytime: a wave "in the afternoon", "shortly before noon", "on the evening of Friday 31 January" is
 * told apart from the night of the same day (the Air Force's tallies count a daytime wave as its own row).
 */
const DAYTIME =
  /\b(?:(?:in|during)\s+the\s+(?:afternoon|daytime|day)\b|(?:at|around|before|after)\s+(?:about\s+|around\s+)?(?:noon|midday)\b|in\s+(?:broad\s+)?daylight\b|(?:this|that|the\s+same|\p{L}+day)\s+(?:afternoon|evening)\b|(?:in|on)\s+the\s+(?:afternoon|evening)\s+of\b)/iu;

/**
 * What every daytime word holds ("day", "noon" or "evening"; see the alternatives of `DAYTIME`): a sentence without
 * one is not scanned (tests/extract/events.cues.test.ts).
 */
const DAYTIME_CUE = /day|noon|evening/iu;
const DAYTIME_ALL = new RegExp(DAYTIME.source, 'giu');

/** The part of the day a statement is told of: the night (dated by the morning it ended) or the daytime. */
type DayPart = 'night' | 'daytime';

/** The marker of a third party in a side key: a state that is not the attacker's opponent downed its weapons. */
const THIRD_PARTY = 'third-party';

/** When a statement took place, as far as its sentence tells. */
interface Anchor {
  /** `same`: "during the same night", "that night": the day of the latest dated event told before it, of any side. */
  /** `next`: "the following night", the day after that of the latest dated event told before it. */
  /** `previous`: "the night before": the night before the latest dated event told before it, when that is earlier than `date`. */
  /** `nth`: "On the third, its crews destroyed 117 of the drones": the `from`-th event of its side told before (1-based; 0 the last). */
  kind: 'explicit' | 'period' | 'habit' | 'other' | 'report' | 'same' | 'next' | 'previous' | 'nth' | 'none';
  date: string | null;
  /** The sentence that tells the time (`next` told by a scene sentence before the statement's own). */
  from?: number;
  /** `previous` told by the opening of its sentence ("A day earlier, ..."): before an event of the same day, too. */
  opening?: boolean;
  /** `next`: how many days after the event told before ("two nights later" 2; else 1). */
  days?: number;
}

/** A day told only relative to the event before ("a day earlier", "the previous day", "the day before"). */
const DAY_BEFORE = /^(?:(?:a|one)\s+(?:day|night)\s+earlier|the\s+(?:previous|preceding)\s+day|the\s+day\s+before)$/i;

/** The words that may stand before a time that opens its sentence ("During the night before, ..."). */
const TIME_OPENING = /^\W*(?:(?:on|during|in|over|and|but|then)\s+)*$/i;

/** A stated relation, ready for segmentation. */
interface Statement {
  relation: StatedRelation;
  /** The count as the event model reads it (see step 1d). */
  count: number | null;
  /** Token index of the object's mention (the sentence start when it was not found). */
  token: number;
  /** Character range of the object's mention. */
  start: number;
  end: number;
  /** Every mention of the object in the sentence (a place may be named twice: "Kursk Mayor ... in Kursk"). */
  spans: readonly { start: number; end: number }[];
  /** Named only as an alternative of a weapon counted before it ("two Iskander-M or KN-23 missiles"). */
  alternative: boolean;
  /** Named as one already told of: "99 of the drones", "of these drones", "63 of them". */
  definite: boolean;
  /** The count is a bound or an estimate ("more than 100 drones", "about 40"): an exact count of the line outranks it. */
  approx?: boolean;
  /** The count is only the indefinite article's ("fired a Kh-59 missile"; see `singleLaunch`). */
  single?: boolean;
  /** An interception of one weapon named with the indefinite article ("shot down a Kh-59 missile"; see `singleDowned`). */
  singleDown?: boolean;
  /** The count of a mixed wave, moved from the kind it was read on to the class (see 1g). */
  wave?: boolean;
  /** An interception located over named places ("shot down 23 drones over the Rivne region"): maybe a regional part. */
  located?: boolean;
  /**
   * An interception of a bare class told only of a place below the state in the other forms ("five drones had been
   * shot down over his region", "In the Poltava region, three drones were downed"): a local part (see `localPart`).
   */
  localPart?: boolean;
  attacker: string;
  /** THIRD_PARTY when a third party downed the attacker's weapons, else "". */
  party: string;
  anchor: Anchor;
  /**
   * The day that a sentence before it in the same paragraph sets the scene with ("Early on Tuesday the capital came
   * under attack. Russia fired six missiles ..."), when its own sentence dates nothing: it dates the statement only
   * when no event of its side is open yet, or (`sceneNight`) when a night or a heading sets another day than the open one's.
   */
  carried: string | null;
  /** The carried day is set by a night or a section heading: it starts an event of that day (see `sceneOf`). */
  sceneNight?: boolean;
  claimant: string | null;
  /**
   * A strike its own side claims ("Russia's defence ministry said it had struck enterprises in Kyiv"): told with no
   * time of its own, it is the side's report of the story's main event, not of a background attack told just before.
   */
  ownClaim?: boolean;
  /** The part of the day its sentence tells it of, when it tells one (see `DAYTIME`). */
  part?: DayPart | null;
  /** In the headline or the lines before the body. */
  head: boolean;
  /**
   * A launch of the weapon, with the count, that an interception report of its sentence gives ("its air defences shot
   * down 110 Ukrainian drones" read also as a launch): it does not make the event an attack.
   */
  inReport?: boolean;
}

/** An event being built: the statements of one attacker and side on one day (or period, or none). */
interface Group {
  attacker: string;
  key: string;
  date: string | null;
  dated: 'day' | 'period' | 'none';
  /** The part of the day of a dated event, once a statement told it: a night and a daytime wave of one day are two events. */
  part?: DayPart;
  statements: Statement[];
}

/** The first sentence of the body: the first that reads as prose (eight tokens or more, closed by a full stop). */
function bodyStart(input: EventInput): number {
  for (const s of input.sentences) {
    const last = input.tokens[s.tokenEnd - 1]?.normal ?? '';
    // A short sentence that another follows on its line is running text too ("Russia sent 90 drones. Air defence ...").
    const next = input.sentences[s.index + 1];
    const running = next !== undefined && !input.text.slice(s.end, next.start).includes('\n');
    const length = s.tokenEnd - s.tokenStart;
    if ((length >= 8 || (length >= 5 && running)) && /^[.!?"”’)]$/.test(last)) return s.index;
  }
  return 0;
}

/** What may stand between an owner's adjective and its weapon: nothing, or hyphened modifiers ("fixed-wing"). */
const OWNER_GAP = /^\s?(?:[\p{L}]+-[\p{L}-]+\s)?$/u;

/** The weapon of a statement is named in its sentence by its owner's adjective right before it: "110 Ukrainian drones". */
function ownerBefore(input: EventInput, s: Statement): boolean {
  // ("74 Ukrainian fixed-wing drones": a hyphened modifier may stand between them.)
  return s.spans.some((w) =>
    input.mentions.some((m) => m.kind === 'demonym' && m.end <= w.start && w.start - m.end <= 30 && OWNER_GAP.test(input.text.slice(m.end, w.start)) && input.countryOf(m.entity) === s.attacker),
  );
}

/** The side that attacks most often in the document (launches and strikes), or null. */
function mainAttacker(relations: readonly StatedRelation[]): string | null {
  const tally = new Map<string, number>();
  for (const r of relations) if (r.predicate !== 'intercepted') tally.set(r.subject, (tally.get(r.subject) ?? 0) + 1);
  let best: string | null = null;
  for (const [side, n] of tally) if (best === null || n > (tally.get(best) ?? 0)) best = side;
  return best;
}

/**
 * An anaphor that takes up the whole of the weapons named before it ("all of which", "every one of them", "; all were"),
 * or the whole less a few ("all but one of which"): the launch before it is stated for itself.
 */
const WHOLE_ANAPHOR = new RegExp(`\\b(?:${WHOLE_WORD}|both|all\\s+but\\s+\\w+)\\s+of\\s+(?:which|them|those|these)\\b|(?:[;,]|\\band)\\s+(?:all|both)\\s+(?:were|was|had)\\b`, 'i');

/** True when "all" quantifies the number `count` in the sentence ("all 18 missiles", "all of the 18"). */
function allOf(input: EventInput, sentence: Sentence, count: number): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (input.tokens[i]?.normal !== 'all') continue;
    for (let k = i + 1; k < Math.min(sentence.tokenEnd, i + 4); k++) if (input.numberValue(input.tokens[k]?.normal ?? '') === count) return true;
  }
  return false;
}

/** A participle or a relative pronoun that opens an aside describing a person or a thing ("appointed to the post"). */
const ASIDE_VERB = /\b(?:who|whom|whose|which|\p{L}+ed)\b/iu;

/**
 * "Serhii Lysak, a former officer appointed to the post in 2023, put the number of missiles at six": a period told in
 * an aside between commas, after the participle or relative that opens it, and away from the weapon of the statement,
 * describes the person or the thing the aside is about: it dates nothing of the statement.
 */
function asideTime(input: EventInput, sentence: Sentence, t: TimeExpression, at: { start: number; end: number }): boolean {
  if (t.kind !== 'period' && t.kind !== 'habit') return false;
  const before = input.text.lastIndexOf(',', t.start);
  const after = input.text.indexOf(',', t.end);
  if (before < sentence.start || after < 0 || after >= sentence.end) return false;
  if (at.start > before && at.start < after) return false;
  return ASIDE_VERB.test(input.text.slice(before + 1, t.start));
}

/** The head noun of a weapon's phrase: "missile", "drones", "rocket", "UAV". */
const WEAPON_HEAD = /^(?:missiles?|drones?|rockets?|uavs?|vehicles?)$/;

/**
 * A launch of one weapon named with the indefinite article, as the head of its phrase: "Russia also fired a Kh-59
 * guided missile", "as well as an Iskander-M ballistic missile launched from Rostov": its count is one. Not a weapon
 * that only modifies the noun after it ("a Shahed drone attack"), and not the launch a hit or an interception report
 * implies ("a missile hit the depot" counts the weapons that hit).
 */
function singleLaunch(input: EventInput, r: StatedRelation, spans: readonly { start: number; end: number; token: number }[]): boolean {
  if (NOT_ATTACK_RULES.has(r.rule) || r.rule === HIT_RULE || r.rule === 'launched:hit-by') return false;
  // (A weapon also named in the plural in the sentence, "swarms of Shahed drones ... a Shahed", is not counted so.)
  if (spans.some((m) => /\p{Ll}s$/u.test(input.text.slice(m.start, m.end)))) return false;
  const words = wordsOf(input.tokens);
  const launchAt = (k: number): boolean => k >= 0 && input.lexicon.launch.match(words, k) > 0;
  const sentence = input.sentences[r.sentence];
  return spans.some((m) => {
    const article = input.tokens[m.token - 1]?.normal;
    if (article !== 'a' && article !== 'an') return false;
    // (The first token from the mention's on that reaches its end: a scan from there, not from the first token.)
    let end = m.token;
    while (end < input.tokens.length && (input.tokens[end] as Token).end < m.end) end++;
    if (end >= input.tokens.length) return false;
    // The noun phrase runs on over the nouns after the name; it must end in a weapon's head noun ("a Kh-31 missile"),
    // not in another noun that the weapon only modifies ("a Shahed drone attack").
    let last = end;
    while (input.tokens[last + 1] && ['NOUN', 'PROPN', 'ADJ'].includes(input.tokens[last + 1]?.pos ?? '') && (input.tokens[last + 1]?.start ?? 0) - (input.tokens[last]?.end ?? 0) <= 1) last++;
    if (last > end && !WEAPON_HEAD.test(words[last] ?? '')) return false;
    end = last;
    // The launch is told right at the phrase: "fired a Kh-59", "an Iskander-M launched from", "an Iskander-M, was
    // launched", or before a list the phrase closes ("fired 40 drones and an Iskander-M").
    // ("attacked the port with 27 drones and a Kh-31P missile": an attack told with its weapons lists them too.)
    // ("launched 66 drones along with an Iskander-M", "... overnight, the air force said: an Iskander-M, a Kh-59 and
    // ...": a list addition of lexicon `listAdditions`, or a colon, before the article opens the list's first item.)
    const opener = (k: number): boolean => k >= 0 && (words[k] === 'and' || words[k] === ',' || words[k] === ':' || [1, 2, 3].some((n) => k - n + 1 >= 0 && input.lexicon.listAdditions.match(words, k - n + 1, k + 1) === n));
    const listed =
      opener(m.token - 2) &&
      sentence !== undefined &&
      (r.rule === 'launched:attack-with' || Array.from({ length: m.token - 2 - sentence.tokenStart }, (_v, j) => sentence.tokenStart + j).some(launchAt));
    // "An Iskander-M ballistic missile and a Kh-31 missile were fired": the launch told after the list's last
    // indefinite item (at most one more), which it closes.
    let closing = end;
    if (words[end + 1] === 'and' && (words[end + 2] === 'a' || words[end + 2] === 'an')) {
      let k = end + 3;
      while (input.tokens[k + 1] && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'PUNCT'].includes(input.tokens[k + 1]?.pos ?? '') && words[k + 1] !== ',' && (input.tokens[k + 1]?.start ?? 0) - (input.tokens[k]?.end ?? 0) <= 1) k++;
      if (WEAPON_HEAD.test(words[k] ?? '') || input.mentions.some((o) => o.type === 'WeaponSystem' && o.end === (input.tokens[k]?.end ?? -1))) closing = k;
    }
    return listed || launchAt(m.token - 2) || launchAt(m.token - 3) || [1, 2, 3, 4].some((d) => launchAt(end + d) || (closing > end && launchAt(closing + d)));
  });
}

/**
 * An interception of one weapon named with the indefinite article, as the head of its phrase: "air defence also shot
 * down a Russian Kh-59 guided missile", "A Kh-59 missile was also destroyed", "destroyed 24 drones and a Kh-59": one
 * weapon downed (an owner's adjective may stand after the article). Not a weapon that only modifies the noun after it
 * ("a Shahed drone attack") or one also named in the plural in the sentence.
 */
function singleDowned(input: EventInput, r: StatedRelation, spans: readonly { start: number; end: number; token: number }[]): boolean {
  if (r.predicate !== 'intercepted' || r.count !== null) return false;
  if (spans.some((m) => /\p{Ll}s$/u.test(input.text.slice(m.start, m.end)))) return false;
  const words = wordsOf(input.tokens);
  return spans.some((m) => {
    let k = m.token - 1;
    if (input.mentions.some((o) => o.kind === 'demonym' && o.end === (input.tokens[k]?.end ?? -1))) k--;
    if (words[k] !== 'a' && words[k] !== 'an') return false;
    let end = m.token;
    while (end < input.tokens.length && (input.tokens[end] as Token).end < m.end) end++;
    let last = end;
    while (input.tokens[last + 1] && ['NOUN', 'PROPN', 'ADJ'].includes(input.tokens[last + 1]?.pos ?? '') && (input.tokens[last + 1]?.start ?? 0) - (input.tokens[last]?.end ?? 0) <= 1) last++;
    return last === end || WEAPON_HEAD.test(words[last] ?? '');
  });
}

/** A sentence that opens with the ellipsis of the downing told before it and counts a part: "So were 83 of the ". */
const SO_WERE = /^\W*(?:and\s+)?(?:so|as)\s+(?:were|was|had\s+been|have\s+been)\s+([\w-]+)\s+of\s+(?:the|these|those)\s+/i;

/** A sentence that opens with a launch count whose weapon is left out: "Of the 170 sent against Ukraine overnight, ". */
const OF_THE_LAUNCHED = /^\W*of\s+(?:the|those|these)\s+([\w,-]+)\s+(?:(?:that|which)\s+(?:were|had\s+been)\s+)?(?:launched|sent|fired|released|flown)\b/i;

/** A count in apposition right after a weapon: "The drones, 309 of them according to the same count, ...", "The drones, 157 in all, ...". */
const APPOSED_COUNT = /^\s*,\s*(?:all\s+)?([\w,-]+)\s+(?:of\s+them|in\s+all|in\s+total|all\s+told|altogether)\b/i;

/**
 * 1h. A launch count told beside an interception of its sentence without a verb of its own: "Of the 170 sent against
 * Ukraine overnight, the air force said, 74 were shot down" (an ellipsis of the weapon before the count it downs), "The
 * drones, 309 of them according to the same count, fared worse: 288 were shot down" (a count in apposition to the
 * weapon). Each gives the interception's weapon a launch statement with that count, when the sentence counts no launch
 * of it and the count is not below the one downed.
 */
function ellipticLaunches(input: EventInput, sentence: Sentence, statements: readonly Statement[]): Statement[] {
  const text = sentenceText(input, sentence);
  const out: Statement[] = [];
  for (const s of statements) {
    if (s.relation.predicate !== 'intercepted' || s.count === null) continue;
    if (statements.some((o) => o.relation.predicate === 'launched' && o.count !== null && o.relation.object === s.relation.object)) continue;
    let count: number | null = null;
    const of = OF_THE_LAUNCHED.exec(text);
    // (The ellipsis names no weapon of its own: "Of the 40 drones sent" is the relations' partitive.)
    if (of && !input.mentions.some((m) => m.sentence === sentence.index && m.type === 'WeaponSystem' && m.start < sentence.start + of.index + of[0].length)) count = input.numberValue((of[1] ?? '').toLowerCase());
    else {
      const kin = input.mentions.filter((m) => m.sentence === sentence.index && m.type === 'WeaponSystem' && (m.entity === s.relation.object || input.classHead(m.entity) === input.classHead(s.relation.object)));
      for (const m of kin) {
        const apposed = APPOSED_COUNT.exec(input.text.slice(m.end, sentence.end));
        if (apposed) count = input.numberValue((apposed[1] ?? '').toLowerCase());
      }
    }
    if (count === null || count < s.count) continue;
    const relation: StatedRelation = { ...s.relation, predicate: 'launched', subject: s.attacker, count, rule: ELLIPTIC_LAUNCHED_RULE };
    out.push({ ...s, relation, count, party: '', single: false, located: false, approx: false });
  }
  return out;
}

/**
 * A total set off after the weapons it counts, closing its phrase: ", 157 in all,", ": 171 of them, according to ...",
 * ", 340 of them, against ..." (not a part told with a verb or a noun of its own: "140 of them shot down", "30 of them
 * Shaheds"). Group 1: the count.
 */
const APPOSED_TOTAL = /^[^.;:]{0,60}?[,:]\s*([\w,-]+?)\s+(?:of\s+them|in\s+all|in\s+total|all\s+told|altogether)(?=\s*[,;.:)]|\s*$|\s+(?:according|by\s+the|said|says)\b)/i;

/**
 * 1h'. A launch without a count whose weapons a total set off after them counts: "Russia sent a swarm of drones at the
 * region: 171 of them, the air force said", "The drones, 157 in all, came in three waves". The total counts the launch
 * when no other weapon is named between the launch and the total.
 */
function apposedTotals(input: EventInput, sentence: Sentence, statements: Statement[]): void {
  for (const s of statements) {
    if (s.relation.predicate !== 'launched' || s.count !== null || s.alternative || s.end <= s.start) continue;
    const after = input.text.slice(s.end, sentence.end);
    const total = APPOSED_TOTAL.exec(after);
    if (!total) continue;
    const count = input.numberValue((total[1] ?? '').toLowerCase().replace(/,/g, ''));
    if (count === null || count < 2) continue;
    const until = s.end + total.index + total[0].length;
    if (input.mentions.some((m) => m.sentence === sentence.index && m.type === 'WeaponSystem' && m.start >= s.end && m.start < until)) continue;
    s.count = count;
    s.relation = { ...s.relation, count };
  }
}

/** A singular relative of downing right after a weapon: ", which was shot down over the Dnipropetrovsk region". */
const SINGLE_DOWNED = new RegExp(`^[^.;,]{0,40}?,\\s*which\\s+(?:was|had\\s+been|has\\s+been)\\s+(?:also\\s+|later\\s+)?${DOWNED_PAST}\\b`, 'i');

/** The class a mixed wave of drones is counted as (gazetteer key). */
const WAVE_CLASS = 'drone';

/**
 * What follows a counted drone kind that makes its count the whole wave's: decoys or other types coordinated with it
 * (", Shaheds and decoys", " and decoy drones", " of the Shahed type and of other types").
 */
const MIXED_AFTER = /^[\s,]*(?:[\p{L}-]+\s+){0,4}?(?:and|or|,)\s+(?:of\s+)?(?:(?:the\s+)?other\s+(?:types|kinds|models)\b|(?:[\p{L}-]+\s+)?decoys?\b)/iu;

/** Builds the events of one document. */
export function buildEvents(input: EventInput): EventRecord[] {
  const relations = input.relations.filter((r) => r.predicate === 'launched' || r.predicate === 'intercepted' || r.predicate === 'targeted');
  if (!relations.length) return [];
  const reference = referenceDay(input.text, input.published);
  const statements = readStatements(input, relations, reference);
  const groups = segment(statements, reference, (key) => input.classHead(key) || key);
  // The statements of the side most told of that never got a day of their own: the day the lede sets the story on
  // ("Good evening. Sirens wailed across the south last night." before a table of the night's figures).
  const sideCount = new Map<string, number>();
  for (const s of statements) sideCount.set(s.attacker, (sideCount.get(s.attacker) ?? 0) + 1);
  const main = [...sideCount].reduce<[string, number] | null>((best, entry) => (best === null || entry[1] > best[1] ? entry : best), null)?.[0];
  // (Another side's act told with a verb of its own, "Its drones had hit a fuel depot in Bryansk", is an event of the
  // story's day too; one named only as a noun, "a reply to Ukrainian attacks on airfields", is a story's background.)
  for (const g of groups) {
    if (g.dated !== 'none' || g.date !== null || !g.key.endsWith('\u0000none')) continue;
    if (g.attacker !== main && g.statements.every((s) => NOMINAL_RULES.has(s.relation.rule))) continue;
    // (With no one day set by the lede, "We arrived on Friday. At about two on Saturday morning the sirens went off.",
    // the one night told before it by its day: see `storyNight`.)
    const first = Math.min(...g.statements.map((s) => s.relation.sentence));
    g.date = ledeDay(input, reference, first) ?? storyNight(input, input.sentences[first] as Sentence, reference);
  }
  const events: EventRecord[] = [];
  // "Ukraine asks for seven more Patriot systems" beside "Russia said 12 Ukrainian drones were downed": an
  // air-defence weapon's launch (lexicon airDefenceClasses) is no attack of its own; it stays a line only of an
  // event that a strike or another launch of its side makes an attack ("S-300 missiles fired at Kharkiv").
  const defence = (s: Statement): boolean => s.relation.predicate === 'launched' && input.lexicon.airDefenceClasses.has(input.classSlug(s.relation.object));
  const attacking = (s: Statement): boolean => s.relation.predicate === 'targeted' || (s.relation.predicate === 'launched' && !defence(s) && !NOT_ATTACK_RULES.has(s.relation.rule) && s.inReport !== true);
  for (const g of groups) {
    if (g.statements.some(defence) && !g.statements.some(attacking)) {
      g.statements = g.statements.filter((s) => !defence(s));
      if (!g.statements.length) continue;
    }
    const event = toEvent(input, g);
    const numbers = event.weapons.some((w) => w.launched !== null || w.intercepted !== null);
    // A period without figures ("has attacked the port almost every night since July") is a habit, not an event.
    // An attack its own sentence dates ("a strike on 2 March, when Russia sent drones ...") is an event even without
    // figures or places: an earlier attack named for context.
    const datedLaunch = g.dated === 'day' && g.statements.some((s) => (s.anchor.kind === 'explicit' || s.anchor.kind === 'previous') && s.relation.predicate === 'launched' && !NOT_ATTACK_RULES.has(s.relation.rule));
    // (A place only debris hit is no target but tells of a strike as a target would: "debris damaged a house in X".)
    const struck = event.targets.length > 0 || g.statements.some((s) => s.relation.eventOnly === true);
    if (g.dated === 'period' ? numbers : numbers || datedLaunch || struck || g.statements.some((s) => s.relation.predicate === 'intercepted')) events.push(event);
  }
  // "Shortly before noon, eleven Shahed drones crossed into western Ukraine, heading for energy sites in Lviv Oblast,
  // and all eleven were shot down": a wave told with its downing and its targets, by a side that attacks in another
  // event of the story, is an attack of that side too, not only an interception.
  for (const e of events) {
    if (e.kind === 'interception' && e.targets.length > 0 && events.some((o) => o !== e && o.kind === 'attack' && o.attacker === e.attacker)) e.kind = 'attack';
    // "11 Ukrainian drones heading for the city had been shot down": the places an interception names, where the
    // weapons were headed or downed, are no targets of an attack (GUIDELINES: targets are places attacked, struck or hit).
    if (e.kind === 'interception') e.targets = [];
  }
  return events.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}

/** The time expressions of each sentence, read once per document and reference day (several passes ask for them). */
const TIMES = new WeakMap<EventInput, Map<string, readonly TimeExpression[]>>();

function timesIn(input: EventInput, reference: string | null, sentence: Sentence): readonly TimeExpression[] {
  // The document's reference day (the one every reader asks with): an array by sentence, no key built per call.
  const index = indexFor(input, sentence);
  if (index !== null && (index.timesReference === undefined || index.timesReference === reference)) {
    index.timesReference = reference;
    let found = index.times[sentence.index];
    if (found === undefined) index.times[sentence.index] = found = findTimeExpressions(input.text, reference, sentence.start, sentence.end);
    return found;
  }
  let cache = TIMES.get(input);
  if (!cache) TIMES.set(input, (cache = new Map()));
  const key = `${reference ?? ''}|${sentence.start}|${sentence.end}`;
  let times = cache.get(key);
  if (!times) cache.set(key, (times = findTimeExpressions(input.text, reference, sentence.start, sentence.end)));
  return times;
}

/* ------------------------------------------------------------------ 1. statements */

function readStatements(input: EventInput, relations: readonly StatedRelation[], reference: string | null): Statement[] {
  const mentions = new MentionIndex(input.mentions);
  const claims = new ClaimFinder(input, mentions, input.lexicon);
  const body = bodyStart(input);
  const main = mainAttacker(relations);
  const bySentence = new Map<number, StatedRelation[]>();
  for (const r of relations) {
    const list = bySentence.get(r.sentence) ?? [];
    list.push(r);
    bySentence.set(r.sentence, list);
  }
  const mentionsBySentence = new Map<number, { entity: string; start: number; end: number; token: number }[]>();
  for (const m of input.mentions) {
    if (!bySentence.has(m.sentence)) continue;
    const list = mentionsBySentence.get(m.sentence) ?? [];
    list.push({ entity: m.entity, start: m.start, end: m.end, token: m.tokenStart });
    mentionsBySentence.set(m.sentence, list);
  }
  const firstLauncher = new Map<string, string>();
  for (const r of relations) if (r.predicate === 'launched' && !firstLauncher.has(r.object)) firstLauncher.set(r.object, r.subject);
  const out: Statement[] = [];
  // The drone kinds whose count was a mixed wave's (see 1g), with the sentence that said so.
  const waves = new Map<string, number>();
  for (const [index, here] of bySentence) {
    const sentence = input.sentences[index] as Sentence;
    // "An earlier version of this story said that 46 missiles were launched": a figure withdrawn, not stated.
    if (RETRACTED.test(sentenceText(input, sentence))) continue;
    const times: readonly TimeExpression[] = timesIn(input, reference, sentence);
    const frames: ClaimFrame[] = claims.framesOf(sentence);
    const sentenceStatements: Statement[] = [];
    for (const r of here) {
      const spans = (mentionsBySentence.get(index) ?? []).filter((m) => m.entity === r.object);
      const at = spans[0] ?? { start: sentence.start, end: sentence.start, token: sentence.tokenStart };
      // 1a. The attacker; for an interception the side whose weapons were downed, and whether a third party downed them.
      let attacker = r.subject;
      let party = '';
      if (r.predicate === 'intercepted') {
        const sameSentence = here.find((l) => l.predicate === 'launched' && l.object === r.object && l.subject !== r.subject)?.subject;
        const launcher = firstLauncher.get(r.object);
        attacker = sameSentence ?? input.opponentOf(r.subject) ?? (launcher !== undefined && launcher !== r.subject ? launcher : null) ?? main ?? '';
        if (attacker === '' || attacker === r.subject) continue;
        // (An interceptor of no known state, "the 251st Territorial Defence Battalion", "the Nebokray Group", is taken
        // for the defender: only another state's forces are a third party.)
        const defender = input.opponentOf(attacker);
        const state = input.countryOf(r.subject);
        if (defender !== null && defender !== r.subject && state !== null && state !== defender) party = THIRD_PARTY;
      }
      // 1b. The anchor: the nearest time expression that dates an event, else the day of the statement.
      let anchor: Anchor = { kind: 'none', date: null };
      let anchorTime: TimeExpression | null = null;
      let distance = Infinity;
      for (const t of times) {
        if (t.kind === 'report' || asideTime(input, sentence, t, at)) continue;
        // "On the afternoon of Wednesday 24 September, the day before, ...": a day told relative to the event before,
        // set beside a day named in full, is that day's apposition.
        if (DAY_BEFORE.test(input.text.slice(t.start, t.end).trim()) && times.some((o) => o !== t && (o.kind === 'day' || o.kind === 'night') && !PREVIOUS_NIGHT.test(input.text.slice(o.start, o.end).trim()))) continue;
        const d = t.end <= at.start ? at.start - t.end : t.start >= at.end ? t.start - at.end : 0;
        if (d < distance) {
          distance = d;
          anchorTime = t;
          anchor = t.kind === 'period' || t.kind === 'habit' || t.kind === 'other' ? { kind: t.kind, date: null } : { kind: 'explicit', date: t.date };
        }
      }
      // "During the night before, Russia had sent 102 drones" with no day of a statement in the sentence: the night
      // before the event just told (resolved in segmentation), the day of writing's only for want of one.
      if (anchorTime !== null && anchorTime.kind === 'night' && !times.some((t) => t.kind === 'report') && PREVIOUS_NIGHT.test(input.text.slice(anchorTime.start, anchorTime.end).trim())) {
        anchor = { kind: 'previous', date: anchor.date, opening: TIME_OPENING.test(input.text.slice(sentence.start, anchorTime.start)) };
      }
      // "... between dusk on 6 August and the morning of 7 August. Moscow offered a mirror image: its ministry said its
      // forces had intercepted 52 drones overnight": a night told only relative to the day of writing, not opening its
      // sentence and with no day of a statement beside it, in a paragraph whose scene is an earlier night, is that night.
      if (anchor.kind === 'explicit' && anchorTime !== null && anchorTime.kind === 'night' && anchorTime.hoursOnly !== true && reference !== null && anchor.date === reference) {
        const said = input.text.slice(anchorTime.start, anchorTime.end);
        if (RELATIVE_NIGHT.test(said) && !times.some((t) => t.kind === 'report') && /\w/.test(input.text.slice(sentence.start, anchorTime.start))) {
          const earlier = paragraphNight(input, sentence, reference);
          if (earlier !== null && earlier < reference) anchor = { kind: 'explicit', date: earlier };
        }
      }
      const part = partOfDay(input, sentence, times, anchorTime);
      if (anchor.kind === 'none') {
        const report = times.find((t) => t.kind === 'report' && t.date !== null);
        if (report) anchor = { kind: 'report', date: report.date };
        // ("that night" with no event dated before it: the night told last before its sentence, see `nightBefore`.)
        else if (sentenceCue(input, sentence, CUE_SAME_TIME)) anchor = { kind: 'same', date: SAME_NIGHT.test(sentenceText(input, sentence)) ? nightBefore(input, sentence, reference) : null };
        else if (sentenceCue(input, sentence, CUE_NEXT_TIME) || LATER_TIME.test(sentenceText(input, sentence))) anchor = { kind: 'next', date: null, days: laterDays(sentenceText(input, sentence)) };
      }
      // 1c. The claimant: the nearest evidential frame of the sentence.
      const frame = nearestFrame(frames, at.token);
      const definite = DEFINITE_BEFORE.test(input.text.slice(Math.max(sentence.start, at.start - 40), at.start)) || /^(?:them|these|those)$/i.test(input.text.slice(at.start, at.end));
      // "every ballistic missile aimed at the city": a weapon quantified as any of its kind names no event.
      if (r.predicate !== 'targeted' && spans.length > 0 && spans.every((m) => ANY_BEFORE.test(input.text.slice(Math.max(sentence.start, m.start - 20), m.start)))) continue;
      // "at about 4 a.m." under a heading or scene that names the night: the hours are that night's.
      const loose = anchor.kind === 'explicit' && times.some((t) => t.hoursOnly === true && t.date === anchor.date) && !times.some((t) => t.kind !== 'report' && t.hoursOnly !== true);
      const scene = anchor.kind === 'none' || anchor.kind === 'report' || loose ? sceneOf(input, sentence, reference) : { date: null, night: false };
      const carried = scene.date;
      if (loose && carried !== null) anchor = { kind: 'explicit', date: carried };
      // "Its report says two missiles hit Kharkiv shortly after 2am" with no scene: the hours of the night the lede
      // names ("leads with the night from Monday into Tuesday"), when it names one.
      else if (loose) {
        const lede = ledeDay(input, reference, sentence.index);
        if (lede !== null) anchor = { kind: 'explicit', date: lede };
      }
      // "The following night brought a larger raid. Russian forces sent 111 drones ...": the night after the event
      // told before the scene.
      else if (anchor.kind === 'none' && scene.next !== undefined) anchor = { kind: 'next', date: null, from: scene.next, days: laterDays(sentenceText(input, input.sentences[scene.next] as Sentence)) };
      // "A day earlier, Russia had sent 55 drones. Of those, 41 were downed, and Odesa was hit.": the night before
      // the event told before the scene, as its opening sentence's.
      else if (anchor.kind === 'none' && scene.previous !== undefined) anchor = { kind: 'previous', date: scene.previous.date, from: scene.previous.from, opening: true };
      // "Overnight, Russia sends 118 drones" on a line under the heading line "Sunday, 12 October" of its paragraph (a
      // timeline's entry): a night or a morning named only relative to the day of writing ("overnight", "in the small
      // hours") is the one of the heading's day.
      else if (anchor.kind === 'explicit') {
        const heading = entryDay(input, sentence, times, reference);
        if (heading !== null) anchor = { kind: 'explicit', date: heading };
        // "On its first night out, into Monday, ..." on a line under the dated heading line "2 March 2026" of an
        // update, a diary's or a live blog's entry: a weekday with no date is the one on or before the entry's day,
        // not the one before the day of writing.
        else if (anchorTime !== null) {
          const entry = entryWeekday(input, sentence, anchorTime, reference);
          if (entry !== null) anchor = { kind: 'explicit', date: entry };
        }
      }
      // A section heading that names the night ("2. Last night") dates its section as if each sentence said it.
      else if (carried !== null && anchor.kind === 'none' && headingDay(input, sentence, reference) === carried) anchor = { kind: 'explicit', date: carried };
      // "On the third, its crews destroyed 117 of the drones": the third event told before (see `segment`). ("On the
      // second night 150 were downed": the rank, not "the second night in a row", that the opening's time reads.)
      const nth = nthOpening(input, sentence);
      if (nth && (anchor.kind === 'none' || (anchorTime !== null && anchorTime.start < sentence.start + nth.index + nth[0].length))) {
        anchor = { kind: 'nth', date: null, from: RANKS[(nth[1] as string).toLowerCase()] ?? 0 };
      }
      // (An article's "a" is a weak count: an exact count of the line outranks it, as it does an estimate.)
      const single = r.count === null && r.predicate === 'launched' && singleLaunch(input, r, spans);
      const count = single ? 1 : r.count;
      const approx = single || (r.count !== null && r.predicate !== 'targeted' && spans.length > 0 && approximateCount(input, sentence, at.token, r.count));
      const located = r.predicate === 'intercepted' && r.count !== null && (spans.length > 0 ? locatedOverPlace(input, index, at.end) : downedOverPlace(input, sentence));
      const localPart = r.predicate === 'intercepted' && r.count !== null && !located && input.isBareClass(r.object) && localPartOf(input, sentence, spans.length > 0 ? at.end : null);
      const claimant = frame?.speaker ?? null;
      const ownClaim = r.predicate === 'targeted' && claimant !== null && (claimant === attacker || input.countryOf(claimant) === attacker);
      const singleDown = singleDowned(input, r, spans);
      sentenceStatements.push({ relation: r, count, token: at.token, start: at.start, end: at.end, spans, alternative: false, definite, approx, single, singleDown, located, localPart, attacker, party, anchor, carried, sceneNight: scene.night, claimant, ownClaim, part, head: index < body });
    }
    // 1d. A launch named inside an interception report belongs to that interception: its side, and not its count
    //     ("downed 20 drones that X launched" says nothing of how many X launched, unless "all 20").
    //     A launch of the weapon with the count that an interception report of the sentence gives is no attack.
    for (const s of sentenceStatements) {
      if (s.relation.predicate !== 'launched') continue;
      // A launch whose weapons a later anaphor of the whole takes up ("sent 40 drones, all of which were downed",
      // "ten drones were sent in; every one of them was downed") is stated for itself, with its count.
      const wholeLater = WHOLE_ANAPHOR.test(input.text.slice(s.end, sentence.end));
      const reportsIt = (o: Statement): boolean => !wholeLater && o.start === s.start && o.end === s.end && s.end > s.start && o.count === s.count;
      const downed = sentenceStatements.find(
        (o) => o.relation.predicate === 'intercepted' && o.relation.object === s.relation.object && o.attacker === s.attacker && (SUBORDINATE_LAUNCH_RULES.has(s.relation.rule) || reportsIt(o)),
      );
      if (!downed) continue;
      s.inReport = reportsIt(downed);
      // (Its count stays, as the count of the weapons downed, unless the phrase names them by their owner: "shot down
      // 110 Ukrainian drones" says nothing of how many were launched.)
      if (s.inReport && !SUBORDINATE_LAUNCH_RULES.has(s.relation.rule) && !ownerBefore(input, s)) continue;
      s.party = downed.party;
      if (s.count !== null && s.count === downed.count && !allOf(input, sentence, s.count)) s.count = null;
    }
    // 1e. "two Iskander-M or KN-23 missiles", "two Iskander-M/KN-23 missiles": an uncounted weapon right after "or"
    //     (or a slash glued to both names) and a counted one is an alternative name.
    for (const s of sentenceStatements) {
      if (s.count !== null || s.relation.predicate === 'targeted') continue;
      s.alternative = sentenceStatements.some(
        (o) => o.relation.predicate === s.relation.predicate && o.relation.count !== null && o.relation.object !== s.relation.object && /^(?:\s+or\s+|\/)$/.test(input.text.slice(o.end, s.start)),
      );
    }
    // 1f'. "Two of the missiles were knocked down. So were 83 of the drones": the ellipsis counts the part downed.
    const so = SO_WERE.exec(sentenceText(input, sentence));
    const part = so ? input.numberValue((so[1] ?? '').toLowerCase()) : null;
    if (so && part !== null) {
      const at = sentence.start + so.index + so[0].length;
      for (const s of sentenceStatements) if (s.relation.predicate === 'intercepted' && s.count === null && s.start === at) s.count = part;
    }
    // 1f. "a Kh-59 guided missile, which was shot down over Dnipro": the one weapon a singular relative downs.
    for (const s of sentenceStatements) {
      if (s.relation.predicate !== 'intercepted' || s.count !== null) continue;
      const one = sentenceStatements.find((o) => o.relation.predicate === 'launched' && o.relation.object === s.relation.object && o.count === 1 && o.relation.count === null);
      if (one && SINGLE_DOWNED.test(input.text.slice(one.end, sentence.end))) s.count = 1;
    }
    sentenceStatements.push(...ellipticLaunches(input, sentence, sentenceStatements));
    apposedTotals(input, sentence, sentenceStatements);
    // 1g. "115 attack drones, Shaheds and decoys", "176 UAVs of the Shahed type and of other types": a count of a drone
    //     kind coordinated with decoys or other types counts the whole wave, the class; the kind is named without a
    //     count. Its interception counts of the sentence go with it.
    for (const s of [...sentenceStatements]) {
      if (s.relation.predicate !== 'launched' || s.count === null || s.relation.object === WAVE_CLASS || firedHead(input, s.relation.object) !== WAVE_CLASS) continue;
      if (!MIXED_AFTER.test(input.text.slice(s.end, Math.min(sentence.end, s.end + 80)))) continue;
      const moved = [s, ...sentenceStatements.filter((o) => o.relation.predicate === 'intercepted' && o.relation.object === s.relation.object && o.count !== null)];
      for (const o of moved) {
        sentenceStatements.push({ ...o, relation: { ...o.relation, object: WAVE_CLASS }, single: false, wave: true });
        o.count = null;
      }
      waves.set(s.relation.object, index);
    }
    out.push(...sentenceStatements);
  }
  // ("Of those, 297 were downed" in a later sentence: the interception of the wave, not of the kind named in it.)
  for (const o of [...out]) {
    const wave = waves.get(o.relation.object);
    if (wave === undefined || o.relation.sentence <= wave || o.relation.predicate !== 'intercepted' || o.count === null) continue;
    if (out.some((l) => l.relation.predicate === 'launched' && l.relation.object === o.relation.object && l.count !== null && l.relation.sentence > wave)) continue;
    out.push({ ...o, relation: { ...o.relation, object: WAVE_CLASS }, single: false, wave: true });
    o.count = null;
  }
  // A sentence that says a weapon was not downed (or got through) is not read as downing it too.
  const missed = [...notDowned(input, firstLauncher, main), ...pronounNotDowned(input, firstLauncher, main), ...onlyDowned(input, firstLauncher, main)];
  for (const t of missed) {
    if (t.relation.predicate !== 'intercepted') continue;
    for (const o of out) if (o.relation.sentence === t.relation.sentence && o.relation.object === t.relation.object && o.relation.predicate === 'intercepted') o.count = null;
  }
  out.push(...missed);
  // "all were shot down", "none of those was intercepted": the reading of the whole wins over a relation's count of
  // the same weapon in that sentence ("downed every one of them" read as one).
  const wholes = anaphoricWholes(input, firstLauncher, main);
  for (const t of wholes) {
    for (const o of out) if (o.relation.sentence === t.relation.sentence && o.relation.object === t.relation.object && o.relation.predicate === 'intercepted') o.count = null;
  }
  out.push(...wholes);
  out.push(...nounlessFigures(input, firstLauncher, main));
  // "Of the 176 drones, 149 were brought down; of the three Kalibrs, two.": the gapped clause's own figure.
  const gapped = gappedPartitives(input, firstLauncher, main);
  for (const t of gapped) {
    for (const o of out) if (o.relation.sentence === t.relation.sentence && o.relation.object === t.relation.object && o.relation.predicate === 'intercepted') o.count = null;
  }
  out.push(...gapped);
  const tallies = tallyLines(input, relations, firstLauncher, main, body);
  for (const t of tallies) {
    for (const o of out) if (o.relation.sentence === t.relation.sentence && o.relation.object === t.relation.object && o.relation.predicate === t.relation.predicate) o.count = null;
  }
  out.push(...tallies);
  return out.sort((a, b) => a.relation.sentence - b.relation.sentence || a.start - b.start);
}

/**
 * Figures with no weapon named: "put the figures at 128 launched and 114 neutralised", "the count was 40 sent, 31
 * shot down" (group 1: the launch, group 2: the interception).
 */
const NOUNLESS_FIGURES = new RegExp(
  `\\b([\\d,]+|[a-z]+(?:-[a-z]+)?)\\s+(?:were\\s+)?(?:launched|sent|fired|used)\\s*(?:,\\s*|\\s+and\\s+|;\\s*)(?:of\\s+which\\s+|of\\s+them\\s+)?([\\d,]+|[a-z]+(?:-[a-z]+)?)\\s+(?:were\\s+)?(?:${DOWNED_PAST}|jammed|suppressed)\\b`,
  'i',
);

/** The verbs NOUNLESS_FIGURES needs, anywhere in the sentence: without one it is skipped (see `NEGATION_CUE`). */
const FIGURES_CUE = /launched|sent|fired|used/i;

/**
 * "Roughly nine in ten of the 130 or so attack drones ... were shot down. The formal tally put the figures at 128
 * launched and 114 neutralised.": a sentence that names no weapon and gives a launch and a downing figure counts the
 * one weapon told of as launched in the sentence before it (in its paragraph): a launch and an interception statement.
 * A sentence that names a weapon, or a sentence before it that names several, gives none.
 */
function nounlessFigures(input: EventInput, firstLauncher: ReadonlyMap<string, string>, main: string | null): Statement[] {
  const out: Statement[] = [];
  for (const sentence of input.sentences) {
    const text = sentenceText(input, sentence);
    if (!FIGURES_CUE.test(text) || !/\d|\b(?:launched|sent|fired)\b/i.test(text)) continue;
    const figures = NOUNLESS_FIGURES.exec(text);
    if (!figures) continue;
    const launched = input.numberValue((figures[1] as string).toLowerCase());
    const downed = input.numberValue((figures[2] as string).toLowerCase());
    if (launched === null || downed === null || downed > launched) continue;
    if (input.mentions.some((m) => m.sentence === sentence.index && m.type === 'WeaponSystem')) continue;
    const previous = input.sentences[sentence.index - 1];
    if (!previous || blankLineBetween(input, previous.end, sentence.start)) continue;
    const weapons = input.mentions.filter((m) => m.sentence === previous.index && m.type === 'WeaponSystem' && firstLauncher.has(m.entity));
    const kinds = new Set(weapons.map((m) => m.entity));
    const m = weapons[0];
    if (kinds.size !== 1 || !m) continue;
    const attacker = firstLauncher.get(m.entity) ?? main;
    if (attacker === null) continue;
    const downing = wholeInterception(input, m, sentence, attacker, downed, TALLY_DOWNED_RULE, true);
    out.push(downing);
    out.push({ ...downing, relation: { ...downing.relation, predicate: 'launched', subject: attacker, count: launched, rule: TALLY_LAUNCHED_RULE }, count: launched });
  }
  return out;
}

/**
 * A partitive with its verb gapped after a clause of downing: "...; of the three Kalibrs, two." (group 1: the count of
 * the whole, group 2: the count downed), closing its sentence.
 */
const GAPPED_PARTITIVE = /[;,]\s*(?:and\s+)?of\s+the\s+([\w-]+)\s+[^,;.]{1,40}?,\s*([\w-]+)\s*[.;]?\s*$/iu;

/**
 * "Of the 176 drones, 149 were brought down or jammed; of the three Kalibrs, two.": the gapped partitive after a clause
 * of downing says how many of its weapon were downed; an interception statement of that count (the relation read over
 * the whole sentence counts the phrase, not the part).
 */
function gappedPartitives(input: EventInput, firstLauncher: ReadonlyMap<string, string>, main: string | null): Statement[] {
  const out: Statement[] = [];
  for (const sentence of input.sentences) {
    const text = sentenceText(input, sentence);
    const gap = text.includes('of the') ? GAPPED_PARTITIVE.exec(text) : null;
    if (!gap || !DOWNED_VERB.test(text.slice(0, gap.index))) continue;
    const whole = input.numberValue((gap[1] as string).toLowerCase());
    const word = (gap[2] as string).toLowerCase();
    const part = word === 'none' || word === 'zero' ? 0 : input.numberValue(word);
    if (whole === null || part === null || part > whole) continue;
    const from = sentence.start + gap.index;
    const weapons = input.mentions.filter((m) => m.sentence === sentence.index && m.type === 'WeaponSystem' && m.start >= from);
    const m = weapons[0];
    if (!m || weapons.some((o) => o.entity !== m.entity)) continue;
    const attacker = firstLauncher.get(m.entity) ?? main;
    if (attacker === null) continue;
    out.push(wholeInterception(input, m, sentence, attacker, part, 'intercepted:passive', true));
  }
  return out;
}

/** What may stand before the weapon of a tally line: bullets and list punctuation. */
const TALLY_LEAD = new Set(['-', '–', '—', '•', '*', '·', 'and', ',', '&']);

/** Dashes that separate a tally line's weapon from its figures when they stand apart ("Kh-22 missiles - 12 pcs."). */
const TALLY_DASHES = new Set(['-', '–', '—']);

/**
 * Tally lines: a weapon, words that describe it, a colon (or a dash standing apart), then its counts, "Kinzhal: 8
 * launched, 7 neutralised", "Cruise missiles: 101 launched, 85 shot down", "Iskander-M: 1 launched, not intercepted",
 * "Kalibr, from ships in the Black Sea: 5, 4 downed", "S-300: 3, zero stopped", "Kh-101 cruise missiles - 12 pcs.,
 * launched from ...; destroyed - 10", "Kh-59 and Kh-31 missiles - 1 pc. of each type; both destroyed" (a bullet of a
 * live summary, a bulletin's or a table's row written out). A bare figure is the launch; a figure with a verb of
 * intercepting, or after one and a dash, is the interception (0 for "not", "zero", "not one"; the launch for
 * "all"/"both"). Each gives a launch statement and an interception statement; a sentence whose relations already
 * count the weapon adds nothing.
 */
function tallyLines(input: EventInput, relations: readonly StatedRelation[], firstLauncher: ReadonlyMap<string, string>, main: string | null, body: number): Statement[] {
  const out: Statement[] = [];
  const words = wordsOf(input.tokens);
  const { lexicon } = input;
  const reference = referenceDay(input.text, input.published);
  const weaponsBySentence = new Map<number, (typeof input.mentions)[number][]>();
  for (const m of input.mentions) {
    if (m.type !== 'WeaponSystem') continue;
    const list = weaponsBySentence.get(m.sentence) ?? [];
    list.push(m);
    weaponsBySentence.set(m.sentence, list);
  }
  const numberAt = (k: number): number | null => input.numberValue(words[k] ?? '');
  const intercepting = (k: number, end: number): number => lexicon.intercept.match(words, k, end) || lexicon.weaponStop.match(words, k, end);
  for (const [index, weapons] of weaponsBySentence) {
    const sentence = input.sentences[index] as Sentence;
    const end = sentence.tokenEnd;
    let first = sentence.tokenStart;
    while (first < end && TALLY_LEAD.has(words[first] as string)) first++;
    // "- 12 Kalibr cruise missiles, launched from ships - 11 destroyed;": a bullet may open with the launch count.
    // (Ingest leaves the bullet out of the text: a line that opens with the count is one too.)
    const bulleted = sentence.tokenStart < first || /^[ \t]*[-–—•*·]?[ \t]*$/.test(input.text.slice(input.text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start));
    const leading = bulleted ? numberAt(first) : null;
    if (leading !== null) first++;
    // (One or two modifiers may stand before the weapon: "- strike UAVs (Shahed, Gerbera and other types): 241".)
    const modifier = (k: number): boolean => /^\p{Ll}[\p{Ll}-]*$/u.test(input.tokens[k]?.text ?? '') && (input.tokens[k]?.pos === 'NOUN' || input.tokens[k]?.pos === 'ADJ' || input.tokens[k]?.pos === 'VERB');
    const head = weapons.find((m) => m.tokenStart === first) ?? weapons.find((m) => m.tokenStart > first && m.tokenStart <= first + 2 && Array.from({ length: m.tokenStart - first }, (_v, j) => first + j).every(modifier));
    if (!head) continue;
    // The weapons of the line: the head and those coordinated right after it ("Kh-59 and Kh-31 guided missiles").
    const heads = [head];
    for (let k = head.tokenEnd; words[k] === 'and' || words[k] === ','; ) {
      const next = weapons.find((m) => m.tokenStart === k + 1);
      if (!next) break;
      heads.push(next);
      k = next.tokenEnd;
    }
    // The separator: the first colon, or a dash with spaces around it, outside brackets, before any verb of the
    // line's own ("Kh-101s were fired at Kyiv: ..." is a sentence, not a tally line).
    let separator = -1;
    let depth = 0;
    for (let i = (heads[heads.length - 1] as (typeof heads)[number]).tokenEnd; i < Math.min(end, head.tokenEnd + 18); i++) {
      const w = words[i] as string;
      const token = input.tokens[i] as (typeof input.tokens)[number];
      if (w === '(') depth++;
      else if (w === ')') depth = Math.max(0, depth - 1);
      else if (depth === 0 && w === ':') separator = i;
      else if (depth === 0 && TALLY_DASHES.has(w) && token.start > (input.tokens[i - 1]?.end ?? 0) && (input.tokens[i + 1]?.start ?? 0) > token.end) separator = i;
      else if (depth === 0 && (token.pos === 'AUX' || (token.pos === 'VERB' && !participleModifier(input, i) && intercepting(i, end) === 0 && lexicon.launch.match(words, i, end) === 0))) break;
      if (separator >= 0) break;
    }
    if (separator < 0) continue;
    let launched: number | null = leading;
    let downed: number | null = null;
    let each = false;
    for (let i = separator + 1; i < end; ) {
      const word = words[i] as string;
      // ("2 launched / none downed", "71 launched | 38 downed": a slash or a bar separates the figures like a comma.)
      if (word === ',' || word === ';' || word === 'and' || word === '.' || word === '/' || word === '|' || lexicon.limitingAdverbs.has(word)) {
        i++;
        continue;
      }
      // "of which 33 downed", "of them": the figure after it is a part of the launch.
      if (word === 'of' && (words[i + 1] === 'which' || words[i + 1] === 'them')) {
        i += 2;
        continue;
      }
      // "not one intercepted", "not a single one", "zero stopped", "none": a zero; "not destroyed" likewise.
      let n = input.numberValue(word);
      let width = 1;
      if (word === 'not' && words[i + 1] === 'one') [n, width] = [0, 2];
      else if (word === 'not' && words[i + 1] === 'a' && words[i + 2] === 'single') [n, width] = [0, words[i + 3] === 'one' ? 4 : 3];
      else if (word === 'not' || lexicon.zeroWords.has(word)) n = 0;
      // "all destroyed", "both destroyed": the whole of the launch ("all 19 destroyed": the figure follows).
      if (lexicon.wholeQuantifiers.has(word) && launched !== null && numberAt(i + 1) === launched) {
        i++;
        continue;
      }
      const whole = lexicon.wholeQuantifiers.has(word) && intercepting(i + 1, end) > 0;
      if (whole) n = launched;
      // "destroyed - 10", "destroyed: 4": the verb of intercepting first, then a dash or colon and the figure.
      const verbFirst = n === null ? intercepting(i, end) : 0;
      if (verbFirst > 0 && (TALLY_DASHES.has(words[i + verbFirst] as string) || words[i + verbFirst] === ':') && numberAt(i + verbFirst + 1) !== null && downed === null) {
        downed = numberAt(i + verbFirst + 1);
        i += verbFirst + 2;
        continue;
      }
      if (n === null) {
        // Words that describe the launch ("launched from six Tu-22M3 bombers"): skipped to the next clause.
        while (i < end && words[i] !== ',' && words[i] !== ';') i++;
        continue;
      }
      // "N in total", "N in all", "N total": the launch.
      const total = launched !== null || width > 1 ? 0 : words[i + 1] === 'total' ? 1 : words[i + 1] === 'in' && (words[i + 2] === 'total' || words[i + 2] === 'all') ? 2 : 0;
      if (total > 0) {
        launched = n;
        i += 1 + total;
        continue;
      }
      // "M out of N", "M of N": a part of a whole; "M of them": a part of the launch already told.
      let verb = i + width;
      let whole2: number | null = null;
      if (words[verb] === 'out' && words[verb + 1] === 'of' && numberAt(verb + 2) !== null) {
        whole2 = numberAt(verb + 2);
        verb += 3;
      } else if (words[verb] === 'of' && numberAt(verb + 1) !== null) {
        whole2 = numberAt(verb + 1);
        verb += 2;
      } else if (words[verb] === 'of' && /^(?:them|these|those)$/.test(words[verb + 1] ?? '')) verb += 2;
      // "12 pcs.", "1 pc. of each type": a unit, and the figure of each weapon of the line.
      if (lexicon.tallyUnits.has(words[verb] as string)) verb++;
      if (words[verb] === '.') verb++;
      if (words[verb] === 'of' && lexicon.distributives.has(words[verb + 1] as string)) {
        each = true;
        verb += 2;
        while (verb < end && words[verb] !== ',' && words[verb] !== ';') verb++;
      }
      // ("2 launched, none was shot down", "30 were downed": an auxiliary may stand before the verb.)
      let at = verb;
      while (lexicon.tallyAuxiliaries.has(words[at] as string)) at++;
      const launch = launched === null && verb === i + width ? lexicon.launch.match(words, at, end) : 0;
      // (Verbs of stopping count too in a tally line: "Kh-101: 9 out of 12 stopped".)
      const intercept = downed === null ? intercepting(at, end) : 0;
      // (The longer reading wins: "shot down" is a downing, though "shot" alone may be a launch.)
      if (launch > 0 && launch > intercept) {
        launched = n;
        i = at + launch;
      } else if (intercept > 0) {
        downed = n;
        if (whole2 !== null) launched ??= whole2;
        i = at + intercept;
      } else if (launched === null && whole2 === null && (verb >= end || words[verb] === ',' || words[verb] === ';' || words[verb] === '.')) {
        // A bare figure: the launch ("Kalibr: 5, 4 downed").
        launched = n;
        i = verb;
      } else break;
    }
    if (heads.length > 1 && !each) continue;
    if (launched === null) continue;
    // (A line that opens with its count is a tally line only when its figures tell the downing: "- 11 destroyed".)
    if (leading !== null && downed === null) continue;
    for (const weapon of heads) {
    // What the relation rules already state from this line (their own tally rules) is not stated twice; a negated
    // count ("not intercepted": 0) gives no relation, so it is added here. A relation that counts the line otherwise
    // ("4 of 6 intercepted" read as 6) gives way to the line's reading (see readStatements).
    const stated = (predicate: StatedRelation['predicate']): boolean =>
      relations.some((r) => r.sentence === index && r.object === weapon.entity && r.predicate === predicate && r.count === (predicate === 'launched' ? launched : downed));
    const attacker = firstLauncher.get(weapon.entity) ?? main;
    if (attacker === null) continue;
    const made: [StatedRelation['predicate'], string, number | null, StatedRule][] = [];
    if (!stated('launched')) made.push(['launched', attacker, launched, TALLY_LAUNCHED_RULE]);
    if (downed !== null && !stated('intercepted')) made.push(['intercepted', input.opponentOf(attacker) ?? '', downed, TALLY_DOWNED_RULE]);
    // The day of the line: the scene or the heading of its section ("Night into Monday (2-3 Feb):" above the list),
    // which dates it as if the line said it (the day is read as `readStatements` reads it for a sentence that names none).
    const scene = sceneOf(input, sentence, reference);
    const anchor: Anchor = scene.date !== null && headingDay(input, sentence, reference) === scene.date ? { kind: 'explicit', date: scene.date } : { kind: 'none', date: null };
    for (const [predicate, subject, count, rule] of made) {
      const relation: StatedRelation = { predicate, subject, object: weapon.entity, count, addressee: null, sentence: index, evidence: { start: sentence.start, end: sentence.end }, rule };
      out.push({ relation, count, token: weapon.tokenStart, start: weapon.start, end: weapon.end, spans: [weapon], alternative: false, definite: false, attacker, party: '', anchor, carried: scene.date, sceneNight: scene.night, claimant: null, head: index < body });
    }
    }
  }
  return out;
}

/**
 * A participle the tagger reads as a verb that modifies the noun after it ("guided air missiles", "sea-based cruise
 * missiles", "occupied Sevastopol"): a word in -ed before a noun, adjective or name, or after a hyphen it is glued to.
 */
function participleModifier(input: EventInput, i: number): boolean {
  const token = input.tokens[i];
  const before = input.tokens[i - 1];
  const after = input.tokens[i + 1];
  if (!token) return false;
  if (before?.normal === '-' && before.end === token.start) return true;
  return /ed$/.test(token.normal) && (after?.pos === 'NOUN' || after?.pos === 'ADJ' || after?.pos === 'PROPN');
}

/**
 * An interception statement of one weapon mention that no relation carries: the attacker's opponent downed `count` of
 * it (all of them, or 0), told by the whole sentence. Shared by `anaphoricWholes` and `notDowned`.
 */
function wholeInterception(
  input: EventInput,
  m: (typeof input.mentions)[number],
  sentence: Sentence,
  attacker: string,
  count: number | null,
  rule: StatedRule,
  definite: boolean,
): Statement {
  const relation: StatedRelation = {
    predicate: 'intercepted',
    subject: input.opponentOf(attacker) ?? '',
    object: m.entity,
    count,
    addressee: null,
    sentence: sentence.index,
    evidence: { start: sentence.start, end: sentence.end },
    rule,
  };
  return { relation, count, token: m.tokenStart, start: m.start, end: m.end, spans: [m], alternative: false, definite, attacker, party: '', anchor: { kind: 'none', date: null }, carried: null, claimant: null, head: false };
}

/** How many sentences back, within its paragraph, "none of the three" looks for the weapons it counts. */
const OPENING_REACH = 3;

/**
 * A sentence that opens by saying that none was downed, naming no weapon ("None was intercepted.", "Neither was shot
 * down.", "According to the Air Force, none of the three was downed.", "It was not shot down."): interception
 * statements of 0 for the weapons it takes up, told of as launched, in its paragraph only. Plain "none"/"neither": every
 * weapon of the sentence before; "it": the one weapon of the sentence before (none when it names several); "none of
 * the three": the weapons of the sentences before it in its paragraph (at most `OPENING_REACH` back), when they were
 * counted as many as that in all (or one launch of them was).
 */
function openingNone(
  input: EventInput,
  sentence: Sentence,
  text: string,
  weaponsOf: (index: number, from: number, before: number) => (typeof input.mentions)[number][],
  main: string | null,
  firstLauncher: ReadonlyMap<string, string>,
): Statement[] {
  const negated = sentenceCue(input, sentence, CUE_NEGATION);
  const none = negated ? NONE_OPENING.exec(text) : null;
  const noDowning = none || !negated ? null : NO_DOWNING_OPENING.exec(text);
  const any = none || noDowning ? null : notAnyDowned(input, text, negated);
  const opening = none
    ? { index: none.index, length: none[0].length, count: none[1], it: none[2] !== undefined }
    : noDowning
      ? { index: noDowning.index, length: noDowning[0].length, count: undefined, it: noDowning[1]?.toLowerCase() === 'it' }
      : any && !any.named
        ? { ...any, it: false }
        : null;
  if (!opening || weaponsOf(sentence.index, sentence.start, sentence.start + opening.index + opening.length).length > 0) return [];
  const meant = opening.count !== undefined ? input.numberValue(opening.count.toLowerCase()) : null;
  if (opening.count !== undefined && meant === null) return [];
  const previous = input.sentences[sentence.index - 1];
  if (!previous || blankLineBetween(input, previous.end, sentence.start)) return [];
  let weapons = weaponsOf(previous.index, previous.start, previous.end);
  if (meant !== null) {
    // "none of the three": the weapons of the paragraph before it, when their counts (or a class count) make three.
    weapons = [];
    for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - OPENING_REACH); k--) {
      const at = input.sentences[k] as Sentence;
      if (blankLineBetween(input, at.end, sentence.start)) break;
      weapons.unshift(...weaponsOf(k, at.start, at.end));
    }
    const counts = weapons.map((m) => input.numberValue(wordBefore(input, m, 1)));
    const sum = counts.reduce<number>((total, n) => total + (n ?? 0), 0);
    // (A launch counted so of one of them, or of a named kind of a class among them: "Three S-300 missiles hit
    // Sumy. ... the missiles were launched from Kursk. Air defence could not stop any of the three.")
    const meets = (m: (typeof weapons)[number], object: string): boolean => m.entity === object || (input.isBareClass(m.entity) && firedHead(input, object) === input.classHead(m.entity));
    const launches = input.relations.filter((r) => r.predicate === 'launched' && r.count === meant && r.sentence < sentence.index && weapons.some((m) => meets(m, r.object)));
    if (sum !== meant && launches.length === 0 && !counts.includes(meant)) return [];
    // A class that no launch names stands for the kind counted so ("the missiles" of three S-300s).
    if (sum !== meant && !counts.includes(meant)) {
      weapons = weapons.flatMap((m) => {
        if (firstLauncher.has(m.entity)) return [m];
        const kind = launches.find((r) => meets(m, r.object));
        return kind ? [{ ...m, entity: kind.object }] : [];
      });
    }
  }
  let distinct = weapons.filter((m, k) => weapons.findIndex((o) => o.entity === m.entity) === k);
  // "It was not shot down": one weapon only. (Of several named, the one told of as launched, else the one launched as a
  // single weapon: "hit by an Iskander-M ballistic missile, the only missile Russia fired. It was not intercepted.")
  if (opening.it && distinct.length > 1) {
    const launched = distinct.filter((m) => firstLauncher.has(m.entity));
    const single = launched.filter((m) => input.relations.some((r) => r.predicate === 'launched' && r.object === m.entity && r.count === 1 && r.sentence < sentence.index));
    distinct = launched.length === 1 ? launched : single;
  }
  if (opening.it && distinct.length !== 1) return [];
  const out: Statement[] = [];
  // (Only weapons told of as launched: a variant named in passing, "Kh-59/69", is not one more weapon.)
  for (const m of distinct.filter((w) => firstLauncher.has(w.entity))) {
    const attacker = firstLauncher.get(m.entity) ?? main;
    if (attacker !== null) out.push(wholeInterception(input, m, sentence, attacker, 0, NOT_DOWNED_RULE, true));
  }
  return out;
}

/**
 * Weapons downed in full or not at all, named before the phrase that says so and not in it: "Russia fired 12 Kalibr
 * missiles; all were shot down" (the weapons before it in its sentence), "... six S-300 missiles. None of those was
 * intercepted." (the weapons of the sentence before, when its own names none), "None of the last five types was shot
 * down" (the last five weapons of the sentence before). Each gives an interception statement: the launch count of the
 * weapon for "all" (from a launch relation of its sentence, else the number right before it; none, no statement),
 * 0 for "none". No relation is made of them.
 */
function anaphoricWholes(input: EventInput, firstLauncher: ReadonlyMap<string, string>, main: string | null): Statement[] {
  const out: Statement[] = [];
  // (An air-defence system is the means of downing, unless it was fired at the ground: "six S-300 missiles".)
  const weaponsOf = (index: number, from: number, before: number): (typeof input.mentions)[number][] =>
    input.mentions.filter(
      (m) =>
        m.sentence === index &&
        m.start >= from &&
        m.end <= before &&
        m.type === 'WeaponSystem' &&
        !(input.classHead(m.entity) === 'system' && (input.isGeneric(m.entity) || !firstLauncher.has(m.entity))) &&
        !input.lexicon.platformClasses.has(input.classSlug(m.entity)),
    );
  // The launch count of a weapon mention: a launch relation of its sentence, else the number right before it.
  const countOf = (m: (typeof input.mentions)[number]): number | null =>
    input.relations.find((r) => r.sentence === m.sentence && r.predicate === 'launched' && r.object === m.entity && r.count !== null)?.count ??
    input.numberValue(wordBefore(input, m, 1));
  for (const sentence of input.sentences) {
    const text = sentenceText(input, sentence);
    const whole = sentenceCue(input, sentence, CUE_WHOLE);
    const negated = sentenceCue(input, sentence, CUE_NEGATION);
    const all = whole ? ALL_DOWNED.exec(text) : null;
    const active = all || !negated ? null : NONE_DOWNED_ACTIVE.exec(text);
    const none = all || !negated ? null : (NONE_DOWNED_ANAPHOR.exec(text) ?? active);
    const allBut = all || none || !whole ? null : (ALL_BUT_DOWNED.exec(text) ?? ALL_OF_WHICH_ACTIVE.exec(text));
    const match = all ?? none ?? allBut;
    if (!match) {
      out.push(...openingNone(input, sentence, text, weaponsOf, main, firstLauncher));
      continue;
    }
    const at = sentence.start + match.index;
    const attackerOf = (m: (typeof input.mentions)[number]): string | null => firstLauncher.get(m.entity) ?? main;
    // "162 drones were launched, all but one of which were neutralised": the counted weapon right before it, but N.
    if (allBut) {
      // ("all of which air defence destroyed": none left out.)
      const but = allBut[1] === undefined ? 0 : input.numberValue(allBut[1].toLowerCase());
      const counted = weaponsOf(sentence.index, sentence.start, at).filter((m) => countOf(m) !== null);
      const m = counted[counted.length - 1];
      const launched = m ? countOf(m) : null;
      const attacker = m ? attackerOf(m) : null;
      if (m && but !== null && launched !== null && launched >= but && attacker !== null) out.push(wholeInterception(input, m, sentence, attacker, launched - but, WHOLE_DOWNED_RULE, true));
      continue;
    }
    // The weapons before the phrase in its sentence (its clause, for "all"), else those of the sentence before.
    // ("X ...; none of those was shot down": the clause before the semicolon.)
    let referent = sentence.index;
    let weapons = weaponsOf(sentence.index, sentence.start, at);
    const lastWeapon = weapons[weapons.length - 1];
    const acrossClause = none !== null && lastWeapon !== undefined && /;/.test(input.text.slice(lastWeapon.end, at));
    if (acrossClause) {
      const clauseStart = input.text.lastIndexOf(';', input.text.lastIndexOf(';', at - 1) - 1);
      weapons = weaponsOf(sentence.index, Math.max(sentence.start, clauseStart + 1), at);
    } else if (none && none !== active && weapons.length > 0 && match[2] === undefined) continue; // "X ..., none of them was downed": notDowned reads it
    if (weapons.length === 0 || match[2] !== undefined) {
      referent = sentence.index - 1;
      const previous = input.sentences[referent];
      weapons = previous ? weaponsOf(referent, previous.start, previous.end) : [];
    }
    // Each weapon once, in order; "the last five types": the last five of them.
    const distinct = weapons.filter((m, k) => weapons.findIndex((o) => o.entity === m.entity) === k);
    const last = match[2] !== undefined ? input.numberValue(match[2].toLowerCase()) : null;
    if (match[2] !== undefined && (last === null || last > distinct.length)) continue;
    let chosen = last !== null ? distinct.slice(distinct.length - last) : distinct;
    // "None of those five was stopped": the weapons counted five; a count no weapon has names none of them.
    const meant = none && match[1] !== undefined ? input.numberValue(match[1].toLowerCase()) : null;
    if (none && match[1] !== undefined && meant === null) continue;
    if (meant !== null) {
      const one = chosen.filter((m) => countOf(m) === meant);
      // "five Kh-22s, two Iskander-Ms and five S-300s. Not a single one of those twelve was intercepted": the last
      // counted weapons whose counts add up to it, when no one weapon was counted so.
      chosen = one.length > 0 ? one : lastSumming(chosen.filter((m) => countOf(m) !== null), countOf, meant);
    }
    // Across a clause, the counted weapons are the ones told of ("Five missiles of the S-300 and S-400 types ...;
    // none of those"): the types that only qualify them are not.
    else if (acrossClause && chosen.some((m) => countOf(m) !== null)) chosen = chosen.filter((m) => countOf(m) !== null);
    for (const m of chosen) {
      let count: number | null = 0;
      if (all) {
        count = countOf(m);
        if (count === null) continue;
      }
      const attacker = attackerOf(m);
      if (attacker === null) continue;
      out.push(wholeInterception(input, m, sentence, attacker, count, all ? WHOLE_DOWNED_RULE : NOT_DOWNED_RULE, true));
    }
  }
  return out;
}

/** The class head of a weapon fired: a named air-defence system fired at the ground is a missile ("two S-300s"). */
function firedHead(input: EventInput, key: string): string {
  return input.classHead(key) === 'system' && !input.isGeneric(key) ? 'missile' : input.classHead(key);
}

/** The last of the weapons (two or more) whose counts add up to `total`, or none. */
function lastSumming<M>(weapons: readonly M[], countOf: (m: M) => number | null, total: number): M[] {
  let sum = 0;
  for (let k = weapons.length - 1; k >= 0; k--) {
    sum += countOf(weapons[k] as M) ?? 0;
    if (sum === total) return k < weapons.length - 1 ? weapons.slice(k) : [];
    if (sum > total) break;
  }
  return [];
}

/** A pronoun that takes up the weapons of an earlier clause, then the negation: "...; according to the air force it was not intercepted". */
const PRONOUN_BEFORE = /(?:[;:]|,\s*(?:and|but)\b|\bbut\b)[^;:]*?\b(it|they)\s+$/i;

/**
 * "The missile, an Iskander-M, was launched from Voronezh; according to the air force it was not intercepted": a
 * pronoun after a clause boundary that says its weapons were not downed takes up the weapons of the clauses before it
 * in its sentence, told of as launched ("it": one weapon, a class standing for the named kind beside it).
 */
function pronounNotDowned(input: EventInput, firstLauncher: ReadonlyMap<string, string>, main: string | null): Statement[] {
  const out: Statement[] = [];
  for (const sentence of input.sentences) {
    const text = sentenceText(input, sentence);
    const negation = sentenceCue(input, sentence, CUE_NEGATION) ? NOT_DOWNED.exec(text) : null;
    const pronoun = negation ? PRONOUN_BEFORE.exec(text.slice(0, negation.index)) : null;
    if (!negation || !pronoun) continue;
    const boundary = sentence.start + pronoun.index;
    const weapons = input.mentions.filter((m) => m.sentence === sentence.index && m.type === 'WeaponSystem' && m.end <= boundary && firstLauncher.has(m.entity));
    const named = weapons.filter((m) => !input.isBareClass(m.entity));
    const kinds = weapons.filter((m, k) => weapons.findIndex((o) => o.entity === m.entity) === k && !(input.isBareClass(m.entity) && named.some((o) => firedHead(input, o.entity) === input.classHead(m.entity))));
    if (kinds.length === 0 || (pronoun[1]?.toLowerCase() === 'it' && kinds.length !== 1)) continue;
    for (const m of kinds) {
      const attacker = firstLauncher.get(m.entity) ?? main;
      if (attacker !== null) out.push(wholeInterception(input, m, sentence, attacker, 0, NOT_DOWNED_RULE, true));
    }
  }
  return out;
}

/** A weapon named as known, not as the whole of a part: "the Kh-59", not "five of the drones". */
function knownBefore(before: string): boolean {
  return /\bthe\s+$/i.test(before) && !/\bof\s+the\s+$/i.test(before);
}

/** A downing limited to the weapons it lists: "managed to destroy only the Kh-59 and three of the drones". */
const ONLY_DOWNED = new RegExp(`\\b(?:${DOWNING_BASE}|${DOWNED_PAST})\\s+only\\s+`, 'i');

/** The word ONLY_DOWNED needs, between spaces: without it the form is skipped (see `NEGATION_CUE`). */
const ONLY_CUE = /\sonly\s/i;

/** Each cue with the forms it guards: a sentence the cue refuses is one no form of it matches (tests/extract/events.cues.test.ts). */
export const GUARDED_FORMS: readonly { cue: RegExp; forms: readonly RegExp[] }[] = [
  { cue: NEGATION_CUE, forms: NEGATED_DOWNING_FORMS },
  { cue: WHOLE_CUE, forms: [ALL_DOWNED, ALL_BUT_DOWNED] },
  { cue: ONLY_CUE, forms: [ONLY_DOWNED] },
  { cue: DAYTIME_CUE, forms: [DAYTIME] },
  { cue: FIGURES_CUE, forms: [NOUNLESS_FIGURES] },
];

/** The cues of `GUARDED_FORMS` by number, as `sentenceCue` reads them. */
const CUE_NEGATION = 0;
const CUE_WHOLE = 1;
const CUE_ONLY = 2;
const CUE_DAYTIME = 3;
const CUE_SAME_TIME = 4;
const CUE_NEXT_TIME = 5;
const CUE_PATTERNS: readonly RegExp[] = [NEGATION_CUE, WHOLE_CUE, ONLY_CUE, DAYTIME_CUE, SAME_TIME, NEXT_TIME];

/**
 * Per document (one `EventInput`): the text of each sentence, sliced once, and each cue's answer for it, tested once
 * (bit 2k: cue k tested, bit 2k+1: it matched). The readers of the model each loop over the sentences and asked again:
 * the negation cue was tested up to five times per sentence.
 */
interface SentenceIndex {
  texts: (string | undefined)[];
  /** Two bits per cue of `CUE_PATTERNS` (tested, matched). */
  cues: Uint16Array;
  /** `NTH_OPENING.exec` of each sentence's text (null: no match), run once per sentence. */
  nth: (RegExpExecArray | null | undefined)[];
  /** The time expressions of each sentence for `timesReference`, the first reference day asked with (see `timesIn`). */
  times: (readonly TimeExpression[] | undefined)[];
  timesReference: string | null | undefined;
}

const SENTENCE_INDEX = new WeakMap<EventInput, SentenceIndex>();

/** The index of `input`'s sentences, when `sentence` is one of them (a sentence made elsewhere is read afresh). */
function indexFor(input: EventInput, sentence: Sentence): SentenceIndex | null {
  if (input.sentences[sentence.index] !== sentence) return null;
  let index = SENTENCE_INDEX.get(input);
  if (index === undefined) {
    const n = input.sentences.length;
    index = { texts: new Array<string | undefined>(n), cues: new Uint16Array(n), nth: new Array<RegExpExecArray | null | undefined>(n), times: new Array<readonly TimeExpression[] | undefined>(n), timesReference: undefined };
    SENTENCE_INDEX.set(input, index);
  }
  return index;
}

/** `input.text.slice(sentence.start, sentence.end)`, sliced once per sentence. */
function sentenceText(input: EventInput, sentence: Sentence): string {
  const index = indexFor(input, sentence);
  if (index === null) return input.text.slice(sentence.start, sentence.end);
  let text = index.texts[sentence.index];
  if (text === undefined) index.texts[sentence.index] = text = input.text.slice(sentence.start, sentence.end);
  return text;
}

/** `CUE_PATTERNS[cue].test(sentenceText(input, sentence))`, tested once per sentence. */
function sentenceCue(input: EventInput, sentence: Sentence, cue: number): boolean {
  const index = indexFor(input, sentence);
  const pattern = CUE_PATTERNS[cue] as RegExp;
  if (index === null) return pattern.test(input.text.slice(sentence.start, sentence.end));
  const bits = index.cues[sentence.index] as number;
  if ((bits >> (2 * cue)) & 1) return ((bits >> (2 * cue + 1)) & 1) === 1;
  const matched = pattern.test(sentenceText(input, sentence));
  index.cues[sentence.index] = bits | (1 << (2 * cue)) | (matched ? 1 << (2 * cue + 1) : 0);
  return matched;
}

/** `NTH_OPENING.exec(sentenceText(input, sentence))`, run once per sentence (the result is only read). */
function nthOpening(input: EventInput, sentence: Sentence): RegExpExecArray | null {
  const index = indexFor(input, sentence);
  if (index === null) return NTH_OPENING.exec(input.text.slice(sentence.start, sentence.end));
  let nth = index.nth[sentence.index];
  if (nth === undefined) index.nth[sentence.index] = nth = NTH_OPENING.exec(sentenceText(input, sentence));
  return nth;
}

/**
 * "Five Iskander-Ms, one S-300, one Kh-59 and nine drones ... Air defences managed to destroy only the Kh-59 and three
 * of the drones": a downing limited by "only" to the weapons it lists downs a weapon named as known ("the Kh-59") in
 * full, and none of each other weapon counted as launched in its paragraph before it (a kind of a class the list
 * names, "the drones", is that class's). The counted parts ("three of the drones") are the relations' own.
 */
function onlyDowned(input: EventInput, firstLauncher: ReadonlyMap<string, string>, main: string | null): Statement[] {
  const out: Statement[] = [];
  for (const sentence of input.sentences) {
    const text = sentenceText(input, sentence);
    const only = sentenceCue(input, sentence, CUE_ONLY) ? ONLY_DOWNED.exec(text) : null;
    if (!only) continue;
    const from = sentence.start + only.index + only[0].length;
    const clause = /[;:]|,\s*(?:according|the|said|officials|but)\b|\.\s*$/.exec(input.text.slice(from, sentence.end));
    const to = clause ? from + clause.index : sentence.end;
    const listed = input.mentions.filter((m) => m.sentence === sentence.index && m.type === 'WeaponSystem' && m.start >= from && m.end <= to);
    if (listed.length === 0) continue;
    // The launches of the paragraph before it (at most three sentences back), with their counts.
    const launches = input.relations.filter((r) => {
      if (r.predicate !== 'launched' || r.count === null || r.sentence >= sentence.index || r.sentence < sentence.index - OPENING_REACH) return false;
      const at = input.sentences[r.sentence];
      return at !== undefined && !blankLineBetween(input, at.end, sentence.start);
    });
    if (launches.length < 2) continue;
    const covers = (m: (typeof listed)[number], key: string): boolean => m.entity === key || (input.isBareClass(m.entity) && firedHead(input, key) === input.classHead(m.entity));
    const seen = new Set<string>();
    for (const r of launches) {
      if (seen.has(r.object)) continue;
      seen.add(r.object);
      const attacker = firstLauncher.get(r.object) ?? main;
      if (attacker === null) continue;
      const named = listed.find((m) => covers(m, r.object));
      const anchor = listed.find((m) => m.entity === r.object) ?? listed[0];
      if (!anchor) continue;
      const m = { ...anchor, entity: r.object };
      if (!named) out.push(wholeInterception(input, m, sentence, attacker, 0, NOT_DOWNED_RULE, true));
      // "only the Kh-59": all of the one weapon named as known.
      else if (named.entity === r.object && knownBefore(input.text.slice(Math.max(from, named.start - 12), named.start)))
        out.push(wholeInterception(input, m, sentence, attacker, r.count, WHOLE_DOWNED_RULE, true));
    }
  }
  return out;
}

/**
 * Weapons a sentence says were not downed ("The Oniks and Kh-22 missiles were not intercepted", "the two Kinzhals
 * got through"): statements that they were intercepted 0 times. They give numbers to weapon lines only; no relation
 * is made of them. A weapon counted in the clause that got through ("the two Kinzhals") also gives its launch count.
 */
function notDowned(input: EventInput, firstLauncher: ReadonlyMap<string, string>, main: string | null): Statement[] {
  const out: Statement[] = [];
  const reference = referenceDay(input.text, input.published);
  // The day or night a sentence names, if any.
  const dayOf = (index: number): string | null => {
    const at = input.sentences[index];
    return at ? (timesIn(input, reference, at).find((t) => (t.kind === 'night' || t.kind === 'day') && t.date !== null)?.date ?? null) : null;
  };
  let sentence: Sentence | undefined;
  // (Where a phrase stands in its sentence and its text: a match, or a "not any of" phrase.)
  let match: { index: number; 0: string } | null = null;
  let noneOf: { index: number; 0: string } | null = null;
  let through = false;
  for (const m of input.mentions) {
    if (m.type !== 'WeaponSystem') continue;
    if (sentence?.index !== m.sentence) {
      sentence = input.sentences[m.sentence];
      const text = sentence ? sentenceText(input, sentence) : '';
      // "could not stop any of them": the weapons before it; "... any of the S-300 missiles": those it names.
      const negated = sentence !== undefined && sentenceCue(input, sentence, CUE_NEGATION);
      const any = negated ? notAnyDowned(input, text, true) : null;
      const anyPhrase = any ? { index: any.index, 0: text.slice(any.index, any.index + any.length) } : null;
      match = negated ? (NOT_DOWNED.exec(text) ?? NONE_AFTER_THAT.exec(text) ?? (any?.named === false ? anyPhrase : null)) : null;
      noneOf = negated ? (NONE_OF.exec(text) ?? NONE_OF_FRONTED.exec(text) ?? NOT_REPORTED_DOWNED.exec(text) ?? NO_INTERCEPTION_OF.exec(text) ?? (any?.named ? anyPhrase : null)) : null;
      // ("If none of the missiles had been shot down, ...", "Was it true that none had been downed?": a past perfect of
      // none in a conditional or a question tells no downing.)
      if (sentence) {
        const told = sentence;
        const unreal = (at: { index: number; 0: string } | null): boolean => at !== null && /\bhad\s+been\b/i.test(at[0]) && (QUESTION.test(text) || conditionalBefore(input, told, told.start + at.index));
        if (unreal(match)) match = null;
        if (unreal(noneOf)) noneOf = null;
      }
      through = false;
      if (sentence && !match) {
        const got = QUESTION.test(text) ? null : GOT_THROUGH.exec(text);
        const clause = got ? text.slice(0, got.index).split(/[;:]|,\s*(?:but|while|whereas)\b|\bbut\b/).pop() ?? '' : '';
        if (got && !NEGATION_WORD.test(clause)) {
          match = got;
          through = true;
        }
      }
      if (sentence && !match && !noneOf) {
        const previous = input.sentences[sentence.index - 1];
        const before = previous ? input.text.slice(previous.start, previous.end) : '';
        const told = (at: RegExpExecArray | null): RegExpExecArray | null => (at && (DOWNED_VERB.test(before) || DOWNED_VERB.test(text.slice(0, at.index))) ? at : null);
        match = negated ? told(NOT_DOWNED_ELLIPTIC.exec(text)) : null;
        noneOf = negated ? told(NONE_OF_ELLIPTIC.exec(text)) : null;
      }
    }
    // Air defences are the means of downing, not its object; a named air-defence system fired as a missile at the
    // ground (S-300s launched at a city) is an object like any other weapon.
    // A launch platform ("launched from MiG-31 jets", lexicon platformClasses) is never what was downed or got through.
    if (!sentence || (input.classHead(m.entity) === 'system' && (input.isGeneric(m.entity) || !firstLauncher.has(m.entity))) || input.lexicon.platformClasses.has(input.classSlug(m.entity))) continue;
    // Only weapons counted or told of as known got through in full ("the two Kinzhals", "one Iskander-M"), not a
    // vague number of them ("why so many drones got through").
    // ("one more Iskander-M", "another Kinzhal", "the single Iskander-M": one weapon.)
    const before = wordBefore(input, m, 1);
    const ahead = wordBefore(input, m, 2);
    const single = before === 'another' || ((before === 'single' || before === 'lone') && ahead === 'the');
    const throughCount = through ? (input.numberValue(before) ?? (before === 'more' ? input.numberValue(ahead) : null) ?? (single ? 1 : null)) : null;
    if (through && before !== 'the' && throughCount === null) continue;
    // "13 drones struck their targets" of 114 launched, "so that three missiles broke through" of eight: a count below
    // a launch count of the weapon (or of its class) told up to its sentence, not quantified as all of them, is the
    // part that got through ("one more Iskander-M", "the single Iskander-M" are single weapons of their own).
    const kin = (key: string): boolean => key === m.entity || (input.isBareClass(m.entity) && input.classHead(key) === input.classHead(m.entity));
    const whole = ahead === 'all' || ahead === 'both' || before === 'more' || single;
    // (A launch of another night, each sentence naming its own, is another event's.)
    const here = sentence.index;
    const sameNight = (index: number): boolean => {
      const a = dayOf(index);
      const b = dayOf(here);
      return a === null || b === null || a === b;
    };
    if (
      throughCount !== null &&
      !whole &&
      input.relations.some((r) => r.predicate === 'launched' && kin(r.object) && r.count !== null && r.count > throughCount && r.sentence <= here && sameNight(r.sentence))
    )
      continue;
    // ("None of the missiles, described as Iskander-M or KN-23, were intercepted": a participle's apposition only
    // describes the weapons meant.)
    const inNoneOf =
      noneOf !== null &&
      m.start >= sentence.start + noneOf.index &&
      m.end <= sentence.start + noneOf.index + noneOf[0].length &&
      !APPOSED_PARTICIPLE.test(input.text.slice(sentence.start + noneOf.index, m.start));
    if (!inNoneOf) {
      if (!match || m.start >= sentence.start + match.index) continue;
      // Only the clause of the negation names what was not downed ("... neutralised 30 drones; the missiles were not
      // intercepted"), and air defences are its means, not its object.
      const at = sentence.start + match.index;
      // ("the Kh-59s, released by Su-34 jets over the Sea of Azov, all reached their targets": a launch participle's
      // phrase in commas is part of the subject.)
      // ("three Kh-59 guided missiles, launched from the Kursk region, none of them ...": so is one after the class noun.)
      const between = input.text.slice(m.end, at).replace(APPOSED_LAUNCH, ' ').replace(NOUN_APPOSED_LAUNCH, '$1,');
      // ("its units had shot down 83 of the drones and that the missile had not been intercepted": a second reported clause.)
      // ("two Iskander-M missiles aimed at Kharkiv; neither was intercepted": a quantifier of none as the subject of the
      // clause after a semicolon takes up the weapons of the clause right before it.)
      // (Only the last weapon phrase before it: "Among the missiles were six Kinzhals; not one of them was stopped".)
      // ("an Iskander-M and a Kh-31 missile; neither was ...": single weapons coordinated by "and a" are one phrase.)
      const singles = before === 'a' || before === 'an' || before === 'one';
      let phraseEnd = m.end;
      for (const o of input.mentions) {
        if (o.sentence !== m.sentence || o.type !== 'WeaponSystem' || o.start < m.end || o.end > at) continue;
        if (o.start - phraseEnd > 1 && !(singles && SINGLES_GAP.test(input.text.slice(phraseEnd, o.start)))) phraseEnd = -1;
        if (phraseEnd < 0) break;
        phraseEnd = o.end;
      }
      // ("... fired two missiles, an Iskander-M and a Kh-31, and that neither was shot down": a second reported
      // clause whose subject of none comes right after the weapons' phrase takes it up too.)
      const takenUp = phraseEnd >= 0 && NONE_SUBJECT.test(match[0]) && (/^[^;:]*;\s*$/.test(between) || SECOND_REPORTED.test(input.text.slice(phraseEnd, at)));
      if (!takenUp && /[;:]|,\s*(?:but|while|whereas)\b|\bbut\b|\band\s+(?:that|whether)\b/.test(between)) continue;
      // "90 drones and five Kh-101s, none of which was intercepted": a relative names the phrase right before it.
      // (A launch participle's or a preposition's phrase between them is part of that phrase: "five S-300 missiles
      // launched from Russia's Kursk Oblast, none of which was shot down".)
      // ("six Kinzhals, seven Kh-22s and two S-300s, none of which was stopped": a coordinated list of weapons right
      // before the relative is that phrase, each gap between them a comma or "and" with at most a count and a noun.)
      // ("the army fears more Kinzhals, none of which could be stopped": what could be is told of counted weapons only.)
      if (/\bwhich\b/i.test(match[0]) && /\bcould\s+be\b/i.test(match[0]) && input.numberValue(before) === null) continue;
      if ((/\bwhich\b/i.test(match[0]) || ABSOLUTE_NONE.test(match[0])) && !/^\s*(?:[\p{L}-]+\s+){0,3}?,?\s*$/u.test(between.replace(/,\s*$/, ' ')) && !RELATIVE_GAP.test(between) && !weaponListGap(input, m, at)) continue;
      // What got through is the subject right before it ("the two Kinzhals and one Iskander-M got through"), not a
      // weapon of an earlier clause ("fired 60 drones at Lviv, and many got through").
      // (A launch participle's own phrase is part of the subject: "all seven Kinzhals fired from MiG-31K jets had
      // reached their targets"; a clause boundary before it is not: "the Kalibr were counted ..., and that ...".)
      // ("Three of the Kalibrs were shot down, as was one Kinzhal, so that three missiles broke through.")
      if (through && /,\s*(?:and|or|so)\b|\b(?:and|but)\s+that\b/i.test(between)) continue;
      // "the missiles that got through tell a story": a restrictive relative names the part that got through (with a
      // number, "the twelve missiles that got through", it counts them).
      if (through && input.numberValue(before) === null && /^\s*(?:that|which)\s+(?:\w+\s+)?$/i.test(between)) continue;
      if (through && /(?<!\b(?:fired|launched|sent|released|flown)\s+)\b(?:at|on|in|over|into|towards?|from|by|across|after|overnight)\b/i.test(between)) continue;
      // "the four ballistic missiles of the week all hit their targets": a period's total is no event's.
      if (through && /\b(?:of\s+the|this|that|last)\s+(?:week|month|year|weekend|winter|summer|spring|autumn)\b/i.test(between)) continue;
    }
    const attacker = firstLauncher.get(m.entity) ?? main;
    if (attacker === null) continue;
    const statement = wholeInterception(input, m, sentence, attacker, 0, NOT_DOWNED_RULE, DEFINITE_BEFORE.test(input.text.slice(Math.max(sentence.start, m.start - 40), m.start)));
    out.push(statement);
    // "the three Kinzhals ... got through": the number before a weapon that got through counts its launch, when no
    // launch of it is counted in the sentence.
    // So does the number before a weapon that a relative of none takes up ("six Kh-59s, three Kh-22s and one Kh-31P,
    // not a single one of which was stopped": none of them was stopped, so each count got through).
    const relativeCount = !through && !inNoneOf && match !== null && (/\bwhich\b/i.test(match[0]) || ABSOLUTE_NONE.test(match[0])) ? input.numberValue(before) : null;
    const launchCount = throughCount ?? relativeCount;
    const counted = input.relations.some((r) => r.sentence === sentence?.index && r.predicate === 'launched' && r.object === m.entity && r.count !== null);
    if (launchCount !== null && !counted) {
      const launch: StatedRelation = { ...statement.relation, predicate: 'launched', subject: attacker, count: launchCount, rule: GOT_THROUGH_LAUNCHED_RULE };
      out.push({ ...statement, relation: launch, count: launchCount });
    }
  }
  return out;
}

/**
 * Does a coordinated list of weapons run from weapon m to the relative pronoun at `at` ("six Kinzhals, seven Kh-22s,
 * two Kh-31Ps and seven S-300s, none of which ...")? Each gap between two weapons of its sentence is a comma or "and"
 * with at most three words (a count, a class noun); the last gap is a comma, or a launch's or place's phrase
 * (RELATIVE_GAP: "... and two Kh-31Ps at Ukraine overnight, none of which").
 */
function weaponListGap(input: EventInput, m: Mention, at: number): boolean {
  const inside = input.mentions.filter((o) => o.sentence === m.sentence && o.type === 'WeaponSystem' && o.start >= m.end && o.end <= at);
  if (inside.length === 0) return false;
  let from = m.end;
  for (const o of inside) {
    if (o.start < from) continue;
    // ("Kh-59/Kh-69": names joined by a slash are one phrase.)
    const gap = input.text.slice(from, o.start);
    if (!LIST_GAP.test(gap) && !/^\s*\/\s*$/.test(gap)) return false;
    from = o.end;
  }
  const last = input.text.slice(from, at);
  if (/^\s*,\s*$/.test(last) || RELATIVE_GAP.test(last)) return true;
  // (The class noun after the last name is part of its phrase, "three Iskander-M missiles and two Kh-59/Kh-69 guided
  // missiles, none of them ...", when the list is of that noun's weapons only: "90 drones and five Kh-101 cruise
  // missiles, none of which" takes up the missiles.)
  const head = input.classHead(inside[inside.length - 1]?.entity ?? '');
  return /^(?:\s+[\p{L}-]+){1,2}\s*,\s*$/u.test(last) && head !== '' && [m, ...inside].every((o) => input.classHead(o.entity) === head);
}

/**
 * The part of the day a sentence tells its statements of: the night when the time expression that dates them is a night
 * ("overnight into 3 January", "in the small hours"), the daytime when the sentence names one outside the days of
 * statements ("In the afternoon of the same day", "Shortly before noon"), else null.
 */
function partOfDay(input: EventInput, sentence: Sentence, times: readonly TimeExpression[], anchor: TimeExpression | null): DayPart | null {
  if (anchor !== null && anchor.kind === 'night') return 'night';
  let daytime = DAYTIME_IN.get(times);
  if (daytime === undefined) {
    daytime = namesDaytime(input, sentence, times);
    DAYTIME_IN.set(times, daytime);
  }
  return daytime ? 'daytime' : null;
}

/**
 * Whether a sentence names a daytime (`partOfDay`), by the sentence's time expressions (`timesIn`): each array belongs
 * to one sentence of one document and reference day, so the answer is read once per sentence, not per statement.
 */
const DAYTIME_IN = new WeakMap<readonly TimeExpression[], boolean>();

function namesDaytime(input: EventInput, sentence: Sentence, times: readonly TimeExpression[]): boolean {
  if (!sentenceCue(input, sentence, CUE_DAYTIME)) return false;
  const text = sentenceText(input, sentence);
  const pattern = DAYTIME_ALL;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // (A statement's day, "said on Sunday afternoon", or an evening that opens a night, tells no daytime wave.)
    if (!times.some((t) => (t.kind === 'report' || t.kind === 'night') && t.start < end && start < t.end)) return true;
  }
  return false;
}

/** A raid named with its day in apposition or after "on": "The second raid, on Thursday 16 April,", "the attack on Friday". */
const RAID_DAY = /\b(?:raid|attack|strike|wave|barrage|assault|bombardment)\s*,?\s+on\s+(?:\p{L}+day\b|\d)/iu;

/** How many sentences back a scene-setting day is looked for. */
const SCENE_REACH = 3;

/**
 * The day of the nearest sentence before `sentence`, in its paragraph and at most `SCENE_REACH` sentences back, that
 * dates an event ("Early on Tuesday Kyiv came under attack."), else the day of the section heading above its
 * paragraph; null when that sentence names a period, a habit or only the day of a statement, or when none dates
 * anything. `night` says whether a night or a section heading sets it ("The night before last was worse.",
 * "Monday, 10 November"): such a scene starts an event of its own day.
 */
function sceneOf(
  input: EventInput,
  sentence: Sentence,
  reference: string | null,
): { date: string | null; night: boolean; next?: number; previous?: { from: number; date: string | null } } {
  const heading = (): { date: string | null; night: boolean } => {
    const date = headingDay(input, sentence, reference);
    return { date, night: date !== null };
  };
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - SCENE_REACH); i--) {
    const before = input.sentences[i] as Sentence;
    if (blankLineBetween(input, before.end, sentence.start)) return heading();
    const times = timesIn(input, reference, before).filter((t) => t.kind !== 'report');
    // "The following night brought a larger raid.": the night after the event told before it (see `segment`).
    if (!times.length && (NEXT_NIGHT.test(input.text.slice(before.start, before.end)) || LATER_NIGHT.test(input.text.slice(before.start, before.end)))) return { date: null, night: false, next: i };
    // (Hours with no day of their own, "the drones reached it at about 3am", set no day: the scene is further back.)
    if (!times.length || times.every((t) => t.hoursOnly === true)) continue;
    const last = times[times.length - 1] as TimeExpression;
    if (last.kind !== 'night' && last.kind !== 'day') return { date: null, night: false };
    // "A day earlier, Russia had sent 55 drones. Of those, 41 were downed.": the night before the event told before the
    // scene (see `segment`), not the night that ended on the day of writing.
    if (last.kind === 'night' && PREVIOUS_NIGHT.test(input.text.slice(last.start, last.end).trim()) && TIME_OPENING.test(input.text.slice(before.start, last.start))) return { date: null, night: false, previous: { from: i, date: last.date } };
    const date = entryDay(input, before, times, reference) ?? last.date;
    // ("The second wave followed at about 10 p.m. and lasted until 5 a.m. on Sunday": the small hours make it a night;
    // "The second raid, on Thursday 16 April, was shorter.": a raid told with its day starts the event of that day.)
    const raid = last.kind === 'day' && RAID_DAY.test(input.text.slice(before.start, before.end));
    return { date, night: date !== null && (last.kind === 'night' || raid || times.some((t) => t.kind === 'night' && t.date === date)) };
  }
  return heading();
}

/**
 * The night a sentence of the paragraph before `sentence` sets (at most `SCENE_REACH` sentences back, the nearest that
 * names a day of events; days of statements and hours aside): its day when it is a night, else null. Only a sentence of
 * the paragraph counts, not a heading or a date line above it (see `sceneOf`, which takes those too).
 */
function paragraphNight(input: EventInput, sentence: Sentence, reference: string | null): string | null {
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - SCENE_REACH); i--) {
    const before = input.sentences[i] as Sentence;
    if (blankLineBetween(input, before.end, sentence.start)) return null;
    const times = timesIn(input, reference, before).filter((t) => t.kind !== 'report' && t.hoursOnly !== true);
    if (!times.length) continue;
    const last = times[times.length - 1] as TimeExpression;
    return last.kind === 'night' ? last.date : null;
  }
  return null;
}

/** The sentences that state a launch, an interception or a strike, by document. */
const EVENT_SENTENCES = new WeakMap<EventInput, Set<number>>();

function eventSentences(input: EventInput): Set<number> {
  let found = EVENT_SENTENCES.get(input);
  if (!found) EVENT_SENTENCES.set(input, (found = new Set(input.relations.map((r) => r.sentence))));
  return found;
}

/** How many days before the day of writing a story's night may lie (a review a few days on, not an anniversary). */
const STORY_NIGHT_REACH = 31;

/**
 * The one night the text before `sentence` names by its day, in a sentence that tells no event of its own (a title's
 * "the raid of Friday night into Saturday", a first paragraph's "At about two on Saturday morning the sirens went
 * off"; nights named only relative to the day of writing and hours aside): its day when every such night of the month
 * before the day of writing is the same one, else null. The day of an event that nothing else dates.
 */
function storyNight(input: EventInput, sentence: Sentence, reference: string | null): string | null {
  if (reference === null) return null;
  const earliest = addDays(reference, -STORY_NIGHT_REACH);
  const told = eventSentences(input);
  let day: string | null = null;
  for (let i = 0; i < sentence.index; i++) {
    const before = input.sentences[i] as Sentence;
    // (A question names no night as a fact: "... on the night into Monday they did so again; how long can a city live
    // like this?")
    if (/\?\W*$/.test(input.text.slice(before.start, before.end))) continue;
    for (const t of timesIn(input, reference, before)) {
      if (t.kind !== 'night' || t.hoursOnly === true || t.date === null || !NAMED_DAY.test(input.text.slice(t.start, t.end))) continue;
      // (A night of a plan, "the curfew of the night of 20 to 21 March", or of an anniversary, "a year ago, on the night
      // of ...", is no story's night.)
      if (t.date > reference || t.date < earliest) continue;
      // (A night told with an event of its own, "On the night of 3 to 4 March Russia sent 40 drones", is that event's:
      // an event told later with no time may be another night's.)
      if (told.has(i) || (day !== null && day !== t.date)) return null;
      day = t.date;
    }
  }
  return day;
}

/**
 * The day of a timeline's entry: when every time the sentence names is a night or a day named only relative to the
 * day of writing ("overnight", "in the small hours") and its line stands under the heading line of its paragraph
 * ("Sunday, 12 October"), the heading's day; else null.
 */
function entryDay(input: EventInput, sentence: Sentence, times: readonly TimeExpression[], reference: string | null): string | null {
  if (!times.every((t) => t.kind === 'report' || ((t.kind === 'night' || t.kind === 'day') && !NAMED_DAY.test(input.text.slice(t.start, t.end))))) return null;
  const line = listHeading(input, sentence);
  return line ? headingLineDay(input, line, reference) : null;
}

/** How many sentences back `nightBefore` looks for the night a "that night" takes up. */
const NIGHT_REACH = 12;

/**
 * The night told last before `sentence` (at most `NIGHT_REACH` sentences back, headings and field lines included:
 * "Date of the event: night of 4 to 5 June 2024", "... between Friday and Saturday."): the day it ended on, else null.
 * What "that night" or "the same morning" takes up when no event was dated before it.
 */
function nightBefore(input: EventInput, sentence: Sentence, reference: string | null): string | null {
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - NIGHT_REACH); i--) {
    const times = timesIn(input, reference, input.sentences[i] as Sentence).filter((t) => t.kind === 'night' && t.date !== null && t.hoursOnly !== true);
    if (times.length) return (times[times.length - 1] as TimeExpression).date;
  }
  return null;
}

/** A weekday (and no month or number): the day it names depends on the day it is told from. */
const WEEKDAY_ONLY_TIME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const DATED_TIME = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/**
 * The day of a weekday told under the dated heading line of its paragraph (an update, a diary's or a live blog's
 * entry, "2 March 2026" or "Monday 2 March"): the weekday read against the heading's day rather than the day of
 * writing; null when the time names no bare weekday, the paragraph has no dated heading or the heading's day is the
 * reference day itself.
 */
function entryWeekday(input: EventInput, sentence: Sentence, time: TimeExpression, reference: string | null): string | null {
  if (time.kind !== 'night' && time.kind !== 'day') return null;
  const said = input.text.slice(time.start, time.end);
  if (!WEEKDAY_ONLY_TIME.test(said) || DATED_TIME.test(said)) return null;
  const line = listHeading(input, sentence);
  if (line === null || !DATED_TIME.test(input.text.slice(line.start, line.end))) return null;
  const day = headingLineDay(input, line, reference);
  if (day === null || day === reference) return null;
  const again = findTimeExpressions(input.text, day, sentence.start, sentence.end).find((t) => t.start === time.start && t.end === time.end);
  return again !== undefined && again.kind === time.kind ? again.date : null;
}

/** Does a blank line (a paragraph break) stand between the offsets `from` and `to` of the text? */
function blankLineBetween(input: EventInput, from: number, to: number): boolean {
  return /\n[^\S\n]*\n/.test(input.text.slice(from, to));
}

/** A month name, as a date's year follows it ("27 July 2023", "July 27, 2023"). */
const MONTH_TOKEN = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;

/**
 * The word `back` tokens before weapon mention m, as a count may stand there ("the four Kinzhals got through"): '' when
 * a line break lies between it and the weapon (a dateline or a heading above a headline counts nothing) or when it is
 * the year of a date ("27 July 2023", "July 27, 2023": a date is never a count).
 */
function wordBefore(input: EventInput, m: Mention, back: number): string {
  const at = m.tokenStart - back;
  const token = input.tokens[at];
  if (!token || /\n/.test(input.text.slice(token.end, m.start))) return '';
  const prior = input.tokens[at - 1];
  const twoBack = input.tokens[at - 2];
  const dated = (t: Token | undefined): boolean => t !== undefined && MONTH_TOKEN.test(t.normal);
  if (/^\d{4}$/.test(token.normal) && (dated(prior) || (prior?.normal === ',' && (dated(twoBack) || dated(input.tokens[at - 3]))))) return '';
  return token.normal;
}

/**
 * The day a section heading sets ("2. Last night", "The night from Saturday to Sunday"): the line alone in its
 * paragraph right before the paragraph of `sentence`, short and with no verb, that names one night or day; else null.
 */
function headingDay(input: EventInput, sentence: Sentence, reference: string | null): string | null {
  const listed = listHeading(input, sentence);
  if (listed !== null) return headingLineDay(input, listed, reference);
  let first = sentence.index;
  while (first > 0 && !blankLineBetween(input, (input.sentences[first - 1] as Sentence).end, (input.sentences[first] as Sentence).start)) first--;
  const heading = input.sentences[first - 1];
  if (!heading) return null;
  // An interviewer's question right above the answer ("Start with the night into Tuesday. What happened?"): the day it names.
  const asked = questionDay(input, first, reference);
  if (asked !== null) return asked;
  if (heading.end - heading.start > 60) return null;
  // A numbered heading ("1.", then "The night from Saturday to Sunday") may be split after its number.
  let top = first - 1;
  const number = input.sentences[top - 1];
  if (number && /^\s*(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]\s*$/.test(input.text.slice(number.start, number.end))) top--;
  const above = input.sentences[top - 1];
  const alone = !above || blankLineBetween(input, above.end, (input.sentences[top] as Sentence).start);
  if (!alone) return null;
  // A dateline over the headline ("Thursday 27 July 2023", then the headline) is the day of publication, no scene:
  // a headline with no time of its own waits for the body's event (see `segment`).
  if (sentence.index < bodyStart(input)) return null;
  return headingLineDay(input, heading, reference);
}

/** How long an interviewer's question may be (a turn of a sentence or two, not a paragraph of prose). */
const QUESTION_REACH = 160;

/**
 * The one day an interviewer's question names, when the paragraph right before the sentence `first` (which opens a
 * paragraph) is a question turn: short, its last sentence ending with a question mark, its times nights or days of
 * events (not of statements) that all name one day; else null. "And the night before last Friday?" sets the answer's
 * scene as a heading does.
 */
function questionDay(input: EventInput, first: number, reference: string | null): string | null {
  const last = input.sentences[first - 1];
  if (!last || !/\?\W*$/.test(input.text.slice(last.start, last.end))) return null;
  let top = first - 1;
  while (top > 0 && !blankLineBetween(input, (input.sentences[top - 1] as Sentence).end, (input.sentences[top] as Sentence).start)) top--;
  const opening = input.sentences[top] as Sentence;
  if (last.end - opening.start > QUESTION_REACH) return null;
  let day: string | null = null;
  for (let i = top; i < first; i++) {
    for (const t of timesIn(input, reference, input.sentences[i] as Sentence)) {
      if (t.kind === 'report') continue;
      if ((t.kind !== 'night' && t.kind !== 'day') || t.date === null || (day !== null && t.date !== day)) return null;
      day = t.date;
    }
  }
  return day;
}

/** The one day a heading line names (no verb in it; "Monday, 10 November", "Night into Monday (2-3 Feb):"), else null. */
function headingLineDay(input: EventInput, heading: Sentence, reference: string | null): string | null {
  for (let t = heading.tokenStart; t < heading.tokenEnd; t++) if (input.tokens[t]?.pos === 'VERB' || input.tokens[t]?.pos === 'AUX') return null;
  // One day, though it may be named twice: "Monday, 10 November" (a diary's or a live blog's entry).
  const times = timesIn(input, reference, heading);
  const last = times[times.length - 1];
  if (!last || last.date === null || !times.every((t) => t.kind === 'night' || t.kind === 'day')) return null;
  if (times.every((t) => t.date === last.date)) return last.date;
  // "Sunday, 12 October": the weekday read on its own may land on another week; the date it stands beside is the day,
  // when that date is the weekday named.
  const weekday = new Date(`${last.date}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return times.length === 2 && new RegExp(`\\b${weekday}\\b`, 'i').test(input.text.slice(heading.start, heading.end)) ? last.date : null;
}

/**
 * The heading line of the paragraph of `sentence`, when the paragraph opens with one ("Sunday, 12 October" or "Night
 * into Monday (2-3 Feb):" above the lines of a list, their bullets gone with the cleaning): the first line of the
 * paragraph, short and a sentence of its own, with `sentence` on a later line; else null.
 */
function listHeading(input: EventInput, sentence: Sentence): Sentence | null {
  const { text } = input;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  let firstStart = lineStart;
  while (firstStart > 0) {
    const previousStart = text.lastIndexOf('\n', firstStart - 2) + 1;
    if (text.slice(previousStart, firstStart - 1).trim() === '') break;
    firstStart = previousStart;
  }
  if (firstStart === lineStart) return null;
  const firstEnd = text.indexOf('\n', firstStart);
  if (firstEnd - firstStart > 60) return null;
  return input.sentences.find((s) => s.start >= firstStart && s.end <= firstEnd && text.slice(firstStart, s.start).trim() === '' && text.slice(s.end, firstEnd).trim().length <= 1) ?? null;
}

/**
 * The day the lede sets a story on: the sentences of the body before `until` name days of events (nights or days, not
 * days of statements or of publication), all the same one, and no period or habit; when the body names none, the lines
 * before it (a date line "13:10 on Sunday 28 September"); else null.
 */
function ledeDay(input: EventInput, reference: string | null, until: number): string | null {
  const body = bodyStart(input);
  const told = daySetBetween(input, reference, body, until);
  return told !== undefined ? told : (daySetBetween(input, reference, 0, Math.min(body, until)) ?? null);
}

/** A period that names a year or a decade, every one before the reference day's year ("in 2009", "in the spring of 2022", "in the 1990s"). */
function pastYears(text: string, reference: string | null): boolean {
  if (reference === null) return false;
  const years = text.match(/\b(?:19|20)\d{2}(?=s?\b)/g);
  return (years?.length ?? 0) > 0 && (years ?? []).every((y) => Number(y) < Number(reference.slice(0, 4)));
}

/**
 * The one day of events that the sentences from `from` to `until` name (see `ledeDay`); null when they name several,
 * a period or a habit; undefined when they name none.
 */
function daySetBetween(input: EventInput, reference: string | null, from: number, until: number): string | null | undefined {
  let day: string | undefined;
  for (let i = from; i < until; i++) {
    const sentence = input.sentences[i] as Sentence;
    const times = timesIn(input, reference, sentence);
    // A date line standing as a sentence of its own ("Wednesday, 22 January 2025.") dates the paper, not an event.
    if (times.length === 1 && /^[\s\W]*$/.test(input.text.slice(sentence.start, (times[0] as TimeExpression).start) + input.text.slice((times[0] as TimeExpression).end, sentence.end))) continue;
    for (const t of times) {
      if (t.kind === 'report' || t.kind === 'other') continue;
      // ("A local businessman rescued it in 2009": a period of an earlier year is the story's past, not its time.)
      if (t.kind === 'period' && pastYears(input.text.slice(t.start, t.end), reference)) continue;
      if ((t.kind !== 'night' && t.kind !== 'day') || t.date === null || (day !== undefined && day !== t.date)) return null;
      day = t.date;
    }
  }
  return day;
}

/* ------------------------------------------------------------------ 2. segmentation */

function segment(statements: readonly Statement[], reference: string | null, classHead: (key: string) => string): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const current = new Map<string, Group>();
  const lastOfWeapon = new Map<string, Group>();
  const lastOfObject = new Map<string, Group>();
  const floating = new Map<string, Statement[]>();
  const open = (s: Statement, side: string, key: string, date: string | null, dated: Group['dated']): Group => {
    const full = `${side}\u0000${key}`;
    let group = byKey.get(full);
    if (!group) {
      group = { attacker: s.attacker, key: full, date, dated, statements: [] };
      byKey.set(full, group);
      groups.push(group);
    }
    // A headline waits for the first dated event of its side.
    if (dated === 'day' && floating.has(side)) {
      group.statements.push(...(floating.get(side) ?? []));
      floating.delete(side);
    }
    return group;
  };
  let lastDated: string | null = null;
  let lastDatedPart: DayPart | undefined;
  const nextDay = new Map<number, string>();
  const previousDay = new Map<number, string>();
  /** The group of one side, day and part of the day: an open group of that day whose part is unknown yet takes it. */
  const dayPartGroup = (s: Statement, side: string, date: string, part: DayPart): Group => {
    const sameDay = groups.filter((g) => g.key.startsWith(`${side}\u0000day:${date}`) && g.dated === 'day' && g.date === date);
    const group = sameDay.find((g) => g.part === part) ?? sameDay.find((g) => g.part === undefined);
    if (group) return group;
    return open(s, side, `day:${date}:${part}`, date, 'day');
  };
  for (const s of statements) {
    // A habit ("its missiles have repeatedly hit Kyiv") is told of no single event.
    if (s.anchor.kind === 'habit') continue;
    const side = `${s.attacker}\u0000${s.party}`;
    const weaponKey = s.relation.predicate === 'targeted' ? null : `${s.attacker}\u0000${classHead(s.relation.object)}`;
    // (A named system told with no scene of its own, "The three Kinzhals all reached their destination." under a
    // heading, goes back to the latest event that told of it, not to the latest of any missile.)
    const objectKey = weaponKey !== null && classHead(s.relation.object) !== s.relation.object ? `${s.attacker}\u0000${s.relation.object}` : null;
    const ofObject = objectKey !== null && s.carried === null ? lastOfObject.get(objectKey) : undefined;
    let group: Group | null | undefined;
    // "the Russian drones": an uncounted weapon named by its owner refers back to the latest event of that weapon.
    const anaphoric = s.relation.predicate === 'launched' && s.count === null && SUBORDINATE_LAUNCH_RULES.has(s.relation.rule);
    if (anaphoric && weaponKey !== null) group = lastOfWeapon.get(weaponKey);
    if (group) {
      group.statements.push(s);
      continue;
    }
    // "during the same night": the day of the latest dated event, of any side (the other side's claims of that night).
    // "the following night": the day after the latest dated event told before its sentence (once per sentence).
    const telling = s.anchor.from ?? s.relation.sentence;
    if (s.anchor.kind === 'next' && !nextDay.has(telling) && lastDated !== null) nextDay.set(telling, addDays(lastDated, s.anchor.days ?? 1));
    // "the night before" an earlier event told before it: the night that ended on the morning of a daytime event's
    // day, or the night before a night's.
    // (Once per sentence, as "the following night".)
    const before = lastDated as string | null;
    const told: string | null = s.anchor.kind === 'previous' ? s.anchor.date : null;
    // (An event told before of the day of writing itself, "overnight", is earlier too when the night before opens its
    // sentence, "A day earlier, ...": the one before it, not that night again; not "..., as had happened the night
    // before", a comparison.)
    const earlier = before !== null && told !== null && (before < told || (before === told && s.anchor.opening === true));
    // (The first statement of the sentence settles it for the rest: "Russia launched 90 drones at Ukraine a day earlier"
    // with no event before it is the day before the day of writing, its target too.)
    // (A follow-on sentence of the scene takes the day its opening sentence settled.)
    const previousKey = s.anchor.kind === 'previous' ? (s.anchor.from ?? s.relation.sentence) : s.relation.sentence;
    if (told !== null && !previousDay.has(previousKey))
      previousDay.set(previousKey, !earlier ? told : lastDatedPart === 'daytime' ? (before as string) : addDays(before as string, -1));
    const previous: string | null = told !== null ? (previousDay.get(previousKey) ?? null) : null;
    const same: string | null = s.anchor.kind === 'same' ? lastDated : s.anchor.kind === 'next' ? (nextDay.get(telling) ?? null) : previous;
    // "On the third, ...": the third dated event of its side, in the order of their days (a lede may tell the latest
    // night first: "For the second night running, ..." before "The first wave ..." and "On the second night ...").
    const ranked = s.anchor.kind === 'nth' ? groups.filter((g) => g.key.startsWith(`${side}\u0000day:`) && g.dated === 'day' && g.date !== null).sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : (a.date as string) > (b.date as string) ? 1 : 0)) : [];
    const nth = s.anchor.kind === 'nth' && ranked.length > 1 ? ranked[s.anchor.from === 0 ? ranked.length - 1 : (s.anchor.from ?? 1) - 1] : undefined;
    if (nth) group = nth;
    else if (s.anchor.kind === 'previous' && previous === null) group = open(s, side, `day:${s.anchor.date ?? '?'}`, s.anchor.date, s.anchor.date === null ? 'none' : 'day');
    else if (same !== null) group = byKey.get(`${side}\u0000day:${same}`) ?? open(s, side, `day:${same}`, same, 'day');
    else if (s.anchor.kind === 'explicit') group = open(s, side, `day:${s.anchor.date ?? '?'}`, s.anchor.date, s.anchor.date === null ? 'none' : 'day');
    else if (s.anchor.kind === 'period') group = open(s, side, 'period', null, 'period');
    else if (s.anchor.kind === 'other') group = open(s, side, 'other', null, 'none');
    else if (s.anchor.kind === 'report')
      group =
        byKey.get(`${side}\u0000day:${s.anchor.date}`) ??
        current.get(side) ??
        (s.carried !== null ? open(s, side, `day:${s.carried}`, s.carried, 'day') : open(s, side, `day:${s.anchor.date}`, s.anchor.date, 'day'));
    else {
      // A night or a heading that sets another day than the open event's ("The night before last was worse.", a new
      // diary entry "Monday, 10 November") starts the event of that day.
      const latest = current.get(side);
      const moved = s.sceneNight === true && s.carried !== null && latest !== undefined && latest.dated === 'day' && latest.date !== null && latest.date !== s.carried;
      // (Once a night's scene has started its event, the rest of the scene stays in it: "Last night it was the other
      // way round. The drones came in ..., against just four missiles": not the event of the missiles told before.)
      const scene = s.sceneNight === true && s.carried !== null && latest !== undefined && latest.dated === 'day' && latest.date === s.carried ? latest : undefined;
      // (The side's own claim of what it struck, with no time of its own, is of the side's first dated event, the
      // story's news: not of an earlier attack told for background just before it.)
      // (An event of the side's attack: the other side's shoot-downs of its weapons are no strike of it.)
      const attackDay = (g: Group): boolean => g.key.startsWith(`${side}\u0000day:`) && g.dated === 'day' && g.date !== null && g.statements.some((o) => o.relation.predicate === 'targeted' || (o.relation.predicate === 'launched' && !NOT_ATTACK_RULES.has(o.relation.rule)));
      const lede = s.ownClaim === true && s.anchor.kind === 'none' && s.carried === null ? groups.find(attackDay) : undefined;
      group = lede
        ? lede
        : moved
        ? open(s, side, `day:${s.carried}`, s.carried, 'day')
        : (scene ?? ofObject ?? (weaponKey !== null ? lastOfWeapon.get(weaponKey) : undefined) ?? latest ?? (s.carried !== null ? open(s, side, `day:${s.carried}`, s.carried, 'day') : undefined));
    }
    if (!group) {
      const list = floating.get(side) ?? [];
      list.push(s);
      floating.set(side, list);
      continue;
    }
    // A night and a daytime wave of one day are two events ("Overnight into 3 January ... In the afternoon of the same
    // day ..."): a statement told of the other part of the day of its group goes to that part's event.
    if (s.part && group.dated === 'day' && group.date !== null && group.part !== s.part) {
      if (group.part !== undefined) group = dayPartGroup(s, side, group.date, s.part);
      if (group.part === undefined) group.part = s.part;
    }
    group.statements.push(s);
    current.set(side, group);
    if (weaponKey !== null) lastOfWeapon.set(weaponKey, group);
    if (objectKey !== null) lastOfObject.set(objectKey, group);
    if (group.dated === 'day' && group.date !== null) {
      lastDated = group.date;
      lastDatedPart = group.part;
    }
  }
  // Headlines whose side never got a dated event: into its first event that is no period, else an event of their own.
  for (const [side, list] of floating) {
    const first = groups.find((g) => g.key.startsWith(`${side}\u0000`) && g.dated !== 'period');
    if (first) first.statements.push(...list);
    else groups.push({ attacker: (list[0] as Statement).attacker, key: `${side}\u0000none`, date: null, dated: 'none', statements: list });
  }
  // "Russia's defence ministry said its air defences had intercepted 17 Ukrainian drones": the other side's claim told
  // with no time of its own, in an article that tells of one day only, is of that day (session 17: every gold set that
  // has one dates it so).
  const untimed = (g: Group): boolean => g.key.endsWith('\u0000none') && g.date === null && !g.statements.some((s) => s.head);
  // (A period told without a figure, "guard the city at night for months", is dropped as a habit: it tells of no
  // other day.)
  const figureless = (g: Group): boolean => g.dated === 'period' && g.statements.every((s) => s.count === null);
  const timed = groups.filter((g) => !untimed(g) && !figureless(g));
  const days = new Set(timed.map((g) => (g.dated === 'day' ? g.date : null)));
  // (So is the side's own attack told with no time of its own, "It said Russia had launched 69 drones" after the
  // night's other claim: the one day the article tells of. Not another side's act named only as a noun, "a reply to
  // Ukrainian attacks on airfields": a story's background.)
  const told = (g: Group): boolean => !g.statements.every((s) => NOMINAL_RULES.has(s.relation.rule));
  const day = days.size === 1 ? [...days][0] : null;
  if (day) for (const g of groups) if (untimed(g) && told(g)) g.date = day;
  for (const g of groups) {
    g.statements.sort((a, b) => a.relation.sentence - b.relation.sentence || a.start - b.start);
    // "Sixteen drones were sent in that one night" with no event dated before it: the night told last before it (see
    // `nightBefore`), when the event got no day of its own.
    const that = g.dated === 'none' && g.date === null ? g.statements.find((s) => s.anchor.kind === 'same' && s.anchor.date !== null) : undefined;
    if (that) g.date = that.anchor.date;
    // The news of the day: an undated event that the headline reports happened on the reference day.
    if (g.dated === 'none' && g.date === null && g.statements.some((s) => s.head)) g.date = reference;
  }
  return groups;
}

/* ------------------------------------------------------------------ 3. weapon lines */

/** A weapon line with the sentences of its statements. */
interface Line extends WeaponLine {
  sentences: Set<number>;
  /** Every number of the line was stated of the weapon as one already told of ("99 of the drones"). */
  definite: boolean;
  /** Some number of the line was ("Neither of the two ballistic missiles"). */
  toldBefore: boolean;
  /** The launch count is a bound or an estimate ("nearly 330 drones"). */
  roughLaunch?: boolean;
  /** The launch count is only an indefinite article's ("an Iskander-M"). */
  singleLaunch?: boolean;
  /** The interception count was told only of places it was downed over ("23 drones over the Rivne region"). */
  localDown?: boolean;
  /** Its interception figure is a bare class's told only of a place in the forms of `localPartOf`. */
  localPart?: boolean;
  /** ... by a figure with no weapon named ("Three were brought down over the Izmail district"): a part, never the whole. */
  namelessDown?: boolean;
  /** How many weapons a "none of the N" phrase of the line counted ("Not one of the five missiles was stopped"). */
  noneOf?: number;
}

/** "all the", "every one of the", "each of these" right before a weapon: the whole of the weapons told of. */
const WHOLE_BEFORE = new RegExp(`\\b${WHOLE_WORD}\\s+(?:of\\s+)?(?:the|these|those)\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu');

/**
 * "Russia launched 40 Kh-101s ... Every one of the Kh-101s was intercepted", "all the Kalibrs were shot down": an
 * interception without a count of a weapon quantified as a whole downs as many as the line says were launched.
 */
function wholeQuantified(input: EventInput, statements: readonly Statement[], lines: Line[]): void {
  for (const s of statements) {
    if (s.relation.predicate !== 'intercepted' || s.count !== null || s.spans.length === 0) continue;
    const sentence = input.sentences[s.relation.sentence];
    if (!sentence || !s.spans.every((m) => WHOLE_BEFORE.test(input.text.slice(Math.max(sentence.start, m.start - 40), m.start)))) continue;
    const line = lines.find((l) => l.weapon === s.relation.object);
    if (line && line.launched !== null && line.intercepted === null) line.intercepted = line.launched;
  }
  // "Russia fired 40 drones and a Kh-59 ... The missile was also shot down", "a Kalibr cruise missile was brought
  // down", "downed 24 of the drones and the missile as well": one weapon named in the singular, with an article and no
  // count, downed where the line says one was launched, is that one.
  // ("The missile ... was brought down": a class anaphor read as the named weapon is its one mention of the class.)
  for (const s of statements) {
    if (s.relation.predicate !== 'intercepted' || s.count !== null) continue;
    const object = s.relation.object;
    const spans =
      s.spans.length > 0
        ? s.spans
        : input.mentions.filter((m) => m.sentence === s.relation.sentence && m.type === 'WeaponSystem' && input.isBareClass(m.entity) && input.classHead(m.entity) === firedHead(input, object));
    if (spans.length !== 1 || !spans.every((m) => SINGLE_BEFORE.test(input.text.slice(Math.max(0, m.start - 6), m.start)) && !/\p{Ll}s$/u.test(input.text.slice(m.start, m.end)))) continue;
    const line = lines.find((l) => l.weapon === s.relation.object);
    if (line && line.launched === 1 && line.intercepted === null) line.intercepted = 1;
  }
}

/** The articles before one weapon named as a single one ("the missile", "a Kh-59"). */
const SINGLE_BEFORE = /\b(?:the|a|an)\s+$/i;

/**
 * The statement whose count a line takes: the first exact count stated in the body, else the first count of the body
 * (a bound: "more than 100"), else the first exact count of the headline, else its first count: "more than 100
 * drones" then "85 of the 104" is 104.
 */
function pickFrom(statements: readonly Statement[]): Statement | undefined {
  const counted = statements.filter((s) => s.count !== null);
  return counted.find((s) => !s.head && s.approx !== true) ?? counted.find((s) => !s.head) ?? counted.find((s) => s.approx !== true) ?? counted[0];
}

/** Words that make the number after them a bound or an estimate: "more than", "at least", "about", "nearly" (also before "a dozen"). */
const BOUND_BEFORE =
  /\b(?:(?:more|fewer|less)\s+than|over|under|at\s+least|at\s+most|about|around|nearly|almost|approximately|roughly|some|up\s+to|upwards\s+of|in\s+excess\s+of|close\s+to|as\s+many\s+as|an\s+estimated)\s+(?:a\s+)?$/i;

/**
 * "over the", "overnight above", "had been shot down over the": what stands between a downed weapon and the places it
 * was downed over (a passive of downing may come first: "five drones had been shot down over the Mykolaiv region").
 */
const OVER_NEXT = /^\s+(?:overnight\s+)?(?:over|above)\s+(?:the\s+)?$/i;
/** A passive of downing that may stand before "over" ("had been shot down over"), for `OVER_GAP` and `OVER_LOCAL`. */
const DOWNED_BEFORE_OVER = `(?:(?:were|was|(?:had|have|has)\\s+been)\\s+${DOWNED_PAST}\\s+)?`;
const OVER_GAP = new RegExp(`^\\s+${DOWNED_BEFORE_OVER}(?:overnight\\s+)?(?:over|above)\\s+(?:the\\s+)?$`, 'i');

/** Is the entity a city or a region (a place below the state)? */
function isLocalPlace(input: EventInput, entity: string): boolean {
  const type = input.typeOf(entity);
  return type === 'City' || type === 'Region';
}

/** Does a city or region of `sentence` start at most `reach` characters after offset `at`, with `gap` the text between? */
function placeAfter(input: EventInput, sentence: number, at: number, reach: number, gap: RegExp): boolean {
  return input.mentions.some((m) => m.sentence === sentence && m.start >= at && m.start - at <= reach && isLocalPlace(input, m.entity) && gap.test(input.text.slice(at, m.start)));
}

/** Is the weapon ending at `end` told as downed over a named city or region ("23 drones over the Rivne region")? */
function locatedOverPlace(input: EventInput, sentence: number, end: number): boolean {
  return placeAfter(input, sentence, end, 30, OVER_NEXT);
}

/**
 * Is a bare class's interception in `sentence` (its weapon ending at `end`, or none named) told only of a place below
 * the state in the forms `locatedOverPlace` leaves: a passive of downing before "over" a named place ("five drones had
 * been shot down over the Mykolaiv region"), "over" the place just told of ("over his region", `overLocalPlace`), or a
 * clause fronted by a place (`frontedPlace`)?
 */
function localPartOf(input: EventInput, sentence: Sentence, end: number | null): boolean {
  const overAfter = (at: number): boolean => placeAfter(input, sentence.index, at, 60, OVER_GAP) || overLocalPlace(input, input.text.slice(at, at + 60));
  if (end !== null && overAfter(end)) return true;
  const text = input.text.slice(sentence.start, sentence.end);
  PASSIVE_DOWNED_WIDE.lastIndex = 0;
  for (let m = PASSIVE_DOWNED_WIDE.exec(text); m; m = PASSIVE_DOWNED_WIDE.exec(text)) if (overAfter(sentence.start + m.index + m[0].length)) return true;
  return frontedPlace(input, sentence);
}

/** "over" or "above" and a determiner before the noun of a place below the state. */
const OVER_LOCAL = new RegExp(`^\\s+${DOWNED_BEFORE_OVER}(?:overnight\\s+)?(?:over|above)\\s+(\\p{L}+)\\s+(?:own\\s+)?(\\p{L}+)\\b`, 'iu');

/**
 * "five drones had been shot down over his region", "six over the region": the place just told of, named by a
 * determiner and a place noun below the state (lexicon localPlaceDeterminers, localPlaceNouns), locates the downings
 * as a named place does.
 */
function overLocalPlace(input: EventInput, after: string): boolean {
  const m = OVER_LOCAL.exec(after);
  return m !== null && input.lexicon.localPlaceDeterminers.has((m[1] as string).toLowerCase()) && input.lexicon.localPlaceNouns.has((m[2] as string).toLowerCase());
}

/** A sentence fronted by a place phrase and a comma: "In the Kharkiv region, ...", "Over our city, ...". */
const FRONTED_PLACE = /^[^\p{L}\d]*(?:in|over|above)\s+([^,;:.]{1,60}),/iu;

/**
 * "In the Dnipropetrovsk region, air defence units shot down 12 of the drones", "In our region, mobile fire groups
 * downed four of them": an interception in a clause fronted by a place below the state (a city or region named in
 * the phrase, or a determiner and a place noun) is told of that place only.
 */
function frontedPlace(input: EventInput, sentence: Sentence): boolean {
  const m = FRONTED_PLACE.exec(sentenceText(input, sentence));
  if (!m) return false;
  const end = sentence.start + m[0].length;
  if (input.mentions.some((x) => x.sentence === sentence.index && x.end <= end && isLocalPlace(input, x.entity))) return true;
  const words = (m[1] as string).trim().toLowerCase().split(/\s+/);
  return words.length === 2 && input.lexicon.localPlaceDeterminers.has(words[0] as string) && input.lexicon.localPlaceNouns.has(words[1] as string);
}

/** A passive of downing with no weapon named, "Three were brought down over the Izmail district": what follows it. */
const PASSIVE_DOWNED = new RegExp(`\\b(?:were|was)\\s+${DOWNED_PAST}\\b`, 'gi');

/** A passive of downing in any past ("had been shot down"), for `localPartOf`. */
const PASSIVE_DOWNED_WIDE = new RegExp(`\\b(?:were|was|(?:had|have|has)\\s+been)\\s+${DOWNED_PAST}\\b`, 'gi');

/** Is a figure told with no weapon named ("Three were brought down over the Izmail district") told as downed over a named place? */
function downedOverPlace(input: EventInput, sentence: Sentence): boolean {
  const text = input.text.slice(sentence.start, sentence.end);
  PASSIVE_DOWNED.lastIndex = 0;
  for (let m = PASSIVE_DOWNED.exec(text); m; m = PASSIVE_DOWNED.exec(text)) if (locatedOverPlace(input, sentence.index, sentence.start + m.index + m[0].length)) return true;
  return false;
}

/** Is the count of a statement, written right before its weapon, a bound or an estimate ("more than 100 drones")? */
function approximateCount(input: EventInput, sentence: Sentence, weaponToken: number, count: number): boolean {
  // The number token nearest before the weapon (at most six tokens back) that reads as the count.
  for (let k = weaponToken - 1, steps = 0; k >= sentence.tokenStart && steps < 6; k--, steps++) {
    const token = input.tokens[k];
    if (!token) break;
    // ("some four hundred drones": a number word before "hundred" or "thousand" multiplies it.)
    const value = input.numberValue(token.normal);
    const factor = input.tokens[k - 1] && (value === 100 || value === 1000) ? input.numberValue((input.tokens[k - 1] as Token).normal) : null;
    const first = factor !== null && factor < 10 ? (input.tokens[k - 1] as Token) : token;
    if ((factor !== null && factor < 10 ? factor * (value ?? 0) : value) !== count) continue;
    return BOUND_BEFORE.test(input.text.slice(Math.max(sentence.start, first.start - 30), first.start));
  }
  return false;
}

/**
 * "All 18 missiles were destroyed" and "six Kinzhal, nine Kalibr and three Iskander": when a class was downed in full
 * and the launched types of that class add up to it, each type was downed in full too. Likewise "none of the four
 * missiles was intercepted" before "two Kh-59s ... two Iskander-Ms": none of each type was.
 */
function spreadAllDowned(input: EventInput, lines: WeaponLine[]): void {
  for (const whole of lines) {
    const all = whole.launched !== null && whole.launched === whole.intercepted;
    const none = whole.launched !== null && whole.intercepted === 0;
    if (!input.isGeneric(whole.weapon) || !(all || none)) continue;
    const head = input.classHead(whole.weapon);
    const parts = lines.filter((p) => p !== whole && p.launched !== null && input.classHead(p.weapon) === head);
    const share = (p: WeaponLine): number => (all ? (p.launched ?? 0) : 0);
    if (parts.length < 2 || parts.some((p) => p.intercepted !== null && p.intercepted !== share(p))) continue;
    if (parts.reduce((sum, p) => sum + (p.launched ?? 0), 0) === whole.launched) for (const p of parts) p.intercepted = share(p);
  }
}

/**
 * "Russia fired four Kinzhal and eight Kalibr missiles. All 12 were shot down": an "all N" interception given to one
 * weapon of a breakdown, with N above that weapon's own launch count, is the whole breakdown's when the launch counts
 * of the breakdown's sentence add up to N: each of its weapons was downed in full.
 */
function spreadAllOverBreakdown(input: EventInput, statements: readonly Statement[], lines: readonly Line[]): void {
  const byWeapon = new Map(lines.map((l) => [l.weapon, l]));
  for (const s of statements) {
    if (s.relation.predicate !== 'intercepted' || s.count === null) continue;
    const line = byWeapon.get(s.relation.object);
    if (!line || line.launched === null || line.launched >= s.count || line.intercepted !== s.count) continue;
    if (!allOf(input, input.sentences[s.relation.sentence] as Sentence, s.count)) continue;
    const launch = statements.find((o) => o.relation.predicate === 'launched' && o.relation.object === line.weapon && o.count === line.launched);
    if (!launch) continue;
    const parts = lines.filter(
      (l) =>
        l.launched !== null &&
        statements.some((o) => o.relation.predicate === 'launched' && o.relation.sentence === launch.relation.sentence && o.relation.object === l.weapon && o.count === l.launched),
    );
    if (parts.length < 2 || parts.reduce((sum, p) => sum + (p.launched ?? 0), 0) !== s.count) continue;
    for (const p of parts) if (p === line || p.intercepted === null) p.intercepted = p.launched;
  }
}

/** The count right before the weapon of a "none downed" statement ("none of the five missiles"), if any. */
function noneOfCount(input: EventInput, downed: readonly Statement[]): number | undefined {
  for (const s of downed) {
    if (s.relation.rule !== NOT_DOWNED_RULE) continue;
    const n = input.numberValue(input.tokens[s.token - 1]?.normal ?? '');
    if (n !== null) return n;
  }
  return undefined;
}

/** Weapon lines of the statements of one claimant (headline counts already set aside where the body counts). */
function weaponLines(input: EventInput, statements: readonly Statement[]): Line[] {
  const byWeapon = new Map<string, Statement[]>();
  for (const s of statements) {
    if (s.relation.predicate === 'targeted' || s.alternative) continue;
    const list = byWeapon.get(s.relation.object) ?? [];
    list.push(s);
    byWeapon.set(s.relation.object, list);
  }
  const lines: Line[] = [...byWeapon].map(([weapon, list]) => {
    const downed = list.filter((s) => s.relation.predicate === 'intercepted');
    // "destroyed all four Kh-101 missiles": all that were launched.
    const whole = downed.find((s) => s.count !== null && allOf(input, input.sentences[s.relation.sentence] as Sentence, s.count));
    const launch = pickFrom(list.filter((s) => s.relation.predicate === 'launched'));
    // (A figure not located over named places outranks a located one, which may be a regional part.)
    const down = pickFrom(downed.filter((s) => s.located !== true)) ?? pickFrom(downed);
    return {
      weapon,
      launched: launch?.count ?? whole?.count ?? null,
      intercepted: down?.count ?? null,
      sentences: new Set(list.map((s) => s.relation.sentence)),
      definite: list.every((s) => s.count === null || s.definite),
      toldBefore: list.some((s) => s.count !== null && s.definite),
      roughLaunch: launch?.approx === true,
      singleLaunch: launch?.single === true,
      localDown: down?.located === true,
      localPart: down?.localPart === true,
      namelessDown: down?.located === true && down.spans.length === 0,
      noneOf: noneOfCount(input, downed),
    };
  });
  spreadAllOverBreakdown(input, statements, lines);
  spreadAllDowned(input, lines);
  return lines;
}

/**
 * "16 Iskander-M ballistic missiles ... nine of the Iskanders were shot down": a line of a family of systems (its key
 * heads the keys of its variants: "iskander" of "iskander-m", "iskander-k") is the one variant of it that the event
 * has a line of, when their numbers never disagree. With two variants, or none, the family line stays, unless it only
 * says that none was downed ("The Iskander missiles were not intercepted"): then none of each variant was.
 */
function foldFamilies(input: EventInput, lines: Line[]): Line[] {
  const out = [...lines];
  for (const family of lines) {
    if (input.isGeneric(family.weapon)) continue;
    const variants = out.filter((l) => l !== family && l.weapon.startsWith(`${family.weapon}-`) && !input.isGeneric(l.weapon));
    // "The Iskander missiles were not intercepted" beside Iskander-M and Iskander-K lines: none of either was.
    if (variants.length > 1 && family.launched === null && family.intercepted === 0) {
      for (const v of variants) {
        v.intercepted ??= 0;
        for (const sentence of family.sentences) v.sentences.add(sentence);
      }
      out.splice(out.indexOf(family), 1);
      continue;
    }
    const variant = variants[0];
    if (variants.length !== 1 || !variant) continue;
    const agree = (a: number | null, b: number | null): boolean => a === null || b === null || a === b;
    if (!agree(family.launched, variant.launched) || !agree(family.intercepted, variant.intercepted)) continue;
    variant.launched ??= family.launched;
    variant.intercepted ??= family.intercepted;
    variant.definite &&= family.definite;
    for (const sentence of family.sentences) variant.sentences.add(sentence);
    out.splice(out.indexOf(family), 1);
  }
  return out;
}

/** Both lines have numbers, and they never disagree: each is equal or missing on one side. */
function complementary(a: WeaponLine, b: WeaponLine): boolean {
  const numbered = (l: WeaponLine): boolean => l.launched !== null || l.intercepted !== null;
  if (!numbered(a) || !numbered(b)) return false;
  return (a.launched === null || b.launched === null || a.launched === b.launched) && (a.intercepted === null || b.intercepted === null || a.intercepted === b.intercepted);
}

/**
 * "Russia launched 63 Shahed drones ... Defenders destroyed 55 drones": a bare class with only an interception count,
 * stated after the one other numbered line of its head (or in its sentence: "The launch of 46 Shahed drones was
 * recorded, and the destruction of 37 drones"), which has only a launch count at least as large, counts the
 * weapons of that line. (A class launch count beside a named interception stays apart: the class may count more
 * types than the one named.)
 */
function downedOfLaunched(input: EventInput, launched: Line, downed: Line, lines: readonly Line[]): boolean {
  if (launched.launched === null || launched.intercepted !== null || downed.launched !== null || downed.intercepted === null) return false;
  if (!input.isBareClass(downed.weapon) || downed.intercepted > launched.launched) return false;
  if (Math.max(...downed.sentences) < Math.min(...launched.sentences)) return false;
  const head = input.classHead(downed.weapon);
  const kin = lines.filter((l) => input.classHead(l.weapon) === head && (l.launched !== null || l.intercepted !== null));
  return kin.length === 2 && kin.includes(launched) && kin.includes(downed);
}

/** The two lines state one number alike. */
function sharesNumber(a: WeaponLine, b: WeaponLine): boolean {
  return (a.launched !== null && a.launched === b.launched) || (a.intercepted !== null && a.intercepted === b.intercepted);
}

/**
 * The event's lines: two class lines of one head with numbers that never disagree, stated in one sentence or with a
 * number in common, are one line ("28 attack drones ... destroyed 21 of the drones"), kept under the more specific class; a bare class without
 * numbers ("drone attacks") says nothing beside a more specific weapon of its class.
 */
function tidyLines(input: EventInput, lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const twin = input.isGeneric(line.weapon)
      ? out.find(
          (o) =>
            input.isGeneric(o.weapon) &&
            input.classHead(o.weapon) === input.classHead(line.weapon) &&
            complementary(o, line) &&
            (sharesNumber(o, line) || [...line.sentences].some((s) => o.sentences.has(s)) || downedOfLaunched(input, o, line, lines)),
        )
      : undefined;
    if (!twin) {
      out.push(line);
      continue;
    }
    twin.launched ??= line.launched;
    twin.intercepted ??= line.intercepted;
    for (const s of line.sentences) twin.sentences.add(s);
    if (input.isBareClass(twin.weapon) && !input.isBareClass(line.weapon)) twin.weapon = line.weapon;
  }
  foldSlashedNames(input, out);
  foldClassFigures(input, out);
  foldDefiniteKinds(input, out);
  foldEqualTotals(input, out);
  foldSharedFigures(input, out);
  foldRoughTotals(input, out);
  foldKindIntoNamed(input, out);
  foldEchoes(input, out);
  spreadClassZeros(input, out);
  dropBreakdownTotals(input, out);
  dropAttackTotals(input, out);
  return out.filter((line) => {
    const numbered = line.launched !== null || line.intercepted !== null;
    if (numbered || !input.isGeneric(line.weapon)) return true;
    // "146 attack drones, Shaheds and decoys among them": decoys named without a figure in the sentence that counts
    // the wave are part of the wave's line, not a line of their own (lexicon `waveFillers`).
    if (input.lexicon.waveFillers.has(input.classSlug(line.weapon))) {
      const head = input.classHead(line.weapon);
      if (out.some((other) => other !== line && other.launched !== null && input.classHead(other.weapon) === head && [...line.sentences].some((s) => other.sentences.has(s)))) return false;
    }
    // "a ballistic missile struck ... the ship was hit by an Iskander-M": a kind without numbers beside the one named
    // system of that kind is that system.
    if (!input.isBareClass(line.weapon)) {
      const slug = input.classSlug(line.weapon);
      return out.filter((other) => other !== line && !input.isGeneric(other.weapon) && input.classSlug(other.weapon) === slug).length !== 1;
    }
    // A bare class without numbers says nothing beside another line of its head (the first of several such stays).
    const head = input.classHead(line.weapon);
    const at = out.indexOf(line);
    return !out.some((other, k) => other !== line && input.classHead(other.weapon) === head && (k < at || other.launched !== null || other.intercepted !== null || !input.isBareClass(other.weapon)));
  });
}

/** Does the text before `at`, blanks aside, end with a slash? */
function slashBefore(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1] as string)) i--;
  return text[i - 1] === '/';
}

/** Folds line `from` into `into`: its sentences join `into`'s, and it leaves `lines` (the figures are the caller's). */
function foldLine(lines: Line[], from: Line, into: Line): void {
  for (const s of from.sentences) into.sentences.add(s);
  lines.splice(lines.indexOf(from), 1);
}

/**
 * "three Kh-59/Kh-69 guided missiles": two names joined by a slash are one weapon the source names either way, not two.
 * Each line of a name that the document only ever writes right after a slash and another name with a line of its
 * own is that line, when their figures never disagree (the first name keeps the line). Not air-defence systems fired
 * at the ground ("S-300/S-400 missiles"): two systems, two lines.
 */
function foldSlashedNames(input: EventInput, lines: Line[]): void {
  for (const second of [...lines]) {
    // (Air-defence systems fired as missiles, "S-300/S-400 missiles", name two systems, each a line of its own.)
    if (input.isGeneric(second.weapon) || input.classHead(second.weapon) === 'system') continue;
    let first: Line | undefined;
    let alone = false;
    for (const m of input.mentions) {
      if (m.entity !== second.weapon) continue;
      // (Only a mention right after a slash can have a name before it: the text before it is looked at first.)
      const before = slashBefore(input.text, m.start) && input.mentions.find((o) => o.sentence === m.sentence && o.end <= m.start && /^\s*\/\s*$/.test(input.text.slice(o.end, m.start)));
      const line = before && before.entity !== second.weapon ? lines.find((l) => l.weapon === before.entity) : undefined;
      if (!line || (first !== undefined && first !== line)) {
        alone = true;
        break;
      }
      first = line;
    }
    if (alone || !first) continue;
    const agree = (a: number | null, b: number | null): boolean => a === null || b === null || a === b;
    if (!agree(first.launched, second.launched) || !agree(first.intercepted, second.intercepted)) continue;
    first.launched ??= second.launched;
    first.intercepted ??= second.intercepted;
    foldLine(lines, second, first);
  }
}

/**
 * "Russia launched 109 Shahed drones ... 99 of the drones were destroyed": when the only two numbered lines of a head
 * are a bare class named as one already told of ("of the drones") and a more specific weapon, one with only a launch
 * count and the other with only an interception count, the bare class refers back to the specific one: one line, under the specific weapon. (Two or more specific
 * lines of the head leave the class apart: it may count them all.)
 */
function foldClassFigures(input: EventInput, lines: Line[]): void {
  const onlyLaunched = (l: Line): boolean => l.launched !== null && l.intercepted === null;
  const onlyDowned = (l: Line): boolean => l.launched === null && l.intercepted !== null;
  for (const bare of [...lines]) {
    if (!input.isBareClass(bare.weapon) || !(onlyLaunched(bare) || onlyDowned(bare))) continue;
    const head = input.classHead(bare.weapon);
    const kin = lines.filter((l) => l !== bare && input.classHead(l.weapon) === head && (l.launched !== null || l.intercepted !== null));
    const other = kin[0];
    if (kin.length !== 1 || !other || (input.isGeneric(other.weapon) && input.classSlug(other.weapon) === input.classSlug(bare.weapon))) continue;
    // One of the two is told of as already known: "of the drones" (the class), or "46 of the Shahed drones" after
    // "47 attack drones" (the named weapon).
    if (!bare.definite && !(other.definite && onlyDowned(other)) && !downedOfLaunched(input, other, bare, lines)) continue;
    if (!(onlyLaunched(bare) ? onlyDowned(other) : onlyLaunched(other))) continue;
    other.launched ??= bare.launched;
    other.intercepted ??= bare.intercepted;
    foldLine(lines, bare, other);
  }
}

/**
 * "six Shahed drones and two Iskander-M ballistic missiles were launched ... Neither of the two ballistic missiles was
 * shot down": a kind told of as already known ("the two ballistic missiles"), when one named line of that kind has
 * the same launch count, is that line: one line under the named weapon. Figures that disagree keep both lines.
 */
function foldDefiniteKinds(input: EventInput, lines: Line[]): void {
  for (const kind of [...lines]) {
    if (!kind.toldBefore || !input.isGeneric(kind.weapon) || input.isBareClass(kind.weapon)) continue;
    const slug = input.classSlug(kind.weapon);
    const named = lines.filter((l) => l !== kind && !input.isGeneric(l.weapon) && input.classSlug(l.weapon) === slug);
    const one = named[0];
    if (named.length !== 1 || !one) continue;
    // "The one cruise missile that evaded air defences" beside "Kh-101 cruise missiles - 5 launched": a part of the
    // named line, told as known, with fewer weapons than it: no line of its own, and its figures are the part's.
    if (kind.definite && kind.launched !== null && one.launched !== null && kind.launched < one.launched) {
      foldLine(lines, kind, one);
      continue;
    }
    // The same launch count, or (the kind's count read as the interception's) a downed figure for a named line without one.
    if (kind.launched !== null ? kind.launched !== one.launched : one.launched === null || kind.intercepted === null || one.intercepted !== null) continue;
    if (kind.intercepted !== null && one.intercepted !== null && kind.intercepted !== one.intercepted) continue;
    one.launched ??= kind.launched;
    one.intercepted ??= kind.intercepted;
    foldLine(lines, kind, one);
  }
}

/**
 * "four missiles ... the wave was made up of 55 drones and four Iskander-M ballistic missiles ... none of the four
 * missiles could be stopped": a bare class whose launch count equals that of the one named line of its head, with
 * figures that never disagree, counts the same weapons: one line, under the named weapon.
 */
function foldEqualTotals(input: EventInput, lines: Line[]): void {
  for (const bare of [...lines]) {
    if (!input.isBareClass(bare.weapon) || bare.launched === null) continue;
    const head = input.classHead(bare.weapon);
    const kin = lines.filter((l) => l !== bare && input.classHead(l.weapon) === head && (l.launched !== null || l.intercepted !== null));
    const named = kin[0];
    if (kin.length !== 1 || !named || input.isGeneric(named.weapon) || named.launched !== bare.launched || !complementary(bare, named)) continue;
    named.intercepted ??= bare.intercepted;
    foldLine(lines, bare, named);
  }
}

/**
 * The one named line a class line may count less precisely, for `foldSharedFigures` and `foldEchoes`: for a bare
 * class, the one other numbered line of its head, when that line names a weapon; for a kind, the one named line of
 * exactly that kind; else undefined.
 */
function soleNamedLine(input: EventInput, lines: readonly Line[], cls: Line): Line | undefined {
  const kin = input.isBareClass(cls.weapon)
    ? lines.filter((l) => l !== cls && input.classHead(l.weapon) === input.classHead(cls.weapon) && (l.launched !== null || l.intercepted !== null))
    : lines.filter((l) => l !== cls && !input.isGeneric(l.weapon) && input.classSlug(l.weapon) === input.classSlug(cls.weapon));
  const one = kin.length === 1 ? kin[0] : undefined;
  return one !== undefined && !input.isGeneric(one.weapon) ? one : undefined;
}

/**
 * "Russia sends 40 drones ..., all shot down" above "Russia launched 40 Shahed drones ... and downed all 40", or "seven
 * cruise missiles, six of them destroyed" beside "seven Kh-101 missiles": a class line (the bare head, or the kind a
 * named system belongs to) that states a number of the one named line of its class, with no number that disagrees,
 * counts the same weapons told less precisely (GUIDELINES: a weapon whose class is also named gives the line to the
 * named system): one line, under the named weapon, with the figures of both. A bare class with no launch count of its
 * own is read against the one numbered line of its head; a kind against the one named line of exactly that kind. Two
 * named lines of the class, or figures that disagree, keep the class apart (it may count them all, or a part).
 */
function foldSharedFigures(input: EventInput, lines: Line[]): void {
  for (const cls of [...lines]) {
    if (!input.isGeneric(cls.weapon) || (cls.launched === null && cls.intercepted === null)) continue;
    const bare = input.isBareClass(cls.weapon);
    const one = soleNamedLine(input, lines, cls);
    if (!one || !complementary(cls, one)) continue;
    // (A shared zero says little: "none was downed" is spread over every line of a class.)
    if (!((cls.launched !== null && cls.launched > 0 && cls.launched === one.launched) || (cls.intercepted !== null && cls.intercepted > 0 && cls.intercepted === one.intercepted))) continue;
    // (A bare class with a launch count of its own is foldEqualTotals' case; an air-defence system fired as a missile
    // may be one of several weapons a class counts.)
    if (bare && cls.launched !== null) continue;
    if (input.classHead(one.weapon) === 'system') continue;
    one.launched ??= cls.launched;
    one.intercepted ??= cls.intercepted;
    foldLine(lines, cls, one);
  }
}

/**
 * "Nearly 330 drones were sent ... 328 attack drones of the Shahed type were launched": a bare class whose launch count
 * is a bound or an estimate, with no interception figure of its own, is the one other numbered line of its head whose
 * exact launch count lies within a tenth of it: one line, under that weapon, with its exact figures.
 */
function foldRoughTotals(input: EventInput, lines: Line[]): void {
  for (const bare of [...lines]) {
    if (!input.isBareClass(bare.weapon) || bare.roughLaunch !== true || bare.launched === null || bare.intercepted !== null) continue;
    const head = input.classHead(bare.weapon);
    const kin = lines.filter((l) => l !== bare && input.classHead(l.weapon) === head && (l.launched !== null || l.intercepted !== null));
    const other = kin[0];
    if (kin.length !== 1 || !other || other.launched === null || other.roughLaunch === true) continue;
    if (Math.abs(other.launched - bare.launched) > Math.max(2, bare.launched / 10)) continue;
    foldLine(lines, bare, other);
  }
}

/** The head of a line's weapon; a named air-defence system with a launch count was fired as a missile ("two S-300s"). */
function lineHead(input: EventInput, l: Line): string {
  return input.classHead(l.weapon) === 'system' && !input.isGeneric(l.weapon) && l.launched !== null ? 'missile' : input.classHead(l.weapon);
}

/**
 * "Russia fired six missiles ... the sixth was an Iskander-M ballistic missile ... the Iskander-M got through": a kind
 * ("ballistic missile") with only a launch count beside the one named weapon of that kind with only an interception
 * count (or the other way round) counts that weapon: one line, under the named weapon. (Two named weapons of the kind,
 * figures on both sides, or a named air-defence system beside them keep the kind apart: it may count them all.)
 */
function foldKindIntoNamed(input: EventInput, lines: Line[]): void {
  // (A launch count that is only an indefinite article's, "the sixth was an Iskander-M", is no count of its own here.)
  const launchOf = (l: Line): number | null => (l.singleLaunch ? null : l.launched);
  const onlyLaunched = (l: Line): boolean => launchOf(l) !== null && l.intercepted === null;
  const onlyDowned = (l: Line): boolean => launchOf(l) === null && l.intercepted !== null;
  for (const kind of [...lines]) {
    if (!input.isGeneric(kind.weapon) || input.isBareClass(kind.weapon) || !(onlyLaunched(kind) || onlyDowned(kind))) continue;
    const slug = input.classSlug(kind.weapon);
    const named = lines.filter((l) => l !== kind && !input.isGeneric(l.weapon) && input.classSlug(l.weapon) === slug);
    const one = named[0];
    if (named.length !== 1 || !one || !(onlyLaunched(kind) ? onlyDowned(one) : onlyLaunched(one))) continue;
    // (An air-defence system named beside it, "S-300", may be fired as a missile of the kind: the kind may count it too.)
    if (lines.some((l) => !input.isGeneric(l.weapon) && input.classHead(l.weapon) === 'system')) continue;
    one.launched = launchOf(one) ?? kind.launched ?? one.launched;
    one.intercepted ??= kind.intercepted;
    foldLine(lines, kind, one);
  }
}

/**
 * A class line that only repeats what the one named line of its class says: "Russia launched 89 Shahed drones and air
 * defences shot down all 89 ... all the drones were downed" (a bare class whose every figure is that of the one other
 * numbered line of its head, a named weapon), or "an Iskander-M ballistic missile ... the ballistic missile was not
 * intercepted" (a kind with only an interception figure beside the one named weapon of that kind, which has none or the
 * same): one line, under the named weapon. (A named air-defence system with figures beside them may be fired as a
 * missile of the class: the class line stays.)
 */
function foldEchoes(input: EventInput, lines: Line[]): void {
  const numbered = (l: Line): boolean => l.launched !== null || l.intercepted !== null;
  if (lines.some((l) => !input.isGeneric(l.weapon) && input.classHead(l.weapon) === 'system' && numbered(l))) return;
  for (const cls of [...lines]) {
    if (!input.isGeneric(cls.weapon) || !numbered(cls)) continue;
    const one = soleNamedLine(input, lines, cls);
    if (!one) continue;
    if (input.isBareClass(cls.weapon)) {
      if ((cls.launched !== null && cls.launched !== one.launched) || (cls.intercepted !== null && cls.intercepted !== one.intercepted)) continue;
    } else {
      if (cls.launched !== null || cls.intercepted === null) continue;
      if (one.intercepted !== null && one.intercepted !== cls.intercepted) continue;
      one.intercepted = cls.intercepted;
    }
    foldLine(lines, cls, one);
  }
}

/**
 * "Russia fires three Iskander-M missiles and 60 drones. Not one of the missiles is brought down": a bare class told of
 * as already known and downed 0 times ("the missiles", "the five missiles" when five is what the class line and the
 * others count together) says none of each counted weapon of its head was downed; a class line with no launch count of
 * its own then says nothing more and goes.
 */
function spreadClassZeros(input: EventInput, lines: Line[]): void {
  for (const bare of [...lines]) {
    if (!input.isBareClass(bare.weapon) || bare.intercepted !== 0 || !(bare.toldBefore || bare.launched === null)) continue;
    const head = input.classHead(bare.weapon);
    const kin = lines.filter((l) => l !== bare && lineHead(input, l) === head && l.launched !== null && l.intercepted === null);
    if (kin.length === 0) continue;
    // "None of the six missiles ... the two Kh-59s": a count that the class and those weapons do not make up leaves
    // them apart ("none of the five" beside three counted missiles and two Iskander-Ms takes in both).
    const counted = kin.reduce((sum, l) => sum + (l.launched ?? 0), 0);
    if (bare.noneOf !== undefined && bare.noneOf !== counted + (bare.launched ?? 0)) continue;
    for (const l of kin) l.intercepted = 0;
    if (bare.launched === null) {
      for (const s of bare.sentences) kin[0]?.sentences.add(s);
      lines.splice(lines.indexOf(bare), 1);
    }
  }
}

/**
 * "Russia attacked with 324 drones and seven missiles ... four Kh-101 cruise missiles ... and three Kinzhal
 * missiles": a bare class whose launch count is the sum of the launch counts of the two other lines of its head names
 * the pair, not weapons of its own: it is no line. Its "none downed" is each part's. A class total with an
 * interception figure of its own ("43 missiles ... 30 of the missiles were destroyed"), or over three types or more
 * (the wave's headline figure, which the air force's tallies give a line of its own), stays.
 */
function dropBreakdownTotals(input: EventInput, lines: Line[]): void {
  for (const bare of [...lines]) {
    if (!input.isBareClass(bare.weapon) || bare.launched === null || (bare.intercepted !== null && bare.intercepted !== 0)) continue;
    const head = input.classHead(bare.weapon);
    const parts = lines.filter((l) => l !== bare && lineHead(input, l) === head && l.launched !== null);
    if (parts.length !== 2 || parts.reduce((sum, l) => sum + (l.launched ?? 0), 0) !== bare.launched) continue;
    // (A 0 that a part contradicts, "four Kh-101s, two of which were destroyed, and three Kinzhals, none of which was
    // intercepted", was another part's: it is not spread.)
    if (bare.intercepted === 0 && parts.every((l) => l.intercepted === null || l.intercepted === 0)) for (const l of parts) l.intercepted = 0;
    lines.splice(lines.indexOf(bare), 1);
  }
}

/**
 * "Russia fired 280 drones and missiles ...; 236 were brought down" above "Shahed-type drones - 270 launched, 230
 * downed; Kh-101 - 5 launched, 4 downed; Iskander-M - 5 launched, 2 downed": a bare class line whose figures are the
 * sums of the other lines, of more than one head, counts the whole attack, not weapons of its own: it is no line.
 */
function dropAttackTotals(input: EventInput, lines: Line[]): void {
  for (const bare of [...lines]) {
    if (!input.isBareClass(bare.weapon) || bare.launched === null) continue;
    const others = lines.filter((l) => l !== bare && l.launched !== null);
    const headOf = (l: Line): string => firedHead(input, l.weapon);
    const heads = new Set(others.map(headOf));
    if (others.length < 2 || heads.size < 2 || !heads.has(input.classHead(bare.weapon))) continue;
    if (others.reduce((sum, l) => sum + (l.launched ?? 0), 0) !== bare.launched) continue;
    if (bare.intercepted !== null && (others.some((l) => l.intercepted === null) || others.reduce((sum, l) => sum + (l.intercepted ?? 0), 0) !== bare.intercepted)) continue;
    lines.splice(lines.indexOf(bare), 1);
  }
}

/* ------------------------------------------------------------------ 4. the event */

function sentenceSpans(input: EventInput, statements: readonly Statement[]): Span[] {
  const indices = [...new Set(statements.map((s) => s.relation.sentence))].sort((a, b) => a - b);
  return indices.map((i) => {
    const s = input.sentences[i] as Sentence;
    return { start: s.start, end: s.end };
  });
}

/** What may stand between a place and the larger place that locates it: "Okhtyrka community in", "Kyiv region, Ukraine". */
const LOCATOR_GAP = /^(?:\s+[\p{L}-]+){0,2}\s*(?:,\s*(?:also\s+)?(?:in\s+)?|\s+in\s+)(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/** A bearing from a place: "southwest of", "40 km north of", "east of the". */
const BEARING_BEFORE = /\b(?:(?:about|some|around)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$/i;

/**
 * A part of a place, not a bearing from it: "in the south of the", "in the far north-east of" (the place named after it
 * holds the one before, and is a target of its own as a region after a city is).
 */
const PART_OF_BEFORE = /\bin\s+the\s+(?:far\s+|extreme\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?$/i;

/**
 * A place that only locates another target of its sentence: named right after that target, behind "in" or a comma
 * and at most two modifiers, and the state of it, or named by a bearing from it ("Fastiv, southwest of Kyiv"):
 * "Kyiv region, Ukraine", "Kharkiv, in north-eastern Ukraine". A region named so is a target of its own (session 17:
 * every gold set that states one lists it, as the targeted relations do): "Okhtyrka community in Sumy Oblast".
 */
function isLocator(input: EventInput, s: Statement, others: readonly Statement[]): boolean {
  // "the rail hub in Fastiv, southwest of Kyiv": a place named by the bearing of another target from it.
  const bearing =
    s.spans.length > 0 &&
    s.spans.every((b) => {
      const before = input.text.slice(Math.max(0, b.start - 50), b.start);
      return BEARING_BEFORE.test(before) && !PART_OF_BEFORE.test(before);
    });
  if (bearing && others.some((o) => o.relation.object !== s.relation.object && o.relation.sentence === s.relation.sentence && o.spans.some((a) => s.spans.some((b) => a.end <= b.start)))) return true;
  const type = input.typeOf(s.relation.object);
  return others.some((o) => {
    if (o.relation.object === s.relation.object || o.relation.sentence !== s.relation.sentence) return false;
    const inner = input.typeOf(o.relation.object);
    // (A region named right after a city it holds is a target too, as the relations have it: "hit a depot in Korosten,
    // in the Zhytomyr region" attacked the region; only a state named so locates: "Kyiv region, Ukraine".)
    const contains = type === 'Country' && inner !== 'Country' && input.countryOf(o.relation.object) === s.relation.object;
    if (!contains) return false;
    // (The state's name inside a longer name locates nothing: "the Poltava region, the Ukrainian Air Force said".)
    const named = s.spans.filter((b) => !input.mentions.some((m) => m.entity !== s.relation.object && m.start <= b.start && m.end >= b.end && m.end - m.start > b.end - b.start));
    return o.spans.some((a) => named.some((b) => a.end <= b.start && b.start - a.end < 40 && LOCATOR_GAP.test(input.text.slice(a.end, b.start))));
  });
}

/** One group of statements as an event record. */
function toEvent(input: EventInput, group: Group): EventRecord {
  // 3. Headline counts give way to the body's for the same class; then the claims, in order of first body statement.
  const bodyCounted = new Set<string>();
  // (A tally line counts one system of a breakdown: it restates no headline total.)
  for (const s of group.statements) if (!s.head && s.count !== null && s.relation.predicate !== 'targeted' && !TALLY_RULES.has(s.relation.rule)) bodyCounted.add(input.classHead(s.relation.object));
  for (const s of group.statements) if (s.head && s.count !== null && bodyCounted.has(input.classHead(s.relation.object))) s.count = null;
  // "Russia fired 84 cruise missiles ... One missile struck a park": how many of a bare class hit a place is part of a
  // launch count of their head, not a launch count of its own (a named system's count stays: "six Kinzhals aimed at").
  // ("Two Iskander-Ms hit Kharkiv ... Russia fired four Iskander-Ms": a named system's hit count below a launch count
  // of the same system is the part that hit.)
  for (const s of group.statements) {
    if (s.relation.rule !== HIT_RULE || s.count === null) continue;
    const bare = input.isBareClass(s.relation.object);
    const head = input.classHead(s.relation.object);
    const count = s.count;
    const covers = (o: Statement): boolean => (bare ? o.count !== null && o.count >= count && input.classHead(o.relation.object) === head : o.count !== null && o.count > count && o.relation.object === s.relation.object);
    if (group.statements.some((o) => o !== s && o.relation.predicate === 'launched' && o.relation.rule !== HIT_RULE && covers(o))) s.count = null;
  }
  const byClaimant = new Map<string | null, Statement[]>();
  for (const s of group.statements) {
    if (s.relation.predicate === 'targeted') continue;
    const list = byClaimant.get(s.claimant) ?? [];
    list.push(s);
    byClaimant.set(s.claimant, list);
  }
  // (Claims whose first body statements share a sentence keep the body's order: a headline's statement, first in
  // the group, does not put its claim ahead.)
  const firstBody = (list: readonly Statement[]): number => {
    const first = list.find((s) => !s.head);
    return first ? first.relation.sentence + group.statements.indexOf(first) / (group.statements.length + 1) : Infinity;
  };
  const ordered = [...byClaimant].sort((a, b) => firstBody(a[1]) - firstBody(b[1]));
  const claimLines = ordered.map(([claimedBy, statements]) => ({ claimedBy, statements, lines: weaponLines(input, statements) }));
  // 4. The event's lines: every weapon of every claim, each number from the first claim that states it.
  const merged = new Map<string, Line>();
  for (const claim of claimLines) {
    for (const w of claim.lines) {
      const line = merged.get(w.weapon);
      if (!line) merged.set(w.weapon, { ...w, sentences: new Set(w.sentences) });
      else {
        if (line.launched === null && w.launched !== null) line.roughLaunch = w.roughLaunch;
        // (An exact launch count of a later claim outranks an estimate of an earlier one: "nearly 330" before "328".)
        if (line.roughLaunch === true && w.launched !== null && w.roughLaunch !== true) {
          line.launched = w.launched;
          line.roughLaunch = false;
        }
        if (line.intercepted === null && w.intercepted !== null) {
          line.localDown = w.localDown;
          line.localPart = w.localPart;
        }
        // (So does a later claim's figure told of the whole over an earlier one's told only of a place with no weapon
        // named: "25 of them were destroyed, the air force says" over the article's own "Three were brought down over
        // the Izmail district".)
        if (line.namelessDown === true && w.intercepted !== null && w.localDown !== true && line.intercepted !== null && w.intercepted > line.intercepted) {
          line.intercepted = w.intercepted;
          line.localDown = false;
          line.namelessDown = false;
        }
        line.launched ??= w.launched;
        line.intercepted ??= w.intercepted;
        line.definite &&= w.definite;
        line.toldBefore ||= w.toldBefore;
        for (const s of w.sentences) line.sentences.add(s);
      }
    }
  }
  // "23 drones and one Kh-59 missile ... it had destroyed 18 of the drones and the missile": a weapon launched once and
  // told as downed with no figure of its own was downed once (a line launched more than once keeps no figure from an
  // uncounted downing: "the Kh-101s were shot down" may be a part of them).
  // (A zero told of it or of its class, "it did not report the missile intercepted", outweighs the uncounted downing.)
  for (const line of merged.values()) {
    if (line.launched !== 1 || line.intercepted !== null) continue;
    const head = input.classHead(line.weapon);
    const downed = (s: Statement): boolean => s.relation.predicate === 'intercepted' && !s.alternative;
    if (group.statements.some((s) => downed(s) && s.count === 0 && (s.relation.object === line.weapon || input.classHead(s.relation.object) === head))) continue;
    if (group.statements.some((s) => downed(s) && s.relation.object === line.weapon && s.count === null)) line.intercepted = 1;
  }
  // "Russia sent 40 Shahed drones ... Air defence also shot down a Kh-59 guided missile": a weapon told only as one
  // downed, with no figure of its own, in an attack whose side's launches are told, was launched once and downed once.
  if (group.statements.some((s) => s.relation.predicate === 'launched' && !s.inReport)) {
    for (const line of merged.values()) {
      // (A named weapon only: "a drone was shot down over the district" is often where debris fell, a part of a count.)
      if (line.launched !== null || line.intercepted !== null || input.isGeneric(line.weapon)) continue;
      const own = group.statements.filter((s) => s.relation.object === line.weapon && s.relation.predicate === 'intercepted');
      if (!own.some((s) => s.singleDown === true) || own.some((s) => s.count !== null || s.alternative)) continue;
      line.launched = 1;
      line.intercepted = 1;
    }
  }
  // "Air Command West shot down 23 drones over the Khmelnytskyi and Rivne regions": an interception told only of the
  // places it happened over is a regional part when another line of its head has a figure told of the whole.
  for (const line of merged.values()) {
    if (line.localDown !== true || line.intercepted === null) continue;
    const head = input.classHead(line.weapon);
    const part = line.intercepted;
    if ([...merged.values()].some((o) => o !== line && o.intercepted !== null && o.localDown !== true && input.classHead(o.weapon) === head && o.intercepted > part)) line.intercepted = null;
  }
  // "Russia sent 36 Shahed drones ... and destroyed 30 of them ... the governor said four drones had been shot down
  // over his region": a bare class's interception told only of a place in the forms of `localPartOf` is a local part
  // when a named weapon of its head has a larger figure told of the whole (the bare class is then a line only if the
  // article gives it another figure).
  for (const line of merged.values()) {
    if (line.localPart !== true || line.intercepted === null || !input.isBareClass(line.weapon)) continue;
    const head = input.classHead(line.weapon);
    const part = line.intercepted;
    // (Two named weapons of its head, or another bare line of it, leave it apart: the part may be of either.)
    const kin = [...merged.values()].filter((o) => o !== line && input.classHead(o.weapon) === head);
    const named = kin[0];
    if (kin.length !== 1 || !named || input.isGeneric(named.weapon)) continue;
    if (named.intercepted !== null && named.localDown !== true && named.localPart !== true && named.intercepted > part) line.intercepted = null;
  }
  // "The missiles were not intercepted": a bare class not downed stands for the lines of its class that have no
  // interception figure of their own.
  for (const s of group.statements) {
    if (s.relation.rule !== NOT_DOWNED_RULE || !input.isBareClass(s.relation.object)) continue;
    const head = input.classHead(s.relation.object);
    // (A named air-defence system with a launch count was fired at the ground as a missile: "six S-300 missiles".)
    const firedAsMissile = (l: Line): boolean => head === 'missile' && input.classHead(l.weapon) === 'system' && !input.isGeneric(l.weapon) && l.launched !== null;
    const kin = [...merged.values()].filter((l) => l.weapon !== s.relation.object && (input.classHead(l.weapon) === head || firedAsMissile(l)));
    const bare = merged.get(s.relation.object);
    if (!kin.length || (bare && bare.launched !== null)) continue;
    for (const l of kin) l.intercepted ??= 0;
    merged.delete(s.relation.object);
  }
  const lines = foldFamilies(input, [...merged.values()]);
  wholeQuantified(input, group.statements, lines);
  spreadAllOverBreakdown(input, group.statements, lines);
  spreadAllDowned(input, lines);
  const tidy = tidyLines(input, lines);
  const weapons = tidy.map((l) => ({ weapon: l.weapon, launched: l.launched, intercepted: l.intercepted }));
  const lineSentence = new Map(tidy.map((l) => [l.weapon, Math.min(...l.sentences)]));
  // Targets, without the places that only locate another target. A whole country named as attacked in a sentence
  // that tells no weapon and no time of its own ("a response to Ukrainian attacks on Russian refineries", "Russia must
  // be held to account for them") says nothing of this event when nothing else in it is an attack: no launch stated for
  // itself and no other target (the other side's shoot-downs over its regions stay an interception).
  // ("Air defences destroyed 20 drones that Ukraine launched against the country": a state named as aimed at in the
  // sentence that tells the downing of the weapons is the defender's territory, which tells no strike either.)
  const downings = new Set(group.statements.filter((s) => s.relation.predicate === 'intercepted').map((s) => s.relation.sentence));
  const vague = (s: Statement): boolean =>
    s.relation.predicate === 'targeted' &&
    input.typeOf(s.relation.object) === 'Country' &&
    (((s.anchor.kind === 'none' || s.anchor.kind === 'report') && !group.statements.some((o) => o.relation.sentence === s.relation.sentence && o.relation.predicate !== 'targeted')) ||
      downings.has(s.relation.sentence));
  const launchedItself = group.statements.some((s) => s.relation.predicate === 'launched' && !NOT_ATTACK_RULES.has(s.relation.rule) && s.inReport !== true);
  const allStrikes = group.statements.filter((s) => s.relation.predicate === 'targeted');
  const strikes = launchedItself || allStrikes.some((s) => !vague(s)) ? allStrikes : [];
  const targets: string[] = [];
  for (const s of strikes) {
    // A place only debris hit is no target (GUIDELINES.md); its statement still tells of the attack.
    if (s.relation.eventOnly || targets.includes(s.relation.object)) continue;
    if (strikes.some((o) => o.relation.object === s.relation.object && !isLocator(input, o, strikes))) targets.push(s.relation.object);
  }
  // Kind: a launch stated for itself, or a strike in a sentence that reports no interception of this event.
  const intercepting = new Set(group.statements.filter((s) => s.relation.predicate === 'intercepted').map((s) => s.relation.sentence));
  const attack = group.statements.some((s) =>
    s.relation.predicate === 'launched' ? !NOT_ATTACK_RULES.has(s.relation.rule) && s.inReport !== true : strikes.includes(s) && !intercepting.has(s.relation.sentence),
  );
  return {
    kind: attack ? 'attack' : 'interception',
    date: group.date,
    attacker: group.attacker,
    claimedBy: claimLines.flatMap((c) => (c.claimedBy !== null ? [c.claimedBy] : [])),
    weapons,
    targets,
    evidence: sentenceSpans(input, group.statements),
    claims: claimLines.map((c) => ({
      claimedBy: c.claimedBy,
      weapons: tidyLines(input, c.lines).map((l) => ({ weapon: l.weapon, launched: l.launched, intercepted: l.intercepted })),
      evidence: sentenceSpans(input, c.statements),
    })) satisfies ClaimRecord[],
    lineSentence,
    talliedDowns: new Set(group.statements.filter((s) => s.relation.rule === TALLY_DOWNED_RULE && (s.count ?? 0) > 0).map((s) => s.relation.object)),
    waveLines: new Set(group.statements.filter((s) => s.wave === true).map((s) => s.relation.object)),
  };
}
