/**
 * Readable views of the syntactic layer for tests, `--explain`-style dumps and review by eye. These allocate
 * objects and strings: never call them from a rule's hot loop.
 */
import { CL, CL_KIND, CLF, CO, CO_KIND, COF, NP, NPF, Q, Q_FRAME, S, SF, SUBJ, TENSE, VG, VGF } from './types.ts';
import type { SyntaxLayer } from './layer.ts';

/** The text of tokens [start, end), with single spaces where the document had whitespace. */
export function spanText(layer: SyntaxLayer, start: number, end: number): string {
  let out = '';
  for (let t = start; t < end; t++) {
    const token = layer.tokens[t]!;
    if (t > start && token.start > layer.tokens[t - 1]!.end) out += ' ';
    out += token.text;
  }
  return out;
}

/** Names of the bits set in `value`, from a `{ NAME: bit }` table. */
function bitNames(table: Record<string, number>, value: number): string[] {
  return Object.entries(table)
    .filter(([, bit]) => (value & bit) !== 0)
    .map(([name]) => name.toLowerCase());
}

function nameOf(table: Record<string, number>, value: number): string {
  return (Object.entries(table).find(([, v]) => v === value)?.[0] ?? String(value)).toLowerCase();
}

/** A chunk as text ("" for -1). */
export function npText(layer: SyntaxLayer, c: number): string {
  return c < 0 ? '' : spanText(layer, layer.np(c, NP.start), layer.np(c, NP.end));
}

/** A chunk with its "of" complements ("head of the presidential office"). */
export function phraseText(layer: SyntaxLayer, c: number): string {
  if (c < 0) return '';
  let end = layer.np(c, NP.end);
  for (let o = layer.np(c, NP.of), steps = 0; o >= 0 && steps < 4; o = layer.np(o, NP.of), steps++) end = layer.np(o, NP.end);
  return spanText(layer, layer.np(c, NP.start), end);
}

/**
 * An argument as text: the whole coordination when the chunk is a conjunct ("South Korea and the UK"), a relative
 * pronoun with its antecedent ("which=The attack"), else the chunk with its "of" complements.
 */
export function argumentText(layer: SyntaxLayer, c: number): string {
  const k = layer.np(c, NP.coord);
  if (k >= 0) return spanText(layer, layer.coord(k, CO.start), layer.coord(k, CO.end));
  const resolved = layer.resolveRelative(c);
  if (resolved !== c) return `${npText(layer, c)}=${argumentText(layer, resolved)}`;
  return phraseText(layer, c);
}

/** What a test or a reviewer sees of a chunk. */
export interface ChunkView {
  text: string;
  head: string;
  det: string | null;
  quantity: string | null;
  count: number | null;
  part: number | null;
  modifiers: string | null;
  possessor: string | null;
  of: string | null;
  appositionTo: string | null;
  preposition: string | null;
  sharedHead: string | null;
  /** Texts of the conjuncts when the chunk is in a coordination (with its kind), else null. */
  coordination: { kind: string; members: string[]; sharedHead: boolean } | null;
  flags: string[];
}

export function chunkView(layer: SyntaxLayer, c: number): ChunkView {
  const get = (f: number): number => layer.np(c, f);
  const token = (t: number): string | null => (t < 0 ? null : layer.tokens[t]!.text);
  const k = get(NP.coord);
  const head = get(NP.head);
  const mod = get(NP.mod);
  return {
    text: npText(layer, c),
    head: layer.tokens[head]!.text,
    det: token(get(NP.det)),
    quantity: get(NP.quantStart) >= 0 ? spanText(layer, get(NP.quantStart), get(NP.quantEnd)) : null,
    count: get(NP.count) >= 0 ? get(NP.count) : null,
    part: get(NP.part) >= 0 ? get(NP.part) : null,
    modifiers: mod >= 0 ? spanText(layer, mod, head) : null,
    possessor: get(NP.poss) >= 0 ? npText(layer, get(NP.poss)) : null,
    of: get(NP.of) >= 0 ? phraseText(layer, get(NP.of)) : null,
    appositionTo: get(NP.appos) >= 0 ? npText(layer, get(NP.appos)) : null,
    preposition: token(get(NP.prep)),
    sharedHead: token(get(NP.sharedHead)),
    coordination:
      k < 0
        ? null
        : {
            kind: nameOf(CO_KIND, layer.coord(k, CO.kind)),
            members: layer.conjuncts(c).map((m) => npText(layer, m)),
            sharedHead: (layer.coord(k, CO.flags) & COF.SHARED_HEAD) !== 0,
          },
    flags: bitNames(NPF, get(NP.flags)),
  };
}

