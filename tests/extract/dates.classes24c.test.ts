/**
 * Session 24 (dates24c): a relative time right after a verb of saying ("the air force said last night", "the
 * governor reported this morning", "officials told reporters today") is the time of the statement, a `report`, not
 * the time of the event: it no longer splits an article's one attack into two days. Sentences and short articles
 * written for these tests, with negative rows.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('a relative time after a verb of saying is the time of the statement', () => {
  const REF = '2025-05-20';
  const cases: [string, [string, string, string | null][]][] = [
    ['Several missiles got through to the west, the air force said last night.', [['last night', 'report', REF]]],
    ['The regional governor reported this morning that two villages had lost power.', [['this morning', 'report', REF]]],
    ['Forty drones were downed, officials told reporters today.', [['today', 'report', REF]]],
    ['A depot burned near the border, the mayor wrote on Telegram this afternoon.', [['this afternoon', 'report', REF]]],
    ['On Monday Russia fired ten missiles at Odesa, the navy said last night.', [['On Monday', 'day', '2025-05-19'], ['last night', 'report', REF]]],
    // negatives: the time stands by the attack, not by the verb of saying
    ['Drones hit Kharkiv last night, the air force said.', [['last night', 'night', REF]]],
    ['The air force said that drones struck Sumy overnight.', [['overnight', 'night', REF]]],
    ['Russia launched 30 drones this morning and the air force shot down 25.', [['this morning', 'night', REF]]],
    ['The air force said on Monday that drones struck Sumy overnight.', [['on Monday', 'report', '2025-05-19'], ['overnight', 'night', '2025-05-19']]],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text, REF)).toEqual(expected);
  });
});

describe('events of an article whose statement is dated by a relative time', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a statement made last night does not date a later paragraph\'s hit apart from the attack',
      'Morning Ledger\n\nRussia fired cruise missiles at Ukraine on Monday, and several missiles aimed at the Rivne region got through, the air force said last night.\n\nThe head of the Rivne region said a fuel depot in the region had been hit.',
      '2025-05-20',
      ['attack 2025-05-19 russia: cruise-missile -/-'],
    ],
    [
      // negative: "last night" dates the attack itself when no verb of saying stands before it
      'a night that dates the attack still dates it',
      'Morning Ledger\n\nRussia fired 40 drones at Ukraine last night, and the air force said 35 were shot down.',
      '2025-05-20',
      ['attack 2025-05-20 russia: drone 40/35'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});
