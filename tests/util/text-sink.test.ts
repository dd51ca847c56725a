/**
 * The text sink encodes its pieces into the block's bytes in runs of `ENCODE_CHARS` characters (src/util/text-sink.ts,
 * session 21) instead of one `Buffer.from` of the whole block at the flush: the bytes must be those of the text
 * encoded at once, whatever the pieces hold (one-byte, two-byte and three-byte characters, surrogate pairs, a pair
 * split between two pieces and across a run's end, lone surrogates) and wherever the runs end; blocks, `full` and the
 * bytes copied with `writeBytes` behave as before.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ENCODE_CHARS, TextSink, type TextSinkOptions } from '../../src/util/text-sink.ts';

/** Writes `pieces` (flushing whenever the sink is full, as the writers do); the bytes and blocks that reached the stream. */
async function run(pieces: readonly (string | Uint8Array)[], options: TextSinkOptions = {}): Promise<{ bytes: Buffer; blocks: number }> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const sink = new TextSink(stream, options);
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      sink.write(piece);
      if (sink.full) await sink.flush();
    } else await sink.writeBytes(piece);
  }
  await sink.end();
  return { bytes: Buffer.concat(chunks), blocks: chunks.length };
}

/** `text` cut into pieces of `size` code units (so a surrogate pair may fall in two pieces). */
function cut(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const EMOJI = '\u{1F680}'; // a rocket: a surrogate pair, four bytes in UTF-8
/** A run's worth of one-byte characters less one, so that the next character ends a run. */
const NEARLY_A_RUN = 'x'.repeat(ENCODE_CHARS - 1);

const CASES: [string, string[]][] = [
  ['one-byte text in small pieces', cut('<https://example.org/a> <https://example.org/p> "Kyiv" .\n'.repeat(2000), 7)],
  ['two- and three-byte characters', cut('Київ — Львів, Харків; Ødesa ñ €\n'.repeat(3000), 5)],
  ['surrogate pairs split between pieces', cut(`drone ${EMOJI} wave ${EMOJI}${EMOJI}\n`.repeat(4000), 3)],
  ['a pair whose first half ends a run', [NEARLY_A_RUN, EMOJI.slice(0, 1), EMOJI.slice(1), ' after']],
  ['a pair whose halves straddle a run in one piece', [NEARLY_A_RUN.slice(1), `${EMOJI}tail`]],
  ['a lone high surrogate at the end of a run, then a plain character', [NEARLY_A_RUN, '\ud83d', 'x', ' more']],
  ['a lone low surrogate', ['start \ude80 end', NEARLY_A_RUN, '\ude80']],
  ['a lone high surrogate at the very end', ['text then \ud83d']],
  ['one piece longer than many runs', ['ab€'.repeat(ENCODE_CHARS * 3)]],
  ['nothing', []],
];

describe('TextSink: bytes are the text encoded at once', () => {
  it.each(CASES)('%s', async (_name, pieces) => {
    const { bytes } = await run(pieces);
    expect(bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  it.each(CASES)('%s, flushed in blocks of 1,000 characters', async (_name, pieces) => {
    // A flush ends the block where the writer stands (between its pieces), as before the runs: the text of the
    // blocks, each encoded at once, is what the stream gets.
    const { bytes } = await run(pieces, { flushChars: 1000 });
    const blocks: string[] = [];
    let block = '';
    for (const piece of pieces) {
      block += piece;
      if (block.length >= 1000) {
        blocks.push(block);
        block = '';
      }
    }
    blocks.push(block);
    expect(bytes.equals(Buffer.concat(blocks.map((text) => Buffer.from(text, 'utf8'))))).toBe(true);
  });
});

describe('TextSink: blocks', () => {
  it('hands a small output over in one block, a large one in blocks of about flushChars', async () => {
    expect((await run(cut('a'.repeat(50_000), 100))).blocks).toBe(1);
    const { blocks, bytes } = await run(cut('a'.repeat(50_000), 100), { flushChars: 10_000 });
    expect(blocks).toBe(5);
    expect(bytes.length).toBe(50_000);
  });

  it('counts characters, not bytes, for full (as before the runs)', async () => {
    const stream = new PassThrough();
    stream.resume();
    const sink = new TextSink(stream, { flushChars: 10 });
    sink.write('ЖЖЖЖЖЖЖЖЖ'); // nine characters, eighteen bytes
    expect(sink.full).toBe(false);
    sink.write('Ж');
    expect(sink.full).toBe(true);
    await sink.flush();
    expect(sink.full).toBe(false);
    await sink.end();
  });

  it('keeps the order of text and bytes copied with writeBytes', async () => {
    const { bytes } = await run(['head ', NEARLY_A_RUN, Buffer.from('[copied €]', 'utf8'), ' tail ✓']);
    expect(bytes.toString('utf8')).toBe(`head ${NEARLY_A_RUN}[copied €] tail ✓`);
  });

  it('drops what it holds when destroyed', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    const sink = new TextSink(stream);
    sink.write('never written');
    sink.destroy();
    expect(chunks).toEqual([]);
    expect(stream.destroyed).toBe(true);
  });
});
