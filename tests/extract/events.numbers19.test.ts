/**
 * Session 19: weapons that got through with a launch participle's phrase between them and the verb ("the Kh-59s,
 * released by Su-34 jets over the Sea of Azov, all reached their targets") or that "reached their destination"; "It"
 * taking up the one weapon told of as launched among several named; "No interception of it was reported"; a named
 * system told under a heading of its own going back to the event that told of it. Sentences written for these tests;
 * each class with a negative row.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

/** The weapon lines of each event, as "weapon launched/intercepted". */
function lines(text: string): string[][] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument({ ...doc, published: '2024-03-12' }).events.map((e) => e.weapons.map((w) => `${w.weapon} ${w.launched ?? '-'}/${w.intercepted ?? '-'}`).sort());
}

describe('weapons that got through or were not downed, session 19', () => {
  const cases: [string, string, string[][]][] = [
    [
      'a launch participle\'s phrase in commas is part of the subject that got through',
      'Russia sent 40 drones and two Kh-59 guided missiles against Odesa overnight. 30 of the drones were downed; the Kh-59s, released by Su-34 jets over the Black Sea, all reached their targets.',
      [['drone 40/30', 'kh-59 2/0']],
    ],
    [
      // negative: a place phrase with no launch participle still keeps the weapon out
      'a place phrase between a weapon and "got through" is no part of its subject',
      'Russia sent 40 drones and two Kh-59 guided missiles against Odesa overnight. 30 of the drones were downed over the sea, and in the city, as the mayor put it, several got through.',
      [['drone 40/30', 'kh-59 2/-']],
    ],
    ['"reached their destination" is getting through', 'Russia fired 12 Kalibr missiles and two Kinzhals at Ukraine overnight. Eleven of the Kalibrs were intercepted. The two Kinzhals both reached their destination.', [['kalibr 12/11', 'kinzhal 2/0']]],
    [
      '"It" takes up the one weapon told of as launched among the named ones',
      'Overnight the town was hit by a Russian Iskander-M ballistic missile, the only missile Russia fired, the air force said. It was launched from Crimea and was not intercepted.',
      [['missile 1/0']],
    ],
    [
      // negative: with two weapons launched and none single, "It" takes up none of them
      '"It" after two launched weapons takes up none',
      'Overnight Russia fired two Kalibr missiles and three Kh-101 missiles at Lviv, the air force said. It was not intercepted.',
      [['kalibr 2/-', 'kh-101 3/-']],
    ],
    ['"No interception of it was reported" downs none of the one weapon', 'Overnight Russia fired a single Kh-59 guided missile at Poltava. No interception of it was reported.', [['kh-59 1/0']]],
    [
      // negative: "no interception of it" asked, not reported
      'an interception of it asked about is no report',
      'Overnight Russia fired a single Kh-59 guided missile at Poltava. Any interception of it was hard to confirm.',
      [['kh-59 1/-']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('a named system told under a heading of its own', () => {
  const cases: [string, string, string[][]][] = [
    [
      'goes back to the event that told of it',
      'First wave\n\nOn Saturday evening Russia fired 10 Kalibr missiles and two Kinzhals at Ukraine. Nine of the Kalibrs were intercepted.\n\nSecond wave\n\nIn the early hours of Sunday, Russia fired 20 Kh-101 missiles, of which 15 were downed.\n\nThe missile no one can stop\n\nThe two Kinzhals both reached their targets.',
      [['kalibr 10/9', 'kinzhal 2/0'], ['kh-101 20/15']],
    ],
    [
      // negative: a named system told in the scene of a later day stays in that day's event
      'stays in the later day\'s event when its scene names that day',
      'On Saturday evening Russia fired 10 Kalibr missiles and two Kinzhals at Ukraine. Nine of the Kalibrs were intercepted.\n\nThen, on Monday, Russia fired 20 Kh-101 missiles at Lviv. All 20 were destroyed, but none of the four Kinzhals was intercepted.',
      [['kalibr 10/9', 'kinzhal 2/-'], ['kh-101 20/20', 'kinzhal 4/0']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('figures with no weapon named take up the one weapon launched in the sentence before', () => {
  const cases: [string, string, string[][]][] = [
    [
      'a launch and a downing figure with no noun count the weapon of the sentence before',
      'About 90 attack drones were sent over Kharkiv during the night, most of them shot down, the spokesman said. The written tally gave the figures as 88 launched and 71 neutralised.',
      [['attack-drone 88/71']],
    ],
    [
      // negative: a sentence before that names two weapons leaves the figures to no one
      'the figures after two launched weapons count neither',
      'About 90 drones and four missiles were sent over Kharkiv during the night, the spokesman said. The written tally gave the figures as 88 launched and 71 neutralised.',
      [['drone 90/-', 'missile 4/-']],
    ],
    [
      // negative: figures of a sentence that names its weapon are the relations' own
      'figures beside a weapon of their own sentence add nothing',
      'About 90 drones were sent over Kharkiv during the night. Of the missiles, 6 launched and 2 destroyed, the spokesman said nothing.',
      [['drone 90/-']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('a partitive with its verb gapped after a clause of downing', () => {
  const cases: [string, string, string[][]][] = [
    ['"; of the four Kh-101s, three." downs three', 'Russia launched 90 drones and four Kh-101 missiles at Lviv overnight. Of the 90 drones, 70 were shot down; of the four Kh-101s, three.', [['drone 90/70', 'kh-101 4/3']]],
    ['"; of the four Kh-101s, none." downs none', 'Russia launched 90 drones and four Kh-101 missiles at Lviv overnight. Of the 90 drones, 70 were shot down; of the four Kh-101s, none.', [['drone 90/70', 'kh-101 4/0']]],
    [
      // negative: with no clause of downing before it, the gapped partitive says nothing of downing
      'a gapped partitive after a clause of launching downs nothing',
      'Overnight Russia launched 90 drones at Lviv and four Kh-101 missiles at Kyiv; of the four Kh-101s, three.',
      [['drone 90/-', 'kh-101 4/-']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});
