/**
 * The syntactic layer of one document: per-token arrays and one record table per kind of structure (see types.ts
 * for the record layouts), with the read helpers the relation rules and the event model use. Built by
 * `buildSyntax` (index.ts); read-only for everyone else.
 */
import type { Mention, Token } from '../layers.ts';
import * as types from './types.ts';
import type { SyntaxLexicon } from './lexicon.ts';

// Local copies of the constant tables: under the tsx loader an imported binding is a getter, too slow to
// call in per-token loops.
const { CL, CL_KIND, CO, NP, NPF, PP, Q, S, SUBJ, VG, VGF } = types;

/**
 * A growable table of fixed-width integer records; new records start with every field at -1. The records live in
 * one flat array of small integers (a plain array: young-generation memory is cheaper per document than typed
 * arrays' external buffers, and V8 keeps it as packed small integers).
 */
export class RecordTable {
  /** The records, `width` fields each: field f of record i is `data[i * width + f]`. */
  readonly data: number[] = [];
  size = 0;
  readonly width: number;

  constructor(width: number) {
    this.width = width;
  }

  /** Appends a record (all fields -1) and returns its index. */
  add(): number {
    const data = this.data;
    for (let i = 0; i < this.width; i++) data.push(-1);
    return this.size++;
  }

  /** Field `field` of record `index` (-1 for an index out of range). */
  get(index: number, field: number): number {
    return index >= 0 && index < this.size ? (this.data[index * this.width + field] as number) : -1;
  }

  set(index: number, field: number, value: number): void {
    this.data[index * this.width + field] = value;
  }

  /** ORs bits into a flags field. */
  flag(index: number, field: number, bits: number): void {
    this.data[index * this.width + field] = (this.data[index * this.width + field] as number) | bits;
  }
}

/** What `buildSyntax` reads: the token and sentence layers, and optionally the mentions (for entity-aware chunks). */
export interface SyntaxInput {
  tokens: readonly Token[];
  /**
   * The sentences to analyse, in order: every sentence of the document, or a subset of them; tokens
   * outside them are left untagged and belong to no structure.
   */
  sentences: readonly { index: number; tokenStart: number; tokenEnd: number }[];
  /** Mentions sorted by start; a mention's tokens always stay inside one chunk. */
  mentions?: readonly Mention[];
  /**
   * The lexeme id of each token (one id per distinct token text; `ExtractContext.lexemeIds`), when known: word
   * classes and shapes are then computed once per distinct word for the life of the process instead of once per
   * token.
   */
  lexemeIds?: Int32Array | null;
}

/** The shallow syntax of one document. Every field holding text positions holds token indexes. */
export class SyntaxLayer {
  /** Number of tokens. */
  readonly n: number;
  /** Tag per token (`Tag` codes), after the corrections of tags.ts. */
  readonly tag: Uint8Array;
  /** Word-class mask per token (`W` bits of lexicon.ts). */
  readonly cls: Uint32Array;
  /** Shape bits per token (`SHAPE`). */
  readonly shape: Uint8Array;
  /** Innermost chunk holding each token, or -1. */
  readonly npOf: Int32Array;
  /** Verb group holding each token, or -1. */
  readonly vgOf: Int32Array;
  /** Innermost clause holding each token, or -1 (dateline, bullet and topic tokens belong to no clause). */
  readonly clauseOf: Int32Array;
  /** Quotation holding each token (quote marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** Mention covering each token (the longest), or -1; all -1 when no mentions were given. */
  readonly mentionOf: Int32Array;

  readonly sentences: RecordTable;
  readonly nps: RecordTable;
  readonly coords: RecordTable;
  /** Chunk indexes of the coordinations' members (`CO.first`, `CO.count`). */
  readonly coordMembers: number[] = [];
  readonly vgs: RecordTable;
  readonly pps: RecordTable;
  readonly clauses: RecordTable;
  readonly quotes: RecordTable;

  /** The input the layer was built over (kept for the helpers and `explain`). */
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly lexemeIds: Int32Array | null;
  readonly lex: SyntaxLexicon;

  constructor(input: SyntaxInput, lex: SyntaxLexicon, widths: { s: number; np: number; co: number; vg: number; pp: number; cl: number; q: number }) {
    const n = input.tokens.length;
    this.n = n;
    this.tokens = input.tokens;
    this.mentions = input.mentions ?? [];
    this.lexemeIds = input.lexemeIds && input.lexemeIds.length >= n ? input.lexemeIds : null;
    this.lex = lex;
    // One backing buffer per element type (fewer allocations per document).
    const bytes = new Uint8Array(2 * n);
    this.tag = bytes.subarray(0, n);
    this.shape = bytes.subarray(n, 2 * n);
    this.cls = new Uint32Array(n);
    const links = new Int32Array(5 * n).fill(-1);
    this.npOf = links.subarray(0, n);
    this.vgOf = links.subarray(n, 2 * n);
    this.clauseOf = links.subarray(2 * n, 3 * n);
    this.quoteOf = links.subarray(3 * n, 4 * n);
    this.mentionOf = links.subarray(4 * n, 5 * n);
    this.sentences = new RecordTable(widths.s);
    this.nps = new RecordTable(widths.np);
    this.coords = new RecordTable(widths.co);
    this.vgs = new RecordTable(widths.vg);
    this.pps = new RecordTable(widths.pp);
    this.clauses = new RecordTable(widths.cl);
    this.quotes = new RecordTable(widths.q);
  }

