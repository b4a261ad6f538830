import { concatBytes, fromBase64, hmacSha256, toBase64 } from '../crypto.js';

/**
 * The `webhook-signature` header of a Standard Webhooks delivery (standardwebhooks.com), which
 * Etsy sends: `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`,
 * keyed with the bytes the secret encodes in base64 after its `whsec_` prefix.
 */
export async function signStandardWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = fromBase64(secret.replace(/^whsec_/, ''));
  if (!key.length) throw new Error('A webhook secret is base64 after "whsec_".');
  return `v1,${toBase64(await hmacSha256(key, concatBytes(`${id}.${timestamp}.`, body)))}`;
}
