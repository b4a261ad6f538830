import { DomainError } from '../http/errors.js';
import { type AdapterRuntime, PlatformError } from './types.js';

/** Access tokens are renewed this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * How long every adapter keeps trying one call: answers of 429 waited out (as told) this many
 * times, and 5xx or network failures retried with backoff this many times, before the job gives
 * up and is retried later by the job runner.
 */
export const MAX_RATE_LIMITS = 6;
export const MAX_FAILURES = 3;

/** The status an adapter sees when the platform could not be reached at all. */
export const UNREACHABLE = 599;

/** True when a token expiring at `expiresAt` is due for renewal at `now` (epoch ms). */
export const renewalDue = (expiresAt: string, now: number) =>
  Date.parse(expiresAt) - now <= REFRESH_MARGIN_MS;

/** One request; a network failure comes back as an `UNREACHABLE` answer, retried like a 5xx. */
export async function fetchOrUnreachable(
  runtime: AdapterRuntime,
  request: Request,
): Promise<Response> {
  try {
    return await runtime.fetch(request);
  } catch {
    return new Response(null, { status: UNREACHABLE });
  }
}

/** `Retry-After` in milliseconds (platforms send seconds, sometimes with a fraction). */
export function retryAfterMs(response: Response): number | null {
  const value = Number.parseFloat(response.headers.get('retry-after') ?? '');
  return Number.isFinite(value) && value >= 0 ? Math.ceil(value * 1000) : null;
}

export const unavailable = (message: string) => new PlatformError('platform_unavailable', message);

/** The platform still asks us to slow down: the job waits at least `waitMs` before trying again. */
export const rateLimited = (message: string, waitMs: number) =>
  new PlatformError('rate_limited', message, {
    retryAfter: Math.max(1, Math.ceil(waitMs / 1000)),
  });

/** The platform no longer accepts the store's token: only connecting again helps. */
export const tokenRevoked = (message: string) =>
  new PlatformError('store_needs_reauth', message, { reason: 'token_revoked' });

/** A webhook's JSON body. */
export function webhookJson<T>(body: Uint8Array): T {
  try {
    return JSON.parse(new TextDecoder().decode(body)) as T;
  } catch {
    throw new DomainError('invalid_json', 'The webhook body is not JSON.');
  }
}
