/**
 * The explorer as `newsgraph serve` serves it, in Debian's headless Chromium: the page starts from the server's
 * summary (/graph.json holds no document, evidence sentence or event report), and a panel opened on it shows what it
 * fetched from the JSON API: a relation's evidence and its articles' titles one page at a time (/api/evidence), an
 * event's reports (/api/event). The invented articles carry an HTML payload in their sentences and titles, which
 * the panels must show as text and never run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildGraph } from '../../src/graph/build.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { exportGraph } from '../../src/output/index.ts';
import { repoRoot } from '../cli/run-cli.ts';
import { TEST_KNOWLEDGE, article } from '../graph/event-fixture.ts';
import { XSS_PAYLOAD } from './fixtures/sample-graph.ts';
import { buildSite, launchChromium, scratchDir } from './harness.ts';

const RELATION = 'rel|russia|launched|shahed-136';
const SENTENCE = 'An invented line: Russia launched Shahed-136 drones at the capital overnight.';
/** A busy relation: more sentences than one page of the edge panel (50). */
const BUSY = 'rel|ukrainian-air-force|intercepted|shahed-136';
const BUSY_SENTENCES = 120;
let browser: Browser;
let server: { url: string; child: ChildProcess };
let graph: KnowledgeGraph;
let eventKey: string;

/** Two invented articles about one night; their titles and sentences end with the payload. */
function servedGraph(): KnowledgeGraph {
  const articles = [
    article('s1', '2024-03-01', [{ date: '2024-03-01', targets: ['kyiv'], claims: [{ by: 'ukrainian-air-force', lines: [['shahed-136', 12, 9]] }] }]),
    article('s2', '2024-03-02', [{ date: '2024-03-01', targets: ['kyiv'], claims: [{ by: null, lines: [['shahed-136', 14, null]] }] }]),
  ];
  for (const extraction of articles) {
    extraction.document.title = `Night report ${extraction.document.id} ${XSS_PAYLOAD}`;
    extraction.document.source = `https://news.example/${extraction.document.id}`;
  }
  const built = buildGraph(articles, { knowledge: TEST_KNOWLEDGE });
  built.forEachNode((key, attributes) => {
    if (attributes.kind !== 'event') return;
    const reports = attributes.reports.map((report) => ({ ...report, evidence: report.evidence.map((span) => ({ ...span, text: `${span.text} ${XSS_PAYLOAD}` })) }));
    built.replaceNodeAttributes(key, { ...attributes, reports });
  });
  built.addDirectedEdgeWithKey(RELATION, 'russia', 'shahed-136', {
    kind: 'relation', predicate: 'launched', firstDate: '2024-03-01', lastDate: '2024-03-02', documents: 2,
    evidence: ['s1', 's2'].map((document, index) => ({ document, text: `${SENTENCE} ${XSS_PAYLOAD}`, start: 0, end: 10, published: `2024-03-0${index + 1}`, count: null, addressee: null })),
  });
  if (built.hasEdge(BUSY)) throw new Error(`${BUSY} is already in the test graph`);
  built.addDirectedEdgeWithKey(BUSY, 'ukrainian-air-force', 'shahed-136', {
    kind: 'relation', predicate: 'intercepted', firstDate: '2024-03-01', lastDate: '2024-03-02', documents: 2,
    // the later article's sentences first: the panel shows them oldest first (s1's, 2024-03-01), each day in this order
    evidence: Array.from({ length: BUSY_SENTENCES }, (_, i) => (i + BUSY_SENTENCES / 2) % BUSY_SENTENCES).map((n) => {
      const text = `Invented busy sentence ${n}: the air force downed drones.`;
      return { document: n < 60 ? 's1' : 's2', text, start: 0, end: text.length, published: n < 60 ? '2024-03-01' : '2024-03-02', count: n % 2 === 0 ? 9 : null, addressee: null };
    }),
  });
  return built;
}

