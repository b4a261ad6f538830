import { timingSafeEqual } from '../ids.js';

const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    if (keys.size > 100) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

/** HMAC-SHA256 of text (UTF-8) or raw bytes. */
export async function hmacSha256(secret: string, data: string | Uint8Array): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return new Uint8Array(
    await crypto.subtle.sign('HMAC', await hmacKey(secret), bytes as BufferSource),
  );
}

export const toHex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Constant-time check of a received signature against the expected one. */
export function signatureMatches(received: string | null | undefined, expected: string): boolean {
  return typeof received === 'string' && timingSafeEqual(received, expected);
}
