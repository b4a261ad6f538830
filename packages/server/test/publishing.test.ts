import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomSecret } from '../src/ids.js';
import { createApp } from '../src/index.js';
import type { TestServer } from '../testing/testServer.js';
import { fileHost, pdf } from './files.js';
import { caller, connectShopify, startServer } from './support.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

/**
 * What a platform's answer meets on its way back to the server: by default nothing. A test sets
 * it to play a worker that stalls after the platform acted, or an answer lost on the way.
 */
type OnAnswer = (request: Request, body: string, answer: Response) => Promise<Response>;

/** Products made from the print catalog, on every kind of store. */
describe('creating products from the catalog', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  const files = fileHost();
  let art: string;
  let onAnswer: OnAnswer | null = null;

  /** A platform host: its simulator, with `onAnswer` between it and the server. */
  const relay =
    (simulator: () => { fetch(request: Request): Promise<Response> }) =>
    async (request: Request) => {
      const hook = onAnswer;
      const body = hook ? await request.clone().text() : '';
      const answer = await simulator().fetch(request);
      return hook ? hook(request, body, answer) : answer;
    };

  beforeAll(async () => {
    server = await startServer({
      seedCatalog: true,
      hosts: {
        [files.host]: files.fetch,
        'shopify.test': relay(() => server.shopify),
        'woocommerce.test': relay(() => server.woocommerce),
        'etsy.test': relay(() => server.etsy),
      },
    });
    api = caller(server, server.provider.secretKey);
    art = files.put('/art.pdf', pdf, 'application/pdf');
  });
  afterAll(() => server.close());

  const product = async (storeId: string, productId: string) =>
    (await api.get(`/v1/stores/${storeId}/products/${productId}`)).body;

  const create = (storeId: string, extra: Record<string, unknown> = {}) =>
    api.post(`/v1/stores/${storeId}/products`, {
      productUid: POSTER,
      title: 'Harbour at dusk',
      description: 'The harbour at dusk, on an A3 poster.\n\nPrinted on matt paper.',
      price: '24.00',
      files: [{ type: 'default', url: art }],
      ...extra,
    });

  /** Syncs the store again and answers its products whose title starts with `title`. */
  const resync = async (storeId: string, title = 'Harbour at dusk') => {
    const sync = await api.post(`/v1/stores/${storeId}/sync`);
    expect(sync.status, JSON.stringify(sync.body)).toBe(202);
    await server.runJobs();
    expect((await api.get(`/v1/jobs/${sync.body.id}`)).body.status).toBe('succeeded');
    const listed = await api.get(
      `/v1/stores/${storeId}/products?search=${encodeURIComponent(title)}&limit=100`,
    );
    return listed.body.data as any[];
  };

  const newClient = async (name: string, referenceId?: string) =>
    (await api.post('/v1/clients', { name, ...(referenceId ? { referenceId } : {}) })).body
      .id as string;

  describe('on a manual store', () => {
    let storeId: string;
    beforeAll(async () => {
      const clientId = await newClient('Counter Co');
      storeId = (
        await api.post(`/v1/clients/${clientId}/stores`, { platform: 'manual', name: 'Counter' })
      ).body.id;
    });

    it('exists at once, active, its variant mapped to the catalog product', async () => {
      const created = await api.post(`/v1/stores/${storeId}/products`, {
        productUid: POSTER,
        title: 'Harbour at dusk',
        price: '24.00',
        files: [{ type: 'default', url: art }],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({
        title: 'Harbour at dusk',
        status: 'active',
        orderable: true,
        publishJobId: null,
        variantCount: 1,
        mappedVariantCount: 1,
        variants: [
          {
            price: '24.00',
            sku: expect.stringMatching(/^VT-[0-9A-Z]{10}$/),
            status: 'mapped',
            mapping: { productUid: POSTER, files: [{ type: 'default', url: art }] },
          },
        ],
      });
      await server.runJobs();
      const listed = (await api.get(`/v1/stores/${storeId}/products`)).body;
      expect(listed.counts).toMatchObject({ products: 1, mapped: 1 });
      expect(listed.data[0].variants[0].mapping.files[0].check.status).toBe('passed');
    });

    it('can be kept as a draft, listed but not orderable', async () => {
      const draft = await api.post(`/v1/stores/${storeId}/products`, {
        productUid: POSTER,
        title: 'Not yet',
        files: [{ type: 'default', url: art }],
        publish: false,
      });
      expect(draft.body).toMatchObject({
        status: 'draft',
        orderable: false,
        notOrderableReason: 'draft',
      });
    });

    it('refuses what the catalog does not have, with nothing created', async () => {
      const before = (await api.get(`/v1/stores/${storeId}/products`)).body.counts.products;
      const refused = await api.post(`/v1/stores/${storeId}/products`, {
        productUid: 'no_such_product',
        title: 'Nope',
        files: [{ type: 'default', url: art }],
      });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('product_uid_unknown');
      const after = (await api.get(`/v1/stores/${storeId}/products`)).body.counts.products;
      expect(after).toBe(before);
    });
  });

  it('says plainly that Pressero products are made in Pressero', async () => {
    const clientId = await newClient('Pressero Co', 'PRESS-1');
    const store = await api.post(`/v1/clients/${clientId}/stores`, {
      platform: 'pressero',
      siteUrl: 'https://acme.pressero.test',
      username: 'admin@acme-print.test',
      password: 'pressero-demo',
    });
    expect(store.status, JSON.stringify(store.body)).toBe(201);
    const refused = await api.post(`/v1/stores/${store.body.id}/products`, {
      productUid: POSTER,
      title: 'Poster',
      files: [{ type: 'default', url: art }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'platform_not_supported',
      message: expect.stringContaining('made in Pressero'),
    });
  });

  describe('on a Shopify store', () => {
    let shopNumber = 0;
    /** A shop of its own for each test, connected, its first sync done. */
    async function connectedShop() {
      const shop = `catalog-prints-${++shopNumber}`;
      server.shopify.addShop({ name: shop, title: `Catalog Prints ${shopNumber}`, products: 3 });
      const clientId = await newClient(`Catalog Prints ${shopNumber}`);
      const { storeId, landed } = await connectShopify(
        server,
        server.provider.secretKey,
        clientId,
        shop,
      );
      expect(landed.status, landed.text).toBe(200);
      await server.runJobs();
      return { shop, clientId, storeId };
    }

    it('creates the product on Shopify, publishes it on the Online Store and takes its ids', async () => {
      const { shop, storeId } = await connectedShop();
      const created = await create(storeId);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({
        status: 'publishing',
        orderable: false,
        notOrderableReason: 'publishing',
        externalId: expect.stringMatching(/^vitrine:/),
        publishJobId: expect.any(String),
      });
      const sku = created.body.variants[0].sku;
      await server.runJobs();

      const [made, ...more] = server.shopify.createdProducts(shop);
      expect(more).toEqual([]);
      expect(made!.product).toMatchObject({
        title: 'Harbour at dusk',
        status: 'ACTIVE',
        productType: created.body.productType,
        descriptionHtml:
          '<p>The harbour at dusk, on an A3 poster.</p><p>Printed on matt paper.</p>',
        variants: [{ sku, price: '24.00', title: 'Default Title' }],
      });
      // ACTIVE alone puts a product on no sales channel: it was published on the Online Store.
      expect(made!.channels).toEqual(['Online Store']);

      const published = await product(storeId, created.body.id);
      expect(published).toMatchObject({
        id: created.body.id,
        externalId: String(made!.product.id),
        status: 'active',
        orderable: true,
        notOrderableReason: null,
        publishError: null,
        mappedVariantCount: 1,
        variants: [
          {
            externalId: String(made!.product.variants[0]!.id),
            sku,
            price: '24.00',
            status: 'mapped',
            mapping: { productUid: POSTER },
          },
        ],
      });
      expect((await api.get(`/v1/jobs/${created.body.publishJobId}`)).body).toMatchObject({
        status: 'succeeded',
        result: { productId: created.body.id, externalId: String(made!.product.id) },
      });

      // Publishing sent products/update before the job saved the ids; a re-sync, and the owner
      // changing the product in Shopify, still leave exactly one product, mapped.
      const synced = await resync(storeId);
      expect(synced).toHaveLength(1);
      expect(synced[0]).toMatchObject({
        id: created.body.id,
        externalId: String(made!.product.id),
        status: 'active',
        mappedVariantCount: 1,
      });
      expect((await api.get(`/v1/stores/${storeId}`)).body).toMatchObject({
        productCount: 4,
        mappedVariantCount: 1,
      });
      const [delivery] = await server.shopify.updateProduct(shop, made!.index, {
        title: 'Harbour at dusk (A3)',
      });
      expect(delivery!.status).toBe(200);
      expect(await product(storeId, created.body.id)).toMatchObject({
        title: 'Harbour at dusk (A3)',
        mappedVariantCount: 1,
        variants: [{ sku, status: 'mapped' }],
      });
    });

    it('creates a draft when asked to, on no sales channel', async () => {
      const { shop, storeId } = await connectedShop();
      const created = await create(storeId, { title: 'Not yet', publish: false });
      await server.runJobs();
      const [made] = server.shopify.createdProducts(shop);
      expect(made!.product.status).toBe('DRAFT');
      expect(made!.channels).toEqual([]);
      expect(await product(storeId, created.body.id)).toMatchObject({
        status: 'draft',
        orderable: false,
        notOrderableReason: 'draft',
      });
    });

    it('asks a store connected before products were published from here to reconnect', async () => {
      const shop = 'older-connection';
      server.shopify.addShop({ name: shop, title: 'Older Connection', products: 2 });
      const clientId = await newClient('Older Connection Co');
      // The server as deployed before it created products: the same database and Shopify app,
      // without write_products and write_publications among its scopes.
      const earlier = createApp({
        db: server.db,
        clock: server.clock,
        sessionSecret: randomSecret('earlier-'),
        publicUrl: server.baseUrl,
        rateLimit: false,
        dev: true,
        encryptionKey: server.encryptionKey,
        shopify: {
          ...server.shopifyApp,
          adminUrl: 'https://shopify.test/{shop}',
          shopDomain: server.shopify.shopDomain,
          scopes: ['read_products', 'read_orders', 'write_merchant_managed_fulfillment_orders'],
        },
        platformFetch: (request) => server.shopify.fetch(request),
      });
      const started = await earlier.fetch(
        new Request(`${server.baseUrl}/v1/clients/${clientId}/stores/authorize`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${server.provider.secretKey}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ platform: 'shopify', shop }),
        }),
      );
      const { store, authorizeUrl } = (await started.json()) as {
        store: { id: string };
        authorizeUrl: string;
      };
      const landed = await earlier.fetch(new Request(await server.shopify.approve(authorizeUrl)));
      expect(landed.status).toBe(200);
      await server.runJobs();

      const created = await create(store.id);
      await server.runJobs();
      const refused = await product(store.id, created.body.id);
      expect(refused).toMatchObject({
        status: 'publishing_error',
        orderable: false,
        notOrderableReason: 'publishing_error',
        publishError: { code: 'permissions_not_granted' },
      });
      // Shopify's own words, and what to do about them.
      expect(refused.publishError.message).toContain(
        'Access denied for productSet field. Required access: `write_products` access scope.',
      );
      expect(refused.publishError.message).toContain(
        'Reconnect the store to grant write_products, write_publications.',
      );
      expect((await api.get(`/v1/stores/${store.id}`)).body).toMatchObject({
        status: 'error',
        statusReason: 'permissions_not_granted',
      });
      expect(server.shopify.createdProducts(shop)).toEqual([]);

      // Connecting again asks for every scope the server now needs; then publishing works.
      const again = await connectShopify(server, server.provider.secretKey, clientId, shop);
      expect(again.storeId).toBe(store.id);
      expect((await api.get(`/v1/stores/${store.id}`)).body.status).toBe('connected');
      const retried = await api.post(`/v1/stores/${store.id}/products/${created.body.id}/publish`);
      expect(retried.body).toMatchObject({ status: 'publishing', publishError: null });
      await server.runJobs();
      const [made, ...more] = server.shopify.createdProducts(shop);
      expect(more).toEqual([]);
      expect(await product(store.id, created.body.id)).toMatchObject({
        status: 'active',
        externalId: String(made!.product.id),
        publishError: null,
        mappedVariantCount: 1,
      });
    });

    it('makes no second product when a stalled worker loses the job to another after Shopify created it', async () => {
      const { shop, storeId } = await connectedShop();
      const created = await create(storeId);
      let takenOver = false;
      onAnswer = async (_request, body, answer) => {
        if (!takenOver && body.includes('mutation VitrineProductSet')) {
          takenOver = true;
          // Shopify made the product; this worker stalls past its lease and another worker
          // takes the job over and finishes it before the first one hears back.
          server.clock.advance(61_000);
          const second = await server.runJobs({ workerId: 'second-worker' });
          expect(second.succeeded).toBeGreaterThanOrEqual(1);
        }
        return answer;
      };
      try {
        const first = await server.runJobs({ workerId: 'first-worker' });
        expect(first.interrupted).toBe(1);
      } finally {
        onAnswer = null;
      }
      expect(takenOver).toBe(true);
      const made = server.shopify.createdProducts(shop);
      expect(made).toHaveLength(1);
      expect(await product(storeId, created.body.id)).toMatchObject({
        status: 'active',
        externalId: String(made[0]!.product.id),
        mappedVariantCount: 1,
      });
      expect((await api.get(`/v1/jobs/${created.body.publishJobId}`)).body.status).toBe(
        'succeeded',
      );
      expect(await resync(storeId)).toHaveLength(1);
    });
  });

  describe('on a WooCommerce store', () => {
    let storeNumber = 0;
    /** A store of its own for each test, connected with a read/write key, its first sync done. */
    async function connectedStore() {
      const name = `catalog-shop-${++storeNumber}`;
      const url = server.woocommerce.addStore({
        name,
        title: `Catalog Shop ${storeNumber}`,
        catalogue: { kind: 'generated', products: 3 },
      });
      const key = await server.woocommerce.createKey(name, 'read_write');
      const clientId = await newClient(`Catalog Shop ${storeNumber}`);
      const connected = await api.post(`/v1/clients/${clientId}/stores`, {
        platform: 'woocommerce',
        url,
        consumerKey: key.consumerKey,
        consumerSecret: key.consumerSecret,
      });
      expect(connected.status, JSON.stringify(connected.body)).toBe(201);
      await server.runJobs();
      return { name, key, storeId: connected.body.id as string };
    }
    const withSku = (name: string, sku: string) =>
      server.woocommerce.products(name).filter((p) => p.sku === sku);

    it('creates a simple product with its SKU and price, published, and takes its id', async () => {
      const { name, storeId } = await connectedStore();
      const created = await create(storeId);
      expect(created.body.status).toBe('publishing');
      const sku = created.body.variants[0].sku;
      await server.runJobs();

      const [made, ...more] = withSku(name, sku);
      expect(more).toEqual([]);
      expect(made).toMatchObject({
        name: 'Harbour at dusk',
        type: 'simple',
        status: 'publish',
        regular_price: '24.00',
        description: '<p>The harbour at dusk, on an A3 poster.</p><p>Printed on matt paper.</p>',
      });
      // A simple product is its own single variant: both carry the product's id.
      expect(await product(storeId, created.body.id)).toMatchObject({
        id: created.body.id,
        externalId: String(made!.id),
        status: 'active',
        orderable: true,
        publishError: null,
        variants: [{ externalId: String(made!.id), sku, price: '24.00', status: 'mapped' }],
      });
      const page = await (
        await server.woocommerce.fetch(new Request(`${server.woocommerce.urlOf(name)}/wp-admin`))
      ).text();
      expect(page).toContain(sku);

      // A re-sync, and the owner changing the product, leave one product, still mapped.
      const synced = await resync(storeId);
      expect(synced).toHaveLength(1);
      expect(synced[0]).toMatchObject({ id: created.body.id, mappedVariantCount: 1 });
      await server.woocommerce.updateProduct(name, made!.id, { name: 'Harbour at dusk (A3)' });
      expect(await product(storeId, created.body.id)).toMatchObject({
        title: 'Harbour at dusk (A3)',
        variants: [{ sku, status: 'mapped' }],
      });
    });

    it('creates a draft when asked to', async () => {
      const { name, storeId } = await connectedStore();
      const created = await create(storeId, { publish: false });
      await server.runJobs();
      expect(withSku(name, created.body.variants[0].sku)[0]!.status).toBe('draft');
      expect((await product(storeId, created.body.id)).status).toBe('draft');
    });

    it("shows a read-only key's refusal, then publishes once the key may write again", async () => {
      const { name, key, storeId } = await connectedStore();
      // The owner edits the key in WooCommerce: read only.
      server.woocommerce.setKeyPermissions(name, key.consumerKey, 'read');
      const created = await create(storeId);
      await server.runJobs();
      const refused = await product(storeId, created.body.id);
      expect(refused).toMatchObject({
        status: 'publishing_error',
        publishError: { code: 'permissions_not_granted' },
      });
      expect(refused.publishError.message).toContain(
        'The API key provided does not have write permissions.',
      );
      expect((await api.get(`/v1/stores/${storeId}`)).body).toMatchObject({
        status: 'error',
        statusReason: 'read_only_key',
      });
      expect(withSku(name, created.body.variants[0].sku)).toEqual([]);

      server.woocommerce.setKeyPermissions(name, key.consumerKey, 'read_write');
      expect((await api.post(`/v1/stores/${storeId}/verify`)).body.status).toBe('connected');
      await api.post(`/v1/stores/${storeId}/products/${created.body.id}/publish`);
      await server.runJobs();
      expect(await product(storeId, created.body.id)).toMatchObject({
        status: 'active',
        publishError: null,
      });
      expect(withSku(name, created.body.variants[0].sku)).toHaveLength(1);
    });

    it('makes no second product when the answer to the creation is lost', async () => {
      const { name, storeId } = await connectedStore();
      const created = await create(storeId);
      const sku = created.body.variants[0].sku;
      let lost = 0;
      onAnswer = async (request, _body, answer) => {
        if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/products')) {
          lost++;
          // The store made the product; the connection dropped before the answer came back.
          throw new TypeError('fetch failed: socket hang up');
        }
        return answer;
      };
      try {
        await server.runJobs();
      } finally {
        onAnswer = null;
      }
      // Not repeated on the spot: the job is retried later, and finds the product first.
      expect(lost).toBe(1);
      expect(withSku(name, sku)).toHaveLength(1);
      expect((await product(storeId, created.body.id)).status).toBe('publishing');
      server.clock.advance(20_000);
      await server.runJobs();
      expect(withSku(name, sku)).toHaveLength(1);
      expect(await product(storeId, created.body.id)).toMatchObject({
        status: 'active',
        externalId: String(withSku(name, sku)[0]!.id),
      });
      expect(await resync(storeId)).toHaveLength(1);
    });
  });

  describe('on an Etsy store', () => {
    let shopNumber = 0;
    /** A shop of its own for each test, connected, its first sync done. */
    async function connectedShop(setup: { withoutShippingProfile?: boolean } = {}) {
      shopNumber++;
      const shopName = `CatalogStudio${shopNumber}`;
      server.etsy.addShop({
        shopId: 53_000_000 + shopNumber,
        userId: 93_000_000 + shopNumber,
        shopName,
        title: 'Prints from the catalog',
        owner: `Owner ${shopNumber}`,
        listings: 2,
        ...setup,
      });
      const clientId = await newClient(`Catalog Studio ${shopNumber}`);
      const started = await api.post(`/v1/clients/${clientId}/stores/authorize`, {
        platform: 'etsy',
      });
      const landed = await server.fetch(
        await server.etsy.approve(started.body.authorizeUrl, shopName),
      );
      expect(landed.status).toBe(200);
      await server.runJobs();
      return { shopName, storeId: started.body.store.id as string };
    }

    it('creates a draft listing with the SKU and price in its inventory, and keeps it a draft', async () => {
      const { shopName, storeId } = await connectedShop();
      const created = await create(storeId);
      expect(created.body.status).toBe('publishing');
      const sku = created.body.variants[0].sku;
      await server.runJobs();

      const [listing, ...more] = server.etsy.createdListings(shopName);
      expect(more).toEqual([]);
      expect(listing).toMatchObject({
        title: 'Harbour at dusk',
        description: 'The harbour at dusk, on an A3 poster.\n\nPrinted on matt paper.',
        state: 'draft',
        who_made: 'i_did',
        when_made: 'made_to_order',
        taxonomy_id: 2078,
        shipping_profile_id: expect.any(Number),
        readiness_state_id: expect.any(Number),
        skus: [sku],
        price: { amount: 2400, divisor: 100 },
      });
      // Etsy keeps it a draft (activating needs photos and a listing fee): so does Vitrine.
      expect(await product(storeId, created.body.id)).toMatchObject({
        id: created.body.id,
        externalId: String(listing!.listing_id),
        status: 'draft',
        orderable: false,
        notOrderableReason: 'draft',
        publishError: null,
        variants: [
          {
            externalId: String(listing!.inventory.products[0]!.product_id),
            sku,
            price: '24.00',
            status: 'mapped',
          },
        ],
      });
      // Syncs read drafts as well as active listings: still one product, mapped.
      const synced = await resync(storeId);
      expect(synced).toHaveLength(1);
      expect(synced[0]).toMatchObject({
        id: created.body.id,
        status: 'draft',
        mappedVariantCount: 1,
      });
      expect((await api.get(`/v1/stores/${storeId}`)).body.productCount).toBe(3);
    });

    it('says a shop without a shipping profile needs one, then publishes once it has one', async () => {
      const { shopName, storeId } = await connectedShop({ withoutShippingProfile: true });
      const created = await create(storeId);
      await server.runJobs();
      const refused = await product(storeId, created.body.id);
      expect(refused).toMatchObject({
        status: 'publishing_error',
        publishError: { code: 'validation_failed' },
      });
      expect(refused.publishError.message).toContain('The Etsy shop has no shipping profile');
      expect(server.etsy.createdListings(shopName)).toEqual([]);
      expect((await api.get(`/v1/stores/${storeId}`)).body.status).toBe('connected');

      // The owner creates a shipping profile in Etsy, and publishes again.
      server.etsy.addShippingProfile(shopName);
      const retried = await api.post(`/v1/stores/${storeId}/products/${created.body.id}/publish`);
      expect(retried.body.status).toBe('publishing');
      await server.runJobs();
      expect(server.etsy.createdListings(shopName)).toHaveLength(1);
      expect(await product(storeId, created.body.id)).toMatchObject({
        status: 'draft',
        publishError: null,
      });
    });

    it('asks a shop connected before listings_w was asked for to reconnect', async () => {
      shopNumber++;
      const shopName = `CatalogStudio${shopNumber}`;
      server.etsy.addShop({
        shopId: 53_000_000 + shopNumber,
        userId: 93_000_000 + shopNumber,
        shopName,
        title: 'Prints from the catalog',
        owner: `Owner ${shopNumber}`,
        listings: 1,
      });
      const clientId = await newClient(`Catalog Studio ${shopNumber}`);
      // The server as deployed before it created listings: same database and Etsy app, the
      // scopes it asked for then.
      const earlier = createApp({
        db: server.db,
        clock: server.clock,
        sessionSecret: randomSecret('earlier-'),
        publicUrl: server.baseUrl,
        rateLimit: false,
        dev: true,
        encryptionKey: server.encryptionKey,
        etsy: {
          ...server.etsyApp,
          oauthUrl: 'https://etsy.test',
          apiUrl: 'https://etsy.test/v3',
          scopes: ['listings_r', 'shops_r', 'transactions_r', 'transactions_w'],
        },
        platformFetch: (request) => server.etsy.fetch(request),
      });
      const started = await earlier.fetch(
        new Request(`${server.baseUrl}/v1/clients/${clientId}/stores/authorize`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${server.provider.secretKey}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ platform: 'etsy' }),
        }),
      );
      const { store, authorizeUrl } = (await started.json()) as {
        store: { id: string };
        authorizeUrl: string;
      };
      const callback = await server.etsy.approve(authorizeUrl, shopName);
      expect((await earlier.fetch(new Request(callback))).status).toBe(200);
      await server.runJobs();

      const created = await create(store.id);
      await server.runJobs();
      const refused = await product(store.id, created.body.id);
      expect(refused.publishError).toEqual({
        code: 'permissions_not_granted',
        message:
          'Etsy refused the request: Missing required scope: listings_w. Reconnect the store to grant listings_w.',
      });
      expect(server.etsy.createdListings(shopName)).toEqual([]);

      const again = await api.post(`/v1/clients/${clientId}/stores/authorize`, {
        platform: 'etsy',
      });
      const landed = await server.fetch(
        await server.etsy.approve(again.body.authorizeUrl, shopName),
      );
      expect(landed.status).toBe(200);
      expect((await api.get(`/v1/stores/${store.id}`)).body.status).toBe('connected');
      await api.post(`/v1/stores/${store.id}/products/${created.body.id}/publish`);
      await server.runJobs();
      expect(server.etsy.createdListings(shopName)).toHaveLength(1);
      expect((await product(store.id, created.body.id)).status).toBe('draft');
    });

    it('refuses a product without a price, as Etsy would, before asking Etsy', async () => {
      const { shopName, storeId } = await connectedShop();
      const created = await create(storeId, { price: undefined });
      await server.runJobs();
      expect(await product(storeId, created.body.id)).toMatchObject({
        status: 'publishing_error',
        publishError: {
          code: 'validation_failed',
          message: expect.stringContaining('Etsy needs a price above zero'),
        },
      });
      expect(server.etsy.createdListings(shopName)).toEqual([]);
    });

    it("passes on Etsy's own refusal in its words", async () => {
      const { storeId } = await connectedShop();
      // Etsy allows each of % : & + once in a title.
      const created = await create(storeId, { title: 'Harbour: at dusk: A3' });
      await server.runJobs();
      expect((await product(storeId, created.body.id)).publishError).toEqual({
        code: 'validation_failed',
        message: 'Etsy refused the listing: title may use the : character only once.',
      });
    });

    it('makes one listing when the answer to its creation is lost before the inventory was set', async () => {
      const { shopName, storeId } = await connectedShop();
      const created = await create(storeId);
      const sku = created.body.variants[0].sku;
      let lost = 0;
      onAnswer = async (request, _body, answer) => {
        if (
          request.method === 'POST' &&
          /\/shops\/\d+\/listings$/.test(new URL(request.url).pathname)
        ) {
          lost++;
          throw new TypeError('fetch failed: socket hang up');
        }
        return answer;
      };
      try {
        await server.runJobs();
      } finally {
        onAnswer = null;
      }
      expect(lost).toBe(1);
      // Etsy made the draft; its inventory (and so our SKU) was never written.
      expect(server.etsy.createdListings(shopName)).toMatchObject([{ skus: [] }]);
      server.clock.advance(20_000);
      await server.runJobs();
      const listings = server.etsy.createdListings(shopName);
      expect(listings).toHaveLength(1);
      expect(listings[0]!.skus).toEqual([sku]);
      expect(await product(storeId, created.body.id)).toMatchObject({
        status: 'draft',
        externalId: String(listings[0]!.listing_id),
        variants: [{ sku, status: 'mapped' }],
      });
    });
  });
});
