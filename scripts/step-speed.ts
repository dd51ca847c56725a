/**
 * Per-step CPU cost of extraction in units of the bare wink pass, on the bench corpus (bench/corpus.ts): for each
 * document the bare pass runs first, then every step of EXTRACT_STEPS and the resolution, each timed alone with
 * process.cpuUsage, so other load on a shared machine weighs on both sides alike.
 * Usage: npx tsx scripts/step-speed.ts [articles=1500]
 */
import { loadavg } from 'node:os';
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
for (const d of docs) {
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
console.log(`${docs.length} articles; load ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}; bare ${(bare / 1e6).toFixed(2)} CPU s; extraction ${(total / 1e6).toFixed(2)} CPU s = ${(total / bare).toFixed(2)}x`);
names.forEach((n, i) => console.log(`${n.padEnd(20)} ${(spent[i]! / bare).toFixed(3)}`));
if (sink < 0) console.log(sink);
