import { toBase64, toHex } from '../../crypto/hmac.js';
import { timingSafeEqual } from '../../ids.js';

/**
 * Pressero signs a webhook, when its Security Key is set, with SHA-1 over the key concatenated
 * with the payload, sent as `MessageHash`. Aleyant's article states the order (key, then payload)
 * but not the encoding: the simulator sends lowercase hex; hex in any case and base64 are both
 * accepted here.
 */
export async function messageHash(
  securityKey: string,
  body: Uint8Array | string,
): Promise<Uint8Array> {
  const key = new TextEncoder().encode(securityKey);
  const payload = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const message = new Uint8Array(key.length + payload.length);
  message.set(key, 0);
  message.set(payload, key.length);
  return new Uint8Array(await crypto.subtle.digest('SHA-1', message));
}

/** The `MessageHash` header the simulator sends: lowercase hex. */
export async function signMessage(securityKey: string, body: Uint8Array | string): Promise<string> {
  return toHex(await messageHash(securityKey, body));
}

export async function messageHashValid(
  securityKey: string,
  received: string | null,
  body: Uint8Array,
): Promise<boolean> {
  const value = received?.trim();
  if (!securityKey || !value) return false;
  const digest = await messageHash(securityKey, body);
  const hex = toHex(digest);
  const base64 = toBase64(digest);
  // Both comparisons always run, so the time taken does not tell which encoding was close.
  const asHex = timingSafeEqual(value.toLowerCase(), hex);
  const asBase64 = timingSafeEqual(value, base64);
  return asHex || asBase64;
}
