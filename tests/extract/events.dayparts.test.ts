/**
 * Session 18: waves and nights told against each other. A night and a daytime wave of one day are two events; "the
 * night before" an earlier event of the story is the night before that event; "the following night" in a sentence
 * that sets the scene dates the statements after it; the small hours with no day of their own are the night the lede
 * names; a wave whose hours are given ("from 20:15 on 30 December") is dated by its night; a raid told with its day
 * ("The second raid, on Thursday 7 March, ...") starts its event; "On the first, ..." takes up the first raid told.
 * Short articles written for these tests, each with a negative row.
 */
import { describe, expect, it } from 'vitest';
import { eventBrief, eventsOf } from './helpers.ts';

const events = eventsOf;
const brief = eventBrief;

describe('the parts of one day and the nights around an event', () => {
  const cases: [string, string, string, string[]][] = [
    [
      'a night and an afternoon wave of the same day are two events',
      'Overnight into 9 March, Russia launched 70 drones against Ukraine; 51 were shot down. In the afternoon of the same day, Russia fired two Iskander-M missiles at Sumy. Neither was intercepted.',
      '2024-03-11',
      ['attack 2024-03-09 russia: drone 70/51', 'attack 2024-03-09 russia: iskander-m 2/0'],
    ],
    [
      'a wave before noon told with its downing and its target is an attack, not only an interception',
      'Russia launched 90 drones at Ukraine overnight into Sunday, 10 March, and 70 of them were shot down. Shortly before noon, six Shahed drones crossed into western Ukraine, heading for Lutsk, and all six were shot down.',
      '2024-03-11',
      ['attack 2024-03-10 russia: drone 90/70', 'attack 2024-03-10 russia: shahed-136 6/6'],
    ],
    [
      // negative: an afternoon that dates a statement splits nothing
      'the afternoon of a statement is no daytime wave',
      'Russia launched 70 drones against Ukraine overnight into Sunday, 10 March. The air force said on Sunday afternoon that 51 of them were shot down.',
      '2024-03-11',
      ['attack 2024-03-10 russia: drone 70/51'],
    ],
    [
      // negative: "a daytime assault" names another attack; it does not move the night's statements
      'an adjective of the daytime is no time of the statement',
      'Russia launched 70 drones at Kyiv overnight, the air force said. The raid followed a daytime assault on the capital.',
      '2024-03-11',
      ['attack 2024-03-11 russia: drone 70/-'],
    ],
    [
      'the night before an evening strike told first ended on the morning of that day',
      'She was walking home on the evening of Friday 1 March when Russia fired two missiles at Odesa. Neither was intercepted.\n\nDuring the night before, Russia had sent 60 drones over Ukraine; 41 were shot down.',
      '2024-03-09',
      ['attack 2024-03-01 russia: missile 2/0', 'attack 2024-03-01 russia: drone 60/41'],
    ],
    [
      // negative: with no earlier event, "the night before" is the night before the day of writing
      'the night before with no earlier event is the last night',
      'During the night before, Russia had sent 60 drones over Ukraine; 41 were shot down.',
      '2024-03-09',
      ['attack 2024-03-09 russia: drone 60/41'],
    ],
    [
      '"the following night" setting the scene dates the sentences after it',
      'In the night to Monday, 4 March, Russia launched 40 drones against Ukraine, and 30 of them were shot down.\n\nThe following night brought a larger raid. Russian forces sent 90 drones at Odesa, and air defence downed 70 of the drones.',
      '2024-03-06',
      ['attack 2024-03-04 russia: drone 40/30', 'attack 2024-03-05 russia: drone 90/70'],
    ],
    [
      'a span from an evening hour to the morning is the night it opens',
      'From 20:30 on 2 March the enemy attacked with 50 drones of the Shahed type. By 09:00, 35 drones were shot down.',
      '2024-03-03',
      ['attack 2024-03-03 russia: shahed-136 50/35'],
    ],
    [
      'the small hours with no day of their own are the night the lede names',
      'The papers lead with the night from Monday into Tuesday.\n\nOne paper says two missiles hit Kharkiv shortly after 3am, and Russia fired 80 drones at Ukraine.',
      '2024-03-06',
      ['attack 2024-03-05 russia: drone 80/-, missile 2/-'],
    ],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(events(text, published).map(brief)).toEqual(expected);
  });
});

describe('raids of a story told apart and taken up again', () => {
  // Published Sunday 10 March 2024.
  const cases: [string, string, string[]][] = [
    [
      'a raid told with its day starts the event of that day',
      'Russia sent 50 drones at Ukraine overnight into 5 March; 30 were shot down.\n\nThe second raid, on Thursday 7 March, was short. Two S-300 missiles hit a depot in Izium. Neither could be intercepted, the air force said.',
      ['attack 2024-03-05 russia: drone 50/30', 'attack 2024-03-07 russia: s-300 2/0'],
    ],
    [
      // negative: a day named in a sentence of no raid keeps the statements after it in the open event
      'a day of something else sets no new event',
      'Russia sent 50 drones at Ukraine overnight into 5 March.\n\nRepairs at the plant, on Thursday 7 March, were slow. Thirty of the drones were shot down, the air force said.',
      ['attack 2024-03-05 russia: drone 50/30'],
    ],
    [
      'the hours of a night with no day do not start another event',
      'Russia used 90 drones against Ukraine overnight into 9 March. A drone reached the plant at about 3am. In the Saltivskyi district of Kharkiv a drone hit a clinic.',
      ['attack 2024-03-09 russia: drone 90/-'],
    ],
    [
      '"On the first" and "On the third" take up the raids told before in their order',
      'Russia sent 60 drones at Ukraine overnight into 5 March. The second raid, on Thursday 7 March, was short: Russia fired two S-300 missiles at Izium. Russia used 80 drones overnight into 9 March.\n\nOn the first, 40 of the drones were brought down. On the third, air defence destroyed 70 of the drones.',
      ['attack 2024-03-05 russia: drone 60/40', 'attack 2024-03-07 russia: s-300 2/-', 'attack 2024-03-09 russia: drone 80/70'],
    ],
    [
      // negative: with one raid told, "On the first" ranks nothing
      '"On the first" with a single raid is that raid',
      'Russia sent 60 drones at Ukraine overnight into 5 March.\n\nOn the first day of the week, 40 of the drones were brought down.',
      ['attack 2024-03-05 russia: drone 60/40'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(events(text, '2024-03-10').map(brief)).toEqual(expected);
  });
});
