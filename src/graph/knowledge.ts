/**
 * The facts the merge of events reads (`EventKnowledge`, ./events.ts), taken from the project's gazetteer (weapon
 * classes; the state an organisation or person speaks for) and lexicon (the two belligerents). Node only: the
 * browser-safe graph modules never import this file; callers that build graphs in Node pass it in `BuildOptions`.
 */
import { loadGazetteer, type Gazetteer } from '../domain/gazetteer/index.ts';
import { defaultLexicon } from '../extract/lexicon.ts';
import type { EventKnowledge } from './events.ts';

/** Knowledge over a gazetteer and a table of opponents (side -> its opponent). */
export function eventKnowledge(gazetteer: Gazetteer, opponents: ReadonlyMap<string, string>): EventKnowledge {
  const classes = new Map<string, readonly string[]>();
  const sides = new Map<string, string | null>();
  return {
    weaponClasses(weapon) {
      let chain = classes.get(weapon);
      if (chain === undefined) {
        const out: string[] = [];
        let entry = gazetteer.get(weapon);
        // The `class` of a system, then the class of that class, up to the root ("drone"); guarded against loops.
        while (entry?.class && out.length < 8 && !out.includes(entry.class)) {
          out.push(entry.class);
          entry = gazetteer.get(entry.class);
        }
        classes.set(weapon, (chain = out));
      }
      return chain;
    },
    sideOf(entity) {
      let side = sides.get(entity);
      if (side === undefined) {
        let entry = gazetteer.get(entity);
        side = null;
        // A state is its own side; an organisation or person speaks for its country, else for its parent's.
        for (let guard = 0; entry && guard < 8; guard++) {
          if (entry.type === 'Country') {
            side = entry.id;
            break;
          }
          if (entry.country) {
            side = entry.country;
            break;
          }
          entry = entry.parent ? gazetteer.get(entry.parent) : undefined;
        }
        sides.set(entity, side);
      }
      return side;
    },
    opponentOf: (side) => opponents.get(side) ?? null,
  };
}

let project: EventKnowledge | null = null;

/** The knowledge of the project's gazetteer and lexicon (ontology/), made once. */
export function projectEventKnowledge(): EventKnowledge {
  project ??= eventKnowledge(loadGazetteer(), defaultLexicon().opponents);
  return project;
}
