import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signStandardWebhook } from '../src/platforms/etsy/webhooks.js';
import { ORDER_POLL_INTERVAL_SECONDS } from '../src/services/stores/orderPolling.js';
import type { TestServer } from '../testing/testServer.js';
import { art, eventsOf, mapVariant, ordersOf, POSTER, variantOf } from './intake.js';
import { caller, startServer } from './support.js';

/**
 * Etsy order intake against the simulator: receipts read from `order.paid` webhooks (through
 * the API) and from polls (the receipt itself), one order per receipt whichever way it came.
 */
describe('Etsy orders', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let shops = 0;

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true });
    api = caller(server, server.provider.secretKey);
    // Etsy takes one webhook address for the whole app.
    server.etsy.addWebhookEndpoint(`${server.baseUrl}/v1/hooks/etsy`);
  });
  afterAll(() => server.close());

  /** A shop of its own, connected through Etsy's consent page and synced. */
  async function connectedShop() {
    shops++;
    const shop = {
      shopId: 61_000_000 + shops,
      userId: 91_000_000 + shops,
      shopName: `OrderPrints${shops}`,
      title: 'Order prints',
      owner: `Seller ${shops}`,
      listings: 4,
    };
    server.etsy.addShop(shop);
    const client = (await api.post('/v1/clients', { name: `Etsy buyer ${shops}` })).body;
    const started = await api.post(`/v1/clients/${client.id}/stores/authorize`, {
      platform: 'etsy',
    });
    await server.fetch(await server.etsy.approve(started.body.authorizeUrl, shop.shopName));
    await server.runJobs();
    return { shop, clientId: client.id as string, storeId: started.body.store.id as string };
  }

  /** The synced variant an inventory product of a listing became. */
  const variant = async (storeId: string, shopName: string, listing: number, product = 0) => {
    const l = server.etsy.listing(shopName, listing)!;
    const live = l.inventory.products.filter((p) => !p.is_deleted);
    return variantOf(api, storeId, l.listing_id, live[product]!.product_id);
  };

  const nextPoll = async () => {
    server.clock.advance(ORDER_POLL_INTERVAL_SECONDS * 1000);
    return server.runJobs();
  };

  it('keeps a receipt seen by webhook and by poll as one order, with its mapped product', async () => {
    const { shop, clientId, storeId } = await connectedShop();
    const tee = await variant(storeId, shop.shopName, 1, 2);
    await mapVariant(api, storeId, tee.id);

    const { receipt, deliveries } = await server.etsy.addReceipt(shop.shopName, {
      listingIndex: 1,
      productIndex: 2,
      quantity: 2,
    });
    const [delivery] = deliveries;
    expect(delivery!.status).toBe(200);
    // Answered before anything is read: the receipt is read from Etsy by the intake job.
    expect(await ordersOf(api, clientId, storeId)).toEqual([]);
    expect((await server.runJobs()).failed).toBe(0);

    const transaction = receipt.transactions[0]!;
    const [order] = await ordersOf(api, clientId, storeId);
    expect(order).toMatchObject({
      source: 'platform',
      platformOrderId: String(receipt.receipt_id),
      orderReferenceId: String(receipt.receipt_id),
      isTest: false,
      currency: 'USD',
      fulfillmentStatus: 'received',
      shippingAddress: {
        firstName: 'Ann',
        lastName: 'Lee',
        addressLine1: '1 Main St',
        city: 'Austin',
        state: 'TX',
        postCode: '78701',
        country: 'US',
        email: 'buyer@example.com',
      },
      items: [
        {
          itemReferenceId: String(transaction.transaction_id),
          variantId: tee.id,
          sku: transaction.sku,
          quantity: 2,
          productUid: POSTER,
          files: [{ type: 'default', url: art }],
          productVariant: Object.fromEntries(
            transaction.variations.map((v) => [v.formatted_name, v.formatted_value]),
          ),
          fulfillmentStatus: 'received',
          problem: null,
        },
      ],
    });

    // Etsy retries a delivery it thinks failed: acknowledged as a duplicate, nothing read again.
    const replay = await server.fetch(delivery!.url, {
      method: 'POST',
      headers: delivery!.headers,
      body: delivery!.body,
    });
    expect(await replay.json()).toMatchObject({ receipts: [{ duplicate: true }] });

    // The next poll finds the same receipt: kept as a delivery, read, and still one order.
    expect((await nextPoll()).failed).toBe(0);
    const events = await eventsOf(server, storeId);
    expect(events.map((e) => e.delivery_id)).toEqual([
      delivery!.id,
      `receipt:${receipt.receipt_id}:${receipt.update_timestamp}`,
    ]);
    expect(events.every((e) => e.processed_at !== null && e.failed_reason === null)).toBe(true);
    const orders = await ordersOf(api, clientId, storeId);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toEqual(order);
  });

  it('cancels the order when the seller cancels the receipt (found by the next poll)', async () => {
    const { shop, clientId, storeId } = await connectedShop();
    await mapVariant(api, storeId, (await variant(storeId, shop.shopName, 2)).id);
    const { receipt } = await server.etsy.addReceipt(shop.shopName, { listingIndex: 2 });
    await server.runJobs();
    expect((await ordersOf(api, clientId, storeId))[0]?.fulfillmentStatus).toBe('received');

    // Etsy has no webhook for a cancellation: the receipt's change is polled.
    server.clock.advance(1000);
    server.etsy.updateReceipt(shop.shopName, receipt.receipt_id, { status: 'canceled' });
    await nextPoll();
    const [order] = await ordersOf(api, clientId, storeId);
    expect(order).toMatchObject({
      platformOrderId: String(receipt.receipt_id),
      fulfillmentStatus: 'canceled',
      statusReason: 'canceled_in_store',
      items: [{ fulfillmentStatus: 'canceled' }],
    });
    expect(order!.history.at(-1)).toMatchObject({ status: 'canceled' });
  });

  it('holds a receipt with a listing that is not mapped in not_connected', async () => {
    const { shop, clientId, storeId } = await connectedShop();
    const mapped = await variant(storeId, shop.shopName, 2);
    const unmapped = await variant(storeId, shop.shopName, 3);
    await mapVariant(api, storeId, mapped.id);
    await server.etsy.addReceipt(shop.shopName, {
      lines: [{ listingIndex: 2 }, { listingIndex: 3, quantity: 3 }],
    });
    await server.runJobs();
    const [order] = await ordersOf(api, clientId, storeId);
    expect(order).toMatchObject({
      fulfillmentStatus: 'not_connected',
      statusReason: 'variant_unmapped',
      items: [
        { variantId: mapped.id, productUid: POSTER, fulfillmentStatus: 'received' },
        {
          variantId: unmapped.id,
          quantity: 3,
          productUid: null,
          fulfillmentStatus: 'not_connected',
          problem: 'variant_unmapped',
        },
      ],
    });
  });

  it('records a signed notification that names no readable receipt as failed, with why, never a 500', async () => {
    const { shop, clientId, storeId } = await connectedShop();
    const send = async (payload: Record<string, unknown>) => {
      const body = JSON.stringify({ event_type: 'order.paid', shop_id: shop.shopId, ...payload });
      const id = `msg_${crypto.randomUUID()}`;
      const timestamp = Math.floor(server.clock.now().getTime() / 1000);
      const res = await server.fetch(`${server.baseUrl}/v1/hooks/etsy/${storeId}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': await signStandardWebhook(
            server.etsyApp.webhookSecret,
            id,
            timestamp,
            body,
          ),
        },
        body,
      });
      expect(res.status).toBe(200);
      return id;
    };
    const missing = await send({
      resource_url: `https://api.etsy.com/v3/application/shops/${shop.shopId}/receipts/999999`,
    });
    const nameless = await send({ resource_url: 'https://api.etsy.com/v3/application/shops' });
    const elsewhere = await send({
      resource_url: 'https://api.etsy.com/v3/application/shops/1/receipts/5',
    });
    const noUrl = await send({});

    const ran = await server.runJobs();
    expect(ran.failed).toBe(0);
    const reasons = Object.fromEntries(
      (await eventsOf(server, storeId)).map((e) => [e.delivery_id, e.failed_reason]),
    );
    expect(reasons).toEqual({
      [missing]: `Etsy has no receipt 999999 in shop ${shop.shopId}.`,
      [nameless]:
        'The order.paid notification names no receipt: https://api.etsy.com/v3/application/shops',
      [elsewhere]: `The notification names a receipt of Etsy shop 1, not of this store's shop ${shop.shopId}.`,
      [noUrl]: expect.stringMatching(/^Not an Etsy receipt or order notification: resource_url/),
    });
    expect(await ordersOf(api, clientId, storeId)).toEqual([]);
    expect((await api.get(`/v1/stores/${storeId}`)).body.status).toBe('connected');
  });
});
