import { hmacSha1, hmacSha256, timingSafeEqual, toBase64 } from '../crypto.js';

/**
 * WooCommerce's one-legged OAuth 1.0a, which stores ask for on plain HTTP (`WC_REST_Authentication`):
 * no token, the consumer secret followed by `&` as the key, parameters from the query string, a
 * form body or an `Authorization: OAuth …` header, a timestamp within 15 minutes and a nonce used
 * once per key within those 15 minutes.
 */

export const OAUTH_PARAMETERS = [
  'oauth_consumer_key',
  'oauth_timestamp',
  'oauth_nonce',
  'oauth_signature',
  'oauth_signature_method',
] as const;

/** How long a timestamp is accepted either side of now, and a nonce remembered. */
export const OAUTH_WINDOW_MS = 15 * 60_000;

/** RFC 3986 percent-encoding (PHP's `rawurlencode`): only unreserved characters stay. */
export const rfc3986 = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The parameters of an `Authorization: OAuth k="v", …` header, decoded. */
export function oauthHeaderParameters(header: string | null): Record<string, string> {
  const params: Record<string, string> = {};
  if (!header?.trim().startsWith('OAuth ')) return params;
  for (const [, name, quoted, bare] of header.matchAll(/(oauth_[a-z_-]*)=(?:"([^"]*)"|([^,]*))/g)) {
    const raw = quoted ?? bare ?? '';
    try {
      params[name!] = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      params[name!] = raw;
    }
  }
  return params;
}

/**
 * The signature base string: method, the store's address of the requested path, and every
 * parameter but the signature, sorted by name and percent-encoded, joined with `&`.
 */
export function signatureBase(
  method: string,
  baseUri: string,
  params: Record<string, string>,
): string {
  const pairs = Object.keys(params)
    .filter((name) => name !== 'oauth_signature')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => `${rfc3986(name)}=${rfc3986(params[name]!)}`);
  return [method.toUpperCase(), rfc3986(baseUri), rfc3986(pairs.join('&'))].join('&');
}

/** Base64 of the HMAC of the base string keyed with `{consumer secret}&`. */
export async function oauthSignature(
  signatureMethod: 'HMAC-SHA1' | 'HMAC-SHA256',
  consumerSecret: string,
  base: string,
): Promise<string> {
  const key = `${consumerSecret}&`;
  const mac =
    signatureMethod === 'HMAC-SHA1' ? await hmacSha1(key, base) : await hmacSha256(key, base);
  return toBase64(mac);
}

/** Whether `received` (as sent, `+` possibly decoded to a space) is the expected signature. */
export function signatureMatches(expected: string, received: string): boolean {
  return timingSafeEqual(expected, received.replace(/ /g, '+'));
}
