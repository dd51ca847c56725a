/**
 * Table tests of session 24 (branch targeted24c): a facility hit "in" or "near" a city that is itself placed
 * "in the X region" (no comma) names the region as a place hit too, as the region after ", in the X region" already
 * did; a state after a city still only locates. Every sentence is written for these tests (none is taken from a
 * corpus). Negative rows: debris, a downing place, an origin, a plan, a denial, a state as the locator.
 */
import { describe, expect, it } from 'vitest';
import type { Predicate } from '../../src/domain/index.ts';
import { type RelationCase, relationsFound } from './helpers.ts';

const found = (text: string, predicates: Predicate[]): string[] => relationsFound(text, predicates, 'classes24c');

const OPENING = 'Russia attacked Kyiv with drones overnight.';

const cityRegion: RelationCase[] = [
  // A facility near or in a city, and the city in its region: the region is hit too.
  [`${OPENING} A drone wrecked a barn near Konotop in the Sumy region.`, ['targeted russia konotop -', 'targeted russia kyiv -', 'targeted russia sumy-oblast -']],
  [`${OPENING} One drone struck a garage in Nizhyn in the Chernihiv region.`, ['targeted russia chernihiv-oblast -', 'targeted russia kyiv -', 'targeted russia nizhyn -']],
  [`${OPENING} A missile damaged a depot outside Lubny in the Poltava region.`, ['targeted russia kyiv -', 'targeted russia lubny -', 'targeted russia poltava-oblast -']],
  // Debris, a downing place, an origin, a plan, a denial: no place hit; a state after a city only locates.
  [`${OPENING} Debris fell on a barn near Konotop in the Sumy region.`, ['targeted russia kyiv -']],
  [`${OPENING} The drones were shot down near Konotop in the Sumy region.`, ['targeted russia kyiv -']],
  [`${OPENING} The drones were launched from a field near Kursk in the Kursk region.`, ['targeted russia kyiv -']],
  [`${OPENING} Russia plans to strike a depot near Konotop in the Sumy region.`, ['targeted russia kyiv -']],
  [`${OPENING} Officials denied that a drone hit a barn near Konotop in the Sumy region.`, ['targeted russia kyiv -']],
  [`${OPENING} A drone hit a barn near Konotop in Ukraine.`, ['targeted russia konotop -', 'targeted russia kyiv -']],
];

const TABLES: [string, RelationCase[], Predicate][] = [['a region after a city hit', cityRegion, 'targeted']];

describe.each(TABLES)('classes of session 24c: %s', (_title, rows, predicate) => {
  it.each(rows)('%s', (text, expected) => {
    expect(found(text, [predicate])).toEqual(expected);
  });
});
