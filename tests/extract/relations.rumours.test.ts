/**
 * Table tests of the rumour frame (issue 10, polarity without over-blocking): what a rumour noun carries ("posts
 * claiming that ...", "reports of ...", "a video said to show ...") gives no relation when the sentence says after it
 * that the rumour was not verified, is false, was denied, or only circulates. A rumour the sentence confirms, a report
 * told by its source ("local reports say ..."), a verb of claiming after its subject ("Russia claims that ...") and an
 * attributed claim keep their relations. Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { relationsOf } from './relations-helpers.ts';

type Case = [string, string[]];

const unvouched: Case[] = [
  ['Claims that Kinzhal missiles were also fired at Lviv could not be verified.', []],
  ['Rumours that Kalibr missiles had struck Odesa proved false, the regional governor said.', []],
  ['Reports of Romanian jets shooting down drones circulate online, Bucharest denies', []],
  ['Posts claiming that Polish jets had shot down Russian drones over Volyn spread quickly online on Sunday.', []],
  ['Pro-Kremlin bloggers circulated a claim that Russian jets had bombed Kharkiv; the claim was false.', []],
  ['A video said to show a Kh-101 hitting Dnipro was fake, the police said.', []],
  ['Stories that Iskander missiles were launched at Dnipro remain unconfirmed.', []],
  // The verdict covers the rumour only: a fact told beside it stays.
  ['Russia launched 30 drones at Kharkiv overnight. Claims that Kinzhals were fired at Lviv could not be verified.', ['launched russia drone 30', 'targeted russia kharkiv -']],
  ['Russia launched 30 drones at Kharkiv overnight; claims that Kinzhals were fired at Lviv could not be verified.', ['launched russia drone 30', 'targeted russia kharkiv -']],
];

const kept: Case[] = [
  // Confirmed, or no verdict: the report is a claim the article passes on.
  ['Reports that Russia fired 12 Kalibr missiles at Odesa were confirmed by the navy.', ['launched russia kalibr 12', 'targeted russia odesa -']],
  ['Local reports say Russia launched 40 drones at Odesa overnight.', ['launched russia drone 40', 'targeted russia odesa -']],
  // A verb of claiming after its subject is an attributed claim, not a rumour noun.
  ['Russia claims that it shot down 40 drones over Belgorod.', ['intercepted russia drone 40']],
  ['Russia claims that Ukraine fired 12 drones at Belgorod.', ['launched ukraine drone 12', 'targeted ukraine belgorod -']],
  // A rumour noun without a verdict passes its report on.
  ['Reports of Russian drones striking Kharkiv came in before dawn.', ['launched russia drone -']],
];

describe('relations: the rumour frame', () => {
  it.each([...unvouched, ...kept])('%s', (sentence, expected) => {
    expect(relationsOf(sentence)).toEqual(expected);
  });
});

/**
 * An attack noun that ends its sentence (a heading without a full stop) has no agent after it: the "By" of the byline
 * on the next line is not "raids by X". Run through the whole pipeline (ingest, gazetteer, names), where the byline's
 * person is a mention; the "by" agent inside a sentence still counts.
 */
function launchedOf(text: string): string[] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument({ ...doc, published: '2025-05-30' })
    .relations.filter((r) => r.predicate === 'launched')
    .map((r) => `${r.subject} ${r.object}`)
    .sort();
}

const sentenceEnd: Case[] = [
  ['Russia keeps up drone and missile raids\n\nBy Dmytro Kuleba\n\nRussia launched 40 drones at Kharkiv overnight.', ['russia drone']],
  ['Russia keeps up drone and missile raids\n\nBy Marta Lindqvist\n\nThe city of Kharkiv was attacked overnight.', []],
  ['Missile raids by Russia on Kharkiv went on overnight.', ['russia missile']],
];

describe('relations: an attack noun at the end of its sentence', () => {
  it.each(sentenceEnd)('%s', (text, expected) => {
    expect(launchedOf(text)).toEqual(expected);
  });
});
