/**
 * A/B speed of extraction: two builds of the project (`dist-base/`, a copy of `dist/` made at the base commit, and
 * `dist/`) run document by document, interleaved in one process over the same bench articles, next to the bare
 * wink pass, so that load from other processes weighs on both alike. Prints CPU seconds, the ratio of each build to
 * the bare pass, and whether their outputs agree. Usage: npm run build, then
 *   node --import tsx scripts/ab-speed.mjs [articles=1000] [baseDir=dist-base] [newDir=dist]
 * With `AB_SPEED_BATCH=32` in the environment both builds extract batches of 32 with `extractBatch`, the way
 * `newsgraph extract` and the bench do (the warm-up stays document by document).
 *
 * Each build has its own wink instance; the bare pass takes them in turn. Whichever build plays the first role (A:
 * it ingests the articles and runs first in the warm-up) still runs 3-6% faster than the other: the same build
 * measured against itself read 1.03-1.06 (and 1.04-1.10 when the bare pass used A's wink alone). So the comparison
 * runs twice, in two child processes, once with each build as A; the verdict, sqrt((new/base as B) / (base/new as
 * B)), cancels what the role gives.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const size = Number(process.argv[2] ?? 1000);
const root = resolve(import.meta.dirname, '..');
const baseDir = resolve(root, process.argv[3] ?? 'dist-base');
const newDir = resolve(root, process.argv[4] ?? 'dist');
/** `AB_SPEED_BATCH=32`: compare `extractBatch` over batches of that many documents instead of `extractDocument`. */
const BATCH = Number(process.env.AB_SPEED_BATCH ?? 0);

/** One measurement, in this process: build `aDir` as A, `bDir` as B; returns CPU microseconds of bare, A and B. */
async function measure(aDir, bDir) {
  const load = async (dir) => ({
    extract: (await import(pathToFileURL(`${dir}/extract/index.js`).href)).extractDocument,
    extractBatch: (await import(pathToFileURL(`${dir}/extract/index.js`).href)).extractBatch,
    ingest: (await import(pathToFileURL(`${dir}/ingest/index.js`).href)).ingestText,
    nlp: (await import(pathToFileURL(`${dir}/extract/nlp.js`).href)).nlp,
  });
  const A = await load(aDir);
  const B = await load(bDir);
  // The bench corpus (bench/corpus.ts is TypeScript: the sample articles are read and shuffled the same way here).
  const { generateCorpus } = await import(pathToFileURL(resolve(root, 'bench/corpus.ts')).href).catch(() => ({ generateCorpus: null }));
  if (!generateCorpus) throw new Error('ab-speed: run with `node --import tsx scripts/ab-speed.mjs`');
  const docs = generateCorpus({ size }).map((a) => A.ingest(a.text, { id: a.id, format: 'txt' }));
  // Each build has its own wink instance (and its caches): the bare pass uses them in turn, so that it warms neither
  // build's more than the other's.
  const engines = [A.nlp(), B.nlp()];
  let turn = 0;
  const bare = (text) => {
    const engine = engines[turn++ % 2];
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
  let tA = 0;
  let tB = 0;
  let tBare = 0;
  let differ = 0;
  let sink = 0;
  if (BATCH > 0) {
    // Batch mode: each build extracts the same batch with `extractBatch` (as `newsgraph extract` does), the order of
    // the two alternating by batch; the bare pass runs over the batch after both.
    for (let i = 0, k = 0; i < docs.length; i += BATCH, k++) {
      const batch = docs.slice(i, i + BATCH);
      const outs = [];
      for (const build of k % 2 === 0 ? [A, B] : [B, A]) {
        const t = cpu();
        const out = build.extractBatch(batch);
        const u = cpu();
        if (build === A) tA += u - t;
        else tB += u - t;
        outs.push(out.map((r) => JSON.stringify(r.ok ? r.extraction : String(r.error))));
      }
      for (let j = 0; j < batch.length; j++) if (outs[0][j] !== outs[1][j]) differ++;
      const t = cpu();
      for (const d of batch) sink += bare(d.text);
      tBare += cpu() - t;
    }
    return { bare: tBare, a: tA, b: tB, differ, sink };
  }
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
  return { bare: tBare, a: tA, b: tB, differ, sink };
}

if (process.env.AB_SPEED_A) {
  process.stdout.write(JSON.stringify(await measure(process.env.AB_SPEED_A, process.env.AB_SPEED_B)));
} else {
  const s = (x) => (x / 1e6).toFixed(2);
  const load0 = loadavg();
  /** B/A of each run: the first with base as A, the second with new as A. */
  const bOverA = [];
  for (const [a, b, aName, bName] of [[baseDir, newDir, 'base', 'new'], [newDir, baseDir, 'new', 'base']]) {
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, ...process.argv.slice(2)], {
      env: { ...process.env, AB_SPEED_A: a, AB_SPEED_B: b },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out);
    bOverA.push(r.b / r.a);
    console.log(
      `A=${aName}, B=${bName}: bare ${s(r.bare)} CPU s; ${aName} ${s(r.a)} CPU s (${(r.a / r.bare).toFixed(2)}x); ${bName} ${s(r.b)} CPU s (${(r.b / r.bare).toFixed(2)}x); B/A ${(r.b / r.a).toFixed(3)}; outputs differ on ${r.differ} articles`,
    );
  }
  console.log(`${size} articles, load ${load0.map((x) => x.toFixed(1)).join(' ')} -> ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`new/base, the role cancelled: ${Math.sqrt((bOverA[0] ?? 1) / (bOverA[1] ?? 1)).toFixed(3)}`);
}
