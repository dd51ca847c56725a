/**
 * Browser tests of the explorer in Debian's headless Chromium: rendering of the sample graph, search, node and
 * edge panels, filters, view state in the URL, and untrusted text (an HTML payload shown literally, never run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/serve.ts';
import { parseGraph } from '../../src/graph/serialize.ts';
import { writeRdf } from '../../src/rdf/files.ts';
import { writeStreamAtomic } from '../../src/util/atomic.ts';
import { buildSampleGraph, XSS_PAYLOAD } from './fixtures/sample-graph.ts';
import { buildSite, launchChromium, readGraphJson, sampleGraph, scratchDir, writeJson, type GraphJson, type SampleGraph } from './harness.ts';

const ARTIFACTS = 'tests/artifacts';
const rel = (subject: string, predicate: string, object: string): string => `rel|${subject}|${predicate}|${object}`;
let browser: Browser;
let server: StaticServer;
let sample: SampleGraph;
let data: GraphJson;
let kyiv: string;
let launched: GraphJson['edges'][number];
let turtleFile: string;

async function openPage(path = ''): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url + path);
  await waitReady(page);
  return { page, dialogs, errors };
}

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 60_000 });
}

/** Counts pixels of a stage screenshot that differ from the background (decoded in the page's own canvas). */
async function nonBackgroundPixels(page: Page, shot: string): Promise<number> {
  const png = await page.locator('#stage').screenshot({ path: join(ARTIFACTS, shot) });
  return countPixels(page, png);
}

