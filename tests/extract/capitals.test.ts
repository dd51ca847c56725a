/**
 * Capitals as governments or as places, read from the syntactic layer (src/extract/capitals.ts via step 02):
 * subjects of decisions, possessors of policy nouns, conjuncts of states, nouns of diplomacy before a preposition
 * vs prepositions of place, attack objects, passives of harm, datelines and "the city of".
 * Strelsau is the capital of Ruritania, Szohod of Borduria, Zenda a city that is no capital (mini gazetteer).
 */
import { describe as group, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

/** The reading of the first mention of `name` in `text`: 'state', 'place' or 'none'. */
function readingOf(text: string, name: string): 'state' | 'place' | 'none' {
  const found = mentionsOf(text).find((m) => m.startsWith(`${name}|`));
  if (!found) return 'none';
  return found.includes('|capital|Country|') ? 'state' : found.includes('|City|') ? 'place' : 'none';
}

group('capitals read as their state', () => {
  const cases: Array<[string, string, string]> = [
    ['subject of a diplomatic verb', 'Strelsau summoned the Bordurian envoy on Friday.', 'Strelsau'],
    ['subject of a denial in a headline', 'Reports Of Jets Downing Balloons Spread, Strelsau Denies', 'Strelsau'],
    ['coordinated subjects', 'Strelsau and Szohod agreed to reopen the crossing.', 'Szohod'],
    ['possessive of a policy noun', "Szohod's position on the talks has hardened.", 'Szohod'],
    ['possessive of a decision', "Strelsau's decision to expel the attache surprised many.", 'Strelsau'],
    ['a protest from', 'The incident drew an angry protest from Strelsau.', 'Strelsau'],
    ['relations between', 'Relations between Strelsau and Szohod have cooled.', 'Strelsau'],
    ['tensions with', 'Tensions with Szohod rose after the incident.', 'Szohod'],
    ['a message to', 'The vote sends a firm message to Szohod.', 'Szohod'],
    ['according to', 'According to Strelsau, the balloon came from the north.', 'Strelsau'],
    ['a parenthetical speech tag', 'Szohod, he added, was waging a hidden war.', 'Szohod'],
    ['adjective and infinitive after a copula', 'Observers say Szohod is unlikely to change course.', 'Szohod'],
    ['passive of a non-harm verb', 'Strelsau is expected to announce new air defences.', 'Strelsau'],
    ['agent of a passive', 'The plan was welcomed by Strelsau and Szohod.', 'Strelsau'],
    ['object of a pressure verb', 'The allies keep pressing Szohod for answers.', 'Szohod'],
    ['hyphen compound of backing', 'Szohod-backed militias shelled the border post.', 'Szohod'],
    ['state noun after it', 'The Szohod regime denied any role.', 'Szohod'],
    ['pressure on, after the verb', 'Pressure grew on Strelsau after the strike.', 'Strelsau'],
    ['weapons for it', 'The allies pledged more air defence systems for Strelsau.', 'Strelsau'],
    ['weapons from it', 'Ruritania hopes for more Patriot batteries from Szohod.', 'Szohod'],
    ['coordinated subjects with a floating quantifier', 'Strelsau and Szohod both called the raid an outrage.', 'Szohod'],
    ['allies in a capital', "Ruritania's allies in Szohod have promised more systems.", 'Szohod'],
    ['the label of a quotation', 'Szohod: "an act of barbarism that must not go unanswered."', 'Szohod'],
  ];
  it.each(cases)('%s: %s', (_name, text, name) => {
    expect(readingOf(text, name)).toBe('state');
  });
});

group('capitals read as the place', () => {
  const cases: Array<[string, string, string]> = [
    ['preposition of place', 'Balloons drifted over Strelsau overnight.', 'Strelsau'],
    ['place preposition beats a diplomacy noun', 'The Bordurian embassy in Strelsau was evacuated.', 'Strelsau'],
    ['talks held somewhere', 'Talks in Szohod ended without a deal.', 'Szohod'],
    ['people in a capital who are no allies', 'Residents in Szohod queued for water.', 'Szohod'],
    ['a label without a quotation', 'Szohod: power cut for six hours.', 'Szohod'],
    ['object of an attack verb', 'Borduria struck Strelsau with cruise missiles.', 'Strelsau'],
    ['object of a shaking verb', 'Explosions rocked Strelsau early on Tuesday.', 'Strelsau'],
    ['object of a battering verb', 'Bordurian drones battered Szohod through the night.', 'Szohod'],
    ['object of a pummelling verb in a headline', 'Rockets pummel Strelsau on New Year morning', 'Strelsau'],
    ['passive of harm', 'Strelsau was hit by a wave of drones.', 'Strelsau'],
    ['coordinated with a city', 'Strelsau and Zenda were hit overnight.', 'Strelsau'],
    ['the city of', 'Sirens sounded in the city of Strelsau.', 'Strelsau'],
    ['dateline', 'STRELSAU, June 3 - Borduria fired missiles.', 'STRELSAU'],
    ['possessive of a place noun', "Strelsau's left bank lost power.", 'Strelsau'],
    ['possessive before a name', "Szohod's Vnukar airport suspended flights.", 'Szohod'],
    ['residents of', 'Residents of Strelsau spent the night in shelters.', 'Strelsau'],
    ['motion toward', 'Drones heading for Szohod were downed.', 'Szohod'],
    ['object of a motion verb', 'The convoy approached Szohod from the south.', 'Szohod'],
    ['subject of an experience verb', 'Strelsau woke to loud explosions.', 'Strelsau'],
    ['attack noun before it', 'The attack on Strelsau lasted six hours.', 'Strelsau'],
    ['copula with a place noun', 'Strelsau was the main target of the attack.', 'Strelsau'],
    ['weapons fired from it', 'Missiles fired from Szohod fell short.', 'Szohod'],
    ['complement of a copula after a target noun', 'The main target of the attack was Strelsau.', 'Strelsau'],
  ];
  it.each(cases)('%s: %s', (_name, text, name) => {
    expect(readingOf(text, name)).toBe('place');
  });
});
