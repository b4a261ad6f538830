import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock, oauthSignedUrl } from '../../test/support.js';
import { WooCommerceSimulator } from './simulator.js';

/**
 * Plain-HTTP stores: WooCommerce wants one-legged OAuth 1.0a there, which is what its own
 * JavaScript client sends for an `http://` address. Checked with the client and with a signer
 * written from RFC 5849 on Node's crypto.
 */
const origin = 'http://woocommerce.test';

function setup() {
  // Now: the official client stamps its requests with the real time.
  const clock = new ManualClock();
  const sim = new WooCommerceSimulator({
    origin,
    clock,
    fetch: async () => new Response('ok'),
  });
  const seconds = () => Math.floor(clock.now().getTime() / 1000);
  const call = async (method: string, url: string, init: RequestInit = {}) => {
    const res = await sim.fetch(new Request(url, { method, ...init }));
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  return { sim, clock, seconds, call };
}

/** The official client, its axios reaching the simulator in process through axios' fetch adapter. */
function officialClient(
  sim: WooCommerceSimulator,
  url: string,
  key: { consumerKey: string; consumerSecret: string },
) {
  return new WooCommerceRestApi({
    url,
    consumerKey: key.consumerKey,
    consumerSecret: key.consumerSecret,
    version: 'wc/v3',
    axiosConfig: {
      adapter: 'fetch',
      env: {
        fetch: (input: RequestInfo | URL, init?: RequestInit) =>
          sim.fetch(new Request(input, init)),
      },
    },
  } as ConstructorParameters<typeof WooCommerceRestApi>[0]);
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((done) => server.close(() => done(null)))),
  );
});

