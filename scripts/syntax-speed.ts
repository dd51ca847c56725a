/**
 * Speed of the syntactic layer (src/extract/syntax) next to the bare wink pass, on the 12 dev articles of corpus/
 * repeated: CPU time per round (3 passes over the set each), so other processes on a shared machine weigh less.
 * Usage: npx tsx scripts/syntax-speed.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { runSteps, MENTION_STEPS } from '../src/extract/index.ts';
import { buildSyntax } from '../src/extract/syntax/index.ts';
import { winkPass } from '../src/extract/nlp.ts';
const dir = new URL('../corpus', import.meta.url).pathname;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const docs = texts.map((text, i) => ({ id: `d${i}`, path: 'x', format: 'txt' as const, text, title: null, published: null, source: null, byline: null, dropped: [] }));
const ctxs = docs.map((d) => runSteps(d, { steps: MENTION_STEPS }));
const tokens = ctxs.reduce((a, c) => a + c.tokens.length, 0);
const run = () => { for (const c of ctxs) buildSyntax({ tokens: c.tokens, sentences: c.sentences, mentions: c.mentions, lexemeIds: c.lexemeIds }); };
const wink = () => { for (const d of docs) winkPass(d.text); };
for (let w = 0; w < 20; w++) { run(); wink(); }
const ratios: number[] = []; let bw = 1e9, bs = 1e9;
for (let r = 0; r < 30; r++) {
  let c0 = process.cpuUsage(); for (let i = 0; i < 3; i++) wink(); let cu = process.cpuUsage(c0); const tw = (cu.user + cu.system) / 1000;
  c0 = process.cpuUsage(); for (let i = 0; i < 3; i++) run(); cu = process.cpuUsage(c0); const ts = (cu.user + cu.system) / 1000;
  ratios.push(ts / tw); bw = Math.min(bw, tw); bs = Math.min(bs, ts);
}
ratios.sort((a, b) => a - b);
console.log(`${tokens} tokens x3 per round; best wink ${(3 * tokens / bw / 1000).toFixed(2)}M tok/s, best syntax ${(3 * tokens / bs / 1000).toFixed(2)}M tok/s; ratio of bests ${(bs / bw).toFixed(3)}; median ratio ${ratios[15]!.toFixed(3)}`);
