import { hmacSha256, signatureMatches, toBase64, toHex } from '../../crypto/hmac.js';

/**
 * The message Shopify signs on install and OAuth callback URLs: every query parameter except
 * `hmac` and `signature` (repeated keys joined with commas), keys in ASCII order, values
 * re-encoded as `URLSearchParams` does with `+` written `%20`, pairs joined by `&`.
 */
export function queryMessage(query: URLSearchParams): string {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of query) {
    if (key === 'hmac' || key === 'signature') continue;
    const values = grouped.get(key) ?? [];
    values.push(value);
    grouped.set(key, values);
  }
  const sorted = new URLSearchParams();
  for (const key of [...grouped.keys()].sort()) sorted.append(key, grouped.get(key)!.join(','));
  return sorted.toString().replace(/\+/g, '%20');
}

/** Lowercase hex HMAC-SHA256 of the query message: what the `hmac` parameter must equal. */
export async function signQuery(secret: string, query: URLSearchParams): Promise<string> {
  return toHex(await hmacSha256(secret, queryMessage(query)));
}

export async function queryHmacValid(secret: string, query: URLSearchParams): Promise<boolean> {
  const received = query.get('hmac');
  if (!received) return false;
  return signatureMatches(received.toLowerCase(), await signQuery(secret, query));
}

/** Base64 HMAC-SHA256 of a webhook's raw body: the `X-Shopify-Hmac-Sha256` header. */
export async function signWebhook(secret: string, body: Uint8Array | string): Promise<string> {
  return toBase64(await hmacSha256(secret, body));
}

export async function webhookHmacValid(
  secrets: readonly string[],
  received: string | null,
  body: Uint8Array,
): Promise<boolean> {
  // Stryker disable next-line ConditionalExpression: signatureMatches refuses a missing signature too; this only skips the work
  if (!received) return false;
  let ok = false;
  // Every secret is tried, so the time taken does not tell which one matched.
  for (const secret of secrets) {
    if (signatureMatches(received, await signWebhook(secret, body))) ok = true;
  }
  return ok;
}
