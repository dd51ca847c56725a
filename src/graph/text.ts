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
