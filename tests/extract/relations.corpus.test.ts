/**
 * The relation rules on the real pipeline: the 12 dev articles (ours) and the 5 seed articles (read from
 * ../shared, never copied) scored together against their gold files, with the thresholds of issue 2.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, sumScores, summarise } from '../../src/eval/index.ts';
import { PREDICATES } from '../../src/domain/index.ts';

const SEEDS = ['../shared/gold/seeds', '../shared/corpus/seeds'] as const;
const REAL = ['../shared/gold/real', '../shared/corpus/real'] as const;

describe('relations on the dev and seed articles', () => {
  // A small margin below what the sets score (issue 10): dev + seeds 0.965, every predicate >= 0.958, counts 1.0.
  it('reach relation F1 >= 0.95, every predicate >= 0.90 and count accuracy >= 0.98', () => {
    const sets = [evaluate('gold', 'corpus')];
    if (existsSync(SEEDS[0])) sets.push(evaluate(SEEDS[0], SEEDS[1]));
    const articles = sets.flatMap((s) => s.articles);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.95);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.9);
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.98);
  });

  // The real outlet articles of ../shared (read, never copied): 0.848 now, condemned the weakest at 0.56.
  it.skipIf(!existsSync(REAL[0]))('reach relation F1 >= 0.83 on the real articles, every predicate >= 0.50', () => {
    const { articles } = evaluate(REAL[0], REAL[1]);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.83);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.5);
  });

  // The check set of unseen articles: scored for the aggregate only, never tuned on (0.743 now).
  it('reach relation F1 >= 0.72 on the check set (tests/fixtures/checkset)', () => {
    const { articles } = evaluate('tests/fixtures/checkset/gold', 'tests/fixtures/checkset/corpus');
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.72);
  });

  it('give every relation a sentence of the document as evidence', () => {
    const { articles } = evaluate('gold', 'corpus');
    for (const article of articles) {
      for (const relation of article.prediction.relations) {
        expect(relation.evidence.text.length).toBeGreaterThan(0);
        expect(relation.evidence.end).toBeGreaterThan(relation.evidence.start);
      }
    }
  });
});