/** What a test or a reviewer sees of a verb group's frame. */
export interface FrameView {
  /** The verb chain ("had not been shot down"); "(gap)" for a gapped ellipsis. */
  verb: string;
  head: string | null;
  subject: string | null;
  subjectFrom: string;
  object: string | null;
  object2: string | null;
  agent: string | null;
  /** "at Kyiv", "by Russia", ... in text order. */
  pps: string[];
  voice: 'active' | 'passive';
  tense: string;
  /** The verb chain of the governor of an infinitive or adjunct. */
  governor: string | null;
  /** For an ellipsis, the verb chain it repeats. */
  copies: string | null;
  flags: string[];
}

function groupText(layer: SyntaxLayer, g: number): string {
  const start = layer.vg(g, VG.start);
  const end = layer.vg(g, VG.end);
  return start === end ? '(gap)' : spanText(layer, start, end);
}

export function frameView(layer: SyntaxLayer, g: number): FrameView {
  const get = (f: number): number => layer.vg(g, f);
  const np = (c: number): string | null => (c < 0 ? null : argumentText(layer, c));
  const pps: string[] = [];
  layer.forEachPP(g, (prep, object) => pps.push(`${layer.tokens[prep]!.text.toLowerCase()} ${argumentText(layer, object)}`));
  const flags = get(VG.flags);
  return {
    verb: groupText(layer, g),
    head: get(VG.head) >= 0 ? layer.tokens[get(VG.head)]!.text : null,
    subject: np(get(VG.subject)),
    subjectFrom: nameOf(SUBJ, layer.subjectSource(g)),
    object: np(get(VG.object)),
    object2: np(get(VG.object2)),
    agent: np(get(VG.agent)),
    pps,
    voice: flags & VGF.PASSIVE ? 'passive' : 'active',
    tense: nameOf(TENSE, get(VG.tense)),
    governor: get(VG.governor) >= 0 ? groupText(layer, get(VG.governor)) : null,
    copies: get(VG.copies) >= 0 ? groupText(layer, get(VG.copies)) : null,
    flags: bitNames(VGF, flags),
  };
}

/** What a test or a reviewer sees of a clause. */
export interface ClauseView {
  kind: string;
  text: string;
  marker: string | null;
  antecedent: string | null;
  speaker: string | null;
  /** Index of the parent clause among the sentence's clauses, or null. */
  parent: number | null;
  flags: string[];
}

export function clauseView(layer: SyntaxLayer, k: number): ClauseView {
  const get = (f: number): number => layer.clause(k, f);
  const first = layer.sentence(get(CL.sentence), S.clauseStart);
  return {
    kind: nameOf(CL_KIND, get(CL.kind)),
    text: spanText(layer, get(CL.start), get(CL.end)),
    marker: get(CL.marker) >= 0 ? layer.tokens[get(CL.marker)]!.text : null,
    antecedent: get(CL.antecedent) >= 0 ? phraseText(layer, get(CL.antecedent)) : null,
    speaker: get(CL.speaker) >= 0 ? phraseText(layer, get(CL.speaker)) : null,
    parent: get(CL.parent) >= 0 ? get(CL.parent) - first : null,
    flags: bitNames(CLF, get(CL.flags)),
  };
}

