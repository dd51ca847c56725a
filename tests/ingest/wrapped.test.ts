/**
 * Hard-wrapped lines (subtitle cues, plain-text mail, wire copy cut at a fixed width) are re-joined into their
 * sentence; headlines, bylines, list items and lines after a full stop stay lines of their own. Sentences of my own.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.ts';

function body(lines: string[]): string[] {
  const doc = ingestText(['Drone strikes on the coast', 'Published: 2025-03-04', '', ...lines].join('\n'), { id: 'wrapped', format: 'txt' });
  return doc.text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('Drone strikes') && !line.startsWith('Published'));
}

const cases: Array<[string, string[], string[]]> = [
  ['a comma at the end of the line', ['Overnight, Russia sent 60 drones,', 'most of them Shaheds, towards the coast.'], ['Overnight, Russia sent 60 drones, most of them Shaheds, towards the coast.']],
  ['a lower-case word at the end of the line', ['The air force said its crews shot down', 'forty of the drones before dawn.'], ['The air force said its crews shot down forty of the drones before dawn.']],
  ['a quotation opening the next line in lower case', ['The ministry called the strike', '"a crime against every port".'], ['The ministry called the strike "a crime against every port".']],
  ['three lines of one subtitle cue', ['Just after four this morning', 'the sky over the harbour', 'turned orange.'], ['Just after four this morning the sky over the harbour turned orange.']],
  // Negative rows: what follows starts a line of its own.
  ['a full stop ends the line', ['The sirens stopped at six.', 'then the clearing began.'], ['The sirens stopped at six.', 'then the clearing began.']],
  ['a quotation opening the next line with a capital', ['The mayor said', '"We have no more shelters."'], ['The mayor said', '"We have no more shelters."']],
  ['a capital starts the next line', ['Drones over the port', 'Kyiv says it downed forty'], ['Drones over the port', 'Kyiv says it downed forty']],
  ['a bullet starts the next line', ['Launched, by type:', '- Kalibr: 5, 4 downed', '- cruise missiles: 12, 9 downed'], ['Launched, by type:', 'Kalibr: 5, 4 downed', 'cruise missiles: 12, 9 downed']],
  ['a blank line stands between', ['Russia sent 60 drones,', '', 'most of them Shaheds.'], ['Russia sent 60 drones,', 'most of them Shaheds.']],
  ['a digit starts the next line', ['Cue three of the report', '3', 'the sky turned orange.'], ['Cue three of the report', '3', 'the sky turned orange.']],
];

describe('ingest: hard-wrapped lines', () => {
  it.each(cases)('%s', (_name, lines, expected) => {
    expect(body(lines)).toEqual(expected);
  });
});
