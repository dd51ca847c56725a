/**
 * Per-step CPU cost of extraction in units of the bare wink pass, on the bench corpus (bench/corpus.ts): for each
 * document the bare pass runs first, then every step of EXTRACT_STEPS and the resolution, each timed alone with
 * process.cpuUsage, so other load on a shared machine weighs on both sides alike.
 * Usage: npx tsx scripts/step-speed.ts [articles=1500]
 * With `STEP_SPEED_BATCH=32` in the environment the steps run as `extractBatch` runs them: each step over a batch of
 * that many documents before the next step, the batch's bare passes timed right before it. A step costs more in
 * batches than alone on a warm document (the event model read 0.92 bare passes in batches, about 0.4 alone on layers
 * made beforehand, session 19): the other steps' code and the batch's live layers stand between two of its runs.
 * In batch mode each step's line also gives the garbage collections that began while it ran (wall ms, count): a
 * scavenge is charged to the step whose allocation filled the young generation, and costs what the batch keeps alive
 * (session 20: the event model allocated about a fifth of extraction's bytes and ran a fifth of the scavenges).
 */
import { loadavg } from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { generateCorpus } from '../bench/corpus.ts';
import { ingestText } from '../src/ingest/index.ts';
import { EXTRACT_STEPS, createContext } from '../src/extract/index.ts';
import { resolveDocument } from '../src/extract/resolve/index.ts';
import { nlp } from '../src/extract/nlp.ts';

const size = Number(process.argv[2] ?? 1500);
const docs = generateCorpus({ size }).map((a) => ingestText(a.text, { id: a.id, format: 'txt' }));

/** The bench's bare pass: read, tokens, POS tags. */
function barePass(text: string): number {
  const engine = nlp();
  const tokens = engine.readDoc(text).tokens();
  return (tokens.out(engine.its.value) as string[]).length + (tokens.out(engine.its.pos) as string[]).length;
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const names = [...EXTRACT_STEPS.map((s) => s.id), 'resolve'];
const spent = new Float64Array(names.length);
let bare = 0;
let sink = 0;
for (const d of docs.slice(0, 300)) {
  barePass(d.text);
  const c = createContext(d);
  for (const s of EXTRACT_STEPS) s.run(c);
  resolveDocument(c);
}
const load0 = loadavg()[0]!;
/** `STEP_SPEED_BATCH`: documents per batch (0: one document at a time, each step timed alone). */
const BATCH = Number(process.env.STEP_SPEED_BATCH ?? 0);
/** Batch mode: the wall-clock window of each step run, and the collections the process saw (to charge them to steps). */
const windows: { from: number; to: number; step: number }[] = [];
const collections: { start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, duration: e.duration });
});
if (BATCH > 0) observer.observe({ entryTypes: ['gc'] });
for (let b = 0; BATCH > 0 && b < docs.length; b += BATCH) {
  const batch = docs.slice(b, b + BATCH);
  let t = cpu();
  for (const d of batch) sink += barePass(d.text);
  bare += cpu() - t;
  const contexts = batch.map((d) => createContext(d));
  EXTRACT_STEPS.forEach((s, i) => {
    const from = performance.now();
    t = cpu();
    for (const c of contexts) s.run(c);
    spent[i] = (spent[i] ?? 0) + cpu() - t;
    windows.push({ from, to: performance.now(), step: i });
  });
  const from = performance.now();
  t = cpu();
  for (const c of contexts) sink += resolveDocument(c).relations.length;
  spent[names.length - 1] = (spent[names.length - 1] ?? 0) + cpu() - t;
  windows.push({ from, to: performance.now(), step: names.length - 1 });
}
// (The observer reports asynchronously: one turn of the event loop delivers the last entries.)
if (BATCH > 0) await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
const gcMs = new Float64Array(names.length);
const gcCount = new Uint32Array(names.length);
for (const g of collections) {
  const w = windows.find((x) => x.from <= g.start && g.start <= x.to);
  if (w === undefined) continue;
  gcMs[w.step] = (gcMs[w.step] ?? 0) + g.duration;
  gcCount[w.step] = (gcCount[w.step] ?? 0) + 1;
}
for (const d of BATCH > 0 ? [] : docs) {
  let t = cpu();
  sink += barePass(d.text);
  let u = cpu();
  bare += u - t;
  const c = createContext(d);
  EXTRACT_STEPS.forEach((s, i) => {
    t = u;
    s.run(c);
    u = cpu();
    spent[i] = (spent[i] ?? 0) + u - t;
  });
  t = u;
  sink += resolveDocument(c).relations.length;
  u = cpu();
  spent[names.length - 1] = (spent[names.length - 1] ?? 0) + u - t;
}
const total = spent.reduce((a, b) => a + b, 0);
console.log(`${docs.length} articles${BATCH > 0 ? ` in batches of ${BATCH}` : ''}; load ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}; bare ${(bare / 1e6).toFixed(2)} CPU s; extraction ${(total / 1e6).toFixed(2)} CPU s = ${(total / bare).toFixed(2)}x`);
names.forEach((n, i) => console.log(`${n.padEnd(20)} ${(spent[i]! / bare).toFixed(3)}${BATCH > 0 ? `  gc ${gcMs[i]!.toFixed(0).padStart(5)} ms wall in ${gcCount[i]}` : ''}`));
if (sink < 0) console.log(sink);
