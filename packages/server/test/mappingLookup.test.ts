import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveVariantsSql } from '../src/services/products/mappingImports.js';
import { mappingColumns, upsertMappingsSql } from '../src/services/products/mappings.js';
import { upsertProducts } from '../src/services/stores/storeProducts.js';
import { productWithSizes } from '../testing/products.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, startServer } from './support.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

/**
 * An import finds each row's variant with its mapping. PGlite runs no autovacuum: a table whose
 * rows were all removed keeps its pages, and statistics taken then say it is empty. The lookup
 * must still probe each variant's mapping by its key, not read every mapping once per variant
 * (which made an import filling the table take minutes instead of seconds).
 */
describe('the bulk import’s variant lookup', () => {
  let server: TestServer;
  let storeId: string;
  let ids: string[];
  beforeAll(async () => {
    server = await startServer();
    const api = caller(server, server.provider.secretKey);
    const client = (await api.post('/v1/clients', { name: 'Lookup Co' })).body;
    storeId = (
      await api.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'Counter' })
    ).body.id;
    const products = Array.from({ length: 30 }, (_, p) => productWithSizes(p, 100));
    await upsertProducts(server.db, storeId, products, { run: null, now: server.clock.now() });
    ids = (
      await server.db.query<{ id: string }>('select id from store_variants where store_id = $1', [
        storeId,
      ])
    ).map((v) => v.id);
  });
  afterAll(() => server.close());

  it('probes each variant’s mapping by its key, even when statistics say there are none', async () => {
    // Every variant mapped, then every mapping removed: pages remain, no row is live.
    await server.db.query(upsertMappingsSql(1), [
      storeId,
      server.clock.now(),
      ...mappingColumns(
        ids.map((variantId) => ({
          variantId,
          mapping: { productUid: 'poster', files: [{ type: 'default', url: 'https://f.test/a' }] },
        })),
      ),
    ]);
    await server.db.query('delete from variant_mappings where variant_id = any($1::text[])', [ids]);
    await server.db.exec('analyze variant_mappings; analyze store_variants');

    const [row] = await server.db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
      `explain (format json) ${liveVariantsSql('v.id')}`,
      [storeId, ids.slice(0, 2000)],
    );
    const explained = row!['QUERY PLAN'];
    const plan = (typeof explained === 'string' ? JSON.parse(explained) : explained)[0].Plan;
    const reads = nodes(plan).filter((n) => n['Relation Name'] === 'variant_mappings');
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read['Node Type']).toBe('Index Scan');
      expect(read['Index Cond']).toMatch(/variant_id = v\.id/);
    }
    // And the lookup answers as before: every variant, none mapped.
    const found = await server.db.query<{ id: string; product_uid: string | null }>(
      liveVariantsSql('v.id'),
      [storeId, ids],
    );
    expect(found).toHaveLength(ids.length);
    expect(found.every((v) => v.product_uid === null)).toBe(true);
  });
});