/** Opens the served page and records the API paths it asks for, dialogs and page errors. */
async function openPage(hash: string, setup?: (page: Page) => Promise<unknown>): Promise<{ page: Page; asked: string[]; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await setup?.(page);
  const asked: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}${hash}`);
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 60_000 });
  return { page, asked, dialogs, errors };
}

beforeAll(async () => {
  browser = await launchChromium();
  const scratch = scratchDir('web-served-test');
  await buildSite(join(scratch, 'dist'));
  graph = servedGraph();
  eventKey = graph.filterNodes((_key, attributes) => attributes.kind === 'event')[0] as string;
  await exportGraph(graph, join(scratch, 'graph'));
  server = await serve(join(scratch, 'graph'), join(scratch, 'dist'));
}, 240_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    const exited = new Promise((done) => server.child.once('exit', done));
    server.child.kill('SIGTERM');
    await exited;
  }
  await browser?.close();
});

/** Spawns the compiled `newsgraph serve` on a free loopback port with the built explorer; resolves once /health is ok. */
async function serve(graphDir: string, webRoot: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/newsgraph.js'), 'serve', '--graph', graphDir, '--web', webRoot, '--port', '0', '--sparql-workers', '1', '--no-watch'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1];
    if (url && ((await (await fetch(`${url}health`)).json()) as { status: string }).status === 'ok') return { url, child };
    await new Promise((next) => setTimeout(next, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`newsgraph serve did not become ready: ${stderr}`);
}

describe('the explorer served by newsgraph serve', () => {
  it('starts from the summary: no documents, evidence or reports reach the page', async () => {
    const response = await fetch(`${server.url}graph.json`);
    const text = await response.text();
    const summary = JSON.parse(text) as { attributes: { summary?: boolean }; nodes: Array<{ attributes: { kind: string } }> };
    expect(summary.attributes.summary).toBe(true);
    expect(summary.nodes.map((node) => node.attributes.kind)).not.toContain('document');
    expect(text).not.toContain(SENTENCE);
    expect(text).not.toContain('Report 1 of s1');
    const { page, errors } = await openPage('');
    expect(await page.evaluate(() => window.__newsgraph?.nodeCount)).toBe(summary.nodes.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an edge panel with the evidence and article titles fetched from the API, as text', async () => {
    const { page, asked, dialogs, errors } = await openPage(`#edge=${encodeURIComponent(RELATION)}`);
    const sentences = page.locator('#panel .evidence-text');
    await sentences.first().waitFor({ timeout: 20_000 });
    expect(await sentences.allTextContents()).toEqual([`${SENTENCE} ${XSS_PAYLOAD}`, `${SENTENCE} ${XSS_PAYLOAD}`]);
    expect(await page.locator('#panel .evidence-meta a').allTextContents()).toEqual([`Night report s1 ${XSS_PAYLOAD}`, `Night report s2 ${XSS_PAYLOAD}`]);
    expect(await page.locator('#panel .evidence-meta a').first().getAttribute('href')).toBe('https://news.example/s1');
    expect(await page.locator('#panel .outlet').first().textContent()).toBe('news.example');
    // the payload is text: no element was made from it, and nothing ran
    expect(await page.locator('#panel img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(asked).toEqual(expect.arrayContaining(['/graph.json', '/api/evidence']));
    // one request gives the sentences and their articles
    expect(asked).not.toContain('/api/documents');
    expect(asked).not.toContain('/api/relations');
    await page.close();
  });

  it('pages a busy edge\'s evidence: the first page at once, the next one per click, oldest first', async () => {
    const { page, asked, errors } = await openPage(`#edge=${encodeURIComponent(BUSY)}`);
    const sentences = page.locator('#panel .evidence-text');
    const more = page.locator('#panel .evidence-more');
    await sentences.first().waitFor({ timeout: 20_000 });
    const expected = Array.from({ length: BUSY_SENTENCES }, (_, n) => `Invented busy sentence ${n}: the air force downed drones.`);
    expect(await sentences.allTextContents()).toEqual(expected.slice(0, 50));
    // the head counts the whole relation, not the page
    expect(await page.locator('#panel .panel-type').first().textContent()).toBe(`2 source documents, ${BUSY_SENTENCES} sentences`);
    expect(await page.locator('#panel .claims li').allTextContents()).toEqual(['news.example (2 documents): intercepted 9']);
    expect(await more.textContent()).toBe(`Show 50 more (50 of ${BUSY_SENTENCES} sentences shown)`);
    expect(asked.filter((path) => path === '/api/evidence')).toHaveLength(1);
    await more.click();
    await expect.poll(() => sentences.count(), { timeout: 20_000 }).toBe(100);
    expect(await more.textContent()).toBe(`Show 20 more (100 of ${BUSY_SENTENCES} sentences shown)`);
    await more.click();
    await expect.poll(() => sentences.count(), { timeout: 20_000 }).toBe(BUSY_SENTENCES);
    expect(await sentences.allTextContents()).toEqual(expected);
    // the last page removes the button; each page was one request
    expect(await more.count()).toBe(0);
    expect(asked.filter((path) => path === '/api/evidence')).toHaveLength(3);
    expect(await page.locator('#panel .evidence-meta a').nth(119).textContent()).toBe(`Night report s2 ${XSS_PAYLOAD}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when a later page fails, and its button tries again', async () => {
    let failing = true;
    const { page, errors } = await openPage(`#edge=${encodeURIComponent(BUSY)}`, (fresh) =>
      fresh.route('**/api/evidence?*', (route) => {
        const offset = new URL(route.request().url()).searchParams.get('offset');
        if (offset !== '0' && failing) return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'the graph is loading' }) });
        return route.continue();
      }));
    const sentences = page.locator('#panel .evidence-text');
    const more = page.locator('#panel .evidence-more');
    await sentences.first().waitFor({ timeout: 20_000 });
    await more.click();
    await expect.poll(() => page.locator('#panel .evidence-more-status').textContent(), { timeout: 20_000 }).toBe('The next sentences could not be loaded from the server (api/evidence: HTTP 503 (the graph is loading)).');
    expect(await sentences.count()).toBe(50);
    failing = false;
    await more.click();
    await expect.poll(() => sentences.count(), { timeout: 20_000 }).toBe(100);
    expect(await page.locator('#panel .evidence-more-status').textContent()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an event panel with the reports fetched from the API, as text', async () => {
    const { page, asked, dialogs, errors } = await openPage(`#node=${encodeURIComponent(eventKey)}`);
    const reports = page.locator('#panel .event-evidence .evidence-text');
    await reports.first().waitFor({ timeout: 20_000 });
    const texts = await reports.allTextContents();
    expect(texts.length).toBe(2);
    for (const text of texts) expect(text).toMatch(new RegExp(`^Report 1 of s[12]: a claim with 1 figures\\. ${XSS_PAYLOAD.replace(/[()[\]]/g, '\\$&')}$`));
    expect(await page.locator('#panel .event-claims li').count()).toBe(2);
    expect(await page.locator('#panel img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(asked).toContain('/api/event');
    await page.close();
  });

  it('says so in the panel when the server cannot answer', async () => {
    const { page, errors } = await openPage(`#edge=${encodeURIComponent(RELATION)}`, (fresh) =>
      fresh.route('**/api/evidence?*', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'the graph is loading' }) })));
    await expect.poll(() => page.locator('#panel').textContent(), { timeout: 20_000 }).toContain('The evidence could not be loaded from the server (api/evidence: HTTP 503 (the graph is loading)).');
    expect(await page.locator('#panel .evidence-text').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
