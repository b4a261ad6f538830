import type { Clock } from './clock.js';
import { systemClock } from './clock.js';
import { Keyring } from './crypto/encryption.js';
import type { Db } from './db/types.js';
import type { Logger } from './log.js';
import { guardedFetch, type OutboundFetch, type OutboundPolicy } from './outbound/guard.js';
import { EtsyAdapter, type EtsyOptions } from './platforms/etsy/adapter.js';
import { PresseroAdapter, type PresseroOptions } from './platforms/pressero/adapter.js';
import { ShopifyAdapter, type ShopifyOptions } from './platforms/shopify/adapter.js';
import type { Platforms } from './platforms/types.js';
import { WooCommerceAdapter, type WooCommerceOptions } from './platforms/woocommerce/adapter.js';
import { type FileStore, MemoryFileStore } from './storage/fileStore.js';

export interface RateLimitConfig {
  /** Requests a credential may burst. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
  /**
   * Where buckets live: `database` shares them between every process on one database (the
   * default on PostgreSQL), `memory` keeps them in this process (the default on PGlite, which
   * one process owns).
   */
  store?: 'memory' | 'database';
}

export interface JobsConfig {
  /** How long a claimed job stays a worker's without a heartbeat. */
  leaseSeconds: number;
  /** Attempts before a job that keeps failing transiently is given up. */
  maxAttempts: number;
  /** Retry backoff: base × 2^(attempt−1), capped. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  /**
   * Rows a bulk import applies per transaction (and per saved position): a whole chunk, so each
   * of a step's statements carries its fixed cost once per 2,000 rows.
   */
  importStepRows: number;
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
  /**
   * The address of the peer that sent a request (the socket's), which anonymous rate limits and
   * failed authentications are counted by. Node's server reads it from the socket; without it
   * every anonymous caller shares one bucket.
   */
  clientAddress?: (request: Request) => string | undefined;
  /**
   * Proxies in front of this server that append the address they saw to `proxyHeader`
   * (0: none, the header is ignored since anyone can send it).
   */
  trustProxyHops?: number;
  /** The header trusted proxies append the client address to (`x-forwarded-for`). */
  proxyHeader?: string;
  sessionTtlSeconds?: number;
  invitationTtlSeconds?: number;
  maxBodyBytes?: number;
  /**
   * 32 random bytes, base64: seals platform credentials at rest, the same on every instance.
   * Without it the app makes a key that lives as long as the process, which only suits an
   * in-memory database.
   */
  encryptionKey?: string;
  /** Keys in use before a rotation: they still open what they sealed. */
  previousEncryptionKeys?: readonly string[];
  /** The Shopify app (credentials, API address). Without it Shopify stores cannot connect. */
  shopify?: ShopifyOptions;
  /** The Etsy app (keystring, shared secret). Without it Etsy shops cannot connect. */
  etsy?: EtsyOptions;
  /** The Pressero API licence and admin host. Without it Pressero sites cannot connect. */
  pressero?: PresseroOptions;
  /**
   * WooCommerce needs no app credentials (each store hands over its own keys), so it is always
   * available; these options only adjust it (e.g. plain-HTTP hosts of a local simulator).
   */
  woocommerce?: WooCommerceOptions;
  /**
   * Outbound HTTP to platforms, print files and postback endpoints; the global fetch by default.
   * Every call goes through the outbound guard (`outbound`) first.
   */
  platformFetch?: (request: Request) => Promise<Response>;
  /**
   * What outbound calls may reach. By default: HTTPS only, public addresses only, 3 redirects,
   * 30 s. Development with local simulators allows private networks.
   */
  outbound?: Partial<OutboundPolicy>;
  /** How platform rate limits are waited out; timers by default. */
  sleep?: (ms: number) => Promise<void>;
  /** How long one platform call may take before it is abandoned and retried (30 s). */
  platformTimeoutMs?: number;
  /** Lifetime of an OAuth connection attempt. */
  oauthStateTtlSeconds?: number;
  jobs?: Partial<JobsConfig>;
  /**
   * The production connection of providers without one of their own: a GelatoConnect-speaking
   * order address, its API key, and the token of the status address it posts to (development
   * points it at the production simulator).
   */
  production?: { orderUrl: string; apiKey: string; statusToken: string };
  /** Where uploaded design files are kept; in memory by default (tests, the browser). */
  fileStore?: FileStore;
  /** The largest design file accepted by upload (50 MiB). */
  maxUploadBytes?: number;
  /** The largest print file a check accepts at an address (200 MiB); larger ones fail it. */
  maxPrintFileBytes?: number;
  /**
   * Where request lines and unexpected errors (the request's or a job's) are written; the Node
   * server gives its own. `onRequestLog` and `onError` are still called beside it.
   */
  logger?: Logger;
  /** Called once per request with what is safe to log (never headers or bodies). */
  onRequestLog?: (entry: RequestLogEntry) => void;
  /** Called with unexpected errors; the client only sees a request id. */
  onError?: (error: unknown, requestId: string) => void;
  /**
   * The API reference renderer's browser bundle for `GET /docs` (Redoc's standalone script); the
   * Node server reads it from the `redoc` package when installed. Without it the page says how
   * to add it.
   */
  apiReferenceScript?: () => Promise<string | null>;
}

