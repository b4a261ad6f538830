import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  importMappings,
  type MatchOptions,
  matchHeaders,
  normalizeHeader,
  ordersTemplate,
  parseCsv,
  previewCsv,
  productMappingTemplate,
  type Template,
} from '../src/index.js';

describe('normalizeHeader', () => {
  it('drops case, accents and punctuation and splits camelCase and digits', () => {
    expect(normalizeHeader('  Código do Produto ')).toBe('codigo do produto');
    expect(normalizeHeader('codigo_do_produto')).toBe('codigo do produto');
    expect(normalizeHeader('orderReferenceId')).toBe('order reference id');
    expect(normalizeHeader('Option1 Name')).toBe('option 1 name');
    expect(normalizeHeader('Straße')).toBe('strasse');
    expect(normalizeHeader('E-Mail-Adresse')).toBe('e mail adresse');
    expect(normalizeHeader('Preço (€)')).toBe('preco');
  });
});

describe('detectDelimiter', () => {
  it('counts delimiters in the header line outside quotes only', () => {
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('Título;Preço;"Valor, em €"')).toBe(';');
    expect(detectDelimiter('"a;b;c;d",x,y')).toBe(',');
    expect(detectDelimiter('SKU\tTitle\tPrice')).toBe('\t');
    expect(detectDelimiter('SKU|Title|"Price|EUR"')).toBe('|');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('is used for the whole file even when data rows hold decimal commas', async () => {
    const result = await parseCsv('SKU;Product UID\nA;flat_a4,5\nB;x,y,z\n', {
      template: productMappingTemplate,
      invalidRows: 'include',
    });
    expect(result.format?.delimiter).toBe(';');
    expect(result.rows.map((r) => r.cells)).toEqual([
      ['A', 'flat_a4,5'],
      ['B', 'x,y,z'],
    ]);
  });
});

describe('matchHeaders', () => {
  const byKey = (
    headers: string[],
    template: Template<any> = productMappingTemplate,
    options: MatchOptions = {},
  ) => {
    const match = matchHeaders(headers, template, options);
    return { match, col: (key: string) => match.columns.find((c) => c.key === key)! };
  };

  it('matches exact headers, then synonyms in any language, then fuzzy', () => {
    const { match, col } = byKey(['SKU', 'uid do produto', 'Desing File URL', 'Notes', '']);
    expect(col('sku')).toMatchObject({ index: 0, match: 'exact', confidence: 1 });
    expect(col('productUid')).toMatchObject({ index: 1, match: 'synonym', confidence: 0.95 });
    expect(col('designFileUrl')).toMatchObject({
      index: 2,
      match: 'fuzzy',
      header: 'Desing File URL',
    });
    expect(col('designFileUrl').confidence).toBeGreaterThan(0.7);
    expect(col('designFileUrl').confidence).toBeLessThan(0.95);
    expect(match.unknown).toEqual([{ index: 3, header: 'Notes' }]);
    expect(match.ignored).toEqual([{ index: 4, header: '' }]);
    expect(match.missing).toEqual([]);
    expect(match.columnMap).toEqual({ sku: 0, productUid: 1, designFileUrl: 2 });
  });

  it('finds decorated headers by their words', () => {
    const { col } = byKey(['Product UID (Gelato)', 'Variant SKU']);
    expect(col('productUid')).toMatchObject({ index: 0, match: 'fuzzy' });
    expect(col('sku')).toMatchObject({ index: 1, match: 'synonym' });
  });

  it('never confuses numbered columns', () => {
    const { col, match } = byKey(
      ['Option 4 Name', 'Option 1 Name'],
      ordersTemplate as Template<unknown>,
    );
    expect(col('option1Name').index).toBe(1);
    expect(col('option2Name').index).toBe(-1);
    expect(match.unknown).toEqual([{ index: 0, header: 'Option 4 Name' }]);
  });

  it('gives each header to one column at most', () => {
    const { col, match } = byKey(['SKU', 'SKU', 'Product UID']);
    expect(col('sku').index).toBe(0);
    expect(match.unknown).toEqual([{ index: 1, header: 'SKU' }]);
  });

  it('applies user overrides by index, by header, or to unmap a column', () => {
    const headers = ['Reference', 'Code', 'Product UID', 'Artwork'];
    const auto = byKey(headers);
    expect(auto.col('sku').header).toBe('Reference');
    const { col, match } = byKey(headers, productMappingTemplate, {
      overrides: { sku: 1, designFileUrl: 'Artwork', productTitle: null },
    });
    expect(col('sku')).toMatchObject({ index: 1, match: 'override', confidence: 1 });
    expect(col('designFileUrl')).toMatchObject({ index: 3, match: 'override' });
    expect(match.unknown).toEqual([{ index: 0, header: 'Reference' }]);
    const unmapped = byKey(['SKU', 'Product UID'], productMappingTemplate, {
      overrides: { productUid: null },
    });
    expect(unmapped.match.missing).toEqual(['productUid']);
  });

  it('can turn fuzzy matching off', () => {
    const { col } = byKey(['Desing File URL'], productMappingTemplate, {
      fuzzyThreshold: 1,
    });
    expect(col('designFileUrl').index).toBe(-1);
  });

  it('ignores the Errors column of an error report, in any language', () => {
    const { match } = byKey(['SKU', 'Product UID', 'Fehler']);
    expect(match.ignored).toEqual([{ index: 2, header: 'Fehler' }]);
    expect(match.unknown).toEqual([]);
  });

  it('no synonym is claimed by two columns of one template', () => {
    for (const template of [productMappingTemplate, ordersTemplate] as Template<unknown>[]) {
      const owner = new Map<string, string>();
      for (const column of template.columns) {
        const names = [column.header, column.key, ...Object.values(column.synonyms ?? {}).flat()];
        for (const name of new Set(names.map(normalizeHeader))) {
          expect(owner.get(name) ?? column.key, `${template.id}: "${name}"`).toBe(column.key);
          owner.set(name, column.key);
        }
      }
    }
  });

  it('every column has synonyms in the five other locales', () => {
    for (const template of [productMappingTemplate, ordersTemplate] as Template<unknown>[]) {
      for (const column of template.columns) {
        for (const locale of ['pt-BR', 'es', 'fr', 'it', 'de'] as const) {
          expect(
            column.synonyms?.[locale]?.length,
            `${template.id}.${column.key} ${locale}`,
          ).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('missing columns and overrides in an import', () => {
  it('stops with missing_column errors on the header row, before reading rows', async () => {
    const result = await importMappings('Store,Title\nst_1,Mug\n');
    expect(result.ok).toBe(false);
    expect(result.fatal).toMatchObject({ row: 1, code: 'missing_column', column: 'productUid' });
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'productUid', 'missing_column'],
      [1, 'sku', 'missing_column'],
    ]);
    expect(result.stats.rows).toBe(0);
  });

  it('succeeds once the user maps the columns by hand', async () => {
    const csv = 'Ref,Code,Art\nA-1,flat_a4_x,https://x.example/a.pdf\n';
    const first = await importMappings(csv);
    expect(first.header?.missing).toEqual(['productUid', 'sku']);
    const second = await importMappings(csv, {
      columnMap: { sku: 'Ref', productUid: 1, designFileUrl: 2 },
    });
    expect(second.ok).toBe(true);
    expect(second.mappings).toEqual([
      {
        row: 2,
        sku: 'A-1',
        productUid: 'flat_a4_x',
        files: [{ type: 'default', url: 'https://x.example/a.pdf' }],
      },
    ]);
  });

  it('previews the start of a file with its column matching', async () => {
    const rows = Array.from(
      { length: 100 },
      (_, i) => `S-${i};flat_a4;https://x.example/${i}.pdf`,
    ).join('\n');
    const preview = await previewCsv(`Código SKU;UID do Produto;URL do Arquivo\n${rows}`, {
      template: productMappingTemplate,
      rows: 3,
    });
    expect(preview.headers).toEqual(['Código SKU', 'UID do Produto', 'URL do Arquivo']);
    expect(preview.records).toEqual([
      ['S-0', 'flat_a4', 'https://x.example/0.pdf'],
      ['S-1', 'flat_a4', 'https://x.example/1.pdf'],
      ['S-2', 'flat_a4', 'https://x.example/2.pdf'],
    ]);
    expect(preview.rows).toEqual([2, 3, 4]);
    expect(preview.header?.columnMap).toEqual({ sku: 0, productUid: 1, designFileUrl: 2 });
    expect(preview.format?.delimiter).toBe(';');
  });
});
