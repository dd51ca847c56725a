/**
 * `npm start`: builds the sample corpus's graph when graph/graph.json is missing, then serves the explorer with
 * Vite on 127.0.0.1 and prints its URL. Options: `--port <n>` (default 5173; the next free one is taken if busy),
 * `--graph <file>` (serve another graph.json instead of graph/graph.json).
 */
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { ensureGraph } from './build-web.ts';

const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};

// 1. The graph
let graphFile: string;
try {
  graphFile = option('--graph') ? resolve(option('--graph') as string) : ensureGraph();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
process.env.NEWSGRAPH_GRAPH = graphFile;

// 2. The dev server
const port = Number(option('--port') ?? 5173);
const server = await createServer({ configFile: resolve('vite.config.ts'), server: { host: '127.0.0.1', port, strictPort: false } });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nnewsgraph explorer: ${url}  (graph: ${graphFile}; Ctrl+C to stop)`);
