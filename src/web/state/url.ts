/**
 * The view state in the URL's fragment: `#node=<key>&edge=<key>&types=..&preds=..&from=..&to=..&min=..&outlets=..
 * &isolated=1&cam=x,y,r&size=pagerank&theme=dark&view=map&color=outlet`. Only values that differ from the defaults are written; unknown or malformed values are
 * ignored on read so a hand-edited link never breaks the page.
 */
import { isPredicate } from '../../domain/index.ts';
import { NODE_TYPES } from '../appearance/index.ts';
import { defaultFilters } from '../filters/index.ts';
import type { ViewState } from './types.ts';

export type { ViewState, CameraState, ViewMode } from './types.ts';

/** The view state of a fresh page. */
export function defaultViewState(): ViewState {
  return { node: null, edge: null, filters: defaultFilters(), camera: null, size: 'sources', theme: 'light', mode: 'graph', color: 'predicate' };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((item) => b.has(item));
const round = (value: number, digits: number): string => String(Number(value.toFixed(digits)));

/** Writes a view state as a fragment (without the '#'). */
export function encodeViewState(state: ViewState): string {
  const defaults = defaultViewState();
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  if (state.edge) params.set('edge', state.edge);
  if (!sameSet(state.filters.types, defaults.filters.types)) params.set('types', [...state.filters.types].join(','));
  if (!sameSet(state.filters.predicates, defaults.filters.predicates)) params.set('preds', [...state.filters.predicates].join(','));
  if (state.filters.from) params.set('from', state.filters.from);
  if (state.filters.to) params.set('to', state.filters.to);
  if (state.filters.minSources > 1) params.set('min', String(state.filters.minSources));
  if (state.filters.outlets) params.set('outlets', [...state.filters.outlets].join(','));
  if (state.filters.showIsolated) params.set('isolated', '1');
  if (state.camera) params.set('cam', [round(state.camera.x, 4), round(state.camera.y, 4), round(state.camera.ratio, 4)].join(','));
  if (state.size !== defaults.size) params.set('size', state.size);
  if (state.theme !== defaults.theme) params.set('theme', state.theme);
  if (state.mode !== defaults.mode) params.set('view', state.mode);
  if (state.color !== defaults.color) params.set('color', state.color);
  return params.toString();
}

/** Reads a fragment (with or without the '#') into a view state; missing or invalid parts take their defaults. */
export function decodeViewState(fragment: string): ViewState {
  const state = defaultViewState();
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  state.node = params.get('node') || null;
  state.edge = params.get('edge') || null;
  const types = params.get('types');
  if (types !== null) state.filters.types = new Set(types.split(',').filter((type) => (NODE_TYPES as readonly string[]).includes(type)));
  const predicates = params.get('preds');
  if (predicates !== null) state.filters.predicates = new Set(predicates.split(',').filter(isPredicate));
  const from = params.get('from');
  if (from && DATE.test(from)) state.filters.from = from;
  const to = params.get('to');
  if (to && DATE.test(to)) state.filters.to = to;
  const min = Number(params.get('min'));
  if (Number.isInteger(min) && min > 1) state.filters.minSources = min;
  const outlets = params.get('outlets');
  if (outlets !== null) state.filters.outlets = new Set(outlets.split(',').map((outlet) => outlet.trim()).filter(Boolean));
  if (params.get('isolated') === '1') state.filters.showIsolated = true;
  const camera = (params.get('cam') ?? '').split(',').map(Number);
  if (camera.length === 3 && camera.every(Number.isFinite) && (camera[2] as number) > 0) {
    state.camera = { x: camera[0] as number, y: camera[1] as number, ratio: camera[2] as number };
  }
  const size = params.get('size');
  if (size === 'pagerank' || size === 'degree') state.size = size;
  if (params.get('theme') === 'dark') state.theme = 'dark';
  if (params.get('view') === 'map') state.mode = 'map';
  if (params.get('color') === 'outlet') state.color = 'outlet';
  return state;
}
