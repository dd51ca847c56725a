/**
 * A text sink over a node Writable: writers append pieces with `write`, and hand them to the stream in blocks of
 * about 1 MB with `flush` (checked by `full`), waiting for the stream to drain when too much is queued. Memory stays
 * bounded however large the output is, and no writer ever builds the whole file as one string.
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

/** Buffered text output with backpressure; see the file banner. */
export class TextSink {
  private buffer = '';
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

  /** Appends `text` to the buffer (never waits). */
  write(text: string): void {
    this.buffer += text;
  }

  /** True when the buffer holds a block worth flushing: call `await sink.flush()` then. */
  get full(): boolean {
    return this.buffer.length >= this.flushChars;
  }

  /** Hands the buffer to the stream; waits only when more than `inFlightBytes` are queued. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer.length === 0) return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.flushed && this.afterFirstFlush) {
      this.flushed = true;
      await new Promise<void>((resolve, reject) => this.out.write(text, (error) => (error ? reject(error) : resolve())));
      this.afterFirstFlush();
      return;
    }
    this.flushed = true;
    this.out.write(text);
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
    this.buffer = '';
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
