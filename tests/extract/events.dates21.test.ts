/**
 * Session 21: event dates as classes that hold on new text (read on check set 25 and checked against every spent set):
 * "since
 * Thursday evening" said on Friday is the night into Friday, said days later a period; "Monday night into Tuesday" is
 * the night into Tuesday; "in the early
 * hours of that day" takes up the day told before; "hours later" is the day of the event just told, "a day later" the day after it; another side's act
 * told with a verb of its own in a story of one day is an event of that day. Sentences and short articles written for
 * these tests, each class with negative rows.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('a night told from its evening on ("since Thursday evening")', () => {
  const cases: [string, string, [string, string | null][]][] = [
    ['The ministry said on Tuesday that it had destroyed 40 drones since Monday evening.', '2025-03-12', [['report', '2025-03-11'], ['night', '2025-03-11']]],
    ['The ministry said 40 drones had been destroyed since late on Tuesday.', '2025-03-12', [['night', '2025-03-12']]],
    // negatives: told days later the span runs over several nights; "since" a day with no evening is a period
    ['The ministry said on Friday that it had destroyed 400 drones since Monday evening.', '2025-03-14', [['report', '2025-03-14'], ['period', null]]],
    ['The ministry said 400 drones had been destroyed since Monday.', '2025-03-14', [['period', null]]],
  ];
  it.each(cases)('%s', (text, reference, expected) => {
    expect(times(text, reference).map(([, k, d]) => [k, d])).toEqual(expected);
  });
});

describe('a weekday night that runs into the next day, hours of a day told before', () => {
  const REF = '2025-03-12';
  const cases: [string, [string, string, string | null][]][] = [
    ['Drones came on Monday night into Tuesday.', [['on Monday night into Tuesday', 'night', '2025-03-11']]],
    ['Drones came on Tuesday night.', [['on Tuesday night', 'night', '2025-03-12']]],
    // negative: a weekday night with no "into" is the night after it
    // "in the early hours of that day": the day told before (the model takes it up), not the day of writing
    ['Missiles came in the early hours of that day.', []],
    ['Missiles came in the early hours of the morning.', [['in the early hours', 'night', REF]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text, REF)).toEqual(expected);
  });
});

describe('events dated by session 21 classes', () => {
  const cases: [string, string, string, string[]][] = [


    [
      'the other side\'s claim of a night told from its evening',
      'Russia\'s defence ministry said on Tuesday that its air defences had destroyed 40 Ukrainian drones since Monday evening.',
      '2025-03-12',
      ['interception 2025-03-11 ukraine: drone -/40'],
    ],
    [
      // negative: told on Friday, since Monday evening is a period of several nights
      'a claim over several nights has no day',
      'Russia\'s defence ministry said on Friday that its air defences had destroyed 400 Ukrainian drones since Monday evening.',
      '2025-03-14',
      ['interception null ukraine: drone -/400'],
    ],
    [
      'the missiles of the early hours of a day told before',
      'The strikes of 11 March hit Kharkiv hard. Russia fired 20 missiles in the early hours of that day, the air force said.',
      '2025-03-14',
      ['attack 2025-03-11 russia: missile 20/-'],
    ],
    [
      'an act of the other side "hours later"',
      'Russia launched 90 drones at Ukraine overnight into Tuesday, the air force said. 70 were shot down.\n\nHours later, Ukraine struck an oil depot in the Bryansk region of Russia with drones, the General Staff said.',
      '2025-03-14',
      ['attack 2025-03-11 russia: drone 90/70', 'attack 2025-03-11 ukraine: drone -/-'],
    ],
    [
      'an act of the other side told with a verb of its own in a story of one night',
      'Russia launched 90 drones at Ukraine on the night of 10 to 11 March, the air force said. 70 were shot down.\n\nThe strikes went both ways. The General Staff of Ukraine said its drones had hit an oil depot in the Bryansk region of Russia.',
      '2025-03-12',
      ['attack 2025-03-11 russia: drone 90/70', 'attack 2025-03-11 ukraine: drone -/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });

  it.each([

    [
      '"a day later" after a dated event is the day after it',
      'On Monday, Russia launched 90 drones at Kharkiv. A day later, it fired 12 missiles at Odesa.',
      '2025-03-12',
      ['attack 2025-03-10 russia: drone 90/-', 'attack 2025-03-11 russia: missile 12/-'],
    ],


    [
      'a night told relative to the day of writing in a paragraph set on an earlier night is that night',
      'The digest looks back on the week.\n\nOn the night of 6 to 7 March, Russia launched 112 drones at Kyiv. Moscow gave its own account: its defence ministry said its forces had shot down 52 Ukrainian drones overnight.',
      '2025-03-14',
      ['attack 2025-03-07 russia: drone 112/-', 'interception 2025-03-07 ukraine: drone -/52'],
    ],
    [
      // negative: a night that opens its sentence sets a scene of its own, the night just past
      'a night opening its sentence is the night before the day of writing',
      'The digest looks back on the week.\n\nOn the night of 6 to 7 March, Russia launched 112 drones at Kyiv. Overnight, its defence ministry said, its forces shot down 52 Ukrainian drones.',
      '2025-03-14',
      ['attack 2025-03-07 russia: drone 112/-', 'interception 2025-03-14 ukraine: drone -/52'],
    ],
    [
      // negative: a date line above the paragraph is no scene
      'a date line above the paragraph sets no night',
      'Harbour Daily | Odesa | Monday, 10 March 2025\n\nRussia launched 30 drones at Odesa overnight, the governor said.',
      '2025-03-12',
      ['attack 2025-03-12 russia: drone 30/-'],
    ],
  ])('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });

  it('keeps an act of the other side named only as a noun out of the story\'s day', () => {
    const text =
      'Russia launched 90 drones at Ukraine on the night of 10 to 11 March, the air force said. 70 were shot down.\n\nThe Kremlin called the raid a reply to Ukrainian attacks on Russian refineries.';
    const events = eventsOf(text, '2025-03-12');
    expect(events.filter((e) => e.attacker === 'russia').map(eventBrief)).toEqual(['attack 2025-03-11 russia: drone 90/70']);
    expect(events.filter((e) => e.attacker === 'ukraine' && e.date !== null)).toEqual([]);
  });
});
