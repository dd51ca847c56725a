/**
 * Aliases written by resolution: every surface form that names an entity, but no descriptive compound built on a
 * state's demonym or name ("Ruritanian-made", "Ruritanian-held", "NP-made"): the gazetteer lists such forms as
 * demonyms so that they are read as the state, yet they describe a thing and are not names of it.
 * Sentences written for this test, over the mini gazetteer with those compounds added to one state's demonyms.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import type { GazetteerEntry } from '../../src/domain/gazetteer/types.ts';
import { makeDoc, MINI_GAZETTEER } from './helpers.ts';

const COMPOUNDS = ['Ruritanian-made', 'Ruritanian-held', 'Ruritanian-backed', 'RR-made', 'Ruritania-style'];
const GAZETTEER: GazetteerEntry[] = MINI_GAZETTEER.map((entry) =>
  entry.id === 'ruritania' ? { ...entry, aliases: [...entry.aliases, 'RR'], demonyms: [...(entry.demonyms ?? []), ...COMPOUNDS] } : entry,
);

const aliasesOf = (text: string, id: string): string[] =>
  extractDocument(makeDoc(text), { gazetteer: GAZETTEER }).entities.find((entity) => entity.id === id)?.aliases ?? [];

describe('aliases of a state from its demonyms', () => {
  it.each([
    ['A Ruritanian-made drone hit Zenda overnight, officials said.', 'Ruritanian-made'],
    ['The strike damaged a Ruritanian-held bridge near Zenda.', 'Ruritanian-held'],
    ['Ruritanian-backed units fired on Szohod overnight.', 'Ruritanian-backed'],
    ['An RR-made missile fell near Szohod.', 'RR-made'],
  ])('%s: the state is found, %s is no alias of it', (text, compound) => {
    const entities = extractDocument(makeDoc(text), { gazetteer: GAZETTEER }).entities;
    const state = entities.find((entity) => entity.id === 'ruritania');
    expect(state).toBeDefined();
    expect(state?.aliases).not.toContain(compound);
  });

  it('keeps the demonym itself and the names', () => {
    const aliases = aliasesOf('The Ruritanians said the Ruritanian Republic would go on.', 'ruritania');
    expect(aliases).toContain('Ruritanian Republic');
    expect(aliases).toContain('Ruritanians');
  });
});
