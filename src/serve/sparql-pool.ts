/**
 * SPARQL worker threads for `newsgraph serve`. oxigraph answers synchronously inside WASM and cannot be interrupted,
 * so each store lives in its own worker thread: a query past the time limit gets a clear error at once, its worker
 * is terminated and a fresh one loads the store again, while the other workers (if any) go on answering. Queries
 * go to an idle ready worker, else wait in a queue (the wait counts towards their time limit).
 */
import { Worker } from 'node:worker_threads';
import { NewsgraphError } from '../errors.ts';
import type { SparqlHealth, WorkerReply, WorkerRequest } from './types.ts';

/** The SPARQL side cannot answer now (loading, or reloading after a timed-out query). */
export class UnavailableError extends NewsgraphError {
  override name = 'UnavailableError';
}

/** A query ran past the time limit and was stopped. */
export class QueryTimeoutError extends NewsgraphError {
  override name = 'QueryTimeoutError';
}

/** An answer of a worker: the store's serialisation and the time it took. */
export interface PoolAnswer {
  format: 'json' | 'ntriples';
  body: string;
  ms: number;
}

interface Job {
  id: number;
  text: string;
  resolve: (answer: PoolAnswer) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  triples: number;
  loaded: number;
  total: number;
}

/** The worker script next to this module: compiled JavaScript in dist/, TypeScript (through tsx) in development. */
function workerUrl(): { url: URL; execArgv: string[] } {
  const typescript = import.meta.url.endsWith('.ts');
  return {
    url: new URL(typescript ? './sparql-worker.ts' : './sparql-worker.js', import.meta.url),
    execArgv: typescript ? ['--import', 'tsx'] : [],
  };
}

