import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type Delimiter,
  defineTemplate,
  errorCodes,
  escapeFormula,
  type ImportResult,
  ordersTemplate,
  parseCsv,
  parsers,
  productMappingTemplate,
  type Template,
  toCsvString,
  unescapeFormula,
} from '../src/index.js';
import { chunked, utf8 } from './helpers/sources.js';

// Cells are kept verbatim (no trimming) so any string can come back unchanged.
const verbatim = defineTemplate({
  id: 'verbatim',
  schema: z.object({
    a: z.string().optional(),
    b: z.string().optional(),
    c: z.string().optional(),
    n: z.number().optional(),
  }),
  columns: [
    { key: 'a', header: 'Alpha', trim: false, parser: parsers.text() },
    { key: 'b', header: 'Beta', trim: false, parser: parsers.text() },
    { key: 'c', header: 'Gamma', trim: false, parser: parsers.text() },
    { key: 'n', header: 'Number', parser: parsers.number() },
  ],
});

/** Characters that stress a CSV writer and reader, mixed with any Unicode code point. */
const unit = fc.oneof(
  fc.constantFrom(
    '"',
    ',',
    ';',
    '\t',
    '|',
    '\n',
    '\r',
    '\r\n',
    ' ',
    "'",
    '=',
    '-',
    '+',
    '@',
    '\uFEFF',
    'é',
    '€',
    '日',
    '😀',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const cell = fc.string({ unit, maxLength: 12 });
const row = fc.record(
  { a: cell, b: cell, c: cell, n: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { requiredKeys: ['a', 'b', 'c'] },
);
const delimiter = fc.constantFrom<Delimiter>(',', ';', '\t', '|');

/** What an import gives back: blank cells absent, all-blank lines skipped, -0 read as 0. */
function expected(rows: { a: string; b: string; c: string; n?: number }[]) {
  return rows
    .filter((r) => r.n !== undefined || [r.a, r.b, r.c].some((v) => escapeFormula(v).trim() !== ''))
    .map((r) => {
      const out: Record<string, unknown> = {};
      for (const key of ['a', 'b', 'c'] as const) if (r[key] !== '') out[key] = r[key];
      if (r.n !== undefined) out.n = Object.is(r.n, -0) ? 0 : r.n;
      return out;
    });
}

describe('round trip: toCsv → import gives the same rows', () => {
  it('for any strings, every delimiter, with or without BOM, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 15 }),
        delimiter,
        fc.boolean(),
        fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
        fc.integer({ min: 1, max: 64 }),
        async (rows, d, bom, newline, chunk) => {
          const text = toCsvString(rows, verbatim, { delimiter: d, bom, newline });
          const result = await parseCsv(chunked(utf8(text), chunk), {
            template: verbatim,
            chunkSize: 97,
          });
          expect(result.errors).toEqual([]);
          expect(result.format).toMatchObject({ delimiter: d, bom, encoding: 'utf-8' });
          expect(result.rows.map((r) => r.values)).toEqual(expected(rows));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for mapping rows through the product mapping template', async () => {
    const uid = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{2,30}$/);
    // Mapping columns trim their cells, so generated values carry no outer spaces.
    const text = fc.string({ unit, minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s);
    const mapping = fc.record(
      {
        sku: text,
        productTitle: text,
        productUid: uid,
        designFileUrl: fc.webUrl({ validSchemes: ['https'] }),
      },
      { requiredKeys: ['sku', 'productUid', 'designFileUrl'] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(mapping, { minLength: 1, maxLength: 10 }),
        delimiter,
        fc.boolean(),
        async (rows, d, bom) => {
          const csv = toCsvString(rows, productMappingTemplate, { delimiter: d, bom });
          const result = await parseCsv(csv, { template: productMappingTemplate });
          expect(result.errors).toEqual([]);
          expect(result.rows.map((r) => r.values)).toEqual(rows);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('formula escaping is reversible for every string', () => {
    fc.assert(fc.property(fc.string({ unit }), (s) => unescapeFormula(escapeFormula(s)) === s));
  });
});

/** Invariants every import result keeps, whatever the input. */
function checkResult(result: ImportResult<unknown>) {
  const codes = new Set<string>(errorCodes);
  for (const error of result.errors) {
    expect(Number.isInteger(error.row) && error.row >= 0).toBe(true);
    expect(typeof error.column).toBe('string');
    expect(typeof error.value).toBe('string');
    expect(codes.has(error.code), error.code).toBe(true);
  }
  expect(result.stats.rows).toBe(result.stats.validRows + result.stats.invalidRows);
  for (const row of [...result.rows, ...result.rejected]) {
    for (const error of row.errors) expect(error.row).toBe(row.row);
  }
  expect(result.rejected.every((r) => r.errors.length > 0)).toBe(true);
  if (result.fatal) expect(result.ok).toBe(false);
}

describe('malformed input never throws; problems come back as errors', () => {
  const templates = [productMappingTemplate, ordersTemplate] as Template<unknown>[];
  const headers = [
    'SKU,Product UID,Design File URL,Back File URL\n',
    'Order ID;Currency;First Name;Last Name;Address;City;ZIP;Country;Email;Product UID;Quantity\r\n',
    '',
  ];

  it('for arbitrary bytes after a real or missing header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...headers),
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom(...templates),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom('block', 'skip', 'include' as const),
        async (header, body, template, chunk, invalidRows) => {
          const bytes = new Uint8Array([...utf8(header), ...body]);
          const result = await parseCsv(chunked(bytes, chunk), {
            template,
            invalidRows,
            chunkSize: 64,
          });
          checkResult(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for arbitrary text full of quotes, delimiters and line breaks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...headers),
        fc.string({ unit, maxLength: 300 }),
        fc.constantFrom(...templates),
        async (header, body, template) => {
          const result = await parseCsv(header + body, {
            template,
            invalidRows: 'include',
            maxRowLength: 200,
          });
          checkResult(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('chunking never changes the outcome', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit, maxLength: 200 }),
        fc.integer({ min: 1, max: 16 }),
        async (body, chunk) => {
          const text = `SKU,Product UID,Design File URL\n${body}`;
          const whole = await parseCsv(text, {
            template: productMappingTemplate,
            invalidRows: 'include',
          });
          const pieces = await parseCsv(chunked(utf8(text), chunk), {
            template: productMappingTemplate,
            invalidRows: 'include',
            chunkSize: 8,
          });
          expect(pieces.rows).toEqual(whole.rows);
          expect(pieces.errors).toEqual(whole.errors);
        },
      ),
      { numRuns: 200 },
    );
  });
});
