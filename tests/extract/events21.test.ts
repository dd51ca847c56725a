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
