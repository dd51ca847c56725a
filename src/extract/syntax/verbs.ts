/**
 * Layer steps 3 and 6: verb groups and their frames.
 *
 * Step 3 reads each verb chain ("to", modals, "not", auxiliaries, adverbs inside, the main verb, a particle) into a
 * verb group with voice, tense, negation and modality, then decides for bare participles whether they head their
 * clause ("Russia fired at Kyiv"), reduce a relative ("missiles fired at Kyiv were ..."), or form a headline passive
 * ("Kyiv hit by drones", "3 drones downed").
 *
 * Step 6 (after clauses) fills each group's shallow frame: subject, objects, passive agent, prepositional phrases,
 * the governor of an infinitive or adjunct, and ellipses ("as did X", "X did too", gapped "and Belarus 10").
 */
import * as types from './types.ts';
import * as lexicon from './lexicon.ts';
import * as tags from './tags.ts';
import * as chunks from './chunks.ts';
import type { SyntaxLayer } from './layer.ts';

// Local copies of the constant tables: under the tsx loader an imported binding is a getter, too slow to
// call in per-token loops.
const { CL, CL_KIND, CO, NP, NPF, PP, S, SHAPE, SUBJ, Tag, TENSE, VG, VGF } = types;
const { W } = lexicon;
const { participleShaped } = tags;
const { extentEnd } = chunks;

/** Does a verb chain start at token k? */
function chainStarts(layer: SyntaxLayer, k: number, end: number): boolean {
  if (layer.npOf[k]! >= 0) return false;
  const t = layer.tag[k];
  if (t === Tag.VERB || t === Tag.AUX) return layer.word(k) !== 'according' || layer.word(k + 1) === 'to';
  const next = k + 1 < end ? layer.tag[k + 1] : -1;
  if (layer.word(k) === 'to' && t === Tag.PART) return next === Tag.VERB || next === Tag.AUX || (next === Tag.ADV && (layer.tag[k + 2] === Tag.VERB));
  // "never fired", "not to launch".
  return (layer.cls[k]! & W.NEGATION) !== 0 && (t === Tag.ADV || t === Tag.PART) && (next === Tag.VERB || next === Tag.AUX || layer.word(k + 1) === 'to');
}

/** Reads the verb groups of one sentence. */
export function verbGroups(layer: SyntaxLayer, s: number, start: number, end: number): void {
  const { tag, cls, vgs, shape } = layer;
  let k = start;
  while (k < end) {
    if (!chainStarts(layer, k, end)) {
      k++;
      continue;
    }
    const first = k;
    let infinitive = false;
    let modal = -1;
    let neg = -1;
    let head = -1;
    let lastAux = -1;
    let beBeforeHead = false;
    let have = false;
    let auxCount = 0;
    let j = k;
    while (j < end && layer.npOf[j]! < 0) {
      const t = tag[j]!;
      const c = cls[j]!;
      if (layer.word(j) === 'to' && t === Tag.PART && (j === first || neg >= 0)) {
        infinitive = true;
        j++;
      } else if (t === Tag.AUX || (t === Tag.VERB && c & (W.BE | W.HAVE | W.MODAL | W.FUTURE) && nextIsVerbal(layer, j + 1, end))) {
        if (c & (W.MODAL | W.FUTURE) && modal < 0) modal = j;
        if (c & W.HAVE) have = true;
        beBeforeHead = (c & W.BE) !== 0;
        lastAux = j;
        auxCount++;
        j++;
      } else if (c & W.NEGATION && (t === Tag.PART || t === Tag.ADV) && j > first - 1) {
        neg = j;
        j++;
      } else if (t === Tag.ADV && j + 1 < end && (tag[j + 1] === Tag.VERB || tag[j + 1] === Tag.AUX || (cls[j + 1]! & W.NEGATION) !== 0) && (auxCount > 0 || infinitive || neg >= 0)) {
        j++;
      } else if (t === Tag.VERB) {
        head = j;
        j++;
        break;
      } else {
        break;
      }
    }
    if (head < 0) {
      if (lastAux < 0) {
        k = j > k ? j : k + 1;
        continue;
      }
      head = lastAux;
    }
    // Particle ("shot down", "took out"), not when it opens a phrase of its own ("down the road").
    let particle = -1;
    if (j < end && cls[j]! & W.PARTICLE && (tag[j] === Tag.ADP || tag[j] === Tag.ADV || tag[j] === Tag.PART) && layer.npOf[j]! < 0 && head !== lastAux) {
      particle = j;
      j++;
    }
    const g = vgs.add();
    vgs.set(g, VG.start, first);
    vgs.set(g, VG.end, j);
    vgs.set(g, VG.head, head);
    vgs.set(g, VG.particle, particle);
    vgs.set(g, VG.sentence, s);
    vgs.set(g, VG.modal, modal);
    vgs.set(g, VG.neg, neg);
    vgs.set(g, VG.subjectSource, SUBJ.NONE);
    let flags = 0;
    const copula = head === lastAux && (cls[head]! & W.BE) !== 0;
    if (infinitive) flags |= VGF.INFINITIVE;
    else if (auxCount > 0 || !(shape[head]! & SHAPE.ING)) flags |= VGF.FINITE;
    if (copula) flags |= VGF.COPULA;
    if (neg >= 0) flags |= VGF.NEGATED;
    if (modal >= 0) flags |= cls[modal]! & W.FUTURE ? VGF.FUTURE : VGF.MODAL;
    if (head !== lastAux && beBeforeHead) {
      if (shape[head]! & SHAPE.ING) flags |= VGF.PROGRESSIVE;
      else if (participleShaped(layer, head)) flags |= VGF.PASSIVE;
    }
    if (have && head !== lastAux && (participleShaped(layer, head) || flags & VGF.PASSIVE)) flags |= VGF.PERFECT;
    if (cls[head]! & W.SPEECH || layer.word(head) === 'according') flags |= VGF.SPEECH;
    if (shape[head]! & SHAPE.RETAGGED) flags |= VGF.RETAGGED;
    vgs.set(g, VG.flags, flags);
    vgs.set(g, VG.tense, tenseOf(layer, first, j, head, infinitive, modal));
    for (let t = first; t < j; t++) layer.vgOf[t] = g;
    k = j;
  }
}

