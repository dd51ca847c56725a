/**
 * Evidential frames: who stated the figures of a sentence ("X said", "said X", "X, the spokesman, said",
 * "according to X", "Ukrainian officials said"), and sentences with no claimant. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ClaimFinder, MentionIndex } from '../../src/extract/events/claims.ts';
import { eventInput } from '../../src/extract/events/index.ts';
import { runSteps } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

function speakers(text: string): string[] {
  const context = runSteps(ingestText(text, { id: 'case', format: 'txt', checkLanguage: false }));
  const input = eventInput(context);
  const finder = new ClaimFinder(input, new MentionIndex(input.mentions), context.lexicon);
  return context.sentences.flatMap((s) => finder.framesOf(s).map((f) => f.speaker));
}

describe('claim frames', () => {
  const cases: [string, string[]][] = [
    ["Ukraine's air force said Russia launched 30 drones.", ['ukrainian-air-force']],
    ['Russia launched 30 drones, the air force said.', ['ukrainian-air-force']],
    ['Russia launched 30 drones overnight, said Yurii Ihnat.', ['yurii-ihnat']],
    ["Yurii Ihnat, the air force's spokesman, said 20 drones were downed.", ['yurii-ihnat']],
    ['According to the Russian Defence Ministry, 16 drones were destroyed.', ['russian-ministry-of-defence']],
    ['Ukrainian officials said nine missiles were shot down.', ['ukraine']],
    ['The Russian Defence Ministry gave figures. The ministry also reported that 12 drones were downed.', ['russian-ministry-of-defence']],
    ['Russian missiles hit a depot in Lviv.', []],
    ['The Russian missiles, officials said, hit a depot.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
