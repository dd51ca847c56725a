/**
 * Relation steps of the extraction pipeline (issue 2, part 3): launched, intercepted, targeted, requested,
 * condemned. They read tokens, sentences and mentions and push `RelationCandidate`s (entity keys) onto
 * `context.relations`. Order: a view over the document, one step per predicate, then the closing of implicit sides.
 */
import type { ExtractContext, ExtractStep } from '../context.ts';
import { relationLexicon, type RelationLexicon } from './lexicon.ts';
import { resolvePending } from './resolve.ts';
import { ruleCondemned, ruleIntercepted, ruleLaunched, ruleOwnedWeapons, ruleRequested, ruleTargeted, type Pending } from './rules.ts';
import { DocView } from './view.ts';

interface State {
  view: DocView;
  pending: Pending[];
}

const states = new WeakMap<ExtractContext, State>();

function state(context: ExtractContext, lexicon: () => RelationLexicon): State {
  let s = states.get(context);
  if (!s) {
    s = { view: new DocView(context, lexicon()), pending: [] };
    states.set(context, s);
  }
  return s;
}

/** Options of `createRelationSteps`. */
export interface RelationStepOptions {
  /** The lexicon to use (default: ontology/lexicon/relations.json). */
  lexicon?: RelationLexicon;
}

/** Builds the relation steps (a custom lexicon is for tests). */
export function createRelationSteps(options: RelationStepOptions = {}): ExtractStep[] {
  const lexicon = (): RelationLexicon => options.lexicon ?? relationLexicon();
  const rule = (id: string, fn: (view: DocView, emit: (p: Pending) => void) => void): ExtractStep => ({
    id,
    run(context) {
      const s = state(context, lexicon);
      fn(s.view, (p) => s.pending.push(p));
    },
  });
  return [
    rule('10-relations-launched', ruleLaunched),
    rule('10-relations-owned-weapons', ruleOwnedWeapons),
    rule('11-relations-intercepted', ruleIntercepted),
    rule('12-relations-targeted', ruleTargeted),
    rule('13-relations-requested', ruleRequested),
    rule('14-relations-condemned', ruleCondemned),
    {
      id: '19-relations-resolve',
      run(context) {
        const s = state(context, lexicon);
        context.relations.push(...resolvePending(s.view, s.pending, context.statedRelations));
        states.delete(context);
      },
    },
  ];
}

/** The relation steps with the default lexicon, in pipeline order. */
export const relationSteps: ExtractStep[] = createRelationSteps();
