/**
 * Coordinates of the graph's places for the map view: every City and Region of the gazetteer carries `lon`/`lat`
 * (ontology/gazetteer, written by scripts/geo/coordinates.ts); an entity node keyed by a gazetteer id takes them.
 * Places outside the gazetteer have none and keep their force-layout position.
 */
import cities from '../../../ontology/gazetteer/cities.json';
import regions from '../../../ontology/gazetteer/regions.json';
import type { KnowledgeGraph } from '../graph/types.ts';
import type { GeoPoint } from './projection.ts';

interface PlaceRecord {
  id: string;
  lon?: number;
  lat?: number;
}

/** Gazetteer id -> coordinates, for every City and Region that has them. */
export const GAZETTEER_PLACES: ReadonlyMap<string, GeoPoint> = new Map(
  ([...cities, ...regions] as PlaceRecord[])
    .filter((entry) => typeof entry.lon === 'number' && typeof entry.lat === 'number')
    .map((entry) => [entry.id, { lon: entry.lon as number, lat: entry.lat as number }]),
);

/** Coordinates of the graph's City and Region nodes that the gazetteer places, by node key. */
export function placeCoordinates(graph: KnowledgeGraph, known: ReadonlyMap<string, GeoPoint> = GAZETTEER_PLACES): Map<string, GeoPoint> {
  const places = new Map<string, GeoPoint>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'entity' || (attributes.type !== 'City' && attributes.type !== 'Region')) return;
    const point = known.get(key);
    if (point) places.set(key, point);
  });
  return places;
}
