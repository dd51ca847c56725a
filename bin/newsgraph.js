#!/usr/bin/env node
// Entry point of the `newsgraph` command: runs the compiled CLI (dist/, written by `npm run build`).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('newsgraph: dist/cli/main.js is missing; run `npm run build` first\n');
  process.exit(70);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv);
