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
  // A small margin below what the sets score (issue 10): dev + seeds 0.970, every predicate >= 0.958, counts 1.0.
  it('reach relation F1 >= 0.96, every predicate >= 0.95 and count accuracy >= 0.98', () => {
    const sets = [evaluate('gold', 'corpus')];
    if (existsSync(SEEDS[0])) sets.push(evaluate(SEEDS[0], SEEDS[1]));
    const articles = sets.flatMap((s) => s.articles);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.96);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.95);
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.98);
  });

  // The real outlet articles of ../shared (read, never copied): 0.960 now (0.864 before the error classes of
  // quality2, with main's entity work), launched the weakest at 0.917.
  it.skipIf(!existsSync(REAL[0]))('reach relation F1 >= 0.95 on the real articles, every predicate >= 0.90', () => {
    const { articles } = evaluate(REAL[0], REAL[1]);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.95);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.9);
    // 0.971 since a count stated twice is chosen body first and own verb first (0.857 before).
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  // The first check set, spent by the recall work of issue 10 (its misses were looked at and their classes fixed):
  // now a regression set like tests/fixtures/heldout. 0.872 after that work (0.751 before), intercepted the weakest
  // at 0.756.
  it('reach relation F1 >= 0.86 on the spent check set (tests/fixtures/checkset), every predicate >= 0.74', () => {
    const { articles } = evaluate('tests/fixtures/checkset/gold', 'tests/fixtures/checkset/corpus');
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.86);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.74);
  });

  // Check set 2, spent in session 5 (its misses were grouped into classes and fixed): a regression set now. 0.917
  // after that work (0.801 before), intercepted the weakest at 0.849; counts 0.955.
  it('reach relation F1 >= 0.90 on the spent check set 2 (tests/fixtures/checkset2), every predicate >= 0.83', () => {
    const { articles } = evaluate('tests/fixtures/checkset2/gold', 'tests/fixtures/checkset2/corpus');
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.9);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.83);
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.94);
  });

  // Check set 3, spent in session 6 (its misses were grouped into classes and fixed, see the check set 3 tables of
  // tests/extract/relations.recall.test.ts): a regression set now. 0.922 after that work (0.825 before), intercepted
  // the weakest at 0.853 (0.716 before); counts 0.950 (0.793 before).
  it('reach relation F1 >= 0.90 on the spent check set 3 (tests/fixtures/checkset3), every predicate >= 0.82', () => {
    const { articles } = evaluate('tests/fixtures/checkset3/gold', 'tests/fixtures/checkset3/corpus');
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.9);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.82);
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.93);
  });

  // Check set 4, spent in session 6 after its first look (0.548) and a score after check set 3's classes (0.545):
  // four of its classes fixed (check set 4 tables of tests/extract/relations.recall.test.ts), 0.654 now. Its recall
  // is still low (0.52): the threshold guards what was fixed, it does not say the set is solved.
  it('reach relation F1 >= 0.63 on the spent check set 4 (tests/fixtures/checkset4), precision >= 0.85', () => {
    const { articles } = evaluate('tests/fixtures/checkset4/gold', 'tests/fixtures/checkset4/corpus');
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.63);
    expect(summary.relations.precision).toBeGreaterThanOrEqual(0.85);
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
