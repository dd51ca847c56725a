/**
 * Small text helpers of the graph layer: well-formed strings (from the names module), stable ordering.
 * Browser-safe: no node: imports.
 */

export { wellFormed } from '../domain/names.ts';

/** Code-unit comparison (locale-independent, so sorting is the same on every machine). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted copy without duplicates. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/**
 * `text` itself, made one flat string in memory. A string made by concatenation (`\`a|${b}|${c}\``) is kept by V8
 * as a tree of its pieces, about 32 bytes a piece, until something reads its characters: the keys graphology keeps
 * for the graph's life (edges, documents) were such trees, 15 of the 126 MB a 10,000-article graph holds. Reading a
 * character of a tree makes V8 flatten it in place, and the collector then drops the pieces (measured: a million
 * keys of three pieces take 62 MB instead of 138 MB; `Number(text)` does not flatten). Returns `text`.
 */
export function flatString(text: string): string {
  text.charCodeAt(0);
  return text;
}

/**
 * The index of the last of `firsts` (sorted by `compareStrings`) at or before `key`: where a line with that key falls
 * among parts that each start at their first key (0 when the key sorts before them all).
 */
export function lastAtOrBefore(count: number, firstOf: (i: number) => string, key: string): number {
  let found = 0;
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compareStrings(firstOf(mid), key) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
