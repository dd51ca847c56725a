/**
 * A text sink over a node Writable: writers append pieces with `write`, and hand them to the stream in blocks of
 * about 1 MB with `flush` (checked by `full`), waiting for the stream to drain when too much is queued. Memory stays
 * bounded however large the output is, and no writer ever builds the whole file as one string.
 *
 * The pieces are encoded as UTF-8 into the block's bytes every `ENCODE_CHARS` characters, not as one 1 MB string at
 * the flush: a string made of thousands of small pieces is a deep tree of concatenations, and `Buffer.from` of one
 * such string of 1 M characters cost about nine times as much CPU as writing it in runs of 16 K characters into a
 * buffer (measured on this project's N-Triples lines, session 21), which was the largest single cost of the RDF
 * export. The bytes are the same: a run never ends between the two halves of a surrogate pair (a high surrogate at
 * its end waits for the next run), so each character is encoded as `Buffer.from` of the whole text would.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Options of `TextSink`. */
export interface TextSinkOptions {
  /** Characters buffered before `full` turns true (default 1 MiB). */
  flushChars?: number;
  /** Bytes the stream may hold before `flush` waits for it to drain (default 8 MiB). */
  inFlightBytes?: number;
  /**
   * Called once, after the first block has been handed to the operating system (its write callback ran). The output
   * transaction uses it for the test-only fault points in the middle of a file.
   */
  afterFirstFlush?: () => void;
}

/** Defaults of `TextSinkOptions`. */
export const DEFAULT_TEXT_SINK_OPTIONS = { flushChars: 1 << 20, inFlightBytes: 8 << 20 } as const;

/** Characters of pieces gathered before they are encoded into the block's bytes (see the file banner). */
export const ENCODE_CHARS = 1 << 14;

/** Whether UTF-16 code unit `code` is the first half of a surrogate pair. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Buffered text output with backpressure; see the file banner. */
export class TextSink {
  /** Pieces not encoded yet (fewer than about `ENCODE_CHARS` characters). */
  private pending = '';
  /** The block's bytes so far: `bytes[0, used)`. */
  private bytes: Buffer | null = null;
  private used = 0;
  /** Characters written since the last flush (what `full` compares with `flushChars`). */
  private chars = 0;
  private flushed = false;
  private readonly flushChars: number;
  private readonly inFlightBytes: number;
  private readonly afterFirstFlush: (() => void) | undefined;
  /** The stream's first error (a full disk, say): kept so the next flush or end rejects with it. */
  private failure: Error | null = null;

  constructor(
    private readonly out: Writable,
    options: TextSinkOptions = {},
  ) {
    this.flushChars = options.flushChars ?? DEFAULT_TEXT_SINK_OPTIONS.flushChars;
    this.inFlightBytes = options.inFlightBytes ?? DEFAULT_TEXT_SINK_OPTIONS.inFlightBytes;
    this.afterFirstFlush = options.afterFirstFlush;
    out.on('error', (error: Error) => {
      this.failure ??= error;
    });
  }

  /** Appends `text` to the block (never waits). */
  write(text: string): void {
    this.pending += text;
    this.chars += text.length;
    if (this.pending.length >= ENCODE_CHARS) this.encode(false);
  }

  /** True when the buffer holds a block worth flushing: call `await sink.flush()` then. */
  get full(): boolean {
    return this.chars >= this.flushChars;
  }

  /**
   * Encodes the pending pieces into the block's bytes; unless `all`, a high surrogate at their end stays pending (its
   * other half is in the next piece).
   */
  private encode(all: boolean): void {
    let text = this.pending;
    if (text.length === 0) return;
    this.pending = '';
    if (!all && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      this.pending = text.slice(-1);
      text = text.slice(0, -1);
      if (text.length === 0) return;
    }
    // At most three bytes per UTF-16 code unit (a surrogate pair, two units, takes four).
    const room = text.length * 3;
    if (!this.bytes || this.used + room > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.used + room, Math.min(this.flushChars, 1 << 20) + (ENCODE_CHARS << 2), this.bytes ? this.bytes.length * 2 : 0));
      if (this.bytes) this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.used += this.bytes.write(text, this.used, 'utf8');
  }

  /** The block's bytes (the pending pieces encoded), handed over: the sink starts a new block. */
  private take(): Buffer | null {
    this.encode(true);
    const block = this.bytes && this.used > 0 ? this.bytes.subarray(0, this.used) : null;
    this.bytes = null;
    this.used = 0;
    this.chars = 0;
    return block;
  }

  /** Hands the buffer to the stream; waits only when more than `inFlightBytes` are queued. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const block = this.take();
    if (block === null) return;
    if (!this.flushed && this.afterFirstFlush) {
      this.flushed = true;
      await new Promise<void>((resolve, reject) => this.out.write(block, (error) => (error ? reject(error) : resolve())));
      this.afterFirstFlush();
      return;
    }
    this.flushed = true;
    this.out.write(block);
    if (this.out.writableLength > this.inFlightBytes) await once(this.out, 'drain');
  }

  /**
   * Hands bytes to the stream as they are, after the text buffered so far (for copying a file that is already
   * encoded, without decoding it); waits as `flush` does.
   */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (this.failure) throw this.failure;
    if (!this.flushed && this.afterFirstFlush) {
      this.flushed = true;
      await new Promise<void>((resolve, reject) => this.out.write(bytes, (error) => (error ? reject(error) : resolve())));
      this.afterFirstFlush();
      return;
    }
    this.flushed = true;
    this.out.write(bytes);
    if (this.out.writableLength > this.inFlightBytes) await once(this.out, 'drain');
  }

  /** Drops the buffer and destroys the stream (after a failure: the file is abandoned, its descriptor closed). */
  destroy(): void {
    this.pending = '';
    this.bytes = null;
    this.used = 0;
    this.chars = 0;
    this.out.destroy();
  }

  /** Flushes what is left and ends the stream; resolves when the stream has finished (or rejects with its error). */
  async end(): Promise<void> {
    await this.flush();
    const out = this.out;
    if (out.writableFinished) return;
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.end(() => (this.failure ? reject(this.failure) : resolve()));
    });
  }
}
