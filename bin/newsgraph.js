#!/usr/bin/env node
// Entry point of the `newsgraph` command: runs the compiled CLI (dist/, written by `npm run build`).
// A long job (build, import, query, events, sparql, push, serve) runs in a child node process whose V8 heap is capped
// (dist/cli/memory.js says how the cap is chosen; `--max-memory <MB>` sets it): V8 fixes its heap size at start-up,
// so the cap cannot be set in this process. This process passes signals on, keeps V8's out-of-memory report off
// the terminal and prints one line instead, and exits as the child did.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('newsgraph: dist/cli/main.js is missing; run `npm run build` first\n');
  process.exit(70);
}
const memory = await import(new URL('../dist/cli/memory.js', import.meta.url).href);

let plan;
try {
  plan = memory.planHeap(process.argv.slice(2), process.env, process.execArgv);
} catch (error) {
  if (!(error instanceof memory.MemoryOptionError)) throw error;
  process.stderr.write(`newsgraph: ${error.message}\n`);
  process.exit(2);
}

if (plan.capMb === null) {
  if (process.env[memory.CAPPED_ENV] === '1') {
    // In the child: the terminal's size and kind are those of the parent's stderr (a progress bar needs them), and
    // the job ends when the parent is gone (killed outright, it cannot pass a signal on).
    if (process.env.NEWSGRAPH_STDERR_COLUMNS) {
      process.stderr.isTTY = true;
      process.stderr.columns = Number(process.env.NEWSGRAPH_STDERR_COLUMNS);
    }
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) process.exit(129);
    }, 1000).unref();
  }
  const { run } = await import(main.href);
  process.exitCode = await run([process.argv[0], process.argv[1], ...plan.args]);
} else {
  const env = { ...process.env, [memory.CAPPED_ENV]: '1' };
  if (process.stderr.isTTY) env.NEWSGRAPH_STDERR_COLUMNS = String(process.stderr.columns || 80);
  // Its own process group, so that a Ctrl-C reaches the job once (passed on below), not twice.
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${plan.capMb}`, process.argv[1], ...plan.args], {
    stdio: ['inherit', 'inherit', 'pipe'],
    env,
    detached: true,
  });
  const filter = new memory.OomFilter();
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    const text = filter.write(chunk);
    if (text) process.stderr.write(text);
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const pass = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, pass);
  const [code, signal] = await new Promise((done) => child.on('close', (c, s) => done([c, s])));
  for (const name of signals) process.off(name, pass);
  const { oom, rest } = filter.end();
  if (oom) {
    process.stderr.write(`${memory.outOfMemoryLine(plan.job, plan.capMb)}\n`);
    process.exitCode = 1;
  } else {
    if (rest) process.stderr.write(rest);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  }
}
