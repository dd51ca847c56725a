/**
 * `npm run bench:web`: the explorer in headless Chromium on generated graphs of 1k, 10k and 50k entities with 5
 * relations per entity (positions precomputed: clustered seed + a few ForceAtlas2 iterations offline).
 * Measures the time to first render (navigation start -> sigma's first frame, and graph parsed -> first frame) and
 * the frames per second while the camera pans and zooms for a few seconds, in two ways:
 * - `camera`: the camera is set on every requestAnimationFrame from page script (sigma does not count that as a
 *   move, so "Fast pan" never applies);
 * - `drag`: playwright drags the stage with the mouse (real input: sigma knows the camera
 *   moves: panning only, the button held down), once with the toolbar's "Fast pan" off and once with it on (edges and labels hidden while moving).
 * Frames are counted twice: requestAnimationFrame callbacks (what reaches the screen) and sigma's renders.
 * Prints a table and writes bench/out/web.json. Options: `--sizes 1000,10000`, `--seconds 5`, `--gpu` (let Chromium
 * use the machine's GPU instead of SwiftShader, on a machine that has one).
 * On a machine without GPU, WebGL runs in SwiftShader on the CPU: frame rates then measure the CPU, and
 * msPerFrame (sigma's own time per frame on the main thread) shows what a GPU-backed browser would be limited by.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { generateGraph } from '../src/web/dev/generate.ts';
import { writeFileAtomic } from '../src/util/atomic.ts';
import { serveStatic } from '../scripts/serve.ts';
import type { Page } from 'playwright-core';
import { buildSite, CHROMIUM, CHROMIUM_ARGS, launchChromium } from '../tests/web/harness.ts';

const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const SIZES = (option('--sizes') ?? '1000,10000,50000').split(',').map(Number);
const SECONDS = Number(option('--seconds') ?? 5);
/** `--render full|lite` forces the node program (default: the page decides, lite on software WebGL). */
const RENDER = option('--render');
const OUT = resolve('bench/out');

interface Row {
  nodes: number;
  edges: number;
  fileMiB: number;
  loadToFirstFrameMs: number;
  parsedToFirstFrameMs: number;
  /** Sigma renders per second, camera set from script on every animation frame (the figure of earlier runs). */
  fps: number;
  frames: number;
  /** Mean time sigma spent on one frame: the frame rate a free main thread would allow is 1000 / msPerFrame. */
  msPerFrame: number;
  /** requestAnimationFrame callbacks per second in the same run. */
  rafFps: number;
  /** Mouse drag + wheel: sigma renders per second with "Fast pan" off and on. */
  dragFps: number | null;
  dragFastFps: number | null;
  /** Whether nodes were drawn with sigma's point program (lite) rather than instanced circles. */
  liteNodes: boolean;
  /** Whether "Fast pan" is on by default for this graph. */
  fastPanDefault: boolean;
}

/** Requested flags (the harness's base flags minus the ones the bench drops). */
const GPU = process.argv.includes('--gpu');
const DROPPED = GPU ? ['--disable-gpu', '--enable-unsafe-swiftshader'] : [];
const FLAGS = CHROMIUM_ARGS.filter((flag) => !DROPPED.includes(flag));

/** A counter of animation frames in the page (kept as text: no TypeScript helpers). */
const RAF_COUNTER = `(() => { if (window.__benchRaf !== undefined) return; window.__benchRaf = 0;
  const tick = () => { window.__benchRaf++; requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`;

/**
 * Runs in a blank page: what the WebGL implementation costs per vertex and per instance. Draws 5000 zero-area
 * items (6 vertices each, nothing reaches a pixel) once as one plain draw and once as one instanced draw (the way
 * sigma v3 draws nodes and edges), waiting for the GPU with a 1-pixel readPixels; milliseconds per draw.
 */