/** Counts pixels of a PNG that differ from its top-left pixel by more than a small tolerance. */
async function countPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) return -1;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const [r, g, b] = [pixels[0] ?? 0, pixels[1] ?? 0, pixels[2] ?? 0];
    let count = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      if (Math.abs((pixels[index] ?? 0) - r) + Math.abs((pixels[index + 1] ?? 0) - g) + Math.abs((pixels[index + 2] ?? 0) - b) > 60) count++;
    }
    return count;
  }, png.toString('base64'));
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // 1. Browser first: without Chromium the tests fail here with a clear message
  browser = await launchChromium();
  // 2. Site, sample graph, XSS fixture
  const scratch = scratchDir('web-test');
  await buildSite(join(scratch, 'dist'));
  sample = sampleGraph(scratch, (file) => writeJson(file, buildSampleGraph().export()));
  const xss = join(scratch, 'xss.json');
  writeJson(xss, buildSampleGraph({ xss: true }).export());
  const outlets = join(scratch, 'outlets.json');
  writeJson(outlets, buildSampleGraph({ outlets: true }).export());
  server = await serveStatic(join(scratch, 'dist'), { extra: { '/graph.json': sample.file, '/xss.json': xss, '/outlets.json': outlets } });
  // 3. Facts the tests check against
  data = readGraphJson(sample.file);
  const kyivNode = data.nodes.find((node) => node.attributes.label.toLowerCase() === 'kyiv');
  if (!kyivNode) throw new Error(`browser tests: the sample graph (${sample.origin}) has no node labelled Kyiv`);
  kyiv = kyivNode.key;
  const edge = data.edges.find((candidate) => candidate.attributes.predicate === 'launched' && (candidate.attributes.evidence?.length ?? 0) > 0);
  if (!edge) throw new Error(`browser tests: the sample graph (${sample.origin}) has no launched edge with evidence`);
  launched = edge;
  // 4. The same graph as Turtle, written by the graph helper's RDF writer
  turtleFile = join(scratch, 'sample.ttl');
  const graph = parseGraph(readFileSync(sample.file, 'utf8'), sample.file);
  await writeStreamAtomic(turtleFile, async (out) => {
    await writeRdf(graph, 'turtle', out);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('explorer on the sample graph', () => {
  it('renders the graph: WebGL pixels drawn and the node count of graph.json shown', async () => {
    const { page, errors } = await openPage();
    expect(await page.locator('#node-count').textContent()).toBe(String(data.nodes.length));
    expect(await page.locator('#edge-count').textContent()).toBe(String(data.edges.length));
    expect(await page.locator('#stage canvas').count()).toBeGreaterThan(1);
    expect(await nonBackgroundPixels(page, 'sample-graph.png')).toBeGreaterThan(500);
    // the legend counts each type
    const legend = await page.locator('#filters .legend-row').allTextContents();
    expect(legend.some((row) => row.startsWith('City'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a real mouse click on a node opens its panel', async () => {
    const { page } = await openPage();
    const position = await page.evaluate((key) => window.__newsgraph?.nodeViewport(key) ?? null, kyiv);
    const box = await page.locator('#stage').boundingBox();
    expect(position).not.toBeNull();
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + position!.x, box!.y + position!.y);
    await page.mouse.click(box!.x + position!.x, box!.y + position!.y);
    await page.locator('#panel[data-kind="node"]').waitFor();
    expect(await page.locator('#panel .panel-title').textContent()).toContain('Kyiv');
    await page.screenshot({ path: join(ARTIFACTS, 'node-click.png') });
    await page.close();
  });

  it('searching "Kyiv" selects it, opens its panel and moves the camera', async () => {
    const { page } = await openPage();
    const before = await page.evaluate(() => window.__newsgraph?.camera());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('Kyiv');
    await page.locator('#search-hits li').first().waitFor();
    expect(await page.locator('#search-hits li').first().textContent()).toContain('Kyiv');
    await page.keyboard.press('Enter');
    await page.locator('#panel[data-kind="node"]').waitFor();
    expect(await page.locator('#panel .panel-title').textContent()).toContain('Kyiv');
    expect(await page.evaluate(() => window.__newsgraph?.selected().node)).toBe(kyiv);
    await page.waitForTimeout(700);
    const after = await page.evaluate(() => window.__newsgraph?.camera());
    expect(after).not.toEqual(before);
    await page.screenshot({ path: join(ARTIFACTS, 'search-kyiv.png') });
    // Esc closes the panel
    await page.locator('#stage').click({ position: { x: 5, y: 5 } });
    await page.evaluate((key) => {
      location.hash = `node=${encodeURIComponent(key)}`;
    }, kyiv);
    await page.locator('#panel[data-kind="node"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#panel').waitFor({ state: 'hidden' });
    await page.close();
  });

  it('a launched edge shows its evidence sentences with the entity words marked', async () => {
    const { page } = await openPage(`#edge=${encodeURIComponent(launched.key)}`);
    await page.locator('#panel[data-kind="edge"]').waitFor();
    const texts = await page.locator('#panel .evidence-text').allTextContents();
    const sentences = (launched.attributes.evidence ?? []).map((record) => record.text);
    expect(texts.sort()).toEqual([...sentences].sort());
    expect(await page.locator('#panel .evidence-text mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .predicate').textContent()).toBe('launched');
    await page.screenshot({ path: join(ARTIFACTS, 'evidence.png') });
    await page.close();
  });

  it('the predicate filter hides launched edges and only those', async () => {
    const { page } = await openPage();
    const launchedKeys = data.edges.filter((edge) => edge.attributes.predicate === 'launched').map((edge) => edge.key);
    const other = data.edges.find((edge) => edge.attributes.kind === 'relation' && edge.attributes.predicate !== 'launched');
    const hidden = (keys: string[]): Promise<Array<boolean | null>> => page.evaluate((list) => list.map((key) => window.__newsgraph?.edgeHidden(key) ?? null), keys);
    expect((await hidden(launchedKeys)).every((value) => value === false)).toBe(true);
    const shownBefore = Number(await page.locator('#shown-edges').textContent());
    await page.locator('input[data-predicate="launched"]').uncheck();
    await expect.poll(() => hidden(launchedKeys)).toEqual(launchedKeys.map(() => true));
    if (other) expect(await hidden([other.key])).toEqual([false]);
    expect(Number(await page.locator('#shown-edges').textContent())).toBe(shownBefore - launchedKeys.length);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('preds=');
    await page.screenshot({ path: join(ARTIFACTS, 'filter-launched.png') });
    await page.close();
  });

  it('a URL with view state reproduces the selection, filters and camera after a reload', async () => {
    const { page } = await openPage();
    await page.locator('#search').fill('Kyiv');
    await page.locator('#search-hits li').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('input[data-predicate="condemned"]').uncheck();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain(`node=${kyiv}`);
    await page.waitForTimeout(800);
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('preds=');
    const camera = await page.evaluate(() => window.__newsgraph?.camera());
    // a fresh page with the copied link
    const copy = await openPage(hash);
    await copy.page.locator('#panel[data-kind="node"]').waitFor();
    expect(await copy.page.evaluate(() => window.__newsgraph?.selected().node)).toBe(kyiv);
    expect(await copy.page.locator('input[data-predicate="condemned"]').isChecked()).toBe(false);
    const restored = await copy.page.evaluate(() => window.__newsgraph?.camera());
    expect(restored?.ratio).toBeCloseTo(camera?.ratio ?? 0, 3);
    // and a reload of the same page
    await page.reload();
    await waitReady(page);
    await page.locator('#panel[data-kind="node"]').waitFor();
    expect(await page.locator('#panel .panel-title').textContent()).toContain('Kyiv');
    await page.close();
    await copy.page.close();
  });
});

describe('layout and appearance', () => {
  it('keeps the laid-out positions: a reload does not lay the graph out again', async () => {
    const { page } = await openPage();
    const first = await page.evaluate((key) => window.__newsgraph?.nodePosition(key), kyiv);
    await page.reload();
    await waitReady(page);
    expect(await page.evaluate(() => window.__newsgraph?.layoutRunning())).toBe(false);
    // positions are cached to two decimals
    const second = await page.evaluate((key) => window.__newsgraph?.nodePosition(key), kyiv);
    expect(second?.x).toBeCloseTo(first?.x ?? NaN, 1);
    expect(second?.y).toBeCloseTo(first?.y ?? NaN, 1);
    await page.close();
  });

  it('"save positions" downloads graph.json with every node placed', async () => {
    const { page } = await openPage();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save').click()]);
    const file = join(ARTIFACTS, 'saved-graph.json');
    await download.saveAs(file);
    const saved = parseGraph(readFileSync(file, 'utf8'), file);
    expect(saved.order).toBe(data.nodes.length);
    expect(saved.size).toBe(data.edges.length);
    saved.forEachNode((_key, attributes) => {
      expect(Number.isFinite(attributes.x)).toBe(true);
      expect(Number.isFinite(attributes.y)).toBe(true);
    });
    expect(saved.getAttribute('laidOut')).toBe(true);
    // opening it again uses those positions (no layout)
    await page.locator('#file').setInputFiles(file);
    await page.waitForFunction(() => window.__newsgraph?.ready === true && document.getElementById('stats')?.title === 'saved-graph.json', null, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__newsgraph?.layoutRunning())).toBe(false);
    const position = saved.getNodeAttributes(kyiv);
    expect(await page.evaluate((key) => window.__newsgraph?.nodePosition(key), kyiv)).toEqual({ x: position.x, y: position.y });
    await page.close();
  });

  it('runs and stops ForceAtlas2 in a worker from the layout button', async () => {
    const { page } = await openPage();
    const before = await page.evaluate((key) => window.__newsgraph?.nodePosition(key), kyiv);
    await page.locator('#layout').click();
    expect(await page.evaluate(() => window.__newsgraph?.layoutRunning())).toBe(true);
    expect(await page.locator('#layout').textContent()).toBe('Stop layout');
    await expect.poll(() => page.evaluate((key) => window.__newsgraph?.nodePosition(key), kyiv), { timeout: 20_000 }).not.toEqual(before);
    await page.locator('#layout').click();
    expect(await page.evaluate(() => window.__newsgraph?.layoutRunning())).toBe(false);
    expect(await page.locator('#layout').textContent()).toBe('Run layout');
    await page.close();
  });

  it('switches node size from degree to PageRank', async () => {
    const { page } = await openPage();
    const keys = data.nodes.filter((node) => node.attributes.kind === 'entity').map((node) => node.key);
    const sizes = (): Promise<Array<number | null>> => page.evaluate((list) => list.map((key) => window.__newsgraph?.nodeSize(key) ?? null), keys);
    const degree = await sizes();
    await page.locator('#size').selectOption('pagerank');
    await expect.poll(sizes).not.toEqual(degree);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('size=pagerank');
    await page.close();
  });
});

describe('files, export and themes', () => {
  it('opens a .ttl from the file picker into the same graph', async () => {
    const { page, errors } = await openPage();
    await page.locator('#file').setInputFiles(turtleFile);
    await page.waitForFunction(() => window.__newsgraph?.ready === true && document.getElementById('stats')?.title.endsWith('.ttl'), null, { timeout: 60_000 });
    expect(await page.locator('#node-count').textContent()).toBe(String(data.nodes.length));
    expect(await page.locator('#edge-count').textContent()).toBe(String(data.edges.length));
    expect(await page.locator('#message').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a graph.json dropped on the page', async () => {
    const { page } = await openPage();
    const dropped = buildSampleGraph();
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, JSON.stringify(dropped.export()));
    await page.waitForFunction(() => window.__newsgraph?.ready === true && document.getElementById('stats')?.title === 'dropped.json', null, { timeout: 60_000 });
    expect(await page.locator('#node-count').textContent()).toBe(String(dropped.order));
    expect(await page.locator('#drop').isHidden()).toBe(true);
    await page.close();
  });

  it('reports a broken file instead of showing it', async () => {
    const { page } = await openPage();
    await page.locator('#file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": 3') });
    await page.locator('#message').waitFor();
    expect(await page.locator('#message').textContent()).toContain('broken.json');
    expect(await page.locator('#node-count').textContent()).toBe(String(data.nodes.length));
    await page.close();
  });

  it('exports the view as a PNG with the graph drawn', async () => {
    const { page } = await openPage();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#png').click()]);
    expect(download.suggestedFilename()).toBe('newsgraph.png');
    const file = join(ARTIFACTS, 'export.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(await countPixels(page, png)).toBeGreaterThan(500);
    await page.close();
  });

  it('switches to the dark theme and keeps it in the URL', async () => {
    const { page } = await openPage();
    await page.locator('#theme').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.getElementById('stage') as HTMLElement).backgroundColor);
    expect(background).toBe('rgb(22, 24, 29)');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('theme=dark');
    await page.screenshot({ path: join(ARTIFACTS, 'dark.png') });
    await page.close();
  });

  it('"Fast pan" is off for the small sample graph and follows its checkbox both ways', async () => {
    const { page, errors } = await openPage();
    const box = page.locator('#fast-move');
    expect(await box.isChecked()).toBe(false);
    expect(await page.evaluate(() => window.__newsgraph?.fastMove())).toBe(false);
    await box.check();
    expect(await page.evaluate(() => window.__newsgraph?.fastMove())).toBe(true);
    await box.uncheck();
    expect(await page.evaluate(() => window.__newsgraph?.fastMove())).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the minimum-sources and date filters hide relations outside them', async () => {
    const { page } = await openPage();
    const relations = data.edges.filter((edge) => edge.attributes.kind === 'relation');
    const hiddenCount = (): Promise<number> => page.evaluate((keys) => keys.filter((key) => window.__newsgraph?.edgeHidden(key) === true).length, relations.map((edge) => edge.key));
    const baseline = await hiddenCount();
    const single = relations.filter((edge) => (edge.attributes.documents as number) < 2).length;
    await page.locator('#min-sources').fill('2');
    await page.locator('#min-sources').dispatchEvent('change');
    await expect.poll(hiddenCount).toBeGreaterThanOrEqual(Math.max(baseline, single));
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('min=2');
    // the time slider: moving its start to the last date keeps only the latest evidence
    await page.locator('#min-sources').fill('1');
    await page.locator('#min-sources').dispatchEvent('change');
    const last = await page.locator('#date-from').getAttribute('max');
    await page.locator('#date-from').fill(last ?? '0');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('from=');
    expect(await hiddenCount()).toBeGreaterThan(baseline);
    await page.close();
  });
});

