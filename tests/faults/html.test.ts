/**
 * Hostile HTML: markup nested thousands of levels deep (readability recursed until "Maximum call stack size
 * exceeded" and lost the article; 4,000 nested divs also took minutes, its cost growing with the square of the
 * depth), and a `<script>` inside the `<h1>` whose code leaked into the title. All text is invented.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.ts';
import { MAX_HTML_DEPTH } from '../../src/ingest/html.ts';
import { growth } from './timing.ts';

const PARAGRAPHS = [
  'The regional governor said that eleven drones were shot down over the river port before dawn on Tuesday.',
  'Firefighters worked through the morning at a warehouse near the harbour, and nobody was hurt, officials said.',
];
const ARTICLE = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

function page(body: string, head = '<title>Port attack</title>'): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

describe('deeply nested HTML', () => {
  it.each([
    ['div', 4_000],
    ['span', 20_000],
    ['section', 20_000],
  ])('%s nested %i deep around the article: the article is kept, in seconds', (tag, depth) => {
    const html = page(`${`<${tag}>`.repeat(depth)}${ARTICLE}${`</${tag}>`.repeat(depth)}`);
    const started = performance.now();
    const doc = ingestText(html, { id: 'deep', format: 'html' });
    expect((performance.now() - started) / 1000).toBeLessThan(15);
    for (const paragraph of PARAGRAPHS) expect(doc.text).toContain(paragraph);
  }, 60_000);

  it('unclosed tags 20,000 deep (a truncated page) still give the article', () => {
    const html = page(`${ARTICLE}${'<div><b><i>'.repeat(7_000)}tail`);
    const doc = ingestText(html, { id: 'unclosed', format: 'html' });
    expect(doc.text).toContain(PARAGRAPHS[0]);
  }, 60_000);

  it('an element with thousands of children (a flat page, or unclosed tags once flattened) costs linear time', () => {
    const make = (size: number): string => {
      let body = '';
      for (let i = 0; body.length < size; i++) body += `<b>${PARAGRAPHS[i % 2]}</b> <i>x</i><br>`;
      return page(body);
    };
    const read = (html: string): void => {
      expect(ingestText(html, { id: 'wide', format: 'html' }).text).toContain(PARAGRAPHS[0]);
    };
    // linkedom rebuilds childNodes on every read: read once per node, not once per child (x3.4 to x8.6 before)
    expect(growth(make, read, 20_000, 320_000, 3)).toBeLessThan(2.5);
  }, 120_000);

  it(`a page no deeper than ${MAX_HTML_DEPTH} levels reads as before: paragraphs stay apart`, () => {
    const depth = MAX_HTML_DEPTH - 10;
    const doc = ingestText(page(`${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}`), { id: 'ok', format: 'html' });
    expect(doc.text.split('\n').filter((line) => line.trim())).toEqual(expect.arrayContaining(PARAGRAPHS));
  }, 60_000);

  it('past the limit, block elements still end their lines', () => {
    const depth = MAX_HTML_DEPTH + 50;
    const doc = ingestText(page(`${'<div>'.repeat(depth)}<div><p>${PARAGRAPHS[0]}</p><div><p><b>${PARAGRAPHS[1]}</b></p></div></div>${'</div>'.repeat(depth)}`), { id: 'past', format: 'html' });
    const lines = doc.text.split('\n').map((line) => line.trim());
    expect(lines).toContain(PARAGRAPHS[0]);
    expect(lines).toContain(PARAGRAPHS[1]);
  }, 60_000);
});

describe('the title of an HTML page', () => {
  it.each([
    ['a script inside the h1', '<h1>Drones hit the river port <script>var leak = "SCRIPTLEAK";</script>overnight</h1>'],
    ['a style inside the h1', '<h1>Drones hit the river port <style>.x{content:"SCRIPTLEAK"}</style>overnight</h1>'],
    ['a noscript and a template inside the h1', '<h1>Drones hit the river port <noscript>SCRIPTLEAK</noscript><template>SCRIPTLEAK</template>overnight</h1>'],
  ])('%s does not leak into the title or the text', (_name, h1) => {
    const doc = ingestText(page(`<article>${h1}${ARTICLE}</article>`, ''), { id: 'title', format: 'html' });
    expect(doc.title).toBe('Drones hit the river port overnight');
    expect(doc.text).not.toContain('SCRIPTLEAK');
  });
});
