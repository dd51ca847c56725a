/**
 * The explorer: one sigma renderer over one knowledge graph, with the state the UI edits (filters, selection,
 * hover, size metric, colour mode, graph or map view, theme), kept in the URL. Opening another graph replaces the
 * renderer. Labels are placed without overlap by ./labels.ts each time the camera settles; the map view (../map)
 * is loaded on first use.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodePointProgram, drawDiscNodeHover, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { NODE_TYPES, THEMES, computeSizes, outletColors, predicateColor, predicateLabel, typeColor, typeLabel, type ColorMode, type SizeMetric, type ThemeName } from '../appearance/index.ts';
import { PREDICATES } from '../../domain/index.ts';
import { applyFilters, documentOutlets, documentsInFilters, filterDomain, groupsInFilters, UNKNOWN_OUTLET, type FilterDomain, type FilterState } from '../filters/index.ts';
import { renderFilters } from '../filters/ui.ts';
import { EventsView } from '../events/view.ts';
import { captionLines, composeView, sceneToSvg, withLegend, type Legend, type LegendSection, type SvgScene } from '../export/index.ts';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, LoadedGraph, NodeAttributes } from '../graph/types.ts';
import { isSummary } from '../../graph/summary.ts';
import { LayoutRunner, autoLayoutDuration, restorePositions, seedPositions, storePositions } from '../layout/index.ts';
import { renderEdgePanel } from '../panels/edge.ts';
import { renderNodePanel } from '../panels/node.ts';
import type { NodePanelSection, PanelContext } from '../panels/types.ts';
import type { MapView } from '../map/view.ts';
import { frameOf, type Frame } from '../map/projection.ts';
import { createNodeSearch, type NodeSearch } from '../search/index.ts';
import { decodeViewState, encodeViewState, type ViewMode, type ViewState } from '../state/url.ts';
import { placeLabels, type LabelBox, type LabelCandidate } from './labels.ts';
import { parallelCurvatures } from './parallel.ts';
import { createEdgeReducer, createNodeReducer, type DisplayContext } from './reducers.ts';
import type { ExplorerElements, ExplorerTestHook } from './types.ts';

type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
type EdgeProgram = EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
type NodeProgram = NodeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Whether WebGL runs on the CPU (SwiftShader, llvmpipe): there an instanced draw costs ~27 µs per item whether or
 * not it reaches a pixel (measured by bench/web.ts: 5000 items, 6 vertices each, ~5x the plain draw), and sigma
 * draws its circle nodes instanced, twice per frame (picking + screen). Such renderers get sigma's point program
 * (one plain vertex per node) instead. `?render=full` or `?render=lite` in the page URL overrides the detection.
 */
export function useLiteNodes(search = location.search): boolean {
  const forced = new URLSearchParams(search).get('render');
  if (forced === 'full' || forced === 'lite') return forced === 'lite';
  if (softwareRenderer === undefined) {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    softwareRenderer = /swiftshader|llvmpipe|softpipe|software/i.test(name);
  }
  return softwareRenderer;
}
let softwareRenderer: boolean | undefined;

/** Edge programs by display type (sigma's programs are typed for plain attributes; they read display data only). */
const EDGE_PROGRAMS: Record<string, EdgeProgram> = {
  arrow: EdgeArrowProgram as unknown as EdgeProgram,
  line: EdgeLineProgram as unknown as EdgeProgram,
  curved: EdgeCurvedArrowProgram as unknown as EdgeProgram,
};

/** Edge labels show when the camera is zoomed in past this ratio, and on hover or selection at any zoom. */
const EDGE_LABELS_RATIO = 0.5;
/**
 * Above this many edges, edges are not clickable (reach their evidence from a node's panel): sigma draws an extra
 * picking pass of every edge on every frame when edge events are on, which halves the frame rate of big graphs.
 */
const EDGE_EVENTS_MAX_EDGES = 100_000;
/** Label font (sigma draws labels with these; ./labels.ts measures them with the same). */
const LABEL_FONT = 'Arial, sans-serif';
const LABEL_SIZE = 13;
/** Labels are placed again this long after the camera stops. */
const LABEL_DELAY_MS = 120;
/**
 * From this many edges on, edges and labels are hidden while the camera moves (sigma's hideEdgesOnMove and
 * hideLabelsOnMove), unless the user switched it off: the edge pass is most of the GPU time of a frame (measured in
 * software WebGL: ~75% of the frame at 1k nodes / 5k edges), so panning stays fluid and the full picture returns
 * as soon as the camera stops.
 */
export const FAST_MOVE_EDGES = 10_000;

