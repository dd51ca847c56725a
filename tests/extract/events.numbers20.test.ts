/**
 * Session 20: event numbers read on check sets 23 and 24 (first read this session), as classes: a figure put on a
 * night ("put it at 62 drones", "put the number of drones at about 30"); a weapon inverted after a verb of coming ("On
 * top of the missiles came 164 drones"); a speaker's aside between a downing and its subject or its gapped list ("Five
 * of them, he said, had been intercepted", "..., the air force said, as were one of the three Kinzhals"); "neither was
 * intercepted" after a semicolon and "could not intercept the missiles"; an anaphor of the class after a kind named as
 * its part ("138 drones, most of them Shaheds ... 104 of the drones"); a downing in the sentence of a launch told by
 * another side's drones earlier; a class downed in the launch's own sentence; a period in an aside about a person;
 * rough totals ("some four hundred drones", "more than a dozen missiles") beside exact figures; a range that names no
 * kind ("long-range weapons") is no line of its own; "a Kh-31P missile" in an attack told with its weapons is one; an
 * owner's adjective before a hyphened modifier ("74 Ukrainian fixed-wing drones" downed) counts no launch; an
 * interception has no targets.
 * Sentences written for these tests; each class with a negative row.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { relationsFound } from './helpers.ts';

/** The weapon lines of each event, as "weapon launched/intercepted" (sorted), events in document order. */
function lines(text: string): string[][] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument({ ...doc, published: '2025-06-10' }).events.map((e) => e.weapons.map((w) => `${w.weapon} ${w.launched ?? '-'}/${w.intercepted ?? '-'}`).sort());
}

/** Each event as "kind date attacker". */
function events(text: string): string[] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument({ ...doc, published: '2025-06-10' }).events.map((e) => `${e.kind} ${e.date ?? '-'} ${e.attacker}`);
}

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'events20');

