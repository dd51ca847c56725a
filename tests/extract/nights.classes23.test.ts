/**
 * Session 23 (issue 9): a story of several nights, one of them told only relative to the event told before it ("a day
 * earlier", "the night before", "the previous day", "the day before,"). Such a sentence starts the event of the night
 * before that event (not the night that ended on the day of writing, when the story already told that one), and the
 * counts and places of the sentences that follow it in its paragraph go to that event too. Sentences written for
 * these tests; negative rows: one night told alone, "the day before yesterday", "the day before the summit", a
 * comparison with an earlier night, a recalled attack without figures.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

const PUBLISHED = '2026-03-05';
const brief = (text: string): string[] => eventsOf(text, PUBLISHED).map((e) => `${eventBrief(e)} -> ${[...e.targets].sort().join(' ')}`);

const LEDE = 'Russia launched 40 drones at Ukraine overnight, the air force said, and 30 of them were shot down. Kharkiv was hit.';

describe('a night told as the one before the event just told starts its own event, with its follow-on sentences', () => {
  const cases: [string, string, string[]][] = [
    [
      'a day earlier, the downing and the place in the next sentence',
      `${LEDE} A day earlier, Russia had launched 55 drones at Ukraine. Of those, 41 were shot down, and Odesa was struck.`,
      ['attack 2026-03-05 russia: drone 40/30 -> kharkiv ukraine', 'attack 2026-03-04 russia: drone 55/41 -> odesa ukraine'],
    ],
    [
      'the night before, after a night of the day of writing',
      `${LEDE} The night before, Russia launched 55 drones. Of those, 41 were shot down. Odesa was struck.`,
      ['attack 2026-03-05 russia: drone 40/30 -> kharkiv ukraine', 'attack 2026-03-04 russia: drone 55/41 -> odesa'],
    ],
    [
      'the previous day, a place only',
      'Russia launched 40 drones at Ukraine overnight, and 30 of them were shot down. Kharkiv was hit. The previous day, drones struck Odesa.',
      ['attack 2026-03-05 russia: drone 40/30 -> kharkiv ukraine', 'attack 2026-03-04 russia: drone -/- -> odesa'],
    ],
    [
      'one night earlier, after a named night',
      'Russia launched 40 drones at Ukraine on Tuesday night, and 30 of them were shot down. One night earlier, Russia launched 55 drones; 41 were downed.',
      ['attack 2026-03-04 russia: drone 40/30 -> ukraine', 'attack 2026-03-03 russia: drone 55/41 -> '],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('one night stays one event', () => {
  const cases: [string, string, string[]][] = [
    [
      'the night before as the only night told: the night that ended on the day of writing',
      'During the night before, Russia launched 55 drones. Of those, 41 were shot down. Odesa was struck.',
      ['attack 2026-03-05 russia: drone 55/41 -> odesa'],
    ],
    [
      'the day before the summit: no day of an attack',
      `${LEDE} The strike came the day before the summit in Brussels, where 30 leaders will meet.`,
      ['attack 2026-03-05 russia: drone 40/30 -> kharkiv ukraine'],
    ],
    [
      'a comparison with the night before, not opening its sentence',
      'Russia launched 40 drones at Ukraine overnight. The air force said 30 drones had been shot down, just as had happened the night before.',
      ['attack 2026-03-05 russia: drone 40/30 -> ukraine'],
    ],
    [
      'a warning given a day earlier, with no figures',
      'Russia launched 40 drones at Ukraine overnight, and 30 of them were shot down. Officials had warned of the attack a day earlier.',
      ['attack 2026-03-05 russia: drone 40/30 -> ukraine'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
