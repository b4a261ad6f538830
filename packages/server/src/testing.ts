import { createApp } from './app.js';
import { ManualClock } from './clock.js';
import type { AppOptions } from './config.js';
import { migrate } from './db/migrate.js';
import { createPgliteDb } from './db/pglite.js';
import type { Db } from './db/types.js';
import { randomSecret } from './ids.js';
import { seedDemo } from './seed/demo.js';
import { listOutbox } from './services/outbox.js';
import { createProvider } from './services/providers.js';

export interface TestServer {
  /** The app's fetch handler, shaped like `fetch` so an SDK can use it directly. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  app: ReturnType<typeof createApp>;
  db: Db;
  clock: ManualClock;
  baseUrl: string;
  provider: { id: string; secretKey: string };
  createProvider(name: string): Promise<{ id: string; secretKey: string }>;
  /** Invitation links written to the outbox, newest first. */
  outbox(to?: string): ReturnType<typeof listOutbox>;
  /** The token in the newest invitation email to `to`. */
  inviteToken(to: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real server for tests: the full app over a fresh database (PGlite in memory, or a throwaway
 * PostgreSQL database when `createDb` is given) with a seeded provider and a manual clock.
 */
export async function createTestServer(
  options: Partial<Omit<AppOptions, 'db' | 'clock'>> & {
    createDb?: () => Promise<Db>;
    seedCatalog?: boolean;
  } = {},
): Promise<TestServer> {
  const { createDb, seedCatalog, ...appOptions } = options;
  const db = createDb ? await createDb() : await createPgliteDb();
  await migrate(db);
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const baseUrl = 'http://vitrine.test';
  const app = createApp({
    db,
    clock,
    sessionSecret: randomSecret('test-'),
    publicUrl: baseUrl,
    rateLimit: false,
    dev: true,
    ...appOptions,
  });
  const make = async (name: string) => {
    const { provider, secretKey } = await createProvider({ db, clock }, { name });
    return { id: provider.id, secretKey };
  };
  let provider: { id: string; secretKey: string };
  if (seedCatalog) {
    const seeded = await seedDemo(db, clock);
    provider = { id: seeded.providerId, secretKey: seeded.secretKey! };
  } else {
    provider = await make('Test Print Ltd');
  }
  return {
    fetch: (input, init) =>
      app.fetch(input instanceof Request && !init ? input : new Request(input, init)),
    app,
    db,
    clock,
    baseUrl,
    provider,
    createProvider: make,
    outbox: (to) => listOutbox({ db }, to ? { to } : {}),
    async inviteToken(to) {
      const [message] = await listOutbox({ db }, { to, limit: 1 });
      const token = message?.link?.match(/vt_inv_[\w-]+/)?.[0];
      if (!token) throw new Error(`No invitation email to ${to}`);
      return token;
    },
    close: () => db.close(),
  };
}
