/**
 * Bounding the nesting depth of HTML before it is parsed. The HTML parser under linkedom (htmlparser2) keeps its open
 * elements in an array it shifts and unshifts at the front, and looks closing tags up in it from the top, so every
 * tag costs the current depth: a page nested tens of thousands of levels deep (hostile or broken) takes minutes.
 *
 * `boundNesting` reads the markup once the way that parser does: the same tokens (tags, attributes and their quotes,
 * comments, CDATA, declarations, the raw text of script, style, title, textarea and xmp) and the same stack of open
 * elements (void elements, the closes implied by opening p, li, td and the others, self-closing only in svg and
 * math). A tag that would open deeper than `MAX_PARSE_DEPTH` is dropped with the closing tag that matches it; a
 * dropped block element leaves a `<br>`, so its text still ends a line. Text is never dropped, but for a raw-text
 * element (script, style, title, textarea, xmp) more than one level past the bound, cut whole with its content. A page
 * that stays within the bound is returned as it is, so ordinary pages parse exactly as before.
 */

/** Deepest element nesting handed to the HTML parser (browsers' parsers stop at 512 as well). */
export const MAX_PARSE_DEPTH = 512;

/** Elements without content (the parser's list, which also has some obsolete ones). */
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);
/** Opening these starts foreign content, where `<x/>` closes itself. */
const FOREIGN = new Set(['svg', 'math']);
/** Opening these inside foreign content goes back to HTML rules. */
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Elements whose tags become a line break when dropped. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tr', 'td', 'th', 'ul', 'dt', 'dd',
]);

/** What opening an element closes while it is on top of the stack, as htmlparser2 does it (its table, restated). */
const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const p = new Set(['p']);
  const form = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
  const ddt = new Set(['dd', 'dt']);
  const rtp = new Set(['rt', 'rp']);
  const section = new Set(['thead', 'tbody']);
  const map = new Map<string, ReadonlySet<string>>([
    ['tr', new Set(['tr', 'th', 'td'])],
    ['th', new Set(['th'])],
    ['td', new Set(['thead', 'th', 'td'])],
    ['body', new Set(['head', 'link', 'script'])],
    ['li', new Set(['li'])],
    ['option', new Set(['option'])],
    ['optgroup', new Set(['optgroup', 'option'])],
    ['dd', ddt],
    ['dt', ddt],
    ['rt', rtp],
    ['rp', rtp],
    ['tbody', section],
    ['tfoot', section],
  ]);
  for (const name of ['select', 'input', 'output', 'button', 'datalist', 'textarea']) map.set(name, form);
  for (const name of [
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table',
    'ul',
  ]) {
    map.set(name, p);
  }
  return map;
})();

/** One element tag found by the scan: `[start, end)` is its markup. */
interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  /** Ends with `/>`. */
  selfClosing: boolean;
  /**
   * For an opening tag whose content is raw text: the tag that ends it (null when the input ends first). It is not
   * passed on its own. Its name is the one the tokenizer looked for, which for odd names (`<xitle>`) is not the
   * opening tag's.
   */
  rawClose?: Tag | null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** The index after the first `needle` at or after `from`, or -1. */
function after(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at === -1 ? -1 : at + needle.length;
}

/**
 * The element whose closing tag ends the raw text that an opening tag named `name` starts, or null for an ordinary
 * element. The tokenizer tells them apart by the first letter and the rest, so `<xitle>` reads as a title and
 * `<tmp>` as an xmp.
 */
function rawTextEnd(name: string): string | null {
  const rest = name.slice(1);
  if (name[0] === 's') return rest === 'cript' ? 'script' : rest === 'tyle' ? 'style' : null;
  if (name[0] === 't' || name[0] === 'x') return rest === 'itle' ? 'title' : rest === 'extarea' ? 'textarea' : rest === 'mp' ? 'xmp' : null;
  return null;
}

