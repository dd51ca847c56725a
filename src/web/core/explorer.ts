/**
 * The explorer: one sigma renderer over one knowledge graph, with the state the UI edits (filters, selection,
 * hover, size metric, theme), kept in the URL. Opening another graph replaces the renderer.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodePointProgram, drawDiscNodeHover, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { THEMES, computeSizes, type SizeMetric, type ThemeName } from '../appearance/index.ts';
import { applyFilters, filterDomain, type FilterState } from '../filters/index.ts';
import { renderFilters } from '../filters/ui.ts';
import type { EdgeAttributes, GraphAttributes, LoadedGraph, NodeAttributes } from '../graph/types.ts';
import { LayoutRunner, autoLayoutDuration, restorePositions, seedPositions, storePositions } from '../layout/index.ts';
import { renderEdgePanel } from '../panels/edge.ts';
import { renderNodePanel } from '../panels/node.ts';
import type { PanelContext } from '../panels/types.ts';
import { createNodeSearch, type NodeSearch } from '../search/index.ts';
import { decodeViewState, encodeViewState, type ViewState } from '../state/url.ts';
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
/** Graphs up to this many nodes get denser labels. */
const SMALL_GRAPH = 1000;
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
  readonly hook: ExplorerTestHook;

  constructor(private readonly elements: ExplorerElements, private readonly onGraph: (explorer: Explorer) => void) {
    this.context = {
      sizes: new Map(), curvatures: new Map(), hiddenNodes: new Set(), hiddenEdges: new Set(),
      hoveredNode: null, hoverNodes: new Set(), hoverEdges: new Set(), hoveredEdge: null,
      selectedNode: null, selectedEdge: null, selectedEdgeNodes: new Set(), selectedNodeEdges: new Set(),
      zoomedIn: false, theme: THEMES[this.view.theme],
    };
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
      // small graphs: label most nodes; large ones: only the biggest (sigma's label grid keeps them apart)
      labelRenderedSizeThreshold: graph.order <= SMALL_GRAPH ? 4 : 7,
      labelDensity: graph.order <= SMALL_GRAPH ? 1 : 0.5,
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
    // 5. Filters UI and camera; then, after the first frame, the search index and the layout
    renderFilters(this.elements.filters, filterDomain(graph), this.view.filters, (next) => this.setFilters(next, true));
    this.elements.sizeSelect.value = this.view.size;
    if (this.view.camera) renderer.getCamera().setState({ ...this.view.camera });
    setTimeout(() => {
      if (this.renderer !== renderer) return;
      this.search = createNodeSearch(graph);
      this.onGraph(this);
      if (needsLayout) this.ensureLayout().start(autoLayoutDuration(graph));
      else this.hook.ready = true;
    }, 0);
  }

  /** The layout runner of the current graph, created on first use (it copies the graph into a worker). */
  private ensureLayout(): LayoutRunner {
    if (this.layout) return this.layout;
    const graph = this.loaded?.graph;
    if (!graph) throw new Error('explorer: no graph loaded; expected show() before a layout');
    const layout = new LayoutRunner(graph, (key) => this.context.sizes.get(key) ?? 4);
    layout.onChange((running) => {
      this.elements.layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
      this.elements.layoutButton.setAttribute('aria-pressed', String(running));
      if (!running && this.loaded) {
        storePositions(this.loaded.graph, this.loaded.hash);
        this.renderer?.refresh();
        if (!this.hook.ready) this.hook.ready = true;
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

  /** Switches node size between degree and PageRank. */
  setSizeMetric(metric: SizeMetric): void {
    if (!this.loaded) return;
    this.view.size = metric;
    this.context.sizes = computeSizes(this.loaded.graph, metric);
    this.renderer?.refresh({ skipIndexation: true });
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
    this.updateStats();
    if (refresh) {
      this.renderer?.refresh({ skipIndexation: true });
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
    this.view = view;
    if (fromUrl && this.loaded) {
      this.setFilters(view.filters, true);
      renderFilters(this.elements.filters, filterDomain(this.loaded.graph), view.filters, (next) => this.setFilters(next, true));
      if (this.context.theme !== THEMES[view.theme]) this.setTheme(view.theme);
      this.setSizeMetric(view.size);
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
    this.context.selectedEdgeNodes = edge ? new Set(graph.extremities(edge)) : new Set();
    this.context.selectedNodeEdges = node ? new Set(graph.edges(node)) : new Set();
    this.updateEdgeLabels(false);
    const panelContext: PanelContext = {
      graph, filters: this.view.filters,
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
    });
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
        const graph = this.loaded?.graph;
        if (!this.renderer || !graph?.hasNode(key)) return null;
        const { x = 0, y = 0 } = graph.getNodeAttributes(key);
        return this.renderer.graphToViewport({ x, y });
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
