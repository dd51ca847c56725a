/**
 * The event date resolver: time expressions and the day each names against a reference day, weekdays across month
 * and year ends, nights dated by the morning they ended, statements' days told apart, periods, datelines, articles
 * without a date. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { addDays, findTimeExpressions, monthDayNear, referenceDay, weekdayOnOrBefore } from '../../src/extract/events/dates.ts';

/** [expression, kind, day] of every time expression in `text`. */
function times(text: string, reference: string | null): [string, string, string | null][] {
  return findTimeExpressions(text, reference).map((t) => [text.slice(t.start, t.end), t.kind, t.date]);
}

describe('calendar arithmetic', () => {
  const weekdays: [string, number, string][] = [
    // reference, weekday (0 = Sunday), expected
    ['2024-03-06', 3, '2024-03-06'], // a Wednesday names the reference day itself
    ['2024-03-06', 1, '2024-03-04'],
    ['2024-03-02', 4, '2024-02-29'], // back across the end of a leap February
    ['2025-01-01', 0, '2024-12-29'], // back across a year end
    ['2025-01-02', 2, '2024-12-31'],
    ['2024-08-01', 5, '2024-07-26'],
  ];
  it.each(weekdays)('the weekday %i on or before %s', (reference, weekday, expected) => {
    expect(weekdayOnOrBefore(reference, weekday)).toBe(expected);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('places a month and day in the year nearest before the reference', () => {
    expect(monthDayNear('2024-01-03', 12, 30)).toBe('2023-12-30');
    expect(monthDayNear('2024-05-10', 5, 2)).toBe('2024-05-02');
    expect(monthDayNear('2024-05-10', 5, 14)).toBe('2024-05-14'); // a few days ahead: an announced day
    expect(monthDayNear('2023-05-10', 2, 29)).toBeNull();
  });
});

describe('time expressions', () => {
  // Reference day: Tuesday 2 January 2024.
  const REF = '2024-01-02';
  const cases: [string, [string, string, string | null][]][] = [
    ['Drones struck the port city overnight, officials said.', [['overnight', 'night', REF]]],
    ['The barrage came last night and lasted for hours.', [['last night', 'night', REF]]],
    // The night before last ended the morning before the reference day; "the night before" ended on it.
    ['The night before last, 60 drones came over the region.', [['The night before last', 'night', '2024-01-01']]],
    ['Two nights ago a depot burned.', [['Two nights ago', 'night', '2024-01-01']]],
    ['The night before, 40 drones came over the region.', [['The night before', 'night', REF]]],
    // "according to <a source of up to four words> on <day>" is the day of a statement: relative days are told from it.
    ['According to Russian state media on Sunday, 30 drones were downed the night before.', [['on Sunday', 'report', '2023-12-31'], ['the night before', 'night', '2023-12-31']]],
    ['According to the regional governor on Monday, drones hit the port overnight.', [['on Monday', 'report', '2024-01-01'], ['overnight', 'night', '2024-01-01']]],
    ['According to officials the drones hit the port on Monday.', [['on Monday', 'day', '2024-01-01']]],
    ['A missile hit the station on Monday.', [['on Monday', 'day', '2024-01-01']]],
    ['Sirens sounded early on Sunday in the capital.', [['early on Sunday', 'night', '2023-12-31']]],
    ['Two blasts shook the town on Saturday night.', [['on Saturday night', 'night', '2023-12-31']]],
    ['The raid of the night of 31 December to 1 January hit a depot.', [['night of 31 December to 1 January', 'night', '2024-01-01']]],
    ['Attacks overnight into Tuesday damaged a bridge.', [['overnight into Tuesday', 'night', REF]]],
    ['A drone hit a school in the early hours of Friday.', [['in the early hours of Friday', 'night', '2023-12-29']]],
    ['A strike on 28 December killed four.', [['on 28 December', 'day', '2023-12-28']]],
    ['Shelling began late on Monday and went on until dawn.', [['late on Monday', 'night', REF]]],
    ['The offensive started on Sunday evening.', [['on Sunday evening', 'night', '2024-01-01']]],
    ['Yesterday a missile fell on a farm.', [['Yesterday', 'day', '2024-01-01']]],
    ['This morning the air force counted 30 drones.', [['This morning', 'night', REF]]],
    ['The air force said on Monday that nine drones were downed.', [['on Monday', 'report', '2024-01-01']]],
    // The day of the statement dates the relative night it frames.
    ['The governor said on Monday that the city was shelled overnight.', [['on Monday', 'report', '2024-01-01'], ['overnight', 'night', '2024-01-01']]],
    ['The ministry said late on Sunday that two drones fell.', [['late on Sunday', 'report', '2023-12-31']]],
    ['The army has fired 500 shells since December.', [['since December', 'period', null]]],
    ['Between 30 December and 1 January the city was hit four times.', [['Between 30 December and 1 January', 'period', null]]],
    ['Strikes this month have targeted power plants.', [['this month', 'period', null]]],
    ['Attacks in recent weeks have grown larger.', [['in recent weeks', 'period', null]]],
    ['The picture, published on 12 December 2023, shows a crater.', [['on 12 December 2023', 'other', null]]],
    ['Correction, 30 December 2023: an earlier version gave the wrong toll.', [['30 December 2023', 'other', null]]],
    ['Update (31 December): the toll rose to nine.', [['31 December', 'other', null]]],
    ['Two people were hurt when fragments fell.', []],
    // A comparison is no time of the event.
    ['It was the largest drone attack since 24 February 2022.', []],
    ['Missiles hit the capital for the first time since June.', []],
    // An evening is that day, unless it opens an attack that went on through the night.
    ['A shell hit a bakery on Monday evening.', [['on Monday evening', 'day', '2024-01-01']]],
    ['The raid began on Sunday evening and ended at dawn.', [['on Sunday evening', 'night', '2024-01-01']]],
    // An ordinal night in a row is this night; a count of nights is a period.
    ['Drones struck the harbour for the third night in a row.', [['for the third night in a row', 'night', REF]]],
    ['The mayor said on Monday that the suburbs were shelled for the second consecutive night.', [['on Monday', 'report', '2024-01-01'], ['for the second consecutive night', 'night', '2024-01-01']]],
    ['Drones have hit the harbour for four nights in a row.', [['for four nights in a row', 'period', null]]],
    // Spans of weeks or months and habits name no day.
    ['For months the border villages have been shelled by artillery.', [['For months', 'period', null]]],
    ['The plant was hit for several weeks before it closed.', [['for several weeks', 'period', null]]],
    ['The region counted 900 strikes in the first four months of the year.', [['in the first four months of the year', 'period', null]]],
    ['The river port has been shelled most often.', [['most often', 'habit', null]]],
    ['Its rockets have repeatedly struck the old town.', [['have repeatedly', 'habit', null]]],
    ['Daily missile strikes on the port have become commonplace.', [['Daily missile strikes', 'habit', null], ['have become commonplace', 'habit', null]]],
    ['Nightly raids of 80 drones are what the city lives with.', [['Nightly raids', 'habit', null]]],
    // (one nightly attack is still a period word, not a habit; "become" of no habit is nothing)
    ['Russia launched 40 drones in a nightly attack on the port.', [['nightly', 'period', null]]],
    ['The port has become a target.', []],
    ['The suburb was shelled repeatedly through the night.', [['through the night', 'night', REF]]],
    ['The drone flew for two hours on Monday.', [['on Monday', 'day', '2024-01-01']]],
    // "last <weekday>" is before the reference day, a week back when it names the reference day's own weekday.
    ['Drones hit the depot in the early hours of last Friday.', [['in the early hours of last Friday', 'night', '2023-12-29']]],
    ['A missile struck the bridge last Tuesday.', [['last Tuesday', 'day', '2023-12-26']]],
    ['Shelling resumed this past Sunday night.', [['this past Sunday night', 'night', '2024-01-01']]],
    ['A missile struck the bridge on Tuesday.', [['on Tuesday', 'day', REF]]],
    // An ordinal counts events within a period: the period dates none of them.
    ['Early on Monday drones hit the grid, the fifth such attack this month.', [['Early on Monday', 'night', '2024-01-01']]],
    ['The raid, its second this week, hit a bridge overnight.', [['overnight', 'night', REF]]],
    ['Drones hit the grid three times this month.', [['this month', 'period', null]]],
    // A time of the small hours on a clock is the night that ends on the reference day; a later hour is no night.
    ['Blasts woke the town shortly before 4am as drones came in.', [['shortly before 4am', 'night', REF]]],
    ['The first missile struck at around 2:30 a.m. near the bridge.', [['at around 2:30 a.m.', 'night', REF]]],
    ['Sirens were heard from about three o\'clock in the morning.', [['from about three o\'clock in the morning', 'night', REF]]],
    ['The market reopened at 9am on the square.', []],
    ['A curfew from 11pm is in force.', []],
    ['The 5am train was cancelled.', []],
    // Hours of a day named in the same sentence are of that day.
    ['On Sunday, drones came in the small hours and hit a depot.', [['On Sunday', 'day', '2023-12-31'], ['in the small hours', 'night', '2023-12-31']]],
    ['On Monday a missile struck at about 3am.', [['On Monday', 'day', '2024-01-01'], ['at about 3am', 'night', '2024-01-01']]],
    ['The governor said on Monday that blasts were heard at 4am.', [['on Monday', 'report', '2024-01-01'], ['at 4am', 'night', '2024-01-01']]],
    // "this night" and the small hours are the night that ended on the reference day.
    ['This night the enemy again attacked the district.', [['This night', 'night', REF]]],
    ['Drones hit a depot in the small hours, officials said.', [['in the small hours', 'night', REF]]],
    ['A missile hit the port in the small hours of Sunday.', [['in the small hours of Sunday', 'night', '2023-12-31']]],
    // A comparison may name the measure at length before "since": still no time of the event.
    ['Russia fired 90 drones, the highest number sent against the city in a single attack since the start of the war.', []],
    ['It was the heaviest barrage of missiles and drones on the port in one night since 2022.', []],
    ['Drones have struck the port since the start of the war.', [['since the start of the war', 'period', null]]],
    // A holiday of a fixed day names that day; a bare "Christmas" names none.
    ['Drones hit the port early on Christmas Day.', [['early on Christmas Day', 'night', '2023-12-25']]],
    ['A missile struck a depot on New Year\'s Eve.', [['on New Year\'s Eve', 'day', '2023-12-31']]],
    ['Sirens sounded on New Year’s Day in the capital.', [['on New Year’s Day', 'day', '2024-01-01']]],
    ['Drones came two days before Christmas.', []],
    // A night named by the morning it ran into; "another night" of a series is the night just past.
    ['The night to 29 December brought a barrage on the ports.', [['night to 29 December', 'night', '2023-12-29']]],
    ['Sirens sounded through the night into Sunday.', [['night into Sunday', 'night', '2023-12-31']]],
    ['The capital went through another night of drone raids.', [['another night', 'night', REF]]],
    ['Residents endured another night of blasts, the mayor said on Monday.', [['another night', 'night', '2024-01-01'], ['on Monday', 'report', '2024-01-01']]],
    ['The plant worked through the night, its director said.', [['through the night', 'night', REF]]],
    ['A night shift was added.', []],
    // A span from an evening hour to the morning is the night that ended that morning.
    ['Between 19:00 on Saturday and the early morning, drones flew in waves.', [['Between 19:00 on Saturday and the early morning', 'night', '2023-12-31']]],
    // So is a span from a day's evening or night to a morning hour or dawn.
    ['Russia sent 90 drones between Saturday evening and 7am, the air force said.', [['between Saturday evening and 7am', 'night', '2023-12-31']]],
    ['Drones flew in from Friday night until dawn.', [['Friday night', 'night', '2023-12-30']]],
    // Negative rows: an evening to another day's evening is no night; an evening alone stays that day.
    ['Strikes went on between Friday evening and Sunday evening.', [['Friday evening', 'day', '2023-12-29'], ['Sunday evening', 'day', '2023-12-31']]],
    ['A shell hit a bakery on Saturday evening.', [['on Saturday evening', 'day', '2023-12-30']]],
    // Session 18: an evening hour that starts a raid is the night the next morning's tally counts; a morning hour is not.
    ['From 20:15 on 30 December the enemy sent drones at the coast.', [['From 20:15 on 30 December', 'night', '2023-12-31']]],
    ['Since 10 p.m. on Saturday the sirens have not stopped.', [['Since 10 p.m. on Saturday', 'night', '2023-12-31']]],
    // (Session 22: the evening form is scanned only when the text holds "pm", "p.m" or an hour of 18-23 with its
    // separator; these rows hold each spelling the need words must let through.)
    ['Sirens wailed since 11PM on Saturday across the region.', [['since 11PM on Saturday', 'night', '2023-12-31']]],
    ['From 23.40 on 30 December drones crossed the border.', [['From 23.40 on 30 December', 'night', '2023-12-31']]],
    ['Starting at 18:05 on Friday, shelling hit the suburbs.', [['Starting at 18:05 on Friday', 'night', '2023-12-30']]],
    ['The curfew ran from 9pm on Friday in the city.', [['from 9pm on Friday', 'night', '2023-12-30']]],
    ['The first wave came shortly after 6 p.m. on Saturday.', [['on Saturday', 'day', '2023-12-30']]],
    ['From 09:30 on 30 December the market was closed.', [['on 30 December', 'day', '2023-12-30']]],
    // A span from a day's evening to the next morning or midday is the night; to another evening it is not.
    ['Forty drones came between the evening of 30 December and noon on the 31st.', [['between the evening of 30 December and noon on the 31st', 'night', '2023-12-31']]],
    ['Strikes went on between the evening of 28 December and the evening of 30 December, officials said.', [['the evening of 28 December', 'day', '2023-12-28'], ['the evening of 30 December', 'day', '2023-12-30']]],
    // "the evening of <day>" is that day unless a verb of starting opens the night with it.
    ['A rocket hit a kiosk on the evening of 29 December, police said.', [['on the evening of 29 December', 'day', '2023-12-29']]],
    ['The raid began on the evening of 29 December and lasted hours.', [['on the evening of 29 December', 'night', '2023-12-30']]],
    // A weekday before a date adds nothing: the date names the day.
    ['A missile hit the port on Friday 22 December at dawn.', [['on Friday 22 December', 'day', '2023-12-22']]],
    ['A missile hit the port on Sunday, 29 December at dawn.', [['on Sunday, 29 December', 'day', null]]], // 29 December 2023 was a Friday
    ['Drones came overnight into Sunday, 31 December, from the east.', [['overnight into Sunday, 31 December', 'night', '2023-12-31']]],
    // A night whose range is written after "overnight on"; a night set off by a comma before "into".
    ['Russia attacked overnight on December 29 to 30, officials said.', [['overnight on December 29 to 30', 'night', '2023-12-30']]],
    ['The second night, into Saturday, was quieter.', [['night, into Saturday', 'night', '2023-12-30']]],
    ['Overnight, Saturday was quiet.', [['Overnight', 'night', REF], ['Saturday', 'day', '2023-12-30']]],
    // The small hours in words.
    ['The blast came shortly after three in the morning.', [['shortly after three in the morning', 'night', REF]]],
    ['The shop opens at nine in the morning.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(times(text, REF)).toEqual(expected);
  });

  it('resolves nothing relative without a reference day, but a date with its year', () => {
    expect(times('Drones attacked overnight and on Friday.', null)).toEqual([
      ['overnight', 'night', null],
      ['on Friday', 'day', null],
    ]);
    expect(times('The strike of 14 March 2024 destroyed a depot.', null)).toEqual([['14 March 2024', 'day', '2024-03-14']]);
  });
});

describe('the reference day of an article', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['a dateline of the day before publication', 'Headline\n\nODESA, Dec 31 (Wire) - Drones hit the port.', '2025-01-01', '2024-12-31'],
    ['a dateline with its year', 'LVIV, 3 March 2024 - A missile hit a depot.', null, '2024-03-03'],
    ['a dateline without a day', 'KHARKIV, Ukraine (Wire) — Drones hit the city.', '2024-05-01', '2024-05-01'],
    ['no dateline: the publication date', 'Drones hit the city overnight.', '2024-05-01', '2024-05-01'],
    ['neither', 'Drones hit the city overnight.', null, null],
    ['a year-less dateline without a publication date', 'ODESA, Dec 31 - Drones hit the port.', null, null],
  ];
  it.each(cases)('%s', (_name, text, published, expected) => {
    expect(referenceDay(text, published)).toBe(expected);
  });
});
