import { maxHeaderSize } from 'node:http';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { serve } from '@hono/node-server';
import { createApp } from '../app.js';
import { systemClock } from '../clock.js';
import type { AppOptions } from '../config.js';
import { generateEncryptionKey } from '../crypto/encryption.js';
import { migrate } from '../db/migrate.js';
import { createPgliteDb } from '../db/pglite.js';
import { refreshStatistics } from '../db/statistics.js';
import type { Db } from '../db/types.js';
import { DomainError } from '../errors.js';
import { errorBodyText } from '../http/router.js';
import { newId } from '../ids.js';
import { createLogger, type LogFormat, type Logger } from '../log.js';
import type { EtsyOptions } from '../platforms/etsy/adapter.js';
import type { PresseroOptions } from '../platforms/pressero/adapter.js';
import type { ShopifyOptions } from '../platforms/shopify/adapter.js';
import { S3FileStore, type S3Options } from '../storage/s3FileStore.js';
import { readRedocBundle } from './apiReference.js';
import { DataDir } from './dataDir.js';
import { DiskFileStore } from './diskFileStore.js';
import { guardDiskSpace } from './diskSpace.js';
import { startJobRunner } from './jobs.js';
import { consoleSender, smtpSender, startOutboxDispatcher } from './mailer.js';
import { publicOnlyFetch, resolveHost } from './outbound.js';
import { createPostgresDb } from './postgres.js';

/** What platform stand-ins are given by the server that mounts them. */
export interface PlatformStandInContext {
  /** Where this server is reached, e.g. `http://localhost:4000`. */
  publicUrl: string;
  /**
   * A secret kept in the data folder, generated on first use: what the stand-ins signed (tokens,
   * keys) stays valid across restarts, like the stores connected with it.
   */
  secret(name: string): string;
  /** Reaches this server in process (webhooks for it), anything else over the network. */
  fetch(request: Request): Promise<Response>;
}

/**
 * Offline stand-ins for platforms, served by this server next to the API: the development
 * simulators of `@vitrine/simulators` (`developmentSimulators`) fit.
 */
export interface PlatformStandIns {
  /** Each answers its path and everything under it, for browsers and the adapters alike. */
  mounts: readonly { path: string; fetch(request: Request): Promise<Response> }[];
  /** Adapter options pointing at the stand-ins; a real platform app given to the server wins. */
  platforms?: Pick<AppOptions, 'shopify' | 'etsy' | 'pressero' | 'woocommerce'>;
  /** The production connection of providers without one of their own (a GelatoConnect stand-in). */
  productionConnection?: AppOptions['production'];
  /** Lines the development banner prints about them. */
  banner?: readonly string[];
  /** Stops what they run on their own (timers) when the server closes. */
  close?(): void;
}

export interface NodeServerOptions<S extends PlatformStandIns = PlatformStandIns> {
  port?: number;
  host?: string;
  /** Folder for the embedded database and generated secrets. */
  dataDir?: string;
  /** PostgreSQL instead of the embedded database. */
  databaseUrl?: string;
  dev?: boolean;
  publicUrl?: string;
  inviteUrlTemplate?: string;
  smtpUrl?: string;
  mailFrom?: string;
  sessionSecret?: string;
  /** Seals platform credentials (32 bytes, base64); generated into the data folder if unset. */
  encryptionKey?: string;
  previousEncryptionKeys?: readonly string[];
  /** A real Shopify app; without one, a stand-in's options apply. */
  shopify?: ShopifyOptions;
  /** A real Etsy app; without one, a stand-in's options apply. */
  etsy?: EtsyOptions;
  /** A real Pressero API licence and admin host; without one, a stand-in's options apply. */
  pressero?: PresseroOptions;
  /**
   * Platform stand-ins to serve (none by default). The server ships none itself: development
   * passes `developmentSimulators` from `@vitrine/simulators`, which `vitrine-server dev` loads.
   */
  standIns?: (context: PlatformStandInContext) => S | Promise<S>;
  /** Keep uploaded design files in S3-compatible storage instead of `{dataDir}/files`. */
  s3?: S3Options;
  /** How often due jobs (product syncs…) are looked for. */
  jobsIntervalMs?: number;
  corsOrigins?: readonly string[] | '*';
  /**
   * Proxies in front of this server (load balancer, CDN…) whose forwarding header is believed
   * about the client address; 0 (the default) ignores the header.
   */
  trustProxyHops?: number;
  /** The header those proxies append the client address to (`x-forwarded-for`). */
  proxyHeader?: string;
  /** Receives each log line (stdout by default). */
  log?: (line: string) => void;
  /** `json` lines (the default outside development) or readable lines (the default in `dev`). */
  logFormat?: LogFormat;
  app?: Partial<AppOptions>;
}

