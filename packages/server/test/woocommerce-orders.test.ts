import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '../src/crypto/encryption.js';
import { hmacSha256, toBase64 } from '../src/crypto/hmac.js';
import type { TestServer } from '../testing/testServer.js';
import { art, eventsOf, mapVariant, ordersOf, POSTER, variantOf } from './intake.js';
import { caller, startServer } from './support.js';

/**
 * WooCommerce order intake against the simulator: `order.created` and `order.updated` webhooks
 * and polled orders all carry the whole order; one order per WooCommerce order id.
 */
describe('WooCommerce orders', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer({ seedCatalog: true });
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  const sim = () => server.woocommerce;

  /** A fresh copy of the print shop, connected with a read/write key, synced and subscribed. */
  async function connectedStore() {
    const name = `orders-${Math.random().toString(36).slice(2, 8)}`;
    const url = sim().addStore({ name, title: `Orders ${name}`, catalogue: { kind: 'print' } });
    const key = await sim().createKey(name, 'read_write');
    const client = (await api.post('/v1/clients', { name: `Woo buyer ${name}` })).body;
    const created = await api.post(`/v1/clients/${client.id}/stores`, {
      platform: 'woocommerce',
      url,
      consumerKey: key.consumerKey,
      consumerSecret: key.consumerSecret,
    });
    expect(created.status).toBe(201);
    await server.runJobs();
    const products = sim().products(name);
    const variable = products.find((p) => p.type === 'variable' && p.status === 'publish')!;
    const simple = products.find((p) => p.type === 'simple' && p.status === 'publish')!;
    return {
      name,
      clientId: client.id as string,
      storeId: created.body.id as string,
      variable,
      simple,
    };
  }

  const nextPoll = async () => {
    server.clock.advance(5 * 60_000 + 1000);
    return server.runJobs();
  };

  it('keeps an order seen by webhook and by poll as one order, with its mapped variation', async () => {
    const { name, clientId, storeId, variable } = await connectedStore();
    const chosen = sim().variations(name, variable.id)[1]!;
    const v = await variantOf(api, storeId, variable.id, chosen.id);
    await mapVariant(api, storeId, v.id);

    const { order, deliveries } = await sim().createOrder(name, variable.id, 2, {
      variationId: chosen.id,
    });
    const [delivery] = deliveries;
    expect(delivery!.status).toBe(200);
    expect((await server.runJobs()).failed).toBe(0);
    const line = (order.line_items as { id: number; sku: string }[])[0]!;
    const [kept] = await ordersOf(api, clientId, storeId);
    expect(kept).toMatchObject({
      source: 'platform',
      platformOrderId: String(order.id),
      orderReferenceId: order.number,
      isTest: false,
      currency: 'GBP',
      fulfillmentStatus: 'received',
      shippingAddress: {
        firstName: 'Maria',
        lastName: 'Jensen',
        companyName: 'Jensen Bakery',
        addressLine1: '12 Harbour Street',
        addressLine2: null,
        city: 'Bristol',
        postCode: 'BS1 4RN',
        state: null,
        country: 'GB',
        email: 'maria@example.com',
        phone: '+441179460000',
      },
      items: [
        {
          itemReferenceId: String(line.id),
          variantId: v.id,
          sku: chosen.sku,
          quantity: 2,
          productUid: POSTER,
          files: [{ type: 'default', url: art }],
          productVariant: Object.fromEntries(chosen.attributes.map((a) => [a.name, a.option])),
          fulfillmentStatus: 'received',
        },
      ],
    });

    // WooCommerce does not retry, but a redelivery from wp-admin is the same delivery id.
    const again = await sim().redeliver(delivery!.id);
    expect(again.status).toBe(200);
    // The poll finds the order too: a delivery of its own, read, and still one order.
    expect((await nextPoll()).failed).toBe(0);
    const events = await eventsOf(server, storeId);
    expect(events.map((e) => e.delivery_id)).toEqual([
      delivery!.id,
      `order:${order.id}:${order.date_modified_gmt}`,
    ]);
    expect(events.every((e) => e.processed_at !== null && e.failed_reason === null)).toBe(true);
    const orders = await ordersOf(api, clientId, storeId);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toEqual(kept);
  });

  it('reads order.updated the same way: cancelled or refunded cancels, other changes keep it', async () => {
    const { name, clientId, storeId, simple } = await connectedStore();
    await mapVariant(api, storeId, (await variantOf(api, storeId, simple.id, simple.id)).id);
    const { order: first } = await sim().createOrder(name, simple.id);
    const { order: second } = await sim().createOrder(name, simple.id);
    const { order: third } = await sim().createOrder(name, simple.id);
    await server.runJobs();
    const status = async (id: unknown) =>
      (await ordersOf(api, clientId, storeId)).find((o) => o.platformOrderId === String(id))
        ?.fulfillmentStatus;
    expect(await status(first.id)).toBe('received');

    const [cancelled] = (await sim().updateOrder(name, first.id as number, 'cancelled')).deliveries;
    expect(cancelled).toMatchObject({ topic: 'order.updated', status: 200 });
    await sim().updateOrder(name, second.id as number, 'refunded');
    await sim().updateOrder(name, third.id as number, 'completed');
    expect((await server.runJobs()).failed).toBe(0);
    expect(await status(first.id)).toBe('canceled');
    expect(await status(second.id)).toBe('canceled');
    expect(await status(third.id)).toBe('received');
    const canceled = (await ordersOf(api, clientId, storeId)).find(
      (o) => o.platformOrderId === String(first.id),
    )!;
    expect(canceled).toMatchObject({
      statusReason: 'canceled_in_store',
      items: [{ fulfillmentStatus: 'canceled' }],
    });
    expect(await ordersOf(api, clientId, storeId)).toHaveLength(3);
  });

  it('resolves simple products by product id, holds an unmapped variation, ships to billing when shipping is empty', async () => {
    const { name, clientId, storeId, simple, variable } = await connectedStore();
    const simpleVariant = await variantOf(api, storeId, simple.id, simple.id);
    await mapVariant(api, storeId, simpleVariant.id);
    const variation = sim().variations(name, variable.id)[0]!;
    const unmapped = await variantOf(api, storeId, variable.id, variation.id);
    await sim().createOrder(name, undefined, 1, {
      lines: [
        { productId: simple.id, quantity: 4 },
        { productId: variable.id, variationId: variation.id },
      ],
      shipping: false,
    });
    await server.runJobs();
    const [order] = await ordersOf(api, clientId, storeId);
    expect(order).toMatchObject({
      fulfillmentStatus: 'not_connected',
      statusReason: 'variant_unmapped',
      shippingAddress: { firstName: 'Maria', city: 'Bristol', email: 'maria@example.com' },
      items: [
        { variantId: simpleVariant.id, quantity: 4, productUid: POSTER, problem: null },
        { variantId: unmapped.id, productUid: null, problem: 'variant_unmapped' },
      ],
    });
  });

  it('records a signed body that is not an order as failed, with why, never a 500', async () => {
    const { name, clientId, storeId } = await connectedStore();
    const [row] = await server.db.query<{ webhook_secret: string }>(
      'select webhook_secret from stores where id = $1',
      [storeId],
    );
    const secret = await Keyring.fromText(server.encryptionKey).decrypt(
      row!.webhook_secret,
      `store-webhook:${storeId}`,
    );
    const body = JSON.stringify({
      id: 4242,
      status: 'processing',
      currency: 'GBP',
      line_items: [],
    });
    const res = await server.fetch(`${server.baseUrl}/v1/hooks/woocommerce/${storeId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-wc-webhook-source': `${sim().urlOf(name)}/`,
        'x-wc-webhook-topic': 'order.created',
        'x-wc-webhook-delivery-id': 'malformed-1',
        'x-wc-webhook-signature': toBase64(await hmacSha256(secret, body)),
      },
      body,
    });
    expect(res.status).toBe(200);
    expect((await server.runJobs()).failed).toBe(0);
    const [event] = (await eventsOf(server, storeId)).filter(
      (e) => e.delivery_id === 'malformed-1',
    );
    expect(event?.failed_reason).toBe(
      'Not a WooCommerce order: line_items Too small: expected array to have >=1 items',
    );
    expect(await ordersOf(api, clientId, storeId)).toEqual([]);
  });
});
