/**
 * The simulators' own Web Crypto helpers. They deliberately share no code with the server's
 * adapters: each side implements the platforms' signatures from the platforms' descriptions, so
 * a test that connects them checks the protocol, not one implementation agreeing with itself.
 */

const encoder = new TextEncoder();
const bytesOf = (data: string | Uint8Array) =>
  typeof data === 'string' ? encoder.encode(data) : data;

// Importing a key costs more than signing with it, and the same few secrets sign every request.
const hmacKeys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string | Uint8Array): Promise<CryptoKey> {
  const importKey = (raw: Uint8Array) =>
    crypto.subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
  if (typeof secret !== 'string') return importKey(secret);
  let key = hmacKeys.get(secret);
  if (!key) {
    key = importKey(encoder.encode(secret));
    if (hmacKeys.size > 100) hmacKeys.clear();
    hmacKeys.set(secret, key);
  }
  return key;
}

/** HMAC-SHA256 of text (UTF-8) or bytes, keyed with a text secret (UTF-8) or raw key bytes. */
export async function hmacSha256(
  secret: string | Uint8Array,
  data: string | Uint8Array,
): Promise<Uint8Array> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    await hmacKey(secret),
    bytesOf(data) as BufferSource,
  );
  return new Uint8Array(mac);
}

/** HMAC-SHA1 (OAuth 1.0a's `HMAC-SHA1` signature method), not cached: it signs rarely. */
export async function hmacSha1(secret: string, data: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret) as BufferSource,
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  return new Uint8Array(
    await crypto.subtle.sign('HMAC', key, encoder.encode(data) as BufferSource),
  );
}

/** A SHA digest of text (UTF-8) or bytes. */
export async function digest(
  algorithm: 'SHA-1' | 'SHA-256',
  data: string | Uint8Array,
): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(algorithm, bytesOf(data) as BufferSource));
}

/** The bytes of `parts` one after the other (text as UTF-8). */
export function concatBytes(...parts: (string | Uint8Array)[]): Uint8Array {
  const chunks = parts.map(bytesOf);
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function fromBase64(text: string): Uint8Array {
  const bin = atob(text);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export const base64url = (bytes: Uint8Array) =>
  toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export function fromBase64url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

/** Compares two strings in time that depends on their length only. */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
