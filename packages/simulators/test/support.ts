/**
 * Checks the simulators' signatures the way a receiver does, written from the platforms'
 * documentation on Node's own crypto: neither the simulators' Web Crypto helpers nor the server's
 * adapters are used, so a signature must be right, not merely consistent.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../src/clock.js';

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  #t: number;
  constructor(start: Date = new Date()) {
    this.#t = start.getTime();
  }
  now() {
    return new Date(this.#t);
  }
  advance(ms: number) {
    this.#t += ms;
  }
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Shopify's documented check of a signed redirect: drop `hmac`, sort the rest by name, join
 * `name=value` pairs with `&` (`%` and `&` escaped in names and values, `=` in names), then
 * compare with the hex HMAC-SHA256 under the app's secret.
 */
export function shopifyQueryValid(secret: string, query: URLSearchParams): boolean {
  const escaped = (text: string) => text.replace(/%/g, '%25').replace(/&/g, '%26');
  const message = [...query]
    .filter(([name]) => name !== 'hmac')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${escaped(name).replace(/=/g, '%3D')}=${escaped(value)}`)
    .join('&');
  const expected = createHmac('sha256', secret).update(message).digest('hex');
  return same(query.get('hmac') ?? '', expected);
}

/** Base64 HMAC-SHA256 of a raw body: Shopify's and WooCommerce's webhook signatures. */
export const bodySignature = (secret: string, body: string | Uint8Array) =>
  createHmac('sha256', secret).update(body).digest('base64');

/**
 * A Standard Webhooks receiver (Etsy's deliveries): `v1,` entries of `webhook-signature` over
 * `{id}.{timestamp}.{body}`, keyed with the base64 after `whsec_`, within five minutes of now.
 */
export function standardWebhookValid(
  secret: string,
  headers: Headers,
  body: Uint8Array,
  nowSeconds: number,
): boolean {
  const id = headers.get('webhook-id');
  const timestamp = headers.get('webhook-timestamp');
  const signatures = headers.get('webhook-signature');
  if (!id || !timestamp || !signatures) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > 5 * 60) return false;
  const expected = createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${timestamp}.`)
    .update(body)
    .digest('base64');
  return signatures
    .split(' ')
    .some((entry) => entry.startsWith('v1,') && same(entry.slice(3), expected));
}

/** Pressero's `MessageHash`: SHA-1 of the Security Key followed by the body, in hex. */
export function presseroHashValid(securityKey: string, hash: string | null, body: string): boolean {
  const expected = createHash('sha1').update(securityKey).update(body).digest('hex');
  return same((hash ?? '').toLowerCase(), expected);
}

/**
 * Signs a WooCommerce REST request with one-legged OAuth 1.0a (RFC 5849 §3.4, no token): the
 * query's parameters and the `oauth_*` ones, sorted and percent-encoded, under
 * `{consumer secret}&`. Returns the URL with the `oauth_*` parameters added to its query.
 */
export function oauthSignedUrl(
  method: string,
  address: string,
  key: { consumerKey: string; consumerSecret: string },
  options: {
    timestamp: number;
    nonce: string;
    signatureMethod?: 'HMAC-SHA1' | 'HMAC-SHA256';
  },
): string {
  const url = new URL(address);
  const signatureMethod = options.signatureMethod ?? 'HMAC-SHA256';
  url.searchParams.set('oauth_consumer_key', key.consumerKey);
  url.searchParams.set('oauth_nonce', options.nonce);
  url.searchParams.set('oauth_signature_method', signatureMethod);
  url.searchParams.set('oauth_timestamp', String(options.timestamp));
  const encode = (text: string) =>
    encodeURIComponent(text).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  const pairs = [...url.searchParams]
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const base = [method.toUpperCase(), encode(`${url.origin}${url.pathname}`), encode(pairs)].join(
    '&',
  );
  const signature = createHmac(
    signatureMethod === 'HMAC-SHA1' ? 'sha1' : 'sha256',
    `${key.consumerSecret}&`,
  )
    .update(base)
    .digest('base64');
  url.searchParams.set('oauth_signature', signature);
  return url.toString();
}
