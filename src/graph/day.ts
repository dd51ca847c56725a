/**
 * The publication day a document is filed under in the parts of a build (the RDF days, graph.json's document
 * parts): shared by the graph's change tracking and the RDF export. Browser-safe.
 */

/** Day of the shard that holds undated documents (and documents whose date is not a calendar day). */
export const UNDATED_DAY = 'undated';

/**
 * The day a document is filed under in the RDF shards: the YYYY-MM-DD its publication date starts with, else
 * `UNDATED_DAY`. Sorted as strings, days come in calendar order with `undated` last.
 */
export function documentDay(published: string | null | undefined): string {
  const match = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return match ? (match[1] as string) : UNDATED_DAY;
}