export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

type Resolved =
  | 'clientAddress'
  | 'onRequestLog'
  | 'onError'
  | 'rateLimit'
  | 'inviteUrlTemplate'
  | 'corsOrigins'
  | 'fileStore'
  | 'maxUploadBytes'
  | 'maxPrintFileBytes'
  | 'production';
type Consumed =
  | 'apiReferenceScript'
  | 'encryptionKey'
  | 'previousEncryptionKeys'
  | 'shopify'
  | 'woocommerce'
  | 'etsy'
  | 'pressero'
  | 'platformFetch'
  | 'outbound'
  | 'sleep'
  | 'platformTimeoutMs'
  | 'jobs'
  | 'logger';

export type AppConfig = Required<Omit<AppOptions, Resolved | Consumed>> &
  Pick<AppOptions, 'onRequestLog' | 'onError' | 'clientAddress'> & {
    rateLimit: RateLimitConfig | false;
    inviteUrlTemplate: string;
    corsOrigins: readonly string[] | '*';
    /** Seals and opens platform credentials. */
    keyring: Keyring;
    /** The platform adapters this server has configured. */
    platforms: Platforms;
    /** The guarded fetch for every call to an address someone gave us. */
    outboundFetch: OutboundFetch;
    /** What that fetch may reach, to refuse an address when it is given rather than later. */
    outboundPolicy: OutboundPolicy;
    fileStore: FileStore;
    production: AppOptions['production'] | null;
    maxUploadBytes: number;
    maxPrintFileBytes: number;
    jobs: JobsConfig;
  };

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function resolveConfig(options: AppOptions): AppConfig {
  if (options.sessionSecret.length < 32) {
    throw new Error('sessionSecret must be at least 32 characters of random data');
  }
  const publicUrl = (options.publicUrl ?? 'http://localhost:4000').replace(/\/$/, '');
  const clock = options.clock ?? systemClock;
  const outboundPolicy: OutboundPolicy = { allowPrivateNetworks: false, ...options.outbound };
  const outboundFetch = guardedFetch(
    options.platformFetch ?? ((request) => fetch(request)),
    outboundPolicy,
  );
  const runtime = {
    fetch: outboundFetch,
    clock,
    sleep: options.sleep ?? realSleep,
    ...(options.platformTimeoutMs ? { callTimeoutMs: options.platformTimeoutMs } : {}),
  };
  const platforms: Platforms = {};
  if (options.shopify) platforms.shopify = new ShopifyAdapter(options.shopify, runtime);
  platforms.woocommerce = new WooCommerceAdapter(options.woocommerce ?? {}, runtime);
  if (options.etsy) platforms.etsy = new EtsyAdapter(options.etsy, runtime);
  if (options.pressero) platforms.pressero = new PresseroAdapter(options.pressero, runtime);
  return {
    db: options.db,
    sessionSecret: options.sessionSecret,
    publicUrl,
    inviteUrlTemplate: options.inviteUrlTemplate ?? `${publicUrl}/v1/invitations/{token}`,
    clock,
    dev: options.dev ?? false,
    corsOrigins: options.corsOrigins ?? [],
    rateLimit: options.rateLimit ?? { capacity: 100, refillPerSecond: 25 },
    clientAddress: options.clientAddress,
    trustProxyHops: Math.max(0, Math.floor(options.trustProxyHops ?? 0)),
    proxyHeader: (options.proxyHeader ?? 'x-forwarded-for').toLowerCase(),
    sessionTtlSeconds: options.sessionTtlSeconds ?? 15 * 60,
    invitationTtlSeconds: options.invitationTtlSeconds ?? 7 * 24 * 3600,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    oauthStateTtlSeconds: options.oauthStateTtlSeconds ?? 10 * 60,
    keyring: options.encryptionKey
      ? Keyring.fromText(options.encryptionKey, options.previousEncryptionKeys ?? [])
      : Keyring.ephemeral(),
    platforms,
    outboundFetch,
    outboundPolicy,
    fileStore: options.fileStore ?? new MemoryFileStore(),
    production: options.production ?? null,
    maxUploadBytes: options.maxUploadBytes ?? 50 * 1024 * 1024,
    maxPrintFileBytes: options.maxPrintFileBytes ?? 200 * 1024 * 1024,
    jobs: {
      leaseSeconds: 60,
      maxAttempts: 8,
      retryBaseSeconds: 15,
      retryMaxSeconds: 30 * 60,
      importStepRows: 2000,
      ...options.jobs,
    },
    ...logHooks(options),
  };
}

/** The caller's hooks, with the logger (when given) written to as well. */
function logHooks(options: AppOptions): Pick<AppConfig, 'onRequestLog' | 'onError'> {
  const { logger, onRequestLog, onError } = options;
  if (!logger) return { onRequestLog, onError };
  return {
    onRequestLog: (entry) => {
      onRequestLog?.(entry);
      logger.info('request', { ...entry });
    },
    onError: (error, requestId) => {
      onError?.(error, requestId);
      logger.error('unexpected error', { requestId, error });
    },
  };
}
