/**
 * Scores the events baseline of issue 9 (relations grouped per article and attacker, dated by the publication date)
 * on a gold set with event gold, beside the event model: `npx tsx scripts/events-baseline.ts <gold dir> <corpus dir>`.
 */
import { join } from 'node:path';
import { baselineEvents } from '../src/eval/baseline.ts';
import { evaluate, readGoldFile, scoreEvents, summariseEvents, sumEventScores, type EventSummary } from '../src/eval/index.ts';
import { defaultLexicon } from '../src/extract/lexicon.ts';

const [goldDir, corpusDir] = process.argv.slice(2);
if (!goldDir || !corpusDir) {
  process.stderr.write('usage: npx tsx scripts/events-baseline.ts <gold dir> <corpus dir>\n');
  process.exit(2);
}
const result = evaluate(goldDir, corpusDir);
const opponents = defaultLexicon().opponents;
const scores = result.articles.flatMap((a) => {
  const gold = readGoldFile(join(goldDir, `${a.document.replace(/\.[^.]+$/, '')}.gold.json`));
  if (!gold.events) return [];
  return [scoreEvents(gold, { ...a.prediction, events: baselineEvents(a.prediction, opponents) })];
});
const show = (name: string, s: EventSummary | null): void => {
  if (!s) return void process.stdout.write(`${name}: no event gold\n`);
  process.stdout.write(
    `${name.padEnd(10)} events F1 ${s.events.f1.toFixed(3)} (P ${s.events.precision.toFixed(3)} R ${s.events.recall.toFixed(3)})  ` +
      `dates ${s.dates.accuracy.toFixed(3)} (${s.dates.correct}/${s.dates.total})  lines F1 ${s.lines.f1.toFixed(3)}  ` +
      `numbers ${s.numbers.accuracy.toFixed(3)} (${s.numbers.correct}/${s.numbers.total})  targets F1 ${s.targets.f1.toFixed(3)}\n`,
  );
};
show('baseline', scores.length ? summariseEvents(sumEventScores(scores), scores.length) : null);
show('model', result.summary.events);
