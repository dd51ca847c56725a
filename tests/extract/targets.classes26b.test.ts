/**
 * Session 26 (branch regions26): the parent region of a town given by "the town of X in the Y region".
 *
 * The gold of the read sets lists the region of a town hit when the town is named inside a locative of the thing hit
 * ("a café in the village of X in the Y region", "a depot on the outskirts of the mining town of X in the Y region",
 * "a terminal in the port of X in the Y region": seven rows in six check sets), and leaves it out when the town
 * itself is the named object of the attack ("an attack against the town of X in Y Oblast": the real set). The
 * region after "of X" was always dropped; now it is dropped only when "the town of X" is the attack's own object
 * (after a target preposition or verb, or an attack noun's "of"), and kept after "in", "of" ("the outskirts of ...")
 * or a near-locator (lexicon nearLocators). Rule: the locative scan of target phrases (placesRight), unchanged ids.
 * Every sentence is written for these tests; negative rows hold the town as the attack's own object, the region as
 * the speaker's seat, a region where debris fell, the region of launch and a region named only in a background
 * paragraph.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, relationsFound } from './helpers.ts';

const targets = (text: string): string[] =>
  relationsFound(text, ['targeted'], 'classes26b')
    .map((r) => r.split(' ')[2] ?? '')
    .filter((p) => p !== 'ukraine');

describe('the region of a town named by "the town of X" inside a locative is a place hit', () => {
  const cases: [string, string, string[]][] = [
    ['in the village of', 'Overnight a Russian drone struck a school in the village of Kivsharivka in the Kharkiv region.', ['city:kivsharivka', 'kharkiv-oblast']],
    ['in the town of', "Russian drones set fire to a fuel depot in the town of Lubny in the Poltava region on Sunday night.", ['lubny', 'poltava-oblast']],
    ['on the outskirts of', 'Russian drones hit a warehouse on the outskirts of Lozova in the Kharkiv region overnight.', ['kharkiv-oblast', 'lozova']],
    ['outskirts of the mining town of', 'Russian missiles damaged a depot on the outskirts of the mining town of Kurakhove in the Donetsk region.', ['donetsk-oblast', 'kurakhove']],
    ['near the village of', 'A Russian drone damaged a barn near the village of Kivsharivka in the Kharkiv region on Monday.', ['city:kivsharivka', 'kharkiv-oblast']],
    // negatives: the town as the attack's own object, an attack noun's "of", the speaker's seat, debris, launch,
    // a background paragraph
    ['attack against the town of', 'A Russian missile attack against the town of Izium in Kharkiv Oblast injured two people overnight.', ['izium']],
    ['struck the village of', 'Russia shelled the village of Vovchansk in the Kharkiv region.', ['vovchansk']],
    ['the shelling of', 'The Russian shelling of Kupiansk in the Kharkiv region went on all night.', ['kupiansk']],
    ['speaker seat', 'The governor of the Poltava region, speaking in Kyiv, said Russian drones had hit a barn in the village of Kivsharivka in the Kharkiv region.', ['city:kivsharivka', 'kharkiv-oblast']],
    ['debris', 'Debris of a downed Russian drone fell on a barn near the village of Kivsharivka in the Kharkiv region.', []],
    ['launch region', 'Russia launched drones from the town of Millerovo in the Rostov region at Kharkiv overnight.', ['kharkiv']],
    ['background', 'Russian drones hit a school in Lubny overnight. The town of Hadiach in the Poltava region is known for its museum.', ['lubny']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targets(text)).toEqual(expected);
  });
});

describe('event targets take the region with the town', () => {
  const cases: [string, string, string[]][] = [
    ['in the village of', 'Overnight a Russian drone struck a school in the village of Kivsharivka in the Kharkiv region.', ['city:kivsharivka', 'kharkiv-oblast']],
    ['on the outskirts of', 'Russian drones hit a warehouse on the outskirts of Lozova in the Kharkiv region overnight.', ['kharkiv-oblast', 'lozova']],
    // negative: the town as the attack's own object
    ['attack against the town of', 'A Russian missile attack against the town of Izium in Kharkiv Oblast injured two people overnight.', ['izium']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const ids = eventsOf(text, '2024-05-01').flatMap((e) => e.targets);
    expect(ids.sort()).toEqual(expected);
  });
});
