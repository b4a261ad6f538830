import type { Clock } from './clock.js';
import { base64url, fromBase64url, hmacSha256, timingSafeEqual, toHex } from './crypto.js';

/** What every simulator is told about where it lives and how it reaches the outside. */
export interface SimulatorHostOptions {
  /** Where the simulator is mounted, e.g. `/sim/shopify`; empty when it owns the whole host. */
  basePath?: string;
  clock?: Clock;
  /** Sends webhook deliveries; defaults to the global fetch. */
  fetch?: (request: Request) => Promise<Response>;
}

/** Random bytes as lowercase hex: codes, secrets and ids nobody can guess. */
export const randomHex = (bytes = 16) => toHex(crypto.getRandomValues(new Uint8Array(bytes)));

/** Posts a webhook delivery; answers the receiver's status, or 0 when it could not be reached. */
export async function postDelivery(
  send: (request: Request) => Promise<Response>,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<number> {
  try {
    const response = await send(new Request(url, { method: 'POST', headers, body }));
    await response.body?.cancel();
    return response.status;
  } catch {
    return 0;
  }
}

/** `{payload}.{signature}`: a grant the simulator trusts later without having to keep it. */
export async function signGrant(secret: string, grant: unknown): Promise<string> {
  const payload = base64url(new TextEncoder().encode(JSON.stringify(grant)));
  return `${payload}.${base64url(await hmacSha256(secret, payload))}`;
}

/** The grant a `{payload}.{signature}` token carries, or null unless this simulator signed it. */
export async function readGrant<Grant>(secret: string, token: string): Promise<Grant | null> {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = base64url(await hmacSha256(secret, payload));
  if (!timingSafeEqual(signature, expected)) return null;
  try {
    return JSON.parse(new TextDecoder().decode(fromBase64url(payload))) as Grant;
  } catch {
    return null;
  }
}
