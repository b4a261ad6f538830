import type { EndpointName } from '@vitrine/sdk';
import { endpoints } from '@vitrine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VitrineApp } from '../src/app.js';
import { upsertCatalog } from '../src/services/catalog/catalog.js';
import { enqueueJob } from '../src/services/jobs.js';
import { upsertProducts } from '../src/services/stores/storeProducts.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, clientSession, startServer } from './support.js';

/**
 * The permission matrix, written out by hand: for every route, who may call it. The test
 * enumerates the routes the app really serves, so a new route without a row here fails, and a
 * route mounted outside the guarded router fails too.
 */
const principals = [
  'anonymous',
  'expiredSession',
  'otherProviderKey',
  'otherClientAdmin',
  'providerKey',
  'providerSession',
  'admin',
  'storeManager',
  'storeManagerElsewhere',
  'orderManager',
  'viewer',
] as const;
type Who = (typeof principals)[number];

const provider: Who[] = ['providerKey', 'providerSession'];
const everyRole: Who[] = [
  'admin',
  'storeManager',
  'storeManagerElsewhere',
  'orderManager',
  'viewer',
];
const authenticated: Who[] = principals.filter((p) => p !== 'anonymous' && p !== 'expiredSession');

const expected: Record<string, Who[]> = {
  createSession: ['providerKey'],
  currentSession: authenticated,
  // Any provider's own keys; revoking reaches only its own (the spare key is the provider's).
  listSecretKeys: ['providerKey', 'otherProviderKey'],
  createSecretKey: ['providerKey', 'otherProviderKey'],
  revokeSecretKey: ['providerKey'],
  listClients: [...provider, 'otherProviderKey'],
  createClient: [...provider, 'otherProviderKey'],
  getClient: [...provider, ...everyRole],
  updateClient: provider,
  archiveClient: provider,
  getAccess: [...provider, 'admin'],
  enableAccess: provider,
  disableAccess: provider,
  resendAccessInvite: provider,
  getInvitation: [...principals],
  acceptInvitation: [...principals],
  listUsers: [...provider, ...everyRole],
  inviteUser: [...provider, 'admin'],
  updateUser: [...provider, 'admin'],
  removeUser: [...provider, 'admin'],
  resendUserInvite: [...provider, 'admin'],
  listStores: [...provider, ...everyRole],
  createStore: [...provider, 'admin'],
  authorizeStore: [...provider, 'admin'],
  // Public, yet no bearer credential opens it: the platform's signature is the credential, and
  // an unsigned call is refused for everyone alike.
  oauthCallback: [],
  // Server to server: only a live connection attempt's state opens it.
  oauthKeys: [],
  getStore: [...provider, 'admin', 'storeManager', 'orderManager', 'viewer'],
  updateStore: [...provider, 'admin', 'storeManager'],
  disconnectStore: [...provider, 'admin'],
  removeStore: [...provider, 'admin'],
  verifyStore: [...provider, 'admin', 'storeManager'],
  rotateStoreWebhookSecret: [...provider, 'admin'],
  syncStore: [...provider, 'admin', 'storeManager'],
  getJob: [...provider, 'admin', 'storeManager', 'orderManager', 'viewer'],
  // Signed by the platform, not by a bearer: unsigned deliveries are refused for everyone.
  storeWebhook: [],
  platformWebhook: [],
  listCatalogProducts: [...provider, 'otherProviderKey', 'otherClientAdmin', ...everyRole],
  getCatalogProduct: [...provider, 'otherClientAdmin', ...everyRole],
  listCatalogAttributes: [...provider, 'otherProviderKey', 'otherClientAdmin', ...everyRole],
  listStoreProducts: [...provider, 'admin', 'storeManager', 'viewer'],
  getStoreProduct: [...provider, 'admin', 'storeManager', 'viewer'],
  putMapping: [...provider, 'admin', 'storeManager'],
  deleteMapping: [...provider, 'admin', 'storeManager'],
  applyMapping: [...provider, 'admin', 'storeManager'],
  uploadDesignFile: [...provider, 'admin', 'storeManager'],
  createStoreProduct: [...provider, 'admin', 'storeManager'],
  exportMappings: [...provider, 'admin', 'storeManager', 'viewer'],
  importMappings: [...provider, 'admin', 'storeManager'],
  createMappingImport: [...provider, 'admin', 'storeManager'],
  listMappingImports: [...provider, 'admin', 'storeManager', 'viewer'],
  getMappingImport: [...provider, 'admin', 'storeManager', 'viewer'],
  putMappingImportChunk: [...provider, 'admin', 'storeManager'],
  startMappingImport: [...provider, 'admin', 'storeManager'],
  cancelMappingImport: [...provider, 'admin', 'storeManager'],
  listMappingImportErrors: [...provider, 'admin', 'storeManager', 'viewer'],
  // A client's orders: store managers see those of their own stores.
  listOrders: [...provider, ...everyRole],
  getOrder: [...provider, 'admin', 'storeManager', 'orderManager', 'viewer'],
  createOrder: [...provider, 'admin', 'orderManager'],
  importOrders: [...provider, 'admin', 'orderManager'],
  createTestOrder: [...provider, 'admin', 'orderManager'],
  releaseOrder: [...provider, 'admin', 'orderManager'],
  cancelOrder: [...provider, 'admin', 'orderManager'],
  // Postbacks are the provider's own: no client role; another provider sees only its own.
  listPostbacks: [...provider, 'otherProviderKey'],
  createPostback: [...provider, 'otherProviderKey'],
  getPostback: provider,
  updatePostback: provider,
  deletePostback: provider,
  rotatePostbackSecret: provider,
  listPostbackDeliveries: provider,
  testPostback: provider,
  redeliverPostback: provider,
  // Production: the provider's own settings; reports with its secret key only.
  getProduction: [...provider, 'otherProviderKey'],
  putProduction: [...provider, 'otherProviderKey'],
  reportOrderEvent: ['providerKey'],
  retryOrderFulfillment: [...provider, 'admin', 'orderManager'],
  // The path token is the credential: without the right one, nobody.
  productionWebhook: [],
  publishStoreProduct: [...provider, 'admin', 'storeManager'],
  // The unguessable address is the credential: whoever holds it may fetch the file.
  getDesignFile: [...principals],
};

