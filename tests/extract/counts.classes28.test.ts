/**
 * Session 28 (branch numbers28): event numbers of outlet reporting (issue 9).
 *
 * 1. A local part of the night's downings, told of a bare class ("drones") over the place just told of ("over his
 *    region", "over the region": a determiner and a place noun of lexicon localPlaceNouns), after a passive of downing
 *    ("had been shot down over the Mykolaiv region"), or in a clause that a place fronts ("In the Poltava region, three
 *    drones were downed"), is no line of its own beside the night's figure for the named weapon of its head.
 * 2. A weapon launched once and told as downed with no figure of its own ("... destroyed 18 of the drones and the
 *    missile") was downed once.
 * 3. None of a group downed, told in the past perfect of reported speech ("... and that none of the seven missiles had
 *    been shot down"), is a zero as the present perfect is, spread over the lines the group's count adds up to; not in
 *    a conditional or a question.
 *
 * Every sentence is written for these tests; negative rows keep a local figure that is the only one, count people,
 * ask a question, give the attacker's claim about the other side's drones, keep no figure for weapons launched more
 * than once, keep a zero, a question and a plan.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

type Row = [name: string, text: string, expected: string[]];
const DAY = '2024-01-09';
const briefs = (text: string): string[] => eventsOf(text, DAY).map(eventBrief);
const NATIONAL = 'Russia sent 36 Shahed drones against Ukraine overnight, and air defence units destroyed 30 of them, the Ukrainian Air Force said on Tuesday.';

describe('a local part of the downings is no line beside the night figure', () => {
  const cases: Row[] = [
    [
      'over his region, after a passive of downing',
      `${NATIONAL} The governor of the Odesa region, Oleh Kiper, said four drones had been shot down over his region.`,
      ['attack 2024-01-09 russia: shahed-136 36/30'],
    ],
    [
      'a clause fronted by a region',
      `${NATIONAL} In the Poltava region, three drones were downed near the town of Myrhorod, the regional governor said.`,
      ['attack 2024-01-09 russia: shahed-136 36/30'],
    ],
    [
      'over the region, the weapon told before in the sentence',
      `${NATIONAL} Most of the drones flew towards the Poltava region, according to its governor, Filip Pronin, who said six had been shot down over the region.`,
      ['attack 2024-01-09 russia: shahed-136 36/30'],
    ],
    [
      'a clause fronted by a city',
      `${NATIONAL} Over the city of Mykolaiv, mobile fire groups brought down five drones, the mayor said.`,
      ['attack 2024-01-09 russia: shahed-136 36/30'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('a weapon launched once and told as downed was downed once', () => {
  const cases: Row[] = [
    [
      'the missile after a partitive of the drones',
      'Russia sent 23 Shahed drones and one Kh-59 guided missile against Ukraine overnight, the air force said on Monday, adding that it had shot down 18 of the drones and the missile.',
      ['attack 2024-01-08 russia: kh-59 1/1, shahed-136 23/18'],
    ],
    [
      'a single missile, the missile too',
      'Overnight Russia fired 50 Shahed drones and a single Kh-59 guided missile from the Kursk region; air defence downed 41 of the drones and the missile too, the air force said.',
      ['attack 2024-01-09 russia: kh-59 1/1, shahed-136 50/41'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('none of a group downed, in the past perfect', () => {
  const cases: Row[] = [
    [
      'none of the seven, over two lines that add up to seven',
      'Russia launched 25 Shahed drones at Ukraine overnight, and air defence destroyed 19 of them, the air force said on Tuesday. It said three Kh-59 guided missiles had been fired at the Sumy region and four S-300 missiles at the Kharkiv region, and that none of the seven missiles had been shot down.',
      ['attack 2024-01-09 russia: kh-59 3/0, s-300 4/0, shahed-136 25/19'],
    ],
    [
      'none of those five, in a sentence of its own',
      'Russia launched 25 Shahed drones at Ukraine overnight, and air defence destroyed 19 of them, the air force said on Tuesday. It said three Kh-59 guided missiles had also been fired at the Sumy region and two Iskander-M missiles at the city of Kharkiv. None of those five missiles had been intercepted.',
      ['attack 2024-01-09 russia: iskander-m 2/0, kh-59 3/0, shahed-136 25/19'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('negative rows: figures that stay', () => {
  const cases: Row[] = [
    ['a local figure that is the only one', 'In the Sumy region, air defence shot down six Shahed drones overnight, the governor said on Tuesday.', ['interception 2024-01-09 russia: shahed-136 -/6']],
    ['people hurt in a region', `${NATIONAL} In the Kharkiv region, two people were injured by falling debris.`, ['attack 2024-01-09 russia: shahed-136 36/30']],
    ['a question about a region', `${NATIONAL} Were any drones shot down over his region? The governor of the Odesa region did not say.`, ['attack 2024-01-09 russia: shahed-136 36/30']],
    [
      "the attacker's claim about the other side's drones over its region",
      `${NATIONAL} Russia's defence ministry said its air defences had shot down nine Ukrainian drones over the Belgorod region.`,
      ['attack 2024-01-09 russia: shahed-136 36/30', 'interception 2024-01-09 ukraine: drone -/9'],
    ],
    [
      'weapons launched three times, told as downed with no figure',
      'Russia fired 40 Shahed drones and three Kh-59 guided missiles at Ukraine overnight, the air force said, adding that it had shot down 33 of the drones and the missiles.',
      ['attack 2024-01-09 russia: kh-59 3/-, shahed-136 40/33'],
    ],
    [
      'a single missile not intercepted',
      'Russia fired 40 Shahed drones and one Kh-59 guided missile at Ukraine overnight, the air force said. It shot down 33 of the drones, but the missile was not intercepted.',
      ['attack 2024-01-09 russia: kh-59 1/0, shahed-136 40/33'],
    ],
    [
      'a question about a single missile',
      'Russia fired 40 Shahed drones and one Kh-59 guided missile at Ukraine overnight, the air force said. Was the missile shot down? The air force did not say.',
      ['attack 2024-01-09 russia: kh-59 1/-, shahed-136 40/-'],
    ],
    [
      'a plan to shoot down such missiles',
      'Russia fired 40 Shahed drones and one Kh-59 guided missile at Ukraine overnight, the air force said. Crews will try to shoot down such missiles in future, the governor said.',
      ['attack 2024-01-09 russia: kh-59 1/-, shahed-136 40/-'],
    ],
    [
      'none downed in a conditional',
      'Russia launched 25 Shahed drones and three Kh-59 guided missiles at Ukraine overnight, and air defence destroyed 19 of the drones, the air force said on Tuesday. If none of the missiles had been shot down, the damage would have been far worse, the governor said.',
      ['attack 2024-01-09 russia: kh-59 3/-, shahed-136 25/19'],
    ],
    [
      'none downed in a question',
      'Russia launched 25 Shahed drones and three Kh-59 guided missiles at Ukraine overnight, and air defence destroyed 19 of the drones, the air force said on Tuesday. Was it true that none of the missiles had been shot down?',
      ['attack 2024-01-09 russia: kh-59 3/-, shahed-136 25/19'],
    ],
    [
      'none of the people hurt',
      'Russia launched 25 Shahed drones and three Kh-59 guided missiles at Ukraine overnight, the air force said on Tuesday. The governor said that none of the 14 people hurt had been taken to hospital.',
      ['attack 2024-01-09 russia: kh-59 3/-, shahed-136 25/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});
