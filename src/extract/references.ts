/**
 * Lookups over the mention layer for later steps (the relation rules): which mention covers a token,
 * the last actor before a token, the country an entity belongs to. All read-only.
 */
import type { ExtractContext, Mention } from './context.ts';
import type { EntityType } from '../domain/index.ts';

/** The mention covering token `tokenIndex`, if any (the outermost one). */
export function mentionAt(context: ExtractContext, tokenIndex: number): Mention | undefined {
  // Mentions are sorted by start: binary search the last one starting at or before the token's offset.
  const token = context.tokens[tokenIndex];
  if (!token) return undefined;
  const mentions = context.mentions;
  let lo = 0;
  let hi = mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start <= token.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Overlapping mentions ("Poland's Foreign Ministry" also holds "Poland"): the longest covering one wins.
  let best: Mention | undefined;
  for (let m = found; m >= 0 && m >= found - 4; m--) {
    const mention = mentions[m] as Mention;
    if (mention.tokenStart <= tokenIndex && tokenIndex < mention.tokenEnd && (!best || mention.end - mention.start > best.end - best.start)) best = mention;
  }
  return best;
}

/** The mentions of one sentence, in order. */
export function mentionsInSentence(context: ExtractContext, sentence: number): Mention[] {
  return context.mentions.filter((m) => m.sentence === sentence);
}

/** Options of `lastMention`. */
export interface LastMentionOptions {
  /** Only look in the sentence of `beforeToken`. */
  sameSentence?: boolean;
  /** How many sentences back to look (default 3). */
  maxSentences?: number;
}

/** The last mention that ends at or before token `beforeToken` and that `accept` accepts. */
export function lastMention(
  context: ExtractContext,
  beforeToken: number,
  accept: (mention: Mention) => boolean,
  options: LastMentionOptions = {},
): Mention | undefined {
  const sentence = context.tokens[Math.min(beforeToken, context.tokens.length - 1)]?.sentence ?? 0;
  const lowest = options.sameSentence ? sentence : sentence - (options.maxSentences ?? 3);
  for (let m = context.mentions.length - 1; m >= 0; m--) {
    const mention = context.mentions[m] as Mention;
    if (mention.tokenEnd > beforeToken) continue;
    if (mention.sentence < lowest) break;
    if (accept(mention)) return mention;
  }
  return undefined;
}

/** The last actor (name, demonym, capital, or an already resolved description/pronoun) of the given types before a token. */
export function lastActor(
  context: ExtractContext,
  beforeToken: number,
  types: readonly EntityType[] = ['Organisation', 'Country', 'Person'],
  options: LastMentionOptions = {},
): Mention | undefined {
  return lastMention(context, beforeToken, (m) => !m.generic && types.includes(m.type), options);
}

/** The state an entity belongs to: itself for a Country, else the gazetteer's `country`, else null. */
export function countryOf(context: ExtractContext, entityKey: string): string | null {
  const entry = context.gazetteer.get(entityKey);
  if (entry) return entry.type === 'Country' ? entry.id : (entry.country ?? null);
  return null;
}

/** The canonical label of an entity key (gazetteer name, recognised label, or the key itself). */
export function entityLabel(context: ExtractContext, entityKey: string): string {
  return context.gazetteer.get(entityKey)?.name ?? context.entityInfo.get(entityKey)?.label ?? entityKey;
}

/** The type of an entity key, if known. */
export function entityType(context: ExtractContext, entityKey: string): EntityType | undefined {
  return context.gazetteer.get(entityKey)?.type ?? context.entityInfo.get(entityKey)?.type;
}
