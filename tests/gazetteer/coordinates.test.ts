/**
 * Coordinates of the gazetteer's places (written by scripts/geo/coordinates.ts): every City and Region has them,
 * they are where a map expects them, the loader rejects malformed ones, and the script's matching keys behave.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { buildGazetteer, loadGazetteer } from '../../src/domain/gazetteer/index.ts';
import { foldName, looseKey } from '../../scripts/geo/coordinates.ts';

const gaz = loadGazetteer();
const place = (id: string): { lon: number; lat: number } => {
  const entry = gaz.get(id);
  if (entry?.lon === undefined || entry.lat === undefined) throw new Error(`${id} has no coordinates`);
  return { lon: entry.lon, lat: entry.lat };
};

describe('gazetteer coordinates', () => {
  it('every City and Region entry (oblasts included) has a longitude and a latitude', () => {
    const missing = gaz.entries.filter((entry) => (entry.type === 'City' || entry.type === 'Region') && (entry.lon === undefined || entry.lat === undefined));
    expect(missing.map((entry) => entry.id)).toEqual([]);
    const oblasts = gaz.entries.filter((entry) => / Oblast$/.test(entry.name));
    expect(oblasts.length).toBeGreaterThanOrEqual(24);
  });

  it('places Lviv, Kyiv and Kharkiv from west to east, at their latitudes', () => {
    const [lviv, kyiv, kharkiv] = [place('lviv'), place('kyiv'), place('kharkiv')];
    expect(lviv.lon).toBeLessThan(kyiv.lon);
    expect(kyiv.lon).toBeLessThan(kharkiv.lon);
    for (const { lat } of [lviv, kyiv, kharkiv]) expect(lat).toBeGreaterThan(49);
  });

  it.each([
    ['kyiv-oblast', 'kyiv'],
    ['kharkiv-oblast', 'kharkiv'],
    ['dnipropetrovsk-oblast', 'dnipro'],
    ['kirovohrad-oblast', 'kropyvnytskyi'],
    ['volyn-oblast', 'lutsk'],
  ])('puts %s at its administrative centre %s', (region, centre) => {
    expect(place(region)).toEqual(place(centre));
  });

  it('keeps every Ukrainian place inside Ukraine\'s bounding box', () => {
    const outside = gaz.entries.filter((entry) => entry.country === 'ukraine' && entry.lon !== undefined && entry.lat !== undefined
      && (entry.lon < 22 || entry.lon > 40.3 || entry.lat < 44.3 || entry.lat > 52.4));
    expect(outside.map((entry) => entry.id)).toEqual([]);
  });

  it.each([
    ['lon without lat', { lon: 30 }],
    ['a latitude beyond the pole', { lon: 30, lat: 95 }],
    ['a string', { lon: '30', lat: 50 }],
  ])('the loader rejects %s', (_name, fields) => {
    const city = { id: 'testville', name: 'Testville', type: 'City', wikidata: null, aliases: [], ...fields };
    expect(() => buildGazetteer([{ file: 'test.json', data: [city] }])).toThrow(InputError);
  });

  it('the loader rejects coordinates on a person', () => {
    const person = { id: 'test-person', name: 'Test Person', type: 'Person', wikidata: null, aliases: [], lon: 1, lat: 2 };
    expect(() => buildGazetteer([{ file: 'test.json', data: [person] }])).toThrow(InputError);
  });
});

describe('place-name keys of the coordinates script', () => {
  it.each([
    ['Hrubieszów', 'hrubieszow'],
    ["Nal'chik", 'nalchik'],
    ['Kamensk-Shakhtinsky', 'kamensk shakhtinsky'],
    ['St. George\u2019s', 'st georges'],
  ])('folds %s to %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it.each([
    ['Kupiansk', 'Kupjansk'],
    ['Chuhuiv', 'Chuhuyiv'],
    ['Sievierodonetsk', 'Syevyerodonets\u2019k'],
    ['Grozny', 'Groznyy'],
  ])('gives %s and %s the same loose key', (a, b) => {
    expect(looseKey(a)).toBe(looseKey(b));
  });

  it('keeps different towns apart', () => {
    expect(looseKey('Lutsk')).not.toBe(looseKey('Lviv'));
    expect(looseKey('Kharkiv')).not.toBe(looseKey('Kherson'));
  });
});