describe('a figure put on the night', () => {
  const cases: [string, string, string[][]][] = [
    ['"put it at" counts the weapons after "at"', 'Russia struck Mykolaiv overnight. The air force put it at 45 Shahed drones.', [['shahed-136 45/-']]],
    ['"put the number of X at N" counts X', 'Drones were aimed at Izmail overnight. The governor put the number of drones at about 25.', [['drone 25/-']]],
    // (The class keeps the figure beside a kind named without one, as the gold files have it.)
    ['a class put at a number keeps it beside the kind', 'Russia fired Iskander-K missiles at Dnipro overnight. The governor put the number of missiles at four.', [['iskander-k -/-', 'missile 4/-']]],
    // negative: a figure of weapons downed is no launch count
    ['"the number of drones shot down at N" is no launch', 'Russia sent 50 drones against Sumy overnight. The governor put the number of drones shot down at 31.', [['drone 50/31']]],
    // negative: a number that counts something else after "at"
    ['"at N sites" is no count of the weapon', 'Drones were aimed at Izmail overnight. The governor put the number of drones at 12 sites.', [['drone -/-']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('weapons inverted after a verb of coming', () => {
  const cases: [string, string, string[][]][] = [
    ['"On top of the missiles came N drones" launches them', 'Russia fired ten Kh-101 missiles at Lviv overnight. On top of the missiles came 90 attack drones. Of the drones, 70 were downed.', [['attack-drone 90/70', 'kh-101 10/-']]],
    ['"Then came N drones"', 'Russia fired ten Kh-101 missiles at Lviv overnight. Then came 30 Shahed drones.', [['kh-101 10/-', 'shahed-136 30/-']]],
    // negative: the subject before the verb, and a count of time
    ['"The drones came 40 minutes later" counts no drones', 'Russia fired ten Kh-101 missiles at Lviv overnight. The drones came 40 minutes later.', [['kh-101 10/-']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe("a speaker's aside inside a downing", () => {
  const cases: [string, string, string[][]][] = [
    ['between the partitive subject and its verb', 'Russia attacked Poltava overnight with eight missiles. Six of them, the governor said, had been shot down.', [['missile 8/6']]],
    ['before a gapped list of parts', 'Russia fired ten Kh-101 missiles, four Kalibr missiles and two Kinzhal missiles at Kyiv overnight. Nine of the ten Kh-101s were destroyed, the air force said, as were three of the four Kalibrs and one of the two Kinzhals.', [['kalibr 4/3', 'kh-101 10/9', 'kinzhal 2/1']]],
    // negative: an aside that is no speaker's leaves the subject out of reach
    ['an aside without a verb of saying', 'Russia attacked Poltava overnight with eight missiles. Six of them, by all accounts, had been shot down.', [['missile 8/-']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('none downed', () => {
  const cases: [string, string, string[][]][] = [
    ['"; neither was intercepted" takes up the clause before it', 'Russia sent 60 drones at Kharkiv overnight. It also fired two Iskander-M missiles at Kharkiv Oblast; neither was intercepted.', [['drone 60/-', 'iskander-m 2/0']]],
    ['"could not intercept the X" downs none of X', 'Russia fired three Iskander-M missiles at Sumy overnight. Air defence could not intercept the Iskander-M missiles, the air force said.', [['iskander-m 3/0']]],
    // negatives: a positive clause after the semicolon, and "any" asked of a habit in the present
    ['"; 30 drones were shot down" downs no missile', 'Russia fired two Iskander-M missiles and 40 drones at Sumy overnight; 30 drones were shot down.', [['drone 40/30', 'iskander-m 2/-']]],
    ['"; neither hit" is no downing', 'Russia fired two Iskander-M missiles at Sumy overnight; neither hit its target.', [['iskander-m 2/-']]],
    // negative: only the last weapon phrase before the semicolon is taken up
    ['"; not one of them" after a list takes up its last phrase only', 'Russia fired 40 missiles at Kyiv overnight. Among the missiles were five Kinzhals; not one of them was stopped.', [['kinzhal 5/0', 'missile 40/-']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('the class after a kind named as its part', () => {
  const cases: [string, string, string[][]][] = [
    ['"N drones, most of them Shaheds ... M of the drones"', 'Russia launched 120 attack drones, most of them Shaheds, at Ukraine overnight. Air defence brought down 95 of the drones.', [['attack-drone 120/95', 'shahed-136 -/-']]],
    ['", mostly Shaheds"', 'Russia launched 120 attack drones, mostly Shaheds, at Ukraine overnight. Air defence brought down 95 of the drones.', [['attack-drone 120/95', 'shahed-136 -/-']]],
    // negative: a kind counted on its own is the anaphor's
    ['a counted kind of its own sentence is the antecedent', 'Russia launched 120 Shahed drones at Ukraine overnight. Air defence brought down 95 of the drones.', [['shahed-136 120/95']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('a class downed in the sentence of its kind', () => {
  const cases: [string, string, string[][]][] = [
    ['"the launch of N Shaheds ... the destruction of M drones" is one line', 'Russia attacked Dnipro overnight. The launch of 50 Shahed drones was recorded, and the destruction of 41 drones was confirmed.', [['shahed-136 50/41']]],
    // negative: more drones downed than the kind launched leaves the class apart
    ['a class downed beyond the kind stays apart', 'Russia attacked Dnipro overnight. The launch of 50 Shahed drones was recorded, and the destruction of 61 drones was confirmed.', [['drone -/61', 'shahed-136 50/-']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('a downing in the sentence of a launch, after the other side\'s drones', () => {
  it('goes to the launcher of its own sentence', () => {
    const text =
      "Russia's defence ministry said its air defences had shot down 20 Ukrainian drones over Bryansk overnight.\n\nUkraine's air force said Russia had sent 90 drones over the country during the night, and that 70 were destroyed or jammed.";
    expect(lines(text)).toEqual([['drone -/20'], ['drone 90/70']]);
  });
  it('without a launch in the sentence, the first launcher stays', () => {
    const text = "Russia's defence ministry said its air defences had shot down 20 Ukrainian drones over Bryansk overnight. Later, 15 more drones were destroyed.";
    expect(events(text).length).toBe(1);
  });
});

describe('a period in an aside about a person', () => {
  const cases: [string, string, string[]][] = [
    ['dates nothing of the figure after it', 'Russia fired drones and missiles at Kryvyi Rih overnight. The governor, a former officer appointed to the post in 2023, put the number of missiles at five.', ['attack 2025-06-10 russia']],
    // negative: a period of the statement's own clause still makes it a period's figure
    ['a period of the clause itself stays', 'Russia fired drones and missiles at Kryvyi Rih overnight. In 2023, Russia fired 300 missiles at the city.', ['attack 2025-06-10 russia', 'attack - russia']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('a verb of observing names no attacker of the place', () => {
  it('"It also recorded two missiles aimed at X" is no attack by the observer', () => {
    expect(found('Russia sent 60 drones at Kharkiv overnight. The air force also recorded two Iskander-M missiles aimed at Kharkiv Oblast.', ['targeted'])).toEqual([
      'targeted russia kharkiv -',
      'targeted russia kharkiv-oblast -',
    ]);
  });
  it('a verb of aiming still names its subject as the attacker', () => {
    expect(found('Russia aimed two Iskander-M missiles at Kharkiv Oblast overnight.', ['targeted'])).toEqual(['targeted russia kharkiv-oblast -']);
  });
});

describe('rough totals and ranges beside exact lines', () => {
  const cases: [string, string, string[][]][] = [
    ['"some four hundred" gives way to the exact figure', 'Some four hundred drones hit Ukraine overnight. The air force later said Russia had launched 412 drones, of which 361 were downed.', [['drone 412/361']]],
    ['"more than a dozen missiles" is a bound beside one exact line', 'Russia fired more than a dozen missiles and 300 drones at Kyiv overnight. The air force counted 13 Kh-101 missiles.', [['drone 300/-', 'kh-101 13/-']]],
    // negative: a bound far from the exact line stays a line of its own
    ['"more than 40 missiles" beside 13 Kh-101s stays', 'Russia fired more than 40 missiles and 300 drones at Kyiv overnight. The air force counted 13 Kh-101 missiles.', [['drone 300/-', 'kh-101 13/-', 'missile 40/-']]],
    ['"long-range weapons" of a claimant beside named missiles is no line', 'Russia fired nine Kh-101 missiles at Kyiv overnight. The Russian defence ministry said it had struck military sites with long-range weapons.', [['kh-101 9/-']]],
    // negative: alone, the range class stays the event's only line
    ['"long-range weapons" alone stay a line', 'The Russian defence ministry said it had struck military sites in Kyiv with long-range weapons overnight.', [['long-range-missile -/-']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('single weapons, owners and interceptions', () => {
  const cases: [string, string, string[][]][] = [
    ['"attacked X with N drones and a Kh-31P missile" counts one missile', 'Overnight Russia attacked the port of Izmail with 20 Shahed drones and a Kh-31P missile.', [['kh-31 1/-', 'shahed-136 20/-']]],
    // negative: a weapon that only modifies another noun counts nothing
    ['"a Shahed drone attack" counts no drone', 'Overnight Russia attacked the port of Izmail with 20 drones, the second Shahed drone attack this week.', [['drone 20/-', 'shahed-136 -/-']]],
    ['"downed 74 Ukrainian fixed-wing drones" is no launch count', "Russia's defence ministry said its air defences had destroyed 74 Ukrainian fixed-wing drones over eight regions overnight.", [['drone -/74']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
  it('an interception names no targets', () => {
    const doc = ingestText("Overnight, the mayor of Moscow said 11 Ukrainian drones heading for the city had been shot down.", { id: 'case', format: 'txt', checkLanguage: false });
    const found = extractDocument({ ...doc, published: '2025-06-10' }).events.map((e) => `${e.kind} ${e.targets.join(',')}`);
    expect(found).toEqual(['interception ']);
  });
});
