/**
 * Aliases as the entity panel lists them: one per spelling once case is folded ("KYIV", "Kyiv" and "kyiv" are one
 * spelling), the entity's own label left out, and of several casings the one a reader expects (mixed case before
 * all capitals, then the first seen). DOM-free.
 */

/** Case- and accent-insensitive key of a spelling (also folds curly quotes and dashes, collapses spaces). */
export function spellingKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const allCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** The aliases to show for an entity labelled `label`: one per spelling, without the label's own, in first-seen order. */
export function displayAliases(label: string, aliases: readonly string[]): string[] {
  const own = spellingKey(label);
  const chosen = new Map<string, string>();
  for (const alias of aliases) {
    const key = spellingKey(alias);
    if (!key || key === own) continue;
    const current = chosen.get(key);
    if (current === undefined || (allCapitals(current) && !allCapitals(alias))) chosen.set(key, alias);
  }
  return [...chosen.values()];
}
