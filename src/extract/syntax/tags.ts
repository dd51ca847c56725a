/**
 * Layer step 1: tag codes, word classes and shapes per token, and the corrections of wink-nlp's frequent tagging
 * errors on news text. Each correction is a numbered rule below; each is local (a few tokens either side) and
 * runs once per token, so the pass stays linear.
 */
import * as types from './types.ts';
import * as lexicon from './lexicon.ts';
import type { SyntaxLayer } from './layer.ts';

// Local copies of the constant tables: under the tsx loader an imported binding is a getter, too slow to
// call in per-token loops.
const { SHAPE, SF, Tag } = types;
const { W } = lexicon;

const TAG_CODE = new Map<string, number>(Object.entries(Tag));

/** Shape bits of a token text. */
function shapeOf(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  let bits = 0;
  const c0 = text.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) bits |= SHAPE.DIGIT;
  else if (c0 >= 65 && c0 <= 90) bits |= SHAPE.CAP;
  else if (c0 > 127 && text[0] !== text[0]!.toLowerCase()) bits |= SHAPE.CAP;
  if (bits & SHAPE.CAP && n >= 2) {
    let upper = true;
    for (let i = 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        upper = false;
        break;
      }
    }
    if (upper) bits |= SHAPE.ALL_CAPS;
  }
  const last = text.charCodeAt(n - 1) | 32;
  if (n > 3 && last === 100 && (text.charCodeAt(n - 2) | 32) === 101) bits |= SHAPE.ED;
  else if (n > 4 && last === 103 && (text.charCodeAt(n - 2) | 32) === 110 && (text.charCodeAt(n - 3) | 32) === 105) bits |= SHAPE.ING;
  else if (n > 2 && last === 115 && (text.charCodeAt(n - 2) | 32) !== 115 && text.charCodeAt(n - 2) !== 39) bits |= SHAPE.S;
  return bits;
}

/**
 * Word classes and shapes by lexeme id (`ExtractContext.lexemeIds`), per lexicon (ids are stable for the life of
 * the process), interleaved in one array so that a token's look-up touches one place: `data[2 * id]` is the class
 * mask, `data[2 * id + 1]` the shape bits with `KNOWN` set once the id was seen.
 */
class LexemeMemo {
  static readonly KNOWN = 0x100;
  data = new Uint32Array(2 * 1024);
  grow(id: number): void {
    let size = this.data.length;
    while (size <= 2 * id + 1) size *= 2;
    const data = new Uint32Array(size);
    data.set(this.data);
    this.data = data;
  }
}
const MAX_LEXEME_ID = 4_000_000;
const memos = new WeakMap<object, LexemeMemo>();
function memoFor(lex: object): LexemeMemo {
  let memo = memos.get(lex);
  if (!memo) {
    memo = new LexemeMemo();
    memos.set(lex, memo);
  }
  return memo;
}

/**
 * Fills `tag`, `cls`, `shape` for the tokens of the given sentences (the whole document in a full build) and
 * `mentionOf`; the tags are then corrected sentence by sentence.
 */
export function tagTokens(layer: SyntaxLayer, sentences: readonly { tokenStart: number; tokenEnd: number }[]): void {
  const { tokens, tag, cls, shape, lex, lexemeIds } = layer;
  const classes = lex.classes;
  const memo = lexemeIds ? memoFor(lex) : null;
  let lastPos = '';
  let lastTag: number = Tag.X;
  for (const sentence of sentences) for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.pos !== lastPos) {
      lastPos = t.pos;
      lastTag = TAG_CODE.get(t.pos) ?? Tag.X;
    }
    tag[i] = lastTag;
    const id = lexemeIds ? lexemeIds[i]! : -1;
    if (memo && id >= 0 && id < MAX_LEXEME_ID) {
      if (2 * id + 1 >= memo.data.length) memo.grow(id);
      const data = memo.data;
      let shapeBits = data[2 * id + 1]!;
      if ((shapeBits & LexemeMemo.KNOWN) === 0) {
        data[2 * id] = classes.get(t.normal) ?? 0;
        shapeBits = shapeOf(t.text) | LexemeMemo.KNOWN;
        data[2 * id + 1] = shapeBits;
      }
      cls[i] = data[2 * id]!;
      shape[i] = (shapeBits & 0xff) | (i > 0 && t.start === tokens[i - 1]!.end ? SHAPE.GLUED : 0);
    } else {
      cls[i] = classes.get(t.normal) ?? 0;
      shape[i] = shapeOf(t.text) | (i > 0 && t.start === tokens[i - 1]!.end ? SHAPE.GLUED : 0);
    }
  }
  const mentionOf = layer.mentionOf;
  const mentions = layer.mentions;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    for (let t = mention.tokenStart; t < mention.tokenEnd && t < tokens.length; t++) {
      const old = mentionOf[t]!;
      if (old < 0 || mentions[old]!.tokenEnd - mentions[old]!.tokenStart < mention.tokenEnd - mention.tokenStart) mentionOf[t] = m;
    }
  }
}

