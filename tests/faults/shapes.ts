/**
 * Input shapes for fuzzing `extract`: each makes an input of about `size` characters from a seeded random source,
 * so a failing case can be replayed from its (shape, size, seed). Ordinary prose, one endless sentence, long
 * capitalised chains and lists, numbers, punctuation runs, markdown, blank and short lines, datelines, site
 * furniture, random Unicode (RTL marks, joiners, combining marks, astral characters), base64 blobs, and HTML
 * nested deep, wide, unclosed or heavy with attributes. All words and sentences are invented for the fuzzing.
 * Used by tests/faults/fuzz.test.ts and scripts/fuzz.ts.
 */
import type { DocumentFormat } from '../../src/ingest/types.ts';

/** A seeded random source (mulberry32): integers below `n`, and picks. */
export interface Random {
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

/** A mulberry32 generator from `seed`. */
export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n) => Math.floor(next() * n), pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number] };
}

/** One input: its text and the format it is read as. */
export interface ShapedInput {
  text: string;
  format: DocumentFormat;
}

const WORDS = 'the air force said Russia launched missiles drones at Kyiv overnight and Ukraine intercepted most of them while officials condemned the attack and requested Patriot systems from allies'.split(' ');
const NAMES = ['Russia', 'Ukraine', 'Kyiv', 'Kharkiv', 'Odesa', 'NATO', 'Patriot', 'Shahed', 'Kinzhal', 'Poland', 'Zelensky', 'Borrell', 'Iskander', 'Lviv'];
const PUNCTUATION = ['.', '!', '?', '-', '=', '(', ')', '"', "'", '…', ',', ';', ':', '*', '#', '|', '—', '«', '»'];
const UNICODE = [0x20, 0x0a, 0x41, 0x61, 0x430, 0x4e00, 0x1f680, 0x1f1fa, 0x202e, 0x200d, 0x200f, 0x301, 0xa0, 0x2028, 0xfeff, 0x0627, 0x05d0, 0xe9];
const TAGS = ['div', 'span', 'section', 'b', 'i', 'p', 'li', 'td', 'article', 'a', 'em', 'h2'];
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function words(r: Random, size: number): string {
  let s = '';
  while (s.length < size) s += `${r.pick(WORDS)} `;
  return s;
}

function fill(size: number, piece: () => string, start = ''): string {
  let s = start;
  while (s.length < size) s += piece();
  return s;
}

/** Every shape by name. */
export const SHAPES: Readonly<Record<string, (size: number, r: Random) => ShapedInput>> = {
  prose: (n, r) => ({ text: fill(n, () => `${words(r, 40 + r.int(120)).trim()}. ${r.int(4) === 0 ? '\n\n' : ''}`), format: 'txt' }),
  endlessSentence: (n, r) => ({ text: words(r, n), format: 'txt' }),
  nameChain: (n, r) => ({ text: fill(n, () => `${r.pick(NAMES)} `), format: 'txt' }),
  nameList: (n, r) => ({ text: `${fill(n, () => `${r.pick(NAMES)}, `, 'Russia launched ')}and Kinzhal missiles at Kyiv.`, format: 'txt' }),
  numbers: (n, r) => ({ text: fill(n, () => `${r.int(100_000)} ${r.pick(['missiles', 'drones', 'of the', 'and', 'were'])} `, 'Russia launched '), format: 'txt' }),
  numberWords: (n, r) => ({ text: fill(n, () => `${r.pick(['twenty', 'one', 'hundred', 'thousand', 'forty-two', 'and', 'dozens', 'of'])} `, 'Russia launched '), format: 'txt' }),
  punctuation: (n, r) => ({ text: fill(n, () => r.pick(PUNCTUATION).repeat(1 + r.int(40)) + r.pick([' ', '\n', '', 'a'])), format: 'txt' }),
  markdown: (n, r) => ({
    text: fill(n, () => `${r.pick(['# ', '## ', '- ', '* ', '> ', '1. ', '', '    '])}${r.pick(['[', '**', '_', '`', ''])}${words(r, 60)}${r.pick([']', '](http://x.example/a)', '**', '_', '`', ''])}\n${r.pick(['', '\n', '===\n', '---\n', '```\n'])}`),
    format: 'md',
  }),
  blankLines: (n, r) => ({ text: fill(n, () => `${words(r, 40)}${'\n'.repeat(1 + r.int(6))}`), format: 'txt' }),
  shortLines: (n, r) => ({ text: fill(n, () => `${r.pick(WORDS)}\n`), format: 'txt' }),
  datelines: (n, r) => ({ text: fill(n, () => `${r.pick(['May 16, 2023', '2023-05-16', '16 May', 'Tuesday', 'Published 10:42 GMT', 'Updated 3 hours ago'])} ${words(r, 30)}\n`), format: 'txt' }),
  furniture: (n, r) => ({ text: fill(n, () => `${r.pick(['Subscribe to our newsletter', 'Read more:', 'Share this article', 'Accept cookies', 'Advertisement', 'Related', 'Most read'])} ${words(r, 50)}\n\n`), format: 'txt' }),
  unicode: (n, r) => ({ text: fill(n, () => String.fromCodePoint(r.pick(UNICODE) + (r.int(3) === 0 ? r.int(20) : 0))), format: 'txt' }),
  blobs: (n, r) => ({ text: fill(n, () => `${fill(200 + r.int(3000), () => r.pick([...BASE64]))} ${words(r, 200)}\n`), format: 'txt' }),
  htmlDeep: (n, r) => {
    const depth = Math.max(1, Math.floor(n / 12));
    const tags = Array.from({ length: depth }, () => r.pick(TAGS));
    return { text: `<html><body>${tags.map((t) => `<${t}>`).join('')}<p>${words(r, 300)}</p>${tags.reverse().map((t) => `</${t}>`).join('')}</body></html>`, format: 'html' };
  },
  htmlWide: (n, r) => ({ text: `${fill(n, () => `<${r.pick(['p', 'div', 'li', 'td', 'h2'])}>${words(r, 80)}${r.pick(['</p>', '</div>', '</li>', '</td>', '</h2>', ''])}`, '<html><body>')}</body></html>`, format: 'html' }),
  htmlUnclosed: (n, r) => ({ text: fill(n, () => `${r.pick(['<div>', '<p>', '<b>', '<i>', '<table><tr><td>', '<ul><li>', '<h1>', '<span>'])}${words(r, 20)}`, '<html><body>'), format: 'html' }),
  htmlAttributes: (n, r) => ({ text: `${fill(n, () => `<a href="${'x'.repeat(r.int(400))}" class="${words(r, 40)}" data-x='${r.pick(PUNCTUATION)}'>${words(r, 30)}</a> `, '<html><body><p>')}</p></body></html>`, format: 'html' }),
  quotes: (n, r) => ({ text: fill(n, () => `"${words(r, 60).trim()}," ${r.pick(['he', 'Zelensky', 'the ministry'])} said. `), format: 'txt' }),
};

/** The names of the shapes. */
export const SHAPE_NAMES = Object.keys(SHAPES);

/** The input of `shape` of about `size` characters from `seed`. */
export function shaped(shape: string, size: number, seed: number): ShapedInput {
  const make = SHAPES[shape];
  if (!make) throw new Error(`fuzz: unknown shape ${shape}`);
  return make(size, random(seed));
}