describe('the explorer for analysts', () => {
  const viewports = (page: Page, keys: string[]): Promise<Array<{ x: number; y: number } | null>> =>
    page.evaluate((list) => list.map((key) => window.__newsgraph?.nodeViewport(key) ?? null), keys);

  it('the default view has no isolated node; the toggle shows unconnected entities', async () => {
    const { page, errors } = await openPage();
    const connected = new Set(data.edges.filter((edge) => edge.attributes.kind === 'relation').flatMap((edge) => [edge.source, edge.target]));
    const unconnected = data.nodes.filter((node) => node.attributes.kind === 'entity' && !connected.has(node.key));
    expect(unconnected.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__newsgraph?.isolatedShown())).toEqual([]);
    expect(Number(await page.locator('#shown-nodes').textContent())).toBe(connected.size);
    await page.locator('#show-isolated').check();
    await expect.poll(() => page.evaluate(() => window.__newsgraph?.isolatedShown().length ?? 0)).toBe(unconnected.length);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('isolated=1');
    // a predicate filter hides the entities it leaves without a relation
    await page.locator('#show-isolated').uncheck();
    await page.locator('input[data-predicate="requested"]').uncheck();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('preds=');
    expect(await page.evaluate(() => window.__newsgraph?.isolatedShown())).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels do not overlap at the default zoom, and hovering shows every neighbour\'s label', async () => {
    const { page } = await openPage();
    const boxes = await page.evaluate(() => window.__newsgraph?.labelBoxes() ?? []);
    expect(boxes.length).toBeGreaterThan(5);
    const overlapping: string[] = [];
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const [p, q] = [boxes[a]!, boxes[b]!];
        if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height) overlapping.push(`${p.key} / ${q.key}`);
      }
    }
    expect(overlapping).toEqual([]);
    // the most cited entity has its label (when several share the highest document count, at least one of them: the
    // placement keeps the first of two overlapping labels of the same priority)
    const entities = data.nodes.filter((node) => node.attributes.kind === 'entity');
    const most = Math.max(...entities.map((node) => node.attributes.documents as number));
    const tops = entities.filter((node) => node.attributes.documents === most).map((node) => node.key);
    expect(tops.length).toBeGreaterThan(0);
    expect(boxes.map((box) => box.key).filter((key) => tops.includes(key)).length, `labels of ${tops.join(', ')}`).toBeGreaterThan(0);
    // hover Kyiv: every neighbour's label is forced
    const neighbours = [...new Set(data.edges.filter((edge) => edge.attributes.kind === 'relation' && (edge.source === kyiv || edge.target === kyiv)).map((edge) => (edge.source === kyiv ? edge.target : edge.source)))];
    const [at] = await viewports(page, [kyiv]);
    const box = await page.locator('#stage').boundingBox();
    await page.mouse.move(box!.x + at!.x, box!.y + at!.y);
    await expect.poll(() => page.evaluate((keys) => keys.map((key) => window.__newsgraph?.forcedLabel(key)), neighbours)).toEqual(neighbours.map(() => true));
    await page.close();
  });

  it('the map toggle places Kyiv east of Lviv and west of Kharkiv on screen, and the URL keeps the map after a reload', async () => {
    const { page, errors } = await openPage();
    const places = ['lviv', 'kyiv', 'kharkiv'];
    expect(places.every((key) => data.nodes.some((node) => node.key === key))).toBe(true);
    await page.locator('#map-toggle').click();
    await page.waitForFunction(() => window.__newsgraph?.mode() === 'map' && window.__newsgraph.mapProgress() === 1, null, { timeout: 30_000 });
    const [lviv, kyivAt, kharkiv] = await viewports(page, places);
    expect(lviv!.x).toBeLessThan(kyivAt!.x);
    expect(kyivAt!.x).toBeLessThan(kharkiv!.x);
    expect(await page.locator('#map-toggle').getAttribute('aria-pressed')).toBe('true');
    // the outline is drawn beneath the graph
    expect(await countPixels(page, await page.locator('#stage canvas.map-layer').screenshot())).toBeGreaterThan(500);
    await page.screenshot({ path: join(ARTIFACTS, 'map.png') });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('view=map');
    // reload with the same URL: the map view comes back
    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => window.__newsgraph?.mode() === 'map' && window.__newsgraph.mapProgress() === 1, null, { timeout: 30_000 });
    const [lviv2, kyiv2, kharkiv2] = await viewports(page, places);
    expect(lviv2!.x).toBeLessThan(kyiv2!.x);
    expect(kyiv2!.x).toBeLessThan(kharkiv2!.x);
    // and back to the graph: places return to their layout positions
    const before = await page.evaluate((key) => window.__newsgraph?.nodePosition(key), kyiv);
    await page.locator('#map-toggle').click();
    await page.waitForFunction(() => window.__newsgraph?.mode() === 'graph' && window.__newsgraph.mapProgress() === 0, null, { timeout: 30_000 });
    expect(await page.evaluate((key) => window.__newsgraph?.nodePosition(key), kyiv)).not.toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters and colours by outlet, and the evidence panel says which outlet reports what', async () => {
    const edge = rel('Country:russia', 'launched', 'WeaponSystem:kinzhal');
    const { page, errors } = await openPage(`?graph=outlets.json#edge=${encodeURIComponent(edge)}`);
    await page.locator('#panel[data-kind="edge"]').waitFor();
    expect(await page.locator('#panel .claims li').allTextContents()).toEqual(['kyiv-daily.example (1 document)', 'wire.example (1 document)']);
    // outlet filter: without kyiv-daily, what only it reports is hidden, with the entities left unconnected
    await page.locator('input[data-outlet="kyiv-daily.example"]').uncheck();
    await expect.poll(() => page.evaluate((key) => window.__newsgraph?.edgeHidden(key), rel('Country:russia', 'targeted', 'City:kyiv'))).toBe(true);
    expect(await page.evaluate((key) => window.__newsgraph?.edgeHidden(key), rel('Country:russia', 'targeted', 'City:kharkiv'))).toBe(false);
    expect(await page.evaluate(() => window.__newsgraph?.nodeHidden('City:kyiv'))).toBe(true);
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('outlets=wire.example');
    // colour by outlet: the two outlets' relations differ in colour
    await page.locator('input[data-outlet="kyiv-daily.example"]').check();
    const colours = (): Promise<Array<string | null>> => page.evaluate((keys) => keys.map((key) => window.__newsgraph?.edgeColor(key) ?? null),
      [rel('Country:russia', 'targeted', 'City:kyiv'), rel('Country:russia', 'targeted', 'City:kharkiv')]);
    const byPredicate = await colours();
    expect(byPredicate[0]).toBe(byPredicate[1]);
    await page.locator('#color').selectOption('outlet');
    await expect.poll(async () => new Set(await colours()).size).toBe(2);
    expect(await page.locator('#filters .legend-row', { hasText: 'wire.example' }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('color=outlet');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists each alias once per spelling, without the label', async () => {
    const { page } = await openPage(`#node=${encodeURIComponent(kyiv)}`);
    await page.locator('#panel[data-kind="node"]').waitFor();
    const aliases = await page.locator('#panel .alias').allTextContents();
    expect(aliases.length).toBeGreaterThan(0);
    const folded = aliases.map((alias) => alias.toLowerCase());
    expect(new Set(folded).size).toBe(folded.length);
    expect(folded).not.toContain('kyiv');
    await page.close();
  });

  it('exports PNG and SVG with a legend and a caption', async () => {
    const { page } = await openPage();
    // PNG: the view plus a legend band below it
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#png').click()]);
    const pngFile = join(ARTIFACTS, 'export.png');
    await png.saveAs(pngFile);
    const bytes = readFileSync(pngFile);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const stage = await page.locator('#stage').boundingBox();
    const size = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const band = context.getImageData(0, image.height - 60, image.width, 60).data;
      let ink = 0;
      for (let index = 0; index < band.length; index += 4) if ((band[index] ?? 255) < 200) ink++;
      return { width: image.width, height: image.height, ink };
    }, bytes.toString('base64'));
    expect(size.height).toBeGreaterThan(Math.round(stage!.height) + 40);
    expect(size.ink).toBeGreaterThan(100);
    expect(await countPixels(page, bytes)).toBeGreaterThan(500);
    // SVG: shapes, the legend and the caption as text
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#svg').click()]);
    expect(svg.suggestedFilename()).toBe('newsgraph.svg');
    const svgFile = join(ARTIFACTS, 'export.svg');
    await svg.saveAs(svgFile);
    const text = readFileSync(svgFile, 'utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('id="legend"');
    expect(text).toContain('Entities');
    expect(text).toContain('launched');
    expect(text).toContain('newsgraph, graph view');
    expect((text.match(/<circle /g) ?? []).length).toBeGreaterThan(10);
    await page.close();
  });
});

describe('untrusted text', () => {
  it('shows an HTML payload in a label and an evidence sentence literally and runs nothing', async () => {
    const xssGraph = buildSampleGraph({ xss: true });
    const edge = xssGraph.edges().find((key) => key.includes('|launched|')) as string;
    const { page, dialogs, errors } = await openPage(`?graph=xss.json#edge=${encodeURIComponent(edge)}`);
    await page.locator('#panel[data-kind="edge"]').waitFor();
    expect(await page.locator('#panel').textContent()).toContain(XSS_PAYLOAD);
    // the node whose label carries the payload: its panel, its search hit
    await page.evaluate(() => {
      location.hash = 'node=City%3Akyiv';
    });
    await page.locator('#panel[data-kind="node"]').waitFor();
    expect(await page.locator('#panel .panel-title').textContent()).toBe(`Kyiv ${XSS_PAYLOAD}`);
    await page.locator('#search').fill('Kyiv');
    await page.locator('#search-hits li').first().waitFor();
    expect(await page.locator('#search-hits').textContent()).toContain(XSS_PAYLOAD);
    await expect(page.getByText(XSS_PAYLOAD).first().isVisible()).resolves.toBe(true);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'xss.png') });
    await page.close();
  });
});
