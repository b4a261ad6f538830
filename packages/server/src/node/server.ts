import { serve } from '@hono/node-server';
import {
  EtsySimulator,
  PresseroSimulator,
  ShopifySimulator,
  WooCommerceSimulator,
} from '@vitrine/simulators';
import { createApp } from '../app.js';
import { systemClock } from '../clock.js';
import type { AppOptions } from '../config.js';
import { generateEncryptionKey } from '../crypto/encryption.js';
import { migrate } from '../db/migrate.js';
import { createPgliteDb } from '../db/pglite.js';
import type { Db } from '../db/types.js';
import type { EtsyOptions } from '../platforms/etsy/adapter.js';
import type { PresseroOptions } from '../platforms/pressero/adapter.js';
import type { ShopifyOptions } from '../platforms/shopify/adapter.js';
import { DataDir } from './dataDir.js';
import { startJobRunner } from './jobs.js';
import { consoleSender, smtpSender, startOutboxDispatcher } from './mailer.js';
import { createPostgresDb } from './postgres.js';

export interface NodeServerOptions {
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
  /** A real Shopify app. In development without one, the bundled simulator stands in. */
  shopify?: ShopifyOptions;
  /** A real Etsy app. In development without one, the bundled simulator stands in. */
  etsy?: EtsyOptions;
  /**
   * A real Pressero API licence and admin host. In development without one, the bundled
   * simulator stands in.
   */
  pressero?: PresseroOptions;
  /** Serve the platform simulators under `/sim/*` (default: in development). */
  simulators?: boolean;
  /** How often due jobs (product syncs…) are looked for. */
  jobsIntervalMs?: number;
  corsOrigins?: readonly string[] | '*';
  log?: (line: string) => void;
  app?: Partial<AppOptions>;
}

const SIM_SHOPIFY = '/sim/shopify';
const SIM_ETSY = '/sim/etsy';
const SIM_PRESSERO = '/sim/pressero';
const SIM_WOOCOMMERCE = '/sim/woocommerce';

export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
}): Promise<Db> {
  if (options.databaseUrl) return createPostgresDb(options.databaseUrl);
  const data = new DataDir(options.dataDir ?? '.vitrine');
  return createPgliteDb({ dataDir: data.databasePath });
}

/**
 * Starts the API on Node: database, migrations, the outbox dispatcher, the job runner, the
 * platform simulators in development, and the HTTP listener.
 */
