/**
 * Site furniture: the rules that say which lines of a scraped page are not the article, each with a reason
 * that `--explain` shows. Rules are general (what sites put around articles), never shaped to one page.
 * Single-line rules judge a line on its own; list headers ("Read more", "Most read", "News Feed") open a block
 * that runs until the article prose resumes (see `clean.ts`).
 */

/** A rule that drops a single line. */
export interface LineRule {
  id: string;
  reason: string;
  test: (line: string, words: number) => boolean;
}

const SHARE_WORD =
  /^(share|share on \w+|print|email|e-mail|mail|tweet|comments?(?: \(\d+\))?|\d+ comments?|facebook|twitter|x|telegram|whatsapp|viber|linkedin|reddit|pinterest|copy( link)?|save|bookmark|flipboard)$/i;
const PAYMENT_WORD = /^(visa|master ?card|american ?express|amex|paypal|apple ?pay|google ?pay|maestro|discover|diners club)$/i;

/** Splits a line into the segments of a menu: `|`, `·`, `•`, `»`, `›`, ` / `, ` > ` or runs of 2+ spaces. */
export function menuSegments(line: string): string[] {
  return line
    .split(/\s*[|·•»›]\s*|\s+\/\s+|\s+>\s+|\s{2,}|\t+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** True for a UTF-16 code unit that is part of a word: ASCII letters and digits, and non-ASCII outside punctuation. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // not word chars: Latin-1 punctuation and spaces, general punctuation (dashes, quotes, bullets, spaces), CJK punctuation
  return !((c >= 0x80 && c <= 0xbf) || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff);
}

/** Counts runs of word characters (letters/digits; "don't" and "F-16" count as one word each). */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 45 || c === 46) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) {
      // an apostrophe, hyphen or dot inside a word keeps the word going
    } else inWord = false;
  }
  return count;
}

