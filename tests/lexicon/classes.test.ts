/**
 * Tests of the semantic word classes (ontology/lexicon/classes.json) and their generator (scripts/lexicon):
 * the words the classes must hold and the near-misses they must not, the inflection and spelling rules,
 * provenance (every lemma from WordNet, a reviewed manual addition or a closed list), the review guards,
 * and that the committed file is exactly what seeds.json + review.json give, run after run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandClass } from '../../scripts/lexicon/expand.ts';
import { REFERENCE_CLASSES } from '../../scripts/lexicon/coverage.ts';
import { LEXICON_TABLE } from '../../src/extract/lexicon.ts';
import { grow, LEXICON_DIR, readLexiconJson, serialise, type GrowResult } from '../../scripts/lexicon/grow.ts';
import { inflect } from '../../scripts/lexicon/inflect.ts';
import { loadWordNet, type WordNet } from '../../scripts/lexicon/wordnet.ts';
import type { ClassesFile, ReviewFile, SeedFile } from '../../scripts/lexicon/types.ts';

const committedText = readFileSync(join(LEXICON_DIR, 'classes.json'), 'utf8');
const committed = JSON.parse(committedText) as ClassesFile;
const seeds = readLexiconJson<SeedFile>(join(LEXICON_DIR, 'seeds.json'));
const review = readLexiconJson<ReviewFile>(join(LEXICON_DIR, 'review.json'));
const formsOf = (name: string): Set<string> => new Set(committed.classes[name]?.forms ?? []);

let wn: WordNet;
let fresh: GrowResult;
beforeAll(() => {
  wn = loadWordNet();
  fresh = grow(wn, seeds, review);
});

describe('classes hold the words news uses', () => {
  it.each([
    ['launchVerb', ['fired', 'launched', 'hurled', 'unleashed', 'rained', 'rained down', 'lobbed', 'opened fire', 'dropped']],
    ['attackVerb', ['struck', 'attacked', 'shelled', 'bombarded', 'pounded', 'pummelled', 'pummeled', 'slammed', 'hit', 'targeted', 'blitzed', 'tore into']],
    ['attackNoun', ['attack', 'strikes', 'barrage', 'salvo', 'salvos', 'bombardment', 'assault', 'raid', 'wave', 'onslaught', 'air raid', 'offensive']],
    ['supportVerb', ['carried out', 'conducted', 'mounted', 'staged', 'stepped up', 'resumed']],
    ['interceptVerb', ['shot down', 'downed', 'intercepted', 'destroyed', 'neutralised', 'neutralized', 'repelled', 'took out', 'brought down']],
    ['interceptNoun', ['interception', 'interceptions', 'shootdown']],
    ['deliveryVerb', ['send', 'sent', 'supplied', 'delivered', 'provided', 'deployed', 'handed over']],
    ['damageVerb', ['damaged', 'destroyed', 'hit', 'devastated', 'knocked out']],
    ['damageNoun', ['explosions', 'blast', 'damage', 'fires', 'destruction']],
    ['casualtyExpression', ['killed', 'injured', 'wounded', 'casualties', 'deaths']],
    ['requestVerb', ['asked', 'requested', 'urged', 'called for', 'appealed', 'pleaded', 'pled', 'pressed', 'implored', 'called on']],
    ['needExpression', ['needs', 'needed', 'requires', 'requirement']],
    ['condemnVerb', ['condemns', 'condemned', 'denounced', 'deplored', 'decried', 'lambasted', 'lambasting', 'castigated', 'slammed', 'excoriated']],
    ['condemnNoun', ['condemnation', 'denunciation']],
    ['moralJudgement', ['barbaric', 'war crime', 'war crimes', 'act of terrorism', 'acts of terrorism', 'terrorism', 'outrage', 'appalled', 'heinous', 'cowardly', 'outraged', 'horrified', 'unacceptable', 'atrocity', 'shameful', 'disgraceful', 'inhuman']],
    ['notCondemnation', ['concern', 'concerned', 'regret', 'sympathy', 'solidarity', 'restraint', 'condolences', 'stand with']],
    ['characteriseVerb', ['called', 'described', 'branded', 'labelled', 'labeled']],
    ['reportVerb', ['said', 'says', 'reported', 'claimed', 'stated', 'announced', 'confirmed', 'told', 'according to']],
    ['hedgeCue', ['allegedly', 'reportedly', 'purportedly', 'unconfirmed', 'rumours', 'rumors']],
    ['denialCue', ['denied', 'denial', 'rejected', 'refuted', 'dismissed', 'disputed', 'declined']],
    ['planCue', ['plans', 'planned', 'intends', 'vowed', 'threatened', 'promised', 'going to']],
    ['modalCue', ['would', 'could', 'should', 'might']],
    ['conditionalCue', ['if', 'whether', 'unless']],
    ['negationCue', ['not', "n't", 'never', 'no']],
    ['temporalModifier', ['last', 'this', 'early', 'late']],
    ['temporalExpression', ['overnight', 'last night', 'early on', 'morning', 'yesterday', 'Tuesday', 'April', 'May']],
  ])('%s holds %j', (name, words) => {
    const forms = formsOf(name);
    expect(forms.size, `${name} exists`).toBeGreaterThan(0);
    for (const word of words) expect(forms.has(word), `${word} in ${name}`).toBe(true);
  });
});

describe('classes leave out the near-misses', () => {
  it.each([
    ['condemnVerb', ['concerned', 'concern', 'regret', 'criticised', 'criticized', 'attacked', 'rebuked']],
    ['moralJudgement', ['concerned', 'regret', 'sympathy', 'solidarity', 'restraint', 'escalation', 'dismayed', 'shocking', 'scandal']],
    ['launchVerb', ['send', 'sent', 'supplied', 'delivered', 'deployed', 'used']],
    ['attackVerb', ['invaded', 'aimed', 'nuked']],
    ['attackNoun', ['invasion', 'aggression', 'battery', 'batteries', 'fire']],
    ['interceptVerb', ['landed', 'stopped', 'knocked out']],
    ['reportVerb', ['described', 'believed', 'maintained']],
    ['temporalExpression', ['sun', 'fall', 'even', 'may', 'march']],
    ['notCondemnation', ['condemned', 'barbaric']],
  ])('%s does not hold %j', (name, words) => {
    const forms = formsOf(name);
    for (const word of words) expect(forms.has(word), `${word} not in ${name}`).toBe(false);
  });
});

describe('inflection and spelling', () => {
  it.each([
    ['pummel', 'verb', ['pummelled', 'pummeled', 'pummelling', 'pummeling', 'pummels'], []],
    ['repel', 'verb', ['repelled', 'repelling'], ['repeled', 'repeling']],
    ['strike', 'verb', ['struck', 'strikes', 'striking'], ['striked']],
    ['neutralize', 'verb', ['neutralise', 'neutralised', 'neutralizing'], []],
    ['shoot down', 'verb', ['shot down', 'shooting down', 'shoots down'], []],
    ['carpet bomb', 'verb', ['carpet bombed', 'carpet bombing'], ['carpeted bomb']],
    ['plead', 'verb', ['pleaded', 'pled'], []],
    ['wound', 'verb', ['wounded', 'wounding'], ['winds', 'winding']],
    ['blitz', 'noun', ['blitzes'], ['blitzs']],
    ['act of terrorism', 'noun', ['acts of terrorism'], ['act of terrorisms']],
    ['defense', 'noun', ['defence', 'defences', 'defenses'], []],
    ['rumor', 'noun', ['rumour', 'rumours'], []],
    ['Monday', 'noun', ['Mondays'], ['mondays']],
    ['size', 'verb', ['sized'], ['sised']],
  ] as const)('%s (%s) gives %j and not %j', (lemma, pos, has, hasNot) => {
    const { forms, problems } = inflect(lemma, pos, seeds, review);
    for (const form of has) expect(forms, form).toContain(form);
    for (const form of hasNot) expect(forms, form).not.toContain(form);
    expect(problems).toEqual([]);
  });

  it.each([
    ['shoot down', 'shoot', 'down', true],
    ['take out', 'take', 'out', true],
    ['call for', 'call', 'for', false],
    ['call on', 'call', 'on', false],
  ])('phrasal verb %s: head %s, particle %s, separable %s', (lemma, head, particle, separable) => {
    const entry = Object.values(committed.classes)
      .flatMap((c) => c.entries)
      .find((e) => e.lemma === lemma);
    expect(entry).toMatchObject({ head, particle, separable });
  });

  it('reports a generated form that does not lemmatise back to its lemma', () => {
    const bare: ReviewFile = { ...review, inflection: { ...review.inflection, overrides: {}, confirmed: {} } };
    expect(inflect('wound', 'verb', seeds, bare).problems.join('\n')).toMatch(/"winds"/);
  });
});

describe('provenance and review', () => {
  it('gives every accepted lemma a source: a WordNet candidate, a reviewed manual addition or a closed list', () => {
    let manual = 0;
    for (const [name, cls] of Object.entries(committed.classes)) {
      const candidates = expandClass(wn, seeds, name);
      const decisions = review.classes[name];
      for (const entry of cls.entries) {
        const key = entry.lemma.toLowerCase();
        if (entry.source === 'wordnet') {
          expect(candidates.has(key), `${name}: ${entry.lemma} is a WordNet candidate`).toBe(true);
          expect(decisions?.accept.map((l) => l.toLowerCase()), `${name}: ${entry.lemma} accepted`).toContain(key);
        } else if (entry.source === 'manual') {
          manual++;
          expect(decisions?.add?.[key]?.reason.length, `${name}: ${entry.lemma} has a reason`).toBeGreaterThan(20);
          expect(candidates.has(key), `${name}: ${entry.lemma} is not already in WordNet's candidates`).toBe(false);
        } else {
          expect(seeds.classes[name]?.closed?.words, `${name}: ${entry.lemma} closed`).toContain(entry.lemma);
          expect(seeds.classes[name]?.closed?.reason.length).toBeGreaterThan(20);
        }
      }
    }
    // 15 since issue 10 item 1 (branch lexicon6): multi-word idioms WordNet lacks (fire off, swat down, shoot out of the
    // sky, make the case for, come down hard on, hit out at, speak out against); 16 with knock down (session 9); 17 with
    // account for (session 11: "air defence accounted for 587 of the drones"); 18 with knock out of the sky (session 15);
    // 19 with collective punishment (session 16: a term of the laws of war WordNet lacks); 20 with war on civilians
    // (session 21: a campaign of strikes denounced as waged on non-combatants); 22 with swat and pluck out of the sky
    // (session 23: "swatted 150 of the drones out of the sky", the object between verb and phrase, in check sets 28, 29).
    expect(manual, 'manual additions stay few').toBeLessThanOrEqual(22);
  });

  it('documents every class, seed and rejection', () => {
    for (const [name, spec] of Object.entries(seeds.classes)) {
      expect(spec.definition.length, name).toBeGreaterThan(30);
      for (const seed of spec.seeds) expect(seed.note.length, `${name} ${seed.sense}`).toBeGreaterThan(5);
    }
    for (const [name, decisions] of Object.entries(review.classes)) {
      for (const reason of Object.keys(decisions.reject)) expect(reason.trim().length, name).toBeGreaterThan(3);
    }
  });

  it('has decided every candidate, with no stale or duplicate decision and no inflection problem', () => {
    expect(fresh.pending.map((p) => `${p.className}: ${p.candidate.lemma}`)).toEqual([]);
    expect(fresh.problems).toEqual([]);
  });

  it('flags an undecided candidate and a decision about a word that is not a candidate', () => {
    const attack = review.classes.attackVerb!;
    const edited: ReviewFile = {
      ...review,
      classes: { ...review.classes, attackVerb: { ...attack, accept: [...attack.accept.filter((l) => l !== 'shell'), 'whisper'] } },
    };
    const result = grow(wn, seeds, edited);
    expect(result.pending.map((p) => `${p.className}: ${p.candidate.lemma}`)).toContain('attackVerb: shell');
    expect(result.problems.join('\n')).toMatch(/"whisper" \(accept\) is not a WordNet candidate/);
  });

  it('refuses a seed that is not a WordNet sense key', () => {
    const broken: SeedFile = {
      ...seeds,
      classes: { ...seeds.classes, attackVerb: { ...seeds.classes.attackVerb!, seeds: [{ sense: 'strike%9:99:99::', note: 'bad' }] } },
    };
    expect(() => grow(wn, broken, review)).toThrow(/strike%9:99:99:: is not in WordNet/);
  });
});

describe('no class is dead', () => {
  const read = new Set(Object.values(LEXICON_TABLE as Record<string, { classes?: readonly string[] }>).flatMap((spec) => spec.classes ?? []));
  it('every class is read by the rules (LEXICON_TABLE) or named a reference class with its reason', () => {
    const dead = Object.keys(committed.classes).filter((name) => !read.has(name) && !(name in REFERENCE_CLASSES));
    expect(dead).toEqual([]);
  });
  it('no reference class is read by the rules as well (the list says which are not)', () => {
    expect(Object.keys(REFERENCE_CLASSES).filter((name) => read.has(name))).toEqual([]);
    for (const name of Object.keys(REFERENCE_CLASSES)) expect(committed.classes[name], name).toBeDefined();
  });
});

describe('generation', () => {
  it('is deterministic: two runs give identical bytes', () => {
    expect(serialise(grow(wn, seeds, review).file)).toBe(serialise(fresh.file));
  });

  it('matches the committed classes.json (regenerate with npx tsx scripts/lexicon/grow.ts)', () => {
    expect(serialise(fresh.file) === committedText, 'classes.json is up to date with seeds.json and review.json').toBe(true);
  });

  it('keeps forms sorted and unique within each class', () => {
    for (const cls of Object.values(committed.classes)) {
      const sorted = [...new Set(cls.forms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(cls.forms).toEqual(sorted);
    }
  });
});
