import type { CsvEncoding } from '../types.js';

/** Bytes at the end of `bytes` that start a UTF-8 sequence not yet complete. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const byte = bytes[n - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

const empty = new Uint8Array(0);

/**
 * Streaming bytes → text with encoding detection.
 *
 * Byte order marks decide first (UTF-8, UTF-16 LE/BE) and are dropped. Without one, the bytes are
 * read as UTF-8 by a strict decoder; if it meets an invalid sequence before any non-ASCII character
 * was decoded, everything so far was ASCII — identical in Windows-1252 — so decoding switches to
 * Windows-1252 from that chunk on (Excel's "CSV" on Western Windows). A file that already showed
 * valid UTF-8 switches to a lenient UTF-8 decoder and gets U+FFFD for the odd bad byte. `TextDecoder` in stream mode keeps
 * multi-byte characters split across chunks intact.
 */
export class TextStreamDecoder {
  /** Decided encoding; `null` until the first bytes arrive. */
  encoding: CsvEncoding | null = null;
  bom = false;
  readonly #forced: CsvEncoding | null;
  #decoder: TextDecoder | null = null;
  /** A strict UTF-8 decoder is in use: the encoding is a guess that an invalid byte can overturn. */
  #strict = false;
  #seenNonAscii = false;
  /** Bytes the strict decoder holds back (an incomplete sequence), needed to re-decode on a switch. */
  #tail: Uint8Array = empty;
  /** Leading bytes kept until a byte order mark can be ruled in or out. */
  #head: Uint8Array | null = empty;

  constructor(encoding: CsvEncoding | 'auto' = 'auto') {
    this.#forced = encoding === 'auto' ? null : encoding;
  }

  /** Decodes the next chunk; may return `''` while it waits for more bytes. */
  push(chunk: Uint8Array): string {
    if (this.#head !== null) {
      const head = concat(this.#head, chunk);
      if (head.length < 3 && isBomPrefix(head)) {
        this.#head = head;
        return '';
      }
      this.#head = null;
      return this.#start(head, true);
    }
    return this.#decode(chunk, true);
  }

  /** Flushes what is left at the end of the input. */
  end(): string {
    if (this.#head !== null) {
      const head = this.#head;
      this.#head = null;
      return this.#start(head, false);
    }
    return this.#decode(empty, false);
  }

  #start(bytes: Uint8Array, stream: boolean): string {
    let offset = 0;
    let detected: CsvEncoding | null = null;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      detected = 'utf-8';
      offset = 3;
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      detected = 'utf-16le';
      offset = 2;
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      detected = 'utf-16be';
      offset = 2;
    }
    this.bom = detected !== null;
    const encoding = this.#forced ?? detected;
    if (encoding) {
      this.encoding = encoding;
      // A BOM of another encoding than the forced one is data, not a mark.
      if (this.#forced && this.#forced !== detected) offset = 0;
      this.bom = offset > 0;
      this.#decoder = new TextDecoder(encoding, { ignoreBOM: true });
    } else {
      this.encoding = 'utf-8';
      this.#strict = true;
      this.#decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    }
    return this.#decode(offset ? bytes.subarray(offset) : bytes, stream);
  }

  #decode(bytes: Uint8Array, stream: boolean): string {
    const decoder = this.#decoder;
    if (!decoder) return '';
    if (!this.#strict) return decoder.decode(bytes, { stream });
    try {
      const text = decoder.decode(bytes, { stream });
      const total = this.#tail.length + bytes.length;
      let held = 0;
      if (stream) {
        // A sequence the decoder holds back lies within the last three bytes of its input.
        const end = bytes.length >= 4 ? bytes : concat(this.#tail, bytes);
        held = incompleteUtf8Tail(end);
        this.#tail = held ? end.slice(end.length - held) : empty;
      }
      // Valid UTF-8 decodes to one character per byte exactly when it is all ASCII.
      if (text.length !== total - held) this.#seenNonAscii = true;
      return text;
    } catch {
      const pending = concat(this.#tail, bytes);
      this.#tail = empty;
      this.#strict = false;
      if (this.#seenNonAscii) {
        this.#decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      } else {
        this.encoding = 'windows-1252';
        this.#decoder = new TextDecoder('windows-1252');
      }
      return this.#decoder.decode(pending, { stream });
    }
  }
}

/** Could these first bytes still grow into a byte order mark? */
function isBomPrefix(bytes: Uint8Array): boolean {
  const first = bytes[0];
  if (first === undefined) return true;
  if (first === 0xef) return bytes.length < 2 || bytes[1] === 0xbb;
  return (first === 0xff || first === 0xfe) && bytes.length < 2;
}
