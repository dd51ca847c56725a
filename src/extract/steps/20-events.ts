/**
 * Step 20: the events of the document (issue 9). Reads the `statedRelations` layer (every relation as stated in its
 * sentence, written by step 19) with the tokens, sentences and mentions, and writes the `events` layer (see
 * ../events/model.ts for the model). Relations stay consistent with events: every weapon line with a number has a
 * launched relation from the event's attacker (an interception report implies the launch: "destroyed 20 Ukrainian
 * drones"), added to `relations` with the line's launch count and the first sentence that states the line when the
 * rules found none (rule `launched:event-line`); likewise an interception count that no relation states gives the
 * defender's interception (rule `intercepted:event-line`). Lines without numbers add nothing: the relation rules drop bare
 * classes beside specific ones on purpose.
 */
import { defineStep, viewOf, type ExtractContext } from '../context.ts';
import { buildEvents, eventInput } from '../events/index.ts';

/** The events step of the pipeline: `statedRelations` -> `events` (and the launches event lines imply). */
export const eventsStep = defineStep('20-events', (context: ExtractContext) => {
  const input = eventInput(context);
  context.events.push(...buildEvents(input));
  // The count of a mixed wave that a relation already gives a kind of the line's class ("175 Shahed and decoy drones":
  // read on Shahed-136 by the relations, on the class by the event) is not stated twice.
  const counted = new Set(context.relations.filter((r) => r.predicate === 'launched' && r.count !== null).map((r) => `${r.subject}\u0000${input.classHead(r.object)}\u0000${r.count}`));
  const launched = new Set(context.relations.filter((r) => r.predicate === 'launched').map((r) => `${r.subject}\u0000${r.object}`));
  // subject|head of every named weapon launched, and every count a statement gives.
  const namedHeads = new Set(context.relations.filter((r) => r.predicate === 'launched' && !input.isGeneric(r.object)).map((r) => `${r.subject}\u0000${input.classHead(r.object)}`));
  const stated = new Set(context.statedRelations.map((r) => r.count));
  const body = viewOf(context).bodyStart();
  // A role class stands for its parent class (step 19 merged "36 drones" into "36 attack drones"): an event line of the
  // parent does not bring the parent back.
  for (const r of context.relations) {
    const parent = r.predicate === 'launched' && context.lexicon.roleClasses.has(r.object) ? context.gazetteer.get(r.object)?.class : undefined;
    if (parent) launched.add(`${r.subject}\u0000${parent}`);
  }
  // An interception a tally line states and no relation does (a bulletin's "5, 4 downed", "destroyed - 10"):
  // the defender downed the line's count. A zero is no relation (GUIDELINES), and a kind told already is not repeated.
  const intercepted = new Set(context.relations.filter((r) => r.predicate === 'intercepted').map((r) => r.object));
  for (const event of context.events) {
    for (const line of event.weapons) {
      const key = `${event.attacker}\u0000${line.weapon}`;
      const index = event.lineSentence.get(line.weapon);
      const sentence = index === undefined ? undefined : context.sentences[index];
      const defender = event.attacker === null ? undefined : context.lexicon.opponents.get(event.attacker);
      if (sentence && defender && event.talliedDowns.has(line.weapon) && line.intercepted !== null && line.intercepted > 0 && !intercepted.has(line.weapon)) {
        intercepted.add(line.weapon);
        context.relations.push({
          predicate: 'intercepted',
          subject: defender,
          object: line.weapon,
          count: line.intercepted,
          addressee: null,
          sentence: sentence.index,
          evidence: { start: sentence.start, end: sentence.end },
          rule: 'intercepted:event-line',
        });
      }
      if (launched.has(key) || !sentence || (line.launched === null && line.intercepted === null)) continue;
      // An uncounted bare class step 19 read as a named weapon of its head, told less precisely ("drones hit the plant"
      // beside "15 Shahed drones"), is not brought back by a headline's line whose count no statement gives.
      if (event.attacker !== null && input.isBareClass(line.weapon) && namedHeads.has(`${event.attacker}\u0000${input.classHead(line.weapon)}`) && sentence.index < body && !stated.has(line.launched)) continue;
      if (event.waveLines.has(line.weapon) && counted.has(`${event.attacker}\u0000${input.classHead(line.weapon)}\u0000${line.launched}`)) continue;
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
  // A launch an event line implies whose firing side the document never refers to (an interception report with no
  // attacker in it: "air defence downed 20 drones") is no relation: a relation joins entities the article mentions (GUIDELINES), and the
  // side is only the lexicon's default. A noun for the attacking side ("the enemy", "the aggressor") refers to the
  // document's attacker. The event keeps its attacker.
  // (The document's tokens are scanned for such a noun only when a line's relation has the attacker as its side and
  // no mention of it: most documents have none, and the scan read every token.)
  const named = new Set(context.mentions.map((m) => m.entity));
  const attacker = context.roles?.attacker;
  let attackerNoun: boolean | undefined;
  for (let i = context.relations.length - 1; i >= 0; i--) {
    const r = context.relations[i];
    if (r?.rule !== 'launched:event-line' || named.has(r.subject)) continue;
    if (attacker !== undefined && r.subject === attacker) {
      attackerNoun ??= context.tokenKeys.some((k) => context.lexicon.attackerNouns.has(k));
      if (attackerNoun) continue;
    }
    context.relations.splice(i, 1);
  }
  lendLineCounts(context, input.isGeneric, input.countryOf, input.opponentOf);
});

/**
 * A launched or intercepted relation of a named system that no sentence of its own counts, whose weapon line the events count
 * (the figure told elsewhere in the article: a headline's "Russia fires drones at the south" beside a body's apposed
 * "48 of them", a strike told without a number beside the bulletin's launch total), takes the line's figure: the
 * relation and the event then tell one number. Only when every event of that side gives the weapon one figure (two
 * nights with two totals lend none); a zero is no count of a relation (GUIDELINES: set 0 only where a sentence says so,
 * and a zero downing is no relation).
 */
function lendLineCounts(context: ExtractContext, isGenericKey: (key: string) => boolean, countryOf: (key: string) => string | null, opponentOf: (side: string) => string | null): void {
  for (let i = 0; i < context.relations.length; i++) {
    const r = context.relations[i];
    if (!r || r.count !== null || (r.predicate !== 'launched' && r.predicate !== 'intercepted')) continue;
    // (A generic class is no line of one weapon: step 19 reads it against the kinds, and its event line may count a
    // mixed wave or the sum of kinds; only a named system's line counts that system alone.)
    if (isGenericKey(r.object)) continue;
    const figures = new Set<number | null>();
    for (const event of context.events) {
      if (r.predicate === 'launched' ? event.attacker !== r.subject : opponentOf(event.attacker) !== (countryOf(r.subject) ?? r.subject)) continue;
      for (const line of event.weapons) {
        if (line.weapon !== r.object) continue;
        figures.add(r.predicate === 'launched' ? line.launched : line.intercepted);
      }
    }
    const [figure] = figures;
    if (figures.size !== 1 || figure === null || figure === undefined || figure < 1) continue;
    context.relations[i] = { ...r, count: figure };
  }
}
