import { describe, expect, it } from 'vitest';
import {
  ErrorReportWriter,
  errorReportCsv,
  importCsv,
  importMappings,
  importOrders,
  productMappingTemplate,
  readCsv,
} from '../src/index.js';
import { fixture } from './helpers/sources.js';

/** Reads a report back as header + records (it is CSV like any other). */
async function records(report: string) {
  const out: string[][] = [];
  let headers: string[] = [];
  for await (const event of readCsv(report)) {
    if (event.type === 'header') headers = event.headers;
    if (event.type === 'records') out.push(...event.records);
  }
  return { headers, out };
}

/** Fixes a report the way a user would in a spreadsheet: edit cells of one column. */
async function fix(report: string, column: string, edit: (value: string, row: string[]) => string) {
  const { headers, out } = await records(report);
  const at = headers.indexOf(column);
  const quote = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [headers, ...out.map((row) => row.map((v, i) => (i === at ? edit(v, row) : v)))];
  return lines.map((row) => row.map(quote).join(';')).join('\r\n');
}

describe('error report', () => {
  const file = [
    'Código SKU;UID do Produto;URL do Arquivo;Observação',
    'A-1;flat_a4;https://x.example/a.pdf;ok',
    'B-2;Flat A4;https://x.example/b.pdf;"uid errado; corrigir"',
    'C-3;flat_a5;x.example/c.pdf;=1+2',
    'D-4;flat_a6;https://x.example/d.pdf;',
  ].join('\r\n');

  it('holds the original columns plus Errors, for failing rows only', async () => {
    const result = await importMappings(file);
    expect(result.ok).toBe(false);
    const report = errorReportCsv(result);
    expect(report.startsWith('\uFEFF')).toBe(true);
    expect(report.split('\r\n')).toEqual([
      '\uFEFFCódigo SKU;UID do Produto;URL do Arquivo;Observação;Errors',
      'B-2;Flat A4;https://x.example/b.pdf;"uid errado; corrigir";UID do Produto: invalid_product_uid',
      "C-3;flat_a5;x.example/c.pdf;'=1+2;URL do Arquivo: invalid_url",
      '',
    ]);
  });

  it('round-trips: the fixed report imports cleanly', async () => {
    const result = await importMappings(file);
    const report = errorReportCsv(result);
    const fixed = await fix(report, 'UID do Produto', (v) => v.toLowerCase().replace(' ', '_'));
    const fixedAgain = await fix(fixed, 'URL do Arquivo', (v) =>
      v.startsWith('http') ? v : `https://${v}`,
    );
    const again = await importMappings(fixedAgain);
    expect(again.ok).toBe(true);
    expect(again.errors).toEqual([]);
    expect(again.header?.ignored.map((c) => c.header)).toEqual(['Errors']);
    expect(again.mappings.map((m) => [m.sku, m.productUid, m.files[0]!.url])).toEqual([
      ['B-2', 'flat_a4', 'https://x.example/b.pdf'],
      ['C-3', 'flat_a5', 'https://x.example/c.pdf'],
    ]);
  });

  it('re-imports an unfixed report with the same errors', async () => {
    const report = errorReportCsv(await importMappings(file));
    const again = await importMappings(report);
    expect(again.errors.map((e) => [e.column, e.code])).toEqual([
      ['productUid', 'invalid_product_uid'],
      ['designFileUrl', 'invalid_url'],
    ]);
    // The formula-protected cell comes back as the user typed it.
    expect(again.rejected[1]!.cells[3]).toBe("'=1+2");
  });

  it('translates errors and localises its column through options', async () => {
    const report = errorReportCsv(await importMappings(file), {
      delimiter: ',',
      bom: false,
      errorsHeader: 'Erros',
      formatError: (error, header) =>
        `${header ?? 'Linha'} — ${error.code === 'invalid_url' ? 'URL inválida' : error.code}`,
    });
    const { headers, out } = await records(report);
    expect(headers.at(-1)).toBe('Erros');
    expect(out[1]!.at(-1)).toBe('URL do Arquivo — URL inválida');
  });

  it('keeps cells past the header of a too_many_fields row', async () => {
    const result = await importMappings('SKU,Product UID\nA,flat_a4,oops\n');
    const { out } = await records(errorReportCsv(result));
    expect(out).toEqual([['A', 'flat_a4', 'too_many_fields', 'oops']]);
  });

  it('can be written while streaming, row batch by row batch', async () => {
    let report = '';
    let writer: ErrorReportWriter | null = null;
    for await (const event of importCsv(file, {
      template: productMappingTemplate,
      invalidRows: 'skip',
    })) {
      if (event.type === 'header') {
        writer = new ErrorReportWriter(event.header);
        report += writer.start;
      }
      if (event.type === 'rows') for (const row of event.rejected) report += writer!.write(row);
    }
    expect(report).toBe(errorReportCsv(await importMappings(file)));
  });

  it('is empty when the file had no header', async () => {
    expect(errorReportCsv(await importMappings(''))).toBe('');
  });
});

