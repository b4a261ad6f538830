import type { Job } from '@vitrine/sdk';
import { standardLimits } from '@vitrine/simulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJob } from '../src/services/jobs.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, connectShopify, startServer } from './support.js';

const BIG = 'vitrine-big';

/** Product syncs as jobs: the 10k-variant shop, interruptions, throttling, revoked tokens. */
describe('product sync', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer();
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  const connected = async (shop: string) => {
    const client = (await api.post('/v1/clients', { name: `Sync ${shop}` })).body;
    const { storeId, landed } = await connectShopify(
      server,
      server.provider.secretKey,
      client.id,
      shop,
    );
    expect(landed.status).toBe(200);
    const store = (await api.get(`/v1/stores/${storeId}`)).body;
    return { clientId: client.id as string, storeId, jobId: store.lastSyncJobId as string };
  };

  const job = async (jobId: string): Promise<Job> => (await api.get(`/v1/jobs/${jobId}`)).body;
  const store = async (storeId: string) => (await api.get(`/v1/stores/${storeId}`)).body;

  /** Runs due jobs while reading the job's progress through the API, as a widget would. */
  async function runWatching(jobId: string, stopWhen?: (job: Job) => boolean) {
    const controller = new AbortController();
    const seen: Job[] = [];
    let finished = false;
    const running = server.runJobs({ signal: controller.signal }).finally(() => {
      finished = true;
    });
    while (!finished) {
      const current = await job(jobId);
      seen.push(current);
      if (stopWhen?.(current)) controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return { result: await running, seen };
  }

  const productPages = (from: number) =>
    server.shopify
      .requests(BIG)
      .slice(from)
      .filter((r) => r.operation === 'VitrineProducts' && r.outcome === 'ok');

  it('syncs the 10k-variant shop with readable progress and exact counts', async () => {
    const expected = server.shopify.counts(BIG);
    expect(expected.variants).toBeGreaterThanOrEqual(10_000);
    const { storeId, jobId } = await connected(BIG);
    const started = server.clock.now().getTime();

    const { result, seen } = await runWatching(jobId);

    expect(result).toMatchObject({ ran: 1, succeeded: 1, failed: 0 });
    const running = seen.filter((j) => j.status === 'running' && j.progress.done > 0);
    expect(running.length).toBeGreaterThan(2);
    for (const j of running) {
      expect(j.progress.total).toBe(expected.variants);
      expect(j.progress.done).toBeLessThanOrEqual(expected.variants);
    }
    const dones = seen.map((j) => j.progress.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));

    const finished = await job(jobId);
    expect(finished).toMatchObject({
      status: 'succeeded',
      progress: { done: expected.variants, total: expected.variants },
      result: { products: expected.products, variants: expected.variants, removedProducts: 0 },
      error: null,
      attempts: 1,
    });
    expect(await store(storeId)).toMatchObject({
      status: 'connected',
      productCount: expected.products,
      variantCount: expected.variants,
      mappedVariantCount: 0,
    });
    const [rows] = await server.db.query<{ products: number; variants: number; skus: number }>(
      `select (select count(*) from store_products where store_id = $1)::int as products,
              (select count(*) from store_variants where store_id = $1)::int as variants,
              (select count(distinct sku) from store_variants where store_id = $1)::int as skus`,
      [storeId],
    );
    expect(rows).toEqual({
      products: expected.products,
      variants: expected.variants,
      skus: expected.variants,
    });
    // A variant as stored, from a product that needed more than one page of variants.
    const [mega] = await server.db.query<{ title: string; count: number }>(
      `select p.title, count(v.*)::int as count from store_products p
         join store_variants v on v.product_id = p.id
        where p.store_id = $1 and p.external_id = '8000000040' group by p.title`,
      [storeId],
    );
    expect(mega).toEqual({ title: 'Tundra Phone Case No. 40', count: 120 });
    // Paced by the cost bucket: a Standard shop takes minutes of platform time for 10k variants.
    expect(server.clock.now().getTime() - started).toBeGreaterThan(60_000);
    expect(server.shopify.stats(BIG).throttled).toBe(0);
  }, 60_000);

  it('answers 409 sync_in_progress to a second sync while one is queued or running', async () => {
    const { storeId, jobId } = await connected('vitrine-demo');
    const second = await api.post(`/v1/stores/${storeId}/sync`);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('sync_in_progress');
    await server.runJobs();
    expect((await job(jobId)).status).toBe('succeeded');
    const third = await api.post(`/v1/stores/${storeId}/sync`);
    expect(third.status).toBe(202);
    expect(third.body).toMatchObject({ kind: 'product_sync', status: 'queued', storeId });
    expect((await store(storeId)).lastSyncJobId).toBe(third.body.id);
    await server.runJobs();
    expect((await job(third.body.id)).status).toBe('succeeded');
  });

  it('resumes from its saved cursor after an interrupted run, fetching no page twice', async () => {
    const from = server.shopify.requests(BIG).length;
    const expected = server.shopify.counts(BIG);
    const { storeId, jobId } = await connected(BIG);

    const first = await runWatching(jobId, (j) => j.progress.done >= 3000);
    expect(first.result).toMatchObject({ interrupted: 1, succeeded: 0 });
    const paused = await job(jobId);
    expect(paused.status).toBe('queued');
    expect(paused.attempts).toBe(0);
    expect(paused.progress.done).toBeGreaterThanOrEqual(3000);
    expect(paused.progress.done).toBeLessThan(expected.variants);
    const [{ state }] = (await server.db.query<{ state: { cursor: { after: string } } }>(
      'select state from jobs where id = $1',
      [jobId],
    )) as [{ state: { cursor: { after: string } } }];
    expect(state.cursor.after).toBeTruthy();
    const before = productPages(from).length;
    expect((await store(storeId)).variantCount).toBe(paused.progress.done);

    // A worker that claims the job and dies: its lease has to run out before anyone resumes.
    const dead = await claimJob(
      {
        db: server.db,
        clock: server.clock,
        jobs: {
          leaseSeconds: 60,
          maxAttempts: 8,
          retryBaseSeconds: 15,
          retryMaxSeconds: 1800,
          importStepRows: 1000,
        },
      },
      'wrk_dead',
      ['product_sync'],
    );
    expect(dead?.id).toBe(jobId);
    expect(await server.runJobs()).toMatchObject({ ran: 0 });
    server.clock.advance(61_000);
    expect(await server.runJobs()).toMatchObject({ ran: 1, succeeded: 1 });

    const pages = productPages(from);
    expect(pages[before]?.variables.after).toBe(state.cursor.after);
    const cursors = pages.map((p) => p.variables.after);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(pages).toHaveLength(Math.ceil(expected.products / 25));
    // The dead worker's attempt counts; the graceful stop's did not.
    expect(await job(jobId)).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      progress: { done: expected.variants, total: expected.variants },
    });
    expect(await store(storeId)).toMatchObject({
      productCount: expected.products,
      variantCount: expected.variants,
    });
  }, 60_000);

  it("copes with the shop's throttling", async () => {
    const from = server.shopify.requests(BIG).length;
    const expected = server.shopify.counts(BIG);
    const before = server.shopify.stats(BIG);
    const { storeId, jobId } = await connected(BIG);
    // A Plus-sized cost bucket that another client just spent: GraphQL answers THROTTLED (with
    // the bucket's state) until it refills; Shopify has no request-rate 429 for GraphQL.
    server.shopify.setLimits(BIG, { maximumAvailable: 2000, restoreRate: 1000 });
    server.shopify.drain(BIG);
    try {
      expect(await server.runJobs()).toMatchObject({ succeeded: 1 });
    } finally {
      server.shopify.setLimits(BIG, standardLimits);
    }
    const after = server.shopify.stats(BIG);
    expect(after.throttled - before.throttled).toBeGreaterThanOrEqual(1);
    const log = server.shopify.requests(BIG).slice(from);
    expect(log.some((r) => r.outcome === 'throttled')).toBe(true);
    expect(await job(jobId)).toMatchObject({
      status: 'succeeded',
      progress: { done: expected.variants },
    });
    expect((await store(storeId)).variantCount).toBe(expected.variants);
  }, 60_000);

  it('retries with backoff through an outage and finishes', async () => {
    const shop = server.shopify.addShop({
      name: 'flaky-prints',
      title: 'Flaky Prints',
      products: 30,
    });
    const { storeId, jobId } = await connected(shop);
    // More failures than one run retries in place: the job goes back to the queue.
    server.shopify.failNext(shop, 4, 503);
    expect(await server.runJobs()).toMatchObject({ retried: 1 });
    const waiting = await job(jobId);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, error: null });
    const [{ run_after }] = (await server.db.query<{ run_after: Date }>(
      'select run_after from jobs where id = $1',
      [jobId],
    )) as [{ run_after: Date }];
    expect(new Date(run_after).getTime() - server.clock.now().getTime()).toBe(15_000);
    expect(await server.runJobs()).toMatchObject({ ran: 0 });
    server.clock.advance(15_000);
    expect(await server.runJobs()).toMatchObject({ succeeded: 1 });
    expect(await job(jobId)).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect((await store(storeId)).productCount).toBe(30);
  });

  it('refreshes an expired access token and keeps syncing', async () => {
    const shop = server.shopify.addShop({ name: 'hourly-prints', title: 'Hourly', products: 4 });
    const { storeId } = await connected(shop);
    await server.runJobs();
    const sealed = async () =>
      (
        await server.db.query<{ credentials: string }>(
          'select credentials from stores where id = $1',
          [storeId],
        )
      )[0]!.credentials;
    const firstSeal = await sealed();
    const tokens = server.shopify.stats(shop).tokenRequests;
    server.clock.advance(61 * 60_000);
    const sync = await api.post(`/v1/stores/${storeId}/sync`);
    expect(await server.runJobs()).toMatchObject({ succeeded: 1 });
    expect((await job(sync.body.id)).status).toBe('succeeded');
    expect(server.shopify.stats(shop).tokenRequests).toBe(tokens + 1);
    expect(await sealed()).not.toBe(firstSeal);
    expect((await store(storeId)).status).toBe('connected');
  });

  it('marks the store needs_reauth when the shop revoked the token', async () => {
    const shop = server.shopify.addShop({
      name: 'revoking-prints',
      title: 'Revoking',
      products: 5,
    });
    const { storeId } = await connected(shop);
    await server.runJobs();
    server.shopify.revokeTokens(shop);

    const sync = await api.post(`/v1/stores/${storeId}/sync`);
    expect(sync.status).toBe(202);
    expect(await server.runJobs()).toMatchObject({ failed: 1 });
    expect(await job(sync.body.id)).toMatchObject({
      status: 'failed',
      error: { code: 'store_needs_reauth' },
    });
    expect(await store(storeId)).toMatchObject({
      status: 'needs_reauth',
      statusReason: 'token_revoked',
      productCount: 5,
    });
    const again = await api.post(`/v1/stores/${storeId}/sync`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('store_needs_reauth');

    // Connecting again (same store) brings it back.
    const clientId = (await store(storeId)).clientId;
    const back = await connectShopify(server, server.provider.secretKey, clientId, shop, {
      storeId,
    });
    expect(back.storeId).toBe(storeId);
    expect((await store(storeId)).status).toBe('connected');
  });

  it('resumes a failed pass from its cursor once the store is connected again', async () => {
    const shop = server.shopify.addShop({
      name: 'resumable-prints',
      title: 'Resumable',
      products: 200,
    });
    const expected = server.shopify.counts(shop);
    const { clientId, storeId, jobId } = await connected(shop);
    const from = server.shopify.requests(shop).length;
    await runWatching(jobId, (j) => j.progress.done >= 500);
    server.shopify.revokeTokens(shop);
    expect(await server.runJobs()).toMatchObject({ failed: 1 });
    const failed = await job(jobId);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'store_needs_reauth' } });
    expect(failed.progress.done).toBeGreaterThanOrEqual(500);
    expect(failed.progress.done).toBeLessThan(expected.variants);
    const [{ state }] = (await server.db.query<{ state: { cursor: { after: string } } }>(
      'select state from jobs where id = $1',
      [jobId],
    )) as [{ state: { cursor: { after: string } } }];
    const pagesBefore = server.shopify
      .requests(shop)
      .slice(from)
      .filter((r) => r.operation === 'VitrineProducts' && r.outcome === 'ok').length;

    await connectShopify(server, server.provider.secretKey, clientId, shop, { storeId });
    const resumed = (await store(storeId)).lastSyncJobId;
    expect(resumed).not.toBe(jobId);
    expect(await job(resumed)).toMatchObject({
      status: 'queued',
      progress: { done: failed.progress.done },
    });
    expect(await server.runJobs()).toMatchObject({ succeeded: 1 });

    const pages = server.shopify
      .requests(shop)
      .slice(from)
      .filter((r) => r.operation === 'VitrineProducts' && r.outcome === 'ok');
    expect(pages[pagesBefore]?.variables.after).toBe(state.cursor.after);
    expect(pages).toHaveLength(Math.ceil(expected.products / 25));
    expect(await job(resumed)).toMatchObject({
      status: 'succeeded',
      progress: { done: expected.variants, total: expected.variants },
      result: { removedProducts: 0, removedVariants: 0 },
    });
    expect(await store(storeId)).toMatchObject({
      status: 'connected',
      productCount: expected.products,
      variantCount: expected.variants,
    });
  });

  it('marks products the platform no longer has as removed on the next full sync', async () => {
    const shop = server.shopify.addShop({
      name: 'shrinking-prints',
      title: 'Shrinking',
      products: 10,
    });
    const { storeId } = await connected(shop);
    await server.runJobs();
    const before = await store(storeId);
    const removedVariants = server.shopify.product(shop, 3)!.variants.length;
    await server.shopify.deleteProduct(shop, 3);
    server.clock.advance(1000);
    const sync = await api.post(`/v1/stores/${storeId}/sync`);
    await server.runJobs();
    expect((await job(sync.body.id)).result).toMatchObject({ removedProducts: 1, removedVariants });
    expect(await store(storeId)).toMatchObject({
      productCount: before.productCount - 1,
      variantCount: before.variantCount - removedVariants,
    });
  });

  it('has nothing to sync for manual stores, and stops with the store when disconnected', async () => {
    const client = (await api.post('/v1/clients', { name: 'Manual Co' })).body;
    const manual = (
      await api.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'M' })
    ).body;
    const res = await api.post(`/v1/stores/${manual.id}/sync`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('platform_not_supported');

    const { storeId, jobId } = await connected('vitrine-demo');
    expect((await api.delete(`/v1/stores/${storeId}`)).body.status).toBe('disconnected');
    expect(await job(jobId)).toMatchObject({ status: 'canceled' });
    expect(await server.runJobs()).toMatchObject({ ran: 0 });
    const gone = await api.post(`/v1/stores/${storeId}/sync`);
    expect(gone.status).toBe(409);
    expect(gone.body.error.code).toBe('store_disconnected');
    const [{ credentials }] = (await server.db.query<{ credentials: string | null }>(
      'select credentials from stores where id = $1',
      [storeId],
    )) as [{ credentials: string | null }];
    expect(credentials).toBeNull();
  });
});
