/**
 * The map view's projection: longitude/latitude to the graph's own coordinates, so that places move to their map
 * positions inside the frame of the force layout while every other entity stays where the layout put it.
 * Equirectangular with its standard parallel at the places' middle latitude (at Ukraine's latitudes this is close
 * to what a reader expects of a map). Sigma draws larger y higher on the screen, so north is up.
 * Browser-safe and DOM-free (unit-tested in Node).
 */

/** A point on the globe in degrees. */
export interface GeoPoint {
  lon: number;
  lat: number;
}

/** A rectangle in graph coordinates. */
export interface Frame {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Longitude/latitude -> graph coordinates. */
export interface MapProjection {
  /** Standard parallel (degrees). */
  lat0: number;
  /** Graph units per degree of latitude. */
  scale: number;
  /** The geographic centre that lands on the frame's centre. */
  centre: GeoPoint;
  project(lon: number, lat: number): { x: number; y: number };
}

/** Options of fitProjection. */
export interface FitOptions {
  /**
   * Places farther from the median than this many median absolute deviations (per axis, at least 2 degrees) are left
   * out when framing, so far capitals do not shrink the map of the war.
   */
  spread: number;
  /** Share of the frame the framed places fill. */
  fill: number;
}

/** Defaults of fitProjection. */
export const FIT_DEFAULTS: FitOptions = { spread: 5, fill: 0.9 };

const median = (values: number[]): number => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(middle)] as number) + (sorted[Math.ceil(middle)] as number)) / 2;
};

/** The range of `values` after leaving out those farther than `spread` median absolute deviations from the median. */
function robustRange(values: number[], spread: number): [number, number] {
  const centre = median(values);
  const deviation = median(values.map((value) => Math.abs(value - centre)));
  const limit = Math.max(2, spread * deviation);
  const kept = values.filter((value) => Math.abs(value - centre) <= limit);
  return kept.length ? [Math.min(...kept), Math.max(...kept)] : [centre, centre];
}

/** Graph-coordinate bounds of a set of positions ({0,1,0,1} when empty). */
export function frameOf(positions: Iterable<{ x: number; y: number }>): Frame {
  const frame: Frame = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const { x, y } of positions) {
    frame.minX = Math.min(frame.minX, x);
    frame.maxX = Math.max(frame.maxX, x);
    frame.minY = Math.min(frame.minY, y);
    frame.maxY = Math.max(frame.maxY, y);
  }
  return Number.isFinite(frame.minX) ? frame : { minX: 0, maxX: 1, minY: 0, maxY: 1 };
}

/**
 * A projection that fits the places of `points` (all but far outliers, see FitOptions.spread) into `fill` of
 * `frame`, centred on it.
 */
export function fitProjection(points: readonly GeoPoint[], frame: Frame, options: Partial<FitOptions> = {}): MapProjection {
  const { spread, fill } = { ...FIT_DEFAULTS, ...options };
  // 1. The places that matter, per axis
  const lat0 = median(points.map((point) => point.lat));
  const cos = Math.max(0.1, Math.cos((lat0 * Math.PI) / 180));
  const [x1, x2] = robustRange(points.map((point) => point.lon * cos), spread);
  const [y1, y2] = robustRange(points.map((point) => point.lat), spread);
  // 2. Scale: they fill the frame (at least 4 degrees across, so one city alone is not a blow-up)
  const width = Math.max(frame.maxX - frame.minX, 1e-9);
  const height = Math.max(frame.maxY - frame.minY, 1e-9);
  const scale = fill * Math.min(width / Math.max(x2 - x1, 4), height / Math.max(y2 - y1, 4));
  const centre = { lon: (x1 + x2) / 2 / cos, lat: (y1 + y2) / 2 };
  const cx = (frame.minX + frame.maxX) / 2;
  const cy = (frame.minY + frame.maxY) / 2;
  return {
    lat0,
    scale,
    centre,
    project: (lon, lat) => ({ x: cx + (lon - centre.lon) * cos * scale, y: cy + (lat - centre.lat) * scale }),
  };
}
