import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import type { Db } from './db/types.js';

export interface RateLimitConfig {
  /** Requests a credential may burst. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
}

export interface AppOptions {
  db: Db;
  /** HMAC secret for session tokens: 32+ random bytes, the same on every instance. */
  sessionSecret: string;
  /** Base URL this server is reached at, for links in emails and OAuth redirects. */
  publicUrl?: string;
  /** Where invitation links point: `{token}` is replaced. A provider may set its own. */
  inviteUrlTemplate?: string;
  clock?: Clock;
  /**
   * Browser origins allowed to call the API directly (CORS), e.g. the provider's portal.
   * `'*'` allows any. Default: none, so only same-origin or server-side callers.
   */
  corsOrigins?: readonly string[] | '*';
  /** Serves `/dev/*` (the email outbox). Never in production. */
  dev?: boolean;
  rateLimit?: RateLimitConfig | false;
  sessionTtlSeconds?: number;
  invitationTtlSeconds?: number;
  maxBodyBytes?: number;
  /** Called once per request with what is safe to log (never headers or bodies). */
  onRequestLog?: (entry: RequestLogEntry) => void;
  /** Called with unexpected errors; the client only sees a request id. */
  onError?: (error: unknown, requestId: string) => void;
}

export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

export type AppConfig = Required<
  Omit<AppOptions, 'onRequestLog' | 'onError' | 'rateLimit' | 'inviteUrlTemplate' | 'corsOrigins'>
> &
  Pick<AppOptions, 'onRequestLog' | 'onError'> & {
    rateLimit: RateLimitConfig | false;
    inviteUrlTemplate: string;
    corsOrigins: readonly string[] | '*';
  };

export function resolveConfig(options: AppOptions): AppConfig {
  if (options.sessionSecret.length < 32) {
    throw new Error('sessionSecret must be at least 32 characters of random data');
  }
  const publicUrl = (options.publicUrl ?? 'http://localhost:4000').replace(/\/$/, '');
  return {
    db: options.db,
    sessionSecret: options.sessionSecret,
    publicUrl,
    inviteUrlTemplate: options.inviteUrlTemplate ?? `${publicUrl}/v1/invitations/{token}`,
    clock: options.clock ?? systemClock,
    dev: options.dev ?? false,
    corsOrigins: options.corsOrigins ?? [],
    rateLimit: options.rateLimit ?? { capacity: 100, refillPerSecond: 25 },
    sessionTtlSeconds: options.sessionTtlSeconds ?? 15 * 60,
    invitationTtlSeconds: options.invitationTtlSeconds ?? 7 * 24 * 3600,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    onRequestLog: options.onRequestLog,
    onError: options.onError,
  };
}
