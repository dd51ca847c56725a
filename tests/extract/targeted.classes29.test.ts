/**
 * Session 29 (branch targeted29): three classes of the targeted misses of the just-released read sets 50-53, counted
 * again in the older read sets (issue 10), and the event targets under them (issue 9).
 *
 * 1. Weapons on their way to a place, told with where they came from or their heading between the verb of travel and
 *    its goal ("came in from the sea towards X", "came from the Kursk region towards Y", "flying south towards Z"):
 *    lexicon originPrepositions and compassHeadings after an approachVerb (view.ts `pastOriginAndHeading`); a place
 *    after "from" is no subject of the participle after it (`originBefore`). A participle whose weapons are the object
 *    of a preposition ("warns of drones moving towards X", "a route for drones flying west towards Y") tells a warning
 *    or a route, not a flight (`prepositionalWeaponBefore`). Read sets: cs52, cs13, cs32, cs48.
 * 2. A facility located by "on" when the tagger read its head as an adjective ("a warehouse complex on the outskirts of
 *    X") or with an indefinite article ("a grain store on a farm near X"; not a time: "on a Sunday"): frames.ts
 *    `placesRight`. Read sets: cs52, cs40.
 * 3. A fronted "Across X," before a launch ("Across Ukraine, Russia sent 48 Shahed drones") places the launch in X, when
 *    X lies in the state the launcher fights (11-launched.ts `frontedAcross`). Read sets: cs30, cs43, cs51 (cs1 does not
 *    annotate the same construction).
 *
 * Rules: `targeted:verb`, `targeted:launched-at` (unchanged ids). Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, relationsFound } from './helpers.ts';

const targets = (text: string): string[] => relationsFound(text, ['targeted'], 'classes29').map((r) => r.split(' ').slice(1, 3).join(' '));

describe('weapons travelling towards a place, with an origin or a heading before the goal', () => {
  const cases: [string, string, string[]][] = [
    ['came in from the sea', 'Russia launched 20 drones overnight. Most of the drones came in from the Black Sea toward the Mykolaiv region, the air force said.', ['russia mykolaiv-oblast']],
    ['came from a region', 'Russia launched 20 drones overnight. Five missiles came from Kursk Oblast towards the Sumy region.', ['russia sumy-oblast']],
    ['a participle after the origin', 'Russia launched 20 drones overnight. The drones came from the Kursk region, flying south towards the Kyiv region and the Poltava region.', ['russia kyiv-oblast', 'russia poltava-oblast']],
    ['a dashed heading', 'Russia launched 20 drones overnight. The drones flew south-west towards the Sumy region.', ['russia sumy-oblast']],
    ['a partitive subject', 'Russia launched 20 drones overnight. Most of the drones had been flying towards the Odesa region, it said.', ['russia odesa-oblast']],
    ['an absolute clause with "with"', 'Russia launched 20 drones overnight. The region was the main aim, he said, with the drones coming in from the sea towards the port of Poltava.', ['russia poltava']],
    // negatives: a warning, a route, a person, a vehicle, an origin not ending at the goal
    ['a warning', 'Russia launched 20 drones overnight. The air force warned of drones moving from the south-east towards the Sumy region.', []],
    ['a route', 'The region lies on a frequent route for drones flying west towards Lviv, officials said.', []],
    ['a person travels', 'The minister came from Kyiv towards the Sumy region.', []],
    ['a lorry', 'Russia launched 20 drones overnight. A lorry came from the Kursk region towards the Sumy region.', []],
    ['an origin with a verb before the goal', 'Russia launched 20 drones overnight. The drones came from the Kursk region and were downed before they could turn towards the Sumy region.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targets(text).sort()).toEqual(expected);
  });
});

describe('a facility located by "on" after an adjective-tagged head or with an indefinite article', () => {
  const cases: [string, string, string[]][] = [
    ['a warehouse complex on the outskirts', 'Russia fired two missiles overnight. The missiles struck a warehouse complex on the outskirts of Poltava.', ['russia poltava']],
    ['on a farm near', 'Russia launched 20 drones overnight. A drone hit a grain store on a farm near Poltava.', ['russia poltava']],
    ['crashed into a barn on a farm', 'Russia launched 20 drones overnight. One drone crashed into a barn on a farm near Poltava, he said.', ['russia poltava']],
    // negatives: a time after "on a", debris on a farm, a place the facility is not in
    ['a time after "on a"', 'Russia launched 20 drones overnight. A drone hit a grain store on a Sunday night, and officials in Poltava said nobody was hurt.', []],
    ['debris on a farm', 'Russia launched 20 drones overnight. Debris of a downed drone fell on a farm near Poltava.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targets(text).sort()).toEqual(expected);
  });
});

describe('a fronted "Across X," places the launch in X', () => {
  const cases: [string, string, string[]][] = [
    ['across the state', 'Across Ukraine, Russia sent 40 Shahed drones, and 30 were shot down.', ['russia ukraine']],
    ['a time aside', 'Across Ukraine, the same night, Russia launched 40 Shahed drones, 30 of which were shot down.', ['russia ukraine']],
    ['across a region', 'Across the Kharkiv region, Russia launched 12 drones overnight, the governor said.', ['russia kharkiv-oblast']],
    // negatives: a report verb between, a delivery of allies, no "across", a launch aimed elsewhere
    ['a report verb before the launch', 'Across Ukraine, people said Russia launched 40 drones.', []],
    ['a delivery', "Across Europe, Ukraine's allies sent 40 air defence missiles.", []],
    ['the place the launch is aimed at wins', 'Across Ukraine, Russia launched 40 Shahed drones at Odesa.', ['russia odesa']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(targets(text).sort()).toEqual(expected);
  });
});

describe('the event targets of the classes', () => {
  it('an approach with an origin', () => {
    const events = eventsOf("Ukraine's air force said Russia launched 20 Shahed drones overnight and 15 were shot down. Most of the drones came in from the Black Sea toward the Mykolaiv region.", '2024-03-10');
    expect(events.map((e) => [e.kind, e.targets])).toEqual([['attack', ['mykolaiv-oblast']]]);
  });
  it('a fronted "Across Ukraine,"', () => {
    const events = eventsOf('Across Ukraine, Russia sent 40 Shahed drones overnight, and 30 were shot down, the air force said.', '2024-03-10');
    expect(events.map((e) => [e.kind, e.targets])).toEqual([['attack', ['ukraine']]]);
  });
});