/** Is token k (after an auxiliary candidate) still part of a verb chain? */
function nextIsVerbal(layer: SyntaxLayer, k: number, end: number): boolean {
  for (let j = k; j < end && j < k + 3; j++) {
    const t = layer.tag[j];
    if (t === Tag.VERB || t === Tag.AUX) return true;
    if (t !== Tag.ADV && t !== Tag.PART) return false;
  }
  return false;
}

/** Tense of a chain: from its first auxiliary, else from the main verb's form. */
function tenseOf(layer: SyntaxLayer, first: number, end: number, head: number, infinitive: boolean, modal: number): number {
  if (infinitive) return TENSE.NONE;
  if (modal >= 0) return layer.cls[modal]! & W.FUTURE ? TENSE.FUTURE : TENSE.NONE;
  for (let k = first; k < end; k++) {
    const c = layer.cls[k]!;
    if (!(c & (W.BE | W.HAVE | W.DO)) && k !== head) continue;
    const w = layer.word(k);
    if (w === 'was' || w === 'were' || w === 'had' || w === 'did') return TENSE.PAST;
    if (w === 'is' || w === 'are' || w === 'am' || w === 'has' || w === 'have' || w === 'does' || w === 'do' || w === "'s" || w === "'re") return TENSE.PRESENT;
    if (k === head) break;
  }
  const shape = layer.shape[head]!;
  if (shape & SHAPE.ED || (layer.cls[head]! & W.PARTICIPLE && !(shape & SHAPE.S))) return TENSE.PAST;
  if (shape & SHAPE.ING) return TENSE.NONE;
  return TENSE.PRESENT;
}

/** How strongly a clause opens right before chunk-start token k: `STRONG` for a marker, `WEAK` for a break. */
const WEAK = 1;
const STRONG = 2;
function clauseOpensBefore(layer: SyntaxLayer, k: number, start: number): number {
  const p = k - 1;
  if (p < start) return WEAK;
  const t = layer.tag[p];
  const w = layer.word(p);
  if (t === Tag.CCONJ || w === ';' || w === ':' || w === '"' || w === '(' || w === ',') return WEAK;
  if (t === Tag.SCONJ) return STRONG;
  if (layer.cls[p]! & (W.RELATIVE | W.SUBORDINATOR | W.CONDITIONAL) && layer.npOf[p]! < 0) return STRONG;
  if (layer.npOf[p]! >= 0 && layer.nps.get(layer.npOf[p]!, NP.flags) & NPF.RELATIVE) return STRONG;
  // Zero complement after a verb of saying ("said Russia fired"), zero relative after a chunk ("the drones Russia fired").
  const g = layer.vgOf[p]!;
  if (g >= 0) return (layer.vgs.get(g, VG.flags) & VGF.SPEECH) !== 0 || (layer.cls[layer.vgs.get(g, VG.head)]! & (W.SPEECH | W.OBJECT_CONTROL)) !== 0 ? STRONG : 0;
  return layer.npOf[p]! >= 0 && layer.nps.get(layer.npOf[p]!, NP.end) === k && layer.tag[p] !== Tag.NUM ? STRONG : 0;
}

/** Breaks a stretch for the bare-participle decision: punctuation and words that open another clause. */
function stretchBreak(layer: SyntaxLayer, k: number): boolean {
  const t = layer.tag[k];
  if (t === Tag.CCONJ || t === Tag.SCONJ) return true;
  const w = layer.word(k);
  if (w === ',' || w === ';' || w === ':' || w === '(' || w === ')' || w === '"' || layer.lex.dash.has(w)) return true;
  return layer.npOf[k]! >= 0 && (layer.nps.get(layer.npOf[k]!, NP.flags) & NPF.RELATIVE) !== 0;
}

