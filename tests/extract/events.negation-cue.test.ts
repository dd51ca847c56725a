/**
 * The negation cue of the event model: a cheap test that lets a sentence skip the negated forms of downing ("were not
 * intercepted", "none of them was shot down", "failed to stop any of"). It may admit sentences no form matches, but it
 * must never refuse one that a form matches, or the events would change. Sentences written for these tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEGATED_DOWNING_FORMS, NEGATION_CUE } from '../../src/extract/events/model.ts';

const matchedBy = (text: string): number => NEGATED_DOWNING_FORMS.filter((form) => form.test(text)).length;

describe('NEGATION_CUE admits every sentence a negated form of downing matches', () => {
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
    // negative rows: nothing negated, or a negation that is not one of downing
    ['Forty drones were shot down over the northern regions overnight.', false],
    ['The crews downed nine missiles and a reconnaissance drone.', false],
    ['Nothing was said about the second wave on Monday.', false],
    ['All of them were intercepted over the sea.', false],
  ];
  it.each(rows)('%s', (text, negated) => {
    expect(matchedBy(text) > 0).toBe(negated);
    if (negated) expect(NEGATION_CUE.test(text)).toBe(true);
  });

  it('refuses sentences with no negation word, which every guarded form needs', () => {
    for (const text of ['Forty drones were shot down over the northern regions overnight.', 'The crews downed nine missiles in November.', 'Now the northern city is quiet again.']) {
      expect(NEGATION_CUE.test(text)).toBe(false);
      expect(matchedBy(text)).toBe(0);
    }
  });

  it('admits every line of the development corpus that a guarded form matches', () => {
    const dir = join(import.meta.dirname, '../../corpus');
    let matched = 0;
    let refused = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split(/\n|(?<=[.!?])\s+/)) {
        if (matchedBy(line) === 0) continue;
        matched++;
        if (!NEGATION_CUE.test(line)) refused++;
      }
    }
    expect(matched).toBeGreaterThan(0);
    expect(refused).toBe(0);
  });
});
