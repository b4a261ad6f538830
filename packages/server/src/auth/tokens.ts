import { hmacSha256 } from '../crypto/hmac.js';
import { base64url, fromBase64url, timingSafeEqual } from '../ids.js';

/** What a session token asserts. Kept small: the database stays the authority on users and roles. */
export interface SessionClaims {
  v: 1;
  /** Session id, for logs and revocation lists. */
  sid: string;
  pid: string;
  /** The secret key that minted the session: revoking the key ends the session. */
  kid?: string;
  scope: 'provider' | 'client';
  cid?: string;
  uid?: string;
  role?: string;
  iat: number;
  exp: number;
}

export const SESSION_PREFIX = 'vt_ses_';

const sign = async (secret: string, payload: string) =>
  base64url(await hmacSha256(secret, payload));

/** `vt_ses_<payload>.<hmac>`: a signed, self-contained token (HMAC-SHA256 over the payload). */
export async function signSession(secret: string, claims: SessionClaims): Promise<string> {
  const payload = base64url(new TextEncoder().encode(JSON.stringify(claims)));
  return `${SESSION_PREFIX}${payload}.${await sign(secret, payload)}`;
}

/** The claims of a token whose signature holds, or null. Expiry is the caller's to judge. */
export async function verifySession(secret: string, token: string): Promise<SessionClaims | null> {
  // Stryker disable next-line ConditionalExpression: authentication checks the prefix before calling, and the signature covers the rest
  if (!token.startsWith(SESSION_PREFIX)) return null;
  const [payload, mac, extra] = token.slice(SESSION_PREFIX.length).split('.');
  if (extra !== undefined) return null;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an empty part would fail the signature comparison below anyway
  if (!payload || !mac) return null;
  if (!timingSafeEqual(mac, await sign(secret, payload))) return null;
  try {
    const claims = JSON.parse(new TextDecoder().decode(fromBase64url(payload))) as SessionClaims;
    if (claims.v !== 1 || typeof claims.exp !== 'number' || typeof claims.pid !== 'string')
      return null;
    return claims;
  } catch {
    return null;
  }
}
