/**
 * Table tests of the entity classes of session 27 (branch entities27): entity misses and false entities read with
 * `eval --verbose` over the freshest read sets (check sets 41, 40, 43) and the older sets with the lowest entity F1, grouped by cause. Every
 * text is written for these tests (none is taken from a corpus); the articles go through ingest and the whole
 * pipeline with the project's gazetteer. Each table has negative rows.
 */
import { describe, expect, it } from 'vitest';
import { namedEntitiesOf } from './helpers.ts';


const HEADLINE = 'Drones hit a depot on the edge of Lozova overnight';

describe('an outlet named by a media head that a person cue would read as a person (lexicon mediaHeads)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['told an outlet', 'The governor told Lozova Daily that two homes burned.', ['Organisation Lozova Daily']],
    ['told an outlet, a person before', 'Dmytro Kuleba told Zenda Weekly on Monday that more Patriot systems were needed.', ['Organisation Zenda Weekly', 'Person Dmytro Kuleba']],
    ['an outlet before "said"', 'Two homes burned, Sloboda Daily said.', ['Organisation Sloboda Daily']],
    ['a wire service before "reported"', 'Two homes burned, Orel Wire reported.', ['Organisation Orel Wire']],
    ['according to an outlet', 'Nine drones were downed, according to Steppe Weekly.', ['Organisation Steppe Weekly']],
    ['an outlet after "said"', 'Two homes burned, said Lozova Daily.', ['Organisation Lozova Daily']],
    ['an outlet named after a city', 'A drone hit the depot, Kharkiv Daily reported on Tuesday.', ['Organisation Kharkiv Daily']],
    // Negative rows: people told with the same cues, a person beside the outlet, a title before a name, a head word
    // in capitals, a month and a weekday.
    ['a person who told reporters', 'Anna Melnyk told reporters that the depot burned.', ['Person Anna Melnyk']],
    ['a person named with the outlet', 'Marta Kovalenko, a spokeswoman for the school, told Poltava Weekly that it was shut.', ['Organisation Poltava Weekly', 'Person Marta Kovalenko']],
    ['a title before the name', 'Colonel Taras Daily said the crews fired at eleven drones.', ['Person Taras Daily']],
    ['a headline word in capitals', 'TODAY: Oleh Kiper said the port was hit.', ['Person Oleh Kiper']],
    ['a month and a weekday', 'On Monday, 3 March, Oleh Kiper said the port was hit.', ['Person Oleh Kiper']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const found = namedEntitiesOf(`${HEADLINE}\n\n${text}`).filter((e) => e.startsWith('Person') || e.startsWith('Organisation'));
    expect(found).toEqual(expected);
  });
});