/** Where raw text ends, per element: "</name" and a space or ">", case-insensitive (and the tokenizer's looser `<`). */
const RAW_END = new Map(['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [name, new RegExp(`[<\\x1c][/\\x0f]${name}[\\t\\n\\f\\r >]`, 'gi')]));

/** Attribute states of an opening tag (htmlparser2's, those that matter for finding its end). */
enum At {
  BeforeName,
  Name,
  AfterName,
  BeforeValue,
  Unquoted,
  SelfClosing,
}

/**
 * The end of an opening tag whose name ends at `p` (the index after its `>`), and whether it closed itself; null when
 * the input ends first. A quote starts a value only after `=`, and `=` only separates after a name.
 */
function openTagEnd(html: string, p: number): { end: number; selfClosing: boolean } | null {
  let state = At.BeforeName;
  for (let i = p; i < html.length; i++) {
    const c = html.charCodeAt(i);
    switch (state) {
      case At.SelfClosing:
        if (c === 62) return { end: i + 1, selfClosing: true };
        if (isSpace(c)) break;
        state = At.BeforeName;
        i--; // read again
        break;
      case At.BeforeName:
        if (c === 62) return { end: i + 1, selfClosing: false };
        if (c === 47) state = At.SelfClosing;
        else if (!isSpace(c)) state = At.Name;
        break;
      case At.Name:
        if (c === 61 || c === 47 || c === 62 || isSpace(c)) {
          state = At.AfterName;
          i--;
        }
        break;
      case At.AfterName:
        if (c === 61) state = At.BeforeValue;
        else if (c === 47 || c === 62) {
          state = At.BeforeName;
          i--;
        } else if (!isSpace(c)) state = At.Name;
        break;
      case At.BeforeValue:
        if (c === 34 || c === 39) {
          const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
          if (close === -1) return null;
          i = close;
          state = At.BeforeName;
        } else if (!isSpace(c)) {
          state = At.Unquoted;
          i--;
        }
        break;
      case At.Unquoted:
        if (c === 62 || isSpace(c)) {
          state = At.BeforeName;
          i--;
        }
        break;
    }
  }
  return null;
}

/**
 * Calls `onTag` for each element tag of `html` in order, reading it as htmlparser2's tokenizer does: comments,
 * CDATA, declarations and processing instructions are skipped, and so is the raw text of script, style, title,
 * textarea and xmp. Linear in the length of `html`.
 */
function scanTags(html: string, onTag: (tag: Tag) => void): void {
  let i = html.indexOf('<');
  while (i !== -1 && i + 1 < html.length) {
    const c = html.charCodeAt(i + 1);
    let next: number; // where text resumes; -1 at the end of the input
    if (c === 33 /* ! */) {
      if (html.startsWith('[CDATA[', i + 2)) next = after(html, ']]>', i + 9);
      else if (html.charCodeAt(i + 2) === 45 && html.charCodeAt(i + 3) === 45) next = after(html, '-->', i + 2);
      else next = after(html, '>', html.charCodeAt(i + 2) === 45 ? i + 4 : i + 3);
    } else if (c === 63 /* ? */) {
      next = after(html, '>', i + 2);
    } else if (c === 47 /* / */) {
      let p = i + 2;
      while (p < html.length && isSpace(html.charCodeAt(p))) p++;
      if (p < html.length && isAlpha(html.charCodeAt(p))) {
        const nameStart = p;
        while (p < html.length && html.charCodeAt(p) !== 62 && !isSpace(html.charCodeAt(p))) p++;
        if (p === html.length) return; // the input ends inside the name: text
        next = after(html, '>', p);
        const end = next === -1 ? html.length : next;
        onTag({ start: i, end, name: html.slice(nameStart, p).toLowerCase(), closing: true, selfClosing: false });
      } else {
        next = p < html.length && html.charCodeAt(p) === 62 ? p + 1 : after(html, '>', p + 1); // "</>" or a bogus comment
      }
    } else if (isAlpha(c)) {
      let p = i + 2;
      while (p < html.length) {
        const d = html.charCodeAt(p);
        if (d === 47 || d === 62 || isSpace(d)) break;
        p++;
      }
      const name = html.slice(i + 1, p).toLowerCase();
      const tagEnd = openTagEnd(html, p);
      if (!tagEnd) return; // the input ends inside the tag: text
      const tag: Tag = { start: i, end: tagEnd.end, name, closing: false, selfClosing: tagEnd.selfClosing };
      next = tagEnd.end;
      const rawName = tagEnd.selfClosing ? null : rawTextEnd(name);
      if (rawName) {
        const pattern = RAW_END.get(rawName) as RegExp;
        pattern.lastIndex = next;
        const found = pattern.exec(html);
        if (found) {
          const close = after(html, '>', found.index + rawName.length + 2);
          next = close === -1 ? html.length : close;
          tag.rawClose = { start: found.index, end: next, name: rawName, closing: true, selfClosing: false };
        } else {
          next = -1;
          tag.rawClose = null;
        }
      }
      onTag(tag);
    } else {
      next = i + 1; // a literal "<"
    }
    i = next === -1 ? -1 : html.indexOf('<', next);
  }
}

/** A stack of element names that also finds the innermost element of a name in constant time. */
class NameStack<T extends { name: string }> {
  readonly items: T[] = [];
  private readonly byName = new Map<string, number[]>(); // positions in `items`, innermost last

  get length(): number {
    return this.items.length;
  }

  top(): T | undefined {
    return this.items[this.items.length - 1];
  }

  push(item: T): void {
    this.items.push(item);
    const positions = this.byName.get(item.name);
    if (positions) positions.push(this.items.length - 1);
    else this.byName.set(item.name, [this.items.length - 1]);
  }

  pop(): T | undefined {
    const item = this.items.pop();
    if (item) (this.byName.get(item.name) as number[]).pop();
    return item;
  }

  /** The position of the innermost element named `name`, or -1. */
  innermost(name: string): number {
    return this.byName.get(name)?.at(-1) ?? -1;
  }

  /** Pops down to `length` elements. */
  truncate(length: number): void {
    while (this.items.length > length) this.pop();
  }
}

/** A dropped element: `level` is the depth of the kept elements it sat on. */
interface Phantom {
  name: string;
  level: number;
}

/** Markup to cut out: `[start, end)`, replaced by a `<br>` when `lineBreak`. */
interface Cut {
  start: number;
  end: number;
  lineBreak: boolean;
}

/**
 * Walks the tags of `html` dropping those that would open deeper than `limit` (Infinity: none), and returns the
 * deepest nesting of the page that is left and the markup to cut. `open` is the parser's stack of open elements for
 * the tags that are kept, exactly as the parser will build it from the bounded page (implied closes, void elements,
 * self-closing in foreign content, a closing tag popping down to the innermost element of its name). The dropped
 * elements sit on a second stack, so that their closing tags are dropped with them; they are forgotten when the
 * kept element they sat on closes. A raw-text element (script, style, title, textarea, xmp) may open one level
 * deeper, as its content holds no elements; deeper still, it is cut whole with its content. Linear in `html`.
 */
function walk(html: string, limit: number): { depth: number; cuts: Cut[] } {
  const open = new NameStack<{ name: string }>();
  const dropped = new NameStack<Phantom>();
  const foreign: boolean[] = []; // the parser's foreign-content stack, innermost last
  const cuts: Cut[] = [];
  let deepest = 0;

  const popOpen = (length: number): void => {
    open.truncate(length);
    while ((dropped.top()?.level ?? -1) > open.length) dropped.pop();
  };
  /** A closing tag the parser sees. */
  const close = (name: string): void => {
    if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
    if (VOID.has(name)) return;
    const at = open.innermost(name);
    if (at !== -1) popOpen(at);
    else if (name === 'p') deepest = Math.max(deepest, open.length + 1); // the parser opens an empty p and closes it
  };

  scanTags(html, (tag) => {
    const { name } = tag;
    if (tag.closing) {
      const at = dropped.innermost(name);
      const strayP = name === 'p' && open.innermost('p') === -1 && open.length >= limit; // would open an empty p
      if (at === -1 && !strayP) return close(name);
      if (at !== -1) dropped.truncate(at);
      cuts.push({ start: tag.start, end: tag.end, lineBreak: BLOCK.has(name) });
      return;
    }
    const implied = IMPLIED_CLOSE.get(name);
    let closes = 0; // elements this tag closes on top of the stack
    while (implied && closes < open.length && implied.has((open.items[open.length - 1 - closes] as { name: string }).name)) closes++;
    const raw = tag.rawClose !== undefined;
    const keep = VOID.has(name) || open.length - closes < limit || (raw && open.length - closes <= limit);
    if (!keep) {
      if (raw) {
        cuts.push({ start: tag.start, end: tag.rawClose?.end ?? html.length, lineBreak: false });
        return;
      }
      cuts.push({ start: tag.start, end: tag.end, lineBreak: BLOCK.has(name) });
      while (implied?.has(dropped.top()?.name ?? '')) dropped.pop();
      const inForeign = FOREIGN.has(name) || (!INTEGRATION.has(name) && foreign[foreign.length - 1] === true);
      if (!(tag.selfClosing && inForeign)) dropped.push({ name, level: open.length });
      return;
    }
    popOpen(open.length - closes);
    if (VOID.has(name)) return;
    open.push({ name });
    deepest = Math.max(deepest, open.length);
    if (FOREIGN.has(name)) foreign.push(true);
    else if (INTEGRATION.has(name)) foreign.push(false);
    if (tag.selfClosing && foreign[foreign.length - 1] === true) popOpen(open.length - 1);
    if (tag.rawClose) close(tag.rawClose.name);
  });
  return { depth: deepest, cuts };
}

/** The greatest element nesting depth of `html` as the parser builds it (for tests and diagnostics). */
export function nestingDepth(html: string): number {
  return walk(html, Infinity).depth;
}

/**
 * `html` with the tags that would nest deeper than `maxDepth` removed (a block element's tag becomes `<br>`), so
 * the parser never holds more than `maxDepth` open elements (one more for a raw-text element); `html` itself when
 * it stays within the bound.
 */
export function boundNesting(html: string, maxDepth = MAX_PARSE_DEPTH): string {
  const { cuts } = walk(html, maxDepth);
  if (cuts.length === 0) return html;
  const out: string[] = [];
  let copied = 0;
  for (const cut of cuts) {
    out.push(html.slice(copied, cut.start));
    if (cut.lineBreak) out.push('<br>');
    else if (html.charCodeAt(cut.start - 1) === 60) out.push('<!---->'); // a literal "<" must not meet the text after
    copied = cut.end;
  }
  out.push(html.slice(copied));
  return out.join('');
}
