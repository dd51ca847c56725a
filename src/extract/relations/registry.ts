/**
 * The relation rules by predicate: for each predicate of the domain, the lexicon lists that trigger it and the ids
 * of the rules that emit its candidates. The table `satisfies` a record over every `Predicate`, so a predicate added
 * to the domain does not compile until it has an entry here with at least one lexicon list (which must exist in
 * `LEXICON_TABLE`) and one rule id; a rule that emits an id declared nowhere does not compile (`RuleId`); and
 * tests/extract/rules.test.ts holds a `Record<RuleId, ...>` of rows, so no rule id compiles without its test.
 *
 * Rule ids are `<predicate>:<frame>`: the predicate of the candidate the rule emits and the frame that found it
 * ("launched:passive" is a launch found in a passive clause). A step may emit several ids (see the step list in
 * ../steps/index.ts); `--explain` prints the id behind every relation.
 */
import type { Predicate } from '../../domain/index.ts';
import type { LexiconList } from '../lexicon.ts';

/** What extraction needs for one predicate. */
interface PredicateRules<P extends Predicate> {
  /** Lexicon lists whose words trigger the predicate (at least one). */
  readonly lexicon: readonly [LexiconList, ...LexiconList[]];
  /** Ids of the rules that emit candidates of the predicate, `<predicate>:<frame>` (at least one). */
  readonly rules: readonly [`${P}:${string}`, ...`${P}:${string}`[]];
}

