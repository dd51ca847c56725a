/**
 * Layer step 2: noun-phrase chunks. One left-to-right pass per sentence builds each chunk from
 *
 *   [possessor 's | determiner] [quantity [of [det] [number]]] [pre-modifiers] head   ("of" complement)
 *
 * where the quantity is a qualified number ("more than 300", "about 40"), a quantifier ("all ten", "dozens of",
 * "none of the"), or a partitive ("31 of the 36", "two of them"). Mentions, when given, are never split: all their
 * tokens join the chunk whatever their tags. Step 4 (coordination, apposition) is at the end of this file.
 */
import * as types from './types.ts';
import * as lexicon from './lexicon.ts';
import type { SyntaxLayer } from './layer.ts';

// Local copies of the constant tables: under the tsx loader an imported binding is a getter, too slow to
// call in per-token loops.
const { CO, CO_KIND, COF, NP, NPF, SHAPE, Tag, VG, VGF } = types;
const { W } = lexicon;

// Scratch results of `readNumber` (no allocation per number).
let numberEnd = 0;
let numberValue = -1;

/** Reads a number starting at token k ("35", "1,200", "Forty-three", "two hundred", "3 million"); false if none. */
function readNumber(layer: SyntaxLayer, k: number, end: number): boolean {
  const { tag, cls, shape, lex } = layer;
  if (k >= end) return false;
  const isWordNumber = (cls[k]! & W.NUMBER_WORD) !== 0;
  if (tag[k] !== Tag.NUM && !isWordNumber) return false;
  let value = -1;
  let j = k;
  if (isWordNumber) {
    value = lex.numberValue.get(layer.word(k)) ?? -1;
    j = k + 1;
    // "Thirty-five" (tokens glued by a hyphen) and "forty five".
    if (j + 1 < end && lex.dash.has(layer.word(j)) && shape[j]! & SHAPE.GLUED && shape[j + 1]! & SHAPE.GLUED && cls[j + 1]! & W.NUMBER_WORD) {
      value += lex.numberValue.get(layer.word(j + 1)) ?? 0;
      j += 2;
    } else if (j < end && value >= 20 && value < 100 && value % 10 === 0 && cls[j]! & W.NUMBER_WORD) {
      const unit = lex.numberValue.get(layer.word(j)) ?? 0;
      if (unit > 0 && unit < 10) {
        value += unit;
        j++;
      }
    }
  } else {
    const text = layer.tokens[k]!.text.replace(/,/g, '');
    const parsed = Number(text);
    value = Number.isFinite(parsed) ? parsed : -1;
    j = k + 1;
  }
  // "two hundred", "3 million".
  while (j < end && lex.multiplier.has(layer.word(j)) && value >= 0) {
    value *= lex.numberValue.get(layer.word(j)) ?? 1;
    j++;
  }
  numberEnd = j;
  numberValue = value > 2147483647 ? -1 : Math.round(value);
  return true;
}

/** Can token k continue a noun phrase after a determiner (a quantity, a modifier, a noun, a mention)? */
function nominalAhead(layer: SyntaxLayer, k: number, end: number): boolean {
  if (k >= end) return false;
  if (layer.mentionOf[k]! >= 0) return true;
  const t = layer.tag[k];
  if (t === Tag.NOUN || t === Tag.PROPN || t === Tag.ADJ || t === Tag.NUM || t === Tag.X) return true;
  if ((layer.cls[k]! & (W.QUANTIFIER | W.NUMBER_WORD | W.NUMBER_QUALIFIER)) !== 0 && t !== Tag.PUNCT) return true;
  // "the guided missiles", "the sea-launched": a participle after a determiner.
  return t === Tag.VERB && (layer.shape[k]! & (SHAPE.ED | SHAPE.ING)) !== 0;
}

/** Is token k a dash glued on both sides (the middle of "sea-launched", "Iskander-M")? */
function gluedDash(layer: SyntaxLayer, k: number, end: number): boolean {
  return k + 1 < end && (layer.shape[k]! & SHAPE.GLUED) !== 0 && (layer.shape[k + 1]! & SHAPE.GLUED) !== 0 && layer.lex.dash.has(layer.word(k));
}

/**
 * Does a zero relative start at the name at k, after a common noun ("the help Washington could offer would be",
 * "the drones Russia fired hit")? Yes when a verb follows the name and a second verb follows that one before any
 * punctuation or conjunction; "the capital Kyiv was hit" has no second verb and keeps "Kyiv" as its head.
 */
