/**
 * The outline of countries under the map view, drawn on a 2D canvas beneath sigma's layers: borders and coasts from
 * Natural Earth (`world-atlas`, TopoJSON, turned into lines by `topojson-client`), bundled with the page, so there
 * are no tiles and no network. Two levels of detail: 1:50m when the view spans less than OUTLINE_DETAIL_SPAN
 * degrees of longitude, 1:110m beyond. Lines are projected once per projection and culled by their bounds per frame.
 */
import { mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import fineUrl from 'world-atlas/countries-50m.json?url';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import type { MapProjection } from './projection.ts';

/** Views wider than this many degrees of longitude draw the coarse outline. */
export const OUTLINE_DETAIL_SPAN = 40;

/** One projected line: flat x,y pairs in graph coordinates and its bounds. */
interface Line {
  points: Float64Array;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Graph -> viewport as an affine map (sigma's camera without rotation is one): vx = ax*x + bx*y + cx, same for vy. */
export interface Affine {
  ax: number;
  bx: number;
  cx: number;
  ay: number;
  by: number;
  cy: number;
}

type CountriesTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Borders and coasts as lists of [lon, lat] lines, one list per level of detail. */
export interface OutlineData {
  fine: number[][][];
  coarse: number[][][];
}

/** Loads both levels of detail (files Vite copies next to the page, fetched from the same origin on the first map view). */
export async function loadOutline(): Promise<OutlineData> {
  const fetchTopology = async (url: string): Promise<CountriesTopology> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`map outline: HTTP ${response.status} for ${url}`);
    return (await response.json()) as CountriesTopology;
  };
  const [fine, coarse] = await Promise.all([fetchTopology(fineUrl), fetchTopology(coarseUrl)]);
  const lines = (topology: CountriesTopology): number[][][] => mesh(topology, topology.objects.countries).coordinates as number[][][];
  return { fine: lines(fine), coarse: lines(coarse) };
}

/** The outline projected into graph coordinates. */
export class ProjectedOutline {
  private readonly fine: Line[];
  private readonly coarse: Line[];

  constructor(data: OutlineData, private readonly projection: MapProjection) {
    this.fine = data.fine.map((line) => this.projectLine(line));
    this.coarse = data.coarse.map((line) => this.projectLine(line));
  }

  /** Number of graph units per degree of longitude at the standard parallel. */
  get unitsPerDegree(): number {
    return this.projection.scale * Math.cos((this.projection.lat0 * Math.PI) / 180);
  }

  /**
   * Strokes the lines visible in a `width` x `height` viewport. `toViewport` maps graph to viewport pixels and
   * `inverse` gives the graph rectangle the viewport shows (for culling and the level of detail).
   */
  draw(context: CanvasRenderingContext2D, toViewport: Affine, visible: { minX: number; maxX: number; minY: number; maxY: number }): number {
    context.beginPath();
    const drawn = this.visit(toViewport, visible, (x, y, first) => (first ? context.moveTo(x, y) : context.lineTo(x, y)));
    context.stroke();
    return drawn;
  }

  /** The visible lines as an SVG path (`d` attribute), in viewport pixels rounded to 0.1 px. */
  toPath(toViewport: Affine, visible: { minX: number; maxX: number; minY: number; maxY: number }): string {
    const parts: string[] = [];
    this.visit(toViewport, visible, (x, y, first) => parts.push(`${first ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`));
    return parts.join('');
  }

  /**
   * Calls `point` with the viewport position of every point of the lines inside `visible` (at the level of detail
   * its span asks for), `first` on each line's first point; returns the number of lines visited.
   */
  private visit(
    toViewport: Affine,
    visible: { minX: number; maxX: number; minY: number; maxY: number },
    point: (x: number, y: number, first: boolean) => void,
  ): number {
    const span = (visible.maxX - visible.minX) / Math.max(1e-9, this.unitsPerDegree);
    const lines = span > OUTLINE_DETAIL_SPAN ? this.coarse : this.fine;
    const { ax, bx, cx, ay, by, cy } = toViewport;
    let visited = 0;
    for (const line of lines) {
      if (line.maxX < visible.minX || line.minX > visible.maxX || line.maxY < visible.minY || line.minY > visible.maxY) continue;
      const points = line.points;
      for (let index = 0; index < points.length; index += 2) {
        const x = points[index] as number;
        const y = points[index + 1] as number;
        point(ax * x + bx * y + cx, ay * x + by * y + cy, index === 0);
      }
      visited++;
    }
    return visited;
  }

  private projectLine(line: number[][]): Line {
    const points = new Float64Array(line.length * 2);
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    line.forEach(([lon = 0, lat = 0], index) => {
      const { x, y } = this.projection.project(lon, lat);
      points[index * 2] = x;
      points[index * 2 + 1] = y;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    });
    return { points, minX, maxX, minY, maxY };
  }
}
