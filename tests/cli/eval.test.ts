/**
 * `newsgraph eval` end to end: the sample corpus (corpus/ + gold/) and the seeds read from ../shared,
 * each asserting the quality thresholds reached (never below issue 2's: entity F1 >= 0.90 without generic
 * classes, relation F1 >= 0.80, every predicate >= 0.70, count accuracy >= 0.90). Also the text report and errors.
 */
import { describe as group, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'newsgraph.js');
const SEEDS_GOLD = join(ROOT, '..', 'shared', 'gold', 'seeds');
const SEEDS_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'seeds');

interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

interface Summary {
  articles: number;
  entities: Figures;
  relations: Figures;
  relationsByPredicate: Record<string, Figures>;
  countAccuracy: { accuracy: number; total: number };
}

function evalJson(gold: string, corpus: string): Summary {
  const out = execFileSync('node', [BIN, 'eval', '--gold', gold, corpus, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(out) as { summary: Summary }).summary;
}

/**
 * Thresholds per set: just under what the extraction reaches at 02:00 UTC (sample: entities 0.997, relations 0.957,
 * worst predicate 0.920, counts 1.0; seeds: entities 0.994, relations 0.953, worst predicate 0.857, counts 1.0).
 * Issue 2's floors are in the comments below; these are never lower.
 */
const THRESHOLDS = {
  sample: { entities: 0.98, relations: 0.93, predicate: 0.9, counts: 0.97 },
  seeds: { entities: 0.97, relations: 0.9, predicate: 0.8, counts: 0.95 },
};

group('newsgraph eval on the sample corpus', () => {
  it('reaches the thresholds', () => {
    const s = evalJson('gold', 'corpus');
    expect(s.articles).toBe(12);
    expect(s.entities.f1).toBeGreaterThanOrEqual(THRESHOLDS.sample.entities); // issue floor 0.90
    expect(s.relations.f1).toBeGreaterThanOrEqual(THRESHOLDS.sample.relations); // issue floor 0.80
    for (const [predicate, figures] of Object.entries(s.relationsByPredicate)) {
      expect.soft(figures.f1, predicate).toBeGreaterThanOrEqual(THRESHOLDS.sample.predicate); // issue floor 0.70
    }
    expect(s.countAccuracy.accuracy).toBeGreaterThanOrEqual(THRESHOLDS.sample.counts); // issue floor 0.90
  });

  it('prints misses with --verbose, then the summary table last, and exits 0', () => {
    const run = spawnSync('node', [BIN, 'eval', '--gold', 'gold', 'corpus', '--verbose'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^== dev_\d+\.txt$/m);
    const lines = run.stdout.trim().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^count accuracy\s+\d\.\d{3}/);
    expect(lines.slice(-16).join('\n')).toMatch(/entities \(generic excluded\)/);
    expect(lines.slice(-16).join('\n')).toMatch(/relations \(all\)/);
  });

  it('fails with a one-line message on a missing folder', () => {
    const run = spawnSync('node', [BIN, 'eval', '--gold', 'no-such-gold', 'corpus'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no-such-gold/);
  });
});

group.runIf(existsSync(SEEDS_GOLD) && existsSync(SEEDS_CORPUS))('newsgraph eval on the seeds (read from ../shared)', () => {
  it('reaches the thresholds', () => {
    const s = evalJson(SEEDS_GOLD, SEEDS_CORPUS);
    expect(s.articles).toBe(5);
    expect(s.entities.f1).toBeGreaterThanOrEqual(THRESHOLDS.seeds.entities); // issue floor 0.90
    expect(s.relations.f1).toBeGreaterThanOrEqual(THRESHOLDS.seeds.relations); // issue floor 0.80
    for (const [predicate, figures] of Object.entries(s.relationsByPredicate)) {
      expect.soft(figures.f1, predicate).toBeGreaterThanOrEqual(THRESHOLDS.seeds.predicate); // issue floor 0.70
    }
    expect(s.countAccuracy.accuracy).toBeGreaterThanOrEqual(THRESHOLDS.seeds.counts); // issue floor 0.90
  });
});
