/**
 * The long fuzz run of `extract` behind the README's reliability figures (tests/faults/fuzz.test.ts runs a short
 * version in `npm test`):
 *   1. many random inputs (mixed pieces and every shape of tests/faults/shapes.ts, up to `--max-kb`): no crash,
 *      evidence in the text, CPU time within the budget;
 *   2. per shape, the growth of CPU time per KB from `--small-kb` to 10x that (linear: about 1);
 *   3. per shape, one input of `--largest-mb` (default 5 MB, the --max-size limit) and its time.
 * Usage: npx tsx scripts/fuzz.ts [--runs 1000] [--max-kb 200] [--small-kb 50] [--largest-mb 5] [--seed n]
 */
import fc from 'fast-check';
import { BUDGET, extractChecked } from '../tests/faults/extract-check.ts';
import { SHAPE_NAMES, shaped } from '../tests/faults/shapes.ts';
import { growth } from '../tests/faults/timing.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const runs = Number(args.get('runs') ?? 1000);
const maxKb = Number(args.get('max-kb') ?? 200);
const smallKb = Number(args.get('small-kb') ?? 50);
const largestMb = Number(args.get('largest-mb') ?? 5);
const seed = Number(args.get('seed') ?? Date.now() % 2 ** 31);

// 1. Random inputs (after one warm-up: loading the NLP model and the gazetteer is not an input's cost).
extractChecked({ text: 'Russia launched drones at Kyiv overnight, the air force said.', format: 'txt' });
let inputs = 0;
let bytes = 0;
let worst = { msPerKb: 0, shape: '' };
const started = performance.now();
fc.assert(
  fc.property(fc.constantFrom(...SHAPE_NAMES), fc.integer({ min: 1, max: maxKb * 1024 }), fc.integer(), (shape, size, inputSeed) => {
    const input = shaped(shape, size, inputSeed);
    const ms = extractChecked(input);
    inputs += 1;
    bytes += input.text.length;
    const perKb = ms / Math.max(1, input.text.length / 1024);
    if (input.text.length > 10_240 && perKb > worst.msPerKb) worst = { msPerKb: perKb, shape };
    if (ms > BUDGET.baseMs + BUDGET.perKbMs * (input.text.length / 1024)) throw new Error(`${shape} (${size}, seed ${inputSeed}): ${ms.toFixed(0)} ms is over the budget`);
  }),
  { numRuns: runs, seed },
);
console.log(`1. ${inputs} inputs, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s (seed ${seed}): no crash; slowest shape above 10 KB ${worst.shape} at ${worst.msPerKb.toFixed(1)} CPU ms/KB`);

// 2. Growth per shape.
console.log(`2. CPU time per KB, ${smallKb} KB -> ${smallKb * 10} KB (about 1 when linear):`);
for (const shape of SHAPE_NAMES) {
  let n = seed;
  const ratio = growth((size) => JSON.stringify(shaped(shape, size, n++)), (json) => void extractChecked(JSON.parse(json)), smallKb * 1024, smallKb * 10240, 2);
  console.log(`   ${shape.padEnd(16)} x${ratio.toFixed(2)}${ratio > 2 ? '  <- check' : ''}`);
}

// 3. The largest inputs.
console.log(`3. one input of ${largestMb} MB per shape:`);
for (const shape of SHAPE_NAMES) {
  const input = shaped(shape, largestMb * 1024 * 1024, seed);
  const wall = performance.now();
  const ms = extractChecked(input);
  console.log(`   ${shape.padEnd(16)} ${(input.text.length / 1024 / 1024).toFixed(2)} MB: ${((performance.now() - wall) / 1000).toFixed(1)} s wall, ${(ms / 1000).toFixed(1)} s CPU, RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}
