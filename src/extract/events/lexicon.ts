/**
 * The word lists of the event model, read once from ontology/lexicon/events.json.
 */
import { readFileSync } from 'node:fs';

/** The compiled lists. */
export interface EventLexicon {
  /** Verbs of an evidential frame ("said", "reported", "claimed"). */
  claimVerbs: ReadonlySet<string>;
  /** Nouns a demonym qualifies to name a side as speaker ("officials", "authorities"). */
  claimantNouns: ReadonlySet<string>;
}

let cached: EventLexicon | null = null;

function words(raw: unknown, name: string): Set<string> {
  const list = (raw as { words?: unknown } | undefined)?.words;
  if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) {
    throw new Error(`ontology/lexicon/events.json: "${name}.words" is not a list of words; expected an array of strings`);
  }
  return new Set(list.map((w) => w.toLowerCase()));
}

/** The event lexicon (loaded once per process). */
export function eventLexicon(): EventLexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL('../../../ontology/lexicon/events.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  cached = { claimVerbs: words(raw.claimVerbs, 'claimVerbs'), claimantNouns: words(raw.claimantNouns, 'claimantNouns') };
  return cached;
}
