import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signMessage } from '../src/platforms/pressero/signature.js';
import type { TestServer } from '../testing/testServer.js';
import { art, eventsOf, mapVariant, ordersOf, POSTER, variantOf } from './intake.js';
import { caller, startServer } from './support.js';

/**
 * Pressero order intake against the simulator: `OrderPlaced` and `OrderItemDenied` name an
 * order, which is read from Pressero's API through the store's login. Orders must come from the
 * store's own site and name its client's reference ID as their integration ID.
 */
describe('Pressero orders', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let sites = 0;
  let photoBook: { productUid: string; printAreas: string[]; pages: [number, number] };

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true });
    api = caller(server, server.provider.secretKey);
    const book = (await api.get('/v1/catalog/products?category=photo_books&limit=1')).body.data[0];
    const [low, high] = String(book.attributes.PageCount).split(/[–-]/).map(Number);
    photoBook = { productUid: book.productUid, printAreas: book.printAreas, pages: [low!, high!] };
  });
  afterAll(() => server.close());

  /**
   * A site of its own whose MIS ID (the integration ID its orders name their business by) is
   * `misId`, connected for a client with reference ID `referenceId`, with its webhook set up.
   */
  async function connectedSite(
    options: { misId?: string | null; referenceId?: string; products?: number } = {},
  ) {
    sites++;
    const referenceId = options.referenceId ?? `PRINT-${sites}`;
    const misId = options.misId === undefined ? referenceId : options.misId;
    const domain = `orders-${sites}-${Math.random().toString(36).slice(2, 6)}.pressero.test`;
    server.pressero.addSite({
      domain,
      name: `Orders ${sites}`,
      products: options.products ?? 6,
      ...(misId ? { misId } : {}),
    });
    const login = { username: `admin@${domain}`, password: 'site-password' };
    server.pressero.addAdmin({ ...login, sites: [domain] });
    const client = (await api.post('/v1/clients', { name: `Pressero buyer ${sites}`, referenceId }))
      .body;
    const created = await api.post(`/v1/clients/${client.id}/stores`, {
      platform: 'pressero',
      siteUrl: `https://${domain}`,
      ...login,
    });
    expect(created.status).toBe(201);
    const store = created.body as { id: string; webhookUrl: string; webhookSecret: string };
    server.pressero.configureWebhook(domain, {
      url: store.webhookUrl,
      securityKey: store.webhookSecret,
    });
    await server.runJobs();
    const variant = (index: number) => {
      const product = server.pressero.products(domain)[index]!;
      return variantOf(api, store.id, product.ProductId, product.ProductId);
    };
    return { domain, login, clientId: client.id as string, store, storeId: store.id, variant };
  }

  const bookMapping = (pageCount?: number) => ({
    productUid: photoBook.productUid,
    files: photoBook.printAreas.map((type) => ({ type, url: art })),
    ...(pageCount ? { printSpecs: { pageCount } } : {}),
  });

  it('reads an OrderPlaced from the API and keeps it once, with products, attributes and page counts', async () => {
    const { domain, clientId, storeId, variant } = await connectedSite();
    const card = await variant(0);
    const book = await variant(1);
    const fixedBook = await variant(2);
    await mapVariant(api, storeId, card.id);
    await mapVariant(api, storeId, book.id, bookMapping());
    await mapVariant(api, storeId, fixedBook.id, bookMapping(photoBook.pages[0]));
    const inRange = photoBook.pages[0] + 16;
    const tooMany = photoBook.pages[1] + 20;
    const { order, delivery } = await server.pressero.placeOrder(domain, {
      items: [
        { product: 0, quantity: 500 },
        { product: 1, quantity: 2, attributes: { 'Number of Pages': `${inRange} pages` } },
        { product: 2, quantity: 1, attributes: { Pages: String(tooMany) } },
      ],
    });
    expect(delivery!.status).toBe(200);
    expect(await ordersOf(api, clientId, storeId)).toEqual([]);
    expect((await server.runJobs()).failed).toBe(0);

    const products = server.pressero.products(domain);
    const paper = (i: number) => products[i]!.Attributes[0]!.AttributeValue;
    const [kept] = await ordersOf(api, clientId, storeId);
    expect(kept).toMatchObject({
      source: 'platform',
      platformOrderId: order.OrderId,
      orderReferenceId: String(order.OrderNumber),
      currency: 'USD',
      fulfillmentStatus: 'received',
      shippingAddress: {
        firstName: 'Ann',
        lastName: 'Lee',
        companyName: `Orders ${sites}`,
        addressLine1: '1 Main St',
        addressLine2: null,
        city: 'Austin',
        state: 'TX',
        postCode: '78701',
        country: 'US',
        email: `buyer@${domain}`,
        phone: '+15125550100',
      },
      items: [
        {
          itemReferenceId: order.Items[0]!.OrderItemId,
          variantId: card.id,
          sku: products[0]!.MisId,
          quantity: 500,
          productUid: POSTER,
          productVariant: { Paper: paper(0) },
          printSpecs: {},
        },
        {
          variantId: book.id,
          productUid: photoBook.productUid,
          productVariant: { Paper: paper(1), 'Number of Pages': `${inRange} pages` },
          // The buyer's page count, within the book's range.
          printSpecs: { pageCount: inRange },
        },
        {
          variantId: fixedBook.id,
          productVariant: { Paper: paper(2), Pages: String(tooMany) },
          // More pages than the book takes: the mapping's page count stands.
          printSpecs: { pageCount: photoBook.pages[0] },
        },
      ],
    });

    // A redelivery of the same message, and the same order named by a new one: still one order.
    const again = await server.pressero.redeliver(delivery!.messageId);
    expect(again.status).toBe(200);
    const renamed = delivery!.body.replace(delivery!.messageId, crypto.randomUUID());
    const second = await server.fetch(delivery!.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        MessageHash: await signMessage(server.pressero.webhook(domain)!.securityKey, renamed),
      },
      body: renamed,
    });
    expect(await second.json()).toMatchObject({ duplicate: false, outcome: 'queued' });
    expect((await server.runJobs()).failed).toBe(0);
    const orders = await ordersOf(api, clientId, storeId);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toEqual(kept);
  });

  it('holds an item whose product is not mapped; once mapped and released, its page count applies', async () => {
    const { domain, clientId, storeId, variant } = await connectedSite();
    const book = await variant(3);
    await server.pressero.placeOrder(domain, {
      product: 3,
      quantity: 5,
      attributes: { 'Page Count': String(photoBook.pages[0] + 8) },
    });
    await server.runJobs();
    const [held] = await ordersOf(api, clientId, storeId);
    expect(held).toMatchObject({
      fulfillmentStatus: 'not_connected',
      statusReason: 'variant_unmapped',
      items: [{ variantId: book.id, productUid: null, problem: 'variant_unmapped' }],
    });
    await mapVariant(api, storeId, book.id, bookMapping());
    const released = await api.post(`/v1/orders/${held!.id}/release`);
    expect(released.body).toMatchObject({
      fulfillmentStatus: 'received',
      items: [
        {
          productUid: photoBook.productUid,
          printSpecs: { pageCount: photoBook.pages[0] + 8 },
          problem: null,
        },
      ],
    });
  });

  it('cancels the order when every item is denied (OrderItemDenied)', async () => {
    const { domain, clientId, storeId, variant } = await connectedSite();
    await mapVariant(api, storeId, (await variant(0)).id);
    const { order } = await server.pressero.placeOrder(domain, {
      items: [{ product: 0 }, { product: 0, quantity: 10 }],
    });
    await server.runJobs();
    expect((await ordersOf(api, clientId, storeId))[0]?.fulfillmentStatus).toBe('received');

    const denied = await server.pressero.denyItems(domain, order.OrderNumber);
    expect(denied.map((d) => d.status)).toEqual([200, 200]);
    expect((await server.runJobs()).failed).toBe(0);
    const [canceled] = await ordersOf(api, clientId, storeId);
    expect(canceled).toMatchObject({
      fulfillmentStatus: 'canceled',
      statusReason: 'canceled_in_store',
      items: [{ fulfillmentStatus: 'canceled' }, { fulfillmentStatus: 'canceled' }],
    });
    expect(await ordersOf(api, clientId, storeId)).toHaveLength(1);
  });

  it("refuses, with the reason, an order placed on another of the subscriber's sites", async () => {
    const mine = await connectedSite();
    // Another site of the same subscriber posting to this store's address with its key (as a
    // subscriber-wide webhook would).
    const other = `other-${sites}.pressero.test`;
    server.pressero.addSite({ domain: other, name: 'Other site', products: 3, misId: 'PRINT-X' });
    server.pressero.configureWebhook(other, server.pressero.webhook(mine.domain));
    const { order, delivery } = await server.pressero.placeOrder(other);
    expect(delivery!.status).toBe(200);
    expect((await server.runJobs()).failed).toBe(0);
    const [event] = await eventsOf(server, mine.storeId);
    expect(event?.failed_reason).toBe(
      `Pressero order ${order.OrderNumber} was placed on another site (${other}), not on ${mine.domain}, this store's site.`,
    );
    expect(await ordersOf(api, mine.clientId, mine.storeId)).toEqual([]);
  });

  it("refuses, with the reason, orders naming another integration ID than the client's reference ID", async () => {
    const elsewhere = await connectedSite({ misId: 'SOMEONE-ELSE', referenceId: 'ACME-PO-7' });
    const unnamed = await connectedSite({ misId: null, referenceId: 'ACME-PO-8' });
    // Reference IDs compare as they are kept: ignoring case.
    const cased = await connectedSite({ misId: 'acme-po-9', referenceId: 'ACME-PO-9' });
    const placed = await Promise.all(
      [elsewhere, unnamed, cased].map(async (s) => {
        await mapVariant(api, s.storeId, (await s.variant(0)).id);
        return (await server.pressero.placeOrder(s.domain)).order;
      }),
    );
    expect((await server.runJobs()).failed).toBe(0);
    const reason = async (s: { storeId: string }) =>
      (await eventsOf(server, s.storeId))[0]?.failed_reason;
    expect(await reason(elsewhere)).toBe(
      `Order ${placed[0]!.OrderNumber} names integration ID "SOMEONE-ELSE", but this store takes orders naming its client's reference ID "ACME-PO-7".`,
    );
    expect(await reason(unnamed)).toBe(
      `Order ${placed[1]!.OrderNumber} names no integration ID; this store takes orders naming its client's reference ID "ACME-PO-8".`,
    );
    expect(await ordersOf(api, elsewhere.clientId, elsewhere.storeId)).toEqual([]);
    expect(await ordersOf(api, unnamed.clientId, unnamed.storeId)).toEqual([]);
    expect(await reason(cased)).toBeNull();
    expect(await ordersOf(api, cased.clientId, cased.storeId)).toHaveLength(1);
  });

  it('records a signed body that names no order, or an order Pressero does not have, as failed', async () => {
    const { domain, clientId, storeId } = await connectedSite();
    const key = server.pressero.webhook(domain)!.securityKey;
    const send = async (body: Record<string, unknown>) => {
      const text = JSON.stringify({ Type: 10, TypeName: 'OrderPlaced', ...body });
      const res = await server.fetch(`${server.baseUrl}/v1/hooks/pressero/${storeId}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          MessageHash: await signMessage(key, text),
        },
        body: text,
      });
      expect(res.status).toBe(200);
    };
    await send({ MessageID: 'no-number', Data: { OrderId: 'x' } });
    await send({ MessageID: 'not-there', Data: { OrderNumber: 99_999 } });
    expect((await server.runJobs()).failed).toBe(0);
    const reasons = Object.fromEntries(
      (await eventsOf(server, storeId)).map((e) => [e.delivery_id, e.failed_reason]),
    );
    expect(reasons).toEqual({
      'no-number': expect.stringMatching(/^Not a Pressero order notification: Data\.OrderNumber/),
      'not-there': 'Pressero has no order 99999.',
    });
    expect(await ordersOf(api, clientId, storeId)).toEqual([]);
  });

  it('records a signed message whose fields are not what Pressero sends as failed', async () => {
    const { domain, storeId } = await connectedSite();
    const key = server.pressero.webhook(domain)!.securityKey;
    const text = JSON.stringify({ MessageID: 'odd-type', TypeName: 5, Data: 'none' });
    const res = await server.fetch(`${server.baseUrl}/v1/hooks/pressero/${storeId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', MessageHash: await signMessage(key, text) },
      body: text,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: 'rejected' });
    const [event] = await server.db.query<{ failed_reason: string | null }>(
      'select failed_reason from platform_events where store_id = $1 and delivery_id = $2',
      [storeId, 'odd-type'],
    );
    expect(event?.failed_reason).toMatch(/^The webhook body is not as expected: (TypeName|Data) /);
  });

  it('keeps orders waiting while the login is refused, and reads them once connected again', async () => {
    const { domain, login, clientId, storeId, variant } = await connectedSite();
    await mapVariant(api, storeId, (await variant(0)).id);
    server.pressero.changePassword(login.username, 'changed-password');
    const { order: first } = await server.pressero.placeOrder(domain);
    const ran = await server.runJobs();
    expect(ran.failed).toBe(1);
    expect((await api.get(`/v1/stores/${storeId}`)).body).toMatchObject({
      status: 'needs_reauth',
      statusReason: 'credentials_rejected',
    });
    // Not read, so not lost: the delivery waits.
    expect(await eventsOf(server, storeId)).toMatchObject([
      { processed_at: null, failed_reason: null },
    ]);

    const again = await api.post(`/v1/clients/${clientId}/stores`, {
      platform: 'pressero',
      siteUrl: `https://${domain}`,
      username: login.username,
      password: 'changed-password',
    });
    expect(again.body).toMatchObject({ id: storeId, status: 'connected' });
    const { order: second } = await server.pressero.placeOrder(domain);
    expect((await server.runJobs()).failed).toBe(0);
    const kept = await ordersOf(api, clientId, storeId);
    expect(kept.map((o) => o.orderReferenceId).sort()).toEqual(
      [first.OrderNumber, second.OrderNumber].map(String).sort(),
    );
  });
});
