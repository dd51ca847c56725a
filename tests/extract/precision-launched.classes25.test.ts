/**
 * Session 25 (branch precision25): launches read off text that names a weapon without anyone firing it.
 * Two classes of false `launched`, each with the true attack sentences of the same shape as negative rows:
 * - a defending side's means of air defence named as its own (lexicon defenceClasses, and fighter jets as a
 *   platform class): "cost Ukraine interceptors", "shot down by the air force's fighter jets" are what the owner
 *   defends with, not what it launched at the other side (`launched:owner`);
 * - a delivery verb in the complement of a request or a need, verb or noun ("the appeal that partners send ...",
 *   "made the request that allies deliver ..."), or whose object is a document the weapons only modify ("sent a
 *   Patriot wish list to the ministry"): what is asked for or listed is not a launch (`launched:active`).
 * Every sentence is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

const launched = (text: string): string[] => relationsFound(text, ['launched'], 'classes25');

describe('air-defence means named as their owner’s are not launched by it', () => {
  const cases: [string, string, string[]][] = [
    ['interceptors a night cost', 'A calm night that still cost Ukraine interceptors.', []],
    // (the drones downed were launched by the attacker the document leaves open: Russia)
    ['fighter jets as agents of downing', 'Twenty of the drones were shot down by mobile fire groups and the air force’s fighter jets.', []],
    ['stocks of anti-aircraft missiles', 'Officials said Ukrainian anti-aircraft missiles were running short after a month of raids.', []],
    ['jet fighters on patrol', 'Ukrainian jet fighters patrolled the western border through the night.', []],
    // negatives: attack weapons of the attacking side keep their owner's launch
    ['owned attack drones hit a city', 'Russian drones struck a warehouse in Kharkiv overnight.', ['launched russia drone -']],
    ['owned drones of the other side', 'Ukrainian drones hit an oil depot in Russia’s Bryansk region overnight.', ['launched ukraine drone -']],
    ['a defence system used to shoot down', 'Ukrainian crews used Gepard guns to shoot down eight drones near Odesa.', ['launched ukraine gepard -']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(launched(text)).toEqual(expected);
  });
});

describe('a delivery asked for, or a document sent, is not a launch', () => {
  const cases: [string, string, string[]][] = [
    ['appeal that partners send', 'The foreign minister repeated Ukraine’s appeal that partners send seven more Patriot systems before winter.', []],
    ['request that allies deliver', 'Foreign Minister Dmytro Kuleba made the request that allies deliver more IRIS-T systems to the south.', []],
    ['demand that partners send', 'Dmytro Kuleba renewed Ukraine’s demand that partners send five more NASAMS launchers this year.', []],
    ['plea that allies deliver', 'Dmytro Kuleba repeated the plea that allies deliver more Gepards before winter.', []],
    ['appeal as the subject', 'Ukraine’s appeal that allies send more Patriot systems was repeated by the defence minister.', []],
    ['a wish list sent', 'Ukraine’s prime minister sent a Patriot-and-Gepard wish list to the government on Tuesday.', []],
    // negatives: the attacking side's sending keeps its launch, a request word without a complement changes nothing
    ['sent drones at a city', 'Russia sent 40 drones at Odesa overnight, the air force said.', ['launched russia drone 40']],
    ['a plea before an attack', 'Hours after Kyiv’s plea for more help, Russia sent 50 drones against Kharkiv.', ['launched russia drone 50']],
    ['a need after an attack, same sentence', 'Russia sent 30 drones at Kyiv overnight, and the mayor said the city needs more air defence.', ['launched russia drone 30']],
    ['a denial', 'The Kremlin denied that Russia sent drones at Kyiv.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(launched(text)).toEqual(expected);
  });
});