/**
 * Decides bare participles and gerunds of one sentence: reduced relative, adjunct, headline passive or main verb.
 * `vgStart`/`vgEnd` are the sentence's groups; `body` its first body token; `headline` whether it is a headline,
 * label or bullet line.
 */
export function decideBareVerbs(layer: SyntaxLayer, vgStart: number, vgEnd: number, _start: number, body: number, end: number, headline: boolean): void {
  const { vgs, tag } = layer;
  for (let g = vgStart; g < vgEnd; g++) {
    const f = vgs.get(g, VG.flags);
    const first = vgs.get(g, VG.start);
    const head = vgs.get(g, VG.head);
    if (f & VGF.INFINITIVE || first !== head) continue; // has auxiliaries
    const ing = (layer.shape[head]! & SHAPE.ING) !== 0;
    if (!ing && !participleShaped(layer, head)) continue;
    const before = first - 1;
    const chunk = before >= body ? layer.npOf[before]! : -1;
    const afterChain = vgs.get(g, VG.end);
    const next = afterChain < end ? layer.word(afterChain) : '';
    const nextChunk = afterChain < end && layer.npOf[afterChain]! >= 0 && layer.nps.get(layer.npOf[afterChain]!, NP.prep) < 0;
    // 1. A gerund after a comma or at a stretch start with a verb before: an adjunct (", killing three").
    if (ing && (chunk < 0 || layer.word(before) === ',')) {
      if (earlierFinite(layer, vgStart, g)) vgs.set(g, VG.flags, f | VGF.ADJUNCT);
      continue;
    }
    if (chunk < 0 || layer.nps.get(chunk, NP.end) !== first) {
      // 2. A participle opening a topic body or a headline ("Kharkiv: struck by missiles").
      if (!ing && headline && before < body && (next === 'by' || afterChain >= end || tag[afterChain] === Tag.ADP || tag[afterChain] === Tag.PUNCT) && !earlierFinite(layer, vgStart, g)) {
        vgs.set(g, VG.flags, f | VGF.PASSIVE | VGF.HEADLINE);
      }
      continue;
    }
    const chunkStart = layer.nps.get(chunk, NP.start);
    const opens = clauseOpensBefore(layer, chunkStart, body);
    // 3. A participle after a chunk: reduced when a verb heads the clause before or after it.
    // A verb of saying after a chunk is a report ("..., the air force said"), unless a "by" agent follows.
    let reduced = false;
    if ((f & VGF.SPEECH && next !== 'by') || opens === STRONG) continue;
    if (opens === 0 && earlierFinite(layer, vgStart, g, chunkStart)) reduced = true;
    if (!reduced && !nextChunk && laterFinite(layer, g, vgEnd)) reduced = true;
    if (reduced) {
      vgs.set(g, VG.flags, (f & ~VGF.FINITE) | VGF.REDUCED | (ing ? 0 : VGF.PASSIVE));
      continue;
    }
    // 4. A headline passive: "Kyiv hit by drones", "3 drones downed", "3 drones downed over Kyiv".
    if (!ing && headline && !earlierFinite(layer, vgStart, g) && !nextChunk) {
      const m = layer.nps.get(chunk, NP.mention);
      const actor = m >= 0 && isActorMention(layer, m);
      if (next === 'by' || afterChain >= end || tag[afterChain] === Tag.PUNCT || (!actor && tag[afterChain] === Tag.ADP)) {
        vgs.set(g, VG.flags, f | VGF.PASSIVE | VGF.HEADLINE);
      }
    }
  }
}

function isActorMention(layer: SyntaxLayer, m: number): boolean {
  const type = layer.mentions[m]!.type;
  return type === 'Country' || type === 'Organisation' || type === 'Person';
}

/** Is there a finite, non-reduced group before g (before token `before` when given) in the same stretch? */
function earlierFinite(layer: SyntaxLayer, vgStart: number, g: number, before = -1): boolean {
  const { vgs } = layer;
  const limit = before >= 0 ? before : vgs.get(g, VG.start);
  for (let h = g - 1; h >= vgStart; h--) {
    const f = vgs.get(h, VG.flags);
    if (vgs.get(h, VG.end) > limit) continue;
    for (let k = vgs.get(h, VG.end); k < limit; k++) if (layer.word(k) === ';' || layer.word(k) === ':') return false;
    // The verb of a relative clause ("the shells which were fired ... killed two") does not head this clause.
    let p = vgs.get(h, VG.start) - 1;
    while (p >= 0 && layer.npOf[p]! >= 0 && !(layer.nps.get(layer.npOf[p]!, NP.flags) & NPF.RELATIVE)) p = layer.nps.get(layer.npOf[p]!, NP.start) - 1;
    if (p >= 0 && layer.npOf[p]! >= 0) continue;
    if (f & VGF.FINITE && !(f & VGF.REDUCED)) return true;
  }
  return false;
}

