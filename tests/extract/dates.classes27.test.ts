/**
 * Session 27 (dates27): event dates of varied text. Classes, each seen in three or more read sets where it could be:
 *  - an attack told with no time of its own ("It said Russia had launched 69 drones ...") in an article that tells of
 *    one day only is of that day, as the other side's untimed claim already was (a period told without a figure no
 *    longer counts as another day);
 *  - "two nights later", "three days later", "the night that followed" count from the event told before;
 *  - a weekday under the dated heading line of an update, diary or live-blog entry is read from the entry's day;
 *  - "that night", "in that one night", "the same morning" with no event dated before it take up the night told last
 *    before (a field line "Date of the event: night of ...", a sentence "... between Friday and Saturday");
 *  - two weekdays in a row ("between Friday and Saturday", "from Tuesday to Wednesday") are the night between them;
 *  - "on the second night" ranks the nights by their days;
 *  - "a week ago today" is one expression, a week before the day of writing.
 * Sentences and short articles written for these tests (none taken from a corpus), with negative rows: a publication
 * day, two days in one article, a background attack of an earlier year, hours later, a plan for next week.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from '../../src/extract/events/dates.ts';
import { eventBrief, eventsOf } from './helpers.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('time expressions of session 27', () => {
  const cases: [string, string, [string, string, string | null][]][] = [
    // two weekdays in a row: the night between them, across a month's end and a year's end
    ['2025-03-02', 'Drones came out of the night sky between Friday and Saturday.', [['between Friday and Saturday', 'night', '2025-03-01']]],
    ['2025-01-01', 'From Tuesday to Wednesday, drones hit Sumy.', [['From Tuesday to Wednesday', 'night', '2025-01-01']]],
    // negatives: a span over more days is a period; a night named outright keeps its form
    ['2025-03-16', 'From Monday to Thursday drones hit Sumy.', [['From Monday to Thursday', 'period', null]]],
    ['2025-03-16', 'In the night from Friday to Saturday, drones hit Sumy.', [['night from Friday to Saturday', 'night', '2025-03-15']]],
    // a week ago today, across a month's end
    ['2025-03-03', 'A week ago today drones hit Sumy.', [['A week ago today', 'day', '2025-02-24']]],
    // negative: a day counted back alone
    ['2025-03-03', 'Two days ago drones hit Sumy.', [['Two days ago', 'day', '2025-03-01']]],
  ];
  it.each(cases)('%s %s', (reference, text, expected) => {
    expect(times(text, reference)).toEqual(expected);
  });
});

describe("an attack told with no time of its own, in an article that tells of one day only, is of that day", () => {
  const cases: [string, string, string, string[]][] = [
    ["untimed-one-day", "Moscow wire\n\nRussia's defence ministry said on Wednesday that its air defences had destroyed 30 Ukrainian drones overnight over the Kursk region, where fighting has gone on since early August.\n\nKyiv gave its own account of the night. Its air force said Russia had launched 50 attack drones at Ukraine, and that 40 of them were shot down.", "2025-01-01", ["interception 2025-01-01 ukraine: drone -/30", "attack 2025-01-01 russia: attack-drone 50/40"]],
    ["untimed-two-days-neg", "Moscow wire\n\nRussia's defence ministry said on Wednesday that its air defences had destroyed 30 Ukrainian drones overnight over the Kursk region. It said its air defences had also destroyed 12 Ukrainian drones over the Bryansk region on Monday.\n\nKyiv's air force said Russia had launched 50 attack drones at Ukraine, and that 40 of them were shot down.", "2025-01-01", ["interception 2025-01-01 ukraine: drone -/30", "interception 2024-12-30 ukraine: attack-drone 50/-, drone -/12", "attack null russia: attack-drone 50/40"]],
    ["past-year-neg", "Harbour notes\n\nRussia sent 40 attack drones at Odesa overnight, and 31 were brought down, the air force said.\n\nIn 2022, Russia fired 12 cruise missiles at the same port.", "2025-03-02", ["attack 2025-03-02 russia: attack-drone 40/31", "attack null russia: cruise-missile 12/-"]],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});

describe("\"two nights later\", \"the night that followed\": counted from the event told before", () => {
  const cases: [string, string, string, string[]][] = [
    ["nights-later", "Weekly digest\n\nOn the night into Thursday, Russia sent 31 attack drones at the Odesa region, and 25 of them were shot down.\n\nTwo nights later, Russia sent 29 attack drones from the same direction; air defence crews downed 24 of them.", "2025-03-02", ["attack 2025-02-27 russia: attack-drone 31/25", "attack 2025-03-01 russia: attack-drone 29/24"]],
    ["night-followed", "Parish letter\n\nThursday evening. Just before ten o'clock, two guided missiles were fired at the port of Odesa by Russia; one was shot down.\n\nThe night that followed. From about nine until morning, Russia sent 29 attack drones against the Odesa region, and 25 of them were destroyed.", "2024-12-31", ["attack 2024-12-26 russia: guided-missile 2/1", "attack 2024-12-27 russia: attack-drone 29/25"]],
    ["hours-later-neg", "Evening desk\n\nRussia fired ten cruise missiles at Lviv overnight, and eight were shot down. Hours later, two more cruise missiles struck the city.", "2025-03-02", ["attack 2025-03-02 russia: cruise-missile 10/8"]],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});

describe("a weekday under the dated heading line of an entry is read from the entry's day", () => {
  const cases: [string, string, string, string[]][] = [
    ["diary-entry", "Volunteer diary\n\n28 December 2024\nA quiet day at the depot.\n\n2 January 2025\nOn the night into Wednesday, Russia sent 40 attack drones at Kharkiv, and 31 of them were shot down.", "2025-01-10", ["attack 2025-01-01 russia: attack-drone 40/31"]],
    ["diary-entry-today-neg", "Volunteer diary\n\n10 January 2025\nOn the night into Wednesday, Russia sent 40 attack drones at Kharkiv, and 31 of them were shot down.", "2025-01-10", ["attack 2025-01-08 russia: attack-drone 40/31"]],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});

describe("\"that night\" with no event dated before it takes up the night told last before it", () => {
  const cases: [string, string, string, string[]][] = [
    ["between-days-that-night", "Homily\n\nWhat came out of the night sky over Ukraine between Friday and Saturday grieves us all.\n\nSixteen attack drones were sent against Ukraine by Russia in that one night, and eleven of them were shot down.", "2025-03-02", ["attack 2025-03-01 russia: attack-drone 16/11"]],
    ["field-line-that-night", "Museum record\nObject: part of a drone wing\nDate of the event: night of 31 December 2024 to 1 January 2025\nDate of record: 9 January 2025\n\nHistorical note\n\nRussia sent 27 attack drones against Ukraine that night, and 22 of them were destroyed.", "2025-01-09", ["attack 2025-01-01 russia: attack-drone 27/22"]],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});

describe("\"on the second night\": the nights ranked by their days, not by the order the lede told them", () => {
  const cases: [string, string, string, string[]][] = [
    ["nth-night", "Two nights\n\nFor the second night running, Russia sent attack drones over Ukraine.\n\nThe first wave (Friday night into Saturday) numbered 61 drones, and 46 were shot down. The second wave, on the night into Sunday, was larger: 72 drones, 50 of them downed.\n\nOn the second night the target was Kharkiv, where a drone struck a car park.", "2025-03-02", ["2025-03-02 ukraine+kharkiv", "2025-03-01 "]],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map((e) => `${e.date ?? 'null'} ${e.targets.join('+')}`)).toEqual(expected);
  });
});

describe("\"a week ago today\" is a week before the day of writing", () => {
  const cases: [string, string, string, string[]][] = [
    ["week-ago-today", "Kharkiv notes\n\nA week ago today, Russia fired four S-300 missiles at Kharkiv, and none were intercepted.", "2025-03-03", ["attack 2025-02-24 russia: s-300 4/0"]],
    ["plan-next-week-neg", "Kharkiv notes\n\nRussia fired four S-300 missiles at Kharkiv overnight. Officials warned that Russia may launch more missiles next week.", "2025-03-03", ["attack 2025-03-03 russia: s-300 4/-"]],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(eventsOf(text, published).map(eventBrief)).toEqual(expected);
  });
});
