import { describe, expect, it } from 'vitest';
import { hmacSha256, signatureMatches, toHex } from './hmac.js';

describe('hmacSha256', () => {
  it('keeps a text secret and raw key bytes that print alike apart', async () => {
    const asText = toHex(await hmacSha256('1,2,3', 'payload'));
    const asBytes = toHex(await hmacSha256(new Uint8Array([1, 2, 3]), 'payload'));
    expect(asBytes).not.toBe(asText);
    // RFC 4231 test case 2: key "Jefe".
    expect(toHex(await hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('matches signatures only when one was received', () => {
    expect(signatureMatches(null, 'abc')).toBe(false);
    expect(signatureMatches(undefined, 'abc')).toBe(false);
    expect(signatureMatches('abc', 'abc')).toBe(true);
    expect(signatureMatches('abd', 'abc')).toBe(false);
  });
});
