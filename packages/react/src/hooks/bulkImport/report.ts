import type { ColumnOverrides, HeaderInfo, ImportedRow, RowError } from '@vitrine/csv';
import type { BulkRowError, CallOptions } from '@vitrine/sdk';
import type { CsvEngine } from './engine.js';
import type { ChunkedImportApi, ImportKindSpec } from './kinds.js';

/** Words of the report: the `Errors` column's header and one problem as a sentence. */
export interface ReportText {
  /** One of `@vitrine/csv`'s `errorsColumnNames`, so the fixed report imports back. */
  errorsHeader: string;
  /** The problem in words, given the header of its column in the file (`null`: the whole row). */
  error(error: RowError, header: string | null): string;
  /** Headers of the report written from the server's errors alone. */
  row: string;
  column: string;
  value: string;
  /** The name of a template column, for errors of columns the file does not have. */
  columnName(key: string): string;
}

/** Every row error of an import on the server, by spreadsheet row. */
export async function serverErrors(
  api: ChunkedImportApi,
  storeId: string,
  importId: string,
  options: CallOptions,
): Promise<BulkRowError[]> {
  const all: BulkRowError[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.errors(storeId, importId, cursor, options);
    all.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** A server error as the CSV library's row error, named by the template's column. */
const asRowError = (engine: CsvEngine, spec: ImportKindSpec, error: BulkRowError): RowError => ({
  row: error.row,
  column: spec.errorColumn(engine.csv, error.column),
  value: error.value,
  code: error.code,
  message: error.message,
});

/**
 * The error report of a file: its own columns plus `Errors`, one line per failing row with its
 * cells as they were, the file's separator and a byte order mark, so it opens in Excel like the
 * original, is fixed there and imported again (the `Errors` column is ignored on the way back).
 * Problems found in the browser and those the server found are merged by row number; the file is
 * read again, streaming, so only failing rows are held.
 */
export async function fileErrorReport(options: {
  engine: CsvEngine;
  spec: ImportKindSpec;
  file: Blob;
  columns: ColumnOverrides;
  server: readonly BulkRowError[];
  text: ReportText;
  signal: AbortSignal;
}): Promise<string[]> {
  const { engine, spec, text } = options;
  const byRow = new Map<number, RowError[]>();
  for (const error of options.server) {
    const list = byRow.get(error.row) ?? [];
    list.push(asRowError(engine, spec, error));
    byRow.set(error.row, list);
  }
  const source = await engine.readable(options.file);
  return engine.run(async (importer, signal) => {
    const parts: string[] = [];
    let writer: InstanceType<CsvEngine['csv']['ErrorReportWriter']> | null = null;
    const write = (row: ImportedRow<unknown>) => {
      const server = byRow.get(row.row);
      const errors = server ? [...row.errors, ...server] : row.errors;
      if (writer && errors.length > 0) parts.push(writer.write({ ...row, errors }));
    };
    for await (const event of importer.import(source, {
      template: spec.template(engine.csv),
      columnMap: options.columns,
      invalidRows: 'include',
      signal,
    })) {
      if (event.type === 'header') {
        writer = new engine.csv.ErrorReportWriter(event.header, {
          errorsHeader: text.errorsHeader,
          formatError: text.error,
        });
        parts.push(writer.start);
      } else if (event.type === 'rows') {
        // With `include`, every row comes in `rows`, in file order.
        for (const row of event.rows) write(row);
      }
    }
    return parts;
  }, options.signal);
}

/**
 * The error report when the file is no longer at hand (the page was opened again): one line per
 * problem the server found, with its row, column and value. It cannot be imported back; it says
 * which rows of the original file to fix.
 */
export function serverErrorReport(
  engine: CsvEngine,
  spec: ImportKindSpec,
  errors: readonly BulkRowError[],
  text: ReportText,
): string[] {
  const headers = [text.row, text.column, text.value];
  const header: HeaderInfo = {
    row: 1,
    headers,
    format: { encoding: 'utf-8', bom: true, delimiter: ',', newline: '\r\n' },
    decimalComma: false,
    platform: null,
    columns: [],
    columnMap: {},
    unknown: [],
    ignored: [],
    missing: [],
    errors: [],
  };
  const writer = new engine.csv.ErrorReportWriter(header, {
    errorsHeader: text.errorsHeader,
    formatError: text.error,
  });
  const parts = [writer.start];
  errors.forEach((error, index) => {
    const rowError = asRowError(engine, spec, error);
    parts.push(
      writer.write({
        // Lines are per problem: a row with two problems gets two lines.
        row: index + 2,
        cells: [String(error.row), text.columnName(rowError.column), error.value],
        values: {},
        errors: [{ ...rowError, column: '' }],
      }),
    );
  });
  return parts;
}
