/**
 * Layer steps 0, 5 and 7: quotations, sentence forms and clauses.
 *
 * - Quotations (step 0, over the whole document): quote marks are paired (curly marks by direction, straight ones
 *   by their spacing, then by alternation), so a quotation may run over several sentences.
 * - Sentence forms (step 5a): a bullet ("- "), a dateline ("KYIV, Aug 28 (Reuters) -") and a topic label
 *   ("Kharkiv: struck by missiles") move the sentence body past them.
 * - Clauses (step 5b): one left-to-right pass with a stack opens a clause at each marker (relative pronoun,
 *   complementizer, subordinator, coordinator before a new subject and verb, zero complement after a verb of saying,
 *   zero relative, bracket or dash pair, report tag ", the ministry said", quotation) and closes embedded clauses at
 *   the comma after their verb, or before a second finite verb. Clauses nest and each one is a contiguous range.
 * - Speakers (step 7): a quotation's speaker frame ('"...," X said', 'X said: "..."', 'X: "..."'), the subject of
 *   the verb of saying a complement depends on, the subject of a report tag.
 */
import * as types from './types.ts';
import * as lexicon from './lexicon.ts';
import * as chunks from './chunks.ts';
import type { SyntaxLayer } from './layer.ts';

// Local copies of the constant tables: under the tsx loader an imported binding is a getter, too slow to
// call in per-token loops.
const { CL, CL_KIND, CLF, CO, NP, NPF, Q, Q_FRAME, S, SF, SHAPE, Tag, VG, VGF } = types;
const { W } = lexicon;
const { extentEnd } = chunks;

// ---------------------------------------------------------------------------------------------------------------
// Step 0: quotations.

/** Pairs the quote marks of the document into quotation records and fills `quoteOf`. */
export function pairQuotes(layer: SyntaxLayer): void {
  const { tokens, quotes } = layer;
  let open = -1;
  const record = (o: number, c: number): void => {
    const q = quotes.add();
    quotes.set(q, Q.open, o);
    quotes.set(q, Q.close, c);
    quotes.set(q, Q.frame, Q_FRAME.NONE);
    // An unclosed quotation runs to the end of its sentence.
    const last = c >= 0 ? c : sentenceEndOf(layer, o) - 1;
    for (let t = o; t <= last; t++) layer.quoteOf[t] = q;
  };
  for (let t = 0; t < tokens.length; t++) {
    if (layer.word(t) !== '"') continue;
    const text = tokens[t]!.text;
    let opens: boolean;
    if (text === '\u201c') opens = true;
    else if (text === '\u201d') opens = false;
    else {
      // A straight mark glued to the next word and spaced from the previous one opens; the reverse closes.
      const gluedLeft = (layer.shape[t]! & SHAPE.GLUED) !== 0;
      const gluedRight = t + 1 < tokens.length && (layer.shape[t + 1]! & SHAPE.GLUED) !== 0;
      opens = gluedRight && !gluedLeft ? true : gluedLeft && !gluedRight ? false : open < 0;
    }
    if (open >= 0 && tokens[t]!.sentence - tokens[open]!.sentence > 4) {
      record(open, -1);
      open = -1;
    }
    if (opens) {
      if (open >= 0) record(open, -1);
      open = t;
    } else if (open >= 0) {
      record(open, t);
      open = -1;
    }
  }
  if (open >= 0) record(open, -1);
}

function sentenceEndOf(layer: SyntaxLayer, t: number): number {
  const s = layer.tokens[t]!.sentence;
  let e = t + 1;
  while (e < layer.n && layer.tokens[e]!.sentence === s) e++;
  return e;
}

// ---------------------------------------------------------------------------------------------------------------
// Step 5a: sentence forms.

