/**
 * Browser tests of the explorer's events in Debian's headless Chromium (same harness as explorer.test.ts): the chart
 * of launched and intercepted per day, the time slider on event dates, the event list, a city's "what hit this
 * place" panel, the claimant filter (UI, URL, export caption) and hostile claimant and label strings shown verbatim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { parseGraph, serializeGraph } from '../../src/graph/serialize.ts';
import type { EventAttributes, KnowledgeGraph } from '../../src/graph/types.ts';
import { dailySeries, eventCatalogue, formatCount, UNCLAIMED } from '../../src/web/events/index.ts';
import { defaultFilters, filterDomain } from '../../src/web/filters/index.ts';
import { OUTLET_PALETTE } from '../../src/web/appearance/index.ts';
import { writeFileAtomic } from '../../src/util/atomic.ts';
import { TEST_KNOWLEDGE, article } from '../graph/event-fixture.ts';
import { XSS_PAYLOAD } from './fixtures/sample-graph.ts';
import { buildSite, launchChromium, sampleGraph, scratchDir, writeJson, type SampleGraph } from './harness.ts';
import { buildSampleGraph } from './fixtures/sample-graph.ts';

const ARTIFACTS = 'tests/artifacts';
/** A claimant and a place label an attacker could plant in an article (quotes, markup, an entity). */
const HOSTILE_CLAIMANT = `Air "Force" <script>alert('x')</script> & Co`;
const HOSTILE_PLACE = `Kyiv ${XSS_PAYLOAD}`;
let browser: Browser;
let server: StaticServer;
let sample: SampleGraph;
let graph: KnowledgeGraph;
let events: Array<[string, EventAttributes]>;

async function openPage(path = ''): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 60_000 });
  return { page, dialogs, errors };
}

