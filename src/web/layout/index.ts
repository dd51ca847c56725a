/**
 * Layout: ForceAtlas2 in a web worker (start/stop, settings inferred from the graph's size), then noverlap, and
 * the position cache. Positions are data (x/y on the nodes, as in graph.json), so the layout writes them onto the
 * graph; after a layout they are also kept in localStorage under the graph's hash, so a reload does not lay the
 * graph out again, and "save positions" downloads graph.json with them.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { KnowledgeGraph } from '../graph/types.ts';

const CACHE_PREFIX = 'newsgraph:positions:';

/** Gives nodes without a position a place on a circle (grouped by type), the start of a layout. */
export function seedPositions(graph: KnowledgeGraph): void {
  const order = graph.order || 1;
  let index = 0;
  graph.forEachNode((key, attributes) => {
    index++;
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') return;
    const angle = (index / order) * Math.PI * 2;
    const radius = 10 * Math.sqrt(order) * (0.6 + 0.4 * ((index * 7919) % 97) / 97);
    graph.mergeNodeAttributes(key, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
  });
}

/** Restores positions cached for `hash`; returns whether every node got one. */
export function restorePositions(graph: KnowledgeGraph, hash: string): boolean {
  let stored: Record<string, [number, number]>;
  try {
    const text = localStorage.getItem(CACHE_PREFIX + hash);
    if (!text) return false;
    stored = JSON.parse(text) as Record<string, [number, number]>;
  } catch {
    return false;
  }
  let complete = true;
  graph.forEachNode((key) => {
    const position = stored[key];
    if (position && Number.isFinite(position[0]) && Number.isFinite(position[1])) graph.mergeNodeAttributes(key, { x: position[0], y: position[1] });
    else complete = false;
  });
  return complete;
}

/** Caches the current positions under `hash` (silently skipped when storage is full or unavailable). */
export function storePositions(graph: KnowledgeGraph, hash: string): boolean {
  const positions: Record<string, [number, number]> = {};
  graph.forEachNode((key, attributes) => {
    positions[key] = [Math.round((attributes.x ?? 0) * 100) / 100, Math.round((attributes.y ?? 0) * 100) / 100];
  });
  try {
    localStorage.setItem(CACHE_PREFIX + hash, JSON.stringify(positions));
    return true;
  } catch {
    return false;
  }
}

/** Default run time of an automatic layout, growing with the graph. */
export function autoLayoutDuration(graph: KnowledgeGraph): number {
  return Math.min(10_000, Math.max(1500, 1000 + graph.order * 2));
}

/** Controls one ForceAtlas2 worker for one graph. */
export class LayoutRunner {
  private readonly layout: FA2Layout;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly sizeOf: (key: string) => number,
  ) {
    const settings = forceAtlas2.inferSettings(graph);
    this.layout = new FA2Layout(graph, { settings: { ...settings, adjustSizes: false }, getEdgeWeight: null });
  }

  /** Whether the worker is running. */
  get running(): boolean {
    return this.layout.isRunning();
  }

  /** Calls `listener` whenever the layout starts or stops. */
  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Starts the worker; with `duration` (ms) it stops by itself and then runs noverlap. */
  start(duration?: number): void {
    if (this.running) return;
    this.layout.start();
    this.emit();
    if (duration) this.timer = setTimeout(() => this.stop(), duration);
  }

  /** Stops the worker and removes overlaps. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.running) return;
    this.layout.stop();
    removeOverlaps(this.graph, this.sizeOf);
    this.emit();
  }

  /** Ends the worker for good. */
  kill(): void {
    if (this.timer) clearTimeout(this.timer);
    this.layout.kill();
    this.listeners.clear();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.running);
  }
}

/**
 * noverlap over the current positions; node sizes are screen pixels, converted to graph units assuming the whole
 * graph fits in ~800 pixels. Skipped above 20k nodes (it runs on the main thread).
 */
export function removeOverlaps(graph: KnowledgeGraph, sizeOf: (key: string) => number): void {
  if (graph.order > 20_000 || graph.order < 2) return;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_key, { x = 0, y = 0 }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const unit = Math.max(maxX - minX, maxY - minY, 1) / 800;
  noverlap.assign(graph, {
    maxIterations: 60,
    inputReducer: (key, attributes) => ({ x: attributes.x, y: attributes.y, size: sizeOf(key) * unit }),
    settings: { margin: 2 * unit, ratio: 1.1 },
  });
}
