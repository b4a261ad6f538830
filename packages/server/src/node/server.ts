import { serve } from '@hono/node-server';
import { createApp } from '../app.js';
import { systemClock } from '../clock.js';
import type { AppOptions } from '../config.js';
import { migrate } from '../db/migrate.js';
import { createPgliteDb } from '../db/pglite.js';
import type { Db } from '../db/types.js';
import { DataDir } from './dataDir.js';
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
  corsOrigins?: readonly string[] | '*';
  log?: (line: string) => void;
  app?: Partial<AppOptions>;
}

export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
}): Promise<Db> {
  if (options.databaseUrl) return createPostgresDb(options.databaseUrl);
  const data = new DataDir(options.dataDir ?? '.vitrine');
  return createPgliteDb({ dataDir: data.databasePath });
}

/** Starts the API on Node: database, migrations, outbox dispatcher and the HTTP listener. */
export async function startNodeServer(options: NodeServerOptions = {}) {
  const log = options.log ?? ((line: string) => console.log(line));
  const data = new DataDir(options.dataDir ?? '.vitrine');
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: data.path });
  await migrate(db);

  const host = options.host ?? '127.0.0.1';
  const sessionSecret = options.sessionSecret ?? data.secret('session-secret');
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
  const app = createApp({
    db,
    sessionSecret,
    publicUrl,
    dev: options.dev ?? false,
    corsOrigins: options.corsOrigins ?? (options.dev ? '*' : []),
    ...(options.inviteUrlTemplate ? { inviteUrlTemplate: options.inviteUrlTemplate } : {}),
    onRequestLog: (e) => log(`${e.method} ${e.path} ${e.status} ${e.ms}ms ${e.requestId}`),
    onError: (error, requestId) =>
      log(
        `error ${requestId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
    ...options.app,
  });
  handler = app.fetch;

  const send = options.smtpUrl
    ? smtpSender(options.smtpUrl, options.mailFrom ?? 'Vitrine <no-reply@localhost>')
    : options.dev
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
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await stopDispatcher();
      await db.close();
    },
  };
}
