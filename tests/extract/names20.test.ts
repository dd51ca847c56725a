/**
 * Session 20's name cues, with negatives: a relative "who" after a two-word name marks a person; an initial and a
 * surname ("S. Kovtun") name the document's person whose full name begins with that letter and ends with that surname.
 * All names here are invented.
 */
import { describe, expect, it } from 'vitest';
import { mentionContext } from './helpers.ts';

/** The person mentions of a text as `surface|entity`. */
function persons(text: string): string[] {
  const context = mentionContext(text);
  return context.mentions.filter((m) => m.type === 'Person').map((m) => `${text.slice(m.start, m.end)}|${m.entity}`);
}

describe('a relative "who" after a name', () => {
  const cases: Array<[string, string[]]> = [
    ['The plant burned. Tomas Varga, who runs the plant, said two units were lost.', ['Tomas Varga|person:tomas-varga']],
    ['The plant burned. Ilse Moravec Horak, who heads the shelter, left.', ['Ilse Moravec Horak|person:ilse-moravec-horak']],
    // Negatives: an organisation's head word wins; "which" is no cue; a single word is no full name.
    ['The plant burned. Varga Energy Partners, who run the plant, said two units were lost.', []],
    ['The plant burned. Tomas Varga, which runs the plant, lost two units.', []],
    ['The plant burned. Varga, who runs the plant, lost two units.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('an initial and a surname', () => {
  const cases: Array<[string, string[]]> = [
    ['Mayor Serhii Kovtan spoke. HEARD: S. Kovtan, who reported on the night.', ['Serhii Kovtan|person:serhii-kovtan', 'S. Kovtan|person:serhii-kovtan']],
    // Negatives: another initial, two persons of that initial and surname.
    ['Mayor Serhii Kovtan spoke. HEARD: O. Kovtan, who reported on the night.', ['Serhii Kovtan|person:serhii-kovtan', 'O. Kovtan|person:o-kovtan']],
    ['Mayor Serhii Kovtan and Deputy Stepan Kovtan spoke. HEARD: S. Kovtan, who reported on the night.', ['Serhii Kovtan|person:serhii-kovtan', 'Stepan Kovtan|person:stepan-kovtan', 'S. Kovtan|person:s-kovtan']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