  // Field readers: `layer.np(c, NP.head)`.

  sentence(s: number, field: number): number {
    return this.sentences.get(s, field);
  }
  np(c: number, field: number): number {
    return this.nps.get(c, field);
  }
  coord(k: number, field: number): number {
    return this.coords.get(k, field);
  }
  vg(g: number, field: number): number {
    return this.vgs.get(g, field);
  }
  pp(p: number, field: number): number {
    return this.pps.get(p, field);
  }
  clause(k: number, field: number): number {
    return this.clauses.get(k, field);
  }
  quote(q: number, field: number): number {
    return this.quotes.get(q, field);
  }

  /** Does chunk c have all of these `NPF` bits? */
  npHas(c: number, bits: number): boolean {
    return c >= 0 && (this.nps.get(c, NP.flags) & bits) === bits;
  }
  /** Does verb group g have all of these `VGF` bits? */
  vgHas(g: number, bits: number): boolean {
    return g >= 0 && (this.vgs.get(g, VG.flags) & bits) === bits;
  }

  /** Calls `fn` with each conjunct of chunk c's coordination (or with c alone), in text order. */
  forEachConjunct(c: number, fn: (chunk: number) => void): void {
    const k = this.np(c, NP.coord);
    if (k < 0) {
      if (c >= 0) fn(c);
      return;
    }
    const first = this.coord(k, CO.first);
    const count = this.coord(k, CO.count);
    for (let i = 0; i < count; i++) fn(this.coordMembers[first + i] as number);
  }

  /** The conjuncts of chunk c's coordination (or [c]). Allocates: use `forEachConjunct` in hot loops. */
  conjuncts(c: number): number[] {
    const out: number[] = [];
    this.forEachConjunct(c, (m) => out.push(m));
    return out;
  }

  /** The chunk a relative pronoun chunk stands for (its clause's antecedent), else c itself. */
  resolveRelative(c: number): number {
    if (!this.npHas(c, NPF.RELATIVE)) return c;
    for (let k = this.np(c, NP.clause); k >= 0; k = this.clause(k, CL.parent)) {
      if (this.clause(k, CL.kind) === CL_KIND.RELATIVE) {
        const a = this.clause(k, CL.antecedent);
        return a >= 0 ? a : c;
      }
    }
    return c;
  }

  /** The doer of g: the "by" agent of a passive, else the subject (relative pronouns resolved). */
  logicalSubject(g: number): number {
    const passive = this.vgHas(g, VGF.PASSIVE);
    return this.resolveRelative(passive ? this.vg(g, VG.agent) : this.vg(g, VG.subject));
  }

  /** What g is done to: the subject of a passive, else the direct object (relative pronouns resolved). */
  logicalObject(g: number): number {
    const passive = this.vgHas(g, VGF.PASSIVE);
    return this.resolveRelative(passive ? this.vg(g, VG.subject) : this.vg(g, VG.object));
  }

  /**
   * The frame a verb group stands for: an ellipsis ("as did X") repeats the predicate of `copies`. Returns the
   * verb group whose head, object and attachments apply (g itself when it is no ellipsis).
   */
  predicateOf(g: number): number {
    let h = g;
    for (let steps = 0; steps < 4 && this.vgHas(h, VGF.ELLIPSIS) && this.vg(h, VG.copies) >= 0; steps++) h = this.vg(h, VG.copies);
    return h;
  }

  /** Calls `fn` with each prepositional phrase in the scope of verb group g (preposition token, object chunk). */
  forEachPP(g: number, fn: (prep: number, object: number, pp: number) => void): void {
    const s = this.vg(g, VG.sentence);
    const end = this.sentence(s, S.ppEnd);
    for (let p = this.sentence(s, S.ppStart); p < end; p++) {
      if (this.pps.get(p, PP.vg) === g) fn(this.pps.get(p, PP.prep), this.pps.get(p, PP.object), p);
    }
  }

  /** The chunk of the person or body whose words token t reports (quotation, "X said ...", "..., X said"), or -1. */
  speakerOf(t: number): number {
    const q = this.quoteOf[t] ?? -1;
    if (q >= 0 && this.quote(q, Q.speaker) >= 0) return this.quote(q, Q.speaker);
    for (let k = this.clauseOf[t] ?? -1; k >= 0; k = this.clause(k, CL.parent)) {
      const speaker = this.clause(k, CL.speaker);
      if (speaker >= 0) return speaker;
    }
    return -1;
  }

  /** Where the subject of g came from (`SUBJ`). */
  subjectSource(g: number): number {
    return this.vg(g, VG.subjectSource) < 0 ? SUBJ.NONE : this.vg(g, VG.subjectSource);
  }

  /** The lower-cased word of token t. */
  word(t: number): string {
    return this.tokens[t]?.normal ?? '';
  }
}
