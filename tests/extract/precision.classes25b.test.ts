/**
 * Session 25 (branch precision25b): a place hit only by what fell after a downing is no target. The decision step
 * weighs a `targeted` candidate down (feature `debrisAgent`) when the agent of its trigger is a debris noun (lexicon
 * debrisNouns): after "by" ("damaged by falling debris", "set alight by the wreckage of a downed drone") or in the
 * clause before it ("debris damage in X"). Such a candidate gives no relation but stays a statement for the event
 * model (`Decision.eventOnly`): it still groups and anchors the night's attack, and names no event target
 * (GUIDELINES.md: targets are not where debris fell). A strike named with the debris keeps the place ("strikes and
 * falling debris caused damage in X"), as do direct hits. Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../../src/extract/types.ts';
import { eventsOf, relationsFound } from './helpers.ts';

const targeted = (text: string): string[] => relationsFound(text, ['targeted'], 'classes25b');
const LEAD = 'Russia attacked the Kyiv region with drones overnight. ';

describe('a place hit only by debris is not targeted', () => {
  const cases: [string, string, string[]][] = [
    ['damaged by falling debris', `${LEAD}A house in the Obolonskyi district was damaged by falling debris, officials said.`, ['targeted russia kyiv-oblast -']],
    ['debris damage in a town', `${LEAD}Drone-debris damage in Irpin was limited to two cars.`, ['targeted russia kyiv-oblast -']],
    ['set alight by the wreckage', `${LEAD}A barn in the Bucha district was set alight by the wreckage of a downed drone.`, ['targeted russia kyiv-oblast -']],
    ['hit by fragments', `${LEAD}A garage in Brovary was hit by fragments of an intercepted drone.`, ['targeted russia kyiv-oblast -']],
    // negatives: a strike named with the debris, a direct hit, a hit by a weapon after "by", a place hit by a weapon
    // where debris also fell, a denial
    ['strikes and debris', `${LEAD}Strikes and falling debris caused damage in Fastiv and Boryspil.`, ['targeted russia boryspil -', 'targeted russia fastiv -', 'targeted russia kyiv-oblast -']],
    ['a direct hit', `${LEAD}A drone hit a warehouse in Brovary.`, ['targeted russia brovary -', 'targeted russia kyiv-oblast -']],
    ['damaged by a drone', `${LEAD}A house in the Obolonskyi district was damaged by a drone, officials said.`, ['targeted russia kyiv-oblast -', 'targeted russia obolonskyi-district -']],
    ['hit and debris in one town', `${LEAD}A drone struck a warehouse in Brovary. A shed in Brovary was later damaged by falling debris.`, ['targeted russia brovary -', 'targeted russia kyiv-oblast -']],
    ['a denial', `${LEAD}Officials denied that a drone hit a warehouse in Brovary.`, ['targeted russia kyiv-oblast -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targeted(text)).toEqual(expected);
  });
});

describe('a place hit only by debris still tells of the attack, as no target of it', () => {
  const PUBLISHED = '2025-05-06';
  const targetsOf = (text: string): string[] => eventsOf(text, PUBLISHED).map((e: ExtractedEvent) => `${e.kind} ${e.date ?? 'null'} ${e.attacker}: ${[...e.targets].sort().join(', ')}`);
  const cases: [string, string, string[]][] = [
    [
      'debris beside a struck region',
      'Russia attacked the Kyiv region with drones overnight, the air force said. A house in Brovary was damaged by falling debris. Twenty drones were shot down.',
      ['attack 2025-05-06 russia: kyiv-oblast'],
    ],
    // negatives: a place hit by a weapon stays a target, debris or not
    [
      'a hit and debris in one town',
      'Russia attacked the Kyiv region with drones overnight. A drone struck a warehouse in Brovary, and a shed there was damaged by falling debris.',
      ['attack 2025-05-06 russia: brovary, kyiv-oblast'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targetsOf(text)).toEqual(expected);
  });
});