/** Finds a bullet, a dateline and a topic label at the start of sentence s; sets `S.body`, `S.topic`, `S.dateline`. */
export function sentenceForms(layer: SyntaxLayer, s: number): void {
  const { sentences, tag, cls, shape, npOf, nps, lex } = layer;
  const start = sentences.get(s, S.start);
  const end = sentences.get(s, S.end);
  let body = start;
  let flags = 0;
  // 1. Bullet.
  if (cls[body]! & W.BULLET && body + 1 < end && (tag[body] === Tag.PUNCT || tag[body] === Tag.SYM || tag[body] === Tag.X)) {
    flags |= SF.BULLET;
    body++;
  }
  // 2. Dateline: a capitalised place, then within a dozen tokens a spaced dash, with a month or a bracketed source
  //    (or an all-capitals place) before it, and only names, numbers and punctuation between.
  if (shape[body]! & SHAPE.CAP && (tag[body] === Tag.PROPN || layer.mentionOf[body]! >= 0 || shape[body]! & SHAPE.ALL_CAPS)) {
    let evidence = (shape[body]! & SHAPE.ALL_CAPS) !== 0;
    for (let k = body + 1; k < end && k < body + 14; k++) {
      const w = layer.word(k);
      if (lex.dash.has(w) && !(shape[k]! & SHAPE.GLUED) && k + 1 < end) {
        if (evidence && k > body + 1) {
          flags |= SF.DATELINE;
          sentences.set(s, S.dateline, npOf[body]!);
          body = k + 1;
        }
        break;
      }
      if (cls[k]! & W.MONTH || w === '(') evidence = true;
      const t = tag[k];
      if (!(t === Tag.PROPN || t === Tag.NUM || t === Tag.PUNCT || t === Tag.NOUN || cls[k]! & W.MONTH)) break;
    }
  }
  // 3. Topic label: a short chunk (or list of chunks) with no verb, then a colon and more text.
  const c = npOf[body]!;
  if (c >= 0 && nps.get(c, NP.start) <= body) {
    const k = nps.get(c, NP.coord);
    const e = k >= 0 ? layer.coords.get(k, CO.end) : extentEnd(layer, c);
    if (layer.word(e) === ':' && e + 1 < end && e - body <= 8) {
      let verb = false;
      for (let j = body; j < e && !verb; j++) verb = tag[j] === Tag.VERB || tag[j] === Tag.AUX;
      if (!verb) {
        flags |= SF.TOPIC;
        sentences.set(s, S.topic, k >= 0 ? layer.coordMembers[layer.coords.get(k, CO.first)]! : c);
        body = e + 1;
      }
    }
  }
  sentences.set(s, S.body, body);
  sentences.flag(s, S.flags, flags);
}

// ---------------------------------------------------------------------------------------------------------------
// Step 5b: clauses.

// Per-document scratch of the clause pass: the open clauses, their planned ends and their finite-verb counts.
let stack = new Int32Array(64);
let planned = new Int32Array(64);
let verbs = new Int32Array(64);
let depth = 0;

function push(clause: number, plannedEnd: number): void {
  if (depth === stack.length) {
    const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    stack = grow(stack);
    planned = grow(planned);
    verbs = grow(verbs);
  }
  stack[depth] = clause;
  planned[depth] = plannedEnd;
  verbs[depth] = 0;
  depth++;
}

function openClause(layer: SyntaxLayer, s: number, kind: number, start: number, parent: number, marker: number): number {
  const { clauses } = layer;
  const k = clauses.add();
  clauses.set(k, CL.start, start);
  clauses.set(k, CL.kind, kind);
  clauses.set(k, CL.parent, parent);
  clauses.set(k, CL.marker, marker);
  clauses.set(k, CL.flags, 0);
  clauses.set(k, CL.sentence, s);
  return k;
}

function closeTop(layer: SyntaxLayer, at: number): void {
  depth--;
  layer.clauses.set(stack[depth]!, CL.end, at);
}

/** Is the group starting at token k finite and not reduced? */
function finiteAt(layer: SyntaxLayer, k: number): boolean {
  const g = layer.vgOf[k]!;
  if (g < 0 || layer.vgs.get(g, VG.start) !== k) return false;
  const f = layer.vgs.get(g, VG.flags);
  return (f & VGF.FINITE) !== 0 && (f & VGF.REDUCED) === 0;
}

/** The token after the chunk (with its coordination and "of" complements) that starts at k, or -1. */
function afterChunk(layer: SyntaxLayer, k: number): number {
  const c = layer.npOf[k]!;
  if (c < 0) return -1;
  const co = layer.nps.get(c, NP.coord);
  let e = co >= 0 ? layer.coords.get(co, CO.end) : extentEnd(layer, c);
  // A possessor's chunk continues in the possessed chunk.
  const next = layer.npOf[e - 1]!;
  if (next >= 0 && layer.nps.get(next, NP.end) > e) e = layer.nps.get(next, NP.end);
  while (e < layer.n && layer.tag[e] === Tag.ADV) e++;
  return e;
}