describe('OAuth 1.0a on a plain-HTTP WooCommerce store', () => {
  it("answers WooCommerce's own client at an http:// address, reading and writing", async () => {
    const { sim } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    const client = officialClient(sim, `${origin}/print-shop`, key);
    const page = await client.get('products', { per_page: 5, page: 2, status: 'publish' });
    expect(page.status).toBe(200);
    expect(page.data).toHaveLength(5);
    expect(Number(page.headers['x-wp-total'])).toBeGreaterThan(10);
    // The client signed in the query string: no Basic auth, no secret on the wire.
    expect(page.config.auth).toBeUndefined();
    expect(page.config.params).toMatchObject({ oauth_signature_method: 'HMAC-SHA256' });
    expect(JSON.stringify(page.config.params)).not.toContain(key.consumerSecret);

    const created = await client.post('products', {
      name: 'Harbour at dusk',
      type: 'simple',
      status: 'draft',
      regular_price: '24.00',
      sku: 'VT-OAUTH-1',
    });
    expect(created.status).toBe(201);
    const updated = await client.put(`webhooks/999`, { status: 'paused' }).catch((e) => e.response);
    expect(updated.status).toBe(400);
    expect(updated.data.code).toBe('woocommerce_rest_webhook_invalid_id');
    const found = await client.get('products', { sku: 'VT-OAUTH-1', status: 'any' });
    expect(found.data.map((p: { id: number }) => p.id)).toEqual([created.data.id]);
  });

  it('honours the key’s permissions under OAuth as under Basic auth', async () => {
    const { sim } = setup();
    const readOnly = await sim.createKey('print-shop', 'read');
    const client = officialClient(sim, `${origin}/print-shop`, readOnly);
    expect((await client.get('products')).status).toBe(200);
    const refused = await client.post('products', { name: 'No' }).catch((e) => e.response);
    expect(refused.status).toBe(401);
    expect(refused.data).toEqual({
      code: 'woocommerce_rest_authentication_error',
      message: 'The API key provided does not have write permissions.',
      data: { status: 401 },
    });
  });

  it('accepts HMAC-SHA1 and HMAC-SHA256, in the query or an OAuth header', async () => {
    const { sim, seconds, call } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    const address = `${origin}/print-shop/wp-json/wc/v3/products?per_page=3&search=poster card`;
    for (const signatureMethod of ['HMAC-SHA1', 'HMAC-SHA256'] as const) {
      const signed = oauthSignedUrl('GET', address, key, {
        timestamp: seconds(),
        nonce: `n-${signatureMethod}`,
        signatureMethod,
      });
      expect((await call('GET', signed)).status).toBe(200);
    }
    // The same parameters in `Authorization: OAuth …` instead of the query.
    const signed = new URL(
      oauthSignedUrl('GET', address, key, { timestamp: seconds(), nonce: 'in-header' }),
    );
    const header = [...signed.searchParams]
      .filter(([name]) => name.startsWith('oauth_'))
      .map(([name, value]) => `${name}="${encodeURIComponent(value)}"`)
      .join(', ');
    for (const name of [...signed.searchParams.keys()]) {
      if (name.startsWith('oauth_')) signed.searchParams.delete(name);
    }
    const viaHeader = await call('GET', signed.toString(), {
      headers: { authorization: `OAuth ${header}` },
    });
    expect(viaHeader.status).toBe(200);
  });

  it('refuses a bad signature, a stale timestamp, a replayed nonce and missing parameters as WooCommerce does', async () => {
    const { sim, clock, seconds, call } = setup();
    const key = await sim.createKey('print-shop', 'read_write');
    const address = `${origin}/print-shop/wp-json/wc/v3/products`;
    const refusal = (message: string, code = 'woocommerce_rest_authentication_error') => ({
      status: 401,
      body: { code, message, data: { status: 401 } },
    });

    const wrongSecret = oauthSignedUrl(
      'GET',
      address,
      { ...key, consumerSecret: `cs_${'0'.repeat(40)}` },
      { timestamp: seconds(), nonce: 'a' },
    );
    expect(await call('GET', wrongSecret)).toMatchObject(
      refusal('Invalid signature - provided signature does not match.'),
    );
    // Signed for another path: the signature covers the request, not just the key.
    const elsewhere = oauthSignedUrl('GET', `${origin}/print-shop/wp-json/wc/v3/orders`, key, {
      timestamp: seconds(),
      nonce: 'b',
    }).replace('/wc/v3/orders', '/wc/v3/products');
    expect((await call('GET', elsewhere)).status).toBe(401);
    // Signed as GET, sent as DELETE.
    const asGet = oauthSignedUrl('GET', `${address}/1`, key, { timestamp: seconds(), nonce: 'c' });
    expect((await call('DELETE', asGet)).body.message).toBe(
      'Invalid signature - provided signature does not match.',
    );
    const plaintext = new URL(
      oauthSignedUrl('GET', address, key, { timestamp: seconds(), nonce: 'd' }),
    );
    plaintext.searchParams.set('oauth_signature_method', 'PLAINTEXT');
    expect(await call('GET', plaintext.toString())).toMatchObject(
      refusal('Invalid signature - signature method is invalid.'),
    );

    const stale = oauthSignedUrl('GET', address, key, {
      timestamp: seconds() - 16 * 60,
      nonce: 'e',
    });
    expect(await call('GET', stale)).toMatchObject(refusal('Invalid timestamp.'));
    const early = oauthSignedUrl('GET', address, key, {
      timestamp: seconds() + 16 * 60,
      nonce: 'f',
    });
    expect(await call('GET', early)).toMatchObject(refusal('Invalid timestamp.'));

    const once = oauthSignedUrl('GET', address, key, { timestamp: seconds(), nonce: 'once' });
    expect((await call('GET', once)).status).toBe(200);
    expect(await call('GET', once)).toMatchObject(
      refusal('Invalid nonce - nonce has already been used.'),
    );
    // The nonce is remembered for 15 minutes; after that a fresh request may reuse it.
    clock.advance(16 * 60_000);
    const later = oauthSignedUrl('GET', address, key, { timestamp: seconds(), nonce: 'once' });
    expect((await call('GET', later)).status).toBe(200);

    const unknown = oauthSignedUrl(
      'GET',
      address,
      { consumerKey: `ck_${'a'.repeat(40)}`, consumerSecret: key.consumerSecret },
      { timestamp: seconds(), nonce: 'g' },
    );
    expect(await call('GET', unknown)).toMatchObject(refusal('Consumer key is invalid.'));
    const partial = new URL(
      oauthSignedUrl('GET', address, key, { timestamp: seconds(), nonce: 'h' }),
    );
    partial.searchParams.delete('oauth_nonce');
    partial.searchParams.delete('oauth_timestamp');
    expect(await call('GET', partial.toString())).toMatchObject(
      refusal(
        'Missing OAuth parameters oauth_timestamp, oauth_nonce',
        'woocommerce_rest_authentication_missing_parameter',
      ),
    );
    // OAuth errors are not Basic auth's: no WWW-Authenticate challenge.
    expect((await call('GET', wrongSecret)).headers.get('www-authenticate')).toBeNull();
  });

  it('serves the official client over a real socket at the address a development server prints', async () => {
    // As `npm run dev` mounts it: `http://{host}/sim/woocommerce/{store}`.
    let sim!: WooCommerceSimulator;
    const server = createServer(getRequestListener((request) => sim.fetch(request)));
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sim = new WooCommerceSimulator({
      origin: address,
      basePath: '/sim/woocommerce',
      fetch: async () => new Response('ok'),
    });
    const [key] = await sim.keys('print-shop');
    // The client's own transport (axios over node:http), nothing routed by hand.
    const client = new WooCommerceRestApi({
      url: sim.urlOf('print-shop'),
      consumerKey: key!.consumerKey,
      consumerSecret: key!.consumerSecret,
      version: 'wc/v3',
    });
    const products = await client.get('products', { per_page: 2 });
    expect(products.status).toBe(200);
    expect(products.data).toHaveLength(2);
    const status = await client.get('system_status');
    expect(status.data.environment.home_url).toBe(`${address}/sim/woocommerce/print-shop`);
  });
});