/** The explorer over one page. */
export class Explorer {
  loaded: LoadedGraph | null = null;
  renderer: Renderer | null = null;
  search: NodeSearch | null = null;
  private layout: LayoutRunner | null = null;
  private view: ViewState = decodeViewState(location.hash);
  private context: DisplayContext;
  private urlTimer: ReturnType<typeof setTimeout> | null = null;
  private lastHash = '';
  /** Hide edges and labels while moving: null follows the graph's size (FAST_MOVE_EDGES), else the user's choice. */
  private fastMoveChoice: boolean | null = null;
  private domain: FilterDomain | null = null;
  private shownDocuments = new Set<string>();
  private labelBoxes: LabelBox[] = [];
  private labelTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly labelWidths = new Map<string, number>();
  private measureContext: CanvasRenderingContext2D | null = null;
  private mapView: MapView | null = null;
  private mapSwitch: Promise<void> = Promise.resolve();
  readonly hook: ExplorerTestHook;
  /**
   * Slot above the time slider for a chart over the published dates (the events work fills it); kept across
   * re-renders of the filter panel. Hidden while empty.
   */
  readonly chartSlot: HTMLElement;
  /** Extra sections of the entity panel, drawn after its relations (the events add "what hit this place"). */
  readonly nodeSections: NodePanelSection[] = [];
  /** Slot below the time slider for the event list. */
  readonly listSlot: HTMLElement;
  /** Chart, list, claimant colours and panel sections of the graph's events. */
  readonly events: EventsView;

