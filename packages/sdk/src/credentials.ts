import { VitrineError } from './errors/VitrineError.js';

/** What a session callback resolves to; a `Session` from `POST /v1/sessions` fits as is. */
export interface SessionToken {
  token: string;
  /** ISO 8601 timestamp. */
  expiresAt: string;
}

/**
 * On servers, a provider secret key. In browsers, a callback that asks the host's backend for a
 * session token (the secret key must never reach a browser).
 */
export type VitrineAuth =
  | { baseUrl: string; secretKey: string }
  | { baseUrl: string; session: () => Promise<SessionToken> };

/** Tokens are replaced this long before they expire, so a request never leaves with a dying one. */
const refreshSkewMs = 30_000;
/**
 * A token that looks expired on arrival means this device's clock is ahead of the server's. It
 * is used for this long anyway (the API answers `session_expired` if it truly is), instead of
 * asking for a new session on every request.
 */
const skewedLifetimeMs = 60_000;

export interface Credentials {
  readonly kind: 'secret_key' | 'session';
  token(): Promise<string>;
  /** Forget `stale` if it is still the cached token; the next `token()` fetches a new session. */
  expire(stale: string): void;
}

export function createCredentials(auth: VitrineAuth): Credentials {
  if ('secretKey' in auth) {
    const key = auth.secretKey;
    return { kind: 'secret_key', token: () => Promise.resolve(key), expire: () => {} };
  }

  const fetchSession = auth.session;
  let cached: { token: string; refreshAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  const accept = (session: SessionToken): string => {
    if (!session || typeof session.token !== 'string' || session.token === '') {
      throw new VitrineError('The session callback must resolve to { token, expiresAt }');
    }
    const expiresAt = Date.parse(session.expiresAt);
    // Without a readable expiry, keep the token until the API reports `session_expired`.
    const now = Date.now();
    const refreshAt = Number.isNaN(expiresAt)
      ? Number.POSITIVE_INFINITY
      : expiresAt - refreshSkewMs > now
        ? expiresAt - refreshSkewMs
        : now + skewedLifetimeMs;
    cached = { token: session.token, refreshAt };
    return session.token;
  };

  return {
    kind: 'session',
    token() {
      if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.token);
      // Concurrent callers share one request to the host's backend.
      inflight ??= Promise.resolve()
        .then(fetchSession)
        .then(accept)
        .finally(() => {
          inflight = undefined;
        });
      return inflight;
    },
    expire(stale) {
      if (cached?.token === stale) cached = undefined;
    },
  };
}
