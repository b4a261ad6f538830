/**
 * A real server for tests, outside `src/` so it is never built or published. Other workspaces'
 * tests reach it as `@vitrine/server/testing`, an alias in their vitest and TypeScript configs
 * (a dependency on the server would make a cycle).
 */
import {
  EtsySimulator,
  PresseroSimulator,
  ProductionSimulator,
  ShopifySimulator,
  type SimulatedShopSeed,
  WooCommerceSimulator,
} from '@vitrine/simulators';
import { randomSecret } from '../src/ids.js';
// The server's public entry, so the test server follows the product's API, not its file layout.
import {
  type AppOptions,
  createApp,
  createPgliteDb,
  createProvider,
  type Db,
  generateEncryptionKey,
  listOutbox,
  ManualClock,
  migrate,
  type RunPendingJobsOptions,
  type RunPendingJobsResult,
  seedDemo,
} from '../src/index.js';

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
  /**
   * The Shopify simulator the app's Shopify adapter talks to (in process, at
   * `https://shopify.test/{shop}`). Its rate-limit waits move the manual clock, not real time.
   */
  shopify: ShopifySimulator;
  /** The Shopify app's credentials, as the simulator and the adapter both know them. */
  shopifyApp: { apiKey: string; apiSecret: string };
  /**
   * The Etsy simulator the app's Etsy adapter talks to (in process: consent page at
   * `https://etsy.test/oauth/connect`, API at `https://etsy.test/v3`).
   */
  etsy: EtsySimulator;
  /** The Etsy app's keystring, shared secret and webhook secret, as both sides know them. */
  etsyApp: { keystring: string; sharedSecret: string; webhookSecret: string };
  /**
   * The Pressero simulator the app's Pressero adapter talks to (in process, at
   * `https://pressero.test`), with its demo site `acme.pressero.test` and admin.
   */
  pressero: PresseroSimulator;
  /**
   * The WooCommerce simulator the app's WooCommerce adapter talks to (in process): its stores
   * live at `https://woocommerce.test/{store}` (`print-shop`, `bulk-prints`…).
   */
  woocommerce: WooCommerceSimulator;
  /**
   * GelatoConnect's order intake (in process, at `https://gelatoconnect.test`): point a
   * provider's production connection at `production.connector` and its postbacks at the status URL.
   */
  production: ProductionSimulator;
  /** The key that seals platform credentials in this server's database. */
  encryptionKey: string;
  /** Runs the jobs that are due, as the Node server's interval would. */
  runJobs(options?: RunPendingJobsOptions): Promise<RunPendingJobsResult>;
  close(): Promise<void>;
}

const SHOPIFY_HOST = 'shopify.test';
const WOOCOMMERCE_HOST = 'woocommerce.test';
const ETSY_HOST = 'etsy.test';
const PRESSERO_HOST = 'pressero.test';
const GELATOCONNECT_HOST = 'gelatoconnect.test';

/**
 * A real server for tests: the full app over a fresh database (PGlite in memory, or a throwaway
 * PostgreSQL database when `createDb` is given) with a seeded provider and a manual clock.
 */
export async function createTestServer(
  options: Partial<Omit<AppOptions, 'db' | 'clock'>> & {
    createDb?: () => Promise<Db>;
    seedCatalog?: boolean;
    /** Shops of the Shopify simulator; its demo shops by default. */
    shopifyShops?: readonly SimulatedShopSeed[];
    /** More hosts the server may reach, by host name (print-file hosts, postback receivers). */
    hosts?: Record<string, (request: Request) => Promise<Response>>;
  } = {},
): Promise<TestServer> {
  const { createDb, seedCatalog, shopifyShops, hosts, ...appOptions } = options;
  const db = createDb ? await createDb() : await createPgliteDb();
  await migrate(db);
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const baseUrl = 'http://vitrine.test';
  const shopifyApp = { apiKey: 'vitrine-test-app', apiSecret: randomSecret('shpss_') };
  const encryptionKey = generateEncryptionKey();
  let deliver: (request: Request) => Promise<Response> = async () =>
    new Response(null, { status: 503 });
  const shopify = new ShopifySimulator({
    apps: [
      { ...shopifyApp, title: 'Vitrine', redirectUrls: [`${baseUrl}/v1/oauth/shopify/callback`] },
    ],
    clock,
    fetch: (request) => deliver(request),
    ...(shopifyShops ? { shops: shopifyShops } : {}),
  });
  const presseroLicence = { subscriberId: crypto.randomUUID(), consumerId: crypto.randomUUID() };
  const pressero = new PresseroSimulator({
    ...presseroLicence,
    clock,
    fetch: (request) => deliver(request),
  });
  const etsyApp = {
    keystring: `etsy${randomSecret('').slice(0, 20).toLowerCase()}`,
    sharedSecret: randomSecret('').slice(0, 10),
    webhookSecret: `whsec_${btoa(randomSecret(''))}`,
  };
  const etsy = new EtsySimulator({
    apps: [{ ...etsyApp, title: 'Vitrine', redirectUris: [`${baseUrl}/v1/oauth/etsy/callback`] }],
    clock,
    fetch: (request) => deliver(request),
  });
  const woocommerce = new WooCommerceSimulator({
    origin: `https://${WOOCOMMERCE_HOST}`,
    clock,
    fetch: (request) => deliver(request),
  });
  const production = new ProductionSimulator({
    origin: `https://${GELATOCONNECT_HOST}`,
    clock,
    fetch: (request) => deliver(request),
  });
  // Simulated platform hosts, by host name.
  const simulators: Record<string, (request: Request) => Promise<Response>> = {
    [SHOPIFY_HOST]: (request) => shopify.fetch(request),
    [WOOCOMMERCE_HOST]: (request) => woocommerce.fetch(request),
    [ETSY_HOST]: (request) => etsy.fetch(request),
    [PRESSERO_HOST]: (request) => pressero.fetch(request),
    [GELATOCONNECT_HOST]: (request) => production.fetch(request),
    ...hosts,
  };
  const app = createApp({
    db,
    clock,
    sessionSecret: randomSecret('test-'),
    publicUrl: baseUrl,
    rateLimit: false,
    dev: true,
    encryptionKey,
    shopify: {
      ...shopifyApp,
      adminUrl: `https://${SHOPIFY_HOST}/{shop}`,
      shopDomain: shopify.shopDomain,
    },
    etsy: {
      ...etsyApp,
      oauthUrl: `https://${ETSY_HOST}`,
      apiUrl: `https://${ETSY_HOST}/v3`,
    },
    pressero: {
      ...presseroLicence,
      adminUrl: `https://${PRESSERO_HOST}`,
      shippedStatusId: pressero.statusId('Shipped'),
    },
    // Tests never leave the process: the simulators are the only platform hosts there are.
    platformFetch: async (request) => {
      const simulator = simulators[new URL(request.url).host];
      if (simulator) return simulator(request);
      throw new TypeError(`fetch failed: no route to ${request.url} in tests`);
    },
    // Waits cost no real time, yet still let other work in the process run meanwhile.
    sleep: async (ms) => {
      clock.advance(ms);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    ...appOptions,
  });
  deliver = (request) => app.fetch(request);
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
    shopify,
    shopifyApp,
    etsy,
    etsyApp,
    pressero,
    woocommerce,
    production,
    encryptionKey,
    runJobs: (runOptions) => app.runPendingJobs(runOptions),
    close: () => db.close(),
  };
}