/**
 * Requests Node cannot parse never reach the app; Node would answer them with an empty body. An
 * oversized header (usually cookies piled up on the domain) gets the API's error shape instead,
 * so widgets can say what happened; anything else gets Node's plain 400.
 */
function refuseUnparsable(error: NodeJS.ErrnoException, socket: Duplex, logger: Logger) {
  const pending = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent) {
    socket.destroy();
    return;
  }
  if (error.code !== 'HPE_HEADER_OVERFLOW') {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    return;
  }
  const requestId = newId('req');
  const body = errorBodyText(
    new DomainError(
      'request_header_too_large',
      `The request headers are larger than ${maxHeaderSize} bytes; send fewer or smaller cookies.`,
    ),
    requestId,
  );
  logger.warn('request refused', { status: 431, reason: 'header too large', requestId });
  socket.end(
    [
      'HTTP/1.1 431 Request Header Fields Too Large',
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      `x-request-id: ${requestId}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}

export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  /** What the lock file says holds the folder. */
  command?: string;
  /** Free space the embedded database keeps in reserve (see guardDiskSpace). */
  minFreeBytes?: number;
}): Promise<Db> {
  if (options.databaseUrl) return createPostgresDb(options.databaseUrl);
  const data = new DataDir(options.dataDir ?? '.vitrine');
  // One process per folder: a second one (a server, a CLI command) is refused by name.
  const release = data.lock(
    options.command ?? ['vitrine-server', ...process.argv.slice(2)].join(' '),
  );
  try {
    const db = guardDiskSpace(
      await createPgliteDb({ dataDir: data.databasePath }),
      data.path,
      minFreeOf(options.minFreeBytes),
    );
    return {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** The reserve asked for, else `VITRINE_MIN_FREE_MB`, else the default. */
function minFreeOf(bytes: number | undefined): { minFreeBytes?: number } {
  if (bytes !== undefined) return { minFreeBytes: bytes };
  const mb = Number(process.env.VITRINE_MIN_FREE_MB);
  return process.env.VITRINE_MIN_FREE_MB && Number.isFinite(mb) && mb >= 0
    ? { minFreeBytes: mb * 1024 * 1024 }
    : {};
}

/**
 * Starts the API on Node: database, migrations, the outbox dispatcher, the job runner, platform
 * stand-ins when given, and the HTTP listener.
 */
export async function startNodeServer<S extends PlatformStandIns = PlatformStandIns>(
  options: NodeServerOptions<S> = {},
) {
  const log = options.log ?? ((line: string) => console.log(line));
  const logger = createLogger({
    format: options.logFormat ?? (options.dev ? 'pretty' : 'json'),
    write: log,
  });
  if (!options.encryptionKey && options.databaseUrl && !options.dev) {
    // Several instances share that database: a key made here would seal what others cannot open.
    throw new Error(
      'Set VITRINE_ENCRYPTION_KEY (32 random bytes, base64) when using DATABASE_URL: platform credentials are sealed with it.',
    );
  }
  const data = new DataDir(options.dataDir ?? '.vitrine');
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: data.path });
  try {
    await migrate(db);
    // Planner statistics from the start: PGlite keeps none of its own.
    await refreshStatistics(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }

  const host = options.host ?? '127.0.0.1';
  const dev = options.dev ?? false;
  const sessionSecret = options.sessionSecret ?? data.secret('session-secret');
  const encryptionKey =
    options.encryptionKey ??
    data.read('encryption-key') ??
    (() => {
      const key = generateEncryptionKey();
      data.writeSecret('encryption-key', key);
      return key;
    })();
  // Listen first so that a port of 0 is known before links in emails are built.
  let handler: (request: Request) => Promise<Response> = async () =>
    new Response('Starting', { status: 503 });
  // The socket's peer of each request, for rate limits by client address.
  const peers = new WeakMap<Request, string>();
  const server = await new Promise<ReturnType<typeof serve>>((resolveListen, reject) => {
    const s = serve(
      {
        fetch: (request, env) => {
          const peer = 'incoming' in env ? env.incoming.socket.remoteAddress : undefined;
          if (peer) peers.set(request, peer);
          return handler(request);
        },
        port: options.port ?? 4000,
        hostname: host,
      },
      () => resolveListen(s),
    );
    s.once('error', reject);
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    refuseUnparsable(error, socket, logger),
  );
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : (options.port ?? 4000);
  const publicUrl = options.publicUrl ?? `http://localhost:${port}`;
  const origin = new URL(publicUrl).origin;

  // Platform stand-ins are reached in process, by the adapters and by browsers alike.
  const standIns = options.standIns
    ? await options.standIns({
        publicUrl,
        secret: (name) => data.secret(name),
        fetch: (request) =>
          new URL(request.url).origin === origin ? handler(request) : fetch(request),
      })
    : null;
  const mounted = standIns?.mounts ?? [];
  const standInPlatforms = standIns?.platforms ?? {};
  const shopify = options.shopify ?? standInPlatforms.shopify;
  const etsy = options.etsy ?? standInPlatforms.etsy;
  const pressero = options.pressero ?? standInPlatforms.pressero;
  const woocommerce = standInPlatforms.woocommerce;
  const standInFor = (url: URL) =>
    mounted.find((m) => url.pathname === m.path || url.pathname.startsWith(`${m.path}/`));
  // Outside development, connections reach public addresses only, whatever DNS says.
  const internet = dev ? (request: Request) => fetch(request) : publicOnlyFetch();
  const platformFetch = (request: Request) => {
    const url = new URL(request.url);
    const target = url.origin === origin ? standInFor(url) : undefined;
    return target ? target.fetch(request) : internet(request);
  };

  const app = createApp({
    db,
    sessionSecret,
    encryptionKey,
    ...(options.previousEncryptionKeys
      ? { previousEncryptionKeys: options.previousEncryptionKeys }
      : {}),
    ...(shopify ? { shopify } : {}),
    ...(etsy ? { etsy } : {}),
    ...(pressero ? { pressero } : {}),
    ...(woocommerce ? { woocommerce } : {}),
    ...(standIns?.productionConnection ? { production: standIns.productionConnection } : {}),
    platformFetch,
    outbound: {
      allowPrivateNetworks: dev,
      resolveHost,
      // Stand-ins this server mounts are answered in process, never over the network.
      inProcess: (url) => url.origin === origin && Boolean(standInFor(url)),
    },
    fileStore: options.s3
      ? new S3FileStore(options.s3)
      : new DiskFileStore(join(data.path, 'files')),
    publicUrl,
    dev,
    corsOrigins: options.corsOrigins ?? (dev ? '*' : []),
    clientAddress: (request) => peers.get(request),
    ...(options.trustProxyHops ? { trustProxyHops: options.trustProxyHops } : {}),
    ...(options.proxyHeader ? { proxyHeader: options.proxyHeader } : {}),
    ...(options.inviteUrlTemplate ? { inviteUrlTemplate: options.inviteUrlTemplate } : {}),
    logger,
    apiReferenceScript: readRedocBundle,
    ...options.app,
  });
  handler = (request) => (standInFor(new URL(request.url)) ?? app).fetch(request);
  const stopJobs = startJobRunner(app, {
    intervalMs: options.jobsIntervalMs ?? 1000,
    logger,
  });

  const send = options.smtpUrl
    ? smtpSender(options.smtpUrl, options.mailFrom ?? 'Vitrine <no-reply@localhost>')
    : dev
      ? // Development prints each email with its link (invitation token included) to click.
        consoleSender(log)
      : null;
  if (!send) logger.warn('No SMTP_URL: emails stay in the outbox table until SMTP is configured.');
  const stopDispatcher = send
    ? startOutboxDispatcher(db, systemClock, send, {
        onError: (error) => logger.error('outbox dispatch failed', { error }),
      })
    : async () => {};

  return {
    app,
    db,
    url: publicUrl,
    port,
    dataDir: data,
    /** The platform stand-ins it serves, as `options.standIns` made them, or null. */
    standIns,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      standIns?.close?.();
      await stopJobs();
      await stopDispatcher();
      await db.close();
    },
  };
}
