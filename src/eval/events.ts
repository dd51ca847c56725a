/**
 * Scoring of events against gold files that have an `events` key, as ../shared/gold/GUIDELINES.md "Scoring" says:
 *  - within one article, a predicted event matches a gold event of the same kind when the attacker matches a gold
 *    reading and they share a weapon line or a target; each gold event is matched at most once, best overlap first;
 *  - within a matched pair, weapon lines match by weapon (as relation objects: a reading, or a generic class by head
 *    noun) and targets by name, one-to-one;
 *  - reported: event P/R/F1; date accuracy over matched events whose gold date is not null; weapon-line F1; the share
 *    of matched weapon lines whose launched and intercepted numbers both equal the gold; target F1.
 * Weapon lines and targets can only match inside a matched pair: those of an unmatched predicted event are false
 * positives and those of an unmatched gold event misses (so a spurious event costs its lines too). With this reading
 * the relations-grouped-per-article baseline scores as issue 9 reports it (dates 0.36, lines 0.66-0.68, targets 0.67).
 */
import type { DocumentExtraction, ExtractedEvent, WeaponLine } from '../extract/types.ts';
import { type GoldEvent, type GoldFile, type GoldWeaponLine, type ReadingMatcher, type Tally, bipartiteMatch, readingMatcher } from './score.ts';

/** A share: how many of `total` were right. */
export interface Share {
  correct: number;
  total: number;
}

/** A miss, a false positive or a wrong figure among events, for `--verbose`. */
export interface EventNote {
  document: string;
  kind: 'event-miss' | 'event-fp' | 'event-date' | 'line-miss' | 'line-fp' | 'line-numbers' | 'target-miss' | 'target-fp';
  text: string;
}

/** Event scores of one article or of a set. */
export interface EventScores {
  events: Tally;
  dates: Share;
  lines: Tally;
  numbers: Share;
  targets: Tally;
  notes: EventNote[];
}

/** An empty event score sheet. */
export function emptyEventScores(): EventScores {
  return {
    events: { tp: 0, fp: 0, fn: 0 },
    dates: { correct: 0, total: 0 },
    lines: { tp: 0, fp: 0, fn: 0 },
    numbers: { correct: 0, total: 0 },
    targets: { tp: 0, fp: 0, fn: 0 },
    notes: [],
  };
}

/** One-to-one matching of predicted weapon lines to gold lines; exact readings are preferred to head-noun matches. */
function matchLines(matches: ReadingMatcher, predicted: readonly WeaponLine[], gold: readonly GoldWeaponLine[]): number[] {
  const exact: number[][] = predicted.map(() => []);
  const head: number[][] = predicted.map(() => []);
  predicted.forEach((line, i) => {
    gold.forEach((g, j) => {
      if (matches(line.weapon, g.weapon, false)) exact[i]?.push(j);
      else if (matches(line.weapon, g.weapon, true)) head[i]?.push(j);
    });
  });
  // Exact readings first, then head-noun matches among the lines left over: a line that names the gold weapon keeps it
  // even when a line of another kind of its head ("decoy drone" for "drone") comes first.
  const match = bipartiteMatch(predicted.length, gold.length, exact);
  const taken = new Set(match.filter((j) => j >= 0));
  const rest = bipartiteMatch(
    predicted.length,
    gold.length,
    head.map((edges, i) => (match[i] === -1 ? edges.filter((j) => !taken.has(j)) : [])),
  );
  return match.map((j, i) => (j >= 0 ? j : (rest[i] as number)));
}

/** One-to-one matching of predicted targets (entity ids) to gold targets (names). */
function matchTargets(matches: ReadingMatcher, predicted: readonly string[], gold: readonly string[]): number[] {
  const edges = predicted.map((id) => gold.flatMap((name, j) => (matches(id, [name], false) ? [j] : [])));
  return bipartiteMatch(predicted.length, gold.length, edges);
}

function matchedCount(match: readonly number[]): number {
  let n = 0;
  for (const j of match) if (j >= 0) n++;
  return n;
}

/** How well a predicted event overlaps a gold event: 0 when they may not be matched. */
function overlap(matches: ReadingMatcher, p: ExtractedEvent, g: GoldEvent): number {
  if (p.kind !== g.kind) return 0;
  if (!(p.attacker === null ? g.attacker.length === 0 : matches(p.attacker, g.attacker, false))) return 0;
  return matchedCount(matchLines(matches, p.weapons, g.weapons)) + matchedCount(matchTargets(matches, p.targets, g.targets));
}

