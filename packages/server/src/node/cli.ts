#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.js';
import { migrate } from '../db/migrate.js';
import { seedDemo } from '../seed/demo.js';
import { createProvider, createSecretKey } from '../services/providers.js';
import { openDatabase, startNodeServer } from './server.js';

const usage = `vitrine-server — the Vitrine reference API

Usage:
  vitrine-server start [--port 4000] [--host 127.0.0.1] [--data .vitrine]
  vitrine-server dev   [--port 4000] [--data .vitrine]    start with demo data and /dev/outbox
  vitrine-server migrate [--data .vitrine]
  vitrine-server providers create --name NAME [--data .vitrine]

Environment:
  DATABASE_URL            PostgreSQL instead of the embedded database in --data
  VITRINE_SESSION_SECRET  HMAC secret for session tokens (generated into --data if unset)
  VITRINE_PUBLIC_URL      the URL this server is reached at (links in emails)
  VITRINE_INVITE_URL      invitation link template, {token} is replaced
  VITRINE_CORS_ORIGINS    browser origins allowed to call the API, comma-separated, or *
  SMTP_URL, MAIL_FROM     send emails over SMTP (otherwise they stay in the outbox)
`;

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub] = positionals;
  const env = process.env;
  const dataDir = values.data ?? env.VITRINE_DATA_DIR ?? '.vitrine';
  const databaseUrl = env.DATABASE_URL || undefined;

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

  if (command === 'start' || command === 'dev') {
    const dev = command === 'dev';
    const port = Number(values.port ?? env.PORT ?? 4000);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      console.error(`Invalid port: ${values.port}`);
      return 1;
    }
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
      let key = seeded.secretKey ?? server.dataDir.read('demo-secret-key');
      if (!key)
        key = await createSecretKey({ db: server.db, clock: systemClock }, seeded.providerId);
      server.dataDir.writeSecret('demo-secret-key', key);
      console.log(`Demo provider with ${seeded.catalogSize} catalog products.`);
      console.log(`Demo secret key: ${key}`);
      console.log(`Email outbox:    ${server.url}/dev/outbox`);
      console.log(`OpenAPI:         ${server.url}/openapi.json`);
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