const WEBGL_PROBE = `(() => {
  const canvas = document.createElement('canvas'); canvas.width = 1060; canvas.height = 730; document.body.appendChild(canvas);
  const gl = canvas.getContext('webgl2', { antialias: false });
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  const shader = (type, text) => { const s = gl.createShader(type); gl.shaderSource(s, text); gl.compileShader(s); return s; };
  const program = gl.createProgram();
  gl.attachShader(program, shader(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 a;in vec2 o;void main(){gl_Position=vec4(a*0.0+o*0.0,0.0,1.0);}'));
  gl.attachShader(program, shader(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision mediump float;out vec4 c;void main(){c=vec4(1.0);}'));
  gl.linkProgram(program); gl.useProgram(program);
  const items = 5000;
  const attribute = (name, floats) => { const b = gl.createBuffer(); gl.bindBuffer(gl.ARRAY_BUFFER, b); gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(floats), gl.STATIC_DRAW);
    const at = gl.getAttribLocation(program, name); gl.enableVertexAttribArray(at); gl.vertexAttribPointer(at, 2, gl.FLOAT, false, 0, 0); return at; };
  attribute('a', items * 12); const perItem = attribute('o', items * 2);
  const pixel = new Uint8Array(4); const wait = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  const time = (draw) => { wait(); const t = performance.now(); for (let i = 0; i < 5; i++) draw(); wait(); return Number(((performance.now() - t) / 5).toFixed(1)); };
  gl.vertexAttribDivisor(perItem, 0); const plainMs = time(() => gl.drawArrays(gl.TRIANGLES, 0, items * 6));
  gl.vertexAttribDivisor(perItem, 1); const instancedMs = time(() => gl.drawArraysInstanced(gl.TRIANGLES, 0, 6, items));
  canvas.remove();
  return { renderer, items, plainMs, instancedMs };
})()`;

/**
 * 4b. Drags the stage with the mouse for `seconds` without letting go (releasing it, or a wheel zoom ending, makes
 * sigma draw one full frame with edges); sigma renders per second.
 */