/** True when a line reads as a menu: several short segments, none a sentence. */
export function isMenuLine(line: string): boolean {
  if (line.length > 300 || !/[|·•»›/>]|\s{2}|\t/.test(line)) return false;
  const segments = menuSegments(line);
  const spacedSlashOrBar = /\s[|/]\s|·|•|»|›/.test(line);
  if (segments.length < (spacedSlashOrBar ? 2 : 3)) return false;
  // "Shahed drones: 88 launched / 51 downed", "Kalibr missiles: 2 launched / none downed": figures each followed by a
  // word are a tally, not menu items ("none", "all" and the like count as figures once a digit is among them).
  const figure = /^\W*\d[\d,.]*\s+\p{L}/u;
  const tally = segments.filter((s) => figure.test(s) || /:\s*\d[\d,.]*\s+\p{L}/u.test(s));
  const wordFigures = segments.filter((s) => /^\W*(?:none|no|zero|all|both|nil)\s+\p{L}/iu.test(s));
  if (tally.length >= 2 || (tally.length >= 1 && tally.length + wordFigures.length >= 2)) return false;
  // a segment that reads as a sentence (several words ending in punctuation) means this is not a menu; "U.S." is fine
  return segments.every((s) => {
    const w = wordCount(s);
    return w <= 5 && !(w >= 3 && /[.!?]["”’]?$/.test(s));
  });
}

/** The single-line rules, in the order they are tried; the first that matches gives the reason. */
export const LINE_RULES: LineRule[] = [
  {
    id: 'tracking',
    reason: 'tracking or script snippet',
    test: (l) =>
      /<!--|-->|^!--|\bgtag\b|google tag|googletagmanager|\bdatalayer\b|\bfbq\(|\bwindow\.\w|document\.write|\bfunction\s*\(|^\s*(?:var|let|const)\s+\w+\s*=|^\s*[{}]\s*$|<\/?script/i.test(l),
  },
  {
    id: 'cookies',
    reason: 'cookie banner',
    test: (l, w) =>
      (/\bcookies?\b/i.test(l) && /\b(use|accept|agree|consent|settings|policy|experience|preferences|browsing)\b/i.test(l) && w <= 60) ||
      (w <= 10 && /^(?:yes,?\s*)?i (?:agree|accept)\b|^(?:accept|reject|allow|decline)(?: all)?(?: cookies)?\b|^no,? take me to settings|^manage (?:cookie )?(?:settings|preferences|consent)/i.test(l)),
  },
  {
    id: 'advertisement',
    reason: 'advertisement',
    test: (l, w) =>
      /^(?:advertisement|advertising|advert|ad|ads|ad feedback|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|partner content|story continues below(?: advertisement)?|scroll to continue(?: with content)?|continue reading below|article continues (?:below|after (?:the )?advertisement))\s*[:.]?$/i.test(l) ||
      (w <= 30 && /^(?:advertisement|advert|sponsored|promoted)\s*[:—–-]/i.test(l)),
  },
  {
    id: 'newsletter',
    reason: 'newsletter or sign-up prompt',
    test: (l, w) =>
      /\benter (?:your|a valid|correct|an?) e-?mail\b|\be-?mail address\b|\bindicates required\b|\bthank you for (?:signing up|subscribing)\b|\bsuccessfu?l+y subscribed\b|\bconfirmation e-?mail\b/i.test(l) ||
      /^\[?\s*(?:subscribe|sign up|sign me up|join now|get the newsletter)\s*\]?\s*[!.]?$/i.test(l) ||
      (w <= 30 && /\b(?:in|to) your inbox\b|\bbreaking news alerts\b/i.test(l)) ||
      (w <= 8 && /^(?:sign up|register)\b/i.test(l)) ||
      /^(?:(?:daily|weekly|morning|evening|free)\s+)?newsletters?$/i.test(l) ||
      (w <= 30 &&
        /\b(?:sign(?:ing)? up|subscribe|subscribed|subscription)\b/i.test(l) &&
        /\b(?:newsletters?|briefings?|inbox|e-?mails?|updates|channel|telegram|whatsapp|alerts|podcast|digest|our|free)\b/i.test(l)),
  },
  {
    id: 'appeal',
    reason: 'subscription or membership appeal',
    test: (l) =>
      /\bbecome (?:an?|our) (?:member|patron|subscriber|supporter|donor)\b|\bgift (?:a )?(?:membership|subscription)\b|\b(?:funded|supported|powered) by (?:our )?readers\b|\breaders like you\b|\bfinancial contribution\b|\b(?:our|independent)(?: \w+)? (?:journalism|reporting|newsroom)\b.*\b(?:you|support|fund|depends|survives|thanks|free|readers)\b|\bsupport (?:our|independent) (?:journalism|newsroom|reporting)\b|\bdonate (?:now|today|to us|to our)\b|\bhelp us (?:get|reach) [\d,.]+ (?:new )?(?:members|subscribers|supporters)\b|\bhelp (?:us )?fund (?:our|independent)\b|\b\d[\d,.]* (?:supporters|subscribers|patrons|donors)\b|\b\d[\d,.]* (?:new|paying) members\b|\bour (?:editorial )?standards\b|\bpaywall\b|\balready an? (?:member|subscriber)\b|\bsubscribers? only\b|\bconsider (?:supporting|subscribing|becoming|donating)\b|\bif you (?:value|appreciate|enjoy|like) (?:our|this|what we)\b|\bremind me later\b|\bnot ready to (?:support|donate|give|subscribe)\b|\bsupport (?:us|our work|[\w ]{1,30}) (?:here|today|now)\s*[:.!]|\bwe need your (?:help|support) (?:now|more than ever|today)\b/i.test(l),
  },
  {
    id: 'payment',
    reason: 'payment logos',
    test: (l, w) => {
      if (w > 8) return false;
      const parts = l.split(/[\s,|·]+/).filter(Boolean);
      return parts.some((p) => PAYMENT_WORD.test(p)) && parts.every((p) => PAYMENT_WORD.test(p) || /^(?:apple|google|pay|card|express|club)$/i.test(p));
    },
  },
  {
    id: 'follow',
    reason: 'social-media follow prompt',
    test: (l, w) =>
      (w <= 30 && /\b(?:follow (?:us|our)\b|join (?:us on|our [\w ]{0,20}?(?:channel|community|group))\b|like us on\b|find us on\b)/i.test(l)) ||
      (w <= 12 && /^follow [\p{L}\d .'’-]{1,30} on (?:telegram|x|twitter|facebook|instagram|youtube|tiktok|whatsapp|viber|google news|threads|bluesky)\b/iu.test(l)),
  },
  {
    id: 'share',
    reason: 'share buttons',
    test: (l, w) => {
      if (w > 12) return false;
      if (/\bshare (?:this|the) (?:story|article|post|page)\b|^share (?:on|via)\b/i.test(l)) return true;
      const parts = menuSegments(l).flatMap((s) => (SHARE_WORD.test(s) ? [s] : s.split(/\s+/)));
      return parts.length > 0 && parts.every((p) => SHARE_WORD.test(p));
    },
  },
  {
    id: 'page-control',
    reason: 'page control',
    test: (l) =>
      /^(?:skip to (?:main )?content|skip navigation|jump to (?:main )?content|edit (?:post|article|page)|enable read(?:er)? mode|reader mode|read mode|\d+\s*% font size|font size|text size|listen(?: to (?:this|the) (?:article|story))?|this (?:audio|article|story) (?:is|was|has been) (?:created|generated|produced|read|narrated)\b.*|print(?: this)?(?: article| page| story)?|log ?in|log ?out|sign ?in|register|menu|search|close|back to top|top|home|show comments|view comments|load more|see more|show more|open in app|download (?:the|our) app\b.*|\d+\s*min(?:ute)?s? read|listen to this (?:article|story)\b.{0,30}|video duration\b.{0,40}|(?:next|previous) (?:article|story|post)|loading\.*|click here\b.{0,60}|watch (?:the )?(?:video|live)|play video|save (?:articles?|this article|for later|stories)\b.{0,60}|link copied|copy link|(?:enable|allow|turn on) notifications|video|photo gallery|gallery|(?:report|found) an? (?:error|typo|mistake)\b.{0,80}|.{0,80}\bctrl\s*\+\s*enter\b.{0,40}|log ?in to (?:comment|continue|read)\b.{0,40})\s*[.!]?$/i.test(l),
  },
  {
    id: 'copyright',
    reason: 'copyright or reuse notice',
    test: (l, w) =>
      w <= 60 &&
      /\ball rights reserved\b|\b(?:acquire|request) (?:licensing|reprint)|\breuse this content\b|^(?:©|\(c\)|copyright)\s*(?:\d{4}|by\b)|\bwhen citing\b.*\b(?:mandatory|required)\b|\b(?:reproduction|republication|reprinting)\b.*\b(?:prohibited|forbidden|without (?:the )?(?:written )?permission)\b|\bhyperlink\b.*\bmandatory\b/i.test(l),
  },
  {
    id: 'link-prompt',
    reason: 'call to action with a link',
    test: (l, w) => w <= 30 && /^(?:follow|read|watch|see|visit|listen|subscribe|download|get|find|explore|check out)\b/i.test(l) && /https?:\/\/|www\.\w/i.test(l),
  },
  {
    id: 'tags',
    reason: 'tag list',
    test: (l) => /^(?:tags|topics|keywords|filed under|categories|read more (?:about|on)(?: these topics)?)\s*:/i.test(l),
  },
  {
    id: 'empty-label',
    reason: 'empty metadata label',
    test: (l) => /^(?:(?:published|updated|posted|date|last updated|modified)\s*:?\s*)+$/i.test(l),
  },
  {
    id: 'separator',
    reason: 'separator',
    test: (l) => /^[\s\-–—_=*·•|~#]+$/.test(l),
  },
  {
    id: 'counter',
    reason: 'page counter',
    test: (l) => /^(?:views?|reads?|shares?|likes?)\s*:?\s*[\d\s,.]+[kKmM]?$/i.test(l),
  },
  {
    id: 'inline-link',
    reason: 'related-article link',
    test: (l, w) => w <= 25 && /^(?:read more|read also|also read|see also|related|more|watch|listen|recommended|don't miss)\s*[:»›>|]\s*\S/i.test(l),
  },
  {
    id: 'home-menu',
    reason: 'navigation',
    test: (l, w) => w <= 8 && /^Home(?=[\p{Lu}|»›>/]|\s*[|»›>/])/u.test(l),
  },
];

/**
 * Headers of link lists that sites append to articles; the header and the list after it are dropped.
 * Matched against the whole line (case-insensitive, trailing colon allowed).
 */
export const LIST_HEADER =
  /^(?:read more|read also|also read|see also|related(?: articles| stories| news| content| coverage| reading| posts| topics)?|more on this(?: story| topic| subject)?|more (?:news|stories|headlines|from [\p{L} ]{1,30})|most (?:read|popular|viewed|shared|commented)|popular(?: now| news| stories| articles)?|trending(?: now| stories| news)?|top (?:stories|content|content trending|news|headlines)|latest(?: news| stories| headlines| articles)?|news ?feed|editors'? ?picks|editor['’]s picks|recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|be interested in)|don't miss|what to read next|in other news|more in [\p{L} ]{1,30}|explore more on (?:these|this) topics?|more (?:about|on) (?:this|these) (?:story|stories|topics?))\s*:?$/iu;

/** Openers of a site's appeal to its readers ("A message from ...:", "Dear readers,"): the appeal runs on after them. */
export const APPEAL_OPENER = /^(?:an? (?:message|note|letter|word) from (?:the )?[\p{L}\s.'’]{2,40}:?|dear (?:readers?|friends|subscribers|supporters)\b|(?:a )?note from the (?:author|editors?|newsroom)\b)/iu;

/** Words of a plea for money or sign-ups, which confirm that a letter-like opener starts a reader appeal. */
export const APPEAL_SIGNAL =
  /\b(?:donat(?:e|es|ed|ing|ion|ions)|subscri(?:be|bers?|ption|ptions|bing)|contribut(?:e|ion|ions)|membership|patrons?|paywall|newsroom|(?:independent|our) (?:journalism|reporting))\b|\bsupport (?:us|our work|our journalism)\b/i;

/** True when the line opens a list of links to other articles. */
export function isListHeader(line: string): boolean {
  return LIST_HEADER.test(line.trim());
}

/** Counts words the way the rules do (letters/digits runs). */
export function countWords(text: string): number {
  return wordCount(text);
}

/** The first single-line rule a line matches, or null when the line is not furniture on its own. */
export function matchLineRule(line: string, wordsInLine?: number): LineRule | null {
  const words = wordsInLine ?? wordCount(line);
  for (const rule of LINE_RULES) {
    if (rule.test(line, words)) return rule;
  }
  return null;
}
