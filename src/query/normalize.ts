/**
 * Fuzzy matching for entity lookup. Names are compared by their lookup key (`lookupKey` of src/domain/names.ts: case,
 * accents, punctuation and spacing ignored), so every alias of an entity can be looked up in one Map; the edit
 * distance ranks the closest names when a lookup fails.
 */
import { lookupKey } from '../domain/names.ts';

/**
 * Levenshtein distance between `a` and `b`, giving up early: returns `limit + 1` as soon as the distance is
 * known to exceed `limit` (the rows of the dynamic programme only grow).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      const best = Math.min(substitution, deletion, insertion);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** One candidate name for `closestNames`: the display name and its lookup key. */
export interface NameCandidate {
  name: string;
  key: string;
}

/**
 * The display names closest to `query`, best first, at most `limit` of them (distinct).
 * Ranking: a key that starts with or contains the query key comes first (shortest first), then edit distance.
 * Names further than half the query's length (at least 2 edits) are left out.
 */
export function closestNames(query: string, candidates: Iterable<NameCandidate>, limit = 5): string[] {
  const key = lookupKey(query);
  const maxDistance = Math.max(2, Math.floor(key.length / 2));
  const scored: { name: string; score: number }[] = [];
  for (const candidate of candidates) {
    if (!candidate.key) continue;
    let score: number;
    if (key && candidate.key.startsWith(key)) score = candidate.key.length - key.length;
    else if (key && candidate.key.includes(key)) score = 100 + candidate.key.length - key.length;
    else {
      const distance = editDistance(key, candidate.key, maxDistance);
      if (distance > maxDistance) continue;
      score = 1000 + distance;
    }
    scored.push({ name: candidate.name, score });
  }
  scored.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { name } of scored) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(name);
    if (out.length === limit) break;
  }
  return out;
}
