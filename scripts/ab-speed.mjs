/**
 * A/B speed of extraction: two builds of the project (`dist-base/`, a copy of `dist/` made at the base commit, and
 * `dist/`) run document by document, interleaved in one process over the same bench articles, next to the bare
 * wink pass, so that load from other processes weighs on both alike. Prints CPU seconds, the ratio of each build to
 * the bare pass, and whether their outputs agree. Usage: npm run build, then
 *   node scripts/ab-speed.mjs [articles=1000] [baseDir=dist-base]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const size = Number(process.argv[2] ?? 1000);
const root = resolve(import.meta.dirname, '..');
const baseDir = resolve(root, process.argv[3] ?? 'dist-base');
const load = async (dir) => ({
  extract: (await import(pathToFileURL(`${dir}/extract/index.js`).href)).extractDocument,
  ingest: (await import(pathToFileURL(`${dir}/ingest/index.js`).href)).ingestText,
  nlp: (await import(pathToFileURL(`${dir}/extract/nlp.js`).href)).nlp,
});
const A = await load(baseDir);
const B = await load(resolve(root, 'dist'));
// The bench corpus (bench/corpus.ts is TypeScript: the sample articles are read and shuffled the same way here).
const { generateCorpus } = await import(pathToFileURL(resolve(root, 'bench/corpus.ts')).href).catch(() => ({ generateCorpus: null }));
if (!generateCorpus) throw new Error('ab-speed: run with `node --import tsx scripts/ab-speed.mjs`');
const docs = generateCorpus({ size }).map((a) => A.ingest(a.text, { id: a.id, format: 'txt' }));

const engine = A.nlp();
const bare = (text) => {
  const tokens = engine.readDoc(text).tokens();
  return tokens.out(engine.its.value).length + tokens.out(engine.its.pos).length;
};
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
for (const d of docs.slice(0, 200)) {
  bare(d.text);
  A.extract(d);
  B.extract(d);
}
const load0 = loadavg();
let tA = 0, tB = 0, tBare = 0, differ = 0, sink = 0;
docs.forEach((d, i) => {
  let t = cpu();
  sink += bare(d.text);
  let u = cpu();
  tBare += u - t;
  const order = i % 2 === 0 ? [A, B] : [B, A];
  const outs = [];
  for (const build of order) {
    t = cpu();
    const out = build.extract(d);
    u = cpu();
    if (build === A) tA += u - t;
    else tB += u - t;
    outs.push(JSON.stringify(out));
  }
  if (outs[0] !== outs[1]) differ++;
  sink += outs[0].length;
});
const s = (x) => (x / 1e6).toFixed(2);
console.log(`${docs.length} articles, load ${load0.map((x) => x.toFixed(1)).join(' ')} -> ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`bare ${s(tBare)} CPU s; base ${s(tA)} CPU s (${(tA / tBare).toFixed(2)}x); new ${s(tB)} CPU s (${(tB / tBare).toFixed(2)}x); new/base ${(tB / tA).toFixed(3)}; outputs differ on ${differ} articles`);
if (sink < 0) console.log(sink);