const listed = (page: Page): Promise<string[]> => page.locator('#event-list li[data-event]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.event ?? ''));
const byDate = (a: [string, EventAttributes], b: [string, EventAttributes]): number =>
  (a[1].date ?? '\uffff').localeCompare(b[1].date ?? '\uffff') || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Invented articles whose claimant and target carry hostile labels and whose evidence carries an HTML payload. */
function hostileGraph(): KnowledgeGraph {
  const hostile = buildGraph(
    [article('h1', '2024-03-01', [{ date: '2024-03-01', targets: ['kyiv'], claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', 12, 9]] }] }])],
    { knowledge: TEST_KNOWLEDGE },
  );
  hostile.setNodeAttribute('ukrainian-air-force', 'label', HOSTILE_CLAIMANT);
  hostile.setNodeAttribute('kyiv', 'label', HOSTILE_PLACE);
  hostile.forEachNode((key, attributes) => {
    if (attributes.kind !== 'event') return;
    const reports = attributes.reports.map((report) => ({ ...report, evidence: report.evidence.map((sentence) => ({ ...sentence, text: `${sentence.text} ${XSS_PAYLOAD}` })) }));
    hostile.replaceNodeAttributes(key, { ...attributes, reports });
  });
  // a relation so the first view has something connected to show
  hostile.addDirectedEdgeWithKey('rel|russia|targeted|kyiv', 'russia', 'kyiv', {
    kind: 'relation', predicate: 'targeted', firstDate: '2024-03-01', lastDate: '2024-03-01', documents: 1,
    evidence: [{ document: 'h1', text: 'An invented sentence about a strike.', start: 0, end: 36, published: '2024-03-01', count: null, addressee: null }],
  });
  return hostile;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  const scratch = scratchDir('web-events-test');
  await buildSite(join(scratch, 'dist'));
  sample = sampleGraph(scratch, (file) => writeJson(file, buildSampleGraph().export()));
  const hostile = join(scratch, 'hostile-events.json');
  writeFileAtomic(hostile, serializeGraph(hostileGraph()));
  server = await serveStatic(join(scratch, 'dist'), { extra: { '/graph.json': sample.file, '/hostile-events.json': hostile } });
  graph = parseGraph(readFileSync(sample.file, 'utf8'), sample.file);
  events = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'event') events.push([key, attributes]);
  });
  events.sort(byDate);
  if (events.length < 3) throw new Error(`browser tests: the sample graph (${sample.origin}) has ${events.length} event nodes; expected the sample corpus's events`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('events in the explorer', () => {
  it('charts launched and intercepted per day: one column per slider day, bars on the days with events', async () => {
    const { page, errors } = await openPage();
    const days = filterDomain(graph).dates;
    const series = dailySeries(eventCatalogue(graph), defaultFilters(), days);
    await page.locator('#event-chart svg').waitFor();
    expect(await page.locator('#event-chart .chart-day').count()).toBe(days.length);
    const eventDays = new Set(events.map(([, attributes]) => attributes.date).filter((date) => date !== null));
    const drawnDays = await page.locator('#event-chart .chart-day:not([data-events="0"])').evaluateAll((groups) => groups.map((group) => (group as SVGElement).dataset.date));
    expect(new Set(drawnDays)).toEqual(eventDays);
    // each launched bar carries its day's total; the tallest reaches near the top of the plot
    const launched = await page.locator('#event-chart .bar-launched').evaluateAll((bars) => bars.map((bar) => [(bar.parentNode as SVGElement).dataset.date, Number((bar as SVGElement).dataset.value), Number(bar.getAttribute('height'))] as const));
    expect(launched.map(([date, value]) => [date, value])).toEqual(series.filter((day) => day.launched !== null).map((day) => [day.date, day.launched]));
    expect(Math.max(...launched.map(([, , height]) => height))).toBeGreaterThan(40);
    expect(await page.locator('#event-chart .bar-intercepted').count()).toBe(series.filter((day) => day.intercepted !== null).length);
    // the list shows every event, undated ones last
    expect(await listed(page)).toEqual(events.map(([key]) => key));
    await page.locator('#filters').screenshot({ path: join(ARTIFACTS, 'event-chart.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the time slider filters events by their event date', async () => {
    const { page } = await openPage();
    const days = filterDomain(graph).dates;
    const dated = events.filter(([, attributes]) => attributes.date !== null);
    const start = dated[Math.floor(dated.length / 2)]?.[1].date as string;
    await page.locator('#date-from').fill(String(days.indexOf(start)));
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`from=${start}`);
    const expected = events.filter(([, attributes]) => attributes.date !== null && attributes.date >= start).map(([key]) => key);
    await expect.poll(() => listed(page)).toEqual(expected);
    expect(expected.length).toBeLessThan(events.length);
    // the chart keeps every day and dims those before the range
    const dimmed = await page.locator('#event-chart .chart-out').evaluateAll((groups) => groups.map((group) => (group as SVGElement).dataset.date ?? ''));
    expect(dimmed).toEqual(days.filter((day) => day < start));
    // clicking a day of the chart narrows the range to that day
    const last = dated[dated.length - 1]?.[1].date as string;
    await page.locator(`#event-chart .chart-day[data-date="${last}"] .chart-hit`).click();
    await expect.poll(() => listed(page)).toEqual(events.filter(([, attributes]) => attributes.date === last).map(([key]) => key));
    await page.close();
  });

  it('a city\'s panel says what hit it: its events with weapons, numbers (unknown as unknown) and sources', async () => {
    const hit = new Map<string, number>();
    for (const [, attributes] of events) for (const target of attributes.targets) hit.set(target, (hit.get(target) ?? 0) + 1);
    const city = [...hit].filter(([key]) => graph.hasNode(key) && graph.getNodeAttribute(key, 'type') === 'City').sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    const { page } = await openPage(`#node=${encodeURIComponent(city)}`);
    await page.locator('#panel .place-events').waitFor();
    const rows = page.locator('#panel .place-events li[data-event]');
    const mine = events.filter(([, attributes]) => attributes.targets.includes(city));
    expect(await rows.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.event))).toEqual(mine.map(([key]) => key));
    expect(await page.locator('#panel .place-events h3').textContent()).toBe(`What hit ${graph.getNodeAttribute(city, 'label')}`);
    for (const [index, [, attributes]] of mine.entries()) {
      const lines = await rows.nth(index).locator('.event-lines li').evaluateAll((items) => items.map((item) => [(item as HTMLElement).dataset.weapon, (item as HTMLElement).dataset.launched, (item as HTMLElement).dataset.intercepted]));
      expect(lines).toEqual(attributes.weapons.map((line) => [line.weapon, formatCount(line.launched), formatCount(line.intercepted)]));
      const documents = await rows.nth(index).locator('.event-sources li').count();
      expect(documents).toBe(new Set(attributes.reports.map((report) => report.document)).size);
    }
    // a number no report gave reads "unknown", never 0
    const unknownLine = mine.some(([, attributes]) => attributes.weapons.some((line) => line.launched === null));
    if (unknownLine) expect(await page.locator('#panel .place-events').textContent()).toContain('launched unknown');
    // a row opens the event's evidence: who claimed what, and the reports' sentences
    await rows.first().locator('.event-title').click();
    await page.locator('#panel .event-evidence').waitFor();
    expect(await page.locator('#panel .event-claims li').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .event-evidence .evidence-text').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'place-events.png') });
    await page.close();
  });

  it('the claimant filter hides the events of other claimants, lives in the URL and in the export caption', async () => {
    const catalogue = eventCatalogue(graph);
    const claimant = [...catalogue.claimantCounts.keys()].find((key) => key !== UNCLAIMED && (catalogue.claimantCounts.get(key) ?? 0) < events.length) as string;
    const label = graph.getNodeAttribute(claimant, 'label');
    const { page } = await openPage(`#claimants=${encodeURIComponent(claimant)}`);
    const theirs = catalogue.events.filter((entry) => entry.claimants.has(claimant)).map((entry) => entry.key);
    await expect.poll(() => listed(page)).toEqual(theirs);
    expect(theirs.length).toBeLessThan(events.length);
    for (const row of await page.locator('#event-list li[data-event]').all()) {
      expect(await row.locator('.claimant-chip').evaluateAll((chips) => chips.map((chip) => (chip as HTMLElement).dataset.claimant))).toContain(claimant);
    }
    // the evidence of one of its events says what it claimed
    await page.locator('#event-list li[data-event] .event-title').first().click();
    await page.locator('#panel .event-claims').waitFor();
    expect(await page.locator(`#panel .event-claims li[data-claimant="${claimant}"]`).textContent()).toContain(`${label}: `);
    // the caption of the SVG export names it
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#svg').click()]);
    const svgFile = join(ARTIFACTS, 'export-claimant.svg');
    await svg.saveAs(svgFile);
    expect(readFileSync(svgFile, 'utf8')).toContain(`claimants: ${label}`);
    // the UI: checking every claimant again clears the filter; unchecking one keeps the events of the others
    await page.locator('input[data-claimant]').evaluateAll((boxes) => {
      for (const box of boxes as HTMLInputElement[]) if (!box.checked) box.click();
    });
    await expect.poll(() => listed(page)).toEqual(events.map(([key]) => key));
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('claimants=');
    await page.locator(`input[data-claimant="${claimant}"]`).click();
    const others = catalogue.events.filter((entry) => [...entry.claimants].some((key) => key !== claimant)).map((entry) => entry.key);
    await expect.poll(() => listed(page)).toEqual(others);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('claimants=');
    await page.close();
  });

  it('colours relations by claimant and lists the claimants in the legend', async () => {
    const relations = graph.edges().filter((key) => graph.getEdgeAttribute(key, 'kind') === 'relation');
    const colors = (page: Page): Promise<Array<string | null>> => page.evaluate((keys) => keys.map((key) => window.__newsgraph?.edgeColor(key) ?? null), relations);
    const plain = await openPage();
    const byPredicate = await colors(plain.page);
    await plain.page.close();
    const { page } = await openPage('#color=claimant');
    expect(await page.locator('#color').inputValue()).toBe('claimant');
    const byClaimant = await colors(page);
    // every relation takes a claimant's colour (or grey when its documents report no claimed figure), not its predicate's
    const palette = new Set<string>([...OUTLET_PALETTE, '#868e96']);
    expect(byClaimant.filter((color) => color !== null && !palette.has(color))).toEqual([]);
    expect(byClaimant.filter((color, index) => color !== byPredicate[index]).length).toBeGreaterThan(relations.length / 2);
    expect(await page.locator('#filters input[data-claimant]').count()).toBe(eventCatalogue(graph).claimantCounts.size);
    await page.close();
  });
});

describe('untrusted event text', () => {
  it('shows hostile claimant and place labels and an HTML payload in a report verbatim, and runs nothing', async () => {
    const { page, dialogs, errors } = await openPage('?graph=hostile-events.json#node=kyiv');
    await page.locator('#panel .place-events').waitFor();
    expect(await page.locator('#panel .place-events h3').textContent()).toBe(`What hit ${HOSTILE_PLACE}`);
    expect(await page.locator('#filters').textContent()).toContain(HOSTILE_CLAIMANT);
    expect(await page.locator('#event-list').textContent()).toContain(HOSTILE_CLAIMANT);
    await page.locator('#panel .place-events .event-title').first().click();
    await page.locator('#panel .event-evidence').waitFor();
    expect(await page.locator('#panel .event-claims').textContent()).toContain(`${HOSTILE_CLAIMANT}: 9 of 12 shahed-136 shot down`);
    expect(await page.locator('#panel .event-evidence .evidence-text').first().textContent()).toContain(XSS_PAYLOAD);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll('#panel img, #filters img, #panel script, #filters script').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
