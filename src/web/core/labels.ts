/**
 * Label placement: which node labels are drawn so that no two overlap. Sigma's own label grid keeps at most a few
 * labels per grid cell but lets neighbouring cells' labels collide; here every candidate gets the box sigma will draw
 * its label in (to the right of the disc, vertically centred) and a greedy pass keeps labels by priority (number of
 * sources, then size), skipping any whose box meets a kept label or the disc of another node at least as important
 * (a hub's label may cross small nodes; a small node's label never covers a hub). A uniform grid of buckets keeps the
 * pass linear.
 * DOM-free: the text width comes from a `measure` function (a canvas's measureText in the page).
 */

/** A node that may get a label, in viewport pixels. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  /** Rendered radius in pixels. */
  size: number;
  label: string;
  /** Larger first. */
  priority: number;
}

/** The box a drawn label occupies, in viewport pixels. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Options of placeLabels. */
export interface LabelOptions {
  /** Font size in pixels (sigma's labelSize). */
  fontSize: number;
  /** Gap sigma leaves between the disc and the text. */
  gap: number;
  /** Extra space kept around every box. */
  padding: number;
  /** Viewport size: candidates whose box lies outside are skipped. */
  width: number;
  height: number;
  /** Upper bound on labels kept (the most important ones). */
  max: number;
}

/** Defaults of placeLabels (sigma's label size 14 and its 3-pixel gap). */
export const LABEL_DEFAULTS: LabelOptions = { fontSize: 14, gap: 3, padding: 2, width: Infinity, height: Infinity, max: 400 };

/** The box of one candidate's label. */
export function labelBox(candidate: LabelCandidate, textWidth: number, options: Pick<LabelOptions, 'fontSize' | 'gap'> = LABEL_DEFAULTS): LabelBox {
  return {
    key: candidate.key,
    x: candidate.x + candidate.size + options.gap,
    y: candidate.y - options.fontSize / 2 - 1,
    width: textWidth,
    height: options.fontSize + 2,
  };
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: LabelBox, b: LabelBox, padding = 0): boolean {
  return a.x < b.x + b.width + padding && b.x < a.x + a.width + padding && a.y < b.y + b.height + padding && b.y < a.y + a.height + padding;
}

/** Keeps the labels that fit, most important first; returns their boxes in that order. */
export function placeLabels(candidates: readonly LabelCandidate[], measure: (text: string) => number, options: Partial<LabelOptions> = {}): LabelBox[] {
  const settings = { ...LABEL_DEFAULTS, ...options };
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const cell = 64;
  /** Obstacles: kept labels (priority Infinity: they block every later label) and discs with their node's priority. */
  const buckets = new Map<number, Array<{ box: LabelBox; priority: number }>>();
  const kept: LabelBox[] = [];
  const add = (box: LabelBox, priority: number, cells: number[]): void => {
    for (const id of cells) {
      const bucket = buckets.get(id);
      if (bucket) bucket.push({ box, priority });
      else buckets.set(id, [{ box, priority }]);
    }
  };
  const cellsOf = (box: LabelBox): number[] => {
    const cells: number[] = [];
    for (let cx = Math.floor(box.x / cell); cx <= Math.floor((box.x + box.width) / cell); cx++) {
      for (let cy = Math.floor(box.y / cell); cy <= Math.floor((box.y + box.height) / cell); cy++) cells.push(cx * 100_003 + cy);
    }
    return cells;
  };
  // 1. Every node's disc is an obstacle to the other nodes' labels
  for (const candidate of ordered) {
    const disc: LabelBox = { key: candidate.key, x: candidate.x - candidate.size, y: candidate.y - candidate.size, width: 2 * candidate.size, height: 2 * candidate.size };
    add(disc, candidate.priority, cellsOf(disc));
  }
  // 2. Labels by priority
  for (const candidate of ordered) {
    if (kept.length >= settings.max) break;
    if (!candidate.label) continue;
    const box = labelBox(candidate, measure(candidate.label), settings);
    if (box.x + box.width < 0 || box.y + box.height < 0 || box.x > settings.width || box.y > settings.height) continue;
    const cells = cellsOf(box);
    const blocked = cells.some((id) => buckets.get(id)?.some((other) =>
      other.box.key !== candidate.key && other.priority >= candidate.priority && boxesOverlap(box, other.box, settings.padding)));
    if (blocked) continue;
    kept.push(box);
    add(box, Infinity, cells);
  }
  return kept;
}
