import type { Order, StoreVariant } from '@vitrine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../src/platforms/shopify/hmac.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, connectShopify, startServer } from './support.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
const art = 'https://files.test/poster.pdf';
const address = {
  firstName: 'Ana',
  lastName: 'Silva',
  addressLine1: 'Rua Augusta 100',
  city: 'Lisboa',
  postCode: '1100-053',
  country: 'PT',
  email: 'ana@example.com',
};

/** Orders: intake from the Shopify simulator, manual, CSV and test orders, release, cancel. */
describe('orders', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let clientId: string;
  let storeId: string;

  const orders = async (query = ''): Promise<Order[]> =>
    (await api.get(`/v1/clients/${clientId}/orders${query}`)).body.data;
  /** The first variant of a simulated product, as the store knows it. */
  const variantOf = async (index: number): Promise<StoreVariant> => {
    const product = server.shopify.product('vitrine-demo', index)!;
    const listed = (await api.get(`/v1/stores/${storeId}/products?limit=100`)).body.data;
    const ours = listed.find((p: { externalId: string }) => p.externalId === String(product.id));
    return ours.variants.find(
      (v: StoreVariant) => v.externalId === String(product.variants[0]!.id),
    );
  };
  const map = (variantId: string) =>
    api.put(`/v1/stores/${storeId}/variants/${variantId}/mapping`, {
      productUid: POSTER,
      files: [{ type: 'default', url: art }],
    });

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true });
    api = caller(server, server.provider.secretKey);
    clientId = (await api.post('/v1/clients', { name: 'Order Co' })).body.id;
    ({ storeId } = await connectShopify(server, server.provider.secretKey, clientId));
    await server.runJobs();
  });
  afterAll(() => server.close());

  describe('from Shopify', () => {
    it('acknowledges the webhook at once and keeps the order with its mapped product', async () => {
      const variant = await variantOf(0);
      expect((await map(variant.id)).status).toBe(200);
      const [delivery] = await server.shopify.createOrder('vitrine-demo', 0, 3);
      // Answered before the order is read: intake runs as a job.
      expect(delivery!.status).toBe(200);
      expect(await orders()).toEqual([]);
      await server.runJobs();
      const [order] = await orders();
      expect(order).toMatchObject({
        source: 'platform',
        storeId,
        isTest: true,
        orderReferenceId: '#1001',
        currency: 'USD',
        fulfillmentStatus: 'received',
        statusReason: null,
        shippingAddress: { firstName: 'Ann', lastName: 'Lee', city: 'Austin', country: 'US' },
        items: [
          {
            variantId: variant.id,
            quantity: 3,
            productUid: POSTER,
            files: [{ type: 'default', url: art }],
            fulfillmentStatus: 'received',
            problem: null,
          },
        ],
        history: [{ status: 'received' }],
      });
      expect((await api.get(`/v1/orders/${order!.id}`)).body).toEqual(order);
    });

    it('keeps one order per platform order: replays and a second delivery of it change nothing', async () => {
      const before = (await orders()).length;
      const [delivery] = await server.shopify.createOrder('vitrine-demo', 0);
      await server.runJobs();
      // The same delivery again (Shopify's retry), and the same order under a new delivery id.
      await server.shopify.redeliver(delivery!.id);
      const again = await server.fetch(delivery!.uri, {
        method: 'POST',
        headers: { ...delivery!.headers, 'x-shopify-webhook-id': crypto.randomUUID() },
        body: delivery!.body,
      });
      expect(again.status).toBe(200);
      await server.runJobs();
      const all = await orders();
      expect(all).toHaveLength(before + 1);
      const platformId = String(JSON.parse(delivery!.body).id);
      expect(all.filter((o) => o.platformOrderId === platformId)).toHaveLength(1);
    });

    it('holds an order whose variant is not mapped, counts it on the store, and releases it once mapped', async () => {
      const variant = await variantOf(1);
      await server.shopify.createOrder('vitrine-demo', 1);
      await server.runJobs();
      const [held] = await orders('?status=not_connected');
      expect(held).toMatchObject({
        fulfillmentStatus: 'not_connected',
        statusReason: 'variant_unmapped',
        items: [{ variantId: variant.id, problem: 'variant_unmapped', productUid: null }],
      });
      expect((await api.get(`/v1/stores/${storeId}`)).body.notConnectedOrderCount).toBe(1);

      const early = await api.post(`/v1/orders/${held!.id}/release`);
      expect(early.body).toMatchObject({ fulfillmentStatus: 'not_connected' });
      await map(variant.id);
      const released = await api.post(`/v1/orders/${held!.id}/release`);
      expect(released.body).toMatchObject({
        fulfillmentStatus: 'received',
        items: [{ productUid: POSTER, problem: null, fulfillmentStatus: 'received' }],
      });
      expect(released.body.history.map((e: { status: string }) => e.status)).toEqual([
        'not_connected',
        'received',
      ]);
      expect((await api.get(`/v1/stores/${storeId}`)).body.notConnectedOrderCount).toBe(0);
    });

    it('cancels an order the shop cancels, before production', async () => {
      const [delivery] = await server.shopify.createOrder('vitrine-demo', 0);
      await server.runJobs();
      const id = JSON.parse(delivery!.body).id as number;
      await server.shopify.cancelOrder('vitrine-demo', id);
      await server.runJobs();
      const order = (await orders()).find((o) => o.platformOrderId === String(id))!;
      expect(order).toMatchObject({
        fulfillmentStatus: 'canceled',
        statusReason: 'canceled_in_store',
      });
      expect(order.history.at(-1)).toMatchObject({
        status: 'canceled',
        note: 'Canceled in the store.',
      });
    });

    it('records a signed body that is not an order as failed, with its reason, never a 500', async () => {
      const body = JSON.stringify({ id: 42, name: '#9', currency: 'USD', line_items: 'notarray' });
      const res = await server.fetch(`${server.baseUrl}/v1/hooks/shopify/${storeId}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-shopify-topic': 'orders/create',
          'x-shopify-shop-domain': server.shopify.domainOf('vitrine-demo'),
          'x-shopify-webhook-id': crypto.randomUUID(),
          'x-shopify-hmac-sha256': await signWebhook(server.shopifyApp.apiSecret, body),
        },
        body,
      });
      expect(res.status).toBe(200);
      const ran = await server.runJobs();
      expect(ran.failed).toBe(0);
      const [event] = await server.db.query<{ failed_reason: string | null }>(
        `select failed_reason from platform_events where store_id = $1 and payload->>'id' = '42'`,
        [storeId],
      );
      expect(event?.failed_reason).toMatch(/^Not a Shopify order: line_items/);
      expect((await orders()).some((o) => o.platformOrderId === '42')).toBe(false);
    });
  });

  describe('placed through Vitrine', () => {
    let manual: string;
    beforeAll(async () => {
      manual = (
        await api.post(`/v1/clients/${clientId}/stores`, { platform: 'manual', name: 'Counter' })
      ).body.id;
    });
    const place = (body: Record<string, unknown>) => api.post(`/v1/stores/${manual}/orders`, body);

    it('takes an order by hand with catalog products and their files', async () => {
      const res = await place({
        orderReferenceId: 'M-1',
        currency: 'EUR',
        shippingAddress: address,
        items: [
          {
            itemReferenceId: 'M-1-1',
            productUid: POSTER,
            quantity: 2,
            files: [{ type: 'default', url: art }],
          },
        ],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        source: 'manual',
        isTest: false,
        fulfillmentStatus: 'received',
        shippingAddress: { ...address, companyName: null, phone: null },
        items: [{ productUid: POSTER, quantity: 2, title: expect.stringContaining('Poster') }],
      });
    });

    it('refuses what cannot be printed, and a reference used already', async () => {
      const unknown = await place({
        orderReferenceId: 'M-2',
        currency: 'EUR',
        shippingAddress: address,
        items: [
          {
            itemReferenceId: 'x',
            productUid: 'no_such_uid',
            quantity: 1,
            files: [{ type: 'default', url: art }],
          },
        ],
      });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.fields[0]).toMatchObject({
        path: 'items.0.productUid',
        code: 'product_uid_unknown',
      });
      const noFile = await place({
        orderReferenceId: 'M-2',
        currency: 'EUR',
        shippingAddress: address,
        items: [{ itemReferenceId: 'x', productUid: POSTER, quantity: 1, files: [] }],
      });
      expect(noFile.status).toBe(400);
      expect(noFile.body.error.fields[0]).toMatchObject({
        path: 'items.0.files',
        code: 'print_area_required',
      });
      const again = await place({
        orderReferenceId: 'M-1',
        currency: 'EUR',
        shippingAddress: address,
        items: [
          {
            itemReferenceId: 'y',
            productUid: POSTER,
            quantity: 1,
            files: [{ type: 'default', url: art }],
          },
        ],
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('order_reference_taken');
      const badCountry = await place({
        orderReferenceId: 'M-3',
        currency: 'EUR',
        shippingAddress: { ...address, country: 'Portugal' },
        items: [
          {
            itemReferenceId: 'z',
            productUid: POSTER,
            quantity: 1,
            files: [{ type: 'default', url: art }],
          },
        ],
      });
      expect(badCountry.status).toBe(400);
    });

    it('imports orders from a file: each created or refused on its own, once', async () => {
      const order = (ref: string, uid = POSTER) => ({
        orderReferenceId: ref,
        currency: 'EUR',
        shippingAddress: address,
        items: [
          {
            itemReferenceId: `${ref}-1`,
            productUid: uid,
            quantity: 1,
            files: [{ type: 'default', url: art }],
          },
        ],
      });
      const dry = await api.post(`/v1/stores/${manual}/orders:bulk`, {
        orders: [order('C-1'), order('C-2')],
        dryRun: true,
      });
      expect(dry.body).toMatchObject({ total: 2, created: 2, failed: 0, orderIds: [] });
      expect((await orders('?source=csv')).length).toBe(0);
      const res = await api.post(`/v1/stores/${manual}/orders:bulk`, {
        orders: [order('C-1'), order('C-2'), order('C-3', 'nope_uid'), order('C-1')],
      });
      expect(res.body).toMatchObject({ total: 4, created: 2, failed: 2 });
      expect(res.body.errors).toEqual([
        expect.objectContaining({ orderReferenceId: 'C-3', code: 'product_uid_unknown' }),
        expect.objectContaining({ orderReferenceId: 'C-1', code: 'order_reference_taken' }),
      ]);
      const again = await api.post(`/v1/stores/${manual}/orders:bulk`, {
        orders: [order('C-1'), order('C-2')],
      });
      expect(again.body).toMatchObject({ created: 0, failed: 2 });
      expect((await orders('?source=csv')).map((o) => o.orderReferenceId).sort()).toEqual([
        'C-1',
        'C-2',
      ]);
    });

    it('sends a test order from a mapped variant, clearly flagged', async () => {
      const none = await api.post(`/v1/stores/${manual}/test-order`, {});
      expect(none.status).toBe(422);
      expect(none.body.error.code).toBe('variant_unmapped');
      const res = await api.post(`/v1/stores/${storeId}/test-order`, {});
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        source: 'test',
        isTest: true,
        orderReferenceId: expect.stringMatching(/^TEST-\d{14}-[0-9A-F]{4}$/),
        fulfillmentStatus: 'received',
        items: [{ productUid: POSTER, files: [{ type: 'default', url: art }] }],
        history: [{ status: 'received', note: 'A test order.' }],
      });
    });

    it('cancels an order before production, and lists by status, source and search', async () => {
      const [order] = await orders('?search=m-1');
      expect(order?.orderReferenceId).toBe('M-1');
      const canceled = await api.post(`/v1/orders/${order!.id}/cancel`);
      expect(canceled.body).toMatchObject({
        fulfillmentStatus: 'canceled',
        items: [{ fulfillmentStatus: 'canceled' }],
      });
      expect((await api.post(`/v1/orders/${order!.id}/cancel`)).status).toBe(200);
      expect((await orders('?status=canceled')).map((o) => o.id)).toContain(order!.id);
      expect((await orders('?search=silva')).length).toBeGreaterThanOrEqual(3);
      expect(await orders('?search=nobody-at-all')).toEqual([]);
    });
  });

  it('pages through orders with stable cursors', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await api.get(
        `/v1/clients/${clientId}/orders?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.data.map((o: Order) => o.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await orders('?limit=100')).length);
  });
});
