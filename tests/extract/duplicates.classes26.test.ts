/**
 * Session 26 (branch dedupe26): a second relation for a weapon already counted.
 *
 * A generic class told in the same sentence as a named system of that class, for the same subject and predicate
 * (launched, intercepted), with no figure of its own, is the named system told twice: "75 Shahed one-way attack
 * drones", "an Iskander-M, a short-range ballistic missile", "three Kh-59 guided air-launched missiles". GUIDELINES.md
 * gives the relation to the named system; main also gave the class a relation (the head-noun check misses a class
 * noun behind a hyphenated modifier or in an apposition). The decision step drops it (weight classBesideMember).
 * Negatives (both stay): a class with its own count, a class set apart by "other" (lexicon otherKindWords), a class beside a system of another class, a request ("Patriot
 * and other air defence systems" asks for more than the member), a class in another sentence, another subject.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

describe('a class beside its named member is one weapon', () => {
  const cases: [string, string, string[]][] = [
    // positives: main gave the class a second relation as well
    ['class behind a hyphenated modifier', 'Russia launched 75 Shahed one-way attack drones against Ukraine overnight, the ministry said.', ['launched russia shahed-136 75']],
    ['class behind a long-range modifier', 'Russia sent 12 Shahed-136 long-range attack drones at Odesa overnight.', ['launched russia shahed-136 12']],
    ['class in an apposition', 'Russia fired an Iskander-M, a short-range ballistic missile, at Kharkiv on Monday.', ['launched russia iskander-m 1']],
    ['class behind a participle compound', 'Russia used three Kh-59 guided air-launched missiles against Mykolaiv.', ['launched russia kh-59 3']],
    ['downing, apposition', 'Ukraine shot down a Kh-101, a cruise missile, over Vinnytsia.', ['intercepted ukraine kh-101 -']],
    ['downing, hyphenated modifier', 'Gunners downed 20 Shahed one-way attack drones over Kyiv on Friday.', ['intercepted ukraine shahed-136 20']],
    // negatives: both stay, or nothing comes out
    ['class with its own count', 'Russia launched 29 cruise missiles, including Kh-101s, at Kyiv on Sunday.', ['launched russia cruise-missile 29', 'launched russia kh-101 -']],
    ['class of another kind', 'Russia fired Kh-101 missiles and ballistic missiles at Kyiv overnight.', ['launched russia ballistic-missile -', 'launched russia kh-101 -']],
    ['counted class, member in the next sentence', 'Russia launched 50 drones at Ukraine overnight. Most of them were Shahed-136s, the air force said.', ['launched russia drone 50', 'launched russia shahed-136 -']],
    ['class set apart by "other"', 'Russia fired 40 Shahed drones and drones of other types at Kyiv overnight.', ['launched russia drone -', 'launched russia shahed-136 40']],
    ['class set apart, "other" before it', 'Russia fired 40 Shahed drones and other drones at Kyiv overnight.', ['launched russia drone -', 'launched russia shahed-136 40']],
    ['denial', 'Russia denied that it had fired Shahed one-way attack drones at Odesa.', []],
    ['question', 'Did Russia launch Shahed one-way attack drones at Odesa overnight?', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(relationsFound(text, ['launched', 'intercepted']).sort()).toEqual([...expected].sort());
  });

  it('another subject keeps its class', () => {
    expect(relationsFound('Russia launched Shahed drones at Odesa while Ukrainian gunners shot down drones over Kyiv.', ['launched', 'intercepted']).sort()).toEqual(['intercepted ukraine drone -', 'launched russia shahed-136 -']);
  });

  it('a request keeps the class beside its member', () => {
    expect(relationsFound('Kyiv asked Berlin for more air defence systems, in particular IRIS-T batteries.', ['requested']).length).toBe(2);
  });
});
