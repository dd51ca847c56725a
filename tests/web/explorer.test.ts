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
  server = await serveStatic(join(scratch, 'dist'), { extra: { '/graph.json': sample.file, '/xss.json': xss } });
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
