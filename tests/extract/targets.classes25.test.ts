/**
 * Session 25 (branch targeted25): targeted recall, the places a list of hits names.
 *
 * Class 1, a list of hit places under a heading that announces them: a short line with no named place, no number and
 * no modal that says where or what the weapons hit or landed ("WHERE THE DRONES LANDED", "What was struck"), then
 * lines labelled with a place and a colon that name only what was hit there ("- Lubny: a grain store."). Each label
 * is a place hit though its line has no attack word; a label may carry its region ("Lubny, Poltava region:") or a
 * parenthetical that only qualifies it ("Uman (city):", whose places locate and are not hit); and the places the
 * line's first phrase locates the hit in are hit too ("a bakery in the Kyivskyi district"), on any labelled line.
 * Every sentence is written for these tests; negative rows hold a denial, debris, a speaker, a list under another
 * heading, a heading of downings and a forecast.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const targets = (text: string): string[] => relationsFound(text, ['targeted'], 'classes25');
const LEAD = 'Russia sent 60 Shahed drones against Ukraine overnight, the air force said, and 45 were shot down.';

describe('a labelled line under a heading of hits names a place hit (targeted:labelled-line)', () => {
  const cases: [string, string, string[]][] = [
    ['bare label', `${LEAD}\n\nWHERE THE DRONES LANDED\n- Lubny: a grain store.\n- Sumy: a bus depot and two cars.`, ['lubny', 'sumy']],
    ['label with its region', `${LEAD}\n\nWHERE THE DRONES HIT\n- Lubny, Poltava region: a farm shed.`, ['lubny', 'poltava-oblast']],
    ['a district the line names', `${LEAD}\n\nWHAT WAS STRUCK\n- Poltava: a bakery in the Kyivskyi district.`, ['poltava', 'region:kyivskyi-district']],
    ['a heading in running text, labels with a qualifier', `${LEAD} Where they landed. Uman (city): a petrol station. Izium (rail hub): a locomotive shed.`, ['izium', 'uman']],
    // negatives: a denial, debris, a speaker, another heading, a heading of downings, a forecast
    ['a denial under the heading', `${LEAD}\n\nWHERE THE DRONES HIT\n- Lubny: a grain store.\n- Kherson: no damage reported.`, ['lubny']],
    ['debris under the heading', `${LEAD}\n\nWHERE THE DRONES HIT\n- Lubny: a grain store.\n- Odesa: fragments of a downed drone on a yard.`, ['lubny']],
    ['a speaker under the heading', `${LEAD}\n\nWHERE THE DRONES HIT\n- Lviv: the mayor said the city was calm.`, []],
    ['a list under another heading', `${LEAD}\n\nPORT STATUS\n- Izmail: open, with delays of a day.\n- Reni: two berths closed.`, []],
    ['a heading of downings', `${LEAD}\n\nWHERE DRONES WERE SHOT DOWN\n- Lubny: a field east of the town.`, []],
    ['a forecast heading', `${LEAD}\n\nWHERE DRONES MAY HIT NEXT\n- Lubny: the rail yard.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const found = targets(text).map((r) => r.split(' ')[2] ?? '');
    expect(found.filter((p) => p !== 'ukraine')).toEqual(expected);
  });
});

describe('the places a labelled line with an attack word locates the hit in are hit too', () => {
  const cases: [string, string, string[]][] = [
    ['a district after the colon', `${LEAD}\n\n- Kharkiv: a print works in the Saltivskyi district, burnt out after a drone strike.`, ['kharkiv', 'region:saltivskyi-district']],
    ['a parenthetical qualifier, a strike noun', `${LEAD} Izium (Kharkiv region): a drone strike on a substation.`, ['izium']],
    ['a district, then a damage verb', `${LEAD}\n\n- Kharkiv: a print works in the Saltivskyi district, damaged by a drone.`, ['kharkiv', 'region:saltivskyi-district']],
    // negatives: debris after the colon, a denial
    ['debris after the colon', `${LEAD}\n\n- Kyiv: debris fell in the Darnytskyi district.`, []],
    ['a denial after the colon', `${LEAD}\n\n- Kharkiv: no strikes on the Saltivskyi district were confirmed.`, []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const found = targets(text).map((r) => r.split(' ')[2] ?? '');
    expect(found.filter((p) => p !== 'ukraine')).toEqual(expected);
  });
});

/**
 * Class 2, a weapon that came down where a relative "where" clause locates it: a place before ", where" whose clause
 * has a weapon (not a downed one, not its wreckage) or a count of weapons told before as the subject of a verb of
 * coming down or exploding (lexicon landingPhrases, impactLandingVerbs) is hit (targeted:where-clause); and so is the
 * place whose "of" phrase names it ("the Obukhiv district of the Kyiv region, where").
 */
describe('a place where a weapon came down is hit (targeted:where-clause)', () => {
  const cases: [string, string, string[]][] = [
    ['a weapon came down', 'Firefighters worked at a depot in Lubny, where a Russian drone came down before dawn.', ['lubny']],
    ['a weapon exploded', 'Rescuers searched a school in Izium, where a Russian missile exploded at about 3am.', ['izium']],
    ['a district of a region', 'Rescuers cleared a barn in the Obukhiv district of the Kyiv region, where a Russian Iskander missile came down before dawn.', ['kyiv-oblast', 'obukhiv-raion']],
    ['a count of weapons told before', 'Russia sent drones at Ukraine overnight. Two reached the Lubny district, where one exploded near a farm.', ['lubny-raion', 'ukraine']],
    // negatives: wreckage, a downed weapon, a forecast, people hurt, debris
    ['wreckage of a weapon', 'Firefighters worked at a depot in Lubny, where the wreckage of a drone landed before dawn.', []],
    ['a downed weapon', 'Firefighters worked at a depot in Lubny, where a downed drone came down.', []],
    ['a forecast', 'Patrols searched a field near Lubny, where a drone may land next.', []],
    ['people hurt, no weapon', 'Russian drones flew over Lubny, where two people were hurt.', []],
    ['debris', 'Firefighters worked at a depot in Lubny, where debris from a drone came down.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const found = targets(text).map((r) => r.split(' ')[2] ?? '');
    expect(found.map((p) => p.replace(/^region:/, '')).sort()).toEqual(expected);
  });
});
