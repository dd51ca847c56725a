/**
 * Fills the extraction cache of the scale bench up to a size, on its own (so a long extraction can run in the
 * background before the bench): `npx tsx bench/extract-cache.ts 101000 [seed]`.
 */
import { ensureExtractions } from './scale.ts';
import { DEFAULT_NEWS_OPTIONS } from './news.ts';

const size = Number(process.argv[2] ?? 11_000);
const seed = Number(process.argv[3] ?? DEFAULT_NEWS_OPTIONS.seed);
const { path, perSecond } = await ensureExtractions(seed, size, (line) => process.stderr.write(`${line}\n`));
process.stderr.write(`${path}: ${size} extractions${perSecond === null ? ' (cached)' : `, ${perSecond.toFixed(0)} articles/s`}\n`);