/**
 * The token after an apposition that opens with the comma at e ("Brown, humanitarian coordinator for Ukraine,
 * said"): the token after the closing comma, when up to 10 tokens of noun phrases and prepositions lie between and no
 * verb group; -1 otherwise.
 */
function appositionEnd(layer: SyntaxLayer, e: number): number {
  const s = layer.tokens[e]!.sentence;
  const end = Math.min(layer.sentences.get(s, S.end), e + 12);
  for (let k = e + 1; k < end; k++) {
    if (layer.word(k) === ',') return k > e + 1 ? k + 1 : -1;
    if (layer.vgOf[k]! >= 0 || layer.word(k) === '"') return -1;
  }
  return -1;
}

/** Does a subject + finite verb follow token k (a chunk at k whose verb comes right after it)? */
function subjectAndVerbAt(layer: SyntaxLayer, k: number): boolean {
  const e = afterChunk(layer, k);
  return e >= 0 && finiteAt(layer, e);
}

/** "the best help Washington could offer would be ...": a chunk, a zero relative, then the chunk's own verb. */
function subjectWithZeroRelative(layer: SyntaxLayer, k: number, end: number): boolean {
  const e = afterChunk(layer, k);
  return e >= 0 && layer.npOf[e]! >= 0 && subjectAndVerbAt(layer, e) && secondFiniteAfter(layer, afterChunk(layer, e), end);
}

/** Is there a finite verb from k to the next comma, semicolon or sentence end? */
function finiteAhead(layer: SyntaxLayer, k: number, end: number): boolean {
  for (let j = k; j < end; j++) {
    const w = layer.word(j);
    if (w === ',' || w === ';' || w === ':') return false;
    if (finiteAt(layer, j)) return true;
  }
  return false;
}

/**
 * A report tag at a comma k: ", the ministry said.", ", he said,", ", said Zelensky.", ", according to X.", ", it said:" Returns
 * the token where the tag ends (the closing comma or final punctuation), or -1.
 */
function reportTag(layer: SyntaxLayer, k: number, end: number): number {
  const { vgOf, vgs } = layer;
  let j = k + 1;
  let verb = -1;
  if (layer.npOf[j]! >= 0 && layer.nps.get(layer.npOf[j]!, NP.prep) < 0) {
    const e = afterChunk(layer, j);
    if (e < 0 || vgOf[e]! < 0 || vgs.get(vgOf[e]!, VG.start) !== e) return -1;
    verb = vgOf[e]!;
    j = vgs.get(verb, VG.end);
  } else if (vgOf[j]! >= 0 && vgs.get(vgOf[j]!, VG.start) === j) {
    verb = vgOf[j]!;
    j = vgs.get(verb, VG.end);
    if (layer.word(vgs.get(verb, VG.head)) === 'according' && layer.word(j) === 'to') j++;
    if (layer.npOf[j]! < 0) return -1;
    j = afterChunk(layer, j);
  } else {
    return -1;
  }
  const f = vgs.get(verb, VG.flags);
  if (!(f & VGF.SPEECH) || f & VGF.PASSIVE) return -1;
  // Prepositional phrases and time expressions may follow ("on Telegram", "in a statement on Tuesday").
  for (let guard = 0; guard < 6 && j < end; guard++) {
    if (layer.tag[j] === Tag.ADP && layer.npOf[j + 1]! >= 0) j = afterChunk(layer, j + 1);
    else if (layer.npOf[j]! >= 0 && layer.nps.get(layer.npOf[j]!, NP.flags) & NPF.TEMPORAL) j = afterChunk(layer, j);
    else if (layer.tag[j] === Tag.ADV) j++;
    else break;
  }
  if (j < 0) return -1;
  if (j >= end) return end;
  const w = layer.word(j);
  // A colon after the tag opens what the report details (", the force said: all fourteen Kh-101s, ...").
  return w === ',' || w === '.' || w === '!' || w === ';' || w === ':' || w === '"' || w === ')' ? j : -1;
}

/** Kinds that close at the comma after their verb. */
function embedded(kind: number): boolean {
  return kind === CL_KIND.RELATIVE || kind === CL_KIND.ADVERBIAL || kind === CL_KIND.CONDITIONAL;
}

