/**
 * `newsgraph build` extracts its articles in batches (`extractBatch`, as `newsgraph extract` does): an article whose
 * extraction fails inside a batch gets its one-line error and every other input of the batch, and of the batches
 * after it, is built as if the failing file had not been given; extraction files mixed among the articles keep their
 * place. In-process (`runBuild`), with one step of the real pipeline made to throw for chosen documents.
 */
import { graphJsonSource, readGraphJsonTextSync } from '../../src/graph/json-parts.ts';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Document } from '../../src/ingest/types.ts';
import type { ExtractOptions } from '../../src/extract/index.ts';

/** Document ids whose syntactic layer throws, and the size of each batch the build asked for. */
const probe = vi.hoisted(() => ({ failing: new Set<string>(), batches: [] as number[] }));

vi.mock('../../src/extract/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/extract/index.ts')>();
  const { defineStep } = await import('../../src/extract/context.ts');
  const steps = actual.EXTRACT_STEPS.map((step) =>
    step.id === '09-syntax'
      ? defineStep(step.id, (context) => {
          if (probe.failing.has(context.doc.id)) throw new Error('syntactic layer gave up');
          step.run(context);
        })
      : step,
  );
  return {
    ...actual,
    extractBatch: (docs: readonly Document[], options: ExtractOptions = {}) => {
      probe.batches.push(docs.length);
      return actual.extractBatch(docs, { ...options, steps });
    },
  };
});

const { runBuild } = await import('../../src/cli/commands/build.ts');
const { BATCH_DOCUMENTS } = await import('../../src/extract/index.ts');

const root = resolve(import.meta.dirname, '../..');
const CITIES = ['Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Lviv', 'Sumy', 'Poltava'];

/** A short article of our own: a launch with a count, a share shot down, a target city. */
function article(i: number): string {
  const city = CITIES[i % CITIES.length];
  return `Russia sent ${10 + i} attack drones against ${city} during the night, and Ukrainian air defences destroyed ${5 + (i % 5)} of them, the air force said on Monday.\n`;
}

/** More articles than one batch holds, so the batches' boundary is crossed. */
const COUNT = BATCH_DOCUMENTS + 4;
const names = Array.from({ length: COUNT }, (_, i) => `art_${String(i).padStart(2, '0')}.txt`);

let work = '';
let stderr = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-build-batch-'));
  names.forEach((name, i) => writeFileSync(join(work, name), article(i)));
  copyFileSync(join(root, 'tests/fixtures/extractions/fx_alpha.json'), join(work, 'fx_alpha.json'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  stderr = '';
  probe.failing.clear();
  probe.batches.length = 0;
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

/** Builds `inputs` (names in the work folder) into `out` as graph.json only; the summary and graph.json's text. */
async function build(inputs: string[], out: string) {
  const summary = await runBuild(inputs.map((name) => join(work, name)), { out: join(work, out), update: false, progress: false, formats: ['json'] });
  const source = graphJsonSource(join(work, out, 'graph.json'));
  if (!source) throw new Error(`no graph.json written in ${out}`);
  return { summary, graph: readGraphJsonTextSync(source) };
}

describe('newsgraph build in batches', () => {
  // [name, inputs, ids made to fail]
  const cases: Array<[string, string[], string[]]> = [
    ['no failure', names, []],
    ['the first article of the first batch fails', names, ['art_00']],
    ['the last article of a full batch fails', names, [`art_${BATCH_DOCUMENTS - 1}`]],
    ['the first article of the second batch fails', names, [`art_${BATCH_DOCUMENTS}`]],
    ['two articles in different batches fail', names, ['art_05', `art_${COUNT - 1}`]],
    ['an extraction file among the articles, one article failing', [...names.slice(0, 3), 'fx_alpha.json', ...names.slice(3)], ['art_02']],
  ];
  it.each(cases)('%s: one line per failing file, the rest built as without it', async (name, inputs, failing) => {
    const out = `g-${name.replace(/\W+/g, '-')}`;
    for (const id of failing) probe.failing.add(id);
    const { summary, graph } = await build(inputs, out);
    const lines = stderr.split('\n').filter((line) => line.trim());
    expect(lines).toEqual(failing.map((id) => `newsgraph: ${join(work, `${id}.txt`)}: syntactic layer gave up`));
    expect(summary.errors).toHaveLength(failing.length);
    expect(summary.documents).toBe(inputs.length - failing.length);
    expect(summary.relations).toBeGreaterThan(0);
    expect(probe.batches).toEqual([BATCH_DOCUMENTS, COUNT - BATCH_DOCUMENTS]);

    // The same build without the failing files (nothing failing now) gives the same graph.
    probe.failing.clear();
    const kept = inputs.filter((input) => !failing.some((id) => input === `${id}.txt`));
    const without = await build(kept, `${out}-without`);
    expect(graph).toBe(without.graph);
    expect(graph).toContain('"doc:art_03"');
    expect(graph.includes('"doc:fx_alpha"')).toBe(inputs.includes('fx_alpha.json'));
  }, 120_000);

  it('gives each failing file of a batch its own error even when every article of the batch fails', async () => {
    for (const name of names.slice(0, BATCH_DOCUMENTS)) probe.failing.add(name.slice(0, -4));
    const { summary } = await build(names, 'g-all-first-batch');
    expect(summary.errors).toHaveLength(BATCH_DOCUMENTS);
    expect(summary.documents).toBe(COUNT - BATCH_DOCUMENTS);
  }, 120_000);
});
