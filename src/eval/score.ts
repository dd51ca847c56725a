/**
 * Scoring of extractions against gold files, exactly as ../shared/gold/GUIDELINES.md "Scoring" says:
 *  - entities match by name or any alias (case- and punctuation-insensitive) and the type must agree;
 *    matching is one-to-one (maximum bipartite matching per article);
 *  - a relation matches when the predicate agrees and subject and object each match one of the gold readings
 *    (a reading is a gold entity name; the predicted entity's label/aliases are compared with that gold entity's
 *    name/aliases); generic weapon objects match by head noun; a relation counts once per article;
 *  - precision, recall and F1 are micro-averaged over the articles of a set;
 *  - count accuracy: among matched relations whose gold gives a count, the share with the same predicted count.
 */
import type { DocumentExtraction, ExtractedEntity, ExtractedRelation } from '../extract/types.ts';
import type { EntityType, EventKind, Predicate } from '../domain/index.ts';
import { ENTITY_TYPES, PREDICATES } from '../domain/index.ts';
import { scoreName } from '../domain/names.ts';

/** A gold entity as GUIDELINES.md writes it. */
export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
  generic?: boolean;
}

/** A gold relation as GUIDELINES.md writes it. */
export interface GoldRelation {
  subject: string[];
  predicate: Predicate;
  object: string[];
  count?: number | null;
  addressee?: string[] | null;
  evidence: string;
}

/** One weapon line of a gold event. */
export interface GoldWeaponLine {
  /** Gold readings of the weapon (entity names), best first. */
  weapon: string[];
  launched: number | null;
  intercepted: number | null;
}

/** A gold event as GUIDELINES.md writes it. */
export interface GoldEvent {
  kind: EventKind;
  date: string | null;
  attacker: string[];
  claimedBy: string[];
  weapons: GoldWeaponLine[];
  targets: string[];
  evidence: string;
}

/** One gold file; `events` is present in the gold files of the real sets. */
export interface GoldFile {
  document: string;
  published?: string | null;
  entities: GoldEntity[];
  relations: GoldRelation[];
  events?: GoldEvent[];
}

/** True/false positives and false negatives. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of a tally (1 when there is nothing to find and nothing was found). */
export interface Prf extends Tally {
  precision: number;
  recall: number;
  f1: number;
}

/** A miss or a false positive, for `--verbose`. */
export interface ScoreNote {
  document: string;
  kind: 'entity-miss' | 'entity-fp' | 'relation-miss' | 'relation-fp' | 'count-wrong';
  text: string;
}

/** Scores of one article or of a whole set. */
export interface Scores {
  entitiesByType: Record<EntityType, Tally>;
  generic: Tally;
  relationsByPredicate: Record<Predicate, Tally>;
  counts: { total: number; correct: number };
  notes: ScoreNote[];
}

const HEAD_NOUNS: ReadonlyArray<[RegExp, string]> = [
  [/air\s*-?\s*defen[cs]e|anti-?aircraft (system|gun|weapon)|surface-to-air missile system/i, 'air defense system'],
  [/missile/i, 'missile'],
  [/drone|uav|unmanned aerial|loitering/i, 'drone'],
  [/rocket/i, 'rocket'],
  [/aircraft|jet|bomber|fighter|warplane|plane/i, 'aircraft'],
];

/** The head noun class of a generic weapon name: missile, drone, rocket, aircraft, air defense system, or its last word. */
export function headNoun(name: string): string {
  for (const [pattern, head] of HEAD_NOUNS) if (pattern.test(name)) return head;
  const words = name.toLowerCase().trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return last.endsWith('s') && last.length > 3 ? last.slice(0, -1) : last;
}

function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

/** An empty score sheet. */
export function emptyScores(): Scores {
  const entitiesByType = {} as Record<EntityType, Tally>;
  for (const type of ENTITY_TYPES) entitiesByType[type] = tally();
  const relationsByPredicate = {} as Record<Predicate, Tally>;
  for (const predicate of PREDICATES) relationsByPredicate[predicate] = tally();
  return { entitiesByType, generic: tally(), relationsByPredicate, counts: { total: 0, correct: 0 }, notes: [] };
}

