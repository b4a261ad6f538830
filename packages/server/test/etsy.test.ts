import type { Job } from '@vitrine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '../src/crypto/encryption.js';
import { signStandardWebhook } from '../src/crypto/standardWebhooks.js';
import type { EtsyCredentials } from '../src/platforms/etsy/adapter.js';
import { ORDER_POLL_INTERVAL_SECONDS } from '../src/services/stores/orderPolling.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, clientSession, clientWithActiveAdmin, startServer } from './support.js';

/** Etsy shops through OAuth 2.0 + PKCE, product sync, receipt polling and webhooks. */
describe('Etsy stores', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let shopNumber = 0;
  beforeAll(async () => {
    server = await startServer();
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  /** A shop of its own for each test, so revocations and receipts reach only it. */
  function newShop(listings = 6) {
    shopNumber++;
    const seed = {
      shopId: 52_000_000 + shopNumber,
      userId: 92_000_000 + shopNumber,
      shopName: `TestPrints${shopNumber}`,
      title: 'Test prints',
      owner: `Owner ${shopNumber}`,
      listings,
    };
    server.etsy.addShop(seed);
    return seed;
  }

  const newClient = async (name = 'Etsy Co') => (await api.post('/v1/clients', { name })).body;

  const authorize = (clientId: string, extra: Record<string, unknown> = {}) =>
    api.post(`/v1/clients/${clientId}/stores/authorize`, { platform: 'etsy', ...extra });

  /** Starts a connection, presses "Allow access" for `shopName` and lands on the callback. */
  async function connect(shopName: string, clientId?: string) {
    const client = clientId ?? (await newClient()).id;
    const started = await authorize(client);
    expect(started.status).toBe(201);
    const callbackUrl = await server.etsy.approve(started.body.authorizeUrl, shopName);
    const landed = await server.fetch(callbackUrl);
    return {
      clientId: client as string,
      storeId: started.body.store.id as string,
      started,
      callbackUrl,
      landed: { status: landed.status, headers: landed.headers, text: await landed.text() },
    };
  }

  const store = async (storeId: string) => (await api.get(`/v1/stores/${storeId}`)).body;
  const job = async (jobId: string): Promise<Job> => (await api.get(`/v1/jobs/${jobId}`)).body;

  const credentials = async (storeId: string) => {
    const [row] = await server.db.query<{ credentials: string | null }>(
      'select credentials from stores where id = $1',
      [storeId],
    );
    return row?.credentials
      ? Keyring.fromText(server.encryptionKey).decryptJson<EtsyCredentials>(
          row.credentials,
          `store:${storeId}`,
        )
      : null;
  };

  const events = (storeId: string) =>
    server.db.query<{
      delivery_id: string;
      topic: string;
      payload: Record<string, unknown> | null;
      processed_at: Date | null;
    }>(
      `select delivery_id, topic, payload, processed_at from platform_events
        where store_id = $1 order by received_at, delivery_id`,
      [storeId],
    );

  const jobsOf = (storeId: string, kind: string) =>
    server.db.query<{ id: string; status: string; run_after: Date; state: { since?: string } }>(
      `select id, status, run_after, state from jobs where store_id = $1 and kind = $2
        order by created_at, run_after`,
      [storeId, kind],
    );

  it('connects: consent page, Allow access, callback, the shop named, sync and order poll queued', async () => {
    const shop = newShop();
    const client = await newClient();
    const started = await authorize(client.id);
    expect(started.status).toBe(201);
    expect(started.body.store).toMatchObject({
      platform: 'etsy',
      status: 'connecting',
      name: 'Etsy shop',
      shopUrl: null,
    });
    const url = new URL(started.body.authorizeUrl);
    expect(url.origin + url.pathname).toBe('https://etsy.test/oauth/connect');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: server.etsyApp.keystring,
      redirect_uri: 'http://vitrine.test/v1/oauth/etsy/callback',
      scope: 'listings_r listings_w shops_r transactions_r transactions_w',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);

    // The owner sees Etsy's consent page: the app, what it may do, Allow access and Deny.
    const consent = await (await server.etsy.fetch(new Request(started.body.authorizeUrl))).text();
    expect(consent).toContain('Vitrine would like to connect to your Etsy account');
    expect(consent).toContain('<code>transactions_w</code>');
    expect(consent).toContain('Allow access</button>');

    const callbackUrl = await server.etsy.approve(started.body.authorizeUrl, shop.shopName);
    const callback = new URL(callbackUrl);
    expect([...callback.searchParams.keys()].sort()).toEqual(['code', 'state']);
    const landed = await server.fetch(callbackUrl);
    expect(landed.status).toBe(200);
    const page = await landed.text();
    expect(page).toContain('Store connected');
    expect(page).toContain('"status":"connected"');

    const connected = await store(started.body.store.id);
    expect(connected).toMatchObject({
      status: 'connected',
      statusReason: null,
      name: shop.shopName,
      shopUrl: String(shop.shopId),
    });
    expect((await job(connected.lastSyncJobId)).kind).toBe('product_sync');
    expect((await jobsOf(connected.id, 'order_poll')).map((j) => j.status)).toEqual(['queued']);

    const sealed = await credentials(connected.id);
    expect(sealed).toMatchObject({
      userId: String(shop.userId),
      shopId: String(shop.shopId),
      accessToken: expect.stringMatching(new RegExp(`^${shop.userId}\\.`)),
    });
    expect(Date.parse(sealed!.expiresAt) - server.clock.now().getTime()).toBe(3600_000);
    const answers = JSON.stringify([
      connected,
      (await api.get(`/v1/clients/${client.id}/stores`)).body,
    ]);
    expect(answers).not.toContain(sealed!.accessToken);
    expect(answers).not.toContain(sealed!.refreshToken);
  });

  it('connects as a client admin, and connecting the same shop again reuses the store', async () => {
    const shop = newShop();
    const { client, userId } = await clientWithActiveAdmin(server, server.provider.secretKey);
    const token = await clientSession(server, server.provider.secretKey, client.id, userId);
    const started = await caller(server, token).post(`/v1/clients/${client.id}/stores/authorize`, {
      platform: 'etsy',
    });
    const first = await server.fetch(
      await server.etsy.approve(started.body.authorizeUrl, shop.shopName),
    );
    expect(first.status).toBe(200);
    const again = await connect(shop.shopName, client.id);
    expect(again.landed.status).toBe(200);
    const stores = (await api.get(`/v1/clients/${client.id}/stores`)).body.data;
    // Etsy names the shop only after the exchange: the second attempt's store folds into the first.
    expect(stores.map((s: { id: string }) => s.id)).toEqual([started.body.store.id]);
    expect(stores[0]).toMatchObject({ status: 'connected', shopUrl: String(shop.shopId) });
  });

  it('enforces PKCE: a code approved for another challenge is refused and the store errs', async () => {
    const shop = newShop();
    const client = await newClient();
    const started = await authorize(client.id, { returnUrl: 'https://portal.print.example/s' });
    // The authorisation carries a challenge whose verifier this server does not hold.
    const tampered = new URL(started.body.authorizeUrl);
    tampered.searchParams.set('code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    const landed = await server.fetch(
      await server.etsy.approve(tampered.toString(), shop.shopName),
    );
    expect(landed.status).toBe(302);
    const location = new URL(landed.headers.get('location')!);
    expect(location.searchParams.get('vitrine_status')).toBe('error');
    expect(location.searchParams.get('vitrine_error')).toBe('credentials_invalid');
    expect(await store(started.body.store.id)).toMatchObject({
      status: 'error',
      statusReason: 'credentials_invalid',
    });
    expect(await credentials(started.body.store.id)).toBeNull();
  });

  it('refuses a state it never issued and a reused one; a forged state does not burn the real one', async () => {
    const shop = newShop();
    const client = await newClient();
    const started = await authorize(client.id);
    const callbackUrl = await server.etsy.approve(started.body.authorizeUrl, shop.shopName);

    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', 'made-up-state');
    const refused = await server.fetch(forged.toString());
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('"code":"oauth_state_invalid"');
    expect((await store(started.body.store.id)).status).toBe('connecting');

    expect((await server.fetch(callbackUrl)).status).toBe(200);
    const replay = await server.fetch(callbackUrl);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('"code":"oauth_state_invalid"');
    expect((await store(started.body.store.id)).status).toBe('connected');
  });

  it('records a denial: oauth_denied, the store in error, the state used up', async () => {
    const client = await newClient();
    const started = await authorize(client.id, { returnUrl: 'https://portal.print.example/back' });
    const callbackUrl = await server.etsy.deny(started.body.authorizeUrl);
    expect(new URL(callbackUrl).searchParams.get('error')).toBe('access_denied');
    const landed = await server.fetch(callbackUrl);
    expect(landed.status).toBe(302);
    const location = new URL(landed.headers.get('location')!);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      vitrine_store: started.body.store.id,
      vitrine_status: 'error',
      vitrine_error: 'oauth_denied',
    });
    expect(await store(started.body.store.id)).toMatchObject({
      status: 'error',
      statusReason: 'oauth_denied',
    });
    // The state went with the refusal: replaying the callback finds nothing to complete.
    const again = await server.fetch(callbackUrl);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('"code":"oauth_state_invalid"');
  });

  it('keeps attempts that never connected off the list, and lets a disconnected store be removed', async () => {
    const client = (await newClient('Tidy Co')).id;
    const listed = async () =>
      (await api.get(`/v1/clients/${client}/stores`)).body.data.map(
        (s: { id: string; status: string }) => [s.id, s.status],
      );
    // Denied: the attempt is not a store on the list (the connect dialog said why).
    const denied = await authorize(client);
    await server.fetch(await server.etsy.deny(denied.body.authorizeUrl));
    expect(await listed()).toEqual([]);
    // Tried again and abandoned: the same attempt row, shown while the authorisation is live.
    const abandoned = await authorize(client);
    expect(abandoned.body.store.id).toBe(denied.body.store.id);
    expect(await listed()).toEqual([[denied.body.store.id, 'connecting']]);
    server.clock.advance(11 * 60_000);
    expect(await listed()).toEqual([]);

    const shop = newShop(1);
    const { storeId } = await connect(shop.shopName, client);
    expect(storeId).toBe(denied.body.store.id);
    expect(await listed()).toEqual([[storeId, 'connected']]);
    await server.runJobs();
    // Not while connected; once disconnected it can leave the list, and comes back when the
    // same shop connects again.
    const early = await api.post(`/v1/stores/${storeId}/remove`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('store_connected');
    await api.delete(`/v1/stores/${storeId}`);
    expect(await listed()).toEqual([[storeId, 'disconnected']]);
    const removed = await api.post(`/v1/stores/${storeId}/remove`);
    expect(removed.status).toBe(200);
    expect(await listed()).toEqual([]);
    expect((await api.get(`/v1/stores/${storeId}`)).body.status).toBe('disconnected');
    // (Etsy names the shop only after the exchange: the attempt hands over to the known store.)
    await connect(shop.shopName, client);
    expect(await listed()).toEqual([[storeId, 'connected']]);
  });

  it('syncs listings as products and their inventory as variants, with counts', async () => {
    const { storeId } = await connect('InkwellPrintStudio');
    const expected = server.etsy.counts('InkwellPrintStudio');
    await server.runJobs();
    const synced = await store(storeId);
    const result = (await job(synced.lastSyncJobId)) as Job & { result: Record<string, number> };
    expect(result).toMatchObject({
      status: 'succeeded',
      result: { products: expected.listings, variants: expected.variants, removedProducts: 0 },
    });
    expect(synced).toMatchObject({
      productCount: expected.listings,
      variantCount: expected.variants,
      mappedVariantCount: 0,
    });
    expect(synced.lastSyncAt).not.toBeNull();

    // A tee: two variation properties, one variant per combination, price from its offering.
    const tee = server.etsy.listing('InkwellPrintStudio', 1)!;
    const rows = await server.db.query<{
      external_id: string;
      title: string;
      sku: string | null;
      price: string;
      options: Record<string, string>;
    }>(
      `select v.external_id, v.title, v.sku, v.price, v.options from store_variants v
         join store_products p on p.id = v.product_id
        where p.store_id = $1 and p.external_id = $2 order by v.position`,
      [storeId, String(tee.listing_id)],
    );
    expect(rows).toHaveLength(15);
    expect(rows[0]).toEqual({
      external_id: String(tee.inventory.products[0]!.product_id),
      title: 'S / Black',
      sku: tee.inventory.products[0]!.sku,
      price: '24.00',
      options: { Size: 'S', Color: 'Black' },
    });
    // A greeting card has no variations: one variant.
    const card = server.etsy.listing('InkwellPrintStudio', 2)!;
    const [cardVariants] = await server.db.query<{ n: number }>(
      `select count(*)::int as n from store_variants v join store_products p on p.id = v.product_id
        where p.store_id = $1 and p.external_id = $2`,
      [storeId, String(card.listing_id)],
    );
    expect(cardVariants!.n).toBe(1);
    // Deleted inventory products are not variants.
    const withDeleted = server.etsy.listing('InkwellPrintStudio', 4)!;
    const deleted = withDeleted.inventory.products.find((p) => p.is_deleted)!;
    const [gone] = await server.db.query<{ n: number }>(
      'select count(*)::int as n from store_variants where store_id = $1 and external_id = $2',
      [storeId, String(deleted.product_id)],
    );
    expect(gone!.n).toBe(0);
  });

  it('renews the hour-long token before it expires, and saves the new pair', async () => {
    const shop = newShop(3);
    const { storeId } = await connect(shop.shopName);
    await server.runJobs();
    const before = await credentials(storeId);
    const tokenRequests = server.etsy.stats(shop.shopName).tokenRequests;
    const unauthorized = server.etsy.stats(shop.shopName).unauthorized;

    server.clock.advance(2 * 3600_000);
    const sync = await api.post(`/v1/stores/${storeId}/sync`);
    expect(sync.status).toBe(202);
    await server.runJobs();
    expect((await job(sync.body.id)).status).toBe('succeeded');
    const after = await credentials(storeId);
    expect(after!.accessToken).not.toBe(before!.accessToken);
    expect(after!.refreshToken).not.toBe(before!.refreshToken);
    expect(Date.parse(after!.expiresAt)).toBeGreaterThan(server.clock.now().getTime());
    expect(server.etsy.stats(shop.shopName).tokenRequests).toBe(tokenRequests + 1);
    // Renewed ahead of time: Etsy never had to refuse the old token.
    expect(server.etsy.stats(shop.shopName).unauthorized).toBe(unauthorized);
  });

  it('puts the store in needs_reauth when the owner revokes access', async () => {
    const shop = newShop(3);
    const { storeId, clientId } = await connect(shop.shopName);
    await server.runJobs();
    server.etsy.revokeTokens(shop.shopName);

    const sync = await api.post(`/v1/stores/${storeId}/sync`);
    await server.runJobs();
    expect(await job(sync.body.id)).toMatchObject({
      status: 'failed',
      error: { code: 'store_needs_reauth' },
    });
    expect(await store(storeId)).toMatchObject({
      status: 'needs_reauth',
      statusReason: 'token_revoked',
    });
    // Connecting again brings it back.
    const again = await connect(shop.shopName, clientId);
    expect(again.landed.status).toBe(200);
    expect((await store(storeId)).status).toBe('connected');
    await server.runJobs();
    expect((await store(storeId)).lastSyncAt).not.toBeNull();
  });

  it('verifies a store with a live call', async () => {
    const shop = newShop(2);
    const { storeId } = await connect(shop.shopName);
    expect((await api.post(`/v1/stores/${storeId}/verify`)).body.status).toBe('connected');
    server.etsy.revokeTokens(shop.shopName);
    expect((await api.post(`/v1/stores/${storeId}/verify`)).body).toMatchObject({
      status: 'needs_reauth',
      statusReason: 'token_revoked',
    });
  });

  it('waits out 429s, paces itself by x-remaining-this-second, and defers a spent daily quota', async () => {
    const { storeId } = await connect('VitrineMegaMerch');
    try {
      server.etsy.setLimits({ perSecond: 2 });
      const limitedBefore = server.etsy.stats('VitrineMegaMerch').rateLimited;
      // Other calls with the same token spent this second: the first request is answered 429.
      server.etsy.exhaustSecond('VitrineMegaMerch');
      const started = server.clock.now().getTime();
      await server.runJobs();
      const synced = await store(storeId);
      expect((await job(synced.lastSyncJobId)).status).toBe('succeeded');
      expect(synced.productCount).toBe(320);
      expect(synced.variantCount).toBe(server.etsy.counts('VitrineMegaMerch').variants);
      expect(server.etsy.stats('VitrineMegaMerch').rateLimited - limitedBefore).toBe(1);
      // Four pages plus the token check, two a second: the waits moved the clock along.
      expect(server.clock.now().getTime() - started).toBeGreaterThanOrEqual(1000);

      server.etsy.setLimits({ perSecond: 100, perDay: 0 });
      const sync = await api.post(`/v1/stores/${storeId}/sync`);
      await server.runJobs();
      const deferred = await job(sync.body.id);
      expect(deferred).toMatchObject({ status: 'queued', attempts: 1 });
      const [row] = await server.db.query<{ error_code: string; run_after: Date }>(
        'select error_code, run_after from jobs where id = $1',
        [sync.body.id],
      );
      expect(row!.error_code).toBe('rate_limited');
      expect(row!.run_after.getTime() - server.clock.now().getTime()).toBeGreaterThan(60_000);
      expect((await store(storeId)).status).toBe('connected');
    } finally {
      server.etsy.setLimits({ perSecond: 10, perDay: 10_000 });
    }
  });

  it('polls receipts into platform_events once, and again only when a receipt changes', async () => {
    const shop = newShop(4);
    const { storeId } = await connect(shop.shopName);
    await server.runJobs();
    expect(await events(storeId)).toEqual([]);

    const { receipt } = await server.etsy.addReceipt(shop.shopName, {
      listingIndex: 1,
      quantity: 2,
    });
    await server.etsy.addReceipt(shop.shopName, { listingIndex: 0 });
    // Nothing happens before the next poll is due.
    await server.runJobs();
    expect(await events(storeId)).toEqual([]);

    server.clock.advance(ORDER_POLL_INTERVAL_SECONDS * 1000);
    await server.runJobs();
    const polled = await events(storeId);
    expect(polled.map((e) => e.delivery_id).sort()).toEqual(
      server.etsy
        .receipts(shop.shopName)
        .map((r) => `receipt:${r.receipt_id}:${r.update_timestamp}`)
        .sort(),
    );
    // Kept as order deliveries, and read by the order intake the poll queued.
    expect(polled.every((e) => e.topic === 'order.paid' && e.processed_at !== null)).toBe(true);
    const kept = polled.find((e) => e.delivery_id.startsWith(`receipt:${receipt.receipt_id}:`));
    expect(kept?.payload).toMatchObject({
      receipt_id: receipt.receipt_id,
      transactions: [
        { quantity: 2, listing_id: server.etsy.listing(shop.shopName, 1)!.listing_id },
      ],
    });

    // Polling again finds the same receipts (the window includes the last change): no duplicates.
    server.clock.advance(ORDER_POLL_INTERVAL_SECONDS * 1000);
    await server.runJobs();
    expect(await events(storeId)).toHaveLength(2);

    // A receipt shipped later is a new change, kept once more.
    server.clock.advance(1000);
    server.etsy.updateReceipt(shop.shopName, receipt.receipt_id, { trackingCode: '9400100000' });
    server.clock.advance(ORDER_POLL_INTERVAL_SECONDS * 1000);
    await server.runJobs();
    expect(await events(storeId)).toHaveLength(3);

    const polls = await jobsOf(storeId, 'order_poll');
    expect(polls.filter((j) => j.status === 'queued')).toHaveLength(1);
    expect(polls.filter((j) => j.status === 'succeeded')).toHaveLength(polls.length - 1);
    expect(Number(polls.at(-1)!.state.since)).toBe(
      server.etsy.receipts(shop.shopName).find((r) => r.receipt_id === receipt.receipt_id)!
        .update_timestamp,
    );
  });

  it('pages through more receipts than one page holds', async () => {
    const shop = newShop(3);
    const { storeId } = await connect(shop.shopName);
    await server.runJobs();
    for (let i = 0; i < 130; i++) {
      await server.etsy.addReceipt(shop.shopName, { listingIndex: i % 3 });
      if (i % 40 === 0) server.clock.advance(1000);
    }
    server.clock.advance(ORDER_POLL_INTERVAL_SECONDS * 1000);
    await server.runJobs();
    const kept = await events(storeId);
    expect(kept).toHaveLength(130);
    expect(new Set(kept.map((e) => (e.payload as { receipt_id: number }).receipt_id)).size).toBe(
      130,
    );
  });

  it('lets an outage delay the next poll, which then finds the orders', async () => {
    const shop = newShop(2);
    const { storeId } = await connect(shop.shopName);
    await server.runJobs();
    await server.etsy.addReceipt(shop.shopName);
    // More failures in a row than the adapter retries.
    server.etsy.failNext(4, 503, shop.shopName);
    server.clock.advance(ORDER_POLL_INTERVAL_SECONDS * 1000);
    await server.runJobs();
    expect(await events(storeId)).toEqual([]);
    const polls = await jobsOf(storeId, 'order_poll');
    const failedPoll = polls.at(-2)!;
    expect(
      (
        await server.db.query<{ result: unknown }>('select result from jobs where id = $1', [
          failedPoll.id,
        ])
      )[0]!.result,
    ).toMatchObject({ orders: 0, error: 'platform_unavailable' });
    expect(polls.at(-1)!.status).toBe('queued');
    expect((await store(storeId)).status).toBe('connected');

    server.clock.advance(ORDER_POLL_INTERVAL_SECONDS * 1000);
    await server.runJobs();
    expect(await events(storeId)).toHaveLength(1);
  });

  it('stops polling a disconnected store', async () => {
    const shop = newShop(2);
    const { storeId } = await connect(shop.shopName);
    expect((await api.delete(`/v1/stores/${storeId}`)).status).toBe(200);
    server.clock.advance(ORDER_POLL_INTERVAL_SECONDS * 1000);
    await server.runJobs();
    const polls = await jobsOf(storeId, 'order_poll');
    expect(polls.map((j) => j.status)).toEqual(['canceled']);
  });

  describe('webhooks', () => {
    const post = (storeId: string, headers: Record<string, string>, body: string) =>
      server.fetch(`${server.baseUrl}/v1/hooks/etsy/${storeId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });

    const signed = async (body: string, id = `msg_${crypto.randomUUID()}`, at?: number) => {
      const timestamp = at ?? Math.floor(server.clock.now().getTime() / 1000);
      return {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': await signStandardWebhook(
          server.etsyApp.webhookSecret,
          id,
          timestamp,
          body,
        ),
      };
    };

    it('keeps a signed order.paid, and a redelivery only once', async () => {
      const shop = newShop(2);
      const { storeId } = await connect(shop.shopName);
      server.etsy.addWebhookEndpoint(`${server.baseUrl}/v1/hooks/etsy/${storeId}`);
      const { receipt, deliveries } = await server.etsy.addReceipt(shop.shopName);
      const delivery = deliveries.find((d) => d.url.endsWith(storeId))!;
      expect(delivery.status).toBe(200);

      const kept = (await events(storeId)).filter((e) => !e.delivery_id.startsWith('receipt:'));
      expect(kept).toEqual([
        {
          delivery_id: delivery.id,
          topic: 'order.paid',
          payload: {
            event_type: 'order.paid',
            resource_url: `https://api.etsy.com/v3/application/shops/${shop.shopId}/receipts/${receipt.receipt_id}`,
            shop_id: shop.shopId,
          },
          processed_at: null,
        },
      ]);
      const replay = await post(storeId, delivery.headers, delivery.body);
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual({
        duplicate: true,
        topic: 'order.paid',
        outcome: 'duplicate',
      });
    });

    it('records a signed notification it cannot read against the store; the app address refuses it', async () => {
      const shop = newShop(2);
      const { storeId } = await connect(shop.shopName);
      const body = JSON.stringify({ event_type: 'order.paid', shop_id: { id: shop.shopId } });
      const headers = await signed(body);
      const res = await post(storeId, headers, body);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ duplicate: false, outcome: 'rejected' });
      const [row] = await server.db.query<{ failed_reason: string | null }>(
        'select failed_reason from platform_events where store_id = $1 and delivery_id = $2',
        [storeId, headers['webhook-id']],
      );
      expect(row?.failed_reason).toMatch(/^The webhook body is not as expected: shop_id /);
      const toApp = await server.fetch(`${server.baseUrl}/v1/hooks/etsy`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await signed(body)) },
        body,
      });
      expect(toApp.status).toBe(400);
      expect((await toApp.json()).error.code).toBe('validation_failed');
    });

    it("takes deliveries at the app's one address and routes them by shop", async () => {
      const shop = newShop(2);
      const { storeId } = await connect(shop.shopName);
      const body = JSON.stringify({
        event_type: 'order.paid',
        resource_url: `https://api.etsy.com/v3/application/shops/${shop.shopId}/receipts/7`,
        shop_id: shop.shopId,
      });
      const toApp = async (headers: Record<string, string>, text: string) =>
        server.fetch(`${server.baseUrl}/v1/hooks/etsy`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: text,
        });
      const headers = await signed(body);
      const first = await toApp(headers, body);
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({
        stores: 1,
        receipts: [{ duplicate: false, outcome: 'queued' }],
      });
      expect(await (await toApp(headers, body)).json()).toMatchObject({
        receipts: [{ duplicate: true }],
      });
      const kept = (await events(storeId)).filter((e) => !e.delivery_id.startsWith('receipt:'));
      expect(kept).toHaveLength(1);

      const forged = { ...headers, 'webhook-signature': `v1,${btoa('forged signature bytes!!')}` };
      expect((await toApp(forged, body)).status).toBe(401);
      const unknown = JSON.stringify({ event_type: 'order.paid', shop_id: 1, resource_url: '' });
      expect((await toApp(await signed(unknown), unknown)).status).toBe(404);
    });

    it('refuses forged, altered, stale and other-shop deliveries', async () => {
      const shop = newShop(2);
      const { storeId } = await connect(shop.shopName);
      const body = JSON.stringify({
        event_type: 'order.paid',
        resource_url: `https://api.etsy.com/v3/application/shops/${shop.shopId}/receipts/1`,
        shop_id: shop.shopId,
      });
      const headers = await signed(body);

      const forged = await post(
        storeId,
        { ...headers, 'webhook-signature': `v1,${btoa('not the signature at all, no')}` },
        body,
      );
      expect(forged.status).toBe(401);
      expect((await forged.json()).error.code).toBe('webhook_signature_invalid');
      const altered = await post(storeId, headers, body.replace('/receipts/1', '/receipts/2'));
      expect(altered.status).toBe(401);

      // A genuine delivery captured and replayed six minutes later.
      server.clock.advance(6 * 60_000);
      expect((await post(storeId, headers, body)).status).toBe(401);

      const elsewhere = JSON.stringify({ event_type: 'order.paid', shop_id: 1, resource_url: '' });
      expect((await post(storeId, await signed(elsewhere), elsewhere)).status).toBe(404);
      expect(await events(storeId)).toEqual([]);

      const fresh = await post(storeId, await signed(body), body);
      expect(await fresh.json()).toMatchObject({ duplicate: false, outcome: 'queued' });
    });
  });
});

describe('a server without an Etsy app', () => {
  it('refuses Etsy connections as not supported', async () => {
    const server = await startServer({ etsy: undefined });
    try {
      const api = caller(server, server.provider.secretKey);
      const client = (await api.post('/v1/clients', { name: 'No Etsy' })).body;
      const res = await api.post(`/v1/clients/${client.id}/stores/authorize`, { platform: 'etsy' });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('platform_not_supported');
    } finally {
      await server.close();
    }
  });
});
