import type { RowError } from '../errorCodes.js';
import type { Delimiter, HeaderInfo, ImportedRow } from '../types.js';
import { csvCell } from './csvCell.js';

export interface ErrorReportOptions {
  /** Default: the imported file's delimiter (so the user's Excel opens it as before). */
  delimiter?: Delimiter;
  /** UTF-8 byte order mark for Excel (default `true`). */
  bom?: boolean;
  /** Default `\r\n`. */
  newline?: '\r\n' | '\n';
  /** Header of the added column (default `Errors`; any of `errorsColumnNames` is ignored on re-import). */
  errorsHeader?: string;
  /**
   * Text for one error, given the file's header of its column (`null` for whole-row problems).
   * Default `Product UID: invalid_product_uid`; pass a translator to write sentences.
   */
  formatError?(error: RowError, header: string | null): string;
  /** Neutralise cells a spreadsheet would run as formulas (default `true`). */
  escapeFormulas?: boolean;
}

const defaultFormat = (error: RowError, header: string | null) =>
  header ? `${header}: ${error.code}` : error.code;

/**
 * Writes an error report incrementally: the file's own columns plus an `Errors` column, one line per
 * failing row with its cells as they were, so the user can fix the report and import it again.
 */
export class ErrorReportWriter {
  readonly #header: HeaderInfo;
  readonly #delimiter: string;
  readonly #newline: string;
  readonly #escape: boolean;
  readonly #format: (error: RowError, header: string | null) => string;
  readonly #labels = new Map<string, string>();
  // Stryker disable next-line UnaryOperator: data rows start at 2 (the header is row 1), so -1 and +1 both mean none yet
  #lastRow = -1;

  /** The report's first chunk: byte order mark and header line. */
  readonly start: string;

  constructor(header: HeaderInfo, options: ErrorReportOptions = {}) {
    this.#header = header;
    this.#delimiter = options.delimiter ?? header.format.delimiter;
    this.#newline = options.newline ?? '\r\n';
    this.#escape = options.escapeFormulas !== false;
    this.#format = options.formatError ?? defaultFormat;
    for (const column of header.columns) {
      // Stryker disable next-line ConditionalExpression: a null label falls back to the column key when read, as a missing one does
      if (column.header !== null) this.#labels.set(column.key, column.header);
    }
    const bom = options.bom === false ? '' : '\uFEFF';
    this.start = bom + this.#line(header.headers, options.errorsHeader ?? 'Errors');
  }

  /**
   * The report line for `row` (`''` for a row already written: a platform export row can produce
   * several rows). Pass `force` to write a row without errors of its own (e.g. the other lines of a
   * rejected order, so the fixed report holds whole orders).
   */
  write(row: ImportedRow<unknown>, force = false): string {
    if ((row.errors.length === 0 && !force) || row.row === this.#lastRow) return '';
    this.#lastRow = row.row;
    const text = row.errors
      .map((error) =>
        this.#format(error, error.column ? (this.#labels.get(error.column) ?? error.column) : null),
      )
      .join('; ');
    return this.#line(row.cells, text);
  }

  #line(cells: readonly string[], errors: string): string {
    const width = this.#header.headers.length;
    const out: string[] = [];
    for (let i = 0; i < width; i++) out.push(csvCell(cells[i] ?? '', this.#escape));
    out.push(csvCell(errors, this.#escape));
    // Cells past the header (a `too_many_fields` row) follow, so nothing the user typed is lost.
    for (let i = width; i < cells.length; i++) out.push(csvCell(cells[i]!, this.#escape));
    return out.join(this.#delimiter) + this.#newline;
  }
}

/** What `errorReportCsv` reads: an import result (or any rows with the file's header). */
export interface ErrorReportSource {
  header: HeaderInfo | null;
  rows: readonly ImportedRow<unknown>[];
  rejected?: readonly ImportedRow<unknown>[];
  /** When present, exactly these rows are written (`importOrders` lists whole rejected orders). */
  reportRows?: readonly ImportedRow<unknown>[];
}

/**
 * The error report of an import as CSV text (`''` when the file had no readable header): the
 * original columns plus `Errors`, failing rows only, in file order.
 */
export function errorReportCsv(
  result: ErrorReportSource,
  options: ErrorReportOptions = {},
): string {
  if (!result.header) return '';
  const writer = new ErrorReportWriter(result.header, options);
  let text = writer.start;
  if (result.reportRows) {
    for (const row of result.reportRows) text += writer.write(row, true);
    return text;
  }
  // The writer skips rows without errors.
  const failing = [...result.rows, ...(result.rejected ?? [])].sort((a, b) => a.row - b.row);
  for (const row of failing) text += writer.write(row);
  return text;
}
