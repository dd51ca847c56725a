/**
 * The map view of one renderer: a 2D canvas beneath sigma's layers with the outline of countries, the map positions
 * of the graph's places, and the animation between the force layout (t = 0) and the map (t = 1). Sigma 3.0 takes
 * positions from the graph's x/y attributes only (its process step ignores a reducer's x/y), so the places' x/y are
 * written during the switch; their layout positions are kept here and written back by `kill` (and `atHome` lends them
 * to a save).
 * Browser-only (canvas, sigma); loaded as its own chunk with the outline when a map is first shown.
 */
import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../graph/types.ts';
import { ProjectedOutline, loadOutline, type Affine, type OutlineData } from './outline.ts';
import { placeCoordinates } from './places.ts';
import { fitProjection, frameOf, type Frame, type MapProjection } from './projection.ts';

type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Duration of the switch between graph and map. */
export const MAP_ANIMATION_MS = 700;

let outlineData: Promise<OutlineData> | null = null;

/** Graph -> viewport of the renderer's current camera, as an affine map. */
export function viewportAffine(renderer: Renderer): Affine {
  const origin = renderer.graphToViewport({ x: 0, y: 0 });
  const unitX = renderer.graphToViewport({ x: 1, y: 0 });
  const unitY = renderer.graphToViewport({ x: 0, y: 1 });
  return { ax: unitX.x - origin.x, bx: unitY.x - origin.x, cx: origin.x, ay: unitX.y - origin.y, by: unitY.y - origin.y, cy: origin.y };
}

/** The graph rectangle the viewport shows. */
export function visibleFrame(renderer: Renderer): Frame {
  const { width, height } = renderer.getDimensions();
  return frameOf([[0, 0], [width, 0], [0, height], [width, height]].map(([x, y]) => renderer.viewportToGraph({ x: x as number, y: y as number })));
}

/** Map positions and outline for one renderer. */
export class MapView {
  readonly positions: Map<string, { x: number; y: number }>;
  /** Layout positions of the places, restored when the map view ends. */
  private readonly home: Map<string, { x: number; y: number }>;
  readonly projection: MapProjection;
  /** The frame the map is fitted into (sigma's frame in both views, so the camera does not jump). */
  readonly frame: Frame;
  private outline: ProjectedOutline | null = null;
  private readonly canvas: HTMLCanvasElement;
  private animation = 0;
  private t = 0;

  /** `frame`: the part of the layout the view shows (the explorer's frame of connected entities). */
  constructor(private readonly renderer: Renderer, private readonly graph: KnowledgeGraph, frame: Frame, private readonly colors: () => { border: string }) {
    // 1. Projection into the layout's frame, from the places the gazetteer locates
    const coordinates = placeCoordinates(graph);
    this.frame = frame;
    this.projection = fitProjection([...coordinates.values()], this.frame);
    this.positions = new Map([...coordinates].map(([key, point]) => [key, this.projection.project(point.lon, point.lat)]));
    this.home = new Map([...coordinates.keys()].map((key) => [key, { x: graph.getNodeAttribute(key, 'x') ?? 0, y: graph.getNodeAttribute(key, 'y') ?? 0 }]));
    // 2. The outline layer, first in the stage so sigma's transparent layers draw over it
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'map-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    const container = renderer.getContainer();
    container.insertBefore(this.canvas, container.firstChild);
    renderer.on('afterRender', this.draw);
    renderer.on('resize', this.draw);
  }

  /** How far the view is towards the map (0 graph, 1 map). */
  get progress(): number {
    return this.t;
  }

  /** The outline canvas (for exports). */
  get layer(): HTMLCanvasElement {
    return this.canvas;
  }

  /** The visible outline as an SVG path in viewport pixels (null before it is loaded). */
  outlinePath(): string | null {
    return this.outline ? this.outline.toPath(viewportAffine(this.renderer), visibleFrame(this.renderer)) : null;
  }

  /** Loads and projects the outline (once per page for the data, once per view for the projection). */
  async ready(): Promise<void> {
    if (this.outline) return;
    outlineData ??= loadOutline();
    this.outline = new ProjectedOutline(await outlineData, this.projection);
    this.draw();
  }

  /** Runs `task` with every place at its layout position, then puts them back where the view has them. */
  atHome<T>(task: () => T): T {
    const t = this.t;
    this.place(0);
    try {
      return task();
    } finally {
      this.place(t);
    }
  }

  /** Writes the places' positions for progress `t` (0 layout, 1 map) onto the graph. */
  private place(t: number): void {
    for (const [key, home] of this.home) {
      const target = this.positions.get(key) ?? home;
      this.graph.mergeNodeAttributes(key, { x: home.x + (target.x - home.x) * t, y: home.y + (target.y - home.y) * t });
    }
  }

  /**
   * Moves towards the map (`on`) or back, writing positions and calling `step(t)` on every animation frame, and
   * resolving at the end; `animate: false` jumps there.
   */
  async switchTo(on: boolean, step: (t: number) => void, animate = true): Promise<void> {
    cancelAnimationFrame(this.animation);
    const from = this.t;
    const to = on ? 1 : 0;
    if (on) await this.ready();
    if (!animate || from === to) {
      this.t = to;
      this.place(to);
      step(to);
      return;
    }
    const started = performance.now();
    await new Promise<void>((done) => {
      const frame = (): void => {
        const linear = Math.min(1, (performance.now() - started) / MAP_ANIMATION_MS);
        const eased = linear < 0.5 ? 2 * linear * linear : 1 - (-2 * linear + 2) ** 2 / 2;
        this.t = from + (to - from) * eased;
        this.place(this.t);
        step(this.t);
        if (linear < 1) this.animation = requestAnimationFrame(frame);
        else done();
      };
      this.animation = requestAnimationFrame(frame);
    });
  }

  /** Puts the places back at their layout positions, removes the layer and stops listening. */
  kill(): void {
    cancelAnimationFrame(this.animation);
    this.t = 0;
    this.place(0);
    this.renderer.off('afterRender', this.draw);
    this.renderer.off('resize', this.draw);
    this.canvas.remove();
  }

  /** Redraws the outline under the current camera (after every sigma frame). */
  private readonly draw = (): void => {
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    if (!this.outline || this.t <= 0) return;
    const { border } = this.colors();
    context.globalAlpha = this.t;
    context.strokeStyle = border;
    context.lineWidth = 1;
    context.lineJoin = 'round';
    this.outline.draw(context, viewportAffine(this.renderer), visibleFrame(this.renderer));
    context.globalAlpha = 1;
  };
}
