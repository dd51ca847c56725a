/**
 * Session 28 (dates28): an event that nothing in the article dates (no time in its sentence, no scene in its paragraph,
 * no one day set by the lede) takes the one night the text before it names by its day, in a sentence that tells no
 * event of its own, when that night lies in the month before the day of writing: a review or a letter that sets the
 * night ("At about two on Saturday morning the sirens went off", "Then came the night into Wednesday") before the
 * paragraph that gives the air force's figures. It stays undated when two nights are named, and for the night of an
 * anniversary, of a plan or of a question.
 * Sentences and short articles written for these tests (none taken from a corpus). Negative rows: the publication day
 * only, two nights named before, an anniversary, a night of a plan (a future date), a night named in a question, a day
 * of a statement.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

describe('an event nothing dates takes the one night told before it by its day', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'scene-paragraph-before',
      'Guest review\n\nWe arrived on Friday for a weekend by the sea. At about two on Saturday morning the sirens went off.\n\nBy breakfast the air force had posted its count: Russia had launched 12 attack drones at the Odesa region, and 10 of them were shot down.',
      '2025-03-09',
      ['attack 2025-03-08 russia: attack-drone 12/10'],
    ],
    [
      'night-into-weekday-before',
      'Parish letter\n\nOur choir met on Monday as always. Then came the night into Wednesday, which none of us slept through.\n\nRussia sent 18 attack drones against the Kharkiv region, the air force said, and 14 of them were downed.',
      '2025-03-14',
      ['attack 2025-03-12 russia: attack-drone 18/14'],
    ],
    // negatives: the publication day dates a night told relative to it; two nights named; an anniversary; a plan; a
    // day of a statement
    [
      'publication-day-only-neg',
      'Evening desk\n\nRussia launched 20 attack drones at Kharkiv overnight, and 15 of them were shot down, the air force said.',
      '2025-03-12',
      ['attack 2025-03-12 russia: attack-drone 20/15'],
    ],
    [
      'two-nights-neg',
      'Guest review\n\nWe arrived on Friday. At about two on Saturday morning the sirens went off, and again at three on Sunday morning.\n\nBy breakfast the air force had posted its count: Russia had launched 12 attack drones at the Odesa region, and 10 of them were shot down.',
      '2025-03-12',
      ['attack null russia: attack-drone 12/10'],
    ],
    [
      'anniversary-neg',
      'A year on\n\nWe arrived on Friday. A year ago, on the night of 9 to 10 March 2024, drones set the grain terminal alight.\n\nThe air force said Russia had launched 25 attack drones at the Odesa region, and 19 of them were shot down.',
      '2025-03-12',
      ['attack null russia: attack-drone 25/19'],
    ],
    [
      'future-night-neg',
      'City notice\n\nWe arrived on Friday. The curfew will be lifted on the night of 20 to 21 March.\n\nThe air force said Russia had launched 25 attack drones at the Odesa region, and 19 of them were shot down.',
      '2025-03-12',
      ['attack null russia: attack-drone 25/19'],
    ],
    [
      'question-neg',
      'Guest review\n\nWe arrived on Friday. Would the night into Saturday be quiet, we asked the porter?\n\nBy breakfast the air force had posted its count: Russia had launched 12 attack drones at the Odesa region, and 10 of them were shot down.',
      '2025-03-09',
      ['attack null russia: attack-drone 12/10'],
    ],
    [
      'statement-day-neg',
      'Council notes\n\nOn 5 March the mayor asked the government for more air defence systems.\n\nThe air force said Russia had launched 25 attack drones at the Odesa region in the night, and 19 of them were shot down.',
      '2025-03-07',
      ['attack 2025-03-07 russia: attack-drone 25/19'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});
