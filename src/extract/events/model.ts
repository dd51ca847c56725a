/**
 * The event model of one document: the launched, intercepted and targeted relations as stated sentence by sentence
 * become events (GUIDELINES.md "Events"), in four steps:
 *  1. statements: each stated relation with its attacker (the launcher; for an interception the side whose weapons
 *     were downed), the third party that downed them if any ("Poland shot down Russian drones"), its time anchor
 *     (the nearest time expression of its sentence, else the day of the statement) and its claimant;
 *  2. segmentation: statements of one attacker and one day are one event; a statement without a time anchor joins
 *     the attacker's latest event (or the first one to come, for a headline); periods ("since December") are an
 *     event without a day;
 *  3. weapon lines per claimant: launched and intercepted per weapon, from sentences that may be far apart, each
 *     number from the body before the headline; "all N downed" spread over the types that add up to N;
 *  4. the event: kind `attack` when a launch or a strike is stated for itself (not only inside an interception
 *     report), targets, evidence, and each number from the first claim that states it.
 */
import type { RelationCandidate, Sentence } from '../context.ts';
import type { Span, WeaponLine } from '../types.ts';
import { ClaimFinder, MentionIndex, nearestFrame, type ClaimFrame } from './claims.ts';
import { findTimeExpressions, referenceDay, type TimeExpression } from './dates.ts';
import { eventLexicon, type EventLexicon } from './lexicon.ts';
import type { ClaimRecord, EventInput, EventRecord } from './types.ts';

/**
 * Launch rules whose weapon is named only inside another statement (an interception report, an owner's adjective):
 * such a launch alone does not make an event an attack. (Rule ids of src/extract/relations.)
 */
const SUBORDINATE_LAUNCH_RULES = new Set([
  'launched:owner',
  'launched:owner-of-intercepted',
  'launched:whole-of-partitive',
  'launched:relative',
  'launched:relative-including',
  'launched:including',
]);

/** When a statement took place, as far as its sentence tells. */
interface Anchor {
  kind: 'explicit' | 'period' | 'report' | 'none';
  date: string | null;
}

/** A stated relation, ready for segmentation. */
interface Statement {
  relation: RelationCandidate;
  attacker: string;
  /** A third party that downed the attacker's weapons, else "". */
  party: string;
  anchor: Anchor;
  claimant: string | null;
  /** Stated for itself, not only inside an interception report. */
  attackEvidence: boolean;
  /** In the headline or the lines before the body. */
  head: boolean;
}

/** Events of one attacker (and third party) being built. */
interface Group {
  attacker: string;
  date: string | null;
  statements: Statement[];
}

