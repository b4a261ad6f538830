import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../crypto/hmac.js';
import { messageHash, messageHashValid, signMessage } from './signature.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Pressero MessageHash', () => {
  it('is SHA-1 of the Security Key followed by the body', async () => {
    // SHA-1("abc"), the FIPS 180 test vector: key "a", body "bc".
    expect(await signMessage('a', 'bc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(await signMessage('bc', 'a')).not.toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });

  it('accepts hex in any case and base64, and nothing else', async () => {
    const body = bytes('{"MessageID":"m-1","Type":10}');
    const digest = await messageHash('key', body);
    const hex = await signMessage('key', body);
    expect(await messageHashValid('key', hex, body)).toBe(true);
    expect(await messageHashValid('key', hex.toUpperCase(), body)).toBe(true);
    expect(await messageHashValid('key', ` ${toBase64(digest)} `, body)).toBe(true);

    expect(await messageHashValid('other', hex, body)).toBe(false);
    expect(await messageHashValid('key', hex, bytes('{"MessageID":"m-2","Type":10}'))).toBe(false);
    expect(await messageHashValid('key', hex.slice(0, -1), body)).toBe(false);
    expect(await messageHashValid('key', toBase64(digest).toLowerCase(), body)).toBe(false);
    expect(await messageHashValid('key', null, body)).toBe(false);
    expect(await messageHashValid('', await signMessage('', body), body)).toBe(false);
  });
});
