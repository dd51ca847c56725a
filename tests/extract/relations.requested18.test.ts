/**
 * Table tests of session 18's `requested` class: a quotation introduced by "<person> <occasion phrase>:" ("Zelenskyy
 * in the evening address: ...", "Kuleba at the briefing: ..."), whose speaker is the person before the preposition.
 * A verb between the name and the colon, a question, a plan, a denial or a rumour in the quotation give nothing new.
 */
import { describe, expect, it } from 'vitest';
import { relationsOf } from './relations-helpers.ts';

const occasionLabels: Array<[string, string[]]> = [
  ['Zelenskyy in the evening address: "We have told Washington that we need ten more Patriot systems."', ['requested volodymyr-zelenskyy patriot 10']],
  ['Kuleba at the press conference: "We need more Patriot systems before the winter."', ['requested dmytro-kuleba patriot -']],
  ['Zelenskyy during the night address: "We need more Patriot systems, and we need them now."', ['requested volodymyr-zelenskyy patriot -']],
  // Negatives: a question, a plan, a denial and a rumour in the quotation.
  ['Zelenskyy in the evening address: "Do we need more Patriot systems?"', []],
  ['Zelenskyy in the evening address: "Next month we may decide whether to ask for more Patriot systems."', []],
  ['Zelenskyy in the evening address: "We have not asked anyone for more Patriot systems."', []],
  ['Zelenskyy in the evening address: "There are rumours that Kyiv asked for more Patriot systems. They are false."', []],
];

describe('requested: a quotation after "<person> <occasion phrase>:"', () => {
  it.each(occasionLabels)('%s', (sentence, expected) => {
    expect(relationsOf(sentence, 'requested')).toEqual(expected);
  });
});
