/**
 * Benchmark (not a test): `npm run bench -w @vitrine/server`.
 *
 * Connects the simulated shop with over 10,000 variants through the real OAuth round trip, then
 * runs its product sync job in process (PGlite in memory, the Shopify simulator, the real adapter
 * and job runner) and reports wall time, requests, variants per second and peak memory. The
 * simulator's rate limits are honoured on a virtual clock: the waits a Standard-plan shop imposes
 * are reported, not slept, so the wall time measures this server's own work.
 *
 * Times are only comparable within one run on one machine, so each sync is also reported as a
 * ratio to a baseline measured in the same process just before: the same pages read straight from
 * the simulator's GraphQL with the same page sizes, parsed and dropped (no adapter, no database,
 * no job). The ratio is what the sync pipeline costs over merely reading the shop.
 *
 *   --shop NAME   a simulated shop (default vitrine-big)
 *   --runs N      syncs after the first (default 1): the re-sync path, where every row exists
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AuthorizeStoreResult, Client, Job, Store } from '@vitrine/sdk';
import { Keyring } from '../src/crypto/encryption.js';
import {
  type GqlProduct,
  type GqlVariant,
  type PageInfo,
  PRODUCT_VARIANTS_QUERY,
  PRODUCTS_QUERY,
} from '../src/platforms/shopify/graphql.js';
import { createTestServer } from '../testing/testServer.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { values } = parseArgs({
  options: {
    shop: { type: 'string', default: 'vitrine-big' },
    runs: { type: 'string', default: '1' },
  },
});
const shopName = values.shop!;
const resyncs = Number(values.runs);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function memorySampler() {
  gc();
  const base = process.memoryUsage();
  const peak = { heap: 0, rss: base.rss };
  const take = () => {
    const m = process.memoryUsage();
    peak.heap = Math.max(peak.heap, m.heapUsed - base.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
  };
  // The runner yields to timers at every rate-limit wait, so samples land during the sync.
  const timer = setInterval(take, 5);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { base, peak };
    },
  };
}

const server = await createTestServer();
const call = async <T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> => {
  const res = await server.fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${server.provider.secretKey}`,
      'content-type': 'application/json',
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  return (await res.json()) as T;
};

const expected = server.shopify.counts(shopName);
const client = await call<Client>('/v1/clients', {
  method: 'POST',
  body: { name: 'Bench Prints' },
});
const started = await call<AuthorizeStoreResult>(`/v1/clients/${client.id}/stores/authorize`, {
  method: 'POST',
  body: { platform: 'shopify', shop: shopName },
});
await server.fetch(await server.shopify.approve(started.authorizeUrl));
const storeId: string = started.store.id;

/** The adapter's default page sizes, so the baseline reads the same pages. */
const PRODUCTS_PER_PAGE = 25;
const VARIANTS_PER_PRODUCT = 30;
const VARIANTS_PER_EXTRA_PAGE = 250;

interface Baseline {
  ms: number;
  /** Requests answered with data, and those refused for cost or rate (then retried). */
  requests: number;
  refused: number;
  variants: number;
}

/**
 * Reads every product and variant of the shop straight from the simulator, as the adapter's
 * queries do, waiting out throttles on the virtual clock like the adapter does; keeps nothing.
 */
async function rawPaging(accessToken: string): Promise<Baseline> {
  const url = `https://shopify.test/${server.shopify.domainOf(shopName)}/admin/api/2026-01/graphql.json`;
  let requests = 0;
  let refused = 0;
  const ask = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    for (;;) {
      const response = await server.shopify.fetch(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-shopify-access-token': accessToken },
          body: JSON.stringify({ query, variables }),
        }),
      );
      const body = (await response.json()) as {
        data?: T;
        errors?: unknown;
        extensions?: {
          cost?: {
            requestedQueryCost: number;
            throttleStatus: { currentlyAvailable: number; restoreRate: number };
          };
        };
      };
      if (response.status === 429) {
        refused++;
        server.clock.advance(Number(response.headers.get('retry-after') ?? 1) * 1000);
        continue;
      }
      const cost = body.extensions?.cost;
      if (!body.data && cost) {
        refused++;
        const { currentlyAvailable, restoreRate } = cost.throttleStatus;
        const missing = cost.requestedQueryCost - currentlyAvailable;
        server.clock.advance(Math.ceil((Math.max(missing, 1) / restoreRate) * 1000));
        continue;
      }
      if (!response.ok || !body.data)
        throw new Error(`Baseline read failed: ${JSON.stringify(body)}`);
      requests++;
      return body.data;
    }
  };
  const t0 = performance.now();
  let variants = 0;
  let after: string | null = null;
  for (;;) {
    const page: { products: { pageInfo: PageInfo; nodes: GqlProduct[] } } = await ask(
      PRODUCTS_QUERY,
      { first: PRODUCTS_PER_PAGE, after, variantsFirst: VARIANTS_PER_PRODUCT },
    );
    for (const node of page.products.nodes) {
      variants += node.variants.nodes.length;
      let info = node.variants.pageInfo;
      while (info.hasNextPage) {
        const more: {
          product: { variants: { pageInfo: PageInfo; nodes: GqlVariant[] } } | null;
        } = await ask(PRODUCT_VARIANTS_QUERY, {
          id: node.id,
          first: VARIANTS_PER_EXTRA_PAGE,
          after: info.endCursor,
        });
        if (!more.product) break;
        variants += more.product.variants.nodes.length;
        info = more.product.variants.pageInfo;
      }
    }
    if (!page.products.pageInfo.hasNextPage) break;
    after = page.products.pageInfo.endCursor;
  }
  return { ms: performance.now() - t0, requests, refused, variants };
}

