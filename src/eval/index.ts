/**
 * `newsgraph eval`: runs ingest + extraction on every corpus article that has a gold file and scores it
 * (see ./score.ts for the matching rules). The report ends with the summary table, so that tools reading
 * the last lines of the output find the figures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { parseWith } from '../util/schema.ts';
import { ingestFile } from '../ingest/index.ts';
import { type BatchResult, type ExtractOptions, extractBatch, extractionBatches } from '../extract/index.ts';
import type { Document } from '../ingest/types.ts';
import { ENTITY_TYPES, EVENT_KINDS, PREDICATES } from '../domain/index.ts';
import type { DocumentExtraction } from '../extract/types.ts';
import { type GoldFile, type Prf, type ScoreNote, type Scores, prf, scoreArticle, sumScores, sumTallies } from './score.ts';
import { type EventNote, type EventScores, accuracy, scoreEvents, sumEventScores } from './events.ts';

export * from './score.ts';
export * from './events.ts';

/** One scored article. */
export interface ArticleResult {
  document: string;
  scores: Scores;
  /** Event scores; null when the gold file has no `events` key. */
  eventScores: EventScores | null;
  prediction: DocumentExtraction;
}

/** The event figures of a set (GUIDELINES.md "Scoring"), over the articles whose gold has events. */
export interface EventSummary {
  articles: number;
  events: Prf;
  dates: { correct: number; total: number; accuracy: number };
  lines: Prf;
  numbers: { correct: number; total: number; accuracy: number };
  targets: Prf;
}

/** The figures of a whole set. */
export interface EvalSummary {
  articles: number;
  entitiesByType: Record<string, Prf>;
  /** Entities without generic weapon classes. */
  entities: Prf;
  /** Entities with generic weapon classes. */
  entitiesWithGeneric: Prf;
  generic: Prf;
  relationsByPredicate: Record<string, Prf>;
  relations: Prf;
  countAccuracy: { correct: number; total: number; accuracy: number };
  /** Present when at least one gold file has an `events` key. */
  events: EventSummary | null;
}

/** Result of `evaluate`. */
export interface EvalResult {
  summary: EvalSummary;
  articles: ArticleResult[];
  notes: ScoreNote[];
  eventNotes: EventNote[];
  /** One line per article that could not be read (scored as an empty prediction). */
  errors: string[];
}

const goldEntity = z.looseObject({
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()).optional(),
  generic: z.boolean().optional(),
});

const goldRelation = z.looseObject({
  subject: z.array(z.string()),
  predicate: z.enum(PREDICATES),
  object: z.array(z.string()),
  count: z.number().nullable().optional(),
  addressee: z.array(z.string()).nullable().optional(),
  evidence: z.string(),
});

const goldEvent = z.looseObject({
  kind: z.enum(EVENT_KINDS),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not YYYY-MM-DD').nullable(),
  attacker: z.array(z.string()),
  claimedBy: z.array(z.string()),
  weapons: z.array(z.looseObject({ weapon: z.array(z.string()), launched: z.number().nullable(), intercepted: z.number().nullable() })),
  targets: z.array(z.string()),
  evidence: z.string(),
});

/** The schema of a gold file (GUIDELINES.md, events as its "Events" section says); fields the scorer does not read are kept as they are. */
export const GOLD_SCHEMA = z.looseObject({
  document: z.string(),
  published: z.string().nullable().optional(),
  entities: z.array(goldEntity),
  relations: z.array(goldRelation),
  events: z.array(goldEvent).optional(),
});

/** Reads and checks one gold file; throws InputError naming the file and the path of the first bad field. */
export function readGoldFile(path: string): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(path, `not a readable JSON gold file (${(error as Error).message}); expected the GUIDELINES.md format`);
  }
  return parseWith(GOLD_SCHEMA, data, path, 'the GUIDELINES.md gold format');
}

/** Summarises event scores into the figures of GUIDELINES.md. */
export function summariseEvents(total: EventScores, articles: number): EventSummary {
  return {
    articles,
    events: prf(total.events),
    dates: { ...total.dates, accuracy: accuracy(total.dates) },
    lines: prf(total.lines),
    numbers: { ...total.numbers, accuracy: accuracy(total.numbers) },
    targets: prf(total.targets),
  };
}

/** Summarises set scores into P/R/F1 figures. */
export function summarise(total: Scores, articles: number, events: EventSummary | null = null): EvalSummary {
  const entitiesByType: Record<string, Prf> = {};
  for (const type of ENTITY_TYPES) entitiesByType[type] = prf(total.entitiesByType[type]);
  const relationsByPredicate: Record<string, Prf> = {};
  for (const predicate of PREDICATES) relationsByPredicate[predicate] = prf(total.relationsByPredicate[predicate]);
  const named = sumTallies(ENTITY_TYPES.map((t) => total.entitiesByType[t]));
  return {
    articles,
    entitiesByType,
    entities: prf(named),
    entitiesWithGeneric: prf(sumTallies([named, total.generic])),
    generic: prf(total.generic),
    relationsByPredicate,
    relations: prf(sumTallies(PREDICATES.map((p) => total.relationsByPredicate[p]))),
    countAccuracy: {
      correct: total.counts.correct,
      total: total.counts.total,
      accuracy: total.counts.total === 0 ? 1 : total.counts.correct / total.counts.total,
    },
    events,
  };
}

/**
 * Scores the articles of `corpusDir` that have a gold file in `goldDir`.
 * @throws InputError when a folder is missing or holds no gold files
 */