/** Scores the events of one article (gold entities give the names and aliases of the gold readings). */
export function scoreEvents(gold: GoldFile, predicted: DocumentExtraction): EventScores {
  const scores = emptyEventScores();
  const matches = readingMatcher(gold, predicted);
  const label = (id: string): string => predicted.entities.find((e) => e.id === id)?.label ?? id;
  const note = (kind: EventNote['kind'], text: string): void => {
    scores.notes.push({ document: gold.document, kind, text });
  };
  const describe = (e: ExtractedEvent): string =>
    `${e.kind} ${e.date ?? 'no date'} by ${e.attacker === null ? '?' : label(e.attacker)}: ${e.weapons.map((w) => `${label(w.weapon)} ${w.launched ?? '-'}/${w.intercepted ?? '-'}`).join(', ')} -> ${e.targets.map(label).join(', ')}`;
  const describeGold = (e: GoldEvent): string =>
    `${e.kind} ${e.date ?? 'no date'} by ${e.attacker.join('/')}: ${e.weapons.map((w) => `${w.weapon.join('/')} ${w.launched ?? '-'}/${w.intercepted ?? '-'}`).join(', ')} -> ${e.targets.join(', ')}`;
  // 1. Every admissible pair with its overlap; best overlap first, then document order.
  const goldEvents = gold.events ?? [];
  const events = predicted.events;
  const pairs: { p: number; g: number; score: number }[] = [];
  events.forEach((p, i) => {
    goldEvents.forEach((g, j) => {
      const score = overlap(matches, p, g);
      if (score > 0) pairs.push({ p: i, g: j, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.g - b.g);
  const goldOf = new Array<number>(events.length).fill(-1);
  const taken = new Array<boolean>(goldEvents.length).fill(false);
  for (const pair of pairs) {
    if (goldOf[pair.p] !== -1 || taken[pair.g]) continue;
    goldOf[pair.p] = pair.g;
    taken[pair.g] = true;
  }
  // 2. Matched pairs: date, weapon lines and their numbers, targets.
  events.forEach((p, i) => {
    const j = goldOf[i] as number;
    if (j < 0) {
      scores.events.fp++;
      scores.lines.fp += p.weapons.length;
      scores.targets.fp += p.targets.length;
      note('event-fp', describe(p));
      return;
    }
    const g = goldEvents[j] as GoldEvent;
    scores.events.tp++;
    if (g.date !== null) {
      scores.dates.total++;
      if (p.date === g.date) scores.dates.correct++;
      else note('event-date', `${p.date ?? 'null'} for gold ${g.date}: ${describeGold(g)}`);
    }
    const lineMatch = matchLines(matches, p.weapons, g.weapons);
    const goldLineMatched = new Array<boolean>(g.weapons.length).fill(false);
    p.weapons.forEach((line, k) => {
      const m = lineMatch[k] as number;
      if (m < 0) {
        scores.lines.fp++;
        note('line-fp', `${label(line.weapon)} ${line.launched ?? '-'}/${line.intercepted ?? '-'} in ${describeGold(g)}`);
        return;
      }
      const goldLine = g.weapons[m] as GoldWeaponLine;
      goldLineMatched[m] = true;
      scores.lines.tp++;
      scores.numbers.total++;
      if (line.launched === goldLine.launched && line.intercepted === goldLine.intercepted) scores.numbers.correct++;
      else note('line-numbers', `${label(line.weapon)} ${line.launched ?? '-'}/${line.intercepted ?? '-'} for gold ${goldLine.launched ?? '-'}/${goldLine.intercepted ?? '-'}`);
    });
    g.weapons.forEach((line, m) => {
      if (goldLineMatched[m]) return;
      scores.lines.fn++;
      note('line-miss', `${line.weapon.join('/')} ${line.launched ?? '-'}/${line.intercepted ?? '-'} in ${describeGold(g)}`);
    });
    const targetMatch = matchTargets(matches, p.targets, g.targets);
    const goldTargetMatched = new Array<boolean>(g.targets.length).fill(false);
    p.targets.forEach((id, k) => {
      const m = targetMatch[k] as number;
      if (m < 0) {
        scores.targets.fp++;
        note('target-fp', `${label(id)} in ${describeGold(g)}`);
        return;
      }
      goldTargetMatched[m] = true;
      scores.targets.tp++;
    });
    g.targets.forEach((name, m) => {
      if (goldTargetMatched[m]) return;
      scores.targets.fn++;
      note('target-miss', `${name} in ${describeGold(g)}`);
    });
  });
  goldEvents.forEach((g, j) => {
    if (taken[j]) return;
    scores.events.fn++;
    scores.lines.fn += g.weapons.length;
    scores.targets.fn += g.targets.length;
    note('event-miss', `${describeGold(g)} :: ${g.evidence.slice(0, 160)}`);
  });
  return scores;
}

/** Sums event scores (micro-average). */
export function sumEventScores(all: readonly EventScores[]): EventScores {
  const total = emptyEventScores();
  for (const s of all) {
    for (const key of ['events', 'lines', 'targets'] as const) {
      total[key].tp += s[key].tp;
      total[key].fp += s[key].fp;
      total[key].fn += s[key].fn;
    }
    for (const key of ['dates', 'numbers'] as const) {
      total[key].correct += s[key].correct;
      total[key].total += s[key].total;
    }
    total.notes.push(...s.notes);
  }
  return total;
}

/** The accuracy of a share (1 when there was nothing to judge). */
export function accuracy(share: Share): number {
  return share.total === 0 ? 1 : share.correct / share.total;
}
