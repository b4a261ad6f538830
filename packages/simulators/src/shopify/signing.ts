import { hmacSha256, toBase64, toHex } from '../crypto.js';

/**
 * Shopify signs the query of the redirect back to an app: every parameter but `hmac`, sorted by
 * name, form-encoded and joined by `&` (a space written `%20`), then HMAC-SHA256 with the app's
 * secret as lowercase hex. The simulator only signs queries it builds, whose names never repeat.
 */
export async function signRedirectQuery(secret: string, query: URLSearchParams): Promise<string> {
  const fields = [...query]
    .filter(([name]) => name !== 'hmac')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const message = new URLSearchParams(fields).toString().replace(/\+/g, '%20');
  return toHex(await hmacSha256(secret, message));
}

/** `X-Shopify-Hmac-Sha256`: base64 HMAC-SHA256 of the delivery's raw body with the app's secret. */
export async function signWebhookBody(secret: string, body: string): Promise<string> {
  return toBase64(await hmacSha256(secret, body));
}
