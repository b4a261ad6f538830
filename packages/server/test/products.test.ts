import type { StoreProduct, StoreProductPage, StoreVariant } from '@vitrine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { fileHost, pdf, png, svg } from './files.js';
import {
  caller,
  clientSession,
  clientWithActiveAdmin,
  connectShopify,
  startServer,
} from './support.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
/** The seeded catalog's A3 poster: 297 × 420 mm, printed on `default`. */
const a3At = (dpi: number) => png(Math.ceil((297 / 25.4) * dpi), Math.ceil((420 / 25.4) * dpi));

/** Store products and their mappings to the print catalog, on the demo Shopify shop. */
describe('store products and mappings', () => {
  let server: TestServer;
  const files = fileHost();
  let api: ReturnType<typeof caller>;
  let storeId: string;
  let clientId: string;
  let poster: string;
  let flyerTwoSided: string;
  let photoBook: string;

  const page = async (query = ''): Promise<StoreProductPage> => {
    const res = await api.get(`/v1/stores/${storeId}/products${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const allVariants = async () => {
    const found: StoreVariant[] = [];
    let cursor: string | null = null;
    do {
      const p = await page(`?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      found.push(...p.data.flatMap((d) => d.variants ?? []));
      cursor = p.nextCursor;
    } while (cursor);
    return found;
  };

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true, hosts: { [files.host]: files.fetch } });
    api = caller(server, server.provider.secretKey);
    clientId = (await api.post('/v1/clients', { name: 'Mapping Co' })).body.id;
    ({ storeId } = await connectShopify(server, server.provider.secretKey, clientId));
    await server.runJobs();
    const catalog = (uid: string) => api.get(`/v1/catalog/products/${uid}`);
    expect((await catalog(POSTER)).status).toBe(200);
    poster = POSTER;
    const flyers = (await api.get('/v1/catalog/products?category=flyers&limit=100')).body.data;
    flyerTwoSided = flyers.find((p: { printAreas: string[] }) =>
      p.printAreas.includes('back'),
    ).productUid;
    photoBook = (await api.get('/v1/catalog/products?category=photo_books&limit=1')).body.data[0]
      .productUid;
  });
  afterAll(() => server.close());

  it('lists every synced product with its variants, by title, with counts', async () => {
    const expected = server.shopify.counts('vitrine-demo');
    const first = await page('?limit=5');
    expect(first.data).toHaveLength(5);
    expect(first.counts).toMatchObject({
      products: expected.products,
      variants: expected.variants,
      mapped: 0,
      unmapped: expected.variants,
      ignored: 0,
      filesFailed: 0,
    });
    const titles = first.data.map((p) => p.title);
    expect(titles).toEqual([...titles].sort());
    const variants = await allVariants();
    expect(variants).toHaveLength(expected.variants);
    expect(new Set(variants.map((v) => v.id)).size).toBe(expected.variants);
    expect(variants.every((v) => v.status === 'unmapped' && v.mapping === null)).toBe(true);
  });

  it('tells which products cannot take orders, and why', async () => {
    // The shop owner turns a product back into a draft; the webhook says so.
    await server.shopify.updateProduct('vitrine-demo', 2, { status: 'DRAFT' });
    const drafts = await page('?status=draft&limit=100');
    expect(drafts.data.length).toBeGreaterThan(0);
    for (const p of drafts.data) {
      expect(p).toMatchObject({ status: 'draft', orderable: false, notOrderableReason: 'draft' });
    }
    expect(drafts.counts!.notOrderable).toBe(drafts.data.length);
    const active = (await page('?status=active&limit=3')).data[0]!;
    expect(active).toMatchObject({ orderable: true, notOrderableReason: null });
  });

  it('searches titles, SKUs and option values', async () => {
    const byTitle = await page('?search=aurora');
    expect(byTitle.data.length).toBeGreaterThan(0);
    for (const p of byTitle.data) {
      expect(p.title.toLowerCase()).toContain('aurora');
      // A product found by its title shows all its variants.
      expect(p.variants).toHaveLength(p.variantCount);
    }
    const anyVariant = byTitle.data[0]!.variants![0]!;
    const bySku = await page(`?search=${encodeURIComponent(anyVariant.sku!.toLowerCase())}`);
    expect(bySku.data.flatMap((p) => p.variants!.map((v) => v.id))).toContain(anyVariant.id);
    const byOption = await page('?search=forest%20green&limit=100');
    const found = byOption.data.flatMap((p) => p.variants ?? []);
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every(
        (v) =>
          Object.values(v.options).includes('Forest Green') ||
          byOption.data
            .find((p) => p.id === v.productId)!
            .title.toLowerCase()
            .includes('forest'),
      ),
    ).toBe(true);
    expect(byOption.counts!.variants).toBe(found.length);
    expect((await page('?search=%25%25no-such-thing')).data).toEqual([]);
  });

  it('pages with stable cursors and refuses forged ones', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const p = await page(`?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...p.data.map((d) => d.id));
      cursor = p.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(server.shopify.counts('vitrine-demo').products);
    const forged = await api.get(`/v1/stores/${storeId}/products?cursor=bm90IGEgY3Vyc29y`);
    expect(forged.status).toBe(400);
    expect(forged.body.error.fields[0]).toMatchObject({ path: 'cursor' });
  });

  describe('mapping a variant', () => {
    let product: StoreProduct;
    let variant: StoreVariant;
    beforeAll(async () => {
      // The active product with the most variants: each case below maps a few of its own.
      const all = (await page('?status=active&limit=100')).data;
      product = all.reduce((a, b) => (b.variantCount > a.variantCount ? b : a));
      expect(product.variantCount).toBeGreaterThanOrEqual(9);
      variant = product.variants![0]!;
    });
    const put = (variantId: string, body: unknown) =>
      api.put(`/v1/stores/${storeId}/variants/${variantId}/mapping`, body);

    it('refuses what the catalog does not have, areas it does not print, and missing files', async () => {
      const unknown = await put(variant.id, {
        productUid: 'no_such_product',
        files: [{ type: 'default', url: 'https://files.test/a.pdf' }],
      });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error).toMatchObject({ code: 'product_uid_unknown' });
      expect(unknown.body.error.fields[0].path).toBe('productUid');

      const wrongArea = await put(variant.id, {
        productUid: poster,
        files: [
          { type: 'default', url: 'https://files.test/a.pdf' },
          { type: 'back', url: 'https://files.test/b.pdf' },
        ],
      });
      expect(wrongArea.status).toBe(400);
      expect(wrongArea.body.error).toMatchObject({ code: 'print_area_invalid' });
      expect(wrongArea.body.error.fields).toEqual([
        expect.objectContaining({ path: 'files.1.type', code: 'print_area_invalid' }),
      ]);

      const noFront = await put(variant.id, {
        productUid: flyerTwoSided,
        files: [{ type: 'back', url: 'https://files.test/b.pdf' }],
      });
      expect(noFront.status).toBe(400);
      expect(noFront.body.error.fields).toEqual([
        expect.objectContaining({ path: 'files', code: 'print_area_required' }),
      ]);

      const pages = await put(variant.id, {
        productUid: photoBook,
        files: [
          { type: 'default', url: 'https://files.test/book.pdf' },
          { type: 'cover', url: 'https://files.test/cover.pdf' },
        ],
        printSpecs: { pageCount: 2 },
      });
      expect(pages.status).toBe(400);
      expect(pages.body.error).toMatchObject({ code: 'print_specs_invalid' });
      const specsOnPoster = await put(variant.id, {
        productUid: poster,
        files: [{ type: 'default', url: 'https://files.test/a.pdf' }],
        printSpecs: { pageCount: 40 },
      });
      expect(specsOnPoster.body.error).toMatchObject({ code: 'print_specs_invalid' });
      const notHttp = await put(variant.id, {
        productUid: poster,
        files: [{ type: 'default', url: 'file:///etc/passwd' }],
      });
      expect(notHttp.status).toBe(400);
      expect((await page()).counts!.mapped).toBe(0);
    });

    it('maps a variant, then checks its file: an A3 poster at 300 dpi passes', async () => {
      const url = files.put('/posters/sunset.png', a3At(300), 'image/png');
      const mapped = await put(variant.id, {
        productUid: poster,
        files: [{ type: 'default', url }],
      });
      expect(mapped.status, JSON.stringify(mapped.body)).toBe(200);
      expect(mapped.body).toMatchObject({
        id: variant.id,
        status: 'mapped',
        mapping: {
          productUid: poster,
          catalogTitle: expect.stringContaining('Poster'),
          files: [{ type: 'default', url, check: { status: 'pending' } }],
        },
      });
      await server.runJobs();
      const again = (await api.get(`/v1/stores/${storeId}/products/${product.id}`)).body;
      const checked = again.variants.find((v: StoreVariant) => v.id === variant.id);
      expect(checked.mapping.files[0].check).toMatchObject({
        status: 'passed',
        reason: null,
        contentType: 'image/png',
        dpi: 300,
        pixels: { width: 3508, height: 4961 },
      });
      expect(again.mappedVariantCount).toBe(1);
      expect((await page()).counts).toMatchObject({ mapped: 1, filesFailed: 0 });
    });

    it('warns below 300 dpi and fails below 150, whichever way round the image is', async () => {
      const [low, mid] = product.variants!.slice(1, 3);
      const landscape = png(Math.ceil((420 / 25.4) * 200), Math.ceil((297 / 25.4) * 200));
      await put(low!.id, {
        productUid: poster,
        files: [{ type: 'default', url: files.put('/low.png', a3At(100), 'image/png') }],
      });
      await put(mid!.id, {
        productUid: poster,
        files: [{ type: 'default', url: files.put('/turned.png', landscape, 'image/png') }],
      });
      await server.runJobs();
      const current = (await api.get(`/v1/stores/${storeId}/products/${product.id}`)).body;
      const check = (id: string) =>
        current.variants.find((v: StoreVariant) => v.id === id).mapping.files[0].check;
      expect(check(low!.id)).toMatchObject({
        status: 'failed',
        reason: 'resolution_too_low',
        dpi: 100,
      });
      expect(check(mid!.id)).toMatchObject({
        status: 'warning',
        reason: 'resolution_below_recommended',
        dpi: 200,
      });
      expect((await page()).counts!.filesFailed).toBe(1);
    });

    it('fails files that are missing, not print files, too large, or in a private network', async () => {
      const targets = product.variants!.slice(3, 8);
      const cases: [string, string][] = [
        [files.status('/gone.png', 404), 'unreachable'],
        [
          files.put('/notes.txt', new TextEncoder().encode('hello'), 'image/png'),
          'unsupported_type',
        ],
        [files.put('/empty.pdf', new Uint8Array(), 'application/pdf'), 'empty'],
        [
          files.redirect('/sneaky.png', 'https://169.254.169.254/latest/meta-data'),
          'address_not_allowed',
        ],
        ['https://127.0.0.1/admin.png', 'address_not_allowed'],
      ];
      expect(targets.length).toBe(cases.length);
      for (const [i, [url]] of cases.entries()) {
        const res = await put(targets[i]!.id, {
          productUid: poster,
          files: [{ type: 'default', url }],
        });
        expect(res.status).toBe(200);
      }
      const before = files.requests.length;
      await server.runJobs();
      // The guard refused the private target before any request: only the redirect was fetched.
      expect(files.requests.slice(before)).not.toContain('/admin.png');
      const current = (await api.get(`/v1/stores/${storeId}/products/${product.id}`)).body;
      for (const [i, [, reason]] of cases.entries()) {
        const v = current.variants.find((x: StoreVariant) => x.id === targets[i]!.id);
        expect(v.mapping.files[0].check, reason).toMatchObject({ status: 'failed', reason });
      }
    });

    it('takes vector files at any size, and rechecks an address named again', async () => {
      const target = product.variants![8] ?? product.variants![0]!;
      const url = files.put('/art.svg', svg, 'image/svg+xml');
      await put(target.id, { productUid: poster, files: [{ type: 'default', url }] });
      await server.runJobs();
      const read = async () =>
        (await api.get(`/v1/stores/${storeId}/products/${product.id}`)).body.variants.find(
          (v: StoreVariant) => v.id === target.id,
        ).mapping.files[0].check;
      expect(await read()).toMatchObject({
        status: 'passed',
        contentType: 'image/svg+xml',
        dpi: null,
      });
      files.put('/art.svg', pdf, 'application/pdf');
      await put(target.id, { productUid: poster, files: [{ type: 'default', url }] });
      expect(await read()).toMatchObject({ status: 'pending' });
      await server.runJobs();
      expect(await read()).toMatchObject({ status: 'passed', contentType: 'application/pdf' });
    });

    it('ignores and unmaps variants, keeping every change in the history', async () => {
      const target = product.variants![0]!;
      const ignored = await put(target.id, { ignored: true });
      expect(ignored.body).toMatchObject({ status: 'ignored', mapping: null });
      const unmapped = await api.delete(`/v1/stores/${storeId}/variants/${target.id}/mapping`);
      expect(unmapped.body).toMatchObject({ status: 'unmapped', mapping: null });
      const history = await server.db.query<{ action: string }>(
        'select action from mapping_events where variant_id = $1 order by seq',
        [target.id],
      );
      expect(history.map((h) => h.action)).toEqual(['mapped', 'ignored', 'unmapped']);
    });
  });

  it('applies one mapping to a whole product and to chosen variants, all or nothing', async () => {
    const products = (await page('?status=active&mapping=unmapped&limit=3')).data;
    const [whole, partial] = products.slice(1, 3);
    const url = files.put('/bulk.pdf', pdf, 'application/pdf');
    const chosen = partial!.variants!.slice(0, 2).map((v) => v.id);
    const applied = await api.post(`/v1/stores/${storeId}/mappings:apply`, {
      productIds: [whole!.id],
      variantIds: chosen,
      mapping: { productUid: poster, files: [{ type: 'default', url }] },
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body.updated).toBe(whole!.variantCount + chosen.length);
    const after = new Map<string, StoreProduct>(
      applied.body.products.map((p: StoreProduct) => [p.id, p]),
    );
    expect(after.get(whole!.id)!.mappedVariantCount).toBe(whole!.variantCount);
    expect(after.get(partial!.id)!.mappedVariantCount).toBe(2);

    const refused = await api.post(`/v1/stores/${storeId}/mappings:apply`, {
      variantIds: [partial!.variants!.at(-1)!.id, 'sv_not_this_stores'],
      mapping: { ignored: true },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'variantIds', code: 'not_found' }),
    ]);
    const still = (await api.get(`/v1/stores/${storeId}/products/${partial!.id}`)).body;
    expect(still.ignoredVariantCount).toBe(0);

    // `null` unmaps in bulk; a later page can leave the counts out.
    const unmapped = await api.post(`/v1/stores/${storeId}/mappings:apply`, {
      variantIds: chosen,
      mapping: null,
    });
    expect(unmapped.body.updated).toBe(2);
    expect(unmapped.body.products[0].mappedVariantCount).toBe(0);
    await api.post(`/v1/stores/${storeId}/mappings:apply`, {
      variantIds: chosen,
      mapping: { productUid: poster, files: [{ type: 'default', url }] },
    });
    expect((await page('?counts=false')).counts).toBeNull();
    const mappedOnly = await page('?mapping=mapped&limit=100');
    for (const p of mappedOnly.data) {
      expect(p.variants!.every((v) => v.status === 'mapped')).toBe(true);
    }
  });

  it('keeps mappings through a re-sync, and keeps those of variants the shop dropped', async () => {
    const before = (await page('?mapping=mapped&limit=100')).data;
    const mappedIds = before.flatMap((p) => p.variants!.map((v) => v.id));
    expect(mappedIds.length).toBeGreaterThan(3);
    const dropped = before[0]!;
    const index = Number(dropped.externalId) - 8_000_000_001;
    await server.shopify.deleteProduct('vitrine-demo', index);
    server.clock.advance(60_000);
    const sync = await api.post(`/v1/stores/${storeId}/sync`);
    expect(sync.status).toBe(202);
    await server.runJobs();

    const now = (await page('?mapping=mapped&limit=100')).data;
    const stillMapped = now.flatMap((p) => p.variants!.map((v) => v.id));
    expect(stillMapped.sort()).toEqual(
      mappedIds.filter((id) => !dropped.variants!.some((v) => v.id === id)).sort(),
    );
    const removed = await page('?status=removed');
    const gone = removed.data.find((p) => p.id === dropped.id)!;
    expect(gone).toMatchObject({ orderable: false, notOrderableReason: 'removed' });
    const kept = (await api.get(`/v1/stores/${storeId}/products/${dropped.id}`)).body;
    for (const v of kept.variants) {
      expect(v.removedAt).not.toBeNull();
      expect(v).toMatchObject({ status: 'mapped', mapping: { productUid: expect.any(String) } });
    }
    const remap = await api.put(`/v1/stores/${storeId}/variants/${kept.variants[0].id}/mapping`, {
      ignored: true,
    });
    expect(remap.status).toBe(422);
    expect(remap.body.error.code).toBe('variant_not_found');
  });

  describe('design file uploads', () => {
    const upload = (bytes: Uint8Array, type: string, filename: string, credential?: string) =>
      server.fetch(
        `${server.baseUrl}/v1/stores/${storeId}/files?filename=${encodeURIComponent(filename)}`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${credential ?? server.provider.secretKey}`,
            'content-type': type,
          },
          body: bytes as BodyInit,
        },
      );

    it('stores a PNG and serves it at an unguessable address, never as a script', async () => {
      const res = await upload(a3At(300), 'image/png', 'Sunset poster.PNG');
      expect(res.status).toBe(201);
      const file = await res.json();
      expect(file).toMatchObject({
        filename: 'Sunset poster.png',
        contentType: 'image/png',
        url: expect.stringMatching(
          /^http:\/\/vitrine\.test\/v1\/files\/file_\w+\/[\w-]{32}\/Sunset%20poster\.png$/,
        ),
      });
      const served = await server.fetch(file.url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('content-security-policy')).toContain('sandbox');
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(a3At(300));
      const guessed = file.url.replace(/\/[\w-]{32}\//, `/${'A'.repeat(32)}/`);
      expect((await server.fetch(guessed)).status).toBe(404);

      // An uploaded file is checked from the store itself, like any other address.
      const variant = (await page('?mapping=unmapped&status=active&limit=1')).data[0]!
        .variants![0]!;
      await api.put(`/v1/stores/${storeId}/variants/${variant.id}/mapping`, {
        productUid: poster,
        files: [{ type: 'default', url: file.url }],
      });
      await server.runJobs();
      const p = (await api.get(`/v1/stores/${storeId}/products/${variant.productId}`)).body;
      expect(
        p.variants.find((v: StoreVariant) => v.id === variant.id).mapping.files[0].check,
      ).toMatchObject({ status: 'passed', dpi: 300 });
    });

    it('accepts SVG and PDF, and refuses files that are not what they claim', async () => {
      expect((await upload(svg, 'image/svg+xml', 'logo.svg')).status).toBe(201);
      expect((await upload(pdf, 'application/octet-stream', 'flyer')).status).toBe(201);
      const text = await upload(new TextEncoder().encode('<html>hi</html>'), 'image/png', 'x.png');
      expect(text.status).toBe(415);
      expect((await text.json()).error.code).toBe('file_type_unsupported');
      const lying = await upload(a3At(10), 'application/pdf', 'x.pdf');
      expect(lying.status).toBe(415);
      const gif = await upload(new TextEncoder().encode('GIF89a'), 'image/gif', 'x.gif');
      expect(gif.status).toBe(415);
      const empty = await upload(new Uint8Array(), 'image/png', 'x.png');
      expect(empty.status).toBe(400);
    });

    it('caps the size of uploads', async () => {
      const small = await startServer({ maxUploadBytes: 1024 });
      const smallApi = caller(small, small.provider.secretKey);
      const client = (await smallApi.post('/v1/clients', { name: 'Tiny' })).body;
      const store = (
        await smallApi.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'M' })
      ).body;
      const res = await small.fetch(`${small.baseUrl}/v1/stores/${store.id}/files?filename=a.png`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${small.provider.secretKey}`,
          'content-type': 'image/png',
        },
        body: a3At(50) as BodyInit,
      });
      expect(res.status).toBe(413);
      await small.close();
    });
  });

  it("keeps other clients' stores and variants out of reach", async () => {
    const { client: otherClient, userId } = await clientWithActiveAdmin(
      server,
      server.provider.secretKey,
      'Other Co',
    );
    const otherId = otherClient.id as string;
    const other = await clientSession(server, server.provider.secretKey, otherId, userId);
    const them = caller(server, other);
    expect((await them.get(`/v1/stores/${storeId}/products`)).status).toBe(404);
    const variant = (await page('?limit=1')).data[0]!.variants![0]!;
    expect(
      (await them.put(`/v1/stores/${storeId}/variants/${variant.id}/mapping`, { ignored: true }))
        .status,
    ).toBe(404);
    // A variant id of another store, through a store the caller may use, is not found either.
    const mine = await caller(server, other).post(`/v1/clients/${otherId}/stores`, {
      platform: 'manual',
      name: 'Mine',
    });
    const viaMine = await them.put(`/v1/stores/${mine.body.id}/variants/${variant.id}/mapping`, {
      ignored: true,
    });
    expect(viaMine.status).toBe(404);
    expect(clientId).not.toBe(otherId);
  });
});
