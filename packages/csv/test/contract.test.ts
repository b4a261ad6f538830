import type {
  BulkMappingBody as BulkMappingInput,
  BulkOrdersBody as BulkOrdersInput,
} from '@vitrine/sdk';
import {
  BulkMappingBody,
  BulkOrdersBody,
  CreateOrderBody as CreateOrderSchema,
} from '@vitrine/sdk';
import { describe, expect, it } from 'vitest';
import {
  type BulkMappingRow,
  type CreateOrderBody,
  importMappings,
  importOrders,
} from '../src/index.js';
import { fixture } from './helpers/sources.js';

// Compile-time: our structural copies fit the SDK's request types.
const mappingRows = (rows: BulkMappingRow[]): BulkMappingInput['rows'] => rows;
const orderBodies = (orders: CreateOrderBody[]): BulkOrdersInput['orders'] => orders;

describe('output matches the API contract (@vitrine/sdk schemas)', () => {
  const mappingFixtures = [
    'excel-pt-br-windows-1252.csv',
    'utf8-bom-crlf-multiline.csv',
    'mapping-es.csv',
    'mapping-fr.csv',
    'mapping-it.csv',
    'mapping-de.csv',
    'shopify-products.csv',
    'shopify-products-legacy.csv',
    'woocommerce-products.csv',
    'etsy-listings.csv',
  ];

  for (const name of mappingFixtures) {
    it(`${name} → BulkMappingBody`, async () => {
      const { mappings } = await importMappings(fixture(name), { invalidRows: 'skip' });
      expect(mappings.length).toBeGreaterThan(0);
      const parsed = BulkMappingBody.parse({ rows: mappingRows(mappings) });
      expect(parsed.rows).toEqual(mappings);
    });
  }

  for (const name of ['orders.csv', 'orders-pt-br.csv']) {
    it(`${name} → CreateOrderBody for every order`, async () => {
      const { orders } = await importOrders(fixture(name));
      expect(orders.length).toBeGreaterThan(0);
      for (const order of orders) expect(CreateOrderSchema.parse(order)).toMatchObject(order);
      BulkOrdersBody.parse({ orders: orderBodies(orders) });
    });
  }
});