async function dragFps(page: Page, seconds: number, fast: boolean): Promise<number> {
  await page.setChecked('#fast-move', fast);
  const box = await page.locator('#stage').boundingBox();
  if (!box) throw new Error('bench: #stage has no box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const settled = (): Promise<void> => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 1, cy + 1);
  // the toggle and the first move each render a full frame first (with edges: seconds at 50k edges); wait for it
  await settled();
  const before = await page.evaluate(() => window.__newsgraph?.frames ?? 0);
  const began = performance.now();
  for (let i = 1; performance.now() - began < seconds * 1000; i++) {
    await page.mouse.move(cx + 150 * Math.sin(i * 0.1), cy + 100 * Math.cos(i * 0.13));
  }
  const after = await page.evaluate(() => window.__newsgraph?.frames ?? 0);
  const elapsed = (performance.now() - began) / 1000;
  await page.mouse.up();
  await settled();
  return Number(((after - before) / elapsed).toFixed(1));
}

/**
 * Runs in the page (kept as plain JavaScript text so the TypeScript loader adds no helpers to it): moves the
 * camera on every animation frame for SECONDS and resolves to the number of frames sigma rendered meanwhile.
 */
const PAN_AND_ZOOM = `new Promise((done) => {
  const hook = window.__newsgraph;
  const start = hook.camera();
  const before = hook.frames;
  const time = hook.renderTime;
  const raf = window.__benchRaf;
  const began = performance.now();
  const step = (now) => {
    const t = (now - began) / 1000;
    if (t >= SECONDS) return done({ frames: hook.frames - before, renderMs: hook.renderTime - time, raf: window.__benchRaf - raf });
    hook.setCamera({ x: start.x + 0.2 * Math.sin(t * 1.3), y: start.y + 0.2 * Math.cos(t * 0.9), ratio: 0.6 + 0.4 * Math.sin(t * 0.7) ** 2 });
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})`;

/** 1. A generated graph.json per size, cached in bench/out/graphs/. */
function graphFile(nodes: number): string {
  const file = join(OUT, 'graphs', `gen-${nodes}.json`);
  if (existsSync(file)) return file;
  const started = performance.now();
  const graph = generateGraph({ nodes, edgesPerNode: 5, maxEvidence: 1, seed: 7 });
  forceAtlas2.assign(graph, { iterations: 10, settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
  writeFileAtomic(file, JSON.stringify(graph.export()));
  console.log(`generated ${file}: ${graph.order} nodes, ${graph.size} edges in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

async function main(): Promise<void> {
  mkdirSync(join(OUT, 'graphs'), { recursive: true });
  const files = Object.fromEntries(SIZES.map((nodes) => [`/gen-${nodes}.json`, graphFile(nodes)]));
  // 2. Site and server
  const site = join(OUT, 'site');
  await buildSite(site);
  const server = await serveStatic(site, { extra: files });
  const load = loadavg()[0] ?? 0;
  const browser = await launchChromium(DROPPED);
  const rows: Row[] = [];
  let probe: { renderer: string; items: number; plainMs: number; instancedMs: number } | null = null;
  try {
    const blank = await browser.newPage();
    probe = await blank.evaluate(WEBGL_PROBE);
    await blank.close();
    for (const nodes of SIZES) {
      // 3. First render
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      page.on('pageerror', (error) => console.error(`page error (${nodes}): ${error.message}`));
      await page.goto(`${server.url}?graph=gen-${nodes}.json${RENDER ? `&render=${RENDER}` : ''}`);
      await page.waitForFunction(() => window.__newsgraph?.ready === true && window.__newsgraph.firstRenderAt !== null, null, { timeout: 180_000 });
      const first = await page.evaluate(() => ({
        at: window.__newsgraph?.firstRenderAt ?? 0, ms: window.__newsgraph?.firstRenderMs ?? 0,
        nodes: window.__newsgraph?.nodeCount ?? 0, edges: window.__newsgraph?.edgeCount ?? 0,
      }));
      await page.evaluate(RAF_COUNTER);
      await page.waitForTimeout(500);
      const fastPanDefault = await page.evaluate(() => window.__newsgraph?.fastMove() ?? false);
      const liteNodes = await page.evaluate(() => window.__newsgraph?.liteNodes() ?? false);
      // 4. Pan and zoom under requestAnimationFrame for SECONDS, counting sigma's frames and animation frames
      const { frames, renderMs, raf } = await page.evaluate<{ frames: number; renderMs: number; raf: number }>(PAN_AND_ZOOM.replace('SECONDS', String(SECONDS)));
      // a page still busy drawing (a full frame takes seconds at 50k edges on software WebGL) cannot be dragged in
      // time: that run is reported as '–' instead of ending the bench
      const measured = async (fast: boolean): Promise<number | null> => {
        try {
          return await dragFps(page, SECONDS, fast);
        } catch (error) {
          console.warn(`${nodes}: drag with Fast pan ${fast ? 'on' : 'off'} not measured (${(error as Error).message.split('\n')[0]})`);
          await page.mouse.up().catch(() => undefined);
          return null;
        }
      };
      const drag = await measured(false);
      const dragFast = await measured(true);
      await page.screenshot({ path: join(OUT, `web-${nodes}.png`), timeout: 120_000 }).catch(() => console.warn(`no screenshot for ${nodes}`));
      await page.close();
      const { size } = await import('node:fs').then((fs) => fs.statSync(files[`/gen-${nodes}.json`] as string));
      rows.push({
        nodes: first.nodes, edges: first.edges, fileMiB: Number((size / 2 ** 20).toFixed(1)),
        loadToFirstFrameMs: Math.round(first.at), parsedToFirstFrameMs: Math.round(first.ms),
        fps: Number((frames / SECONDS).toFixed(1)), frames, msPerFrame: Number((renderMs / Math.max(1, frames)).toFixed(1)),
        rafFps: Number((raf / SECONDS).toFixed(1)), dragFps: drag, dragFastFps: dragFast, fastPanDefault, liteNodes,
      });
      console.log(`${nodes}:`, JSON.stringify(rows[rows.length - 1]));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // 5. Report
  const chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const renderer = GPU ? 'GPU' : 'SwiftShader (software WebGL)';
  const machine = `${cpus().length} CPUs, load average ${load.toFixed(1)} at start`;
  console.log(`\nExplorer bench (${chromium}, ${renderer}, ${machine}, 1280x800 DPR 1, ${SECONDS} s per run)`);
  console.log(`Chromium flags: ${FLAGS.join(' ')} (headless)`);
  if (probe) {
    console.log(`WebGL: ${probe.renderer}; ${probe.items} zero-area items of 6 vertices: ${probe.plainMs} ms as one plain draw, ${probe.instancedMs} ms as one instanced draw (sigma draws each program instanced, twice per frame: picking + screen)`);
  }
  console.log('');
  console.log(`Nodes drawn as: ${rows.map((row) => `${row.nodes}: ${row.liteNodes ? 'points (lite)' : 'circles (full)'}`).join(', ')}\n`);
  console.log('| nodes | edges | graph.json MiB | navigation -> first frame ms | parsed -> first frame ms | fps camera (sigma / rAF) | sigma JS ms/frame | fps drag, Fast pan off | fps drag, Fast pan on |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const mark = (on: boolean): string => (on ? ' (default)' : '');
    console.log(`| ${row.nodes} | ${row.edges} | ${row.fileMiB} | ${row.loadToFirstFrameMs} | ${row.parsedToFirstFrameMs} | ${row.fps} / ${row.rafFps} | ${row.msPerFrame} | ${row.dragFps ?? '–'}${mark(!row.fastPanDefault)} | ${row.dragFastFps ?? '–'}${mark(row.fastPanDefault)} |`);
  }
  writeFileAtomic(join(OUT, 'web.json'), `${JSON.stringify({ date: new Date().toISOString(), chromium, flags: FLAGS, renderer, machine, viewport: '1280x800', deviceScaleFactor: 1, seconds: SECONDS, webglProbe: probe, rows }, null, 2)}\n`);
  console.log(`\nwritten ${join(OUT, 'web.json')}`);
}

await main();
