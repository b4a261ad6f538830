import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../src/platforms/shopify/hmac.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, connectShopify, startServer } from './support.js';

/** Shopify webhooks as the simulator sends them: signed, retried, sometimes out of order. */
describe('Shopify webhooks', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer();
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  /** A synced store on a shop of its own, so deliveries reach only it. */
  async function syncedStore(products = 6) {
    const shop = server.shopify.addShop({
      name: `hooks-${Math.random().toString(36).slice(2, 8)}`,
      title: 'Hooked Prints',
      products,
    });
    const client = (await api.post('/v1/clients', { name: 'Hooked Co' })).body;
    const { storeId } = await connectShopify(server, server.provider.secretKey, client.id, shop);
    await server.runJobs();
    return { shop, storeId };
  }

  const productRow = async (storeId: string, externalId: number) =>
    (
      await server.db.query<{ title: string; prices: string[] }>(
        `select p.title, array_agg(v.price order by v.position) as prices
           from store_products p join store_variants v on v.product_id = p.id
          where p.store_id = $1 and p.external_id = $2 and v.removed_at is null group by p.title`,
        [storeId, String(externalId)],
      )
    )[0];

  const events = async (storeId: string) =>
    server.db.query<{ topic: string; processed_at: Date | null; payload: unknown }>(
      'select topic, processed_at, payload from platform_events where store_id = $1 order by received_at',
      [storeId],
    );

  /** Posts a delivery as Shopify would, with the given body and signature. */
  const post = (storeId: string, headers: Record<string, string>, body: string) =>
    server.fetch(`${server.baseUrl}/v1/hooks/shopify/${storeId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('subscribes to orders/create, orders/cancelled, products/update and app/uninstalled at the store address', async () => {
    const { shop, storeId } = await syncedStore();
    expect(server.shopify.subscriptions(shop)).toEqual(
      ['ORDERS_CREATE', 'ORDERS_CANCELLED', 'PRODUCTS_UPDATE', 'APP_UNINSTALLED'].map((topic) => ({
        topic,
        uri: `http://vitrine.test/v1/hooks/shopify/${storeId}`,
      })),
    );
  });

  it('applies products/update, and a replayed delivery only once', async () => {
    const { shop, storeId } = await syncedStore();
    const product = server.shopify.product(shop, 2)!;
    server.clock.advance(5_000);
    const [delivery] = await server.shopify.updateProduct(shop, 2, {
      title: 'Renamed Poster',
      price: '99.00',
    });
    expect(delivery?.status).toBe(200);
    const stored = await productRow(storeId, product.id);
    expect(stored?.title).toBe('Renamed Poster');
    expect(new Set(stored?.prices)).toEqual(new Set(['99.00']));

    // The same delivery again (Shopify retries with the same X-Shopify-Webhook-Id).
    const touched = async () =>
      (
        await server.db.query<{ updated_at: Date }>(
          'select updated_at from store_products where store_id = $1 and external_id = $2',
          [storeId, String(product.id)],
        )
      )[0]!.updated_at;
    const before = await touched();
    server.clock.advance(5_000);
    const replay = await post(storeId, delivery!.headers, delivery!.body);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({
      duplicate: true,
      topic: 'products/update',
      outcome: 'duplicate',
    });
    expect(await touched()).toEqual(before);
    expect((await events(storeId)).filter((e) => e.topic === 'products/update')).toHaveLength(1);
  });

  /** A delivery Shopify could have sent: `body` signed with the app's secret, fresh ids. */
  const signed = async (shop: string, topic: string, body: string) => ({
    'x-shopify-topic': topic,
    'x-shopify-shop-domain': server.shopify.domainOf(shop),
    'x-shopify-webhook-id': crypto.randomUUID(),
    'x-shopify-event-id': crypto.randomUUID(),
    'x-shopify-hmac-sha256': await signWebhook(server.shopifyApp.apiSecret, body),
  });

  it('ignores an older product update that arrives after a newer one', async () => {
    const { shop, storeId } = await syncedStore();
    server.clock.advance(5_000);
    const [older] = await server.shopify.updateProduct(shop, 1, { title: 'First change' });
    server.clock.advance(5_000);
    await server.shopify.updateProduct(shop, 1, { title: 'Second change' });
    // A change made before the first one, delivered only now: late, not a duplicate.
    const earlier = JSON.parse(older!.body);
    earlier.title = 'Earliest change';
    earlier.updated_at = new Date(Date.parse(earlier.updated_at) - 1_000).toISOString();
    const body = JSON.stringify(earlier);
    const late = await post(storeId, await signed(shop, 'products/update', body), body);
    expect(await late.json()).toMatchObject({ duplicate: false, outcome: 'stale' });
    expect((await productRow(storeId, server.shopify.product(shop, 1)!.id))?.title).toBe(
      'Second change',
    );
  });

  it('refuses a forged signature, and changes nothing', async () => {
    const { shop, storeId } = await syncedStore();
    const product = server.shopify.product(shop, 0)!;
    const body = JSON.stringify({
      id: product.id,
      title: 'Hijacked',
      status: 'active',
      updated_at: '2030-01-01T00:00:00Z',
      variants: [],
    });
    const headers = {
      'x-shopify-topic': 'products/update',
      'x-shopify-shop-domain': server.shopify.domainOf(shop),
      'x-shopify-webhook-id': crypto.randomUUID(),
    };
    for (const signature of [
      await signWebhook('not-the-app-secret', body),
      await signWebhook(server.shopifyApp.apiSecret, `${body} `),
      '',
    ]) {
      const res = await post(storeId, { ...headers, 'x-shopify-hmac-sha256': signature }, body);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('webhook_signature_invalid');
    }
    const unsigned = await post(storeId, headers, body);
    expect(unsigned.status).toBe(401);
    expect((await productRow(storeId, product.id))?.title).toBe(product.title);
    expect(await events(storeId)).toEqual([]);
  });

  it('keeps orders/create for order intake, once per delivery', async () => {
    const { shop, storeId } = await syncedStore();
    const [delivery] = await server.shopify.createOrder(shop, 0, 2);
    expect(delivery?.status).toBe(200);
    await server.shopify.redeliver(delivery!.id);
    const kept = await events(storeId);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ topic: 'orders/create', processed_at: null });
    expect(kept[0]?.payload).toMatchObject({
      name: '#1001',
      line_items: [{ quantity: 2, variant_id: server.shopify.product(shop, 0)!.variants[0]!.id }],
    });
  });

  it('answers 404 for another shop or an unknown store, after checking the signature', async () => {
    const { shop, storeId } = await syncedStore();
    const other = await syncedStore();
    const [delivery] = await server.shopify.createOrder(shop, 0);
    // A genuine delivery for one shop posted to another shop's store address.
    const misrouted = await post(other.storeId, delivery!.headers, delivery!.body);
    expect(misrouted.status).toBe(404);
    const unknown = await post('st_00000000000000000000', delivery!.headers, delivery!.body);
    expect(unknown.status).toBe(404);
    expect(await events(other.storeId)).toEqual([]);
    expect(storeId).not.toBe(other.storeId);
  });

  it('app/uninstalled puts the store in needs_reauth and forgets its credentials', async () => {
    const { shop, storeId } = await syncedStore();
    const [delivery] = await server.shopify.uninstall(shop);
    expect(delivery).toMatchObject({ topic: 'app/uninstalled', status: 200 });
    const store = (await api.get(`/v1/stores/${storeId}`)).body;
    expect(store).toMatchObject({ status: 'needs_reauth', statusReason: 'app_uninstalled' });
    expect(store.productCount).toBe(6);
    const [row] = await server.db.query<{ credentials: string | null }>(
      'select credentials from stores where id = $1',
      [storeId],
    );
    expect(row?.credentials).toBeNull();
    const sync = await api.post(`/v1/stores/${storeId}/sync`);
    expect(sync.body.error.code).toBe('store_needs_reauth');
    // Replayed: acknowledged, nothing more.
    const replay = await post(storeId, delivery!.headers, delivery!.body);
    expect(await replay.json()).toMatchObject({ duplicate: true });

    // Installing again reconnects the same store, and subscribes its webhooks again.
    await connectShopify(server, server.provider.secretKey, store.clientId, shop, { storeId });
    await server.runJobs();
    expect((await api.get(`/v1/stores/${storeId}`)).body.status).toBe('connected');
    expect(server.shopify.subscriptions(shop)).toHaveLength(4);
  });

  it('acknowledges deliveries for a disconnected store without applying them', async () => {
    const { shop, storeId } = await syncedStore();
    await api.delete(`/v1/stores/${storeId}`);
    server.clock.advance(5_000);
    const [delivery] = await server.shopify.updateProduct(shop, 0, { title: 'After disconnect' });
    expect(delivery?.status).toBe(200);
    const later = JSON.parse(delivery!.body);
    later.title = 'Still after disconnect';
    later.updated_at = new Date(Date.parse(later.updated_at) + 1_000).toISOString();
    const body = JSON.stringify(later);
    const replay = await post(storeId, await signed(shop, 'products/update', body), body);
    expect(await replay.json()).toMatchObject({ outcome: 'ignored' });
    expect((await productRow(storeId, server.shopify.product(shop, 0)!.id))?.title).not.toBe(
      'After disconnect',
    );
  });
  it('refuses a delivery that does not name its shop, and records nothing', async () => {
    const { shop, storeId } = await syncedStore();
    const [delivery] = await server.shopify.createOrder(shop, 0);
    await server.db.query('delete from platform_events where store_id = $1', [storeId]);
    const { 'x-shopify-shop-domain': _, ...headers } = delivery!.headers;
    const res = await post(storeId, headers, delivery!.body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('validation_failed');
    expect(await events(storeId)).toEqual([]);
    // Another shop's name is refused the same way as a misrouted delivery.
    const foreign = await post(
      storeId,
      { ...delivery!.headers, 'x-shopify-shop-domain': 'someone-else.myshopify.com' },
      delivery!.body,
    );
    expect(foreign.status).toBe(404);
    expect(await events(storeId)).toEqual([]);
  });

  it('processes the same signed body once, whatever webhook and event ids it arrives under', async () => {
    const { shop, storeId } = await syncedStore();
    const [delivery] = await server.shopify.createOrder(shop, 0);
    expect(delivery?.status).toBe(200);
    const again = await post(
      storeId,
      {
        ...delivery!.headers,
        'x-shopify-webhook-id': crypto.randomUUID(),
        'x-shopify-event-id': crypto.randomUUID(),
      },
      delivery!.body,
    );
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({
      duplicate: true,
      topic: 'orders/create',
      outcome: 'duplicate',
    });
    expect(await events(storeId)).toHaveLength(1);
    await server.runJobs();
    const orders = await server.db.query('select id from orders where store_id = $1', [storeId]);
    expect(orders).toHaveLength(1);
  });

  it('treats one event delivered under two webhook ids (two subscriptions) as one', async () => {
    const { shop, storeId } = await syncedStore();
    server.clock.advance(5_000);
    const [delivery] = await server.shopify.updateProduct(shop, 3, { title: 'Once' });
    // Shopify repeats the event id on every webhook one event triggers.
    const copy = JSON.parse(delivery!.body);
    copy.title = 'Twice';
    const body = JSON.stringify(copy);
    const headers = {
      ...(await signed(shop, 'products/update', body)),
      'x-shopify-event-id': delivery!.headers['x-shopify-event-id']!,
    };
    const res = await post(storeId, headers, body);
    expect(await res.json()).toMatchObject({ duplicate: true, outcome: 'duplicate' });
    expect((await productRow(storeId, server.shopify.product(shop, 3)!.id))?.title).toBe('Once');
  });
  it('records a signed body it cannot read as failed, and acknowledges it once', async () => {
    const { shop, storeId } = await syncedStore();
    const bodies: [string, string, RegExp][] = [
      [
        'products/update',
        '{"id":1,"variants":"notarray"}',
        /^The webhook body is not as expected: variants /,
      ],
      ['orders/create', '[1,2]', /^The webhook body is not as expected: body /],
      ['products/delete', 'not json', /^The webhook body is not JSON\.$/],
    ];
    for (const [topic, body] of bodies) {
      const headers = await signed(shop, topic, body);
      const res = await post(storeId, headers, body);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ duplicate: false, topic, outcome: 'rejected' });
      // Shopify's retry of the same delivery is a duplicate, not a second failure.
      expect(await (await post(storeId, headers, body)).json()).toMatchObject({ duplicate: true });
    }
    const rows = await server.db.query<{ topic: string; failed_reason: string | null }>(
      'select topic, failed_reason from platform_events where store_id = $1',
      [storeId],
    );
    expect(rows).toHaveLength(bodies.length);
    for (const [topic, , reason] of bodies) {
      expect(rows.find((r) => r.topic === topic)?.failed_reason).toMatch(reason);
    }
    expect((await server.runJobs()).failed).toBe(0);
  });
});
