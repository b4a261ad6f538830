import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '../src/crypto/encryption.js';
import { toBase64 } from '../src/crypto/hmac.js';
import { messageHash } from '../src/platforms/pressero/signature.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, startServer } from './support.js';

const SITE = 'acme.pressero.test';
const ADMIN = { username: 'admin@acme-print.test', password: 'pressero-demo' };

/** Pressero sites connected with an admin login, through the HTTP API, against the simulator. */
describe('Pressero stores', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer();
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());
  // Each test's queued syncs run before the next test starts.
  afterEach(async () => {
    await server.runJobs();
  });

  let clients = 0;
  const newClient = async (referenceId: string | null = `ACME-${++clients}`) =>
    (
      await api.post('/v1/clients', {
        name: `Acme ${clients}`,
        ...(referenceId ? { referenceId } : {}),
      })
    ).body as { id: string; referenceId: string | null };

  const connect = (clientId: string, body: Record<string, unknown> = {}) =>
    api.post(`/v1/clients/${clientId}/stores`, {
      platform: 'pressero',
      siteUrl: `https://${SITE}`,
      ...ADMIN,
      ...body,
    });

  const storeRows = async (clientId: string) =>
    server.db.query<{ id: string }>('select id from stores where client_id = $1', [clientId]);

  const sealedCredentials = async (storeId: string) => {
    const [row] = await server.db.query<{ credentials: string | null }>(
      'select credentials from stores where id = $1',
      [storeId],
    );
    return row?.credentials
      ? Keyring.fromText(server.encryptionKey).decryptJson<{
          username: string;
          password: string;
          token: string;
        }>(row.credentials, `store:${storeId}`)
      : null;
  };

  const events = (storeId: string) =>
    server.db.query<{
      delivery_id: string;
      topic: string;
      payload: any;
      processed_at: Date | null;
    }>(
      'select delivery_id, topic, payload, processed_at from platform_events where store_id = $1',
      [storeId],
    );

  /** A site of its own per test, so webhooks and password changes touch only that test. */
  const ownSite = (products = 5) => {
    const domain = `site-${Math.random().toString(36).slice(2, 8)}.pressero.test`;
    server.pressero.addSite({ domain, name: `Own Site ${domain.slice(5, 11)}`, products });
    const username = `admin@${domain}`;
    server.pressero.addAdmin({ username, password: 'site-password', sites: [domain] });
    return { domain, username, password: 'site-password' };
  };

  async function connected(products = 5) {
    const site = ownSite(products);
    const client = await newClient();
    const created = await connect(client.id, {
      siteUrl: `https://${site.domain}`,
      username: site.username,
      password: site.password,
    });
    expect(created.status).toBe(201);
    const store = created.body;
    server.pressero.configureWebhook(site.domain, {
      url: store.webhookUrl,
      securityKey: store.webhookSecret,
    });
    return {
      site,
      client,
      store: store as { id: string; webhookSecret: string; webhookUrl: string },
    };
  }

  it('refuses a client without a reference ID, before asking Pressero anything', async () => {
    const client = await newClient(null);
    const logins = server.pressero.stats().logins;
    const res = await connect(client.id);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('reference_id_required');
    expect(await storeRows(client.id)).toEqual([]);
    expect(server.pressero.stats().logins).toBe(logins);
  });

  it('connects: the site’s name, its integration ID and webhook address, the secret once', async () => {
    const client = await newClient('ACME-CONNECT');
    const res = await connect(client.id, { siteUrl: 'https://ACME.pressero.test/catalog?page=2' });
    expect(res.status).toBe(201);
    const store = res.body;
    expect(store).toMatchObject({
      platform: 'pressero',
      status: 'connected',
      statusReason: null,
      name: 'Acme Print Portal',
      shopUrl: SITE,
      integrationId: 'ACME-CONNECT',
      webhookUrl: `http://vitrine.test/v1/hooks/pressero/${store.id}`,
    });
    expect(store.webhookSecret).toMatch(/^[\w-]{43}$/);

    // The login and its token are sealed at rest and never answered.
    const credentials = await sealedCredentials(store.id);
    expect(credentials).toMatchObject({ ...ADMIN, token: expect.any(String) });
    const rawStore = await server.fetch(`${server.baseUrl}/v1/stores/${store.id}`, {
      headers: { authorization: `Bearer ${server.provider.secretKey}` },
    });
    const rawList = await server.fetch(`${server.baseUrl}/v1/clients/${client.id}/stores`, {
      headers: { authorization: `Bearer ${server.provider.secretKey}` },
    });
    const raw = (await rawStore.text()) + (await rawList.text());
    expect(raw).toContain(store.id);
    expect(raw).toContain('"integrationId":"ACME-CONNECT"');
    expect(raw).not.toContain('webhookSecret');
    expect(raw).not.toContain(store.webhookSecret);
    expect(raw).not.toContain(ADMIN.password);
    expect(raw).not.toContain(credentials!.token);

    // The first product sync is queued, and a name given by hand wins over the site's.
    expect(store.lastSyncJobId).toMatch(/^job_/);
    const named = await connect((await newClient()).id, { name: 'Acme (EU)' });
    expect(named.body.name).toBe('Acme (EU)');
  });

  it('keeps nothing when Pressero refuses the login, the site or the licence', async () => {
    const client = await newClient();
    const wrong = await connect(client.id, { password: 'not-the-password' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('credentials_invalid');
    expect(JSON.stringify(wrong.body)).not.toContain('not-the-password');

    const unknown = await connect(client.id, { siteUrl: 'https://nowhere.pressero.test' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({
      code: 'invalid_shop_domain',
      message: expect.stringContaining('nowhere.pressero.test'),
    });

    const other = ownSite();
    const ownLogin = await connect(client.id, {
      siteUrl: `https://${other.domain}`,
      username: other.username,
      password: other.password,
    });
    expect(ownLogin.status).toBe(201);
    // …but the admin of one site may not open another.
    const foreign = await connect(client.id, {
      siteUrl: `https://${SITE}`,
      username: other.username,
      password: other.password,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.code).toBe('permissions_not_granted');

    server.pressero.setApiAccess(false);
    try {
      const noApi = await connect((await newClient()).id);
      expect(noApi.status).toBe(422);
      expect(noApi.body.error.code).toBe('plan_without_api_access');
    } finally {
      server.pressero.setApiAccess(true);
    }

    for (const siteUrl of ['ftp://acme.pressero.test', 'https://localhost', 'https://10.0.0.1']) {
      const bad = await connect(client.id, { siteUrl });
      expect(bad.status, siteUrl).toBe(400);
      expect(['invalid_shop_domain', 'validation_failed']).toContain(bad.body.error.code);
    }
    const stored = await server.db.query<{ shop_url: string }>(
      'select shop_url from stores where client_id = $1',
      [client.id],
    );
    expect(stored.map((s) => s.shop_url)).toEqual([other.domain]);
  });

  it('syncs every product page as one variant each, the MIS ID as SKU', async () => {
    const { site, store } = await connected(230);
    const before = server.pressero.requests().length;
    expect(await server.runJobs()).toMatchObject({ succeeded: 1, failed: 0 });
    const synced = (await api.get(`/v1/stores/${store.id}`)).body;
    expect(synced).toMatchObject({ productCount: 230, variantCount: 230, status: 'connected' });
    expect(synced.lastSyncAt).not.toBeNull();
    const job = (await api.get(`/v1/jobs/${synced.lastSyncJobId}`)).body;
    expect(job).toMatchObject({
      status: 'succeeded',
      progress: { done: 230, total: 230 },
      result: { products: 230, variants: 230 },
    });
    // Three pages of 100 after the count: 0-based page numbers.
    const pages = server.pressero
      .requests()
      .slice(before)
      .map((r) => r.path)
      .filter((p) => p.includes('pageSize=100'));
    expect(pages).toEqual(
      [0, 1, 2].map((n) => `/api/site/${site.domain}/products?pageNumber=${n}&pageSize=100`),
    );

    const products = server.pressero.products(site.domain);
    const variants = await server.db.query<{
      external_id: string;
      sku: string | null;
      price: string;
    }>('select external_id, sku, price from store_variants where store_id = $1', [store.id]);
    const byId = new Map(variants.map((v) => [v.external_id, v]));
    expect(byId.get(products[0]!.ProductId)).toMatchObject({
      sku: products[0]!.MisId,
      price: products[0]!.Price.toFixed(2),
    });
    // No MIS ID on the product: the printer's part number stands in.
    expect(products[7]!.MisId).toBeNull();
    expect(byId.get(products[7]!.ProductId)?.sku).toBe(products[7]!.PrintersPartNum);
  });

  it('waits out 429s with Retry-After during a sync', async () => {
    const { store } = await connected(3);
    server.pressero.rateLimitNext(2, 5);
    const started = server.clock.now().getTime();
    expect(await server.runJobs()).toMatchObject({ succeeded: 1 });
    expect(server.clock.now().getTime() - started).toBeGreaterThanOrEqual(10_000);
    expect((await api.get(`/v1/stores/${store.id}`)).body.variantCount).toBe(3);
  });

  it('records a signed OrderPlaced once; a replay is a duplicate', async () => {
    const { site, store } = await connected();
    const { order, delivery } = await server.pressero.placeOrder(site.domain, { quantity: 100 });
    expect(delivery?.status).toBe(200);
    const stored = await events(store.id);
    expect(stored).toEqual([
      {
        delivery_id: delivery!.messageId,
        topic: 'OrderPlaced',
        payload: expect.objectContaining({
          Type: 10,
          Data: expect.objectContaining({ OrderId: order.OrderId, OrderNumber: order.OrderNumber }),
        }),
        processed_at: null,
      },
    ]);

    const again = await server.pressero.redeliver(delivery!.messageId);
    expect(again.status).toBe(200);
    const replay = await server.fetch(delivery!.url, {
      method: 'POST',
      headers: delivery!.headers,
      body: delivery!.body,
    });
    expect(await replay.json()).toEqual({
      duplicate: true,
      topic: 'OrderPlaced',
      outcome: 'duplicate',
    });
    expect(await events(store.id)).toHaveLength(1);
  });

  it('accepts a base64 MessageHash, and refuses forged, unsigned and foreign deliveries', async () => {
    const { store } = await connected();
    const post = (body: string, headers: Record<string, string>, storeId = store.id) =>
      server.fetch(`${server.baseUrl}/v1/hooks/pressero/${storeId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const body = (messageId: string) =>
      JSON.stringify({
        Type: 10,
        TypeName: 'OrderPlaced',
        Timestamp: '2026-03-02T09:00:00Z',
        Data: { OrderId: 'b0b0b0b0-0000-4000-a000-000000000001', OrderNumber: 77 },
        SubscriberId: server.pressero.subscriberId,
        SiteId: 'site',
        MessageID: messageId,
      });
    const signed = body('m-base64');
    const base64 = toBase64(await messageHash(store.webhookSecret, signed));
    expect((await post(signed, { MessageHash: base64 })).status).toBe(200);

    const forged = body('m-forged');
    const wrongKey = toBase64(await messageHash('guessed-key', forged));
    const refusals = [
      await post(forged, { MessageHash: wrongKey }),
      await post(forged, {}),
      // A hash of another body does not sign this one.
      await post(forged, { MessageHash: base64 }),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('webhook_signature_invalid');
    }
    // Another store's key does not open this store's address.
    const other = await connected();
    const foreign = await post(forged, {
      MessageHash: toBase64(await messageHash(other.store.webhookSecret, forged)),
    });
    expect(foreign.status).toBe(401);
    expect((await events(store.id)).map((e) => e.delivery_id)).toEqual(['m-base64']);
  });

  it('rotates the webhook secret: the old key is refused, the new one accepted', async () => {
    const { site, store, client } = await connected();
    const rotated = await api.post(`/v1/stores/${store.id}/webhook-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.webhookSecret).toMatch(/^[\w-]{43}$/);
    expect(rotated.body.webhookSecret).not.toBe(store.webhookSecret);

    // Pressero still signs with the old key until the owner pastes the new one.
    const stale = await server.pressero.placeOrder(site.domain);
    expect(stale.delivery?.status).toBe(401);
    server.pressero.configureWebhook(site.domain, {
      url: store.webhookUrl,
      securityKey: rotated.body.webhookSecret,
    });
    const fresh = await server.pressero.placeOrder(site.domain);
    expect(fresh.delivery?.status).toBe(200);
    expect((await events(store.id)).map((e) => e.delivery_id)).toEqual([fresh.delivery!.messageId]);
    const list = await server.fetch(`${server.baseUrl}/v1/clients/${client.id}/stores`, {
      headers: { authorization: `Bearer ${server.provider.secretKey}` },
    });
    expect(await list.text()).not.toContain(rotated.body.webhookSecret);
  });

  it('verifies: a dead token is replaced, a changed password needs the owner again', async () => {
    const { site, store, client } = await connected();
    const first = await sealedCredentials(store.id);

    // Tokens die (Pressero forgets them); verify logs in again and keeps the new token.
    server.clock.advance(25 * 3600_000);
    const verified = await api.post(`/v1/stores/${store.id}/verify`);
    expect(verified.body).toMatchObject({ status: 'connected', statusReason: null });
    const second = await sealedCredentials(store.id);
    expect(second!.token).not.toBe(first!.token);

    server.pressero.changePassword(site.username, 'rotated-password');
    const refused = await api.post(`/v1/stores/${store.id}/verify`);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      status: 'needs_reauth',
      statusReason: 'credentials_rejected',
    });
    const sync = await api.post(`/v1/stores/${store.id}/sync`);
    expect(sync.status).toBe(409);
    expect(sync.body.error.code).toBe('store_needs_reauth');

    // Connecting again with the new password brings the same store back.
    const again = await connect(client.id, {
      siteUrl: `https://${site.domain}`,
      username: site.username,
      password: 'rotated-password',
    });
    expect(again.body).toMatchObject({ id: store.id, status: 'connected' });
    // The Security Key pasted into Pressero stays valid: no new secret, none shown.
    expect(again.body.webhookSecret).toBeUndefined();
    const { delivery } = await server.pressero.placeOrder(site.domain);
    expect(delivery?.status).toBe(200);
  });

  it('a sync that finds the password changed leaves the store in needs_reauth', async () => {
    const { site, store } = await connected();
    server.pressero.changePassword(site.username, 'changed-before-sync');
    const outcome = await server.runJobs();
    expect(outcome).toMatchObject({ failed: 1 });
    const after = (await api.get(`/v1/stores/${store.id}`)).body;
    expect(after).toMatchObject({ status: 'needs_reauth', statusReason: 'credentials_rejected' });
    const job = (await api.get(`/v1/jobs/${after.lastSyncJobId}`)).body;
    expect(job).toMatchObject({ status: 'failed', error: { code: 'store_needs_reauth' } });
  });
});
