/** Publication dates: the written forms news sites use, and how the head of an article is searched. */
import { describe, expect, it } from 'vitest';
import { dateOfUrl, findDates, parseDate, pickPublished, resolveYearless } from '../../src/ingest/dates.ts';
import { ingestText } from '../../src/ingest/index.ts';

describe('parseDate', () => {
  const cases: [string, string | null][] = [
    ['March 21, 2024', '2024-03-21'],
    ['21 March 2024', '2024-03-21'],
    ['2024-03-21', '2024-03-21'],
    ['2024-03-21T23:10:00-05:00', '2024-03-21'],
    ['May 16, 2023 11:52 AM GMT+3 · Updated 4 hours ago', '2023-05-16'],
    ['Jan. 14, 2023', '2023-01-14'],
    ['Sept. 3, 2022', '2022-09-03'],
    ['Published: 25 Aug 2023, 08:14 MSK', '2023-08-25'],
    ['31 Dec, 2023 11:26', '2023-12-31'],
    ['Sunday 9 October 2022, updated 21:10', '2022-10-09'],
    ['Sunday, 23 July 2023, 14:37', '2023-07-23'],
    ['1st of February 2022', '2022-02-01'],
    ['07.11.2022 16:02', '2022-11-07'],
    ['16/11/2022 18:20', '2022-11-16'],
    ['11/16/2022', '2022-11-16'],
    ['by Jane Roe August 5, 2024 9:12 AM 2 min read', '2024-08-05'],
    ['date 2025-04-24', '2025-04-24'],
    ['2024/03/21 10:15', '2024-03-21'],
    ['Last Update: 21 March ,2024: 10:00 AM GST', '2024-03-21'],
    ['Mon 21 Mar 2024 10.15 GMT', '2024-03-21'],
    ['Updated: 18-11-2024 14:29 IST | Created: 18-11-2024 14:29 IST', '2024-11-18'],
    ['Posted 09-30-2023', '2023-09-30'],
    ['March 21st, 2024', '2024-03-21'],
    ['Sent 04-Mar-2024 09:10 GMT', '2024-03-04'],
    ['logged 4/Mar/2024', '2024-03-04'],
    // negatives
    ['February 30, 2024', null],
    ['2024-13-01', null],
    ['Published: Updated:', null],
    ['the 24th of the month', null],
    ['Views: 4 812', null],
    ['in October', null],
    ['30-Feb-2024', null],
    ['04.03.24', null], // a two-digit year is read only by pickPublished, on a short head line
  ];
  it.each(cases)('%s -> %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});

describe('dateOfUrl', () => {
  const cases: [string | null, string | null][] = [
    ['https://example.org/news/2024/03/08/drones-over-the-border-a123', '2024-03-08'],
    ['https://example.org/world/2025-09-10/a-slug', '2025-09-10'],
    ['https://example.org/2023/9/4/', '2023-09-04'],
    ['https://example.org/archive/20240308/story.html', '2024-03-08'],
    ['https://example.org/2024/02/30/impossible', null],
    ['https://example.org/article/3161257-a-slug', null],
    ['https://example.org/2024/item?d=2024-03-08', null],
    [null, null],
  ];
  it.each(cases)('%s -> %s', (url, expected) => {
    expect(dateOfUrl(url)).toBe(expected);
  });
});

describe('findDates', () => {
  it('returns every date in order of appearance, each once', () => {
    const found = findDates('Filed 3 May 2023; the strike on 2023-04-28 followed one on April 20, 2023.');
    expect(found.map((f) => f.iso)).toEqual(['2023-05-03', '2023-04-28', '2023-04-20']);
  });
});

describe('resolveYearless', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  const cases: [string, string | null][] = [
    ['LONDON, Dec 22 - The ministry said on Thursday that ...', '2022-12-22'],
    ['PARIS, 3 March - Officials said on Monday ...', '2025-03-03'],
    ['ROME, Dec 22 - Officials said that ...', null], // no weekday: the year cannot be told
  ];
  it.each(cases)('%s -> %s', (text, expected) => {
    expect(resolveYearless(text, now)).toBe(expected);
  });
});

describe('pickPublished', () => {
  const now = new Date('2026-11-22T00:00:00Z');
  it('prefers a labelled publication date over an earlier unlabelled one', () => {
    expect(pickPublished(['Updated March 3, 2024', 'Some headline about drones', 'Published: 1 March 2024'], now)).toBe('2024-03-01');
  });
  it('takes the first date of the head when nothing is labelled', () => {
    expect(pickPublished(['A headline about a strike', 'by Jane Roe June 2, 2023', 'Caption taken on June 1, 2023.'], now)).toBe('2023-06-02');
  });
  it('resolves a year-less dateline by its weekday', () => {
    expect(pickPublished(['Headline', 'BERLIN, Dec 22 - The chancellor said on Thursday that air defence would follow.'], now)).toBe('2022-12-22');
  });
  it('skips event dates after a preposition inside prose', () => {
    expect(
      pickPublished(['A headline', 'Since 24 February 2022, the air force has reported every attack on the capital and its region to the public.'], now),
    ).toBeNull();
    expect(
      pickPublished(['A headline', 'KYIV, March 3, 2024 - The air force said on Sunday that it had shot down most of the drones over the capital.'], now),
    ).toBe('2024-03-03');
  });

  it.each([
    ['These notes from the front-line city were posted on 9 October 2025, a day after the strike on the depot.', '2025-10-09'],
    ['Our reporter kept a log of the week; the entries below were first published on 2 May 2024 by the paper.', '2024-05-02'],
    // negatives: the same preposition without a verb of publishing, or with a verb of an event
    ['Our reporter kept a log of the week that began on 2 May 2024, when the first drones came over the river.', null],
    ['The missiles that were launched on 2 May 2024 had been stored for months in depots near the border.', null],
  ])('a verb of publishing before "on" makes a prose date the page\'s: %s', (line, expected) => {
    expect(pickPublished(['A headline', line], now)).toBe(expected);
  });

  it('reads a day-first date with a two-digit year on a short head line, never in prose or ahead of now', () => {
    expect(pickPublished(['EVENING DESK', 'Edition: 05.03.24, 18:00 | Read by K. Ivanova'], now)).toBe('2024-03-05');
    expect(pickPublished(['Headline', 'Show notes 31/12/25'], now)).toBe('2025-12-31');
    expect(pickPublished(['Headline', 'Edition: 05.03.27, 18:00'], now)).toBeNull(); // after now
    expect(pickPublished(['Headline', 'Edition: 31.02.24'], now)).toBeNull(); // no such day
    expect(pickPublished(['Headline', 'The drones came in waves and the defenders scored 3.4.25 on a scale that nobody in the city could read that night.'], now)).toBeNull();
    expect(pickPublished(['Headline', 'Release 1.2.3.4 notes'], now)).toBeNull();
  });

  it('reads an "Issued" label, also as a part of a head line after a full stop or a bar', () => {
    expect(pickPublished(['FLASH UPDATE No. 3', 'Covering: 3 Feb 2025 (18:00) to 4 Feb 2025 (12:00). Issued: Tuesday, 4 February 2025'], now)).toBe('2025-02-04');
    expect(pickPublished(['RISK NOTE', 'No. 12/2025 | Issued 9 June 2025 | Clients only'], now)).toBe('2025-06-09');
    // negatives: a date before the label is the first date when nothing is labelled; "issued" inside prose is no label
    expect(pickPublished(['FLASH UPDATE No. 3', 'Covering: 3 Feb 2025 (18:00) to 4 Feb 2025 (12:00).'], now)).toBe('2025-02-03');
    expect(pickPublished(['A headline', 'The council met on 2 May 2024 and issued a statement that we print in full below the photographs.'], now)).toBeNull();
  });

  it('gives null when the head names no date', () => {
    expect(pickPublished(['Headline', 'Published: Updated:', 'The ministry said in October that it was ready.'], now)).toBeNull();
  });
});

describe('a date line with a two-digit year in a whole article', () => {
  it('is kept as the date line and dates the article', () => {
    const doc = ingestText('EVENING DESK\nEdition: 05.03.24, 18:00 | Read by K. Ivanova\n\nDrones struck two depots in the south overnight, the regional governor told reporters in the morning.', {
      id: 'short-year',
      format: 'txt',
      checkLanguage: false,
    });
    expect(doc.published).toBe('2024-03-05');
  });
});
