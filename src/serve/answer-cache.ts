/**
 * Answers of SPARQL queries kept for one loaded generation of the graph. The server is read-only, so an answer stays
 * right until the graph folder changes; the server makes a new cache with each generation it loads (a reload drops the
 * old one with its store). Identical queries that arrive while the first is still running share its answer. Only
 * answers are kept (a failed or timed-out query runs again next time), least recently used first out once the
 * answers held pass the byte budget (lru-cache does the bookkeeping).
 */
import { LRUCache } from 'lru-cache';

/** An answer as the SPARQL pool gives it; `ms` is the store's time when it was computed. */
export interface CachedAnswer {
  format: 'json' | 'ntriples';
  body: string;
  ms: number;
}

/** What `AnswerCache.get` returns: the answer, and whether it came from the cache (or a query already running). */
export interface CacheLookup {
  answer: CachedAnswer;
  hit: boolean;
}

/** A byte-bounded, least-recently-used cache of query answers, keyed by the query text. */
export class AnswerCache {
  private readonly done: LRUCache<string, CachedAnswer> | null;
  private readonly running = new Map<string, Promise<CachedAnswer>>();
  private hitCount = 0;
  private missCount = 0;

  /** @param budgetBytes largest total of answer bodies kept (UTF-16 length x 2); 0 keeps none */
  constructor(budgetBytes: number) {
    this.done = budgetBytes > 0 ? new LRUCache<string, CachedAnswer>({ maxSize: budgetBytes, sizeCalculation: (answer, text) => sizeOf(text, answer) }) : null;
  }

  /**
   * The answer to `text`: from the cache, from the same query already running, else from `compute` (kept when it
   * succeeds and fits the budget).
   */
  async get(text: string, compute: () => Promise<CachedAnswer>): Promise<CacheLookup> {
    const kept = this.done?.get(text);
    if (kept) {
      this.hitCount += 1;
      return { answer: kept, hit: true };
    }
    const pending = this.running.get(text);
    if (pending) {
      this.hitCount += 1;
      return { answer: await pending, hit: true };
    }
    this.missCount += 1;
    const { done } = this;
    if (!done) return { answer: await compute(), hit: false };
    const promise = compute();
    this.running.set(text, promise);
    try {
      const answer = await promise;
      // an answer larger than the whole budget is not kept (lru-cache refuses it)
      done.set(text, answer);
      return { answer, hit: false };
    } finally {
      this.running.delete(text);
    }
  }

  /** Answers kept, their bytes, hits and misses since the generation was loaded (for /health). */
  stats(): { answers: number; bytes: number; hits: number; misses: number } {
    return { answers: this.done?.size ?? 0, bytes: this.done?.calculatedSize ?? 0, hits: this.hitCount, misses: this.missCount };
  }
}

/** Memory an entry holds, roughly: JavaScript strings are UTF-16. */
function sizeOf(text: string, answer: CachedAnswer): number {
  return 2 * (text.length + answer.body.length);
}
