/**
 * Session 27 (branch targeted27): a weapon as the doer of a strike when the text names it only by a count or by "it",
 * two classes of the targeted misses of the read sets (issue 10).
 *
 * 1. A count that takes up the weapons named before as the subject of a verb of forceful motion ("one of them
 *    rammed into a depot in X", "another ploughed into a shed", "two of the six crashed into ..."): the collision rule
 *    read the first mention to the left as the subject and found none (or "them", no weapon), so the place was lost.
 *    The class: a number, count pronoun or ordinal (lexicon numberWords, countPronouns, ordinalSubjects), with "of
 *    them/these/those" or "of the N" after it, heading a clause after weapons were named (`countedWeaponSubject`).
 *    Read sets: cs43 (a count before "tore into"), cs41 (before "flew into", a verb outside the class), cs37 (before
 *    "came down on", already found); the weak verbs ("tore into") asked for a weapon subject the same way.
 * 2. "It" after a sentence (or a clause before ", and") that a weapon or a count of weapons opens ("Just one evaded
 *    the gunners. It hit ...", "A cruise missile evaded the gunners, and it wrecked ..."): the coreference step (05) gave it the
 *    nearest actor, often the air force that reported the downings, so the strike went to the defender (cs40, cs12:
 *    a false "Ukraine targeted" and a missed "Russia targeted" each). It now takes the weapon, as the subject of a verb
 *    of attack or collision only ("it was not intercepted" keeps its reading).
 * The collision class also grows from WordNet by "dive" (drop steeply), "nosedive" and "swoop" (move down on as if
 * in an attack). Rules: `targeted:verb` (unchanged id). Every sentence is written for these tests; negative rows hold
 * debris, a downing place, a denial, a plan, a speaking defender, the other side's territory and a non-weapon subject.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const targets = (text: string): string[] => relationsFound(text, ['targeted'], 'classes27').map((r) => r.split(' ').slice(1, 3).join(' '));

const LEAD = 'Russia launched 24 Shahed drones at Ukraine overnight, the air force said.';

describe('a count that takes up the weapons named before is the subject of a verb of motion', () => {
  const cases: [string, string, string[]][] = [
    ['one of them rammed into', `${LEAD} One of them rammed into a garage in Poltava.`, ['russia poltava', 'russia ukraine']],
    ['another ploughed into', `${LEAD} Another ploughed into a grain shed in Lubny.`, ['russia lubny', 'russia ukraine']],
    ['two of the six crashed into', `${LEAD} Six reached the Poltava region. Two of the six crashed into a school in Myrhorod.`, ['russia myrhorod', 'russia ukraine']],
    ['after a clause, one of them tore into', `${LEAD} None was downed near the border, and one of them tore into a bakery on the edge of Sumy.`, ['russia sumy', 'russia ukraine']],
    ['one of them smashed into', `${LEAD} One of them smashed into a car park in Vinnytsia.`, ['russia ukraine', 'russia vinnytsia']],
    // negatives: debris, a downing place, a denial, a plan, a non-weapon subject, no weapon before the count
    ['debris of one of them', `${LEAD} Debris from one of them crashed into a shed in Lubny.`, ['russia ukraine']],
    ['downed over', `${LEAD} One of them was shot down over Lubny and crashed into a field.`, ['russia ukraine']],
    ['denial', `${LEAD} Officials denied that one of them crashed into a school in Lubny.`, ['russia ukraine']],
    ['plan', `${LEAD} One of them was meant to crash into a depot in Lubny, officials said, but it was jammed.`, ['russia ukraine']],
    ['no weapon before the count', 'Two lorries collided on the motorway. One of them crashed into a petrol station in Lubny.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('verbs of a steep drop belong to the collision class', () => {
  const cases: [string, string, string[]][] = [
    ['dived into', `${LEAD} A drone dived into a dormitory in Uman.`, ['russia ukraine', 'russia uman']],
    ['nosedived into', `${LEAD} A drone nosedived into a garage in Lubny.`, ['russia lubny', 'russia ukraine']],
    ['swooped down on', `${LEAD} A drone swooped down on a depot in Kremenchuk.`, ['russia kremenchuk', 'russia ukraine']],
    // negatives: a price, a bird, debris
    ['a price dived', `${LEAD} Grain prices dived in Odesa on Monday.`, ['russia ukraine']],
    ['debris dived', `${LEAD} Debris of a downed drone dived into a pond in Lubny.`, ['russia ukraine']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('"it" after a sentence or clause that a weapon opens is the weapon, not the defender named before', () => {
  const cases: [string, string, string[]][] = [
    ['a count opens the sentence before', `${LEAD} The air force said most were downed over the south. Just one evaded the gunners. It hit a grain silo in Izmail.`, ['russia izmail', 'russia ukraine']],
    ['a weapon opens the clause before ", and"', `${LEAD} A cruise missile evaded the gunners, and it wrecked a bakery in Bucha.`, ['russia bucha', 'russia ukraine']],
    ['a weapon opens the sentence before', `${LEAD} A ballistic missile went unanswered. It slammed into a bank in Kremenchuk.`, ['russia kremenchuk', 'russia ukraine']],
    // negatives: the defender that speaks or downs, a defender that strikes the other side's territory, a state opener
    ['it said', `${LEAD} A drone hit Lviv. It said two more drones struck Lutsk.`, ['russia lutsk', 'russia lviv', 'russia ukraine']],
    ['the other side strikes', "Ukraine's air force shot down 20 drones. It also struck a Russian airfield in Kursk.", ['ukraine kursk']],
    ['a state opens the sentence before', 'Russia fired drones at Ukraine overnight. It also struck a depot in Lviv.', ['russia lviv', 'russia ukraine']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});
