/**
 * Small text helpers of the graph layer: well-formed strings, name normalisation for merging, stable ordering.
 * Browser-safe: no node: imports.
 */

/**
 * Replaces lone UTF-16 surrogates and the noncharacters U+FFFE / U+FFFF by U+FFFD, so the string survives UTF-8
 * and every RDF parser unchanged (raptor rejects U+FFFE).
 */
export function wellFormed(text: string): string {
  // Fast path: most strings have none of these at all.
  if (!/[\ud800-\udfff\ufffe\uffff]/.test(text)) return text;
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd');
}

/**
 * Normalised form of a name for merging entities that have no gazetteer id or QID: NFKC, case-folded,
 * diacritics removed, quotes/dashes/punctuation dropped, whitespace collapsed ("Volodymyr  Zelens'kyy" -> "volodymyr zelenskyy").
 */
export function normaliseName(name: string): string {
  return wellFormed(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`"“”.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Code-unit comparison (locale-independent, so sorting is the same on every machine). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted copy without duplicates. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}