  constructor(private readonly elements: ExplorerElements, private readonly onGraph: (explorer: Explorer) => void) {
    this.context = {
      sizes: new Map(), curvatures: new Map(), hiddenNodes: new Set(), hiddenEdges: new Set(),
      hoveredNode: null, hoverNodes: new Set(), hoverEdges: new Set(), hoveredEdge: null,
      selectedNode: null, selectedEdge: null, selectedEdgeNodes: new Set(), selectedNodeEdges: new Set(),
      zoomedIn: false, theme: THEMES[this.view.theme],
      labelled: new Set(), edgeColors: null,
    };
    this.chartSlot = document.createElement('section');
    this.chartSlot.id = 'event-chart';
    this.chartSlot.className = 'chart-slot';
    this.chartSlot.setAttribute('aria-label', 'Events over time');
    this.chartSlot.hidden = true;
    this.listSlot = document.createElement('fieldset');
    this.listSlot.id = 'event-list';
    this.listSlot.className = 'legend event-slot';
    this.listSlot.hidden = true;
    this.events = new EventsView(this.chartSlot, this.listSlot, {
      selectEvent: (key) => this.selectNode(key),
      setFilters: (filters) => {
        this.setFilters(filters, true);
        this.renderFilterPanel();
      },
    });
    this.nodeSections.push(...this.events.sections);
    this.applyTheme(this.view.theme);
    this.hook = this.createHook();
    window.addEventListener('hashchange', () => {
      if (location.hash.replace(/^#/, '') !== this.lastHash) this.applyView(decodeViewState(location.hash), true);
    });
  }

  /** Shows a graph: replaces the renderer, restores or computes positions, applies the URL's view. */
  show(loaded: LoadedGraph): void {
    const started = performance.now();
    // 1. Tear down the previous graph
    this.layout?.kill();
    this.layout = null;
    this.mapView?.kill();
    this.mapView = null;
    this.context.labelled = new Set();
    this.labelBoxes = [];
    this.renderer?.kill();
    this.renderer = null;
    this.search = null;
    this.hook.ready = false;
    this.loaded = loaded;
    const { graph } = loaded;
    // 2. Positions: from the file, else the cache, else seed and lay out
    const needsLayout = !loaded.hasPositions && !restorePositions(graph, loaded.hash);
    if (needsLayout) seedPositions(graph);
    // 3. Derived display data
    this.context.sizes = computeSizes(graph, this.view.size);
    this.context.curvatures = parallelCurvatures(graph);
    this.domain = filterDomain(graph);
    this.events.setGraph(graph);
    this.setFilters(this.view.filters, false);
    this.syncSelection();
    // 4. Renderer (its constructor processes the graph once, with the selection already in the context)
    const theme = this.context.theme;
    const renderer: Renderer = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, this.elements.stage, {
      allowInvalidContainer: true,
      enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
      zIndex: true,
      renderEdgeLabels: false,
      defaultEdgeType: 'arrow',
      edgeProgramClasses: EDGE_PROGRAMS,
      // software WebGL: one plain vertex per node instead of an instanced triangle (see useLiteNodes)
      ...(useLiteNodes() ? { nodeProgramClasses: { circle: NodePointProgram as unknown as NodeProgram } } : {}),
      hideEdgesOnMove: this.fastMoveFor(graph.size),
      hideLabelsOnMove: this.fastMoveFor(graph.size),
      labelColor: { color: theme.label },
      edgeLabelColor: { color: theme.edgeLabel },
      // labels: only those placed without overlap (forceLabel from ./labels.ts); sigma's own grid lets labels of
      // neighbouring cells collide, so its threshold is set out of reach. Graphs with Fast pan on by default keep
      // sigma's grid (the biggest nodes, a few per cell): there each label pass would cost one more full frame.
      labelRenderedSizeThreshold: this.ownLabels(graph) ? Number.MAX_SAFE_INTEGER : 7,
      labelDensity: this.ownLabels(graph) ? 1 : 0.5,
      labelGridCellSize: 120,
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      edgeLabelSize: 11,
      // sigma draws the hover box white whatever the theme: keep its label dark
      defaultDrawNodeHover: (context, data, settings) => drawDiscNodeHover(context, data, { ...settings, labelColor: { color: THEMES.light.label } }),
      nodeReducer: createNodeReducer(this.context),
      edgeReducer: createEdgeReducer(this.context),
    });
    this.renderer = renderer;
    this.updateEdgeLabels(false);
    this.bindRendererEvents(renderer);
    this.hook.nodeCount = graph.order;
    this.hook.edgeCount = graph.size;
    // sigma's constructor renders synchronously; the next animation frame is when that frame reaches the screen
    requestAnimationFrame(() => {
      this.hook.firstRenderAt = performance.now();
      this.hook.firstRenderMs = this.hook.firstRenderAt - started;
    });
    let frameStart = 0;
    renderer.on('beforeRender', () => {
      frameStart = performance.now();
    });
    renderer.on('afterRender', () => {
      this.hook.frames++;
      this.hook.renderTime += performance.now() - frameStart;
    });
    // 5. Filters UI and camera; then, after the first frame, the frame of connected entities, the labels, the search
    //    index and the layout (kept out of the first frame: each costs a render)
    this.renderFilterPanel();
    this.elements.sizeSelect.value = this.view.size;
    this.elements.colorSelect.value = this.view.color;
    this.updateColors(false);
    if (this.view.camera) renderer.getCamera().setState({ ...this.view.camera });
    setTimeout(() => {
      if (this.renderer !== renderer) return;
      if (!needsLayout) {
        this.fitFrame();
        renderer.refresh();
        this.placeLabelsNow();
      }
      this.search = createNodeSearch(graph);
      this.onGraph(this);
      if (needsLayout) this.ensureLayout().start(autoLayoutDuration(graph));
      else this.hook.ready = true;
      if (this.view.mode === 'map' && !needsLayout) void this.setMode('map', false);
    }, 0);
  }

  /** The view mode: force layout ('graph') or places at their coordinates ('map'). */
  get mode(): ViewMode {
    return this.view.mode;
  }

  /**
   * Switches between the graph and the map view: places move to their coordinates (or back) over the outline of
   * countries, animated unless `animate` is false; every other entity keeps its layout position.
   */
  setMode(mode: ViewMode, animate = true): Promise<void> {
    this.view.mode = mode;
    this.elements.mapButton.textContent = mode === 'map' ? 'Graph view' : 'Map view';
    this.elements.mapButton.setAttribute('aria-pressed', String(mode === 'map'));
    this.scheduleUrl();
    const renderer = this.renderer;
    const graph = this.loaded?.graph;
    if (!renderer || !graph) return this.mapSwitch;
    this.mapSwitch = this.mapSwitch.then(async () => {
      if (this.renderer !== renderer || this.view.mode !== mode) return;
      if (mode === 'map' && !this.mapView) {
        const { MapView } = await import('../map/view.ts');
        if (this.renderer !== renderer) return;
        this.mapView = new MapView(renderer, graph, this.fitFrame(), () => ({ border: this.context.theme.mapBorder }));
      }
      const view = this.mapView;
      if (!view) return;
      await view.switchTo(mode === 'map', () => renderer.refresh(), animate);
      this.placeLabelsNow();
    }).catch((error: unknown) => {
      this.elements.message.textContent = `Map view: ${(error as Error).message}`;
      this.elements.message.hidden = false;
    });
    return this.mapSwitch;
  }

  /** Runs `task` with every place at its layout position (saving positions in the map view saves the layout's). */
  withLayoutPositions<T>(task: () => T): T {
    return this.mapView ? this.mapView.atHome(task) : task();
  }

  /** Colours edges by predicate or by the outlet that carries most of their evidence. */
  setColorMode(mode: ColorMode): void {
    this.view.color = mode;
    this.elements.colorSelect.value = mode;
    this.updateColors(true);
    this.renderFilterPanel();
    this.scheduleUrl();
  }

  /** The legend and caption of the current view (what the exports draw). */
  legend(): Legend {
    const graph = this.loaded?.graph;
    const sections: LegendSection[] = [];
    if (!graph) return { sections, caption: [] };
    // 1. Entity types shown
    const types = new Map<string, number>();
    graph.forEachNode((key, attributes) => {
      if (!this.context.hiddenNodes.has(key)) types.set(attributes.type, (types.get(attributes.type) ?? 0) + 1);
    });
    sections.push({ title: 'Entities', items: NODE_TYPES.filter((type) => types.get(type)).map((type) => ({ label: typeLabel(type), color: typeColor(type), shape: 'disc' as const, count: types.get(type) ?? 0 })) });
    // 2. Edge colours: predicates, or outlets
    const byColor = new Map<string, { label: string; color: string; count: number }>();
    const outletColorMap = this.view.color === 'outlet' ? this.outletPalette() : this.view.color === 'claimant' ? this.events.claimantPalette : null;
    const edgeOutlet = this.view.color === 'outlet' ? this.dominantOutlets() : this.view.color === 'claimant' ? this.dominantClaimants() : null;
    const unassigned = this.view.color === 'claimant' ? 'no claimant' : UNKNOWN_OUTLET;
    graph.forEachEdge((key, attributes) => {
      if (attributes.kind !== 'relation' || this.context.hiddenEdges.has(key)) return;
      const label = edgeOutlet ? (edgeOutlet.get(key) ?? unassigned) : attributes.predicate;
      const color = outletColorMap ? (outletColorMap.get(label) ?? '#868e96') : predicateColor(label);
      const entry = byColor.get(label);
      if (entry) entry.count++;
      else byColor.set(label, { label, color, count: 1 });
    });
    const claimantMode = this.view.color === 'claimant';
    const order = claimantMode ? [...this.events.claimantCounts.keys(), unassigned] : edgeOutlet ? [...(this.domain?.outletCounts.keys() ?? [])] : [...PREDICATES];
    const items = [...byColor.values()].sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
    const shownLabel = (label: string): string => (claimantMode ? (label === unassigned ? label : this.events.label(label)) : edgeOutlet ? label : predicateLabel(label));
    sections.push({
      title: claimantMode ? 'Relations by claimant' : edgeOutlet ? 'Relations by outlet' : 'Relations',
      items: items.map((item) => ({ ...item, label: shownLabel(item.label), shape: 'line' as const })),
    });
    // 3. Caption
    const shownNodes = graph.order - this.context.hiddenNodes.size;
    const shownEdges = graph.size - this.context.hiddenEdges.size;
    const caption = captionLines({
      mode: this.view.mode, filters: this.view.filters, allTypes: NODE_TYPES, allPredicates: PREDICATES, dates: this.domain?.dates ?? [],
      shownNodes, shownEdges, sources: isSummary(graph) ? null : this.shownDocuments.size, origin: this.loaded?.source ?? 'graph',
      label: (key) => this.events.label(key), events: this.events.rows.length,
    });
    return { sections, caption };
  }

  /** The current view with its legend and caption as a PNG canvas. */
  exportCanvas(): HTMLCanvasElement | null {
    const renderer = this.renderer;
    if (!renderer) return null;
    const theme = this.context.theme;
    const under = this.mapView && this.mapView.progress > 0 ? [this.mapView.layer] : [];
    const view = composeView(renderer, theme.background, under);
    const scale = view.width / Math.max(1, renderer.getDimensions().width);
    return withLegend(view, this.legend(), { background: theme.background, text: theme.label, muted: theme.edgeLabel }, scale);
  }

  /** The current view with its legend and caption as an SVG document. */
  exportSvg(): string | null {
    const renderer = this.renderer;
    const graph = this.loaded?.graph;
    if (!renderer || !graph) return null;
    renderer.refresh();
    const theme = this.context.theme;
    const { width, height } = renderer.getDimensions();
    const scene: SvgScene = { width, height, background: theme.background, outline: null, edges: [], nodes: [], labels: [] };
    // 1. Map outline
    const path = this.mapView && this.mapView.progress > 0 ? this.mapView.outlinePath() : null;
    if (path) scene.outline = { path, color: theme.mapBorder };
    // 2. Edges, nodes and drawn labels, in viewport pixels
    const point = (key: string): { x: number; y: number; size: number; color: string; hidden: boolean; label: string | null; forced: boolean } | null => {
      const data = renderer.getNodeDisplayData(key);
      if (!data) return null;
      const at = renderer.framedGraphToViewport(data);
      return { x: at.x, y: at.y, size: renderer.scaleSize(data.size), color: data.color, hidden: data.hidden, label: data.label, forced: data.forceLabel };
    };
    const nodes = new Map<string, NonNullable<ReturnType<typeof point>>>();
    graph.forEachNode((key) => {
      const found = point(key);
      if (found && !found.hidden) nodes.set(key, found);
    });
    graph.forEachEdge((key, _attributes, source, target) => {
      const data = renderer.getEdgeDisplayData(key);
      const a = nodes.get(source);
      const b = nodes.get(target);
      if (!data || data.hidden || !a || !b) return;
      scene.edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: data.color, size: renderer.scaleSize(data.size) });
    });
    for (const node of nodes.values()) scene.nodes.push({ x: node.x, y: node.y, size: node.size, color: node.color });
    for (const node of nodes.values()) {
      if (node.forced && node.label) scene.labels.push({ x: node.x + node.size + 3, y: node.y, text: node.label, color: theme.label, size: LABEL_SIZE });
    }
    return sceneToSvg(scene, this.legend(), { background: theme.background, text: theme.label, muted: theme.edgeLabel });
  }

  /** The layout runner of the current graph, created on first use (it copies the graph into a worker). */
  private ensureLayout(): LayoutRunner {
    if (this.layout) return this.layout;
    const graph = this.loaded?.graph;
    if (!graph) throw new Error('explorer: no graph loaded; expected show() before a layout');
    if (this.mapView) {
      // places go back to their layout positions before the layout copies the graph into its worker
      this.mapView.kill();
      this.mapView = null;
    }
    const layout = new LayoutRunner(graph, (key) => this.context.sizes.get(key) ?? 4);
    layout.onChange((running) => {
      this.elements.layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
      this.elements.layoutButton.setAttribute('aria-pressed', String(running));
      if (running && this.mapView) {
        // the layout moves every node: places go home first, the map is fitted again when it stops
        this.mapView.kill();
        this.mapView = null;
      }
      if (!running && this.loaded) {
        this.fitFrame();
        storePositions(this.loaded.graph, this.loaded.hash);
        this.renderer?.refresh();
        this.placeLabelsNow();
        if (!this.hook.ready) this.hook.ready = true;
        if (this.view.mode === 'map') void this.setMode('map', false);
      }
    });
    this.layout = layout;
    return layout;
  }

  /** Starts or stops ForceAtlas2. */
  toggleLayout(): void {
    if (!this.loaded) return;
    const layout = this.ensureLayout();
    if (layout.running) layout.stop();
    else layout.start();
  }

  /** Switches node size between number of sources, degree and PageRank. */
  setSizeMetric(metric: SizeMetric): void {
    if (!this.loaded) return;
    this.view.size = metric;
    this.context.sizes = computeSizes(this.loaded.graph, metric);
    this.renderer?.refresh({ skipIndexation: true });
    this.placeLabelsNow();
    this.scheduleUrl();
  }

  /** Whether edges and labels are hidden while the camera moves (for the current graph). */
  get fastMove(): boolean {
    return this.fastMoveFor(this.loaded?.graph.size ?? 0);
  }

  /** Hides (true) or keeps (false) edges and labels while the camera moves; null returns to the size-based default. */
  setFastMove(on: boolean | null): void {
    this.fastMoveChoice = on;
    const value = this.fastMove;
    this.renderer?.setSetting('hideEdgesOnMove', value);
    this.renderer?.setSetting('hideLabelsOnMove', value);
  }

  private fastMoveFor(edges: number): boolean {
    return this.fastMoveChoice ?? edges >= FAST_MOVE_EDGES;
  }

  /** Switches between the light and dark theme. */
  setTheme(theme: ThemeName): void {
    this.view.theme = theme;
    this.applyTheme(theme);
    this.renderer?.setSetting('labelColor', { color: this.context.theme.label });
    this.renderer?.setSetting('edgeLabelColor', { color: this.context.theme.edgeLabel });
    this.scheduleUrl();
  }

  get theme(): ThemeName {
    return this.view.theme;
  }

  /** Applies a filter state. */
  setFilters(filters: FilterState, refresh: boolean): void {
    if (!this.loaded) return;
    this.view.filters = filters;
    const hidden = applyFilters(this.loaded.graph, filters);
    this.context.hiddenNodes = hidden.nodes;
    this.context.hiddenEdges = hidden.edges;
    this.shownDocuments = hidden.documents;
    this.events.update(filters, this.domain?.dates ?? []);
    this.updateStats();
    if (refresh) {
      this.updateColors(false);
      this.renderer?.refresh({ skipIndexation: true });
      this.placeLabelsNow();
      this.scheduleUrl();
    }
  }

  /** Selects a node: opens its panel (and with `fly`, moves the camera to it). */
  selectNode(key: string, fly = false): void {
    if (!this.loaded?.graph.hasNode(key)) return;
    this.view.node = key;
    this.view.edge = null;
    this.syncSelection();
    if (fly) this.flyTo(key);
    this.scheduleUrl();
  }

  /** Selects an edge: opens its evidence panel. */
  selectEdge(key: string): void {
    if (!this.loaded?.graph.hasEdge(key)) return;
    this.view.edge = key;
    this.view.node = null;
    this.syncSelection();
    this.scheduleUrl();
  }

  /** Closes the side panel and clears the selection. */
  closePanel(): void {
    this.view.node = null;
    this.view.edge = null;
    this.syncSelection();
    this.scheduleUrl();
  }

  /** Moves the camera to a node. */
  flyTo(key: string): void {
    const renderer = this.renderer;
    const data = renderer?.getNodeDisplayData(key);
    if (!renderer || !data) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.4) }, { duration: 500 });
  }

  /** Resets the camera. */
  resetCamera(): void {
    void this.renderer?.getCamera().animatedReset({ duration: 300 });
  }

  // --- internals ---

  private applyView(view: ViewState, fromUrl: boolean): void {
    const previousMode = this.view.mode;
    this.view = view;
    if (fromUrl && this.loaded) {
      this.setFilters(view.filters, true);
      this.renderFilterPanel();
      if (this.context.theme !== THEMES[view.theme]) this.setTheme(view.theme);
      this.setSizeMetric(view.size);
      this.setColorMode(view.color);
      if (view.mode !== previousMode) void this.setMode(view.mode);
    }
    if (view.camera && this.renderer) this.renderer.getCamera().setState({ ...view.camera });
    this.syncSelection();
  }

  private syncSelection(): void {
    const graph = this.loaded?.graph;
    const panel = this.elements.panel;
    if (!graph) return;
    const node = this.view.node && graph.hasNode(this.view.node) ? this.view.node : null;
    const edge = this.view.edge && graph.hasEdge(this.view.edge) ? this.view.edge : null;
    this.context.selectedNode = node;
    this.context.selectedEdge = edge;
    this.events.select(node && graph.getNodeAttribute(node, 'kind') === 'event' ? node : null);
    this.context.selectedEdgeNodes = edge ? new Set(graph.extremities(edge)) : new Set();
    this.context.selectedNodeEdges = node ? new Set(graph.edges(node)) : new Set();
    this.updateEdgeLabels(false);
    const panelContext: PanelContext = {
      graph, filters: this.view.filters, outlets: documentOutlets(graph), sections: this.nodeSections,
      selectNode: (key) => this.selectNode(key, true), selectEdge: (key) => this.selectEdge(key), close: () => this.closePanel(),
    };
    if (node) renderNodePanel(panel, node, panelContext);
    else if (edge) renderEdgePanel(panel, edge, panelContext);
    else panel.replaceChildren();
    panel.hidden = !node && !edge;
    panel.dataset.kind = node ? 'node' : edge ? 'edge' : '';
    this.renderer?.refresh({ skipIndexation: true });
  }

  private bindRendererEvents(renderer: Renderer): void {
    const graph = renderer.getGraph();
    const stage = this.elements.stage;
    renderer.on('enterNode', ({ node }) => {
      this.context.hoveredNode = node;
      this.context.hoverNodes = new Set(graph.neighbors(node));
      this.context.hoverEdges = new Set(graph.edges(node));
      stage.style.cursor = 'pointer';
      this.updateEdgeLabels();
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('leaveNode', () => {
      this.context.hoveredNode = null;
      this.context.hoverNodes = new Set();
      this.context.hoverEdges = new Set();
      stage.style.cursor = '';
      this.updateEdgeLabels();
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('enterEdge', ({ edge }) => {
      this.context.hoveredEdge = edge;
      stage.style.cursor = 'pointer';
      this.updateEdgeLabels();
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('leaveEdge', () => {
      this.context.hoveredEdge = null;
      stage.style.cursor = '';
      this.updateEdgeLabels();
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on('clickNode', ({ node }) => this.selectNode(node));
    renderer.on('clickEdge', ({ edge }) => this.selectEdge(edge));
    renderer.on('clickStage', () => this.closePanel());
    renderer.getCamera().on('updated', () => {
      this.updateEdgeLabels();
      this.scheduleUrl();
      this.scheduleLabels();
    });
  }

  /** The filter panel (legend, filters, chart slot), drawn again when the graph, the colour mode or the URL changes. */
  private renderFilterPanel(): void {
    if (!this.domain) return;
    renderFilters(this.elements.filters, this.domain, this.view.filters, (next) => this.setFilters(next, true), {
      chartSlot: this.chartSlot,
      listSlot: this.listSlot,
      outletColors: this.view.color === 'outlet' ? this.outletPalette() : null,
      claimantColors: this.events.claimantPalette,
      label: (key) => this.events.label(key),
    });
  }

  /** Colour of each outlet, most frequent first. */
  private outletPalette(): Map<string, string> {
    return outletColors(this.domain?.outletCounts.keys() ?? []);
  }

  /** For each visible relation, the outlet with most of its documents inside the filters (ties: alphabetical). */
  private dominantOutlets(): Map<string, string> {
    const graph = this.loaded?.graph;
    const dominant = new Map<string, string>();
    if (!graph) return dominant;
    const outlets = documentOutlets(graph);
    graph.forEachEdge((key, attributes) => {
      if (attributes.kind !== 'relation') return;
      const counts = new Map<string, number>();
      for (const document of documentsInFilters(attributes, this.view.filters, outlets)) {
        const outlet = outlets.get(document) ?? UNKNOWN_OUTLET;
        counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
      }
      // a summary graph: the documents counted in groups (src/graph/summary.ts)
      for (const group of groupsInFilters(attributes.sources ?? [], this.view.filters, false)) {
        counts.set(group.outlet, (counts.get(group.outlet) ?? 0) + group.documents);
      }
      const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      if (best) dominant.set(key, best[0]);
    });
    return dominant;
  }

  /**
   * For each visible relation, the claimant whose figures most of its documents inside the filters report (ties:
   * by key); relations whose documents report no claimed figure have none.
   */
  private dominantClaimants(): Map<string, string> {
    const graph = this.loaded?.graph;
    const dominant = new Map<string, string>();
    if (!graph) return dominant;
    const outlets = documentOutlets(graph);
    const claimants = this.events.catalogue.documentClaimants;
    const chosen = this.view.filters.claimants;
    graph.forEachEdge((key, attributes) => {
      if (attributes.kind !== 'relation') return;
      const counts = new Map<string, number>();
      for (const document of documentsInFilters(attributes, this.view.filters, outlets, claimants)) {
        for (const claimant of claimants.get(document) ?? []) {
          if (!chosen || chosen.has(claimant)) counts.set(claimant, (counts.get(claimant) ?? 0) + 1);
        }
      }
      for (const group of groupsInFilters(attributes.sources ?? [], this.view.filters, true)) {
        for (const claimant of group.claimants) {
          if (!chosen || chosen.has(claimant)) counts.set(claimant, (counts.get(claimant) ?? 0) + group.documents);
        }
      }
      const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      if (best) dominant.set(key, best[0]);
    });
    return dominant;
  }

  /** Edge colours of the colour mode. */
  private updateColors(refresh: boolean): void {
    if (this.view.color === 'predicate') this.context.edgeColors = null;
    else {
      const palette = this.view.color === 'outlet' ? this.outletPalette() : this.events.claimantPalette;
      const dominant = this.view.color === 'outlet' ? this.dominantOutlets() : this.dominantClaimants();
      const edgeColors = new Map<string, string>();
      this.loaded?.graph.forEachEdge((edge, attributes) => {
        if (attributes.kind !== 'relation') return;
        const owner = dominant.get(edge);
        edgeColors.set(edge, (owner === undefined ? undefined : palette.get(owner)) ?? '#868e96');
      });
      this.context.edgeColors = edgeColors;
    }
    if (refresh) this.renderer?.refresh({ skipIndexation: true });
  }

  /**
   * Frames sigma on the entities that have a relation (what the first view shows), not on every node: unconnected
   * entities, hidden by default, would otherwise shrink the picture to a core inside an empty ring. The same frame
   * whatever the filters, so a camera in a copied URL means the same view. Returns it.
   */
  private fitFrame(): Frame {
    const graph = this.loaded?.graph;
    const points: Array<{ x: number; y: number }> = [];
    graph?.forEachNode((key, attributes) => {
      if (graph.someEdge(key, (_edge, edge) => edge.kind === 'relation')) points.push({ x: attributes.x ?? 0, y: attributes.y ?? 0 });
    });
    if (!points.length) graph?.forEachNode((_key, attributes) => points.push({ x: attributes.x ?? 0, y: attributes.y ?? 0 }));
    const frame = frameOf(points);
    this.renderer?.setCustomBBox({ x: [frame.minX, frame.maxX], y: [frame.minY, frame.maxY] });
    return frame;
  }

  /** Whether labels are placed by ./labels.ts (graphs below FAST_MOVE_EDGES edges) rather than by sigma's grid. */
  private ownLabels(graph: KnowledgeGraph): boolean {
    return graph.size < FAST_MOVE_EDGES;
  }

  /** Places labels again once the camera has settled. */
  private scheduleLabels(): void {
    if (this.labelTimer) clearTimeout(this.labelTimer);
    if (this.loaded && this.ownLabels(this.loaded.graph)) this.labelTimer = setTimeout(() => this.placeLabelsNow(), LABEL_DELAY_MS);
  }

  /** Chooses the labels to draw: visible nodes in the viewport, most sources first, no two boxes overlapping. */
  private placeLabelsNow(): void {
    const renderer = this.renderer;
    const graph = this.loaded?.graph;
    if (!renderer || !graph) return;
    if (this.labelTimer) clearTimeout(this.labelTimer);
    this.labelTimer = null;
    if (!this.ownLabels(graph)) return;
    // 1. Candidates: visible nodes in (or near) the viewport
    const { width, height } = renderer.getDimensions();
    const candidates: LabelCandidate[] = [];
    graph.forEachNode((key, attributes) => {
      if (this.context.hiddenNodes.has(key)) return;
      const data = renderer.getNodeDisplayData(key);
      if (!data) return;
      const at = renderer.framedGraphToViewport(data);
      if (at.x < -300 || at.y < -20 || at.x > width + 20 || at.y > height + 20) return;
      candidates.push({ key, x: at.x, y: at.y, size: renderer.scaleSize(data.size), label: attributes.label, priority: attributes.kind === 'entity' ? attributes.documents : 0 });
    });
    // 2. Placement, text measured in sigma's label font (cached per label)
    this.measureContext ??= document.createElement('canvas').getContext('2d');
    const measure = this.measureContext;
    if (measure) measure.font = `normal ${LABEL_SIZE}px ${LABEL_FONT}`;
    const width_ = (text: string): number => {
      let known = this.labelWidths.get(text);
      if (known === undefined) {
        known = measure ? measure.measureText(text).width : text.length * LABEL_SIZE * 0.6;
        this.labelWidths.set(text, known);
      }
      return known;
    };
    this.labelBoxes = placeLabels(candidates, width_, { width, height, fontSize: LABEL_SIZE });
    // 3. Refresh only the nodes whose label came or went (none: no render at all)
    const previous = this.context.labelled;
    const next = new Set(this.labelBoxes.map((box) => box.key));
    const changed = [...next].filter((key) => !previous.has(key)).concat([...previous].filter((key) => !next.has(key) && graph.hasNode(key)));
    this.context.labelled = next;
    if (changed.length) renderer.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
  }

  /**
   * Edge labels: every visible relation's label when zoomed in; otherwise only those of the hovered or selected
   * node or edge. sigma's label pass walks every edge, so it is switched off when nothing needs it.
   */
  private updateEdgeLabels(refresh = true): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const zoomedIn = renderer.getCamera().ratio < EDGE_LABELS_RATIO;
    if (zoomedIn !== this.context.zoomedIn) {
      this.context.zoomedIn = zoomedIn;
      if (refresh) renderer.refresh({ skipIndexation: true });
    }
    const wanted = zoomedIn || this.context.hoveredNode !== null || this.context.hoveredEdge !== null
      || this.context.selectedEdge !== null || this.context.selectedNode !== null;
    if (renderer.getSetting('renderEdgeLabels') !== wanted) renderer.setSetting('renderEdgeLabels', wanted);
  }

  private updateStats(): void {
    const graph = this.loaded?.graph;
    if (!graph) return;
    const shownNodes = graph.order - this.context.hiddenNodes.size;
    const shownEdges = graph.size - this.context.hiddenEdges.size;
    const stats = this.elements.stats;
    stats.replaceChildren();
    const count = (id: string, value: number, text: string): HTMLElement => {
      const strong = document.createElement('strong');
      strong.id = id;
      strong.textContent = String(value);
      const span = document.createElement('span');
      span.append(strong, ` ${text}`);
      return span;
    };
    stats.append(count('node-count', graph.order, 'nodes'), ' · ', count('edge-count', graph.size, 'edges'), ' · ',
      count('shown-nodes', shownNodes, 'nodes shown'), ' · ', count('shown-edges', shownEdges, 'edges shown'));
    stats.title = this.loaded?.source ?? '';
  }

  private applyTheme(theme: ThemeName): void {
    this.context.theme = THEMES[theme];
    document.documentElement.dataset.theme = theme;
  }

  private scheduleUrl(): void {
    if (this.urlTimer) clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const camera = this.renderer?.getCamera().getState();
      this.view.camera = camera ? { x: camera.x, y: camera.y, ratio: camera.ratio } : null;
      this.lastHash = encodeViewState(this.view);
      history.replaceState(null, '', `${location.pathname}${location.search}#${this.lastHash}`);
    }, 250);
  }

  private createHook(): ExplorerTestHook {
    return {
      ready: false,
      nodeCount: 0,
      edgeCount: 0,
      firstRenderMs: null,
      firstRenderAt: null,
      frames: 0,
      renderTime: 0,
      layoutRunning: () => this.layout?.running ?? false,
      nodeViewport: (key) => {
        const data = this.renderer?.getNodeDisplayData(key);
        if (!this.renderer || !data) return null;
        return this.renderer.framedGraphToViewport(data);
      },
      labelBoxes: () => this.labelBoxes.map((box) => ({ ...box })),
      mode: () => this.view.mode,
      mapProgress: () => this.mapView?.progress ?? 0,
      forcedLabel: (key) => this.renderer?.getNodeDisplayData(key)?.forceLabel ?? null,
      edgeColor: (key) => this.renderer?.getEdgeDisplayData(key)?.color ?? null,
      isolatedShown: () => {
        const graph = this.loaded?.graph;
        const renderer = this.renderer;
        if (!graph || !renderer) return [];
        const isolated: string[] = [];
        graph.forEachNode((key) => {
          if (renderer.getNodeDisplayData(key)?.hidden !== false) return;
          if (!graph.someEdge(key, (edge) => renderer.getEdgeDisplayData(edge)?.hidden === false)) isolated.push(key);
        });
        return isolated;
      },
      edgeHidden: (key) => this.renderer?.getEdgeDisplayData(key)?.hidden ?? null,
      nodeSize: (key) => this.renderer?.getNodeDisplayData(key)?.size ?? null,
      nodePosition: (key) => {
        const graph = this.loaded?.graph;
        if (!graph?.hasNode(key)) return null;
        const { x = 0, y = 0 } = graph.getNodeAttributes(key);
        return { x, y };
      },
      nodeHidden: (key) => this.renderer?.getNodeDisplayData(key)?.hidden ?? null,
      camera: () => this.renderer?.getCamera().getState() ?? { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
      setCamera: (state) => this.renderer?.getCamera().setState(state),
      selected: () => ({ node: this.context.selectedNode, edge: this.context.selectedEdge }),
      fastMove: () => this.fastMove,
      liteNodes: () => useLiteNodes(),
    };
  }
}
