/** The English check that turns away articles in other languages. Texts are written for this test. */
import { describe, expect, it } from 'vitest';
import { checkEnglish } from '../../src/ingest/language.ts';

describe('checkEnglish', () => {
  const english =
    'The air force said on Monday that it had shot down most of the drones launched overnight, and that the debris fell on two houses in the region. The governor said nobody was hurt.';
  const cases: [string, string, boolean][] = [
    ['English news prose', english, true],
    ['Ukrainian', 'Повітряні сили повідомили в понеділок, що збили більшість дронів, запущених уночі, а уламки впали на два будинки в області. Губернатор сказав, що ніхто не постраждав.', false],
    ['Russian', 'Военно-воздушные силы сообщили в понедельник, что сбили большинство беспилотников, запущенных ночью, а обломки упали на два дома в области. Губернатор сказал, что никто не пострадал.', false],
    ['German', 'Die Luftwaffe teilte am Montag mit, dass sie die meisten der über Nacht gestarteten Drohnen abgeschossen habe und dass Trümmer auf zwei Häuser in der Region gefallen seien. Der Gouverneur sagte, niemand sei verletzt worden.', false],
    ['too short to judge', 'Kyiv Oblast', true],
  ];
  it.each(cases)('%s -> English: %s', (_label, text, isEnglish) => {
    expect(checkEnglish(text) === null).toBe(isEnglish);
  });
});
