import { describe, expect, it } from 'vitest';
import {
  type ImportEvent,
  importCsv,
  importMappings,
  type ProductMappingValues,
  type Progress,
  parseCsv,
  productMappingTemplate,
  readCsv,
  toBulkMappingRow,
} from '../src/index.js';
import { chunked, readableStream, utf8 } from './helpers/sources.js';

const mappingRows = (n: number, delimiter = ',') => {
  let text = `${['SKU', 'Product UID', 'Design File URL'].join(delimiter)}\n`;
  for (let i = 0; i < n; i++)
    text += `${[`SKU-${i}`, 'flat_product_pf_a4', `https://cdn.example.com/${i}.pdf`].join(delimiter)}\n`;
  return text;
};

describe('sources', () => {
  const text = mappingRows(50);
  const bytes = utf8(text);

  it('reads a string, bytes, a Blob, a ReadableStream and an async iterable alike', async () => {
    const sources = [
      text,
      bytes,
      bytes.buffer,
      new Blob([bytes]),
      readableStream(bytes, 100),
      chunked(bytes, 33),
      [bytes.slice(0, 10), bytes.slice(10)],
    ];
    for (const source of sources) {
      const result = await importMappings(source);
      expect(result.mappings).toHaveLength(50);
      expect(result.mappings[49]!.sku).toBe('SKU-49');
    }
  });

  it('accepts a Node readable stream (an async iterable of Buffers)', async () => {
    const { Readable } = await import('node:stream');
    const result = await importMappings(
      Readable.from([Buffer.from(bytes.slice(0, 77)), Buffer.from(bytes.slice(77))]),
    );
    expect(result.mappings).toHaveLength(50);
  });

  it('rejects unsupported sources and chunks with a TypeError', async () => {
    await expect(importMappings(42 as never)).rejects.toThrow(TypeError);
    await expect(importMappings([{}] as never)).rejects.toThrow(TypeError);
  });
});

describe('streaming', () => {
  it('yields header, row batches with progress, and a summary, keeping memory per batch', async () => {
    const text = mappingRows(2000);
    const events: ImportEvent<ProductMappingValues>[] = [];
    for await (const event of importCsv(utf8(text), {
      template: productMappingTemplate,
      chunkSize: 4096,
    })) {
      events.push(event);
    }
    expect(events[0]!.type).toBe('header');
    expect(events.at(-1)!.type).toBe('done');
    const batches = events.filter((e) => e.type === 'rows');
    expect(batches.length).toBeGreaterThan(10);
    const progress = batches.map((b) => b.progress);
    expect(progress.at(-1)).toEqual({ bytes: text.length, totalBytes: text.length, rows: 2000 });
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.bytes).toBeGreaterThanOrEqual(progress[i - 1]!.bytes);
      expect(progress[i]!.rows).toBeGreaterThanOrEqual(progress[i - 1]!.rows);
    }
    expect(batches.flatMap((b) => b.rows.map((r) => r.row))).toEqual(
      Array.from({ length: 2000 }, (_, i) => i + 2),
    );
  });

  it('reports progress and every row through callbacks without collecting', async () => {
    const seen: number[] = [];
    const progress: Progress[] = [];
    const result = await parseCsv(mappingRows(300), {
      template: productMappingTemplate,
      collect: false,
      chunkSize: 1000,
      onRow: (row) => seen.push(row.row),
      onProgress: (p) => progress.push(p),
    });
    expect(result.rows).toEqual([]);
    expect(result.stats.rows).toBe(300);
    expect(seen).toHaveLength(300);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)!.rows).toBe(300);
  });

  it('reports unknown total size for streams and counts bytes as they arrive', async () => {
    const bytes = utf8(mappingRows(10));
    const result = await parseCsv(chunked(bytes, 5), { template: productMappingTemplate });
    expect(result.stats).toMatchObject({ bytes: bytes.length, totalBytes: null });
  });

  it('can stop early: leaving the loop closes the source', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++)
          yield utf8(i === 0 ? 'SKU,Product UID\n' : `S-${i},flat_a4\n`.repeat(100));
      } finally {
        closed = true;
      }
    }
    let rows = 0;
    for await (const event of importCsv(source(), {
      template: productMappingTemplate,
      chunkSize: 1024,
      maxRows: Infinity,
    })) {
      if (event.type === 'rows') rows += event.rows.length + event.rejected.length;
      if (rows > 500) break;
    }
    expect(closed).toBe(true);
  });
});