/** The first sentence of the body: the first that reads as prose (eight tokens or more, closed by a full stop). */
function bodyStart(input: EventInput): number {
  for (const s of input.sentences) {
    const last = input.tokens[s.tokenEnd - 1]?.normal ?? '';
    if (s.tokenEnd - s.tokenStart >= 8 && /^[.!?"”’)]$/.test(last)) return s.index;
  }
  return 0;
}

/** The side that attacks most often in the document (launches and strikes), or null. */
function mainAttacker(relations: readonly RelationCandidate[]): string | null {
  const tally = new Map<string, number>();
  for (const r of relations) if (r.predicate !== 'intercepted') tally.set(r.subject, (tally.get(r.subject) ?? 0) + 1);
  let best: string | null = null;
  for (const [side, n] of tally) if (best === null || n > (tally.get(best) ?? 0)) best = side;
  return best;
}

/** Builds the events of one document. */
export function buildEvents(input: EventInput, lex: EventLexicon = eventLexicon()): EventRecord[] {
  const relations = input.relations.filter((r) => r.predicate === 'launched' || r.predicate === 'intercepted' || r.predicate === 'targeted');
  if (!relations.length) return [];
  // 1. Statements.
  const mentions = new MentionIndex(input.mentions);
  const claims = new ClaimFinder(input, mentions, lex);
  const reference = referenceDay(input.text, input.published);
  const body = bodyStart(input);
  const main = mainAttacker(relations);
  const bySentence = new Map<number, RelationCandidate[]>();
  for (const r of relations) {
    const list = bySentence.get(r.sentence) ?? [];
    list.push(r);
    bySentence.set(r.sentence, list);
  }
  const perSentence = new Map<number, { times: TimeExpression[]; frames: ClaimFrame[]; launches: RelationCandidate[]; intercepts: boolean }>();
  const sentenceInfo = (index: number) => {
    let info = perSentence.get(index);
    if (!info) {
      const s = input.sentences[index] as Sentence;
      const here = bySentence.get(index) ?? [];
      info = {
        times: findTimeExpressions(input.text, reference, s.start, s.end),
        frames: claims.framesOf(s),
        launches: here.filter((r) => r.predicate === 'launched'),
        intercepts: here.some((r) => r.predicate === 'intercepted'),
      };
      perSentence.set(index, info);
    }
    return info;
  };
  const firstLauncher = new Map<string, string>();
  for (const r of relations) if (r.predicate === 'launched' && !firstLauncher.has(r.object)) firstLauncher.set(r.object, r.subject);
  const mentionsBySentence = new Map<number, { entity: string; start: number; end: number; token: number }[]>();
  for (const m of input.mentions) {
    const list = mentionsBySentence.get(m.sentence) ?? [];
    list.push({ entity: m.entity, start: m.start, end: m.end, token: m.tokenStart });
    mentionsBySentence.set(m.sentence, list);
  }
  const statements: Statement[] = [];
  for (const r of relations) {
    const info = sentenceInfo(r.sentence);
    const sentence = input.sentences[r.sentence] as Sentence;
    const object = mentionsBySentence.get(r.sentence)?.find((m) => m.entity === r.object);
    const at = object ?? { start: sentence.start, end: sentence.start, token: sentence.tokenStart };
    // 1a. The attacker; for an interception the side whose weapons were downed.
    let attacker = r.subject;
    let party = '';
    if (r.predicate === 'intercepted') {
      const sameSentence = info.launches.find((l) => l.object === r.object && l.subject !== r.subject)?.subject;
      const launcher = firstLauncher.get(r.object);
      attacker = sameSentence ?? input.opponentOf(r.subject) ?? (launcher !== undefined && launcher !== r.subject ? launcher : null) ?? main ?? '';
      if (attacker === '' || attacker === r.subject) continue;
      const defender = input.opponentOf(attacker);
      if (defender !== null && defender !== r.subject) party = r.subject;
    }
    // 1b. The anchor: the nearest time expression that dates an event, else the day of the statement.
    let anchor: Anchor = { kind: 'none', date: null };
    let distance = Infinity;
    for (const t of info.times) {
      if (t.kind === 'report') continue;
      const d = t.end <= at.start ? at.start - t.end : t.start >= at.end ? t.start - at.end : 0;
      if (d < distance) {
        distance = d;
        anchor = t.kind === 'period' ? { kind: 'period', date: null } : { kind: 'explicit', date: t.date };
      }
    }
    if (anchor.kind === 'none') {
      const report = info.times.find((t) => t.kind === 'report' && t.date !== null);
      if (report) anchor = { kind: 'report', date: report.date };
    }
    // 1c. The claimant: the nearest evidential frame of the sentence.
    const frame = nearestFrame(info.frames, at.token);
    const attackEvidence = r.predicate === 'launched' ? !SUBORDINATE_LAUNCH_RULES.has(r.rule) : r.predicate === 'targeted' && !info.intercepts;
    statements.push({ relation: r, attacker, party, anchor, claimant: frame?.speaker ?? null, attackEvidence, head: r.sentence < body });
  }
  // 2. Segmentation, in document order.
  const groups: Group[] = [];
  const sides = new Map<string, { byDate: Map<string, Group>; current: Group | null; floating: Statement[] }>();
  const open = (side: { byDate: Map<string, Group>; floating: Statement[]; current: Group | null }, s: Statement, key: string, date: string | null): Group => {
    let group = side.byDate.get(key);
    if (!group) {
      group = { attacker: s.attacker, date, statements: side.floating.splice(0) };
      side.byDate.set(key, group);
      groups.push(group);
    }
    return group;
  };
  for (const s of statements) {
    const sideKey = `${s.attacker}\u0000${s.party}`;
    let side = sides.get(sideKey);
    if (!side) {
      side = { byDate: new Map(), current: null, floating: [] };
      sides.set(sideKey, side);
    }
    let group: Group | null;
    if (s.anchor.kind === 'explicit') group = open(side, s, `day:${s.anchor.date ?? 'unknown'}`, s.anchor.date);
    else if (s.anchor.kind === 'period') group = open(side, s, 'period', null);
    else if (s.anchor.kind === 'report') group = side.byDate.get(`day:${s.anchor.date}`) ?? side.current ?? open(side, s, `day:${s.anchor.date}`, s.anchor.date);
    else group = side.current;
    if (!group) {
      side.floating.push(s);
      continue;
    }
    group.statements.push(s);
    side.current = group;
  }
  for (const side of sides.values()) {
    if (!side.floating.length) continue;
    const first = side.floating[0] as Statement;
    groups.push({ attacker: first.attacker, date: null, statements: side.floating.splice(0) });
  }
  // 3-4. Weapon lines per claimant, then the event.
  const events = groups.map((g) => toEvent(input, g));
  return events.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}

/** A stated number with where it was stated. */
interface Stated {
  count: number;
  head: boolean;
}

/** The number of a weapon line: the first stated in the body, else the first in the headline. */
function pick(values: readonly Stated[]): number | null {
  return (values.find((v) => !v.head) ?? values[0])?.count ?? null;
}

/**
 * "All 18 missiles were destroyed" and "six Kinzhal, nine Kalibr and three Iskander": when a class was downed in full
 * and the launched types of that class add up to it, each type was downed in full too.
 */
function spreadAllDowned(input: EventInput, lines: WeaponLine[]): void {
  for (const whole of lines) {
    if (!input.isGeneric(whole.weapon) || whole.launched === null || whole.launched !== whole.intercepted) continue;
    const head = input.classHead(whole.weapon);
    const parts = lines.filter((p) => p !== whole && p.launched !== null && input.classHead(p.weapon) === head);
    if (parts.length < 2 || parts.some((p) => p.intercepted !== null && p.intercepted !== p.launched)) continue;
    if (parts.reduce((sum, p) => sum + (p.launched ?? 0), 0) === whole.launched) for (const p of parts) p.intercepted = p.launched;
  }
}

/** Weapon lines of the statements of one claimant. */
function weaponLines(input: EventInput, statements: readonly Statement[]): WeaponLine[] {
  const lines = new Map<string, { launched: Stated[]; intercepted: Stated[] }>();
  for (const s of statements) {
    const r = s.relation;
    if (r.predicate === 'targeted') continue;
    let line = lines.get(r.object);
    if (!line) {
      line = { launched: [], intercepted: [] };
      lines.set(r.object, line);
    }
    if (r.count !== null) line[r.predicate === 'launched' ? 'launched' : 'intercepted'].push({ count: r.count, head: s.head });
  }
  const out: WeaponLine[] = [...lines].map(([weapon, l]) => ({ weapon, launched: pick(l.launched), intercepted: pick(l.intercepted) }));
  spreadAllDowned(input, out);
  // A bare class without numbers says nothing when a more specific weapon of that class has a line.
  return out.filter((line) => {
    if (!input.isGeneric(line.weapon) || line.launched !== null || line.intercepted !== null) return true;
    const head = input.classHead(line.weapon);
    return !out.some((other) => other !== line && input.classHead(other.weapon) === head);
  });
}

function sentenceSpans(input: EventInput, statements: readonly Statement[]): Span[] {
  const indices = [...new Set(statements.map((s) => s.relation.sentence))].sort((a, b) => a - b);
  return indices.map((i) => {
    const s = input.sentences[i] as Sentence;
    return { start: s.start, end: s.end };
  });
}

/** One group of statements as an event record. */
function toEvent(input: EventInput, group: Group): EventRecord {
  // 3. Claims: the statements of each claimant (null: the article itself), in order of first statement.
  const byClaimant = new Map<string | null, Statement[]>();
  for (const s of group.statements) {
    if (s.relation.predicate === 'targeted') continue;
    const list = byClaimant.get(s.claimant) ?? [];
    list.push(s);
    byClaimant.set(s.claimant, list);
  }
  const claims: ClaimRecord[] = [...byClaimant].map(([claimedBy, statements]) => ({
    claimedBy,
    weapons: weaponLines(input, statements),
    evidence: sentenceSpans(input, statements),
  }));
  // 4. The event's lines: every weapon of every claim, each number from the first claim that states it.
  const lines = new Map<string, WeaponLine>();
  for (const claim of claims) {
    for (const w of claim.weapons) {
      const line = lines.get(w.weapon);
      if (!line) lines.set(w.weapon, { ...w });
      else {
        line.launched ??= w.launched;
        line.intercepted ??= w.intercepted;
      }
    }
  }
  const weapons = [...lines.values()];
  spreadAllDowned(input, weapons);
  const targets: string[] = [];
  for (const s of group.statements) if (s.relation.predicate === 'targeted' && !targets.includes(s.relation.object)) targets.push(s.relation.object);
  return {
    kind: group.statements.some((s) => s.attackEvidence) ? 'attack' : 'interception',
    date: group.date,
    attacker: group.attacker,
    claimedBy: claims.flatMap((c) => (c.claimedBy !== null ? [c.claimedBy] : [])),
    weapons,
    targets,
    evidence: sentenceSpans(input, group.statements),
    claims,
  };
}
