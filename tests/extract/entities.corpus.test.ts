/**
 * Entities on text the mention rules were not written from: the real outlet articles of ../shared (read, never
 * copied) and the check set of unseen articles, with thresholds a small margin below what they score (issue 10).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/domain/index.ts';
import { evaluate, sumScores, summarise } from '../../src/eval/index.ts';

const REAL = ['../shared/gold/real', '../shared/corpus/real'] as const;

/** The summary of one gold set. */
function score(gold: string, corpus: string): ReturnType<typeof summarise> {
  const { articles } = evaluate(gold, corpus);
  return summarise(sumScores(articles.map((a) => a.scores)), articles.length);
}

describe('entities on real and unseen text', () => {
  // 1.000 now (0.942 before issue 10 part 4); the issue asks >= 0.95.
  it.skipIf(!existsSync(REAL[0]))('reach entity F1 >= 0.97 on the real articles, every type >= 0.95', () => {
    const summary = score(REAL[0], REAL[1]);
    expect(summary.entities.f1).toBeGreaterThanOrEqual(0.97);
    for (const type of ENTITY_TYPES) expect(summary.entitiesByType[type]?.f1, type).toBeGreaterThanOrEqual(0.95);
  });

  // The check set, never tuned on: 0.967 now (0.947 before issue 10 part 4).
  it('reach entity F1 >= 0.95 on the check set (tests/fixtures/checkset)', () => {
    expect(score('tests/fixtures/checkset/gold', 'tests/fixtures/checkset/corpus').entities.f1).toBeGreaterThanOrEqual(0.95);
  });
});
