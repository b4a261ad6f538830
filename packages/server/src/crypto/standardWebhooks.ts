import { timingSafeEqual } from '../ids.js';
import { hmacSha256, toBase64 } from './hmac.js';

/**
 * Standard Webhooks (standardwebhooks.com), the scheme of Etsy's webhooks and of our postbacks: the signed content is
 * `{webhook-id}.{webhook-timestamp}.{raw body}`, the key is the secret after `whsec_`,
 * base64-decoded, and `webhook-signature` holds space-separated `v1,{base64 HMAC-SHA256}` entries
 * (several while a secret is rotated).
 */

/** Deliveries older or newer than this are refused, so a captured one cannot be replayed later. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

function secretBytes(secret: string): Uint8Array | null {
  const encoded = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  try {
    const bin = atob(encoded);
    return bin.length ? Uint8Array.from(bin, (c) => c.charCodeAt(0)) : null;
    // Stryker disable next-line BlockStatement: an emptied catch returns undefined, refused like null
  } catch {
    return null;
  }
}

const sign = async (key: Uint8Array, content: Uint8Array) =>
  toBase64(await hmacSha256(key, content));

function signedContent(id: string, timestamp: string, body: Uint8Array): Uint8Array {
  const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  return content;
}

/** The `webhook-signature` header for a delivery: `v1,{base64 signature}`. */
export async function signStandardWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: Uint8Array | string,
): Promise<string> {
  const key = secretBytes(secret);
  if (!key) throw new Error('A webhook secret is base64 after "whsec_".');
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return `v1,${await sign(key, signedContent(id, String(timestamp), bytes))}`;
}

/**
 * Whether a delivery's signature holds with one of `secrets` and its timestamp is within the
 * tolerance of `nowSeconds`. Every candidate is compared, in constant time.
 */
export async function standardWebhookValid(
  secrets: readonly string[],
  headers: Headers,
  body: Uint8Array,
  nowSeconds: number,
): Promise<boolean> {
  const id = headers.get('webhook-id');
  const timestamp = headers.get('webhook-timestamp');
  const header = headers.get('webhook-signature');
  // Stryker disable next-line ConditionalExpression,LogicalOperator,Regex: a missing id or a timestamp with other characters is signed content the sender did not sign, so the signature check refuses it too; this refuses early
  if (!id || !timestamp || !header || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > WEBHOOK_TOLERANCE_SECONDS) return false;
  const received = header
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => entry.slice(3));
  // Stryker disable next-line ConditionalExpression: with no v1 entry nothing matches below either
  if (!received.length) return false;
  const content = signedContent(id, timestamp, body);
  let ok = false;
  for (const secret of secrets) {
    const key = secretBytes(secret);
    if (!key) continue;
    const expected = await sign(key, content);
    for (const signature of received) if (timingSafeEqual(signature, expected)) ok = true;
  }
  return ok;
}
