/**
 * The filter panel, which doubles as the legend: node types, predicates and outlets with their colour, count and a
 * checkbox; "show unconnected entities"; the chart slot (filled by the events work) above a time slider (two range
 * inputs over the published dates); a minimum number of sources.
 */
import { PREDICATES } from '../../domain/index.ts';
import { NODE_TYPES, predicateColor, predicateLabel, typeColor, typeLabel } from '../appearance/index.ts';
import { el } from '../panels/dom.ts';
import { cloneFilters } from './index.ts';
import type { FilterDomain, FilterState } from './types.ts';

function checkRow(name: string, label: string, color: string, count: number, checked: boolean, group: string, onToggle: (on: boolean) => void): HTMLLabelElement {
  const box = el('input', null);
  box.type = 'checkbox';
  box.checked = checked;
  box.dataset[group] = name;
  box.addEventListener('change', () => onToggle(box.checked));
  const swatch = el('span', 'swatch');
  swatch.style.background = color;
  return el('label', 'legend-row', box, swatch, el('span', 'legend-name', label), el('span', 'legend-count', String(count)));
}

/** Options of renderFilters. */
export interface FilterPanelOptions {
  /** An element kept across renders and placed above the time slider (the events chart). */
  chartSlot: HTMLElement | null;
  /** Outlet colours when edges are coloured by outlet (the outlet rows then double as that legend). */
  outletColors: Map<string, string> | null;
}

/** Renders the filters into `container`; `onChange` receives a new filter state on every edit. */
export function renderFilters(container: HTMLElement, domain: FilterDomain, current: FilterState, onChange: (next: FilterState) => void, options: Partial<FilterPanelOptions> = {}): void {
  container.replaceChildren();
  let state = cloneFilters(current);
  const emit = (): void => onChange(cloneFilters(state));

  // 1. Node types (legend of node colours)
  const types = el('fieldset', 'legend', el('legend', null, 'Entity types'));
  for (const type of NODE_TYPES) {
    const count = domain.typeCounts.get(type) ?? 0;
    if (!count && type === 'Document') continue;
    types.append(checkRow(type, typeLabel(type), typeColor(type), count, state.types.has(type), 'type', (on) => {
      state = cloneFilters(state);
      if (on) state.types.add(type);
      else state.types.delete(type);
      emit();
    }));
  }
  // 2. Predicates (legend of edge colours)
  const predicates = el('fieldset', 'legend', el('legend', null, 'Relations'));
  for (const predicate of PREDICATES) {
    predicates.append(checkRow(predicate, predicateLabel(predicate), predicateColor(predicate), domain.predicateCounts.get(predicate) ?? 0, state.predicates.has(predicate), 'predicate', (on) => {
      state = cloneFilters(state);
      if (on) state.predicates.add(predicate);
      else state.predicates.delete(predicate);
      emit();
    }));
  }
  container.append(types, predicates);

  // 2b. Outlets (the host of each document's source; a relation counts for each outlet among its evidence)
  if (domain.outletCounts.size) {
    const outlets = el('fieldset', 'legend', el('legend', null, 'Outlets'));
    const all = [...domain.outletCounts.keys()];
    for (const outlet of all) {
      const color = options.outletColors?.get(outlet) ?? 'transparent';
      const row = checkRow(outlet, outlet, color, domain.outletCounts.get(outlet) ?? 0, state.outlets?.has(outlet) ?? true, 'outlet', (on) => {
        state = cloneFilters(state);
        const chosen = state.outlets ?? new Set(all);
        if (on) chosen.add(outlet);
        else chosen.delete(outlet);
        state.outlets = all.every((item) => chosen.has(item)) ? null : chosen;
        emit();
      });
      if (!options.outletColors) row.querySelector('.swatch')?.classList.add('swatch-empty');
      outlets.append(row);
    }
    container.append(outlets);
  }

  // 2c. Entities left without a relation by the filters
  const isolated = el('input', null);
  isolated.type = 'checkbox';
  isolated.id = 'show-isolated';
  isolated.checked = state.showIsolated;
  isolated.addEventListener('change', () => {
    state = cloneFilters(state);
    state.showIsolated = isolated.checked;
    emit();
  });
  container.append(el('fieldset', 'legend', el('label', 'legend-row', isolated, el('span', 'legend-name', 'Show unconnected entities'))));

  // 2d. The chart slot, above the time slider
  if (options.chartSlot) container.append(options.chartSlot);

  // 3. Time slider over published dates
  if (domain.dates.length) {
    const last = domain.dates.length - 1;
    const indexOf = (date: string | null, fallback: number): number => {
      if (date === null) return fallback;
      const found = domain.dates.findIndex((candidate) => candidate >= date);
      return found === -1 ? last : found;
    };
    const from = el('input', null);
    const to = el('input', null);
    for (const input of [from, to]) {
      input.type = 'range';
      input.min = '0';
      input.max = String(last);
      input.step = '1';
    }
    from.id = 'date-from';
    to.id = 'date-to';
    from.value = String(indexOf(state.from, 0));
    to.value = String(indexOf(state.to, last));
    const shown = el('output', 'date-range');
    const showRange = (): void => {
      shown.textContent = `${domain.dates[Number(from.value)]} – ${domain.dates[Number(to.value)]}`;
    };
    const update = (): void => {
      if (Number(from.value) > Number(to.value)) [from.value, to.value] = [to.value, from.value];
      showRange();
      state = cloneFilters(state);
      state.from = Number(from.value) === 0 ? null : (domain.dates[Number(from.value)] ?? null);
      state.to = Number(to.value) === last ? null : (domain.dates[Number(to.value)] ?? null);
      emit();
    };
    from.addEventListener('input', update);
    to.addEventListener('input', update);
    showRange();
    container.append(el('fieldset', 'legend', el('legend', null, 'Published'), shown, from, to));
  }

  // 4. Minimum number of sources
  const minimum = el('input', null);
  minimum.type = 'number';
  minimum.id = 'min-sources';
  minimum.min = '1';
  minimum.max = String(Math.max(1, domain.maxSources));
  minimum.value = String(state.minSources);
  minimum.addEventListener('change', () => {
    const value = Math.max(1, Math.floor(Number(minimum.value) || 1));
    state = cloneFilters(state);
    state.minSources = value;
    emit();
  });
  container.append(el('fieldset', 'legend', el('legend', null, 'Minimum sources'), minimum));
}
