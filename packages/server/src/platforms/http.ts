import type { z } from 'zod';
import { DomainError } from '../errors.js';
import { OutboundRefused } from '../outbound/guard.js';
import { readParsed } from './payload.js';
import { type AdapterRuntime, PlatformError } from './types.js';

/** Access tokens are renewed this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * How long one call keeps trying: answers of 429 waited out (as told) this many times, and 5xx,
 * network failures or timeouts retried with backoff this many times, before the call gives up
 * with a transient error and the job runner retries the job later.
 */
export const MAX_RATE_LIMITS = 6;
export const MAX_FAILURES = 3;

/** One attempt that takes longer than this is abandoned and counts as a failure. */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

/** The status an adapter sees when the platform could not be reached at all (or in time). */
export const UNREACHABLE = 599;

/** True when a token expiring at `expiresAt` is due for renewal at `now` (epoch ms). */
export const renewalDue = (expiresAt: string, now: number) =>
  Date.parse(expiresAt) - now <= REFRESH_MARGIN_MS;

/**
 * One request with the runtime's timeout; a network failure or a timeout comes back as an
 * `UNREACHABLE` answer, so callers treat it like a 5xx.
 */
export async function fetchOrUnreachable(
  runtime: AdapterRuntime,
  request: Request,
): Promise<Response> {
  // The time limit does not rely on the fetch honouring its signal: the timer holds this
  // controller until the call ends, and the race ends the call even when `fetch` ignores the
  // signal or a garbage collection drops what would have delivered the abort.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const reason = new DOMException('The platform did not answer in time.', 'TimeoutError');
      controller.abort(reason);
      reject(reason);
    }, runtime.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      runtime.fetch(new Request(request, { signal: controller.signal })),
      timedOut,
    ]);
  } catch (error) {
    // An address the outbound guard refuses will not become allowed by retrying.
    if (error instanceof OutboundRefused) {
      throw new PlatformError('platform_unavailable', `The address was refused: ${error.message}`, {
        transient: false,
        reason: 'address_not_allowed',
      });
    }
    return new Response(null, { status: UNREACHABLE });
  } finally {
    clearTimeout(timer);
  }
}

/** `Retry-After` in milliseconds (platforms send seconds, sometimes with a fraction). */
export function retryAfterMs(response: Response): number | null {
  const value = Number.parseFloat(response.headers.get('retry-after') ?? '');
  return Number.isFinite(value) && value >= 0 ? Math.ceil(value * 1000) : null;
}

/** Exponential backoff with full jitter on its upper half: retries of many stores spread out. */
export const backoffMs = (failures: number) => {
  const ceiling = 1000 * 2 ** failures;
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
};

export interface RetryPolicy {
  /** Who answers, as messages name it: "Shopify", "The store"… */
  who: string;
  /** The wait when a 429 carries no `Retry-After`. */
  rateLimitWaitMs?: number;
  /** A longer wait than this is not slept through here: the job runner waits it out instead. */
  maxInlineWaitMs?: number;
  /** Runs before every attempt: renewing a token, pacing a quota. */
  beforeAttempt?: () => Promise<void>;
  /** Sees every answer (quota headers), retried or not. */
  observe?: (response: Response) => void;
  /**
   * False for a request that creates something. A 5xx, a timeout or no answer at all may come
   * after the platform acted, so such a request is not repeated here: the transient error lets
   * the job look for what it created before trying again. A 429 is still waited out (the
   * platform refused it without acting).
   */
  idempotent?: boolean;
}

/**
 * The one retry loop every adapter sends through. `make` builds the request afresh for each
 * attempt (a renewed token, a body not yet read). 429s are waited out as `Retry-After` says; 5xx,
 * network failures and timeouts are retried with backoff and jitter; when either runs out, a
 * transient `PlatformError` lets the job runner try again later. Every other answer, good or bad,
 * is the adapter's to read. Requests that create something say `idempotent: false`: they are
 * never repeated after a failure that may have followed the platform's action.
 */
export async function sendWithRetry(
  runtime: AdapterRuntime,
  make: () => Request,
  policy: RetryPolicy,
): Promise<Response> {
  let limited = 0;
  let failures = 0;
  for (;;) {
    await policy.beforeAttempt?.();
    const response = await fetchOrUnreachable(runtime, make());
    policy.observe?.(response);
    const { status } = response;
    if (status === 429) {
      await response.body?.cancel();
      const wait = retryAfterMs(response) ?? policy.rateLimitWaitMs ?? 2000;
      if (
        ++limited > MAX_RATE_LIMITS ||
        wait > (policy.maxInlineWaitMs ?? Number.POSITIVE_INFINITY)
      ) {
        throw rateLimited(`${policy.who} keeps asking us to slow down.`, wait);
      }
      await runtime.sleep(wait);
      continue;
    }
    if (status >= 500) {
      await response.body?.cancel();
      if (policy.idempotent === false || ++failures > MAX_FAILURES) {
        throw unavailable(
          status === UNREACHABLE
            ? `${policy.who} cannot be reached.`
            : `${policy.who} answered ${status}.`,
        );
      }
      await runtime.sleep(retryAfterMs(response) ?? backoffMs(failures));
      continue;
    }
    return response;
  }
}

export const unavailable = (message: string) => new PlatformError('platform_unavailable', message);

/** The platform still asks us to slow down: the job waits at least `waitMs` before trying again. */
export const rateLimited = (message: string, waitMs: number) =>
  new PlatformError('rate_limited', message, {
    retryAfter: Math.max(1, Math.ceil(waitMs / 1000)),
  });

/**
 * The platform will not take what was sent (a field it refuses, a shop setting it lacks): its own
 * words, and nothing to retry until a person changes something.
 */
export const refused = (message: string) =>
  new PlatformError('validation_failed', message, { transient: false, reason: 'refused' });

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

/**
 * A successful answer's JSON, read against the schema of what the adapter uses from it. Anything
 * else (an HTML error page, a cut-off answer, another shape) is the platform's passing trouble: a
 * transient error with the reason, never an empty page that would end a sync as if the store had
 * nothing, and never a crash of ours.
 */
export async function readAnswer<T>(
  response: Response,
  schema: z.ZodType<T>,
  what: string,
): Promise<T> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const read = readParsed(schema, json, what);
  if (read.ok) return read.data;
  throw unavailable(read.reason);
}
