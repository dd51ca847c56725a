/**
 * The relation rules on the real pipeline: the 12 dev articles (ours) and the 5 seed articles (read from
 * ../shared, never copied) scored together against their gold files, with the thresholds of issue 2.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, sumScores, summarise } from '../../src/eval/index.ts';
import { PREDICATES } from '../../src/domain/index.ts';

const SEEDS = ['../shared/gold/seeds', '../shared/corpus/seeds'] as const;

describe('relations on the dev and seed articles', () => {
  it('reach relation F1 >= 0.80, every predicate >= 0.70 and count accuracy >= 0.90', () => {
    const sets = [evaluate('gold', 'corpus')];
    if (existsSync(SEEDS[0])) sets.push(evaluate(SEEDS[0], SEEDS[1]));
    const articles = sets.flatMap((s) => s.articles);
    const summary = summarise(sumScores(articles.map((a) => a.scores)), articles.length);
    expect(summary.relations.f1).toBeGreaterThanOrEqual(0.8);
    for (const predicate of PREDICATES) expect(summary.relationsByPredicate[predicate]?.f1, predicate).toBeGreaterThanOrEqual(0.7);
    expect(summary.countAccuracy.accuracy).toBeGreaterThanOrEqual(0.9);
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
