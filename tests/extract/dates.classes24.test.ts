/**
 * Session 24: event dates as classes. "The night before <a named day>" is the night that ended on that day's morning;
 * a day that opens a statement ("On Tuesday morning the ministry said ...") is the day the statement's relative times
 * ("during the night", "overnight") are told from; an interviewer's short question that names a night sets the scene
 * of the answer below it, as a heading does. Sentences and short articles written for these tests, each class with
 * negative rows.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('the night before a named day', () => {
  const cases: [string, string, [string, string, string | null][]][] = [
    ['Russia sent 60 drones the night before last Thursday, the air force said.', '2025-03-16', [['the night before last Thursday', 'night', '2025-03-13']]],
    ['The night before Monday, 40 drones crossed the border.', '2025-03-14', [['The night before Monday', 'night', '2025-03-10']]],
    ['Drones came the night before 9 March, officials said.', '2025-03-14', [['the night before 9 March', 'night', '2025-03-09']]],
    // negatives: no day named after "before": the night before the reference day, or the one before that
    ['Drones came the night before last.', '2025-03-16', [['the night before last', 'night', '2025-03-15']]],
    ['The night before the summit, drones came.', '2025-03-14', [['The night before', 'night', '2025-03-14']]],
    ['The night before, drones came.', '2025-03-14', [['The night before', 'night', '2025-03-14']]],
  ];
  it.each(cases)('%s', (text, reference, expected) => {
    expect(times(text, reference)).toEqual(expected);
  });
});

describe('a day that opens a statement dates its relative times', () => {
  const REF = '2025-03-14';
  const cases: [string, [string, string, string | null][]][] = [
    ['On Tuesday morning the ministry said 30 drones had been downed during the night.', [['On Tuesday morning', 'night', '2025-03-11'], ['during the night', 'night', '2025-03-11']]],
    ['On Wednesday, the regional governor reported that drones had hit two villages overnight.', [['On Wednesday', 'day', '2025-03-12'], ['overnight', 'night', '2025-03-12']]],
    // negatives: the day does not open the sentence, or a clause of its own stands between it and the verb of saying
    ['Drones came overnight, and on Tuesday the ministry said 20 were downed.', [['overnight', 'night', REF], ['on Tuesday', 'day', '2025-03-11']]],
    ['On Tuesday, drones hit Kyiv, officials said, and 20 more came overnight.', [['On Tuesday', 'day', '2025-03-11'], ['overnight', 'night', REF]]],
    ['On Tuesday Russia launched 30 drones at Kharkiv overnight.', [['On Tuesday', 'day', '2025-03-11'], ['overnight', 'night', REF]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text, REF)).toEqual(expected);
  });
});

describe('events dated by session 24 classes', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a claim opened by the day of the statement is of that day',
      'Kyiv Evening Post\n\nOn Tuesday morning the ministry said its crews had shot down 25 Russian drones during the night.',
      '2025-03-14',
      ['interception 2025-03-11 russia: drone -/25'],
    ],
    [
      // negative: a day opening a statement with no relative time is the event's day, as before
      'a statement opened by its day with no other time',
      'Kyiv Evening Post\n\nOn Friday, the air force reported that Russia had launched 70 drones at Ukraine.',
      '2025-03-16',
      ['attack 2025-03-14 russia: drone 70/-'],
    ],
    [
      'an interviewer\'s question names the night the answer tells of',
      'HOST: Let us begin with the night into Monday. What happened?\n\nGUEST: It was a large raid. Between midnight and five in the morning Russia launched 120 drones at Ukraine.\n\nHOST: And the night before last Wednesday?\n\nGUEST: Quieter. Russia sent 40 drones, and our crews shot down 30 of them.',
      '2025-03-14',
      ['attack 2025-03-10 russia: drone 120/-', 'attack 2025-03-12 russia: drone 40/30'],
    ],
    [
      // negative: a question that names two nights sets no one scene
      'a question naming two nights sets no scene',
      'HOST: Was the night into Monday worse than the night into Wednesday?\n\nGUEST: Much worse. Russia sent 40 drones, and our crews shot down 30 of them.',
      '2025-03-14',
      ['attack null russia: drone 40/30'],
    ],
    [
      // negative: a long paragraph of prose ending with a question is no interviewer's turn
      'a paragraph of prose ending with a question sets no scene',
      'Residents of the eastern districts have spent many nights in shelters this winter, and on the night into Monday they did so again while the sirens sounded for hours; how long can a city live like this?\n\nRussia sent 40 drones, and our crews shot down 30 of them.',
      '2025-03-14',
      ['attack null russia: drone 40/30'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});