/** Builds the clauses of sentence s (after chunks, groups and coordination). */
export function buildClauses(layer: SyntaxLayer, s: number): void {
  const { sentences, clauses, tag, cls, npOf, nps, vgOf, vgs, quotes, quoteOf } = layer;
  const body = sentences.get(s, S.body);
  const end = sentences.get(s, S.end);
  sentences.set(s, S.clauseStart, clauses.size);
  depth = 0;
  push(openClause(layer, s, CL_KIND.MAIN, body, -1, -1), end);
  for (let k = body; k < end; k++) {
    // 1. Clauses whose planned end is here (brackets, dash pairs, report tags, quotations) close.
    while (depth > 1 && planned[depth - 1]! <= k) closeTop(layer, k);
    const w = layer.word(k);
    let top = stack[depth - 1]!;
    let kind = clauses.get(top, CL.kind);
    // 2. A comma closes an embedded clause that has its verb, unless a list goes on after it.
    if (w === ',' && depth > 1 && embedded(kind) && verbs[depth - 1]! > 0 && planned[depth - 1] === end) {
      const before = npOf[k - 1]!;
      const after = npOf[k + 1]!;
      const list = before >= 0 && after >= 0 && nps.get(before, NP.coord) >= 0 && nps.get(before, NP.coord) === nps.get(after, NP.coord);
      if (!list) {
        closeTop(layer, k);
        top = stack[depth - 1]!;
        kind = clauses.get(top, CL.kind);
      }
    }
    // 3. A semicolon ends every open clause; what follows is a coordinate clause.
    if (w === ';' && k + 1 < end) {
      while (depth > 0) closeTop(layer, k + 1);
      push(openClause(layer, s, CL_KIND.COORDINATE, k + 1, -1, k), end);
      layer.clauseOf[k] = stack[0]!;
      continue;
    }
    // 4. Markers that open a clause at k (a cheap gate first: most tokens are no marker).
    const q = quoteOf[k]!;
    const t = tag[k]!;
    const chunk = npOf[k]!;
    const gate = t === Tag.PUNCT || t === Tag.CCONJ || t === Tag.SCONJ || (chunk >= 0 && nps.get(chunk, NP.start) === k) || (cls[k]! & (W.COMPLEMENTIZER | W.SUBORDINATOR | W.CONDITIONAL)) !== 0 || (k === body && q >= 0);
    if (!gate) {
      // No marker here.
    } else if (w === '"' && q >= 0 && quotes.get(q, Q.open) === k && quoteHasVerb(layer, q, end)) {
      const close = quotes.get(q, Q.close);
      const e = close >= 0 && close < end ? close + 1 : end;
      const c = openClause(layer, s, CL_KIND.COMPLEMENT, k, top, k);
      clauses.set(c, CL.flags, CLF.QUOTED);
      push(c, e);
    } else if (k === body && q >= 0 && quotes.get(q, Q.open) < body) {
      // A sentence that starts inside a quotation opened in an earlier sentence.
      const close = quotes.get(q, Q.close);
      const c = openClause(layer, s, CL_KIND.COMPLEMENT, k, top, -1);
      clauses.set(c, CL.flags, CLF.QUOTED);
      push(c, close >= 0 && close < end ? close + 1 : end);
    } else if (w === '(') {
      let close = k + 1;
      while (close < end && layer.word(close) !== ')') close++;
      push(openClause(layer, s, CL_KIND.PARENTHETICAL, k, top, k), Math.min(end, close + 1));
    } else if (t === Tag.PUNCT && k > body && !(layer.shape[k]! & SHAPE.GLUED) && layer.lex.dash.has(w)) {
      let d = k + 1;
      while (d < end - 1 && !(layer.lex.dash.has(layer.word(d)) && !(layer.shape[d]! & SHAPE.GLUED))) d++;
      if (d < end - 1) push(openClause(layer, s, CL_KIND.PARENTHETICAL, k, top, k), d + 1);
    } else if (w === ',' && k + 1 < end) {
      const tagEnd = reportTag(layer, k, end);
      if (tagEnd > k + 1) {
        // Close embedded clauses first: the tag reports the whole clause before it.
        while (depth > 1 && embedded(clauses.get(stack[depth - 1]!, CL.kind)) && planned[depth - 1] === end) closeTop(layer, k);
        const c = openClause(layer, s, CL_KIND.REPORT, k + 1, stack[depth - 1]!, -1);
        push(c, tagEnd);
        layer.clauseOf[k] = clauses.get(c, CL.parent);
        continue;
      }
    } else if (npOf[k]! >= 0 && nps.get(npOf[k]!, NP.start) === k && nps.get(npOf[k]!, NP.flags) & NPF.RELATIVE && k > body) {
      // Relative clause: the antecedent is the chunk before (a comma may stand between).
      let a = k - 1;
      if (layer.word(a) === ',') a--;
      const antecedent = a >= body ? npOf[a]! : -1;
      const c = openClause(layer, s, CL_KIND.RELATIVE, k, top, k);
      clauses.set(c, CL.antecedent, antecedent >= 0 ? conjunctHead(layer, antecedent) : -1);
      push(c, end);
    } else if (cls[k]! & W.COMPLEMENTIZER && npOf[k]! < 0 && (tag[k] === Tag.SCONJ || tag[k] === Tag.ADP) && k + 1 < end) {
      const c = openClause(layer, s, CL_KIND.COMPLEMENT, k, top, k);
      clauses.set(c, CL.governor, groupBefore(layer, k, body));
      push(c, end);
    } else if (cls[k]! & (W.SUBORDINATOR | W.CONDITIONAL) && npOf[k]! < 0 && vgOf[k]! < 0 && (tag[k] === Tag.SCONJ || tag[k] === Tag.ADP || tag[k] === Tag.ADV) && k + 1 < end && !(w === 'as' && cls[k + 1]! & W.DO) && (npOf[k + 1]! >= 0 || vgOf[k + 1]! >= 0) && finiteAhead(layer, k + 1, end)) {
      if (depth > 1 && embedded(kind) && verbs[depth - 1]! > 0 && planned[depth - 1] === end) closeTop(layer, k);
      // "after Witkoff met Putin": the word is a subordinator here, not the preposition of the next chunk.
      if (npOf[k + 1]! >= 0 && nps.get(npOf[k + 1]!, NP.prep) === k) nps.set(npOf[k + 1]!, NP.prep, -1);
      push(openClause(layer, s, cls[k]! & W.CONDITIONAL ? CL_KIND.CONDITIONAL : CL_KIND.ADVERBIAL, k, stack[depth - 1]!, k), end);
    } else if (tag[k] === Tag.CCONJ && k + 1 < end && verbs[depth - 1]! > 0 && npOf[k + 1]! >= 0 && subjectAndVerbAt(layer, k + 1) && !sameCoordination(layer, k)) {
      // A coordinate clause: "..., and Ukraine shot down 30". It is a sibling of the clause it follows.
      const parent = clauses.get(top, CL.parent);
      const governor = clauses.get(top, CL.governor);
      const antecedent = clauses.get(top, CL.antecedent);
      const sameKind = kind === CL_KIND.MAIN ? CL_KIND.COORDINATE : kind;
      const plannedEnd = planned[depth - 1]!;
      closeTop(layer, k);
      const c = openClause(layer, s, sameKind, k, parent, k);
      clauses.set(c, CL.governor, governor);
      clauses.set(c, CL.antecedent, antecedent);
      clauses.set(c, CL.flags, clauses.get(top, CL.flags));
      push(c, plannedEnd);
    } else if (npOf[k]! >= 0 && nps.get(npOf[k]!, NP.start) === k && nps.get(npOf[k]!, NP.prep) < 0 && k > body) {
      const g = vgOf[k - 1]!;
      if (g >= 0 && vgs.get(g, VG.flags) & VGF.SPEECH && vgs.get(g, VG.end) === k && (subjectAndVerbAt(layer, k) || subjectWithZeroRelative(layer, k, end))) {
        // Zero complement: "said Russia had launched ...".
        const c = openClause(layer, s, CL_KIND.COMPLEMENT, k, top, -1);
        clauses.set(c, CL.governor, g);
        push(c, end);
      } else if (npOf[k - 1]! >= 0 && !(nps.get(npOf[k - 1]!, NP.flags) & (NPF.POSSESSOR | NPF.RELATIVE | NPF.PRONOUN)) && subjectAndVerbAt(layer, k) && secondFiniteAfter(layer, afterChunk(layer, k), end)) {
        // Zero relative: "the best help Washington could offer would be ...".
        const c = openClause(layer, s, CL_KIND.RELATIVE, k, top, -1);
        clauses.set(c, CL.antecedent, conjunctHead(layer, npOf[k - 1]!));
        push(c, end);
      }
    }
    // 5. A second finite verb closes an embedded clause that already has one ("drones which were fired at Kyiv were
    //    destroyed"), unless a coordinator joins the two verbs.
    if (finiteAt(layer, k)) {
      while (depth > 1 && embedded(clauses.get(stack[depth - 1]!, CL.kind)) && verbs[depth - 1]! > 0 && tag[k - 1] !== Tag.CCONJ && planned[depth - 1] === end) {
        // The subject of the new verb stays with it: close before the chunk right before the verb.
        closeTop(layer, k);
      }
      verbs[depth - 1] = verbs[depth - 1]! + 1;
    }
    layer.clauseOf[k] = stack[depth - 1]!;
  }
  while (depth > 0) closeTop(layer, end);
  sentences.set(s, S.clauseEnd, clauses.size);
  // Flags: quoted chunks and clauses, the chunks' clauses, questions.
  const question = (sentences.get(s, S.flags) & SF.QUESTION) !== 0;
  for (let c = sentences.get(s, S.clauseStart); c < clauses.size; c++) {
    if (quoteOf[clauses.get(c, CL.start)]! >= 0) clauses.flag(c, CL.flags, CLF.QUOTED);
    if (question) clauses.flag(c, CL.flags, CLF.QUESTION);
  }
  for (let c = sentences.get(s, S.npStart); c < sentences.get(s, S.npEnd); c++) {
    const head = nps.get(c, NP.head);
    nps.set(c, NP.clause, layer.clauseOf[head]!);
    if (quoteOf[head]! >= 0) nps.flag(c, NP.flags, NPF.QUOTED);
  }
}

