/**
 * Session 26 (branch lists26): weapons in a list that breaks down the weapons of a launch. Three constructions the
 * right-hand scan of the launch and downing verbs (`scanRight`) stopped before:
 *
 * 1. A report tag with a named speaker whose colon opens the breakdown ("..., the air force said: A, B and C"): the
 *    speaker's name no longer ends the scan when its report verb is followed by a colon and a list item.
 * 2. A list item led by an article ("said: an Iskander-M ballistic missile, a Kh-59 ..."): an article before a named
 *    weapon starts an item, as a number does (a negator, "no Kinzhals", does not).
 * 3. A counted phrase before the colon that stands after a comma at the end of a long object ("... against the
 *    country, together with 12 missiles of three types: A, B and C"): the phrase is measured from that comma.
 *
 * Every sentence is written for these tests. Negative rows give a list of weapons delivered or requested, a list of
 * places, a table of casualties, a list of another night's weapons in a report of a quiet night, and a question.
 */
import { describe, expect, it } from 'vitest';
import { relationsFound } from './helpers.ts';

describe('the weapons of a list that breaks down a launch are launched', () => {
  const cases: [string, string, string[]][] = [
    [
      'a report tag with a named speaker, then a colon',
      'Russia fired 50 drones and four missiles at Ukraine overnight, the Ukrainian Air Force said: two Kalibr missiles and two Kh-59 missiles.',
      ['launched russia kalibr 2', 'launched russia kh-59 2'],
    ],
    [
      'a report tag, then uncounted names',
      'Russia launched 90 unmanned aerial vehicles at Ukraine on Sunday night, the Ukrainian Air Force said: Shahed attack drones, Gerbera decoys and other types.',
      ['launched russia gerbera -', 'launched russia shahed-136 -'],
    ],
    [
      'items led by articles after a report tag',
      'Russia launched 40 drones and two missiles at Ukraine overnight, the air force said: an Iskander-M ballistic missile and a Kh-59 guided missile.',
      ['launched russia iskander-m ', 'launched russia kh-59 '],
    ],
    [
      'a counted phrase after a comma ends a long object',
      'Russia sent 90 attack drones and decoys against the country, together with 12 missiles of three types: Kalibr cruise missiles, Kh-59 guided missiles and Iskander-M ballistic missiles.',
      ['launched russia iskander-m ', 'launched russia kalibr ', 'launched russia kh-59 '],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const found = relationsFound(text, ['launched', 'intercepted']);
    // A row ending in a space names the weapon only (an article's item may or may not carry its figure of one).
    for (const row of expected) expect(found.filter((r) => r.startsWith(row))).not.toEqual([]);
  });
});

describe('a list after a colon that breaks down no launch gives no launch', () => {
  const cases: [string, string, string[]][] = [
    [
      'weapons delivered',
      'The United States sent Ukraine a new aid package last week, the Pentagon said: two Patriot batteries and 40 Stinger missiles.',
      ['launched'],
    ],
    [
      'weapons requested',
      'Kyiv asked its partners for more help on Monday, the foreign minister said: Patriot systems, ATACMS missiles and F-16 jets.',
      ['launched'],
    ],
    ['a list of places', 'Russia fired 30 drones at Ukraine overnight, the air force said: Odesa, Kharkiv and Sumy were hit.', ['launched russia kalibr', 'launched russia kh-59']],
    ['a table of casualties', 'Russia fired 30 drones at Kharkiv overnight, the governor said: three people killed and 12 wounded.', ['launched russia kalibr', 'launched russia iskander-m']],
    [
      'a list of another night',
      'The night was quiet, the air force said. Last spring was different, the spokesman recalled: an Iskander-M missile and a Kh-59 missile.',
      ['launched russia iskander-m', 'launched russia kh-59'],
    ],
    ['a question', 'Did Russia fire 40 missiles at Ukraine overnight, as the air force said: Kalibrs and Kh-59s?', ['launched russia kalibr', 'launched russia kh-59']],
    ['a negator before the name', 'Russia fired 30 drones at Ukraine overnight, the air force said: no Kinzhal missiles this time.', ['launched russia kinzhal']],
  ];
  it.each(cases)('%s', (_name, text, absent) => {
    const found = relationsFound(text, ['launched']);
    for (const prefix of absent) expect(found.filter((r) => r.startsWith(prefix))).toEqual([]);
  });
});
