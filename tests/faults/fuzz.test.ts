/**
 * Property-based fuzz of `extract` (fast-check): random Unicode, long tokens, deep and broken markup, and the input
 * shapes of shapes.ts, through ingest and extraction. For every input: no crash (only an InputError saying why an
 * input is refused), evidence that points into the text, JSON-serialisable output, and CPU time within a bound
 * proportional to the size. Then, per shape, the cost per KB may not grow when the input grows 10x (linear time,
 * measured in CPU time as the minimum of runs). `npx tsx scripts/fuzz.ts` runs the same properties longer.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFormat } from '../../src/ingest/types.ts';
import { BUDGET, extractChecked } from './extract-check.ts';
import { SHAPE_NAMES, shaped, type ShapedInput } from './shapes.ts';
import { growth } from './timing.ts';

const piece = fc.oneof(
  fc.constantFrom('Russia', 'launched', 'Kyiv', 'drones', 'intercepted', 'the', 'said', '.', ',', '\n', '\n\n', ' ', '"', '<p>', '</p>', '<div>', '# ', '- '),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=:.'), minLength: 300, maxLength: 4_000 }),
  fc.integer({ min: 1, max: 3_000 }).chain((depth) => fc.constantFrom('div', 'span', 'b', 'li').map((tag) => `${`<${tag}>`.repeat(depth)}Russia launched drones at Kyiv.${`</${tag}>`.repeat(depth)}`)),
);
const format = fc.constantFrom<DocumentFormat>('txt', 'md', 'html');
const mixed = fc.record({ text: fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), format });
const fromShape = fc.record({ shape: fc.constantFrom(...SHAPE_NAMES), size: fc.integer({ min: 1, max: 40_000 }), seed: fc.integer() }).map(({ shape, size, seed }) => shaped(shape, size, seed));

describe('fuzz: extract', () => {
  // Loading the NLP model and the gazetteer is not an input's cost.
  beforeAll(() => void extractChecked({ text: 'Russia launched drones at Kyiv overnight, the air force said.', format: 'txt' }), 60_000);

  it('never crashes, keeps evidence in the text, stays within its time budget (mixed pieces and shapes)', () => {
    fc.assert(
      fc.property(fc.oneof(mixed, fromShape), (input) => {
        const ms = extractChecked(input);
        expect(ms).toBeLessThan(BUDGET.baseMs + BUDGET.perKbMs * (input.text.length / 1024));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('costs linear time: CPU time per KB does not grow when a shape grows 10x', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHAPE_NAMES), fc.integer(), (shape, seed) => {
        let n = seed;
        const ratio = growth((size) => JSON.stringify(shaped(shape, size, n++)), (json) => void extractChecked(JSON.parse(json) as ShapedInput), 6_000, 60_000, 2);
        // A quadratic path gives about 10x here. Linear shapes read up to about 3.4x, because a small input's cost
        // per KB depends on its seed's content (punctuation at 6 KB: 1.5 to 12 ms/KB over three seeds, at 200 KB
        // 1.9 to 2.4). So the bound is 5: it still fails on the super-linear paths the fuzz found.
        expect(ratio, shape).toBeLessThan(5);
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