/** True when token i ends a sentence-final punctuation run (". ! ?", possibly followed by a closing quote or bracket). */
function hasFinalPunctuation(layer: SyntaxLayer, start: number, end: number): boolean {
  for (let i = end - 1; i >= start && i >= end - 3; i--) {
    const w = layer.word(i);
    if (w === '.' || w === '!' || w === '?' || w === '...' || w === '…') return true;
    if (w !== '"' && w !== ')' && w !== "'") return false;
  }
  return false;
}

/** Sentence flags read off the tokens: headline (no final punctuation), question, Title Case. */
export function sentenceShape(layer: SyntaxLayer, start: number, end: number): number {
  let flags = 0;
  if (!hasFinalPunctuation(layer, start, end)) flags |= SF.HEADLINE;
  if (end > start && layer.word(end - 1) === '?') flags |= SF.QUESTION;
  if (flags & SF.HEADLINE) {
    // Title Case: most words of four letters or more are capitalised, outside names.
    let long = 0;
    let capital = 0;
    for (let i = start; i < end; i++) {
      const text = layer.tokens[i]!.text;
      if (text.length < 4 || layer.tag[i] === Tag.PUNCT || layer.shape[i]! & SHAPE.DIGIT) continue;
      long++;
      if (layer.shape[i]! & SHAPE.CAP && !(layer.shape[i]! & SHAPE.ALL_CAPS)) capital++;
    }
    if (long >= 3 && capital >= long * 0.75) flags |= SF.TITLE_CASE;
  }
  return flags;
}

/**
 * Rule T1, Title Case headlines: wink tags nearly every capitalised word PROPN ("Russia Launches Massive Drone
 * Attack On Kyiv"), so such a line has no verb. In a Title Case line without any VERB or AUX tag, every PROPN that
 * is not the first word, not inside a mention and not an acronym becomes NOUN; rule T3 then finds the verb by its
 * position ("Russia Launches/NOUN Massive ..." -> VERB). Names stay names only through the mention layer, so the
 * rule is meant for input with mentions. (Re-running wink on the sentence-cased line is more exact but costs a
 * whole wink call per headline, about a tenth of the layer's budget on news pages full of Title Case furniture.)
 */
export function retagTitleCase(layer: SyntaxLayer, start: number, end: number): void {
  const { tag, shape, mentionOf } = layer;
  for (let i = start; i < end; i++) if (tag[i] === Tag.VERB || tag[i] === Tag.AUX) return;
  for (let i = start + 1; i < end; i++) {
    if (tag[i] !== Tag.PROPN || mentionOf[i]! >= 0 || shape[i]! & (SHAPE.ALL_CAPS | SHAPE.DIGIT)) continue;
    retag(layer, i, Tag.NOUN);
  }
}

/** Is token i a likely demonym ("Russian", "Ukrainian", "Israeli"): a mention of kind demonym, or its shape? */
function demonymLike(layer: SyntaxLayer, i: number): boolean {
  const m = layer.mentionOf[i]!;
  if (m >= 0) return layer.mentions[m]!.kind === 'demonym';
  if (!(layer.shape[i]! & SHAPE.CAP)) return false;
  const w = layer.word(i);
  return w.endsWith('an') || w.endsWith('ese') || w.endsWith('ish') || w.endsWith('i') || w.endsWith('ch');
}

