/**
 * Vite serves and builds the explorer (src/web) into dist/web (dist/ itself holds the compiled library); Vitest runs
 * the tests under tests/, after building the library when src/ changed (tests/setup/build.ts).
 * The `newsgraph-graph` plugin makes graph/graph.json reachable as ./graph.json: served by the dev server and
 * copied into the build (NEWSGRAPH_GRAPH names another file; set it to an empty string to copy none).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { graphJsonSource, graphJsonStream } from './src/graph/json-parts.ts';
import { defineConfig, type Plugin } from 'vitest/config';

const graphFile = (): string | null => {
  const named = process.env.NEWSGRAPH_GRAPH;
  if (named === '') return null;
  return resolve(named ?? 'graph/graph.json');
};

function newsgraphGraph(): Plugin {
  let outDir = resolve('dist/web');
  let building = false;
  return {
    name: 'newsgraph-graph',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // the dev server (and Vitest's internal one) also calls closeBundle: copy only in a real build
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use('/graph.json', (_request, response) => {
        const file = graphFile();
        // graph.json as a build keeps it: its parts read in order, or the joined file (src/graph/json-parts.ts)
        const source = file ? graphJsonSource(file) : null;
        if (!source) {
          response.statusCode = 404;
          response.end('graph.json not found: run `npx newsgraph build corpus --out graph`');
          return;
        }
        response.setHeader('Content-Type', 'application/json');
        graphJsonStream(source).pipe(response);
      });
    },
    async closeBundle() {
      const file = graphFile();
      const source = building && file ? graphJsonSource(file) : null;
      if (!source) return;
      mkdirSync(outDir, { recursive: true });
      await pipeline(graphJsonStream(source), createWriteStream(join(outDir, 'graph.json')));
    },
  };
}

export default defineConfig({
  root: 'src/web',
  base: './',
  publicDir: false,
  plugins: [newsgraphGraph()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    setupFiles: ['tests/setup/fast-check.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest.json' },
  },
});