async function baseline(label: string): Promise<Baseline> {
  const [row] = await server.db.query<{ credentials: string }>(
    'select credentials from stores where id = $1',
    [storeId],
  );
  const { accessToken } = await Keyring.fromText(server.encryptionKey).decryptJson<{
    accessToken: string;
  }>(row!.credentials, `store:${storeId}`);
  // Once to warm up, once measured; then the shop's bucket refills before the sync.
  await rawPaging(accessToken);
  server.clock.advance(60_000);
  const run = await rawPaging(accessToken);
  server.clock.advance(60_000);
  if (run.variants !== expected.variants) {
    throw new Error(`The baseline read ${run.variants} variants, not ${expected.variants}`);
  }
  console.log(`\n${label}`);
  console.log(`  wall time        ${(run.ms / 1000).toFixed(2)} s`);
  console.log(
    `  requests         ${run.requests} GraphQL with data (${run.refused} throttled or 429, retried)`,
  );
  return run;
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

async function measure(label: string, jobId: string, raw: Baseline) {
  const stats = server.shopify.stats(shopName);
  const clockBefore = server.clock.now().getTime();
  const memory = memorySampler();
  const t0 = performance.now();
  const outcome = await server.runJobs();
  const ms = performance.now() - t0;
  const { peak, base } = memory.stop();
  const after = server.shopify.stats(shopName);
  const job = await call<Job>(`/v1/jobs/${jobId}`);
  const store = await call<Store>(`/v1/stores/${storeId}`);
  if (job.status !== 'succeeded' || store.variantCount !== expected.variants) {
    throw new Error(`Sync did not complete: ${JSON.stringify({ outcome, job, store })}`);
  }
  const requests = after.graphqlRequests - stats.graphqlRequests;
  const waited = (server.clock.now().getTime() - clockBefore) / 1000;
  console.log(`\n${label}`);
  console.log(`  store            ${store.productCount} products, ${store.variantCount} variants`);
  console.log(`  wall time        ${(ms / 1000).toFixed(2)} s`);
  console.log(
    `  variants/s       ${Math.round(store.variantCount / (ms / 1000)).toLocaleString('en')}`,
  );
  console.log(
    `  requests         ${requests} GraphQL (${after.throttled - stats.throttled} throttled), ${after.tokenRequests - stats.tokenRequests} token`,
  );
  console.log(
    `  platform waits   ${waited.toFixed(1)} s of rate-limit pacing on a Standard shop (virtual)`,
  );
  console.log(
    `  vs. baseline     ${ratio(ms, raw.ms)} the time, ${ratio(requests, raw.requests)} the requests of reading the shop raw`,
  );
  console.log(
    `  peak memory      JS heap +${mb(peak.heap)} over ${mb(base.heapUsed)}; RSS ${mb(peak.rss)} (${mb(base.rss)} before: mostly the in-process PostgreSQL)`,
  );
}

console.log(
  `Shopify simulator shop ${server.shopify.domainOf(shopName)}: ${expected.products} products, ${expected.variants} variants`,
);
const raw = await baseline(
  'Baseline: the same pages read raw from the simulator (no adapter, no database)',
);
const first = await call<Store>(`/v1/stores/${storeId}`);
await measure('First sync (every row inserted)', first.lastSyncJobId!, raw);
for (let i = 0; i < resyncs; i++) {
  server.clock.advance(60_000);
  const job = await call<Job>(`/v1/stores/${storeId}/sync`, { method: 'POST' });
  await measure(`Re-sync ${i + 1} (every row updated in place)`, job.id, raw);
}
await server.close();
