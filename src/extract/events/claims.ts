/**
 * Claimants: who stated the figures of a clause. An evidential frame is a verb of saying with its speaker, on the
 * left ("Ukraine's air force said", "the ministry also reported", "Yurii Ihnat, the air force's spokesman, said",
 * "Ukrainian officials said") or, after a comma or quote, on the right ("..., said the air force"), or "according to X".
 * The speaker is a person, an organisation or a state (a demonym only when it qualifies a noun such as "officials").
 */
import type { Mention, Sentence } from '../layers.ts';
import type { Lexicon } from '../lexicon.ts';
import { ACTOR_TYPES, type EntityType } from '../../domain/index.ts';
import type { EventInput } from './types.ts';

/** A verb of saying and its speaker. */
export interface ClaimFrame {
  /** Entity key of the speaker. */
  speaker: string;
  /** Token index of the verb (or of "according"). */
  verb: number;
}

/** The domain's actor types (src/domain/entities.ts): who can be a speaker. */
const ACTORS: ReadonlySet<EntityType> = new Set(ACTOR_TYPES);
/** Tags of the words a speaker phrase is made of ("the air force's press service"). */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);

/** Mentions indexed by the token they start at and the token they end at (the longest one where several do). */
export class MentionIndex {
  private readonly starting = new Map<number, Mention>();
  private readonly ending = new Map<number, Mention>();

  constructor(mentions: readonly Mention[]) {
    for (const m of mentions) {
      const s = this.starting.get(m.tokenStart);
      if (!s || s.tokenEnd - s.tokenStart < m.tokenEnd - m.tokenStart) this.starting.set(m.tokenStart, m);
      const e = this.ending.get(m.tokenEnd - 1);
      if (!e || e.tokenEnd - e.tokenStart < m.tokenEnd - m.tokenStart) this.ending.set(m.tokenEnd - 1, m);
    }
  }

  /** The longest mention that starts at token `i`. */
  startingAt(i: number): Mention | undefined {
    return this.starting.get(i);
  }

  /** The longest mention whose last token is `i`. */
  endingAt(i: number): Mention | undefined {
    return this.ending.get(i);
  }
}

/** Finds the evidential frames of sentences. */
export class ClaimFinder {
  constructor(
    private readonly input: EventInput,
    private readonly mentions: MentionIndex,
    private readonly lex: Lexicon,
  ) {}

  private word(i: number): string {
    return this.input.tokens[i]?.normal ?? '';
  }

  /** The speaker an actor mention names, or null when it is no speaker (a place, a weapon, a bare demonym). */
  private speakerOf(m: Mention | undefined, verb: number): string | null {
    if (!m || !ACTORS.has(m.type) || m.generic) return null;
    if (m.kind === 'demonym') {
      // "Ukrainian officials said": the demonym qualifies a speaker noun before the verb.
      for (let k = m.tokenEnd; k < verb; k++) if (this.lex.claimantNouns.has(this.word(k))) return m.entity;
      return null;
    }
    return m.entity;
  }

  /** The speaker left of the verb at `v`, or null. */
  private leftSpeaker(sentence: Sentence, v: number): string | null {
    let j = v - 1;
    while (j >= sentence.tokenStart && this.lex.claimSpeakerGap.has(this.word(j))) j--;
    if (j < sentence.tokenStart) return null;
    if (this.word(j) === ',') {
      // "X, head of the Y, said": the speaker ends right before the comma that opens the apposition.
      for (let k = j - 1, steps = 0; k > sentence.tokenStart && steps < 16; k--, steps++) {
        if (this.word(k) !== ',') continue;
        return this.speakerOf(this.mentions.endingAt(k - 1), v);
      }
      return null;
    }
    for (let steps = 0; j >= sentence.tokenStart && steps < 5; j--, steps++) {
      const speaker = this.speakerOf(this.mentions.endingAt(j), v);
      if (speaker !== null) return speaker;
      if (!NOMINAL.has(this.input.tokens[j]?.pos ?? '') && this.word(j) !== "'s") return null;
    }
    return null;
  }

  /** The speaker right of position `from`, over at most a determiner, a title or two: "said the air force". */
  private rightSpeaker(sentence: Sentence, from: number, verb: number): string | null {
    for (let j = from, steps = 0; j < sentence.tokenEnd && steps < 5; j++, steps++) {
      const m = this.mentions.startingAt(j);
      if (m && ACTORS.has(m.type)) return m.kind === 'demonym' ? this.speakerAfterDemonym(m, sentence) : this.speakerOf(m, verb);
      if (!NOMINAL.has(this.input.tokens[j]?.pos ?? '')) return null;
    }
    return null;
  }

  /** "according to Ukrainian officials": a demonym right of the verb qualifies a speaker noun after it. */
  private speakerAfterDemonym(m: Mention, sentence: Sentence): string | null {
    for (let k = m.tokenEnd; k < Math.min(sentence.tokenEnd, m.tokenEnd + 3); k++) if (this.lex.claimantNouns.has(this.word(k))) return m.entity;
    return null;
  }

  /** The evidential frames of one sentence, in token order. */
  framesOf(sentence: Sentence): ClaimFrame[] {
    const frames: ClaimFrame[] = [];
    for (let v = sentence.tokenStart; v < sentence.tokenEnd; v++) {
      const word = this.word(v);
      let speaker: string | null = null;
      if (word === 'according' && this.word(v + 1) === 'to') {
        speaker = this.rightSpeaker(sentence, v + 2, v);
      } else if (this.lex.claimVerbs.has(word)) {
        speaker = this.leftSpeaker(sentence, v);
        const before = this.word(v - 1);
        if (speaker === null && (before === ',' || before === '"' || before === '”' || v === sentence.tokenStart)) speaker = this.rightSpeaker(sentence, v + 1, v);
      }
      if (speaker !== null) frames.push({ speaker, verb: v });
    }
    return frames;
  }
}

/** The frame nearest to token `position` (the claimant of a statement there), or null when the sentence has none. */
export function nearestFrame(frames: readonly ClaimFrame[], position: number): ClaimFrame | null {
  let best: ClaimFrame | null = null;
  for (const f of frames) if (!best || Math.abs(f.verb - position) < Math.abs(best.verb - position)) best = f;
  return best;
}
