/**
 * The document-level roles, computed in one place (step 18-roles) and read by whatever closes an open side: the
 * attacker of the article (the side that launches and strikes most, headline and lead weighing double), its
 * defender (the attacker's opponent), the first side that explicitly launched each weapon, and the speaker of the
 * quotation or report frame around a token (from the syntactic layer).
 */
import type { Mention } from '../layers.ts';
import type { SyntaxLayer } from '../syntax/index.ts';
import { NP } from '../syntax/index.ts';
import type { RelationCandidate } from './candidates.ts';
import type { DocView } from './view.ts';

/** The roles of one document (the `roles` layer of the context). */
export class DocumentRoles {
  /** The side that attacks in the article (the lexicon's default attacker when nothing tells). */
  readonly attacker: string;
  /** The attacker's opponent, or null when the lexicon names none. */
  readonly defender: string | null;
  /** Per weapon entity, the first side that the text says launched it. */
  readonly launcherOf: ReadonlyMap<string, string>;
  /** Per weapon entity, the sentence of that first explicit launch. */
  private readonly launchSentence = new Map<string, number>();
  /** Per sentence and weapon entity ("3:drone"), the first side that the sentence says launched it. */
  private readonly launcherIn = new Map<string, string>();
  private readonly view: DocView;
  private readonly syntax: SyntaxLayer | null;

  constructor(view: DocView, syntax: SyntaxLayer | null, kept: readonly RelationCandidate[]) {
    this.view = view;
    this.syntax = syntax;
    const ordered = kept.slice().sort((a, b) => a.sentence - b.sentence);
    this.attacker = mainAttacker(view, ordered);
    this.defender = view.lex.opponents.get(this.attacker) ?? null;
    const launcherOf = new Map<string, string>();
    for (const p of ordered) {
      if (p.predicate === 'launched' && p.subject !== null && p.object !== null && !launcherOf.has(p.object)) {
        launcherOf.set(p.object, p.subject);
        this.launchSentence.set(p.object, p.sentence);
      }
      const here = `${p.sentence}:${p.object}`;
      if (p.predicate === 'launched' && p.subject !== null && p.object !== null && !this.launcherIn.has(here)) this.launcherIn.set(here, p.subject);
    }
    this.launcherOf = launcherOf;
  }

  /**
   * The first side the text says launched `weapon`, when it says so at or before `sentence`, else undefined: a launch
   * told only later ("a response to Ukrainian drone attacks" in the last paragraph) does not decide who downed the
   * drones of an earlier paragraph. A launch told in the sentence itself comes first ("Russia sent 112 drones, and 89
   * were destroyed" after another side's drones named earlier, as in a live page told newest first).
   */
  launcherBefore(weapon: string, sentence: number): string | undefined {
    const here = this.launcherIn.get(`${sentence}:${weapon}`);
    if (here !== undefined) return here;
    const at = this.launchSentence.get(weapon);
    return at !== undefined && at <= sentence ? this.launcherOf.get(weapon) : undefined;
  }

  /** The actor mention that speaks the quotation or report frame holding token t (null when none, or no actor). */
  speakerAt(t: number): Mention | null {
    const syntax = this.syntax;
    if (!syntax) return null;
    const chunk = syntax.speakerOf(t);
    if (chunk < 0) return null;
    const m = this.view.mention(syntax.np(chunk, NP.head));
    return this.view.isActor(m) ? m : null;
  }
}

/** The side that attacks most often in the document (explicit subjects and weapon owners), with the lexicon's tie-break. */
export function mainAttacker(view: DocView, candidates: readonly RelationCandidate[]): string {
  const tally = new Map<string, number>();
  // A sentence votes once per side, however many candidates it holds ("9 Ukrainian drones had been downed" proposes
  // the drones' launch twice).
  const voted = new Set<string>();
  for (const p of candidates) {
    if (p.predicate !== 'launched' && p.predicate !== 'targeted') continue;
    // A place of a belligerent struck by a side left open is struck by the other side ("were aimed at ... in the
    // Poltava region": Russia).
    const holder = p.subject === null && p.predicate === 'targeted' && p.object ? view.holderOf(p.object) : null;
    const side = p.subject ?? p.weapon?.owner ?? (holder ? (view.lex.opponents.get(holder) ?? null) : null);
    // The headline and lead (first sentences) state the main event: they weigh double.
    if (side === null || voted.has(`${side} ${p.sentence}`)) continue;
    voted.add(`${side} ${p.sentence}`);
    tally.set(side, (tally.get(side) ?? 0) + (p.sentence < 4 ? 2 : 1));
  }
  // The lexicon's default attacker starts one vote ahead: a single late mention ("Moscow said 9 Ukrainian drones were
  // downed") does not turn an article's roles around; the lead, or two sentences, do.
  let best = view.lex.defaultAttacker;
  let bestCount = (tally.get(best) ?? 0) + 1;
  for (const [side, count] of tally) {
    if (count > bestCount) {
      best = side;
      bestCount = count;
    }
  }
  return best;
}
