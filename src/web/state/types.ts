/** Types of the explorer's view state, the part of it that lives in the URL. */
import type { ColorMode, SizeMetric, ThemeName } from '../appearance/types.ts';
import type { FilterState } from '../filters/types.ts';

/** Camera position in sigma's framed-graph coordinates. */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/** Where places are drawn: at their force-layout positions, or at their coordinates over a map. */
export type ViewMode = 'graph' | 'map';

/** Everything a copied link reproduces. */
export interface ViewState {
  node: string | null;
  edge: string | null;
  filters: FilterState;
  camera: CameraState | null;
  size: SizeMetric;
  theme: ThemeName;
  mode: ViewMode;
  color: ColorMode;
}
