/**
 * Markdown to plain text, line by line, for .md files and for the markdown-ish syntax that scraped .txt pages carry
 * (`**bold**`, `[text](url)`, `<https://...>`, `# heading`, `\$`). Structure (one output line per input line)
 * is kept so that line numbers in `--explain` still point at the source.
 */

/** What a source line became: its plain text and what kind of line it was. */
export interface PlainLine {
  text: string;
  /** 1-6 for an ATX heading (`# ...`), 0 otherwise. */
  heading: number;
  /** URLs the line linked to (link targets and autolinks), for source detection. */
  urls: string[];
  /** The line opened with a list bullet or a block-quote mark (lost from `text`). */
  item?: boolean;
}

const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const FENCE = /^\s{0,3}(```|~~~)/;

/** Strips inline markdown from one line of text. */
export function stripInline(line: string, urls: string[] = []): string {
  if (!/[*_[\]<>`\\~!]/.test(line)) return line; // fast path: no markup characters at all
  let text = line;
  // 1. images: keep the alt text only
  text = text.replace(/!\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, '$1');
  // 2. links: keep the text, remember the target (fragment-only targets like "(#)" are not URLs)
  text = text.replace(/\[([^\]]+)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) => {
    if (/^https?:\/\//i.test(url)) urls.push(url);
    return label;
  });
  text = text.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  // 3. autolinks <https://...>
  text = text.replace(/<(https?:\/\/[^>\s]+)>/gi, (_m, url: string) => {
    urls.push(url);
    return url;
  });
  // 4. inline HTML tags (not comments: those are tracking snippets, judged by the furniture rules)
  text = text.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '');
  // 5. emphasis and code
  text = text.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2');
  text = text.replace(/(^|[\s(])\*(?=\S)([^*]+?)(?<=\S)\*(?=[\s).,;:!?]|$)/g, '$1$2');
  text = text.replace(/(^|[\s(])_(?=\S)([^_]+?)(?<=\S)_(?=[\s).,;:!?]|$)/g, '$1$2');
  text = text.replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1');
  text = text.replace(/`([^`]+)`/g, '$1');
  // 6. backslash escapes (\$ -> $)
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!$<>|~"'])/g, '$1');
  return text;
}

/**
 * Converts markdown lines to plain lines: headings lose their `#`, block quotes their `>`, list items their bullet;
 * link definitions and code fences become empty lines.
 */
export function markdownLines(lines: string[]): PlainLine[] {
  return lines.map((raw) => {
    const urls: string[] = [];
    if (LINK_DEFINITION.test(raw) || FENCE.test(raw) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      return { text: '', heading: 0, urls };
    }
    if (!/^\s{0,3}[#>+•*-]|[*_[\]<>`\\~!]/.test(raw)) return { text: raw, heading: 0, urls };
    let line = raw;
    let heading = 0;
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      heading = atx[1]!.length;
      line = atx[2]!;
    }
    const marked = line.replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^\s{0,3}(?:[-+•]|\*(?=\s))\s+/, '');
    const item = marked.length !== line.length;
    return { text: stripInline(marked, urls), heading, urls, ...(item ? { item } : {}) };
  });
}

/**
 * Re-joins hard-wrapped lines (subtitles, plain-text mail, wire copy cut at a fixed width): a line that goes on in
 * lower case (a quotation mark may open it) after a line ending in a comma or a lower-case word, with no blank line,
 * heading or bullet between, is the rest of the same sentence ("sent 97 attack drones," / "most of them ...").
 * Headlines, bylines and list items start with a capital, a digit or a mark and stay lines of their own. The joined
 * line keeps the first line's number.
 */
export function joinWrappedLines<L extends PlainLine>(lines: readonly L[]): L[] {
  const out: L[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && wrapsInto(last, line)) {
      out[out.length - 1] = { ...last, text: `${last.text.trimEnd()} ${line.text.trimStart()}`, urls: [...last.urls, ...line.urls] };
    } else out.push(line);
  }
  return out;
}

function wrapsInto(previous: PlainLine, next: PlainLine): boolean {
  if (previous.heading !== 0 || next.heading !== 0 || next.item) return false;
  const end = previous.text.trimEnd();
  const start = next.text.trimStart();
  return /[,a-z]$/.test(end) && /^["'\u201c\u2018]?[a-z]/.test(start);
}

/** Metadata read from a YAML-style front matter block (`---` ... `---`) at the top of a markdown file. */
export interface FrontMatter {
  /** Number of source lines the block takes (0 when there is none). */
  lines: number;
  title?: string;
  date?: string;
  author?: string;
  url?: string;
}

/**
 * Reads a front matter block of simple `key: value` lines (no nested YAML). Recognised keys: title, date/published,
 * author/authors/byline, url/source/canonical/link. Other keys are ignored.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') return { lines: 0 };
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0 || end > 60) return { lines: 0 };
  const front: FrontMatter = { lines: end + 1 };
  for (const line of lines.slice(1, end)) {
    const m = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m?.[2]) continue;
    const value = m[2].replace(/^["']|["']$/g, '');
    const key = m[1]!.toLowerCase();
    if (key === 'title') front.title ??= value;
    else if (key === 'date' || key === 'published' || key === 'pubdate') front.date ??= value;
    else if (key === 'author' || key === 'authors' || key === 'byline') front.author ??= value.replace(/^\[|\]$/g, '');
    else if (key === 'url' || key === 'source' || key === 'canonical' || key === 'link') front.url ??= value;
  }
  return front;
}
