/** Types of the explorer's view state, the part of it that lives in the URL. */
import type { SizeMetric, ThemeName } from '../appearance/types.ts';
import type { FilterState } from '../filters/types.ts';

/** Camera position in sigma's framed-graph coordinates. */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/** Everything a copied link reproduces. */
export interface ViewState {
  node: string | null;
  edge: string | null;
  filters: FilterState;
  camera: CameraState | null;
  size: SizeMetric;
  theme: ThemeName;
}