/** What a test or a reviewer sees of a quotation. */
export interface QuoteView {
  text: string;
  speaker: string | null;
  verb: string | null;
  frame: string;
}

export function quoteView(layer: SyntaxLayer, q: number): QuoteView {
  const open = layer.quote(q, Q.open);
  const close = layer.quote(q, Q.close);
  const speaker = layer.quote(q, Q.speaker);
  const verb = layer.quote(q, Q.vg);
  return {
    text: spanText(layer, open, close >= 0 ? close + 1 : open + 1),
    speaker: speaker >= 0 ? phraseText(layer, speaker) : null,
    verb: verb >= 0 ? groupText(layer, verb) : null,
    frame: nameOf(Q_FRAME, layer.quote(q, Q.frame)),
  };
}

/** Everything the layer knows about one sentence. */
export interface SentenceView {
  text: string;
  body: string;
  flags: string[];
  topic: string | null;
  dateline: string | null;
  chunks: ChunkView[];
  frames: FrameView[];
  clauses: ClauseView[];
}

export function sentenceView(layer: SyntaxLayer, s: number): SentenceView {
  const get = (f: number): number => layer.sentence(s, f);
  const chunks: ChunkView[] = [];
  for (let c = get(S.npStart); c < get(S.npEnd); c++) chunks.push(chunkView(layer, c));
  const frames: FrameView[] = [];
  for (let g = get(S.vgStart); g < get(S.vgEnd); g++) frames.push(frameView(layer, g));
  const clauses: ClauseView[] = [];
  for (let k = get(S.clauseStart); k < get(S.clauseEnd); k++) clauses.push(clauseView(layer, k));
  return {
    text: spanText(layer, get(S.start), get(S.end)),
    body: spanText(layer, get(S.body), get(S.end)),
    flags: bitNames(SF, get(S.flags)),
    topic: get(S.topic) >= 0 ? npText(layer, get(S.topic)) : null,
    dateline: get(S.dateline) >= 0 ? npText(layer, get(S.dateline)) : null,
    chunks,
    frames,
    clauses,
  };
}

/** One line per frame: "subject | verb | object | pps [flags]" (the compact form used in reviews). */
export function frameLine(layer: SyntaxLayer, g: number): string {
  const f = frameView(layer, g);
  const parts = [f.subject ?? '-', f.verb, f.object ?? '-'];
  if (f.agent) parts.push(`by ${f.agent}`);
  const extra = f.pps.filter((p) => !p.startsWith('by ') || !f.agent);
  if (extra.length) parts.push(extra.join('; '));
  const shown = f.flags.filter((x) => x !== 'finite');
  return `${parts.join(' | ')}${shown.length ? ` [${shown.join(',')}]` : ''}`;
}

/** A multi-line dump of a sentence: text, chunks, clauses, frames. */
export function describeSentence(layer: SyntaxLayer, s: number): string {
  const view = sentenceView(layer, s);
  const lines = [`# ${view.text}${view.flags.length ? `  {${view.flags.join(',')}}` : ''}`];
  if (view.topic) lines.push(`  topic: ${view.topic}`);
  if (view.dateline) lines.push(`  dateline: ${view.dateline}`);
  lines.push(`  chunks: ${view.chunks.map((c) => `[${c.text}]`).join(' ')}`);
  for (const c of view.clauses) lines.push(`  clause ${c.kind}${c.marker ? `(${c.marker})` : ''}: ${c.text}${c.antecedent ? ` <- ${c.antecedent}` : ''}${c.speaker ? ` (speaker ${c.speaker})` : ''}`);
  for (let g = layer.sentence(s, S.vgStart); g < layer.sentence(s, S.vgEnd); g++) lines.push(`  ${frameLine(layer, g)}`);
  return lines.join('\n');
}
