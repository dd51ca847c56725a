/**
 * Session 25 (branch events25): an air-defence weapon's launch makes no attack of its own. A request or plea that
 * partners "send" or "deliver" Patriot, Gepard, NASAMS or air-defence systems may be read as a launch by the side
 * that asks; beside the other side's claim of that side's drones downed over its regions (an interception), it turned
 * the interception into an attack with the systems as weapon lines, and alone it made an attack of its own. Seen in
 * read check sets 34, 35 (twice) and in the class of Russian ministry claims of sets 12 and 34. The classes are data
 * (lexicon events.json airDefenceClasses); a launch of them stays a line of an event that a strike or another launch
 * of its side makes an attack ("S-300 missiles fired at a city"). Sentences written for these tests; negative rows: a
 * comment that is no attack, a plan, a question, the same night told twice, air-defence missiles fired at a city, a
 * downing by a named system.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

type Row = [name: string, text: string, published: string, expected: string[]];

describe('an air-defence launch makes no attack of its own', () => {
  const cases: Row[] = [
    [
      'a plea for Patriot systems beside a claim of drones downed',
      "Russia launched 40 Shahed drones at the Odesa region overnight, and 35 of them were destroyed, the air force said.\n\nThe prime minister repeated Ukraine's plea that its allies send five more Patriot systems before winter.\n\nRussia's defence ministry said 15 Ukrainian drones had been shot down over the Kursk region overnight.",
      '2024-03-10',
      ['attack 2024-03-10 russia: shahed-136 40/35', 'interception 2024-03-10 ukraine: drone -/15'],
    ],
    [
      'an appeal for air-defence systems and guns after a claim of drones downed',
      "Russia's defence ministry said 20 Ukrainian drones were destroyed over the Bryansk region overnight.\n\nThe president repeated Ukraine's appeal that partners send more air defence systems and Gepard guns.",
      '2024-03-10',
      ['interception 2024-03-10 ukraine: drone -/20'],
    ],
    [
      'a plea for NASAMS batteries alone',
      "Ukraine's defence minister repeated the plea that the allies send three more NASAMS batteries before the winter.",
      '2024-03-10',
      [],
    ],
    [
      'an appeal for Patriot systems alone',
      'Kyiv renewed its appeal that partners send eight more Patriot systems, the foreign minister said on Sunday.',
      '2024-03-10',
      [],
    ],
    // negatives: a comment, a plan, a question, one night told twice, air-defence missiles fired at a city, a downing
    [
      'a comment on the strike is no attack',
      "Russia launched 30 Shahed drones at Odesa overnight, the navy said. Turkey's foreign ministry condemned the strike on the port as a threat to shipping.",
      '2024-03-10',
      ['attack 2024-03-10 russia: shahed-136 30/-'],
    ],
    ['a plan to move systems', 'Russia plans to move more S-400 systems to Crimea before the summer, the intelligence service said.', '2024-03-10', []],
    ['a question about deliveries', 'Will the allies send five more Patriot systems before the winter, the minister asked on Sunday.', '2024-03-10', []],
    [
      'the same night told twice stays one event',
      "Russia sent 45 drones at Kyiv overnight, the air force said. Of the 45 drones launched overnight, 38 were shot down, it added. The president's office said Kyiv would keep asking partners for more IRIS-T systems.",
      '2024-03-10',
      ['attack 2024-03-10 russia: drone 45/38'],
    ],
    [
      'air-defence missiles fired at a city stay an attack',
      'Russia fired four S-300 missiles at Kharkiv overnight, the regional governor said. None of them was intercepted.',
      '2024-03-10',
      ['attack 2024-03-10 russia: s-300 4/0'],
    ],
    [
      'a downing by a named system stays an interception',
      'Patriot systems shot down three Kinzhal missiles over Kyiv overnight, the air force said.',
      '2024-03-10',
      ['interception 2024-03-10 russia: kinzhal -/3'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});
