/**
 * Step 20: the events of the document (issue 9). Reads the `statedRelations` layer (every relation as stated in its
 * sentence, written by step 19) with the tokens, sentences and mentions, and writes the `events` layer (see
 * ../events/model.ts for the model). Relations stay consistent with events: every weapon line with a number has a
 * launched relation from the event's attacker (an interception report implies the launch: "destroyed 20 Ukrainian
 * drones"), added to `relations` with the line's launch count and the first sentence that states the line when the
 * rules found none (rule `launched:event-line`). Lines without numbers add nothing: the relation rules drop bare
 * classes beside specific ones on purpose.
 */
import { defineStep, type ExtractContext } from '../context.ts';
import { buildEvents, eventInput } from '../events/index.ts';

/** The events step of the pipeline: `statedRelations` -> `events` (and the launches event lines imply). */
export const eventsStep = defineStep('20-events', (context: ExtractContext) => {
  context.events.push(...buildEvents(eventInput(context)));
  const launched = new Set(context.relations.filter((r) => r.predicate === 'launched').map((r) => `${r.subject}\u0000${r.object}`));
  // A role class stands for its parent class (step 19 merged "36 drones" into "36 attack drones"): an event line of the
  // parent does not bring the parent back.
  for (const r of context.relations) {
    const parent = r.predicate === 'launched' && context.lexicon.roleClasses.has(r.object) ? context.gazetteer.get(r.object)?.class : undefined;
    if (parent) launched.add(`${r.subject}\u0000${parent}`);
  }
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
});
