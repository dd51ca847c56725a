/**
 * Extraction benchmark: ingest + extract over >= 5,000 generated articles (bench/corpus.ts), next to the bare
 * wink-nlp pass (readDoc, tokens out with their POS tags) over the same cleaned texts in the same run, on one
 * core (one Node thread). Reports articles/s, words/s, peak RSS per phase, and the extraction / bare-pass ratio.
 * Aims (issue 2): >= 200 articles/s and extraction <= 3x the bare pass.
 */
import { cpus, loadavg } from 'node:os';
import { ingestText } from '../src/ingest/index.ts';
import type { Document } from '../src/ingest/types.ts';
import { extractDocument, extractDocuments, extractionBatches } from '../src/extract/index.ts';
import { nlp } from '../src/extract/nlp.ts';
import { countWords, generateCorpus } from './corpus.ts';
import type { BenchOptions, BenchSection } from './index.ts';

/** Figures of one measured phase. */
interface Phase {
  phase: string;
  articles: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of this process (user + system): less sensitive to other load on the machine. */
  cpuSeconds: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
  peakRssMB: number;
}

const MB = 1024 * 1024;

/** Accumulates wall time, CPU time and peak RSS of one phase over one or more batches. */
class Meter {
  private wall = 0;
  private cpu = 0;
  private peak = 0;
  private count = 0;
  constructor(readonly phase: string) {}

  /** Runs `work` over `items`, sampling RSS every 100 items; `articles` counts the articles of an item (default 1). */
  run<T>(items: readonly T[], work: (item: T) => void, articles: (item: T) => number = () => 1): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < items.length; i++) {
      work(items[i]!);
      if (i % 100 === 0) this.peak = Math.max(this.peak, process.memoryUsage.rss());
    }
    this.wall += Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    this.cpu += (cpu.user + cpu.system) / 1e6;
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
    for (const item of items) this.count += articles(item);
  }

  /**
   * The phase's figures. Rates use the smaller of wall and CPU time: CPU time when other processes compete for the
   * core, wall time when the process's own helper threads (GC) add CPU time in parallel.
   */
  result(words: number): Phase {
    const basis = Math.min(this.wall, this.cpu);
    return {
      phase: this.phase,
      articles: this.count,
      seconds: this.wall,
      cpuSeconds: this.cpu,
      articlesPerSecond: this.count / basis,
      wordsPerSecond: words / basis,
      peakRssMB: this.peak / MB,
    };
  }
}

/** Splits `items` into batches of `size`. */
function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The bare NLP pass the extraction is compared with: read, tokens, POS tags. */
function barePass(text: string): number {
  const engine = nlp();
  const doc = engine.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(engine.its.value) as string[];
  const pos = tokens.out(engine.its.pos) as string[];
  return values.length + pos.length;
}

/**
 * 1. corpus: generate and ingest it once (ingest is timed as its own phase);
 * 2. warm-up: a few hundred documents through both passes (model load, JIT);
 * 3. the bare pass, then extraction, over the same documents; ingest + extract end to end as a third figure.
 */
export async function run(options: BenchOptions): Promise<BenchSection> {
  const size = options.quick ? 300 : Number(process.env.BENCH_ARTICLES ?? 5000);
  // 1. corpus and ingest
  const articles = generateCorpus({ size, seed: options.seed });
  const rawWords = articles.reduce((n, a) => n + countWords(a.text), 0);
  const docs: Document[] = [];
  const ingestMeter = new Meter('ingest (clean + metadata)');
  ingestMeter.run(articles, (a) => {
    docs.push(ingestText(a.text, { id: a.id, format: 'txt' }));
  });
  const ingest = ingestMeter.result(rawWords);
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);

  // 2. warm-up
  for (const d of docs.slice(0, Math.min(500, docs.length))) {
    barePass(d.text);
    extractDocument(d);
  }

  // 3. measured passes, interleaved in batches of 1,000 articles so that all three see the same machine load
  let sink = 0;
  const bareMeter = new Meter('bare wink-nlp pass (readDoc + tokens + pos)');
  const extractMeter = new Meter('extractDocuments (batches of 32, step by step)');
  const endToEndMeter = new Meter('ingest + extract (end to end)');
  const articleBatches = batches(articles, 1000);
  batches(docs, 1000).forEach((batch, i) => {
    bareMeter.run(batch, (d) => {
      sink += barePass(d.text);
    });
    // Extraction as `newsgraph extract` runs it: batches of documents, step by step (extractDocuments).
    extractMeter.run(
      extractionBatches(batch),
      (docsOfBatch) => {
        for (const out of extractDocuments(docsOfBatch)) sink += out.relations.length;
      },
      (docsOfBatch) => docsOfBatch.length,
    );
    endToEndMeter.run(
      batches(articleBatches[i]!, 32),
      (group) => {
        for (const out of extractDocuments(group.map((a) => ingestText(a.text, { id: a.id, format: 'txt' })))) sink += out.entities.length;
      },
      (group) => group.length,
    );
  });
  const bare = bareMeter.result(words);
  const extract = extractMeter.result(words);
  const endToEnd = endToEndMeter.result(words);
  const ratio = Math.min(extract.seconds, extract.cpuSeconds) / Math.min(bare.seconds, bare.cpuSeconds);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const phases = [ingest, bare, extract, endToEnd];
  const aims = {
    articlesPerSecond: { aim: 200, measured: endToEnd.articlesPerSecond, met: endToEnd.articlesPerSecond >= 200 },
    ratioToBarePass: { aim: 3, measured: ratio, met: ratio <= 3 },
  };
  return {
    name: 'extract',
    title: `Extraction: ${size.toLocaleString('en-US')} articles (${words.toLocaleString('en-US')} words), one Node thread`,
    columns: ['phase', 'articles', 'wall s', 'CPU s', 'articles/s', 'words/s', 'peak RSS MB'],
    rows: phases.map((p) => ({
      phase: p.phase,
      articles: p.articles,
      'wall s': p.seconds,
      'CPU s': p.cpuSeconds,
      'articles/s': p.articlesPerSecond,
      'words/s': p.wordsPerSecond,
      'peak RSS MB': p.peakRssMB,
    })),
    notes: [
      `extraction / bare pass: ${ratio.toFixed(2)}x (aim <= 3x: ${aims.ratioToBarePass.met ? 'met' : 'NOT met'})`,
      `end to end: ${Math.round(endToEnd.articlesPerSecond)} articles/s (aim >= 200: ${aims.articlesPerSecond.met ? 'met' : 'NOT met'})`,
      `rates use min(wall, CPU) seconds; load average at the end: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (figures are noisy when it exceeds 1)`,
      `process peak RSS (maxRSS): ${Math.round(maxRssMB)} MB; CPU: ${cpus()[0]?.model ?? 'unknown'}; Node ${process.version}`,
    ],
    data: {
      articles: size,
      words,
      seed: options.seed,
      phases,
      ratio,
      maxRssMB,
      aims,
      node: process.version,
      cpu: cpus()[0]?.model ?? null,
      loadAverage: loadavg()[0],
      checksum: sink,
      date: new Date().toISOString(),
    },
  };
}