function zeroRelativeAt(layer: SyntaxLayer, k: number, end: number): boolean {
  const { tag } = layer;
  let e = k;
  while (e < end && (tag[e] === Tag.PROPN || layer.mentionOf[e]! >= 0)) e++;
  if (tag[e] !== Tag.VERB && tag[e] !== Tag.AUX) return false;
  while (e < end && (tag[e] === Tag.AUX || tag[e] === Tag.ADV || tag[e] === Tag.PART)) e++;
  if (tag[e] === Tag.VERB) e++;
  for (let j = e; j < end && j < e + 10; j++) {
    const t = tag[j];
    if (t === Tag.VERB || t === Tag.AUX) return true;
    if (t === Tag.CCONJ || t === Tag.SCONJ || (t === Tag.PUNCT && layer.word(j) !== '-')) return false;
  }
  return false;
}

/** Is token k a noun or proper noun (or a foreign word)? */
function isNoun(tag: number): boolean {
  return tag === Tag.NOUN || tag === Tag.PROPN || tag === Tag.X;
}

// Scratch state of the chunk under construction.
let qStart = -1;
let qEnd = -1;
let qCount = -1;
let qPart = -1;
let qFlags = 0;
let qHead = -1;

/**
 * Reads a quantity at k into the q* scratch fields and returns the token after it (k when there is none):
 * [qualifier] number | quantifier [number], then an optional partitive "of [det] [number]".
 */
function readQuantity(layer: SyntaxLayer, k: number, end: number): number {
  const { cls, lex } = layer;
  qStart = -1;
  qEnd = -1;
  qCount = -1;
  qPart = -1;
  qFlags = 0;
  qHead = -1;
  let j = k;
  // 1. Qualifier phrase, only when a number follows it ("more than 300"; "about the attack" is no quantity).
  if (cls[j]! & W.NUMBER_QUALIFIER) {
    const list = lex.qualifiers.get(layer.word(j));
    if (list) {
      for (const q of list) {
        let ok = j + q.words.length < end;
        for (let w = 1; ok && w < q.words.length; w++) ok = layer.word(j + w) === q.words[w];
        if (!ok) continue;
        const after = j + q.words.length;
        if (!readNumber(layer, after, end) && !(cls[after]! & W.VAGUE)) continue;
        qFlags |= q.kind === 'min' ? NPF.AT_LEAST : q.kind === 'max' ? NPF.AT_MOST : q.kind === 'approx' ? NPF.APPROX : 0;
        qStart = j;
        j = after;
        break;
      }
    }
  }
  // 2. A number, or a quantifier with an optional number ("all ten", "the other 33", "dozens").
  if (readNumber(layer, j, end)) {
    // "after 3 a.m.": a clock time counts nothing.
    if (lex.clockMark.has(layer.word(numberEnd))) return k;
    if (qStart < 0) qStart = j;
    qCount = numberValue;
    qHead = numberEnd - 1;
    j = numberEnd;
  } else if (cls[j]! & (W.QUANTIFIER | W.VAGUE) && layer.tag[j] !== Tag.PUNCT && !(cls[j]! & W.NUMBER_QUALIFIER && layer.word(j + 1) === 'than')) {
    const w = layer.word(j);
    if (qStart < 0) qStart = j;
    if (w === 'all' || w === 'both' || w === 'each') qFlags |= NPF.ALL;
    else if (w === 'none') qFlags |= NPF.NEGATIVE;
    if (cls[j]! & W.VAGUE) qFlags |= NPF.APPROX;
    qHead = j;
    j++;
    if (readNumber(layer, j, end)) {
      qCount = numberValue;
      qHead = numberEnd - 1;
      j = numberEnd;
    }
  } else {
    return k;
  }
  qEnd = j;
  // 3. Partitive: "31 of the 36", "most of them", "all of which", "none of the drones". "dozens of X" is no part.
  if (layer.word(j) === 'of' && j + 1 < end) {
    let m = j + 1;
    const vague = (cls[qHead]! & W.VAGUE) !== 0 && qCount < 0;
    const pronoun = cls[m]! & W.RELATIVE || cls[m]! & W.OBJECT_PRONOUN || (layer.tag[m] === Tag.PRON && lex.demonstrative.has(layer.word(m)));
    if (!pronoun && cls[m]! & (W.DETERMINER | W.POSSESSIVE) && layer.tag[m] !== Tag.PRON) m++;
    else if (!pronoun && vague) {
      qEnd = j + 1;
      return j + 1;
    }
    if (cls[m]! & W.RELATIVE || cls[m]! & W.OBJECT_PRONOUN || (layer.tag[m] === Tag.PRON && lex.demonstrative.has(layer.word(m)))) {
      qPart = qCount;
      qCount = -1;
      qFlags |= NPF.PARTITIVE | (cls[m]! & W.RELATIVE ? NPF.RELATIVE : NPF.PRONOUN);
      qHead = m;
      qEnd = m + 1;
      return m + 1;
    }
    if (readNumber(layer, m, end)) {
      qPart = qCount;
      qCount = numberValue;
      qFlags |= NPF.PARTITIVE;
      qHead = numberEnd - 1;
      qEnd = numberEnd;
      return numberEnd;
    }
    if (nominalAhead(layer, m, end)) {
      qPart = qCount;
      qCount = -1;
      qFlags |= NPF.PARTITIVE;
      qEnd = m;
      return m;
    }
  }
  return j;
}

