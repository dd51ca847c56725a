/**
 * Entry point of the explorer page: finds the page's elements, loads graph.json (or the `?graph=` URL), and wires
 * the toolbar, keyboard shortcuts and drag-and-drop to the Explorer.
 */
import { Explorer } from './core/explorer.ts';
import { exportGraphJson, loadGraphFromFile, loadGraphFromUrl } from './graph/index.ts';
import { downloadBlob, downloadCanvas } from './export/index.ts';
import { bindSearchBox } from './search/index.ts';
import type { ExplorerTestHook } from './core/types.ts';

declare global {
  interface Window {
    __newsgraph?: ExplorerTestHook;
  }
}

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: element #${id} is missing from index.html`);
  return element as T;
};

// 1. Elements
const message = byId<HTMLDivElement>('message');
const searchInput = byId<HTMLInputElement>('search');
const layoutButton = byId<HTMLButtonElement>('layout');
const sizeSelect = byId<HTMLSelectElement>('size');
const colorSelect = byId<HTMLSelectElement>('color');
const mapButton = byId<HTMLButtonElement>('map-toggle');
const themeButton = byId<HTMLButtonElement>('theme');
const fileInput = byId<HTMLInputElement>('file');
const fastMoveBox = byId<HTMLInputElement>('fast-move');
const drop = byId<HTMLDivElement>('drop');

const showMessage = (text: string | null): void => {
  message.textContent = text ?? '';
  message.hidden = !text;
};

// 2. Explorer
const setSearch = bindSearchBox(searchInput, byId<HTMLUListElement>('search-hits'), (key) => explorer.selectNode(key, true));
const explorer = new Explorer(
  { stage: byId('stage'), panel: byId('panel'), filters: byId('filters'), stats: byId('stats'), message, layoutButton, sizeSelect, colorSelect, mapButton },
  (current) => {
    if (current.search) setSearch(current.search);
    fastMoveBox.checked = current.fastMove;
  },
);
window.__newsgraph = explorer.hook;
const updateThemeButton = (): void => {
  themeButton.textContent = explorer.theme === 'dark' ? 'Light' : 'Dark';
};
updateThemeButton();
window.addEventListener('hashchange', () => setTimeout(updateThemeButton, 0));

// 3. Toolbar
layoutButton.addEventListener('click', () => explorer.toggleLayout());
sizeSelect.addEventListener('change', () => {
  const value = sizeSelect.value;
  explorer.setSizeMetric(value === 'pagerank' || value === 'degree' ? value : 'sources');
});
colorSelect.addEventListener('change', () => explorer.setColorMode(colorSelect.value === 'outlet' ? 'outlet' : 'predicate'));
mapButton.addEventListener('click', () => void explorer.setMode(explorer.mode === 'map' ? 'graph' : 'map'));
themeButton.addEventListener('click', () => {
  explorer.setTheme(explorer.theme === 'dark' ? 'light' : 'dark');
  updateThemeButton();
});
fastMoveBox.addEventListener('change', () => explorer.setFastMove(fastMoveBox.checked));
byId('reset').addEventListener('click', () => explorer.resetCamera());
byId('png').addEventListener('click', () => {
  const canvas = explorer.exportCanvas();
  if (canvas) downloadCanvas(canvas, 'newsgraph.png');
});
byId('svg').addEventListener('click', () => {
  const svg = explorer.exportSvg();
  if (svg) downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), 'newsgraph.svg');
});
byId('save').addEventListener('click', () => {
  const loaded = explorer.loaded;
  if (loaded) downloadBlob(new Blob([explorer.withLayoutPositions(() => exportGraphJson(loaded.graph))], { type: 'application/json' }), 'graph.json');
});
byId('open').addEventListener('click', () => fileInput.click());

// 4. Opening files (picker and drag-and-drop)
const openFile = async (file: File): Promise<void> => {
  try {
    showMessage(null);
    explorer.show(await loadGraphFromFile(file));
  } catch (error) {
    showMessage(`Could not open ${file.name}: ${(error as Error).message}`);
  }
};
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void openFile(file);
  fileInput.value = '';
});
window.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.hidden = false;
});
window.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) drop.hidden = true;
});
window.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.hidden = true;
  const file = event.dataTransfer?.files[0];
  if (file) void openFile(file);
});

// 5. Keyboard: "/" focuses search, Esc closes panels
window.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    searchInput.focus();
    searchInput.select();
  } else if (event.key === 'Escape') {
    explorer.closePanel();
    showMessage(null);
  }
});

// 6. Initial graph: ?graph=<url> or graph.json next to the page
const source = new URLSearchParams(location.search).get('graph') ?? 'graph.json';
loadGraphFromUrl(source)
  .then((loaded) => explorer.show(loaded))
  .catch((error: unknown) => showMessage(`Could not load ${source}: ${(error as Error).message}`));