describe('error report safety and shape', () => {
  it('escapes formulas in cells past the header too, so the report cannot run them', async () => {
    const result = await importMappings(
      'SKU,Product UID\nA,flat_a4,"=HYPERLINK(""https://evil.example"",""open"")",@SUM(A1),-2+3\n',
    );
    const report = errorReportCsv(result, { bom: false });
    expect(report.split('\r\n')[1]).toBe(
      `A,flat_a4,too_many_fields,"'=HYPERLINK(""https://evil.example"",""open"")",'@SUM(A1),'-2+3`,
    );
    const { out } = await records(report);
    expect(out[0]!.slice(3)).toEqual([
      '\'=HYPERLINK("https://evil.example","open")',
      "'@SUM(A1)",
      "'-2+3",
    ]);
  });

  it('writes cells as they were when formula escaping is switched off', async () => {
    const result = await importMappings(
      'SKU,Product UID,File URL\nA,flat_a4,x.example/a.pdf,=1+2\n',
    );
    const report = errorReportCsv(result, { escapeFormulas: false, bom: false });
    expect(report.split('\r\n')[1]).toBe(
      'A,flat_a4,x.example/a.pdf,"too_many_fields; File URL: invalid_url",=1+2',
    );
  });

  it('starts with a byte order mark unless told not to', async () => {
    const result = await importMappings('SKU,Product UID\nA,Flat A4\n');
    expect(errorReportCsv(result).startsWith('\uFEFFSKU,Product UID,Errors\r\n')).toBe(true);
    expect(errorReportCsv(result, { bom: false }).startsWith('SKU,Product UID,Errors\r\n')).toBe(
      true,
    );
  });

  it('leaves missing cells of a short row empty and joins several errors of a row', async () => {
    const result = await importMappings('SKU,Product UID,File URL\nA,Flat A4\nB,Flat A5,b\n');
    const { out } = await records(errorReportCsv(result));
    expect(out).toEqual([
      ['A', 'Flat A4', '', 'Product UID: invalid_product_uid'],
      ['B', 'Flat A5', 'b', 'Product UID: invalid_product_uid; File URL: invalid_url'],
    ]);
  });

  it('writes a row once, and a row without errors only when forced', async () => {
    const result = await importMappings('SKU,Product UID\nA,flat_a4\nB,Flat A4\n');
    const writer = new ErrorReportWriter(result.header!, { bom: false });
    const [valid] = result.rows;
    const [invalid] = result.rejected;
    expect(writer.write(valid!)).toBe('');
    expect(writer.write(invalid!)).toBe('B,Flat A4,Product UID: invalid_product_uid\r\n');
    expect(writer.write(invalid!)).toBe('');
    expect(writer.write(valid!, true)).toBe('A,flat_a4,\r\n');
  });

  it('lists only failing rows, in file order, whatever order they are given in', async () => {
    const result = await importMappings(
      ['SKU,Product UID', 'A,flat_a4', 'B,Flat A4', 'C,flat_a5', 'D,Flat A5', 'E,Flat A6'].join(
        '\n',
      ),
    );
    const scrambled = [result.rejected[2]!, result.rows[1]!, result.rejected[0]!];
    const report = errorReportCsv({
      header: result.header,
      rows: [...scrambled, result.rows[0]!, result.rejected[1]!],
    });
    const { out } = await records(report);
    expect(out.map((row) => row[0])).toEqual(['B', 'D', 'E']);
  });
});

describe('orders error report', () => {
  const orders = new TextDecoder().decode(fixture('orders.csv'));
  const broken = orders
    .replace('ORD-1002,,USD', 'ORD-1002,,USD')
    .replace('1002-A,apparel', '1002-A,Apparel') // bad UID on one line of ORD-1002
    .replace('ORD-1003,,,,,,,,,,,,,', 'ORD-1003,,EUR,,,,,,,,,,,'); // a line of ORD-1003 disagrees on currency

  it('rejects whole orders and lists all their lines, each with its errors', async () => {
    const result = await importOrders(broken);
    expect(result.ok).toBe(false);
    expect(result.orders.map((o) => o.orderReferenceId)).toEqual(['ORD-1001']);
    expect(
      result.rejectedOrders.map((o) => [o.orderReferenceId, o.rows, o.errors.map((e) => e.code)]),
    ).toEqual([
      ['ORD-1002', [3, 5], ['invalid_product_uid']],
      ['ORD-1003', [6, 7, 8], ['inconsistent_order']],
    ]);
    const { headers, out } = await records(errorReportCsv(result));
    expect(headers.at(-1)).toBe('Errors');
    expect(out.map((r) => [r[0], r.at(-1)])).toEqual([
      ['ORD-1002', 'Product UID: invalid_product_uid'],
      ['ORD-1002', ''],
      ['ORD-1003', ''],
      ['ORD-1003', 'Currency: inconsistent_order'],
      ['ORD-1003', ''],
    ]);
  });

  it('round-trips: fixing the report yields the missing orders', async () => {
    const report = errorReportCsv(await importOrders(broken));
    const uidFixed = await fix(report, 'Product UID', (v) => v.toLowerCase());
    const fixed = await fix(uidFixed, 'Currency', (v) => (v === 'EUR' ? '' : v));
    const again = await importOrders(fixed);
    expect(again.errors).toEqual([]);
    expect(again.orders.map((o) => [o.orderReferenceId, o.items.length])).toEqual([
      ['ORD-1002', 2],
      ['ORD-1003', 3],
    ]);
  });
});
