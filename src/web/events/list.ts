/**
 * The event list under the time slider: the events of the current filters (event date range, place, weapon,
 * claimant), newest last, each with its date, attacker, totals, claimants and number of reports; a click selects
 * the event and opens its evidence. The place and weapon choosers sit at its head. Text goes in as text nodes only.
 */
import { button, el } from '../panels/dom.ts';
import { EVENT_KIND_SPECS } from '../../domain/index.ts';
import { formatCount, type EventRow } from './index.ts';

/** At most this many rows are drawn (the rest are counted): the list is a way in, not a table of everything. */
export const EVENT_LIST_MAX = 200;

/** What the event list needs from the events view. */
export interface EventListInput {
  rows: EventRow[];
  /** Places and weapons to choose from (keys, most events first) and the current choice. */
  places: string[];
  weapons: string[];
  place: string | null;
  weapon: string | null;
  selected: string | null;
  label(key: string): string;
  claimantColor(key: string): string;
  onSelect(key: string): void;
  onPlace(place: string | null): void;
  onWeapon(weapon: string | null): void;
}

/** One text line of totals: "launched 122 · intercepted 87" (unknown when no report gave the number). */
export function totalsText(row: Pick<EventRow, 'launched' | 'intercepted'>): string {
  return `launched ${formatCount(row.launched)} · intercepted ${formatCount(row.intercepted)}`;
}

/** The title of an event row: "2023-12-29 · air attack by Russia". */
export function rowTitle(row: Pick<EventRow, 'date' | 'kind' | 'attacker'>, label: (key: string) => string): string {
  const kind = EVENT_KIND_SPECS[row.kind]?.label ?? row.kind;
  return `${row.date ?? 'undated'} · ${kind}${row.attacker ? ` by ${label(row.attacker)}` : ''}`;
}

function chooser(id: string, name: string, keys: string[], current: string | null, label: (key: string) => string, onChange: (key: string | null) => void): HTMLLabelElement {
  const select = el('select', null);
  select.id = id;
  const any = el('option', null, 'any');
  any.value = '';
  select.append(any);
  const shown = current !== null && !keys.includes(current) ? [current, ...keys] : keys;
  for (const key of shown) {
    const option = el('option', null, label(key));
    option.value = key;
    select.append(option);
  }
  select.value = current ?? '';
  select.addEventListener('change', () => onChange(select.value || null));
  return el('label', 'event-chooser', `${name} `, select);
}

/** Draws the list into `container` (emptied first). */
export function renderEventList(container: HTMLElement, input: EventListInput): void {
  container.replaceChildren();
  const { rows, label } = input;
  const head = el('legend', null, 'Events ', el('span', 'legend-count', String(rows.length)));
  const choosers = el('div', 'event-choosers',
    chooser('event-place', 'Place', input.places, input.place, label, input.onPlace),
    chooser('event-weapon', 'Weapon', input.weapons, input.weapon, label, input.onWeapon));
  const list = el('ol', 'event-list');
  for (const row of rows.slice(0, EVENT_LIST_MAX)) {
    const claimants = el('span', 'event-claimants');
    for (const claimant of row.claimants) {
      const swatch = el('span', 'swatch');
      swatch.style.background = input.claimantColor(claimant);
      const chip = el('span', 'claimant-chip', swatch, label(claimant));
      chip.dataset.claimant = claimant;
      claimants.append(chip);
    }
    const item = el('li', row.key === input.selected ? 'selected' : null,
      button(rowTitle(row, label), 'link-button event-title', () => input.onSelect(row.key)),
      el('div', 'event-totals', totalsText(row), ` · ${row.documentCount} report${row.documentCount === 1 ? '' : 's'}`),
      claimants);
    item.dataset.event = row.key;
    list.append(item);
  }
  container.append(head, choosers, list);
  if (!rows.length) container.append(el('p', 'event-empty', 'No event in the current filters.'));
  if (rows.length > EVENT_LIST_MAX) container.append(el('p', 'event-empty', `${rows.length - EVENT_LIST_MAX} more not listed; narrow the filters.`));
}
