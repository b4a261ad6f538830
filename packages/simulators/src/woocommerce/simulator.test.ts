import { describe, expect, it } from 'vitest';
import { bodySignature, ManualClock } from '../../test/support.js';
import { WooCommerceSimulator } from './simulator.js';

const origin = 'https://woocommerce.test';

/** The simulator on the wire, without the adapter: what a WooCommerce client would see. */
function setup() {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const received: Request[] = [];
  let answer = 200;
  const sim = new WooCommerceSimulator({
    origin,
    clock,
    fetch: async (request) => {
      received.push(request.clone());
      return new Response('ok', { status: answer });
    },
  });
  const basic = (key: { consumerKey: string; consumerSecret: string }) =>
    `Basic ${btoa(`${key.consumerKey}:${key.consumerSecret}`)}`;
  const api = async (
    method: string,
    path: string,
    key: { consumerKey: string; consumerSecret: string } | null,
    body?: unknown,
  ) => {
    const headers: Record<string, string> = {};
    if (key) headers.authorization = basic(key);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await sim.fetch(
      new Request(`${origin}/print-shop/wp-json/wc/v3${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
    );
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  return {
    sim,
    clock,
    api,
    received,
    answerWith: (status: number) => {
      answer = status;
    },
  };
}

describe('the WooCommerce simulator', () => {
  it('authenticates with consumer keys and answers like WooCommerce when they are wrong', async () => {
    const { sim, api } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    expect(key.consumerKey).toMatch(/^ck_[0-9a-f]{40}$/);
    expect(key.consumerSecret).toMatch(/^cs_[0-9a-f]{40}$/);
    expect((await api('GET', '/products?per_page=1', key)).status).toBe(200);

    const wrong = await api('GET', '/products', { ...key, consumerSecret: `cs_${'0'.repeat(40)}` });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      code: 'woocommerce_rest_authentication_error',
      message: 'Consumer secret is invalid.',
      data: { status: 401 },
    });
    expect(wrong.headers.get('www-authenticate')).toBe(
      'Basic realm="WooCommerce API. Use a consumer key in the username field and a consumer secret in the password field"',
    );
    const unknown = await api('GET', '/products', {
      consumerKey: `ck_${'a'.repeat(40)}`,
      consumerSecret: key.consumerSecret,
    });
    // A key the store does not know is no login at all: the request is anonymous, and refused
    // by the action's own permission check.
    expect(unknown).toMatchObject({
      status: 401,
      body: { code: 'woocommerce_rest_cannot_view', message: 'Sorry, you cannot list resources.' },
    });
    expect(unknown.headers.get('www-authenticate')).toBeNull();
    const anonymous = await api('GET', '/products', null);
    expect(anonymous).toMatchObject({
      status: 401,
      body: { code: 'woocommerce_rest_cannot_view' },
    });
    const refusals = [
      [
        'GET',
        '/products/1',
        'woocommerce_rest_cannot_view',
        'Sorry, you cannot view this resource.',
      ],
      [
        'POST',
        '/products',
        'woocommerce_rest_cannot_create',
        'Sorry, you are not allowed to create resources.',
      ],
      [
        'PUT',
        '/orders/1',
        'woocommerce_rest_cannot_edit',
        'Sorry, you are not allowed to edit this resource.',
      ],
      [
        'DELETE',
        '/webhooks/1',
        'woocommerce_rest_cannot_delete',
        'Sorry, you are not allowed to delete this resource.',
      ],
      [
        'POST',
        '/webhooks/batch',
        'woocommerce_rest_cannot_batch',
        'Sorry, you are not allowed to batch manipulate this resource.',
      ],
    ] as const;
    for (const [method, path, code, message] of refusals) {
      expect(
        await api(method, path, null, method === 'GET' || method === 'DELETE' ? undefined : {}),
      ).toMatchObject({
        status: 401,
        body: { code, message, data: { status: 401 } },
      });
    }

    // Keys of one store do not open another.
    const other = await sim.fetch(
      new Request(`${origin}/bulk-prints/wp-json/wc/v3/products`, {
        headers: { authorization: `Basic ${btoa(`${key.consumerKey}:${key.consumerSecret}`)}` },
      }),
    );
    expect(other.status).toBe(401);
  });

  it('enforces read and write permissions per method, and revokes keys', async () => {
    const { sim, api } = setup();
    const read = await sim.createKey('print-shop', 'read');
    expect((await api('GET', '/products', read)).status).toBe(200);
    const write = await api('POST', '/webhooks/batch', read, {});
    expect(write).toMatchObject({
      status: 401,
      body: { message: 'The API key provided does not have write permissions.' },
    });
    const writeOnly = await sim.createKey('print-shop', 'write');
    expect((await api('GET', '/products', writeOnly)).body.message).toBe(
      'The API key provided does not have read permissions.',
    );

    const key = await sim.createKey('print-shop', 'read_write');
    sim.revokeKeys('print-shop');
    expect((await api('GET', '/products', key)).status).toBe(401);
    expect(await sim.keys('print-shop')).toEqual([]);
  });

  it('pages products and variations with X-WP-Total, X-WP-TotalPages and Link', async () => {
    const { sim } = setup();
    const [key] = await sim.keys('bulk-prints');
    const get = async (path: string) => {
      const res = await sim.fetch(
        new Request(`${origin}/bulk-prints/wp-json/wc/v3${path}`, {
          headers: { authorization: `Basic ${btoa(`${key!.consumerKey}:${key!.consumerSecret}`)}` },
        }),
      );
      return { status: res.status, headers: res.headers, body: (await res.json()) as any[] };
    };
    const first = await get('/products?per_page=100&page=1');
    expect(first.body).toHaveLength(100);
    expect(first.headers.get('x-wp-total')).toBe('230');
    expect(first.headers.get('x-wp-totalpages')).toBe('3');
    expect(first.headers.get('link')).toBe(
      `<${origin}/bulk-prints/wp-json/wc/v3/products?per_page=100&page=2>; rel="next"`,
    );
    const last = await get('/products?per_page=100&page=3');
    expect(last.body).toHaveLength(30);
    expect(last.headers.get('link')).toContain('rel="prev"');
    // Past the last page WooCommerce answers an empty list (not WordPress posts' 400), with
    // the totals, and "prev" pointing at the last page.
    const past = await get('/products?per_page=100&page=4');
    expect(past.status).toBe(200);
    expect(past.body).toEqual([]);
    expect(past.headers.get('x-wp-total')).toBe('230');
    expect(past.headers.get('x-wp-totalpages')).toBe('3');
    expect(past.headers.get('link')).toBe(
      `<${origin}/bulk-prints/wp-json/wc/v3/products?per_page=100&page=3>; rel="prev"`,
    );
    expect((await get('/products?per_page=101')).body).toMatchObject({
      code: 'rest_invalid_param',
      data: { status: 400, params: { per_page: expect.any(String) } },
    });
    expect((await get('/products?page=0')).body).toMatchObject({
      code: 'rest_invalid_param',
      data: { status: 400, params: { page: expect.any(String) } },
    });
    // An empty list has no pages at all.
    const none = await get('/orders');
    expect(none.status).toBe(200);
    expect(none.body).toEqual([]);
    expect(none.headers.get('x-wp-total')).toBe('0');
    expect(none.headers.get('x-wp-totalpages')).toBe('0');
    expect(none.headers.get('link')).toBeNull();

    const variable = first.body.find((p) => p.type === 'variable');
    expect(variable.variations).toHaveLength(120);
    const variations = await get(`/products/${variable.id}/variations?per_page=100`);
    expect(variations.headers.get('x-wp-totalpages')).toBe('2');
    expect(variations.body[0]).toMatchObject({
      id: variable.variations[0],
      attributes: [{ name: 'Edition', option: 'Edition 01' }],
    });
  });

  it('has a realistic print shop, a store with plain permalinks and a blog without WooCommerce', async () => {
    const { sim } = setup();
    const products = sim.products('print-shop');
    expect(products.length).toBeGreaterThanOrEqual(50);
    expect(products.some((p) => p.type === 'simple')).toBe(true);
    const cards = products.find((p) => p.name === 'Classic Business Cards')!;
    expect(cards.type).toBe('variable');
    expect(sim.variations('print-shop', cards.id)).toHaveLength(9);

    const [key] = await sim.keys('plain-permalinks');
    const auth = { authorization: `Basic ${btoa(`${key!.consumerKey}:${key!.consumerSecret}`)}` };
    expect(
      (
        await sim.fetch(
          new Request(`${origin}/plain-permalinks/wp-json/wc/v3/products`, { headers: auth }),
        )
      ).status,
    ).toBe(404);
    const viaQuery = await sim.fetch(
      new Request(`${origin}/plain-permalinks/?rest_route=/wc/v3/products`, { headers: auth }),
    );
    expect(viaQuery.status).toBe(200);
    const index = await (await sim.fetch(new Request(`${origin}/blog-only/wp-json/`))).json();
    expect(index.namespaces).not.toContain('wc/v3');
  });

  it('pings a new webhook and signs deliveries with its secret', async () => {
    const { sim, api, received } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    const created = await api('POST', '/webhooks', key, {
      name: 'Orders',
      topic: 'order.created',
      delivery_url: 'https://app.example/hooks',
      secret: 'per-store-secret',
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('secret');
    const ping = received.shift()!;
    expect(await ping.text()).toBe(`webhook_id=${created.body.id}`);
    expect(ping.headers.get('x-wc-webhook-signature')).toBeNull();

    const { order, deliveries } = await sim.createOrder('print-shop');
    expect(deliveries).toHaveLength(1);
    const delivery = received.shift()!;
    const body = await delivery.text();
    expect(JSON.parse(body)).toEqual(order);
    expect(delivery.headers.get('x-wc-webhook-signature')).toBe(
      bodySignature('per-store-secret', body),
    );
    expect(delivery.headers.get('x-wc-webhook-source')).toBe(`${origin}/print-shop/`);
    expect(delivery.headers.get('x-wc-webhook-topic')).toBe('order.created');
    expect(delivery.headers.get('x-wc-webhook-delivery-id')).toBe(deliveries[0]!.id);

    // Redelivery: the same bytes under the same delivery id.
    await sim.redeliver(deliveries[0]!.id);
    const again = received.shift()!;
    expect(await again.text()).toBe(body);
    expect(again.headers.get('x-wc-webhook-delivery-id')).toBe(deliveries[0]!.id);
  });

  it('answers the webhook routes as WooCommerce does: 201 with Location, links and dates; no trashing; topics checked', async () => {
    const { sim, api, received, clock } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    const created = await api('POST', '/webhooks', key, {
      name: 'Orders',
      topic: 'order.created',
      delivery_url: 'https://app.example/hooks',
    });
    expect(created.status).toBe(201);
    const self = `${origin}/print-shop/wp-json/wc/v3/webhooks/${created.body.id}`;
    expect(created.headers.get('location')).toBe(self);
    expect(created.body).toEqual({
      id: created.body.id,
      name: 'Orders',
      status: 'active',
      topic: 'order.created',
      resource: 'order',
      event: 'created',
      hooks: ['woocommerce_order_created'],
      delivery_url: 'https://app.example/hooks',
      date_created: '2026-03-02T09:00:00',
      date_created_gmt: '2026-03-02T09:00:00',
      date_modified: '2026-03-02T09:00:00',
      date_modified_gmt: '2026-03-02T09:00:00',
      _links: {
        self: [{ href: self }],
        collection: [{ href: `${origin}/print-shop/wp-json/wc/v3/webhooks` }],
      },
    });

    clock.advance(60_000);
    const renamed = await api('PUT', `/webhooks/${created.body.id}`, key, { name: 'Renamed' });
    expect(renamed.body).toMatchObject({
      name: 'Renamed',
      date_created_gmt: '2026-03-02T09:00:00',
      date_modified_gmt: '2026-03-02T09:01:00',
    });

    for (const topic of ['order.shipped', 'orders.created', 'order', 'order.created.now']) {
      const refused = await api('POST', '/webhooks', key, {
        topic,
        delivery_url: 'https://app.example/hooks',
      });
      expect(refused).toMatchObject({
        status: 400,
        body: {
          code: 'woocommerce_rest_webhook_invalid_topic',
          message: 'Webhook topic is required and must be valid.',
          data: { status: 400 },
        },
      });
    }
    expect(
      (await api('POST', '/webhooks', key, { delivery_url: 'https://app.example/hooks' })).body
        .code,
    ).toBe('woocommerce_rest_webhook_invalid_topic');
    expect(
      (await api('PUT', `/webhooks/${created.body.id}`, key, { topic: 'order.shipped' })).body,
    ).toMatchObject({
      code: 'woocommerce_rest_webhook_invalid_topic',
      message: 'Webhook topic must be valid.',
    });
    expect(
      (await api('POST', '/webhooks', key, { topic: 'order.created', delivery_url: 'ftp://x' }))
        .body.code,
    ).toBe('woocommerce_rest_webhook_invalid_delivery_url');

    const trash = await api('DELETE', `/webhooks/${created.body.id}`, key);
    expect(trash).toMatchObject({
      status: 501,
      body: {
        code: 'woocommerce_rest_trash_not_supported',
        message: 'Webhooks do not support trashing.',
        data: { status: 501 },
      },
    });
    expect(sim.webhooks('print-shop')).toHaveLength(1);
    const deleted = await api('DELETE', `/webhooks/${created.body.id}?force=true`, key);
    expect(deleted).toMatchObject({ status: 200, body: { id: created.body.id, name: 'Renamed' } });
    expect(sim.webhooks('print-shop')).toHaveLength(0);
    expect((await api('DELETE', `/webhooks/${created.body.id}?force=true`, key)).status).toBe(404);
    expect((await api('GET', `/webhooks/${created.body.id}`, key)).body).toMatchObject({
      code: 'woocommerce_rest_webhook_invalid_id',
      data: { status: 400 },
    });
    received.length = 0;
  });

  it('gives each webhook saved without a secret a random one of its own, and signs with it', async () => {
    const { sim, api, received } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    for (const name of ['First', 'Second']) {
      await api('POST', '/webhooks', key, {
        name,
        topic: 'order.created',
        delivery_url: `https://app.example/${name}`,
      });
    }
    const [first, second] = sim.webhooks('print-shop');
    expect(first!.secret).toHaveLength(50);
    expect(second!.secret).toHaveLength(50);
    expect(first!.secret).not.toBe(second!.secret);
    received.length = 0;
    await sim.createOrder('print-shop');
    const deliveries = received.splice(0);
    expect(deliveries).toHaveLength(2);
    for (const [delivery, hook] of [
      [deliveries[0]!, first!],
      [deliveries[1]!, second!],
    ] as const) {
      expect(delivery.headers.get('x-wc-webhook-signature')).toBe(
        bodySignature(hook.secret, await delivery.text()),
      );
    }
  });

  it('places orders of chosen variations and products, and sends order.updated on a change', async () => {
    const { sim, api, received, clock } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    await api('POST', '/webhooks', key, {
      topic: 'order.updated',
      delivery_url: 'https://app.example/hooks',
      secret: 'per-store-secret',
    });
    received.length = 0;
    const products = sim.products('print-shop');
    const variable = products.find((p) => p.type === 'variable')!;
    const simple = products.find((p) => p.type === 'simple')!;
    const variation = sim.variations('print-shop', variable.id)[2]!;
    const { order, deliveries } = await sim.createOrder('print-shop', undefined, 1, {
      lines: [
        { productId: variable.id, variationId: variation.id, quantity: 3 },
        { productId: simple.id },
      ],
      shipping: false,
    });
    // Nobody listens to order.created here.
    expect(deliveries).toEqual([]);
    expect(order).toMatchObject({
      status: 'processing',
      shipping: { first_name: '', address_1: '', country: '' },
      billing: { first_name: 'Maria', email: 'maria@example.com' },
      line_items: [
        {
          product_id: variable.id,
          variation_id: variation.id,
          quantity: 3,
          sku: variation.sku,
          meta_data: variation.attributes.map((a) =>
            expect.objectContaining({
              display_key: a.name,
              display_value: a.option,
            }),
          ),
        },
        { product_id: simple.id, variation_id: 0, quantity: 1, sku: simple.sku, meta_data: [] },
      ],
    });
    expect((order.line_items as { name: string }[])[0]!.name).toBe(
      `${variable.name} - ${variation.attributes.map((a) => a.option).join(', ')}`,
    );

    clock.advance(60_000);
    const updated = await sim.updateOrder('print-shop', order.id as number, 'cancelled');
    expect(updated.order.status).toBe('cancelled');
    expect(updated.order.date_modified_gmt).toBe('2026-03-02T09:01:00');
    const hook = received.shift()!;
    const body = await hook.text();
    expect(JSON.parse(body)).toMatchObject({ id: order.id, status: 'cancelled' });
    expect(hook.headers.get('x-wc-webhook-topic')).toBe('order.updated');
    expect(hook.headers.get('x-wc-webhook-signature')).toBe(
      bodySignature('per-store-secret', body),
    );

    // A change through the REST API is announced the same way.
    const put = await api('PUT', `/orders/${order.id}`, key, { status: 'on-hold' });
    expect(put.body.status).toBe('on-hold');
    expect(JSON.parse(await received.shift()!.text())).toMatchObject({ status: 'on-hold' });
  });

  it('disables a webhook after more than five failed deliveries in a row', async () => {
    const { sim, api, answerWith } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    await api('POST', '/webhooks', key, {
      topic: 'product.updated',
      delivery_url: 'https://app.example/hooks',
    });
    answerWith(500);
    const id = sim.products('print-shop')[0]!.id;
    for (let i = 0; i < 6; i++) await sim.updateProduct('print-shop', id, { name: `Name ${i}` });
    expect(sim.webhooks('print-shop')[0]!.status).toBe('disabled');
    expect(await sim.updateProduct('print-shop', id)).toEqual([]);
  });

  it('lists orders modified after a time, oldest change first', async () => {
    const { sim, api, clock } = setup();
    const key = await sim.createKey('print-shop', 'read');
    const { order: first } = await sim.createOrder('print-shop');
    clock.advance(60_000);
    const { order: second } = await sim.createOrder('print-shop');
    clock.advance(60_000);
    await sim.updateOrder('print-shop', first.id as number, 'completed');
    const all = await api('GET', '/orders?orderby=modified&order=asc&dates_are_gmt=true', key);
    expect(all.body.map((o: { id: number }) => o.id)).toEqual([second.id, first.id]);
    const recent = await api(
      'GET',
      `/orders?modified_after=${encodeURIComponent(String(second.date_modified_gmt))}&dates_are_gmt=true`,
      key,
    );
    expect(recent.body.map((o: { id: number }) => o.id)).toEqual([first.id]);
  });

  it('hands keys over: Approve POSTs them to the callback, then returns the browser', async () => {
    const { sim, received, answerWith } = setup();
    const authorize = `${origin}/print-shop/wc-auth/v1/authorize?${new URLSearchParams({
      app_name: 'Vitrine',
      scope: 'read_write',
      user_id: 'attempt-1',
      return_url: 'https://app.example/return',
      callback_url: 'https://app.example/keys',
    })}`;
    const html = await (await sim.fetch(new Request(authorize))).text();
    expect(html).toContain('Vitrine would like to connect to Paper &amp; Ink Print Shop');
    expect(html).toContain('>Approve</button>');
    expect(html).toContain('>Deny</button>');

    const back = new URL(await sim.approve(authorize));
    expect(back.origin + back.pathname).toBe('https://app.example/return');
    expect(Object.fromEntries(back.searchParams)).toEqual({ success: '1', user_id: 'attempt-1' });
    const post = received.shift()!;
    expect(post.url).toBe('https://app.example/keys');
    expect(post.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    const keys = await post.json();
    expect(keys).toEqual({
      key_id: expect.any(Number),
      user_id: 'attempt-1',
      consumer_key: expect.stringMatching(/^ck_[0-9a-f]{40}$/),
      consumer_secret: expect.stringMatching(/^cs_[0-9a-f]{40}$/),
      key_permissions: 'read_write',
    });
    expect((await sim.keys('print-shop')).map((k) => k.consumerKey)).toContain(keys.consumer_key);

    const denied = new URL(await sim.deny(authorize));
    expect(Object.fromEntries(denied.searchParams)).toEqual({ success: '0', user_id: 'attempt-1' });

    // The app refuses the keys: they are deleted and the owner sees an error.
    answerWith(404);
    await expect(sim.approve(authorize)).rejects.toThrow(/unable to send the consumer data/);
    const refused = (await received.shift()!.json()) as { consumer_key: string };
    expect((await sim.keys('print-shop')).map((k) => k.consumerKey)).not.toContain(
      refused.consumer_key,
    );
  });

  it('refuses hand-offs without every parameter, or with an http callback to a public host', async () => {
    const { sim } = setup();
    const url = (params: Record<string, string>) =>
      `${origin}/print-shop/wc-auth/v1/authorize?${new URLSearchParams({
        app_name: 'Vitrine',
        scope: 'read_write',
        user_id: 'u',
        return_url: 'https://app.example/return',
        callback_url: 'https://app.example/keys',
        ...params,
      })}`;
    expect((await sim.fetch(new Request(url({ scope: 'admin' })))).status).toBe(400);
    expect((await sim.fetch(new Request(url({ user_id: '' })))).status).toBe(400);
    const insecure = await sim.fetch(new Request(url({ callback_url: 'http://app.example/keys' })));
    expect(insecure.status).toBe(400);
    expect(await insecure.text()).toContain('needs to be over SSL');
    expect(
      (await sim.fetch(new Request(url({ callback_url: 'http://localhost:4000/keys' })))).status,
    ).toBe(200);
  });

  it('answers 429 and 503 with Retry-After when told to', async () => {
    const { sim, api } = setup();
    const key = await sim.createKey('print-shop', 'read');
    sim.failNext('print-shop', 1, 429, 3);
    sim.failNext('print-shop', 1, 503);
    const limited = await api('GET', '/products', key);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await api('GET', '/products', key)).status).toBe(503);
    expect((await api('GET', '/products', key)).status).toBe(200);
  });

  it('keeps keys valid across restarts with the same key secret', async () => {
    const make = () => new WooCommerceSimulator({ origin, keySecret: 'stable-secret' });
    const key = await make().createKey('print-shop', 'read_write');
    const [demo] = await make().keys('print-shop');
    expect((await make().keys('print-shop'))[0]).toEqual(demo);
    const res = await make().fetch(
      new Request(`${origin}/print-shop/wp-json/wc/v3/products`, {
        headers: { authorization: `Basic ${btoa(`${key.consumerKey}:${key.consumerSecret}`)}` },
      }),
    );
    expect(res.status).toBe(200);
  });
});