/** Records a chunk and returns its index. */
function addChunk(layer: SyntaxLayer, s: number, start: number, end: number, head: number, own: number): number {
  const c = layer.nps.add();
  const nps = layer.nps;
  nps.set(c, NP.start, start);
  nps.set(c, NP.end, end);
  nps.set(c, NP.head, head);
  nps.set(c, NP.sentence, s);
  nps.set(c, NP.flags, 0);
  // Tokens of a possessor keep pointing at the possessor chunk: only the chunk's own tokens are marked.
  for (let t = own; t < end; t++) layer.npOf[t] = c;
  return c;
}

/** Chunks one sentence: [start, end) tokens. */
export function chunkSentence(layer: SyntaxLayer, s: number, start: number, end: number): void {
  const { tag, cls, mentionOf } = layer;
  let i = start;
  while (i < end) {
    // Fast path: tokens that cannot open a chunk (verbs, conjunctions, punctuation, prepositions and adverbs that
    // are no number qualifier, particles other than "'s").
    const t = tag[i]!;
    if (mentionOf[i]! < 0 && !(cls[i]! & (W.NUMBER_QUALIFIER | W.QUANTIFIER | W.RELATIVE))) {
      const closed = t === Tag.VERB || t === Tag.AUX || t === Tag.CCONJ || t === Tag.SCONJ || t === Tag.PUNCT || t === Tag.PART || t === Tag.INTJ || t === Tag.ADP || t === Tag.ADV;
      if (closed && !(t === Tag.VERB && gluedDash(layer, i + 1, end))) {
        i++;
        continue;
      }
    }
    const next = parseChunk(layer, s, i, end, -1);
    i = next > i ? next : i + 1;
  }
}

/**
 * Parses a chunk at token i and returns the token after it (i when there is no chunk). `possessor` >= 0 parses the
 * possessed chunk after "X's" (token i is the "'s").
 */
