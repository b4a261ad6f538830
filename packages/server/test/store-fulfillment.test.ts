import type { Order } from '@vitrine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { mapVariant, ordersOf, variantOf } from './intake.js';
import {
  caller,
  clientSession,
  clientWithActiveAdmin,
  connectShopify,
  startServer,
} from './support.js';

/**
 * Shipping told to the store an order came from: when production reports an order shipped, the
 * store's platform is told, with the tracking, through each platform's own API (the simulators
 * keep what a merchant would see). A refusal shows on the order and can be retried; an outage
 * is retried by the job runner; telling a store twice changes nothing there.
 */
describe('store fulfillment', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let n = 0;

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true });
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  /** Production reports the order shipped (with tracking), as a production system does. */
  async function ship(orderId: string, tracking?: { code: string; url?: string }) {
    const res = await api.post(`/v1/orders/${orderId}/events`, {
      status: 'shipped',
      ...(tracking ? { tracking } : {}),
    });
    expect(res.status).toBe(200);
    return server.runJobs();
  }
  const orderOf = async (orderId: string): Promise<Order> =>
    (await api.get(`/v1/orders/${orderId}`)).body;
  describe('Shopify', () => {
    let clientId: string;
    let storeId: string;
    const shop = 'vitrine-demo';

    beforeAll(async () => {
      clientId = (await api.post('/v1/clients', { name: 'Shopify shipper' })).body.id;
      ({ storeId } = await connectShopify(server, server.provider.secretKey, clientId, shop));
      await server.runJobs();
      for (const index of [0, 1]) {
        const product = server.shopify.product(shop, index)!;
        const v = await variantOf(api, storeId, product.id, product.variants[0]!.id);
        await mapVariant(api, storeId, v.id);
      }
    });

    /** A real (not test) order of two lines, taken in. */
    async function placed() {
      await server.shopify.createOrder(shop, 0, 1, {
        lines: [
          { index: 0, quantity: 2 },
          { index: 1, quantity: 1 },
        ],
        test: false,
      });
      await server.runJobs();
      const shopifyId = server.shopify.orders(shop).at(-1)!.id as number;
      const order = (await ordersOf(api, clientId, storeId)).find(
        (o) => o.platformOrderId === String(shopifyId),
      );
      expect(order).toMatchObject({ isTest: false, storeFulfillment: null });
      return { order: order!, shopifyId };
    }

    it('fulfils every line through the fulfillment orders, with tracking, and tells the customer', async () => {
      const { order, shopifyId } = await placed();
      await ship(order.id, { code: '1Z999AA10123456784', url: 'https://track.test/1Z999' });

      const after = await orderOf(order.id);
      expect(after.storeFulfillment).toMatchObject({ status: 'sent', error: null });
      expect(after.history.at(-1)?.note).toBe(
        'The store was told it shipped (1Z999AA10123456784).',
      );
      const [fulfillment, ...more] = server.shopify.fulfillments(shop, shopifyId);
      expect(more).toEqual([]);
      expect(fulfillment).toMatchObject({
        status: 'SUCCESS',
        notifyCustomer: true,
        trackingInfo: [
          { number: '1Z999AA10123456784', url: 'https://track.test/1Z999', company: null },
        ],
      });
      expect(fulfillment!.lineItems.map((l) => l.quantity)).toEqual([2, 1]);
      expect(server.shopify.fulfillmentOrders(shop, shopifyId).map((f) => f.status)).toEqual([
        'CLOSED',
      ]);
      expect(server.shopify.order(shop, shopifyId)).toMatchObject({
        fulfillment_status: 'fulfilled',
      });
      // The merchant's admin shows it.
      const page = await (
        await server.shopify.fetch(
          new Request(
            `https://shopify.test/${shop}.${server.shopify.shopDomain}/admin/orders/${shopifyId}`,
          ),
        )
      ).text();
      expect(page).toContain('Fulfilled');
      expect(page).toContain('1Z999AA10123456784');
    });

    it('fulfils with the number alone when the tracking link is one Shopify refuses (localhost)', async () => {
      const { order, shopifyId } = await placed();
      await ship(order.id, {
        code: 'DEV-TRACK-1',
        url: 'http://localhost:4000/sim/production/track/DEV-TRACK-1',
      });

      expect((await orderOf(order.id)).storeFulfillment).toMatchObject({
        status: 'sent',
        error: null,
      });
      const [fulfillment] = server.shopify.fulfillments(shop, shopifyId);
      expect(fulfillment?.trackingInfo).toEqual([
        { number: 'DEV-TRACK-1', url: null, company: null },
      ]);
    });

    it('changes nothing when told again: what is fulfilled is left alone', async () => {
      const { order, shopifyId } = await placed();
      await ship(order.id, { code: 'TRACK-TWICE' });
      expect(server.shopify.fulfillments(shop, shopifyId)).toHaveLength(1);

      // The same push again (as after an answer lost on the way back).
      await server.db.query(`update orders set store_fulfillment = 'failed' where id = $1`, [
        order.id,
      ]);
      const retried = await api.post(`/v1/orders/${order.id}/fulfillment/retry`);
      expect(retried.status).toBe(200);
      await server.runJobs();
      expect(server.shopify.fulfillments(shop, shopifyId)).toHaveLength(1);
      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('sent');
    });

    it('shows Shopify refusing a held fulfillment order on the order, and sends it on retry', async () => {
      const { order, shopifyId } = await placed();
      const [held] = server.shopify.fulfillmentOrders(shop, shopifyId);
      server.shopify.setFulfillmentOrderStatus(shop, held!.id, 'ON_HOLD');
      await ship(order.id, { code: 'HELD-1' });

      const refused = await orderOf(order.id);
      expect(refused.fulfillmentStatus).toBe('shipped');
      expect(refused.storeFulfillment).toMatchObject({
        status: 'failed',
        error: { code: 'validation_failed' },
      });
      expect(refused.storeFulfillment!.error!.message).toMatch(/on hold/);
      expect(refused.history.at(-1)?.note).toMatch(/^The store was not told of the shipment: /);
      expect(server.shopify.fulfillments(shop, shopifyId)).toEqual([]);
      // Refused, not broken: the store stays connected.
      expect((await api.get(`/v1/stores/${storeId}`)).body.status).toBe('connected');

      server.shopify.setFulfillmentOrderStatus(shop, held!.id, 'OPEN');
      const retried = await api.post(`/v1/orders/${order.id}/fulfillment/retry`);
      expect(retried.status).toBe(200);
      expect(retried.body.storeFulfillment.status).toBe('pending');
      await server.runJobs();
      expect((await orderOf(order.id)).storeFulfillment).toMatchObject({ status: 'sent' });
      expect(server.shopify.fulfillments(shop, shopifyId)).toHaveLength(1);
      // Only a refused shipment is sent again.
      const again = await api.post(`/v1/orders/${order.id}/fulfillment/retry`);
      expect(again.status).toBe(409);
    });

    it('lets only those who manage the order retry it', async () => {
      const { order } = await placed();
      await server.db.query(
        `update orders set store_fulfillment = 'failed', store_fulfillment_code = 'validation_failed',
           store_fulfillment_message = 'Refused' where id = $1`,
        [order.id],
      );
      const other = await clientWithActiveAdmin(server, server.provider.secretKey, 'Other Co');
      const stranger = await clientSession(
        server,
        server.provider.secretKey,
        other.client.id,
        other.userId,
      );
      expect(
        (await caller(server, stranger).post(`/v1/orders/${order.id}/fulfillment/retry`)).status,
      ).toBe(404);
      const otherProvider = await server.createProvider('Elsewhere Print');
      expect(
        (
          await caller(server, otherProvider.secretKey).post(
            `/v1/orders/${order.id}/fulfillment/retry`,
          )
        ).status,
      ).toBe(404);
      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('failed');
    });
  });

  describe('Etsy', () => {
    async function connectedShop() {
      n++;
      const shop = {
        shopId: 62_000_000 + n,
        userId: 92_000_000 + n,
        shopName: `ShipPrints${n}`,
        title: 'Ship prints',
        owner: `Seller ${n}`,
        listings: 2,
      };
      server.etsy.addShop(shop);
      const client = (await api.post('/v1/clients', { name: `Etsy shipper ${n}` })).body;
      const started = await api.post(`/v1/clients/${client.id}/stores/authorize`, {
        platform: 'etsy',
      });
      await server.fetch(await server.etsy.approve(started.body.authorizeUrl, shop.shopName));
      await server.runJobs();
      const storeId = started.body.store.id as string;
      const listing = server.etsy.listing(shop.shopName, 0)!;
      const product = listing.inventory.products.find((p) => !p.is_deleted)!;
      await mapVariant(
        api,
        storeId,
        (await variantOf(api, storeId, listing.listing_id, product.product_id)).id,
      );
      const { receipt } = await server.etsy.addReceipt(shop.shopName, { listingIndex: 0 });
      server.clock.advance(10 * 60_000);
      await server.runJobs();
      const [order] = await ordersOf(api, client.id, storeId);
      expect(order?.platformOrderId).toBe(String(receipt.receipt_id));
      return { shopName: shop.shopName, order: order!, receiptId: receipt.receipt_id };
    }

    it('ships the receipt with its tracking code, once', async () => {
      const { shopName, order, receiptId } = await connectedShop();
      await ship(order.id, { code: '9400111899223100001234' });

      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('sent');
      const receipt = server.etsy.receipts(shopName).find((r) => r.receipt_id === receiptId)!;
      expect(receipt).toMatchObject({ is_shipped: true, status: 'completed' });
      expect(receipt.shipments).toMatchObject([
        { tracking_code: '9400111899223100001234', carrier_name: 'other' },
      ]);
      expect(server.etsy.shipmentEmails(shopName, receiptId)).toHaveLength(1);

      // Again: Etsy would email the buyer again, so nothing is sent.
      await server.db.query(`update orders set store_fulfillment = 'failed' where id = $1`, [
        order.id,
      ]);
      await api.post(`/v1/orders/${order.id}/fulfillment/retry`);
      await server.runJobs();
      expect(server.etsy.shipmentEmails(shopName, receiptId)).toHaveLength(1);
      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('sent');
    });

    it("shows Etsy's refusal of a US order shipped without tracking, and sends it once tracking comes", async () => {
      const { shopName, order, receiptId } = await connectedShop();
      await ship(order.id);

      const refused = await orderOf(order.id);
      expect(refused.storeFulfillment).toMatchObject({ status: 'failed' });
      expect(refused.storeFulfillment!.error!.message).toBe(
        'Etsy refused the shipment: A tracking code and carrier are required for orders shipping to the US over USD 10.',
      );
      expect(server.etsy.receipts(shopName).find((r) => r.receipt_id === receiptId)).toMatchObject({
        is_shipped: false,
      });

      // Production reports the tracking late; the shipment is sent again.
      await api.post(`/v1/orders/${order.id}/events`, { tracking: { code: 'LATE-TRACK-1' } });
      expect((await api.post(`/v1/orders/${order.id}/fulfillment/retry`)).status).toBe(200);
      await server.runJobs();
      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('sent');
      expect(
        server.etsy.receipts(shopName).find((r) => r.receipt_id === receiptId)?.shipments,
      ).toMatchObject([{ tracking_code: 'LATE-TRACK-1' }]);
    });
  });

  describe('WooCommerce', () => {
    async function connectedStore() {
      const sim = server.woocommerce;
      const name = `ship-${Math.random().toString(36).slice(2, 8)}`;
      const url = sim.addStore({ name, title: `Ship ${name}`, catalogue: { kind: 'print' } });
      const key = await sim.createKey(name, 'read_write');
      const client = (await api.post('/v1/clients', { name: `Woo shipper ${name}` })).body;
      const created = await api.post(`/v1/clients/${client.id}/stores`, {
        platform: 'woocommerce',
        url,
        consumerKey: key.consumerKey,
        consumerSecret: key.consumerSecret,
      });
      expect(created.status).toBe(201);
      const storeId = created.body.id as string;
      await server.runJobs();
      const simple = sim.products(name).find((p) => p.type === 'simple' && p.status === 'publish')!;
      await mapVariant(api, storeId, (await variantOf(api, storeId, simple.id, simple.id)).id);
      const { order: wooOrder } = await sim.createOrder(name, simple.id, 2);
      await server.runJobs();
      const [order] = await ordersOf(api, client.id, storeId);
      return { name, order: order!, wooId: wooOrder.id as number };
    }

    it('completes the order and leaves the tracking in a note to the customer, once', async () => {
      const { name, order, wooId } = await connectedStore();
      await ship(order.id, { code: 'JD014600006281230081', url: 'https://track.test/JD0146' });

      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('sent');
      expect(server.woocommerce.order(name, wooId)?.status).toBe('completed');
      const notes = server.woocommerce.orderNotes(name, wooId);
      expect(notes).toMatchObject([
        {
          customer_note: true,
          note: 'Your order has shipped. Tracking number: JD014600006281230081 (https://track.test/JD0146)',
        },
      ]);
      expect(server.woocommerce.customerEmails(name, wooId).map((e) => e.kind)).toEqual([
        'customer_note',
        'completed_order',
      ]);

      await server.db.query(`update orders set store_fulfillment = 'failed' where id = $1`, [
        order.id,
      ]);
      await api.post(`/v1/orders/${order.id}/fulfillment/retry`);
      await server.runJobs();
      expect(server.woocommerce.orderNotes(name, wooId)).toHaveLength(1);
      expect(server.woocommerce.customerEmails(name, wooId)).toHaveLength(2);
    });

    it('refuses to complete an order the store cancelled', async () => {
      const { name, order, wooId } = await connectedStore();
      // The merchant cancels in WooCommerce after production has started (no webhook reaches us).
      await server.woocommerce.updateOrder(name, wooId, 'cancelled');
      await ship(order.id, { code: 'CANCELLED-1' });
      const refused = await orderOf(order.id);
      expect(refused.storeFulfillment).toMatchObject({
        status: 'failed',
        error: {
          code: 'validation_failed',
          message: `WooCommerce shows order #${wooId} as cancelled, so it is not marked completed.`,
        },
      });
      expect(server.woocommerce.order(name, wooId)?.status).toBe('cancelled');
      expect(server.woocommerce.orderNotes(name, wooId)).toEqual([]);
    });
  });

  describe('Pressero', () => {
    async function connectedSite() {
      n++;
      const domain = `ship-${n}-${Math.random().toString(36).slice(2, 6)}.pressero.test`;
      const referenceId = `SHIP-${n}`;
      server.pressero.addSite({ domain, name: `Ship ${n}`, products: 3, misId: referenceId });
      const login = { username: `admin@${domain}`, password: 'site-password' };
      server.pressero.addAdmin({ ...login, sites: [domain] });
      const client = (await api.post('/v1/clients', { name: `Pressero shipper ${n}`, referenceId }))
        .body;
      const created = await api.post(`/v1/clients/${client.id}/stores`, {
        platform: 'pressero',
        siteUrl: `https://${domain}`,
        ...login,
      });
      expect(created.status).toBe(201);
      server.pressero.configureWebhook(domain, {
        url: created.body.webhookUrl,
        securityKey: created.body.webhookSecret,
      });
      await server.runJobs();
      const storeId = created.body.id as string;
      for (const index of [0, 1]) {
        const product = server.pressero.products(domain)[index]!;
        await mapVariant(
          api,
          storeId,
          (await variantOf(api, storeId, product.ProductId, product.ProductId)).id,
        );
      }
      const { order: placed } = await server.pressero.placeOrder(domain, {
        items: [{ product: 0 }, { product: 1, quantity: 100 }],
      });
      await server.runJobs();
      const [order] = await ordersOf(api, client.id, storeId);
      expect(order?.platformOrderId).toBe(placed.OrderId);
      return { domain, order: order!, placed };
    }

    it('records the shipment on every item and sets them to the shipped status, once', async () => {
      const { domain, order, placed } = await connectedSite();
      await ship(order.id, { code: '7712345678', url: 'https://track.test/7712345678' });

      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('sent');
      const shipments = server.pressero.shipments(domain, placed.OrderId);
      expect(shipments.map((s) => [s.OrderItemId, s.ShipTracking])).toEqual(
        placed.Items.map((i) => [i.OrderItemId, 'https://track.test/7712345678']),
      );
      for (const item of placed.Items) {
        expect(
          server.pressero.itemStatus(domain, placed.OrderNumber, item.OrderItemNumber),
        ).toMatchObject({ StatusName: 'Shipped', Notes: '7712345678' });
      }

      await server.db.query(`update orders set store_fulfillment = 'failed' where id = $1`, [
        order.id,
      ]);
      await api.post(`/v1/orders/${order.id}/fulfillment/retry`);
      await server.runJobs();
      expect(server.pressero.shipments(domain, placed.OrderId)).toHaveLength(2);
    });

    it('waits out Pressero being down: the job runner tries again', async () => {
      const { domain, order, placed } = await connectedSite();
      server.pressero.failNext(4, 503);
      await ship(order.id, { code: 'OUTAGE-1' });

      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('pending');
      expect(server.pressero.shipments(domain, placed.OrderId)).toEqual([]);
      server.clock.advance(10 * 60_000);
      await server.runJobs();
      expect((await orderOf(order.id)).storeFulfillment?.status).toBe('sent');
      expect(server.pressero.shipments(domain, placed.OrderId)).toHaveLength(2);
      // This order's job (others share its timestamp under the test clock).
      const [job] = await server.db.query<{ status: string; attempts: number }>(
        `select status, attempts from jobs where kind = 'fulfillment' and state->>'orderId' = $1`,
        [order.id],
      );
      expect(job).toMatchObject({ status: 'succeeded', attempts: 2 });
    });
  });
});
