/**
 * Session 21: event lines and numbers read on check set 25 (first read this session) with the spent sets where each
 * class recurs. Sentences written for these tests; each class with a negative row.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

/** The weapon lines of each event, as "weapon launched/intercepted" (sorted), events in document order. */
function lines(text: string): string[][] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument({ ...doc, published: '2025-06-10' }).events.map((e) => e.weapons.map((w) => `${w.weapon} ${w.launched ?? '-'}/${w.intercepted ?? '-'}`).sort());
}

describe('decoys named inside the count of a mixed wave', () => {
  const cases: [string, string, string[][]][] = [
    [
      '"N attack drones, Shaheds and decoy drones among them": no decoy line',
      'Overnight Russia sent 120 attack drones, Shaheds and decoy drones among them, against Ukraine. 97 of the drones were destroyed.',
      [['drone 120/97', 'shahed-136 -/-']],
    ],
    [
      '"N drones of the Shahed type and decoys": no decoy line',
      'Russia launched 64 drones of the Shahed type and decoys at Odesa Oblast overnight, and 50 of them were downed.',
      [['drone 64/50', 'shahed-136 -/-']],
    ],
    // negative: decoys told in a sentence of their own, with no wave count beside them, keep their line
    [
      'decoys launched in a sentence of their own keep a line',
      'Overnight Russia sent 75 drones at Kharkiv. Later in the morning Russia also launched decoy drones at Lviv.',
      [['decoy-drone -/-', 'drone 75/-']],
    ],
    // negative: a named decoy system (a kind the tallies count) keeps its line
    [
      'a named decoy system keeps its line',
      'Overnight Russia sent 88 drones at Ukraine, Shaheds and Gerberas among them. 70 of the drones were destroyed.',
      [['drone 88/70', 'gerbera -/-', 'shahed-136 -/-']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('a bare count after a sentence that only tells what the wave was made of', () => {
  const cases: [string, string, string[][]][] = [
    [
      '"Most were X; the rest were Y. N were shot down" counts the wave',
      'Overnight Russia sent 120 drones into Ukraine, the air force said. Most were Shahed attack drones; the rest were Gerbera decoys. According to the air force, 95 were shot down.',
      [['drone 120/95', 'gerbera -/-', 'shahed-136 -/-']],
    ],
    [
      '"Mostly X, plus Y. N of them were destroyed" counts the wave',
      'Overnight Russia sent 120 drones into Ukraine. Mostly Shaheds, plus some Gerberas. The air force says 95 of them were destroyed.',
      [['drone 120/95']],
    ],
    // negative: a sentence with a verb of its own between the count and the downing keeps the nearest weapons
    [
      'a missile sentence with its own verb keeps the downing on the missiles',
      'Overnight Russia sent 120 drones and six Kh-101 missiles into Ukraine. Most of the missiles were aimed at Lviv. Five were shot down.',
      [['drone 120/-', 'kh-101 6/5']],
    ],
    // negative: a part with a figure of its own is no mere composition
    [
      'a part counted in its own sentence keeps the downing',
      'Overnight Russia sent 120 drones into Ukraine. Of them, 30 were Gerbera decoys. 25 were shot down.',
      [['drone 120/-', 'gerbera 30/25']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});

describe('a noun of downing with a counted part of weapons told before', () => {
  const cases: [string, string, string[][]][] = [
    [
      '"credited X with the destruction of N of them" in the sentence of the launch',
      'The launch of 70 Shahed drones against Ukraine overnight was recorded by the Ukrainian Air Force, whose summary credited mobile fire groups with the destruction of 52 of them.',
      [['shahed-136 70/52']],
    ],
    [
      '"the destruction of N of them" in the next sentence',
      'Russia launched 70 Shahed drones against Ukraine overnight. Mobile fire groups were credited with the destruction of 52 of them.',
      [['shahed-136 70/52']],
    ],
    // negative: a part of no stated size downs no count
    [
      '"the destruction of most of them" gives no figure',
      'Russia launched 70 Shahed drones against Ukraine overnight. The air force reported the destruction of most of them.',
      [['shahed-136 70/-']],
    ],
    // negative: a counted part of something that is no weapon
    [
      '"the destruction of two of them" after houses is no downing',
      'Russia launched 70 Shahed drones against Ukraine overnight. Drones hit five houses in Sumy, and the fire led to the destruction of two of them.',
      [['shahed-136 70/-']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});
