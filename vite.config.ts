/**
 * Vite serves and builds the explorer (src/web); Vitest runs the tests under tests/.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'src/web',
  publicDir: false,
  build: { outDir: '../../dist', emptyOutDir: true },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest.json' },
  },
});
