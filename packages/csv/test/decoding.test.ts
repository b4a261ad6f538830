import { describe, expect, it } from 'vitest';
import { TextStreamDecoder } from '../src/source/TextStreamDecoder.js';
import { utf8 } from './helpers/sources.js';

const decodeInChunks = (
  bytes: Uint8Array,
  size: number,
  encoding?: 'auto' | 'utf-8' | 'windows-1252',
) => {
  const decoder = new TextStreamDecoder(encoding);
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += decoder.push(bytes.subarray(i, i + size));
  return { text: text + decoder.end(), decoder };
};

const cp1252 = (text: string) =>
  Uint8Array.from(text, (c) =>
    c === '€' ? 0x80 : c === '„' ? 0x84 : c === '“' ? 0x93 : c.charCodeAt(0),
  );

describe('TextStreamDecoder', () => {
  const sample = 'Título;Preço €;日本;😀 emoji\r\nCoração;1.234,50;\u00e9\r\n';

  it('keeps multi-byte characters intact when fed one byte at a time', () => {
    for (const size of [1, 2, 3, 5, 7]) {
      const { text, decoder } = decodeInChunks(utf8(sample), size);
      expect(text).toBe(sample);
      expect(decoder.encoding).toBe('utf-8');
      expect(decoder.bom).toBe(false);
    }
  });

  it('strips a UTF-8 byte order mark split across chunks', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]);
    const { text, decoder } = decodeInChunks(bytes, 1);
    expect(text).toBe(sample);
    expect(decoder.bom).toBe(true);
  });

  it('reads UTF-16 LE with a byte order mark (Excel "Unicode text")', () => {
    const body = 'SKU\tTítulo\r\nA-1\tCoração\r\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + i * 2] = body.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = body.charCodeAt(i) >> 8;
    }
    const { text, decoder } = decodeInChunks(bytes, 3);
    expect(text).toBe(body);
    expect(decoder.encoding).toBe('utf-16le');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const body = 'Preço;Coração;„Zitat“;12,50 €\r\n';
    for (const size of [1, 4, 1000]) {
      const { text, decoder } = decodeInChunks(cp1252(body), size);
      expect(text).toBe(body);
      expect(decoder.encoding).toBe('windows-1252');
    }
  });

  it('switches to Windows-1252 late when everything before was ASCII', () => {
    const body = `${'SKU;Title\r\n'.repeat(5000)}A;Caf\u00e9 €\r\n`;
    const { text, decoder } = decodeInChunks(cp1252(body), 4096);
    expect(text).toBe(body);
    expect(decoder.encoding).toBe('windows-1252');
  });

  it('keeps UTF-8 once real UTF-8 was seen, replacing a stray bad byte', () => {
    const bytes = new Uint8Array([...utf8('Café;'), 0xe9, ...utf8(';ok')]);
    const { text, decoder } = decodeInChunks(bytes, 2);
    expect(text).toBe('Café;\ufffd;ok');
    expect(decoder.encoding).toBe('utf-8');
  });

  it('honours a forced encoding', () => {
    const { text } = decodeInChunks(utf8('é'), 1, 'windows-1252');
    expect(text).toBe('Ã©');
  });

  it('flushes an incomplete sequence at the end as a replacement, never throws', () => {
    const { text } = decodeInChunks(new Uint8Array([...utf8('ação'), 0xe2, 0x82]), 1);
    expect(text.startsWith('ação')).toBe(true);
  });
});
