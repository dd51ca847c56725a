/**
 * The cues of the event model: cheap tests that let a sentence skip the forms of downing they guard (the negated ones,
 * "were not intercepted", "none of them was shot down", "failed to stop any of"; the whole ones, "all were shot down";
 * "destroyed only the Kh-59"; the words of the daytime, "in the afternoon", "shortly before noon"; the verbs of figures
 * without a weapon, "40 sent, 31 shot down"). A cue may admit sentences no form matches, but it must never refuse one that a form of
 * it matches, or the events would change. Sentences written for these tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARDED_FORMS } from '../../src/extract/events/model.ts';

/** The guarded forms that match `text`, and whether the cue of each admits it. */
function read(text: string): { matched: number; refused: number } {
  let matched = 0;
  let refused = 0;
  for (const { cue, forms } of GUARDED_FORMS) {
    if (!forms.some((form) => form.test(text))) continue;
    matched++;
    if (!cue.test(text)) refused++;
  }
  return { matched, refused };
}

describe('each cue admits every sentence a form it guards matches', () => {
  const rows: [string, boolean][] = [
    // sentence, whether a guarded form matches it
    ['The two cruise missiles were not intercepted.', true],
    ["The Kinzhal wasn't shot down over the capital.", true],
    ['The ballistic missile could not be stopped by the crews.', true],
    ['None of the four Iskanders was downed, the command said.', true],
    ['Not a single one of the drones had been neutralised by dawn.', true],
    ['Neither of them was intercepted.', true],
    ['Air defence was unable to stop any of the three missiles.', true],
    ['The gunners failed to intercept any of them.', true],
    ['The command recorded no interception of the two missiles.', true],
    ['The bulletin did not list any of the Kh-59s as shot down.', true],
    ['None of the five drones could the mobile groups bring down.', true],
    ['It was launched from the sea and was not intercepted.', true],
    ['Ten drones were launched. Three were not.', true],
    ['Twelve drones came in from the east; all were shot down.', true],
    ['Every one of them was destroyed before midnight.', true],
    ['Sixty drones flew in, all but four of which were downed.', true],
    ['The crews destroyed only the cruise missile and two of the drones.', true],
    ['In the afternoon of the same day a second wave of drones came in.', true],
    ['Shortly before noon the sirens sounded again over the capital.', true],
    ['The missiles struck in broad daylight, when the streets were full.', true],
    ['A drone hit a warehouse on Friday evening, the governor said.', true],
    ['On the evening of the fifth the crews went up again.', true],
    ['By the count of the command, 52 were launched and 47 were shot down.', true],
    ['The figures came to forty sent, thirty-one destroyed.', true],
    ['Its summary gave 12 used; 9 jammed.', true],
    // negative rows: no guarded form, whatever the cue says
    ['Forty drones were shot down over the northern regions overnight.', false],
    ['The crews downed nine missiles and a reconnaissance drone.', false],
    ['Nothing was said about the second wave on Monday.', false],
    ['All regions heard sirens for three hours.', false],
    ['Only two missiles reached the city.', false],
    ['The drones came in the night, and the sirens went on until dawn.', false],
    ['A day later the governor counted the damage.', false],
    ['The 52 drones were launched from two regions at once.', false],
  ];
  it.each(rows)('%s', (text, guarded) => {
    const { matched, refused } = read(text);
    expect(matched > 0).toBe(guarded);
    expect(refused).toBe(0);
  });

  it('refuses sentences without their words, which every guarded form needs', () => {
    for (const text of ['Forty drones were shot down over the northern regions overnight.', 'The crews downed nine missiles in November.', 'Now the northern city is quiet again.', 'The sirens sounded at night and went on until morning.']) {
      for (const { cue, forms } of GUARDED_FORMS) {
        expect(cue.test(text)).toBe(false);
        for (const form of forms) expect(form.test(text)).toBe(false);
      }
    }
  });

  it('admits every line of the development corpus that a guarded form matches', () => {
    const dir = join(import.meta.dirname, '../../corpus');
    let matched = 0;
    let refused = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split(/\n|(?<=[.!?])\s+/)) {
        const read1 = read(line);
        matched += read1.matched;
        refused += read1.refused;
      }
    }
    expect(matched).toBeGreaterThan(0);
    expect(refused).toBe(0);
  });
});
