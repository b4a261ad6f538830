import { describe, expect, it } from 'vitest';
import {
  detectPlatform,
  errorReportCsv,
  importMappings,
  productMappingTemplate,
  toCsvString,
} from '../src/index.js';
import { fixture } from './helpers/sources.js';

const summary = (
  rows: { row: number; values: Record<string, unknown>; errors: readonly { code: string }[] }[],
) =>
  rows.map((r) => ({
    row: r.row,
    product: r.values.productId,
    title: r.values.productTitle,
    variant: r.values.variantTitle,
    sku: r.values.sku,
    errors: r.errors.map((e) => e.code),
  }));

describe('platform product exports', () => {
  it('detects the platform from the headers', () => {
    expect(detectPlatform(['Title', 'URL handle', 'SKU', 'Option1 value'])).toBe('shopify');
    expect(detectPlatform(['Handle', 'Title', 'Option1 Value', 'Variant SKU'])).toBe(
      'shopify-legacy',
    );
    expect(detectPlatform(['ID', 'Type', 'SKU', 'Name', 'Regular price', 'Parent'])).toBe(
      'woocommerce',
    );
    expect(detectPlatform(['TITLE', 'PRICE', 'CURRENCY_CODE', 'VARIATION 1 VALUES', 'SKU'])).toBe(
      'etsy',
    );
    expect(detectPlatform(['SKU', 'Product UID', 'Design File URL'])).toBeNull();
  });

  it('Shopify (current): rows sharing a handle are one product; image rows and Default Title handled', async () => {
    const result = await importMappings(fixture('shopify-products.csv'), {
      invalidRows: 'include',
    });
    expect(result.header?.platform).toBe('shopify');
    expect(result.header?.missing).toEqual([]);
    expect(result.header?.columns.find((c) => c.key === 'sku')).toMatchObject({
      header: 'SKU',
      match: 'platform',
    });
    // Columns the owner added to the export are picked up.
    expect(result.header?.columns.find((c) => c.key === 'productUid')).toMatchObject({
      header: 'Product UID',
      match: 'exact',
    });
    expect(summary(result.rows)).toEqual([
      {
        row: 2,
        product: 'organic-t-shirt',
        title: 'Organic T-shirt',
        variant: 'S / Black',
        sku: 'TEE-S-BLK',
        errors: [],
      },
      {
        row: 3,
        product: 'organic-t-shirt',
        title: 'Organic T-shirt',
        variant: 'S / White',
        sku: 'TEE-S-WHT',
        errors: [],
      },
      {
        row: 4,
        product: 'organic-t-shirt',
        title: 'Organic T-shirt',
        variant: 'M / Black',
        sku: 'TEE-M-BLK',
        errors: [],
      },
      {
        row: 6,
        product: 'sunrise-poster',
        title: 'Sunrise Poster',
        variant: undefined,
        sku: 'PST-SUN',
        errors: ['invalid_product_uid'],
      },
      {
        row: 7,
        product: 'gift-card',
        title: 'Gift Card',
        variant: '€25',
        sku: undefined,
        errors: ['missing_identifier'],
      },
    ]);
    expect(result.mappings.slice(0, 3)).toEqual([
      {
        row: 2,
        sku: 'TEE-S-BLK',
        productUid:
          'apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_s_gco_black_gpr_4-4',
        files: [{ type: 'default', url: 'https://cdn.acme.example/tee.png' }],
      },
      {
        row: 3,
        sku: 'TEE-S-WHT',
        productUid:
          'apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_s_gco_white_gpr_4-4',
        files: [{ type: 'default', url: 'https://cdn.acme.example/tee.png' }],
      },
      { row: 4, sku: 'TEE-M-BLK', productUid: '', files: [] },
    ]);
  });

  it('Shopify (legacy headers)', async () => {
    const result = await importMappings(fixture('shopify-products-legacy.csv'), {
      invalidRows: 'include',
    });
    expect(result.header?.platform).toBe('shopify-legacy');
    expect(summary(result.rows)).toEqual([
      {
        row: 2,
        product: 'classic-mug',
        title: 'Classic Mug',
        variant: 'White',
        sku: 'MUG-WHT',
        errors: [],
      },
      {
        row: 3,
        product: 'classic-mug',
        title: 'Classic Mug',
        variant: 'Black',
        sku: 'MUG-BLK',
        errors: [],
      },
      {
        row: 5,
        product: 'a5-notebook',
        title: 'A5 Notebook',
        variant: 'Dotted / Soft',
        sku: 'NB-DOT-SOFT',
        errors: [],
      },
      {
        row: 6,
        product: 'a5-notebook',
        title: 'A5 Notebook',
        variant: 'Lined / Hard',
        sku: undefined,
        errors: ['missing_identifier'],
      },
    ]);
    // Without Product UID columns the rows are a worksheet: every variant unmapped.
    expect(result.mappings.every((m) => m.productUid === '' && m.files.length === 0)).toBe(true);
  });

  it('WooCommerce: variations under their variable parent, simple products, others skipped', async () => {
    const result = await importMappings(fixture('woocommerce-products.csv'), {
      invalidRows: 'include',
    });
    expect(result.header?.platform).toBe('woocommerce');
    expect(result.header?.headers[3]).toBe('GTIN, UPC, EAN, or ISBN');
    expect(summary(result.rows)).toEqual([
      {
        row: 3,
        product: '10',
        title: 'Hoodie',
        variant: 'Red / S',
        sku: 'HOODIE-RED-S',
        errors: [],
      },
      {
        row: 4,
        product: '10',
        title: 'Hoodie',
        variant: 'Blue / M',
        sku: 'HOODIE-BLUE-M',
        errors: [],
      },
      {
        row: 5,
        product: '20',
        title: 'Classic Mug',
        variant: undefined,
        sku: 'MUG-CLASSIC',
        errors: [],
      },
      {
        row: 6,
        product: '21',
        title: 'Design guide (PDF)',
        variant: undefined,
        sku: 'EBOOK-1',
        errors: [],
      },
      { row: 9, product: '50', title: 'Cap', variant: 'Green', sku: 'CAP-GREEN', errors: [] },
    ]);
  });

  it('Etsy: per-variation SKUs paired with value combinations (the multi-line description stays one row)', async () => {
    const result = await importMappings(fixture('etsy-listings.csv'), { invalidRows: 'include' });
    expect(result.header?.platform).toBe('etsy');
    expect(
      summary(result.rows).map(({ row, title, variant, sku, errors }) => [
        row,
        title,
        variant,
        sku,
        errors,
      ]),
    ).toEqual([
      [2, 'Botanical tee', 'S', 'BOT-S', []],
      [2, 'Botanical tee', 'M', 'BOT-M', []],
      [2, 'Botanical tee', 'L', 'BOT-L', []],
      [3, 'Fern art print', 'A4 / Matte', 'FERN-A4-M', []],
      [3, 'Fern art print', 'A4 / Glossy', 'FERN-A4-G', []],
      [3, 'Fern art print', 'A3 / Matte', 'FERN-A3-M', []],
      [3, 'Fern art print', 'A3 / Glossy', 'FERN-A3-G', []],
      [4, 'Fern mug', undefined, 'FERN-MUG', []],
      [5, 'Sticker pack', undefined, 'STICK', []],
      [6, 'Custom portrait', undefined, undefined, ['missing_identifier']],
    ]);
  });

  it('turns an export into a mapping worksheet and reads the filled worksheet back', async () => {
    const exported = await importMappings(fixture('woocommerce-products.csv'));
    const worksheet = toCsvString(
      exported.rows.map((r) => ({
        ...r.values,
        productUid: 'flat_product_pf_a4',
        designFileUrl: `https://cdn.example.com/${r.values.sku}.pdf`,
      })),
      productMappingTemplate,
      {
        columns: [
          'productId',
          'productTitle',
          'variantTitle',
          'sku',
          'productUid',
          'designFileUrl',
        ],
      },
    );
    const filled = await importMappings(worksheet);
    expect(filled.header?.platform).toBeNull();
    expect(filled.errors).toEqual([]);
    expect(filled.mappings.map((m) => m.sku)).toEqual([
      'HOODIE-RED-S',
      'HOODIE-BLUE-M',
      'MUG-CLASSIC',
      'EBOOK-1',
      'CAP-GREEN',
    ]);
  });

  it('writes one error report line per export row, even when it produced several mapping rows', async () => {
    const csv =
      'TITLE,PRICE,CURRENCY_CODE,VARIATION 1 VALUES,SKU,Product UID\nTee,10,USD,"S,M",,BAD UID\n';
    const result = await importMappings(csv, { invalidRows: 'include' });
    expect(result.rows).toHaveLength(1);
    const report = errorReportCsv(result);
    expect(report.trim().split('\r\n')).toHaveLength(2);
  });
});
