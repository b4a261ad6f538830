import { importMappings } from '@vitrine/csv';
import type { BulkMappingRow, BulkRowError, MappingImport, StoreVariant } from '@vitrine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations.js';
import { upsertProducts } from '../src/services/stores/storeProducts.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, connectShopify, faultyDb, startServer } from './support.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
const art = (name: string) => `https://files.test/${name}.pdf`;

/** Bulk mappings: the CSV export, imports at once and in chunks, as jobs that resume. */
describe('bulk mappings', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let storeId: string;
  let variants: StoreVariant[];
  /** A double-sided business card: it prints on `front` and `back`. */
  let CARD: string;

  const all = async (id = storeId) => {
    const found: StoreVariant[] = [];
    let cursor: string | null = null;
    do {
      const res = await api.get(
        `/v1/stores/${id}/products?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      found.push(...res.body.data.flatMap((p: { variants: StoreVariant[] }) => p.variants));
      cursor = res.body.nextCursor;
    } while (cursor);
    return found;
  };
  const variant = async (id: string) => (await all()).find((v) => v.id === id)!;
  const bulk = async (rows: BulkMappingRow[], extra: Record<string, unknown> = {}, key?: string) =>
    api.post(
      `/v1/stores/${storeId}/mappings:bulk`,
      { rows, ...extra },
      key ? { 'idempotency-key': key } : {},
    );

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true });
    api = caller(server, server.provider.secretKey);
    const client = (await api.post('/v1/clients', { name: 'Bulk Co' })).body;
    ({ storeId } = await connectShopify(server, server.provider.secretKey, client.id));
    await server.runJobs();
    variants = await all();
    const cards = (await api.get('/v1/catalog/products?category=business_cards&limit=100')).body
      .data;
    CARD = cards.find((p: { printAreas: string[] }) => p.printAreas.includes('back')).productUid;
  });
  afterAll(() => server.close());

  describe('export', () => {
    it('writes every variant with what a person needs to fill in, by product', async () => {
      const res = await server.fetch(`${server.baseUrl}/v1/stores/${storeId}/mappings.csv`, {
        headers: { authorization: `Bearer ${server.provider.secretKey}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
      const text = await res.text();
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toBe(
        'Variant ID,Product Title,Variant Title,Options,SKU,Mapping Status,Product UID,Design File URL,Front File URL,Back File URL,Inside File URL,Neck Inner File URL,Neck Outer File URL,Sleeve Left File URL,Sleeve Right File URL',
      );
      expect(lines).toHaveLength(variants.length + 1);
      // What the export says reads back through the import template, row for row.
      const parsed = await importMappings(text);
      expect(parsed.ok).toBe(true);
      expect(parsed.mappings.map((m) => m.variantId).sort()).toEqual(
        variants.map((v) => v.id).sort(),
      );
      const first = parsed.rows[0]!.values;
      const v = variants.find((x) => x.id === first.variantId)!;
      expect(first).toMatchObject({ sku: v.sku!, mappingStatus: 'unmapped' });
      expect(first.options).toBe(
        Object.entries(v.options)
          .map(([k, x]) => `${k}: ${x}`)
          .join(' / '),
      );
    });

    it('speaks the requested language, with semicolons and a BOM for Excel', async () => {
      const get = (query: string, language?: string) =>
        server.fetch(`${server.baseUrl}/v1/stores/${storeId}/mappings.csv${query}`, {
          headers: {
            authorization: `Bearer ${server.provider.secretKey}`,
            ...(language ? { 'accept-language': language } : {}),
          },
        });
      const excel = new Uint8Array(
        await (await get('?locale=pt-BR&delimiter=;&bom=true')).arrayBuffer(),
      );
      expect([...excel.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const header = new TextDecoder().decode(excel).split('\r\n')[0]!;
      expect(header).toContain('ID da Variante;');
      expect(header).toContain(';UID do Produto;');
      const german = (await (await get('', 'de-CH,de;q=0.9,en;q=0.5')).text()).split('\r\n')[0];
      expect(german).toContain('Varianten-ID');
      const unknown = (await (await get('', 'ja-JP')).text()).split('\r\n')[0];
      expect(unknown).toMatch(/^Variant ID,/);
      expect((await get('?delimiter=x')).status).toBe(400);
    });

    it('writes products with thousands of variants whole and in order, a slice at a time', async () => {
      const client = (await api.post('/v1/clients', { name: 'Big Tees' })).body;
      const big = (
        await api.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'Tees' })
      ).body.id as string;
      const product = (p: string, count: number) => ({
        externalId: p,
        title: `Tee ${p}`,
        handle: null,
        vendor: null,
        productType: null,
        status: 'active' as const,
        imageUrl: null,
        options: [],
        updatedAt: null,
        variants: Array.from({ length: count }, (_, i) => ({
          externalId: `${p}-${i}`,
          title: `${p} ${i}`,
          sku: `${p}-${i}`,
          barcode: null,
          price: null,
          options: {},
        })),
      });
      // More variants than one read takes (2,000), across a product boundary.
      await upsertProducts(server.db, big, [product('a', 2500), product('b', 1700)], {
        run: null,
        now: server.clock.now(),
      });
      const res = await api.get(`/v1/stores/${big}/mappings.csv`);
      const parsed = await importMappings(res.body as string);
      expect(parsed.ok).toBe(true);
      expect(parsed.mappings.map((m) => m.sku)).toEqual([
        ...Array.from({ length: 2500 }, (_, i) => `a-${i}`),
        ...Array.from({ length: 1700 }, (_, i) => `b-${i}`),
      ]);
    });

    it('neutralises cells a spreadsheet would run as formulas', async () => {
      await server.shopify.updateProduct('vitrine-demo', 0, { title: '=HYPERLINK("http://evil")' });
      const res = await api.get(`/v1/stores/${storeId}/mappings.csv`);
      const lines = (res.body as string).split('\r\n').filter((l) => l.includes('HYPERLINK'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    });
  });

  describe('importing at once', () => {
    it('maps by variant id, by the platform id and by SKU; blank cells change nothing', async () => {
      const [a, b, c, d] = variants;
      const res = await bulk([
        {
          row: 2,
          variantId: a!.id,
          productUid: POSTER,
          files: [{ type: 'default', url: art('a') }],
        },
        {
          row: 3,
          variantId: b!.externalId,
          productUid: POSTER,
          files: [{ type: 'default', url: art('b') }],
        },
        { row: 4, sku: c!.sku!, productUid: 'IGNORE', files: [] },
        { row: 5, sku: d!.sku!, productUid: '', files: [] },
      ]);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({
        status: 'succeeded',
        jobId: null,
        totalRows: 4,
        counts: { mapped: 2, ignored: 1, unmapped: 0, unchanged: 1, failed: 0 },
        errors: [],
      });
      expect((await variant(a!.id)).mapping?.files).toEqual([
        expect.objectContaining({ type: 'default', url: art('a') }),
      ]);
      expect((await variant(b!.id)).status).toBe('mapped');
      expect((await variant(c!.id)).status).toBe('ignored');
      expect((await variant(d!.id)).status).toBe('unmapped');

      // Again, with blanks: nothing changes; files alone keep the product.
      const again = await bulk([
        { row: 2, variantId: a!.id, productUid: '', files: [] },
        { row: 3, variantId: b!.id, productUid: '', files: [{ type: 'default', url: art('b2') }] },
        { row: 4, variantId: a!.id, productUid: '', files: [] },
      ]);
      expect(again.body.counts).toMatchObject({ unchanged: 1, mapped: 1, failed: 1 });
      expect(again.body.errors).toEqual([
        expect.objectContaining({
          row: 4,
          code: 'duplicate_variant',
          message: 'Row 2 already names this variant.',
        }),
      ]);
      expect((await variant(b!.id)).mapping).toMatchObject({
        productUid: POSTER,
        files: [expect.objectContaining({ type: 'default', url: art('b2') })],
      });
    });

    it('keeps current files only where the new product prints them, and says what is missing', async () => {
      const [, , , , e] = variants;
      const mapped = await bulk([
        { variantId: e!.id, productUid: POSTER, files: [{ type: 'default', url: art('e') }] },
      ]);
      expect(mapped.body.counts.mapped).toBe(1);
      // The business card prints front and back: the poster's `default` file does not carry over.
      const card = await bulk([{ variantId: e!.id, productUid: CARD, files: [] }]);
      expect(card.body.errors).toEqual([
        expect.objectContaining({ row: 2, column: 'file:front', code: 'print_area_required' }),
      ]);
      const files = await bulk([
        { variantId: e!.id, productUid: '', files: [{ type: 'default', url: art('e2') }] },
      ]);
      expect(files.body.counts.mapped).toBe(1);
      expect((await variant(e!.id)).mapping).toMatchObject({
        productUid: POSTER,
        files: [expect.objectContaining({ url: art('e2') })],
      });
      const unmap = await bulk([{ variantId: e!.id, productUid: 'unmap', files: [] }]);
      expect(unmap.body.counts.unmapped).toBe(1);
      expect((await variant(e!.id)).status).toBe('unmapped');
      const filesOnly = await bulk([
        { variantId: e!.id, productUid: '', files: [{ type: 'default', url: art('x') }] },
      ]);
      expect(filesOnly.body.errors[0]).toMatchObject({
        column: 'productUid',
        code: 'product_uid_required',
      });
    });

    it('reports every bad row with its spreadsheet number and a stable code', async () => {
      const res = await bulk([
        {
          row: 10,
          variantId: 'sv_nope',
          productUid: POSTER,
          files: [{ type: 'default', url: art('z') }],
        },
        {
          row: 11,
          sku: 'NO-SUCH-SKU',
          productUid: POSTER,
          files: [{ type: 'default', url: art('z') }],
        },
        {
          row: 12,
          variantId: variants[6]!.id,
          productUid: 'not_in_catalog',
          files: [{ type: 'default', url: art('z') }],
        },
        {
          row: 13,
          variantId: variants[7]!.id,
          productUid: POSTER,
          files: [{ type: 'sleeve-left', url: art('z') }],
        },
      ]);
      expect(res.body.counts).toMatchObject({ failed: 4, mapped: 0 });
      expect(
        res.body.errors.map((e: { row: number; column: string; code: string }) => [
          e.row,
          e.column,
          e.code,
        ]),
      ).toEqual([
        [10, 'variantId', 'variant_not_found'],
        [11, 'sku', 'variant_not_found'],
        [12, 'productUid', 'product_uid_unknown'],
        [13, 'file:default', 'print_area_required'],
        [13, 'file:sleeve-left', 'print_area_invalid'],
      ]);
    });

    it('names every variant an ambiguous SKU could mean', async () => {
      const manual = (
        await api.post(
          `/v1/clients/${(await api.get(`/v1/stores/${storeId}`)).body.clientId}/stores`,
          {
            platform: 'manual',
            name: 'Counter',
          },
        )
      ).body.id as string;
      const variant = (id: string) => ({
        externalId: id,
        title: `Tee ${id}`,
        sku: 'TEE',
        barcode: null,
        price: null,
        options: {},
      });
      await upsertProducts(
        server.db,
        manual,
        [
          {
            externalId: 'p1',
            title: 'Tee',
            handle: null,
            vendor: null,
            productType: null,
            status: 'active',
            imageUrl: null,
            options: [],
            updatedAt: null,
            variants: [variant('v1'), variant('v2')],
          },
        ],
        { run: null, now: server.clock.now() },
      );
      const res = await api.post(`/v1/stores/${manual}/mappings:bulk`, {
        rows: [{ sku: 'TEE', productUid: POSTER, files: [{ type: 'default', url: art('t') }] }],
      });
      expect(res.body.errors[0]).toMatchObject({ row: 2, column: 'sku', code: 'sku_ambiguous' });
      expect(res.body.errors[0].message).toMatch(
        /2 variants share this SKU: sv_\w+ \(Tee v1\), sv_\w+ \(Tee v2\)/,
      );
    });

    it('reports without writing on a dry run', async () => {
      const target = variants[8]!;
      const res = await bulk(
        [
          {
            variantId: target.id,
            productUid: POSTER,
            files: [{ type: 'default', url: art('dry') }],
          },
        ],
        { dryRun: true },
      );
      expect(res.body).toMatchObject({ dryRun: true, status: 'succeeded', counts: { mapped: 1 } });
      expect((await variant(target.id)).status).toBe('unmapped');
    });

    it('applies the same upload once when it is sent again with the same key', async () => {
      const target = variants[9]!;
      const rows = [
        {
          variantId: target.id,
          productUid: POSTER,
          files: [{ type: 'default', url: art('once') }],
        },
      ];
      const first = await bulk(rows, {}, 'bulk-upload-1');
      const second = await bulk(rows, {}, 'bulk-upload-1');
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(second.body.id).toBe(first.body.id);
      // One import, applied once: its one row is the record of the change.
      const imports = await server.db.query(
        'select 1 from mapping_import_variants where variant_id = $1',
        [target.id],
      );
      expect(imports).toHaveLength(1);
      expect((await variant(target.id)).mapping?.files[0]?.url).toBe(art('once'));
    });
  });

  describe('importing in chunks, as a job', () => {
    const big = (count: number, uid = POSTER): BulkMappingRow[] =>
      Array.from({ length: count }, (_, i) => {
        const v = variants[i % variants.length]!;
        // Rows past the store's variants name SKUs it does not have: they fail, one each.
        return i < variants.length
          ? {
              row: i + 2,
              variantId: v.id,
              productUid: uid,
              files: [{ type: 'default', url: art(`big-${i}`) }],
            }
          : {
              row: i + 2,
              sku: `MISSING-${i}`,
              productUid: uid,
              files: [{ type: 'default', url: art('m') }],
            };
      });
    const send = async (rows: BulkMappingRow[], dryRun = false) => {
      const created: MappingImport = (
        await api.post(`/v1/stores/${storeId}/mapping-imports`, {
          totalRows: rows.length,
          dryRun,
          filename: 'big.csv',
        })
      ).body;
      for (let chunk = 0; chunk * 2000 < rows.length; chunk++) {
        const res = await api.put(
          `/v1/stores/${storeId}/mapping-imports/${created.id}/chunks/${chunk}`,
          {
            rows: rows.slice(chunk * 2000, (chunk + 1) * 2000),
          },
        );
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
      return created;
    };
    const read = async (id: string): Promise<MappingImport> =>
      (await api.get(`/v1/stores/${storeId}/mapping-imports/${id}`)).body;
    /** Starts a received import, runs its job to the end, and reads its errors after `cursor`. */
    const applyAndReadErrors = async (id: string, cursor: number) => {
      await api.post(`/v1/stores/${storeId}/mapping-imports/${id}/start`);
      await server.runJobs();
      const done = await read(id);
      expect(done.status).toBe('succeeded');
      const errors = (
        await api.get(
          `/v1/stores/${storeId}/mapping-imports/${id}/errors?limit=100&cursor=${cursor}`,
        )
      ).body.data as BulkRowError[];
      return { done, errors };
    };

    it('takes chunks again safely, refuses to start before every row arrived, then applies', async () => {
      const rows = big(4500);
      const created = await send(rows.slice(0, 4000).concat(rows.slice(4000)));
      expect((await read(created.id)).receivedRows).toBe(4500);
      // The second chunk again (a retried upload): still 4,500 rows.
      await api.put(`/v1/stores/${storeId}/mapping-imports/${created.id}/chunks/1`, {
        rows: rows.slice(2000, 4000),
      });
      expect((await read(created.id)).receivedRows).toBe(4500);
      const wrong = await api.put(`/v1/stores/${storeId}/mapping-imports/${created.id}/chunks/3`, {
        rows: rows.slice(0, 10),
      });
      expect(wrong.status).toBe(400);

      const partial = (await api.post(`/v1/stores/${storeId}/mapping-imports`, { totalRows: 3000 }))
        .body;
      await api.put(`/v1/stores/${storeId}/mapping-imports/${partial.id}/chunks/0`, {
        rows: rows.slice(0, 2000),
      });
      expect(
        (await api.post(`/v1/stores/${storeId}/mapping-imports/${partial.id}/start`)).status,
      ).toBe(409);

      const started = await api.post(`/v1/stores/${storeId}/mapping-imports/${created.id}/start`);
      expect(started.body).toMatchObject({
        status: 'queued',
        jobId: expect.stringMatching(/^job_/),
      });
      const active = await api.get(`/v1/stores/${storeId}/mapping-imports?active=true`);
      expect(active.body.data.map((i: MappingImport) => i.id)).toContain(created.id);
      await server.runJobs();
      const done = await read(created.id);
      expect(done).toMatchObject({
        status: 'succeeded',
        progress: { done: 4500, total: 4500 },
        counts: { failed: 4500 - variants.length },
        errorCount: 4500 - variants.length,
      });
      expect(done.counts.mapped + done.counts.unchanged).toBe(variants.length);
      expect(done.errors).toHaveLength(100);
      // Every error, page by page, a row never split across pages.
      const errors = [];
      let cursor: string | null = null;
      do {
        const page = await api.get(
          `/v1/stores/${storeId}/mapping-imports/${created.id}/errors?limit=333${cursor ? `&cursor=${cursor}` : ''}`,
        );
        errors.push(...page.body.data);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(errors.map((e) => e.row)).toEqual(rows.slice(variants.length).map((r) => r.row));
    });

    it('finds a variant named again steps later, and counts chunks as they arrive', async () => {
      const rows = big(2501);
      // The last row, two steps after the first, names the first row's variant again.
      rows[2500] = { ...rows[0]!, row: 2502, files: [{ type: 'default', url: art('late') }] };
      const created: MappingImport = (
        await api.post(`/v1/stores/${storeId}/mapping-imports`, { totalRows: rows.length })
      ).body;
      expect(created.receivedRows).toBe(0);
      const last = await api.put(`/v1/stores/${storeId}/mapping-imports/${created.id}/chunks/1`, {
        rows: rows.slice(2000),
      });
      expect(last.body.receivedRows).toBe(501);
      const first = await api.put(`/v1/stores/${storeId}/mapping-imports/${created.id}/chunks/0`, {
        rows: rows.slice(0, 2000),
      });
      expect(first.body.receivedRows).toBe(2501);
      const { errors } = await applyAndReadErrors(created.id, 2400);
      expect(errors.at(-1)).toEqual({
        row: 2502,
        column: 'variantId',
        value: variants[0]!.id,
        code: 'duplicate_variant',
        message: 'Row 2 already names this variant.',
      });
      expect((await variant(variants[0]!.id)).mapping?.files[0]?.url).toBe(art('big-0'));
    });

    it('finds a variant named steps later by its SKU or by the platform id', async () => {
      const rows = big(2502);
      // Steps later, rows name by SKU and by the platform's id the variants of rows 3 and 4.
      rows[2500] = { row: 2502, sku: variants[1]!.sku!, productUid: POSTER, files: [] };
      rows[2501] = {
        row: 2503,
        variantId: variants[2]!.externalId,
        productUid: POSTER,
        files: [{ type: 'default', url: art('late') }],
      };
      const { errors } = await applyAndReadErrors((await send(rows)).id, 2490);
      expect(errors.slice(-2)).toEqual([
        {
          row: 2502,
          column: 'sku',
          value: variants[1]!.sku,
          code: 'duplicate_variant',
          message: 'Row 3 already names this variant.',
        },
        {
          row: 2503,
          column: 'variantId',
          value: variants[2]!.externalId,
          code: 'duplicate_variant',
          message: 'Row 4 already names this variant.',
        },
      ]);
      expect((await variant(variants[2]!.id)).mapping?.files[0]?.url).toBe(art('big-2'));
    });

    it('has the files of the rows that wrote a mapping checked, once per address', async () => {
      const [one, two, three] = variants.slice(-3);
      const checks = async () =>
        new Map(
          (
            await server.db.query<{ url: string; status: string; requested_at: Date }>(
              `select url, status, requested_at from file_checks where url = any($1::text[])`,
              [[art('fc-one'), art('fc-two')]],
            )
          ).map((c) => [c.url, { status: c.status, at: new Date(c.requested_at).getTime() }]),
        );
      const file = (name: string) => [{ type: 'default', url: art(name) }];
      const first = await bulk([
        { row: 2, variantId: one!.id, productUid: POSTER, files: file('fc-one') },
        { row: 3, variantId: two!.id, productUid: POSTER, files: file('fc-one') },
        { row: 4, variantId: three!.id, productUid: POSTER, files: file('fc-two') },
      ]);
      expect(first.body.counts.mapped).toBe(3);
      await server.runJobs();
      const before = await checks();
      expect([...before.values()].map((c) => c.status)).toEqual(['checked', 'checked']);

      server.clock.advance(60_000);
      // Row 2 changes nothing; row 3 names an address anew (checked before, for another variant).
      const rows: BulkMappingRow[] = [
        { row: 2, variantId: one!.id, productUid: POSTER, files: file('fc-one') },
        { row: 3, variantId: two!.id, productUid: POSTER, files: file('fc-two') },
      ];
      const created = await send(rows);
      await api.post(`/v1/stores/${storeId}/mapping-imports/${created.id}/start`);
      await server.runJobs();
      expect((await read(created.id)).counts).toMatchObject({ mapped: 1, unchanged: 1 });
      const after = await checks();
      expect(after.get(art('fc-one'))).toEqual(before.get(art('fc-one')));
      expect(after.get(art('fc-two'))).toEqual({
        status: 'checked',
        at: before.get(art('fc-two'))!.at + 60_000,
      });
      const shown = (await variant(two!.id)).mapping?.files[0];
      expect(shown?.url).toBe(art('fc-two'));
    });

    it('resumes after a failure where it stopped, applying nothing twice', async () => {
      // The database connection drops during the second step: the first is committed.
      let steps = 0;
      let armed = false;
      const faulty = await startServer({
        seedCatalog: true,
        jobs: { importStepRows: 100, retryBaseSeconds: 1 },
        wrapDb: (db) =>
          faultyDb(db, (sql) => armed && sql.includes('set done_rows') && ++steps === 2),
      });
      const faultyApi = caller(faulty, faulty.provider.secretKey);
      const client = (await faultyApi.post('/v1/clients', { name: 'Faulty Co' })).body;
      const { storeId: store } = await connectShopify(faulty, faulty.provider.secretKey, client.id);
      await faulty.runJobs();
      const own: StoreVariant[] = [];
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const res = await faultyApi.get(
          `/v1/stores/${store}/products?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        );
        own.push(...res.body.data.flatMap((p: { variants: StoreVariant[] }) => p.variants));
        cursor = res.body.nextCursor;
      }
      const rows = own.map((v, i) => ({
        row: i + 2,
        variantId: v.id,
        productUid: CARD,
        files: [
          { type: 'front', url: art(`f-${i}`) },
          { type: 'back', url: art(`b-${i}`) },
        ],
      }));
      const created = (
        await faultyApi.post(`/v1/stores/${store}/mapping-imports`, { totalRows: rows.length })
      ).body;
      await faultyApi.put(`/v1/stores/${store}/mapping-imports/${created.id}/chunks/0`, { rows });
      await faultyApi.post(`/v1/stores/${store}/mapping-imports/${created.id}/start`);
      const readIt = async (): Promise<MappingImport> =>
        (await faultyApi.get(`/v1/stores/${store}/mapping-imports/${created.id}`)).body;

      armed = true;
      expect(await faulty.runJobs()).toMatchObject({ retried: 1 });
      const halfway = await readIt();
      expect(halfway).toMatchObject({ status: 'running', progress: { done: 100 } });
      expect(halfway.counts.mapped).toBe(100);

      faulty.clock.advance(60_000);
      expect(await faulty.runJobs()).toMatchObject({ failed: 0, retried: 0 });
      const done = await readIt();
      expect(done).toMatchObject({
        status: 'succeeded',
        progress: { done: rows.length },
        counts: { mapped: rows.length, failed: 0 },
      });
      // Applied once: a step applied twice would count its rows again, as unchanged.
      expect(done.counts.mapped + done.counts.unchanged + done.counts.failed).toBe(rows.length);
      expect(done.counts.unchanged).toBe(0);
      const recorded = await faulty.db.query<{ variant_id: string; n: number }>(
        `select variant_id, count(*)::int as n from mapping_import_variants
          where import_id = $1 group by variant_id`,
        [created.id],
      );
      expect(recorded).toHaveLength(rows.length);
      expect(recorded.every((r) => Number(r.n) === 1)).toBe(true);
      await faulty.close();
    });

    it('applies an import received before an upgrade, after it, with its row numbers', async () => {
      // A database from before migration 14, its import's rows stored a row at a time.
      const upgrade = migrations.filter((m) => m.version >= 14).map((m) => m.version);
      let held = false;
      const older = await startServer({
        seedCatalog: true,
        wrapDb: (db) => ({
          ...faultyDb(db, () => false),
          transaction: async (fn) => {
            if (!held) {
              held = true;
              await db.exec(`create table if not exists schema_migrations (version integer
                primary key, name text not null, applied_at timestamptz not null default now())`);
              await db.query(
                `insert into schema_migrations (version, name)
                 select v, 'later' from unnest($1::int[]) as v`,
                [upgrade],
              );
            }
            return db.transaction(fn);
          },
        }),
      });
      const olderApi = caller(older, older.provider.secretKey);
      const client = (await olderApi.post('/v1/clients', { name: 'Older Co' })).body;
      const { storeId: store } = await connectShopify(older, older.provider.secretKey, client.id);
      await older.runJobs();
      const [a, b] = (await olderApi.get(`/v1/stores/${store}/products?limit=1`)).body.data[0]
        .variants as StoreVariant[];
      const created = (await olderApi.post(`/v1/stores/${store}/mapping-imports`, { totalRows: 3 }))
        .body;
      const sent = [
        { variantId: a!.id, productUid: POSTER, files: [{ type: 'default', url: art('old-a') }] },
        { sku: 'NO-SUCH-SKU', productUid: POSTER, files: [] },
        { row: 30, variantId: b!.id, productUid: 'IGNORE', files: [] },
      ];
      await older.db.query(
        `insert into mapping_import_rows (import_id, position, row_number, data)
         select $1, r.position, r.row_number, r.data
           from unnest($2::int[], $3::int[], $4::text[]) as r(position, row_number, data)`,
        [created.id, [0, 1, 2], [10, 11, 30], sent.map((r) => JSON.stringify(r))],
      );
      await older.db.query(
        'insert into mapping_import_chunks (import_id, chunk, rows) values ($1, 0, 3)',
        [created.id],
      );

      await older.db.query('delete from schema_migrations where version = any($1::int[])', [
        upgrade,
      ]);
      expect(await migrate(older.db)).toEqual({ applied: upgrade });
      await olderApi.post(`/v1/stores/${store}/mapping-imports/${created.id}/start`);
      await older.runJobs();
      const done: MappingImport = (
        await olderApi.get(`/v1/stores/${store}/mapping-imports/${created.id}`)
      ).body;
      expect(done).toMatchObject({
        status: 'succeeded',
        receivedRows: 3,
        counts: { mapped: 1, ignored: 1, failed: 1 },
        errors: [{ row: 11, column: 'sku', value: 'NO-SUCH-SKU', code: 'variant_not_found' }],
      });
      const mapped = (await olderApi.get(`/v1/stores/${store}/products?limit=1`)).body.data[0]
        .variants as StoreVariant[];
      expect(mapped[0]!.mapping?.files[0]?.url).toBe(art('old-a'));
      expect(mapped[1]!.status).toBe('ignored');
      await older.close();
    });

    it('runs a large upload at once as a job, and cancels what has not run', async () => {
      const rows = big(1500);
      const res = await bulk(rows, { dryRun: true });
      expect(res.body).toMatchObject({ status: 'queued', dryRun: true });
      const canceled = await api.post(
        `/v1/stores/${storeId}/mapping-imports/${res.body.id}/cancel`,
      );
      expect(canceled.body.status).toBe('canceled');
      await server.runJobs();
      expect((await read(res.body.id)).status).toBe('canceled');
      const job = (await api.get(`/v1/jobs/${res.body.jobId}`)).body;
      expect(job.status).toBe('canceled');
    });
  });

  it('reads back through the CSV package as Excel saves it (semicolons, a BOM)', async () => {
    const res = await server.fetch(
      `${server.baseUrl}/v1/stores/${storeId}/mappings.csv?delimiter=;&bom=true&locale=fr`,
      { headers: { authorization: `Bearer ${server.provider.secretKey}` } },
    );
    const parsed = await importMappings(new Uint8Array(await res.arrayBuffer()));
    expect(parsed.format).toMatchObject({ delimiter: ';' });
    expect(parsed.ok).toBe(true);
    expect(parsed.rows).toHaveLength(variants.length);
  });
});
