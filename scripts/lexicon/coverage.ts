/**
 * Measures the semantic classes (ontology/lexicon/classes.json): lemmas and surface forms per class, and how many
 * of the trigger words of today's relation lexicon (ontology/lexicon/relations.json) each mapped class covers,
 * with the words it misses. Prints Markdown tables for the README.
 *
 *   npx tsx scripts/lexicon/coverage.ts
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICON_DIR, readLexiconJson } from './grow.ts';
import type { ClassesFile } from './types.ts';

/** Which classes stand for each trigger list of relations.json. */
export const TRIGGER_LISTS: Record<string, string[]> = {
  launch: ['launchVerb', 'deliveryVerb'],
  ambiguousLaunch: ['deliveryVerb'],
  intercept: ['interceptVerb'],
  attackVerb: ['attackVerb', 'damageVerb'],
  attackNoun: ['attackNoun'],
  damageVerbs: ['damageVerb', 'damageNoun', 'casualtyExpression'],
  damageNouns: ['damageNoun', 'casualtyExpression'],
  request: ['requestVerb'],
  needVerbs: ['needExpression'],
  condemn: ['condemnVerb', 'moralJudgement'],
  evaluativeCall: ['characteriseVerb'],
  evaluativeTerms: ['moralJudgement'],
  report: ['reportVerb'],
  denial: ['denialCue'],
  disputeVerbs: ['denialCue'],
  plan: ['planCue', 'needExpression'],
  modal: ['modalCue'],
  performVerbs: ['supportVerb', 'launchVerb', 'attackVerb'],
};

/**
 * Classes the rules do not read (yet), kept as the yardstick of hand lists they overlap, with the reason. Every other
 * class is read by LEXICON_TABLE (tests/lexicon/classes.test.ts checks both).
 */
export const REFERENCE_CLASSES: Record<string, string> = {
  supportVerb: 'measures performVerbs ("carried out", "unleashed"), whose hand list also holds attempt and renewal verbs the class lacks',
  casualtyExpression: 'measures casualtyVerbs; its nouns ("deaths", "casualties") would open a place-of-casualties reading no gold asks for',
  planCue: 'measures plan, whose hand list holds request and ability cues ("help", "capable") that block plans the class does not name',
  temporalModifier: 'reference for the date forms of src/extract/events/dates.ts, which are written as patterns, not word lists',
};

/** Coverage of one trigger list: its words, those in the mapped classes, and the missing ones. */
export interface ListCoverage {
  list: string;
  classes: string[];
  total: number;
  covered: number;
  missing: string[];
}

/** Coverage of every trigger list of `relations` by `classes`. */
export function triggerCoverage(classes: ClassesFile, relations: Record<string, unknown>): ListCoverage[] {
  return Object.entries(TRIGGER_LISTS).map(([list, names]) => {
    const words = [...new Set((relations[list] as string[] | undefined) ?? [])];
    const forms = new Set(names.flatMap((n) => classes.classes[n]?.forms ?? []).map((f) => f.toLowerCase()));
    const missing = words.filter((w) => !forms.has(w.toLowerCase()));
    return { list, classes: names, total: words.length, covered: words.length - missing.length, missing };
  });
}

function main(): void {
  const classes = readLexiconJson<ClassesFile>(join(LEXICON_DIR, 'classes.json'));
  const relations = readLexiconJson<Record<string, unknown>>(join(LEXICON_DIR, 'relations.json'));
  console.log('| class | lemmas | WordNet | manual | closed | surface forms |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  let lemmas = 0;
  let forms = 0;
  for (const [name, c] of Object.entries(classes.classes)) {
    const by = (s: string): number => c.entries.filter((e) => e.source === s).length;
    console.log(`| ${name} | ${c.entries.length} | ${by('wordnet')} | ${by('manual')} | ${by('closed')} | ${c.forms.length} |`);
    lemmas += c.entries.length;
    forms += c.forms.length;
  }
  console.log(`| all | ${lemmas} | | | | ${forms} |\n`);
  console.log('| relations.json list | classes | covered | missing |\n| --- | --- | ---: | --- |');
  let total = 0;
  let covered = 0;
  for (const row of triggerCoverage(classes, relations)) {
    console.log(`| ${row.list} | ${row.classes.join(', ')} | ${row.covered}/${row.total} | ${row.missing.join(', ')} |`);
    total += row.total;
    covered += row.covered;
  }
  console.log(`| all | | ${covered}/${total} (${((100 * covered) / total).toFixed(0)}%) | |`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