/** The rules of every predicate (see the file banner). */
export const RELATION_RULES = {
  launched: {
    lexicon: ['launch', 'observe', 'penetrate', 'tallyNouns', 'launchConstructions', 'delivery', 'performVerbs', 'componentCues', 'platformClasses', 'defenceClasses', 'compositionCues', 'compositionSubjects', 'restatementPronouns', 'figureVerbs', 'timeSubjects', 'timeSubjectVerbs', 'hostileDirections', 'countVerbs', 'periodNouns', 'aimedLaunchNouns'],
    rules: [
      'launched:active', 'launched:passive', 'launched:passive-gapped', 'launched:relative', 'launched:relative-including',
      'launched:use-of', 'launched:bullet-list', 'launched:owner', 'launched:including', 'launched:owner-of-intercepted',
      'launched:whole-of-partitive', 'launched:hit-by', 'launched:weapon-hit', 'launched:attack-with', 'launched:attack-of',
      'launched:compound', 'launched:event-line', 'launched:composition', 'launched:tally', 'launched:not-intercepted', 'launched:observed',
      'launched:of-intercepted', 'launched:got-through', 'launched:restated', 'launched:put-at', 'launched:identified-as', 'launched:apposition-count', 'launched:counted-subject',
      'launched:apposed-members',
    ],
  },
  intercepted: {
    lexicon: ['intercept', 'interceptNoun', 'weaponStop', 'skyRemovalPhrases', 'attempt', 'raisingVerbs', 'gerundClaimVerbs'],
    rules: ['intercepted:active', 'intercepted:passive', 'intercepted:nominal', 'intercepted:all-downed', 'intercepted:tally', 'intercepted:counted-as', 'intercepted:counted-noun', 'intercepted:counted-downings', 'intercepted:event-line'],
  },
  targeted: {
    lexicon: ['attackVerb', 'collision', 'collisionPrepositions', 'approach', 'destination', 'goalPrepositions', 'originPrepositions', 'compassHeadings', 'subjectLocatives', 'locativeLeads', 'sufferVerbs', 'underVerbs', 'underNouns', 'outageNouns', 'utilityNouns', 'shakeVerbs', 'attackConstructions', 'attackNoun', 'weakAttackVerbs', 'targetPrepositions', 'damageVerbs', 'damageNouns', 'casualtyVerbs', 'casualtyNouns', 'damageClass', 'collapseVerbs', 'directHitNouns', 'targetNouns', 'landingVerbs', 'landingPhrases', 'landingPrepositions', 'landmarkHeads', 'impactVerbs', 'focusVerbs', 'placeOfficials', 'debrisNouns', 'debrisParts', 'proxyNouns', 'ordinalSubjects', 'travelVerbs', 'lossVerbs', 'structureParts', 'frontedDamage'],
    rules: [
      'targeted:launched-at', 'targeted:verb', 'targeted:passive', 'targeted:noun', 'targeted:fronted-place', 'targeted:where-clause', 'targeted:casualties',
      'targeted:reported-in', 'targeted:hardest-hit', 'targeted:focus', 'targeted:official-place', 'targeted:labelled-line',
      'targeted:weapons-at', 'targeted:damage', 'targeted:after-impact', 'targeted:target-of', 'targeted:under-attack',
    ],
  },
  requested: {
    lexicon: ['request', 'statementNouns', 'needVerbs', 'needQuantifiers', 'needPronouns', 'requestStop', 'helpTerms', 'rankSuperlatives', 'ratingCopulas', 'abilityModals', 'ammunitionClasses', 'deliveryNouns', 'proxyNouns', 'imperativeAsks', 'recipientPronouns', 'dativeVerbs', 'listNouns', 'listCompounds', 'listHeads', 'handOverVerbs', 'listPlacingVerbs', 'firstPersonWords', 'anaphoricDeterminers', 'indirectQuestions', 'componentNouns', 'utterVerbs', 'awaitVerbs', 'arrivalVerbs', 'promiseVerbs', 'renewVerbs', 'allyNouns', 'insertedAdverbs', 'kindNouns', 'namingParticiples', 'decisionVerbs', 'askWithholders'],
    rules: ['requested:verb', 'requested:need-more', 'requested:best-help', 'requested:list-item', 'requested:undelivered', 'requested:wish-list', 'requested:naming', 'requested:decision'],
  },
  condemned: {
    lexicon: ['condemn', 'condemnNoun', 'evaluativeCall', 'evaluativeTerms', 'notCondemnation', 'expressVerbs', 'labelledStateNouns', 'proxyNouns', 'viewpointNouns', 'verdictNouns', 'utterVerbs', 'echoVerbs', 'colonLeads'],
    rules: ['condemned:verb', 'condemned:evaluative', 'condemned:copula', 'condemned:judgement', 'condemned:noun'],
  },
} as const satisfies { readonly [P in Predicate]: PredicateRules<P> };

/** The id of a relation rule (`launched:passive`, ...), as declared in `RELATION_RULES`. */
export type RuleId = (typeof RELATION_RULES)[Predicate]['rules'][number];

/** Every rule id, by predicate in table order. */
export const RULE_IDS: readonly RuleId[] = Object.values(RELATION_RULES).flatMap((entry) => entry.rules);

/** Casualty reports ("In X, ten people died"); the close-sides step keeps them only when the document reports an attack. */
export const CASUALTY_RULE = 'targeted:casualties' satisfies RuleId;

/** Damage reports ("damage in the X and Y regions"); like casualty reports, kept only when the document reports an attack. */
export const DAMAGE_RULE = 'targeted:damage' satisfies RuleId;

/** Rules that find a weapon class without a launch verb: their bare classes give way to a more specific class. */
/**
 * Rules that read a launch off a launch verb with the weapon as its object or subject ("released a wave of cruise
 * missiles", "ballistic missiles were fired", "attacked with cruise missiles"): the statement of the launch itself, as
 * against a hit, a use or an owner ("cruise missiles struck a plant", "Russian use of drones").
 */
export const LAUNCH_VERB_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['launched:active', 'launched:passive', 'launched:passive-gapped', 'launched:relative', 'launched:attack-with']);
export const WEAK_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['launched:owner', 'launched:weapon-hit', 'launched:compound', 'launched:owner-of-intercepted']);
