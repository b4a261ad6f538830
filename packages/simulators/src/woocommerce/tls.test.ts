import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WooCommerceSimulator } from './simulator.js';

/**
 * An `https://` store over real TLS (a certificate made for the test): WooCommerce's own client
 * sends the key pair by Basic auth there, or as `consumer_key`/`consumer_secret` with
 * `queryStringAuth`, and never OAuth signatures.
 */
let server: Server;
let sim: WooCommerceSimulator;
let agent: Agent;
const seen: { url: string; authorization: string | null }[] = [];

beforeAll(async () => {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const listener = getRequestListener((request) => {
    seen.push({ url: request.url, authorization: request.headers.get('authorization') });
    return sim.fetch(request);
  });
  server = createServer({ key: pems.private, cert: pems.cert }, listener);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  sim = new WooCommerceSimulator({
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    fetch: async () => new Response('ok'),
  });
  // Trusts the test's certificate only.
  agent = new Agent({ ca: pems.cert });
});

afterAll(async () => {
  agent?.destroy();
  await new Promise((done) => server?.close(() => done(null)));
});

const clientFor = (key: { consumerKey: string; consumerSecret: string }, queryStringAuth = false) =>
  new WooCommerceRestApi({
    url: sim.urlOf('print-shop'),
    consumerKey: key.consumerKey,
    consumerSecret: key.consumerSecret,
    version: 'wc/v3',
    queryStringAuth,
    axiosConfig: { httpsAgent: agent },
  });

describe('WooCommerce’s own client over HTTPS', () => {
  it('authenticates with Basic auth, and is refused with a wrong secret as WooCommerce refuses it', async () => {
    const key = await sim.createKey('print-shop', 'read_write');
    seen.length = 0;
    const page = await clientFor(key).get('products', { per_page: 3 });
    expect(page.status).toBe(200);
    expect(page.data).toHaveLength(3);
    expect(seen[0]!.authorization).toMatch(/^Basic /);
    expect(seen[0]!.url).not.toContain('oauth_');

    const wrong = await clientFor({ ...key, consumerSecret: `cs_${'0'.repeat(40)}` })
      .get('products')
      .catch((error) => error.response);
    expect(wrong.status).toBe(401);
    expect(wrong.data.message).toBe('Consumer secret is invalid.');
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic realm="WooCommerce API/);
  });

  it('authenticates with the key pair in the query string when asked to', async () => {
    const key = await sim.createKey('print-shop', 'read_write');
    seen.length = 0;
    const created = await clientFor(key, true).post('products', {
      name: 'Harbour at dusk',
      status: 'draft',
      regular_price: '24.00',
      sku: 'VT-TLS-1',
    });
    expect(created.status).toBe(201);
    expect(seen[0]!.authorization).toBeNull();
    expect(new URL(seen[0]!.url).searchParams.get('consumer_key')).toBe(key.consumerKey);
  });
});
