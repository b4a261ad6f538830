import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';
import { describe, expect, it } from 'vitest';
import { bodySignature, ManualClock } from '../../test/support.js';
import { WooCommerceSimulator } from './simulator.js';

const origin = 'https://woocommerce.test';

/**
 * Products created on the simulated WooCommerce REST API, checked against WooCommerce's
 * documented behaviour (and its own JavaScript client), not against the server's adapter.
 */
function setup() {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const received: { topic: string; signature: string; body: string }[] = [];
  const sim = new WooCommerceSimulator({
    origin,
    clock,
    fetch: async (request) => {
      received.push({
        topic: request.headers.get('x-wc-webhook-topic') ?? '',
        signature: request.headers.get('x-wc-webhook-signature') ?? '',
        body: await request.text(),
      });
      return new Response('ok', { status: 200 });
    },
  });
  const api = async (
    method: string,
    path: string,
    key: { consumerKey: string; consumerSecret: string },
    body?: unknown,
  ) => {
    const res = await sim.fetch(
      new Request(`${origin}/print-shop/wp-json/wc/v3${path}`, {
        method,
        headers: {
          authorization: `Basic ${btoa(`${key.consumerKey}:${key.consumerSecret}`)}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
    );
    return { status: res.status, body: (await res.json()) as any };
  };
  return { sim, api, received };
}

const poster = {
  name: 'Harbour at dusk',
  type: 'simple',
  status: 'publish',
  regular_price: '24.00',
  sku: 'VT-ABC123',
  description: '<p>An A3 poster.</p>',
};

describe('products on the WooCommerce simulator', () => {
  it('creates a simple product with WooCommerce defaults, lists it and finds it by SKU', async () => {
    const { sim, api, received } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    await api('POST', '/webhooks', key, {
      topic: 'product.created',
      delivery_url: 'https://app.example/hooks',
      secret: 'hook-secret',
    });
    const before = sim.products('print-shop').length;
    const created = await api('POST', '/products', key, {
      name: poster.name,
      regular_price: '24.00',
      sku: 'VT-ABC123',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(Number),
      name: 'Harbour at dusk',
      slug: 'harbour-at-dusk',
      // Not asked for: a published simple product, uncategorised.
      type: 'simple',
      status: 'publish',
      sku: 'VT-ABC123',
      price: '24.00',
      regular_price: '24.00',
      categories: [{ name: 'Uncategorized' }],
      variations: [],
      date_created_gmt: '2026-03-02T09:00:00',
    });
    expect(sim.products('print-shop')).toHaveLength(before + 1);

    const bySku = await api('GET', '/products?sku=VT-ABC123&status=any', key);
    expect(bySku.body.map((p: { id: number }) => p.id)).toEqual([created.body.id]);
    expect((await api('GET', '/products?sku=VT-NONE', key)).body).toEqual([]);
    const drafts = await api('GET', '/products?status=draft&per_page=100', key);
    expect(drafts.body.every((p: { status: string }) => p.status === 'draft')).toBe(true);
    expect((await api('GET', `/products/${created.body.id}`, key)).body.sku).toBe('VT-ABC123');

    const hook = received.find((r) => r.topic === 'product.created')!;
    expect(hook.signature).toBe(bodySignature('hook-secret', hook.body));
    expect(JSON.parse(hook.body)).toMatchObject({ id: created.body.id, sku: 'VT-ABC123' });

    const admin = await (await sim.fetch(new Request(`${origin}/print-shop/wp-admin`))).text();
    expect(admin).toContain('Harbour at dusk');
    expect(admin).toContain('VT-ABC123');
  });

  it('refuses a SKU in use, wrong types and unknown statuses with WordPress error bodies', async () => {
    const { sim, api } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    const first = await api('POST', '/products', key, poster);
    const again = await api('POST', '/products', key, poster);
    expect(again).toEqual({
      status: 400,
      body: {
        code: 'product_invalid_sku',
        message: 'Invalid or duplicated SKU.',
        data: { status: 400, resource_id: first.body.id, unique_sku: 'VT-ABC123-1' },
      },
    });
    // Variations' SKUs count too.
    const variationSku = sim.variations('print-shop', sim.products('print-shop')[0]!.id)[0]!.sku;
    expect((await api('POST', '/products', key, { ...poster, sku: variationSku })).body.code).toBe(
      'product_invalid_sku',
    );
    expect(
      await api('POST', '/products', key, { ...poster, sku: 'VT-2', regular_price: 24 }),
    ).toEqual({
      status: 400,
      body: {
        code: 'rest_invalid_param',
        message: 'Invalid parameter(s): regular_price',
        data: { status: 400, params: { regular_price: 'regular_price is not of type string.' } },
      },
    });
    const status = await api('POST', '/products', key, { ...poster, sku: 'VT-3', status: 'live' });
    expect(status.body.data.params.status).toBe(
      'status is not one of draft, pending, private, publish, future, and trash.',
    );
  });

  it('judges writes by the permissions the owner gave the key, even after changing them', async () => {
    const { sim, api } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    sim.setKeyPermissions('print-shop', key.consumerKey, 'read');
    const refused = await api('POST', '/products', key, poster);
    expect(refused).toEqual({
      status: 401,
      body: {
        code: 'woocommerce_rest_authentication_error',
        message: 'The API key provided does not have write permissions.',
        data: { status: 401 },
      },
    });
    expect((await api('GET', '/products?per_page=1', key)).status).toBe(200);
    expect((await sim.keys('print-shop')).find((k) => k.keyId === key.keyId)!.permissions).toBe(
      'read',
    );
    sim.setKeyPermissions('print-shop', key.consumerKey, 'read_write');
    expect((await api('POST', '/products', key, poster)).status).toBe(201);
  });

  it("answers WooCommerce's own JavaScript client", async () => {
    const { sim } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    const client = new WooCommerceRestApi({
      url: `${origin}/print-shop`,
      consumerKey: key.consumerKey,
      consumerSecret: key.consumerSecret,
      version: 'wc/v3',
      // The client sends Basic auth over HTTPS through axios; its fetch adapter reaches the
      // simulator in process.
      axiosConfig: {
        adapter: 'fetch',
        env: {
          fetch: (input: RequestInfo | URL, init?: RequestInit) =>
            sim.fetch(new Request(input, init)),
        },
      },
    } as ConstructorParameters<typeof WooCommerceRestApi>[0]);
    const created = await client.post('products', { ...poster, status: 'draft' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ status: 'draft', sku: 'VT-ABC123' });
    const found = await client.get('products', { sku: 'VT-ABC123', status: 'any' });
    expect(found.data.map((p: { id: number }) => p.id)).toEqual([created.data.id]);
    const duplicate = await client.post('products', poster).catch((error: any) => error.response);
    expect(duplicate.status).toBe(400);
    expect(duplicate.data.code).toBe('product_invalid_sku');
  });
});
