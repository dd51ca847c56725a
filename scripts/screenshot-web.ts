/**
 * Takes docs/explorer.png, the README's picture of the explorer: the sample corpus's graph (built when graph/ is
 * missing) in headless Chromium, laid out, with the evidence panel of one `launched` relation open.
 * Usage: `npx tsx scripts/screenshot-web.ts [out.png]`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureGraph } from './build-web.ts';
import { serveStatic } from './serve.ts';
import { buildSite, launchChromium, scratchDir } from '../tests/web/harness.ts';

interface Edge {
  key: string;
  source: string;
  attributes: { predicate?: string; documents?: number };
}

// 1. Graph and site
const graphFile = ensureGraph();
const edges = (JSON.parse(readFileSync(graphFile, 'utf8')) as { edges: Edge[] }).edges;
const chosen = edges
  .filter((edge) => edge.attributes.predicate === 'launched')
  .sort((a, b) => (b.attributes.documents ?? 0) - (a.attributes.documents ?? 0))[0];
const scratch = scratchDir('screenshot');
await buildSite(join(scratch, 'dist'));
const server = await serveStatic(join(scratch, 'dist'), { extra: { '/graph.json': graphFile } });
const browser = await launchChromium();
try {
  // 2. Page, layout, selection
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(server.url + (chosen ? `#edge=${encodeURIComponent(chosen.key)}` : ''));
  await page.waitForFunction(() => window.__newsgraph?.ready === true, null, { timeout: 120_000 });
  await page.waitForTimeout(800);
  // 3. Picture
  const out = resolve(process.argv[2] ?? 'docs/explorer.png');
  await page.screenshot({ path: out });
  console.log(`written ${out}${chosen ? ` (evidence of ${chosen.key})` : ''}`);
} finally {
  await browser.close();
  await server.close();
}
