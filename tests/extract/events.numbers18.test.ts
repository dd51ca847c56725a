/**
 * Session 18: weapons downed or not told through a relative or an active verb whose object is a quantifier ("all of
 * which air defence destroyed", "intercepted neither of them"), and a relative after a launch participle's phrase
 * ("five S-300 missiles fired from Belgorod Oblast, none of which was shot down"). Sentences written for these tests;
 * each class with a negative row.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';

/** The weapon lines of each event, as "weapon launched/intercepted". */
function lines(text: string): string[][] {
  const doc = ingestText(text, { id: 'case', format: 'txt', checkLanguage: false });
  return extractDocument({ ...doc, published: '2024-03-12' }).events.map((e) => e.weapons.map((w) => `${w.weapon} ${w.launched ?? '-'}/${w.intercepted ?? '-'}`).sort());
}

describe('downed in full or not at all, told through a quantifier', () => {
  const cases: [string, string, string[][]][] = [
    ['an active downing of "neither of them" downs none', 'Russia fired two Kh-22 missiles at Odesa overnight. Ukrainian air defence intercepted neither of them.', [['kh-22 2/0']]],
    ['an active downing of "none of those" downs none', 'Russia fired three Kalibr missiles at Odesa overnight. The navy shot down none of those.', [['kalibr 3/0']]],
    // negative: an active downing of a counted part keeps its count
    ['an active downing of "two of them" downs two', 'Russia fired three Kalibr missiles at Odesa overnight. The navy shot down two of them.', [['kalibr 3/2']]],
    ['"all of which <subject> destroyed" downs the whole of the weapon before it', 'Overnight Russia fired two Kh-59 guided missiles, all of which air defence destroyed over Poltava Oblast.', [['kh-59 2/2']]],
    // negative: a relative whose subject keeps them ("all of which the crews tracked") downs nothing
    ['"all of which <subject> tracked" downs nothing', 'Overnight Russia fired two Kh-59 guided missiles, all of which the radar crews tracked for an hour.', [['kh-59 2/-']]],
    [
      'a relative after a launch participle\'s phrase takes up the weapon before the phrase',
      'Overnight Russia fired 40 drones at Sumy and four S-300 missiles launched from Belgorod Oblast, none of which was shot down.',
      [['drone 40/-', 's-300 4/0']],
    ],
    [
      'a list of weapons, each with its own relative',
      'Overnight the wave added four S-300 missiles fired from Belgorod Oblast, none of which was shot down, two Kh-59 guided missiles, all of which air defence destroyed over Poltava Oblast, and 20 drones, of which 9 were shot down.',
      [['drone 20/9', 'kh-59 2/2', 's-300 4/0']],
    ],
    // negative: a relative after a clause of its own ("and the ... said") does not reach back
    ['a relative after a comma clause does not reach back', 'Overnight Russia fired four S-300 missiles at Kharkiv, and the governor spoke of damage, none of which was repaired.', [['s-300 4/-']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });
});
