import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  defineTemplate,
  escapeFormula,
  importMappings,
  parseCsv,
  parsers,
  productMappingTemplate,
  toCsv,
  toCsvString,
  unescapeFormula,
} from '../src/index.js';

const ledger = defineTemplate({
  id: 'ledger',
  schema: z.object({
    note: z.string().optional(),
    amount: z.number().optional(),
    paid: z.boolean().optional(),
  }),
  columns: [
    {
      key: 'note',
      header: 'Note',
      synonyms: { 'pt-BR': ['Nota'], de: ['Notiz'] },
      parser: parsers.text(),
    },
    {
      key: 'amount',
      header: 'Amount',
      synonyms: { 'pt-BR': ['Valor'], de: ['Betrag'] },
      parser: parsers.number(),
    },
    {
      key: 'paid',
      header: 'Paid',
      synonyms: { 'pt-BR': ['Pago'], de: ['Bezahlt'] },
      parser: parsers.boolean(),
    },
  ],
});

describe('toCsv', () => {
  it('quotes cells holding quotes, delimiters or line breaks', () => {
    const csv = toCsvString(
      [
        { note: 'say "hi"' },
        { note: 'a,b' },
        { note: 'a;b' },
        { note: 'two\nlines' },
        { note: 'cr\rhere' },
        { note: 'plain' },
      ],
      ledger,
      { columns: ['note'] },
    );
    expect(csv).toBe(
      'Note\r\n"say ""hi"""\r\n"a,b"\r\n"a;b"\r\n"two\nlines"\r\n"cr\rhere"\r\nplain\r\n',
    );
  });

  it('writes a BOM, the chosen delimiter and newline, and decimal commas with `;`', () => {
    const rows = [{ note: 'x', amount: 12.5, paid: true }, { amount: -3 }];
    expect(toCsvString(rows, ledger, { delimiter: ';', bom: true })).toBe(
      // Any candidate delimiter is quoted, so the file survives re-saving with another delimiter.
      '\uFEFFNote;Amount;Paid\r\nx;"12,5";true\r\n;-3;\r\n',
    );
    expect(toCsvString(rows, ledger, { delimiter: '\t', newline: '\n', header: false })).toBe(
      'x\t12.5\ttrue\n\t-3\t\n',
    );
    expect(toCsvString(rows, ledger, { delimiter: '|', decimalSeparator: ',' })).toBe(
      'Note|Amount|Paid\r\nx|"12,5"|true\r\n|-3|\r\n',
    );
  });

  it('writes headers in another language that import back', async () => {
    const csv = toCsvString([{ note: 'Olá', amount: 1.5 }], ledger, {
      locale: 'pt-BR',
      delimiter: ';',
    });
    expect(csv.split('\r\n')[0]).toBe('Nota;Valor;Pago');
    const back = await parseCsv(csv, { template: ledger });
    expect(back.rows.map((r) => r.values)).toEqual([{ note: 'Olá', amount: 1.5 }]);
  });

  it('streams chunks of rows from an async source', async () => {
    async function* rows() {
      for (let i = 0; i < 1200; i++) yield { note: `n${i}`, amount: i };
    }
    const chunks: string[] = [];
    for await (const chunk of toCsv(rows(), ledger, { batchSize: 500 })) chunks.push(chunk);
    expect(chunks).toHaveLength(3);
    const back = await parseCsv(chunks.join(''), { template: ledger });
    expect(back.rows).toHaveLength(1200);
    expect(back.rows[1199]!.values).toEqual({ note: 'n1199', amount: 1199 });
  });

  it('rejects unknown column keys', () => {
    expect(() => toCsvString([], ledger, { columns: ['nope' as 'note'] })).toThrow(
      /no column "nope"/,
    );
  });
});

describe('formula injection', () => {
  it('neutralises cells starting with = + - @ tab or CR', () => {
    const csv = toCsvString(
      [
        { note: '=HYPERLINK("http://evil.example","x")' },
        { note: '+1+1' },
        { note: '-2+3' },
        { note: '@SUM(A1)' },
        { note: '\t=1' },
        { note: '\r=1' },
        { note: "'=already" },
        { note: 'fine = ok' },
      ],
      ledger,
      { columns: ['note'] },
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      `"'\t=1"`,
      `"'\r=1"`,
      "''=already",
      'fine = ok',
    ]);
  });

  it('leaves plain numbers alone, negative ones included', () => {
    expect(toCsvString([{ amount: -12.5 }], ledger, { columns: ['amount'] })).toBe(
      'Amount\r\n-12.5\r\n',
    );
    expect(escapeFormula('-12,50')).toBe('-12,50');
    expect(escapeFormula('+351')).toBe('+351');
    expect(escapeFormula('-1+2')).toBe("'-1+2");
  });

  it('leaves signed numbers in every spelling alone, and escapes what only looks like one', () => {
    for (const number of ['-.5', '+,5', '-1e5', '-1E-10', '+2,5e+12', '-0.5e10']) {
      expect(escapeFormula(number)).toBe(number);
    }
    for (const formula of ['-1e', '-1e+', '-1ex', '-e5', '-.', '+1e5+A1', '-1e5e5']) {
      expect(escapeFormula(formula)).toBe(`'${formula}`);
    }
  });

  it('can be turned off', () => {
    expect(
      toCsvString([{ note: '=1+1' }], ledger, { columns: ['note'], escapeFormulas: false }),
    ).toBe('Note\r\n=1+1\r\n');
  });

  it('is undone on import, so values round-trip', async () => {
    const notes = ['=1+1', "'=x", "''@y", '-z', "'plain", 'a'];
    for (const note of notes) expect(unescapeFormula(escapeFormula(note))).toBe(note);
    const back = await parseCsv(
      toCsvString(
        notes.map((note) => ({ note })),
        ledger,
      ),
      { template: ledger },
    );
    expect(back.rows.map((r) => r.values.note)).toEqual(notes);
  });

  it('exports mapping rows that import back unchanged', async () => {
    const values = [
      {
        sku: '=cmd|/C calc',
        productUid: 'flat_a4',
        designFileUrl: 'https://x.example/a.pdf',
        variantTitle: '-Red-',
      },
      {
        variantId: 'var_1',
        productUid: 'flat_a5',
        frontFileUrl: 'https://x.example/f.png',
        productTitle: 'Mug, "big"',
      },
    ];
    const back = await importMappings(
      toCsvString(values, productMappingTemplate, { delimiter: ';', bom: true }),
    );
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => r.values)).toEqual(values);
  });
});
