/**
 * Robust timing for the "no super-linear path" checks: the cost per kilobyte of one input in CPU time of this
 * process (other processes on a shared machine do not count, as they would in wall-clock time), the minimum of a
 * few runs (noise only ever adds time), and the growth of that cost when the input grows. A linear path keeps the
 * ratio near 1; a quadratic one multiplies it by the growth factor. Fresh input per run, so caches keyed by
 * content (wink's lexicon) do not hide the cost.
 */

/** CPU milliseconds (user and system, all threads) used by this process so far. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per kilobyte of `run(make())`, the minimum over `runs` runs with fresh input each. */
export function msPerKb(make: () => string, run: (input: string) => void, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const input = make();
    const started = cpuMs();
    run(input);
    best = Math.min(best, (cpuMs() - started) / (input.length / 1024));
  }
  return best;
}

/**
 * How much the cost per kilobyte grows from inputs of `small` to inputs of `large` characters (`make(size)` makes
 * one): about 1 for a linear path, about large/small for a quadratic one.
 */
export function growth(make: (size: number) => string, run: (input: string) => void, small: number, large: number, runs = 2): number {
  run(make(small)); // warm-up: model loading and JIT are not the input's cost
  const a = msPerKb(() => make(small), run, runs);
  const b = msPerKb(() => make(large), run, runs);
  return b / a;
}
