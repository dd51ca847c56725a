/**
 * Export of the current view: a PNG (sigma's layers, and the map outline when shown, composed onto one canvas over
 * the theme's background, with a legend and caption band below) and an SVG (nodes, edges, drawn labels and the map
 * outline as vector shapes, the same legend and caption as text). The render is refreshed synchronously first, so
 * the WebGL drawing buffers still hold the frame when they are copied.
 */
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';
import type { Legend } from './legend.ts';

export type { Legend, LegendItem, LegendSection, CaptionFacts } from './legend.ts';
export { captionLines } from './legend.ts';

/** Colours the legend band is drawn in. */
export interface ExportStyle {
  background: string;
  text: string;
  muted: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const ROW = 18;
const PAD = 12;

/** Draws the visible view onto one canvas (extra layers, such as the map outline, go first, beneath sigma's). */
export function composeView<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>, background: string, under: HTMLCanvasElement[] = []): HTMLCanvasElement {
  // 1. Render now, so WebGL buffers are fresh in this task
  renderer.refresh();
  const layers = renderer.getCanvases();
  const first = Object.values(layers)[0];
  const output = document.createElement('canvas');
  output.width = first?.width ?? 1;
  output.height = first?.height ?? 1;
  const context = output.getContext('2d');
  if (!context) return output;
  // 2. Background, extra layers, then each sigma layer in DOM order (the mouse layer is empty and skipped)
  context.fillStyle = background;
  context.fillRect(0, 0, output.width, output.height);
  for (const canvas of under) context.drawImage(canvas, 0, 0, output.width, output.height);
  const ordered = Object.entries(layers).sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  for (const [name, canvas] of ordered) {
    if (name === 'mouse') continue;
    context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return output;
}

/** Height in CSS pixels of the legend band for a legend laid out `columns` wide. */
function bandHeight(legend: Legend, columns: number): number {
  const rows = Math.max(0, ...legend.sections.map((section) => 1 + Math.ceil(section.items.length / columns)));
  return PAD * 2 + rows * ROW + legend.caption.length * ROW + PAD;
}

/** Adds the legend and caption below a composed view (`scale`: device pixels per CSS pixel). */
export function withLegend(view: HTMLCanvasElement, legend: Legend, style: ExportStyle, scale = 1): HTMLCanvasElement {
  const columns = 2;
  const height = bandHeight(legend, columns);
  const output = document.createElement('canvas');
  output.width = view.width;
  output.height = view.height + Math.ceil(height * scale);
  const context = output.getContext('2d');
  if (!context) return view;
  context.fillStyle = style.background;
  context.fillRect(0, 0, output.width, output.height);
  context.drawImage(view, 0, 0);
  context.scale(scale, scale);
  const top = view.height / scale;
  context.strokeStyle = style.muted;
  context.beginPath();
  context.moveTo(0, top + 0.5);
  context.lineTo(output.width / scale, top + 0.5);
  context.stroke();
  // 1. Legend sections side by side, rows in columns
  const sectionWidth = Math.max(220, (output.width / scale - PAD * 2) / Math.max(1, legend.sections.length));
  legend.sections.forEach((section, index) => {
    const left = PAD + index * sectionWidth;
    context.fillStyle = style.text;
    context.font = `600 13px ${FONT}`;
    context.textBaseline = 'middle';
    context.fillText(section.title, left, top + PAD + ROW / 2);
    section.items.forEach((item, row) => {
      const x = left + (row % columns) * (sectionWidth / columns);
      const y = top + PAD + ROW * (1 + Math.floor(row / columns)) + ROW / 2;
      context.fillStyle = item.color;
      context.strokeStyle = item.color;
      if (item.shape === 'disc') {
        context.beginPath();
        context.arc(x + 6, y, 5, 0, Math.PI * 2);
        context.fill();
      } else {
        context.lineWidth = 3;
        context.beginPath();
        context.moveTo(x, y);
        context.lineTo(x + 12, y);
        context.stroke();
        context.lineWidth = 1;
      }
      context.fillStyle = style.text;
      context.font = `12px ${FONT}`;
      context.fillText(`${item.label} (${item.count})`, x + 18, y);
    });
  });
  // 2. Caption
  const rows = Math.max(0, ...legend.sections.map((section) => 1 + Math.ceil(section.items.length / columns)));
  context.fillStyle = style.muted;
  context.font = `12px ${FONT}`;
  legend.caption.forEach((line, index) => context.fillText(line, PAD, top + PAD * 2 + rows * ROW + index * ROW + ROW / 2));
  return output;
}

/** What the SVG writer draws: shapes in viewport pixels. */
export interface SvgScene {
  width: number;
  height: number;
  background: string;
  /** Map outline path (`d`), or null outside the map view. */
  outline: { path: string; color: string } | null;
  edges: Array<{ x1: number; y1: number; x2: number; y2: number; color: string; size: number }>;
  nodes: Array<{ x: number; y: number; size: number; color: string }>;
  labels: Array<{ x: number; y: number; text: string; color: string; size: number }>;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Builds the SVG document of a scene with its legend and caption (text goes in as text nodes, escaped by the serializer). */
export function sceneToSvg(scene: SvgScene, legend: Legend, style: ExportStyle): string {
  const columns = 2;
  const band = bandHeight(legend, columns);
  const root = document.createElementNS(SVG, 'svg');
  const make = (tag: string, attributes: Record<string, string | number>, parent: Element, text?: string): Element => {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    if (text !== undefined) element.textContent = text;
    parent.append(element);
    return element;
  };
  const width = scene.width;
  const height = scene.height + band;
  root.setAttribute('xmlns', SVG);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT);
  make('rect', { x: 0, y: 0, width, height, fill: style.background }, root);
  // 1. The view
  const view = make('g', { id: 'view' }, root);
  if (scene.outline) make('path', { d: scene.outline.path, fill: 'none', stroke: scene.outline.color, 'stroke-width': 1 }, view);
  const edges = make('g', { id: 'edges', 'stroke-linecap': 'round' }, view);
  for (const edge of scene.edges) make('line', { x1: edge.x1.toFixed(1), y1: edge.y1.toFixed(1), x2: edge.x2.toFixed(1), y2: edge.y2.toFixed(1), stroke: edge.color, 'stroke-width': edge.size.toFixed(1), 'stroke-opacity': 0.8 }, edges);
  const nodes = make('g', { id: 'nodes' }, view);
  for (const node of scene.nodes) make('circle', { cx: node.x.toFixed(1), cy: node.y.toFixed(1), r: node.size.toFixed(1), fill: node.color }, nodes);
  const labels = make('g', { id: 'labels', 'dominant-baseline': 'middle' }, view);
  for (const label of scene.labels) make('text', { x: label.x.toFixed(1), y: label.y.toFixed(1), fill: label.color, 'font-size': label.size }, labels, label.text);
  // 2. Legend and caption
  const legendGroup = make('g', { id: 'legend', transform: `translate(0 ${scene.height})` }, root);
  make('line', { x1: 0, y1: 0.5, x2: width, y2: 0.5, stroke: style.muted }, legendGroup);
  const sectionWidth = Math.max(220, (width - PAD * 2) / Math.max(1, legend.sections.length));
  legend.sections.forEach((section, index) => {
    const left = PAD + index * sectionWidth;
    make('text', { x: left, y: PAD + ROW / 2, fill: style.text, 'font-size': 13, 'font-weight': 600, 'dominant-baseline': 'middle' }, legendGroup, section.title);
    section.items.forEach((item, row) => {
      const x = left + (row % columns) * (sectionWidth / columns);
      const y = PAD + ROW * (1 + Math.floor(row / columns)) + ROW / 2;
      if (item.shape === 'disc') make('circle', { cx: x + 6, cy: y, r: 5, fill: item.color }, legendGroup);
      else make('line', { x1: x, y1: y, x2: x + 12, y2: y, stroke: item.color, 'stroke-width': 3 }, legendGroup);
      make('text', { x: x + 18, y, fill: style.text, 'font-size': 12, 'dominant-baseline': 'middle' }, legendGroup, `${item.label} (${item.count})`);
    });
  });
  const rows = Math.max(0, ...legend.sections.map((section) => 1 + Math.ceil(section.items.length / columns)));
  const caption = make('g', { id: 'caption' }, legendGroup);
  legend.caption.forEach((line, index) => make('text', { x: PAD, y: PAD * 2 + rows * ROW + index * ROW + ROW / 2, fill: style.muted, 'font-size': 12, 'dominant-baseline': 'middle' }, caption, line));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** Saves a canvas as `name` (a PNG download). */
export function downloadCanvas(canvas: HTMLCanvasElement, name: string): void {
  canvas.toBlob((blob) => {
    if (blob) downloadBlob(blob, name);
  }, 'image/png');
}

/** Offers a blob as a download. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