/** Infrastructure served outside the contract on purpose. */
const infrastructure = new Set([
  'GET /healthz',
  'GET /openapi.json',
  'GET /docs',
  'GET /docs/redoc.standalone.js',
  'GET /dev/outbox',
]);

/**
 * Middleware the app mounts for every method on whole trees (request ids, logs, CORS): they pass
 * requests on to the router. Any other every-method route (`app.all`, an answering `app.use` on a
 * path) would answer around it.
 */
const middleware = new Set(['ALL /*', 'ALL /v1/*']);

/** Routes the app answers that did not go through the guarded router. */
export function unguardedRoutes(app: VitrineApp): string[] {
  const guarded = new Set(app.routes.map((r) => `${r.method} ${r.path}`));
  return [
    ...new Set(
      app.hono.routes
        .map((r) => `${r.method} ${r.path}`)
        .filter((r) => !guarded.has(r) && !infrastructure.has(r) && !middleware.has(r)),
    ),
  ];
}

export function routesWithoutExpectation(app: VitrineApp): string[] {
  return app.routes.map((r) => r.name).filter((name) => !(name in expected));
}

const bodies: Partial<Record<EndpointName, () => unknown>> = {
  createSession: () => ({ scope: 'provider' }),
  createClient: () => ({ name: 'Matrix Client' }),
  // A well-formed hand-off for an attempt that does not exist: platforms get 404 for it.
  oauthKeys: () => ({
    key_id: 1,
    user_id: 'no-such-attempt',
    consumer_key: `ck_${'a'.repeat(40)}`,
    consumer_secret: `cs_${'b'.repeat(40)}`,
    key_permissions: 'read_write',
  }),
  updateClient: () => ({ name: 'Renamed' }),
  enableAccess: () => ({
    admin: { email: 'new-admin@example.com', firstName: 'N', lastName: 'A' },
  }),
  inviteUser: () => ({
    email: `invitee-${Math.random()}@example.com`,
    firstName: 'I',
    lastName: 'N',
    role: 'viewer',
  }),
  updateUser: () => ({ role: 'order_manager' }),
  createStore: () => ({ platform: 'manual', name: 'Matrix Store' }),
  authorizeStore: () => ({ platform: 'shopify', shop: 'vitrine-demo' }),
  updateStore: () => ({ name: 'Renamed Store' }),
  putMapping: () => ({ ignored: true }),
  importMappings: () => ({ rows: [{ sku: 'MP-A3', productUid: '', files: [] }] }),
  createOrder: () => matrixOrder(),
  createPostback: () => ({ url: 'https://hooks.example/vitrine', events: ['order.received'] }),
  updatePostback: () => ({ enabled: false }),
  putProduction: () => ({ kind: 'postbacks' }),
  reportOrderEvent: () => ({ note: 'From the matrix' }),
  importOrders: () => ({ orders: [matrixOrder()] }),
  createMappingImport: () => ({ totalRows: 1 }),
  putMappingImportChunk: () => ({ rows: [{ sku: 'MP-A3', productUid: 'IGNORE', files: [] }] }),
  createStoreProduct: () => ({
    productUid: 'flat_product_pf_a4_pt_200-gsm-uncoated_cl_4-0_ver',
    title: 'Matrix Flyer',
    files: [{ type: 'default', url: 'https://files.example/flyer.pdf' }],
  }),
  applyMapping: () => ({ mapping: { ignored: true }, variantIds: ['sv_unknown'] }),
  uploadDesignFile: () => '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

/** A valid order for the matrix's manual store, with a reference of its own. */
const matrixOrder = () => ({
  orderReferenceId: `MX-${Math.random().toString(36).slice(2, 10)}`,
  currency: 'EUR',
  shippingAddress: {
    firstName: 'M',
    lastName: 'X',
    addressLine1: '1 Matrix Way',
    city: 'Porto',
    postCode: '4000-001',
    country: 'PT',
    email: 'mx@example.com',
  },
  items: [
    {
      itemReferenceId: 'MX-1',
      productUid: 'flat_product_pf_a4_pt_200-gsm-uncoated_cl_4-0_ver',
      quantity: 1,
      files: [{ type: 'default', url: 'https://files.example/flyer.pdf' }],
    },
  ],
});

describe('permission matrix', () => {
  let server: TestServer;
  let otherProviderKey: string;
  let expiredToken: string;
  const productUid = 'flat_product_pf_a4_pt_200-gsm-uncoated_cl_4-0_ver';

  beforeAll(async () => {
    server = await startServer();
    otherProviderKey = (await server.createProvider('Other Provider')).secretKey;
    await upsertCatalog(server.db, server.provider.id, [
      {
        productUid,
        title: 'Flyer A4',
        category: 'flyers',
        attributes: { PaperFormat: 'A4' },
        printAreas: ['default'],
        dimensions: null,
      },
    ]);
    const expiring = await caller(server, server.provider.secretKey).post('/v1/sessions', {
      scope: 'provider',
      ttlSeconds: 60,
    });
    expiredToken = expiring.body.token;
    server.clock.advance(61_000);
  });
  afterAll(() => server.close());

  /** A fresh client with every role, two stores and a pending invitation; nothing shared. */
  async function world() {
    const key = server.provider.secretKey;
    const api = caller(server, key);
    const client = (await api.post('/v1/clients', { name: 'Matrix Co' })).body;
    const access = (
      await api.put(`/v1/clients/${client.id}/access`, {
        admin: { email: `admin-${client.id}@example.com`, firstName: 'A', lastName: 'D' },
      })
    ).body;
    await caller(server).post(
      `/v1/invitations/${await server.inviteToken(`admin-${client.id}@example.com`)}/accept`,
    );
    const storeA = (
      await api.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'A' })
    ).body;
    const storeB = (
      await api.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'B' })
    ).body;
    const member = async (role: string, storeIds: string[] = []) => {
      const email = `${role}-${Math.random().toString(36).slice(2)}@example.com`;
      const user = (
        await api.post(`/v1/clients/${client.id}/users`, {
          email,
          firstName: 'M',
          lastName: 'M',
          role,
          storeIds,
        })
      ).body;
      await caller(server).post(`/v1/invitations/${await server.inviteToken(email)}/accept`);
      return clientSession(server, key, client.id, user.id);
    };
    const pendingEmail = `pending-${client.id}@example.com`;
    const pending = (
      await api.post(`/v1/clients/${client.id}/users`, {
        email: pendingEmail,
        firstName: 'P',
        lastName: 'P',
        role: 'viewer',
      })
    ).body;
    const other = (await api.post('/v1/clients', { name: 'Neighbour' })).body;
    const otherAccess = (
      await api.put(`/v1/clients/${other.id}/access`, {
        admin: { email: `admin-${other.id}@example.com`, firstName: 'O', lastName: 'A' },
      })
    ).body;
    await caller(server).post(
      `/v1/invitations/${await server.inviteToken(`admin-${other.id}@example.com`)}/accept`,
    );
    const credentials: Record<Who, string | undefined> = {
      anonymous: undefined,
      expiredSession: expiredToken,
      otherProviderKey,
      otherClientAdmin: await clientSession(server, key, other.id, otherAccess.admin.userId),
      providerKey: key,
      providerSession: (await api.post('/v1/sessions', { scope: 'provider' })).body.token,
      admin: await clientSession(server, key, client.id, access.admin.userId),
      storeManager: await member('store_manager', [storeA.id]),
      storeManagerElsewhere: await member('store_manager', [storeB.id]),
      orderManager: await member('order_manager'),
      viewer: await member('viewer'),
    };
    const job = await enqueueJob(
      server.db,
      {
        clock: server.clock,
        jobs: {
          leaseSeconds: 60,
          maxAttempts: 8,
          retryBaseSeconds: 15,
          retryMaxSeconds: 1800,
          importStepRows: 1000,
        },
      },
      {
        providerId: server.provider.id,
        clientId: client.id,
        storeId: storeA.id,
        kind: 'product_sync',
      },
    );
    // A product with a variant in store A, and a design file uploaded to it.
    await upsertProducts(
      server.db,
      storeA.id,
      [
        {
          externalId: 'p-1',
          title: 'Matrix Poster',
          handle: null,
          vendor: null,
          productType: null,
          status: 'active',
          imageUrl: null,
          options: [],
          updatedAt: null,
          variants: [
            {
              externalId: 'v-1',
              title: 'A3',
              sku: 'MP-A3',
              barcode: null,
              price: '10.00',
              options: {},
            },
          ],
        },
      ],
      { run: null, now: server.clock.now() },
    );
    const [variant] = await server.db.query<{ id: string; product_id: string }>(
      'select id, product_id from store_variants where store_id = $1',
      [storeA.id],
    );
    const file = await (
      await server.fetch(`${server.baseUrl}/v1/stores/${storeA.id}/files?filename=a.svg`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'image/svg+xml' },
        body: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      })
    ).json();
    const [, fileId, fileToken, filename] = new URL(file.url).pathname.match(
      /^\/v1\/files\/([^/]+)\/([^/]+)\/([^/]+)$/,
    )!;
    const mappingImport = (
      await api.post(`/v1/stores/${storeA.id}/mapping-imports`, { totalRows: 1 })
    ).body;
    const order = (await api.post(`/v1/stores/${storeA.id}/orders`, matrixOrder())).body;
    const postback = (
      await api.post('/v1/postbacks', {
        url: 'https://hooks.example/vitrine',
        events: ['order.received'],
      })
    ).body;
    const delivery = (await api.post(`/v1/postbacks/${postback.id}/test`)).body;
    // A spare key of the provider's, for revocation to take.
    const spareKey = (await api.post('/v1/keys')).body;
    const params: Record<string, string> = {
      keyId: spareKey.id,
      postbackId: postback.id,
      deliveryId: delivery.id,
      orderId: order.id,
      importId: mappingImport.id,
      chunk: '0',
      productId: variant!.product_id,
      variantId: variant!.id,
      fileId: fileId!,
      fileToken: fileToken!,
      filename: decodeURIComponent(filename!),
      clientId: client.id,
      userId: pending.id,
      storeId: storeA.id,
      token: await server.inviteToken(pendingEmail),
      // (productionWebhook's token: the invitation token above, which no connection holds.)
      productUid,
      jobId: job.id,
      platform: 'shopify',
    };
    return { credentials, params, clientId: client.id, adminUserId: access.admin.userId as string };
  }

  it('serves no route outside the guarded router, and every route has a row in the matrix', () => {
    expect(unguardedRoutes(server.app)).toEqual([]);
    expect(routesWithoutExpectation(server.app)).toEqual([]);
    expect(server.app.routes.length).toBe(Object.keys(expected).length);
  });

  it('allows and denies exactly as the matrix says, for every route and every principal', async () => {
    const mismatches: string[] = [];
    let shared = await world();
    for (const route of server.app.routes) {
      const endpoint = endpoints[route.name];
      for (const who of principals) {
        // Reads, and writes the matrix denies, share one world; a write that should succeed gets a
        // fresh one, so it cannot disturb the calls after it. (A write wrongly let through fails
        // the check anyway.)
        const allowedHere = expected[route.name]?.includes(who) ?? false;
        const w = endpoint.method === 'GET' || !allowedHere ? shared : await world();
        // Parameters are whole segments (`/:storeId`); `mappings:bulk` is a literal.
        let path = endpoint.path.replace(
          /\/:(\w+)/g,
          (_, name: string) => `/${encodeURIComponent(w.params[name] ?? 'unknown')}`,
        );
        if (route.name === 'createSession' && who === 'providerKey') path = endpoint.path;
        const headers: Record<string, string> = {};
        if (route.name === 'uploadDesignFile') {
          path += '?filename=matrix.svg';
          headers['content-type'] = 'image/svg+xml';
        }
        const api = caller(server, w.credentials[who]);
        const body =
          route.name === 'createSession'
            ? { scope: 'client', clientId: w.clientId, userId: w.adminUserId }
            : (bodies[route.name]?.() ??
              (endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : {}));
        const res =
          endpoint.method === 'GET'
            ? await api.get(path)
            : endpoint.method === 'DELETE'
              ? await api.delete(path)
              : endpoint.method === 'POST'
                ? await api.post(path, body, headers)
                : endpoint.method === 'PUT'
                  ? await api.put(path, body)
                  : await api.patch(path, body);
        const allowed = ![401, 403, 404].includes(res.status);
        const shouldBe = expected[route.name]?.includes(who) ?? false;
        // A 5xx is neither an answer nor a refusal: it is a defect, whoever asked.
        if (allowed !== shouldBe || res.status >= 500) {
          mismatches.push(
            `${route.name} as ${who}: ${res.status} ${JSON.stringify(res.body?.error?.code ?? '')}`,
          );
        }
      }
      if (endpoint.method !== 'GET') shared = await world();
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  describe('the check itself', () => {
    it('notices a route mounted around the router', async () => {
      const rogue = await startServer();
      rogue.app.hono.get('/v1/backdoor', (c) => c.json({ secrets: true }));
      expect(unguardedRoutes(rogue.app)).toEqual(['GET /v1/backdoor']);
      await rogue.close();
    });

    it('notices routes for every method, and middleware that answers on a path', async () => {
      const rogue = await startServer();
      rogue.app.hono.all('/v1/backdoor', (c) => c.json({ secrets: true }));
      rogue.app.hono.use('/v1/side-door', async (c) => c.json({ secrets: true }));
      expect(unguardedRoutes(rogue.app)).toEqual(['ALL /v1/backdoor', 'ALL /v1/side-door']);
      const anonymous = await rogue.fetch(`${rogue.baseUrl}/v1/backdoor`, { method: 'DELETE' });
      expect(anonymous.status).toBe(200);
      await rogue.close();
    });

    it('notices a guarded route that the matrix does not list', () => {
      const app = {
        ...server.app,
        routes: [
          ...server.app.routes,
          {
            // A route the contract might gain tomorrow, registered without a row here.
            name: 'exportEverything' as EndpointName,
            method: 'GET',
            path: '/v1/everything',
            guard: 'clients:list',
          },
        ],
      } as VitrineApp;
      expect(routesWithoutExpectation(app)).toEqual(['exportEverything']);
    });
  });
});
