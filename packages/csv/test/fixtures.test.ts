import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTemplate, importMappings, importOrders, parseCsv, parsers } from '../src/index.js';
import { chunked, fixture } from './helpers/sources.js';

describe('Excel (pt-BR): Windows-1252, semicolons, decimal commas', () => {
  const bytes = fixture('excel-pt-br-windows-1252.csv');

  it('is a real Windows-1252 file (€ is byte 0x80)', () => {
    expect(bytes.includes(0x80)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('imports mappings through Portuguese headers', async () => {
    const result = await importMappings(bytes);
    expect(result.format).toEqual({
      encoding: 'windows-1252',
      bom: false,
      delimiter: ';',
      newline: '\r\n',
    });
    expect(result.header?.decimalComma).toBe(true);
    const matched = Object.fromEntries(
      result.header!.columns.filter((c) => c.index >= 0).map((c) => [c.key, c.header]),
    );
    expect(matched).toEqual({
      storeId: 'Loja',
      productId: 'ID do Produto',
      variantId: 'ID da Variante',
      productTitle: 'Título do Produto',
      variantTitle: 'Variante',
      sku: 'Código SKU',
      productUid: 'UID do Produto',
      designFileUrl: 'URL do Arquivo',
      backFileUrl: 'URL Verso',
    });
    expect(result.header?.unknown).toEqual([{ index: 9, header: 'Preço (€)' }]);
    expect(result.errors).toEqual([]);
    expect(result.stats).toMatchObject({ rows: 4, validRows: 4, blankRows: 1 });
    expect(result.rows.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    expect(result.rows[2]!.values.productTitle).toBe('Camiseta "Verão"; algodão');
    expect(result.rows[0]!.values.designFileUrl).toBe(
      'https://cdn.exemplo.com.br/arte/caneca-coração.png',
    );
    expect(result.mappings[2]).toEqual({
      row: 4,
      sku: 'CAM-G-AZ',
      productUid:
        'apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_l_gco_navy_gpr_4-4',
      files: [
        { type: 'default', url: 'https://cdn.exemplo.com.br/arte/camiseta-frente.png' },
        { type: 'back', url: 'https://cdn.exemplo.com.br/arte/camiseta-verso.png' },
      ],
    });
    // A blank Product UID changes nothing.
    expect(result.mappings[3]).toEqual({ row: 6, sku: 'CV-001', productUid: '', files: [] });
  });

  it('reads decimal commas in number columns of a custom template', async () => {
    const priceList = defineTemplate({
      id: 'priceList',
      schema: z.object({ sku: z.string(), price: z.number() }),
      columns: [
        {
          key: 'sku',
          header: 'SKU',
          synonyms: { 'pt-BR': ['Código SKU'] },
          required: true,
          parser: parsers.text(),
        },
        {
          key: 'price',
          header: 'Price',
          synonyms: { 'pt-BR': ['Preço'] },
          required: true,
          parser: parsers.number({ min: 0 }),
        },
      ],
    });
    const result = await parseCsv(chunked(bytes, 7), { template: priceList });
    expect(result.rows.map((r) => r.values)).toEqual([
      { sku: 'CAN-001', price: 12.5 },
      { sku: 'POS-A3', price: 1234.9 },
      { sku: 'CAM-G-AZ', price: 79.9 },
      { sku: 'CV-001', price: 0.99 },
    ]);
    expect(result.header?.columns[1]).toMatchObject({ header: 'Preço (€)', match: 'synonym' });
  });
});

describe('UTF-8 with BOM, CRLF and quoted multi-line cells', () => {
  it('keeps quotes, commas and line breaks inside cells, and counts spreadsheet rows', async () => {
    const result = await importMappings(fixture('utf8-bom-crlf-multiline.csv'));
    expect(result.format).toMatchObject({
      encoding: 'utf-8',
      bom: true,
      delimiter: ',',
      newline: '\r\n',
    });
    expect(result.header?.headers[0]).toBe('Product ID');
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.values.productTitle, r.values.variantTitle])).toEqual([
      [2, 'Poster "Sunrise", framed', '50 x 70 cm, oak'],
      [3, 'Notebook\nwith two lines', 'A5, dotted'],
      [4, 'Café mug — 11 oz', 'Ünicode ✓ 日本'],
    ]);
    expect(result.mappings.map((m) => m.variantId)).toEqual(['var_001', 'var_002', 'var_003']);
  });

  it('gives the same rows when the file arrives one byte at a time', async () => {
    const bytes = fixture('utf8-bom-crlf-multiline.csv');
    const whole = await importMappings(bytes);
    const trickled = await importMappings(chunked(bytes, 1), { chunkSize: 16 });
    expect(trickled.rows).toEqual(whole.rows);
    expect(trickled.format).toEqual(whole.format);
  });
});

describe('headers in Spanish, French, Italian and German', () => {
  const cases = [
    [
      'mapping-es.csv',
      ',',
      'utf-8',
      {
        storeId: 'ID de la tienda',
        productId: 'ID del producto',
        productTitle: 'Título del producto',
        variantTitle: 'Variante',
        sku: 'Referencia',
        productUid: 'UID del producto',
        designFileUrl: 'URL del archivo de diseño',
        backFileUrl: 'URL Trasera',
      },
    ],
    [
      'mapping-fr.csv',
      ';',
      'utf-8',
      {
        storeId: 'Boutique',
        productTitle: 'Titre du produit',
        variantTitle: 'Déclinaison',
        sku: 'Référence',
        productUid: 'UID du produit',
        designFileUrl: 'URL du fichier',
        backFileUrl: 'URL Verso',
      },
    ],
    [
      'mapping-it.csv',
      '\t',
      'utf-8',
      {
        storeId: 'Negozio',
        productTitle: 'Titolo prodotto',
        variantTitle: 'Variante',
        sku: 'Codice articolo',
        productUid: 'UID prodotto',
        designFileUrl: 'URL del file',
        frontFileUrl: 'URL Fronte',
      },
    ],
    [
      'mapping-de.csv',
      ';',
      'windows-1252',
      {
        storeId: 'Shop',
        productTitle: 'Produktname',
        variantTitle: 'Variante',
        sku: 'Artikelnummer',
        productUid: 'Produkt-UID',
        designFileUrl: 'Druckdatei-URL',
        backFileUrl: 'Rückseite-URL',
      },
    ],
  ] as const;

  for (const [name, delimiter, encoding, expected] of cases) {
    it(`${name}: every column found by synonym, every row valid`, async () => {
      const result = await importMappings(fixture(name));
      expect(result.format).toMatchObject({ delimiter, encoding });
      const matched = Object.fromEntries(
        result.header!.columns.filter((c) => c.index >= 0).map((c) => [c.key, c.header]),
      );
      expect(matched).toEqual(expected);
      expect(
        result.header!.columns.filter((c) => c.index >= 0).every((c) => c.match === 'synonym'),
      ).toBe(true);
      expect(result.header?.unknown).toEqual([]);
      expect(result.errors).toEqual([]);
      expect(result.mappings).toHaveLength(2);
    });
  }

  it('decodes German text from Windows-1252', async () => {
    const result = await importMappings(fixture('mapping-de.csv'));
    expect(result.rows.map((r) => r.values.productTitle)).toEqual([
      'Grußkarte Fröhlich',
      'Tasse „Kaffeepause“',
    ]);
  });

  it('reads Italian files with a front file only', async () => {
    const result = await importMappings(fixture('mapping-it.csv'));
    expect(result.mappings[1]!.files).toEqual([
      { type: 'front', url: 'https://cdn.esempio.it/maglietta-fronte.png' },
    ]);
  });
});

describe('orders', () => {
  it('groups the lines of several multi-item orders', async () => {
    const result = await importOrders(fixture('orders.csv'));
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.orders.map((o) => [o.orderReferenceId, o.items.length])).toEqual([
      ['ORD-1001', 2],
      ['ORD-1002', 2],
      ['ORD-1003', 3],
    ]);
    const [a, b, c] = result.orders;
    expect(a!.shippingAddress).toEqual({
      firstName: 'Ana',
      lastName: 'Silva',
      addressLine1: 'Rua Augusta 12',
      addressLine2: '3º Esq.',
      city: 'Lisboa',
      postCode: '1100-053',
      country: 'PT',
      email: 'ana@example.pt',
      phone: '+351 912 345 678',
    });
    expect(a!.items[1]).toEqual({
      itemReferenceId: '1001-B',
      productName: 'Premium business cards',
      productVariant: { Size: 'Standard', Paper: 'Premium Matte' },
      quantity: 500,
      files: [{ type: 'default', url: 'https://cdn.example.com/1001/cards.pdf' }],
    });
    expect(b).toMatchObject({ currency: 'USD', shipmentMethodUid: 'normal' });
    expect(b!.shippingAddress).toMatchObject({
      companyName: 'Neil & Sons, LLC',
      state: 'CA',
      lastName: "O'Neil",
    });
    expect(b!.items.map((i) => i.files.map((f) => f.type))).toEqual([['front', 'back'], []]);
    expect(b!.items[1]).toEqual({
      itemReferenceId: '1002-B',
      variantId: 'var_7781',
      quantity: 3,
      files: [],
    });
    expect(c).toMatchObject({ orderType: 'draft', currency: 'GBP' });
    expect(c!.items.map((i) => i.itemReferenceId)).toEqual(['1003-A', 'ORD-1003-2', 'ORD-1003-3']);
  });

  it('reads Portuguese order headers, country names and apostrophe-quoted phone numbers', async () => {
    const result = await importOrders(fixture('orders-pt-br.csv'));
    expect(result.errors).toEqual([]);
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]).toMatchObject({
      orderReferenceId: 'PED-100',
      currency: 'BRL',
      shippingAddress: {
        firstName: 'Joana',
        addressLine1: 'Rua das Flores, 123',
        city: 'São Paulo',
        state: 'SP',
        country: 'BR',
        phone: '+55 11 91234-5678',
      },
    });
    expect(result.orders[0]!.items.map((i) => i.quantity)).toEqual([2, 1]);
  });
});
