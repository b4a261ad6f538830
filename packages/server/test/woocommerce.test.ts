import type { SimulatedKey, WooDelivery } from '@vitrine/simulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '../src/crypto/encryption.js';
import { hmacSha256, toBase64 } from '../src/crypto/hmac.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, startServer } from './support.js';

/**
 * WooCommerce stores through the HTTP API against the in-process simulator: keys typed into a
 * form, the `/wc-auth/v1/authorize` key hand-off, product sync, signed webhooks and order polling.
 */
describe('WooCommerce stores', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  /** Every answer the API gave in this file, to look for secrets in. */
  const answers: string[] = [];
  /** Every key and webhook secret handed to the server. */
  const secrets: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    const plain = caller(server, server.provider.secretKey);
    const record =
      <A extends unknown[]>(call: (...args: A) => Promise<{ body: unknown }>) =>
      async (...args: A) => {
        const res = await call(...args);
        answers.push(typeof res.body === 'string' ? res.body : JSON.stringify(res.body));
        return res as Awaited<ReturnType<typeof call>> & { status: number; body: any };
      };
    api = {
      get: record(plain.get),
      post: record(plain.post),
      put: record(plain.put),
      patch: record(plain.patch),
      delete: record(plain.delete),
    } as ReturnType<typeof caller>;
  });
  afterAll(() => server.close());

  const sim = () => server.woocommerce;

  /** A store of its own (a fresh copy of the print shop unless told), so tests do not meet. */
  const newStore = (
    catalogue: Parameters<TestServer['woocommerce']['addStore']>[0]['catalogue'] = {
      kind: 'print',
    },
  ) => {
    const name = `shop-${Math.random().toString(36).slice(2, 8)}`;
    const url = sim().addStore({ name, title: `Paper & Ink ${name}`, catalogue });
    return { name, url };
  };

  const newClient = async (name = 'Woo Co') => (await api.post('/v1/clients', { name })).body;

  const keyFor = async (store: string, permissions: SimulatedKey['permissions'] = 'read_write') => {
    const key = await sim().createKey(store, permissions);
    secrets.push(key.consumerKey, key.consumerSecret);
    return key;
  };

  const connect = (clientId: string, url: string, key: SimulatedKey) =>
    api.post(`/v1/clients/${clientId}/stores`, {
      platform: 'woocommerce',
      url,
      consumerKey: key.consumerKey,
      consumerSecret: key.consumerSecret,
    });

  const storesOf = async (clientId: string) =>
    (await api.get(`/v1/clients/${clientId}/stores`)).body.data as { id: string }[];

  const storeRow = async (storeId: string) =>
    (
      await server.db.query<{ credentials: string | null; webhook_secret: string | null }>(
        'select credentials, webhook_secret from stores where id = $1',
        [storeId],
      )
    )[0]!;

  const webhookSecretOf = async (storeId: string) => {
    const { webhook_secret } = await storeRow(storeId);
    const secret = await Keyring.fromText(server.encryptionKey).decrypt(
      webhook_secret!,
      `store-webhook:${storeId}`,
    );
    secrets.push(secret);
    return secret;
  };

  const events = async (storeId: string) =>
    server.db.query<{ delivery_id: string; topic: string; payload: any }>(
      'select delivery_id, topic, payload from platform_events where store_id = $1 order by received_at, delivery_id',
      [storeId],
    );

  const orderEvents = async (storeId: string) =>
    (await events(storeId)).filter((e) => e.topic !== 'ping');

  const post = (storeId: string, headers: Record<string, string>, body: string) =>
    server.fetch(`${server.baseUrl}/v1/hooks/woocommerce/${storeId}`, {
      method: 'POST',
      headers,
      body,
    });

  /** A connected, synced store with its webhooks in place. */
  async function syncedStore() {
    const { name, url } = newStore();
    const client = await newClient();
    const created = await connect(client.id, url, await keyFor(name));
    expect(created.status).toBe(201);
    await server.runJobs();
    return { name, url, storeId: created.body.id as string, clientId: client.id as string };
  }

  it('connects with a read/write key: live check, shop name, keys sealed, first sync queued', async () => {
    const { name, url } = newStore();
    const client = await newClient();
    const key = await keyFor(name);
    const created = await connect(
      client.id,
      `${url.replace('woocommerce.test', 'WooCommerce.TEST')}/`,
      key,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      platform: 'woocommerce',
      status: 'connected',
      statusReason: null,
      shopUrl: url,
      name: `Paper & Ink ${name}`,
    });
    expect(created.body).not.toHaveProperty('webhookSecret');
    // The keys were tried for real: a read, and a write they must also allow.
    expect(
      sim()
        .requests(name)
        .map((r) => `${r.method} ${r.route} ${r.status}`),
    ).toEqual(['GET / 200', 'GET /wc/v3/products 200', 'POST /wc/v3/webhooks/batch 200']);
    const row = await storeRow(created.body.id);
    expect(row.credentials).toMatch(/^v1\./);
    expect(row.credentials).not.toContain(key.consumerKey.slice(3, 20));

    const job = (await api.get(`/v1/jobs/${created.body.lastSyncJobId}`)).body;
    expect(job).toMatchObject({ kind: 'product_sync', status: 'queued' });
    await server.runJobs();
    const store = (await api.get(`/v1/stores/${created.body.id}`)).body;
    const products = sim().products(name);
    const variants = products.reduce(
      (n, p) => n + (p.type === 'variable' ? sim().variations(name, p.id).length : 1),
      0,
    );
    expect(store).toMatchObject({ productCount: products.length, variantCount: variants });
  });

  it('refuses a wrong secret, a read-only key and bad addresses, and keeps nothing', async () => {
    const { name, url } = newStore();
    const client = await newClient();
    const key = await keyFor(name);

    const wrong = await connect(client.id, url, { ...key, consumerSecret: `cs_${'0'.repeat(40)}` });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: 'credentials_invalid' });
    expect(wrong.body.error.message).toContain('Consumer secret is invalid.');

    const readOnly = await connect(client.id, url, await keyFor(name, 'read'));
    expect(readOnly.status).toBe(422);
    expect(readOnly.body.error.code).toBe('permissions_not_granted');

    const bad = async (address: string) => (await connect(client.id, address, key)).body.error;
    expect(await bad('print-shop')).toMatchObject({ code: 'validation_failed' });
    expect(await bad(url.replace('https:', 'http:'))).toMatchObject({
      code: 'invalid_shop_domain',
      message: expect.stringContaining('HTTPS'),
    });
    expect(await bad(url.replace('https://', 'https://admin:pw@'))).toMatchObject({
      code: 'invalid_shop_domain',
    });
    expect(await bad(sim().urlOf('blog-only'))).toMatchObject({
      code: 'invalid_shop_domain',
      message: expect.stringContaining('WooCommerce'),
    });
    expect(await bad('https://woocommerce.test/nobody-here')).toMatchObject({
      code: 'invalid_shop_domain',
    });
    const down = await connect(client.id, 'https://unreachable.example', key);
    expect(down.status).toBe(502);
    expect(down.body.error.code).toBe('platform_unavailable');

    expect(await storesOf(client.id)).toEqual([]);
  });

  it('reaches stores with plain permalinks through ?rest_route=', async () => {
    const client = await newClient();
    const key = await keyFor('plain-permalinks');
    const created = await connect(client.id, sim().urlOf('plain-permalinks'), key);
    expect(created.status).toBe(201);
    await server.runJobs();
    const store = (await api.get(`/v1/stores/${created.body.id}`)).body;
    expect(store).toMatchObject({ status: 'connected', productCount: 5 });
    expect(
      sim()
        .requests('plain-permalinks')
        .some((r) => r.route === '/wc/v3/products'),
    ).toBe(true);
  });

  it('hands keys over: authorize page, Approve, keys POSTed to us, browser back, connected', async () => {
    const { name, url } = newStore();
    const client = await newClient();
    const started = await api.post(`/v1/clients/${client.id}/stores/authorize`, {
      platform: 'woocommerce',
      url,
    });
    expect(started.status).toBe(201);
    expect(started.body.store).toMatchObject({ status: 'connecting', shopUrl: url });
    const authorizeUrl = new URL(started.body.authorizeUrl);
    expect(authorizeUrl.origin + authorizeUrl.pathname).toBe(`${url}/wc-auth/v1/authorize`);
    expect(Object.fromEntries(authorizeUrl.searchParams)).toEqual({
      app_name: 'Vitrine',
      scope: 'read_write',
      user_id: expect.stringMatching(/^[\w-]{43}$/),
      return_url: 'http://vitrine.test/v1/oauth/woocommerce/callback',
      callback_url: 'http://vitrine.test/v1/oauth/woocommerce/keys',
    });

    const page = await (await sim().fetch(new Request(started.body.authorizeUrl))).text();
    expect(page).toContain('Vitrine would like to connect to');
    const back = await sim().approve(started.body.authorizeUrl);
    expect(Object.fromEntries(new URL(back).searchParams)).toEqual({
      success: '1',
      user_id: authorizeUrl.searchParams.get('user_id'),
    });
    const [handedOver] = (await sim().keys(name)).filter((k) =>
      k.description.startsWith('Vitrine'),
    );
    expect(handedOver).toMatchObject({ permissions: 'read_write' });
    secrets.push(handedOver!.consumerKey, handedOver!.consumerSecret);

    const landed = await server.fetch(back);
    expect(landed.status).toBe(200);
    expect(await landed.text()).toContain('Store connected');
    const store = (await api.get(`/v1/stores/${started.body.store.id}`)).body;
    expect(store).toMatchObject({ status: 'connected', name: `Paper & Ink ${name}` });
    await server.runJobs();
    expect((await api.get(`/v1/stores/${store.id}`)).body.productCount).toBe(
      sim().products(name).length,
    );
    // The attempt is used up: the same return again is refused.
    expect((await server.fetch(back)).status).toBe(400);
  });

  it('hand-off refused by the owner: oauth_denied, and the store says so', async () => {
    const { url } = newStore();
    const client = await newClient();
    const started = (
      await api.post(`/v1/clients/${client.id}/stores/authorize`, { platform: 'woocommerce', url })
    ).body;
    const back = await sim().deny(started.authorizeUrl);
    expect(new URL(back).searchParams.get('success')).toBe('0');
    const landed = await server.fetch(back);
    expect(landed.status).toBe(400);
    expect(await landed.text()).toContain('"code":"oauth_denied"');
    expect((await api.get(`/v1/stores/${started.store.id}`)).body).toMatchObject({
      status: 'error',
      statusReason: 'oauth_denied',
    });
  });

  it('refuses keys for an unknown attempt (the store then deletes them) and a return without keys', async () => {
    const { name, url } = newStore();
    const client = await newClient();
    const started = (
      await api.post(`/v1/clients/${client.id}/stores/authorize`, { platform: 'woocommerce', url })
    ).body;

    const direct = await caller(server).post('/v1/oauth/woocommerce/keys', {
      key_id: 1,
      user_id: 'not-an-attempt',
      consumer_key: `ck_${'1'.repeat(40)}`,
      consumer_secret: `cs_${'2'.repeat(40)}`,
      key_permissions: 'read_write',
    });
    expect(direct.status).toBe(404);

    const forged = new URL(started.authorizeUrl);
    forged.searchParams.set('user_id', 'forged-attempt');
    const before = (await sim().keys(name)).length;
    await expect(sim().approve(forged.toString())).rejects.toThrow(
      /unable to send the consumer data/,
    );
    expect(await sim().keys(name)).toHaveLength(before);

    // The browser comes back as if approved, but no keys arrived for this attempt.
    const state = new URL(started.authorizeUrl).searchParams.get('user_id')!;
    const landed = await server.fetch(
      `${server.baseUrl}/v1/oauth/woocommerce/callback?success=1&user_id=${state}`,
    );
    expect(await landed.text()).toContain('"code":"credentials_invalid"');
    expect((await api.get(`/v1/stores/${started.store.id}`)).body.status).toBe('error');
  });

  it('reconnects the same address into the same store; verify reports revoked keys', async () => {
    const { name, url } = newStore();
    const client = await newClient();
    const first = (await connect(client.id, url, await keyFor(name))).body;

    const verified = await api.post(`/v1/stores/${first.id}/verify`);
    expect(verified.body).toMatchObject({ status: 'connected' });

    sim().revokeKeys(name);
    const revoked = await api.post(`/v1/stores/${first.id}/verify`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'needs_reauth', statusReason: 'keys_revoked' });

    const again = await connect(client.id, `${url}/`, await keyFor(name));
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: first.id, status: 'connected', statusReason: null });
    expect(await storesOf(client.id)).toHaveLength(1);
    expect((await api.post(`/v1/stores/${first.id}/verify`)).body.status).toBe('connected');
  });

  it('syncs every page of products and every page of variations', async () => {
    const client = await newClient();
    const created = (
      await connect(client.id, sim().urlOf('bulk-prints'), await keyFor('bulk-prints'))
    ).body;
    await server.runJobs();
    const job = (await api.get(`/v1/jobs/${created.lastSyncJobId}`)).body;
    expect(job).toMatchObject({
      status: 'succeeded',
      result: { products: 230, variants: 226 + 4 * 120 },
    });
    const routes = sim()
      .requests('bulk-prints')
      .filter((r) => r.method === 'GET' && r.route.includes('/products'))
      .map((r) => r.route);
    expect(routes.filter((r) => r === '/wc/v3/products')).toHaveLength(1 + 3);
    expect(routes.filter((r) => r.endsWith('/variations'))).toHaveLength(4 * 2);

    const [variable] = await server.db.query<{ options: unknown; variants: number }>(
      `select p.options, count(v.id)::int as variants from store_products p
         join store_variants v on v.product_id = p.id
        where p.store_id = $1 and p.title = 'Print 50' group by p.options`,
      [created.id],
    );
    expect(variable).toMatchObject({ variants: 120 });
    const [option] = variable!.options as { name: string; values: string[] }[];
    expect(option).toMatchObject({ name: 'Edition' });
    expect(option!.values).toHaveLength(120);
  });

  it('subscribes webhooks once, with the store’s own secret, and answers the ping', async () => {
    const { name, storeId } = await syncedStore();
    const secret = await webhookSecretOf(storeId);
    const hooks = () =>
      sim()
        .webhooks(name)
        .map((w) => ({ topic: w.topic, url: w.delivery_url, secret: w.secret, status: w.status }));
    const expected = ['order.created', 'order.updated', 'product.updated', 'product.deleted'].map(
      (topic) => ({
        topic,
        url: `http://vitrine.test/v1/hooks/woocommerce/${storeId}`,
        secret,
        status: 'active',
      }),
    );
    expect(hooks()).toEqual(expected);

    // Syncing again does not subscribe twice.
    await api.post(`/v1/stores/${storeId}/sync`);
    await server.runJobs();
    expect(hooks()).toEqual(expected);

    // The pings the saved webhooks sent were answered and recorded once, with nothing to act on.
    expect((await events(storeId)).filter((e) => e.topic === 'ping')).toEqual([
      { delivery_id: 'ping', topic: 'ping', payload: null },
    ]);
    const ping = await post(
      storeId,
      { 'content-type': 'application/x-www-form-urlencoded' },
      'webhook_id=1',
    );
    expect(ping.status).toBe(200);
    expect(await ping.json()).toMatchObject({ topic: 'ping', duplicate: true });
    // Only a bare ping goes unsigned.
    const unsignedJson = await post(storeId, { 'content-type': 'application/json' }, '{"id":1}');
    expect(unsignedJson.status).toBe(401);
  });

  it('reconnecting puts the webhooks back as they should be, with the store’s secret', async () => {
    const { name, url, storeId, clientId } = await syncedStore();
    // The owner edits one webhook's secret and pauses another in the store's admin.
    const [edited, paused] = sim().webhooks(name);
    edited!.secret = 'edited-by-the-owner';
    paused!.status = 'paused';
    await connect(clientId, url, await keyFor(name));
    await server.runJobs();
    const secret = await webhookSecretOf(storeId);
    expect(sim().webhooks(name)).toHaveLength(4);
    expect(
      sim()
        .webhooks(name)
        .every((w) => w.secret === secret && w.status === 'active'),
    ).toBe(true);
    const [delivery] = await sim().updateProduct(name, sim().products(name)[0]!.id, {
      name: 'Signed with the store’s secret',
    });
    expect(delivery!.status).toBe(200);
  });

  it('applies signed product deliveries, refuses forged ones, acknowledges replays', async () => {
    const { name, storeId } = await syncedStore();
    const products = sim().products(name);
    const simple = products.find((p) => p.type === 'simple')!;
    const variable = products.find((p) => p.type === 'variable')!;
    const row = async (externalId: number) =>
      (
        await server.db.query<{ title: string; removed: boolean; live: number }>(
          `select p.title, p.removed_at is not null as removed,
             count(v.id) filter (where v.removed_at is null)::int as live
             from store_products p join store_variants v on v.product_id = p.id
            where p.store_id = $1 and p.external_id = $2 group by p.id`,
          [storeId, String(externalId)],
        )
      )[0];

    const [renamed] = await sim().updateProduct(name, simple.id, {
      name: 'Renamed Cards',
      price: '9.99',
    });
    expect(renamed!.status).toBe(200);
    expect(await row(simple.id)).toMatchObject({ title: 'Renamed Cards', removed: false, live: 1 });

    // A variable product's delivery lists its variation ids only: the variants stay as synced.
    const variations = sim().variations(name, variable.id).length;
    const [changed] = await sim().updateProduct(name, variable.id, { name: 'Renamed Flyers' });
    expect(changed!.status).toBe(200);
    expect(await row(variable.id)).toMatchObject({ title: 'Renamed Flyers', live: variations });

    const forged = await post(
      storeId,
      renamed!.headers,
      renamed!.body.replace('Renamed Cards', 'Forged'),
    );
    expect(forged.status).toBe(401);
    expect((await forged.json()).error.code).toBe('webhook_signature_invalid');
    const unsigned = { ...renamed!.headers };
    delete unsigned['x-wc-webhook-signature'];
    expect((await post(storeId, unsigned, renamed!.body)).status).toBe(401);

    const replay = await post(storeId, renamed!.headers, renamed!.body);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ duplicate: true, outcome: 'duplicate' });

    // Another store's delivery, re-signed with this store's secret, names the wrong source.
    const elsewhere = {
      ...renamed!.headers,
      'x-wc-webhook-source': 'https://woocommerce.test/print-shop/',
    };
    const resigned = toBase64(await hmacSha256(await webhookSecretOf(storeId), renamed!.body));
    const other = await post(
      storeId,
      { ...elsewhere, 'x-wc-webhook-signature': resigned, 'x-wc-webhook-delivery-id': 'other-1' },
      renamed!.body,
    );
    expect(other.status).toBe(404);

    const [deleted] = await sim().deleteProduct(name, simple.id);
    expect(deleted!.status).toBe(200);
    expect(await row(simple.id)).toMatchObject({ removed: true, live: 0 });
  });

  it('records a signed product or order body it cannot read as failed, and answers 200', async () => {
    const { name, storeId } = await syncedStore();
    const simple = sim()
      .products(name)
      .find((p) => p.type === 'simple')!;
    const [genuine] = await sim().updateProduct(name, simple.id, { name: 'Fine' });
    const secret = await webhookSecretOf(storeId);
    const cases: [string, string][] = [
      ['product.updated', JSON.stringify({ id: simple.id, type: 'variable', attributes: 'x' })],
      ['order.created', JSON.stringify({ id: 'seven' })],
    ];
    for (const [topic, body] of cases) {
      const res = await post(
        storeId,
        {
          ...genuine!.headers,
          'x-wc-webhook-topic': topic,
          'x-wc-webhook-delivery-id': `bad-${topic}`,
          'x-wc-webhook-signature': toBase64(await hmacSha256(secret, body)),
        },
        body,
      );
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ topic, outcome: 'rejected' });
    }
    const failed = await server.db.query<{ delivery_id: string; failed_reason: string }>(
      `select delivery_id, failed_reason from platform_events
        where store_id = $1 and failed_reason is not null order by delivery_id`,
      [storeId],
    );
    expect(failed).toEqual([
      { delivery_id: 'bad-order.created', failed_reason: expect.stringMatching(/: id /) },
      { delivery_id: 'bad-product.updated', failed_reason: expect.stringMatching(/: attributes /) },
    ]);
  });

  it('keeps order deliveries and polled orders in platform_events, each once', async () => {
    const { name, storeId } = await syncedStore();
    const { order, deliveries } = await sim().createOrder(name);
    const [hook] = deliveries as WooDelivery[];
    expect(hook!.status).toBe(200);
    expect(await orderEvents(storeId)).toEqual([
      expect.objectContaining({ delivery_id: hook!.id, topic: 'order.created', payload: order }),
    ]);

    // Webhooks are not retried by WooCommerce: the poll finds the order as well.
    server.clock.advance(5 * 60_000 + 1000);
    await server.runJobs();
    const polled = (await events(storeId)).filter((e) => e.delivery_id.startsWith('order:'));
    expect(polled).toEqual([
      expect.objectContaining({
        delivery_id: `order:${order.id}:${order.date_modified_gmt}`,
        payload: expect.objectContaining({ id: order.id, status: 'processing' }),
      }),
    ]);

    // Polling again finds nothing new; a changed order is recorded once more.
    server.clock.advance(5 * 60_000 + 1000);
    await server.runJobs();
    expect((await events(storeId)).filter((e) => e.delivery_id.startsWith('order:'))).toHaveLength(
      1,
    );
    const placedAt = order.date_modified_gmt;
    const { order: changed } = await sim().updateOrder(name, order.id as number, 'completed');
    server.clock.advance(5 * 60_000 + 1000);
    await server.runJobs();
    const after = (await events(storeId)).filter((e) => e.delivery_id.startsWith('order:'));
    expect(after.map((e) => e.delivery_id)).toEqual([
      `order:${order.id}:${placedAt}`,
      `order:${order.id}:${changed.date_modified_gmt}`,
    ]);
    expect(after[1]!.payload.status).toBe('completed');
  });

  it('retries a store that asks to slow down or is briefly unavailable', async () => {
    const { name, url } = newStore();
    const client = await newClient();
    const key = await keyFor(name);
    sim().failNext(name, 2, 429, 2);
    sim().failNext(name, 2, 503);
    expect((await connect(client.id, url, key)).body.status).toBe('connected');
    sim().failNext(name, 4, 503);
    const store = (await storesOf(client.id))[0]!;
    const down = await api.post(`/v1/stores/${store.id}/verify`);
    expect(down.status).toBe(502);
    expect(down.body.error.code).toBe('platform_unavailable');
  });

  it('never shows keys or webhook secrets in an answer', () => {
    expect(answers.length).toBeGreaterThan(30);
    expect(secrets.length).toBeGreaterThan(10);
    const leaked = secrets.filter((secret) => answers.some((answer) => answer.includes(secret)));
    expect(leaked).toEqual([]);
    expect(answers.some((answer) => /\b(ck|cs)_[0-9a-f]{40}\b/.test(answer))).toBe(false);
  });
});
