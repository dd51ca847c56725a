/**
 * The events step of extraction (issue 9): after the relation rules, the relations as stated per sentence become
 * the document's events (see ./model.ts), written to `context.events`. The model reads the context only through
 * `EventInput` (built by `eventInput`), so the pipeline's layers can change without touching it.
 */
import type { ExtractContext, ExtractStep } from '../context.ts';
import type { EntityType } from '../../domain/index.ts';
import { relationLexicon } from '../relations/lexicon.ts';
import { buildEvents } from './model.ts';
import type { EventInput } from './types.ts';

export type { ClaimRecord, EventInput, EventRecord } from './types.ts';
export { buildEvents } from './model.ts';
export { findTimeExpressions, referenceDay, type TimeExpression, type TimeKind } from './dates.ts';

/** The narrow view of a processed document that the event model reads. */
export function eventInput(context: ExtractContext): EventInput {
  const { gazetteer, entityInfo } = context;
  const { opponents, numberWords } = relationLexicon();
  const slugOf = (key: string): string => {
    const bare = key.startsWith('generic:') ? key.slice('generic:'.length) : key;
    const entry = gazetteer.get(bare);
    if (key.startsWith('generic:') || entry?.generic || entityInfo.get(key)?.generic) return bare;
    const slug = entry?.class ?? '';
    return slug.startsWith('generic:') ? slug.slice('generic:'.length) : slug;
  };
  return {
    text: context.doc.text,
    published: context.doc.published,
    sentences: context.sentences,
    tokens: context.tokens,
    mentions: context.mentions,
    relations: context.statedRelations,
    opponentOf: (side) => opponents.get(side) ?? null,
    countryOf: (key) => {
      const entry = gazetteer.get(key);
      if (entry) return entry.type === 'Country' ? entry.id : (entry.country ?? null);
      return entityInfo.get(key)?.type === 'Country' ? key : null;
    },
    typeOf: (key): EntityType | null => gazetteer.get(key)?.type ?? entityInfo.get(key)?.type ?? null,
    isGeneric: (key) => key.startsWith('generic:') || (gazetteer.get(key)?.generic ?? entityInfo.get(key)?.generic ?? false),
    classHead: (key) => {
      const slug = slugOf(key);
      return slug.slice(slug.lastIndexOf('-') + 1);
    },
    isBareClass: (key) => {
      const slug = slugOf(key);
      return slug !== '' && !slug.includes('-') && (key.startsWith('generic:') || (gazetteer.get(key)?.generic ?? entityInfo.get(key)?.generic ?? false));
    },
    numberValue: (word) => {
      if (/^\d[\d,]*$/.test(word)) return Number(word.replace(/,/g, ''));
      return numberWords.get(word) ?? null;
    },
  };
}

/**
 * The events step: runs after the relation steps. Relations stay consistent with events: every weapon line with a
 * number has a launched relation from the event's attacker (an interception report implies the launch: "destroyed 20
 * Ukrainian drones"), added with the line's launch count and the first sentence that states the line when the rules
 * found none. (Lines without numbers add nothing: the relation rules drop bare classes beside specific ones on purpose.)
 */
export const eventsStep: ExtractStep = {
  id: '20-events',
  run(context) {
    context.events = buildEvents(eventInput(context));
    const launched = new Set(context.relations.filter((r) => r.predicate === 'launched').map((r) => `${r.subject}\u0000${r.object}`));
    for (const event of context.events) {
      for (const line of event.weapons) {
        const key = `${event.attacker}\u0000${line.weapon}`;
        const index = event.lineSentence.get(line.weapon);
        const sentence = index === undefined ? undefined : context.sentences[index];
        if (launched.has(key) || !sentence || (line.launched === null && line.intercepted === null)) continue;
        launched.add(key);
        context.relations.push({
          predicate: 'launched',
          subject: event.attacker,
          object: line.weapon,
          count: line.launched,
          addressee: null,
          sentence: sentence.index,
          evidence: { start: sentence.start, end: sentence.end },
          rule: 'launched:event-line',
        });
      }
    }
  },
};
