/**
 * Session 25 (branch numbers25): a salvo's make-up told of a tally noun or an attack noun that does not open its
 * sentence (launched:composition reached past what stands before the verb). Four ways the subject stands away from
 * the sentence's start: a fronted adjunct ("Across the north the count was ..."), an aside in commas after the subject
 * ("The morning tally, posted on Telegram, listed ..."), a relative pronoun after an attack noun ("a raid that, by the
 * governor's count, involved ..."), and "it" after a fronted "by X's count". A report's issue time in such an aside
 * ("issued on Tuesday afternoon") is the time of a statement, not of the attack. Every sentence is written for these
 * tests; negative rows count homes, hold a period's total, a question, a denial, a plan and a downing tally.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

const PUBLISHED = '2025-05-06';
const OPENING = 'Russia attacked Kharkiv with drones and missiles overnight, the air force said.';

describe('a tally or attack noun reached past an adjunct, an aside or a relative counts the weapons after its verb', () => {
  const cases: [string, string, string[]][] = [
    ['fronted adjunct, copula', `${OPENING} Across the north the count was 60 drones and eight missiles. Of the missiles, five were shot down.`, ['attack 2025-05-06 russia: drone 60/-, missile 8/5']],
    ['aside in commas after the tally', `${OPENING} The air force's morning tally, posted on Telegram, listed 75 drones and six missiles.`, ['attack 2025-05-06 russia: drone 75/-, missile 6/-']],
    ['relative after an attack noun, aside inside', `${OPENING} The city was hit hardest by a raid that, by the governor's count, involved 40 drones and three missiles.`, ['attack 2025-05-06 russia: drone 40/-, missile 3/-']],
    ['"it" after a fronted "by X\'s count"', `${OPENING} By the air force's count it involved 90 drones and 12 missiles.`, ['attack 2025-05-06 russia: drone 90/-, missile 12/-']],
    [
      'the issue time of a tally in its aside dates no attack',
      'Russia attacked Ukraine overnight into Monday, the air force said. Its final tally, issued on Monday afternoon, listed 120 drones and 14 missiles. Air defence downed 9 of the missiles.',
      ['attack 2025-05-05 russia: drone 120/-, missile 14/9'],
    ],
    // negatives: homes counted, a period's total, a question, a denial, a plan, a tally of downings
    ['a count of homes', `${OPENING} Across the region the count was 14 homes damaged by drones.`, ['attack 2025-05-06 russia: drone -/-, missile -/-']],
    ["a period's total", `${OPENING} The tally, published each week, listed 300 drones for the month of May.`, ['attack 2025-05-06 russia: drone -/-, missile -/-']],
    ['a question', `${OPENING} Was the count really 60 drones and eight missiles?`, ['attack 2025-05-06 russia: drone -/-, missile -/-']],
    ['a denial', `${OPENING} The governor denied that the count was 60 drones.`, ['attack 2025-05-06 russia: drone -/-, missile -/-']],
    ['a plan', `${OPENING} The plan, officials said, involved 60 drones.`, ['attack 2025-05-06 russia: drone -/-, missile -/-']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(eventsOf(text, PUBLISHED).map(eventBrief)).toEqual(expected);
  });

  it('a tally of downings after the verb is no launch', () => {
    const events = eventsOf(`${OPENING} The air force's count, issued at noon, was 40 drones shot down.`, PUBLISHED).map(eventBrief);
    expect(events.join(' ')).not.toMatch(/drone 40\//);
  });
});
