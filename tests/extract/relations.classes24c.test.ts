/**
 * Table tests of session 24 (branch precision24c), issue 10: two gaps of the rumour frame.
 * - Verdicts of falsehood: a report whose content the sentence calls wrong, incorrect, inaccurate or mistaken, or
 *   says never happened, gives no relation (the frame already knew "false", "untrue", "denied").
 * - A participle of circulation between the rumour noun and its content ("claims circulating online that ...",
 *   "posts spreading on social media that ..."): the content is still the rumour's.
 * Negative rows: a confirmed report, a report without a verdict, a "wrong" that judges something else than the
 * rumour, a fact told beside the rumour. Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

type Case = [string, string[]];

const unvouched: Case[] = [
  ['Reports that Odesa had been hit by Kalibr missiles were wrong, the governor said.', []],
  ['Claims that Russian drones struck Lutsk overnight are incorrect, according to the city council.', []],
  ['Reports that Dnipro was also struck turned out to be inaccurate.', []],
  ['Rumours that a Kinzhal hit Lviv were mistaken, officials said.', []],
  ['Stories that Iskander missiles struck Poltava never happened, the mayor insisted.', []],
  ['Claims circulating online that Polish jets had shot down a drone near Chelm are untrue, the army said.', []],
  ['Posts spreading on Telegram that Russia launched Kinzhals at Lviv could not be verified.', []],
];

const kept: Case[] = [
  // Confirmed, or without a verdict: the report stands.
  ['Reports that Russia fired 12 Kalibr missiles at Odesa were accurate, the navy said.', ['launched russia kalibr 12', 'targeted russia odesa -']],
  ['Claims circulating online that Russia launched 40 drones at Kharkiv were confirmed by the air force.', ['launched russia drone 40', 'targeted russia kharkiv -']],
  // A fact beside the rumour keeps its relation.
  ['Russia launched 30 drones at Kharkiv overnight. Reports that Odesa had been hit were wrong.', ['launched russia drone 30', 'targeted russia kharkiv -']],
];

describe('relations: falsehood verdicts and circulating rumours (session 24c)', () => {
  it.each([...unvouched, ...kept])('%s', (sentence, expected) => {
    expect(relationsOf(sentence)).toEqual(expected);
  });
});
