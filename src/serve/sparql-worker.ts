/**
 * The SPARQL worker thread of `newsgraph serve`: holds one oxigraph store (WASM, synchronous) so that a long query
 * blocks only this thread, and the pool can terminate the thread when the query runs past its time limit. Messages
 * in: `load` (the graph folder), then `query`; out: `progress`, `ready`, `result`, `failed`.
 */
import { parentPort } from 'node:worker_threads';
import { LocalSparql } from '../query/sparql.ts';
import type { WorkerReply, WorkerRequest } from './types.ts';

if (!parentPort) throw new Error('sparql-worker: must run as a worker thread');
const port = parentPort;
let store: LocalSparql | null = null;

function reply(message: WorkerReply): void {
  port.postMessage(message);
}

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'load') {
    try {
      const started = performance.now();
      let last = 0;
      store = LocalSparql.open(message.dir, (loaded, total) => {
        // A progress line about every 5 %, not one per piece.
        if (loaded - last >= total / 20 || loaded === total) {
          last = loaded;
          reply({ type: 'progress', loaded, total });
        }
      });
      reply({ type: 'ready', triples: store.size, ms: performance.now() - started });
    } catch (error) {
      reply({ type: 'failed', id: -1, name: (error as Error).name, message: (error as Error).message });
    }
    return;
  }
  if (!store) {
    reply({ type: 'failed', id: message.id, name: 'Error', message: 'sparql: the store is not loaded yet' });
    return;
  }
  try {
    const started = performance.now();
    const answer = store.queryText(message.text);
    reply({ type: 'result', id: message.id, format: answer.format, body: answer.body, ms: performance.now() - started });
  } catch (error) {
    reply({ type: 'failed', id: message.id, name: (error as Error).name, message: (error as Error).message });
  }
});