/** Can token i open the object or complement of a verb (so the token before it may be the verb)? */
function opensArgument(layer: SyntaxLayer, i: number, end: number): boolean {
  if (i >= end) return false;
  const t = layer.tag[i];
  return t === Tag.DET || t === Tag.NUM || t === Tag.PROPN || t === Tag.PRON || t === Tag.ADJ || t === Tag.ADP || t === Tag.ADV || t === Tag.NOUN || (layer.cls[i]! & (W.QUANTIFIER | W.NUMBER_WORD)) !== 0;
}

/** Does token i look like a past participle ("-ed" or an irregular form of the lexicon)? */
export function participleShaped(layer: SyntaxLayer, i: number): boolean {
  return (layer.shape[i]! & SHAPE.ED) !== 0 || (layer.cls[i]! & W.PARTICIPLE) !== 0;
}

function retag(layer: SyntaxLayer, i: number, tag: number): void {
  layer.tag[i] = tag;
  layer.shape[i] = layer.shape[i]! | SHAPE.RETAGGED;
}

/** Ends a verbless stretch for rules T3 and T4: punctuation that splits clauses, conjunctions, subordinators. */
function segmentBreak(layer: SyntaxLayer, i: number): boolean {
  const t = layer.tag[i];
  if (t === Tag.CCONJ || t === Tag.SCONJ) return true;
  if (t !== Tag.PUNCT) return (layer.cls[i]! & W.SUBORDINATOR) !== 0 && t !== Tag.ADV;
  const w = layer.word(i);
  return w === ',' || w === ';' || w === ':' || w === '(' || w === ')' || w === '"' || layer.lex.dash.has(w);
}

/**
 * Corrects the tags of one sentence. The rules, in order:
 *
 * - T2, participle after an auxiliary: wink tags some participles NOUN or ADJ after "have"/"be" ("had shot/NOUN
 *   down", "were downed/ADJ"). A participle-shaped word right after a have/be auxiliary (adverbs and "not" between
 *   allowed) becomes VERB, unless a noun follows it ("were armed groups").
 * - T2b, phrasal participle: "Ruritania shot/NOUN down 30": an irregular verb form of the lexicon tagged NOUN before
 *   a verb particle ("down", "out") becomes VERB, unless a determiner, adjective or number precedes it.
 * - T2c, base form after a modal: "Norland could give/NOUN" becomes VERB (also "to" + NOUN + determiner).
 * - T3, noun in a verbless stretch: wink tags third-person verbs NOUN after a name ("Russia strikes/NOUN Lviv",
 *   "Poland scrambles/NOUN jets", "Drones attack/NOUN Odesa"). In a stretch without any VERB or AUX, the first NOUN
 *   ending in -s right after a proper noun or subject pronoun that is not a demonym ("Russian strikes" stays a
 *   noun), or any NOUN right after a plural noun or name ending in -s, becomes VERB when an argument can follow.
 * - T3b, third-person verb after a singular noun: wink tags "hits"/"strikes" NOUN after a singular common noun ("A
 *   drone hits/NOUN a house", headline "Missile strikes/NOUN port district"). In a stretch without any VERB or AUX,
 *   a NOUN ending in -s right after a singular NOUN that opens the sentence or follows a determiner, number,
 *   adjective, demonym or subordinator (headline "Two hurt as drone hits depot") becomes VERB when a noun phrase follows (not
 *   a preposition: "drone strikes on Kyiv"; not a participle: "Air defence crews neutralised 40").
 * - T4, "-ed" adjective as the main verb: "The salvo mixed/ADJ Kh-101s with ..." In a stretch without a verb so far,
 *   an ADJ ending in -ed right after a noun or name, followed by the start of a noun phrase, becomes VERB.
 * - T5, noun before an infinitive: "Kyiv plans/NOUN to buy": a NOUN ending in -s right after a name or subject
 *   pronoun and before "to" + verb becomes VERB ("Russia's plans to ..." keeps the noun: the possessive intervenes).
 * - T6, verb after a determiner: "the attack/VERB" becomes NOUN when the word is not a participle or gerund.
 * - T7, sentence-initial plural tagged PROPN before a verb ("Missiles/PROPN fired at ...") becomes NOUN.
 * - T8, "that" before a noun after a verb or preposition is a determiner ("hit that city").
 * - T10, participle after a relative pronoun: ", which neutralised/NOUN 139 of the drones": a participle-shaped NOUN
 *   or ADJ right after "which"/"who" (after a comma), followed by a determiner, a number, a name or a pronoun,
 *   becomes VERB (", which armed guards watched" keeps its adjective).
 * - T9, a bare verb closing a prepositional phrase: "said in a video address/VERB." becomes NOUN (not after a
 *   subordinator: "since the war began" keeps its verb).
 */
