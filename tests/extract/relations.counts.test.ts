/**
 * Table tests of counts: digits, words ("Forty-three", "a dozen"), hedged numbers ("more than 90", "about 15"),
 * partitives ("13 of the 24": 24 launched, 13 shot down), "all ten", "both", and vague amounts (no count).
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const launched: Array<[string, string]> = [
  ['Russia fired 1,200 drones in March.', 'launched russia drone 1200'],
  ['Russia fired Forty-three drones.', 'launched russia drone 43'],
  ['Russia fired twenty-nine drones.', 'launched russia drone 29'],
  ['Russia fired a dozen drones.', 'launched russia drone 12'],
  ['Russia fired more than 90 drones.', 'launched russia drone 90'],
  ['Russia fired about 15 drones.', 'launched russia drone 15'],
  ['Russia fired at least 20 drones.', 'launched russia drone 20'],
  ['Russia fired all ten Kalibr cruise missiles from one ship.', 'launched russia kalibr 10'],
  ['Russia fired dozens of drones.', 'launched russia drone -'],
  ['Russia fired several drones.', 'launched russia drone -'],
  // "the single", "a lone" count one; "not a single" counts nothing.
  ['Russia fired a lone Kinzhal at Kyiv.', 'launched russia kinzhal 1'],
  ['Russia fired 30 drones and the single Kinzhal at Kyiv.', 'launched russia kinzhal 1'],
  // A clock time before the weapon counts nothing ("a.m." ends no sentence for the splitter).
  ['Shortly after 3 a.m. Russian drones hit a warehouse in Odesa.', 'launched russia drone -'],
  ['At 11 pm drones hit Lviv again.', 'launched russia drone -'],
  ['At 11 pm 14 drones hit Lviv again.', 'launched russia drone 14'],
  ['Russia used 300 weapons - missiles and drones.', 'launched russia missile -'],
  // A number word glued by a hyphen to a word is a modifier ("one-way"), not a count; the count before it stays.
  ['Russia sent 40 Shahed one-way attack drones at Lviv.', 'launched russia attack-drone -'],
  ['Russia sent 40 one-way attack drones at Lviv.', 'launched russia attack-drone 40'],
  ['Russia sent one-way attack drones at Lviv.', 'launched russia attack-drone -'],
  // The figure a count noun is "put at".
  ["Ukraine's air force put the number of drones launched by Russia at 597.", 'launched russia drone 597'],
  // An exact figure told later wins over a bound told first ("more than 100", then "85 of the 104"); two exact
  // figures keep the first.
  ['Russia fired more than 100 drones at Ukraine overnight, officials said. Air defences shot down 85 of the 104 drones.', 'launched russia drone 104'],
  ['Russia fired 110 drones at Ukraine overnight, officials said. Air defences shot down 85 of the 104 drones.', 'launched russia drone 110'],
];

const intercepted: Array<[string, string]> = [
  ['Air defences shot down 13 of the 24 Shahed drones launched by Russia.', 'intercepted ukraine shahed-136 13'],
  ['Air defences shot down both Iskander missiles.', 'intercepted ukraine iskander 2'],
  ['Russia fired 30 drones; seven of them were shot down.', 'intercepted ukraine drone 7'],
  ["Russia fired 597 drones, the air force said, putting the number of drones shot down at 319.", 'intercepted ukraine drone 319'],
  // "at" and a number that is no figure of the count ("at 3am") give no count.
  ['Russia fired 597 drones; the number of drones shot down at 3am was not given.', 'intercepted ukraine drone -'],
  ['Russia fired 30 drones. Most of them were shot down.', 'intercepted ukraine drone -'],
];

describe('relations: counts', () => {
  it.each(launched)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'launched')).toContain(expected);
  });
  it.each(intercepted)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'intercepted')).toContain(expected);
  });
  // A role class ("attack drones") and its parent class ("drones") of one side and predicate are one relation
  // unless their counts differ; a kind ("cruise missiles") and its parent ("missiles") stay two.
  const roleClasses: Array<[string, string[]]> = [
    ['Russia fired 30 drones at Kyiv. The air force said Russia used 30 attack drones.', ['launched russia attack-drone 30']],
    ['Russia fired drones at Kyiv. The air force said Russia used 30 attack drones.', ['launched russia attack-drone 30']],
    ['Russia fired 30 drones at Kyiv. Air defences shot down several attack drones.', ['intercepted ukraine attack-drone -', 'launched russia drone 30']],
    ['Russia fired 300 drones in May. The air force said Russia used 30 attack drones overnight.', ['launched russia attack-drone 30', 'launched russia drone 300']],
    ['Russia fired missiles at Kyiv. The air force said Russia used five cruise missiles.', ['launched russia cruise-missile 5', 'launched russia missile -']],
  ];
  it.each(roleClasses)('%s', (text, expected) => {
    expect(relationsOf(text).filter((r) => !r.startsWith('targeted'))).toEqual(expected);
  });
  it('gives the launched relation the whole and the interception the part', () => {
    const all = relationsOf('Officials said air defences destroyed 21 of 49 drones launched by Russia.');
    expect(all).toEqual(['intercepted ukraine drone 21', 'launched russia drone 49']);
  });
});
