import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/testServer.js';
import { caller, connectShopify, startServer } from '../support.js';
import { runUntilEnded } from './jobs.js';

type Garbage = { status?: number; type?: string; body: string };
type Mode = 'hang' | Garbage;

const json = 'application/json; charset=utf-8';
const html: Garbage = {
  type: 'text/html',
  body: '<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>',
};

interface Platform {
  /** The simulator's host name, as the server reaches it. */
  host: string;
  /** True for the request that reads a page of the store's products. */
  listing: (request: Request) => Promise<boolean>;
  /** Connects a store of this platform for `clientId`; answers its id. */
  connect: (server: TestServer, clientId: string) => Promise<string>;
  faults: Record<string, Garbage>;
}

const shopify: Platform = {
  host: 'shopify.test',
  listing: async (request) =>
    request.method === 'POST' && (await request.clone().text()).includes('VitrineProducts'),
  connect: async (server, clientId) =>
    (await connectShopify(server, server.provider.secretKey, clientId)).storeId,
  faults: {
    'an HTML page': html,
    'cut-off JSON': { type: json, body: '{"data":{"products":{"nodes":[{"id":"gid://shopify/Pro' },
    'data: null without errors': { type: json, body: '{"data":null}' },
    'data: null with errors': {
      type: json,
      body: JSON.stringify({
        data: null,
        errors: [{ message: 'Internal error. Looks like something went wrong on our end.' }],
      }),
    },
    'the wrong shape': {
      type: json,
      body: JSON.stringify({ data: { products: { nodes: 'none', pageInfo: null } } }),
    },
  },
};

const etsy: Platform = {
  host: 'etsy.test',
  listing: async (request) =>
    request.method === 'GET' && /\/v3\/application\/shops\/\d+\/listings\?/.test(request.url),
  connect: async (server, clientId) => {
    server.etsy.addShop({
      shopId: 53_000_001,
      userId: 93_000_001,
      shopName: 'GarbagePrints',
      title: 'Garbage prints',
      owner: 'Owner',
      listings: 6,
    });
    const started = await caller(server, server.provider.secretKey).post(
      `/v1/clients/${clientId}/stores/authorize`,
      { platform: 'etsy' },
    );
    expect(started.status).toBe(201);
    const callbackUrl = await server.etsy.approve(started.body.authorizeUrl, 'GarbagePrints');
    await (await server.fetch(callbackUrl)).text();
    return started.body.store.id;
  },
  faults: {
    'an HTML page': html,
    'cut-off JSON': { type: json, body: '{"count":6,"results":[{"listing_id":1' },
    'a non-list': { type: json, body: '{"count":6,"results":"none"}' },
    'the wrong shape': {
      type: json,
      body: JSON.stringify({ count: 1, results: [{ listing_id: 'x', title: 7 }] }),
    },
  },
};

const pressero: Platform = {
  host: 'pressero.test',
  listing: async (request) =>
    request.method === 'GET' && /\/api\/site\/[^/]+\/products\?/.test(request.url),
  connect: async (server, clientId) => {
    const created = await caller(server, server.provider.secretKey).post(
      `/v1/clients/${clientId}/stores`,
      {
        platform: 'pressero',
        siteUrl: 'https://acme.pressero.test',
        username: 'admin@acme-print.test',
        password: 'pressero-demo',
      },
    );
    expect(created.status).toBe(201);
    return created.body.id;
  },
  faults: {
    'an HTML page': html,
    'cut-off JSON': { type: json, body: '{"Items":[{"ProductId":"' },
    'a non-list': { type: json, body: '{"Items":"none","TotalItems":3}' },
    'the wrong shape': {
      type: json,
      body: JSON.stringify({ Items: [{ ProductId: 5, ProductName: null }], TotalItems: 1 }),
    },
  },
};

/**
 * A store on each platform that misbehaves while the server syncs it: it stops answering, or
 * answers with something that is not its API. Each sync ends failed with a reason the owner can
 * read (never a crash, never a "successful" sync of nothing), what was synced before stays, and
 * once the store behaves again nothing is doubled.
 */
describe.each([
  ['Shopify', shopify],
  ['Etsy', etsy],
  ['Pressero', pressero],
])('a %s store that hangs or answers garbage', (_name, platform) => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let mode: Mode | null = null;
  let storeId: string;
  let synced: number;

  beforeAll(async () => {
    let simulator: (request: Request) => Promise<Response> = async () => new Response(null);
    server = await startServer({
      platformTimeoutMs: 300,
      hosts: {
        [platform.host]: async (request) => {
          if (!mode || !(await platform.listing(request))) return simulator(request);
          if (mode === 'hang') {
            // Accepts the request and never answers, until the caller gives up.
            return new Promise((_, reject) =>
              request.signal.addEventListener('abort', () => reject(request.signal.reason)),
            );
          }
          return new Response(mode.body, {
            status: mode.status ?? 200,
            headers: { 'content-type': mode.type ?? json },
          });
        },
      },
    });
    const own = {
      'shopify.test': server.shopify,
      'etsy.test': server.etsy,
      'pressero.test': server.pressero,
    }[platform.host]!;
    simulator = (request) => own.fetch(request);
    api = caller(server, server.provider.secretKey);
    const client = (
      await api.post('/v1/clients', { name: 'Garbage In Prints', referenceId: 'GARBAGE-1' })
    ).body;
    storeId = await platform.connect(server, client.id);
    const store = (await api.get(`/v1/stores/${storeId}`)).body;
    await runUntilEnded(server, store.lastSyncJobId);
    synced = (await api.get(`/v1/stores/${storeId}`)).body.productCount;
    expect(synced).toBeGreaterThan(0);
  });
  afterAll(() => server?.close());

  it.each(['hang', ...Object.keys(platform.faults)])(
    'a sync against a store that answers %s ends with a reason and keeps what was there',
    async (fault) => {
      mode = fault === 'hang' ? 'hang' : platform.faults[fault]!;
      const started = await api.post(`/v1/stores/${storeId}/sync`);
      expect(started.status).toBe(202);
      await runUntilEnded(server, started.body.id);
      const job = (await api.get(`/v1/jobs/${started.body.id}`)).body;
      expect(job.status).toBe('failed');
      // The owner is told what went wrong with the store, not that the server broke.
      expect(job.error.code).not.toBe('internal_error');
      expect(job.error.message).toMatch(/\w{3,}/);
      const store = (await api.get(`/v1/stores/${storeId}`)).body;
      expect(store.productCount).toBe(synced);
      // Garbage is the store's passing trouble: it stays connected, ready for the next sync.
      expect(store.status).toBe('connected');

      mode = null;
      const again = await api.post(`/v1/stores/${storeId}/sync`);
      await runUntilEnded(server, again.body.id);
      expect((await api.get(`/v1/jobs/${again.body.id}`)).body.status).toBe('succeeded');
      expect((await api.get(`/v1/stores/${storeId}`)).body.productCount).toBe(synced);
    },
  );
});
