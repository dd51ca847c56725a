/**
 * Per-step A/B of extraction: two builds (a base `dist/` copy and `dist/`) each run every step of the pipeline over
 * their own contexts of the same batch of bench articles, step by step as `extractBatch` does; for each step the two
 * builds' runs alternate in order (by batch and step), in one process, so that other load weighs on both alike.
 * Prints the CPU time of each step per build and their ratio. A cut of 10% in one step is a cut of 2% of extraction
 * or less, which the whole-pipeline A/B (`scripts/ab-speed.mjs`) does not resolve on a loaded machine; this one
 * resolves it in the step. Run it twice with the builds swapped and take the geometric mean of new/base (session 20).
 * Usage: npm run build, then
 *   node --import tsx scripts/ab-steps.mjs <baseDist> <newDist> [articles=900] [batch=32]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const [baseDir, newDir] = [resolve(process.argv[2] ?? 'dist-base'), resolve(process.argv[3] ?? 'dist')];
const size = Number(process.argv[4] ?? 900);
const BATCH = Number(process.argv[5] ?? 32);
const load = async (dir) => ({
  extract: await import(pathToFileURL(`${dir}/extract/index.js`).href),
  resolveDocument: (await import(pathToFileURL(`${dir}/extract/resolve/index.js`).href)).resolveDocument,
  ingestText: (await import(pathToFileURL(`${dir}/ingest/index.js`).href)).ingestText,
});
const a = await load(baseDir);
const b = await load(newDir);
const { generateCorpus } = await import(pathToFileURL(resolve(root, 'bench/corpus.ts')).href);
const docs = generateCorpus({ size: size + 200 }).map((x) => a.ingestText(x.text, { id: x.id, format: 'txt' }));
// Warm-up: each build extracts the first 200 documents one by one.
for (const d of docs.slice(0, 200)) {
  a.extract.extractDocument(d);
  b.extract.extractDocument(d);
}
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const ids = a.extract.EXTRACT_STEPS.map((s) => s.id);
const spentA = new Float64Array(ids.length + 1);
const spentB = new Float64Array(ids.length + 1);
const rest = docs.slice(200);
const load0 = loadavg()[0];
for (let i = 0, k = 0; i < rest.length; i += BATCH, k++) {
  const batch = rest.slice(i, i + BATCH);
  const contextsA = batch.map((d) => a.extract.createContext(d));
  const contextsB = batch.map((d) => b.extract.createContext(d));
  const runs = (j) =>
    (k + j) % 2 === 0
      ? [
          [a, contextsA, spentA],
          [b, contextsB, spentB],
        ]
      : [
          [b, contextsB, spentB],
          [a, contextsA, spentA],
        ];
  ids.forEach((_id, j) => {
    for (const [build, contexts, spent] of runs(j)) {
      const step = build.extract.EXTRACT_STEPS[j];
      const t = cpu();
      for (const c of contexts) step.run(c);
      spent[j] += cpu() - t;
    }
  });
  for (const [build, contexts, spent] of runs(0)) {
    const t = cpu();
    for (const c of contexts) build.resolveDocument(c);
    spent[ids.length] += cpu() - t;
  }
}
const sum = (t) => t.reduce((x, y) => x + y, 0);
console.log(`${rest.length} articles in batches of ${BATCH}, load ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
console.log(`all steps: base ${(sum(spentA) / 1e6).toFixed(2)} CPU s, new ${(sum(spentB) / 1e6).toFixed(2)} CPU s, new/base ${(sum(spentB) / sum(spentA)).toFixed(3)}`);
for (const [j, id] of [...ids, 'resolve'].entries()) {
  if (spentA[j] < 0.01 * sum(spentA)) continue;
  console.log(`  ${id.padEnd(18)} base ${(spentA[j] / 1e3).toFixed(0).padStart(6)} ms  new ${(spentB[j] / 1e3).toFixed(0).padStart(6)} ms  new/base ${(spentB[j] / spentA[j]).toFixed(3)}`);
}
