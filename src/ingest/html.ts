/**
 * HTML pages: metadata from the head (canonical URL, og:url, author, published time, title), the article through
 * @mozilla/readability over linkedom, and the article's HTML turned into lines of text (one block element per
 * paragraph, list items on their own lines) for the same furniture rules as text pages.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { parseByline, type MetaHints, type SourceLine } from './clean.ts';
import { parseDate } from './dates.ts';

/** What an HTML page gave: lines of article text and metadata from its markup. */
export interface HtmlArticle {
  lines: SourceLine[];
  hints: MetaHints;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'PRE', 'HR', 'ADDRESS', 'TIME',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'FORM', 'INPUT', 'SELECT']);

/** Minimal DOM shapes used here (linkedom's own types are loose). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

function meta(document: Document, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('href') ?? el?.getAttribute('datetime') ?? null;
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** Turns an element tree into text blocks: block elements end a block, <br> ends a line, list items stay together. */
function blocksOf(root: DomNode): { text: string; heading: number; listItem: boolean }[] {
  const blocks: { text: string; heading: number; listItem: boolean }[] = [];
  let current = '';
  let heading = 0;
  let listItem = false;
  const flush = () => {
    const text = current.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim();
    if (text) for (const part of text.split('\n')) if (part.trim()) blocks.push({ text: part.trim(), heading, listItem });
    current = '';
    heading = 0;
    listItem = false;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (/^H[1-6]$/.test(tag)) heading = Number(tag[1]);
    if (tag === 'LI') listItem = true;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/**
 * Reads an HTML page.
 * 1. metadata from the head, before readability changes the document;
 * 2. readability picks the article; without a result the whole body is used;
 * 3. the article's HTML becomes lines: paragraphs separated by blank lines, list items adjacent.
 */
export function readHtml(html: string): HtmlArticle {
  // 1. metadata
  const wrapped = /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped);
  const doc = document as unknown as Document;
  const source = meta(doc, 'link[rel="canonical"]', 'meta[property="og:url"]', 'meta[name="twitter:url"]');
  const author = meta(doc, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]');
  const publishedRaw = meta(
    doc,
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[property="og:published_time"]',
    'time[datetime]',
  );
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const ogTitle = meta(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]');

  // 2. readability (it mutates the document, so it runs after the metadata is read)
  const article = new Readability(doc).parse();
  let root: DomNode;
  if (article?.content) {
    root = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode;
  } else {
    root = (doc.body ?? doc.documentElement) as unknown as DomNode;
  }
  const stripSite = (t: string) => t.replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, '').trim();
  const title = (h1 && h1.split(/\s+/).length >= 4 ? h1 : null) ?? (ogTitle ? stripSite(ogTitle) : null) ?? h1 ?? (article?.title ? stripSite(article.title) : null);
  const rawByline = article?.byline?.trim() || author || null;
  const byline = rawByline ? (parseByline(/^by\s/i.test(rawByline) ? rawByline : `By ${rawByline}`) ?? rawByline) : null;

  // 3. lines: the title first (readability leaves it out of the content), then the article blocks
  const blocks = blocksOf(root);
  const lines: SourceLine[] = [];
  let n = 0;
  const push = (text: string, heading: number) => lines.push({ line: ++n, text, heading, urls: [] });
  if (title && !blocks.some((b) => b.text === title)) {
    push(title, 1);
    push('', 0);
  }
  if (byline && !blocks.slice(0, 8).some((b) => b.text.includes(byline))) {
    push(`By ${byline}`, 0);
    push('', 0);
  }
  let previousWasItem = false;
  for (const b of blocks) {
    if (lines.length > 0 && !(b.listItem && previousWasItem)) push('', 0);
    push(b.text, b.heading);
    previousWasItem = b.listItem;
  }
  return {
    lines,
    hints: { title, byline, published: publishedRaw ? parseDate(publishedRaw) : null, source },
  };
}
