/**
 * HTML pages: metadata from the head (canonical URL, og:url, author, published time, title), the article through
 * @mozilla/readability over linkedom, and the article's HTML turned into lines of text (one block element per
 * paragraph, list items on their own lines) for the same furniture rules as text pages.
 * Depth is bounded twice: tags nesting deeper than 512 levels are dropped before parsing (nesting.ts: the parser's
 * cost grows with depth), and the tree is flattened below `MAX_HTML_DEPTH` before readability (it recurses over the
 * tree, thousands of levels overflow the stack, and its cost grows with the square of the depth).
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { parseByline, type MetaHints, type SourceLine } from './clean.ts';
import { parseDate } from './dates.ts';
import { boundNesting } from './nesting.ts';

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

/**
 * Deepest element nesting handed to readability. Article pages stay far below it (browsers themselves stop nesting
 * at 512); a page nested deeper has the elements below this level unwrapped (`flattenDeep`).
 */
export const MAX_HTML_DEPTH = 128;

/** Nodes moved per DOM call when an element is unwrapped. */
const SPREAD_SLICE = 1_000;

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

/**
 * The text of an element without the text of scripts, styles and the other skipped elements (`textContent` would
 * include a `<script>` inside a heading). Iterative: depth does not matter.
 */
function visibleText(root: DomNode): string {
  let text = '';
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !SKIP_TAGS.has(node.nodeName.toUpperCase())) {
      const children = node.childNodes; // linkedom builds this list on every read: once per node
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
    }
  }
  return text;
}

/**
 * Keeps the element tree under `root` at most `maxDepth` levels deep: below an element at that depth, every
 * descendant element that holds other elements is replaced by its children (skipped elements are removed, and a
 * block element leaves a line break on each side, so paragraphs still end their lines). Elements with only text
 * stay. Linear in the number of nodes; iterative. Returns the number of elements unwrapped.
 */
function flattenDeep(root: Element, maxDepth: number): number {
  let unwrapped = 0;
  const stack: Array<{ element: Element; depth: number }> = [{ element: root, depth: 0 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop() as { element: Element; depth: number };
    if (depth < maxDepth) {
      for (const child of Array.from(element.children)) stack.push({ element: child, depth: depth + 1 });
      continue;
    }
    const pending = Array.from(element.children);
    while (pending.length > 0) {
      const child = pending.pop() as Element;
      const tag = child.nodeName.toUpperCase();
      if (SKIP_TAGS.has(tag)) {
        child.remove();
        continue;
      }
      if (child.children.length === 0) continue;
      const kids = Array.from(child.childNodes);
      if (BLOCK_TAGS.has(tag)) {
        child.before(child.ownerDocument.createElement('br'));
        child.after(child.ownerDocument.createElement('br'));
      }
      // in slices: one call with every child spreads them all as arguments, past the stack for 100,000 children
      for (let i = 0; i < kids.length; i += SPREAD_SLICE) child.before(...kids.slice(i, i + SPREAD_SLICE));
      child.remove();
      unwrapped += 1;
      for (const kid of kids) if (kid.nodeType === 1) pending.push(kid as Element);
    }
  }
  return unwrapped;
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
    const children = node.childNodes; // linkedom builds this list on every read: once per node, not per child
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/**
 * Reads an HTML page.
 * 1. metadata from the head, before readability changes the document;
 * 2. readability picks the article (markup deeper than MAX_HTML_DEPTH flattened first); without a result the whole
 *    body is used;
 * 3. the article's HTML becomes lines: paragraphs separated by blank lines, list items adjacent.
 */
export function readHtml(html: string): HtmlArticle {
  // 1. metadata
  const bounded = boundNesting(html);
  const wrapped = /<html[\s>]|<body[\s>]/i.test(bounded) ? bounded : `<!doctype html><html><head></head><body>${bounded}</body></html>`;
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
  const h1Element = doc.querySelector('h1');
  const h1 = (h1Element ? visibleText(h1Element as unknown as DomNode) : '').replace(/\s+/g, ' ').trim() || null;
  const ogTitle = meta(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]');

  // 2. readability (it mutates the document, so it runs after the metadata is read), over a tree of bounded depth
  if (doc.documentElement) flattenDeep(doc.documentElement, MAX_HTML_DEPTH);
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
