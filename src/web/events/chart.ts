/**
 * The event chart above the time slider: launched and intercepted per day, one column per step of the slider (so
 * the columns line up with its thumbs; steps are days with an event or a publication, not a linear time axis).
 * Days outside the date range are dimmed; a day whose events give no number shows a grey "unknown" tick, never a
 * zero bar. Drawn as SVG elements built one by one (no markup strings); clicking a day narrows the range to it.
 */
import { el } from '../panels/dom.ts';
import { formatCount, type DayTotals } from './index.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Colours of the two series (kept apart from the predicate colours of the graph). */
export const CHART_COLORS = { launched: '#f08c00', intercepted: '#1971c2', unknown: '#adb5bd' } as const;
const WIDTH = 240;
const HEIGHT = 84;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** What the chart draws. */
export interface ChartInput {
  series: DayTotals[];
  /** The date range of the filters (inclusive, null for an open end). */
  from: string | null;
  to: string | null;
  /** Called with a day when its column is clicked. */
  onPickDay(date: string): void;
}

/** The tooltip of one day. */
export function dayTitle(day: DayTotals): string {
  const unknown = (count: number): string => (count ? ` (${count} event${count === 1 ? '' : 's'} without a number)` : '');
  return `${day.date}: ${day.events} event${day.events === 1 ? '' : 's'}; launched ${formatCount(day.launched)}${unknown(day.unknownLaunched)}; intercepted ${formatCount(day.intercepted)}${unknown(day.unknownIntercepted)}`;
}

/** Draws the chart into `slot` (emptied first); hides the slot when no day has an event. */
export function renderEventChart(slot: HTMLElement, input: ChartInput): void {
  slot.replaceChildren();
  const { series } = input;
  const withEvents = series.filter((day) => day.events > 0);
  slot.hidden = withEvents.length === 0;
  if (!withEvents.length) return;
  // 1. Scale: the largest launched or intercepted total of a day
  let max = 1;
  for (const day of series) max = Math.max(max, day.launched ?? 0, day.intercepted ?? 0);
  const plot = HEIGHT - 14;
  const step = WIDTH / Math.max(1, series.length);
  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: '100%', role: 'img', class: 'event-chart' });
  const title = svg('title', {});
  title.textContent = `Launched and intercepted per day, ${withEvents.length} day${withEvents.length === 1 ? '' : 's'} with events`;
  chart.append(title, svg('line', { x1: 0, y1: plot + 0.5, x2: WIDTH, y2: plot + 0.5, class: 'chart-axis' }));
  // 2. One column per day
  series.forEach((day, index) => {
    const inRange = (input.from === null || day.date >= input.from) && (input.to === null || day.date <= input.to);
    const x = index * step;
    const group = svg('g', { class: `chart-day${inRange ? '' : ' chart-out'}`, 'data-date': day.date, 'data-events': day.events });
    const tip = svg('title', {});
    tip.textContent = dayTitle(day);
    group.append(tip, svg('rect', { x, y: 0, width: step, height: plot, class: 'chart-hit' }));
    const bar = (value: number | null, kind: 'launched' | 'intercepted', width: number): void => {
      if (value === null) return;
      const height = Math.max(value > 0 ? 1 : 0, (value / max) * (plot - 2));
      const rect = svg('rect', { x: x + (step - width) / 2, y: plot - height, width, height, fill: CHART_COLORS[kind], class: `bar bar-${kind}` });
      rect.dataset.value = String(value);
      group.append(rect);
    };
    bar(day.launched, 'launched', Math.max(1, step * 0.8));
    bar(day.intercepted, 'intercepted', Math.max(1, step * 0.45));
    if (day.events > 0 && day.launched === null && day.intercepted === null) {
      group.append(svg('rect', { x: x + step * 0.2, y: plot - 3, width: Math.max(1, step * 0.6), height: 3, fill: CHART_COLORS.unknown, class: 'bar bar-unknown' }));
    }
    if (day.events > 0) group.addEventListener('click', () => input.onPickDay(day.date));
    chart.append(group);
  });
  // 3. First and last day under the axis
  const first = series[0]?.date ?? '';
  const last = series[series.length - 1]?.date ?? '';
  const start = svg('text', { x: 0, y: HEIGHT - 2, class: 'chart-tick' });
  start.textContent = first;
  const end = svg('text', { x: WIDTH, y: HEIGHT - 2, 'text-anchor': 'end', class: 'chart-tick' });
  end.textContent = last;
  chart.append(start, end);
  // 4. Heading and key
  const key = (kind: 'launched' | 'intercepted' | 'unknown', text: string): HTMLElement => {
    const swatch = el('span', 'swatch swatch-square');
    swatch.style.background = CHART_COLORS[kind];
    return el('span', 'chart-key', swatch, text);
  };
  slot.append(
    el('div', 'chart-head', el('strong', null, 'Events per day'), el('span', 'legend-count', `max ${max}`)),
    chart,
    el('div', 'chart-keys', key('launched', 'launched'), key('intercepted', 'intercepted'), key('unknown', 'unknown')),
  );
}