/** Does quotation q hold a finite verb (else it is a short inline quotation, not a clause)? */
function quoteHasVerb(layer: SyntaxLayer, q: number, end: number): boolean {
  const o = layer.quotes.get(q, Q.open);
  const c = layer.quotes.get(q, Q.close);
  const last = c >= 0 && c < end ? c : end;
  for (let k = o + 1; k < last; k++) if (finiteAt(layer, k)) return true;
  return false;
}

/** Is the coordinator at k inside a chunk coordination ("Kharkiv and Sumy regions")? */
function sameCoordination(layer: SyntaxLayer, k: number): boolean {
  const a = layer.npOf[k - 1]!;
  const b = layer.npOf[k + 1]!;
  return a >= 0 && b >= 0 && layer.nps.get(a, NP.coord) >= 0 && layer.nps.get(a, NP.coord) === layer.nps.get(b, NP.coord);
}

/** Is there a second finite verb after token k before a comma or the end (so a zero relative closes before it)? */
function secondFiniteAfter(layer: SyntaxLayer, k: number, end: number): boolean {
  if (k < 0) return false;
  const g = layer.vgOf[k]!;
  if (g < 0) return false;
  const from = layer.vgs.get(g, VG.end);
  for (let j = from; j < end; j++) {
    const w = layer.word(j);
    if (w === ',' || w === ';' || layer.tag[j] === Tag.CCONJ || layer.tag[j] === Tag.SCONJ) return false;
    if (finiteAt(layer, j)) return true;
  }
  return false;
}

