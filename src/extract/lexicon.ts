/**
 * Closed word lists the extraction rules consult: titles, speech verbs, organisation and place head words,
 * calendar words and other capitalised words that are never names. Lists of words, not of entities:
 * entities live in the gazetteer (ontology/gazetteer).
 */

/** Builds a lower-case set. */
function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));
}

/**
 * Words that are (or end) a job title and so cue a person name right after them:
 * "Mayor Vitali Klitschko", "Defence Minister X", "spokeswoman X", "Gen. X".
 */
export const TITLE_WORDS = set(`
  president vice-president prime minister ministers mayor governor spokesman spokeswoman spokesperson chancellor
  secretary-general secretary general commander commander-in-chief chief head director director-general
  adviser advisor envoy ambassador deputy gen gen. general col col. colonel lt lt. lieutenant major-general
  mr mr. mrs mrs. ms ms. dr dr. sir king queen pope premier senator congressman congresswoman representative
  lawmaker chairman chairwoman chair speaker commissioner officer official analyst correspondent reporter
  editor journalist photographer admiral marshal sergeant captain pm fm ombudsman prosecutor judge leader
`);

/** Title words that may also start a name-like run but are never part of the name itself. */
export const HONORIFICS = set('mr mr. mrs mrs. ms ms. dr dr. gen gen. sir col col. lt lt.');

/** Verbs that introduce reported speech; "X said", "said X". */
export const SPEECH_VERBS = set(`
  said says say told tells wrote writes added adds stressed stresses noted notes warned warns claimed claims
  announced announces insisted insists explained explains confirmed confirms reported reports urged urges
  asked asks called calls declared declares vowed vows complained complains promised promises denied denies
  condemned condemns denounced denounces thanked thanks tweeted posted argued argues replied replies
  acknowledged admitted believes believed suggested suggests pointed criticised criticized shrugged apologised
  welcomed welcomes described describes dismissed dismisses dispatched met meets
`);

/** Head words that make a capitalised run an organisation: "... Ministry", "... Council", "... Forces". */
export const ORG_HEADS = set(`
  ministry council agency service services forces force administration command committee directorate office
  fleet army navy corps brigade regiment battalion division guard department commission parliament party
  university polytechnic institute academy bank union organisation organization alliance court assembly
  group images press news media network television radio tv times post telegraph herald journal foundation
  company corporation industries airlines authority authorities bureau cabinet government headquarters
  inspectorate staff centre center tribunal fund programme program
`);

/** Head words that make a run a region when they follow a name: "Kharkiv region", "Solomianskyi district". */
export const REGION_WORDS = set('region regions oblast oblasts district districts county province provinces raion krai republic');

/** Head words of named areas that are part of the name: "Shevchenko Park", "Crimean Peninsula". */
export const AREA_HEADS = set('park peninsula sea bay gulf island islands river lake mountains valley strait reservoir spit forest');

/** Head words of named things that are not entities of the six types: streets, buildings, events, treaties. */
export const NON_ENTITY_HEADS = set(`
  street avenue boulevard square embankment bridge cathedral church monastery station hotel palace airport port
  plant factory market mall stadium hospital school museum theatre theater convention treaty war day summit
  initiative forum festival prize award act law accord agreement operation channel programme address deal
  tower building block house conference
`);

/** Prepositions after which an unknown capitalised name is a place: "in X", "over X", "near X". */
export const PLACE_PREPOSITIONS = set('in over near outside into across around toward towards');

/** Nouns that introduce a settlement name: "the city of X", "villages of X and Y". */
export const SETTLEMENT_NOUNS = set('city town village villages towns cities settlement settlements port');

/** Capitalised words that never start or form a name on their own. */
export const NEVER_NAMES = set(`
  the a an this that these those it its he she his her we our they their i you your my there here
  in on at of for from by with to and or but as if when while after before since until during about
  according also however meanwhile although though because so yet not no all some many most more both
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
  today yesterday tomorrow tonight morning evening night overnight
  photo source details quote background read related updated published advertisement tags subscribe
  breaking live video watch share print comments editing reporting writing
  north south east west northern southern eastern western central
  god christmas easter
`);

/** Words for which a following possessive or verb makes a capital stand for the place, not the state. */
export const PLACE_NOUNS = set(`
  centre center district districts outskirts suburbs suburb streets street residents mayor metro region
  oblast airport skyline sky skies city downtown neighbourhood neighborhood buildings hospitals
`);

/** Verbs of attack: a capital that they take as object is the place attacked ("targeting Kyiv"). */
export const ATTACK_VERBS = set(`
  strike strikes struck striking hit hits hitting attack attacks attacked attacking target targets targeted
  targeting shell shells shelled shelling bomb bombs bombed bombing pound pounded pounding raid raided
  reach reached reaching bombard bombarded
`);

/** Number words, for counts written out ("six Kinzhal", "Forty-three of them"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['a dozen', 12], ['dozen', 12], ['both', 2], ['single', 1],
]);
