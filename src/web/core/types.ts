/** Types of the explorer core: the DOM elements it drives and the hook the browser tests read. */

/** The page elements the explorer fills (see index.html). */
export interface ExplorerElements {
  stage: HTMLElement;
  panel: HTMLElement;
  filters: HTMLElement;
  stats: HTMLElement;
  message: HTMLElement;
  layoutButton: HTMLButtonElement;
  sizeSelect: HTMLSelectElement;
  /** Edge colour mode (predicate or outlet). */
  colorSelect: HTMLSelectElement;
  /** Graph/map toggle. */
  mapButton: HTMLButtonElement;
}

/** Read-only hook on `window.__newsgraph` for tests and the bench (no mutation of data through it). */
export interface ExplorerTestHook {
  ready: boolean;
  nodeCount: number;
  edgeCount: number;
  /** Time from the start of `show` (graph parsed) to sigma's first frame. */
  firstRenderMs: number | null;
  /** performance.now() at sigma's first frame (milliseconds since navigation start). */
  firstRenderAt: number | null;
  /** Frames sigma has rendered so far. */
  frames: number;
  /** Total milliseconds sigma spent rendering frames (beforeRender -> afterRender). */
  renderTime: number;
  layoutRunning(): boolean;
  /** Viewport position (CSS pixels in the stage) of a node. */
  nodeViewport(key: string): { x: number; y: number } | null;
  edgeHidden(key: string): boolean | null;
  /** Rendered size of a node (from the reducers). */
  nodeSize(key: string): number | null;
  /** Position of a node in graph coordinates (the x/y attributes). */
  nodePosition(key: string): { x: number; y: number } | null;
  nodeHidden(key: string): boolean | null;
  camera(): { x: number; y: number; ratio: number; angle: number };
  setCamera(state: { x: number; y: number; ratio: number }): void;
  selected(): { node: string | null; edge: string | null };
  /** Whether edges and labels are hidden while the camera moves. */
  fastMove(): boolean;
  /** Whether nodes are drawn with sigma's point program (software WebGL, or `?render=lite`). */
  liteNodes(): boolean;
  /** Boxes (viewport pixels) of the labels placed by the label pass. */
  labelBoxes(): Array<{ key: string; x: number; y: number; width: number; height: number }>;
  /** The view mode and how far the animation towards the map has gone (0 graph, 1 map). */
  mode(): 'graph' | 'map';
  mapProgress(): number;
  /** Whether a node's label is drawn whatever the label pass chose (hover, selection). */
  forcedLabel(key: string): boolean | null;
  /** Display colour of an edge. */
  edgeColor(key: string): string | null;
  /** Keys of visible nodes with no visible edge (empty unless isolated entities are shown). */
  isolatedShown(): string[];
}