function parseChunk(layer: SyntaxLayer, s: number, i: number, end: number, possessor: number): number {
  const { tag, cls, shape, mentionOf, lex, nps } = layer;
  let k = i;
  let det = -1;
  let flags = 0;
  const start = possessor >= 0 ? nps.get(possessor, NP.start) : i;
  if (possessor >= 0) {
    det = i;
    flags |= NPF.DEFINITE;
    k = i + 1;
  } else {
    const t = tag[k]!;
    const w = cls[k]!;
    const mention = mentionOf[k]!;
    // 1. A pronoun standing alone ("they", "it", "which", "these").
    const pronounMention = mention >= 0 && layer.mentions[mention]!.kind === 'pronoun';
    if ((mention < 0 || pronounMention) && t === Tag.PRON && !(w & W.POSSESSIVE) && !(w & W.QUANTIFIER)) {
      const word = layer.word(k);
      if (word === 'that' && layer.tag[k + 1] === Tag.NOUN) {
        // "that city": a determiner, read below.
      } else if (w & W.RELATIVE && word !== 'where') {
        const relative = word !== 'that' || (k > 0 && (layer.npOf[k - 1]! >= 0 || layer.word(k - 1) === ','));
        if (!relative) return k;
        const c = addChunk(layer, s, k, k + 1, k, k);
        nps.set(c, NP.flags, NPF.RELATIVE);
        return k + 1;
      } else if (w & (W.SUBJECT_PRONOUN | W.OBJECT_PRONOUN) || lex.demonstrative.has(word) || pronounMention) {
        const c = addChunk(layer, s, k, k + 1, k, k);
        nps.set(c, NP.flags, NPF.PRONOUN);
        if (mention >= 0) nps.set(c, NP.mention, mention);
        return k + 1;
      } else {
        return k;
      }
    }
    // 2. Determiner or possessive pronoun.
    if (w & (W.DETERMINER | W.POSSESSIVE) && (t === Tag.DET || t === Tag.PRON || w & W.POSSESSIVE) && !(w & W.RELATIVE && t !== Tag.DET)) {
      if (!nominalAhead(layer, k + 1, end)) {
        if (lex.demonstrative.has(layer.word(k)) && t !== Tag.SCONJ) {
          const c = addChunk(layer, s, k, k + 1, k, k);
          nps.set(c, NP.flags, NPF.PRONOUN);
          return k + 1;
        }
        return k;
      }
      det = k;
      const word = layer.word(k);
      if (word === 'no') flags |= NPF.NEGATIVE;
      else if (word !== 'a' && word !== 'an' && word !== 'another' && word !== 'any' && word !== 'each' && word !== 'every') flags |= NPF.DEFINITE;
      k++;
    }
  }
  // 3. Quantity.
  let quantStart = -1;
  let quantEnd = -1;
  let count = -1;
  let part = -1;
  let quantHead = -1;
  const afterQuantity = readQuantity(layer, k, end);
  if (afterQuantity > k) {
    quantStart = qStart;
    quantEnd = qEnd;
    count = qCount;
    part = qPart;
    quantHead = qHead;
    flags |= qFlags;
    k = afterQuantity;
    if (flags & (NPF.RELATIVE | NPF.PRONOUN) && flags & NPF.PARTITIVE) {
      const c = addChunk(layer, s, start, k, quantHead, possessor >= 0 ? i : start);
      setQuantity(layer, c, det, quantStart, quantEnd, count, part, flags);
      return k;
    }
  }
  // 4. Pre-modifiers and head.
  let head = -1;
  let lastNominalEnd = -1;
  let mod = -1;
  let mention = -1;
  let lastAdjEnd = -1;
  while (k < end) {
    const m = mentionOf[k]!;
    if (m >= 0) {
      const mentionEnd = Math.min(end, layer.mentions[m]!.tokenEnd);
      // A new name right after a common noun can start a zero relative ("the drones Russia fired hit ...").
      if (head >= 0 && layer.mentions[m]!.tokenStart === k && tag[head] === Tag.NOUN && zeroRelativeAt(layer, k, end)) break;
      if (mod < 0) mod = k;
      head = mentionEnd - 1;
      lastNominalEnd = mentionEnd;
      mention = m;
      k = mentionEnd;
      // "Iranian-designed", "Russian-made": a mention glued by a hyphen to the next word is a compound modifier.
      if (gluedDash(layer, k, end) && mentionOf[k + 1]! < 0) {
        let u = k + 1;
        while (gluedDash(layer, u + 1, end)) u += 2;
        if (isNoun(tag[u]!) || tag[u] === Tag.NUM) {
          head = u;
          lastNominalEnd = u + 1;
        } else {
          lastAdjEnd = u + 1;
        }
        mention = -1;
        k = u + 1;
      }
      continue;
    }
    const t = tag[k]!;
    // Glued compound ("sea-launched", "Iskander-M", "Russian-made"): the unit takes the tag of its last part.
    if (gluedDash(layer, k + 1, end) && (isNoun(t) || t === Tag.ADJ || t === Tag.NUM || t === Tag.VERB) && mentionOf[k + 1]! < 0) {
      let u = k + 2;
      while (gluedDash(layer, u + 1, end)) u += 2;
      const last = tag[u]!;
      if (mod < 0) mod = k;
      if (isNoun(last) || last === Tag.NUM) {
        head = u;
        lastNominalEnd = u + 1;
      } else {
        lastAdjEnd = u + 1;
      }
      k = u + 1;
      continue;
    }
    // "Russia last week fired": a time expression after a head starts a chunk of its own.
    if (head >= 0 && cls[k]! & W.TEMPORAL_MODIFIER && k + 1 < end && cls[k + 1]! & W.TEMPORAL) break;
    if (isNoun(t)) {
      if (head >= 0 && t === Tag.PROPN && tag[head] === Tag.NOUN && zeroRelativeAt(layer, k, end)) break;
      if (mod < 0) mod = k;
      head = k;
      lastNominalEnd = k + 1;
      k++;
      continue;
    }
    if (t === Tag.ADJ) {
      // An adjective after a common-noun head starts another phrase ("gave the army new tanks"); after a name it
      // is a modifier of a longer name ("the Tarn regional council").
      if (head >= 0 && tag[head] === Tag.NOUN && mentionOf[head]! < 0) break;
      if (mod < 0) mod = k;
      lastAdjEnd = k + 1;
      k++;
      continue;
    }
    if (t === Tag.NUM) {
      // "the remaining 20 drones", "Russia's 40 drones" (a count after modifiers); "Shahed 136 drones" (a model number).
      if (count < 0 && head < 0 && readNumber(layer, k, end) && nominalAhead(layer, numberEnd, end)) {
        count = numberValue;
        if (quantStart < 0) quantStart = k;
        quantEnd = numberEnd;
        k = numberEnd;
        continue;
      }
      if (head >= 0 && tag[head] === Tag.PROPN && isNoun(tag[k + 1] ?? 0)) {
        k++;
        continue;
      }
      // "May 3", "Aug 28": a day after a month.
      if (head >= 0 && head === k - 1 && cls[head]! & W.MONTH) {
        head = k;
        lastNominalEnd = k + 1;
        flags |= NPF.TEMPORAL;
        k++;
        continue;
      }
      break;
    }
    if (t === Tag.VERB && head < 0 && (det >= 0 || quantStart >= 0 || mod >= 0) && (shape[k]! & (SHAPE.ED | SHAPE.ING) || cls[k]! & W.PARTICIPLE)) {
      // "the guided missiles", "35 attacking drones": a participle before the first noun, when a noun follows.
      const n1 = tag[k + 1] ?? 0;
      if (isNoun(n1) || n1 === Tag.NUM || (n1 === Tag.ADJ && isNoun(tag[k + 2] ?? 0)) || mentionOf[k + 1]! >= 0) {
        if (mod < 0) mod = k;
        k++;
        continue;
      }
    }
    break;
  }
  // 5. Close the chunk: trailing adjectives without a noun are left out ("Kyiv overnight").
  let chunkEnd = lastNominalEnd;
  if (head < 0) {
    if (lastAdjEnd > 0 && (cls[lastAdjEnd]! & W.COORDINATOR || layer.word(lastAdjEnd) === ',') && nominalAhead(layer, lastAdjEnd + 1, end)) {
      // "Russian and Belarusian territory": a modifier-only conjunct whose head comes later.
      head = lastAdjEnd - 1;
      chunkEnd = lastAdjEnd;
      flags |= NPF.MODIFIER_ONLY;
    } else if (lastAdjEnd > 0 && det >= 0) {
      head = lastAdjEnd - 1; // "the wounded", "the Russian"
      chunkEnd = lastAdjEnd;
    } else if (quantHead >= 0) {
      head = quantHead;
      chunkEnd = Math.max(quantEnd, quantHead + 1);
      flags |= NPF.ELLIPTIC;
    } else if (possessor >= 0) {
      return i;
    } else if (det >= 0 && lex.demonstrative.has(layer.word(det))) {
      const c = addChunk(layer, s, det, det + 1, det, det);
      nps.set(c, NP.flags, NPF.PRONOUN);
      return det + 1;
    } else {
      return i;
    }
  } else if (lastAdjEnd > chunkEnd) {
    // Trailing adjectives stay outside.
  }
  if (mod >= 0 && mod >= head) mod = -1;
  if (mention < 0 || layer.mentions[mention]!.tokenEnd - 1 !== head) mention = mentionOf[head]!;
  const c = addChunk(layer, s, start, chunkEnd, head, possessor >= 0 ? i : start);
  setQuantity(layer, c, det, quantStart, quantEnd, count, part, flags);
  nps.set(c, NP.mod, mod);
  if (mention >= 0) nps.set(c, NP.mention, mention);
  if (possessor >= 0) nps.set(c, NP.poss, possessor);
  const headTag = tag[head]!;
  const m = mention >= 0 ? layer.mentions[mention]! : null;
  if (headTag === Tag.PROPN || (m && (m.kind === 'name' || m.kind === 'capital'))) nps.flag(c, NP.flags, NPF.PROPER);
  if (cls[head]! & W.TEMPORAL && !m && !(flags & NPF.ELLIPTIC) && (det < 0 || cls[det]! & W.TEMPORAL_MODIFIER || cls[det]! & W.DETERMINER)) {
    if (det < 0 || cls[det]! & W.TEMPORAL_MODIFIER || (mod >= 0 && cls[mod]! & W.TEMPORAL_MODIFIER) || count >= 0 || headTag === Tag.PROPN) nps.flag(c, NP.flags, NPF.TEMPORAL);
  }
  if (mod >= 0 && cls[mod]! & W.TEMPORAL_MODIFIER && cls[head]! & W.TEMPORAL) nps.flag(c, NP.flags, NPF.TEMPORAL);
  // 6. A possessive "'s" makes this chunk the possessor of the next one.
  let after = chunkEnd;
  const w = layer.word(after);
  if ((w === "'s" || (w === "'" && shape[after]! & SHAPE.GLUED)) && tag[after] !== Tag.AUX && after + 1 < end) {
    const possessed = parseChunk(layer, s, after, end, c);
    if (possessed > after) {
      nps.flag(c, NP.flags, NPF.POSSESSOR);
      return possessed;
    }
  }
  // 7. An "of" complement ("head of the presidential office", "the city of Kharkiv").
  if (w === 'of' && after + 1 < end && !(flags & NPF.ELLIPTIC)) {
    let first = nps.size;
    const next = parseChunk(layer, s, after + 1, end, -1);
    if (next > after + 1) {
      // "head of Ukraine's air force": the complement is the possessed chunk, not its possessor.
      while (first + 1 < nps.size && nps.get(first + 1, NP.poss) === first) first++;
      nps.set(c, NP.of, first);
      nps.flag(first, NP.flags, NPF.OF_COMPLEMENT);
      after = next;
    }
  }
  return after;
}

