/**
 * Entities on real text (session 22, issue 10 item 4), one group per class found on many check sets:
 *   - a capital addressed by a request or a stated need, or the complement of a tie noun object, is its state;
 *   - a state body fronted by "In <capital>," is the capital's state's body;
 *   - a collective head opening a hyphen compound ("army-run", "military-industrial") names no force;
 *   - a one-word gazetteer surname standing as the given name of another person in a list is no mention of it;
 *   - the names of a labelled credit line ("Hosts: A B and C D") are people;
 *   - a number sign closing an organisation name takes its number ("School No. 3");
 *   - the places of "the X and Y regions of <state>" are regions; a place before "nuclear" names a facility.
 * Sentences of our own over the mini gazetteer (tests/extract/helpers.ts): Strelsau is the capital of Ruritania,
 * Szohod of Borduria, Zenda a city that is no capital; Rudolf Elphberg has the one-word alias "Elphberg".
 */
import { describe as group, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

/** The reading of the first mention of `name` in `text`: 'state', 'place' or 'none'. */
function readingOf(text: string, name: string): 'state' | 'place' | 'none' {
  const found = mentionsOf(text).find((m) => m.startsWith(`${name}|`));
  if (!found) return 'none';
  return found.includes('|capital|Country|') ? 'state' : found.includes('|City|') ? 'place' : 'none';
}

group('a capital addressed by a request or a need is its state', () => {
  const cases: Array<[string, string, string, 'state' | 'place']> = [
    ['appeal to', 'The minister kept appealing to Szohod for more launchers.', 'Szohod', 'state'],
    ['call on, coordinated', 'The president called on Szohod and Strelsau to hurry the deliveries.', 'Szohod', 'state'],
    ['a need from', 'What Ruritania needed from Szohod was a decision on the launchers.', 'Szohod', 'state'],
    ['lobbying of', 'The steady lobbying of Szohod for more interceptors went on.', 'Szohod', 'state'],
    ['a tie noun as the object', 'The chancellor put the blame on Szohod.', 'Szohod', 'state'],
    // Negative rows: motion, a place preposition, a request made somewhere, an attack object.
    ['motion to a capital', 'Two drones flew to Szohod before dawn.', 'Szohod', 'place'],
    ['a request made in a capital', 'The mayor appealed for calm in Szohod.', 'Szohod', 'place'],
    ['fleeing from a capital', 'Families fled from Szohod after the strike.', 'Szohod', 'place'],
    ['an attack on a capital', 'The attack on Szohod lasted all night.', 'Szohod', 'place'],
  ];
  it.each(cases)('%s: %s', (_name, text, name, reading) => {
    expect(readingOf(text, name)).toBe(reading);
  });
});

group('a state body fronted by "In <capital>," is the state body', () => {
  const cases: Array<[string, string, string | null]> = [
    ['fronted capital', 'Fires broke out. In Strelsau, the defence ministry said the fires were out.', 'ruritanian-defence-ministry'],
    ['fronted capital by another spelling', 'Drones fell. In Strelsaw, the defence ministry denied it.', 'ruritanian-defence-ministry'],
    // Negative rows: a town that is no capital, a fronted time phrase, a capital not fronted, a body abroad.
    ['a town that is no capital', 'Fires broke out. In Zenda, the defence ministry said so.', null],
    ['a fronted time phrase', 'Fires broke out. In the morning, the defence ministry said so.', null],
    ['a capital inside the sentence', 'Fires broke out. Drones fell in Strelsau, the defence ministry said.', null],
    ['a body abroad', 'Fires broke out. In Strelsau, the embassy said so.', null],
  ];
  it.each(cases)('%s: %s', (_name, text, entity) => {
    const bodies = mentionsOf(text).filter((m) => m.includes('|description|Organisation|'));
    expect(bodies).toEqual(entity === null ? [] : [`defence ministry|description|Organisation|${entity}`]);
  });
});

group('a collective head that opens a hyphen compound names no force', () => {
  const cases: Array<[string, string, boolean]> = [
    ['army-run', 'Drones hit two Bordurian army-run depots overnight.', false],
    ['a possessive before a compound', "The strike hit plants of Borduria's military-industrial base.", false],
    // Negative rows: the force itself, capitalised or in lower case, before a verb or a noun-free end.
    ['the army acting', 'The Bordurian army shelled the border post.', true],
    ['a capitalised name', 'The Bordurian Armed Forces said the post was shelled.', true],
  ];
  it.each(cases)('%s: %s', (_name, text, force) => {
    expect(mentionsOf(text).some((m) => m.endsWith('|Organisation|bordurian-armed-forces'))).toBe(force);
  });
  it('the state stays a mention when its force is dropped', () => {
    expect(mentionsOf("The strike hit plants of Borduria's military-industrial base.")).toContain('Borduria|name|Country|borduria');
  });
});

group('a gazetteer surname as the given name of another person in a list', () => {
  const cases: Array<[string, string, boolean]> = [
    ['after a label', 'Monitors: Elphberg Novak, Anna Hale', false],
    ['after a comma, ending the line', 'Analysts: Anna Hale, Elphberg Novak', false],
    // Negative rows: the surname alone before a verb, the full name, the surname in a list of surnames.
    ['the surname before a verb', 'Elphberg said the talks had failed.', true],
    ['the full gazetteer name in a list', 'Guests: Rudolf Elphberg, Anna Hale', true],
    ['a list of surnames', 'Elphberg, Novak and Hale signed the letter.', true],
  ];
  it.each(cases)('%s: %s', (_name, text, rudolf) => {
    expect(mentionsOf(text).some((m) => m.endsWith('|Person|rudolf-elphberg'))).toBe(rudolf);
  });
  it('the pair is a person of its own', () => {
    expect(mentionsOf('Monitors: Elphberg Novak, Anna Hale')).toContain('Elphberg Novak|name|Person|person:elphberg-novak');
  });
});

group('the names of a labelled credit line are people', () => {
  const cases: Array<[string, string, string[]]> = [
    ['hosts', 'Hosts: Anna Hale and Tom Novak\n\nDrones fell on Zenda.', ['Anna Hale', 'Tom Novak']],
    ['camera after another credit', 'Reporter: Anna Hale | Camera: Tom Novak', ['Anna Hale', 'Tom Novak']],
    ['an organiser', 'Organiser: Tom Novak, Zenda', ['Tom Novak']],
    ['a lead monitor', 'Lead monitor: Anna Hale', ['Anna Hale']],
    // Negative rows: a label of no credit, names of places after a label.
    ['no credit label', 'Venues: Anna Hale and Tom Novak', []],
    ['places after a credit label', 'Camera: Zenda and Strelsau', []],
  ];
  it.each(cases)('%s: %s', (_name, text, people) => {
    const found = mentionsOf(text)
      .filter((m) => m.includes('|Person|'))
      .map((m) => m.split('|')[0]);
    expect(found).toEqual(people);
  });
});

group('a number sign closing an organisation name takes its number', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a school', 'Two drones struck the grounds of Lyceum No. 3 in Zenda.', ['Lyceum No. 3']],
    ['a larger number', 'Warm rooms are open in the gym of School No. 134 tonight.', ['School No. 134']],
    // Negative rows: a number sign after a word that heads no organisation, a number sign without a number.
    ['minutes of a meeting', 'MINUTES No. 47\n\nThe council met in Zenda.', []],
    ['no number after the sign', 'The director of Lyceum No. said nothing.', ['Lyceum No.']],
  ];
  it.each(cases)('%s: %s', (_name, text, names) => {
    const found = mentionsOf(text)
      .filter((m) => m.includes('|Organisation|'))
      .map((m) => m.split('|')[0]);
    expect(found).toEqual(names);
  });
});

group('places named with a facility or as the regions of a state', () => {
  const cases: Array<[string, string, string, string | null]> = [
    ['a list of regions of a state', 'Missiles came from the Zenda and Dolina regions of Ruritania.', 'Zenda', 'Zenda|name|Region|zenda-oblast'],
    ['a nuclear plant', 'The Zenda nuclear plant ran on diesel generators.', 'Zenda', null],
    ['a hydroelectric plant', 'Drones hit the Zenda hydroelectric power plant.', 'Zenda', null],
    // Negative rows: a city of a state, the plant told apart from the city, the regions named after "of".
    ['a city of a state', 'Drones hit Zenda, a city of Ruritania.', 'Zenda', 'Zenda|name|City|zenda'],
    ['a plant in the city', 'Drones hit a power plant in Zenda.', 'Zenda', 'Zenda|name|City|zenda'],
    ['the regions of two places', 'Drones hit the regions of Zenda and Strelsau.', 'Zenda', 'Zenda|name|Region|zenda-oblast'],
  ];
  it.each(cases)('%s: %s', (_name, text, name, expected) => {
    const found = mentionsOf(text).find((m) => m.startsWith(`${name}|`)) ?? null;
    expect(found).toBe(expected);
  });
});

