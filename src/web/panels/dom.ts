/**
 * DOM helpers for the panels. Text always goes in as text nodes (never innerHTML): names and article sentences are
 * untrusted. Links are only made for http(s) URLs.
 */

/** Creates an element with a class and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: Array<Node | string | null>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) {
    if (child === null) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A link that opens in a new tab when `url` is http(s), otherwise plain text. */
export function safeLink(url: string | null, text: string): HTMLElement {
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
        const link = el('a', null, text);
        link.href = parsed.href;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        return link;
      }
    } catch {
      // not a URL: fall through to plain text
    }
  }
  return el('span', null, text);
}

/** A button with text and a click handler. */
export function button(text: string, className: string | null, onClick: () => void): HTMLButtonElement {
  const element = el('button', className, text);
  element.type = 'button';
  element.addEventListener('click', onClick);
  return element;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into text nodes and `<mark>` elements around every occurrence of `terms` (case-insensitive,
 * whole words, longest term first).
 */
export function highlight(text: string, terms: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const usable = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length >= 2))].sort((a, b) => b.length - a.length);
  if (!usable.length) {
    fragment.append(document.createTextNode(text));
    return fragment;
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) fragment.append(document.createTextNode(text.slice(last, start)));
    fragment.append(el('mark', null, match[0]));
    last = start + match[0].length;
  }
  if (last < text.length) fragment.append(document.createTextNode(text.slice(last)));
  return fragment;
}
