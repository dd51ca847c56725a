/**
 * Export of the current view as a PNG: sigma's layers (WebGL and 2D canvases) drawn in order onto one canvas over
 * the theme's background. The render is refreshed synchronously first, so the WebGL drawing buffers still hold the
 * frame when they are copied.
 */
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';

/** Draws the visible view onto one canvas. */
export function composeView<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>, background: string): HTMLCanvasElement {
  // 1. Render now, so WebGL buffers are fresh in this task
  renderer.refresh();
  const layers = renderer.getCanvases();
  const first = Object.values(layers)[0];
  const output = document.createElement('canvas');
  output.width = first?.width ?? 1;
  output.height = first?.height ?? 1;
  const context = output.getContext('2d');
  if (!context) return output;
  // 2. Background, then each layer in DOM order (the mouse layer is empty and skipped)
  context.fillStyle = background;
  context.fillRect(0, 0, output.width, output.height);
  const ordered = Object.entries(layers).sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  for (const [name, canvas] of ordered) {
    if (name === 'mouse') continue;
    context.drawImage(canvas, 0, 0, output.width, output.height);
  }
  return output;
}

/** Saves the view as `name` (a PNG download). */
export function downloadPng<N extends Attributes, E extends Attributes, G extends Attributes>(renderer: Sigma<N, E, G>, background: string, name: string): void {
  const canvas = composeView(renderer, background);
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