function setQuantity(layer: SyntaxLayer, c: number, det: number, quantStart: number, quantEnd: number, count: number, part: number, flags: number): void {
  const nps = layer.nps;
  nps.set(c, NP.det, det);
  nps.set(c, NP.quantStart, quantStart);
  nps.set(c, NP.quantEnd, quantStart >= 0 ? quantEnd : -1);
  nps.set(c, NP.count, count);
  nps.set(c, NP.part, part);
  nps.flag(c, NP.flags, flags);
}

/** Marks the preposition governing each chunk of a sentence ("at" of "at Kyiv"). */
export function markPrepositions(layer: SyntaxLayer, npStart: number, npEnd: number, sentenceStart: number): void {
  const { nps, tag } = layer;
  for (let c = npStart; c < npEnd; c++) {
    const first = nps.get(c, NP.start);
    const p = first - 1;
    if (p < sentenceStart) continue;
    if (nps.get(c, NP.flags) & NPF.OF_COMPLEMENT) {
      nps.set(c, NP.prep, p);
      continue;
    }
    // SCONJ words are left out: "if Russia attacks", "while residents slept" open clauses, not phrases.
    // A verb particle is no preposition ("shot down 20 drones").
    if (layer.cls[p]! & W.PARTICLE && p > sentenceStart && tag[p - 1] === Tag.VERB) continue;
    if (tag[p] === Tag.ADP || (layer.word(p) === 'to' && tag[p] === Tag.PART && tag[first] !== Tag.VERB)) {
      nps.set(c, NP.prep, p);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Step 4: coordination and apposition.

/** Is token k a finite-looking verb start (the verb of a new clause after "and X")? */
function verbStartsAt(layer: SyntaxLayer, k: number): boolean {
  const g = layer.vgOf[k]!;
  return g >= 0 && (layer.vgs.get(g, VG.flags) & (VGF.FINITE | VGF.REDUCED)) === VGF.FINITE;
}

/** Kind of join between chunk a (ending at `from`) and the next chunk starting at `to`; 0 when they are not joined. */
const JOIN_COMMA = 9;
function joinKind(layer: SyntaxLayer, from: number, to: number, comitative: boolean, list: boolean): number {
  const gap = to - from;
  const w0 = layer.word(from);
  if (gap === 1) {
    if (w0 === ',') return JOIN_COMMA;
    if (w0 === 'and' || w0 === '&' || w0 === 'plus') return CO_KIND.AND;
    if (w0 === 'or' || w0 === 'nor') return CO_KIND.OR;
    if (w0 === 'alongside' || (w0 === 'with' && comitative)) return CO_KIND.COMITATIVE;
    if (w0 === ';' && list) return CO_KIND.LIST;
    return 0;
  }
  const w1 = layer.word(from + 1);
  if (gap === 2) {
    if (w0 === ',' && (w1 === 'and' || w1 === 'plus')) return CO_KIND.AND;
    if (w0 === ',' && w1 === 'or') return CO_KIND.OR;
    if ((w0 === 'along' || w0 === 'together') && w1 === 'with') return CO_KIND.COMITATIVE;
    if (w0 === 'and/or') return CO_KIND.OR;
    if (w0 === ';' && w1 === 'and' && list) return CO_KIND.LIST;
    return 0;
  }
  if (gap === 3 && w0 === 'as' && w1 === 'well' && layer.word(from + 2) === 'as') return CO_KIND.COMITATIVE;
  if (gap === 3 && w0 === ',' && (w1 === 'along' || w1 === 'together') && layer.word(from + 2) === 'with') return CO_KIND.COMITATIVE;
  return 0;
}

/** Is chunk c the object of a comitative verb ("mixed X with Y", "combined X with Y")? */
function comitativeObject(layer: SyntaxLayer, c: number, sentenceStart: number): boolean {
  const first = layer.nps.get(c, NP.start);
  for (let k = first - 1; k >= sentenceStart && k >= first - 3; k--) {
    if (layer.cls[k]! & W.COMITATIVE_VERB && (layer.tag[k] === Tag.VERB || layer.tag[k] === Tag.ADJ)) return true;
    if (layer.tag[k] !== Tag.ADV && layer.tag[k] !== Tag.DET) return false;
  }
  return false;
}

/** Can chunk c be a conjunct at all (not a relative pronoun, not a time expression)? */
function conjunctable(layer: SyntaxLayer, c: number): boolean {
  return (layer.nps.get(c, NP.flags) & (NPF.RELATIVE | NPF.TEMPORAL)) === 0;
}

/** The next chunk after c that is not owned by c (its possessed chunk comes after it with the same start). */
function nextTop(layer: SyntaxLayer, c: number, npEnd: number): number {
  let d = c + 1;
  while (d < npEnd && layer.nps.get(d, NP.poss) === c) d++;
  // Skip a possessor: its possessed chunk is the conjunct ("Ukraine and Russia's forces" joins "Russia's forces").
  while (d < npEnd && layer.nps.get(d, NP.flags) & NPF.POSSESSOR && d + 1 < npEnd && layer.nps.get(d + 1, NP.poss) === d) d++;
  return d;
}

/** The end token of chunk c with its "of" complements ("head of the presidential office"). */
export function extentEnd(layer: SyntaxLayer, c: number): number {
  let e = layer.nps.get(c, NP.end);
  for (let o = layer.nps.get(c, NP.of), steps = 0; o >= 0 && steps < 4; o = layer.nps.get(o, NP.of), steps++) e = layer.nps.get(o, NP.end);
  return e;
}

/** Finds coordinations among the chunks of one sentence (after verb groups exist, for the clause check). */
export function coordinate(layer: SyntaxLayer, npStart: number, npEnd: number, sentenceStart: number, listAfter: number): void {
  const { nps, coords } = layer;
  const members: number[] = [];
  let c = npStart;
  while (c < npEnd) {
    if (nps.get(c, NP.flags) & NPF.POSSESSOR || !conjunctable(layer, c)) {
      c++;
      continue;
    }
    members.length = 0;
    members.push(c);
    let kind = 0;
    let conj = -1;
    let commas = 0;
    let last = c;
    const comitative = comitativeObject(layer, c, sentenceStart);
    const list = listAfter >= 0 && nps.get(c, NP.start) > listAfter;
    for (;;) {
      const d = nextTop(layer, last, npEnd);
      if (d >= npEnd || !conjunctable(layer, d)) break;
      const from = extentEnd(layer, last);
      let to = nps.get(d, NP.start);
      // "at Kyiv and at Lviv": the same preposition repeated after the coordinator.
      const prepD = to - 1;
      const prepLast = nps.get(last, NP.start) - 1;
      if (prepD > from && prepLast >= sentenceStart && layer.word(prepD) === layer.word(prepLast) && layer.tag[prepD] === Tag.ADP) to = prepD;
      const join = joinKind(layer, from, to, comitative && last === c, list);
      if (join === 0) break;
      if (join !== JOIN_COMMA && gapped(layer, c, d)) break;
      // A join of one name or modifier with a chunk followed by its own verb coordinates clauses, not phrases
      // ("Russia launched 40 drones and Ukraine shot down 30"), unless the first chunk is itself a subject.
      if (join !== JOIN_COMMA && join !== CO_KIND.COMITATIVE && verbStartsAt(layer, extentEnd(layer, d)) && verbBefore(layer, nps.get(c, NP.start), sentenceStart)) break;
      if (join === JOIN_COMMA) {
        commas++;
      } else {
        kind = join;
        conj = from + (layer.word(from) === ',' ? 1 : 0);
      }
      members.push(d);
      last = d;
      if (join !== JOIN_COMMA && join !== CO_KIND.LIST) break;
    }
    // Commas alone make no list ("Kyiv, the capital"): the run must close with a coordinator.
    while (members.length > 1 && kind === 0) members.pop();
    if (members.length > 1 && kind !== 0) {
      // Drop trailing comma-joined members after the coordinator's member (none: the loop stops there).
      const k = coords.add();
      coords.set(k, CO.start, nps.get(members[0]!, NP.start));
      coords.set(k, CO.end, extentEnd(layer, members[members.length - 1]!));
      coords.set(k, CO.kind, kind);
      coords.set(k, CO.conj, conj);
      coords.set(k, CO.first, layer.coordMembers.length);
      coords.set(k, CO.count, members.length);
      coords.set(k, CO.flags, commas > 0 ? COF.SERIES : 0);
      for (const m of members) {
        layer.coordMembers.push(m);
        nps.set(m, NP.coord, k);
      }
      sharedHead(layer, k, members);
      c = members[members.length - 1]! + 1;
      continue;
    }
    c++;
  }
}

/**
 * Does the conjunct d open a gapped clause rather than join c? "hit Kyiv with 10 missiles and Kharkiv with 5" (d is
 * followed by the preposition that comes before c); "launched 40 drones and Belarus 10" (d is followed by a bare
 * chunk, then the clause ends).
 */
function gapped(layer: SyntaxLayer, c: number, d: number): boolean {
  const { nps } = layer;
  const e = extentEnd(layer, d);
  const w = layer.word(e);
  const prepC = nps.get(c, NP.start) - 1;
  if (layer.tag[e] === Tag.ADP && w === layer.word(prepC) && layer.npOf[e + 1]! >= 0) return true;
  const y = layer.npOf[e]!;
  if (y < 0 || nps.get(y, NP.start) !== e) return false;
  const ye = extentEnd(layer, y);
  const close = layer.word(ye);
  return ye >= layer.n || close === '.' || close === ',' || close === ';' || layer.tokens[ye]!.sentence !== layer.tokens[e]!.sentence;
}

/** Is there a verb group between `from` (exclusive, going left) and the sentence start? */
function verbBefore(layer: SyntaxLayer, from: number, sentenceStart: number): boolean {
  for (let k = from - 1; k >= sentenceStart; k--) {
    const w = layer.word(k);
    if (w === ';' || w === ':') return false;
    if (layer.vgOf[k]! >= 0 && layer.vgs.get(layer.vgOf[k]!, VG.flags) & VGF.FINITE) return true;
  }
  return false;
}

/**
 * "Kharkiv and Sumy regions", "six Kinzhal, nine Kalibr and three Iskander missiles", "Russian and Belarusian
 * territory": when the last conjunct ends in a common noun after a name or adjective, and the earlier conjuncts end
 * in a name or adjective, the earlier ones share the last one's head.
 */
function sharedHead(layer: SyntaxLayer, k: number, members: number[]): void {
  const { nps, tag } = layer;
  const lastChunk = members[members.length - 1]!;
  const head = nps.get(lastChunk, NP.head);
  if (tag[head] !== Tag.NOUN || layer.mentionOf[head]! >= 0) return;
  const before = head - 1;
  if (before < nps.get(lastChunk, NP.start) || (tag[before] !== Tag.PROPN && tag[before] !== Tag.ADJ && layer.mentionOf[before]! < 0)) return;
  for (let i = 0; i < members.length - 1; i++) {
    const h = nps.get(members[i]!, NP.head);
    const ht = tag[h];
    if (ht === Tag.NOUN && layer.mentionOf[h]! < 0) return;
    if (ht !== Tag.PROPN && ht !== Tag.ADJ && layer.mentionOf[h]! < 0) return;
  }
  for (let i = 0; i < members.length - 1; i++) nps.set(members[i]!, NP.sharedHead, head);
  layer.coords.flag(k, CO.flags, COF.SHARED_HEAD);
}

/**
 * Appositions: "Andrii Yermak, head of the presidential office, said", "the foreign minister, Dmytro Kuleba,":
 * two chunks separated by a comma, one of them a name and the other not, the second closed by a comma, a dash,
 * a bracket or the end of the sentence (optionally after prepositional phrases of its own).
 */
export function appositions(layer: SyntaxLayer, npStart: number, npEnd: number, end: number): void {
  const { nps, tag } = layer;
  for (let a = npStart; a < npEnd; a++) {
    const fa = nps.get(a, NP.flags);
    if (fa & (NPF.POSSESSOR | NPF.PRONOUN | NPF.RELATIVE | NPF.TEMPORAL | NPF.OF_COMPLEMENT) || nps.get(a, NP.appos) >= 0) continue;
    const aEnd = extentEnd(layer, a);
    if (layer.word(aEnd) !== ',') continue;
    const b = nextTop(layer, a, npEnd);
    if (b >= npEnd || nps.get(b, NP.start) !== aEnd + 1) continue;
    const fb = nps.get(b, NP.flags);
    if (fb & (NPF.PRONOUN | NPF.RELATIVE | NPF.TEMPORAL) || nps.get(b, NP.coord) >= 0) continue;
    if (nps.get(a, NP.coord) >= 0 && nps.get(a, NP.coord) === nps.get(b, NP.coord)) continue;
    if (((fa & NPF.PROPER) !== 0) === ((fb & NPF.PROPER) !== 0)) continue;
    // The apposition ends at a comma, dash, bracket or the sentence end, after its own prepositional phrases.
    let e = extentEnd(layer, b);
    let guard = 0;
    while (e < end && tag[e] === Tag.ADP && layer.npOf[e + 1]! >= 0 && guard++ < 3) e = extentEnd(layer, layer.npOf[e + 1]!);
    // A relative clause may close the apposition ("X, a former engineer who has led the city since 2006, said").
    if (layer.word(e) === 'who' || layer.word(e) === 'whose') {
      let c = e + 1;
      while (c < end && layer.word(c) !== ',' && layer.word(c) !== ';' && !layer.lex.dash.has(layer.word(c))) c++;
      e = c;
    }
    const close = layer.word(e);
    const closes = e >= end || close === ',' || close === ')' || close === '.' || layer.lex.dash.has(close);
    if (!closes) continue;
    nps.set(b, NP.appos, a);
  }
}
