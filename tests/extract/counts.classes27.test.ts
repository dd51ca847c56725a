/**
 * Session 27 (branch numbers27): the numbers of event lines where a named weapon and the class words of its sentence
 * tell one weapon (issue 9).
 *
 * 1. The kind an article gives a named weapon by the class noun right after its name ("three Kh-59 guided missiles",
 *    where the gazetteer files the Kh-59 as a cruise missile) is its kind in that article: "two of the guided
 *    missiles were downed" counts the Kh-59's line, not a line of its own. Names joined by a slash ("Kh-59/Kh-69") are
 *    one weapon and one line (not air-defence systems fired at the ground: "S-300/S-400 missiles" are two).
 * 2. A class line that only repeats the one named line of its class is that line: a bare class whose every figure is
 *    the named line's ("60 drones ... all were downed" beside "60 Shahed drones ... all 60 shot down"), a kind with only
 *    an interception figure beside the one named weapon of that kind ("the ballistic missile was not intercepted"
 *    beside the Iskander-M).
 * 3. The absolute phrase of none after a comma, with no verb of its own ("..., none of them intercepted"), says the
 *    weapon phrase right before it was downed 0 times, as "none of which was intercepted" does (also after a class
 *    noun and a launch participle in commas, and over a list of weapons).
 *
 * Every sentence is written for these tests; negative rows count people and homes, give another night's figure, ask a
 * question, tell a plan, give the war's running total, give the attacker's claim about the other side's drones, keep a
 * figure for the weapon phrase before the absolute phrase, and keep two air-defence systems apart.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

type Row = [name: string, text: string, expected: string[]];
const DAY = '2024-08-20';
const briefs = (text: string): string[] => eventsOf(text, DAY).map(eventBrief);

describe('the kind an article gives a named weapon counts its line', () => {
  const cases: Row[] = [
    [
      'part of the guided missiles downed',
      'Russia fired 45 Shahed drones and three Kh-59 guided missiles at the Odesa region overnight, the air force said. Air defence units downed 38 of the drones and two of the guided missiles.',
      ['attack 2024-08-20 russia: kh-59 3/2, shahed-136 45/38'],
    ],
    [
      'names joined by a slash, none of the guided missiles stopped',
      'Russia launched 40 Shahed drones and three Kh-59/Kh-69 guided missiles at Ukraine overnight, the air force said. It shot down 31 of the drones, but none of the guided missiles was intercepted.',
      ['attack 2024-08-20 russia: kh-59 3/0, shahed-136 40/31'],
    ],
    [
      'names joined by a slash, the kind counted in a later sentence',
      'The air force said Russia had sent 52 Shahed drones and two Kh-59/Kh-69 guided missiles overnight. Crews destroyed 47 of the drones and one of the guided missiles.',
      ['attack 2024-08-20 russia: kh-59 2/1, shahed-136 52/47'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('a class line that only repeats the named line of its class is that line', () => {
  const cases: Row[] = [
    [
      'a headline class whose figure is the named line\'s',
      'Russia sends 60 drones at Kyiv overnight, air force says all were downed\n\nRussia launched 60 Shahed drones at Ukraine overnight, and air defences shot down all 60, the air force said on Tuesday.',
      ['attack 2024-08-20 russia: shahed-136 60/60'],
    ],
    [
      'a kind not intercepted beside its one named weapon',
      'A Russian Iskander-M ballistic missile launched from Crimea struck the port of Izmail overnight, the governor said. The air force said Russia also sent 40 Shahed drones, 33 of which were destroyed. The ballistic missile was not intercepted.',
      ['attack 2024-08-20 russia: iskander-m -/0, shahed-136 40/33'],
    ],
    [
      'a kind told again after its named weapon, with the named line\'s zero',
      'Overnight Russia fired three Iskander-M ballistic missiles at Mykolaiv, none of which was shot down, the air force said. It said the ballistic missiles had not been intercepted by the city\'s air defences.',
      ['attack 2024-08-20 russia: iskander-m 3/0'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('the absolute phrase "none of them downed" counts no downing of the phrase before it', () => {
  const cases: Row[] = [
    [
      'after a list of weapons',
      'Overnight, the air force reported 33 Shahed drones launched by Russia, of which 29 were shot down, plus two Iskander-M ballistic missiles and two Kh-59 guided missiles, none of them downed.',
      ['attack 2024-08-20 russia: iskander-m 2/0, kh-59 2/0, shahed-136 33/29'],
    ],
    [
      'after a class noun and a launch participle in commas',
      'Overnight the air force counted four Kh-59 guided missiles, fired from the Belgorod region, none of them intercepted, and 20 Shahed drones, of which 17 were destroyed.',
      ['attack 2024-08-20 russia: kh-59 4/0, shahed-136 20/17'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('negative rows: figures of other things, nights, sides and questions stay apart', () => {
  const cases: Row[] = [
    [
      'people and homes counted',
      'Russia fired three Kh-59 guided missiles at Kharkiv overnight, the air force said. Two of the guided missiles hit homes, and 14 people were hurt.',
      ['attack 2024-08-20 russia: kh-59 3/-'],
    ],
    [
      'a question',
      'Russia fired two Iskander-M ballistic missiles at Sumy overnight, the governor said. Were any of the ballistic missiles intercepted?',
      ['attack 2024-08-20 russia: iskander-m 2/-'],
    ],
    [
      'a plan',
      'Russia fired two Kh-59 guided missiles at Odesa overnight, the air force said. Crews will try to shoot down the guided missiles next time, the governor said.',
      ['attack 2024-08-20 russia: kh-59 2/-'],
    ],
    [
      "the war's running total",
      'Russia launched 30 Shahed drones at Ukraine overnight, and air defences downed 26 of them, the air force said. Since the start of the war, Ukraine has shot down more than 5,000 drones.',
      ['attack 2024-08-20 russia: shahed-136 30/26'],
    ],
    [
      "the attacker's claim about the other side's drones",
      "Russia launched 30 Shahed drones at Ukraine overnight, and air defences downed 26 of them, the air force said. Russia's defence ministry said its forces had destroyed 30 Ukrainian drones over the Kursk region overnight.",
      ['attack 2024-08-20 russia: shahed-136 30/26', 'interception 2024-08-20 ukraine: drone -/30'],
    ],
    [
      'drones before the missiles the absolute phrase takes up',
      'Overnight Russia sent 50 Shahed drones and four Kh-59 guided missiles, none of them intercepted, the air force said.',
      ['attack 2024-08-20 russia: kh-59 4/0, shahed-136 50/-'],
    ],
    [
      'the phrase before the absolute phrase keeps its figure',
      'Russia fired 25 Shahed drones at Ukraine overnight, 20 of them shot down, and two Iskander-M ballistic missiles, none of them intercepted, the air force said.',
      ['attack 2024-08-20 russia: iskander-m 2/0, shahed-136 25/20'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    // (Each expected event is among those found; the running total's own line is no concern of these rules.)
    expect(briefs(text)).toEqual(expect.arrayContaining(expected));
  });
});
