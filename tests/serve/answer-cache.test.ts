/**
 * The per-generation answer cache of `newsgraph serve`: a repeated query is answered from memory, identical queries
 * running at once share one computation, failures are not kept, and the least recently used answers leave first
 * when the byte budget is passed (a budget of 0 keeps nothing).
 */
import { describe, expect, it } from 'vitest';
import { AnswerCache, type CachedAnswer } from '../../src/serve/answer-cache.ts';

/** A compute function that counts its calls and answers `body` for query `text`. */
function counter(): { calls: string[]; compute: (text: string, body?: string) => () => Promise<CachedAnswer> } {
  const calls: string[] = [];
  return {
    calls,
    compute: (text, body = `answer of ${text}`) => async () => {
      calls.push(text);
      return { format: 'json', body, ms: 12.5 };
    },
  };
}

describe('AnswerCache', () => {
  it('answers a repeated query from memory, with the time it took when computed', async () => {
    const cache = new AnswerCache(1024 * 1024);
    const { calls, compute } = counter();
    const first = await cache.get('q1', compute('q1'));
    const second = await cache.get('q1', compute('q1'));
    expect(first).toEqual({ answer: { format: 'json', body: 'answer of q1', ms: 12.5 }, hit: false });
    expect(second).toEqual({ answer: first.answer, hit: true });
    expect(calls).toEqual(['q1']);
    expect(cache.stats()).toMatchObject({ answers: 1, hits: 1, misses: 1 });
  });

  it('runs identical queries that arrive together once', async () => {
    const cache = new AnswerCache(1024 * 1024);
    const { calls, compute } = counter();
    const answers = await Promise.all([cache.get('q', compute('q')), cache.get('q', compute('q')), cache.get('q', compute('q'))]);
    expect(calls).toEqual(['q']);
    expect(answers.map((a) => a.hit)).toEqual([false, true, true]);
    expect(new Set(answers.map((a) => a.answer.body))).toEqual(new Set(['answer of q']));
  });

  it('keeps no failure: the next call runs the query again', async () => {
    const cache = new AnswerCache(1024 * 1024);
    const { calls, compute } = counter();
    await expect(cache.get('q', () => Promise.reject(new Error('timed out')))).rejects.toThrow('timed out');
    expect((await cache.get('q', compute('q'))).hit).toBe(false);
    expect(calls).toEqual(['q']);
  });

  it.each([
    // budget (bytes), queries in order, which are still kept at the end
    { budget: 0, order: ['a', 'b', 'a'], kept: [] },
    { budget: 2 * 2 * (1 + 100), order: ['a', 'b', 'c'], kept: ['b', 'c'] },
    { budget: 2 * 2 * (1 + 100), order: ['a', 'b', 'a', 'c'], kept: ['a', 'c'] },
    { budget: 2 * 3 * (1 + 100), order: ['a', 'b', 'c'], kept: ['a', 'b', 'c'] },
  ])('budget $budget bytes, queries $order: keeps $kept', async ({ budget, order, kept }) => {
    const cache = new AnswerCache(budget);
    const { compute } = counter();
    // Each answer is 100 characters: 2 x (1 + 100) bytes with its one-character key.
    for (const text of order) await cache.get(text, compute(text, text.repeat(100)));
    // Ask without letting it compute: a kept answer is a hit, a dropped one runs the (failing) query.
    const still: string[] = [];
    for (const text of ['a', 'b', 'c']) {
      const hit = await cache.get(text, () => Promise.reject(new Error('not kept'))).then((r) => r.hit, () => false);
      if (hit) still.push(text);
    }
    expect(still).toEqual(kept);
  });

  it('does not keep an answer larger than the whole budget', async () => {
    const cache = new AnswerCache(100);
    const { calls, compute } = counter();
    await cache.get('big', compute('big', 'x'.repeat(200)));
    await cache.get('big', compute('big', 'x'.repeat(200)));
    expect(calls).toEqual(['big', 'big']);
    expect(cache.stats().answers).toBe(0);
  });
});
