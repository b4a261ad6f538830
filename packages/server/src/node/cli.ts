#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import { Keyring } from '../crypto/encryption.js';
import { migrate } from '../db/migrate.js';
import { refreshStatistics } from '../db/statistics.js';
import type { EtsyOptions } from '../platforms/etsy/adapter.js';
import type { PresseroOptions } from '../platforms/pressero/adapter.js';
import type { ShopifyOptions } from '../platforms/shopify/adapter.js';
import { seedDemo } from '../seed/demo.js';
import {
  createProvider,
  createSecretKey,
  findSecretKey,
  listSecretKeys,
  revokeSecretKey,
} from '../services/accounts/providers.js';
import { rotateCredentials } from '../services/stores/platformSessions.js';
import { DataDir } from './dataDir.js';
import { openDatabase, startNodeServer } from './server.js';

const usage = `vitrine-server — the Vitrine reference API

Usage:
  vitrine-server start [--port 4000] [--host 127.0.0.1] [--data .vitrine]
  vitrine-server dev   [--port 4000] [--data .vitrine]    start with demo data and /dev/outbox
  vitrine-server migrate [--data .vitrine]
  vitrine-server providers create --name NAME [--data .vitrine]
  vitrine-server keys list [--provider ID] [--data .vitrine]   secret keys (last 4 characters only)
  vitrine-server keys create --provider ID [--data .vitrine]   a new secret key, shown once
  vitrine-server keys revoke KEY_ID [--data .vitrine]          the key and its sessions stop at once
  vitrine-server credentials rotate [--data .vitrine]  re-seal platform credentials with the current key

Environment:
  DATABASE_URL            PostgreSQL instead of the embedded database in --data
  VITRINE_MIN_FREE_MB     free space the embedded database keeps in --data (default 64): below
                          it, writes are refused with a 503 and reads go on
  VITRINE_SESSION_SECRET  HMAC secret for session tokens (generated into --data if unset)
  VITRINE_PUBLIC_URL      the URL this server is reached at (links in emails)
  VITRINE_INVITE_URL      invitation link template, {token} is replaced
  VITRINE_CORS_ORIGINS    browser origins allowed to call the API, comma-separated, or *
  VITRINE_TRUST_PROXY_HOPS  proxies in front that append the client address to the forwarding
                          header (default 0: the header is ignored, the socket address counts)
  VITRINE_PROXY_HEADER    that header (default X-Forwarded-For)
  VITRINE_LOG_FORMAT      json (one JSON object per line, the default for start) or pretty
                          (readable lines, the default for dev)
  VITRINE_ENCRYPTION_KEY  32 random bytes, base64: seals platform credentials (generated into --data
                          if unset; required with DATABASE_URL outside dev)
  VITRINE_PREVIOUS_ENCRYPTION_KEYS  keys in use before a rotation, comma-separated
  SHOPIFY_API_KEY, SHOPIFY_API_SECRET  the Shopify app; without them, dev uses the simulator at /sim/shopify
  SHOPIFY_SCOPES, SHOPIFY_API_VERSION  access scopes (comma-separated) and Admin API version
  ETSY_KEYSTRING, ETSY_SHARED_SECRET  the Etsy app; without them, dev uses the simulator at /sim/etsy
  ETSY_WEBHOOK_SECRET     the Etsy app's webhook signing secret (whsec_…), if it has webhooks
  PRESSERO_SUBSCRIBER_ID, PRESSERO_CONSUMER_ID  the Pressero API licence from Aleyant; without
                          them, dev uses the simulator at /sim/pressero
  PRESSERO_ADMIN_URL      the subscriber's admin host (default https://admin.chi.v6.pressero.com)
  PRESSERO_SHIPPED_STATUS_ID  the subscriber's order item status (GUID) that means shipped; without
                          it, shipments are recorded on items and their status left alone
  SMTP_URL, MAIL_FROM     send emails over SMTP (otherwise they stay in the outbox)
  VITRINE_S3_ENDPOINT, VITRINE_S3_BUCKET, VITRINE_S3_REGION, VITRINE_S3_ACCESS_KEY_ID,
  VITRINE_S3_SECRET_ACCESS_KEY  keep uploaded design files in S3-compatible storage (otherwise
                          in --data/files)
`;

const SIMULATORS = '@vitrine/simulators';

/**
 * The development simulators, from the optional peer package `@vitrine/simulators`: the server
 * ships the product only. Without the package, `dev` still starts, without the stand-ins.
 */
