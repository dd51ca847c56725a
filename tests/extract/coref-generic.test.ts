/**
 * Weapon classes (generic mentions and names found by their class noun), coreference of pronouns and
 * descriptions, and within-document resolution into the output contract.
 */
import { describe as group, expect, it } from 'vitest';
import { MINI_GAZETTEER, makeDoc, mentionContext, mentionsOf } from './helpers.ts';
import { extractDocument, MENTION_STEPS } from '../../src/extract/index.ts';
import { resolveDocument } from '../../src/extract/resolve/index.ts';
import { lastActor, mentionAt, countryOf, entityLabel } from '../../src/extract/references.ts';
import type { ExtractStep } from '../../src/extract/context.ts';

group('weapon classes', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a gazetteer class', 'They fired 12 cruise missiles.', ['cruise missiles|generic|WeaponSystem|cruise-missile']],
    ['a class outside the gazetteer, singular label', 'Three rockets fell.', ['rockets|generic|WeaponSystem|generic:rocket']],
    ['air defences', 'Air defences worked all night.', ['Air defences|generic|WeaponSystem|air-defense-system']],
    ['a class noun owned by a named system', 'Two Storm Lance cruise missiles hit.', ['Storm Lance|name|WeaponSystem|storm-lance']],
    ['an unknown name before a class noun', 'They launched two Kestrel missiles.', ['Kestrel|name|WeaponSystem|weaponsystem:kestrel']],
    ['a designation code', 'A Zk-45 was seen.', ['Zk-45|name|WeaponSystem|weaponsystem:zk-45']],
    ['a month and a year in a date are no designation code', 'Filed 26-Jan-2023 and updated in Dec-2024.', []],
    ['a name before a system noun', 'Madrid sent two Falcon systems.', ['Falcon|name|WeaponSystem|weaponsystem:falcon']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(mentionsOf(text).filter((m) => m.includes('|WeaponSystem|'))).toEqual(expected);
  });

  it('a class noun phrase "of the <system> type" names that system; without a type noun it stays the class', () => {
    expect(mentionsOf('They fired 40 drones of the Hornet-7 type.').filter((m) => m.includes('|WeaponSystem|'))).toEqual(['drones|name|WeaponSystem|hornet-7']);
    expect(mentionsOf('They fired 40 drones of the Hornet-7 battalion.').filter((m) => m.includes('|WeaponSystem|'))).toEqual(['drones|generic|WeaponSystem|drone', 'Hornet-7|name|WeaponSystem|hornet-7']);
  });

  it('a demonym before a class noun does not own it', () => {
    expect(mentionsOf('Bordurian drones crossed.')).toEqual(['Bordurian|demonym|Country|borduria', 'drones|generic|WeaponSystem|drone']);
  });
});