/**
 * Maximum bipartite matching (augmenting paths). `edges[l]` lists the right-hand indices that left `l` may match,
 * best first. Returns `matchOfLeft[l]` = right index or -1.
 */
export function bipartiteMatch(leftCount: number, rightCount: number, edges: number[][]): number[] {
  const matchOfRight = new Array<number>(rightCount).fill(-1);
  const matchOfLeft = new Array<number>(leftCount).fill(-1);
  const tryAssign = (left: number, seen: Uint8Array): boolean => {
    for (const right of edges[left] ?? []) {
      if (seen[right]) continue;
      seen[right] = 1;
      const holder = matchOfRight[right] as number;
      if (holder < 0 || tryAssign(holder, seen)) {
        matchOfRight[right] = left;
        matchOfLeft[left] = right;
        return true;
      }
    }
    return false;
  };
  for (let left = 0; left < leftCount; left++) tryAssign(left, new Uint8Array(rightCount));
  return matchOfLeft;
}

function namesOfPredicted(entity: ExtractedEntity): Set<string> {
  return new Set([entity.label, ...entity.aliases].map(scoreName).filter(Boolean));
}

function namesOfGold(entity: GoldEntity | undefined, fallback: string): Set<string> {
  const names = entity ? [entity.name, ...(entity.aliases ?? [])] : [fallback];
  return new Set(names.map(scoreName).filter(Boolean));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

/** How a predicted entity id matches a list of gold readings (gold entity names), or a generic class by head noun only. */
export type ReadingMatcher = (entityId: string, readings: readonly string[], allowHead: boolean) => boolean;

/**
 * The reading test of GUIDELINES.md for one article: the predicted entity's label and aliases against a gold reading's
 * name and aliases (the reading itself when the gold file lists no such entity); with `allowHead`, two generic weapon
 * classes also match by head noun.
 */
export function readingMatcher(gold: Pick<GoldFile, 'entities'>, predicted: Pick<DocumentExtraction, 'entities'>): ReadingMatcher {
  const goldByName = new Map<string, GoldEntity>();
  for (const g of gold.entities) goldByName.set(g.name, g);
  const entityById = new Map(predicted.entities.map((e) => [e.id, e]));
  return (entityId, readings, allowHead) => {
    const entity = entityById.get(entityId);
    if (!entity) return false;
    const names = namesOfPredicted(entity);
    for (const reading of readings) {
      const goldEntity = goldByName.get(reading);
      if (intersects(names, namesOfGold(goldEntity, reading))) return true;
      if (allowHead && entity.generic && goldEntity?.generic && headNoun(entity.label) === headNoun(goldEntity.name)) return true;
    }
    return false;
  };
}

/** Scores one article: its prediction against its gold file. */
export function scoreArticle(gold: GoldFile, predicted: DocumentExtraction): Scores {
  const scores = emptyScores();
  const documentName = gold.document;
  // 1. Entities: one-to-one matching, type must agree; generic classes tallied apart.
  const goldEntities = gold.entities;
  const predictedEntities = predicted.entities;
  const goldNames = goldEntities.map((g) => namesOfGold(g, g.name));
  const predictedNames = predictedEntities.map(namesOfPredicted);
  const entityEdges = predictedEntities.map((p, i) => {
    const exact: number[] = [];
    const loose: number[] = [];
    goldEntities.forEach((g, j) => {
      if (g.type !== p.type || Boolean(g.generic) !== p.generic) return;
      if (goldNames[j]?.has(scoreName(p.label))) exact.push(j);
      else if (intersects(predictedNames[i] as Set<string>, goldNames[j] as Set<string>)) loose.push(j);
    });
    return [...exact, ...loose];
  });
  const entityMatch = bipartiteMatch(predictedEntities.length, goldEntities.length, entityEdges);
  const goldMatched = new Array<boolean>(goldEntities.length).fill(false);
  predictedEntities.forEach((p, i) => {
    const target = p.generic ? scores.generic : scores.entitiesByType[p.type];
    const j = entityMatch[i] as number;
    if (j >= 0) {
      goldMatched[j] = true;
      target.tp++;
    } else {
      target.fp++;
      scores.notes.push({ document: documentName, kind: 'entity-fp', text: `${p.type}${p.generic ? ' (generic)' : ''} "${p.label}" [${p.aliases.slice(0, 4).join('; ')}]` });
    }
  });
  goldEntities.forEach((g, j) => {
    if (goldMatched[j]) return;
    (g.generic ? scores.generic : scores.entitiesByType[g.type]).fn++;
    scores.notes.push({ document: documentName, kind: 'entity-miss', text: `${g.type}${g.generic ? ' (generic)' : ''} "${g.name}"` });
  });
  // 2. Relations: predicate agrees, subject and object each match a reading; one-to-one per article.
  const entityById = new Map(predictedEntities.map((e) => [e.id, e]));
  const readingMatches = readingMatcher(gold, predicted);
  const predictedRelations = predicted.relations;
  const relationEdges = predictedRelations.map((r) => {
    const list: number[] = [];
    gold.relations.forEach((g, j) => {
      if (g.predicate !== r.predicate) return;
      if (readingMatches(r.subject, g.subject, false) && readingMatches(r.object, g.object, true)) list.push(j);
    });
    // Prefer gold relations whose count agrees, so count accuracy is not hurt by an arbitrary pairing.
    return list.sort((a, b) => Number((gold.relations[b]?.count ?? null) === r.count) - Number((gold.relations[a]?.count ?? null) === r.count));
  });
  const relationMatch = bipartiteMatch(predictedRelations.length, gold.relations.length, relationEdges);
  const goldRelationMatched = new Array<boolean>(gold.relations.length).fill(false);
  const describe = (r: ExtractedRelation): string => {
    const name = (id: string): string => entityById.get(id)?.label ?? id;
    return `${name(r.subject)} ${r.predicate} ${name(r.object)}${r.count !== null ? ` (${r.count})` : ''} :: ${r.evidence.text.slice(0, 160)}`;
  };
  predictedRelations.forEach((r, i) => {
    const j = relationMatch[i] as number;
    const target = scores.relationsByPredicate[r.predicate];
    if (j < 0) {
      target.fp++;
      scores.notes.push({ document: documentName, kind: 'relation-fp', text: describe(r) });
      return;
    }
    target.tp++;
    goldRelationMatched[j] = true;
    const goldCount = gold.relations[j]?.count;
    if (typeof goldCount === 'number') {
      scores.counts.total++;
      if (r.count === goldCount) scores.counts.correct++;
      else scores.notes.push({ document: documentName, kind: 'count-wrong', text: `${describe(r)} (gold count ${goldCount})` });
    }
  });
  gold.relations.forEach((g, j) => {
    if (goldRelationMatched[j]) return;
    scores.relationsByPredicate[g.predicate].fn++;
    scores.notes.push({
      document: documentName,
      kind: 'relation-miss',
      text: `${g.subject.join('/')} ${g.predicate} ${g.object.join('/')}${typeof g.count === 'number' ? ` (${g.count})` : ''} :: ${g.evidence.slice(0, 160)}`,
    });
  });
  return scores;
}

function add(into: Tally, from: Tally): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** Sums article scores (micro-average). */
export function sumScores(all: readonly Scores[]): Scores {
  const total = emptyScores();
  for (const s of all) {
    for (const type of ENTITY_TYPES) add(total.entitiesByType[type], s.entitiesByType[type]);
    add(total.generic, s.generic);
    for (const predicate of PREDICATES) add(total.relationsByPredicate[predicate], s.relationsByPredicate[predicate]);
    total.counts.total += s.counts.total;
    total.counts.correct += s.counts.correct;
    total.notes.push(...s.notes);
  }
  return total;
}

/** Precision, recall, F1 of a tally. */
export function prf(t: Tally): Prf {
  const precision = t.tp + t.fp === 0 ? (t.fn === 0 ? 1 : 0) : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? (t.fp === 0 ? 1 : 0) : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...t, precision, recall, f1 };
}

/** Sums tallies. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  const total = tally();
  for (const t of tallies) add(total, t);
  return total;
}