/** Is there a later group in g's stretch that heads the clause (auxiliaries, or a direct object after it)? */
function laterFinite(layer: SyntaxLayer, g: number, vgEnd: number): boolean {
  const { vgs } = layer;
  // Only the next group is looked at: every path below ends the search.
  const h = g + 1;
  if (h >= vgEnd) return false;
  const hs = vgs.get(h, VG.start);
  for (let k = vgs.get(g, VG.end); k < hs; k++) if (stretchBreak(layer, k)) return false;
  const f = vgs.get(h, VG.flags);
  if (!(f & VGF.FINITE)) return false;
  // A coordinated clause ("and Ukraine shot down ...") is not this clause's verb.
  const chunk = layer.npOf[hs - 1]!;
  if (chunk >= 0 && layer.tag[layer.nps.get(chunk, NP.start) - 1] === Tag.CCONJ) return false;
  const he = vgs.get(h, VG.end);
  return vgs.get(h, VG.head) !== hs || (layer.npOf[he]! >= 0 && layer.nps.get(layer.npOf[he]!, NP.prep) < 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Step 6: frames.

/** The chunk a subject or object search lands on, lifted to the phrase it heads (apposition anchor, "of" owner). */
function lift(layer: SyntaxLayer, c: number): number {
  const { nps } = layer;
  let x = c;
  for (let steps = 0; steps < 4; steps++) {
    const anchor = nps.get(x, NP.appos);
    if (anchor >= 0) {
      x = anchor;
      continue;
    }
    if (nps.get(x, NP.flags) & NPF.OF_COMPLEMENT) {
      const owner = ofOwner(layer, x);
      if (owner >= 0) {
        x = owner;
        continue;
      }
    }
    break;
  }
  // A conjunct stands for its coordination: the first member represents it.
  const k = nps.get(x, NP.coord);
  return k >= 0 ? layer.coordMembers[layer.coords.get(k, CO.first)]! : x;
}

/** The chunk whose "of" complement c is. */
function ofOwner(layer: SyntaxLayer, c: number): number {
  for (let o = c - 1; o >= 0 && o >= c - 4; o--) if (layer.nps.get(o, NP.of) === c) return o;
  return -1;
}

/** Is chunk c the object of a preposition (other than the "of" of its owner)? */
function inPP(layer: SyntaxLayer, c: number): boolean {
  return layer.nps.get(c, NP.prep) >= 0 && !(layer.nps.get(c, NP.flags) & NPF.OF_COMPLEMENT);
}

/** The nearest chunk left of token `from` in clause `clause` that can be a subject, or -1. */
function subjectLeft(layer: SyntaxLayer, from: number, clause: number, floor: number): number {
  const { nps, npOf, clauseOf, vgOf } = layer;
  // A verb right after a coordinator has no subject of its own ("fired missiles and struck a port").
  let p = from - 1;
  while (p >= floor && layer.tag[p] === Tag.ADV) p--;
  if (p >= floor && layer.tag[p] === Tag.CCONJ) return -1;
  for (let k = from - 1; k >= floor; k--) {
    if (clauseOf[k] !== clause) continue;
    const w = layer.word(k);
    if (w === ';' || w === ':') return -1;
    const g = vgOf[k]!;
    if (g >= 0 && layer.vgs.get(g, VG.flags) & VGF.FINITE && !(layer.vgs.get(g, VG.flags) & VGF.REDUCED)) return -1;
    const c = npOf[k]!;
    if (c < 0) continue;
    // Walk to the chunk's first token: its tokens are all skipped at once.
    const f = nps.get(c, NP.flags);
    // The phrase the chunk belongs to: its "of" owner, its coordination's first member.
    const owner = f & NPF.OF_COMPLEMENT ? ofOwner(layer, c) : -1;
    const co = nps.get(c, NP.coord);
    const first = co >= 0 ? layer.coordMembers[layer.coords.get(co, CO.first)]! : owner >= 0 ? owner : c;
    if (inPP(layer, first) || inPP(layer, c) || f & NPF.TEMPORAL || (f & NPF.POSSESSOR && nps.get(c + 1, NP.poss) === c)) {
      k = Math.min(k, nps.get(first, NP.start));
      continue;
    }
    // A floating quantifier after the subject ("London and Berlin both called"): the subject is the chunk before it.
    const start = nps.get(c, NP.start);
    if (f & NPF.ALL && start === nps.get(c, NP.end) - 1 && start > floor && npOf[start - 1]! >= 0) {
      k = start;
      continue;
    }
    if (owner >= 0 || nps.get(c, NP.appos) >= 0 || co >= 0) return lift(layer, c);
    return c;
  }
  return -1;
}

/** The object chunk right of token `from` in clause `clause` (adverbs, a colon skipped), or -1. */
function objectRight(layer: SyntaxLayer, from: number, clause: number, end: number): number {
  const { npOf, nps, tag, clauseOf } = layer;
  for (let k = from; k < end; k++) {
    const c = npOf[k]!;
    if (c >= 0) {
      if (clauseOf[k] !== clause) return -1;
      if (inPP(layer, c) || nps.get(c, NP.flags) & NPF.TEMPORAL) return -1;
      // Possessor: the object is the possessed chunk.
      if (nps.get(c, NP.flags) & NPF.POSSESSOR && nps.get(c + 1, NP.poss) === c) return c + 1;
      return c;
    }
    const t = tag[k];
    if (t === Tag.ADV || (t === Tag.PUNCT && layer.word(k) === ':' && k === from)) continue;
    return -1;
  }
  return -1;
}

/** Fills the frames of one sentence's verb groups and records its prepositional phrases. */
export function frames(layer: SyntaxLayer, s: number): void {
  const { vgs, sentences, nps } = layer;
  const start = sentences.get(s, S.start);
  const body = sentences.get(s, S.body);
  const end = sentences.get(s, S.end);
  const vgStart = sentences.get(s, S.vgStart);
  const vgEnd = sentences.get(s, S.vgEnd);
  const topic = sentences.get(s, S.topic);
  for (let g = vgStart; g < vgEnd; g++) {
    const f = vgs.get(g, VG.flags);
    const first = vgs.get(g, VG.start);
    const after = vgs.get(g, VG.end);
    const clause = layer.clauseOf[first]!;
    vgs.set(g, VG.clause, clause);
    const clauseStart = clause >= 0 ? layer.clauses.get(clause, CL.start) : body;
    const clauseEnd = clause >= 0 ? layer.clauses.get(clause, CL.end) : end;
    // 1. Objects (not for a passive, which has its object as subject): the chunk right after the chain.
    if (!(f & VGF.PASSIVE) || f & VGF.COPULA) {
      const o = objectRight(layer, after, clause, clauseEnd);
      if (o >= 0) {
        vgs.set(g, VG.object, o);
        const oEnd = nps.get(o, NP.coord) >= 0 ? layer.coords.get(nps.get(o, NP.coord), 1) : extentEnd(layer, o);
        const o2 = layer.npOf[oEnd]!;
        if (o2 >= 0 && !inPP(layer, o2) && layer.clauseOf[oEnd] === clause && !(nps.get(o2, NP.flags) & (NPF.TEMPORAL | NPF.RELATIVE)) && nps.get(o2, NP.appos) < 0) vgs.set(g, VG.object2, o2);
      }
    }
    // 2. Subject.
    if (f & VGF.REDUCED) {
      const c = layer.npOf[first - 1]!;
      if (c >= 0) setSubject(layer, g, lift(layer, c), SUBJ.ANTECEDENT);
    } else if (f & VGF.INFINITIVE) {
      const gov = governorOf(layer, g, vgStart, clause);
      if (gov >= 0) {
        vgs.set(g, VG.governor, gov);
        const gf = vgs.get(gov, VG.flags);
        const gh = vgs.get(gov, VG.head);
        const control = layer.cls[gh]! & W.OBJECT_CONTROL && vgs.get(gov, VG.object) >= 0 ? vgs.get(gov, VG.object) : vgs.get(gov, VG.subject);
        if (control >= 0) setSubject(layer, g, control, SUBJ.CONTROLLED);
        let add = 0;
        if (layer.cls[gh]! & W.IRREALIS || gf & (VGF.IRREALIS | VGF.MODAL | VGF.FUTURE)) add |= VGF.IRREALIS;
        if (layer.cls[gh]! & W.NEGATIVE_GOVERNOR || gf & (VGF.NEGATED | VGF.NEGATIVE_GOVERNOR)) add |= VGF.NEGATIVE_GOVERNOR;
        vgs.set(g, VG.flags, vgs.get(g, VG.flags) | add);
      }
    } else if (f & VGF.ADJUNCT) {
      // Right after a report tag (", he said, adding that ..."), the adjunct hangs on the tag's verb.
      const tagVerb = first >= 2 && layer.word(first - 1) === ',' ? layer.vgOf[first - 2]! : -1;
      if (tagVerb >= 0 && vgs.get(tagVerb, VG.flags) & VGF.SPEECH) {
        vgs.set(g, VG.governor, tagVerb);
        if (vgs.get(tagVerb, VG.subject) >= 0) setSubject(layer, g, vgs.get(tagVerb, VG.subject), SUBJ.SHARED);
        continue;
      }
      for (let h = g - 1; h >= vgStart; h--) {
        const hf = vgs.get(h, VG.flags);
        if (hf & VGF.FINITE && !(hf & VGF.REDUCED) && layer.clauseOf[vgs.get(h, VG.start)] === clause) {
          vgs.set(g, VG.governor, h);
          if (vgs.get(h, VG.subject) >= 0) setSubject(layer, g, vgs.get(h, VG.subject), SUBJ.SHARED);
          break;
        }
      }
    } else {
      let subject = subjectLeft(layer, first, clause, Math.max(clauseStart, body));
      if (subject >= 0) {
        setSubject(layer, g, subject, SUBJ.LEFT);
      } else {
        subject = invertedSubject(layer, g, clause, clauseEnd);
        if (subject >= 0) setSubject(layer, g, subject, SUBJ.INVERTED);
        else if (!sharedSubject(layer, g, vgStart) && topic >= 0) setSubject(layer, g, topic, SUBJ.TOPIC);
      }
    }
    // 2b. Object gap of a relative clause: "the missiles that Russia launched", "the help Washington could offer".
    if (clause >= 0 && layer.clauses.get(clause, CL.kind) === CL_KIND.RELATIVE && vgs.get(g, VG.object) < 0 && !(vgs.get(g, VG.flags) & (VGF.PASSIVE | VGF.COPULA | VGF.INFINITIVE))) {
      const marker = layer.clauses.get(clause, CL.marker);
      const gap = marker >= 0 ? layer.npOf[marker]! : layer.clauses.get(clause, CL.antecedent);
      const subject = vgs.get(g, VG.subject);
      if (gap >= 0 && subject >= 0 && subject !== gap) vgs.set(g, VG.object, gap);
    }
    // 3. Passive agent.
    if (vgs.get(g, VG.flags) & VGF.PASSIVE) {
      let k = after;
      while (k < clauseEnd && layer.tag[k] === Tag.ADV) k++;
      if (layer.word(k) === 'by' && layer.npOf[k + 1]! >= 0) vgs.set(g, VG.agent, lift(layer, layer.npOf[k + 1]!));
    }
  }
  ellipses(layer, s, vgStart, vgEnd, start, end);
  prepositionalPhrases(layer, s);
}

function setSubject(layer: SyntaxLayer, g: number, c: number, source: number): void {
  layer.vgs.set(g, VG.subject, c);
  layer.vgs.set(g, VG.subjectSource, source);
}

/** "said Zelensky", "as did Japan": the chunk right after a speech or do verb, before the clause ends. */
function invertedSubject(layer: SyntaxLayer, g: number, clause: number, clauseEnd: number): number {
  const { vgs } = layer;
  const f = vgs.get(g, VG.flags);
  const head = vgs.get(g, VG.head);
  if (!(f & VGF.SPEECH) && !(layer.cls[head]! & W.DO)) return -1;
  const after = vgs.get(g, VG.end);
  const c = layer.npOf[after]!;
  if (c < 0 || layer.clauseOf[after] !== clause || inPP(layer, c)) return -1;
  const e = extentEnd(layer, c);
  const w = layer.word(e);
  if (e >= clauseEnd || w === ',' || w === '.' || w === ';' || w === '"' || layer.tag[e] === Tag.ADP) {
    if (vgs.get(g, VG.object) === c) vgs.set(g, VG.object, -1);
    return lift(layer, c);
  }
  return -1;
}

/** "Russia launched X and struck Y": a verb after a coordinator with no subject of its own takes the one before. */
function sharedSubject(layer: SyntaxLayer, g: number, vgStart: number): boolean {
  const { vgs } = layer;
  let k = vgs.get(g, VG.start) - 1;
  while (k >= 0 && (layer.tag[k] === Tag.ADV || layer.word(k) === ',')) k--;
  if (k < 0 || layer.tag[k] !== Tag.CCONJ) return false;
  for (let h = g - 1; h >= vgStart; h--) {
    const hf = vgs.get(h, VG.flags);
    if (!(hf & VGF.FINITE) || hf & VGF.REDUCED) continue;
    const subject = vgs.get(h, VG.subject);
    if (subject < 0) return false;
    setSubject(layer, g, subject, SUBJ.SHARED);
    return true;
  }
  return false;
}

/**
 * The governor of an infinitive: the verb group right before "to" (after its object, for "urged allies to
 * send"), or an adjective or noun governor's verb ("is likely to", "plans to", "is going to").
 */
function governorOf(layer: SyntaxLayer, g: number, vgStart: number, clause: number): number {
  const { vgs } = layer;
  const first = vgs.get(g, VG.start);
  for (let h = g - 1; h >= vgStart; h--) {
    if (layer.clauseOf[vgs.get(h, VG.start)] !== clause) continue;
    const he = vgs.get(h, VG.end);
    // Only chunks, adverbs and one adjective may stand between the governor and "to".
    let ok = true;
    for (let k = he; k < first && ok; k++) {
      if (layer.npOf[k]! >= 0) {
        if (inPP(layer, layer.npOf[k]!)) ok = false;
        continue;
      }
      const t = layer.tag[k];
      ok = t === Tag.ADV || t === Tag.ADJ;
    }
    return ok ? h : -1;
  }
  return -1;
}

/**
 * Ellipses: "as did X" / "so did X" (inverted), "X did too" / "X did so" / "X did the same" / "X followed suit",
 * and cheap gapping after a full clause: ", and Belarus 10" (subject + object) or "and Kharkiv with 5" (object + PP).
 */
function ellipses(layer: SyntaxLayer, s: number, vgStart: number, vgEnd: number, start: number, end: number): void {
  const { vgs, cls } = layer;
  for (let g = vgStart; g < vgEnd; g++) {
    const head = vgs.get(g, VG.head);
    const f = vgs.get(g, VG.flags);
    const first = vgs.get(g, VG.start);
    const doForm = (cls[head]! & W.DO) !== 0 && head === vgs.get(g, VG.end) - 1;
    const prev = layer.word(first - 1);
    const after = vgs.get(g, VG.end);
    let ellipsis = false;
    if (doForm && (prev === 'as' || prev === 'so' || prev === 'neither' || prev === 'nor') && first - 1 >= start) {
      const c = layer.npOf[after]!;
      if (c >= 0) {
        setSubject(layer, g, lift(layer, c), SUBJ.INVERTED);
        vgs.set(g, VG.object, -1);
        ellipsis = true;
        if (prev === 'neither' || prev === 'nor') vgs.set(g, VG.flags, vgs.get(g, VG.flags) | VGF.NEGATED);
      }
    } else if (doForm && vgs.get(g, VG.subject) >= 0) {
      // "X did too", "X did so", "X did the same", "X did as well", "X also did."
      const w = layer.word(after);
      const closes = after >= end || w === '.' || w === ',' || w === ';';
      if (cls[after]! & W.ELLIPSIS_ADVERB || (w === 'the' && layer.word(after + 1) === 'same') || (w === 'as' && layer.word(after + 1) === 'well') || closes) {
        vgs.set(g, VG.object, -1);
        ellipsis = true;
      }
    } else if (layer.word(head + 1) === 'suit' && layer.word(head).startsWith('follow')) {
      ellipsis = true;
    }
    // "..., as was the Iskander", "so were the two Kalibrs": an inverted be-form repeats a passive or copular group.
    const beForm = (cls[head]! & W.BE) !== 0 && head === vgs.get(g, VG.end) - 1 && first === head;
    let passive = 0;
    if (!ellipsis && beForm && (prev === 'as' || prev === 'so') && first - 1 >= start && layer.npOf[after]! >= 0) {
      setSubject(layer, g, lift(layer, layer.npOf[after]!), SUBJ.INVERTED);
      vgs.set(g, VG.object, -1);
      ellipsis = true;
      passive = VGF.PASSIVE;
    }
    if (!ellipsis || f & VGF.ELLIPSIS) continue;
    const antecedent = antecedentGroup(layer, g);
    if (passive && (antecedent < 0 || !(vgs.get(antecedent, VG.flags) & VGF.PASSIVE))) passive = 0;
    vgs.set(g, VG.flags, vgs.get(g, VG.flags) | VGF.ELLIPSIS | passive);
    vgs.set(g, VG.copies, antecedent);
  }
  gapping(layer, s, vgStart, vgEnd, start, end);
}

/** The finite, non-speech group an ellipsis repeats: the nearest one before it (back into two earlier sentences). */
function antecedentGroup(layer: SyntaxLayer, g: number): number {
  const { vgs } = layer;
  const s = vgs.get(g, VG.sentence);
  const floor = layer.sentences.get(Math.max(0, s - 2), S.vgStart);
  let fallback = -1;
  for (let h = g - 1; h >= floor && h >= 0; h--) {
    const f = vgs.get(h, VG.flags);
    if (!(f & (VGF.FINITE | VGF.INFINITIVE)) || f & (VGF.REDUCED | VGF.ELLIPSIS)) continue;
    if (layer.cls[vgs.get(h, VG.head)]! & W.DO && vgs.get(h, VG.head) === vgs.get(h, VG.end) - 1) continue;
    if (f & VGF.SPEECH) {
      if (fallback < 0) fallback = h;
      continue;
    }
    return h;
  }
  return fallback;
}

/**
 * Gapping: after a clause with a verb, ", and X Y" or "and X with Y" up to the clause end with no verb of its own.
 * A chunk after X makes X the subject and Y the object ("Russia launched 40 drones and Belarus 10"); a
 * preposition after X makes X the object ("hit Kyiv with 10 missiles and Kharkiv with 5"). The gapped group has an
 * empty span at X and no head token (-1).
 */
function gapping(layer: SyntaxLayer, s: number, vgStart: number, vgEnd: number, start: number, end: number): void {
  const { vgs, nps, npOf, tag } = layer;
  if (vgEnd === vgStart) return;
  for (let k = start; k < end; k++) {
    if (tag[k] !== Tag.CCONJ || layer.vgOf[k]! >= 0) continue;
    const x = npOf[k + 1]!;
    if (x < 0 || nps.get(x, NP.coord) >= 0 || nps.get(x, NP.start) !== k + 1) continue;
    // The antecedent: the last finite group before the coordinator.
    let v = -1;
    for (let h = vgEnd - 1; h >= vgStart; h--) {
      if (vgs.get(h, VG.end) <= k && vgs.get(h, VG.flags) & VGF.FINITE && !(vgs.get(h, VG.flags) & VGF.REDUCED)) {
        v = h;
        break;
      }
    }
    if (v < 0 || vgs.get(v, VG.object) < 0) continue;
    const xEnd = extentEnd(layer, x);
    let y = -1;
    let objectFirst = false;
    if (npOf[xEnd]! >= 0 && nps.get(npOf[xEnd]!, NP.start) === xEnd) {
      y = npOf[xEnd]!;
    } else if (tag[xEnd] === Tag.ADP && npOf[xEnd + 1]! >= 0) {
      y = npOf[xEnd + 1]!;
      objectFirst = true;
    } else {
      continue;
    }
    const yEnd = extentEnd(layer, y);
    const closeWord = layer.word(yEnd);
    if (yEnd < end && closeWord !== '.' && closeWord !== ',' && closeWord !== ';') continue;
    // No verb of its own in the gapped stretch.
    let verb = false;
    for (let j = k + 1; j < yEnd && !verb; j++) verb = layer.vgOf[j]! >= 0;
    if (verb) continue;
    const g = vgs.add();
    vgs.set(g, VG.start, k + 1);
    vgs.set(g, VG.end, k + 1);
    vgs.set(g, VG.sentence, s);
    vgs.set(g, VG.clause, layer.clauseOf[k + 1]!);
    vgs.set(g, VG.flags, VGF.FINITE | VGF.ELLIPSIS | (vgs.get(v, VG.flags) & (VGF.PASSIVE | VGF.NEGATED)));
    vgs.set(g, VG.tense, vgs.get(v, VG.tense));
    vgs.set(g, VG.copies, v);
    if (objectFirst) {
      vgs.set(g, VG.object, x);
      if (vgs.get(v, VG.subject) >= 0) setSubject(layer, g, vgs.get(v, VG.subject), SUBJ.SHARED);
      else vgs.set(g, VG.subjectSource, SUBJ.NONE);
    } else {
      setSubject(layer, g, x, SUBJ.LEFT);
      vgs.set(g, VG.object, y);
    }
    layer.sentences.set(s, S.vgEnd, vgs.size);
    k = yEnd - 1;
  }
}

/** Records the prepositional phrases of a sentence, each with its verb scope and the chunk before it. */
function prepositionalPhrases(layer: SyntaxLayer, s: number): void {
  const { nps, pps, vgs, sentences, clauseOf } = layer;
  sentences.set(s, S.ppStart, pps.size);
  const npStart = sentences.get(s, S.npStart);
  const npEnd = sentences.get(s, S.npEnd);
  const vgStart = sentences.get(s, S.vgStart);
  const vgEnd = sentences.get(s, S.vgEnd);
  for (let c = npStart; c < npEnd; c++) {
    const prep = nps.get(c, NP.prep);
    if (prep < 0 || nps.get(c, NP.flags) & NPF.OF_COMPLEMENT) continue;
    const clause = clauseOf[prep]!;
    const p = pps.add();
    pps.set(p, PP.prep, prep);
    pps.set(p, PP.object, c);
    pps.set(p, PP.clause, clause);
    const before = layer.npOf[prep - 1] ?? -1;
    pps.set(p, PP.noun, before >= 0 && extentEndOf(layer, before) === prep ? before : -1);
    // Verb scope: the nearest group before it in the same clause (a reduced participle counts), else the first
    // group after it in the same clause (a fronted phrase: "Over Kyiv, 20 drones were downed").
    let scope = -1;
    let scopeEnd = -1;
    for (let g = vgStart; g < vgEnd; g++) {
      const e = vgs.get(g, VG.end);
      if (e <= prep && e >= scopeEnd && vgs.get(g, VG.clause) === clause) {
        scope = g;
        scopeEnd = e;
      }
    }
    if (scope < 0) {
      for (let g = vgStart; g < vgEnd; g++) {
        if (vgs.get(g, VG.start) > prep && vgs.get(g, VG.clause) === clause) {
          scope = g;
          break;
        }
      }
    }
    pps.set(p, PP.vg, scope);
  }
  sentences.set(s, S.ppEnd, pps.size);
}

function extentEndOf(layer: SyntaxLayer, c: number): number {
  return layer.nps.get(c, NP.end);
}

