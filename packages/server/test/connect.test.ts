import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '../src/crypto/encryption.js';
import { signQuery } from '../src/platforms/shopify/hmac.js';
import type { TestServer } from '../testing/testServer.js';
import {
  caller,
  clientSession,
  clientWithActiveAdmin,
  connectShopify,
  startServer,
} from './support.js';

/** Shopify connections through the real OAuth round trip against the in-process simulator. */
describe('connecting a Shopify store', () => {
  let server: TestServer;
  let key: string;
  let api: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer();
    key = server.provider.secretKey;
    api = caller(server, key);
  });
  afterAll(() => server.close());

  const newClient = async (name = 'Connect Co') => (await api.post('/v1/clients', { name })).body;

  const authorize = async (clientId: string, body: Record<string, unknown>) =>
    api.post(`/v1/clients/${clientId}/stores/authorize`, { platform: 'shopify', ...body });

  /** The approved callback with `changes`, signed again with the app's real secret. */
  const resigned = async (authorizeUrl: string, changes: Record<string, string>) => {
    const callback = new URL(await server.shopify.approve(authorizeUrl));
    for (const [name, value] of Object.entries(changes)) callback.searchParams.set(name, value);
    callback.searchParams.delete('hmac');
    callback.searchParams.set(
      'hmac',
      await signQuery(server.shopifyApp.apiSecret, callback.searchParams),
    );
    return callback.toString();
  };
  const sealedCredentials = async (storeId: string) =>
    (
      await server.db.query<{ credentials: string | null }>(
        'select credentials from stores where id = $1',
        [storeId],
      )
    )[0]?.credentials ?? null;

  it('connects: install page, Authorize, signed callback, encrypted token, first sync queued', async () => {
    const client = await newClient();
    const started = await authorize(client.id, { shop: 'vitrine-demo' });
    expect(started.status).toBe(201);
    expect(started.body.store).toMatchObject({
      platform: 'shopify',
      status: 'connecting',
      shopUrl: 'vitrine-demo.myshopify.test',
    });
    const url = new URL(started.body.authorizeUrl);
    expect(url.pathname).toBe('/vitrine-demo.myshopify.test/admin/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: server.shopifyApp.apiKey,
      scope:
        'read_products,write_products,read_orders,write_merchant_managed_fulfillment_orders,write_publications',
      redirect_uri: 'http://vitrine.test/v1/oauth/shopify/callback',
      'grant_options[]': '',
    });
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(Date.parse(started.body.expiresAt) - server.clock.now().getTime()).toBe(600_000);

    // The owner sees the install page, with the scopes asked for and an Authorize button.
    const installPage = await server.shopify.fetch(new Request(started.body.authorizeUrl));
    const html = await installPage.text();
    expect(html).toContain('Install Vitrine on Vitrine Demo Prints?');
    expect(html).toContain('<li>read_orders</li>');
    expect(html).toContain('<button type="submit">Authorize</button>');

    const callbackUrl = await server.shopify.approve(started.body.authorizeUrl);
    const callback = new URL(callbackUrl);
    expect([...callback.searchParams.keys()].sort()).toEqual(
      ['code', 'hmac', 'host', 'shop', 'state', 'timestamp'].sort(),
    );
    const landed = await server.fetch(callbackUrl);
    expect(landed.status).toBe(200);
    expect(landed.headers.get('content-security-policy')).toMatch(/script-src 'nonce-/);
    expect(landed.headers.get('cache-control')).toBe('no-store');
    const page = await landed.text();
    expect(page).toContain('Store connected');
    expect(page).toContain('window.opener.postMessage(message, targets[i])');
    expect(page).toContain(`"storeId":"${started.body.store.id}"`);
    expect(page).toContain('"status":"connected"');

    const store = (await api.get(`/v1/stores/${started.body.store.id}`)).body;
    expect(store).toMatchObject({
      status: 'connected',
      statusReason: null,
      name: 'Vitrine Demo Prints',
      shopUrl: 'vitrine-demo.myshopify.test',
    });
    expect(store.lastSyncJobId).toMatch(/^job_/);
    const job = (await api.get(`/v1/jobs/${store.lastSyncJobId}`)).body;
    expect(job).toMatchObject({ kind: 'product_sync', status: 'queued', storeId: store.id });

    // The token is sealed at rest: not readable in the row, opened only with the server's key.
    const sealed = await sealedCredentials(store.id);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toMatch(/shpat_|shprt_/);
    const credentials = await Keyring.fromText(server.encryptionKey).decryptJson<{
      accessToken: string;
      refreshToken: string | null;
      expiresAt: string | null;
      scopes: string[];
    }>(sealed!, `store:${store.id}`);
    expect(credentials.accessToken).toMatch(/^shpat_/);
    expect(credentials.refreshToken).toMatch(/^shprt_/);
    expect(Date.parse(credentials.expiresAt!) - server.clock.now().getTime()).toBe(3600_000);
    expect(credentials.scopes).toContain('read_products');
    // …and never in an answer.
    const everything = JSON.stringify([
      store,
      (await api.get(`/v1/clients/${client.id}/stores`)).body,
      job,
    ]);
    expect(everything).not.toContain(credentials.accessToken);
    expect(everything).not.toContain(credentials.refreshToken!);
  });

  it('redirects to the returnUrl with the outcome instead of the popup page', async () => {
    const client = await newClient();
    const started = await authorize(client.id, {
      shop: 'vitrine-demo',
      returnUrl: 'https://portal.print.example/stores?tab=1',
    });
    const landed = await server.fetch(await server.shopify.approve(started.body.authorizeUrl));
    expect(landed.status).toBe(302);
    const location = new URL(landed.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://portal.print.example/stores');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      tab: '1',
      vitrine_store: started.body.store.id,
      vitrine_status: 'connected',
    });
  });

  it('connects as a client admin, and re-authorising the same shop reuses the store', async () => {
    const { client, userId } = await clientWithActiveAdmin(server, key, 'Admin Connects');
    const token = await clientSession(server, key, client.id, userId);
    const first = await connectShopify(server, token, client.id, 'vitrine-demo.myshopify.test');
    expect(first.landed.status).toBe(200);
    const again = await caller(server, token).post(`/v1/clients/${client.id}/stores/authorize`, {
      platform: 'shopify',
      shop: 'VITRINE-DEMO',
    });
    // Still connected while the owner has not come back: an abandoned attempt breaks nothing.
    expect(again.body.store).toMatchObject({ id: first.storeId, status: 'connected' });
    const stores = (await api.get(`/v1/clients/${client.id}/stores`)).body.data;
    expect(stores).toHaveLength(1);
  });

  it('refuses shop addresses that are not a Shopify shop', async () => {
    const client = await newClient();
    for (const shop of [
      'evil.com',
      'https://vitrine-demo.myshopify.test',
      'vitrine-demo.myshopify.test.evil.com',
      'vitrine demo',
      'vitrine-demo.myshopify.com',
    ]) {
      const res = await authorize(client.id, { shop });
      expect(res.status, shop).toBe(400);
      expect(res.body.error.code).toBe('invalid_shop_domain');
      expect(res.body.error.fields[0].path).toBe('shop');
    }
  });

  it('refuses a forged callback signature, and the state survives it', async () => {
    const client = await newClient();
    const started = await authorize(client.id, { shop: 'vitrine-demo' });
    const callbackUrl = await server.shopify.approve(started.body.authorizeUrl);

    const forged = new URL(callbackUrl);
    forged.searchParams.set('hmac', await signQuery('not-the-app-secret', forged.searchParams));
    const refused = await server.fetch(forged.toString());
    expect(refused.status).toBe(401);
    const page = await refused.text();
    expect(page).toContain('"code":"hmac_invalid"');
    expect(page).toContain('could not be connected');

    // A parameter changed after signing (another shop) breaks the signature too.
    const altered = new URL(callbackUrl);
    altered.searchParams.set('shop', 'vitrine-big.myshopify.test');
    expect((await server.fetch(altered.toString())).status).toBe(401);

    expect((await api.get(`/v1/stores/${started.body.store.id}`)).body.status).toBe('connecting');
    // Forgeries did not burn the state: the genuine callback still connects.
    expect((await server.fetch(callbackUrl)).status).toBe(200);
    expect((await api.get(`/v1/stores/${started.body.store.id}`)).body.status).toBe('connected');
  });

  it('refuses a reused state', async () => {
    const client = await newClient();
    const started = await authorize(client.id, { shop: 'vitrine-demo' });
    const callbackUrl = await server.shopify.approve(started.body.authorizeUrl);
    expect((await server.fetch(callbackUrl)).status).toBe(200);
    const replay = await server.fetch(callbackUrl);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('"code":"oauth_state_invalid"');
  });

  it('refuses a state it never issued, even correctly signed', async () => {
    const client = await newClient();
    const started = await authorize(client.id, { shop: 'vitrine-demo' });
    const res = await server.fetch(
      await resigned(started.body.authorizeUrl, { state: 'made-up-state' }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('"code":"oauth_state_invalid"');
  });

  it('refuses a state used for another shop than the one it was issued for', async () => {
    const client = await newClient();
    const started = await authorize(client.id, { shop: 'vitrine-demo' });
    // A genuine signature over another shop's callback carrying this state.
    const res = await server.fetch(
      await resigned(started.body.authorizeUrl, { shop: 'vitrine-big.myshopify.test' }),
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('"code":"oauth_state_invalid"');
    expect((await api.get(`/v1/stores/${started.body.store.id}`)).body.status).toBe('connecting');
  });

  it('refuses an expired state, and a stale callback timestamp', async () => {
    const client = await newClient();
    const expired = await authorize(client.id, { shop: 'vitrine-demo' });
    server.clock.advance(10 * 60_000 + 1000);
    // Approved too late: the signature is fresh, the state is not.
    const late = await server.fetch(await server.shopify.approve(expired.body.authorizeUrl));
    expect(late.status).toBe(400);
    expect(await late.text()).toContain('"code":"oauth_state_invalid"');

    const started = await authorize(client.id, { shop: 'vitrine-demo' });
    const callbackUrl = await server.shopify.approve(started.body.authorizeUrl);
    server.clock.advance(91_000);
    const stale = await server.fetch(callbackUrl);
    expect(stale.status).toBe(401);
    expect(await stale.text()).toContain('"code":"hmac_invalid"');
  });

  it('sends errors to the returnUrl when it knows it', async () => {
    const client = await newClient();
    const started = await authorize(client.id, {
      shop: 'vitrine-limited',
      returnUrl: 'https://portal.print.example/back',
    });
    const landed = await server.fetch(await server.shopify.approve(started.body.authorizeUrl));
    expect(landed.status).toBe(302);
    const location = new URL(landed.headers.get('location')!);
    expect(location.searchParams.get('vitrine_status')).toBe('error');
    expect(location.searchParams.get('vitrine_error')).toBe('permissions_not_granted');
    const store = (await api.get(`/v1/stores/${started.body.store.id}`)).body;
    expect(store).toMatchObject({ status: 'error', statusReason: 'permissions_not_granted' });
    expect(await sealedCredentials(store.id)).toBeNull();
  });

  it('maps a frozen shop to plan_without_api_access', async () => {
    const client = await newClient();
    const { storeId, landed } = await connectShopify(server, key, client.id, 'vitrine-frozen');
    expect(landed.status).toBe(422);
    expect(landed.text).toContain('"code":"plan_without_api_access"');
    expect((await api.get(`/v1/stores/${storeId}`)).body).toMatchObject({
      status: 'error',
      statusReason: 'plan_without_api_access',
    });
  });

  it('refuses to finish a connection for someone who lost the right to connect meanwhile', async () => {
    const { client, userId } = await clientWithActiveAdmin(server, key, 'Demoted Admin Co');
    const token = await clientSession(server, key, client.id, userId);
    const started = await caller(server, token).post(`/v1/clients/${client.id}/stores/authorize`, {
      platform: 'shopify',
      shop: 'vitrine-demo',
    });
    // A second admin demotes the first before the owner approves.
    const second = (
      await api.post(`/v1/clients/${client.id}/users`, {
        email: 'second-admin@example.com',
        firstName: 'S',
        lastName: 'A',
        role: 'admin',
      })
    ).body;
    await caller(server).post(
      `/v1/invitations/${await server.inviteToken('second-admin@example.com')}/accept`,
    );
    expect(second.id).toBeDefined();
    expect(
      (await api.patch(`/v1/clients/${client.id}/users/${userId}`, { role: 'viewer' })).status,
    ).toBe(200);
    const landed = await server.fetch(await server.shopify.approve(started.body.authorizeUrl));
    expect(landed.status).toBe(403);
    expect((await api.get(`/v1/stores/${started.body.store.id}`)).body.status).toBe('connecting');
  });
});