group('coreference', () => {
  it('"he" is the last named person', () => {
    const found = mentionsOf('Mayor Tomas Varga spoke. He said the city was calm.');
    expect(found).toContain('He|pronoun|Person|person:tomas-varga');
  });
  it('a pronoun after the last name of the document is that name, not an earlier pronoun read again', () => {
    const found = mentionsOf('Mayor Tomas Varga said his city was calm. Minister Ivan Petrov spoke next. He said the same.');
    expect(found).toContain('He|pronoun|Person|person:ivan-petrov');
  });
  it('a person in a fronted prepositional phrase is not the antecedent of the subject pronoun after it', () => {
    const text = 'Mayor Tomas Varga spoke on Monday. After a call with Minister Ivan Petrov, he asked for calm.';
    expect(mentionsOf(text)).toContain('he|pronoun|Person|person:tomas-varga');
    // With no earlier sentence, the person of the phrase is the only antecedent left.
    expect(mentionsOf('After a call with Minister Ivan Petrov, he asked for calm.')).toContain('he|pronoun|Person|person:ivan-petrov');
  });
  it('"the city" is the city the text names most, not one named once in passing', () => {
    const found = mentionsOf('Drones hit Strelsau. In Strelsau power was lost before a summit in Szohod. Five died in the city.');
    expect(found).toContain('city|description|City|strelsau');
    // With each named once, the nearest stays.
    expect(mentionsOf('Drones hit Strelsau before a summit in Szohod. Five died in the city.')).toContain('city|description|City|szohod');
  });
  it('"the capital" is the capital the text names most, also when step 02 read it as its state', () => {
    const text = 'Drones hit Strelsau and Zenda. Strelsau buried its dead. The president spoke in Szohod. Rain fell all day. The raid was the second attack on the capital.';
    expect(mentionsOf(text)).toContain('capital|description|City|strelsau');
    expect(mentionsOf('Strelsau and Zenda were hit. Residents of the capital heard blasts.')).toContain('capital|description|City|strelsau');
    // A capital of the sentence before is the one meant, however often another was named.
    expect(mentionsOf('Drones hit Strelsau. Strelsau buried its dead. Fog lay over the airport in Szohod. The capital closed it.')).toContain('capital|description|City|szohod');
    // A capital named once stays the nearest.
    expect(mentionsOf('Drones hit Zenda. The president spoke in Szohod. The capital was calm.')).toContain('capital|description|City|szohod');
  });
  it('"the council", "the administration" find a body whose name holds the word', () => {
    expect(mentionsOf('Statement of the Zenda City Council\n\nThe council asks for help.')).toContain('council|description|Organisation|organisation:zenda-city-council');
    expect(mentionsOf('The Zenda City Military Administration said so. The administration asked for help.')).toContain('administration|description|Organisation|organisation:zenda-city-military-administration');
    // No body of that word named: no antecedent.
    expect(mentionsOf('Drones hit Zenda. The council asks for help.').filter((m) => m.startsWith('council|'))).toEqual([]);
  });
  it('a state body told after "its" or seated in a capital is the gazetteer body of the state', () => {
    expect(mentionsOf('Ruritania reported fires. Its defence ministry said so.')).toContain('defence ministry|description|Organisation|ruritanian-defence-ministry');
    expect(mentionsOf('Fires broke out. The defence ministry in Strelsau said so.')).toContain('defence ministry|description|Organisation|ruritanian-defence-ministry');
    // A state whose gazetteer lists no such body, a town that is no capital, a body that sits abroad: no body.
    expect(mentionsOf('Borduria reported fires. Its defence ministry said so.').filter((m) => m.includes('|Organisation|'))).toEqual([]);
    expect(mentionsOf('Fires broke out. The defence ministry in Zenda said so.').filter((m) => m.includes('|Organisation|'))).toEqual([]);
    expect(mentionsOf('Fires broke out. The embassy in Strelsau closed.').filter((m) => m.includes('|Organisation|'))).toEqual([]);
  });
  it('"the ministry" finds a ministry named at the top of a long statement', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of the statement is about the weather.`).join(' ');
    const found = mentionsOf(`The Ministry of Energy of Ruritania reported damage. ${filler} The ministry asked for help.`);
    expect(found).toContain('ministry|description|Organisation|organisation:ministry-of-energy-of-ruritania');
  });
  it('"it" is the last organisation or state, not a demonym', () => {
    const found = mentionsOf("Ruritania's air force said it shot down a Bordurian drone.");
    expect(found).toContain('it|pronoun|Organisation|ruritanian-air-force');
  });
  it('"it" after "the <demonym> government" is that state; a demonym before another noun is no antecedent', () => {
    expect(mentionsOf('Borduria fired drones. The Ruritanian government said it condemns the attack.')).toContain('it|pronoun|Country|ruritania');
    expect(mentionsOf('Borduria fired drones. The Ruritanian people said it was a shock.')).toContain('it|pronoun|Country|borduria');
  });
  const capitals: Array<[string, string, string[]]> = [
    ['"the <demonym> capital" is the state\'s gazetteer capital', 'Drones flew towards the Bordurian capital overnight.', ['capital|description|City|szohod']],
    ['also at the start of a sentence', 'The Ruritanian capital was calm.', ['capital|description|City|strelsau']],
    ['not when the name follows', 'Sirens sounded in the Ruritanian capital of Strelsau.', []],
    ['not for another noun', 'The Ruritanian government spoke.', []],
  ];
  it.each(capitals)('%s', (_name, text, expected) => {
    expect(mentionsOf(text).filter((m) => m.includes('|description|'))).toEqual(expected);
  });
  it('"the alliance" falls back to the gazetteer description', () => {
    expect(mentionsOf('Leaders met. The alliance said it would act.')).toContain('alliance|description|Organisation|pact');
  });
  it('"the alliance between X and Y" is no reference to a gazetteer alliance', () => {
    expect(mentionsOf('He denounced the alliance between Ruritania and Borduria.').some((m) => m.includes('|pact'))).toBe(false);
  });
  it('"the ministry" is the last ministry named', () => {
    const found = mentionsOf('The Bordurian Defence Ministry spoke. Later the ministry said more.');
    expect(found).toContain('ministry|description|Organisation|bordurian-defence-ministry');
  });
  it('"the president" is the last person titled president', () => {
    const found = mentionsOf('President Rudolf Elphberg met Mayor Tomas Varga. The president thanked him.');
    expect(found).toContain('president|description|Person|rudolf-elphberg');
  });
  it('"the air force" without a state is the gazetteer\'s described air force', () => {
    expect(mentionsOf('The air force said nine drones fell.')).toContain('air force|description|Organisation|ruritanian-air-force');
  });
  it('"Bordurian air force" is that state\'s air force', () => {
    expect(mentionsOf('The Bordurian air force flew.')).toContain('Bordurian air force|name|Organisation|bordurian-air-force');
  });
  it('leaves a pronoun without antecedent unresolved', () => {
    expect(mentionsOf('He left early.')).toEqual([]);
  });
});

group('reference helpers', () => {
  it('mentionAt, lastActor, countryOf, entityLabel', () => {
    const context = mentionContext('The Bordurian Defence Ministry said Ruritanian drones fell.');
    const drones = context.tokens.findIndex((t) => t.normal === 'drones');
    expect(mentionAt(context, drones)?.entity).toBe('drone');
    expect(lastActor(context, drones)?.entity).toBe('ruritania');
    expect(lastActor(context, drones, ['Organisation'])?.entity).toBe('bordurian-defence-ministry');
    expect(countryOf(context, 'bordurian-defence-ministry')).toBe('borduria');
    expect(countryOf(context, 'ruritania')).toBe('ruritania');
    expect(entityLabel(context, 'pact')).toBe('Northern Pact');
  });
});

group('resolution into the output contract', () => {
  it('merges surface forms and gazetteer variants into one entity', () => {
    const result = extractDocument(makeDoc("Rudolph Elphberg arrived. Elphberg's aides followed."), { gazetteer: MINI_GAZETTEER, steps: MENTION_STEPS });
    const person = result.entities.find((e) => e.id === 'rudolf-elphberg');
    expect(person?.label).toBe('Rudolf Elphberg');
    expect(person?.aliases).toEqual(expect.arrayContaining(['Rudolf Elphberg', 'Rudolph Elphberg', 'Elphberg']));
    expect(result.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  it('gives recognised names `<type>:<slug>` ids and generic classes their flag', () => {
    const result = extractDocument(makeDoc('Mayor Tomas Varga said 12 cruise missiles fell.'), { gazetteer: MINI_GAZETTEER, steps: MENTION_STEPS });
    expect(result.entities.map((e) => [e.id, e.generic])).toEqual([
      ['person:tomas-varga', false],
      ['cruise-missile', true],
    ]);
  });

  it('deduplicates relations per (subject, predicate, object), keeping the counted one', () => {
    const text = 'Ruritania fired drones. Ruritania fired 12 drones.';
    const fake: ExtractStep = {
      id: 'fake-relations',
      run(context) {
        for (const sentence of context.sentences) {
          const count = sentence.index === 1 ? 12 : null;
          context.relations.push({ predicate: 'launched', subject: 'ruritania', object: 'drone', count, addressee: null, sentence: sentence.index, evidence: { start: sentence.start, end: sentence.end }, rule: 'launched:active' });
        }
      },
    };
    const result = extractDocument(makeDoc(text), { gazetteer: MINI_GAZETTEER, steps: [...MENTION_STEPS, fake] });
    expect(result.relations).toHaveLength(1);
    expect(result.relations[0]).toMatchObject({ subject: 'ruritania', object: 'drone', count: 12, evidence: { text: 'Ruritania fired 12 drones.' } });
    expect(text.slice(result.relations[0]!.evidence.start, result.relations[0]!.evidence.end)).toBe(result.relations[0]!.evidence.text);
  });

  it('resolveDocument keeps document metadata', () => {
    const context = mentionContext('Zenda was quiet.');
    expect(resolveDocument(context).document).toEqual({ id: 'test', title: null, published: null, source: null, byline: null });
  });
});

group('a weapon family stands for its one member named in the article', () => {
  const objects = (text: string): string[] => extractDocument(makeDoc(text, 'family')).relations.filter((r) => r.predicate === 'launched').map((r) => r.object).sort();
  it.each([
    ['Russia fired one Iskander-M missile overnight. The Iskander hit a depot in Kharkiv.', ['iskander-m']],
    // Negative rows: two members named keep the family; a family alone is the family.
    ['Russia fired one Iskander-M and two Iskander-K missiles overnight. Iskander missiles hit Kharkiv.', ['iskander', 'iskander-k', 'iskander-m']],
    ['Russia fired Iskander missiles at Kharkiv.', ['iskander']],
  ])('%s', (text, expected) => {
    expect(objects(text)).toEqual(expected);
  });
});