/** The first member of chunk c's coordination, else c (a relative's antecedent is the whole coordination). */
function conjunctHead(layer: SyntaxLayer, c: number): number {
  const k = layer.nps.get(c, NP.coord);
  return k >= 0 ? layer.coordMembers[layer.coords.get(k, CO.first)]! : c;
}

/** The verb group of a "that" complement: the nearest group before k (its object may stand between). */
function groupBefore(layer: SyntaxLayer, k: number, body: number): number {
  for (let j = k - 1; j >= body && j >= k - 8; j--) {
    const g = layer.vgOf[j]!;
    if (g >= 0) return g;
    const w = layer.word(j);
    if (w === ',' || w === ';') return -1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------------------
// Step 7: speakers.

/** The speaker of the clauses of sentence s: complements of verbs of saying and clauses with a report tag. */
export function clauseSpeakers(layer: SyntaxLayer, s: number): void {
  const { clauses, vgs, sentences } = layer;
  const from = sentences.get(s, S.clauseStart);
  const to = sentences.get(s, S.clauseEnd);
  for (let c = from; c < to; c++) {
    const kind = clauses.get(c, CL.kind);
    if (kind === CL_KIND.COMPLEMENT) {
      const g = clauses.get(c, CL.governor);
      if (g >= 0 && (vgs.get(g, VG.flags) & VGF.SPEECH || layer.cls[vgs.get(g, VG.head)]! & W.SPEECH)) clauses.set(c, CL.speaker, layer.logicalSubject(g));
    } else if (kind === CL_KIND.REPORT) {
      const g = firstGroupIn(layer, c);
      if (g < 0) continue;
      let speaker = layer.logicalSubject(g);
      if (layer.word(vgs.get(g, VG.head)) === 'according') {
        const e = vgs.get(g, VG.end);
        speaker = layer.npOf[layer.word(e) === 'to' ? e + 1 : e]!;
      }
      clauses.set(c, CL.speaker, speaker);
      clauses.set(c, CL.governor, g);
      // The tag reports the clauses before it at the same level and its parent.
      const parent = clauses.get(c, CL.parent);
      if (parent >= 0 && clauses.get(parent, CL.speaker) < 0) clauses.set(parent, CL.speaker, speaker);
      for (let p = c - 1; p >= from; p--) {
        if (clauses.get(p, CL.parent) === parent && clauses.get(p, CL.speaker) < 0 && clauses.get(p, CL.kind) !== CL_KIND.REPORT) clauses.set(p, CL.speaker, speaker);
      }
    }
  }
}

function firstGroupIn(layer: SyntaxLayer, c: number): number {
  const start = layer.clauses.get(c, CL.start);
  const end = layer.clauses.get(c, CL.end);
  for (let k = start; k < end; k++) {
    const g = layer.vgOf[k]!;
    if (g >= 0 && layer.clauseOf[k] === c) return g;
  }
  return -1;
}

/**
 * The verb group before a colon at p+1 whose clause names a stated text ("issued a statement on the strikes:",
 * "posted a message:"): the nearest group left of p in the sentence, with a speech noun between it and the colon; -1
 * when there is none.
 */
function statedBefore(layer: SyntaxLayer, p: number): number {
  const floor = layer.sentences.get(layer.tokens[p]!.sentence, S.start);
  let noun = false;
  for (let j = p; j >= floor; j--) {
    const g = layer.vgOf[j]!;
    if (g >= 0) return noun ? g : -1;
    if (layer.lex.speechNoun.has(layer.word(j))) noun = true;
  }
  return -1;
}

/**
 * Is there a verb group of speech after the closing mark at c in its sentence ('"...," Denise Brown, the UN's
 * coordinator, said'): a frame of its own that the readings above could not attach.
 */
function speechAfter(layer: SyntaxLayer, c: number): boolean {
  if (c < 0) return false;
  const s = layer.tokens[c]!.sentence;
  const end = layer.sentences.get(s, S.end);
  for (let k = c + 1; k < end; k++) {
    const g = layer.vgOf[k]!;
    if (g >= 0 && layer.vgs.get(g, VG.flags) & VGF.SPEECH) return true;
  }
  return false;
}

/** Speaker frames of every quotation of the document (after all sentences are built). */
export function quoteFrames(layer: SyntaxLayer): void {
  const { quotes, vgs, vgOf, npOf, clauses } = layer;
  for (let q = 0; q < quotes.size; q++) {
    const o = quotes.get(q, Q.open);
    const c = quotes.get(q, Q.close);
    let speaker = -1;
    let verb = -1;
    let frame: number = Q_FRAME.NONE;
    // 1. After: '"...," X said', '"...," said X', '"..." X said.'
    if (c >= 0) {
      let j = c + 1;
      if (layer.word(j) === ',') j++;
      if (j < layer.n && layer.tokens[j]!.sentence === layer.tokens[c]!.sentence) {
        const g = vgOf[j]!;
        if (g >= 0 && vgs.get(g, VG.start) === j && vgs.get(g, VG.flags) & VGF.SPEECH) {
          verb = g;
          speaker = vgs.get(g, VG.subject);
        } else if (npOf[j]! >= 0) {
          let e = afterChunk(layer, j);
          // '"...," Denise Brown, the UN's coordinator in Ukraine, said': an apposition between name and verb.
          if (e >= 0 && layer.word(e) === ',') {
            const close = appositionEnd(layer, e);
            if (close >= 0) e = close;
          }
          const h = e >= 0 ? vgOf[e]! : -1;
          if (h >= 0 && vgs.get(h, VG.start) === e && vgs.get(h, VG.flags) & VGF.SPEECH) {
            verb = h;
            speaker = vgs.get(h, VG.subject) >= 0 ? vgs.get(h, VG.subject) : npOf[j]!;
          }
        }
        if (verb >= 0) frame = Q_FRAME.AFTER;
      }
    }
    // 2. Before: 'X said: "..."', 'X said, "..."', 'X: "..."'.
    if (frame === Q_FRAME.NONE && o > 0) {
      let p = o - 1;
      const punct = layer.word(p);
      if (punct === ':' || punct === ',') p--;
      if (p >= 0 && layer.tokens[p]!.sentence === layer.tokens[o]!.sentence) {
        const g = vgOf[p]!;
        // 'X issued a short statement on the night's attack: "..."': the verb whose object is a noun of a stated text.
        const stated = punct === ':' && !(g >= 0 && vgs.get(g, VG.flags) & VGF.SPEECH) ? statedBefore(layer, p) : -1;
        if (g >= 0 && vgs.get(g, VG.flags) & VGF.SPEECH) {
          verb = g;
          speaker = vgs.get(g, VG.subject);
          frame = Q_FRAME.BEFORE;
        } else if (stated >= 0) {
          verb = stated;
          speaker = layer.logicalSubject(verb);
          frame = Q_FRAME.BEFORE;
        } else if (punct === ':' && npOf[p]! >= 0) {
          speaker = npOf[p]!;
          frame = Q_FRAME.LABEL;
        }
      }
    }
    // 3. A short quotation inside a clause: the speaker is the subject of the verb before it. (One that opens its
    //    sentence is inside no clause: rule 4 may give it the speaker of the quotation before.)
    if (frame === Q_FRAME.NONE && c >= 0 && c - o <= 8 && layer.sentences.get(layer.tokens[o]!.sentence, S.start) !== o) {
      frame = Q_FRAME.INLINE;
      const s = layer.tokens[o]!.sentence;
      const floor = layer.sentences.get(s, S.start);
      for (let j = o - 1; j >= floor; j--) {
        const g = vgOf[j]!;
        if (g >= 0) {
          speaker = layer.logicalSubject(g);
          break;
        }
      }
    }
    // 4. '"...," X told the telethon. "But ... We need more launchers."': a quotation with no frame of its own that
    //    opens the sentence right after the one holding a framed quotation goes on with the same speaker.
    if (frame === Q_FRAME.NONE && q > 0) {
      const previous = q - 1;
      const kind = quotes.get(previous, Q.frame);
      const end = quotes.get(previous, Q.close);
      const s = layer.tokens[o]!.sentence;
      const sentenceOfEnd = end >= 0 ? layer.tokens[end]!.sentence : -1;
      if ((kind === Q_FRAME.AFTER || kind === Q_FRAME.BEFORE || kind === Q_FRAME.CONTINUED) && quotes.get(previous, Q.speaker) >= 0 && sentenceOfEnd >= 0 && sentenceOfEnd + 1 === s && layer.sentences.get(s, S.start) === o && !speechAfter(layer, c)) {
        speaker = quotes.get(previous, Q.speaker);
        frame = Q_FRAME.CONTINUED;
      }
    }
    quotes.set(q, Q.speaker, speaker);
    quotes.set(q, Q.vg, verb);
    quotes.set(q, Q.frame, frame);
  }
  // The quoted clauses take their quotation's verb and speaker (one pass over the clauses).
  for (let k = 0; k < clauses.size; k++) {
    if (!(clauses.get(k, CL.flags) & CLF.QUOTED) || clauses.get(k, CL.kind) !== CL_KIND.COMPLEMENT) continue;
    const q = layer.quoteOf[clauses.get(k, CL.start)]!;
    if (q < 0) continue;
    if (clauses.get(k, CL.governor) < 0) clauses.set(k, CL.governor, quotes.get(q, Q.vg));
    if (clauses.get(k, CL.speaker) < 0) clauses.set(k, CL.speaker, quotes.get(q, Q.speaker));
  }
}
