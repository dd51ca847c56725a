/**
 * Session 29 (speed): four cuts that must leave every output as it was. Sentences and lines written for this test.
 * - `winkPass` reads each token's value off a table by lexeme id (wink's `its.value` is the value of the token's
 *   lexeme) instead of a second pass of wink's over the tokens: the values must be wink's own, for lexemes met before
 *   and for a lexeme met the first time, and one lexeme id must stand for one value.
 * - `textMasthead` / `mastheadOf` refuse a line whose first word has a lower-case letter before splitting it (that word
 *   stays in every name read off the line), and take the text before the first separator without splitting the rest.
 * - step 05's `titledStateBodies` tests for a title only near a person's name.
 * - the events' `toldKinds` memoises the class that the words after a weapon's name name.
 */
import { describe, expect, it } from 'vitest';
import { gazetteerIndex } from '../../src/domain/gazetteer/index.ts';
import { defaultLexicon } from '../../src/extract/lexicon.ts';
import { mastheadOf, textMasthead } from '../../src/extract/masthead.ts';
import { capLongTokens, nlp, winkPass } from '../../src/extract/nlp.ts';
import { MINI_GAZETTEER, eventBrief, eventsOf, mentionsOf } from './helpers.ts';

/** wink's own token values of `text` (what `winkPass` read with `its.value` before). */
function winkValues(text: string): string[] {
  const engine = nlp();
  return engine.readDoc(capLongTokens(text)).tokens().out(engine.its.value) as string[];
}

describe('winkPass: token values by lexeme id', () => {
  const nonce = `Qzvrk${Date.now().toString(36)}x`;
  const texts = [
    'Air defence units downed nine of the twelve drones over the region overnight.',
    `The ${nonce} drone and a second ${nonce} were seen near the port; ${nonce.toUpperCase()} is new.`,
    'THE MINISTRY SAID: "All targets were hit."\n\nNo one was hurt, officials said on Tuesday.',
    'Drones, drones and DRONES: 3,500 km away, 12.5 tonnes, e-mail me at ops@example.org.',
  ];
  it.each(texts)('gives wink’s own values, twice (the second time from the table): %s', (text) => {
    expect(winkPass(text).values).toEqual(winkValues(text));
    expect(winkPass(text).values).toEqual(winkValues(text));
  });
  it('gives one lexeme id per distinct value, and the same id in every pass', () => {
    const first = winkPass(texts[1] as string);
    const second = winkPass(`${texts[1]} ${texts[0]}`);
    const idOf = new Map<string, number>();
    for (const pass of [first, second]) {
      pass.values.forEach((value, i) => {
        const id = pass.ids[i] as number;
        expect(id).toBeGreaterThanOrEqual(0);
        if (!idOf.has(value)) idOf.set(value, id);
        expect(idOf.get(value)).toBe(id);
      });
    }
    const values = [...idOf.keys()];
    expect(new Set(values.map((v) => idOf.get(v))).size).toBe(values.length);
  });
});

describe('mastheads: a lower-case first word is no masthead', () => {
  const lexicon = defaultLexicon();
  const gazetteer = gazetteerIndex(MINI_GAZETTEER);
  /** First line of a text, and the masthead label it gives (null for none), as before the cut. */
  const rows: Array<[string, string | null]> = [
    ['THE HARBOUR TELEGRAPH | OPINION | 4 June 2025', 'The Harbour Telegraph'],
    ['HARBOUR TELEGRAPH, Strelsau edition', 'Harbour Telegraph'],
    ['  NORTHERN GRAIN TRADERS LLC', 'Northern Grain Traders'],
    ['VALLEY 98.1 FM — morning news', 'Valley'],
    ['Harbour Telegraph | Opinion', null],
    ['Drones struck the port overnight, officials said.', null],
    ['hARBOUR TELEGRAPH', null],
    ['HARBOUR Telegraph', null],
    ['ZENDA,nEWS DESK', null],
    ['OSPREY, the city desk', 'Osprey'],
    ['ZENDA, the city desk', null],
    ['WORLD NEWS | Europe', null],
  ];
  it.each(rows)('textMasthead of %j', (line, label) => {
    const found = textMasthead({ text: `${line}\nDrones struck the port overnight.`, title: null }, lexicon, gazetteer);
    expect(found?.masthead.label ?? null).toBe(label);
  });
  it.each(rows)('mastheadOf a dropped line %j', (line, label) => {
    const doc = { dropped: [{ line: 1, reason: 'masthead or section label', text: line }] } as unknown as Parameters<typeof mastheadOf>[0];
    expect(mastheadOf(doc, lexicon, gazetteer)?.label ?? null).toBe(label);
  });
});

describe('titled state bodies: the title is read near a name only', () => {
  const rows: Array<[string, string[]]> = [
    ['Rudolf Elphberg, the defence ministry spokesman, said the drones came at night.', ['Rudolf Elphberg|name|Person|rudolf-elphberg', 'defence ministry|description|Organisation|ruritanian-defence-ministry']],
    ['The defence ministry spokesman Rudolf Elphberg said the drones came at night.', ['defence ministry|description|Organisation|ruritanian-defence-ministry', 'Rudolf Elphberg|name|Person|rudolf-elphberg']],
  ];
  it.each(rows)('%s', (text, mentions) => {
    for (const m of mentions) expect(mentionsOf(text)).toContain(m);
  });
  it('reads no body where no name is near the title', () => {
    const found = mentionsOf('A defence ministry spokesman said the drones came at night. Rudolf Elphberg left.');
    expect(found.filter((m) => m.includes('ruritanian-defence-ministry'))).toEqual([]);
  });
});

describe('told kinds: the same weapon line on every call', () => {
  const text = 'Ruritania said Bordurian forces launched four Storm Lance cruise missiles on 3 May; air defences downed two of the cruise missiles.';
  it('reads the line the same the first and the second time', () => {
    const first = eventsOf(text, '2025-05-04').map(eventBrief);
    expect(eventsOf(text, '2025-05-04').map(eventBrief)).toEqual(first);
    expect(first.join(' ')).toContain('storm-lance');
  });
});
