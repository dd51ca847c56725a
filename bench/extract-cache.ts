/**
 * Fills the extraction cache of the scale bench up to a size, on its own (so a long extraction can run in the
 * background before the bench): `npx tsx bench/extract-cache.ts 101000 [seed] [--workers 2]`.
 * `--workers N` extracts N ranges side by side, each in a child process, appended in order (bench/cache.ts); the
 * cache's name carries the hash of the generator, the extraction and its data (`--key` prints the file's path only).
 * Internal: `--range <seed> <from> <size> <file>` is one worker's job.
 */
import { cachePath, ensureExtractions, extractRange } from './cache.ts';
import { DEFAULT_NEWS_OPTIONS } from './news.ts';

const args = process.argv.slice(2);
if (args[0] === '--range') {
  const [seed, from, size, out] = args.slice(1);
  await extractRange(Number(seed), Number(from), Number(size), out as string, (done) => process.stderr.write(`scale: ${done.toLocaleString('en-US')} extracted\n`));
} else {
  const workersAt = args.indexOf('--workers');
  const workers = workersAt >= 0 ? Number(args[workersAt + 1]) : 1;
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers wants a whole number of at least 1, not ${String(args[workersAt + 1])}`);
  const keyOnly = args.includes('--key');
  const positional = args.filter((arg, i) => !arg.startsWith('--') && (workersAt < 0 || i !== workersAt + 1));
  const size = Number(positional[0] ?? 11_000);
  const seed = Number(positional[1] ?? DEFAULT_NEWS_OPTIONS.seed);
  if (keyOnly) {
    process.stdout.write(`${cachePath(seed)}\n`);
  } else {
    const { path, perSecond } = await ensureExtractions(seed, size, (line) => process.stderr.write(`${line}\n`), { workers });
    process.stderr.write(`${path}: ${size} extractions${perSecond === null ? ' (cached)' : `, ${perSecond.toFixed(0)} articles/s`}\n`);
  }
}