describe('abort', () => {
  it('rejects with the signal reason and stops reading the source', async () => {
    const controller = new AbortController();
    let pulled = 0;
    async function* endless() {
      yield utf8('SKU,Product UID\n');
      for (;;) {
        pulled++;
        yield utf8('S-1,flat_a4\n'.repeat(1000));
      }
    }
    const promise = parseCsv(endless(), {
      template: productMappingTemplate,
      maxRows: Infinity,
      chunkSize: 16 * 1024,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rows > 5000) controller.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(pulled).toBeLessThan(20);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const reason = new Error('user left');
    await expect(
      parseCsv('SKU\nA\n', { template: productMappingTemplate, signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
  });

  it('cancels a pending ReadableStream read', async () => {
    const controller = new AbortController();
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(utf8('SKU,Product UID\nA,flat_a4\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const promise = parseCsv(stream, {
      template: productMappingTemplate,
      signal: controller.signal,
      onHeader: () => setTimeout(() => controller.abort(), 5),
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled).toBe(true);
  });
});

describe('limits', () => {
  it('stops after maxRows with too_many_rows on the first row past the limit', async () => {
    const result = await importMappings(mappingRows(20), { maxRows: 10 });
    expect(result.ok).toBe(false);
    expect(result.fatal).toMatchObject({ code: 'too_many_rows', row: 12 });
    expect(result.rows).toHaveLength(10);
    expect(result.errors.at(-1)!.code).toBe('too_many_rows');
  });

  it('defaults maxRows to the template limit (100,000 mapping rows, as the API)', () => {
    expect(productMappingTemplate.maxRows).toBe(100_000);
  });

  it('rejects a Blob larger than maxBytes before reading it', async () => {
    const blob = new Blob([mappingRows(100)]);
    const result = await importMappings(blob, { maxBytes: 1000 });
    expect(result.fatal).toMatchObject({ code: 'file_too_large', row: 0 });
    expect(result.header).toBeNull();
  });

  it('stops a stream once it passes maxBytes', async () => {
    const result = await importMappings(chunked(utf8(mappingRows(500)), 256), {
      maxBytes: 4000,
      chunkSize: 512,
    });
    expect(result.fatal?.code).toBe('file_too_large');
    expect(result.stats.bytes).toBeLessThanOrEqual(4000 + 256);
  });

  it('guards against an unclosed quote swallowing the file (row_too_large)', async () => {
    const text = `SKU,Product UID\nA,flat_a4\n"B,flat_a4\n${'C,flat_a4\n'.repeat(5000)}`;
    const result = await importMappings(chunked(utf8(text), 1024), {
      maxRowLength: 10_000,
      chunkSize: 2048,
    });
    expect(result.fatal).toMatchObject({ code: 'row_too_large', row: 3 });
    expect(result.stats.rows).toBe(1);
  });

  it('reports an empty file', async () => {
    for (const text of ['', '\r\n\n', ';;;\n']) {
      const result = await importMappings(text);
      expect(result.fatal).toMatchObject({ code: 'empty_file', row: 0 });
      expect(result.errors).toEqual([result.fatal]);
    }
  });
});

describe('rows and errors', () => {
  const csv = [
    '',
    'SKU,Product UID,Design File URL,Back File URL',
    'A,flat_a4,https://x.example/a.pdf,',
    'B,Flat A4,ftp://x.example/b.pdf,https://x.example/b.pdf',
    ',flat_a4,https://x.example/c.pdf,',
    ',,,',
    'D,flat_a4,,',
    'E,flat_a4,https://x.example/e.pdf,,surplus',
    'G,ignore,,',
    '"F,flat_a4,https://x.example/f.pdf',
  ].join('\n');

  it('numbers rows as a spreadsheet does and reports every problem by row and column', async () => {
    const result = await importMappings(csv, { invalidRows: 'include' });
    expect(result.header?.row).toBe(2);
    expect(result.errors.map((e) => [e.row, e.column, e.code, e.value])).toEqual([
      [4, 'productUid', 'invalid_product_uid', 'Flat A4'],
      [4, 'designFileUrl', 'invalid_url', 'ftp://x.example/b.pdf'],
      [5, 'sku', 'missing_identifier', ''],
      [8, '', 'too_many_fields', ''],
      [10, '', 'missing_quotes', ''],
    ]);
    // The blank line before the header is not a data row; the `,,,` line is. A Product UID
    // without a file (row 7) keeps the variant's current files: valid here, judged by the server.
    expect(result.stats).toMatchObject({ rows: 7, validRows: 3, invalidRows: 4, blankRows: 1 });
    // `IGNORE` is an instruction, in any case.
    expect(result.rows.find((r) => r.row === 9)?.values.productUid).toBe('IGNORE');
  });

  it('applies the invalid-row policy', async () => {
    const block = await importMappings(csv);
    expect(block.ok).toBe(false);
    expect(block.rows.map((r) => r.row)).toEqual([3, 7, 9]);
    expect(block.rejected.map((r) => r.row)).toEqual([4, 5, 8, 10]);
    const skip = await importMappings(csv, { invalidRows: 'skip' });
    expect(skip.ok).toBe(true);
    expect(skip.mappings.map((m) => [m.sku, m.productUid])).toEqual([
      ['A', 'flat_a4'],
      ['D', 'flat_a4'],
      ['G', 'IGNORE'],
    ]);
    const include = await importMappings(csv, { invalidRows: 'include' });
    expect(include.ok).toBe(true);
    expect(include.rows).toHaveLength(7);
    expect(include.mappings).toHaveLength(3);
  });

  it('carries only the first rows when asked, still counting every one', async () => {
    const events: ImportEvent<ProductMappingValues>[] = [];
    for await (const event of importCsv(csv, {
      template: productMappingTemplate,
      invalidRows: 'skip',
      keepRows: 2,
    })) {
      events.push(event);
    }
    const batches = events.flatMap((e) => (e.type === 'rows' ? [e] : []));
    expect(batches.flatMap((b) => b.rows.map((r) => r.row))).toEqual([3, 7]);
    // Rows with problems all come, for the error report.
    expect(batches.flatMap((b) => b.rejected.map((r) => r.row))).toEqual([4, 5, 8, 10]);
    const done = events.at(-1);
    expect(done?.type === 'done' && done.summary.stats).toMatchObject({
      rows: 7,
      validRows: 3,
      invalidRows: 4,
    });
  });

  it('leaves out the cells of valid rows when asked, keeping those of rows with problems', async () => {
    const rows: { row: number; cells: string[] }[] = [];
    for await (const event of importCsv(csv, {
      template: productMappingTemplate,
      invalidRows: 'skip',
      cells: false,
    })) {
      if (event.type !== 'rows') continue;
      for (const r of event.rows) rows.push(r);
      for (const r of event.rejected) rows.push(r);
    }
    expect(rows.find((r) => r.row === 3)?.cells).toEqual([]);
    expect(rows.find((r) => r.row === 4)?.cells).toEqual([
      'B',
      'Flat A4',
      'ftp://x.example/b.pdf',
      'https://x.example/b.pdf',
    ]);
    const valid = await importMappings(csv, { invalidRows: 'skip', cells: false });
    expect(valid.mappings.map((m) => m.sku)).toEqual(['A', 'D', 'G']);
  });

  it('serialises valid rows as the API mapping rows when asked', async () => {
    const texts: string[] = [];
    let rows = 0;
    for await (const event of importCsv(csv, {
      template: productMappingTemplate,
      invalidRows: 'skip',
      serialize: 'bulkMappingRow',
    })) {
      if (event.type !== 'rows') continue;
      rows += event.rows.length;
      texts.push(...(event.json ?? []));
    }
    expect(rows).toBe(0);
    const plain = await importMappings(csv, { invalidRows: 'skip' });
    expect(texts.map((t) => JSON.parse(t))).toEqual(
      plain.rows.map((r) => toBulkMappingRow(r.values, r.row)),
    );
    expect(JSON.parse(texts[0]!)).toEqual({
      row: 3,
      sku: 'A',
      productUid: 'flat_a4',
      files: [{ type: 'default', url: 'https://x.example/a.pdf' }],
    });
  });

  it('builds whole request bodies of the API mapping rows, past the rows already sent', async () => {
    const bodies = async (rows: number, skip: number) => {
      const out: unknown[] = [];
      let count = 0;
      for await (const event of importCsv(csv, {
        template: productMappingTemplate,
        invalidRows: 'skip',
        serialize: 'bulkMappingRow',
        bodies: { rows, skip },
      })) {
        if (event.type !== 'rows') continue;
        expect(event.json).toBeUndefined();
        count += event.count ?? 0;
        for (const body of event.bodies ?? []) out.push(JSON.parse(new TextDecoder().decode(body)));
      }
      return { count, out };
    };
    const plain = await importMappings(csv, { invalidRows: 'skip' });
    const api = plain.rows.map((r) => toBulkMappingRow(r.values, r.row));
    expect(api).toHaveLength(3);
    // Two rows a body, the last one shorter.
    expect(await bodies(2, 0)).toEqual({
      count: 3,
      out: [{ rows: api.slice(0, 2) }, { rows: api.slice(2) }],
    });
    // The first row is on the server already: counted, in no body.
    expect(await bodies(2, 1)).toEqual({ count: 3, out: [{ rows: api.slice(1) }] });
  });

  it('passes the valid rows of the template schema', async () => {
    const result = await importMappings(csv, { invalidRows: 'skip' });
    for (const row of result.rows)
      expect(productMappingTemplate.schema.parse(row.values)).toEqual(row.values);
  });

  it('limits the errors kept but counts them all', async () => {
    const bad = `SKU,Product UID\n${'A,BAD\n'.repeat(50)}`;
    const result = await importMappings(bad, { maxErrors: 5 });
    expect(result.errors).toHaveLength(5);
    expect(result.errorCount).toBe(50);
  });

  it('cuts long cell values in error records', async () => {
    const result = await importMappings(`SKU,Product UID\nA,${'x'.repeat(2000)}\n`);
    expect(result.errors[0]!.value).toHaveLength(500);
  });

  it('reads the decimal separator as configured', async () => {
    const { defineTemplate, parsers } = await import('../src/index.js');
    const { z } = await import('zod');
    const template = defineTemplate({
      id: 'prices',
      schema: z.object({ price: z.number() }),
      columns: [{ key: 'price', header: 'Price', parser: parsers.number() }],
    });
    const values = async (text: string, decimalSeparator?: '.' | ',') =>
      (await parseCsv(text, { template, decimalSeparator })).rows.map((r) => r.values.price);
    expect(await values('Price;Other\n12,50;x\n1.234,56;x\n-3;x\n')).toEqual([12.5, 1234.56, -3]);
    expect(await values('Price,Other\n12.50,x\n"1,234.56",x\n1e3,x\n')).toEqual([
      12.5, 1234.56, 1000,
    ]);
    expect(await values('Price\n"12,5"\n', ',')).toEqual([12.5]);
    const bad = await parseCsv('Price\nabc\n"1,2,3"\n', { template, invalidRows: 'include' });
    expect(bad.errors.map((e) => e.code)).toEqual(['invalid_number', 'invalid_number']);
  });
});

describe('readCsv', () => {
  it('streams raw records with their row numbers', async () => {
    const events = [];
    for await (const event of readCsv('a;b\n1;2\n\n3;"4\n5"\n')) events.push(event);
    expect(events).toEqual([
      {
        type: 'header',
        headers: ['a', 'b'],
        row: 1,
        format: { encoding: null, bom: false, delimiter: ';', newline: '\n' },
        progress: { bytes: 17, totalBytes: 17, rows: 0 },
      },
      {
        type: 'records',
        records: [
          ['1', '2'],
          ['3', '4\n5'],
        ],
        rows: [2, 4],
        issues: [],
        progress: { bytes: 17, totalBytes: 17, rows: 2 },
      },
      expect.objectContaining({ type: 'end', fatal: null, blankRows: 1 }),
    ]);
  });
});