/** A pool of SPARQL workers over one graph folder. */
export class SparqlPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private timeouts = 0;
  private firstReady: Promise<void>;
  private markReady: () => void = () => undefined;
  private failLoad: (error: Error) => void = () => undefined;

  /** Workers asked for; the first loads alone (on few cores two loads at once would both be slower). */
  private readonly wanted: number;

  /**
   * Starts `size` workers, each loading the store of `dir`: the first at once, the others once it is ready, so that
   * SPARQL answers as soon as one store is loaded.
   * @param log receives progress lines ("sparql: 45% of 520 MB read")
   */
  constructor(
    private readonly dir: string,
    size: number,
    private readonly timeoutMs: number,
    private readonly log: (line: string) => void,
  ) {
    this.firstReady = new Promise((resolve, reject) => {
      this.markReady = resolve;
      this.failLoad = reject;
    });
    this.wanted = Math.max(1, size);
    this.slots.push(this.spawn(true));
  }

  /** Resolves when one worker has its store loaded; rejects when the first load fails (a broken graph file). */
  ready(): Promise<void> {
    return this.firstReady;
  }

  /** Runs `text` on an idle worker; rejects with QueryTimeoutError, UnavailableError or the store's error. */
  query(text: string): Promise<PoolAnswer> {
    if (this.closed) return Promise.reject(new UnavailableError('sparql: the server is shutting down'));
    if (!this.slots.some((slot) => slot.ready)) {
      return Promise.reject(new UnavailableError(`sparql: the store is loading (${Math.round(this.health().loading * 100)} % read); try again shortly`));
    }
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const job: Job = {
        id,
        text,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(job), this.timeoutMs),
      };
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Workers, readiness and load progress, for /health. */
  health(): SparqlHealth {
    const ready = this.slots.filter((slot) => slot.ready);
    const loading = this.slots.filter((slot) => !slot.ready).map((slot) => (slot.total > 0 ? slot.loaded / slot.total : 0));
    return {
      ready: ready.length,
      workers: this.wanted,
      triples: ready[0]?.triples ?? 0,
      loading: loading.length ? Math.min(...loading) : 1,
      timeouts: this.timeouts,
    };
  }

  /** Terminates every worker; queued and running queries are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.finish(job, new UnavailableError('sparql: the server is shutting down'));
    await Promise.all(
      this.slots.map((slot) => {
        if (slot.job) this.finish(slot.job, new UnavailableError('sparql: the server is shutting down'));
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(reportProgress: boolean): Slot {
    const { url, execArgv } = workerUrl();
    const worker = new Worker(url, { execArgv });
    const slot: Slot = { worker, ready: false, job: null, triples: 0, loaded: 0, total: 0 };
    worker.on('message', (message: WorkerReply) => this.onMessage(slot, message, reportProgress));
    worker.on('error', (error) => this.onCrash(slot, error));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot) && code !== 0) this.onCrash(slot, new Error(`worker exited with code ${code}`));
    });
    worker.postMessage({ type: 'load', dir: this.dir } satisfies WorkerRequest);
    return slot;
  }

  private onMessage(slot: Slot, message: WorkerReply, reportProgress: boolean): void {
    if (message.type === 'progress') {
      [slot.loaded, slot.total] = [message.loaded, message.total];
      if (reportProgress) this.log(`serve: sparql: ${Math.round((100 * message.loaded) / message.total)} % of ${(message.total / 1e6).toFixed(0)} MB of RDF read`);
      return;
    }
    if (message.type === 'ready') {
      slot.ready = true;
      slot.triples = message.triples;
      if (reportProgress || this.slots.filter((s) => s.ready).length === 1) {
        this.log(`serve: sparql: ${message.triples.toLocaleString('en-US')} triples loaded in ${(message.ms / 1000).toFixed(1)} s`);
      }
      this.markReady();
      // The first store is ready: the other workers load theirs now.
      while (!this.closed && this.slots.length < this.wanted) this.slots.push(this.spawn(false));
      this.dispatch();
      return;
    }
    if (message.type === 'failed' && message.id === -1) {
      this.failLoad(new NewsgraphError(message.message));
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.id) return;
    slot.job = null;
    if (message.type === 'result') this.finish(job, null, { format: message.format, body: message.body, ms: message.ms });
    else {
      const error = new NewsgraphError(message.message);
      error.name = message.name;
      this.finish(job, error);
    }
    this.dispatch();
  }

  /** Hands queued jobs to idle ready workers. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.postMessage({ type: 'query', id: job.id, text: job.text } satisfies WorkerRequest);
    }
  }

  /** The time limit of `job` passed: reject it, and stop its worker if it is running there. */
  private expire(job: Job): void {
    this.timeouts += 1;
    const seconds = (this.timeoutMs / 1000).toLocaleString('en-US');
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.finish(job, new QueryTimeoutError(`sparql: the query waited ${seconds} s for a free worker (the time limit); try again or raise --query-timeout`));
      return;
    }
    const slot = this.slots.find((s) => s.job === job);
    this.finish(job, new QueryTimeoutError(`sparql: the query ran past the time limit of ${seconds} s and was stopped; narrow it (LIMIT, a more selective pattern) or raise --query-timeout`));
    if (slot) this.replace(slot, 'a query ran past the time limit');
  }

  private onCrash(slot: Slot, error: Error): void {
    if (this.closed || !this.slots.includes(slot)) return;
    if (slot.job) this.finish(slot.job, new NewsgraphError(`sparql: the worker failed (${error.message})`));
    if (!slot.ready && this.slots.every((s) => !s.ready)) this.failLoad(new NewsgraphError(`sparql: the store could not be loaded (${error.message})`));
    this.replace(slot, `the worker failed (${error.message})`);
  }

  /** Terminates the worker of `slot` and puts a fresh one, loading the store again, in its place. */
  private replace(slot: Slot, why: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    slot.job = null;
    void slot.worker.terminate();
    this.log(`serve: sparql: ${why}; its worker is replaced and loads the store again`);
    this.slots[index] = this.spawn(false);
    this.dispatch();
  }

  private finish(job: Job, error: Error | null, answer?: PoolAnswer): void {
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(answer as PoolAnswer);
  }
}
