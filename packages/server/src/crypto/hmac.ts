import { timingSafeEqual } from '../ids.js';

/**
 * The one HMAC-SHA256 helper: session tokens, platform signatures and webhooks all sign here.
 * Imported keys are cached per secret (a bounded map: secrets are few, requests many).
 */
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string | Uint8Array): Promise<CryptoKey> {
  const id = typeof secret === 'string' ? `t:${secret}` : `b:${toBase64(secret)}`;
  let key = keys.get(id);
  // Stryker disable next-line ConditionalExpression: the cache saves an import; importing again signs the same
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      (typeof secret === 'string' ? new TextEncoder().encode(secret) : secret) as BufferSource,
      { name: 'HMAC', hash: 'SHA-256' },
      // Stryker disable next-line BooleanLiteral: the key never leaves this module either way
      false,
      ['sign'],
    );
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only bounds the cache; a cleared cache imports again
    if (keys.size > 100) keys.clear();
    keys.set(id, key);
  }
  return key;
}

/** HMAC-SHA256 of text (UTF-8) or raw bytes, with a text secret (UTF-8) or raw key bytes. */
export async function hmacSha256(
  secret: string | Uint8Array,
  data: string | Uint8Array,
): Promise<Uint8Array> {
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
