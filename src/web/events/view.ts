/**
 * The events view of one explorer: the catalogue of the loaded graph's events, the chart in the chart slot, the
 * event list, the claimant colours, and the panel sections ("what hit this place", an event's evidence). The
 * explorer hands it the graph on load and the filters on every change; it calls back to select an event or to
 * change the filters (a day clicked in the chart, a place or weapon chosen in the list).
 */
import { outletColors } from '../appearance/index.ts';
import { cloneFilters } from '../filters/index.ts';
import type { FilterState } from '../filters/types.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import type { NodePanelSection } from '../panels/types.ts';
import { renderEventChart } from './chart.ts';
import { dailySeries, eventCatalogue, eventRows, labelOf, type EventCatalogue, type EventRow } from './index.ts';
import { renderEventList } from './list.ts';
import { eventSection, placeSection } from './panels.ts';

const NO_CLAIMANT_COLOR = '#868e96';

/** What the events view calls back into. */
export interface EventsViewHost {
  selectEvent(key: string): void;
  setFilters(filters: FilterState): void;
}

/** Chart, list, colours and panel sections of the events of the loaded graph. */
export class EventsView {
  private graph: KnowledgeGraph | null = null;
  private current: EventCatalogue = { events: [], documentClaimants: new Map(), claimantCounts: new Map(), placeCounts: new Map(), weaponCounts: new Map() };
  private colors = new Map<string, string>();
  private filters: FilterState | null = null;
  private days: readonly string[] = [];
  private selected: string | null = null;
  /** The rows of the event list as last drawn (the test hook reads them). */
  rows: EventRow[] = [];
  /** The panel sections to add to Explorer.nodeSections. */
  readonly sections: NodePanelSection[];

  constructor(private readonly chartSlot: HTMLElement, private readonly listSlot: HTMLElement, private readonly host: EventsViewHost) {
    const source = { catalogue: () => this.current, label: (key: string) => this.label(key), claimantColor: (key: string) => this.claimantColor(key) };
    this.sections = [placeSection(source), eventSection(source)];
  }

  /** Takes a newly loaded graph. */
  setGraph(graph: KnowledgeGraph): void {
    this.graph = graph;
    this.current = eventCatalogue(graph);
    this.colors = outletColors(this.current.claimantCounts.keys());
    this.selected = null;
  }

  /** The catalogue of the loaded graph's events. */
  get catalogue(): EventCatalogue {
    return this.current;
  }

  /** Claimants of the loaded graph's events with their number of events, most first. */
  get claimantCounts(): Map<string, number> {
    return this.current.claimantCounts;
  }

  /** The colour of a claimant (in order of their number of events, as outlets are coloured). */
  claimantColor(key: string): string {
    return this.colors.get(key) ?? NO_CLAIMANT_COLOR;
  }

  /** Colour of every claimant. */
  get claimantPalette(): Map<string, string> {
    return this.colors;
  }

  /** Display label of a key of the loaded graph. */
  label(key: string): string {
    return this.graph ? labelOf(this.graph, key) : key;
  }

  /** Draws the chart and the list for a filter state over the time slider's days. */
  update(filters: FilterState, days: readonly string[]): void {
    this.filters = filters;
    this.days = days;
    this.draw();
  }

  /** Marks the selected event in the list. */
  select(key: string | null): void {
    if (key === this.selected) return;
    this.selected = key;
    if (this.filters) this.draw();
  }

  private draw(): void {
    const filters = this.filters;
    if (!filters) return;
    const hasEvents = this.current.events.length > 0;
    this.listSlot.hidden = !hasEvents;
    const change = (edit: (next: FilterState) => void): void => {
      const next = cloneFilters(filters);
      edit(next);
      this.host.setFilters(next);
    };
    renderEventChart(this.chartSlot, {
      series: hasEvents ? dailySeries(this.current, filters, this.days) : [],
      from: filters.from,
      to: filters.to,
      onPickDay: (date) => change((next) => {
        next.from = date;
        next.to = date;
      }),
    });
    this.rows = hasEvents ? eventRows(this.current, filters) : [];
    if (!hasEvents) {
      this.listSlot.replaceChildren();
      return;
    }
    renderEventList(this.listSlot, {
      rows: this.rows,
      places: [...this.current.placeCounts.keys()].sort((a, b) => this.label(a).localeCompare(this.label(b))),
      weapons: [...this.current.weaponCounts.keys()].sort((a, b) => this.label(a).localeCompare(this.label(b))),
      place: filters.place,
      weapon: filters.weapon,
      selected: this.selected,
      label: (key) => this.label(key),
      claimantColor: (key) => this.claimantColor(key),
      onSelect: (key) => this.host.selectEvent(key),
      onPlace: (place) => change((next) => {
        next.place = place;
      }),
      onWeapon: (weapon) => change((next) => {
        next.weapon = weapon;
      }),
    });
  }
}