export function correctTags(layer: SyntaxLayer, start: number, end: number): void {
  const { tag, cls, shape } = layer;
  // Per token: does a VERB or AUX follow it before the next segment break (read right to left, for rule T3)?
  if (verbAhead.length < end - start + 1) verbAhead = new Uint8Array(2 * (end - start + 1));
  let ahead = 0;
  for (let i = end - 1; i >= start; i--) {
    verbAhead[i - start] = ahead;
    if (segmentBreak(layer, i)) ahead = 0;
    else if (tag[i] === Tag.VERB || tag[i] === Tag.AUX) ahead = 1;
  }
  let verbSeen = false;
  for (let i = start; i < end; i++) {
    if (segmentBreak(layer, i)) verbSeen = false;
    const t = tag[i]!;
    const prev = i > start ? tag[i - 1]! : -1;
    const next = i + 1 < end ? tag[i + 1]! : -1;
    // T2
    if ((t === Tag.NOUN || t === Tag.ADJ) && participleShaped(layer, i) && next !== Tag.NOUN && next !== Tag.PROPN) {
      let k = i - 1;
      while (k >= start && (tag[k] === Tag.ADV || (cls[k]! & W.NEGATION) !== 0)) k--;
      if (k >= start && (cls[k]! & (W.BE | W.HAVE)) !== 0 && (tag[k] === Tag.AUX || tag[k] === Tag.VERB)) retag(layer, i, Tag.VERB);
    }
    // T2b
    if (tag[i] === Tag.NOUN && cls[i]! & W.PARTICIPLE && i + 1 < end && cls[i + 1]! & W.PARTICLE && prev !== Tag.DET && prev !== Tag.ADJ && prev !== Tag.NUM) retag(layer, i, Tag.VERB);
    // T2c
    if ((tag[i] === Tag.NOUN || tag[i] === Tag.ADJ) && i > start && ((prev === Tag.AUX && cls[i - 1]! & (W.MODAL | W.FUTURE)) || (prev === Tag.PART && layer.word(i - 1) === 'to' && tag[i] === Tag.NOUN && i + 1 < end && (tag[i + 1] === Tag.DET || tag[i + 1] === Tag.NUM)))) retag(layer, i, Tag.VERB);
    // T5
    if (tag[i] === Tag.NOUN && shape[i]! & SHAPE.S && layer.word(i + 1) === 'to' && i + 2 < end && tag[i + 2] === Tag.VERB) {
      if ((prev === Tag.PROPN && !demonymLike(layer, i - 1)) || (prev === Tag.PRON && (cls[i - 1]! & W.SUBJECT_PRONOUN) !== 0)) retag(layer, i, Tag.VERB);
    }
    // T3
    if (tag[i] === Tag.NOUN && !verbSeen && i > start && verbAhead[i - start] === 0 && opensArgument(layer, i + 1, end)) {
      const subjectName = (prev === Tag.PROPN && !demonymLike(layer, i - 1)) || (prev === Tag.PRON && (cls[i - 1]! & W.SUBJECT_PRONOUN) !== 0);
      const pluralSubject = (prev === Tag.NOUN || prev === Tag.PROPN) && (shape[i - 1]! & SHAPE.S) !== 0 && !(shape[i]! & SHAPE.S);
      const beforeSubject = i - 2 >= start ? tag[i - 2]! : -1;
      const modified = beforeSubject === Tag.DET || beforeSubject === Tag.ADJ || beforeSubject === Tag.NUM;
      if (((subjectName && shape[i]! & SHAPE.S) || (pluralSubject && !modified)) && !(cls[i]! & W.TEMPORAL)) retag(layer, i, Tag.VERB);
    }
    // T3b
    if (tag[i] === Tag.NOUN && !verbSeen && i > start && verbAhead[i - start] === 0 && shape[i]! & SHAPE.S && prev === Tag.NOUN && !(shape[i - 1]! & SHAPE.S) && !(cls[i]! & W.TEMPORAL) && next !== Tag.ADP && next !== Tag.ADV && !participleShaped(layer, i + 1) && opensArgument(layer, i + 1, end)) {
      const beforeSubject = i - 2 >= start ? tag[i - 2]! : -1;
      const headlineSubordinate = beforeSubject === Tag.SCONJ || (i - 2 >= start && (cls[i - 2]! & W.SUBORDINATOR) !== 0);
      if (i - 1 === start || beforeSubject === Tag.DET || beforeSubject === Tag.NUM || beforeSubject === Tag.ADJ || (beforeSubject === Tag.PROPN && demonymLike(layer, i - 2)) || headlineSubordinate) retag(layer, i, Tag.VERB);
    }
    // T4
    if (tag[i] === Tag.ADJ && !verbSeen && shape[i]! & SHAPE.ED && (prev === Tag.NOUN || prev === Tag.PROPN) && opensArgument(layer, i + 1, end) && next !== Tag.ADP && next !== Tag.ADV) {
      retag(layer, i, Tag.VERB);
    }
    // T6
    if (tag[i] === Tag.VERB && i > start && (cls[i - 1]! & (W.DETERMINER | W.POSSESSIVE)) !== 0 && prev !== Tag.PRON && !(shape[i]! & (SHAPE.ED | SHAPE.ING)) && !(cls[i]! & W.PARTICIPLE)) {
      retag(layer, i, Tag.NOUN);
    }
    // T7
    if (i === start && tag[i] === Tag.PROPN && shape[i]! & SHAPE.S && layer.mentionOf[i]! < 0 && (next === Tag.VERB || next === Tag.AUX)) retag(layer, i, Tag.NOUN);
    // T9: "said in a video address.": a bare verb that closes the clause after a preposition, a determiner and a noun
    //     is the head noun of that phrase (a subordinator before it, "since the war began", keeps the verb).
    if (tag[i] === Tag.VERB && prev === Tag.NOUN && i - 3 >= start && (cls[i - 2]! & W.DETERMINER) !== 0 && tag[i - 3] === Tag.ADP && (cls[i - 3]! & W.SUBORDINATOR) === 0 && !(shape[i]! & (SHAPE.ED | SHAPE.ING)) && !(cls[i]! & W.PARTICIPLE) && (next === Tag.PUNCT || i + 1 === end)) {
      retag(layer, i, Tag.NOUN);
    }
    // T10
    if ((tag[i] === Tag.NOUN || tag[i] === Tag.ADJ) && i - 2 >= start && participleShaped(layer, i) && (cls[i - 1]! & W.RELATIVE) !== 0 && layer.word(i - 1) !== 'that' && layer.word(i - 2) === ',' && (next === Tag.DET || next === Tag.NUM || next === Tag.PROPN || next === Tag.PRON || (i + 1 < end && (cls[i + 1]! & (W.QUANTIFIER | W.NUMBER_WORD)) !== 0))) {
      retag(layer, i, Tag.VERB);
    }
    // T8
    if (layer.word(i) === 'that' && tag[i] !== Tag.DET && (next === Tag.NOUN) && (prev === Tag.VERB || prev === Tag.ADP || i === start)) retag(layer, i, Tag.DET);
    if (tag[i] === Tag.VERB || tag[i] === Tag.AUX) verbSeen = true;
  }
}

/** Scratch of `correctTags`: per token of the sentence, 1 when a verb follows before a segment break. */
let verbAhead = new Uint8Array(256);