async function loadDevelopmentSimulators() {
  try {
    const { developmentSimulators } = await import('@vitrine/simulators');
    return developmentSimulators;
  } catch (error) {
    // Only the package itself missing; a broken install of it still fails loudly.
    const missing =
      error instanceof Error &&
      (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
      error.message.includes(`'${SIMULATORS}'`);
    if (!missing) throw error;
    console.warn(
      `Platform simulators unavailable: ${SIMULATORS} is not installed (npm install --save-dev ${SIMULATORS}).\n` +
        'Starting without the Shopify, Etsy, WooCommerce and Pressero stand-ins under /sim/.',
    );
    return undefined;
  }
}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      name: { type: 'string' },
      provider: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, target] = positionals;
  const env = process.env;
  const dataDir = values.data ?? env.VITRINE_DATA_DIR ?? '.vitrine';
  const databaseUrl = env.DATABASE_URL || undefined;
  const list = (value: string | undefined) =>
    value
      ?.split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  const previousEncryptionKeys = list(env.VITRINE_PREVIOUS_ENCRYPTION_KEYS);
  const shopify: ShopifyOptions | undefined =
    env.SHOPIFY_API_KEY && env.SHOPIFY_API_SECRET
      ? {
          apiKey: env.SHOPIFY_API_KEY,
          apiSecret: env.SHOPIFY_API_SECRET,
          ...(env.SHOPIFY_SCOPES ? { scopes: list(env.SHOPIFY_SCOPES) } : {}),
          ...(env.SHOPIFY_API_VERSION ? { apiVersion: env.SHOPIFY_API_VERSION } : {}),
        }
      : undefined;
  const etsy: EtsyOptions | undefined =
    env.ETSY_KEYSTRING && env.ETSY_SHARED_SECRET
      ? {
          keystring: env.ETSY_KEYSTRING,
          sharedSecret: env.ETSY_SHARED_SECRET,
          ...(env.ETSY_WEBHOOK_SECRET ? { webhookSecret: env.ETSY_WEBHOOK_SECRET } : {}),
        }
      : undefined;
  const pressero: PresseroOptions | undefined =
    env.PRESSERO_SUBSCRIBER_ID && env.PRESSERO_CONSUMER_ID
      ? {
          subscriberId: env.PRESSERO_SUBSCRIBER_ID,
          consumerId: env.PRESSERO_CONSUMER_ID,
          ...(env.PRESSERO_ADMIN_URL ? { adminUrl: env.PRESSERO_ADMIN_URL } : {}),
          ...(env.PRESSERO_SHIPPED_STATUS_ID
            ? { shippedStatusId: env.PRESSERO_SHIPPED_STATUS_ID }
            : {}),
        }
      : undefined;

  if (values.help || !command) {
    process.stdout.write(usage);
    return command || values.help ? 0 : 1;
  }

  if (command === 'migrate') {
    const db = await openDatabase({ databaseUrl, dataDir });
    const { applied } = await migrate(db);
    console.log(
      applied.length ? `Applied migrations ${applied.join(', ')}.` : 'Database is up to date.',
    );
    await db.close();
    return 0;
  }

  if (command === 'providers' && sub === 'create') {
    if (!values.name?.trim()) {
      console.error('providers create needs --name NAME');
      return 1;
    }
    const db = await openDatabase({ databaseUrl, dataDir });
    await migrate(db);
    const { provider, secretKey } = await createProvider(
      { db, clock: systemClock },
      { name: values.name },
    );
    await db.close();
    console.log(`Provider ${provider.name} (${provider.id})`);
    console.log(`Secret key (shown once, store it now): ${secretKey}`);
    return 0;
  }

  if (command === 'keys' && (sub === 'list' || sub === 'create' || sub === 'revoke')) {
    if (sub === 'create' && !values.provider) {
      console.error('keys create needs --provider ID');
      return 1;
    }
    if (sub === 'revoke' && !target) {
      console.error('keys revoke needs the key id (see keys list)');
      return 1;
    }
    const db = await openDatabase({ databaseUrl, dataDir });
    try {
      await migrate(db);
      const ctx = { db, clock: systemClock };
      if (sub === 'list') {
        const keys = await listSecretKeys(ctx, values.provider);
        for (const k of keys) {
          const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
          console.log(
            `${k.id}  ${k.providerId}  …${k.last4}  created ${k.createdAt.toISOString()}  ${state}`,
          );
        }
        if (!keys.length) console.log('No secret keys.');
        return 0;
      }
      if (sub === 'create') {
        const rows = await db.query('select id from providers where id = $1', [values.provider]);
        if (!rows.length) {
          console.error(`No provider ${values.provider}.`);
          return 1;
        }
        const secretKey = await createSecretKey(ctx, values.provider!);
        const created = await findSecretKey(ctx, secretKey);
        console.log(`Key ${created?.keyId} for provider ${values.provider}`);
        console.log(`Secret key (shown once, store it now): ${secretKey}`);
        return 0;
      }
      const revoked = await revokeSecretKey(ctx, target!);
      if (!revoked) {
        console.error(`No secret key ${target}.`);
        return 1;
      }
      console.log(
        `Key ${revoked.id} (…${revoked.last4}) revoked at ${revoked.revokedAt?.toISOString()}; its sessions end with it.`,
      );
      return 0;
    } finally {
      await db.close();
    }
  }

  if (command === 'credentials' && sub === 'rotate') {
    const db = await openDatabase({ databaseUrl, dataDir });
    await migrate(db);
    const key = env.VITRINE_ENCRYPTION_KEY || new DataDir(dataDir).read('encryption-key');
    if (!key) {
      console.error('No encryption key: set VITRINE_ENCRYPTION_KEY.');
      await db.close();
      return 1;
    }
    const keyring = Keyring.fromText(key, previousEncryptionKeys ?? []);
    const { rotated, unreadable } = await rotateCredentials({ db, keyring });
    await db.close();
    console.log(
      `Re-sealed ${rotated} store credential(s) with key ${await keyring.currentKeyId()}.`,
    );
    if (unreadable) console.log(`${unreadable} could not be opened with the given keys.`);
    return unreadable ? 1 : 0;
  }

  if (command === 'start' || command === 'dev') {
    const dev = command === 'dev';
    const port = Number(values.port ?? env.PORT ?? 4000);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      console.error(`Invalid port: ${values.port}`);
      return 1;
    }
    const trustProxyHops = Number(env.VITRINE_TRUST_PROXY_HOPS ?? 0);
    if (!Number.isInteger(trustProxyHops) || trustProxyHops < 0) {
      console.error(`Invalid VITRINE_TRUST_PROXY_HOPS: ${env.VITRINE_TRUST_PROXY_HOPS}`);
      return 1;
    }
    const standIns = dev ? await loadDevelopmentSimulators() : undefined;
    const server = await startNodeServer({
      port,
      host: values.host ?? env.HOST ?? '127.0.0.1',
      dataDir,
      databaseUrl,
      dev,
      publicUrl: env.VITRINE_PUBLIC_URL,
      inviteUrlTemplate: env.VITRINE_INVITE_URL,
      smtpUrl: env.SMTP_URL,
      mailFrom: env.MAIL_FROM,
      sessionSecret: env.VITRINE_SESSION_SECRET,
      encryptionKey: env.VITRINE_ENCRYPTION_KEY || undefined,
      previousEncryptionKeys,
      shopify,
      etsy,
      pressero,
      ...(env.VITRINE_S3_BUCKET
        ? {
            s3: {
              endpoint: env.VITRINE_S3_ENDPOINT ?? 'https://s3.amazonaws.com',
              bucket: env.VITRINE_S3_BUCKET,
              region: env.VITRINE_S3_REGION ?? 'us-east-1',
              accessKeyId: env.VITRINE_S3_ACCESS_KEY_ID ?? '',
              secretAccessKey: env.VITRINE_S3_SECRET_ACCESS_KEY ?? '',
            },
          }
        : {}),
      ...(standIns ? { standIns } : {}),
      trustProxyHops,
      ...(env.VITRINE_LOG_FORMAT === 'json' || env.VITRINE_LOG_FORMAT === 'pretty'
        ? { logFormat: env.VITRINE_LOG_FORMAT }
        : {}),
      ...(env.VITRINE_PROXY_HEADER ? { proxyHeader: env.VITRINE_PROXY_HEADER } : {}),
      ...(env.VITRINE_CORS_ORIGINS
        ? {
            corsOrigins:
              env.VITRINE_CORS_ORIGINS.trim() === '*'
                ? '*'
                : env.VITRINE_CORS_ORIGINS.split(',')
                    .map((o) => o.trim())
                    .filter(Boolean),
          }
        : {}),
    });
    console.log(
      `Vitrine API listening on ${server.url}  (${databaseUrl ? 'PostgreSQL' : `PGlite in ${server.dataDir.path}`})`,
    );
    if (dev) {
      const seeded = await seedDemo(server.db, systemClock);
      await refreshStatistics(server.db);
      let key = seeded.secretKey ?? server.dataDir.read('demo-secret-key');
      if (!key)
        key = await createSecretKey({ db: server.db, clock: systemClock }, seeded.providerId);
      server.dataDir.writeSecret('demo-secret-key', key);
      console.log(`Demo provider with ${seeded.catalogSize} catalog products.`);
      // The key itself stays out of the console (logs are often collected); the file is private.
      console.log(`Demo secret key: in ${server.dataDir.path}/demo-secret-key`);
      console.log(`Email outbox:    ${server.url}/dev/outbox`);
      for (const line of server.standIns?.banner ?? []) console.log(line);
      console.log(`OpenAPI:         ${server.url}/openapi.json`);
      console.log(`API reference:   ${server.url}/docs`);
    }
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return null;
  }

  process.stderr.write(usage);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exit(code);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
