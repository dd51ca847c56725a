/**
 * Session 26 (branch numbers26): relation counts that the events already read. A launched or intercepted relation
 * stated without a number of its own whose weapon line the event model counts takes the line's figure, so that the
 * relation and the event tell one number (step 20, `lendLineCounts`). Three constructions where the events count a
 * weapon and the relation rules did not:
 *
 * 1. Named members of a counted class, each with an article ("two ballistic missiles, a KN-23 and an Iskander-M";
 *    "a Kh-59 guided missile, which was shot down"; "only one, a Kh-59, was shot down"): one each.
 * 2. A total set off after the weapons it counts (": 33 of them", ", 41 in all,").
 * 3. Tally lines, a weapon, a colon and a figure ("Shahed-136 drones launched by Russia: 64").
 *
 * Only a named system's relation takes a figure (a generic class may stand for a mixed wave or a sum of kinds), only a
 * figure every event of the side gives the weapon is lent (two nights with two totals lend none), and a zero is never
 * lent. Every sentence is written for these tests; negative rows count people and homes, ask a question, tell a
 * plan, give the war's running total of downings, give the attacker's claim about the other side's drones, and tell a
 * generic class whose line counts a wave.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const STRIKE = 'Russia attacked Odesa with Shahed drones overnight.';

describe('a relation of a named system without a count of its own takes the figure of its event line', () => {
  const cases: [string, string, string[]][] = [
    [
      'named members with an article',
      'According to the air force, Russia launched 60 drones and two ballistic missiles, a KN-23 and an Iskander-M, at Ukraine overnight.',
      ['launched russia iskander-m 1', 'launched russia kn-23 1'],
    ],
    [
      'one named weapon downed in a relative clause',
      'Russia also launched a Kh-59 guided missile at Odesa overnight, which was shot down over the sea, the air force said.',
      ['launched russia kh-59 1', 'intercepted ukrainian-air-force kh-59 1'],
    ],
    ['"only one, a Kh-59, was shot down"', 'Russia fired five missiles at Odesa overnight, the air force said; only one, a Kh-59, was shot down.', ['intercepted ukrainian-air-force kh-59 1']],
    ['a total after a colon', 'Russia pounds the port with drones. Russia sent a wave of Shahed drones at the Odesa region overnight: 48 of them, the air force said.', ['launched russia shahed-136 48']],
    ['a total in commas', 'Through the night, wave after wave of Shahed drones, 41 in all, launched from the Kursk region, were sent at Kharkiv.', ['launched russia shahed-136 41']],
    [
      'tally lines',
      "The air force's morning figures. Shahed-136 drones launched by Russia: 64. Kalibr cruise missiles fired from the Black Sea: 5",
      ['launched russia shahed-136 64', 'launched russia kalibr 5'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const found = relationsFound(text, ['launched', 'intercepted']);
    for (const row of expected) expect(found).toContain(row);
  });
});

describe('no figure is lent where the article gives none for that weapon', () => {
  const cases: [string, string, string, string][] = [
    ['people and homes counted', 'Russia attacked Odesa with Shahed drones overnight, wounding 12 people and damaging 30 homes.', 'launched russia shahed-136 ', 'launched russia shahed-136 -'],
    ['a question', `${STRIKE} Were there 40 of them, as the mayor said?`, 'launched russia shahed-136 ', 'launched russia shahed-136 -'],
    ['a plan', `${STRIKE} Officials warned that Russia plans to send 500 Shahed drones a night this winter.`, 'launched russia shahed-136 ', 'launched russia shahed-136 -'],
    [
      "the war's running total of downings",
      `${STRIKE} Air defences shot some of them down. Since the start of the war Ukraine has shot down more than 4,000 Shahed drones, the air force says.`,
      'launched russia shahed-136 ',
      'launched russia shahed-136 -',
    ],
    [
      "the attacker's claim about the other side's drones",
      "Russia attacked Kharkiv with Shahed drones overnight. Russia's defence ministry said its air defences had destroyed 20 Ukrainian drones over the Belgorod region.",
      'launched russia shahed-136 ',
      'launched russia shahed-136 -',
    ],
    ['a generic class whose line counts a wave', 'Russia pounds the port with drones. Russia sent a wave of drones at the Odesa region overnight: 48 of them, the air force said.', 'launched russia drone ', 'launched russia drone -'],
  ];
  it.each(cases)('%s', (_name, text, prefix, expected) => {
    const found = relationsFound(text, ['launched']);
    expect(found.filter((r) => r.startsWith(prefix))).toEqual([expected]);
  });
});
