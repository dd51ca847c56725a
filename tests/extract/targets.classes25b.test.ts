/**
 * Session 25 (branch targeted25b): targeted recall, second round.
 *
 * Class, a third-person verb of hitting after a singular weapon noun: in live-blog, timeline and caption prose told
 * in the present ("A drone hits a bakery in Lutsk", "A Russian missile strikes a depot"), the tagger reads the "-s"
 * verb as a plural noun after the singular noun (a compound "drone hits"), so the clause had no verb and its places
 * were not hit. Syntax rule T3b retags such a word as a verb in a stretch with no other verb, when a noun phrase (not
 * a preposition: "drone strikes on Kyiv" stays a noun) follows, and the relation view reads that retag (it reads
 * the other -s retags of rule T3 after names and plurals still as the tagger had them).
 * Every sentence is written for these tests; negative rows hold a noun compound before a verb, a downing, an origin,
 * a conditional, debris and a speaker's seat.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const targets = (text: string): string[] => relationsFound(text, ['targeted'], 'classes25b');
const LEAD = 'Russia attacked Ukraine overnight with drones and missiles, the air force said.';

describe('an -s verb of hitting after a singular weapon noun is a verb (syntax T3b)', () => {
  const cases: [string, string, string[]][] = [
    ['a missile hits', `${LEAD} A missile hits a depot in Lviv.`, ['lviv']],
    ['a missile strikes', `${LEAD} A missile strikes a grain store in Lutsk.`, ['lutsk']],
    ['an adjective before the weapon, a district', `${LEAD} A Russian drone strikes a depot in Lviv's Sykhivskyi district.`, ['lviv', 'region:sykhivskyi-district']],
    ['slams with a direct object', `${LEAD} A drone slams a warehouse in Rivne.`, ['rivne']],
    ['a headline subordinate clause', `Two hurt as drone hits bakery in Lutsk\n\n${LEAD}`, ['lutsk']],
    // negatives: a noun compound before the verb, a downing, an origin, a conditional, debris, a speaker's seat
    ['a noun compound before a verb', `${LEAD} A drone strikes map of Lviv was posted by the mayor.`, []],
    ['a downing place', `${LEAD} A fighter jet downs a drone over Lviv.`, []],
    ['an origin', `${LEAD} A Russian bomber fires a missile from the Kursk region.`, []],
    ['a conditional', `${LEAD} If a drone hits the depot in Lviv, the city loses heat.`, []],
    ['crews before a participle', `${LEAD} Air defence crews neutralised 40 of the drones over Lviv.`, []],
    ['debris', `${LEAD} Drone debris hits a car park in Lviv.`, []],
    ['a speaker seat', `${LEAD} The mayor of Lviv says a drone hits the region every night.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const found = targets(text).map((r) => r.split(' ')[2] ?? '');
    expect(found.filter((p) => p !== 'ukraine')).toEqual(expected);
  });
});
