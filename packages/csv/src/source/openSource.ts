import type { CsvSource } from '../types.js';

export interface OpenedSource {
  chunks: AsyncIterable<Uint8Array | string>;
  /** Known size (bytes, or UTF-16 code units for text), else `null`. */
  totalBytes: number | null;
}

const isBlob = (source: unknown): source is Blob =>
  typeof Blob !== 'undefined' && source instanceof Blob;

const isReadableStream = (source: unknown): source is ReadableStream<Uint8Array | string> =>
  typeof (source as ReadableStream | null)?.getReader === 'function';

const isAsyncIterable = (source: unknown): source is AsyncIterable<Uint8Array | string> =>
  typeof (source as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';

const isIterable = (source: unknown): source is Iterable<Uint8Array | string> =>
  typeof (source as Iterable<unknown> | null)?.[Symbol.iterator] === 'function';

async function* sliceText(text: string, size: number): AsyncGenerator<string> {
  // Slices of a flat string are cheap views; they keep progress and batches small.
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function* sliceBytes(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Splits big chunks: parsing work and the strings it makes stay small (young-generation GC). */
async function* bounded(
  chunks: AsyncIterable<Uint8Array | string>,
  size: number,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    const length = typeof chunk === 'string' ? chunk.length : chunk.byteLength;
    if (length <= size) yield chunk;
    else if (typeof chunk === 'string') yield* sliceText(chunk, size);
    else yield* sliceBytes(chunk, size);
  }
}

async function* readStream(
  stream: ReadableStream<Uint8Array | string>,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array | string> {
  const reader = stream.getReader();
  // Cancelling wakes a pending `read()` when the caller aborts during a slow network read.
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Leaving early (limit, abort, preview) stops the underlying file or network read.
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

async function* fromIterable(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of source) {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) yield chunk;
    else throw new TypeError('CSV stream chunks must be Uint8Array or string');
  }
}

/** Turns any supported source into an async sequence of byte or text chunks. */
export function openSource(
  source: CsvSource,
  chunkSize: number,
  signal?: AbortSignal,
): OpenedSource {
  if (typeof source === 'string') {
    return { chunks: sliceText(source, chunkSize), totalBytes: source.length };
  }
  if (isBlob(source)) {
    return {
      chunks: bounded(readStream(source.stream(), signal), chunkSize),
      totalBytes: source.size,
    };
  }
  if (source instanceof ArrayBuffer) {
    return { chunks: sliceBytes(new Uint8Array(source), chunkSize), totalBytes: source.byteLength };
  }
  if (ArrayBuffer.isView(source)) {
    const bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    return { chunks: sliceBytes(bytes, chunkSize), totalBytes: bytes.length };
  }
  if (isReadableStream(source)) {
    return { chunks: bounded(readStream(source, signal), chunkSize), totalBytes: null };
  }
  if (isAsyncIterable(source) || isIterable(source)) {
    return { chunks: bounded(fromIterable(source), chunkSize), totalBytes: null };
  }
  throw new TypeError('Unsupported CSV source: pass a string, Blob, bytes, or a stream of chunks');
}