export async function startNodeServer(options: NodeServerOptions = {}) {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!options.encryptionKey && options.databaseUrl && !options.dev) {
    // Several instances share that database: a key made here would seal what others cannot open.
    throw new Error(
      'Set VITRINE_ENCRYPTION_KEY (32 random bytes, base64) when using DATABASE_URL: platform credentials are sealed with it.',
    );
  }
  const data = new DataDir(options.dataDir ?? '.vitrine');
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: data.path });
  await migrate(db);

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
  const server = await new Promise<ReturnType<typeof serve>>((resolveListen, reject) => {
    const s = serve(
      { fetch: (request) => handler(request), port: options.port ?? 4000, hostname: host },
      () => resolveListen(s),
    );
    s.once('error', reject);
  });
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : (options.port ?? 4000);
  const publicUrl = options.publicUrl ?? `http://localhost:${port}`;
  const origin = new URL(publicUrl).origin;

  // Platform simulators, mounted under /sim/*, stand in for platforms without credentials.
  // Each is reached in process, by the adapters and by browsers alike.
  const mounted: { path: string; fetch: (request: Request) => Promise<Response> }[] = [];
  const simulatorFetch = (request: Request) =>
    new URL(request.url).origin === origin ? handler(request) : fetch(request);
  let simulator: ShopifySimulator | null = null;
  let shopify = options.shopify;
  if (options.simulators ?? dev) {
    const app = { apiKey: 'vitrine-dev-app', apiSecret: data.secret('shopify-simulator-secret') };
    simulator = new ShopifySimulator({
      apps: [{ ...app, title: 'Vitrine (development)' }],
      basePath: SIM_SHOPIFY,
      // Tokens it issued stay valid across restarts, like the shops connected with them.
      tokenSecret: data.secret('shopify-simulator-token-secret'),
      // Webhooks for this server are handed over in process; others go over the network.
      fetch: simulatorFetch,
    });
    mounted.push({ path: SIM_SHOPIFY, fetch: (request) => simulator!.fetch(request) });
    shopify ??= {
      ...app,
      adminUrl: `${publicUrl}${SIM_SHOPIFY}/{shop}`,
      shopDomain: simulator.shopDomain,
    };
  }
  let etsySimulator: EtsySimulator | null = null;
  let etsy = options.etsy;
  if (options.simulators ?? dev) {
    const etsyApp = {
      keystring: 'vitrinedevkeystring',
      sharedSecret: data.secret('etsy-simulator-secret'),
      webhookSecret: `whsec_${btoa(data.secret('etsy-simulator-webhook-secret'))}`,
    };
    const mountedEtsy = new EtsySimulator({
      apps: [{ ...etsyApp, title: 'Vitrine (development)' }],
      basePath: SIM_ETSY,
      tokenSecret: data.secret('etsy-simulator-token-secret'),
      fetch: simulatorFetch,
    });
    etsySimulator = mountedEtsy;
    mounted.push({ path: SIM_ETSY, fetch: (request) => mountedEtsy.fetch(request) });
    etsy ??= {
      ...etsyApp,
      oauthUrl: `${publicUrl}${SIM_ETSY}`,
      apiUrl: `${publicUrl}${SIM_ETSY}/v3`,
    };
  }
  let presseroSimulator: PresseroSimulator | null = null;
  let pressero = options.pressero;
  if (options.simulators ?? dev) {
    // A fixed licence: stores connected in development keep working across restarts.
    const licence = {
      subscriberId: '5e1f0000-0000-4000-a000-000000000001',
      consumerId: '5e1f0000-0000-4000-a000-000000000002',
    };
    presseroSimulator = new PresseroSimulator({
      ...licence,
      basePath: SIM_PRESSERO,
      tokenSecret: data.secret('pressero-simulator-token-secret'),
      fetch: simulatorFetch,
    });
    const mountedSimulator = presseroSimulator;
    mounted.push({ path: SIM_PRESSERO, fetch: (request) => mountedSimulator.fetch(request) });
    pressero ??= { ...licence, adminUrl: `${publicUrl}${SIM_PRESSERO}` };
  }
  // WooCommerce stores are addresses the owner types, so the simulator's stores simply live at
  // `{publicUrl}/sim/woocommerce/{store}`; the adapter may reach that host over plain HTTP.
  let woocommerceSimulator: WooCommerceSimulator | null = null;
  if (options.simulators ?? dev) {
    const mountedWooCommerce = new WooCommerceSimulator({
      origin,
      basePath: SIM_WOOCOMMERCE,
      // Keys its stores issued stay valid across restarts, like the stores connected with them.
      keySecret: data.secret('woocommerce-simulator-key-secret'),
      fetch: simulatorFetch,
    });
    woocommerceSimulator = mountedWooCommerce;
    mounted.push({
      path: SIM_WOOCOMMERCE,
      fetch: (request) => mountedWooCommerce.fetch(request),
    });
  }
  const simulatorFor = (url: URL) =>
    mounted.find((m) => url.pathname === m.path || url.pathname.startsWith(`${m.path}/`));
  const platformFetch = (request: Request) => {
    const url = new URL(request.url);
    const target = url.origin === origin ? simulatorFor(url) : undefined;
    return target ? target.fetch(request) : fetch(request);
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
    ...(woocommerceSimulator
      ? { woocommerce: { allowInsecureHosts: [new URL(origin).host] } }
      : {}),
    platformFetch,
    publicUrl,
    dev,
    corsOrigins: options.corsOrigins ?? (dev ? '*' : []),
    ...(options.inviteUrlTemplate ? { inviteUrlTemplate: options.inviteUrlTemplate } : {}),
    onRequestLog: (e) => log(`${e.method} ${e.path} ${e.status} ${e.ms}ms ${e.requestId}`),
    onError: (error, requestId) =>
      log(
        `error ${requestId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
    ...options.app,
  });
  handler = (request) => (simulatorFor(new URL(request.url)) ?? app).fetch(request);
  const stopJobs = startJobRunner(app, {
    intervalMs: options.jobsIntervalMs ?? 1000,
    onError: (error) => log(`jobs: ${error instanceof Error ? error.message : String(error)}`),
  });

  const send = options.smtpUrl
    ? smtpSender(options.smtpUrl, options.mailFrom ?? 'Vitrine <no-reply@localhost>')
    : dev
      ? consoleSender(log)
      : null;
  if (!send) log('No SMTP_URL: emails stay in the outbox table until SMTP is configured.');
  const stopDispatcher = send
    ? startOutboxDispatcher(db, systemClock, send, {
        onError: (error) =>
          log(`outbox: ${error instanceof Error ? error.message : String(error)}`),
      })
    : async () => {};

  return {
    app,
    db,
    url: publicUrl,
    port,
    dataDir: data,
    /** The Shopify simulator when one is mounted (`/sim/shopify`). */
    shopifySimulator: simulator,
    /** The Etsy simulator when one is mounted (`/sim/etsy`). */
    etsySimulator,
    /** The Pressero simulator when one is mounted (`/sim/pressero`). */
    presseroSimulator,
    /** The WooCommerce simulator when one is mounted (`/sim/woocommerce`). */
    woocommerceSimulator,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await stopJobs();
      await stopDispatcher();
      await db.close();
    },
  };
}
