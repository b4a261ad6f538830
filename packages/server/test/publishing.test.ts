import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { fileHost, pdf } from './files.js';
import { caller, startServer } from './support.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

/** Products made from the print catalog, on every kind of store. */
describe('creating products from the catalog', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  const files = fileHost();
  let art: string;

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true, hosts: { [files.host]: files.fetch } });
    api = caller(server, server.provider.secretKey);
    art = files.put('/art.pdf', pdf, 'application/pdf');
  });
  afterAll(() => server.close());

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
});
