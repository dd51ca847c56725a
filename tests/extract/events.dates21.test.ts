/**
 * Session 21: event dates as classes that hold on new text (read on check set 25 and checked against every spent set):
 * a span whose two ends name days ("between 18:00 Sunday and 07:30 Monday", "between dusk on 6 August and the morning
 * of 7 August") is the night that ended on the second morning, one day is that day, more days a period; "since
 * Thursday evening" said on Friday is the night into Friday, said days later a period; "Monday night into Tuesday" is
 * the night into Tuesday; "on the 7th" is a day of the month of the reference day or the one before; "in the early
 * hours of that day" takes up the day told before; "hours later" is the day of the event just told; another side's act
 * told with a verb of its own in a story of one day is an event of that day. Sentences and short articles written for
 * these tests, each class with negative rows.
 */
import { describe, expect, it } from 'vitest';
import { dayOfMonthBefore, findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('a span whose two ends name days', () => {
  // Reference day: Wednesday 12 March 2025.
  const REF = '2025-03-12';
  const cases: [string, string, string | null][] = [
    ['The drones came between 18:00 Sunday and 07:30 Monday.', 'night', '2025-03-10'],
    ['The drones came between 20:00 on Sunday and 06:00 on Monday.', 'night', '2025-03-10'],
    ['The raid lasted from dusk on Friday until dawn on Saturday.', 'night', '2025-03-08'],
    ['The raid lasted between dusk on 7 March and the morning of 8 March.', 'night', '2025-03-08'],
    ['The raid lasted between nightfall on 7 March and dawn on 8 March.', 'night', '2025-03-08'],
    ['The raid lasted from 19:30 on 10 March to 05:00 on 11 March.', 'night', '2025-03-11'],
    // across a year's end, against a reference day of the new year
    ['The raid lasted between 20:00 on 31 December and 06:00 on 1 January.', 'night', '2025-01-01'],
    // negatives: one day is that day; more days are a period
    ['The sirens sounded between 02:00 on Sunday and 05:00 on Sunday.', 'day', '2025-03-09'],
    ['Russia launched 900 drones between 1 March and 10 March.', 'period', null],
    ['Strikes went on from Monday until Thursday.', 'period', null],
  ];
  it.each(cases)('%s', (text, kind, day) => {
    const reference = /31 December/.test(text) ? '2025-01-02' : REF;
    const found = times(text, reference).filter(([, k]) => k !== 'report');
    expect(found.map(([, k, d]) => [k, d])).toEqual([[kind, day]]);
  });
});

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

describe('a weekday night that runs into the next day, a day of the month, hours of a day told before', () => {
  const REF = '2025-03-12';
  const cases: [string, [string, string, string | null][]][] = [
    ['Drones came on Monday night into Tuesday.', [['on Monday night into Tuesday', 'night', '2025-03-11']]],
    ['Drones came on Tuesday night.', [['on Tuesday night', 'night', '2025-03-12']]],
    ['On the 7th, drones hit the port.', [['On the 7th', 'day', '2025-03-07']]],
    ['Early on the 11th, the drones came.', [['Early on the 11th', 'day', '2025-03-11']]],
    // negatives: an ordinal of a floor, a brigade or a date with its month is no bare day of the month
    ['The flat on the 3rd floor was hit overnight.', [['overnight', 'night', REF]]],
    ['Soldiers of the 47th Brigade were on the 5th day of their rotation.', []],
    ['On the 5th of March drones hit the port.', [['5th of March', 'day', '2025-03-05']]],
    // "in the early hours of that day": the day told before (the model takes it up), not the day of writing
    ['Missiles came in the early hours of that day.', []],
    ['Missiles came in the early hours of the morning.', [['in the early hours', 'night', REF]]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text, REF)).toEqual(expected);
  });

  it('places a day of the month in the reference month or the month before', () => {
    expect(dayOfMonthBefore('2025-03-12', 7)).toBe('2025-03-07');
    expect(dayOfMonthBefore('2025-03-12', 12)).toBe('2025-03-12');
    expect(dayOfMonthBefore('2025-01-02', 28)).toBe('2024-12-28');
    // negatives: no such day in the month before, no reference day
    expect(dayOfMonthBefore('2025-03-12', 30)).toBeNull();
    expect(dayOfMonthBefore(null, 7)).toBeNull();
  });
});

describe('events dated by session 21 classes', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a bulletin\'s span from one evening to the next morning',
      'Russia launched 86 drones at the south between 18:00 Sunday and 07:30 Monday, the air force said. 67 of them were shot down.',
      '2025-03-12',
      ['attack 2025-03-10 russia: drone 86/67'],
    ],
    [
      'two nights of a digest, the second told as a span',
      'Two nights stand out. On the night of 9 to 10 March, Russia sent 45 drones at Odesa. The following night, Russia launched 112 drones at Kyiv between dusk on 10 March and the morning of 11 March.',
      '2025-03-14',
      ['attack 2025-03-10 russia: drone 45/-', 'attack 2025-03-11 russia: drone 112/-'],
    ],
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
      'a night told relative to the day of writing in a paragraph set on an earlier night is that night',
      'The digest looks back on the week.\n\nRussia launched 112 drones at Kyiv between dusk on 6 March and the morning of 7 March. Moscow gave its own account: its defence ministry said its forces had shot down 52 Ukrainian drones overnight.',
      '2025-03-14',
      ['attack 2025-03-07 russia: drone 112/-', 'interception 2025-03-07 ukraine: drone -/52'],
    ],
    [
      // negative: a night that opens its sentence sets a scene of its own, the night just past
      'a night opening its sentence is the night before the day of writing',
      'The digest looks back on the week.\n\nRussia launched 112 drones at Kyiv between dusk on 6 March and the morning of 7 March. Overnight, its defence ministry said, its forces shot down 52 Ukrainian drones.',
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
