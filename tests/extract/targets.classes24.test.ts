/**
 * Table tests of session 24 (branch recall24): a weapon getting to a place names the place as a target; a reporting
 * aside (", officials said,", ", according to X,") between a place subject and "took the brunt" / "was the hardest
 * hit", or between "the main target" and its copula, is passed over. A verb of
 * getting to a destination (lexicon class destinationVerb, grown from WordNet: reach, arrive at) with a weapon as its
 * subject and a place as its object. Every sentence is written for these tests (none is taken from a
 * corpus). Negative rows: weapons downed before they got there, denials, a counterfactual, a question, a person or a
 * platform as the subject, an object that is no place.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes24');

const OPENING = 'Russia attacked Kyiv with drones overnight.';

const destination: RelationCase[] = [
  // A weapon reaching, arriving at or crossing into a place.
  [`${OPENING} The drones reached Lutsk before dawn.`, ['targeted russia kyiv -', 'targeted russia lutsk -']],
  [`${OPENING} The fourth missile reached the Izmail district.`, ['targeted russia izmail-raion -', 'targeted russia kyiv -']],
  [`${OPENING} Drones also reached Uzhhorod, where one hit a school.`, ['targeted russia kyiv -', 'targeted russia uzhhorod -']],
  [`${OPENING} Shortly after 3am a swarm of Shahed drones reached the Sumy region.`, ['targeted russia kyiv -', 'targeted russia sumy-oblast -']],
  [`${OPENING} Two cruise missiles arrived at Kremenchuk within the hour.`, ['targeted russia kremenchuk -', 'targeted russia kyiv -']],
  // Downed before they got there, denied, counterfactual, asked, a person or an aircraft, no place as the object.
  [`${OPENING} Most were shot down before they reached Lutsk.`, ['targeted russia kyiv -']],
  [`${OPENING} The air force downed every drone until it reached the Sumy region.`, ['targeted russia kyiv -']],
  [`${OPENING} None of the drones reached Lutsk.`, ['targeted russia kyiv -']],
  [`${OPENING} Had the drones reached Lutsk, the damage would have been worse.`, ['targeted russia kyiv -']],
  [`${OPENING} Did the drones reach Lutsk?`, ['targeted russia kyiv -']],
  [`${OPENING} The governor reached Lutsk by noon.`, ['targeted russia kyiv -']],
  [`${OPENING} The bombers reached the Caspian Sea at midnight.`, ['targeted russia kyiv -']],
  [`${OPENING} Five drones reached their targets.`, ['targeted russia kyiv -']],
];

const reportAside: RelationCase[] = [
  // A reporting aside between a place subject (or "the main target") and the statement that it was hit hardest.
  [`${OPENING} The Volyn region, its governor said, took the brunt of the attack.`, ['targeted russia kyiv -', 'targeted russia volyn-oblast -']],
  [`${OPENING} Lutsk, officials said, was the hardest hit.`, ['targeted russia kyiv -', 'targeted russia lutsk -']],
  [`${OPENING} The main target, according to the air force, was the Volyn region.`, ['targeted russia kyiv -', 'targeted russia volyn-oblast -']],
  [`${OPENING} The main target, the air force said, was Lutsk.`, ['targeted russia kyiv -', 'targeted russia lutsk -']],
  // A place inside the aside is no subject; a denial, a plan.
  [`${OPENING} Lutsk, the Rivne governor said, was the hardest hit.`, ['targeted russia kyiv -', 'targeted russia lutsk -']],
  [`${OPENING} The main target, he said, was never Lutsk.`, ['targeted russia kyiv -']],
  [`${OPENING} The main target, officials said, was not Lutsk.`, ['targeted russia kyiv -']],
  [`${OPENING} The next target, the governor warned, will be Lutsk.`, ['targeted russia kyiv -']],
];

const reachLaunched: RelationCase[] = [
  // A named system that reached a place was launched; a class of weapons there is the night's weapons taken up again.
  ['Russia attacked Kyiv overnight. A cluster of Shahed drones reached Lutsk before dawn.', ['launched russia shahed-136 -']],
  ["Russia attacked Kyiv overnight. The enemy's drones reached Lutsk before dawn.", []],
];

const TABLES: [string, RelationCase[], Predicate][] = [
  ['a weapon reaching a place', destination, 'targeted'],
  ['the launch told by a weapon reaching a place', reachLaunched, 'launched'],
  ['a reporting aside before the hardest-hit or main-target statement', reportAside, 'targeted'],
];

describe.each(TABLES)('classes of session 24: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