export function evaluate(goldDir: string, corpusDir: string, options: ExtractOptions = {}): EvalResult {
  // 1. Gold files.
  for (const dir of [goldDir, corpusDir]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(dir, 'folder not found; expected a folder');
  }
  const goldFiles = readdirSync(goldDir).filter((name) => name.endsWith('.gold.json')).sort();
  if (!goldFiles.length) throw new InputError(goldDir, 'no *.gold.json files; expected gold files in the GUIDELINES.md format');
  // 2. Each article: ingest; extract, in batches (`extractBatch`: the same extractions for less work); score.
  const read: Array<{ gold: GoldFile; doc: Document | null; error: InputError | null }> = [];
  for (const name of goldFiles) {
    const gold = readGoldFile(join(goldDir, name));
    const path = resolve(corpusDir, gold.document);
    if (!existsSync(path)) continue;
    try {
      read.push({ gold, doc: ingestFile(path), error: null });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      read.push({ gold, doc: null, error });
    }
  }
  const extracted = new Map<Document, BatchResult>();
  for (const batch of extractionBatches(read.flatMap((item) => (item.doc ? [item.doc] : [])))) {
    extractBatch(batch, options).forEach((result, i) => extracted.set(batch[i] as Document, result));
  }
  const articles: ArticleResult[] = [];
  const errors: string[] = [];
  for (const { gold, doc, error } of read) {
    // An article that cannot be read scores as an empty prediction (every gold item a miss) and is reported.
    const result = doc ? extracted.get(doc) : undefined;
    if (result && !result.ok && !(result.error instanceof InputError)) throw result.error;
    let prediction: DocumentExtraction;
    if (result?.ok) prediction = result.extraction;
    else {
      const failure = error ?? (result && !result.ok ? result.error : null);
      errors.push(failure instanceof InputError ? failure.message : `${gold.document}: not extracted`);
      prediction = { document: { id: gold.document, title: null, published: null, source: null, byline: null }, entities: [], relations: [], events: [] };
    }
    const eventScores = gold.events ? scoreEvents(gold, prediction) : null;
    articles.push({ document: gold.document, scores: scoreArticle(gold, prediction), eventScores, prediction });
  }
  if (!articles.length) throw new InputError(corpusDir, `no article named by the gold files of ${goldDir}; expected the matching corpus folder`);
  // 3. Micro-averaged figures.
  const total = sumScores(articles.map((a) => a.scores));
  const withEvents = articles.flatMap((a) => (a.eventScores ? [a.eventScores] : []));
  const eventTotal = withEvents.length ? sumEventScores(withEvents) : null;
  const events = eventTotal ? summariseEvents(eventTotal, withEvents.length) : null;
  return { summary: summarise(total, articles.length, events), articles, notes: total.notes, eventNotes: eventTotal?.notes ?? [], errors };
}

function row(name: string, p: Prf): string {
  const figures = `${p.precision.toFixed(3)}  ${p.recall.toFixed(3)}  ${p.f1.toFixed(3)}`;
  return `${name.padEnd(28)} ${figures}  ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}`;
}

/** Formats the human-readable report: notes when `verbose`, then per-type and per-predicate tables, summary last. */
export function formatReport(result: EvalResult, verbose = false): string {
  const lines: string[] = [];
  const s = result.summary;
  if (verbose) {
    let current = '';
    for (const note of [...result.notes, ...result.eventNotes].sort((a, b) => a.document.localeCompare(b.document))) {
      if (note.document !== current) {
        current = note.document;
        lines.push('', `== ${current}`);
      }
      lines.push(`  ${note.kind.padEnd(13)} ${note.text}`);
    }
    lines.push('');
  }
  const header = `${''.padEnd(28)} P      R      F1       TP   FP   FN`;
  lines.push(`Entities by type (generic classes apart), ${s.articles} articles`, header);
  for (const type of ENTITY_TYPES) lines.push(row(`  ${type}`, s.entitiesByType[type] as Prf));
  lines.push(row('  generic weapon classes', s.generic));
  lines.push('', 'Relations by predicate', header);
  for (const predicate of PREDICATES) lines.push(row(`  ${predicate}`, s.relationsByPredicate[predicate] as Prf));
  const e = s.events;
  if (e) {
    lines.push('', `Events (${e.articles} articles with event gold, micro-averaged)`, header);
    lines.push(row('events', e.events));
    lines.push(row('weapon lines', e.lines));
    lines.push(row('targets', e.targets));
    lines.push(`date accuracy                ${e.dates.accuracy.toFixed(3)}  (${e.dates.correct}/${e.dates.total} matched events with a gold date)`);
    lines.push(`number accuracy              ${e.numbers.accuracy.toFixed(3)}  (${e.numbers.correct}/${e.numbers.total} matched weapon lines, launched and intercepted both right)`);
  }
  // The summary table comes last: the last lines of the output are read by tools.
  lines.push('', `Summary (${s.articles} articles, micro-averaged)`, header);
  lines.push(row('entities (generic excluded)', s.entities));
  lines.push(row('entities (generic included)', s.entitiesWithGeneric));
  for (const predicate of PREDICATES) lines.push(row(`relations: ${predicate}`, s.relationsByPredicate[predicate] as Prf));
  lines.push(row('relations (all)', s.relations));
  const c = s.countAccuracy;
  lines.push(`count accuracy               ${c.accuracy.toFixed(3)}  (${c.correct}/${c.total} matched relations with a gold count)`);
  return lines.join('\n');
}
