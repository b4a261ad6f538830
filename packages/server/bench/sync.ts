/**
 * Benchmark (not a test): `npm run bench -w @vitrine/server`.
 *
 * Connects the simulated shop with over 10,000 variants through the real OAuth round trip, then
 * runs its product sync job in process (PGlite in memory, the Shopify simulator, the real adapter
 * and job runner) and reports wall time, requests, variants per second and peak memory. The
 * simulator's rate limits are honoured on a virtual clock: the waits a Standard-plan shop imposes
 * are reported, not slept, so the wall time measures this server's own work.
 *
 *   --shop NAME   a simulated shop (default vitrine-big)
 *   --runs N      syncs after the first (default 1): the re-sync path, where every row exists
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AuthorizeStoreResult, Client, Job, Store } from '@vitrine/sdk';
import { createTestServer } from '../src/testing.js';

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

async function measure(label: string, jobId: string) {
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
    `  requests         ${requests} GraphQL (${after.throttled - stats.throttled} throttled, ${after.rateLimited - stats.rateLimited} answered 429), ${after.tokenRequests - stats.tokenRequests} token`,
  );
  console.log(
    `  platform waits   ${waited.toFixed(1)} s of rate-limit pacing on a Standard shop (virtual)`,
  );
  console.log(
    `  peak memory      JS heap +${mb(peak.heap)} over ${mb(base.heapUsed)}; RSS ${mb(peak.rss)} (${mb(base.rss)} before: mostly the in-process PostgreSQL)`,
  );
}

console.log(
  `Shopify simulator shop ${server.shopify.domainOf(shopName)}: ${expected.products} products, ${expected.variants} variants`,
);
const first = await call<Store>(`/v1/stores/${storeId}`);
await measure('First sync (every row inserted)', first.lastSyncJobId!);
for (let i = 0; i < resyncs; i++) {
  server.clock.advance(60_000);
  const job = await call<Job>(`/v1/stores/${storeId}/sync`, { method: 'POST' });
  await measure(`Re-sync ${i + 1} (every row updated in place)`, job.id);
}
await server.close();
