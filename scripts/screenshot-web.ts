/**
 * Takes the README's pictures of the explorer on the sample corpus's graph (built when graph/ is missing), in
 * headless Chromium, laid out:
 *  - docs/explorer-graph.png: the first view (connected entities, sized by sources, labels without overlap);
 *  - docs/explorer-map.png: the map view (places at their coordinates over the outline of countries);
 *  - docs/explorer.png: the evidence panel of the `launched` relation with the most sources;
 *  - docs/explorer-events.png: the event chart and list beside the panel of the place hit by most events.
 * Usage: `npx tsx scripts/screenshot-web.ts [out-dir]` (default docs/). Look at the pictures before committing them.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureGraph } from './build-web.ts';
import { graphJsonSource, readGraphJsonText, type GraphJsonSource } from '../src/graph/json-parts.ts';
import { serveStatic } from './serve.ts';
import { buildSite, launchChromium, scratchDir } from '../tests/web/harness.ts';

interface GraphNode {
  key: string;
  attributes: { kind?: string; type?: string; targets?: string[] };
}

interface Edge {
  key: string;
  source: string;
  attributes: { predicate?: string; documents?: number };
}

// 1. Graph and site
// graph.json as the build keeps it (in parts: src/graph/json-parts.ts), joined once for the page and for the picks below.
const graphText = await readGraphJsonText(graphJsonSource(ensureGraph()) as GraphJsonSource);
const out = resolve(process.argv[2] ?? 'docs');
const { nodes, edges } = JSON.parse(graphText) as { nodes: GraphNode[]; edges: Edge[] };
const hits = new Map<string, number>();
for (const node of nodes) for (const target of node.attributes.kind === 'event' ? (node.attributes.targets ?? []) : []) hits.set(target, (hits.get(target) ?? 0) + 1);
const cities = new Set(nodes.filter((node) => node.attributes.type === 'City').map((node) => node.key));
const place = [...hits].filter(([key]) => cities.has(key)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
const chosen = edges
  .filter((edge) => edge.attributes.predicate === 'launched')
  .sort((a, b) => (b.attributes.documents ?? 0) - (a.attributes.documents ?? 0))[0];
const scratch = scratchDir('screenshot');
const graphFile = join(scratch, 'graph.json');
writeFileSync(graphFile, graphText);
await buildSite(join(scratch, 'dist'));
const server = await serveStatic(join(scratch, 'dist'), { extra: { '/graph.json': graphFile } });
const browser = await launchChromium();

const open = async (page: Page, fragment: string): Promise<void> => {
  await page.goto(`${server.url}${fragment}`);
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 120_000 });
  await page.waitForTimeout(800);
};

try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
  // 2. The first view (its layout is cached in the page's storage for the next two)
  await open(page, '');
  await page.screenshot({ path: join(out, 'explorer-graph.png') });
  // 3. The map view, its places labelled
  await page.locator('#map-toggle').click();
  await page.waitForFunction(() => window.__newsgraph?.mode() === 'map' && window.__newsgraph.mapProgress() === 1, null, { timeout: 60_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, 'explorer-map.png') });
  // 4. The evidence panel
  await open(page, chosen ? `#edge=${encodeURIComponent(chosen.key)}` : '');
  await page.screenshot({ path: join(out, 'explorer.png') });
  // 5. Events: the chart and list in view, the panel of the place hit most
  await open(page, place ? `#node=${encodeURIComponent(place)}` : '');
  await page.locator('#event-chart').evaluate((chart) => chart.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'explorer-events.png') });
  console.log(`written ${out}/explorer-graph.png, explorer-map.png, explorer.png${chosen ? ` (evidence of ${chosen.key})` : ''}, explorer-events.png${place ? ` (what hit ${place})` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
